"""Boards' cards and sentences that name the employer under the title, the candidate's own name
where an employer was expected, and plain-words mail of corpora 129-137: a pause told with
regret, no's in German, French and European Portuguese, a take-home in a founder's words,
public employers' saved searches, and look-alikes (profile-view counts, a credit card with a
long name, a dentist's appointment)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from jobtracker.correlator.names import company_key
from jobtracker.pipeline.contracts import Address, CalendarEvent, Category, Classification
from tests.classifiers.conftest import make_message

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "company"),
    [
        # Indeed's German card: the title the subject ends with, the employer and place under it
        (
            "indeedapply@indeed.com",
            "Indeed Apply",
            "Bewerbung eingereicht: Versuchsingenieurin Akustik (m/w/d)",
            "Bewerbung eingereicht\n\nVersuchsingenieurin Akustik (m/w/d)\nSchallwerk Prüftechnik "
            "GmbH – Ulm\n\nDie folgenden Elemente wurden an den Arbeitgeber gesendet: Lebenslauf."
            "\n\n© 2025 Indeed · Indeed Ireland Operations Ltd. · Datenschutz",
            "de",
            "Schallwerk Prüftechnik",
        ),
        # Indeed's French card with the place on a line of its own; its Irish company in the
        # footer is no employer
        (
            "indeedapply@indeed.com",
            "Indeed",
            "Candidature envoyée : Responsable paie (H/F)",
            "Votre candidature a été envoyée\n\nResponsable paie (H/F)\nFromagerie des Dombes\n"
            "Villeurbanne (69)\nCandidature envoyée le 14 octobre 2025\n\n© 2025 Indeed\nIndeed "
            "Ireland Operations Ltd, 124 St. Stephen's Green, Dublin 2, Irlande",
            "fr",
            "Fromagerie des Dombes",
        ),
        # a French board's card after a sentence that ends in a colon, the title marked H/F
        (
            "notification@emails.hellowork.com",
            "HelloWork",
            "Votre candidature a bien été envoyée",
            "Candidature envoyée !\n\nBonjour Jane,\n\nVotre candidature a bien été transmise au "
            "recruteur pour l'offre suivante :\n\nAssistant comptable H/F\nBoulangeries Marcel\n"
            "Nantes - 44 · CDI · Temps plein\n\nÀ bientôt sur HelloWork",
            "fr",
            "Boulangeries Marcel",
        ),
        # France Travail's card: the offer's number between the sentence and the title
        (
            "noreply@francetravail.fr",
            "France Travail",
            "Votre candidature a bien été transmise",
            "Bonjour Madame DOE,\n\nVotre candidature a bien été transmise à l'employeur pour "
            "l'offre suivante :\n\nOffre n° 197QWTR\nAssistant RH et paie (H/F)\nMENUISERIE "
            "ARTIGUES - 31000 TOULOUSE\nContrat à durée indéterminée\n\nCordialement,\nFrance "
            "Travail",
            "fr",
            "Menuiserie Artigues",
        ),
        # a Latin American board's sentence: the subject's title, then "de <employer> (<place>)"
        (
            "no-reply@computrabajo.com",
            "Computrabajo",
            "Has aplicado a la oferta: Analista de Datos Sr",
            "Hola Jane,\n\nTu postulación a la oferta Analista de Datos Sr de Servicios "
            "Logísticos del Bajío SA de CV (León, Guanajuato) se ha enviado correctamente.\n\n"
            "Computrabajo México.",
            "es",
            "Servicios Logísticos del Bajío",
        ),
        # the Bundesagentur's Jobbörse passes the application on to the employer it names
        (
            "noreply@arbeitsagentur.de",
            "Bundesagentur für Arbeit – Jobbörse",
            "Ihre Bewerbung wurde versendet",
            "Guten Tag Frau Jane Doe,\n\nIhre Bewerbung auf das folgende Stellenangebot wurde "
            "erfolgreich an den Arbeitgeber versendet:\n\nStellenangebot: Prüfingenieurin "
            "(m/w/d)\nArbeitgeber: Prüfhaus Nord GmbH\nArbeitsort: 20095 Hamburg\n\nMit "
            "freundlichen Grüßen\nIhre Bundesagentur für Arbeit",
            "de",
            "Prüfhaus Nord",
        ),
        # "Termin bei <employer> am 15.10.": the day after the name is no part of it
        (
            "d.huber@kessler-personal.example",
            "Daniela Huber",
            "Termin bei Brandhofer am 15.10.",
            "Hallo Frau Doe,\n\nwie telefonisch besprochen: Brandhofer möchte Sie kennenlernen! "
            "Das Vorstellungsgespräch ist am 15.10. um 10 Uhr in Ottobrunn.\n\nBeste Grüße\n"
            "Daniela Huber\nKessler Personal GmbH",
            "de",
            "Brandhofer",
        ),
        # a sole trader on a personal mailbox signs with the firm named after them; the quoted
        # application below the German webmail's separator is no part of the sign-off
        (
            "gerd.haas@t-online.de",
            "Gerd Haas",
            "AW: Initiativbewerbung als Versuchsingenieurin",
            "Guten Morgen Frau Doe,\n\ndanke für Ihre Bewerbung. Kommen Sie doch nächste Woche "
            "einmal bei uns vorbei, dann zeige ich Ihnen die Werkstatt.\n\nMit freundlichem "
            "Gruß\nGerd Haas\n\nHaas Prüfstandstechnik\nInh. Dipl.-Ing. (FH) Gerd Haas\n"
            "Heilbronner Str. 42, 71665 Vaihingen\n\n-----Original-Nachricht-----\nBetreff: "
            'Initiativbewerbung als Versuchsingenieurin\nVon: "Jane Doe" <jane.doe@gmx.de>\n\n'
            "Sehr geehrter Herr Haas,\n\nanbei meine Unterlagen.\n\nMit freundlichen Grüßen\n"
            "Jane Doe",
            "de",
            "Haas Prüfstandstechnik",
        ),
        # a public body's e-registry writes under the body's name
        (
            "registro@insuma.example",
            "Registro Electrónico INSUMA",
            "Justificante de presentación – Solicitud de participación PS-04/2026",
            "Se ha registrado su solicitud de participación en el proceso selectivo PS-04/2026 "
            "para la plaza de Técnico/a de Control de Gestión.\n\nNúmero de registro: "
            "2026-E-004417",
            "es",
            "INSUMA",
        ),
        # Civil Service Jobs names the department after the role and its reference
        (
            "noreply@civilservicejobs.service.gov.uk",
            "Civil Service Jobs",
            "Application submitted - 418207 - Data Analyst (HEO)",
            "Dear Jane Doe\n\nThank you for submitting your application for the role of Data "
            "Analyst (HEO) - Manchester / Darlington, reference 418207, with the Department for "
            "Skills and Regional Growth.\n\nYour application will be considered after the "
            "closing date.\n\nCivil Service Jobs",
            "en",
            "Department for Skills and Regional Growth",
        ),
        # a Portuguese board's labelled employer with its legal form after a comma
        (
            "noreply@sapo.pt",
            "SAPO Emprego",
            "A sua candidatura foi enviada",
            "Olá Jane,\n\nA sua candidatura à oferta Customer Care Manager (m/f) – Ref.ª "
            "CCM/2026/04 foi enviada com sucesso.\nEntidade: Transnorte Expressos, S.A.\n"
            "Localidade: Porto\n\nBoa sorte!",
            "pt",
            "Transnorte Expressos",
        ),
        # the sender writes the brand before its registered name, and the letter names it
        (
            "noreply@frescura-dh.jobs.personio.com",
            "Frescura – Distribuição Hoteleira, S.A.",
            "Confirmação de candidatura – Key Account Manager HORECA (Norte)",
            "Olá Jane,\n\nObrigado pela sua candidatura para a posição de Key Account Manager "
            "HORECA (Norte) na Frescura.\n\nRecebemos o seu CV e vamos analisá-lo nos próximos "
            "dias.\n\nEquipa de Pessoas\nFrescura – Distribuição Hoteleira, S.A.",
            "pt",
            "Frescura",
        ),
    ],
)
def test_the_employer_a_board_an_agency_or_a_sign_off_names(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    language: str,
    company: str,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is not Category.NOT_JOB, result.evidence
    assert result.company is not None, result.evidence
    assert company_key(result.company) == company_key(company), result.evidence


def test_a_legal_form_cut_from_its_name_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@occ.com.mx",
        name="OCC",
        subject="Una empresa vio tu CV",
        body="¡Buenas noticias, Jane!\n\nCorporativo Alameda, S.A. de C.V. revisó tu CV para la "
        "vacante Analista de Datos Sr.\n\nEstatus de tu postulación: CV visto\n\nOCC Mundial.",
        language="es",
    )
    assert result.category is Category.VIEWED, result.evidence
    assert result.company is None or company_key(result.company) not in ("", "s a", "sa de cv")


def test_the_candidates_first_name_and_surname_are_no_employer(
    classifier: object,
) -> None:
    # A Spanish-speaking candidate's mail is addressed to three names; a meeting's title uses
    # two of them ("<employer> - Jane Doe"), a contract's file name the surname alone.
    invite = make_message(
        sender="karla.ruiz@nexotalento.example",
        name="Karla Ruiz",
        subject="Invitación: Entrevista Rivera Logística - Jane Doe @ vie 26 sept 2025 10am",
        body="Jane, te mando la invitación para la entrevista con el equipo de Rivera "
        "Logística.\n\nUnirse con Google Meet: meet.google.com/abc-defg-hij",
        language="es",
    ).model_copy(
        update={
            "to": (
                Address(name="Jane Doe Smith", address="jane@example.org", domain="example.org"),
            )
        }
    )
    signed = make_message(
        sender="dse@eumail.docusign.net",
        name="Sabine Loibl über DocuSign",
        subject="Bitte mit DocuSign unterzeichnen: Arbeitsvertrag_Smith_Jane.pdf",
        body="Sabine Loibl hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.\n\n"
        "Sehr geehrte Frau Smith, anbei Ihr Arbeitsvertrag zur elektronischen Unterschrift.",
        language="de",
    ).model_copy(
        update={
            "to": (Address(name="Jane Smith", address="jane@example.org", domain="example.org"),)
        }
    )
    for message, own in ((invite, "Jane Doe"), (signed, "Smith")):
        result = classifier.classify(message)  # type: ignore[attr-defined]
        assert result.category is not Category.NOT_JOB, result.evidence
        assert result.company is None or company_key(result.company) != company_key(own)


@pytest.mark.parametrize(
    ("sender", "subject", "body", "language", "category"),
    [
        # a pause told with regret is a pause (a confirmation that leaves it on hold)
        (
            "personal@institut-nord.example",
            "Sachstand Ihrer Bewerbung",
            "Sehr geehrte Frau Doe,\n\nleider müssen wir Ihnen mitteilen, dass das "
            "Besetzungsverfahren zur Kennziffer 2025-117 bis\nauf Weiteres ausgesetzt ist. Ihre "
            "Bewerbung bleibt im Verfahren.\n\nMit freundlichen Grüßen\nPersonalreferat",
            "de",
            Category.CONFIRMATION,
        ),
        # a start-up's no in du-form: no interview offered
        (
            "no-reply@personio.de",
            "Deine Bewerbung bei Voltwerk",
            "Hi Jane,\n\nwir haben uns dein Profil genau angeschaut. Für diese Rolle suchen wir "
            "aber jemanden mit Hochvolt-Erfahrung. Deshalb können wir dir diesmal leider kein "
            "Gespräch anbieten.\n\nViele Grüße\nVoltwerk People Team",
            "de",
            Category.REJECTION,
        ),
        # a founder's take-home in plain words
        (
            "felix@foehnwerk.example",
            "Kleine Aufgabe für dich",
            "Hi Jane,\n\ndanke nochmal für Freitag. Wie besprochen eine kleine Aufgabe, damit "
            "wir sehen, wie du an so was rangehst: ein Testkonzept, max. 4 Seiten.\n\nSchick's "
            "mir bis Dienstag.\n\nServus\nFelix",
            "de",
            Category.ASSESSMENT,
        ),
        # a Workday task named by what it tests
        (
            "acme@myworkday.com",
            "Action required: complete your technical questionnaire",
            "Dear Jane,\n\nYour application for R&D Test Engineer has moved to the next step. "
            "Please complete the technical questionnaire in your Candidate Home within 5 days."
            "\n\nAcme Talent Acquisition",
            "en",
            Category.ASSESSMENT,
        ),
        # French no's that name the one preferred
        (
            "recrutement@verdier-distribution.example",
            "Votre candidature",
            "Madame,\n\nNous avons bien reçu votre candidature au poste de Responsable "
            "Recrutement et vous remercions de l'intérêt porté à notre groupe.\n\nMalgré les "
            "qualités de votre profil, nous avons retenu des candidatures dont l'expérience "
            "correspond davantage à notre besoin.\n\nCordialement,\nLe service Recrutement",
            "fr",
            Category.REJECTION,
        ),
        (
            "bvr@myworkday.com",
            "Votre candidature chez BVR",
            "Bonjour Jane,\n\nVotre parcours a retenu toute notre attention. Nous avons "
            "toutefois fait le choix de poursuivre avec un candidat dont l'expérience correspond "
            "davantage aux enjeux du poste.\n\nBien cordialement,\nNadia Cheref",
            "fr",
            Category.REJECTION,
        ),
        # European Portuguese no's
        (
            "noreply@frescura-dh.jobs.personio.com",
            "A sua candidatura na Frescura",
            "Olá Jane,\n\nAnalisámos a sua candidatura com atenção e, infelizmente, não vamos "
            "avançar com ela neste momento.\n\nDesejamos-lhe o maior sucesso.\n\nEquipa de "
            "Pessoas",
            "pt",
            Category.REJECTION,
        ),
        (
            "recrutamento@transnorte.example",
            "Candidatura – Ref.ª CCM/2026/04",
            "Exma. Senhora,\n\nVimos agradecer a candidatura apresentada à oferta em referência."
            "\n\nInformamos V. Exa. que o processo de recrutamento se encontra concluído, tendo "
            "sido selecionado um candidato cujo perfil se revelou mais adequado.\n\nA Direção de "
            "Recursos Humanos",
            "pt",
            Category.REJECTION,
        ),
        # public employers' saved searches are alerts
        (
            "noreply@governmentjobs.com",
            "New job posting matching your job interest card: Program Supervisor",
            "A new job has been posted that matches your Job Interest Card.\n\nProgram "
            "Supervisor\nCity of Lakemont\n\nView job and apply: "
            "https://www.governmentjobs.com/careers/lakemont/jobs/4991204",
            "en",
            Category.ALERT,
        ),
        (
            "noreply@taleo.net",
            "Kinzie County - Job Posting Notification",
            "Dear Jane Doe,\n\nThe following position matching your job search criteria has "
            "been posted on the Kinzie County careers site:\n\nYouth Services Coordinator\n\nTo "
            "unsubscribe, log in and edit your Job Search Agent.",
            "en",
            Category.ALERT,
        ),
        # look-alikes: a network's count of profile visits, a credit card with a long name, the
        # reader's dentist
        (
            "messages-noreply@linkedin.com",
            "Felicita a Jesús Orozco por su nuevo empleo",
            "Jesús Orozco empezó un nuevo puesto: Senior Software Engineer en Tecnoforja\n\nOtras "
            "novedades de tu red:\n  Paola Gutiérrez comentó una publicación\n  3 personas "
            "vieron tu perfil",
            "es",
            Category.NOT_JOB,
        ),
        (
            "cardservices@cardinalbank.example",
            "We've received your application",
            "Dear Jane Doe,\n\nThank you for applying for the Cardinal Bank Horizon Rewards Visa "
            "Signature card. We've received your application and are reviewing it.",
            "en",
            Category.NOT_JOB,
        ),
        (
            "citas@dentalprovidencia.example",
            "Confirmación de cita - Limpieza dental",
            "Hola Jane,\n\nTu cita quedó agendada:\n\nTratamiento: Limpieza dental y revisión\n"
            "Fecha: martes 16 de septiembre, 8:30 am\n\nSi necesitas cambiar tu cita, avísanos "
            "con 24 horas de anticipación.",
            "es",
            Category.NOT_JOB,
        ),
    ],
)
def test_plain_words_mail_of_corpora_129_to_137(
    classify: Classify, sender: str, subject: str, body: str, language: str, category: Category
) -> None:
    result = classify(sender=sender, subject=subject, body=body, language=language)
    assert result.category is category, result.evidence


def test_a_completed_employment_contract_named_by_its_file_is_an_offer(
    classify: Classify,
) -> None:
    result = classify(
        sender="dse@eumail.docusign.net",
        name="Docusign",
        subject="Concluído: Contrato_Trabalho_Jane_Doe.pdf",
        body="O seu documento foi concluído\n\nTodas as partes concluíram o envelope "
        "Contrato_Trabalho_Jane_Doe.pdf.",
        language="pt",
    )
    assert result.category is Category.OFFER, result.evidence


def test_a_spanish_docusign_sender_and_a_signers_initial_are_no_employer(
    classifier: object,
) -> None:
    message = make_message(
        sender="dse@eumail.docusign.net",
        name="Sara Domínguez Peral vía DocuSign",
        subject="Completar con DocuSign: Contrato_JSmith_Albaida.pdf",
        body="Sara Domínguez Peral le ha enviado un documento para revisar y firmar.\n\nHola "
        "Jane, te envío el contrato y el anexo de retribución.",
        language="es",
    ).model_copy(
        update={
            "to": (Address(name="Jane Smith", address="jane@example.org", domain="example.org"),)
        }
    )
    result = classifier.classify(message)  # type: ignore[attr-defined]
    assert result.company is None or company_key(result.company) not in (
        "jsmith",
        company_key("Sara Domínguez Peral"),
    ), result.evidence


def test_a_meeting_named_after_the_company_and_the_readers_first_name(
    classify: Classify,
) -> None:
    title = "Voltaro x Jane – Kennenlernen"
    result = classify(
        sender="niklas.brandl@gmail.com",
        name="Niklas Brandl",
        subject=f"Einladung: {title} @ Di. 21. Okt. 2025 18:00 - 18:45 (MESZ)",
        body=f"Niklas Brandl hat Sie zu folgendem Termin eingeladen\n\n{title}\nDienstag, 21. "
        "Oktober 2025 · 18:00–18:45\n\nMit Google Meet teilnehmen\n"
        "https://meet.google.com/qfv-ktsa-hbm",
        language="de",
        events=(
            CalendarEvent(
                method="REQUEST",
                summary=title,
                start=datetime(2025, 10, 21, 16, 0, tzinfo=UTC),
                organizer="niklas.brandl@gmail.com",
            ),
        ),
    )
    assert result.category is Category.INTERVIEW, result.evidence
    assert result.company is not None, result.evidence
    assert company_key(result.company) == "voltaro", result.evidence


@pytest.mark.parametrize(
    ("sender", "subject", "body", "language", "category", "company"),
    [
        # a start-up's yes in tutoiement, the role named after "que tu nous rejoignes comme"
        (
            "ines@kosmik-space.example",
            "On aimerait t'avoir à bord 🚀",
            "Jane,\n\nAprès ta journée avec nous, toute l'équipe est unanime : on aimerait "
            "vraiment que tu nous rejoignes comme Embedded Software Engineer.\n\nCe qu'on te "
            "propose (détails dans le PDF) : CDI, 50 k€ brut annuel.\n\nHâte de te lire,\nInès",
            "fr",
            Category.OFFER,
            None,
        ),
        # a finished coding test's receipt names the employer it went to
        (
            "noreply@hackerrankforwork.com",
            "Test submitted successfully",
            'Hi Jane Doe,\n\nThank you for completing the test "Embedded C / RTOS".\n\nYour '
            "responses have been submitted to Altaïr Space Systems. The hiring team will review "
            "your results.\n\nBest,\nTeam HackerRank",
            "en",
            Category.ASSESSMENT,
            "Altaïr Space Systems",
        ),
        # the current employer's yearly review, forwarded from work, is no interview
        (
            "jane.doe@novalgo.example",
            "TR: Entretien annuel d'évaluation 2025",
            "-------- Message transféré --------\nObjet : Entretien annuel d'évaluation 2025\n\n"
            "Bonjour Jane, je te propose de faire ton entretien annuel jeudi à 14h.\n\nAudrey",
            "fr",
            Category.NOT_JOB,
            None,
        ),
    ],
)
def test_a_yes_a_test_receipt_and_a_yearly_review(
    classify: Classify,
    sender: str,
    subject: str,
    body: str,
    language: str,
    category: Category,
    company: str | None,
) -> None:
    result = classify(sender=sender, subject=subject, body=body, language=language)
    assert result.category is category, result.evidence
    if company is not None:
        assert result.company is not None, result.evidence
        assert company_key(result.company) == company_key(company), result.evidence


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "category"),
    [
        # the British name of the employment contract, to sign
        (
            "dse@eumail.docusign.net",
            "Kersal People Team via Docusign",
            "Please DocuSign: Contract of Employment - Jane Doe.pdf",
            "Kersal People Team sent you a document to review and sign.\n\nHi Jane, please "
            "review and sign your Contract of Employment and the accompanying policies.",
            Category.OFFER,
        ),
        # a board's digest of jobs picked from the reader's searches
        (
            "jobalerts@totaljobs.com",
            "Totaljobs",
            "Jane, these jobs could be a great match",
            "Hi Jane, based on your recent searches we think you'll like these:\n\nMI Analyst - "
            "Calder Logistics Ltd - Trafford Park\n\nData Analyst - Irwell Water - Warrington",
            Category.ALERT,
        ),
        # a hiring manager's own no after the interview
        (
            "dan.pickering@calderlogistics.example",
            "Dan Pickering",
            "RE: MI Analyst role",
            "Hi Jane,\n\nThanks for coming in last week, it was good to meet you.\n\nI've "
            "decided to go with one of the internal candidates who already knows our WMS inside "
            "out - it was a close call.\n\nCheers\nDan",
            Category.REJECTION,
        ),
    ],
)
def test_british_contract_digest_and_a_managers_no(
    classify: Classify, sender: str, name: str, subject: str, body: str, category: Category
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language="en")
    assert result.category is category, result.evidence
    assert result.company is None or not result.company.lower().startswith("i'"), result.evidence


@pytest.mark.parametrize(
    ("subject", "body", "language"),
    [
        # a start-up's no after a cancelled interview, in du-form
        (
            "Update zu deiner Bewerbung bei Eisvogel",
            "Hi Jane,\n\nwie versprochen melde ich mich bei dir – leider nicht mit dem neuen "
            "Interviewtermin.\n\nWir haben uns intern entschieden, die Stelle anders "
            "zuzuschneiden. Deshalb werden wir den Prozess mit dir nicht weiterführen.\n\n"
            "Alles Gute für dich!\nCarla",
            "de",
        ),
        # "hemos decidido incorporar de momento a alguien con un perfil más de FP&A"
        (
            "Sobre tu candidatura en Llavero",
            "Hola Jane,\n\nperdona que te cancelásemos la reunión casi sin margen. Hemos "
            "decidido incorporar de momento a alguien con un perfil más de FP&A. Tu "
            "conversación con Jaime fue genial.\n\nUn abrazo,\nEquipo de Personas de Llavero",
            "es",
        ),
    ],
)
def test_a_no_after_a_cancelled_meeting(
    classify: Classify, subject: str, body: str, language: str
) -> None:
    result = classify(
        sender="no-reply@teamtailor.com", subject=subject, body=body, language=language
    )
    assert result.category is Category.REJECTION, result.evidence
