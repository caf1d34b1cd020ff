# ruff: noqa: E501, RUF100
"""Corpus 146, the ordinary inbox part two (data only): family, friends, the school she teaches
at, her niece's school, health, football, leisure. See heldout146.py."""

from __future__ import annotations

from typing import Any

from heldout146_jobs import N, ics, m, thread

MAE = "Vera Schneider <vera.schneider58@terra.com.br>"
CAMILA = "Camila Farias Pereira <camilafp.poa@gmail.com>"
BRUNA = "Bruna Lemos <brunalemos.s@gmail.com>"
FERNANDA = "Fernanda Ilha <fe_ilha@hotmail.com>"
GUI = "Guilherme Bortolini <gui.bortolini@bol.com.br>"
LUIZA = "Luiza Kern <luizakern@hotmail.com>"
MARLENE = "Marlene Farias <marlenefarias@bol.com.br>"
ACACIAS = "Coordenação Pedagógica - Colégio Jardim das Acácias <coordenacao@colegioacacias.example>"
PITANGA = "Escola de Educação Infantil Pé de Pitanga <secretaria@pedepitanga.example>"
PAMPA = "Saúde Pampa <agendamento@saudepampa.example>"
SOCIO = "Sócio Colorado <socio@internacional.com.br>"
SYMPLA = "Sympla <naoresponda@sympla.com.br>"

bruna_news = m(
    "ba10",
    "2025-12-16 12:48",
    "Thaís Schneider Farias <thais.sfarias@gmail.com>",
    "contei pra ti?",
    N(),
    """Bru!!! Não aguentei esperar pra contar pessoalmente: aceitei a proposta da cooperativa!
Começo em fevereiro. Obrigada por me ouvir reclamando de processo seletivo esses meses todos 😂
Sexta tem cerveja por minha conta.
Thaís
""",
    to="Bruna Lemos <brunalemos.s@gmail.com>",
)

gui_1 = m(
    "ba20",
    "2025-10-18 23:10",
    GUI,
    "PASSEI NA DINÂMICA",
    N(),
    """Thaaaa

lembra que eu te falei daquela dinâmica de grupo do banco? passei!!! agora tem entrevista
com o gerente regional na quinta. tô nervoso, tu que é a rainha das entrevistas me dá umas
dicas? hahaha. o salário é bem melhor que o do escritório, e tem PLR.

bah, se eu passar vou ter que comprar terno. socorro.

abç
Gui
""",
)

MAIL: list[dict[str, Any]] = [
    # --- family ---------------------------------------------------------------------------------
    m(
        "b001",
        "2025-09-07 09:14",
        MAE,
        "almoço domingo que vem",
        N(),
        """Filha bom dia

Domingo que vem (14) o pai vai fazer churrasco aqui em Santa Cruz, a tua irmã vem com a
Laurinha. Tu vem? Se vier de ônibus me avisa o horário que o pai te busca na rodoviária.

Beijos da mãe
""",
    ),
    m(
        "b002",
        "2025-10-12 20:31",
        MAE,
        "Re: presente da Laura",
        N(),
        """Comprei o livro que tu disse, aquele dos bichos que brilham no escuro. Ela adorou!!!
Disse que vai levar pra escola pra mostrar pras profes.

e os teus processos de emprego como estão? tua vó perguntou

Mãe
""",
    ),
    m(
        "b003",
        "2025-12-16 19:55",
        MAE,
        "PARABÉNS FILHA",
        N(),
        """Filha que orgulho!!!! A Camila me contou do emprego novo na cooperativa. O pai ficou todo
bobo, já contou pra vizinhança inteira kkkk

Natal é aqui em casa como sempre, traz aquela torta de bolacha.

Te amo
Mãe
""",
    ),
    m(
        "b004",
        "2026-02-01 21:40",
        MAE,
        "boa sorte amanhã",
        N(),
        """Boa sorte no primeiro dia meu amor! Vai dar tudo certo. Me liga quando sair.
Mãe

Enviado do meu celular Samsung Galaxy
""",
    ),
    m(
        "b005",
        "2025-09-03 18:20",
        CAMILA,
        "Fwd: Rematrícula 2026 - prazos",
        N(),
        """Tha, tu pode me ajudar com isso? Tu tá como segunda responsável da Laura na escola, então
vão te pedir pra assinar também. Eu não entendi direito a parte do desconto pra irmãos.

Bjo

---------- Forwarded message ---------
De: Escola de Educação Infantil Pé de Pitanga <secretaria@pedepitanga.example>
Date: qua., 3 de set. de 2025 às 10:02
Subject: Rematrícula 2026 - prazos
To: <camilafp.poa@gmail.com>

Prezadas famílias,

O período de rematrícula para 2026 vai de 15/09 a 31/10. Famílias que confirmarem até 10/10
terão 5% de desconto na anuidade. A rematrícula é feita pelo portal da escola, com assinatura
do contrato de prestação de serviços educacionais pelos responsáveis cadastrados.

Secretaria - Pé de Pitanga
""",
    ),
    m(
        "b006",
        "2025-11-25 17:02",
        CAMILA,
        "quinta",
        N(),
        """consegue pegar a Laura na escola quinta 17h30? tenho plantão até tarde. se não der tudo
bem, peço pra sogra

Enviado do meu iPhone
""",
    ),
    m(
        "b007",
        "2026-01-19 13:15",
        CAMILA,
        "Re: mudança sábado",
        N(),
        """O Dudu consegue a caminhonete do irmão dele sábado de manhã. 8h tá bom? Tu já encaixotou
tudo? Conhecendo tu, não 😂

Leva a geladeira ou fica no apê?
C.
""",
    ),
    m(
        "b008",
        "2025-09-21 08:03",
        MARLENE,
        "ENC: Uma linda mensagem para começar o domingo",
        N(),
        """>>> Bah que lindo isso, mandei pra todas as sobrinhas. Bjs da tia

"A vida é como andar de bicicleta: para manter o equilíbrio, você precisa continuar se
movendo." 🌻🌻🌻

Repasse para 10 pessoas que você ama e veja a mágica acontecer!!!
""",
    ),
    m(
        "b009",
        "2025-12-24 10:15",
        MARLENE,
        "FELIZ NATAL",
        N(),
        """Querida sobrinha, um Feliz Natal cheio de luz e um 2026 de muitas conquistas no trabalho
novo. A tia soube pela tua mãe!! Que Deus te abençoe.

Tia Marlene e tio Ademir
""",
    ),
    # --- friends --------------------------------------------------------------------------------
    m(
        "ba01",
        "2025-09-15 22:48",
        BRUNA,
        "bah, que semana",
        N(),
        """Tha,

que semana!!! O novo gerente de sinistros chegou chegando, reuniu o time hoje e anunciou
que vai ter avaliação de desempenho trimestral agora, com entrevista individual. Tô bem
tranquila mas metade do time entrou em pânico.

E aquela vaga interna de analista sênior que eu te falei? Fiz a entrevista com o RH
sexta. Eles disseram que dão retorno até o fim do mês, tô roendo as unhas. Se eu pegar, vou
pedir pra trabalhar híbrido 3x em casa.

e tu? como foi o teste de lógica daquela edtech?

bjo
Bru
""",
    ),
    m(
        "ba02",
        "2025-10-30 19:20",
        BRUNA,
        "Re: bah, que semana",
        N(),
        """PEGUEI A VAGA!!! 🎉🎉 Sou analista sênior oficialmente a partir de segunda. O aumento nem é
tão grande mas o plano de carreira é outro. Vou ter que fazer uma trilha de liderança na
academia interna, tu vai rir.

Ah e a indicação tua pro Rafael tá feita, ele disse que vai te chamar.

Bru
""",
    ),
    bruna_news,
    m(
        "ba11",
        "2025-12-16 13:05",
        BRUNA,
        "Re: contei pra ti?",
        N(),
        """AAAAAAAAA QUE NOTÍCIA!!!!! Eu sabia!!! Sexta tá marcado, Pinguim às 19h?
Orgulho define 💚💚 (verde da cooperativa já hein)

Bru
""",
        **thread(bruna_news),
    ),
    m(
        "ba03",
        "2025-10-04 15:30",
        FERNANDA,
        "tomei coragem",
        N(),
        """Thaís, amiga

Tomei coragem e entreguei minha carta de demissão hoje pro seu Paulo. Vou sair do colégio no
fim do ano letivo e abrir meu espaço de reforço escolar e psicopedagogia lá no Partenon. Já
tenho 9 famílias interessadas!! Tô apavorada e feliz ao mesmo tempo.

Ele ainda me fez uma contraproposta de coordenação do fundamental 1, acredita? Mas não quero
mais. Depois te conto tudo com calma.

Ah, não conta pra ninguém do colégio ainda, tá?

Beijo
Fê
""",
    ),
    m(
        "ba04",
        "2026-01-21 11:02",
        FERNANDA,
        "despedida",
        N(),
        """Amiga, marquei nossa despedida dupla (tu pra cooperativa, eu pro meu espaço) no Ocidente
sábado dia 31, 20h. Já chamei a Cris, a Dani e o pessoal do 3º ano. Não aceito não como
resposta!!

Fê
""",
    ),
    gui_1,
    m(
        "ba21",
        "2025-11-22 10:05",
        GUI,
        "Re: PASSEI NA DINÂMICA",
        N(),
        """Oi Tha! Esqueci de te contar: me chamaram!!! Comecei dia 10 na agência da Assis Brasil.
Tuas dicas da entrevista salvaram (principalmente a do "exemplo concreto"). Te devo um
churrasco.

Sábado dia 6 lá em casa? Vou convidar o pessoal. E vê se traz aquele teu vinho da Serra.

Gui

PS: Grêmio vai ganhar o Gre-Nal, pode anotar
""",
        **thread(gui_1),
    ),
    m(
        "ba30",
        "2025-11-08 12:40",
        LUIZA,
        "vem pro feriadão!!",
        N(),
        """Thaíííís

Então tu vai fazer entrevista com um estúdio aqui de Floripa? Pois então vem no feriado da
Proclamação e já conhece a ilha de novo hahaha. Tem cama aqui em casa no Campeche, e se fizer
sol a gente vai na Joaquina.

Beijos!
Lu
""",
    ),
    m(
        "ba31",
        "2025-11-18 21:17",
        LUIZA,
        "fotos do feriado 🏖️",
        N(),
        """Oi amiga, segue o link das fotos. A do pôr do sol na Lagoa ficou linda demais!!
https://photos.app.goo.gl/Lk3NfQz8pQW2

Volta logo!
Lu
""",
    ),
    m(
        "ba40",
        "2025-10-25 14:22",
        "Turma Pedagogia UFRGS 2015 <pedagogia-ufrgs-2015@googlegroups.com>",
        "[Pedagogia 2015] Encontro 10 anos de formatura!",
        N(),
        """Gente!!!

10 anos de formatura (como assim?!). Proposta: encontro dia 29/11, sábado, às 17h, no
bar do Parque da Redenção. Quem puder, responde a enquete: https://forms.gle/p3dag0gia2015

Bjs, Cris

--
Você está recebendo esta mensagem porque está inscrito no grupo "Turma Pedagogia UFRGS 2015"
do Grupos do Google. Para cancelar a inscrição, envie um e-mail para
pedagogia-ufrgs-2015+unsubscribe@googlegroups.com.
""",
    ),
    m(
        "ba50",
        "2025-10-28 09:41",
        "Dra. Aline Menezes Psicologia <alinemenezes.psi@gmail.com>",
        "Sessão remarcada - quinta-feira",
        N(),
        """Olá, Thaís! Tudo bem?

Como combinamos por WhatsApp, nossa sessão desta semana fica remarcada para quinta (30/10),
às 19h, no consultório. Atualizei o convite da agenda.

Abraço,
Aline Menezes
Psicóloga - CRP 07/31447
Rua José do Patrocínio, 210, sala 5 - Cidade Baixa
""",
        ics=ics(
            "7c1e5a9b3d2f4h6j8k0m2n4p6q@google.com",
            "2025-10-30 19:00",
            "Sessão - Thaís",
            ("Aline Menezes", "alinemenezes.psi@gmail.com"),
            minutes=50,
            location="Rua José do Patrocínio, 210, sala 5 - Cidade Baixa",
            sequence=1,
        ),
    ),
    # --- the school she teaches at --------------------------------------------------------------
    m(
        "bb01",
        "2025-09-08 17:30",
        ACACIAS,
        "Convocação: Reunião Pedagógica - sábado 13/09",
        N(),
        """Prezados professores,

Convocamos para a Reunião Pedagógica do 3º trimestre, no sábado 13/09, das 8h às 12h, no
auditório. Pauta: avaliação formativa, projeto de leitura e preparação do Conselho de Classe.

A presença é obrigatória e será compensada em banco de horas.

Att,
Márcia Rossi
Coordenação Pedagógica - Anos Iniciais
Colégio Jardim das Acácias
""",
        ics=ics(
            "reuniao-pedagogica-20250913@colegioacacias.example",
            "2025-09-13 08:00",
            "Reunião Pedagógica - 3º trimestre",
            ("Márcia Rossi", "coordenacao@colegioacacias.example"),
            minutes=240,
            location="Auditório - Colégio Jardim das Acácias",
        ),
    ),
    m(
        "bb02",
        "2025-09-29 12:10",
        ACACIAS,
        "Conselho de Classe - cronograma e pareceres",
        N(),
        """Professores,

Segue o cronograma do Conselho de Classe do 3º trimestre:
- 1º e 2º anos: 08/10, 13h30
- 3º ano: 09/10, 13h30
- 4º e 5º anos: 10/10, 13h30

Os pareceres descritivos devem ser lançados no sistema até 06/10.

Márcia
""",
    ),
    m(
        "bb03",
        "2025-10-31 16:45",
        "Direção - Colégio Jardim das Acácias <direcao@colegioacacias.example>",
        "Feira de Ciências 2025 - escala dos professores",
        N(),
        """Prezada equipe,

A Feira de Ciências acontece no sábado, 08/11, das 9h às 15h. A escala de cada professor por
estande está no mural da sala dos professores e no Drive. Famílias estão convidadas.

Contamos com todos!
Paulo Henrique Dias - Diretor
""",
    ),
    m(
        "bb04",
        "2025-12-10 11:30",
        "Direção - Colégio Jardim das Acácias <direcao@colegioacacias.example>",
        "Calendário 2026 e recesso de fim de ano",
        N(),
        """Prezada equipe,

O recesso de fim de ano será de 22/12 a 11/01. As férias coletivas dos professores vão de
12/01 a 10/02. O ano letivo de 2026 começa em 19/02, com a semana pedagógica a partir de 11/02.

O calendário completo segue em anexo.

Boas festas a todos!
Paulo Henrique Dias
""",
        attach=[
            ("calendario_2026.pdf", "application/pdf", "%PDF-1.4\n% calendario escolar 2026\n")
        ],
    ),
    m(
        "bb05",
        "2026-01-30 18:20",
        "Márcia Rossi <marcia.rossi@colegioacacias.example>",
        "Obrigada por tudo, Thaís 🌻",
        N(),
        """Querida Thaís,

Em nome de toda a equipe dos Anos Iniciais, obrigada pelos seis anos de dedicação aos nossos
alunos. Tuas sequências didáticas vão continuar sendo usadas (e copiadas) por muito tempo!

Que a cooperativa saiba o tesouro que está levando. Volta pra nos visitar.

Com carinho,
Márcia e equipe
""",
    ),
    # --- her niece's school ---------------------------------------------------------------------
    m(
        "bc01",
        "2025-10-15 10:00",
        PITANGA,
        "Rematrícula 2026: últimos dias",
        N(),
        """Prezadas famílias,

Lembramos que a rematrícula para 2026 encerra em 31/10. Após essa data, as vagas remanescentes
serão abertas para novas matrículas. Em caso de dúvida, procure a secretaria.

Secretaria - Pé de Pitanga
""",
    ),
    m(
        "bc02",
        "2025-11-04 14:33",
        PITANGA,
        "Matrícula 2026 confirmada - Laura Farias Pereira",
        N(),
        """Prezados responsáveis,

A matrícula de LAURA FARIAS PEREIRA para o ano letivo de 2026 (Infantil 5 - turno da tarde)
está confirmada. O contrato assinado pelos responsáveis cadastrados (Camila Farias Pereira e
Thaís Schneider Farias) está disponível no portal.

A primeira parcela da anuidade vence em 10/01/2026.

Secretaria - Escola de Educação Infantil Pé de Pitanga
""",
    ),
    m(
        "bc03",
        "2025-11-20 15:10",
        PITANGA,
        "Convite: entrevista de acolhimento com a família - Infantil 5",
        N(),
        """Queridas famílias do Infantil 5 - 2026,

Para conhecermos melhor cada criança antes do início do ano, convidamos os responsáveis para
uma entrevista de acolhimento com a professora referência e a coordenação. A conversa dura
cerca de 30 minutos.

Laura: 04/12 (quinta), às 18h, na sala do Infantil 5.

Segue o convite para a agenda. Esperamos vocês!

Coordenação Pedagógica - Pé de Pitanga
""",
        ics=ics(
            "acolhimento-inf5-laura-20251204@pedepitanga.example",
            "2025-12-04 18:00",
            "Entrevista de acolhimento - Laura (Infantil 5)",
            ("Coordenação Pé de Pitanga", "secretaria@pedepitanga.example"),
            minutes=30,
            attendees=[("Camila Farias Pereira", "camilafp.poa@gmail.com")],
            location="Escola Pé de Pitanga - sala do Infantil 5",
        ),
    ),
    m(
        "bc04",
        "2025-12-12 09:00",
        PITANGA,
        "Lista de materiais 2026",
        N(),
        """Prezadas famílias,

Segue em anexo a lista de materiais do Infantil 5 para 2026. Os materiais devem ser entregues
identificados na semana de 09 a 13/02.

Boas férias!
Secretaria - Pé de Pitanga
""",
        attach=[
            ("lista_materiais_inf5_2026.pdf", "application/pdf", "%PDF-1.4\n% lista de materiais\n")
        ],
    ),
    # --- health -----------------------------------------------------------------------------------
    m(
        "bd01",
        "2025-09-23 10:12",
        PAMPA,
        "Consulta agendada - Ginecologia",
        N(),
        """Olá, THAIS SCHNEIDER FARIAS!

Sua consulta foi agendada com sucesso.

Especialidade: Ginecologia e Obstetrícia
Profissional: Dra. Patrícia Becker - CRM/RS 31.882
Data: 02/10/2025 às 15h20
Local: Centro Médico Saúde Pampa - Av. Praia de Belas, 2174, 6º andar

Chegue com 15 minutos de antecedência e leve sua carteirinha digital.
Para cancelar ou remarcar, acesse o app Saúde Pampa com até 24h de antecedência.

Saúde Pampa Cooperativa Médica - ANS nº 41.227-3
""",
        ics=ics(
            "saudepampa-ag-55128847@saudepampa.example",
            "2025-10-02 15:20",
            "Consulta Ginecologia - Dra. Patrícia Becker",
            ("Saúde Pampa", "agendamento@saudepampa.example"),
            minutes=30,
            location="Centro Médico Saúde Pampa - Av. Praia de Belas, 2174, 6º andar",
        ),
    ),
    m(
        "bd02",
        "2025-10-01 15:20",
        PAMPA,
        "Lembrete: sua consulta é amanhã",
        N(),
        """Olá, Thaís! Lembrete da sua consulta amanhã (02/10) às 15h20 com Dra. Patrícia Becker.

Confirme sua presença: https://app.saudepampa.example/confirmar/55128847

Saúde Pampa
""",
    ),
    m(
        "bd03",
        "2025-10-10 17:45",
        "Laboratório Vida Sul <resultados@labvidasul.example>",
        "Seus exames estão prontos",
        N(),
        """Olá, Thaís!

Os resultados dos seus exames (protocolo 7718-22904) já estão disponíveis.

Acesse com seu CPF e a senha do protocolo: https://resultados.labvidasul.example

Laboratório Vida Sul - Resp. Técnico: Dr. Otávio Lenz - CRBM 0472
""",
    ),
    m(
        "bd04",
        "2025-11-26 11:00",
        "Sorriso Menino Deus Odontologia <agenda@sorrisomd.example>",
        "Consulta confirmada - limpeza e avaliação",
        N(),
        """Olá, Thaís!

Sua consulta está confirmada para 03/12 (quarta-feira), às 8h, com o Dr. Felipe Garcia.

Procedimento: profilaxia e avaliação semestral.
Endereço: Av. Getúlio Vargas, 1320, sala 204 - Menino Deus

Até lá!
""",
        ics=ics(
            "sorrisomd-20251203-0800-thais@sorrisomd.example",
            "2025-12-03 08:00",
            "Dentista - Dr. Felipe Garcia",
            ("Sorriso Menino Deus Odontologia", "agenda@sorrisomd.example"),
            location="Av. Getúlio Vargas, 1320, sala 204 - Menino Deus",
        ),
    ),
    m(
        "bd05",
        "2026-02-12 10:30",
        "Saúde Pampa <relacionamento@saudepampa.example>",
        "Solicitação de cancelamento do plano individual recebida",
        N(),
        """Olá, Thaís,

Recebemos sua solicitação de cancelamento do plano individual Saúde Pampa Essencial
(contrato 00-4471882), com efeito a partir de 28/02/2026. A carteirinha permanece ativa até
essa data.

Se você está migrando para um plano empresarial, lembre-se de informar a carência já cumprida
à nova operadora.

Saúde Pampa Cooperativa Médica
""",
    ),
    # --- football -------------------------------------------------------------------------------
    m(
        "be01",
        "2025-09-10 09:00",
        SOCIO,
        "Mensalidade de setembro confirmada ❤️",
        N(),
        """Olá, Thaís!

O pagamento da mensalidade de setembro do seu plano Sócio Colorado foi confirmado.
Matrícula: 188.402-7

Obrigado por estar com o Clube do Povo!
Sport Club Internacional
""",
    ),
    m(
        "be02",
        "2025-11-04 12:00",
        SOCIO,
        "Check-in liberado: Inter x Grêmio no Beira-Rio",
        N(),
        html="""<html><body style="font-family:Arial;background:#b3000f;color:#fff">
<div style="max-width:600px;margin:auto;padding:20px">
<h1>É GRE-NAL!</h1>
<p>O check-in para o clássico no Beira-Rio está liberado para sócios adimplentes. Garanta seu lugar pelo app Sócio Colorado até sexta às 18h.</p>
<p><a style="color:#fff" href="https://socio.internacional.com.br/checkin">Fazer check-in</a></p>
<p style="font-size:10px">Sport Club Internacional - Av. Padre Cacique, 891 - Porto Alegre/RS</p>
</div></body></html>""",
    ),
    m(
        "be03",
        "2025-12-05 10:00",
        SOCIO,
        "Renove seu plano para 2026 com condições especiais",
        N(),
        """Colorada, vem com a gente em 2026!

Renove seu plano Sócio Colorado até 31/12 e ganhe 10% de desconto na anuidade à vista, além
de prioridade no check-in dos jogos do Gauchão.

Renovar: https://socio.internacional.com.br/renovacao
""",
    ),
    # --- leisure, errands, volunteering, a pós look-alike ----------------------------------
    m(
        "bf01",
        "2025-10-30 13:25",
        SYMPLA,
        "Seu ingresso: Vitor Ramil - Auditório Araújo Vianna",
        N(),
        """Olá, Thaís!

Seu pedido foi aprovado.

Evento: Vitor Ramil - A Primavera das Milongas
Local: Auditório Araújo Vianna - Parque Farroupilha, Porto Alegre
Data: 22/11/2025 às 21h
Setor: Plateia B - 2 ingressos (meia-entrada professor)

Apresente o QR Code na entrada junto com o documento que comprove a meia-entrada.

Sympla
""",
    ),
    m(
        "bf02",
        "2025-10-27 08:30",
        "Feira do Livro de Porto Alegre <contato@feiradolivro-poa.example>",
        "71ª Feira do Livro: programação e sessões de autógrafos",
        N(),
        """A Feira do Livro de Porto Alegre acontece de 31/10 a 16/11 na Praça da Alfândega.

Destaques da programação: sessões de autógrafos diárias, Área Infantil e Juvenil, e a mesa
"Professoras que escrevem", no dia 08/11.

Programação completa no site.
""",
    ),
    m(
        "bf03",
        "2025-09-02 07:05",
        "Academia Movimento Menino Deus <financeiro@academiamovimento.example>",
        "Plano renovado - recibo setembro",
        N(),
        """Olá, Thaís!

Confirmamos a renovação do seu plano Trimestral Livre. Recibo nº 20250902-118.

Valor: R$ 327,00 (3x R$ 109,00)
Vigência: 02/09 a 01/12/2025

Bons treinos!
Academia Movimento
""",
    ),
    m(
        "bf04",
        "2025-11-13 10:18",
        "Correios <naoresponda@correios.com.br>",
        "Objeto aguardando retirada",
        N(),
        """Seu objeto QB228170934BR está aguardando retirada na unidade:

AC MENINO DEUS - Av. Getúlio Vargas, 1020 - Porto Alegre/RS
Prazo para retirada: 7 dias corridos

Leve documento de identificação.
""",
    ),
    m(
        "bf05",
        "2025-09-27 16:40",
        "ONG Leitura Viva <voluntariado@leituraviva.example>",
        "Recebemos sua inscrição como voluntária 📚",
        N(),
        """Olá, Thaís!

Que alegria receber sua inscrição para o Programa de Voluntariado Leitura Viva! Nossa equipe
vai analisar o formulário e, em breve, vamos te convidar para uma conversa de acolhimento e
para a formação inicial de mediadores de leitura (sábados pela manhã, em outubro).

Obrigada por doar seu tempo às crianças da Vila Cruzeiro.

Equipe Leitura Viva
""",
    ),
    m(
        "bf06",
        "2025-11-03 14:00",
        "Faculdade Saber Digital - Pós-graduação <pos@saberdigital.example>",
        "Inscrição confirmada: processo seletivo de bolsas 2026/1",
        N(),
        """Olá, Thaís!

Sua inscrição no Processo Seletivo de Bolsas 2026/1 para a Pós-graduação em Design
Instrucional e Tecnologias Educacionais (EaD) foi confirmada.

A prova de bolsas (online, 20 questões + redação) estará disponível de 10 a 16/11 na área do
candidato. O resultado sai em 25/11.

Central de Atendimento - Faculdade Saber Digital
""",
    ),
    m(
        "bf07",
        "2025-11-25 18:00",
        "Faculdade Saber Digital - Pós-graduação <pos@saberdigital.example>",
        "Resultado: você foi aprovada com bolsa de 40%!",
        N(),
        """Parabéns, Thaís! 🎓

Você foi aprovada no Processo Seletivo de Bolsas 2026/1 com bolsa de 40% na Pós-graduação
em Design Instrucional e Tecnologias Educacionais.

Para garantir sua vaga, efetive a matrícula até 15/12 pela área do candidato. Após essa data,
a bolsa será oferecida ao próximo classificado.

Faculdade Saber Digital
""",
    ),
    # --- more life ---------------------------------------------------------------------------
    m(
        "bg01",
        "2025-11-23 10:22",
        GUI,
        "Convite: Churras do Gui 🥩",
        N(),
        """Churras de comemoração do emprego novo! Traz bebida e o vinho da Serra.

Guilherme Bortolini convidou você para um evento.
""",
        ics=ics(
            "3t5u7v9w1x3y5z7a9b1c3d5e7f@google.com",
            "2025-12-06 12:30",
            "Churras do Gui",
            ("Guilherme Bortolini", "gui.bortolini@bol.com.br"),
            minutes=360,
            location="Rua Dona Laura, 612 - Rio Branco, Porto Alegre",
        ),
    ),
    m(
        "bg02",
        "2025-12-17 08:55",
        BRUNA,
        "Convite: Cerveja da Thaís no Pinguim 🍻",
        N(),
        """tá marcado! quem faltar paga a próxima rodada

Bruna Lemos convidou você para um evento.
""",
        ics=ics(
            "8g0h2j4k6m8n0p2q4r6s8t0u2v@google.com",
            "2025-12-19 19:00",
            "Cerveja da Thaís - Pinguim",
            ("Bruna Lemos", "brunalemos.s@gmail.com"),
            minutes=180,
            location="Bar do Pinguim, Rua Lima e Silva - Cidade Baixa",
        ),
    ),
    m(
        "bg03",
        "2025-12-05 21:30",
        CAMILA,
        "fotos da formaturinha",
        N(),
        """Tha, as fotos da formatura do Infantil 4 saíram! A Laura de capelo é a coisa mais linda
do mundo. Link: https://photos.app.goo.gl/Fo7Rm4tUr4Laur4

Obrigada por ter ido, ela ficou procurando a dinda na plateia.
C.
""",
    ),
    m(
        "bg04",
        "2025-10-06 13:30",
        "ONG Leitura Viva <voluntariado@leituraviva.example>",
        "Convite: formação inicial de mediadores de leitura",
        N(),
        """Olá, Thaís!

Sua inscrição como voluntária foi aprovada! 🎉 Convidamos você para a formação inicial de
mediadores de leitura, no sábado 18/10, das 9h às 12h, na nossa sede na Vila Cruzeiro.
Depois da formação, fazemos uma conversa de acolhimento individual para combinar os dias de
atuação.

Equipe Leitura Viva
""",
        ics=ics(
            "leituraviva-formacao-20251018@leituraviva.example",
            "2025-10-18 09:00",
            "Formação de mediadores de leitura - Leitura Viva",
            ("Leitura Viva", "voluntariado@leituraviva.example"),
            minutes=180,
            location="Sede Leitura Viva - Vila Cruzeiro, Porto Alegre",
        ),
    ),
    m(
        "bg05",
        "2025-12-12 10:00",
        "Faculdade Saber Digital - Pós-graduação <pos@saberdigital.example>",
        "Últimos dias para garantir sua bolsa de 40%",
        N(),
        """Thaís, sua bolsa de 40% na Pós em Design Instrucional e Tecnologias Educacionais está
reservada só até 15/12. Depois disso, a vaga vai para o próximo classificado.

Matricule-se agora: https://saberdigital.example/pos/matricula?bolsa=40

Faculdade Saber Digital
""",
    ),
    m(
        "bg06",
        "2025-12-01 07:10",
        "Academia Movimento Menino Deus <financeiro@academiamovimento.example>",
        "Seu plano vence hoje",
        N(),
        """Olá, Thaís!

Seu plano Trimestral Livre vence hoje (01/12). Renove pelo app ou na recepção e ganhe uma
avaliação física gratuita. Em janeiro, horário de verão da academia: 6h às 21h.

Academia Movimento
""",
    ),
    m(
        "bg07",
        "2025-09-25 12:01",
        "LinkedIn <invitations@linkedin.com>",
        "Thaís, você tem 3 novos convites",
        N(),
        """Você tem 3 novos convites para se conectar

Marina Tissot - Sócia-diretora na Compasso Desenvolvimento Humano
Cláudio Reis - Professor de Matemática
Daiane Rocha - Analista de Marketing

Ver convites: https://www.linkedin.com/comm/mynetwork/invitation-manager/

© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "bg08",
        "2026-02-15 17:22",
        FERNANDA,
        "primeira semana!!",
        N(),
        """Amiga, e aí, como foram as duas primeiras semanas na cooperativa??? Quero saber tudo.

Aqui o espaço abriu segunda com 11 alunos, tô exausta e feliz. A prefeitura veio fazer
vistoria do alvará e passou. Ufa.

Fê
""",
    ),
]
