# ruff: noqa: E501
"""Ordinary mail and look-alikes of the twenty-sixth held-out corpus (measured, never tuned on)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

LIS_S, LIS_W, CET_S, CET_W = "+0100", "+0000", "+0200", "+0100"
BST, GMT = LIS_S, LIS_W

NJ_PT, NJ_EN, NJ_ES, NJ_FR = ("not_job", "pt"), ("not_job", "en"), ("not_job", "es"), ("not_job", "fr")

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
