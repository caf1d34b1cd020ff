"""Stage mail in the words of hiring managers, agencies and boards of the US, Iberia, Latin
America and France, and look-alikes that stay out of the tracker.

Refusals that praise first ("we have fait le choix d'un candidat", "preferem não avançar"),
paused requisitions, agencies that pitch a role "with a regional grocer" or book "a Zoom with
their VP", founders who offer by name, assessment days, and the mail around them that is no
job mail: a company called Summit, a webinar or a podcast recording with a calendar invite, a
network's "see who viewed your profile", a friend's own interview, travel and camp
applications.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.contracts import CalendarEvent, Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]

STAGE_MAIL = [
    (
        "en interview from a company whose name holds 'Summit'",
        "k.osei@summitpeakclinics.com",
        "Kwame Osei",
        "Clinic Operations Lead - interview",
        "Hello Jane,\n\nThank you for applying with Summit Peak. I'd like to invite you to a "
        "first-round video interview with our COO next Tuesday at 10am.\n\nKwame Osei\n"
        "Talent Acquisition Manager\nSummit Peak Clinics",
        Category.INTERVIEW,
    ),
    (
        "en rejection going with someone else, no classic job words",
        "m.ferris@oakhollow.com",
        "Mara Ferris",
        "A quick word",
        "Hi Jane,\n\nI wanted to tell you myself. I enjoyed our conversations, but we're going "
        "with someone who has run a wholesale programme before. It was a close call.\n\nMara",
        Category.REJECTION,
    ),
    (
        "en agency: the client filled the role",
        "d.reyes@pinecresttalent.com",
        "Dev Reyes",
        "Update on Larkspur",
        "Hi Jane,\n\nLarkspur decided to fill the role with an internal transfer, so they've "
        "closed the search. They liked your interview a lot. Sorry this one didn't land.\n\nDev",
        Category.REJECTION,
    ),
    (
        "en agency: sorry this one did not work out",
        "k.lam@harborviewstaffing.com",
        "Kim Lam",
        "Marlowe update",
        "Hi Jane,\n\nQuick update on the Marlowe Logistics role: they want someone with more "
        "cold-chain experience. I'm sorry this one didn't work out - I'll keep looking for you."
        "\n\nKim",
        Category.REJECTION,
    ),
    (
        "en graduate scheme: not offering a place",
        "earlycareers@tovanafoods.com",
        "Tovana Foods Early Careers",
        "Your assessment day",
        "Dear Jane,\n\nThank you for taking part in our assessment day. Competition was strong "
        "and on this occasion we will not be offering you a place on the programme.\n\n"
        "Tovana Foods Early Careers",
        Category.REJECTION,
    ),
    (
        "en founder offers the role by name",
        "nadia@quillstone.co",
        "Nadia Park",
        "Jane - some good news",
        "Hi Jane,\n\nI'm happy to tell you that the founders would like you to join Quillstone "
        "as our Head of Revenue Operations.\n\nBase of $140,000, equity and full benefits; the "
        "formal letter follows tomorrow.\n\nNadia",
        Category.OFFER,
    ),
    (
        "en hiring manager proposes a video chat",
        "t.lund@harrowgoods.com",
        "Tomas Lund",
        "Your application",
        "Hi Jane,\n\nOur recruiter passed along your resume for the Merchandising Manager "
        "opening - I'm the hiring manager. Could we do a 30-minute video chat on Thursday?\n\n"
        "Tomas Lund\nDirector, Merchandising",
        Category.INTERVIEW,
    ),
    (
        "en agency books a call with the client",
        "r.okafor@summitlinestaffing.com",
        "Rita Okafor",
        "Re: Retail Ops role",
        "Good news - they want to talk! Are you free Thu 3/6 at 2 ET for a Zoom with their VP "
        "of Operations? 45 minutes.\n\nRita",
        Category.INTERVIEW,
    ),
    (
        "en panel proposed by weekday",
        "ana@cobaltleaf.io",
        "Ana Ruiz",
        "Next step: panel",
        "Hi Jane,\n\nThanks for the good conversations so far. We'd love to bring you in for a "
        "final panel with our CMO and CEO.\n\nCould you do Tuesday between 10 and 1?\n\nAna\n"
        "Head of People, Cobaltleaf",
        Category.INTERVIEW,
    ),
    (
        "en agency pitches a role at a firm it does not name",
        "j.marsh@keelbridgestaffing.com",
        "Jo Marsh",
        "Remote ops role",
        "Hi Jane,\n\nI have a 9-month contract Operations Manager opening with a regional grocer, "
        "fully remote. Open to a call? I can share the client name once we talk.\n\nJo Marsh\n"
        "Account Manager, Keelbridge Staffing",
        Category.OUTREACH,
    ),
    (
        "en praise before a no from an HR suite is no outreach",
        "noreply@ultipro.com",
        "Harlow Inns",
        "Thank you from Harlow Inns",
        "Jane,\n\nThank you for your interest in the Guest Experience Manager opportunity. "
        "Although your background is impressive, we have decided to proceed with other "
        "candidates.\n\nHarlow Inns Talent Acquisition",
        Category.REJECTION,
    ),
    (
        "en a take-home sent by the engineering manager",
        "lee@orbitwell.io",
        "Lee Tran",
        "Take-home: event pipeline",
        "Hi Jane,\n\nThanks for the chat. As promised, here's the take-home: a small service "
        "that ingests events and exposes a query endpoint. Please don't spend more than four "
        "hours on it.\n\nLee Tran\nEngineering Manager",
        Category.ASSESSMENT,
    ),
    (
        "en founder attaches a small exercise",
        "mo@tidewell.co",
        "Mo Barnes",
        "Exercise",
        "Jane - great chatting yesterday. As promised, attached is the small exercise: our real "
        "promo calendar. Please don't spend more than 2-3 hours on it.\n\nMo\nCo-founder, "
        "Tidewell",
        Category.ASSESSMENT,
    ),
    (
        "en invitation to an assessment day",
        "graduates@velmora.com",
        "Velmora Graduates",
        "Invitation - Assessment Day, 3 March",
        "Dear Jane,\n\nWe are delighted to invite you to our Assessment Day for the Graduate "
        "Scheme on 3 March in Leeds. Please confirm your attendance.\n\nVelmora Graduates",
        Category.ASSESSMENT,
    ),
    (
        "en the next step named is a case exercise",
        "r.daum@merlinadvisory.lu",
        "Rosa Daum",
        "Next step: case exercise",
        "Dear Jane,\n\nThank you for your interest in our Analyst role. We would like to invite "
        "you to the next step, a written case exercise. You will receive the material on "
        "Monday.\n\nRosa Daum\nRecruitment Officer",
        Category.ASSESSMENT,
    ),
    (
        "en founder looking for a first hire",
        "ivy.chen.builds@gmail.com",
        "Ivy Chen",
        "Your article on ledgers",
        "Hi Jane,\n\nI read your article on double-entry ledgers. I'm one of the founders of a "
        "small payments company and I'm looking for our first backend hire, fully remote.\n\n"
        "Would you be up for a no-pressure 30 min chat next week?\n\nIvy",
        Category.OUTREACH,
    ),
    (
        "fr invitation sent for Friday at the office",
        "marc@belvane.io",
        "Marc Dupré",
        "Débrief de ton cas pratique",
        "Bonjour Jane,\n\nBien reçu ton rendu, merci ! Je t'envoie une invitation pour vendredi "
        "à 14h dans nos bureaux pour en parler avec l'équipe.\n\nMarc",
        Category.INTERVIEW,
    ),
    (
        "pt agency pitch: reply with your CV if interested",
        "recrutamento@solnorte.example",
        "Recrutamento Sol Norte",
        "Projeto internacional | Backend Java",
        "Olá Jane,\n\nEstamos a reforçar uma equipa para um cliente internacional do setor "
        "bancário. Trabalho 100% remoto.\n\nSe tiver interesse, responda a este email com o CV "
        "atualizado.\n\nEquipa de Recrutamento",
        Category.OUTREACH,
    ),
    (
        "fr refusal: another person whose profile fits better",
        "c.morin@groupe-lerac.fr",
        "Claire Morin",
        "Suivi de votre candidature",
        "Bonjour Jane,\n\nMerci pour nos échanges. Après réflexion, nous avons décidé de "
        "poursuivre le processus avec une personne dont le profil correspond davantage à nos "
        "besoins.\n\nCordialement,\nClaire Morin",
        Category.REJECTION,
    ),
    (
        "fr refusal: the choice of a candidate with warehouse experience",
        "p.guerin@orvane.fr",
        "Paul Guérin",
        "Suite à notre entretien",
        "Bonjour Jane,\n\nMerci pour le temps consacré. Nous avons toutefois fait le choix d'un "
        "candidat disposant d'une expérience en entrepôt.\n\nJe conserve votre CV.\n\nPaul",
        Category.REJECTION,
    ),
    (
        "fr refusal: candidates preferred, no follow-up",
        "rh@maravel.fr",
        "Maravel Recrutement",
        "Votre candidature chez Maravel",
        "Bonjour Jane,\n\nPour ce poste, nous avons cependant privilégié des candidats ayant "
        "déjà pratiqué la planification. Nous ne donnerons donc pas suite.\n\nL'équipe RH",
        Category.REJECTION,
    ),
    (
        "fr agency: the client chose a candidate already in post",
        "n.faure@cabinet-aldo.fr",
        "Nina Faure",
        "Retour de votre candidature",
        "Bonjour Jane,\n\nJ'ai eu le retour de mon client. Ils ont finalement retenu une "
        "candidate en poste chez un concurrent. Je garde votre CV en tête.\n\nNina",
        Category.REJECTION,
    ),
    (
        "fr invitation to personality questionnaires",
        "no-reply@assessfirst.com",
        "AssessFirst",
        "Brioval vous invite à compléter votre profil",
        "Bonjour Jane,\n\nBrioval souhaite mieux vous connaître dans le cadre de votre "
        "candidature. Nous vous invitons à compléter les questionnaires de personnalité et de "
        "motivations.\n\nL'équipe AssessFirst",
        Category.ASSESSMENT,
    ),
    (
        "fr offer: the team wishes to welcome you on a VIE",
        "l.berthe@groupe-ardan.com",
        "Lucie Berthe",
        "Proposition - Hambourg",
        "Bonjour Jane,\n\nJ'ai le plaisir de vous annoncer que l'équipe souhaite vous accueillir "
        "en VIE à Hambourg pour 12 mois. L'indemnité mensuelle s'applique et le logement de la "
        "première semaine est pris en charge. Business France vous adressera le contrat.\n\nLucie",
        Category.OFFER,
    ),
    (
        "es board status: discarded",
        "noreply@push.infojobs.net",
        "InfoJobs",
        "Novedades en tu candidatura de Ribera Logística",
        "Hola Jane,\n\nLa empresa ha actualizado el estado de tu candidatura para la oferta "
        "Analista de Datos.\n\nEstado: Descartado/a\n\nEl equipo de InfoJobs",
        Category.REJECTION,
    ),
    (
        "es refusal for one of two candidacies",
        "marta.vidal@soltera.example",
        "Marta Vidal",
        "Sobre tus candidaturas",
        "Hola Jane,\n\nPara la posición de Tech Lead buscamos a alguien con más años liderando "
        "equipos, así que en esa no vamos a seguir adelante.\n\nMarta",
        Category.REJECTION,
    ),
    (
        "es board: the company saw your CV",
        "no-reply@computrabajo.com",
        "Computrabajo",
        "La empresa vio tu hoja de vida",
        "¡Buenas noticias, Jane!\n\nTransportes Anáhuac vio tu hoja de vida para Analista de "
        "Datos.\n\nSigue el proceso en tu cuenta.",
        Category.VIEWED,
    ),
    (
        "es invitation to come to the office",
        "ines@calderasoft.example",
        "Inés Soto",
        "Siguiente paso",
        "Hola Jane,\n\nNos gustaría que vinieras a la oficina para la última conversación con "
        "nuestro CTO. ¿Puedes el jueves a las 10:00?\n\nUn abrazo,\nInés",
        Category.INTERVIEW,
    ),
    (
        "es proposal of a weekday",
        "pablo@ventisca.example",
        "Pablo Ríos",
        "Siguiente paso",
        "Hola Jane,\n\nGracias por la prueba técnica. Queremos presentarte al equipo en una "
        "entrevista final en la oficina. ¿Puedes el jueves a las 11:00?\n\nPablo\n"
        "Responsable de selección",
        Category.INTERVIEW,
    ),
    (
        "en agency: a client is opening graduate positions",
        "lotte@scheldtsearch.be",
        "Lotte Peeters",
        "Graduate roles - planning, Ghent",
        "Hi Jane,\n\nOne of my clients, a food manufacturer in Flanders, is opening two "
        "graduate positions in demand planning. Would you be available for a 15-minute call "
        "this week?\n\nLotte Peeters\nScheldt Search",
        Category.OUTREACH,
    ),
    (
        "en retained search",
        "paul@kerrexecutive.com",
        "Paul Kerr",
        "Confidential search - COO",
        "Jane,\n\nI'm retained on a confidential COO search for a family-owned retailer. I "
        "can't share the name in writing yet. Best time to reach you?\n\nPaul Kerr\n"
        "Managing Partner, Kerr Executive Search",
        Category.OUTREACH,
    ),
    (
        "en head of ops proposes a casual call",
        "nina@copperfern.com",
        "Nina Holt",
        "Ops Lead",
        "Hi Jane - I run operations here at Copperfern. Can you hop on a call Friday at 3? "
        "Just a casual chat to see if it's mutual.\n\nNina",
        Category.INTERVIEW,
    ),
    (
        "en a reference call about the reader",
        "sam@brightmoor.com",
        "Sam Ortiz",
        "reference call",
        "Hey Jane - just had a great reference call with Quarrybank about you. Told them "
        "they'd be lucky. Coffee soon?\n\nSam",
        Category.OTHER_JOB,
    ),
    (
        "es first conversation after reading the CV",
        "marisa@lunaverde.example",
        "Marisa Coronado",
        "Entrevista - Coordinadora de Logística",
        "Hola Jane:\n\nSoy Marisa, directora de operaciones. Vi en tu currículum que hablas "
        "español. ¿Tienes disponibilidad el lunes a las 10:00 para una videollamada de 45 "
        "minutos?\n\nSaludos,\nMarisa",
        Category.INTERVIEW,
    ),
    (
        "es headhunter: will talk, cannot give the name",
        "tomas.reyes.talento@hotmail.com",
        "Tomás Reyes",
        "Posición Data Senior - aseguradora Valencia",
        "Hola Jane,\n\nTrabajo como headhunter y colaboro con una aseguradora en Valencia que "
        "busca perfiles Data Senior. ¿Te encaja para hablar 15 minutos? No puedo dar el nombre "
        "por escrito todavía.\n\nTomás",
        Category.OUTREACH,
    ),
    (
        "es founder: you would fit as a lead",
        "ana@trazo-mx.example",
        "Ana Ibarra",
        "¿Te interesaría liderar datos?",
        "Hola Jane,\n\nSoy Ana, cofundadora de Trazo. Vi tu charla y creo que encajarías muy "
        "bien como Data Lead. ¿Te late platicar 20 minutos?\n\nAna",
        Category.OUTREACH,
    ),
    (
        "es background check for the new employer",
        "no-reply@verificanorte.example",
        "Verifica Norte",
        "Calderón Software - verificación de antecedentes",
        "Hola Jane,\n\nCalderón Software nos ha solicitado la verificación de tu historial "
        "laboral como parte de tu incorporación: https://candidatos.verificanorte.example/c/1"
        "\n\nVerifica Norte",
        Category.OTHER_JOB,
    ),
    (
        "pt refusal: we decided to go on with another person",
        "lara.m@ondaclara.example",
        "Lara Melo",
        "Devolutiva do processo",
        "Oi Jane,\n\nPassando para dar uma devolutiva. Gostamos muito da conversa, mas "
        "decidimos seguir com uma pessoa com mais vivência em Rust.\n\nLara",
        Category.REJECTION,
    ),
    (
        "pt agency: two roles with its clients",
        "joana.f@atlanticit.example",
        "Joana Faria",
        "Oportunidades remotas",
        "Olá Jane,\n\nComo prometido, deixo duas oportunidades remotas em clientes nossos:\n\n"
        "1) Data Engineer - cliente de retalho\n2) Backend Engineer - seguradora\n\nSe alguma "
        "lhe interessar, diga-me.\n\nJoana",
        Category.OUTREACH,
    ),
    (
        "pt talent community welcome",
        "no-reply@teamtailor.com",
        "Marés Tech",
        "Bem-vinda à Marés Connect!",
        "Olá Jane,\n\nObrigado por te juntares à Marés Connect, a nossa comunidade de talento. "
        "Vais saber quando abrirmos vagas que combinem contigo.",
        Category.ALERT,
    ),
    (
        "fr head of product proposes a video call",
        "hugo@pixeline.be",
        "Hugo Martin",
        "Un call la semaine prochaine ?",
        "Salut Jane,\n\nHugo, head of product chez Pixeline. Ton profil nous plaît pour le poste "
        "de PM : tu serais dispo pour un visio de 30 min jeudi à 11h ?\n\nHugo",
        Category.INTERVIEW,
    ),
    (
        "fr the case study arrives after the call",
        "lou@verdane.io",
        "Lou Bernard",
        "Étude de cas",
        "Bonjour Jane,\n\nMerci pour l'échange d'hier. Comme promis, voici la petite étude de "
        "cas : un extrait de nos commandes sur 6 mois. Retour d'ici lundi.\n\nLou",
        Category.ASSESSMENT,
    ),
    (
        "fr arrival paperwork",
        "notifications@ilucca.net",
        "Verdane via Lucca",
        "Bienvenue chez Verdane ! Complétez votre dossier d'arrivée",
        "Bonjour Jane,\n\nVotre arrivée chez Verdane est prévue le lundi 2 mars. Merci de "
        "compléter votre dossier salarié avant le 25 février.\n\nL'équipe Verdane",
        Category.OTHER_JOB,
    ),
    (
        "fr careers service's weekly offers",
        "carrieres@univ-exemple.fr",
        "Service Carrières",
        "Les offres de la semaine",
        "Bonjour,\n\nVoici une sélection d'offres reçues cette semaine :\n- Acheteur junior - "
        "CDI - Lyon\n- VIE Logistique - Singapour\n\nLe Service Carrières",
        Category.ALERT,
    ),
    (
        "fr agency pitch: your LinkedIn profile seemed relevant",
        "m.leroy@cabinet-arven.fr",
        "Marc Leroy",
        "Opportunité Acheteur - Grenoble",
        "Bonjour Jane,\n\nJ'accompagne actuellement l'un de nos clients, une PME industrielle, "
        "dans le recrutement d'un acheteur junior en CDI. Votre profil sur LinkedIn m'a semblé "
        "pertinent. Seriez-vous disponible pour un échange de 20 minutes ?\n\nMarc Leroy",
        Category.OUTREACH,
    ),
    (
        "en a board's weekly picks",
        "hello@jobsnorth.example",
        "Jobs North",
        "This week's picks: 6 data roles",
        "Hey Jane,\n\nYour weekly picks, all with salary shown:\n\n- Data Engineer @ Fjord "
        "Analytics - Remote\n- Analytics Engineer @ Birchline - Oslo\n\nThe Jobs North team",
        Category.ALERT,
    ),
    (
        "es board: new vacancies found for a search",
        "alertas@empleosur.example",
        "Empleo Sur",
        "Vacantes nuevas: Datos remoto",
        'Hola Jane, encontramos 5 vacantes nuevas para "datos remoto":\n\nAnalista de '
        "Datos - Grupo Norte - Remoto\nIngeniero de Datos - Fintech Azul - Remoto",
        Category.ALERT,
    ),
    (
        "de agency pitch found on XING for a client",
        "k.wolf@rheinpersonal.de",
        "Katrin Wolf",
        "Trainee-Stelle Einkauf - passt das zu dir?",
        "Hallo Jane,\n\nich bin über XING auf dein Profil gestoßen. Für einen Kunden aus dem "
        "Maschinenbau suche ich aktuell eine/n Trainee Einkauf.\n\nHättest du Lust, kurz zu "
        "telefonieren?\n\nKatrin Wolf\nSenior Consultant | Rhein Personal GmbH",
        Category.OUTREACH,
    ),
    (
        "fr directions to the interview from HR",
        "c.roux@laiterie-varenne.fr",
        "Chloé Roux",
        "Entretien jeudi 6/11 - plan d'accès",
        "Bonjour Madame Doe,\n\nDans le cadre de votre rendez-vous de jeudi, vous trouverez "
        "ci-dessous le plan d'accès. Merci de vous présenter à l'accueil du bâtiment B.\n\n"
        "Cordialement,\nChloé Roux\nResponsable Ressources Humaines",
        Category.INTERVIEW,
    ),
    (
        "pt refusal with an aside",
        "notifications@recruitee.com",
        "Lumiar Dados",
        "Lumiar Dados - ponto de situação",
        "Olá Jane,\n\nObrigado pelo interesse na vaga de Analista. Procuramos alguém com mais "
        "experiência em Spark. Não vamos, por isso, avançar com a tua candidatura.\n\nEquipa",
        Category.REJECTION,
    ),
    (
        "pt agency: the client prefers not to go on",
        "rita.lopes@talentonorte.example",
        "Rita Lopes",
        "Feedback do cliente",
        "Olá Jane,\n\nJá tenho feedback do cliente sobre a vaga de Backend. Gostaram da parte "
        "técnica, mas preferem não avançar porque a função exige presença no Porto.\n\nRita",
        Category.REJECTION,
    ),
    (
        "pt recruiter books a first conversation",
        "carla@ventomar.example",
        "Carla Nunes",
        "Bate-papo com a Ventomar",
        "Oi Jane,\n\nAqui é a Carla, do time de Talentos. Curti seu currículo! Vamos marcar um "
        "bate-papo de 40 min com o nosso tech lead? Escolha um horário no link.\n\nCarla",
        Category.INTERVIEW,
    ),
]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "expected"),
    [case[1:] for case in STAGE_MAIL],
    ids=[case[0] for case in STAGE_MAIL],
)
def test_stage_mail(
    classify: Classify, sender: str, name: str, subject: str, body: str, expected: Category
) -> None:
    assert classify(sender=sender, name=name, subject=subject, body=body).category is expected


def test_paused_requisition_keeps_the_application_on_hold(classify: Classify) -> None:
    result = classify(
        sender="r.vance@brookfieldmutual.com",
        name="Rosa Vance",
        subject="Claims Analyst - update",
        body="Hi Jane,\n\nA heads-up: the Claims Analyst requisition has been paused while "
        "leadership revisits the budget. Your application is still active.\n\nRosa Vance\n"
        "Talent Acquisition Partner, Brookfield Mutual",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.ON_HOLD


def test_frozen_hiring_in_spanish_keeps_the_application_on_hold(classify: Classify) -> None:
    result = classify(
        sender="pablo.mena.talento@hotmail.com",
        name="Pablo Mena",
        subject="Novedades",
        body="Hola Jane,\n\nEl banco ha congelado temporalmente las contrataciones del equipo "
        "de riesgos. Tu candidatura sigue viva; te mantengo informada.\n\nPablo",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.ON_HOLD


NOT_JOB = [
    (
        "a trusted traveler application",
        "ttp-noreply@cbp.dhs.gov",
        "Trusted Traveler Programs",
        "Your Global Entry application has been conditionally approved",
        "Your application for Global Entry has been conditionally approved. Schedule an "
        "interview at an enrollment center.",
    ),
    (
        "a summer camp application",
        "office@camplakewood.org",
        "Camp Lakewood Registration",
        "Camper application received - Theo Doe",
        "Thank you for submitting a camper application for Theo Doe (Session 1). Forms are "
        "due in May.",
    ),
    (
        "a volunteer board application",
        "board@denverpma.org",
        "Denver PMA",
        "Board nominations: your application is complete",
        "Hi Jane, thank you for submitting your application for the volunteer board. The "
        "nominating committee will hold short interviews in June.",
    ),
    (
        "a network's upsell in French",
        "messages-noreply@linkedin.com",
        "LinkedIn",
        "Essayez Premium gratuitement",
        "Jane, démarquez-vous auprès des recruteurs. Découvrez qui a consulté votre profil et "
        "comparez-vous aux autres candidats.",
    ),
    (
        "a friend's own interview in German",
        "mia.kurz@posteo.de",
        "Mia Kurz",
        "Ich hab ein Vorstellungsgespräch!",
        "Jane!! Ich hab ein Vorstellungsgespräch bei der Stadtbibliothek, nächste Woche. "
        "Drück mir die Daumen!\n\nMia",
    ),
    (
        "a mortgage pre-approval from a bank's applications mailbox",
        "applications@peakcard.example",
        "Peak Card Services",
        "Your mortgage pre-approval application",
        "Dear Customer,\nWe have received your application for a new savings account. You can "
        "check your application status online at any time.",
    ),
    (
        "a webinar registration about interviewing",
        "events@hiringlab.example",
        "Hiring Lab Events",
        "You're registered: how interviewers think",
        'Hi Jane,\n\nThank you for registering for the webinar "How interviewers think" on '
        "Thursday at 6pm. Hiring managers share what they look for in a candidate.",
    ),
    (
        "a shop's offers of the week in French",
        "offres@maisonplus.example",
        "Maison Plus",
        "Nos meilleures offres de la semaine",
        "Bonjour Jane,\n\nVoici une sélection d'offres à ne pas manquer : -30 % sur les "
        "aspirateurs, livraison offerte dès 49 €.\n\nL'équipe Maison Plus",
    ),
    (
        "a personal loan application left unfinished in Portuguese",
        "noreply@creditoja.example",
        "Crédito Já",
        "Ainda está a tempo: conclua o seu pedido de crédito",
        "Olá Jane,\n\nO seu pedido de crédito pessoal ficou por concluir. Conclua a sua "
        "candidatura em 5 minutos.",
    ),
    (
        "a social security registration in Spanish",
        "noreply@seg-social.es",
        "Seguridad Social",
        "Solicitud de número de afiliación - registro",
        "Se ha registrado su solicitud de número de afiliación. Recibirá la resolución en su "
        "carpeta ciudadana.",
    ),
]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body"),
    [case[1:] for case in NOT_JOB],
    ids=[case[0] for case in NOT_JOB],
)
def test_look_alikes_stay_out(
    classify: Classify, sender: str, name: str, subject: str, body: str
) -> None:
    assert classify(sender=sender, name=name, subject=subject, body=body).category is (
        Category.NOT_JOB
    )


def _event(summary: str, location: str = "") -> CalendarEvent:
    return CalendarEvent(
        summary=summary,
        location=location,
        start=datetime(2025, 3, 12, 17, tzinfo=UTC),
        method="REQUEST",
    )


def test_webinar_invite_about_interviewing_is_no_interview(
    classifier: RuleClassifier, message
) -> None:
    mail = message(
        sender="no-reply@zoom.us",
        name="Zoom",
        subject="Webinar: Hiring engineers - what interviewers look for",
        body="Hi Jane,\n\nThank you for registering. Add to calendar attached.",
        events=(_event("Hiring engineers - what interviewers look for"),),
    )
    assert classifier.classify(mail).category is Category.NOT_JOB


def test_podcast_recording_invite_is_no_interview(classifier: RuleClassifier, message) -> None:
    mail = message(
        sender="ola@ondacurta.example",
        name="Onda Curta Podcast",
        subject="Re: Convite para entrevista no Onda Curta",
        body="Boa! Fica marcado para dia 28. Enviamos o convite com o link.",
        events=(_event("Gravação Onda Curta #12 - entrevista Jane"),),
    )
    assert classifier.classify(mail).category is Category.NOT_JOB


def test_interview_invite_with_a_meeting_link_stays_an_interview(
    classifier: RuleClassifier, message
) -> None:
    mail = message(
        sender="h.brandt@kestrelwerk.example",
        name="Hanna Brandt",
        subject="Terminverschiebung: Ihr Gespräch bei Kestrelwerk",
        body="Hallo Jane,\n\nwir möchten Ihr Gespräch auf Montag verlegen. Eine aktualisierte "
        "Einladung liegt bei.\n\nHanna Brandt\nHR Business Partner",
        events=(
            _event(
                "Interview: Marketing Manager (Jane Doe)",
                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
            ),
        ),
    )
    assert classifier.classify(mail).category is Category.INTERVIEW


def test_invite_to_a_system_design_round_is_an_interview(
    classifier: RuleClassifier, message
) -> None:
    mail = message(
        sender="lena@orcaforge.example",
        name="Lena Sousa",
        subject="Invitation: Orcaforge - System design w/ Theo @ Tue Mar 3, 2026 11am",
        body="Lena Sousa has invited you to this event.\n\nOrcaforge - System design w/ Theo\n"
        "Joining info: meet.google.com/abc-defg-hij",
        events=(_event("Orcaforge - System design w/ Theo"),),
    )
    assert classifier.classify(mail).category is Category.INTERVIEW
