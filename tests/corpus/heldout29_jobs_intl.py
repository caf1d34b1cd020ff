# ruff: noqa: E501
"""Corpus 29, application mail in English and Spanish (Ottawa, Moncton, a Montréal firm) and the
job mail that is not an application: alerts, outreach, talent communities, portal mail."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m
from heldout3_util import reply as _reply


def m(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    tz = "-0400" if date < "2025-11-02" else "-0500"
    return _m("i29" + key, date, frm, subject, t, text, html, tz=tz, **kw)


def reply(key: str, frm: str) -> dict[str, str]:
    return _reply("i29" + key, frm)


C15, R15 = "Northfield Health Advisory", "Senior Health Planning Consultant"
C16, R16 = "Réseau de santé Acadie-Sud", "Analyste en planification des services"
C17, R17 = "Bytown Community Health Centre", "Health System Planner"
C19, R19 = "Consultores Andinos en Salud", "Especialista en planificación sanitaria"
C21, R21 = "Ottawa Valley Home Care Co-operative", "Operations Planning Analyst"
C22, R22 = "Qualitas Santé Conseil", "Analyst, Health Consulting"
C25, R25 = "Coopérative acadienne de services à domicile", "Coordonnateur de la planification"

GH = "Northfield Health Advisory <no-reply@us.greenhouse-mail.io>"
CSOD = "Réseau de santé Acadie-Sud <acadiesud@csod.com>"
ANDINOS = "Valentina Quispe <vquispe@consultoresandinos.ca>"

MAIL = [
    # --- 15: Northfield (Greenhouse, en) ---------------------------------------------------
    m(
        "01",
        "2025-09-19 11:26",
        GH,
        "Thank you for applying to Northfield Health Advisory",
        ("confirmation", C15, R15, 15, "greenhouse", "en"),
        "Hi Mathieu,\n\nThanks for your interest in Northfield Health Advisory! We received your "
        "application for the Senior Health Planning Consultant role (Ottawa, hybrid).\n\n"
        "Our team reviews every application and we'll be in touch if your experience is a match. "
        "In the meantime, feel free to read about our recent work with Ontario Health teams on "
        "our blog.\n\nBest,\nThe Northfield Talent Team",
    ),
    m(
        "02",
        "2025-10-09 15:03",
        "Priya Raman <priya.raman@northfieldadvisory.ca>",
        "Northfield - next steps for Senior Health Planning Consultant",
        ("interview", C15, R15, 15, "direct", "en"),
        "Hi Mathieu,\n\nThanks for your patience. Jeremy Blake (Practice Lead, Health Systems) "
        "would like to set up a 45-minute video conversation with you. Please pick a time that "
        "suits you using the link below - slots are available next Tuesday through Thursday.\n\n"
        "https://app.greenhouse.io/scheduling/candidate/sched_3fa81c\n\n"
        "A heads up: part of the conversation will be in French, as a lot of our federal and "
        "Quebec work is bilingual.\n\nCheers,\nPriya Raman\nTalent Partner | Northfield Health "
        "Advisory\n150 Elgin St, Suite 1100, Ottawa ON",
    ),
    m(
        "03",
        "2025-10-29 12:40",
        GH,
        "Update on your application with Northfield",
        ("rejection", C15, R15, 15, "greenhouse", "en"),
        "Hi Mathieu,\n\nThank you for taking the time to speak with Jeremy about the Senior Health "
        "Planning Consultant position. He enjoyed hearing about your regional capacity planning "
        "work.\n\nWe've decided to move forward with candidates whose consulting background more "
        "closely matches the needs of the role at this time. We appreciate your interest and "
        "wish you all the best in your search.\n\nKind regards,\nNorthfield Talent Team",
    ),
    # --- 16: Réseau de santé Acadie-Sud (Cornerstone) -> offer declined ---------------------
    m(
        "04",
        "2025-10-17 14:14",
        CSOD,
        "Candidature reçue / Application received – Analyste en planification des services",
        ("confirmation", C16, R16, 16, "other", "fr"),
        "(English version below)\n\nBonjour Mathieu,\n\nNous avons bien reçu votre candidature au "
        "poste d'analyste en planification des services (concours RSAS-25-1187, Moncton). Notre "
        "équipe examinera votre dossier sous peu.\n\nRessources humaines – Réseau de santé "
        "Acadie-Sud\n\n---\n\nHello Mathieu,\n\nWe have received your application for the "
        "position of Services Planning Analyst (competition RSAS-25-1187, Moncton).\n\n"
        "Human Resources – Acadie-Sud Health Network",
    ),
    m(
        "05",
        "2025-11-04 10:21",
        "Roxanne LeBlanc <roxanne.leblanc@acadiesud.nb.ca>",
        "Concours RSAS-25-1187 – entrevue virtuelle",
        ("interview", C16, R16, 16, "direct", "fr"),
        "Bonjour Mathieu,\n\nJ'ai le plaisir de vous inviter à une entrevue virtuelle pour le "
        "concours RSAS-25-1187. L'invitation Teams est jointe (heure de l'Atlantique : 11 h; "
        "10 h à Québec).\n\nLe comité comprendra Mme Suzanne Cormier, directrice de la "
        "planification stratégique.\n\nRoxanne LeBlanc\nSpécialiste en recrutement\n"
        "Réseau de santé Acadie-Sud | Acadie-Sud Health Network\nMoncton (N.-B.)",
        ics={
            "style": "outlook",
            "start": "2025-11-13 11:00:00 -0400",
            "minutes": 60,
            "organizer": ("Roxanne LeBlanc", "roxanne.leblanc@acadiesud.nb.ca"),
            "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000@rsas",
            "summary": "Entrevue – RSAS-25-1187 – Mathieu Tremblay-Roy",
            "location": "Microsoft Teams",
            "attendees": [("Suzanne Cormier", "suzanne.cormier@acadiesud.nb.ca")],
        },
    ),
    m(
        "06",
        "2025-12-01 13:49",
        "Roxanne LeBlanc <roxanne.leblanc@acadiesud.nb.ca>",
        "Offre d'emploi – RSAS-25-1187",
        ("offer", C16, R16, 16, "direct", "fr"),
        "Bonjour Mathieu,\n\nAu nom du Réseau de santé Acadie-Sud, je suis heureuse de vous offrir "
        "le poste permanent à temps plein d'analyste en planification des services, au taux "
        "horaire de 41,87 $, avec une allocation de relocalisation de 5 000 $.\n\nDate d'entrée "
        "en fonction proposée : 12 janvier 2026. Nous aimerions recevoir votre réponse d'ici le "
        "8 décembre.\n\nRoxanne LeBlanc\nSpécialiste en recrutement",
    ),
    m(
        "07",
        "2025-12-08 09:30",
        "Roxanne LeBlanc <roxanne.leblanc@acadiesud.nb.ca>",
        "RE: Offre d'emploi – RSAS-25-1187",
        ("offer", C16, R16, 16, "direct", "fr"),
        "Bonjour Mathieu,\n\nMerci de nous avoir informés de votre décision. Nous comprenons que "
        "le déménagement à Moncton n'est pas possible pour votre famille en ce moment. "
        "Nous avons bien noté que vous déclinez l'offre.\n\nAu plaisir de croiser votre chemin "
        "de nouveau,\nRoxanne\n\n________________________________\nDe : Mathieu Tremblay-Roy\n"
        "Envoyé : 7 décembre 2025 19:40\nObjet : RE: Offre d'emploi – RSAS-25-1187\n\n"
        "Bonjour Roxanne, après discussion en famille, je dois refuser l'offre...",
        st="declined",
        **reply("06", "x@acadiesud.nb.ca"),
    ),
    # --- 17: Bytown CHC (Indeed, en) -------------------------------------------------------
    m(
        "08",
        "2025-10-01 19:22",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Health System Planner",
        ("confirmation", C17, R17, 17, "indeed", "en"),
        None,
        "<html><body><h3>Application submitted</h3><p>Health System Planner<br>Bytown Community "
        "Health Centre - Ottawa, ON</p><p>The following items were sent to Bytown Community "
        "Health Centre: Resume, Cover letter, answers to 4 employer questions.</p><p>Good luck!"
        '</p><p><a href="https://myjobs.indeed.com/applied">Track your application</a></p>'
        "</body></html>",
    ),
    m(
        "09",
        "2025-10-23 10:04",
        "Bytown Community Health Centre via Indeed <noreply@indeed.com>",
        "An update on your application for Health System Planner",
        ("rejection", C17, R17, 17, "indeed", "en"),
        "Bytown Community Health Centre sent you a message\n\n"
        "Hello Mathieu,\n\nThank you for applying. We had a very strong pool of applicants and "
        "have selected candidates whose lived experience in Ottawa's east end best matched this "
        "role. We will not be moving forward with your application.\n\nWarm regards,\nHR, Bytown "
        "CHC\n\nReply on Indeed: https://ca.indeed.com/messages",
    ),
    # --- 19: Consultores Andinos en Salud (es) ----------------------------------------------
    m(
        "10",
        "2025-10-10 17:10",
        ANDINOS,
        "Re: Postulación - Especialista en planificación sanitaria",
        ("confirmation", C19, R19, 19, "direct", "es"),
        "Hola Mathieu:\n\nMuchas gracias por tu postulación. Nos alegra ver a alguien con "
        "experiencia en el sistema quebequense y que habla español: nuestros proyectos actuales "
        "son en Perú y Bolivia, con equipo en Montreal.\n\nRevisaremos los perfiles durante las "
        "próximas dos semanas.\n\nSaludos cordiales,\nValentina Quispe\nDirectora de Proyectos\n"
        "Consultores Andinos en Salud – Montréal | Lima",
    ),
    m(
        "11",
        "2025-10-27 12:33",
        ANDINOS,
        "Entrevista - Consultores Andinos",
        ("interview", C19, R19, 19, "direct", "es"),
        "Hola Mathieu:\n\nTe envío la invitación para una entrevista por Google Meet el lunes 3 "
        "de noviembre a las 11:00 (hora de Montreal). Participará también Jorge Mamani, "
        "coordinador en Lima.\n\nUn saludo,\nValentina",
        ics={
            "style": "google",
            "start": "2025-11-03 11:00:00 -0500",
            "minutes": 45,
            "organizer": ("Valentina Quispe", "vquispe@consultoresandinos.ca"),
            "uid": "5k2o8v1m3q7p0a9s4e6d@google.com",
            "summary": "Entrevista Mathieu Tremblay-Roy - Especialista planificación",
            "location": "https://meet.google.com/qvb-xtrm-ajk",
            "attendees": [("Jorge Mamani", "jmamani@consultoresandinos.ca")],
        },
    ),
    m(
        "12",
        "2025-11-21 16:40",
        ANDINOS,
        "Resultado del proceso",
        ("rejection", C19, R19, 19, "direct", "es"),
        "Hola Mathieu:\n\nQuería agradecerte personalmente por tu tiempo. Jorge quedó muy "
        "impresionado con tu análisis de la red de atención primaria. Sin embargo, el financiador "
        "nos pidió a alguien con residencia en Lima, así que no podremos avanzar con tu "
        "candidatura en esta ocasión.\n\nOjalá podamos colaborar en el futuro.\n\nValentina",
    ),
    # --- 21: Ottawa Valley Home Care Co-op (Indeed, ghosted) --------------------------------
    m(
        "13",
        "2025-11-12 21:05",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Operations Planning Analyst",
        ("confirmation", C21, R21, 21, "indeed", "en"),
        None,
        "<html><body><h3>Application submitted</h3><p>Operations Planning Analyst<br>Ottawa "
        "Valley Home Care Co-operative - Pembroke, ON (hybrid)</p><p>Your resume was sent to the "
        'employer.</p><p><a href="https://myjobs.indeed.com/applied">View your jobs</a></p>'
        "</body></html>",
    ),
    # --- 22: Qualitas Santé Conseil (LinkedIn, en) -----------------------------------------
    m(
        "14",
        "2025-12-03 08:44",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Mathieu, your application was sent to Qualitas Santé Conseil",
        ("confirmation", C22, R22, 22, "linkedin", "en"),
        "Your application was sent to Qualitas Santé Conseil\n\nAnalyst, Health Consulting\n"
        "Qualitas Santé Conseil · Montreal, Quebec, Canada (Hybrid)\nApplied on December 3, 2025"
        "\n\nView job: https://www.linkedin.com/jobs/view/4133901276/\n\n© 2025 LinkedIn Corporation",
    ),
    m(
        "15",
        "2026-01-08 13:27",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Analyst, Health Consulting at Qualitas Santé Conseil",
        ("rejection", C22, R22, 22, "linkedin", "en"),
        "Your update from Qualitas Santé Conseil\n\nThank you for your interest in the Analyst, "
        "Health Consulting position at Qualitas Santé Conseil in Montreal. Unfortunately, we "
        "will not be moving forward with your application, but we appreciate your time and "
        "interest.\n\nRegards,\nQualitas Santé Conseil\n\nTop jobs you might like\n"
        "© 2026 LinkedIn Corporation",
    ),
    # --- 25: Coop acadienne (Guichet-Emplois, then phone interview, ghosted) ----------------
    m(
        "16",
        "2025-11-20 11:12",
        "Guichet-Emplois <ne-pas-repondre-do-not-reply@guichetemplois.gc.ca>",
        "Guichet-Emplois : votre candidature a été envoyée",
        ("confirmation", C25, R25, 25, "other", "fr"),
        "Bonjour Mathieu,\n\nVotre candidature a été envoyée à l'employeur suivant :\n\n"
        "Coordonnateur/coordonnatrice de la planification\nCoopérative acadienne de services à "
        "domicile\nDieppe (NB)\nNuméro de l'offre : 3412095\n\nGuichet-Emplois",
    ),
    m(
        "17",
        "2025-12-02 10:06",
        "Luc Gallant <lgallant@coopacadienne-sad.ca>",
        "Entretien téléphonique",
        ("interview", C25, R25, 25, "direct", "fr"),
        "Bonjour M. Tremblay-Roy,\n\nJ'ai reçu votre CV via le Guichet-Emplois. Seriez-vous "
        "disponible pour un entretien téléphonique vendredi le 5 décembre vers 14 h, heure de "
        "l'Atlantique? Je vous appellerai au numéro indiqué sur votre CV.\n\nLuc Gallant\n"
        "Directeur général\nCoopérative acadienne de services à domicile ltée",
    ),
    # --- alerts, talent communities, nudges ------------------------------------------------
    m(
        "20",
        "2025-09-03 07:02",
        "Jobboom <alertes@jobboom.com>",
        "5 nouveaux emplois : analyste planification – Québec",
        ("alert", None, None, None, "other", "fr"),
        None,
        "<html><body><h2>Vos nouvelles offres d'emploi</h2><ul><li>Analyste en planification "
        "– CISSS du Littoral-Sud – Lévis</li><li>Agent(e) de recherche – Groupe Conseil "
        "Méridien – Québec</li><li>Analyste financier – Transports Lachance – Québec</li>"
        "<li>Conseiller en planification – Ville de Lévis-Est – Lévis</li><li>Analyste BI – "
        'Aliments Côté – Québec</li></ul><p><a href="https://www.jobboom.com">Postulez '
        "maintenant</a></p><p>Gérer mes alertes</p></body></html>",
    ),
    m(
        "21",
        "2025-10-14 06:45",
        "Indeed <alert@indeed.com>",
        "planification santé à Québec, QC: 8 nouveaux emplois",
        ("alert", None, None, None, "indeed", "fr"),
        "8 nouveaux emplois correspondent à votre recherche\n\n"
        "Agent de planification, programmation et recherche\nCIUSSS des Deux-Rives - Lévis, QC\n"
        "Candidature simplifiée\n\nAnalyste des opérations\nPharmacies Bérubé-Nadeau - Québec, QC\n"
        "\nConseiller en amélioration continue\nGroupe Séjour Plus - Québec, QC\n\n"
        "Voir tous les emplois\n\nVous recevez ce courriel car vous avez créé une alerte emploi.",
    ),
    m(
        "22",
        "2025-11-05 08:12",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« analyste planification santé » : 12 nouveaux emplois à Ottawa",
        ("alert", None, None, None, "linkedin", "fr"),
        "Vos alertes emploi\n\nHealth Planning Analyst\nOntario Regional Health Partners · Ottawa "
        "\n\nAnalyste principal(e), planification\nAgence canadienne de surveillance sanitaire · "
        "Gatineau\n\nPolicy Advisor\nNorthfield Health Advisory · Ottawa\n\nVoir tous les emplois",
    ),
    m(
        "23",
        "2025-12-09 07:30",
        "Guichet-Emplois <ne-pas-repondre-do-not-reply@guichetemplois.gc.ca>",
        "Alerte-Emploi : 3 nouvelles offres",
        ("alert", None, None, None, "other", "fr"),
        "Alerte-Emploi « analyste planification » – Moncton (NB)\n\n"
        "1. Analyste en planification – Réseau de santé Acadie-Sud – Moncton\n"
        "2. Planning analyst – Maritime Freight Co. – Dieppe\n"
        "3. Coordonnateur de la planification – Coopérative acadienne de services à domicile – "
        "Dieppe\n\nPour modifier ou supprimer cette alerte, connectez-vous à votre compte.",
    ),
    m(
        "24",
        "2026-01-21 06:58",
        "Québec emploi <ne-pas-repondre@quebecemploi.gouv.qc.ca>",
        "Offres d'emploi correspondant à votre profil",
        ("alert", None, None, None, "other", "fr"),
        "Bonjour,\n\nDe nouvelles offres correspondent aux critères de votre recherche "
        "sauvegardée « planification santé – Capitale-Nationale ».\n\n"
        "- Technicien(ne) en administration, planification – CIUSSS des Deux-Rives\n"
        "- Agent(e) de recherche sociosanitaire – Institut régional de santé publique\n\n"
        "Québec emploi – Services Québec",
    ),
    m(
        "25",
        "2026-02-10 07:15",
        "Indeed <alert@indeed.com>",
        "Health planning jobs in Ottawa, ON: new jobs for you",
        ("alert", None, None, None, "indeed", "en"),
        "New jobs matching your search\n\nSenior Planning Analyst - Ottawa Valley Home Care "
        "Co-operative - Pembroke, ON\nHealth Data Analyst - Capital Region Hospitals - Ottawa, ON"
        "\n\nSee all jobs\n\nUnsubscribe",
    ),
    m(
        "26",
        "2025-09-18 10:15",
        "Université de Charlesbourg <ucharlesbourg@myworkday.com>",
        "Bienvenue dans notre communauté de talents",
        ("alert", "Université de Charlesbourg", None, None, "workday", "fr"),
        "Bonjour Mathieu,\n\nMerci de vous être joint à la communauté de talents de l'Université "
        "de Charlesbourg. Vous recevrez des nouvelles sur nos postes ouverts qui correspondent à "
        "vos intérêts.\n\nService des ressources humaines",
    ),
    m(
        "27",
        "2025-10-07 09:00",
        "Groupe Mutuel Laurentide <mutuellelaurentide@myworkday.com>",
        "Terminez votre candidature",
        ("alert", "Boréa Assurance", None, None, "workday", "fr"),
        "Bonjour Mathieu,\n\nVous avez commencé une candidature pour le poste JR-21007 "
        "Conseiller, tarification santé, mais elle n'a pas été soumise. Pour la terminer, "
        "connectez-vous à votre compte candidat.\n\nAcquisition de talents\nGroupe Mutuel Laurentide",
    ),
    m(
        "28",
        "2025-11-26 18:30",
        "SQIS - Acquisition de talents <sqis@tbe.taleo.net>",
        "Candidature incomplète – réf. 2501022",
        ("alert", "SQIS", None, None, "taleo", "fr"),
        "Bonjour,\n\nVous avez commencé à postuler au poste « Analyste en architecture de "
        "données » (réf. 2501022), mais votre candidature n'est pas terminée. La date limite est "
        "le 30 novembre.\n\nAcquisition de talents\nSociété québécoise de l'information en santé",
    ),
    m(
        "29",
        "2025-10-12 12:00",
        "Boréa Assurance <carrieres@boreaassurance.ca>",
        "Bienvenue dans le Cercle talents Boréa",
        ("alert", "Boréa Assurance", None, None, "other", "fr"),
        None,
        "<html><body><h1>Bienvenue, Mathieu!</h1><p>Vous faites maintenant partie du Cercle "
        "talents Boréa. Chaque mois, découvrez nos occasions de carrière, nos événements "
        "de recrutement et la vie chez Boréa.</p><p>Boréa Assurance est une marque de Groupe "
        "Mutuel Laurentide.</p></body></html>",
    ),
    # --- outreach ------------------------------------------------------------------------
    m(
        "30",
        "2025-09-29 11:47",
        "Étienne Morin via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Poste de conseiller en planification – Capitale-Nationale",
        (
            "outreach",
            "Fondation Horizon Santé",
            "Conseiller en planification stratégique",
            None,
            "linkedin",
            "fr",
        ),
        "Bonjour Mathieu,\n\nJe recrute pour la Fondation Horizon Santé un conseiller en "
        "planification stratégique (poste permanent, Québec). Votre expérience au CIUSSS me semble "
        "très pertinente. Auriez-vous 20 minutes pour en discuter?\n\nÉtienne Morin\n"
        "Associé, Morin Recherche de cadres\n\nRépondre sur LinkedIn",
    ),
    m(
        "31",
        "2025-11-10 14:22",
        "Sofía Herrera <sherrera@redsaludglobal.org>",
        "Oportunidad: consultor en planificación de servicios de salud",
        (
            "outreach",
            "Red Salud Global",
            "Consultor en planificación de servicios de salud",
            None,
            "direct",
            "es",
        ),
        "Estimado Mathieu:\n\nMe comunico desde Red Salud Global, una ONG con sede en Montreal. "
        "Estamos buscando un consultor bilingüe (francés/español) para un proyecto de "
        "planificación de servicios de salud materna en Guatemala, contrato de 6 meses, "
        "mayormente remoto. Un colega de la Universidad de Charlesbourg me dio su nombre.\n\n"
        "¿Le interesaría conversar?\n\nSofía Herrera\nCoordinadora de Programas",
    ),
    m(
        "32",
        "2026-01-06 09:35",
        "Amanda Cho <amanda.cho@brightpathtalent.com>",
        "Healthcare planning role - Ottawa (contract)",
        ("outreach", None, "Healthcare Planning Specialist", None, "agency", "en"),
        "Hi Mathieu,\n\nI'm reaching out about a 12-month contract for a Healthcare Planning "
        "Specialist with one of our public sector clients in Ottawa. Bilingualism (EN/FR) is "
        "required. Rate is $75-85/hr. Are you open to hearing more?\n\nAmanda Cho\nSenior "
        "Recruiter, BrightPath Talent",
    ),
    # --- other job mail ------------------------------------------------------------------
    m(
        "40",
        "2025-09-12 16:30",
        "Carrières - Gouvernement du Québec <ne-pas-repondre@carrieres.gouv.qc.ca>",
        "Code de vérification de votre compte",
        ("other_job", None, None, None, "other", "fr"),
        "Votre code de vérification est : 482913\n\nCe code expire dans 10 minutes. Si vous n'avez "
        "pas demandé ce code, ignorez ce message.\n\nGouvernement du Québec – Carrières",
    ),
    m(
        "41",
        "2025-09-15 21:40",
        "Emplois GC / GC Jobs <psrs-srfp.noreply-pasdereponse@cfp-psc.gc.ca>",
        "Emplois GC - Votre compte a été créé / Your account has been created",
        ("other_job", None, None, None, "other", "fr"),
        "Votre compte Emplois GC a été créé. Votre nom d'utilisateur : mtremblayroy\n\n"
        "Your GC Jobs account has been created. Your username: mtremblayroy",
    ),
    m(
        "42",
        "2025-11-06 14:01",
        "Marc-Antoine Giroux <marc-antoine.giroux@mutuellelaurentide.ca>",
        "Réponse automatique : Entrevue – Analyste, données et planification (Boréa)",
        (
            "other_job",
            "Boréa Assurance",
            "Analyste, données et planification – assurance collective",
            None,
            "direct",
            "fr",
        ),
        "Bonjour,\n\nJe suis en entrevue une bonne partie de la journée et je répondrai à votre "
        "courriel dès que possible. / I am in interviews most of the day and will reply as soon "
        "as possible.\n\nMarc-Antoine Giroux",
    ),
    m(
        "43",
        "2025-12-12 10:00",
        "Northfield Health Advisory <no-reply@us.greenhouse-mail.io>",
        "How was your candidate experience?",
        ("other_job", "Northfield Health Advisory", None, None, "greenhouse", "en"),
        "Hi Mathieu,\n\nYou recently interviewed with Northfield Health Advisory. We'd love to "
        "hear about your experience - the survey takes 2 minutes and is anonymous.\n\n"
        "Take the survey: https://app.greenhouse.io/survey/7b1c\n\nThank you!",
    ),
    m(
        "44",
        "2025-12-22 13:15",
        "Isabelle Gagnon-Vachon <isabelle.gagnonvachon.drh@ciusss-deuxrives.ca>",
        "Réponse automatique : Question – banque de candidatures",
        ("other_job", "CIUSSS des Deux-Rives", None, None, "direct", "fr"),
        "Je suis absente du bureau jusqu'au 5 janvier 2026. Pour toute urgence, veuillez écrire à "
        "acquisition.talents@ciusss-deuxrives.ca.\n\nJoyeuses Fêtes!",
    ),
]
