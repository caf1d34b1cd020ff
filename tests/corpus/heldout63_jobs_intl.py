# ruff: noqa: E501
"""Corpus 63, job mail in Portuguese, French and English, and job alerts (data only): see heldout63.py."""

from __future__ import annotations

from typing import Any

from heldout import load_module

_J = load_module("heldout63_jobs")
m, A = _J.m, _J.A

VY, VYR = "Voyelle", "Superviseur·e Service Client Espagne & Portugal"
AT, ATR = "Atlântida Contact Center", "Team Leader Apoio ao Cliente"
OR, ORR = "Orbitel Portugal", "Coordenadora de Equipa – Suporte Técnico"
CJ, CJR = "Cajuína Tecnologia", "Coordenadora de Suporte LATAM"
FT, FTR = "Fietsa", "Customer Support Lead, Southern Europe"
NH, NHR = "Nortia Hostels", "Guest Services Team Leader"
PC, PCR = "Paceline", "Support Team Lead, Iberia"
LM, LMR = "Lusomar Cruzeiros", "Supervisora de Reservas e Apoio ao Cliente"
KM, KMR = "Kolmena", "Support Quality Lead"
IB = "Iberis Travel"

MAIL: list[dict[str, Any]] = [
    # --- 10 Voyelle (Paris), Welcome to the Jungle, rejected ------------------------------------
    m(
        "80101",
        "2025-09-17 10:26",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Votre candidature chez Voyelle a bien été envoyée",
        A("confirmation", VY, VYR, 10, "other", "fr"),
        html="<html><body><div style='font-family:Helvetica'><p>Bonjour Marta,</p><p>Votre candidature pour le poste "
        "<b>Superviseur·e Service Client Espagne &amp; Portugal</b> chez <b>Voyelle</b> a bien été transmise à l'équipe de recrutement.</p>"
        "<p>Télétravail total · Paris</p><p>Vous pouvez suivre vos candidatures depuis votre espace.</p>"
        "<p><a href='https://www.welcometothejungle.com/fr/me/applications'>Voir mes candidatures</a></p><p>L'équipe Welcome to the Jungle</p></div></body></html>",
    ),
    m(
        "80108",
        "2025-10-09 16:12",
        "Camille Renaud <camille.renaud@voyelle.fr>",
        "Suite à votre candidature",
        A("rejection", VY, VYR, 10, "direct", "fr"),
        "Bonjour Marta,\n\nNous vous remercions pour l'intérêt que vous portez à Voyelle et pour "
        "votre candidature au poste de Superviseur·e Service Client Espagne & Portugal. Votre "
        "parcours bilingue a retenu notre attention.\n\nToutefois, nous avons le regret de vous "
        "informer que nous avons retenu un profil dont l'expérience correspond davantage à nos "
        "besoins actuels, notamment sur la partie marketplace.\n\nNous vous souhaitons une belle "
        "réussite dans vos recherches.\n\nBien cordialement,\nCamille Renaud\nTalent Acquisition – Voyelle SAS",
    ),
    # --- 13 Atlântida Contact Center, Net-Empregos, rejected ----------------------------------
    m(
        "80301",
        "2025-09-29 22:02",
        "Net-Empregos <noreply@net-empregos.com>",
        "Candidatura enviada: Team Leader Apoio ao Cliente (Porto)",
        A("confirmation", AT, ATR, 13, "other", "pt"),
        "Olá Marta,\n\nA sua candidatura ao anúncio «Team Leader Apoio ao Cliente - Porto» foi "
        "enviada com sucesso para a entidade Atlântida Contact Center, Lda.\n\nBoa sorte!\n\n"
        "Net-Empregos – O maior site de emprego em Portugal",
        tz="pt",
    ),
    m(
        "80307",
        "2025-10-17 11:40",
        "Recrutamento Atlântida <recrutamento@atlantida-cc.pt>",
        "Processo de recrutamento – Team Leader",
        A("rejection", AT, ATR, 13, "direct", "pt"),
        "Cara Marta Ribeiro,\n\nAgradecemos o interesse demonstrado na Atlântida Contact Center "
        "e o tempo dedicado à sua candidatura.\n\nInfelizmente, informamos que a sua candidatura "
        "não foi selecionada para a fase seguinte do processo. Iremos manter os seus dados na "
        "nossa base para futuras oportunidades, caso concorde.\n\nCom os melhores cumprimentos,\n"
        "Departamento de Recursos Humanos\nAtlântida Contact Center, Lda.\nRua do Bonjardim 880, Porto",
        tz="pt",
    ),
    # --- 14 Orbitel Portugal via Multitempo (agency, client unnamed then named), ghosted --------
    m(
        "80401",
        "2025-10-06 09:35",
        "Inês Faria – Multitempo <ines.faria@multitempo.pt>",
        "Oportunidade em Lisboa – coordenação de equipa de suporte",
        ("outreach", None, ORR, None, "agency", "pt"),
        "Bom dia Marta,\n\nO meu nome é Inês Faria e sou consultora na Multitempo, empresa de "
        "trabalho temporário. Estamos a recrutar para um cliente nosso, uma multinacional do "
        "setor tecnológico em Lisboa (Parque das Nações), uma Coordenadora de Equipa para o "
        "suporte técnico a clientes em português e espanhol.\n\nTem disponibilidade para uma "
        "breve chamada esta semana?\n\nCumprimentos,\nInês Faria\nMultitempo – Empresa de Trabalho Temporário\nAlvará n.º 000/95",
        tz="pt",
    ),
    m(
        "80407",
        "2025-10-10 15:20",
        "Inês Faria – Multitempo <ines.faria@multitempo.pt>",
        "RE: Oportunidade em Lisboa – coordenação de equipa de suporte",
        A("confirmation", OR, ORR, 14, "agency", "pt"),
        "Olá Marta,\n\nObrigada pela conversa de ontem. Confirmo que a sua candidatura já foi "
        "apresentada ao cliente, que, como falámos, é a Orbitel Portugal. O processo tem uma "
        "entrevista com a equipa de RH deles e depois com o diretor de operações.\n\n"
        "Cumprimentos,\nInês",
        tz="pt",
        **_J.re_(
            "80401",
            "2025-10-06",
            "Oportunidade em Lisboa – coordenação de equipa de suporte",
            "multitempo.pt",
        ),
    ),
    m(
        "80413",
        "2025-10-21 12:00",
        "Inês Faria – Multitempo <ines.faria@multitempo.pt>",
        "Convite: entrevista Orbitel – 24/10 10h (hora de Lisboa)",
        A("interview", OR, ORR, 14, "agency", "pt"),
        "Olá Marta,\n\nA Orbitel gostava de fazer a primeira entrevista por videochamada na "
        "sexta-feira, 24 de outubro, às 10h de Lisboa (11h em Barcelona), com a Patrícia Lemos "
        "(RH). Segue o convite.\n\nBoa sorte!\nInês",
        tz="pt",
        ics={
            "uid": "multitempo-orbitel-1024@multitempo.pt",
            "start": "2025-10-24 10:00:00 +0100",
            "minutes": 45,
            "summary": "Entrevista Orbitel Portugal – Marta Ribeiro Gallego",
            "organizer": ("Inês Faria", "ines.faria@multitempo.pt"),
            "attendees": [("Patrícia Lemos", "patricia.lemos@orbitel.pt")],
            "location": "Microsoft Teams",
            "style": "outlook",
        },
    ),
    # --- 15 Cajuína Tecnologia (Brazil), Gupy, language test, interview, rejected --------------
    m(
        "80501",
        "2025-10-13 14:51",
        "Cajuína Tecnologia <naoresponda@gupy.io>",
        "Recebemos sua candidatura, Marta!",
        A("confirmation", CJ, CJR, 15, "other", "pt"),
        html="<html><body><div style='max-width:600px'><p>Oi, Marta! Tudo bem?</p><p>Sua candidatura para a vaga "
        "<b>Coordenadora de Suporte LATAM (Remoto)</b> na <b>Cajuína</b> foi recebida com sucesso. 🎉</p>"
        "<p>Fique de olho no seu e-mail e na plataforma: as próximas etapas vão aparecer por lá.</p>"
        "<p>Abraços,<br>Time de Gente Cajuína</p><p style='font-size:11px;color:#999'>Enviado via Gupy</p></div></body></html>",
        tz="br",
    ),
    m(
        "80506",
        "2025-10-16 10:02",
        "Cajuína Tecnologia <naoresponda@gupy.io>",
        "Nova etapa: teste de idioma (espanhol e inglês)",
        A("assessment", CJ, CJR, 15, "other", "pt"),
        "Oi, Marta!\n\nVocê avançou no processo para Coordenadora de Suporte LATAM. A próxima "
        "etapa é um teste de idioma online (espanhol e inglês), com duração aproximada de 30 "
        "minutos. O prazo para fazer é até domingo, 19/10, às 23h59 (horário de Brasília).\n\n"
        "Acesse a etapa pela plataforma: https://cajuina.gupy.io/candidates/applications\n\n"
        "Boa sorte!\nTime de Gente Cajuína",
        tz="br",
    ),
    m(
        "80512",
        "2025-10-24 17:30",
        "Rafael Albuquerque <rafael.albuquerque@cajuina.com.br>",
        "Entrevista por vídeo – Coordenação de Suporte LATAM",
        A("interview", CJ, CJR, 15, "direct", "pt"),
        "Oi Marta, tudo bom?\n\nSou o Rafael, Head de CX aqui na Cajuína. Vi seu resultado no teste "
        "(mandou muito bem no espanhol, claro 😄) e queria bater um papo com você. Pode ser "
        "quarta, 29/10, às 11h de Brasília (15h pra você)? Mandei o convite.\n\nAbraço,\nRafael",
        tz="br",
        ics={
            "uid": "3q9cajuina1029@google.com",
            "start": "2025-10-29 11:00:00 -0300",
            "minutes": 45,
            "summary": "Papo Marta x Rafael – Coord. Suporte LATAM",
            "organizer": ("Rafael Albuquerque", "rafael.albuquerque@cajuina.com.br"),
            "location": "https://meet.google.com/caj-uina-cx1",
        },
    ),
    m(
        "80518",
        "2025-11-13 09:15",
        "Cajuína Tecnologia <naoresponda@gupy.io>",
        "Atualização do seu processo seletivo",
        A("rejection", CJ, CJR, 15, "other", "pt"),
        "Oi, Marta!\n\nQueremos agradecer muito pela sua participação no processo para "
        "Coordenadora de Suporte LATAM. Sabemos o quanto cada etapa exige de dedicação.\n\n"
        "Infelizmente, neste momento, seguiremos com outra pessoa candidata cujo perfil está mais "
        "alinhado à vaga. Seu currículo continua no nosso banco de talentos.\n\nUm abraço,\nTime de Gente Cajuína",
        tz="br",
    ),
    # --- 19 Fietsa, Recruitee, rejected ---------------------------------------------------------
    m(
        "80601",
        "2025-11-08 11:20",
        "Fietsa <no-reply@recruitee.com>",
        "Application received – Customer Support Lead, Southern Europe",
        A("confirmation", FT, FTR, 19, "recruitee", "en"),
        "Hi Marta,\n\nThanks for applying to Fietsa! We've received your application for Customer "
        "Support Lead, Southern Europe (Barcelona hub).\n\nWe aim to get back to every candidate "
        "within two weeks.\n\nGroetjes,\nThe Fietsa People team",
    ),
    m(
        "80607",
        "2025-11-21 15:48",
        "Fietsa <no-reply@recruitee.com>",
        "About your application at Fietsa",
        A("rejection", FT, FTR, 19, "recruitee", "en"),
        "Hi Marta,\n\nThank you for your patience. We really liked how you described turning "
        "around the CSAT of your previous team. Still, we've decided to continue with candidates "
        "who have more experience with bike or hardware repair logistics, which is a big part of "
        "this role.\n\nWe wish you the best of luck.\n\nThe Fietsa People team",
    ),
    # --- 23 Nortia Hostels, Teamtailor, forwarded confirmation, candidate withdraws ------------
    m(
        "80701",
        "2025-11-29 10:44",
        "Marta Ribeiro <marta.rgallego@hotmail.com>",
        "Fwd: Obrigado pela sua candidatura – Nortia Hostels",
        A("confirmation", NH, NHR, 23, "teamtailor", "pt"),
        "\n\n---------- Forwarded message ---------\nDe: Nortia Hostels <no-reply@teamtailor-mail.com>\n"
        "Date: sex., 28/11/2025 às 23:12\nSubject: Obrigado pela sua candidatura – Nortia Hostels\n"
        "To: <marta.rgallego@hotmail.com>\n\nOlá Marta,\n\nObrigado pela sua candidatura para "
        "Guest Services Team Leader no Porto! A nossa equipa vai analisá-la e entraremos em "
        "contacto consigo em breve.\n\nAté já,\nEquipa Nortia Hostels",
    ),
    m(
        "80707",
        "2025-12-04 12:30",
        "Joana Pimentel <joana.pimentel@nortiahostels.com>",
        "Entrevista – Guest Services Team Leader (Porto)",
        A("interview", NH, NHR, 23, "direct", "pt"),
        "Olá Marta,\n\nGostávamos de a conhecer! Propomos uma entrevista por videochamada na "
        "terça-feira, 9 de dezembro, às 15h (hora de Lisboa). Envio o convite em anexo.\n\n"
        "Cumprimentos,\nJoana Pimentel\nPeople & Culture | Nortia Hostels\nRua das Flores 71, Porto",
        tz="pt",
        ics={
            "uid": "nortia-gstl-1209@nortiahostels.com",
            "start": "2025-12-09 15:00:00 +0000",
            "minutes": 40,
            "summary": "Entrevista Nortia Hostels – Marta Ribeiro",
            "organizer": ("Joana Pimentel", "joana.pimentel@nortiahostels.com"),
            "location": "https://meet.google.com/nor-tia-hst",
        },
    ),
    m(
        "80713",
        "2025-12-12 16:05",
        "Joana Pimentel <joana.pimentel@nortiahostels.com>",
        "RE: Desisto do processo – Guest Services Team Leader",
        A("confirmation", NH, NHR, 23, "direct", "pt"),
        "Olá Marta,\n\nObrigada por nos informar e pela transparência. Registámos a sua "
        "desistência do processo. Desejamos-lhe muito sucesso no novo desafio!\n\n"
        "Cumprimentos,\nJoana\n\n-----Original Message-----\nFrom: Marta Ribeiro Gallego\n"
        "Sent: 11 de dezembro de 2025 21:40\nSubject: Desisto do processo – Guest Services Team "
        "Leader\n\nOlá Joana, agradeço imenso a entrevista, mas recebi entretanto uma proposta que "
        "vou aceitar e por isso desisto do processo. Obrigada por tudo! Marta",
        tz="pt",
        st="withdrawn",
    ),
    # --- 24 Paceline, Lever, interviews then rejected ------------------------------------------
    m(
        "80801",
        "2025-10-24 09:02",
        "Paceline <no-reply@hire.lever.co>",
        "Thanks for applying to Paceline",
        A("confirmation", PC, PCR, 24, "lever", "en"),
        "Hi Marta,\n\nThanks for applying for Support Team Lead, Iberia. We'll review your "
        "application and get back to you. In the meantime, lace up and go for a run 🏃\n\n— Paceline Talent",
    ),
    m(
        "80806",
        "2025-11-03 13:33",
        "Gemma Lyle <gemma@paceline.app>",
        "Paceline – intro chat?",
        A("interview", PC, PCR, 24, "direct", "en"),
        "Hi Marta,\n\nI'm the recruiter for our Lisbon support hub. Would you be up for a 30-min "
        "intro chat about the Support Team Lead, Iberia role? Grab any slot here: "
        "https://calendly.com/gemma-paceline/intro\n\nThanks!\nGemma Lyle | Talent | Paceline",
    ),
    m(
        "80811",
        "2025-11-03 18:10",
        "Calendly <notifications@calendly.com>",
        "New Event: Marta Ribeiro Gallego - 11:00am Thu, Nov 6, 2025 - Intro chat (Paceline)",
        A("interview", PC, PCR, 24, "other", "en"),
        "Hi Marta Ribeiro Gallego,\n\nA new event has been scheduled.\n\nEvent Type: Intro chat "
        "(Paceline)\nInvitee: Gemma Lyle\nEvent Date/Time: 11:00am - Thursday, November 6, 2025 "
        "(Central European Time)\nLocation: Zoom (link in invite)",
        ics={
            "uid": "calendly-pc-5531@calendly.com",
            "start": "2025-11-06 11:00:00 +0100",
            "minutes": 30,
            "summary": "Intro chat (Paceline) – Marta Ribeiro Gallego",
            "organizer": ("Gemma Lyle", "gemma@paceline.app"),
            "location": "https://paceline.zoom.us/j/88120045512",
        },
    ),
    m(
        "80817",
        "2025-11-19 10:21",
        "Gemma Lyle <gemma@paceline.app>",
        "Onsite in Lisbon – Support Team Lead",
        A("interview", PC, PCR, 24, "direct", "en"),
        "Hi Marta,\n\nThe team loved the intro. We'd like to invite you to our Lisbon office on "
        "Wednesday 26 November for the final stage: a 45-minute case (a queue backlog "
        "scenario), lunch with the team, and a chat with Dan, our VP of Member Support. We'll "
        "book flights from BCN for you.\n\nGemma",
    ),
    m(
        "80823",
        "2025-12-03 17:00",
        "Gemma Lyle <gemma@paceline.app>",
        "Thank you, Marta",
        A("rejection", PC, PCR, 24, "direct", "en"),
        "Hi Marta,\n\nThank you so much for coming to Lisbon last week. Everyone enjoyed meeting "
        "you, and your backlog case was one of the clearest we've seen.\n\nIt was a really close "
        "call, but we've decided to offer the role to another candidate who has led a team "
        "through a tool migration like the one we're about to start. I know this is "
        "disappointing after a final round, and I'm happy to jump on a call to share more "
        "feedback if useful.\n\nWarmly,\nGemma",
    ),
    # --- 27 Lusomar Cruzeiros, SmartRecruiters, rejected ---------------------------------------
    m(
        "80901",
        "2026-01-06 20:15",
        "Lusomar Cruzeiros <noreply@smartrecruiters.com>",
        "Obrigado pela sua candidatura",
        A("confirmation", LM, LMR, 27, "smartrecruiters", "pt"),
        "Olá Marta,\n\nObrigado pelo seu interesse na Lusomar. Recebemos a sua candidatura para "
        "Supervisora de Reservas e Apoio ao Cliente (Porto).\n\nCaso não seja selecionada para "
        "a próxima fase, iremos informá-la por e-mail.\n\nCumprimentos,\nEquipa de Recrutamento Lusomar",
        tz="pt",
    ),
    m(
        "80907",
        "2026-01-22 10:41",
        "Lusomar Cruzeiros <noreply@smartrecruiters.com>",
        "A sua candidatura na Lusomar",
        A("rejection", LM, LMR, 27, "smartrecruiters", "pt"),
        "Olá Marta,\n\nAgradecemos o tempo que dedicou à sua candidatura. Após uma análise "
        "cuidada, informamos que decidimos avançar com outros candidatos para esta função.\n\n"
        "Continue atenta às nossas oportunidades.\n\nEquipa de Recrutamento Lusomar",
        tz="pt",
    ),
    # --- 28 Kolmena, Ashby, ghosted -------------------------------------------------------------
    m(
        "81001",
        "2025-12-01 16:27",
        "Kolmena <no-reply@ashbyhq.com>",
        "Thanks for applying to Kolmena",
        A("confirmation", KM, KMR, 28, "ashby", "en"),
        "Hi Marta,\n\nThanks for your application for Support Quality Lead (Madrid / Remote "
        "Spain). We'll be in touch if there's a match.\n\nKolmena Recruiting",
    ),
    # --- outreach without application -------------------------------------------------------------
    m(
        "81101",
        "2025-09-24 12:04",
        "Hannah Brück via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Spanish & Portuguese Support Team Manager – Berlin relocation",
        ("outreach", "Zentrik", "Support Team Manager (ES/PT)", None, "linkedin", "en"),
        "Hi Marta,\n\nI'm hiring a Support Team Manager for Zentrik's Spanish and Portuguese "
        "markets, based in Berlin with relocation support. Your background at a BPO plus the QA "
        "work looks like a great match. Open to a chat?\n\nHannah\nSenior Recruiter at Zentrik\n\n"
        "Reply  |  Not interested\n\nThis is a LinkedIn InMail.",
    ),
    m(
        "81107",
        "2025-11-25 09:30",
        "Diego Fuentes <diego.fuentes@talentopuente.mx>",
        "Posición remota para equipo LATAM – Customer Service Lead",
        ("outreach", None, "Customer Service Lead LATAM", None, "agency", "es"),
        "Hola Marta, buen día.\n\nLe escribo de Talento Puente, consultora de reclutamiento en "
        "Ciudad de México. Uno de nuestros clientes, empresa de e-commerce con operación en "
        "México y Brasil, busca un Customer Service Lead remoto que hable español y portugués. "
        "Esquema de contratación: contractor en USD.\n\n¿Le interesaría conocer más detalles? "
        "Quedo atento.\n\nSaludos cordiales,\nDiego Fuentes\nSenior Recruiter – Talento Puente",
        tz="mx",
    ),
    m(
        "81113",
        "2026-02-03 14:12",
        "Nuria Camps <nuria.camps@staffwise.es>",
        "Perfil Workforce Manager – ¿abierta a escuchar?",
        ("outreach", None, "Workforce Manager", None, "agency", "es"),
        "Hola Marta,\n\nTrabajo en Staffwise, consultora especializada en operaciones de contact "
        "center. Tengo un proceso abierto de Workforce Manager para una compañía de energía en "
        "Barcelona. Veo en LinkedIn que acabas de empezar nuevo rol, así que lo entiendo si no "
        "es el momento, pero por si acaso...\n\nSaludos,\nNuria",
    ),
    # --- alerts, talent communities, nudges, portal codes --------------------------------------
    m(
        "81201",
        "2025-09-02 07:30",
        "InfoJobs <alertas@infojobs.net>",
        "12 nuevas ofertas de «team leader atención al cliente» en Barcelona",
        ("alert", None, None, None, "other", "es"),
        "Hola Marta, estas son las nuevas ofertas de tu alerta:\n\n- Team Leader Call Center – "
        "Sector energía · Barcelona\n- Supervisor/a SAC con francés · L'Hospitalet\n- Coordinador/a "
        "Customer Care · Sant Cugat\n...y 9 ofertas más.\n\nVer todas: infojobs.net/alertas\n\n"
        "Modifica o elimina esta alerta cuando quieras.",
    ),
    m(
        "81204",
        "2025-10-07 07:30",
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas para ti: quality analyst",
        ("alert", None, None, None, "other", "es"),
        "Hola Marta,\n\n5 ofertas nuevas coinciden con «quality analyst»:\n- Analista de Calidad "
        "Contact Center · Madrid\n- QA Specialist Customer Service (inglés) · Barcelona\n- Técnico/a "
        "de calidad atención al cliente · Valencia\n\nVer ofertas: infojobs.net/alertas",
    ),
    m(
        "81207",
        "2025-12-01 07:31",
        "InfoJobs <alertas@infojobs.net>",
        "8 nuevas ofertas de «coordinador contact center»",
        ("alert", None, None, None, "other", "es"),
        "Hola Marta, tienes 8 ofertas nuevas. Destacada: Coordinador/a de Contact Center – "
        "Viajes Albatros · Madrid.\n\nVer todas las ofertas: infojobs.net/alertas",
    ),
    m(
        "81210",
        "2025-09-10 18:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“customer experience team lead”: Brightlane - Customer Support Team Lead and more",
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Your job alert for <b>customer experience team lead</b> in Lisbon</p><ul>"
        "<li>Customer Support Team Lead (Portuguese &amp; Spanish) – Brightlane – Lisbon (Hybrid)</li>"
        "<li>CX Lead – Solenne – Lisbon</li><li>Head of Support – Travium – Porto</li></ul>"
        "<p><a href='https://www.linkedin.com/jobs/search/?alert=1'>See all jobs</a></p></body></html>",
    ),
    m(
        "81213",
        "2025-11-12 18:02",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Nuevos empleos de «workforce planning» en Barcelona",
        ("alert", None, None, None, "linkedin", "es"),
        html="<html><body><p>Tu alerta de empleo: <b>workforce planning</b> en Barcelona</p><ul>"
        "<li>Workforce Planning Analyst – Player Support · Ludora Games</li><li>WFM Specialist · Enerluz</li>"
        "<li>Capacity Planner · Cortexa BPO</li></ul><p><a href='https://www.linkedin.com/jobs/'>Ver todos los empleos</a></p></body></html>",
    ),
    m(
        "81216",
        "2025-10-05 09:00",
        "Indeed <alert@indeed.com>",
        "supervisor atencion al cliente en Valencia: 15 nuevos empleos",
        ("alert", None, None, None, "indeed", "es"),
        "Indeed\n\n15 nuevos empleos para supervisor atencion al cliente en Valencia\n\n"
        "Coordinador/a de Guest Experience\nCosta Serena Hoteles - Valencia\nPostulación fácil\n\n"
        "Supervisor/a turno tarde\nCentralia BPO - Valencia\n\nVer todos los empleos\n\nCancelar suscripción",
    ),
    m(
        "81219",
        "2026-01-18 09:00",
        "Indeed <alert@indeed.com>",
        "team leader customer service remote: 9 nuevos empleos",
        ("alert", None, None, None, "indeed", "es"),
        "Indeed\n\n9 nuevos empleos para team leader customer service remote\n\nTeam Lead Soporte "
        "LATAM - Remoto\nTeam Leader Portuguese Market - Remoto\n\nVer todos los empleos",
    ),
    m(
        "81222",
        "2025-10-19 08:15",
        "Net-Empregos <alertas@net-empregos.com>",
        "Novos anúncios: apoio ao cliente – Porto",
        ("alert", None, None, None, "other", "pt"),
        "Olá Marta,\n\nEncontrámos 6 novos anúncios para a sua pesquisa «apoio ao cliente» em "
        "Porto:\n\n- Supervisor(a) de Call Center (m/f)\n- Assistente de Apoio ao Cliente com "
        "espanhol\n- Team Leader – Contact Center Bilingue\n\nVer anúncios em net-empregos.com",
        tz="pt",
    ),
    m(
        "81225",
        "2025-12-10 08:15",
        "Net-Empregos <alertas@net-empregos.com>",
        "Novos anúncios: team leader – Lisboa",
        ("alert", None, None, None, "other", "pt"),
        "Olá Marta,\n\nHá 4 novos anúncios para «team leader» em Lisboa.\n\nVer anúncios em net-empregos.com",
        tz="pt",
    ),
    m(
        "81228",
        "2025-09-19 11:00",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Ces entreprises recrutent des profils comme le vôtre",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><p>Bonjour Marta,</p><p>Voici une sélection d'offres pour vous cette semaine :</p>"
        "<ul><li>Customer Care Lead – Ambre Voyages – Paris (télétravail partiel)</li><li>Support Manager Iberia – Fleuve – Remote</li></ul>"
        "<p><a href='https://www.welcometothejungle.com/fr/jobs'>Voir les offres</a></p></body></html>",
    ),
    m(
        "81231",
        "2025-11-11 21:25",
        "Iberis Travel Group <iberistravel@myworkday.com>",
        "Verifica tu cuenta de candidato",
        ("other_job", IB, None, None, "workday", "es"),
        "Hola Marta:\n\nGracias por crear una cuenta en el portal de empleo de Iberis Travel "
        "Group. Para verificar tu dirección de correo, usa este enlace en las próximas 24 horas:\n"
        "https://iberistravel.wd3.myworkdayjobs.com/verify?token=Q2F\n\nTalent Acquisition",
    ),
    m(
        "81234",
        "2025-11-09 12:00",
        "Iberis Travel Group <iberistravel@myworkday.com>",
        "Tu solicitud está incompleta",
        ("alert", IB, "Agente de Reservas bilingüe", None, "workday", "es"),
        "Hola Marta:\n\nHemos visto que empezaste una solicitud para Agente de Reservas bilingüe "
        "pero no la has enviado. Tu progreso está guardado: puedes terminarla cuando quieras "
        "antes de que se cierre la vacante.\n\nTalent Acquisition – Iberis Travel Group",
    ),
    m(
        "81237",
        "2025-12-06 10:00",
        "Iberis Travel Group <iberistravel@myworkday.com>",
        "Bienvenida a la comunidad de talento de Iberis",
        ("alert", IB, None, None, "workday", "es"),
        "Hola Marta:\n\nGracias por unirte a nuestra comunidad de talento. A partir de ahora "
        "recibirás ofertas de Iberis Travel Group que encajen con tus intereses: Atención al "
        "cliente, Operaciones, Calidad.\n\nPuedes darte de baja en cualquier momento.",
    ),
    m(
        "81240",
        "2025-10-26 19:00",
        "Conectia Careers <no-reply@teamtailor-mail.com>",
        "Te damos la bienvenida a Conectia Connect",
        ("alert", "Conectia", None, None, "teamtailor", "es"),
        "Hola Marta,\n\nYa formas parte de Conectia Connect, nuestra red de talento. Te avisaremos "
        "cuando publiquemos ofertas que encajen contigo.\n\nEquipo de Talento de Conectia",
    ),
    m(
        "81243",
        "2025-10-20 19:30",
        "Cajuína Tecnologia <naoresponda@gupy.io>",
        "Marta, complete seu currículo na Gupy",
        ("alert", None, None, None, "other", "pt"),
        "Oi, Marta!\n\nSeu currículo na Gupy está 70% completo. Perfis completos aparecem mais para "
        "as empresas. Leva só 5 minutinhos!\n\nCompletar agora: https://login.gupy.io/candidates/profile",
        tz="br",
    ),
    m(
        "81246",
        "2025-11-20 08:00",
        "Jobandtalent <noreply@jobandtalent.com>",
        "Nuevas ofertas cerca de ti esta semana",
        ("alert", None, None, None, "agency", "es"),
        "Hola Marta, hay 7 nuevas ofertas que encajan con tu perfil: Teleoperador/a bilingüe, "
        "Gestor/a de incidencias, Coordinador/a de almacén... Ábrelas en la app.",
    ),
]
