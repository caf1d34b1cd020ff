# ruff: noqa: E501, RUF100
"""Corpus 156, family, friends, the pelada, health and errands (data only): see heldout156.py.

Friends and family talk about their own jobs, interviews, offers and concursos; producers write
about their crops and ask for a "proposta"; none of it is about Gustavo's search."""

from __future__ import annotations

from typing import Any

from heldout156_jobs import N, ics, m, m_utc, reply

MAE = "Sônia Borba <soniaborba@bol.com.br>"
PAI = "Antônio Lemes <antoniolemes.sitio@gmail.com>"
RAFA = "Rafael Lemes <rafa.blemes@hotmail.com>"
CAMILA = "Camila Borba Lemes <camilablemes@gmail.com>"
LARI = "Larissa Fonseca <larissa.fonseca.med@gmail.com>"
LUCAS = "Lucas Caetano <lucascaetano.agro@gmail.com>"
VINI = "Vinícius Paiva <vinipaiva@hotmail.com>"
PELADA = "Pelada de Quinta RV <pelada-quinta-rv@googlegroups.com>"
PELADA_H = {"List-ID": "<pelada-quinta-rv.googlegroups.com>", "Precedence": "list"}
AURELIO = "Aurélio Kuhn <aureliokuhn@gmail.com>"
DOCTORALIA = "Doctoralia <noreply@doctoralia.com.br>"
VET = "Clínica Veterinária Amigo Fiel <contato@amigofielvet.example>"


def pelada(who: str) -> str:
    """A member's post as Google Groups sends it."""
    return f"'{who}' via Pelada de Quinta RV <pelada-quinta-rv@googlegroups.com>"


PELADA_FOOTER = """
--
Você está recebendo esta mensagem porque está inscrito no grupo "Pelada de Quinta RV" dos Grupos do Google.
Para cancelar inscrição nesse grupo, envie um e-mail para pelada-quinta-rv+unsubscribe@googlegroups.com."""


MAIL: list[dict[str, Any]] = [
    # --- family -------------------------------------------------------------------------------
    m(
        "ms1a",
        "2025-09-06 20:41",
        MAE,
        "almoço domingo",
        N(),
        text="""Filho, domingo vai ter almoço aqui, sua tia Cida vem de Goiânia. Vou fazer pamonha e frango
caipira. Traz a Larissa!!! Seu pai quer falar com você dos papéis do sítio pro banco.

beijos da mãe""",
    ),
    m(
        "ps1a",
        "2025-09-20 11:02",
        PAI,
        "documentos sitio",
        N(),
        attach=[
            (
                "ITR_2024_recibo.txt",
                "text/plain",
                "RECIBO DE ENTREGA DA DECLARACAO DO ITR - EXERCICIO 2024\nNIRF 5.881.202-1 - SITIO BOA VISTA\n",
            )
        ],
        text="""Gustavo segue o ITR que o contador mandou. O CCIR o moço do sindicato disse que sai semana que vem.
O CAR a Camila ta vendo no site. Leva tudo pro Jonas la do banco.

Pai""",
    ),
    m(
        "rf1c",
        "2025-09-14 16:30",
        RAFA,
        "proposta pela Toro",
        N(),
        text="""E aí mano

Pensei aqui e te faço uma proposta pela Toro: 98 mil à vista, e você me dá até dezembro pra
pagar o resto do financiamento que sobrar. Sei que a tabela FIPE ta 104 mas ela ta com 89 mil km.

Se a empresa nova te der carro você nem vai precisar dela rs

Rafa""",
    ),
    m(
        "cb1a",
        "2025-09-28 22:15",
        CAMILA,
        "apostilas PC-GO",
        N(),
        text="""Gu, você ainda tem aquelas apostilas de raciocínio lógico do seu concurso do IF? Vou fazer o
concurso da Polícia Civil (agente) em dezembro e to estudando igual louca. Se tiver me manda
pelo pai domingo.

Ah, e boa sorte no concurso de vocês aí do IPAC! Quando é a prova?

bjs""",
    ),
    m(
        "ms2b",
        "2025-10-05 19:20",
        MAE,
        "fotos aniversario do seu pai",
        N(),
        attach=[
            (
                "fotos_aniversario_pai.txt",
                "text/plain",
                "link do album: https://photos.app.goo.gl/8ZqXy2Vb3wQn7\n",
            )
        ],
        text="""olha as fotos do aniversario do seu pai, ficaram lindas. A de todo mundo junto eu vou mandar
imprimir. Você ficou com cara de cansado filho, ta dormindo direito? Essa viagem pro Mato Grosso
foi boa?

mãe""",
    ),
    m(
        "rf2c",
        "2025-10-30 21:48",
        RAFA,
        "entrevista amanhã",
        N(),
        text="""Mano, amanhã tenho entrevista no Goiás Max (atacadista) pra encarregado de depósito. Você que
ja fez um monte de entrevista esse ano, alguma dica? Eles perguntam pretensão salarial logo de
cara? Falo 3 mil?

vlw""",
    ),
    m(
        "rf3d",
        "2025-11-05 12:10",
        RAFA,
        "Re: entrevista amanhã",
        N(),
        **reply("<BL0PR02MB4411A@hotmail.com>", "<CAH7pX2aa91@mail.gmail.com>"),
        text="""PASSEI!!! Começo segunda, 3.200 + cesta básica + plano. Falei o que vc falou, que tinha
experiência com estoque e que era flexível no horário. Valeu demais mano

Obtenha o Outlook para Android""",
    ),
    m(
        "ps2b",
        "2025-11-09 18:55",
        PAI,
        "chuva",
        N(),
        text="""choveu 62mm no sitio ontem. a soja ta bonita, nasceu toda uniforme. O Zé disse que ja tem
lagarta no talhão de baixo, depois olha pra mim

Pai""",
    ),
    m(
        "ms3c",
        "2025-11-16 09:33",
        MAE,
        "Re: mudança",
        N(),
        **reply("<CAH7pX2cc32@mail.gmail.com>"),
        text="""Que bom que deu tudo certo com o apartamento. Gostei que é perto do hospital da Larissa. Quero
conhecer!! Levo as cortinas que eram da sua avó, estão novinhas.

Sobre o emprego, calma filho, Deus sabe a hora certa.

mãe

Em dom., 16 de nov. de 2025 07:58, Gustavo Henrique Borba Lemes <gustavo.hblemes@gmail.com> escreveu:
> Mãe, mudamos semana passada, tá quase tudo arrumado. Domingo que vem a gente vai aí.
> Beijo""",
    ),
    m(
        "cb2b",
        "2025-12-15 20:02",
        CAMILA,
        "SAIU O RESULTADO",
        N(),
        text="""GUUUU passei na objetiva da PC-GO!!! Fiquei em 312 no preliminar, o corte foi 640. Agora é
a discursiva e depois TAF e investigação social. Ainda vou entrar com recurso numa questão de
direito penal que ta errada, se anular sobe mais.

To chorando aqui kkkkk

Camila""",
    ),
    m(
        "ms4d",
        "2025-12-22 14:10",
        MAE,
        "natal",
        N(),
        text="""Natal vai ser aqui em casa dia 24 a partir das 20h. Cada um traz um prato, você e a Larissa
ficam com a sobremesa (aquele pavê!!). Amigo secreto valor 100 reais. Seu irmão tirou você.

bjo""",
    ),
    m(
        "ms5e",
        "2026-01-13 19:47",
        MAE,
        "que noticia boa!!!",
        N(),
        text="""Filho que noticia boa, seu pai ficou todo orgulhoso, ja contou pra metade da igreja. Eu
sabia que ia dar certo. Domingo vai ter churrasco pra comemorar, chama a Larissa e os
meninos da pelada se quiser.

Deus abençoe essa nova fase

mãe""",
    ),
    m(
        "cb3c",
        "2026-02-06 17:22",
        CAMILA,
        "convocação TAF",
        N(),
        text="""Fui convocada pro TAF dia 01/03 em Goiânia!! Barra, corrida de 12 min e abdominal. Você me
ajuda a treinar corrida no parque? Você ta acostumado a acordar cedo agora com emprego novo rs

bjs""",
    ),
    # --- Larissa ------------------------------------------------------------------------------
    m(
        "lf1a",
        "2025-09-11 13:05",
        LARI,
        "apto Ipê Amarelo",
        N(),
        text="""Amor, olha esse que a Thaís mandou: 3 quartos, varanda gourmet, 2 vagas, 10 min do hospital.
3.100 + condomínio. Acho que vale ver sábado.

https://veredasimoveis.example/imovel/ipe-amarelo-1202

Saio do plantão 19h hoje. Te amo""",
    ),
    m(
        "lf2b",
        "2025-10-19 22:40",
        LARI,
        "documentos pra imobiliária",
        N(),
        text="""Mandei pra Thaís meus 3 holerites da residência e o contrato da bolsa. Falta o seu comprovante
de renda e o IR. Ela falou que o seguro fiança aprova rápido.

Amanhã tenho ambulatório o dia todo.""",
    ),
    m(
        "lf3c",
        "2025-11-22 07:12",
        LARI,
        "plantão sábado",
        N(),
        text="""Troquei o plantão com a Bruna, vou ficar sábado 24h. Domingo de manhã chego morta, então o
almoço na sua mãe fica pra tarde ok? Não esquece de dar o remédio da Paçoca.""",
    ),
    m(
        "lf4d",
        "2025-12-30 10:18",
        LARI,
        "réveillon",
        N(),
        text="""Confirmei o hotel em Caldas pelo Booking (recebeu o email?). Check-in dia 31 às 14h. Vamos
sair cedo pra pegar a estrada vazia. Leva a caixa térmica!""",
    ),
    # --- friends talking about their own jobs -------------------------------------------------
    m(
        "lc1a",
        "2025-10-08 21:20",
        LUCAS,
        "fiz entrevista na Graneza",
        N(),
        text="""Fala Gugu!

Fiz entrevista hoje na Graneza pra originação em Jataí, lembrei de você porque a moça do RH
(Patrícia) falou que tinha entrevistado outro agrônomo de Rio Verde semana passada kkkk era você?

A entrevista foi tranquila, perguntaram muito de hedge, barter e contrato a termo. Ainda tem
teste de inglês. Vamos ver.

E aí, alguma novidade da multinacional?

Abs
Lucas""",
    ),
    m(
        "lc2b",
        "2025-10-29 19:05",
        LUCAS,
        "Re: fiz entrevista na Graneza",
        N(),
        **reply("<CAJ2kL9p0@mail.gmail.com>", "<CAH7pX2dd41@mail.gmail.com>"),
        text="""Cara, me chamaram! Recebi a proposta ontem: analista de originação pleno em Jataí, salário bom,
carro e PLR. Começo dia 17/11. Fiquei chateado por você, mas pelo que você falou do processo da
Veridia acho que o seu vem aí.

Bora marcar uma cerveja pra comemorar (e consolar kkk)

Lucas

Em qua., 22 de out. de 2025 às 20:14, Gustavo Henrique Borba Lemes escreveu:
> Era eu sim haha. Não passei, me mandaram o email de "atualização sobre sua candidatura"
> semana passada. Boa sorte aí!""",
    ),
    m(
        "vp1a",
        "2025-11-12 22:30",
        VINI,
        "preciso de conselho - proposta usina MS",
        N(),
        text="""Gustavo, beleza?

Recebi proposta de uma usina em Nova Alvorada do Sul (MS) pra coordenador agrícola. Salário de
15 mil + moradia, mas é escala 5x1 e longe de tudo. Aqui na consultoria eu ganho 11 e trabalho
de casa metade da semana. A Fernanda não quer mudar.

Você que recusou a fazenda do MT, como pesou isso? Me liga quando puder.

Vini
Enviado do meu iPhone""",
    ),
    m(
        "mt1a",
        "2025-12-05 18:44",
        "Mateus Oliveira <mateus.oliveira92@gmail.com>",
        "tem vaga aí?",
        N(),
        text="""Gustavo, boa tarde! Tudo bem?

Terminei o mestrado em Jataí e to procurando emprego. Tem alguma vaga aí na Agrocampo ou você
sabe de alguma revenda contratando? Topo começar como assistente técnico. Segue meu currículo
em anexo caso possa repassar pro seu gestor.

Valeu demais!
Mateus""",
        attach=[
            (
                "CV_Mateus_Oliveira.txt",
                "text/plain",
                "Mateus Oliveira - Engenheiro Agrônomo, MSc Produção Vegetal (UFJ)\n",
            )
        ],
    ),
    m(
        "an1a",
        "2025-09-16 12:00",
        "Ana & Pedro <anaepedro2026@gmail.com>",
        "Save the date! Ana & Pedro - 14.03.2026",
        N(),
        html="""<html><body style="font-family:Georgia,serif;text-align:center;color:#6b4f3a">
<h1 style="font-weight:normal">Ana &amp; Pedro</h1>
<p>Reserve a data!</p>
<p style="font-size:22px">14 de março de 2026</p>
<p>Fazenda Recanto das Águas – Rio Verde/GO</p>
<p>Convite oficial em breve 💛</p>
</body></html>""",
    ),
    m(
        "an2b",
        "2026-01-25 10:30",
        "Ana & Pedro <anaepedro2026@gmail.com>",
        "Confirme sua presença - casamento Ana & Pedro",
        N(),
        html="""<html><body style="font-family:Georgia,serif;color:#6b4f3a">
<p>Querido Gustavo e Larissa,</p>
<p>Faltam menos de 2 meses! Confirme sua presença até 14/02 no nosso site:</p>
<p><a href="https://anaepedro2026.example/rsvp">Confirmar presença</a> · <a href="https://anaepedro2026.example/presentes">Lista de presentes</a></p>
<p>Com carinho, Ana &amp; Pedro</p>
</body></html>""",
    ),
    m(
        "tu1a",
        "2025-11-03 15:37",
        "Henrique Azevedo <henrique.azevedo.agro@gmail.com>",
        "Churrasco 11 anos de formatura - Agronomia 2014",
        N(),
        to="turma-agro-2014@googlegroups.com",
        text="""Fala turma!!

Bora fazer o churrasco de 11 anos de formatura? Sábado 29/11 na chácara do Juninho, a partir
das 12h. 80 reais por cabeça (carne + cerveja), Pix pra mim até dia 25. Levem as famílias.

Quem confirmou até agora: eu, Juninho, Priscila, Thiago, Gustavo?, Lucas, Mari, Tiago Japa.

Henrique""",
    ),
    m(
        "hz1a",
        "2025-09-29 09:15",
        "Henrique Azevedo <henrique.azevedo.agro@gmail.com>",
        "bolão brasileirão - rodada 26",
        N(),
        to="bolao-agro@googlegroups.com",
        text="""Rodada 26 do bolão. Palpites até sábado 16h.

Classificação: 1º Juninho 48 pts, 2º Gustavo 45, 3º Priscila 44...

Gustavo, ta devendo o Pix de setembro hein""",
    ),
    # --- the pelada ---------------------------------------------------------------------------
    m(
        "pq1a",
        "2025-09-03 12:10",
        pelada("Bruno Sato"),
        "Lista quinta 04/09",
        N(),
        to=PELADA,
        headers=PELADA_H,
        text="""Lista pra quinta, 20h, Arena Society Buritis:

1. Bruno
2. Gustavo
3. Marcão
4. Tiago
5. Fabinho
6. Diego
7. Léo goleiro
...

Precisa de mais 5 pra fechar 3 times."""
        + PELADA_FOOTER,
    ),
    m(
        "pq2b",
        "2025-09-24 08:00",
        pelada("Bruno Sato"),
        "Mensalidade setembro - pix",
        N(),
        to=PELADA,
        headers=PELADA_H,
        text="""Bom dia rapaziada, mensalidade de setembro R$ 60, pix bruno.sato@gmail.com. Quem não pagar
até sexta vai pro gol kkkk

Pagos: Gustavo, Marcão, Léo, Diego"""
        + PELADA_FOOTER,
    ),
    m(
        "pq3c",
        "2025-10-16 17:40",
        pelada("Marcos Vieira"),
        "jogo cancelado hoje - chuva",
        N(),
        to=PELADA,
        headers=PELADA_H,
        text="""Galera, a arena avisou que o campo alagou com o temporal. Jogo de hoje CANCELADO. Semana que
vem a gente compensa."""
        + PELADA_FOOTER,
    ),
    m(
        "pq4d",
        "2025-11-27 13:25",
        pelada("Bruno Sato"),
        "Confraternização da pelada sábado 13/12",
        N(),
        to=PELADA,
        headers=PELADA_H,
        text="""Fechado: confraternização de fim de ano sábado 13/12, 12h, na casa do Diego. Jogo às 9h na
arena (último do ano) e depois churrasco. R$ 70 por pessoa, crianças não pagam.

Amigo oculto de 50 reais pra quem quiser, sorteio no grupo."""
        + PELADA_FOOTER,
    ),
    m(
        "pq5e",
        "2025-12-14 10:02",
        pelada("Diego Ramos"),
        "Re: Confraternização da pelada sábado 13/12",
        N(),
        to=PELADA,
        headers=PELADA_H,
        **reply("<CAK9p0q@mail.gmail.com>"),
        text="""Valeu pela presença de todo mundo ontem!! Quem esqueceu a vasilha aqui: uma travessa de vidro
(acho que é da esposa do Gustavo) e uma tampa azul. Passa pra pegar."""
        + PELADA_FOOTER,
    ),
    m(
        "pq6f",
        "2026-01-22 09:30",
        pelada("Bruno Sato"),
        "Volta da pelada 2026",
        N(),
        to=PELADA,
        headers=PELADA_H,
        text="""Rapaziada, voltamos dia 29/01! Mesma arena, mesmo horário. Mensalidade subiu pra R$ 70 porque
a arena reajustou. Confirmem aqui quem continua em 2026."""
        + PELADA_FOOTER,
    ),
    m(
        "pq7g",
        "2026-02-19 21:15",
        pelada("Marcos Vieira"),
        "camisas novas",
        N(),
        to=PELADA,
        headers=PELADA_H,
        text="""Chegou o orçamento das camisas: R$ 65 cada, com número e nome. Manda o tamanho e o número até
domingo. Gustavo disse que a empresa nova dele pode patrocinar kkkk vamos ver"""
        + PELADA_FOOTER,
    ),
    # --- producers and his current work (personal address) ------------------------------------
    m(
        "ak1a",
        "2025-09-29 06:52",
        AURELIO,
        "fotos da lavoura - mancha na folha",
        N(),
        attach=[
            (
                "IMG_20250929_064110.txt",
                "text/plain",
                "[foto: folhas de milho com lesões alongadas, talhão 4]\n",
            )
        ],
        text="""Bom dia Gustavo

To mandando umas fotos do milho safrinha tardio do talhão 4. Apareceu essa mancha comprida nas
folhas de baixo, ta subindo. É helmintosporiose? Precisa entrar com fungicida agora ou espera?

Aurélio""",
    ),
    m(
        "ak2b",
        "2025-10-01 19:30",
        AURELIO,
        "Re: fotos da lavoura - mancha na folha",
        N(),
        **reply("<CAE4b1r@mail.gmail.com>", "<CAH7pX2ee55@mail.gmail.com>"),
        text="""Obrigado Gustavo. Vou seguir a recomendação. Manda a proposta do fungicida pra mim pelo
escritório que eu fecho junto com o pacote do plantio da soja.

Aurélio

Em seg., 29 de set. de 2025 às 12:10, Gustavo Henrique Borba Lemes escreveu:
> Seu Aurélio, pelas fotos é mancha de turcicum (Exserohilum), sim. Como o milho está
> em pendoamento, vale fazer a aplicação. Passo aí amanhã para olhar a área.""",
    ),
    m(
        "bj1a",
        "2025-11-21 10:45",
        "Fazenda Bom Jardim <fazendabomjardim.rv@gmail.com>",
        "Proposta comercial - fungicidas safra 25/26",
        N(),
        text="""Bom dia Gustavo,

Conforme conversamos, pedimos uma proposta comercial para o pacote de fungicidas da soja
(2.400 ha, 3 aplicações), com pagamento na safra (30/04/2026) ou barter em soja. O concorrente
já mandou, então precisamos até sexta.

Att.
Simone – Compras
Fazenda Bom Jardim – Montividiu/GO""",
    ),
    m(
        "ac1a",
        "2025-12-01 16:00",
        "Gente & Gestão Agrocampo <rh@agrocampo-insumos.example>",
        "Convite: Confraternização de fim de ano Agrocampo 2025",
        N(),
        html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:15px">
<p>Querido(a) colaborador(a),</p>
<p>Chegou a hora de celebrar um ano de muitas conquistas! Convidamos você e sua família para a <b>Confraternização Agrocampo 2025</b>.</p>
<p><b>Data:</b> 12/12/2025 (sexta) às 19h30<br><b>Local:</b> Espaço Villa Bella – Rio Verde/GO</p>
<p>Haverá jantar, música ao vivo e sorteio de brindes. Confirme até 05/12.</p>
<p>Gente &amp; Gestão – Agrocampo Distribuidora de Insumos</p>
</body></html>""",
        ics=ics(
            "confrat2025-agrocampo-1212@agrocampo-insumos.example",
            "2025-12-12 19:30",
            "Confraternização Agrocampo 2025",
            ("Gente & Gestão Agrocampo", "rh@agrocampo-insumos.example"),
            minutes=240,
            style="outlook",
            location="Espaço Villa Bella - Rio Verde/GO",
        ),
    ),
    m(
        "ea1a",
        "2025-10-01 10:00",
        "AEA-GO <secretaria@aeago.example>",
        "Jantar do Dia do Engenheiro Agrônomo - 10/10",
        N(),
        text="""Prezado(a) associado(a),

A Associação dos Engenheiros Agrônomos de Goiás – Regional Sudoeste convida para o jantar
comemorativo do Dia do Engenheiro Agrônomo (12 de outubro), com homenagem aos colegas com 30
anos de profissão.

Data: 10/10/2025, 20h – Churrascaria Gaúcha, Rio Verde
Adesão: R$ 120,00 (associado) / R$ 150,00 (não associado)

Diretoria AEA-GO""",
        ics=ics(
            "jantar-diadoagronomo-2025@aeago.example",
            "2025-10-10 20:00",
            "Jantar Dia do Engenheiro Agrônomo - AEA-GO",
            ("AEA-GO", "secretaria@aeago.example"),
            minutes=180,
            location="Churrascaria Gaúcha - Rio Verde/GO",
        ),
    ),
    # --- health and the dog -------------------------------------------------------------------
    m(
        "dc1a",
        "2025-09-15 14:22",
        DOCTORALIA,
        "Consulta confirmada: Dra. Fernanda Siqueira - 17/09 às 16:00",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Olá Gustavo,</p>
<p>Sua consulta está confirmada!</p>
<p><b>Dra. Fernanda Siqueira</b> – Dermatologista<br>Quarta-feira, 17 de setembro de 2025, 16:00<br>
Clínica Dermato Vida – Av. Presidente Vargas, 1.880, sala 304 – Rio Verde</p>
<p>Forma de pagamento: Unimed. Leve a carteirinha e um documento com foto.</p>
<p>Precisa cancelar ou remarcar? <a href="https://www.doctoralia.com.br/minhas-consultas">Gerencie sua consulta</a></p>
</body></html>""",
        ics=ics(
            "doctoralia-79221845@doctoralia.com.br",
            "2025-09-17 16:00",
            "Consulta - Dra. Fernanda Siqueira (Dermatologista)",
            ("Doctoralia", "noreply@doctoralia.com.br"),
            minutes=30,
            location="Clínica Dermato Vida - Av. Presidente Vargas, 1880, sala 304 - Rio Verde",
        ),
    ),
    m(
        "dc2b",
        "2025-09-16 16:00",
        DOCTORALIA,
        "Lembrete: sua consulta é amanhã",
        N(),
        text="""Olá Gustavo,

Lembrete: amanhã, 17/09, às 16:00, você tem consulta com Dra. Fernanda Siqueira
(Dermatologista), na Clínica Dermato Vida.

Se não puder comparecer, cancele pelo link para liberar o horário para outro paciente:
https://www.doctoralia.com.br/minhas-consultas""",
    ),
    m(
        "lb1a",
        "2025-09-23 11:30",
        "Laboratório Padrão <resultados@labpadrao.example>",
        "Seus resultados de exames estão disponíveis",
        N(),
        text="""Prezado(a) GUSTAVO HENRIQUE BORBA LEMES,

Os resultados dos exames realizados em 19/09/2025 (protocolo 2509-88417) já estão disponíveis.

Acesse com seu CPF e a senha do protocolo: https://resultados.labpadrao.example

Laboratório Padrão – Rio Verde""",
    ),
    m(
        "vt1v",
        "2025-10-08 09:40",
        VET,
        "Vacina da Paçoca - agendamento 10/10",
        N(),
        text="""Olá, tutor(a) da Paçoca!

Confirmamos o agendamento da vacina anual (V10 + antirrábica) da Paçoca (SRD, 4 anos) para
sexta-feira, 10/10, às 18h, com a Dra. Júlia.

Chegue com 10 minutos de antecedência e traga a carteirinha de vacinação.

Clínica Veterinária Amigo Fiel – Rua Nizo Jaime de Gusmão, 722 – Rio Verde
(64) 3611-4050""",
        ics=ics(
            "amigofiel-ag-55128@amigofielvet.example",
            "2025-10-10 18:00",
            "Vacina Paçoca - Clínica Amigo Fiel",
            ("Clínica Amigo Fiel", "contato@amigofielvet.example"),
            minutes=30,
            location="Clínica Veterinária Amigo Fiel - Rua Nizo Jaime de Gusmão, 722",
        ),
    ),
    m(
        "vt2v",
        "2025-10-10 19:05",
        VET,
        "Receita e carteira de vacinação - Paçoca",
        N(),
        text="""Olá, Gustavo!

Segue o resumo do atendimento da Paçoca de hoje:
- Vacinas V10 e antirrábica aplicadas (próximo reforço: 10/2026)
- Peso: 14,2 kg
- Receita: vermífugo (1 comprimido agora e repetir em 15 dias)

Qualquer reação (inchaço, vômito, apatia), nos ligue.

Dra. Júlia Rezende – CRMV-GO 9.114""",
    ),
    m(
        "od1a",
        "2025-12-02 17:00",
        "Odonto Sorriso RV <agenda@odontosorrisorv.example>",
        "Confirmação de consulta - 04/12 às 8h",
        N(),
        text="""Olá, Gustavo! Sua consulta de manutenção/limpeza com o Dr. Paulo está marcada para
quinta-feira, 04/12, às 8h. Responda SIM para confirmar ou NÃO para cancelar.

Odonto Sorriso RV""",
    ),
    # --- errands, courses, travel -------------------------------------------------------------
    m_utc(
        "cs1a",
        "2025-10-01 15:00",
        "Coursera <no-reply@t.mail.coursera.org>",
        "Welcome to Precision Agriculture and Remote Sensing!",
        N("en"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Gustavo,</p>
<p>Welcome to <b>Precision Agriculture and Remote Sensing</b>! Your course starts today. Here's how to get started:</p>
<ol><li>Watch the welcome video</li><li>Meet your classmates in the discussion forums</li><li>Complete Week 1 by October 8</li></ol>
<p><a href="https://www.coursera.org/learn/precision-agriculture/home/welcome">Go to course</a></p>
<p>Happy learning,<br>The Coursera Team</p>
</body></html>""",
    ),
    m_utc(
        "cs2b",
        "2025-11-19 16:20",
        "Coursera <no-reply@t.mail.coursera.org>",
        "Congratulations, you've earned a certificate!",
        N("en"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Congratulations, Gustavo!</p>
<p>You completed <b>Precision Agriculture and Remote Sensing</b>. Share your certificate on LinkedIn to let your network know.</p>
<p><a href="https://www.coursera.org/account/accomplishments/certificate/8QWZ4KXP2L">View certificate</a></p>
</body></html>""",
    ),
    m_utc(
        "du1a",
        "2025-11-24 23:00",
        "Duolingo <hello@duolingo.com>",
        "🦉 Sua ofensiva de espanhol está em risco!",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:15px">
<p>Oi, Gustavo! Você ainda não praticou espanhol hoje. Faça uma lição rápida para manter sua ofensiva de 23 dias!</p>
<p><a href="https://www.duolingo.com/lesson">Praticar agora</a></p>
</body></html>""",
    ),
    m(
        "am3a",
        "2025-12-10 14:15",
        "Amazon.com.br <confirmacao-envio@amazon.com.br>",
        "Seu pedido foi enviado: Manejo de Plantas Daninhas...",
        N(),
        text="""Olá Gustavo,

Seu pedido #702-4418820-1193067 foi enviado.

Manejo de Plantas Daninhas nas Culturas Agrícolas – 2ª edição
Previsão de entrega: segunda-feira, 15 de dezembro

Acompanhe: https://www.amazon.com.br/progress-tracker/package/ref=pe_ship""",
    ),
    m(
        "co1a",
        "2026-01-08 09:20",
        "Correios <naoresponda@correios.com.br>",
        "Objeto aguardando retirada - QB418225931BR",
        N(),
        text="""Seu objeto QB418225931BR está aguardando retirada na Agência Rio Verde Centro
(Rua Costa Gomes, 310) até 18/01/2026. Leve documento com foto.

Correios""",
    ),
    m(
        "ol1a",
        "2025-09-18 20:33",
        "OLX <naoresponda@olx.com.br>",
        "Você recebeu uma proposta pelo seu anúncio",
        N(),
        text="""Olá, Gustavo!

Você recebeu uma proposta de R$ 2.300 pelo anúncio "Pulverizador costal elétrico 20L + carregador".

Responda pelo chat da OLX. Nunca faça pagamentos fora da plataforma.""",
    ),
    m(
        "ps9a",
        "2025-10-22 10:10",
        "Porto Seguro <naoresponda@portoseguro.com.br>",
        "Proposta de renovação do seu Seguro Auto",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Olá, Gustavo Henrique!</p>
<p>Seu seguro do <b>Fiat Toro Volcano</b> vence em 06/11/2025. Preparamos sua proposta de renovação:</p>
<p>Prêmio: R$ 4.288,90 em até 10x sem juros · Bônus classe 6 mantido</p>
<p><a href="https://www.portoseguro.com.br/renovacao">Renovar agora</a></p>
</body></html>""",
    ),
    m(
        "bk1a",
        "2025-12-18 20:02",
        "Booking.com <noreply@booking.com>",
        "Sua reserva está confirmada: Hotel Thermas Diroma",
        N(),
        text="""Obrigado, Gustavo! Sua reserva em Caldas Novas está confirmada.

Hotel Thermas Diroma
Check-in: qua, 31 de dez de 2025 (a partir das 14:00)
Check-out: sex, 2 de jan de 2026 (até as 12:00)
Número da confirmação: 4418.220.917
Preço total: R$ 2.864

Gerencie sua reserva: https://secure.booking.com/myreservations.html""",
    ),
    m(
        "bk2b",
        "2025-12-29 10:00",
        "Booking.com <noreply@booking.com>",
        "Faltam 2 dias para sua viagem a Caldas Novas",
        N(),
        text="""Gustavo, está quase na hora!

Hotel Thermas Diroma – check-in quarta-feira, 31 de dezembro.
Dica: avise o hotel sobre o horário de chegada pelo app.""",
    ),
    m(
        "ig1a",
        "2025-11-30 19:00",
        "Instagram <no-reply@mail.instagram.com>",
        "gustavo.agro, você tem 4 novas notificações",
        N(),
        text="""Veja o que você perdeu no Instagram

lucascaetano_agro e outras 3 pessoas curtiram sua foto.
diego.ramos10 comentou: "craque da pelada 😂"

https://www.instagram.com/""",
    ),
    m(
        "dr1a",
        "2026-02-13 08:00",
        "Drogasil <ofertas@drogasil.com.br>",
        "Gustavo, ofertas de Carnaval: protetor solar com 40% OFF",
        N(),
        headers={"List-Unsubscribe": "<https://www.drogasil.com.br/descadastro>"},
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Curta o Carnaval protegido! ☀️</p>
<p>Protetores solares com até 40% OFF · Repelentes a partir de R$ 19,90 · Hidratantes leve 3 pague 2</p>
</body></html>""",
    ),
    m(
        "ct9a",
        "2025-10-20 14:00",
        "Cartório de Registro de Imóveis de Santa Helena <atendimento@crisantahelena.example>",
        "Registro da Cédula Rural - protocolo 44.812",
        N(),
        text="""Prezado Sr. Gustavo Henrique Borba Lemes,

Informamos que a Cédula Rural Pignoratícia nº CR-2025-0731-004417, emitida em favor da
Crediverde, foi registrada sob o nº R-3 da matrícula 11.208 em 17/10/2025.

Emolumentos: R$ 612,35 (pagos).

Cartório de Registro de Imóveis – Santa Helena de Goiás""",
    ),
    m(
        "lf5e",
        "2026-01-28 18:20",
        LARI,
        "mercado",
        N(),
        text="""passa no mercado quando sair? leite, ovos, banana, café e ração da Paçoca (a de 15kg). sai do
hospital só 21h hoje. bjs""",
    ),
    m(
        "lf6f",
        "2026-02-20 12:44",
        LARI,
        "jantar sexta com a Bruna e o Diego",
        N(),
        text="""Amor, a Bruna chamou a gente pra jantar sexta na casa deles, 20h. Topa? Ela quer ouvir tudo do
seu emprego novo e o Diego quer saber da picape kkkk. Levo um vinho.""",
    ),
    m(
        "vp2b",
        "2025-11-20 21:05",
        VINI,
        "Re: preciso de conselho - proposta usina MS",
        N(),
        **reply("<SN6PR1101MB3aa@hotmail.com>", "<CAH7pX2ff71@mail.gmail.com>"),
        text="""Valeu pela conversa de sábado. Recusei a usina. Fiz as contas com a Fernanda e, tirando a
moradia, a diferença não compensava ficar longe da família. Vou pedir um aumento aqui na
consultoria e ver o que sai.

Vini""",
    ),
    m(
        "pq8h",
        "2026-02-04 12:00",
        pelada("Bruno Sato"),
        "Lista quinta 05/02",
        N(),
        to=PELADA,
        headers=PELADA_H,
        text="""Lista de quinta:

1. Bruno
2. Marcão
3. Diego
4. Léo goleiro
5. Fabinho
6. Gustavo (se chegar a tempo do treinamento)

Bora que ta faltando gente!"""
        + PELADA_FOOTER,
    ),
    m(
        "pa1a",
        "2026-01-10 16:00",
        "Paróquia São Sebastião <secretaria@paroquiassebastiao-rv.example>",
        "Festa de São Sebastião 2026 - programação",
        N(),
        text="""Queridos paroquianos,

A Festa de São Sebastião acontece de 11 a 20 de janeiro, com novenas às 19h30, quermesse
aos fins de semana e procissão no dia 20, às 17h.

Voluntários para as barracas, procurem a secretaria.

Paz e bem!""",
    ),
    m(
        "ms6f",
        "2026-02-15 10:31",
        MAE,
        "carnaval",
        N(),
        text="""Filho vocês vem no carnaval? Seu pai quer pescar no rio Verdinho segunda. Sua irmã vai ficar
estudando pro TAF. Faço aquela galinhada.

mãe""",
    ),
]
