"""Employers in German, Spanish and Portuguese mail: DACH ATSs and boards, letterheads,
Personalberater naming their client, groups writing for one of their companies."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


EMPLOYER_NAMED = [
    # An ATS's own domain may say "recruitment": the display name is the employer's.
    pytest.param(
        {
            "sender": "karriere@rexx-recruitment.com",
            "name": "Lindhorst Gießtechnik Bewerbermanagement",
            "subject": "Eingangsbestätigung Ihrer Bewerbung",
            "body": (
                "Sehr geehrte Frau Roth,\n\nwir bestätigen den Eingang Ihrer Bewerbungsunterlagen "
                "für die Position Qualitätsingenieur (m/w/d).\n\nMit freundlichen Grüßen\n\n"
                "Lindhorst Gießtechnik GmbH\nPersonalabteilung\nHafenweg 7, 48155 Münster\n"
            ),
            "language": "de",
        },
        "Lindhorst Gießtechnik",
        id="ats-domain-says-recruitment",
    ),
    pytest.param(
        {
            "sender": "ben.hale@greyfrontalent.co.uk",
            "name": "Ben Hale",
            "subject": "Re: Lead engineer role",
            "body": (
                "Hi Lena,\n\nThanks for the call. As promised, the client is Osterholt Drives "
                "and I've submitted your CV this afternoon.\n\nBest,\nBen Hale\n"
                "Principal Consultant - Industrial Engineering\nGreyfron Talent Ltd"
            ),
            "language": "en",
        },
        "Osterholt Drives",
        id="agency-signature-desk",
    ),
    pytest.param(
        {
            "sender": "noreply@softgarden.io",
            "name": "KTW Gruppe Recruiting",
            "subject": "Eingangsbestätigung: Konstrukteurin (m/w/d)",
            "body": (
                "Sehr geehrte Frau Roth,\n\nherzlichen Dank für Ihre Bewerbung. Wir freuen uns "
                "über Ihr Interesse an der KTW Gruppe.\n\nIhr KTW Recruiting-Team\n\n"
                "Korbach Trailerwerk GmbH - ein Unternehmen der KTW Gruppe\n"
            ),
            "language": "de",
        },
        "Korbach Trailerwerk",
        id="group-recruiting-names-company",
    ),
    pytest.param(
        {
            "sender": "talent@ostara-group.com",
            "name": "Ostara Group Careers",
            "subject": "Vielen Dank für Ihre Bewerbung",
            "body": (
                "Sehr geehrte Frau Roth,\n\nvielen Dank für Ihre Bewerbung auf die Stelle "
                "Teamleiterin Fertigung (m/w/d).\n\nIhre Bewerbung wird von der Ostara Shared "
                "Services GmbH im Auftrag der Ostara Metallwerke GmbH bearbeitet.\n\nMit "
                "freundlichen Grüßen\nOstara Shared Services GmbH\nim Auftrag der Ostara-Gruppe"
            ),
            "language": "de",
        },
        "Ostara Metallwerke",
        id="service-company-on-behalf",
    ),
    pytest.param(
        {
            "sender": "notificaciones@computrabajo.com.co",
            "name": "Computrabajo",
            "subject": "Postulación enviada: Jefe de Compras - Retail",
            "body": (
                "¡Listo, Ana!\n\nTe postulaste a Jefe de Compras - Retail en Almacenes Guaduas "
                "(Bogotá, Cundinamarca).\n\nRevisa tus postulaciones."
            ),
            "language": "es",
        },
        "Almacenes Guaduas",
        id="latin-american-board-receipt",
    ),
    pytest.param(
        {
            "sender": "pablo.mendez.v@gmail.com",
            "name": "Pablo Méndez",
            "subject": "Hola Ana",
            "body": (
                "Hola Ana, ¿qué tal?\n\nVi tu solicitud para Product Manager y me encantó tu "
                "experiencia. ¿Te late una llamada esta semana?\n\nSaludos,\nPablo\n\n--\n"
                "Pablo Méndez · Cofundador & CEO · Tilde Pagos"
            ),
            "language": "es",
        },
        "Tilde Pagos",
        id="founder-sign-off-on-one-line",
    ),
    pytest.param(
        {
            "sender": "noreply@successfactors.eu",
            "name": "Karriere",
            "subject": "Ihre Bewerbung",
            "body": (
                "Sehr geehrter Herr Wolf,\n\nvielen Dank für Ihr Interesse an einer Tätigkeit bei "
                "der Riedlinger Werke AG. Wir prüfen Ihre Unterlagen.\n\nIhr Recruiting-Team"
            ),
            "language": "de",
        },
        "Riedlinger Werke",
        id="interest-in-working-at",
    ),
    pytest.param(
        {
            "sender": "l.gil@seleccion-norte.es",
            "name": "Lucía Gil",
            "subject": "Entrevista con Conservas Ribera en Logroño",
            "body": (
                "Hola Ana,\n\nla entrevista será el jueves a las 12:00.\n\nUn saludo,\nLucía Gil"
            ),
            "language": "es",
        },
        "Conservas Ribera",
        id="name-stops-before-place-after-en",
    ),
    pytest.param(
        {
            "sender": "noreply@hr4you.org",
            "name": "Stellenportal",
            "subject": "Eingangsbestätigung",
            "body": (
                "Sehr geehrter Herr Wolf,\n\nwir bestätigen den Eingang Ihrer Bewerbung.\n\n"
                "Mit freundlichen Grüßen\nIhr Personalteam der Stadtwerke Glemstal GmbH"
            ),
            "language": "de",
        },
        "Stadtwerke Glemstal",
        id="portal-name-gives-way-to-letter",
    ),
    pytest.param(
        {
            "sender": "j.berger@ferchau.com",
            "name": "Jana Berger",
            "subject": "Ihr Profil",
            "body": (
                "Hallo Herr Wolf,\n\nich habe Ihr Profil heute bei unserem Kunden, der Wernau "
                "Sensortechnik GmbH, vorgestellt.\n\nBeste Grüße\nJana Berger\nFERCHAU GmbH"
            ),
            "language": "de",
        },
        "Wernau Sensortechnik",
        id="engineering-staffing-firm-client",
    ),
]


@pytest.mark.parametrize(("mail", "company"), EMPLOYER_NAMED)
def test_employer_named(classify: Classify, mail: dict[str, str], company: str) -> None:
    assert classify(**mail).company == company


def test_letterhead_address_is_never_the_employer(classify: Classify) -> None:
    result = classify(
        sender="bewerbung@quellmann-bau.de",
        name="Bewerbermanagement",
        subject="Ihre Bewerbung",
        body="Sehr geehrte Frau Roth,\n\nvielen Dank für Ihre Bewerbung. Wir melden uns in "
        "Kürze bei Ihnen.\n\nMit freundlichen Grüßen\nPersonalabteilung\n"
        "Industriestraße 3-5, 89073 Ulm\n",
        language="de",
    )
    assert result.company is None or "straße" not in result.company.lower()


@pytest.mark.parametrize(
    ("sender", "body", "company"),
    [
        (
            "noreply@karriere.at",
            "Hallo Lena,\n\ndeine Bewerbung als Schweißfachingenieur (m/w/d) wurde erfolgreich an\n"
            "Pongauer Stahlbau GmbH, Bischofshofen, übermittelt.\n\nDein karriere.at Team",
            "Pongauer Stahlbau",
        ),
        (
            "mail@xing.com",
            "Hallo Lena Roth,\n\nIhre Bewerbung auf Leiterin Qualität (m/w/d) bei\n"
            "Wiesental Armaturen GmbH wurde erfolgreich verschickt.",
            "Wiesental Armaturen",
        ),
        (
            "noreply@stepstone.de",
            "Ihre Bewerbung für die Stelle\n\nProjektingenieurin Anlagenbau (m/w/d)\n"
            "Kranichfeld Anlagentechnik GmbH · Erfurt\n\nwurde erfolgreich versendet.",
            "Kranichfeld Anlagentechnik",
        ),
    ],
)
def test_dach_boards_name_the_employer_in_their_receipt(
    classify: Classify, sender: str, body: str, company: str
) -> None:
    result = classify(
        sender=sender, name="Jobbörse", subject="Bewerbung versendet", body=body, language="de"
    )
    assert result.company is not None and result.company.startswith(company)


NO_EMPLOYER = [
    pytest.param(
        {
            "sender": "jobs@talentbruecke-technik.de",
            "name": "Talentbrücke Technik",
            "subject": "Bestätigung: Ihre Bewerbung Elektroniker (Direktvermittlung)",
            "body": (
                "Hallo Frau Roth,\n\nvielen Dank für Ihre Bewerbung auf unsere Anzeige. Unser "
                "Kunde ist ein Zulieferer aus der Region.\n\nIhr Team\nTalentbrücke Technik GmbH - "
                "Personalvermittlung"
            ),
            "language": "de",
        },
        id="status-word-before-colon",
    ),
    # "für einen unserer Kunden" and a signature naming a Personalpartner: the writer's firm is
    # an intermediary, not the employer.
    pytest.param(
        {
            "sender": "tim.jost@auenwald-personalpartner.de",
            "name": "Tim Jost",
            "subject": "Spannende Position als Prüfingenieur",
            "body": (
                "Hallo Lena,\n\nfür einen unserer Kunden, einen Maschinenbauer in Kassel, suchen "
                "wir einen Prüfingenieur (m/w/d). Hast du Lust auf ein kurzes Telefonat?\n\n"
                "Viele Grüße\nTim Jost\nRecruiter | Auenwald Personalpartner GmbH"
            ),
            "language": "de",
        },
        id="agency-pitch-de",
    ),
    pytest.param(
        {
            "sender": "m.sanz@norteconsulting.es",
            "name": "Marta Sanz",
            "subject": "Oportunidad profesional",
            "body": (
                "Hola Ana,\n\nuno de nuestros clientes, una empresa del sector alimentario, busca "
                "un Product Manager. ¿Te interesa que hablemos?\n\nUn saludo,\nMarta Sanz\nNorte "
                "Consulting"
            ),
            "language": "es",
        },
        id="agency-pitch-es",
    ),
]


@pytest.mark.parametrize("mail", NO_EMPLOYER)
def test_no_employer(classify: Classify, mail: dict[str, str]) -> None:
    assert classify(**mail).company is None


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Hallo Lena,\n\nwie besprochen habe ich dein Profil an unseren Kunden, die\n"
            "Obermoser Fördertechnik GmbH in Rosenheim, geschickt.\n\nViele Grüße\nSina",
            "Obermoser Fördertechnik",
        ),
        (
            "Hallo Frau Roth,\n\nDer Kunde, die Halbritter Sensorik GmbH, würde Sie gern "
            "kennenlernen.\n\nBeste Grüße\nTim Jost",
            "Halbritter Sensorik",
        ),
        (
            "Sehr geehrte Frau Roth,\n\nwie besprochen handelt es sich bei meinem Mandanten um "
            "die Kesselring Pumpen GmbH in Fulda. Ich habe Ihre Unterlagen weitergeleitet.\n",
            "Kesselring Pumpen",
        ),
    ],
)
def test_personalberater_name_their_client(classify: Classify, body: str, company: str) -> None:
    result = classify(
        sender="s.weber@nordlicht-personal.de",
        name="Sina Weber",
        subject="Ihre Bewerbung",
        body=body,
        language="de",
    )
    assert result.company is not None and result.company.startswith(company)


def test_management_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="m.ruehl@ruehl-consulting.de",
        name="Martina Rühl",
        subject="Vorstellungsgespräch mit der Geschäftsführung",
        body="Sehr geehrte Frau Roth,\n\nmein Mandant möchte Sie gerne am Montag persönlich "
        "kennenlernen.\n\nMit freundlichen Grüßen\nMartina Rühl",
        language="de",
    )
    assert result.company != "Geschäftsführung"


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "company"),
    [
        (
            "noreply@stepstone.de",
            "StepStone",
            "Ihre Bewerbung als Monteur",
            "Hallo Tom,\n\nIhre Bewerbung als Monteur (m/w/d) bei der Firma Lohmeier Aufzüge GmbH "
            "wurde erfolgreich versendet.",
            "Lohmeier Aufzüge",
        ),
        (
            "p.haas@brunnhuber-personal.de",
            "Petra Haas",
            "Absage",
            "Hallo Herr Wolf,\n\nleider hat sich die Trautwein Gießerei AG für einen anderen "
            "Kandidaten entschieden.\n\nBeste Grüße\nPetra Haas",
            "Trautwein Gießerei",
        ),
        (
            "p.haas@brunnhuber-personal.de",
            "Petra Haas",
            "Ihr Einsatz bei unserem Kunden",
            "Hallo Herr Wolf,\n\nich freue mich, dass unser Kunde Sennfeld Logistik AG Sie ab dem "
            "01.07. einsetzen möchte.\n\nViele Grüße\nPetra Haas\nPersonaldisponentin",
            "Sennfeld Logistik",
        ),
        (
            "bewerbung@guenther-toepfer.de",
            "Personalabteilung",
            "Ihre Bewerbung",
            "Sehr geehrter Herr Wolf,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für einen "
            "anderen Bewerber entschieden haben.\n\nMit freundlichen Grüßen\n"
            "Günther & Töpfer GmbH & Co. KG",
            "Günther & Töpfer",
        ),
        (
            "no-reply@bizneo.com",
            "Conservas Ribadeo",
            "Hemos recibido tu candidatura",
            "Hola Ana,\n\n¡gracias por tu interés! Hemos recibido tu candidatura y la revisaremos.",
            "Conservas Ribadeo",
        ),
    ],
)
def test_employer_written_in_german_and_spanish_sentences(
    classify: Classify, sender: str, name: str, subject: str, body: str, company: str
) -> None:
    language = "es" if "bizneo" in sender else "de"
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.company == company


@pytest.mark.parametrize(
    ("sender", "body", "language", "company"),
    [
        (
            "carla@rumo-selecao.com.br",
            "Olá Ana,\n\nInfelizmente a Cerâmica Itapoã optou por seguir com outro candidato.\n\n"
            "Abraço,\nCarla",
            "pt",
            "Cerâmica Itapoã",
        ),
        (
            "m.gil@norte-seleccion.es",
            "Hola Ana,\n\nLamentablemente, Quesos Tresviso ha decidido seguir con otra "
            "candidata.\n\nUn saludo,\nMarta",
            "es",
            "Quesos Tresviso",
        ),
        (
            "noreply@infojobs.net",
            "Hola Ana,\n\nTu candidatura para Técnico en Logística en Aceites Guadalquivir ha "
            "cambiado de estado: Descartada.",
            "es",
            "Aceites Guadalquivir",
        ),
    ],
)
def test_refusals_passed_on_name_the_employer(
    classify: Classify, sender: str, body: str, language: str, company: str
) -> None:
    result = classify(sender=sender, name="Carla", subject="Retorno", body=body, language=language)
    assert result.company == company


_INVITE = (
    "Sehr geehrter Herr Wolf,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen. "
    "Bitte bestätigen Sie den Termin.\n\nMit freundlichen Grüßen\nSandra Kohl"
)


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        ("Terminbestätigung Vorstellungsgespräch – Hagedorn Pumpenbau", "Hagedorn Pumpenbau"),
        ("Ihr Vorstellungsgespräch am 12.05. bei Hagedorn Pumpenbau", "Hagedorn Pumpenbau"),
        ("Einladung zum Zweitgespräch – Hagedorn Pumpenbau GmbH", "Hagedorn Pumpenbau"),
        ("Einladung – Senior Konstrukteur", None),
        ("Einladung – Teamleiter Montage", None),
    ],
)
def test_german_invitation_subjects_name_the_employer_after_the_step(
    classify: Classify, subject: str, company: str | None
) -> None:
    result = classify(
        sender="s.kohl@gmx.de", name="Sandra Kohl", subject=subject, body=_INVITE, language="de"
    )
    assert result.company == company


_ENTREVISTA = (
    "Hola Ana,\n\nte confirmamos la entrevista del martes a las 10:00. Por favor, confírmanos "
    "tu asistencia.\n\nUn saludo,\nLucía"
)


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        ("Confirmación de entrevista - Aceitunas Tordesillas", "Aceitunas Tordesillas"),
        ("Segunda entrevista | Aceitunas Tordesillas", "Aceitunas Tordesillas"),
        ("Entrevista con Aceitunas Tordesillas el martes", "Aceitunas Tordesillas"),
        ("Próximos pasos con Aceitunas Tordesillas", "Aceitunas Tordesillas"),
        ("Aceitunas Tordesillas - Próximos pasos", "Aceitunas Tordesillas"),
        ("Segunda entrevista - Product Manager Senior", None),
        ("Confirmación de entrevista - martes 10:00", None),
    ],
)
def test_spanish_interview_subjects_name_the_employer(
    classify: Classify, subject: str, company: str | None
) -> None:
    result = classify(
        sender="lucia.gil@gmail.com",
        name="Lucía Gil",
        subject=subject,
        body=_ENTREVISTA,
        language="es",
    )
    assert result.company == company


@pytest.mark.parametrize(
    "body",
    [
        "Grüezi Herr Wolf\n\nIhr Dossier wurde an die Sennhof Präzision AG weitergeleitet. Ich "
        "melde mich.\n\nFreundliche Grüsse\nMarco Fuchs",
        "Grüezi Herr Wolf\n\nIch habe Ihre Bewerbungsunterlagen an die Sennhof Präzision AG "
        "weitergeleitet.\n\nFreundliche Grüsse\nMarco Fuchs",
    ],
)
def test_swiss_recruiter_forwards_the_dossier_to_the_client(classify: Classify, body: str) -> None:
    result = classify(
        sender="m.fuchs@fuchs-recruiting.ch",
        name="Marco Fuchs",
        subject="Ihr Dossier",
        body=body,
        language="de",
    )
    assert result.company == "Sennhof Präzision"


@pytest.mark.parametrize(
    "subject",
    [
        "Confirmação de entrevista - Vidreira Mondego",
        "Próximos passos com a Vidreira Mondego",
        "Vidreira Mondego - Entrevista",
        "Vidreira Mondego | Próximos passos",
    ],
)
def test_portuguese_subjects_name_the_employer_beside_the_step(
    classify: Classify, subject: str
) -> None:
    result = classify(
        sender="rita.costa@gmail.com",
        name="Rita Costa",
        subject=subject,
        body="Olá Ana,\n\nconfirmamos a sua entrevista na terça-feira às 10h.\n\n"
        "Cumprimentos,\nRita",
        language="pt",
    )
    assert result.company == "Vidreira Mondego"
