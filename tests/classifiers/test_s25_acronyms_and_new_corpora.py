"""Mail of the kinds corpora 74 and 143-147 missed: an employer whose display name or domain is
its acronym, and whose letter writes the name in full with the acronym after it, or as initials
taken from the pieces of a compound ("KS" of "Kantonsspital")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers.rules import abbrev
from jobtracker.classifiers.rules.role import clean_role
from jobtracker.correlator.names import company_key
from jobtracker.pipeline.contracts import Category, Classification

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("short", "text", "full"),
    [
        # the name declares its acronym, whatever the initials
        (
            "USSZ",
            "Freundliche Grüsse\n\nMelanie Frischknecht\nHR Business Partnerin Pflege\n"
            "Universitätsspital Seefeld Zürich (USSZ)\nSeefeldstrasse 180, 8008 Zürich",
            "Universitätsspital Seefeld Zürich",
        ),
        # a compound gives two initials: Kantons|spital, Winter|thal
        (
            "KSWT",
            "Freundliche Grüsse\n\nPersonaldienst\nKantonsspital Winterthal\nBrunngasse 2",
            "Kantonsspital Winterthal",
        ),
        # one letter per word still reads as before
        (
            "PKRT",
            "Beste Grüsse\nPsychiatrische Klinik Rheinau-Thur\nPersonaldienst",
            "Psychiatrische Klinik Rheinau-Thur",
        ),
    ],
)
def test_an_acronym_spelled_out_in_the_letter(short: str, text: str, full: str) -> None:
    assert abbrev.expansion(short, [text]) == full


@pytest.mark.parametrize(
    ("short", "text"),
    [
        # a short word is no compound: no second initial inside "Klinik"
        ("KKRT", "Beste Grüsse\nPsychiatrische Klinik Rheinau-Thur"),
        # another acronym in brackets is not this one
        ("USSZ", "Universitätsklinik Bern (UKB)\nHR"),
    ],
)
def test_no_spelling_out_where_the_letters_do_not_fit(short: str, text: str) -> None:
    assert abbrev.expansion(short, [text]) is None


def test_an_employer_by_its_acronym_signs_in_full(classify: Classify) -> None:
    result = classify(
        sender="melanie.frischknecht@ussz.example",
        name="USSZ Recruiting",
        subject="USSZ | Einladung Video-Interview Innere Medizin",
        body="Guten Tag Frau Moser\n\nBesten Dank für Ihre Bewerbung. Gerne möchten wir Sie in "
        "einem ersten Gespräch via Microsoft Teams kennenlernen.\n\nTermin: Freitag, 24. Oktober "
        "2025, 09:30 Uhr\n\nFreundliche Grüsse\n\nMelanie Frischknecht\nHR Business Partnerin "
        "Pflege\nUniversitätsspital Seefeld Zürich (USSZ)\nSeefeldstrasse 180, 8008 Zürich",
        language="de",
    )
    assert result.category is Category.INTERVIEW, result.evidence
    assert result.company is not None, result.evidence
    assert company_key(result.company) == company_key("Universitätsspital Seefeld Zürich")


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "category"),
    [
        # a public-sector board's saved search
        (
            "noreply@interamt.de",
            "Interamt Suchagent",
            "Interamt-Suchagent: 4 neue Stellenangebote",
            'Sehr geehrte Frau Doe,\n\nIhr Suchagent "Verwaltung Hamburg" hat neue '
            "Stellenangebote gefunden:\n\n1401  Sachbearbeiter*in Wohngeld – Bezirksamt Nord\n"
            "1402  Referent*in Haushalt – Behörde für Kultur",
            "de",
            Category.ALERT,
        ),
        # a city's written stage, invited by letter
        (
            "personal@stadt-halden.example",
            "Stadt Halden Personalgewinnung",
            "Einladung zur schriftlichen Auswahlaufgabe – Kennziffer 40/112/25",
            "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie zur "
            "ersten Stufe des Auswahlverfahrens, einer schriftlichen Auswahlaufgabe, einladen.\n\n"
            "Datum: Dienstag, 4. November 2025, 10:00 Uhr",
            "de",
            Category.ASSESSMENT,
        ),
        # a district's offer: the verb's particle at the end of a long sentence
        (
            "a.berger@kreis-wiesental.example",
            "Berger, Anja",
            "Ihre Bewerbung – Ref. 2025-0311",
            "Sehr geehrte Frau Doe,\n\nwie telefonisch besprochen, hat sich die "
            "Auswahlkommission nach dem Gespräch für Sie entschieden. Wir bieten Ihnen die Stelle "
            "als Sachbearbeiterin im Jugendamt (Dienstsitz Lörrach) zu folgenden Eckdaten an:\n"
            "- Eintritt: 01.03.2026\n\nBitte teilen Sie mir mit, ob Sie das Angebot annehmen.",
            "de",
            Category.OFFER,
        ),
        # the post filled, in a small employer's few words
        (
            "personal@lernhaus-ost.example",
            "Lernhaus Ost Personal",
            "Ihre Bewerbung bei uns",
            "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung als pädagogische "
            "Fachkraft.\n\nDie Stelle an der Grundschule Am Park konnten wir inzwischen "
            "besetzen. Wir wünschen Ihnen alles Gute.",
            "de",
            Category.REJECTION,
        ),
        # a city fills the post from inside and ends the external round
        (
            "bewerbung@stadt-ufer.example",
            "Stadt Ufer - Personal",
            "Rückmeldung zu Ihrer Bewerbung",
            "Sehr geehrte Frau Doe,\n\nim weiteren Verlauf hat sich ergeben, dass die Stelle im "
            "Wege einer internen Umsetzung besetzt werden kann. Das externe Auswahlverfahren wird "
            "daher nicht fortgeführt.",
            "de",
            Category.REJECTION,
        ),
        # a board passes the employer's close on, and its footer lists new ads
        (
            "noreply@bumeran.com.ar",
            "Bumeran",
            "La empresa finalizó el proceso de selección",
            "Hola Jane,\n\nPapelera Andina S.A. finalizó el proceso de selección del aviso "
            '"Analista Contable" y, en esta oportunidad, no continuarás en la búsqueda.\n\n'
            "¡Seguí postulándote! Tenemos avisos nuevos para vos.",
            "es",
            Category.REJECTION,
        ),
        # a board's weekly digest in Río de la Plata Spanish
        (
            "alertas@zonajobs.com.ar",
            "ZonaJobs",
            "9 nuevos avisos de Analista de costos",
            'Hola Jane, estos avisos coinciden con tu alerta "Costos - CABA":\n\n- Analista de '
            "Costos · Industria láctea · Pilar\n- Analista Contable · Retail · Palermo",
            "es",
            Category.ALERT,
        ),
        # a manager's own no: the post goes to someone from inside
        (
            "marcos.lima@orbitaseguros.example",
            "Marcos Lima",
            "Retorno - vaga de Treinamento",
            "Oi, Jane, tudo bem?\n\nGostei muito da nossa conversa. Acontece que surgiu a "
            "possibilidade de uma movimentação interna e a diretoria decidiu priorizar a pessoa "
            "de dentro. Por isso, não vamos seguir com a contratação externa agora.\n\nAbraço,"
            "\nMarcos",
            "pt",
            Category.REJECTION,
        ),
        # an offer letter whose team works with the corporate university and lists life cover
        (
            "bruna.alves@coopvale.example",
            "Bruna Alves",
            "Carta proposta - Analista de Treinamento",
            "Olá, Jane!\n\nCom muita alegria te envio em anexo a carta proposta para a posição de "
            "Analista de Treinamento, em parceria com a UniVale, nossa universidade corporativa.\n"
            "\n- Salário: R$ 6.200,00 (CLT)\n- Plano de saúde, seguro de vida\n\nAbraço,\nBruna",
            "pt",
            Category.OFFER,
        ),
        # a public employer's written stage in English
        (
            "recruitment@fin.gov-province.example",
            "Recruitment Services - Finance",
            "Invitation to written assessment - Job ID 4417",
            "Good afternoon Jane,\n\nThank you for your interest in the position of Budget "
            "Analyst. We are pleased to invite you to the next stage of the competition: a "
            "written assessment.\n\nFormat: online, timed (90 minutes).",
            "en",
            Category.ASSESSMENT,
        ),
        # a recruiter asks for a first call
        (
            "nina.holt@pellham.example",
            "Nina Holt",
            "Store Finance Manager - quick chat?",
            "Hi Jane,\n\nThanks for your application to the Store Finance Manager role. Would you "
            "have 30 minutes for an introductory phone call next week?\n\nThanks,\nNina",
            "en",
            Category.INTERVIEW,
        ),
        # not chosen now, placed on a list for later
        (
            "donotreply@careers.province.example",
            "Province Careers",
            "Job ID 5512 - outcome of competition",
            "Dear Jane Doe,\n\nThe competition has now concluded. While you were not the "
            "successful candidate for the current vacancy, your name has been placed on an "
            "eligibility list.",
            "en",
            Category.REJECTION,
        ),
        # a federal selection's computer tests
        (
            "noreply@selection-federale.example",
            "Sélection fédérale",
            "AFG25190 – invitation aux tests informatisés",
            "Cher candidat, chère candidate,\n\nVotre candidature pour la sélection AFG25190 a "
            "été jugée recevable. Vous êtes invité·e à participer aux tests informatisés : "
            "raisonnement abstrait (30 min).",
            "fr",
            Category.ASSESSMENT,
        ),
        # a hiring freeze puts a city's round to rest; the application stays in
        (
            "personal@stadt-halden.example",
            "Stadt Halden Personalgewinnung",
            "Ihre Bewerbung – Kennziffer 40/112/25",
            "Sehr geehrte Frau Doe,\n\nleider müssen wir Ihnen mitteilen, dass das "
            "Stellenbesetzungsverfahren aufgrund einer Wiederbesetzungssperre vorerst ruht.\n\n"
            "Ihre Bewerbung bleibt selbstverständlich im Verfahren.",
            "de",
            Category.CONFIRMATION,
        ),
        # a federal selection's laureate, kept on the reserve list
        (
            "noreply@selection-federale.example",
            "Sélection fédérale",
            "Résultat final – AFG25190",
            "Cher candidat, chère candidate,\n\nNous avons le plaisir de vous annoncer que vous "
            "avez réussi l'épreuve orale. Vous êtes lauréat·e de la sélection et êtes repris·e "
            "dans la réserve de recrutement.",
            "fr",
            Category.CONFIRMATION,
        ),
        # a brewer's no: no budget for the post this year
        (
            "pieter.claes@gmail.com",
            "Pieter Claes",
            "Re: Re: Candidature – Responsable événements",
            "Salut Jane,\n\nJe vais être franc : on a refait les comptes et on n'a pas le budget "
            "pour un 4/5e cette année. Je suis vraiment désolé.\n\nPieter",
            "fr",
            Category.REJECTION,
        ),
        # a start-up fills the post from its own team
        (
            "no-reply@us.greenhouse-mail.io",
            "Pampa Ledger",
            "Tu postulación en Pampa Ledger",
            "Hola Jane,\n\nFinalmente la vamos a cubrir con una persona que ya trabajaba en el "
            "equipo de Operaciones, por lo que cerramos el proceso externo.\n\nEquipo de Talento",
            "es",
            Category.REJECTION,
        ),
        # the search frozen for now
        (
            "sofia.arce@granosdelsur.example",
            "Sofía Arce",
            "Búsqueda Analista Contable",
            "Hola Jane, ¿cómo estás?\n\nTe escribo para contarte en qué quedó la búsqueda: la "
            "dirección decidió congelar por ahora la incorporación de la posición. La entrevista "
            "fue muy buena.\n\nSofía\nRRHH – Granos del Sur",
            "es",
            Category.CONFIRMATION,
        ),
        # a founder's no in few words
        (
            "tiago.rambo@gmail.com",
            "Tiago Rambo",
            "Re: Learning Designer - bora conversar?",
            "Jane, bom dia!\n\nFechamos com uma pessoa aqui de Floripa que já tinha feito uns "
            "freelas com a gente. Curti demais teu portfólio e a conversa.\n\nAbraço,\nTiago",
            "pt",
            Category.REJECTION,
        ),
        # a group's no: the post goes to someone with factory experience
        (
            "no-reply@successfactors.com",
            "Grupo Serrano | Carreiras",
            "Retorno sobre sua candidatura - Req. 5120",
            "Prezada Jane,\n\nAgradecemos sua participação no processo seletivo. Contudo, neste "
            "momento a posição será preenchida por um(a) profissional com experiência prévia em "
            "ambiente fabril.",
            "pt",
            Category.REJECTION,
        ),
        # a consultancy's no: it hires someone certified
        (
            "no-reply@hire.lever.co",
            "Ray Dunne",
            "Re: FP&A Consultant - planning engagement",
            "Hi Jane,\n\nThanks again for the conversation last week. The client has asked for a "
            "certified model builder, and we've decided to go with a consultant who already "
            "holds the certification.\n\nAll the best,\nRay",
            "en",
            Category.REJECTION,
        ),
        # the employer confirms the reader's withdrawal
        (
            "m.kraus@jugendhilfe-west.example",
            "Kraus, Monika",
            "AW: Einladung zum Vorstellungsgespräch am 15.01.2026",
            "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Nachricht. Wir bestätigen hiermit die "
            "Rücknahme Ihrer Bewerbung; den Gesprächstermin am 15.01. haben wir storniert.",
            "de",
            Category.CONFIRMATION,
        ),
    ],
)
def test_plain_words_of_public_bodies_boards_and_small_employers(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    language: str,
    category: Category,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is category, result.evidence


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "company"),
    [
        # the city's title and the personnel office around its name
        (
            "j.haller@bonn-stadt.example",
            "Bundesstadt Bonn – Personal- und Organisationsamt",
            "Auswahlverfahren 51-2025-101 – Einladung",
            "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung. Das Auswahlverfahren "
            "beginnt mit einer schriftlichen Auswahlaufgabe, zu der wir Sie hiermit einladen.",
            "de",
            "Stadt Bonn",
        ),
        # a small employer's head writes from home
        (
            "petra.lang@t-online.de",
            "Petra Lang",
            "Deine Bewerbung bei uns :)",
            "Liebe Jane,\n\nich bin Petra, Geschäftsführerin von Zusammen Leben Siegburg. Deine "
            "Bewerbung über Indeed hat mir sehr gut gefallen. Wir machen immer erst ein Gespräch "
            "bei einem Kaffee und dann einen Probearbeitstag. Würde dir Dienstag, der 4.11. "
            "passen?\n\nLiebe Grüße\nPetra",
            "de",
            "Zusammen Leben Siegburg",
        ),
        # a Belgian board's card: title with Belgium's gender mark, the employer under it
        (
            "ne-pas-repondre@leforem.be",
            "Le Forem",
            "Votre candidature a bien été transmise",
            "Bonjour Jane,\n\nVotre candidature a bien été transmise à l'employeur pour l'offre "
            "suivante :\n\nChargé de projets numériques (h/f/x)\nIntercommunale du Val de Meuse – "
            "Namur\nOffre d'emploi Forem n° 4812200",
            "fr",
            "Intercommunale du Val de Meuse",
        ),
        # a board that signs its own name is not the employer
        (
            "noreply@references.be",
            "Références",
            "Votre candidature pour Responsable événements (h/f/x)",
            "Bonjour,\n\nVotre candidature a bien été envoyée.\n\nResponsable événements "
            "(h/f/x)\nMusée des Arts Verriers – Liège\n\nL'équipe Références",
            "fr",
            "Musée des Arts Verriers",
        ),
        # a group's jobs mailbox: the desk word after the dash is no name
        (
            "noreply@successfactors.com",
            "Grupo Financiero Pampa - Empleos",
            "Confirmación de postulación - Requisición 2231",
            "Estimada Jane:\n\nRecibimos su postulación a la Requisición 2231. La revisaremos y "
            "nos comunicaremos con usted.",
            "es",
            "Grupo Financiero Pampa",
        ),
        # an assessment vendor's subject names the employer in Spanish
        (
            "no-reply@testgorilla.com",
            "TestGorilla",
            "Valtek te invitó a completar una evaluación",
            "Hola Jane,\n\nValtek te invitó a completar una evaluación para el puesto de Analista "
            "de Costos. Tenés 5 días para hacerla.",
            "es",
            "Valtek",
        ),
        # a group's recruiter for one of its banners, and its receipt naming the banner
        (
            "ana.reyes@harlowgroup.example",
            "Ana Reyes",
            "Finance Manager - quick chat?",
            "Hi Jane,\n\nI'm a Talent Acquisition Partner at Harlow Group supporting our Fresh "
            "Lane banner. Thanks for your application to the Finance Manager role.\n\nThanks,\nAna"
            "\n\nAna Reyes\nTalent Acquisition Partner, Corporate Functions\nHarlow Group Inc.",
            "en",
            "Fresh Lane",
        ),
        (
            "careers@harlowgroup.example",
            "Harlow Group Careers",
            "Harlow Group - Application Received",
            "Dear Jane,\n\nThank you for applying for Finance Manager with Fresh Lane, one of the "
            "Harlow Group family of grocery banners.\n\nHarlow Group Talent Acquisition",
            "en",
            "Fresh Lane",
        ),
        # a public employer's desk after the dash is no employer: the signature's body is
        (
            "recruitment@fin.gov-province.example",
            "Recruitment Services - Finance",
            "Invitation to written assessment - Job ID 4417",
            "Good afternoon Jane,\n\nThank you for your interest in the position of Budget "
            "Analyst with the Ministry of Coastal Affairs. We are pleased to invite you to a "
            "written assessment.\n\nRegards,\n\nLee Morrow\nHR Advisor\nMinistry of Coastal "
            "Affairs",
            "en",
            "Ministry of Coastal Affairs",
        ),
    ],
)
def test_the_employer_behind_a_title_a_desk_or_a_board(
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


def test_a_boards_receipt_names_the_employer_after_a_quoted_title(classify: Classify) -> None:
    result = classify(
        sender="noreply@bumeran.com.ar",
        name="Bumeran",
        subject="Te postulaste a Analista Contable Sr.",
        body='¡Listo, Jane!\n\nTe postulaste al aviso "Analista Contable Sr." de Cóndor '
        "Compañía de Seguros S.A.\n\nTe vamos a avisar cuando la empresa vea tu CV.",
        language="es",
    )
    assert result.category is Category.CONFIRMATION, result.evidence
    assert result.company is not None and company_key(result.company) == company_key(
        "Cóndor Compañía de Seguros"
    )
    assert result.role == "Analista Contable Sr"


@pytest.mark.parametrize(
    ("raw", "role"),
    [
        ("Kennziffer 51/0412/25", None),
        ("Job ID 231845", None),
        ("R-0045821 Senior de Impuestos", "Senior de Impuestos"),
    ],
)
def test_a_label_and_its_number_are_no_title(raw: str, role: str | None) -> None:
    assert clean_role(raw) == role
