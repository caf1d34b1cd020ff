# ruff: noqa: E501
"""Ordinary mail and look-alikes of the twenty-sixth held-out corpus (measured, never tuned on)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

LIS_S, LIS_W, CET_S, CET_W = "+0100", "+0000", "+0200", "+0100"
BST, GMT = LIS_S, LIS_W

NJ_PT, NJ_EN, NJ_ES, NJ_FR = (
    ("not_job", "pt"),
    ("not_job", "en"),
    ("not_job", "es"),
    ("not_job", "fr"),
)

MAIL: list[dict[str, Any]] = [
    # --- rental / credit / visa / course "applications" -------------------------------------
    m(
        "26201",
        "2025-09-02 10:14",
        "Idealista <noreply@idealista.com>",
        "Recebemos o teu pedido de contacto",
        NJ_PT,
        text="""Olá Inês,

O anunciante do imóvel "T2 renovado com varanda - Arroios, 1.250 €/mês" recebeu a tua mensagem. Normalmente responde em menos de 24 horas.

Dica: candidaturas com documentação completa (IRS, recibos de vencimento, fiador) têm mais hipóteses de serem aceites.

idealista
""",
        tz=LIS_S,
    ),
    m(
        "26202",
        "2025-09-04 18:30",
        "Sofia Amaral <sofia.amaral.imob@gmail.com>",
        "Candidatura ao T2 de Arroios",
        NJ_PT,
        text="""Boa tarde Inês,

Obrigada pelo interesse. Para avançar com a candidatura ao arrendamento preciso dos seguintes documentos: últimos 3 recibos de vencimento, declaração de IRS de 2024, cópia do CC e contacto de um fiador.

A visita pode ser no sábado às 11h. Diga-me se dá jeito.

Sofia Amaral
Consultora Imobiliária - Casa Nova Lisboa
""",
        tz=LIS_S,
    ),
    m(
        "26203",
        "2025-09-05 09:02",
        "Sofia Amaral <sofia.amaral.imob@gmail.com>",
        "Re: Candidatura ao T2 de Arroios",
        NJ_PT,
        text="""Combinado, sábado às 11h à porta do prédio (Rua Pascoal de Melo 88). Até lá!

Sofia
""",
        headers=reply("26202", "sofia.amaral.imob@gmail.com"),
        tz=LIS_S,
    ),
    m(
        "26204",
        "2025-09-12 15:40",
        "Sofia Amaral <sofia.amaral.imob@gmail.com>",
        "Re: Candidatura ao T2 de Arroios",
        NJ_PT,
        text="""Olá Inês,

Tenho uma ótima notícia: o senhorio aceitou a sua candidatura! Envio em anexo a minuta do contrato de arrendamento para revisão. A assinatura pode ser dia 22 no nosso escritório.

Parabéns!
Sofia
""",
        headers=reply("26203", "sofia.amaral.imob@gmail.com"),
        attach=[("Contrato_Arrendamento_Arroios.pdf", "application/pdf", "%PDF-1.4 arrendamento")],
        tz=LIS_S,
    ),
    m(
        "26205",
        "2025-09-19 11:22",
        "Cofidis <noreply@cofidis.pt>",
        "O seu pedido de crédito foi pré-aprovado",
        NJ_PT,
        text="""Cara Inês Carvalho,

O seu pedido de Crédito Pessoal no valor de 3.000 € foi pré-aprovado. Para concluir o processo, carregue os documentos em falta na Área Cliente até 26/09.

TAEG 11,2 %. Exemplo representativo disponível em cofidis.pt.
""",
        tz=LIS_S,
    ),
    m(
        "26206",
        "2025-10-03 08:15",
        "UK Visas and Immigration <no-reply@visas-immigration.service.gov.uk>",
        "Your application reference: UKEVW-4421-8890",
        NJ_EN,
        text="""Dear Ines Carvalho,

We have received your application for an electronic travel authorisation (ETA). Reference number: UKEVW-4421-8890.

We will usually make a decision within 3 working days. We'll email you when a decision has been made.

UK Visas and Immigration
""",
        tz=LIS_S,
    ),
    m(
        "26207",
        "2025-10-04 12:01",
        "UK Visas and Immigration <no-reply@visas-immigration.service.gov.uk>",
        "Decision on your application: UKEVW-4421-8890",
        NJ_EN,
        text="""Dear Ines Carvalho,

Your application for an electronic travel authorisation (ETA) has been approved. You can now travel to the UK. Your ETA is valid for 2 years or until your passport expires.

UK Visas and Immigration
""",
        tz=LIS_S,
    ),
    m(
        "26208",
        "2025-09-25 14:00",
        "Nova SBE Executive Education <exec.ed@novasbe.example.pt>",
        "Candidatura recebida - Programa Avançado em Gestão Hoteleira",
        NJ_PT,
        text="""Cara Inês,

Confirmamos a receção da sua candidatura ao Programa Avançado em Gestão Hoteleira (edição de janeiro 2026). A comissão de admissões irá analisá-la e poderá ser convidada para uma entrevista de admissão com o diretor do programa.

Propina: 4.800 €. Datas de pagamento no regulamento.

Executive Education
""",
        tz=LIS_S,
    ),
    m(
        "26209",
        "2025-10-09 10:30",
        "Nova SBE Executive Education <exec.ed@novasbe.example.pt>",
        "Entrevista de admissão - Programa Avançado em Gestão Hoteleira",
        NJ_PT,
        text="""Cara Inês,

Convidamo-la para uma entrevista de admissão (20 min, online) com o Prof. Rui Calado no dia 16 de outubro às 18h30. O link segue no convite.

Executive Education
""",
        ics={
            "start": "2025-10-16 18:30:00 +0100",
            "minutes": 20,
            "organizer": ("Executive Education", "exec.ed@novasbe.example.pt"),
            "uid": "adm-2026-pagh-118@novasbe.example.pt",
            "summary": "Entrevista de admissão - PAGH - Inês Carvalho",
            "location": "Zoom",
        },
        tz=LIS_S,
    ),
    m(
        "26210",
        "2025-10-24 17:00",
        "Nova SBE Executive Education <exec.ed@novasbe.example.pt>",
        "Decisão de admissão",
        NJ_PT,
        text="""Cara Inês,

Temos o prazer de informar que foi admitida ao Programa Avançado em Gestão Hoteleira. Para garantir o seu lugar, confirme até 7 de novembro e pague a taxa de inscrição de 500 €.

Parabéns!
Executive Education
""",
        tz=LIS_S,
    ),
    m(
        "26211",
        "2025-11-25 09:44",
        "Millennium bcp <millenniumbcp@millenniumbcp.example.pt>",
        "Proposta de crédito habitação - simulação",
        NJ_PT,
        text="""Estimada Cliente,

Na sequência do seu pedido, enviamos a simulação de crédito habitação: montante 240.000 €, prazo 35 anos, taxa mista (3 anos fixos a 2,95 %). Esta proposta não constitui aprovação do crédito.

O seu gestor, Nuno Sá, fica ao dispor para marcar uma reunião.
""",
        tz=LIS_W,
    ),
    # --- marketing "offers" -------------------------------------------------------------------
    m(
        "26212",
        "2025-09-08 10:00",
        "TAP Air Portugal <news@flytap.com>",
        "Oferta exclusiva: Paris desde 49 €",
        NJ_PT,
        html="""<html><body><h1>Voe para Paris desde 49 €*</h1><p>Oferta válida para reservas até 14 de setembro. Viagens entre outubro e dezembro.</p><p><a href="https://www.flytap.com/pt-pt/ofertas">Reserve já</a></p><p style="font-size:10px">*Preço por trajeto, taxas incluídas. Lugares limitados.</p></body></html>""",
        tz=LIS_S,
    ),
    m(
        "26213",
        "2025-11-28 07:30",
        "Zara <noreply@news.zara.com>",
        "BLACK FRIDAY: ofertas até -40 %",
        NJ_PT,
        html="""<html><body><p>BLACK FRIDAY</p><p>Até -40 % numa seleção de artigos. Online e em loja.</p><p><a href="https://www.zara.com/pt/">Descobrir</a></p></body></html>""",
        tz=LIS_W,
    ),
    m(
        "26214",
        "2025-10-01 09:00",
        "Booking.com <email.campaign@sg.booking.com>",
        "Inês, a sua oferta de Genius está à espera",
        NJ_PT,
        text="""Olá Inês, é Genius Nível 2! Aproveite 15 % de desconto em milhares de alojamentos e pequeno-almoço grátis em estadias selecionadas. Esta oferta termina domingo.
""",
        tz=LIS_S,
    ),
    m(
        "26215",
        "2025-12-02 13:13",
        "Vodafone <info@vodafone.example.pt>",
        "Tem uma nova oferta à sua espera",
        NJ_PT,
        text="""Olá Inês, como cliente especial, oferecemos-lhe 6 meses de Netflix com a adesão ao pacote Fibra 1 Giga. Ative a oferta na app My Vodafone até 31/12.""",
        tz=LIS_W,
    ),
    m(
        "26216",
        "2026-01-08 08:00",
        "El Corte Inglés <noticias@elcorteingles.example.es>",
        "Rebajas: la oferta que esperabas",
        NJ_ES,
        text="""Empiezan las Rebajas. Hasta un 50 % en moda, hogar y tecnología. Solo en elcorteingles.es y en tiendas.""",
        tz=CET_W,
    ),
    m(
        "26217",
        "2025-10-20 10:00",
        "Fnac <newsletter@fnac.example.fr>",
        "Offre spéciale adhérents : -10 % sur les livres",
        NJ_FR,
        text="""Chère adhérente, profitez de -10 % sur tous les livres et de la livraison gratuite jusqu'à dimanche. Offre non cumulable.""",
        tz=CET_S,
    ),
    # --- podcast / press "interviews", webinars, doctor ---------------------------------------
    m(
        "26218",
        "2025-10-21 11:40",
        "Tiago Mendes <tiago@conversasdebalcao.pt>",
        "Convite para entrevista no podcast Conversas de Balcão",
        NJ_PT,
        text="""Olá Inês,

Faço o podcast Conversas de Balcão, sobre quem trabalha na hotelaria em Portugal. Vi a sua palestra no Encontro de Gestores de Alojamento e adorava entrevistá-la para um episódio sobre aberturas de hotéis.

A gravação demora cerca de uma hora, no nosso estúdio no Intendente. Teria disponibilidade em novembro?

Um abraço,
Tiago Mendes
""",
        tz=LIS_S,
    ),
    m(
        "26219",
        "2025-10-23 09:05",
        "Tiago Mendes <tiago@conversasdebalcao.pt>",
        "Re: Convite para entrevista no podcast Conversas de Balcão",
        NJ_PT,
        text="""Boa! Fica então quinta 6 de novembro às 18h. Mando convite. Não é preciso preparar nada, é uma conversa.

Tiago
""",
        headers=reply("26218", "tiago@conversasdebalcao.pt"),
        ics={
            "start": "2025-11-06 18:00:00 +0000",
            "minutes": 60,
            "organizer": ("Tiago Mendes", "tiago@conversasdebalcao.pt"),
            "uid": "podcast-ep47-gravacao@conversasdebalcao.pt",
            "summary": "Gravação Conversas de Balcão - entrevista Inês Carvalho",
            "location": "Estúdio Intendente, Largo do Intendente 12",
        },
        tz=LIS_S,
    ),
    m(
        "26220",
        "2025-11-12 16:00",
        "Publituris <redacao@publituris.example.pt>",
        "Pedido de entrevista - tendências de recrutamento na hotelaria",
        NJ_PT,
        text="""Cara Inês Carvalho,

Estamos a preparar um artigo sobre a falta de mão de obra e o recrutamento na hotelaria portuguesa. Aceitaria responder por escrito a cinco perguntas até sexta-feira? A entrevista será publicada na edição de dezembro.

Cumprimentos,
Filipa Rocha, jornalista
""",
        tz=LIS_W,
    ),
    m(
        "26221",
        "2025-09-30 12:00",
        "HospitalityNet Events <events@hospitalitynet.example.org>",
        "Invitation: Revenue Management after 2025 (webinar)",
        NJ_EN,
        text="""You're registered! Revenue Management after 2025: pricing, direct booking and AI.
Thursday 9 October, 15:00 CET. Add it to your calendar with the attached invite.""",
        ics={
            "start": "2025-10-09 15:00:00 +0200",
            "minutes": 60,
            "organizer": ("HospitalityNet Events", "events@hospitalitynet.example.org"),
            "uid": "webinar-rm-2025-10@hospitalitynet.example.org",
            "summary": "Webinar: Revenue Management after 2025",
            "location": "https://zoom.us/w/97711223344",
        },
        tz=CET_S,
    ),
    m(
        "26222",
        "2025-11-03 08:30",
        "CUF <marcacoes@cuf.example.pt>",
        "Confirmação de consulta - Dermatologia",
        NJ_PT,
        text="""Cara Inês Carvalho,

A sua consulta de Dermatologia com a Dra. Marta Lino está confirmada para 12/11/2025 às 09h40, no Hospital CUF Tejo, piso 2.

Por favor chegue com 15 minutos de antecedência e traga o cartão do seguro.
""",
        ics={
            "start": "2025-11-12 09:40:00 +0000",
            "minutes": 20,
            "organizer": ("CUF Marcações", "marcacoes@cuf.example.pt"),
            "uid": "cuf-ctejo-88213@cuf.example.pt",
            "summary": "Consulta Dermatologia - Dra. Marta Lino",
            "location": "Hospital CUF Tejo, piso 2",
        },
        tz=LIS_W,
    ),
    m(
        "26223",
        "2026-01-19 10:10",
        "Clínica Dentária Sorriso Baixa <geral@sorrisobaixa.example.pt>",
        "Lembrete: consulta amanhã às 18h",
        NJ_PT,
        text="""Olá Inês, lembramos a sua consulta de higiene oral amanhã, 20/01, às 18h00. Para reagendar responda a este e-mail ou ligue 213 000 111.""",
        tz=LIS_W,
    ),
    # --- LinkedIn social, newsletters about hiring -------------------------------------------
    m(
        "26224",
        "2025-09-16 07:45",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Dê os parabéns ao Paulo pelo novo cargo",
        NJ_PT,
        text="""Paulo Teixeira começou um novo cargo como Diretor Geral na Hotéis Ribeira.

Dê os parabéns ao Paulo.
""",
        tz=LIS_S,
    ),
    m(
        "26225",
        "2025-10-05 08:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Inês, you appeared in 14 searches this week",
        NJ_EN,
        text="""You appeared in 14 searches this week.
Your profile was found by people from Hospitality, Retail and Travel.
Get more visibility with Premium - try free for 1 month.
""",
        tz=LIS_S,
    ),
    m(
        "26226",
        "2025-11-21 19:05",
        "LinkedIn <invitations@linkedin.com>",
        "Ana Lobo quer conectar-se consigo",
        NJ_PT,
        text="""Ana Lobo
Head of Housekeeping na Atlântida Collection

Aceitar: https://www.linkedin.com/mynetwork/invitation-manager/
""",
        tz=LIS_W,
    ),
    m(
        "26227",
        "2025-12-01 08:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Marta Casals comentou a sua publicação",
        NJ_PT,
        text="""Marta Casals comentou: "¡Enhorabuena Inês! Mucha suerte en el Palácio Alecrim 👏"

Veja a conversa no LinkedIn.
""",
        tz=LIS_W,
    ),
    m(
        "26228",
        "2025-09-11 06:30",
        "Hospitality Insider <newsletter@hospitalityinsider.example.com>",
        "The hiring crunch: why GMs can't find supervisors",
        NJ_EN,
        text="""THIS WEEK

The hiring crunch: we interviewed 40 general managers across Europe about why supervisor roles stay open for months. Plus: Lisbon's hotel pipeline, and what the new EU pay-transparency rules mean for your job offers.

Read online | Unsubscribe
""",
        tz=BST,
    ),
    m(
        "26229",
        "2025-10-30 06:30",
        "Hospitality Insider <newsletter@hospitalityinsider.example.com>",
        "Interview: the COO who rebuilt housekeeping",
        NJ_EN,
        text="""In this week's long interview, the COO of a 90-hotel group explains how she cut turnover in housekeeping by half - and why she stopped doing group interviews.

Also: five hotel openings in Madrid in 2026.
""",
        tz=GMT,
    ),
    m(
        "26230",
        "2025-11-15 08:00",
        "Expresso <newsletter@expresso.example.pt>",
        "Expresso Economia: turismo bate recorde e setor procura 40 mil trabalhadores",
        NJ_PT,
        text="""Bom dia. O turismo deverá fechar o ano com receitas recorde, mas as associações estimam que faltam 40 mil trabalhadores. Os hotéis estão a recrutar no Brasil e na Índia.

Leia também: o que muda no IRS Jovem em 2026.
""",
        tz=LIS_W,
    ),
    m(
        "26231",
        "2026-01-14 07:00",
        "Hosteltur <boletin@hosteltur.example.com>",
        "Boletín: las cadenas que más contratarán en 2026",
        NJ_ES,
        text="""Las cadenas hoteleras españolas prevén contratar 25.000 personas este año. Entrevista al director de personas de una gran cadena vacacional. Además: el Imserso, las ferias de enero y la ocupación en Canarias.""",
        tz=CET_W,
    ),
]

MAIL += [
    # --- family and friends -------------------------------------------------------------------
    m(
        "26301",
        "2025-09-07 20:12",
        "Mãe <graca.carvalho58@sapo.pt>",
        "almoço domingo",
        NJ_PT,
        text="""Filha então domingo vens almoçar? O teu irmão vem com a Leonor e os miúdos. Faço bacalhau com natas. Traz sobremesa se puderes

beijinhos mãe""",
        tz=LIS_S,
    ),
    m(
        "26302",
        "2025-09-08 08:40",
        "Mãe <graca.carvalho58@sapo.pt>",
        "Re: almoço domingo",
        NJ_PT,
        text="""Está bem às 13h. Beijinhos

Enviado do meu iPhone""",
        headers=reply("26301", "graca.carvalho58@sapo.pt"),
        tz=LIS_S,
    ),
    m(
        "26303",
        "2025-10-12 21:33",
        "Rui Carvalho <rui.carvalho.84@gmail.com>",
        "fotos do batizado",
        NJ_PT,
        text="""Mana, aqui vai o link com as fotos do batizado da Maria. Há umas tuas muito boas com a avó.

https://photos.app.goo.gl/Lr8Ka2BvXq

Rui""",
        tz=LIS_S,
    ),
    m(
        "26304",
        "2025-11-13 22:48",
        "Rui Carvalho <rui.carvalho.84@gmail.com>",
        "Re: novidades!!",
        NJ_PT,
        text="""AHHH que bom!!! Palácio Alecrim, Diretora de Operações, quem diria 😄 Temos de celebrar. Jantar sábado cá em casa?

Rui

> Consegui!! Aceitei hoje a proposta. Começo a 5 de janeiro.""",
        tz=LIS_W,
    ),
    m(
        "26305",
        "2025-09-21 19:02",
        "Camille Dubois <camille.dubois@laposte.net>",
        "Tu passes à Paris ?",
        NJ_FR,
        text="""Coucou Inês !

Manon m'a dit que tu avais peut-être un entretien à Paris en octobre ? Si tu viens, tu dors à la maison, évidemment. On se fait un dîner au Bouillon avec les filles.

Bisous,
Camille""",
        tz=CET_S,
    ),
    m(
        "26306",
        "2025-10-14 21:10",
        "Camille Dubois <camille.dubois@laposte.net>",
        "Re: Tu passes à Paris ?",
        NJ_FR,
        text="""Ah mince, annulé ?! Bon, la chambre reste dispo quand tu veux. On s'appelle ce week-end.

C.""",
        headers=reply("26305", "camille.dubois@laposte.net"),
        tz=CET_S,
    ),
    m(
        "26307",
        "2025-10-25 11:15",
        "Javier Ortega <javi.ortega.bcn@gmail.com>",
        "Cena jueves en Barcelona",
        NJ_ES,
        text="""¡Inês! Qué bien que vengas el jueves. Después de tu assessment ese, ¿cenamos en el Xemei? Reservo para las 21:30. Te recojo en el hotel.

Abrazo,
Javi""",
        tz=CET_S,
    ),
    m(
        "26308",
        "2025-12-20 17:45",
        "Beatriz Lopes <bia.lopes@hotmail.com>",
        "Jantar de Natal das Tias 🎄",
        NJ_PT,
        text="""Meninas!! Jantar de Natal dia 27 às 20h na Taberna da Rua das Flores. 30€ por cabeça, Inês tu tratas do amigo secreto?

Bia""",
        tz=LIS_W,
    ),
    m(
        "26309",
        "2026-01-04 10:20",
        "Beatriz Lopes <bia.lopes@hotmail.com>",
        "Re: Jantar de Natal das Tias 🎄",
        NJ_PT,
        text="""Fotos no álbum partilhado! E boa sorte amanhã no primeiro dia, chefe 💪

Bia""",
        headers=reply("26308", "bia.lopes@hotmail.com"),
        tz=LIS_W,
    ),
    m(
        "26310",
        "2026-02-08 13:00",
        "Mãe <graca.carvalho58@sapo.pt>",
        "receita da sopa",
        NJ_PT,
        text="""Aqui está a receita que pediste.
Canja: 1 galinha, 1 cebola, 2 cenouras, massa pevide, hortelã no fim.
Beijinhos e não trabalhes tanto""",
        tz=LIS_W,
    ),
    m(
        "26311",
        "2025-11-30 18:00",
        "Oliver Grant <olly.grant@outlook.com>",
        "Lisbon in Feb?",
        NJ_EN,
        text="""Hey Inês,

Jess and I are thinking of Lisbon for a long weekend in February - any tips for where to stay near Príncipe Real? And are you around for a drink? Heard the new job is going well!

Olly""",
        tz=GMT,
    ),
    # --- receipts, deliveries, banks, utilities, SaaS ----------------------------------------
    m(
        "26312",
        "2025-09-09 14:02",
        "CTT Expresso <notificacoes@ctt.example.pt>",
        "A sua encomenda está a caminho",
        NJ_PT,
        text="""A sua encomenda RR123456789PT foi expedida e será entregue amanhã entre as 9h e as 13h. Acompanhe em ctt.pt.""",
        tz=LIS_S,
    ),
    m(
        "26313",
        "2025-09-10 11:50",
        "CTT Expresso <notificacoes@ctt.example.pt>",
        "Encomenda entregue",
        NJ_PT,
        text="""A sua encomenda RR123456789PT foi entregue. Assinado por: I. Carvalho.""",
        tz=LIS_S,
    ),
    m(
        "26314",
        "2025-09-29 08:20",
        "Amazon.es <confirmar-envio@amazon.es>",
        'Tu pedido de Amazon.es: "Organizador de cajones..." ha sido enviado',
        NJ_ES,
        text="""Hola Inês,
Tu paquete se ha enviado. Llegada estimada: jueves, 2 de octubre.
Pedido n.º 404-8812203-1177120
Organizador de cajones de bambú (set de 6)""",
        tz=CET_S,
    ),
    m(
        "26315",
        "2025-10-02 19:30",
        "Glovo <no-reply@glovoapp.com>",
        "O teu pedido do Honorato foi entregue",
        NJ_PT,
        text="""Bom apetite! Pedido #G-771209
2x Hambúrguer Honorato, 1x Batata doce, 1x Coca-Cola Zero
Total: 28,40 €""",
        tz=LIS_S,
    ),
    m(
        "26316",
        "2025-10-31 09:00",
        "EDP Comercial <faturas@edp.example.pt>",
        "A sua fatura de outubro está disponível",
        NJ_PT,
        text="""Olá Inês,
A sua fatura de eletricidade e gás de outubro, no valor de 64,12 €, está disponível na app EDP. Débito direto a 15/11.""",
        tz=LIS_W,
    ),
    m(
        "26317",
        "2025-11-30 09:00",
        "EDP Comercial <faturas@edp.example.pt>",
        "A sua fatura de novembro está disponível",
        NJ_PT,
        text="""Olá Inês,
A sua fatura de eletricidade e gás de novembro, no valor de 81,77 €, está disponível na app EDP. Débito direto a 15/12.""",
        tz=LIS_W,
    ),
    m(
        "26318",
        "2025-10-03 07:10",
        "Caixa Geral de Depósitos <caixadirecta@cgd.example.pt>",
        "Movimento na sua conta",
        NJ_PT,
        text="""Foi efetuada uma transferência a crédito de 1.200,00 € na sua conta ****4471. Descritivo: CAUCAO ARRENDAMENTO DEVOL.""",
        tz=LIS_S,
    ),
    m(
        "26319",
        "2026-01-30 18:20",
        "Caixa Geral de Depósitos <caixadirecta@cgd.example.pt>",
        "Movimento na sua conta",
        NJ_PT,
        text="""Foi efetuada uma transferência a crédito de 2.187,40 € na sua conta ****4471. Descritivo: VENCIMENTO JAN GRUPO ATLANTIDA HOTEIS SA.""",
        tz=LIS_W,
    ),
    m(
        "26320",
        "2025-11-05 12:00",
        "Revolut <no-reply@revolut.com>",
        "Your October statement is ready",
        NJ_EN,
        text="""Hi Inês, your EUR account statement for October 2025 is ready in the app. Spending this month: €1,043.22 (top category: Restaurants).""",
        tz=LIS_W,
    ),
    m(
        "26321",
        "2025-12-05 12:00",
        "Revolut <no-reply@revolut.com>",
        "Your November statement is ready",
        NJ_EN,
        text="""Hi Inês, your EUR account statement for November 2025 is ready in the app. Spending this month: €1,288.90 (top category: Travel).""",
        tz=LIS_W,
    ),
    m(
        "26322",
        "2025-10-22 21:40",
        "Ryanair <itinerary@ryanair.com>",
        "A sua reserva: LIS-BCN 22 out",
        NJ_PT,
        text="""Reserva confirmada: KX7QPL
Lisboa (LIS) 22/10 19:05 - Barcelona (BCN) 22:05
Barcelona (BCN) 23/10 18:40 - Lisboa (LIS) 19:45
Passageiro: INES CARVALHO
Check-in online obrigatório.""",
        tz=LIS_S,
    ),
    m(
        "26323",
        "2025-10-01 10:45",
        "easyJet <donotreply@easyjet.com>",
        "Your booking EJY8R2K is confirmed",
        NJ_EN,
        text="""Your booking is confirmed.
Lisbon (LIS) to London Gatwick (LGW), Mon 6 Oct, 07:15
London Gatwick (LGW) to Lisbon (LIS), Wed 8 Oct, 17:55
Passenger: Ms Ines Carvalho""",
        tz=LIS_S,
    ),
    m(
        "26324",
        "2025-10-05 16:00",
        "Airbnb <automated@airbnb.com>",
        "Reservation confirmed - Hounslow, 6-8 Oct",
        NJ_EN,
        text="""You're going to Hounslow! Your host, Amrit, is expecting you on Mon, Oct 6. Check-in after 3pm. Self check-in with lockbox.""",
        tz=LIS_S,
    ),
    m(
        "26325",
        "2025-09-15 09:00",
        "Spotify <no-reply@spotify.com>",
        "Your receipt from Spotify",
        NJ_EN,
        text="""Spotify Premium Individual - €8.99
Billed on 15 September 2025. Next payment: 15 October 2025.""",
        tz=LIS_S,
    ),
    m(
        "26326",
        "2025-11-02 10:00",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        NJ_EN,
        text="""New sign-in to your account
ines.carvalho.ops@gmail.com
A new sign-in on Windows. If this was you, you don't need to do anything.""",
        tz=LIS_W,
    ),
    m(
        "26327",
        "2025-09-26 18:00",
        "Portal das Finanças <notificacoes@at.example.gov.pt>",
        "Nova mensagem no e-Balcão",
        NJ_PT,
        text="""Tem uma nova mensagem na sua caixa postal eletrónica do Portal das Finanças. Aceda em portaldasfinancas.gov.pt.""",
        tz=LIS_S,
    ),
    m(
        "26328",
        "2025-12-15 15:20",
        "Worten <encomendas@worten.example.pt>",
        "Fatura da sua encomenda",
        NJ_PT,
        text="""Obrigado pela sua compra! Encomenda 9201883 - Máquina de café Nespresso Vertuo - 129,99 €. A fatura segue em anexo.""",
        attach=[("Fatura_9201883.pdf", "application/pdf", "%PDF-1.4 fatura")],
        tz=LIS_W,
    ),
    m(
        "26329",
        "2025-12-18 11:11",
        "Uber Receipts <noreply@uber.com>",
        "Your Thursday afternoon trip with Uber",
        NJ_EN,
        text="""Thanks for riding, Inês
Total €9.40
Avenida da Liberdade → Rua do Alecrim""",
        tz=LIS_W,
    ),
    m(
        "26330",
        "2026-01-22 08:30",
        "Fidelidade <clientes@fidelidade.example.pt>",
        "A sua apólice Multicare foi ativada",
        NJ_PT,
        text="""Cara Inês, a apólice de seguro de saúde Multicare (contrato de grupo: Grupo Atlântida Hotéis) está ativa desde 05/01/2026. Descarregue o cartão digital na app.""",
        tz=LIS_W,
    ),
    m(
        "26331",
        "2026-02-03 19:00",
        "Ginásio Solinca <socios@solinca.example.pt>",
        "Bem-vinda ao Solinca Chiado!",
        NJ_PT,
        text="""A tua inscrição está concluída. Marca já a tua avaliação física gratuita na app. A tua primeira mensalidade (39,90 €) será debitada a 8/02.""",
        tz=LIS_W,
    ),
    m(
        "26332",
        "2026-02-14 10:00",
        "Condomínio Pascoal de Melo 88 <administracao.pm88@gmail.com>",
        "Convocatória assembleia de condóminos",
        NJ_PT,
        text="""Exmos. Condóminos e arrendatários,
Convoca-se a assembleia ordinária para 26 de fevereiro, 20h30, na entrada do prédio. Ordem de trabalhos: contas 2025, orçamento 2026, obras na fachada.
A Administração""",
        tz=LIS_W,
    ),
    m(
        "26333",
        "2026-02-20 16:40",
        "Olly Grant <olly.grant@outlook.com>",
        "Re: Lisbon in Feb?",
        NJ_EN,
        text="""Booked the place you suggested! See you Saturday at the Park bar, 7ish?

Olly""",
        headers=reply("26311", "olly.grant@outlook.com"),
        tz=GMT,
    ),
    m(
        "26334",
        "2026-01-10 09:15",
        "Duolingo <hello@duolingo.com>",
        "Streak em perigo! 🔥",
        NJ_PT,
        text="""Ainda não praticaste hoje! Faz uma lição de espanhol para manter a tua sequência de 112 dias.""",
        tz=LIS_W,
    ),
    m(
        "26335",
        "2025-11-08 11:00",
        "Time Out Lisboa <newsletter@timeout.example.pt>",
        "O que fazer este fim de semana em Lisboa",
        NJ_PT,
        text="""Festival de cinema no São Jorge, mercado de Natal no Campo Pequeno, e as novas aberturas de restaurantes em Arroios. Boas escolhas!""",
        tz=LIS_W,
    ),
    m(
        "26336",
        "2025-12-12 11:00",
        "Time Out Lisboa <newsletter@timeout.example.pt>",
        "Os melhores mercados de Natal",
        NJ_PT,
        text="""Wonderland no Parque Eduardo VII, Mercado de Natal do Rossio e o Christmas Market do LX Factory. Tudo o que precisa de saber.""",
        tz=LIS_W,
    ),
    m(
        "26337",
        "2025-10-28 09:30",
        "Airbnb <automated@airbnb.com>",
        "Write a review for Amrit",
        NJ_EN,
        text="""How was your stay in Hounslow? Reviews help hosts and future guests. You have 14 days to write one.""",
        tz=GMT,
    ),
    m(
        "26338",
        "2025-12-28 17:00",
        "Netflix <info@account.netflix.com>",
        "Novidades na Netflix esta semana",
        NJ_PT,
        text="""Novos episódios e filmes para as férias: veja o que chegou à Netflix esta semana.""",
        tz=LIS_W,
    ),
    m(
        "26339",
        "2025-11-19 20:00",
        "Vinted <no-reply@vinted.pt>",
        "Vendeste um artigo!",
        NJ_PT,
        text="""Parabéns! O artigo "Blazer azul-marinho, tam. 38" foi vendido por 25 €. Envia-o até 24/11 com a etiqueta pré-paga.""",
        tz=LIS_W,
    ),
    m(
        "26340",
        "2026-02-11 12:30",
        "SNS 24 <naoresponder@sns24.example.gov.pt>",
        "Marcação de vacina confirmada",
        NJ_PT,
        text="""A sua marcação para vacinação está confirmada: 18/02/2026 às 10h15, Centro de Saúde da Penha de França.""",
        tz=LIS_W,
    ),
    m(
        "26341",
        "2025-09-24 16:00",
        "Associação de Antigos Alunos ESHTE <alumni@eshte.example.pt>",
        "Encontro anual de antigos alunos - inscrições abertas",
        NJ_PT,
        text="""Caros antigos alunos, estão abertas as inscrições para o encontro anual a 15 de novembro. Haverá um painel com diretores de hotel sobre carreiras e liderança. Inscrição: 15 € (jantar incluído).""",
        tz=LIS_S,
    ),
    m(
        "26342",
        "2025-10-17 09:00",
        "Mondial Relay <noreply@mondialrelay.example.fr>",
        "Votre colis est disponible en Point Relais",
        NJ_FR,
        text="""Bonjour, votre colis 88120034 est disponible au Point Relais Tabac Le Balto jusqu'au 31/10. Pensez à votre pièce d'identité.""",
        tz=CET_S,
    ),
    m(
        "26343",
        "2025-11-27 14:00",
        "Renfe <venta@renfe.example.es>",
        "Confirmación de compra - billete",
        NJ_ES,
        text="""Localizador: X7PQ2L
Madrid Puerta de Atocha - Barcelona Sants, 05/12/2025 08:00
Coche 6, plaza 12A. Pasajera: INES CARVALHO""",
        tz=CET_W,
    ),
    m(
        "26344",
        "2026-02-25 21:00",
        "Mãe <graca.carvalho58@sapo.pt>",
        "Fwd: convite aniversário tia Lurdes",
        NJ_PT,
        text="""Vê isto filha, a tia faz 80 anos

---------- Forwarded message ---------
De: Lurdes Meireles
Assunto: convite aniversário
Convido-vos para o meu almoço de 80 anos dia 15 de março no Restaurante O Pescador em Setúbal.""",
        tz=LIS_W,
    ),
]

MAIL += [
    # --- more look-alikes -------------------------------------------------------------------
    m(
        "26401",
        "2025-09-17 12:20",
        "Uniplaces <hello@uniplaces.example.com>",
        "Your booking request was sent",
        NJ_EN,
        text="""Hi Inês,

Your booking request for "Bright room in shared flat, Lavapiés" (Madrid, Oct-Dec) was sent to the landlord. They have 48 hours to accept your application. You won't be charged until it's accepted.""",
        tz=CET_S,
    ),
    m(
        "26402",
        "2025-09-19 09:00",
        "Uniplaces <hello@uniplaces.example.com>",
        "Your booking request expired",
        NJ_EN,
        text="""Unfortunately the landlord did not respond in time, so your request for "Bright room in shared flat, Lavapiés" expired. You have not been charged. Here are similar rooms.""",
        tz=CET_S,
    ),
    m(
        "26403",
        "2025-10-15 10:15",
        "Cetelem <clientes@cetelem.example.pt>",
        "Análise do seu pedido de cartão",
        NJ_PT,
        text="""Cara Cliente,

Informamos que, após análise, não foi possível aprovar o seu pedido de Cartão Cetelem neste momento. Esta decisão teve por base os critérios internos de avaliação de risco. Poderá submeter novo pedido dentro de 6 meses.

Com os melhores cumprimentos,
Cetelem""",
        tz=LIS_S,
    ),
    m(
        "26404",
        "2025-12-09 11:20",
        "Instituto Cervantes Lisboa <cenlis@cervantes.example.es>",
        "Matrícula confirmada - Curso C1 de español",
        NJ_ES,
        text="""Estimada Inês:

Tu matrícula en el curso de español nivel C1 (enero-marzo 2026, lunes y miércoles 19:00-21:00) ha sido confirmada. La prueba de nivel ha sido superada. Te esperamos el 12 de enero.

Instituto Cervantes de Lisboa""",
        tz=LIS_W,
    ),
    m(
        "26405",
        "2025-11-07 14:40",
        "Câmara Municipal de Lisboa <naoresponder@cm-lisboa.example.pt>",
        "Candidatura ao Programa Renda Acessível - receção",
        NJ_PT,
        text="""Exma. Senhora Inês Carvalho,

Confirmamos a receção da sua candidatura ao concurso n.º 23 do Programa Renda Acessível. O sorteio realizar-se-á a 10 de dezembro e os resultados serão publicados no portal Habitar Lisboa.

Câmara Municipal de Lisboa""",
        tz=LIS_W,
    ),
    m(
        "26406",
        "2025-12-11 10:00",
        "Câmara Municipal de Lisboa <naoresponder@cm-lisboa.example.pt>",
        "Resultado do sorteio - Programa Renda Acessível",
        NJ_PT,
        text="""Exma. Senhora,

Informamos que a sua candidatura não foi selecionada no sorteio do concurso n.º 23. A sua candidatura permanece válida para os próximos concursos.""",
        tz=LIS_W,
    ),
    m(
        "26407",
        "2025-10-06 13:00",
        "Voluntariado Banco Alimentar <voluntarios@bancoalimentar.example.pt>",
        "Inscrição como voluntária - campanha de dezembro",
        NJ_PT,
        text="""Olá Inês! Obrigada por te inscreveres como voluntária na campanha de 29 e 30 de novembro. Ficaste no turno de sábado, 10h-14h, no Pingo Doce de Arroios. Até lá!""",
        tz=LIS_S,
    ),
    m(
        "26408",
        "2025-11-20 17:00",
        "Marriott Bonvoy <marriottbonvoy@email-marriott.example.com>",
        "Inês, an exclusive offer for you",
        NJ_EN,
        text="""Earn 3,000 bonus points per stay this winter. Register by December 15. Plus: members save up to 20% in Lisbon, Madrid and Paris.""",
        tz=GMT,
    ),
    m(
        "26409",
        "2025-09-28 12:00",
        "Tripadvisor <no-reply@tripadvisor.example.com>",
        "Your review is live!",
        NJ_EN,
        text="""Thanks, Inês! Your review of Taberna Sal Grosso is now live. 142 travellers found it helpful this month.""",
        tz=LIS_S,
    ),
    m(
        "26410",
        "2025-10-27 09:00",
        "Zoom <no-reply@zoom.us>",
        "Your Zoom Workplace subscription",
        NJ_EN,
        text="""Your Zoom Pro plan will renew on 3 November 2025 for €13.99. Manage your plan in account settings.""",
        tz=GMT,
    ),
    m(
        "26411",
        "2025-11-04 18:30",
        "Calendly <notifications@calendly.com>",
        "New Event: Inês Carvalho - 30 Minute Meeting",
        NJ_EN,
        text="""Hi Inês,
A new event has been scheduled.
Event Type: 30 Minute Meeting
Invitee: Sara Almeida (sara.almeida.psi@gmail.com)
Event Date/Time: 11:00 - Saturday 8 November 2025 (Lisbon)
Invitee notes: sessão de mentoria sobre gestão de equipas, como combinámos no encontro de alumni""",
        tz=LIS_W,
    ),
    m(
        "26412",
        "2025-12-03 09:00",
        "Eventbrite <noreply@order.eventbrite.com>",
        "Os teus bilhetes para Lisbon Hospitality Talks",
        NJ_PT,
        text="""Inscrição confirmada: Lisbon Hospitality Talks - "Liderar equipas multiculturais"
Quinta, 11 dezembro, 18h30 - Hub Criativo do Beato
1 bilhete geral - gratuito""",
        tz=LIS_W,
    ),
    m(
        "26413",
        "2025-09-13 10:00",
        "Glassdoor Community <community@glassdoor.example.com>",
        "Bowls: What's the weirdest interview question you've been asked?",
        NJ_EN,
        text="""Trending in Hospitality Professionals:
"What's the weirdest interview question you've been asked?" - 212 comments
"How do you handle a no-show on a Saturday night?" - 98 comments""",
        tz=LIS_S,
    ),
    m(
        "26414",
        "2026-01-27 12:00",
        "Mercadal Cartão Cliente <cliente@mercadal.example.pt>",
        "Inês, tem 12 € em vales à sua espera",
        NJ_PT,
        text="""Olá Inês, acumulou 12 € em vales no seu Cartão Cliente Mercadal. Use-os até 28 de fevereiro em qualquer loja. Oferta exclusiva para clientes.""",
        tz=LIS_W,
    ),
    m(
        "26415",
        "2026-02-02 10:00",
        "Palácio Alecrim <reservas@palacioalecrim.example.pt>",
        "Newsletter: Dia dos Namorados no Palácio Alecrim",
        NJ_PT,
        text="""Celebre o Dia dos Namorados no nosso rooftop: menu de degustação a 85 € por pessoa, com espumante Murganheira. Reserve já.""",
        tz=LIS_W,
    ),
    m(
        "26416",
        "2026-01-15 16:20",
        "Luís Antunes <luis.antunes@palacioalecrim.pt>",
        "Escalas de fevereiro - receção",
        NJ_PT,
        text="""Olá Inês,

Segue a proposta de escalas da receção para fevereiro. O Carlos pediu folga dias 14 e 15; consegui cobrir com a Daniela. Falta decidir quem fica de noite no fim de semana do Carnaval.

Luís
Chefe de Receção""",
        attach=[
            (
                "Escalas_Fev_Rececao.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "escalas",
            )
        ],
        tz=LIS_W,
    ),
    m(
        "26417",
        "2026-01-21 09:10",
        "Miguel Sobral <miguel.sobral@atlantidahoteis.pt>",
        "Reunião de direção - quinta",
        NJ_PT,
        text="""Bom dia equipa,

Reunião de direção quinta às 10h na sala Tejo. Pontos: ocupação de fevereiro, obras no spa, plano de formação (Inês apresenta).

Miguel""",
        to="Direção Palácio Alecrim <direcao@palacioalecrim.pt>",
        tz=LIS_W,
    ),
    m(
        "26418",
        "2026-02-06 15:00",
        "Teresa Quintas <teresa.quintas@palacioalecrim.pt>",
        "Entrevistas rececionistas - preciso de si",
        NJ_PT,
        text="""Olá Inês,

Tenho três candidatas para a vaga de rececionista e gostava que participasse nas entrevistas na terça às 11h, 11h45 e 12h30. Envio os CVs em anexo.

Teresa
Recursos Humanos - Palácio Alecrim""",
        attach=[("CVs_rececao.zip", "application/zip", "zip")],
        tz=LIS_W,
    ),
    m(
        "26419",
        "2026-02-10 11:30",
        "Booking.com Partner Hub <noreply@partner.booking.com>",
        "Palácio Alecrim: you have 3 new guest reviews",
        NJ_EN,
        text="""Your property Palácio Alecrim received 3 new reviews. Average score this month: 9.3. Reply to reviews in the extranet.""",
        tz=LIS_W,
    ),
    m(
        "26420",
        "2026-02-12 17:45",
        "Joana Pestana <joana.pestana@atlantidahoteis.pt>",
        "Avaliação do período experimental - marcar",
        NJ_PT,
        text="""Olá Inês,

Vamos marcar a conversa de acompanhamento do período experimental (1 mês e meio). Sugiro dia 19 às 16h, no meu gabinete. Nada de formal, é para saber como está a correr.

Joana""",
        tz=LIS_W,
    ),
    m(
        "26421",
        "2025-09-23 20:30",
        "Ticketline <info@ticketline.example.pt>",
        "Os teus bilhetes: Salvador Sobral - Coliseu",
        NJ_PT,
        text="""Compra confirmada. 2 bilhetes - Plateia, fila M. Coliseu dos Recreios, 14 de novembro às 21h30. Total: 64 €.""",
        tz=LIS_S,
    ),
    m(
        "26422",
        "2025-10-11 08:00",
        "Le Monde <newsletter@lemonde.example.fr>",
        "La Matinale : hôtellerie, la pénurie de personnel persiste",
        NJ_FR,
        text="""Bonjour. Au sommaire : l'hôtellerie-restauration peine toujours à recruter malgré les hausses de salaire ; entretien avec une économiste du travail ; la météo du week-end.""",
        tz=CET_S,
    ),
    m(
        "26423",
        "2025-12-22 09:30",
        "El País <newsletter@elpais.example.es>",
        "Las claves del día",
        NJ_ES,
        text="""El Gordo de la Lotería de Navidad, el balance turístico del año y una entrevista con la ministra de Trabajo sobre la reducción de jornada.""",
        tz=CET_W,
    ),
    m(
        "26424",
        "2025-11-24 10:00",
        "Seguros Ok <clientes@segurosok.example.pt>",
        "A sua simulação de seguro automóvel",
        NJ_PT,
        text="""Olá Inês, a sua simulação de seguro automóvel para o Renault Clio (AB-12-CD) está pronta: 312 €/ano com assistência em viagem. Proposta válida 15 dias.""",
        tz=LIS_W,
    ),
    m(
        "26425",
        "2025-10-29 19:20",
        "Manon Petit <manon.petit@gmail.com>",
        "photos Barcelone !",
        NJ_FR,
        text="""Coucou, Javi m'a envoyé les photos du dîner, vous aviez l'air de bien vous amuser ! Tu nous raconteras ton « assessment » 😄

Bises, Manon""",
        tz=CET_W,
    ),
    m(
        "26426",
        "2025-09-30 18:00",
        "Strava <no-reply@strava.com>",
        "Rui deu kudos à tua corrida",
        NJ_PT,
        text="""Rui Carvalho deu kudos a "Corrida da manhã - Monsanto" (8,4 km).""",
        tz=LIS_S,
    ),
    m(
        "26427",
        "2025-11-10 07:45",
        "Carris Metropolitana <noreply@carrismetropolitana.example.pt>",
        "Navegante: renovação do passe",
        NJ_PT,
        text="""O seu passe Navegante Municipal expira a 30/11. Carregue já na app ou nas máquinas do Metro. 30 €/mês.""",
        tz=LIS_W,
    ),
    m(
        "26428",
        "2026-01-05 07:00",
        "Google Calendar <calendar-notification@google.com>",
        "Notification: Primeiro dia - Palácio Alecrim @ Mon 5 Jan 2026 09:00",
        NJ_EN,
        text="""This is a reminder for:

Primeiro dia - Palácio Alecrim
When: Mon 5 Jan 2026 09:00 - 10:00 (Lisbon)
Calendar: ines.carvalho.ops@gmail.com""",
        tz=LIS_W,
    ),
    m(
        "26429",
        "2025-12-30 11:00",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        NJ_EN,
        text="""iCloud+ with 200 GB - €2.99/month
Billed to: Inês Carvalho
Order ID: MN8XQ22K71""",
        tz=LIS_W,
    ),
    m(
        "26430",
        "2026-02-17 10:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Parabéns pelo seu novo cargo, Inês!",
        NJ_PT,
        text="""A sua rede está a celebrar: 48 pessoas reagiram ao seu novo cargo como Diretora de Operações na Atlântida Collection.""",
        tz=LIS_W,
    ),
    m(
        "26431",
        "2025-09-06 15:00",
        "Hotelaria & Turismo Alumni <grupo-alumni@googlegroups.com>",
        "[Alumni] Partilha: estudo salarial da hotelaria 2025",
        NJ_PT,
        text="""Olá a todos, partilho o estudo salarial da hotelaria 2025 que saiu esta semana: diretores de operações em Lisboa entre 2.400 e 3.600 € brutos, chefes de receção entre 1.400 e 1.900 €. Dá que pensar para as próximas negociações!

Diogo
--
Recebeu esta mensagem porque está inscrito no grupo Hotelaria & Turismo Alumni.""",
        tz=LIS_S,
    ),
    m(
        "26432",
        "2025-10-08 22:00",
        "Rui Carvalho <rui.carvalho.84@gmail.com>",
        "Re: entrevista Londres",
        NJ_PT,
        text="""Correu bem? Liga-me quando chegares a casa. O pai também quer saber!

> Já estou no aeroporto, depois conto tudo""",
        tz=LIS_S,
    ),
    m(
        "26433",
        "2026-02-22 18:10",
        "Camille Dubois <camille.dubois@laposte.net>",
        "Week-end à Lisbonne en mai ?",
        NJ_FR,
        text="""Coucou ma belle, on pense venir à Lisbonne du 1er au 4 mai avec Manon. Tu auras le temps entre deux réunions de direction ? 😉 On peut dormir à l'hôtel si tu nous fais un prix d'ami !

Bisous
Camille""",
        tz=CET_W,
    ),
]

MAIL += [
    m(
        "26501",
        "2025-09-01 09:30",
        "Vodafone <faturas@vodafone.example.pt>",
        "Fatura de agosto",
        NJ_PT,
        text="A sua fatura de agosto (42,99 €) já está disponível na app My Vodafone. Pagamento por débito direto a 12/09.",
        tz=LIS_S,
    ),
    m(
        "26502",
        "2025-10-01 09:30",
        "Vodafone <faturas@vodafone.example.pt>",
        "Fatura de setembro",
        NJ_PT,
        text="A sua fatura de setembro (42,99 €) já está disponível na app My Vodafone. Pagamento por débito direto a 12/10.",
        tz=LIS_S,
    ),
    m(
        "26503",
        "2025-12-01 09:30",
        "Vodafone <faturas@vodafone.example.pt>",
        "Fatura de novembro",
        NJ_PT,
        text="A sua fatura de novembro (42,99 €) já está disponível na app My Vodafone. Pagamento por débito direto a 12/12.",
        tz=LIS_W,
    ),
    m(
        "26504",
        "2025-09-22 16:00",
        "Casa Nova Lisboa <geral@casanovalisboa.example.pt>",
        "Contrato de arrendamento - assinatura",
        NJ_PT,
        text="""Cara Inês,

Confirmamos a assinatura do contrato de arrendamento amanhã às 17h no nosso escritório. Traga o comprovativo da transferência da caução (2 rendas) e da primeira renda.

Casa Nova Lisboa""",
        tz=LIS_S,
    ),
    m(
        "26505",
        "2025-09-26 10:00",
        "Casa Nova Lisboa <geral@casanovalisboa.example.pt>",
        "Contrato assinado - cópia digital",
        NJ_PT,
        text="Em anexo segue a cópia digital do contrato assinado por ambas as partes. O contrato foi registado nas Finanças. Boa mudança!",
        attach=[("Contrato_assinado.pdf", "application/pdf", "%PDF-1.4 contrato")],
        tz=LIS_S,
    ),
    m(
        "26506",
        "2025-09-27 12:00",
        "IKEA Portugal <noreply@ikea.example.pt>",
        "A sua encomenda IKEA foi confirmada",
        NJ_PT,
        text="Encomenda 1188230042: sofá-cama FRIHETEN, estante KALLAX, 4 cadeiras. Entrega agendada para 3 de outubro entre as 8h e as 14h. Montagem incluída.",
        tz=LIS_S,
    ),
    m(
        "26507",
        "2025-10-03 15:00",
        "IKEA Portugal <noreply@ikea.example.pt>",
        "Avalie a sua entrega",
        NJ_PT,
        text="Como correu a sua entrega? Responda a um inquérito de 1 minuto.",
        tz=LIS_S,
    ),
    m(
        "26508",
        "2025-10-14 19:00",
        "Rui Carvalho <rui.carvalho.84@gmail.com>",
        "carro",
        NJ_PT,
        text="Mana, o carro está pronto na oficina, podes ir buscá-lo amanhã depois das 18h. Paguei eu, depois acertamos. R.",
        tz=LIS_S,
    ),
    m(
        "26509",
        "2025-11-01 11:00",
        "WiZink <info@wizink.example.pt>",
        "Pré-aprovado: o seu novo cartão de crédito",
        NJ_PT,
        text="Inês, tem um cartão de crédito pré-aprovado com limite até 2.500 €. Candidate-se em 5 minutos, sem papelada. TAEG 17,8 %.",
        tz=LIS_W,
    ),
    m(
        "26510",
        "2025-11-09 10:00",
        "Continente <continente@news.continente.example.pt>",
        "Folheto da semana: promoções imperdíveis",
        NJ_PT,
        html="<html><body><h2>Folheto da semana</h2><p>Azeite a 5,99 €, bacalhau graúdo -30 %, e muito mais.</p></body></html>",
        tz=LIS_W,
    ),
    m(
        "26511",
        "2025-11-16 10:00",
        "Continente <continente@news.continente.example.pt>",
        "Folheto da semana",
        NJ_PT,
        html="<html><body><h2>Folheto da semana</h2><p>Especial Natal: bolo-rei a 7,49 €, vinho do Porto -25 %.</p></body></html>",
        tz=LIS_W,
    ),
    m(
        "26512",
        "2025-12-23 21:00",
        "Javier Ortega <javi.ortega.bcn@gmail.com>",
        "Feliz Navidad 🎄",
        NJ_ES,
        text="¡Feliz Navidad, Inês! Qué pena que no vengas a Barcelona, pero me alegro muchísimo por lo de Lisboa. ¡Brindamos en primavera! Un abrazo fuerte, Javi",
        tz=CET_W,
    ),
    m(
        "26513",
        "2025-12-24 10:00",
        "Camille Dubois <camille.dubois@laposte.net>",
        "Joyeux Noël !",
        NJ_FR,
        text="Joyeux Noël ma belle ! Plein de bonnes choses pour ton nouveau poste. On t'embrasse fort. Camille & Théo",
        tz=CET_W,
    ),
    m(
        "26514",
        "2026-01-02 12:00",
        "Fidelidade <clientes@fidelidade.example.pt>",
        "Renovação da apólice Habitação",
        NJ_PT,
        text="A sua apólice de seguro de recheio será renovada a 20/01/2026. Prémio anual: 89,50 €. Nada a fazer se quiser manter as coberturas.",
        tz=LIS_W,
    ),
    m(
        "26515",
        "2026-01-16 18:00",
        "Beatriz Lopes <bia.lopes@hotmail.com>",
        "Pilates quarta?",
        NJ_PT,
        text="Vamos ao pilates na quarta às 19h30? Já reservei para as duas no Studio Estrela. Bjs",
        tz=LIS_W,
    ),
    m(
        "26516",
        "2026-01-25 20:00",
        "Mãe <graca.carvalho58@sapo.pt>",
        "o pai",
        NJ_PT,
        text="Filha o pai fez as análises e está tudo bem, o colesterol baixou. Não te preocupes. Liga quando puderes, beijinhos",
        tz=LIS_W,
    ),
    m(
        "26517",
        "2026-02-04 09:00",
        "Portal das Finanças <notificacoes@at.example.gov.pt>",
        "IRS 2025: valide as suas despesas no e-fatura",
        NJ_PT,
        text="Até 25 de fevereiro pode validar as faturas pendentes no e-fatura para efeitos de deduções no IRS de 2025.",
        tz=LIS_W,
    ),
    m(
        "26518",
        "2026-02-09 12:00",
        "Revolut <no-reply@revolut.com>",
        "Your January statement is ready",
        NJ_EN,
        text="Hi Inês, your EUR account statement for January 2026 is ready in the app. Spending this month: €962.15 (top category: Groceries).",
        tz=LIS_W,
    ),
    m(
        "26519",
        "2026-02-18 08:45",
        "CP - Comboios de Portugal <noreply@cp.example.pt>",
        "Bilhete Alfa Pendular Lisboa - Porto",
        NJ_PT,
        text="Bilhete n.º 7712209. Lisboa Santa Apolónia 07:39 - Porto Campanhã 10:35, 21/02/2026. Carruagem 4, lugar 52.",
        tz=LIS_W,
    ),
    m(
        "26520",
        "2026-02-19 10:30",
        "Booking.com <customer.service@booking.com>",
        "Reserva confirmada: Casa do Conto, Porto",
        NJ_PT,
        text="A sua reserva na Casa do Conto (Porto), 21-22 fevereiro, está confirmada. Número de confirmação 4021883771. Check-in a partir das 15h.",
        tz=LIS_W,
    ),
    m(
        "26521",
        "2025-09-18 09:00",
        "Medium Daily Digest <noreply@medium.com>",
        "The 5 questions every hotel GM should ask in an interview",
        NJ_EN,
        text="Today's highlights: The 5 questions every hotel GM should ask in an interview · Why I left corporate hospitality · Running a restaurant on spreadsheets",
        tz=LIS_S,
    ),
    m(
        "26522",
        "2025-10-25 09:00",
        "Medium Daily Digest <noreply@medium.com>",
        "Hiring for attitude: lessons from a decade in hotels",
        NJ_EN,
        text="Today's highlights: Hiring for attitude: lessons from a decade in hotels · The case against trial shifts · Lisbon beyond the tourists",
        tz=GMT,
    ),
    m(
        "26523",
        "2025-12-08 14:00",
        "Sara Almeida <sara.almeida.psi@gmail.com>",
        "Obrigada pela mentoria!",
        NJ_PT,
        text="""Olá Inês,

Só para agradecer mais uma vez a conversa de sábado. Segui o teu conselho e já marquei a conversa com a minha chefe sobre a promoção. Depois conto!

Sara""",
        tz=LIS_W,
    ),
    m(
        "26524",
        "2025-11-06 20:30",
        "Tiago Mendes <tiago@conversasdebalcao.pt>",
        "Obrigado! Episódio 47 sai dia 20",
        NJ_PT,
        text="Inês, obrigado pela conversa fantástica. O episódio sai dia 20 de novembro; mando o link para partilhares. Abraço, Tiago",
        tz=LIS_W,
    ),
    m(
        "26525",
        "2025-11-20 09:00",
        "Conversas de Balcão <podcast@conversasdebalcao.pt>",
        "Novo episódio: Inês Carvalho e a arte de abrir um hotel",
        NJ_PT,
        text="No episódio 47 falamos com Inês Carvalho sobre aberturas de hotéis, equipas e o que ninguém diz sobre o primeiro mês. Ouça no Spotify e Apple Podcasts.",
        tz=LIS_W,
    ),
    m(
        "26526",
        "2025-10-18 10:00",
        "HospitalityNet Events <events@hospitalitynet.example.org>",
        "Recording: Revenue Management after 2025",
        NJ_EN,
        text="Thanks for joining! The recording and slides of Revenue Management after 2025 are now available. Next webinar: Staffing the 2026 season - interviewing and onboarding seasonal teams.",
        tz=CET_S,
    ),
    m(
        "26527",
        "2025-12-15 11:00",
        "Publituris <redacao@publituris.example.pt>",
        "Re: Pedido de entrevista - tendências de recrutamento na hotelaria",
        NJ_PT,
        text="Cara Inês, muito obrigada pelas respostas! A entrevista sai na edição de dezembro, página 14. Envio-lhe o PDF assim que estiver paginado. Filipa",
        headers=reply("26220", "redacao@publituris.example.pt"),
        tz=LIS_W,
    ),
    m(
        "26528",
        "2025-09-10 12:00",
        "Wise <noreply@wise.com>",
        "You sent 450 GBP to Amrit Singh",
        NJ_EN,
        text="Your transfer of 450.00 GBP to Amrit Singh is complete. Reference: deposit room Oct.",
        tz=LIS_S,
    ),
    m(
        "26529",
        "2025-10-07 21:30",
        "Transport for London <contactless@tfl.example.gov.uk>",
        "Your contactless journey history",
        NJ_EN,
        text="Journeys on 7 October: Hatton Cross to Hammersmith, Hammersmith to Hatton Cross. Total charged: £7.60.",
        tz=BST,
    ),
    m(
        "26530",
        "2026-02-26 19:00",
        "Rui Carvalho <rui.carvalho.84@gmail.com>",
        "Re: Fwd: convite aniversário tia Lurdes",
        NJ_PT,
        text="Eu levo a mãe e o pai de carro. Tu vens connosco ou vais direta de Lisboa? R.",
        headers=reply("26344", "graca.carvalho58@sapo.pt"),
        tz=LIS_W,
    ),
]
