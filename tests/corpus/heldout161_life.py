# ruff: noqa: E501, RUF100
"""Corpus 161, the ordinary inbox part two (data only): see heldout161.py.

Her rowing club, family and friends (talking about their own jobs and interviews), LinkedIn's
social mail, the landlord, insurance, the Junta, tickets and the like."""

from __future__ import annotations

from typing import Any

from heldout161_jobs import N, ics, m, reply

_RC = "Remo Clube do Ouro <secretaria@rcouro.example>"
_MAE = "Graça Carvalhal <graca.carvalhal@sapo.pt>"
_PAI = "José Manuel Marques <jm.marques1958@sapo.pt>"
_DU = "Duarte Marques <duarte.csmarques@gmail.com>"
_MARTA = "Marta Leal <marta.leal88@gmail.com>"
_LI = "LinkedIn <notifications-noreply@linkedin.com>"

MAIL: list[dict[str, Any]] = [
    # --- the rowing club ---------------------------------------------------------------------
    m(
        "ra1k8",
        "2025-09-06 11:02",
        _RC,
        "Horários de treino – época 2025/26",
        N(),
        """Caros atletas e sócios,

A nova época começa segunda-feira, 15 de setembro. Horários de inverno (Veteranos e Master):

  3.ª e 5.ª – 19h00 (rio, se houver luz; depois ergómetros)
  Sábado – 7h30 (rio, saída da rampa do Freixo)

Lembramos que a quota e o seguro desportivo têm de estar regularizados para entrar na água.

Bons treinos!
A Direção do Remo Clube do Ouro
""",
    ),
    m(
        "rb7c2",
        "2025-10-02 20:15",
        _RC,
        "Regata Cabeça do Douro – inscrições até 10 de outubro",
        N(),
        """Olá a todos,

A Regata Cabeça do Douro (6 km, contra-relógio) é no domingo, 26 de outubro. O clube vai
inscrever dois 8+ e um 4x master. Quem quiser remar, inscreva-se na folha até dia 10.

Taxa por atleta: 8 €. Pequeno-almoço no clube às 7h.

Secretaria RCO
""",
    ),
    m(
        "rc3w9",
        "2025-10-20 22:48",
        "Nuno Dias <nunodias.remo@gmail.com>",
        "Tripulações Cabeça do Douro",
        N(),
        """Boa noite malta,

Tripulações fechadas:
8+ misto A: Inês M. (voga), Carla, Tomé, Rui P., Ana S., Diogo, Marta V., Pedro L.; tim.: Bia
4x master: Joaquim, Zé Carlos, Lurdes, Fernando

Último treino em conjunto: quinta 19h. Não faltem!
Nuno
""",
    ),
    m(
        "rd0f5",
        "2025-10-27 13:21",
        _RC,
        "Resultados + fotos 📸",
        N(),
        None,
        """<html><body><p>Parabéns a todos! O 8+ misto A ficou em <b>3.º lugar</b> na sua categoria
(22:41,3) e o 4x master em 5.º.</p>
<p>Fotos do fotógrafo da regata: <a href="https://photos.app.goo.gl/r7Qx2mPcouro">álbum partilhado</a></p>
<p>Remo Clube do Ouro · Cais do Freixo · Porto</p></body></html>""",
    ),
    m(
        "re6n3",
        "2025-11-08 09:40",
        "Nuno Dias <nunodias.remo@gmail.com>",
        "Teste de ergómetro 2k – sábado 15/11",
        N(),
        """Pessoal, teste de 2000 m no ergómetro no sábado 15 às 9h (em vez do treino de rio).
Aquecimento 20 min antes. Mandei convite para quem está na lista de competição.
Nuno
""",
        ics=ics(
            "7p1v3rt9bq2s5d0h8fkc6ma4jn@google.com",
            "2025-11-15 09:00",
            "Teste 2k ergómetro – RCO",
            ("Nuno Dias", "nunodias.remo@gmail.com"),
            minutes=90,
            location="Remo Clube do Ouro – sala de ergómetros",
        ),
    ),
    m(
        "rf2h7",
        "2025-11-28 18:00",
        _RC,
        "Convocatória – Assembleia Geral Ordinária",
        N(),
        """CONVOCATÓRIA

Nos termos do artigo 24.º dos Estatutos, convoco os sócios do Remo Clube do Ouro para a
Assembleia Geral Ordinária, a realizar no dia 13 de dezembro de 2025, pelas 17h00, na sede do
clube, com a seguinte ordem de trabalhos:

  1. Apreciação e votação do Plano de Atividades e Orçamento para 2026;
  2. Fixação da quota anual para 2026;
  3. Informações da Direção sobre a obra do novo hangar;
  4. Outros assuntos de interesse para o clube.

Não estando presente à hora marcada a maioria dos sócios, a Assembleia reunirá meia hora
depois com qualquer número de presenças.

O Presidente da Mesa da Assembleia Geral
Carlos Alberto Pinho
""",
    ),
    m(
        "rg8b4",
        "2025-12-15 12:30",
        _RC,
        "Jantar de Natal do Clube – sábado 20",
        N(),
        """Jantar de Natal no sábado, 20 de dezembro, 20h, no restaurante O Barqueiro (Freixo).
25 € adultos, 12 € crianças. Inscrições até quarta com a Lurdes ou por resposta a este email.
Haverá troca de prendas (valor máx. 10 €)!
""",
    ),
    m(
        "rh5t1",
        "2026-01-10 10:05",
        _RC,
        "Quotas 2026 e seguro desportivo",
        N(),
        """Caros sócios,

A Assembleia Geral aprovou a quota anual de 2026: 180 € (atletas) / 60 € (sócios não
praticantes). O seguro desportivo obrigatório custa 28 €.

Pagamento por transferência (IBAN PT50 0000 0000 0000 0000 0000 0) até 31 de janeiro,
indicando o nome do sócio no descritivo.

Tesouraria RCO
""",
    ),
    m(
        "ri2x6",
        "2026-02-14 06:12",
        "Nuno Dias <nunodias.remo@gmail.com>",
        "Treino de hoje CANCELADO",
        N(),
        """Aviso de vento forte e caudal alto no Douro (descargas de Crestuma). Treino de rio
cancelado. Quem quiser, ergómetro às 9h.
N.
""",
    ),
    # --- family ------------------------------------------------------------------------------
    m(
        "sa4m0",
        "2025-09-07 10:26",
        _MAE,
        "almoço domingo",
        N(),
        """Filha

Vens almoçar no domingo? O pai vai fazer cabrito. Traz os tupperwares que ficaram aí.

Sabes que a tua prima Sofia foi chamada para uma entrevista na Câmara de Gaia? Para a parte
da contabilidade. Está toda nervosa, liga-lhe a dar força.

Beijinhos da mãe
""",
    ),
    m(
        "sb9r3",
        "2025-10-12 21:40",
        _MAE,
        "Re: almoço domingo",
        N(),
        """Então a Sofia ficou! Começa em novembro, contrato por tempo indeterminado, ficou toda
contente. A tia Fátima já anda a dizer a toda a gente.

E tu, já tens novidades das tuas entrevistas? Não desanimes.

Beijinhos
Mãe

Enviado do meu iPad
""",
        **reply("<sa4m0.20250907.14@sapo.pt>"),
    ),
    m(
        "sc6e8",
        "2025-11-30 19:12",
        _MAE,
        "Natal",
        N(),
        """Inês, o Natal este ano é cá em Coimbra, a avó não pode viajar. O Duarte chega dia 22.
Vens de comboio ou de carro? Se vieres de comboio o pai vai buscar-te a Coimbra-B.

Beijinhos
""",
    ),
    m(
        "sd1z4",
        "2025-10-25 18:33",
        _PAI,
        "inspeção do carro",
        N(),
        """Inês

O Clio tem inspeção até ao fim do mês. Marquei para dia 30 às 10h no centro da Circunvalação,
se não puderes leva-o o Duarte quando vier.

Pai
""",
    ),
    m(
        "se7g2",
        "2026-01-18 16:55",
        _PAI,
        "fotos da festa",
        N(),
        """Olá filha

Seguem as fotos da minha festa de reforma. 38 anos na CP, quem diria! Os colegas ofereceram-me
uma maqueta da automotora 0600, está na estante da sala.

Agora é só jardim e netos (quando vierem...).

Pai

https://photos.app.goo.gl/festa-reforma-jmm
""",
    ),
    m(
        "sf3p9",
        "2025-10-09 23:14",
        _DU,
        "tive a entrevista final!!",
        N(),
        """Mana!!

Acabei de sair da entrevista final no banco (Canary Wharf, 5 entrevistas seguidas, estou
morto). Acho que correu bem, o head of risk riu-se das minhas piadas, isso conta?

Dizem qualquer coisa na próxima semana. Depois conto-te.
D.
""",
    ),
    m(
        "sg0k5",
        "2025-10-23 08:02",
        _DU,
        "Re: tive a entrevista final!!",
        N(),
        """Recebi a proposta!! 🎉 Vou aceitar, começo em janeiro. Mais 18% do que agora e bónus.
Já disse à mãe, ela chorou ao telefone 😂

Ligo-te no fim de semana. E tu, como vão as tuas candidaturas?

> Ai que bom!! Tenho a certeza que correu bem. Dá notícias.
> Inês
""",
        **reply("<sf3p9.20251009.25@gmail.com>"),
    ),
    m(
        "sh8c1",
        "2025-12-20 14:40",
        _DU,
        "voo",
        N(),
        """Aterro no Porto dia 22 às 15h40 (TP1331). Dás-me boleia para Coimbra ou vou de comboio
contigo no dia 23? Trago-te teabags da Fortnum como pediste.
""",
    ),
    m(
        "si5w7",
        "2025-12-21 11:30",
        _MAE,
        "FW: receita do bolo-rei",
        N(),
        """Para fazeres com a avó!!

-----Mensagem Encaminhada-----
De: Tia Fátima <fatima.carvalhal@sapo.pt>
Para: Graça Carvalhal
Assunto: receita do bolo-rei

1 kg de farinha, 40 g de fermento de padeiro, 200 g de açúcar, 200 g de manteiga, 5 ovos,
raspa de laranja e limão, vinho do Porto, frutas cristalizadas e frutos secos...
""",
    ),
    # --- friends -----------------------------------------------------------------------------
    m(
        "ta2n6",
        "2025-09-18 13:05",
        _MARTA,
        "café?",
        N(),
        """Inês!! Há quanto tempo. Café esta semana? Preciso de desabafar: estou a pensar sair da
Engiprojeto, não aguento mais fazer peças desenhadas de loteamentos até às 9 da noite.
Sexta ao fim da tarde na Baixa?
Bjs
Marta
""",
    ),
    m(
        "tb7d3",
        "2025-11-11 20:21",
        _MARTA,
        "Re: café?",
        N(),
        """Novidades: já me despedi! Entrei no concurso da Câmara de Matosinhos (técnica superior de
planeamento) e fiquei em 2.º lugar, mas a primeira desistiu 🙃 Começo a 1 de dezembro.
Vai ser uma mudança enorme, mas pelo menos saio às 17h30.

Jantar para celebrar? Eu pago!
M.
""",
        **reply("<ta2n6.20250918.5@gmail.com>"),
    ),
    m(
        "tc4v8",
        "2026-02-16 21:02",
        _MARTA,
        "primeiro mês na câmara",
        N(),
        """Dois meses e meio de função pública e já percebi tudo: há um formulário para pedir o
formulário 😂 Mas a equipa é ótima e já me deram um projeto de requalificação de uma ribeira.

Temos de combinar aquele jantar antes de começares a trabalhar tu também!
Bjs
""",
    ),
    m(
        "td9a1",
        "2025-10-17 12:48",
        "Joana Rocha <joana.f.rocha@hotmail.com>",
        "a minha chefe",
        N(),
        """Olá miúda

A minha chefe saiu da empresa e agora querem que eu faça o trabalho dela sem aumento. Estou
mesmo a pensar mudar. Tive ontem uma conversa com um headhunter mas era para Lisboa, não quero.
Vocês no ambiente também têm estas coisas ou é só na qualidade alimentar?

Beijinhos
Joana
""",
    ),
    m(
        "te5k4",
        "2025-12-05 09:14",
        "Joana Rocha <joana.f.rocha@hotmail.com>",
        "Jantar de Natal das engenheiras 🎄",
        N(),
        """Meninas, está na altura do jantar anual! Criei um Doodle, votem até domingo:
https://doodle.com/meeting/participate/id/b3xK7qLe

Sugestões de sítio aceitam-se (nada de francesinhas outra vez, por favor).
J.
""",
    ),
    m(
        "tf1c9",
        "2025-12-05 09:15",
        "Doodle <mailer@doodle.com>",
        'Joana Rocha convidou-a para "Jantar de Natal FEUP 2014"',
        N(),
        """Joana Rocha convidou-a para um sondagem no Doodle.

"Jantar de Natal FEUP 2014"
Opções: 12 dez · 13 dez · 19 dez

Participar: https://doodle.com/meeting/participate/id/b3xK7qLe
""",
    ),
    m(
        "tg6p7",
        "2025-09-24 18:50",
        "Pedro Amaral <pedro.amaral.eng@gmail.com>",
        "O EIA da Quinta foi aprovado!",
        N(),
        """Olá Inês,

Só para saberes: saiu hoje a DIA favorável condicionada do EIA da Quinta da Lavandeira. Todo
aquele trabalho de caracterização das linhas de água serviu para alguma coisa! A equipa mandou
um beijinho.

O escritório está estranho sem ti. Quando vieres ao centro passa cá.

Abraço
Pedro
""",
    ),
    m(
        "th3b0",
        "2026-01-14 22:33",
        "Pedro Amaral <pedro.amaral.eng@gmail.com>",
        "Vou sair também",
        N(),
        """Inês, ainda não disse a ninguém no escritório: aceitei uma proposta de uma empresa de
energias renováveis em Lisboa, começo em março. Entrego a carta na segunda. Estou meio assustado,
é a primeira vez que mudo de cidade.

Depois disto fica só o chefe e o estagiário 😅

Pedro
""",
    ),
    m(
        "ti8x5",
        "2025-11-01 11:20",
        "Iria Costas <iria.costas@gmail.com>",
        "¿Vienes a Vigo para las luces?",
        N("es"),
        """¡Hola Inês!

¿Qué tal todo? Oye, ¿te apetece venir a Vigo un fin de semana de diciembre para ver las luces
de Navidad? Ya sabes que Abel Caballero está como loco este año 😂

Yo sigo en la Autoridad Portuaria, ahora me han pasado al departamento de medio ambiente, así
que ya hablaremos de tus aguas residuales, ¡te voy a necesitar!

Bicos,
Iria
""",
    ),
    m(
        "tj4r2",
        "2025-11-03 19:44",
        "Iria Costas <iria.costas@gmail.com>",
        "Re: ¿Vienes a Vigo para las luces?",
        N("es"),
        """¡Perfecto! Entonces el finde del 28-29 de noviembre. Te puedes quedar en casa, el sofá cama
es nuevo. Y el sábado comemos en O Berbés.

Bicos!!

El lun, 3 nov 2025 a las 18:02, Inês Marques (<ines.carvalhal.marques@gmail.com>) escribió:
> Claro que sí! Qualquer fim de semana menos o de 6 de dezembro. Beijinhos
""",
        **reply("<ti8x5.20251101.30@gmail.com>"),
    ),
    m(
        "tk0m6",
        "2026-01-26 13:10",
        "Rita Sousa <rita.m.sousa@outlook.pt>",
        "Entrevista amanhã 😬 dicas?",
        N(),
        """Inês, tu que andaste nisto o ano todo: tenho amanhã a minha entrevista na farmacêutica
(a de Trofa). Primeira entrevista em 7 anos. O que é que eles perguntam? Levo o CV impresso?
Falo de salário se perguntarem?

Ajuda!!
Rita
""",
    ),
    m(
        "tl6f3",
        "2026-01-28 20:05",
        "Rita Sousa <rita.m.sousa@outlook.pt>",
        "Re: Entrevista amanhã 😬 dicas?",
        N(),
        """Correu muito bem!! Usei a tua dica de falar dos resultados com números. Passei à segunda
fase, é com o diretor de produção na próxima semana.

Obrigada ❤️ e PARABÉNS pela tua notícia, já sei pela Marta!!
""",
        **reply("<tk0m6.20260126.26@outlook.pt>"),
    ),
    m(
        "tm2h8",
        "2025-10-04 17:00",
        "Ana e Tiago <anaetiago.casamento@gmail.com>",
        "Save the date 💍 Ana & Tiago – 13 de junho de 2026",
        N(),
        None,
        """<html><body style="text-align:center;font-family:Georgia,serif">
<h1>Ana &amp; Tiago</h1><p>Vamos casar!</p>
<p><b>13 de junho de 2026</b><br>Quinta da Aveleda, Penafiel</p>
<p>O convite formal segue mais tarde. Guardem a data!</p>
<p><a href="https://www.anaetiago.example/rsvp">anaetiago.example</a></p></body></html>""",
    ),
    m(
        "tn9w4",
        "2025-11-24 21:15",
        "Clube de Leitura da Sé <clubeleiturase@gmail.com>",
        'Próximo livro: "O Ano da Morte de Ricardo Reis"',
        N(),
        """Olá a todos,

Na sessão de dezembro (dia 11, 21h, café do costume) vamos discutir "O Ano da Morte de Ricardo
Reis". Quem não tiver, há exemplares na biblioteca.

Até lá,
Teresa
""",
    ),
    # --- LinkedIn's social mail --------------------------------------------------------------
    m(
        "ua5s1",
        "2025-10-18 16:40",
        _LI,
        "Parabenize Pedro Amaral pelo novo cargo",
        N(),
        """Pedro Amaral foi promovido

Pedro Amaral começou um novo cargo: Engenheiro do Ambiente Sénior.
Dê-lhe os parabéns: https://www.linkedin.com/comm/feed/update/urn:li:activity:7384112

Cancelar subscrição · LinkedIn Ireland Unlimited Company
""",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"},
    ),
    m(
        "ub1e9",
        "2025-12-11 08:15",
        _LI,
        "Marta Leal começou um novo cargo na Câmara Municipal de Matosinhos",
        N(),
        """Novidades da sua rede

Marta Leal começou um novo cargo como Técnica Superior na Câmara Municipal de Matosinhos.
Dê os parabéns: https://www.linkedin.com/comm/feed/

Este email destina-se a Inês Carvalhal Sousa Marques (Engenheira do Ambiente)
""",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"},
    ),
    m(
        "uc8k3",
        "2025-11-30 09:00",
        _LI,
        "Apareceu em 14 pesquisas esta semana",
        N(),
        """Inês, apareceu em 14 pesquisas esta semana

Quem pesquisou por si trabalha em: Engenharia, Serviços ambientais, Administração pública
Palavras-chave: "tratamento de águas residuais", "licenciamento ambiental"

Veja quem o encontrou com o Premium: https://www.linkedin.com/comm/me/search-appearances/
""",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"},
    ),
    m(
        "ud4n0",
        "2025-11-06 12:02",
        "LinkedIn <invitations@linkedin.com>",
        "Tiago Meireles aceitou o seu convite",
        N(),
        """Tiago Meireles aceitou o seu convite. Agora pode enviar mensagens diretamente.

Tiago Meireles
Talent Partner na Hidrovia Engenharia · Porto

Ver perfil: https://www.linkedin.com/comm/in/tiago-meireles-tp
""",
    ),
    m(
        "ue0r5",
        "2026-02-18 19:30",
        _LI,
        "Inês, tem 3 novas notificações",
        N(),
        """Veja o que perdeu

Rita Sousa e 12 outras pessoas reagiram à sua publicação
Joana Rocha comentou: "Muitos parabéns!! 👏"
Pedro Amaral partilhou uma publicação

Ver notificações: https://www.linkedin.com/comm/notifications/
""",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"},
    ),
    # --- home, landlord, insurance, local services ------------------------------------------
    m(
        "va7c6",
        "2025-09-19 15:02",
        "Mudanças Express Norte <orcamentos@mudancasexpress.example>",
        "Orçamento de mudança n.º 2025/0912",
        N(),
        """Exma. Sra. Inês Marques,

Conforme solicitado, enviamos orçamento para mudança de Rua de Costa Cabral (Porto) para Rua do
Heroísmo (Porto), no dia 30 de setembro, manhã:

  Camião 20 m³ + 3 homens, desmontagem e montagem de 2 camas e 1 roupeiro: 320 € + IVA
  Caixas (20 un.): oferta

Validade do orçamento: 15 dias.
Mudanças Express Norte, Lda.
""",
    ),
    m(
        "vb3x1",
        "2025-09-20 10:44",
        "IKEA Portugal <noreply@ikea.pt>",
        "A sua encomenda será entregue a 2 de outubro",
        N(),
        """Olá Inês,

A entrega da sua encomenda n.º 1384772930 está agendada para 2 de outubro, entre as 8h e as 13h.

  MALM cómoda 6 gavetas · BILLY estante · KALLAX prateleira 2x4

Receberá um SMS no dia anterior com o intervalo de 2 horas.
IKEA Matosinhos
""",
    ),
    m(
        "vc0p8",
        "2025-10-14 08:52",
        "José Ferraz <jose.ferraz55@sapo.pt>",
        "esquentador",
        N(),
        """Bom dia D. Inês

Recebi a sua mensagem sobre o esquentador. Vou pedir ao técnico da Vulcano para passar aí esta
semana, ele liga-lhe antes. Se for preciso trocar a peça eu pago, claro.

Cumprimentos
José Ferraz
""",
    ),
    m(
        "vd6k3",
        "2025-10-17 19:20",
        "José Ferraz <jose.ferraz55@sapo.pt>",
        "Re: esquentador",
        N(),
        """O técnico disse que ficou resolvido, era a membrana. A fatura já me mandou.
Qualquer coisa diga.
J. Ferraz
""",
        **reply("<vc0p8.20251014.11@sapo.pt>"),
    ),
    m(
        "ve2b9",
        "2025-11-02 10:18",
        "Portal das Finanças <info@at.gov.pt>",
        "Recibo de renda eletrónico",
        N(),
        """Autoridade Tributária e Aduaneira

Foi emitido um recibo de renda eletrónico em que figura como arrendatário(a):

  Recibo n.º 3 · Período: novembro 2025 · Valor: 950,00 €
  Locador: José Manuel Ferraz · Imóvel: Porto (Bonfim)

Pode consultar o recibo em Portal das Finanças > Arrendamento > Recibos.
""",
    ),
    m(
        "vf8h4",
        "2025-11-24 11:45",
        "Seguros Atlântida – Sinistros <sinistros@seguros-atlantida.example>",
        "Participação de sinistro – Processo n.º 2025/MR/118827",
        N(),
        """Exma. Senhora,

Acusamos a receção da participação de sinistro (danos por água – infiltração do andar
superior) relativa à apólice de multirriscos n.º MR-2025-44179, a que foi atribuído o
processo n.º 2025/MR/118827.

Um perito entrará em contacto consigo nas próximas 48 horas úteis para agendar a peritagem.

Com os melhores cumprimentos,
Gestão de Sinistros – Seguros Atlântida, S.A.
""",
    ),
    m(
        "vg5w0",
        "2025-12-05 16:30",
        "Seguros Atlântida – Sinistros <sinistros@seguros-atlantida.example>",
        "Processo n.º 2025/MR/118827 – decisão",
        N(),
        """Exma. Senhora,

Concluída a peritagem, informamos que o sinistro se encontra abrangido pelas coberturas da
apólice. A indemnização de 412,00 € (deduzida a franquia de 100,00 €) será transferida para
o IBAN indicado nos próximos 5 dias úteis. O processo será encerrado após o pagamento.

Seguros Atlântida, S.A.
""",
    ),
    m(
        "vh1t7",
        "2025-10-09 14:02",
        "Junta de Freguesia do Bonfim <atendimento@jf-bonfim.example>",
        "Atestado de residência – pronto para levantamento",
        N(),
        """Exma. Senhora,

Informamos que o atestado de residência requerido em 06/10/2025 (pedido n.º 2025/3318) se
encontra pronto para levantamento nos serviços de atendimento da Junta, de 2.ª a 6.ª, das
9h00 às 16h30. Taxa: 5,00 €.

Junta de Freguesia do Bonfim
""",
    ),
    m(
        "vi7f2",
        "2026-01-22 10:00",
        "Bibliotecas Municipais do Porto <bmp@cm-porto.pt>",
        "Aviso de devolução",
        N(),
        """Caro(a) leitor(a),

O prazo de empréstimo dos seguintes documentos termina a 26/01/2026:
  - Saramago, José – O Ano da Morte de Ricardo Reis

Pode renovar online no catálogo ou na Biblioteca Municipal Almeida Garrett.
""",
    ),
    m(
        "vj3c8",
        "2025-11-15 18:40",
        "Administração Condomínio Heroísmo 214 <condominio.heroismo214@gmail.com>",
        "Convocatória – Assembleia de Condóminos",
        N(),
        """Exmos. Condóminos,

Convocam-se todos os condóminos e arrendatários interessados para a Assembleia de Condóminos
no dia 27 de novembro, às 20h30, na entrada do prédio, com a ordem de trabalhos:
  1. Infiltrações na cobertura – orçamentos
  2. Limpeza das escadas – novo contrato

A Administração
""",
    ),
    # --- tickets, trips, volunteering and the rest -------------------------------------------
    m(
        "wa4m1",
        "2025-09-29 12:15",
        "Brigada do Mar <voluntariado@brigadadomar.example>",
        "A tua inscrição como voluntária foi aceite! 🌊",
        N(),
        """Olá Inês,

Obrigado pela tua candidatura ao voluntariado da Brigada do Mar! Foste aceite para a ação de
limpeza da Praia Internacional (Foz do Douro) no sábado, 4 de outubro, das 9h30 às 12h30.

Traz água, chapéu e luvas (se tiveres). Nós levamos os sacos e as pinças.
Deixamos o convite para o teu calendário.

Até sábado!
Equipa Brigada do Mar
""",
        ics=ics(
            "brigadamar-foz-20251004@brigadadomar.example",
            "2025-10-04 09:30",
            "Limpeza de praia – Praia Internacional (Foz)",
            ("Brigada do Mar", "voluntariado@brigadadomar.example"),
            minutes=180,
            location="Praia Internacional, Foz do Douro, Porto",
        ),
    ),
    m(
        "wb0r6",
        "2025-11-02 22:41",
        "Ticketline <bilhetes@ticketline.pt>",
        "Os seus bilhetes: Capitão Fausto – Coliseu Porto",
        N(),
        """Obrigado pela sua compra!

Capitão Fausto · Coliseu Porto Ageas · 12/12/2025 · 21h30
2 bilhetes · Plateia em pé · 2 x 25,00 € + taxas

Os bilhetes estão em anexo (PDF) e na sua conta Ticketline.
""",
    ),
    m(
        "wc6y2",
        "2025-11-25 09:33",
        "Booking.com <noreply@booking.com>",
        "Reserva confirmada: Hostal Alameda – Vigo",
        N(),
        """Obrigado, Inês! A sua reserva em Vigo está confirmada.

Hostal Alameda · Vigo
Check-in: sex 28 nov 2025 · Check-out: dom 30 nov 2025
1 quarto duplo · Total: 96 €

Número de confirmação: 4418.227.905 · PIN: 6612
""",
    ),
    m(
        "wd2e7",
        "2025-12-27 14:10",
        "Cinemas NOS <bilhetes@cinemas.nos.pt>",
        "Os seus bilhetes – NorteShopping",
        N(),
        """Bilhetes Cinemas NOS

Sala 7 · NorteShopping · 27/12/2025 · 16h10
2 bilhetes · Fila H, lugares 11-12
Código de levantamento: K7Q2-884
""",
    ),
    m(
        "we9s3",
        "2025-12-28 08:00",
        "Dropbox <no-reply@dropbox.com>",
        "O seu Dropbox está quase cheio",
        N(),
        """Olá Inês,

Está a utilizar 1,9 GB dos 2 GB do seu Dropbox Basic. Quando ficar cheio, os ficheiros deixam
de sincronizar entre dispositivos.

Liberte espaço ou faça upgrade para o Dropbox Plus.
""",
    ),
    m(
        "wf5n0",
        "2025-10-27 21:06",
        "WeTransfer <noreply@wetransfer.com>",
        "Nuno Dias sent you some files",
        N("en"),
        """Nuno Dias sent you some files
48 files, 612 MB in total · Will be deleted on 3 November 2025

"Fotos da Cabeça do Douro — as do barco são as melhores 🚣"

Download: https://we.tl/t-r7QxCouro26
""",
    ),
    m(
        "wg1k4",
        "2025-11-09 10:48",
        "Strava <no-reply@strava.com>",
        "Nuno Dias e 6 outros deram kudos à tua atividade",
        N(),
        """Remo – Douro (Freixo → Crestuma)
16,2 km · 1h21m · 4:59 /500m

Nuno Dias, Carla Moreira e mais 5 deram-te kudos.

Ver atividade: https://www.strava.com/activities/15552017833
""",
    ),
    m(
        "wh7c9",
        "2026-02-03 19:00",
        "Duolingo <hello@duolingo.com>",
        "🦉 Não te esqueças do teu espanhol!",
        N(),
        """Olá Inês,

Estes lembretes parecem não estar a funcionar... O Duo está triste. 😢
Faz uma lição de 5 minutos para manter a tua ofensiva de 41 dias.

Começar: https://www.duolingo.com/lesson
""",
    ),
    m(
        "wj9d6",
        "2025-10-29 17:26",
        "ENEG 2025 – Comissão Científica <eneg2025@apda.pt>",
        "ENEG 2025 – Decisão sobre a proposta de comunicação n.º 112",
        N(),
        """Exma. Senhora Eng.ª Inês Marques,

Temos o prazer de informar que a sua proposta de comunicação "Otimização da desidratação de
lamas numa ETAR de média dimensão: 3 anos de operação" foi ACEITE para apresentação oral no
ENEG 2025 (Figueira da Foz, 10 a 12 de dezembro), sessão S7 – Lamas e Biossólidos.

Pedimos que envie o artigo completo até 14 de novembro e que pelo menos um dos autores
efetue a inscrição até 21 de novembro.

Os revisores elogiaram a clareza dos resultados; pode consultar os comentários na plataforma.

A Comissão Científica do ENEG 2025
""",
    ),
    m(
        "wk4s1",
        "2025-09-27 08:00",
        "Serralves <newsletter@serralves.pt>",
        "Esta semana em Serralves",
        N(),
        None,
        """<html><body><h2>Serralves · setembro</h2>
<p>Inauguração da exposição de outono, sábado às 18h. Visita orientada ao Parque: "As árvores
e a água", domingo às 11h.</p><p><a href="https://www.serralves.pt/agenda">Agenda completa</a></p>
<p style="font-size:10px">Fundação de Serralves · Cancelar subscrição</p></body></html>""",
    ),
    m(
        "wl0h3",
        "2025-12-13 00:57",
        "Uber Receipts <noreply@uber.com>",
        "Your Saturday night trip with Uber",
        N("en"),
        """Thanks for riding, Inês

Total €9.80
13 December 2025 · Coliseu Porto → Rua do Heroísmo
UberX · 3.4 km · 11 min

Payments: Visa ••••4471
""",
    ),
    m(
        "wm6p8",
        "2025-12-16 19:41",
        "Continente Online <encomendas@continente.pt>",
        "A sua encomenda foi entregue",
        N(),
        """Olá Inês,

A sua encomenda n.º 60218834 foi entregue às 19h32. Total: 68,12 €.
Acumulou 3,40 € em Cartão Continente.

Obrigado por comprar no Continente Online.
""",
    ),
    m(
        "wn2y4",
        "2026-02-24 12:12",
        _MAE,
        "páscoa e o teu primeiro dia",
        N(),
        """Filha, a avó pergunta se vens à Páscoa. E o pai quer saber a que horas entras no primeiro
dia para te ligar à noite 😊

O Duarte mandou fotografias de Londres, o escritório novo dele é num 30.º andar!

Beijinhos
""",
    ),
    m(
        "wi3x5",
        "2026-01-05 11:00",
        "FEUP Alumni <alumni@fe.up.pt>",
        "Encontro de Curso – Engenharia do Ambiente, entrada 2009",
        N(),
        """Caros antigos estudantes,

Vamos celebrar os 15 anos (e picos) de entrada no MIEA! Encontro no sábado, 7 de março de 2026:
visita à FEUP renovada às 11h, almoço às 13h. Inscrições até 20 de fevereiro no formulário:
https://forms.gle/alumniMIEA2009

Comissão organizadora
""",
    ),
]
