"""Mail of the kinds corpora 148-152 missed: tradesmen and small firms who write in a few words,
schools and public employment services that pass applications on, public selections with
their own stages (Peru's CAS, Portugal's "procedimento concursal"), and New Zealand's agencies
and plain nos."""

from __future__ import annotations

import pytest

from jobtracker.classifiers.rules.text import fold, unabbreviate, ungender
from jobtracker.correlator.people import customer_mailbox
from jobtracker.pipeline.contracts import Category
from tests.classifiers.mail_cases import Case, EmployerCase, category_test, employer_test


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        # French marks in brackets read as the feminine word, the brackets moved behind it
        ("avec un(e) candidat(e) dont", "avec une   candidate   dont"),
        ("Mitarbeiter(in) gesucht", "mitarbeiterin   gesucht"),
        # a plural after the bracket is left alone, and so is a bracket that is no mark
        ("inscrit(e)s (voir)", "inscrit(e)s (voir)"),
        ("le poste (CDI) à Lille", "le poste (cdi) à lille"),
    ],
)
def test_bracketed_gender_marks_read_as_the_word(raw: str, plain: str) -> None:
    folded = fold(raw)
    assert ungender(folded) == plain
    assert len(ungender(folded)) == len(raw)


def test_an_ordinal_dot_ends_no_sentence() -> None:
    text = fold("O processo (Ref.ª QA-0925) se encontra suspenso; Oferta n.º 5891. Fim")
    read = unabbreviate(text)
    assert "ref ª" in read and "n º" in read
    assert read.count(".") == 1  # the full stop after the number stays one
    assert len(read) == len(text)


@pytest.mark.parametrize(
    ("address", "customers"),
    [
        ("kundenservice@stadtwerke.example", True),
        ("billing@utility.example", True),
        ("atendimento@banco.example", True),
        ("katrin.huebler@stadtwerke.example", False),
        ("personal@stadtwerke.example", False),
        ("recruiting@utility.example", False),
    ],
)
def test_a_mailbox_kept_for_customers(address: str, customers: bool) -> None:
    assert customer_mailbox(address) is customers


CASES: list[Case] = [
    # a tradesman's trial day, with its date and nothing else
    (
        "elektro-brandt@t-online.example",
        "Elektro Brandt",
        "Probetag Do",
        "Hallo Jana,\n\nwie am Telefon gesagt: Probetag Donnerstag 9.10. ab 7 Uhr, Treffpunkt "
        "Baustelle Lindenallee. Arbeitsschuhe mitbringen.\n\nGruß Uwe",
        "de",
        Category.INTERVIEW,
    ),
    # a branch manager's first call, in his own words
    (
        "m.richter@gebaeudetechnik-ost.example",
        "Richter, Marco",
        "Ihre Bewerbung Servicetechniker",
        "Guten Tag Frau Doe,\n\nIhre Bewerbung hat mich über unsere Zentrale erreicht. Ich "
        "würde gern ein kurzes Telefonat mit Ihnen führen. Passt Ihnen Montag, 10 Uhr?\n\n"
        "Mit freundlichen Grüßen\nMarco Richter",
        "de",
        Category.INTERVIEW,
    ),
    # Workday's German offer around the requisition and the title
    (
        "acmelogistik@myworkday.com",
        "Acme Logistik",
        "Ein Angebot wartet auf Sie",
        "Hallo Jana,\n\nwir freuen uns, Ihnen für die Position R-0012345 Schichtleiter Lager "
        "(m/w/d) ein Angebot zu unterbreiten. Ihr Angebotsschreiben liegt in Ihrem "
        "Kandidatenkonto.\n\nIhr Talent Acquisition Team",
        "de",
        Category.OFFER,
    ),
    # a board's survey is not an agency's pitch because it lists "I have an offer"
    (
        "donotreply@indeed.com",
        "Indeed",
        "Haben Sie etwas von Acme Logistik GmbH gehört?",
        "Hallo Jana,\n\nvor einem Monat haben Sie sich über Indeed bei Acme Logistik GmbH "
        "beworben. Hat sich der Arbeitgeber bei Ihnen gemeldet?\n\nJa: https://indeed.com/a\n"
        "Nein: https://indeed.com/b\nIch habe ein Angebot: https://indeed.com/c",
        "de",
        Category.OTHER_JOB,
    ),
    # a friend's own interview
    (
        "kai.lenz@posteo.example",
        "Kai Lenz",
        "Freitag!!",
        "Na du,\n\nhatte gestern mein Vorstellungsgespräch bei der Stadtbibliothek und die "
        "wollen mich! Ab März. Drück mir die Daumen für den Vertrag.\n\nKai",
        "de",
        Category.NOT_JOB,
    ),
    # a start-up's offer in its own words, selling seasons in brackets
    (
        "paul@maison-lin.example",
        "Paul Garnier",
        "Bonne nouvelle",
        "Salut Jane,\n\nOn a adoré ton cas pratique et on aimerait vraiment t'avoir avec nous "
        "à la rentrée : contrat d'apprentissage de 12 mois, équipe Ops, gros pics d'activité "
        "(Noël, soldes).\n\nPaul",
        "fr",
        Category.OFFER,
    ),
    # a board's rejection relayed, the no in a start-up's tone
    (
        "noreply@welcometothejungle.com",
        "Welcome to the Jungle",
        "Ta candidature chez Pivoine",
        "Hello Jane,\n\nMerci pour ta candidature ! On a reçu beaucoup de profils et on ne va "
        "malheureusement pas pouvoir poursuivre avec toi cette fois-ci.\n\nL'équipe Pivoine",
        "fr",
        Category.REJECTION,
    ),
    # a flat, not a job, with the same words as a no
    (
        "location@agence-nord.example",
        "Agence Nord Immobilier",
        "Suite à votre candidature – T2 rue Nationale",
        "Madame,\n\nNous vous remercions de l'intérêt porté au logement de la rue Nationale. "
        "Malgré la qualité de votre dossier, le propriétaire a retenu une autre candidature."
        "\n\nService location",
        "fr",
        Category.NOT_JOB,
    ),
    # a Peruvian public selection's results and next stage
    (
        "convocatorias@programa-vial.example",
        "Sistema de Convocatorias",
        "Resultados de la evaluación curricular - CAS N° 012-2025",
        "Señor(a) postulante:\n\nSe publicaron los resultados de la evaluación curricular.\n"
        "Resultado: APTO\n\nLos postulantes APTOS deberán presentarse a la evaluación de "
        "conocimientos el lunes 3 de noviembre a las 9:00 horas.",
        "es",
        Category.ASSESSMENT,
    ),
    (
        "rrhh@programa-agua.example",
        "Comité de Selección",
        "CAS N° 020-2025 - Resultados",
        "Estimado(a) postulante:\n\nSe publicó el acta de resultados de la evaluación "
        "curricular.\n\n7 DOE, JANE  Analista de Obras  NO APTO\n\nLos postulantes con la "
        "condición de NO APTO no continúan en el proceso.",
        "es",
        Category.REJECTION,
    ),
    # a Peruvian board's receipt
    (
        "notificaciones@aptitus.com",
        "Aptitus",
        "Postulaste al aviso Asistente de Obra",
        "Hola Jane,\n\nTu postulación al aviso Asistente de Obra de Constructora Sierra Alta "
        "se realizó con éxito.\n\nIr a mis postulaciones",
        "es",
        Category.CONFIRMATION,
    ),
    # a small firm keeps someone else
    (
        "jorge.vela61@hotmail.example",
        "Jorge Vela",
        "RE: entrevista",
        "Ing. Jane, gracias por venir. Al final me quedo con un colega que ya conoce la obra. "
        "La tengo en cuenta para el próximo año.\nJorge",
        "es",
        Category.REJECTION,
    ),
    # a Portuguese post filled in the meantime
    (
        "rh@calcados-norte.example",
        "Calçados Norte",
        "Candidatura",
        "Boa tarde Jane,\n\nAgradecemos a sua candidatura. Informamos que a vaga foi "
        "entretanto preenchida por um candidato com experiência no setor.\n\nCom os melhores "
        "cumprimentos",
        "pt",
        Category.REJECTION,
    ),
    # a process paused, its reference written with an ordinal
    (
        "noreply@taleo.net",
        "Farmalux – Recrutamento",
        "Ref.ª QA-0925 – ponto de situação",
        "Cara Jane,\n\nO processo de recrutamento para o cargo de Técnica de Qualidade "
        "(Ref.ª QA-0925) encontra-se temporariamente suspenso.\n\nA sua candidatura mantém-se "
        "ativa.",
        "pt",
        Category.CONFIRMATION,
    ),
    # a master's programme's admissions office is no employer
    (
        "admissoes@escola-gestao.example",
        "Escola de Gestão – Admissões",
        "Candidatura submetida – Mestrado Executivo em Operações",
        "Cara Jane,\n\nConfirmamos a receção da sua candidatura ao Mestrado Executivo em "
        "Operações. Os candidatos pré-selecionados serão convocados para entrevista.\n\n"
        "Gabinete de Admissões",
        "pt",
        Category.NOT_JOB,
    ),
    # New Zealand's plain nos
    (
        "talent@kauri-energy.example",
        "Kauri Energy Talent Team",
        "Update",
        "Hi Jane,\n\nThanks for your application for the Payroll Officer role. We've completed "
        "shortlisting and unfortunately your application hasn't been successful this time."
        "\n\nNgā mihi",
        "en",
        Category.REJECTION,
    ),
    (
        "sam@harbourbuild.example",
        "Sam Reid",
        "Finance Officer",
        "Hi Jane,\n\nThanks for applying for the Finance Officer role and for coming in. "
        "We've offered the role to someone who lives locally "
        "and can start straight away. Sorry it's not better news.\n\nSam",
        "en",
        Category.REJECTION,
    ),
    # a marketplace sale and a flat's no are not job mail
    (
        "noreply@trademe.co.nz",
        "Trade Me",
        "Congratulations - your item has sold",
        "Hi Jane,\n\nYou accepted the offer from kiwi_buyer, and your listing has sold.",
        "en",
        Category.NOT_JOB,
    ),
    (
        "dan@citypm.example",
        "Dan Roberts",
        "Application outcome - 9 Rimu Street",
        "Hi Jane,\n\nThank you for your application for 9 Rimu Street and for coming to the "
        "viewing. The owner has decided to proceed with another applicant.",
        "en",
        Category.NOT_JOB,
    ),
]

test_trades_schools_and_public_selections = category_test(CASES)


EMPLOYER_CASES: list[EmployerCase] = [
    # a signature that begins inside the company's name keeps the whole name
    (
        "noreply@concludis.de",
        "Falke Gruppe | Karriere",
        "Ihre Bewerbung: Haustechniker (m/w/d) Objekt Nord",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung als Haustechniker für unser "
        "Objekt Nord. Wir haben Ihre Unterlagen erhalten.\n\nMit freundlichen Grüßen\nIhr "
        "Recruiting-Team der Falke Gruppe\nFalke Facility Services GmbH · Niederlassung "
        "Halle · Hafenstraße 3\nEin Unternehmen der Falke Gruppe",
        "de",
        "Falke Facility Services",
    ),
    # "in Kürze" is no name
    (
        "bewerbung@personalpartner-mitte.example",
        "Personalpartner Mitte",
        "Eingangsbestätigung (Projekt 25-0101)",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbungsunterlagen. Ihre "
        "Disponentin meldet sich nach Rücksprache mit unserem Kunden Lindner Antriebe in "
        "Kürze bei Ihnen.",
        "de",
        "Lindner Antriebe",
    ),
    # a board's card with the trade after a dash
    (
        "noreply@emprego.sapo.pt",
        "SAPO Emprego",
        "Candidatura efetuada com sucesso",
        "Olá Jane,\n\nA sua candidatura à oferta Técnica de Processo – Produção foi efetuada "
        "com sucesso.\nEmpresa: Solmar – Indústria de Conservas, S.A.\nLocal: Matosinhos",
        "pt",
        "Solmar",
    ),
    # a title with its own "de" before the employer's
    (
        "notificaciones@aptitus.com",
        "Aptitus",
        "Postulaste al aviso Ingeniero de Campo",
        "Hola Jane,\n\nTu postulación al aviso Ingeniero de Campo – Obras Viales de Consorcio "
        "Vial Andino se realizó con éxito.",
        "es",
        "Consorcio Vial Andino",
    ),
    # a state portal's field
    (
        "no-responder@servir.gob.pe",
        "Talento Perú",
        "Registro de postulación",
        "Estimado(a) JANE DOE:\n\nSe registró su postulación en la siguiente convocatoria:\n\n"
        "Entidad: PROGRAMA NACIONAL DE RIEGO ANDINO\nConvocatoria: CAS N° 041-2025",
        "es",
        "Programa Nacional de Riego Andino",
    ),
    # SEEK in one sentence
    (
        "noreply@seek.co.nz",
        "SEEK",
        "Your application was successfully submitted",
        "Application sent\n\nHi Jane,\n\nYour application for Payroll Officer was "
        "successfully submitted to Rimu Foods Limited.\n\nView applied jobs",
        "en",
        "Rimu Foods",
    ),
    # an assessment vendor writing for the employer
    (
        "noreply@shl.com",
        "SHL on behalf of Brightwater Plastics",
        "Online Assessment Invitation",
        "Dear Jane,\n\nAs the next step of the selection process, we invite you to complete "
        "the following online assessments: Verify Numerical Reasoning.",
        "en",
        "Brightwater Plastics",
    ),
    # an agency consultant names the client once the reader goes forward
    (
        "olivia@tidewater-recruit.example",
        "Olivia Chen",
        "Interview confirmed",
        "Hi Jane,\n\nGreat news - my client would love to meet you! I can now tell you it's "
        "Kowhai Community Housing. Monday 10am, via Teams.\n\nOlivia Chen\nSenior Consultant | "
        "Finance\nTidewater Finance Recruitment\nLevel 4, Auckland",
        "en",
        "Kowhai Community Housing",
    ),
]

test_the_employer_of_cards_boards_and_agencies = employer_test(EMPLOYER_CASES)
