"""A compliance officer's Austrian and Swiss inbox: public-sector and industry rejections, a
Swiss search firm's dossier and its client's no, a startup pausing a hire, onboarding before
the start, an out-of-office reply, and a multinational's national company."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_hearing_outcome_offering_the_post_to_another_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="personal@aufsicht-beispiel.gv.at",
        name="Personalreferat Marktaufsicht",
        subject="Ausschreibung 12/2025 – Ergebnis",
        body=(
            "Sehr geehrte Frau Ortner,\n\nwir danken Ihnen für Ihre Teilnahme am Hearing. Die "
            "Stelle wurde einem anderen Bewerber angeboten, der bereits zugesagt hat.\n\n"
            "Mit freundlichen Grüßen\nPersonalreferat"
        ),
    )
    assert result.category is Category.REJECTION


def test_choosing_applicants_whose_experience_fits_better_is_a_rejection(
    classify: Classify,
) -> None:
    result = classify(
        sender="hr@walzwerk-beispiel.at",
        name="Walzwerk Mühlbach HR",
        subject="Ihre Bewerbung als Compliance Specialist",
        body=(
            "Sehr geehrte Frau Ortner,\n\nvielen Dank für Ihr Interesse. Wir haben uns für "
            "Bewerberinnen und Bewerber entschieden, deren Erfahrung im Exportrecht unserem "
            "Profil näher kommt.\n\nFreundliche Grüße\nWalzwerk Mühlbach AG"
        ),
    )
    assert result.category is Category.REJECTION


def test_a_swiss_search_firm_presenting_the_dossier_is_a_confirmation(classify: Classify) -> None:
    result = classify(
        sender="m.huber@huber-search.ch",
        name="Martina Huber",
        subject="AW: Position Risk & Compliance",
        body=(
            "Grüezi Frau Ortner\n\nDanke für Ihre Zusage. Ich habe Ihr Dossier heute dem "
            "Personalchef der Seetal Bank vorgestellt und melde mich bald.\n\n"
            "Freundliche Grüsse\nMartina Huber"
        ),
    )
    assert result.category is Category.CONFIRMATION


def test_the_clients_choice_of_someone_else_passed_on_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="m.huber@huber-search.ch",
        name="Martina Huber",
        subject="Rückmeldung",
        body=(
            "Grüezi Frau Ortner\n\nLeider keine guten Nachrichten: Die Seetal Bank hat "
            "entschieden, die Stelle mit einer Person aus der Region zu besetzen.\n\n"
            "Freundliche Grüsse\nMartina Huber"
        ),
    )
    assert result.category is Category.REJECTION
    assert result.company == "Seetal Bank"


def test_pausing_a_hire_with_a_long_title_is_on_hold(classify: Classify) -> None:
    result = classify(
        sender="people@ledgerly.example",
        name="Ledgerly People",
        subject="Update on your application",
        body=(
            "Hi Sam,\n\nwe have decided to put the Head of Risk & AML hire on hold until the "
            "new year. We'll be in touch when it reopens.\n\nBest,\nLedgerly People"
        ),
    )
    assert result.category is not Category.NOT_JOB
    assert result.status is not None and result.status.value == "on_hold"


def test_austrian_social_insurance_paperwork_before_the_start_is_job_mail(
    classify: Classify,
) -> None:
    result = classify(
        sender="lohn@seeblick-versicherung.at",
        name="Lohnverrechnung Seeblick",
        subject="Ihr Eintritt am 3. März – Unterlagen",
        body=(
            "Sehr geehrte Frau Ortner,\n\nfür die Anmeldung bei der Sozialversicherung bitten "
            "wir Sie um eine Kopie der e-card und das ausgefüllte Personalblatt.\n\n"
            "An Ihrem ersten Tag holt Sie Herr Wagner am Empfang ab.\n\nLohnverrechnung"
        ),
    )
    assert result.category is Category.OTHER_JOB


def test_an_out_of_office_label_is_not_the_employer(classify: Classify) -> None:
    result = classify(
        sender="p.wagner@seeblick-versicherung.at",
        name="Paul Wagner",
        subject="Automatische Antwort: Terminbestätigung Vorstellungsgespräch",
        body="Ich bin bis 10. März nicht im Büro und lese meine E-Mails nur eingeschränkt.",
    )
    assert result.company != "Automatische Antwort"


def test_a_firms_national_company_gives_way_to_the_brand(classify: Classify) -> None:
    result = classify(
        sender="orbis@myworkday.com",
        name="Orbis Careers",
        subject="Thank you for applying to Orbis",
        body=(
            "Dear Sam,\n\nThank you for your interest in Orbis. We have received your "
            "application for the position of Senior Auditor.\n\nKind regards,\nOrbis Talent "
            "Acquisition\n\nOrbis Austria GmbH Wirtschaftsprüfungsgesellschaft"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Orbis"


def test_the_advertised_post_adjective_is_not_the_title(classify: Classify) -> None:
    result = classify(
        sender="personal@aufsicht-beispiel.gv.at",
        name="Personalreferat Marktaufsicht",
        subject="Eingangsbestätigung – Ausschreibung 12/2025",
        body=(
            "Sehr geehrte Frau Ortner,\n\nwir bestätigen den Eingang Ihrer Bewerbung für die "
            "ausgeschriebene Stelle Referentin Marktaufsicht (Ausschreibung 12/2025).\n\n"
            "Mit freundlichen Grüßen\nPersonalreferat"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.role != "ausgeschriebene"


def test_a_search_firms_personality_is_not_the_title(classify: Classify) -> None:
    result = classify(
        sender="k.lang@lang-partner.example",
        name="Dr. Karin Lang",
        subject="Vertrauliche Anfrage – Leitung Risikomanagement",
        body=(
            "Sehr geehrte Frau Ortner,\n\nim Auftrag einer Privatbank suchen wir eine erfahrene "
            "Persönlichkeit für die Leitung des Risikomanagements. Hätten Sie Interesse an "
            "einem vertraulichen Telefonat?\n\nMit freundlichen Grüßen\nDr. Karin Lang\n"
            "Lang & Partner Personalberatung GmbH"
        ),
    )
    assert result.role is None or "Persönlichkeit" not in result.role
