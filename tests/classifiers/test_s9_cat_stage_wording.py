"""Stage mail from Latin-American boards, public competitions, search firms, executive offices
and German-speaking employers that write gender-inclusive forms ("Kandidat:innen"), and the
look-alikes around them that stay out of the tracker (a journalist's interview, a host
programme, a theatre class, a tutor's follow-up).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers.rules.text import fold, ungender
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]

STAGE_MAIL = [
    # Spanish: boards, public competitions, people
    (
        "es board: the application went through",
        "noreply@computrabajo.com",
        "Computrabajo",
        "Postulación realizada: Jefe de Almacén",
        "Marisol, ¡tu postulación se realizó correctamente!\nJefe de Almacén\nDISTRIBUIDORA "
        "NOPAL SA DE CV\nToluca, Estado de México",
        Category.CONFIRMATION,
    ),
    (
        "es board: sent to an employer whose name has dots",
        "noreply@bumeran.com.ar",
        "Bumeran",
        "¡Te postulaste! Analista de Compras",
        "¡Hola Marisol!\nTu postulación para Analista de Compras en Ferrosur S.A. (Rosario) fue "
        "enviada.\nSeguí el estado de tus postulaciones desde la app.",
        Category.CONFIRMATION,
    ),
    (
        "es board: the company read the CV",
        "noreply@bumeran.com.ar",
        "Bumeran",
        "Ferrosur S.A. leyó tu CV",
        "Marisol, ¡buenas noticias! La empresa Ferrosur S.A. leyó tu CV para el aviso Analista "
        "de Compras.",
        Category.VIEWED,
    ),
    (
        "es assessment platform: a series of tests",
        "no-reply@evaluatest.com",
        "Evaluatest",
        "Invitación a evaluación - Textiles Cuautla",
        "Estimada Marisol:\n\nTextiles Cuautla le invita a contestar una serie de pruebas como "
        "parte de su proceso de selección. Tiene 48 horas para completarlas.",
        Category.ASSESSMENT,
    ),
    (
        "es public competition: registration confirmed",
        "convocatorias@uniautonoma-sur.edu.mx",
        "Convocatorias UAS",
        "Registro de aspirante - Folio 2291",
        "Se confirma el registro de su participación en la Convocatoria Pública para ocupar la "
        "plaza de Coordinador(a) de Almacenes.\n\nFolio: 2291",
        Category.CONFIRMATION,
    ),
    (
        "es public competition: not among those who go on",
        "convocatorias@uniautonoma-sur.edu.mx",
        "Convocatorias UAS",
        "Resultados de la evaluación curricular",
        "Estimado(a) aspirante:\n\nSu folio no se encuentra entre los aspirantes que continúan a "
        "la etapa de examen de conocimientos. Agradecemos su participación.",
        Category.REJECTION,
    ),
    (
        "es the post filled, the role named in between",
        "avisos@jobvite.com",
        "Talento Cementos del Golfo",
        "Actualización de tu solicitud",
        "Hola Marisol,\n\nTe informamos que la posición Jefe de Tráfico ha sido cubierta. "
        "Conservaremos tu información para futuras oportunidades.",
        Category.REJECTION,
    ),
    (
        "es a recruiter's call, voseo",
        "paula.rios@yerbatera-norte.com.ar",
        "Paula Ríos",
        "Charla - Analista de Compras",
        "Hola Marisol, ¿cómo andás?\n\nTe escribo por tu postulación. ¿Tenés un rato el martes "
        "para una charla de 20 min por Meet?\n\nPau",
        Category.INTERVIEW,
    ),
    (
        "es a received CV, then a call proposed: the call counts",
        "seleccion@ferreteria-central.com.mx",
        "Selección Ferretería Central",
        "Jefe de Compras - llamada",
        "Buen día Marisol.\n\nRecibimos su CV para Jefe de Compras. ¿Tendría disponibilidad "
        "para una llamada telefónica el miércoles 9 a las 12:00?\n\nSaludos",
        Category.INTERVIEW,
    ),
    (
        "es the post filled by an internal promotion",
        "lmora@cafetalera-sierra.com.mx",
        "Lorena Mora",
        "Actualización",
        "Hola Marisol,\n\nTe escribo para contarte que la dirección decidió cubrir la posición "
        "con una promoción interna. Fuiste de las finalistas y tu candidatura gustó mucho.",
        Category.REJECTION,
    ),
    # German and Austrian employers
    (
        "de board: the application arrived at a named employer",
        "noreply@stepstone.de",
        "StepStone",
        "Ihre Bewerbung bei Wasserwerke Lechtal GmbH",
        "Hallo Jana Moser,\n\nIhre Bewerbung als Projektleiterin Netze (m/w/d) ist bei "
        "Wasserwerke Lechtal GmbH eingegangen.\n\nIhr StepStone-Team",
        Category.CONFIRMATION,
    ),
    (
        "de rejection written with gender colons",
        "karriere@speditionhuber.example",
        "Spedition Huber Recruiting",
        "Ihre Bewerbung vom 02.04.2025",
        "Sehr geehrte Frau Moser,\n\nvielen Dank für Ihre Bewerbung. Wir haben uns nach "
        "sorgfältiger Prüfung für andere Bewerber:innen entschieden.\n\nIhr Recruiting-Team",
        Category.REJECTION,
    ),
    (
        "de rejection written with gender stars",
        "noreply@softgarden.io",
        "Brauerei Talhof eG",
        "Ihre Bewerbung als Projektleiter (m/w/d)",
        "Guten Tag Frau Moser,\n\nleider haben wir uns für eine*n andere*n Kandidat*in "
        "entschieden.\n\nFreundliche Grüße",
        Category.REJECTION,
    ),
    (
        "de network: the application was looked at",
        "jobs@xing.com",
        "XING",
        "Neuigkeiten zu Ihrer Bewerbung",
        "Hallo Jana,\n\nIhre Bewerbung als IT-Projektleiter:in wurde von Bergbahnen Ötztal AG "
        "angesehen.\n\nIhr XING-Team",
        Category.VIEWED,
    ),
    (
        "de Austrian offer: the position offered, pay scale and contract",
        "s.leitner@murtal-energie.at",
        "Mag. Sabine Leitner",
        "Erfreuliche Nachrichten",
        "Liebe Frau Moser,\n\nich freue mich, dass wir Ihnen die Position als Projektleiterin "
        "Netzausbau anbieten möchten. Einstufung gemäß Kollektivvertrag, Bruttojahresgehalt "
        "EUR 68.000. Den Dienstvertrag sende ich Ihnen gerne zu.\n\nHerzliche Grüße",
        Category.OFFER,
    ),
    (
        "de invitation to an on-site day",
        "mia.kofler@bergwerk-software.io",
        "Mia Kofler",
        "Dein Tag bei uns in Graz",
        "Hi Jana,\n\nwie besprochen laden wir dich zum Onsite-Tag ein: Donnerstag, 12. Juni, "
        "9-14 Uhr. Du lernst das Team kennen.\n\nLiebe Grüße\nMia",
        Category.INTERVIEW,
    ),
    (
        "de a founder's coffee after a CV",
        "lukas.brandl84@gmail.com",
        "Lukas Brandl",
        "deine Nachricht",
        "Hey Jana,\n\ndanke für den Lebenslauf! Ich würde dich gerne auf einen Kaffee treffen. "
        "Passt dir nächster Dienstag um 9?\n\nLukas\nGründer, Brandl Robotics GmbH",
        Category.INTERVIEW,
    ),
    # English: search firms, executive offices, public sector
    (
        "en search firm: working exclusively with a client",
        "nora@kestrelsearch.co.uk",
        "Nora Quill",
        "Head of Product - Leeds fintech",
        "Hi Jane,\n\nI'm working exclusively with a Series B fintech in Leeds on a Head of "
        "Product hire. Package around 120k.\n\nOpen to a chat?\n\nNora",
        Category.OUTREACH,
    ),
    (
        "en search firm: retained on a role for a client",
        "tom@ashgrovesearch.com",
        "Tom Varley",
        "Director of Product - our client, a UK retailer",
        "Hi Jane,\n\nWe're retained on a Director of Product, Loyalty for our client, a UK "
        "retailer. Could I steal 10 minutes this week?\n\nTom",
        Category.OUTREACH,
    ),
    (
        "en agency: the client went with a local candidate",
        "nora@kestrelsearch.co.uk",
        "Nora Quill",
        "Feedback",
        "Hi Jane,\n\nThey really liked you, but they've decided to go with a local candidate "
        "who can be in the office daily. Sorry.\n\nNora",
        Category.REJECTION,
    ),
    (
        "en moved to the panel stage",
        "r.ahmed@tallowpay.com",
        "Rana Ahmed",
        "Tallow: next round",
        "Hi Jane,\n\nThe team would like to move you to the panel stage: two sessions on Zoom "
        "on Thursday.\n\nRana",
        Category.INTERVIEW,
    ),
    (
        "en case session: time to prepare and to present",
        "o.price@harlowgroup.com",
        "Owen Price",
        "Case pack for Thursday",
        "Hi Jane,\n\nAttached is the pack. You'll have 60 minutes to prepare and 30 minutes to "
        "present to the strategy team.\n\nOwen",
        Category.ASSESSMENT,
    ),
    (
        "en public sector: sift score below the bar",
        "noreply@csjobs.cabinetoffice.gov.uk",
        "Civil Service Jobs",
        "Vacancy 550123: notification",
        "Dear Jane Doe,\n\nFollowing the sift, your score was below that required to progress "
        "to interview.\n\nCivil Service Jobs",
        Category.REJECTION,
    ),
    (
        "en the role filled from within",
        "people@marlowleisure.co.uk",
        "Marlow Leisure People",
        "Chief of Staff",
        "Dear Jane,\n\nOur CEO has decided to fill the Chief of Staff role from within the "
        "business, so we will not be rescheduling your meeting.\n\nPeople Team",
        Category.REJECTION,
    ),
    # French
    (
        "fr rejection: no favourable follow-up for this candidacy",
        "talents@digitalrecruiters.com",
        "Recrutement Groupe Ardent",
        "Votre candidature chez Ardent",
        "Bonjour Jane,\n\nMalgré les qualités de votre candidature, nous ne sommes pas en mesure "
        "de lui donner une suite favorable pour ce poste.\n\nL'équipe Talents",
        Category.REJECTION,
    ),
    (
        "fr rejection: going ahead with another person",
        "lea@brioche-tech.fr",
        "Léa Martin",
        "Un mot rapide",
        "Bonjour Jane,\n\nNotre DAF a finalement choisi d'avancer avec une autre personne, "
        "rencontrée en parallèle. Merci pour ton temps.\n\nLéa",
        Category.REJECTION,
    ),
    (
        "fr public employer: written test instructions",
        "recrutement@ville-annecy.example.fr",
        "Direction des Ressources Humaines",
        "Mise en situation écrite",
        "Madame,\n\nVous trouverez ci-joint les consignes de la mise en situation écrite (45 "
        "minutes).\n\nPôle Recrutement",
        Category.ASSESSMENT,
    ),
    (
        "fr candidacy filed on a public employer's portal",
        "no-reply@beetween.com",
        "Agglo Recrutement",
        "Confirmation de dépôt de candidature",
        "Bonjour,\n\nVotre candidature au poste « Chargé de mission finances » (cadre "
        "d'emplois des attachés) a bien été déposée.\n\nL'Agglo",
        Category.CONFIRMATION,
    ),
    (
        "fr public employer: too many candidacies to offer an interview",
        "direction@syndicat-eaux.example.fr",
        "Syndicat des eaux - Direction",
        "Votre candidature",
        "Madame,\n\nNous avons bien reçu votre candidature au poste de contrôleur de gestion. "
        "Le nombre de candidatures reçues ne nous permet malheureusement pas de vous proposer "
        "un entretien. Le poste est réservé en priorité aux lauréats du concours.\n\nLe "
        "Directeur",
        Category.REJECTION,
    ),
    (
        "es offer: the team wants the reader to join as a named role",
        "v.paredes@lab-andino.com",
        "Valeria Paredes",
        "Propuesta",
        "Hola Marisol,\n\nEl equipo quiere que te sumes a Andino como Jefa de Planeación.\n- "
        "Sueldo mensual bruto: $52,000 MXN\n- Fecha de ingreso tentativa: 1 de julio\n\nValeria",
        Category.OFFER,
    ),
    (
        "es a founder read the application and proposes a coffee",
        "tomas.vega.p@gmail.com",
        "Tomás Vega",
        "hola Marisol",
        "Hola Marisol,\n\nVi tu aplicación y me gustó mucho tu experiencia en inventarios. "
        "¿Tomamos un café la próxima semana? Estamos en Coyoacán.\n\nTomás\nCofundador, Rutalia",
        Category.INTERVIEW,
    ),
    (
        "es a pre-hire socio-economic check is job mail of no stage",
        "estudios@verifica-rh.example.mx",
        "Verifica RH",
        "Estudio socioeconómico - Cementos del Golfo",
        "Buen día Marisol,\n\nPor encargo de Cementos del Golfo realizaremos su estudio "
        "socioeconómico y de referencias laborales previo a su ingreso.",
        Category.OTHER_JOB,
    ),
    (
        "fr a hiring manager would like to talk, the file caught their eye",
        "c.berger@hopital-example.ch",
        "Chantal Berger",
        "Logistique - votre dossier",
        "Bonjour Madame Doe,\n\nVotre dossier a retenu notre attention et je souhaiterais "
        "m'entretenir avec vous par Teams, mardi 4 mars à 10h.\n\nChantal Berger",
        Category.INTERVIEW,
    ),
    (
        "fr HR confirms the meeting agreed by phone",
        "rh@assurances-lemanique.example.ch",
        "Ressources Humaines",
        "Rendez-vous du 3 mars",
        "Madame Doe,\n\nComme convenu par téléphone, nous vous confirmons votre rendez-vous du "
        "lundi 3 mars à 14h avec M. Rochat et moi-même.\n\nRH",
        Category.INTERVIEW,
    ),
    (
        "es agency: the profile put forward and an interview on a named day",
        "l.ortiz@talento-bajio.example.mx",
        "Lucía Ortiz",
        "RE: Oportunidad Jefe de Almacén",
        "Gracias Marisol, ya presenté tu perfil. El cliente es Abarrotes del Bajío; el gerente "
        "quiere entrevistarte el jueves 6 a las 10:00 en su CEDIS.\n\nLucía",
        Category.INTERVIEW,
    ),
    (
        "en agency: several openings with clients",
        "j.hart@lonestartalent.com",
        "Jess Hart",
        "New roles - still open to contract work?",
        "Hi Jane, I have three new logistics coordinator openings with clients in Houston. "
        "Still open to contract work?\n\nJess",
        Category.OUTREACH,
    ),
]


@pytest.mark.parametrize(
    ("case", "sender", "name", "subject", "body", "expected"),
    STAGE_MAIL,
    ids=[case[0] for case in STAGE_MAIL],
)
def test_stage_mail(
    classify: Classify,
    case: str,
    sender: str,
    name: str,
    subject: str,
    body: str,
    expected: Category,
) -> None:
    assert classify(sender=sender, name=name, subject=subject, body=body).category is expected


STATUS_MAIL = [
    (
        "es public competition suspended",
        "concursos@abasto-estatal.gob.mx",
        "Servicio Profesional",
        "Aviso: suspensión del concurso",
        "Estimada aspirante:\n\nEl concurso CP-11/2025 se suspende temporalmente hasta nuevo "
        "aviso. Su registro conserva su validez.",
        ApplicationStatus.ON_HOLD,
    ),
    (
        "en recruitment for the role paused",
        "ines.blake@harrowfoods.co.uk",
        "Ines Blake",
        "Strategy Lead - update",
        "Hi Jane,\n\nFollowing the review announced on Monday, we've paused recruitment for "
        "this role. It isn't cancelled.\n\nInes Blake, Talent Acquisition Partner",
        ApplicationStatus.ON_HOLD,
    ),
    (
        "es the employer records the reader's step back",
        "seleccion@ferreteria-central.com.mx",
        "Selección Ferretería Central",
        "RE: Jefe de Compras - llamada",
        "Entendido Marisol, gracias por su honestidad. Damos de baja su postulación.",
        ApplicationStatus.WITHDRAWN,
    ),
    (
        "fr the recruiter closes the candidacy after the reader's notice",
        "c.roux@batir-promotion.com",
        "Claire Roux",
        "RE: Votre profil - poste d'analyste financier",
        "Bonjour Jane,\n\nMerci de m'avoir prévenue. J'annule le rendez-vous de lundi et "
        "clôture votre candidature. Belle réussite !\n\nClaire",
        ApplicationStatus.WITHDRAWN,
    ),
]


@pytest.mark.parametrize(
    ("case", "sender", "name", "subject", "body", "status"),
    STATUS_MAIL,
    ids=[case[0] for case in STATUS_MAIL],
)
def test_confirmations_carry_their_status(
    classify: Classify,
    case: str,
    sender: str,
    name: str,
    subject: str,
    body: str,
    status: ApplicationStatus,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body)
    assert (result.category, result.status) == (Category.CONFIRMATION, status)


LOOK_ALIKES = [
    (
        "en a journalist asks for an interview",
        "sam.wells@dailyledger.example",
        "Sam Wells",
        "Interview request: loyalty schemes",
        "Hi Jane,\n\nI'm a business reporter writing about loyalty schemes. Could I interview "
        "you for 15 minutes this week?\n\nSam",
    ),
    (
        "fr a host programme's candidacy",
        "automated@airbnb.com",
        "Airbnb",
        "Candidature d'hôte : votre demande est en cours d'examen",
        "Merci d'avoir postulé au programme. Notre équipe examine votre proposition et "
        "reviendra vers vous sous 2 semaines.",
    ),
    (
        "fr an amateur theatre class",
        "inscriptions@theatre-lyon.example.fr",
        "Théâtre du Rhône",
        "Votre candidature à l'atelier théâtre",
        "Bonjour Jane,\n\nMerci pour votre candidature à l'atelier théâtre du jeudi soir. Une "
        "audition aura lieu le 20 janvier.",
    ),
    (
        "fr a tutor's follow-up at school",
        "fc@univ-example.fr",
        "Formation continue",
        "Entretiens de suivi",
        "Madame,\n\nDans le cadre du diplôme, un entretien individuel de suivi avec votre "
        "tuteur est prévu le 3 mars à 10h.",
    ),
    (
        "en a product team's user interview with a gift card",
        "research@parcelpath.example",
        "ParcelPath",
        "Would you join a 30-min user interview? ($40 gift card)",
        "Hi Jane,\n\nOur product team would love to interview you about how you track "
        "deliveries. 30 minutes on Zoom, and we'll send a $40 gift card as thanks.",
    ),
    (
        "es a master's admissions interview",
        "posgrado@uni-estatal.example.mx",
        "Posgrado Ingeniería",
        "Liga para su entrevista",
        "Estimada aspirante, le compartimos la liga para su entrevista de admisión con el "
        "comité académico de la Maestría en Logística, hoy a las 17:00 h.",
    ),
    (
        "de a dental practice confirms an appointment",
        "termine@praxis-huber.example",
        "Praxis Dr. Huber",
        "Terminbestätigung",
        "Sehr geehrte Frau Moser,\n\nwir bestätigen Ihren Termin zur Mundhygiene am Montag um "
        "8:00 Uhr.\n\nIhr Praxisteam Dr. Huber",
    ),
    (
        "en a study permit application received",
        "no-reply@immigration.example.gc.ca",
        "Immigration Canada",
        "Application received - Study permit",
        "Your application for a study permit has been received. You will be notified when a "
        "decision is made.",
    ),
    (
        "fr the unemployment office's counselling appointment",
        "orp.example@vd.ch",
        "ORP",
        "Convocation à un entretien de conseil",
        "Madame,\n\nVous êtes convoquée à un entretien de conseil avec votre conseillère ORP le "
        "jeudi 8 janvier à 10h30.",
    ),
    (
        "fr an allotment garden's waiting list",
        "jardins@ville.example.ch",
        "Service des parcs",
        "Votre demande de parcelle",
        "Madame,\n\nVotre candidature pour une parcelle aux jardins familiaux a bien été "
        "enregistrée. Vous êtes en 12e position sur la liste d'attente.",
    ),
    (
        "de a birthday invitation",
        "oma.huber@gmx.at",
        "Oma Huber",
        "Feier",
        "Liebe Jana,\n\nwir laden dich herzlich zum Geburtstag von Opa ein, Samstag um 15 "
        "Uhr.\n\nOma",
    ),
]


@pytest.mark.parametrize(
    ("case", "sender", "name", "subject", "body"),
    LOOK_ALIKES,
    ids=[case[0] for case in LOOK_ALIKES],
)
def test_look_alikes_stay_out(
    classify: Classify, case: str, sender: str, name: str, subject: str, body: str
) -> None:
    assert classify(sender=sender, name=name, subject=subject, body=body).category is (
        Category.NOT_JOB
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("für andere Kandidat:innen entschieden", "für andere kandidatinnen  entschieden"),
        ("eine*n andere*n Bewerber*in", "einen  anderen  bewerberin "),
        ("alle Mitarbeiter/innen", "alle mitarbeiterinnen "),
        ("Bewerber/-innen", "bewerberinnen  "),
        # Links, times and "m/w/d" keep their marks.
        ("https://acme.at/in/jobs 10:00 (m/w/d)", "https://acme.at/in/jobs 10:00 (m/w/d)"),
    ],
)
def test_gender_marks_read_as_plain_words(text: str, expected: str) -> None:
    read = ungender(fold(text))
    assert (read, len(read)) == (expected, len(text))
