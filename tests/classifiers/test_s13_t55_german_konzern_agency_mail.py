"""German job mail from ATS nudges, boards, staffing agencies, group service companies and
founders on personal mailboxes: the stage and the employer as the applicant would track them."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_unfinished_application_nudge_is_an_alert(classify: Classify) -> None:
    result = classify(
        sender="lindau@myworkday.com",
        name="Lindauer Pumpenwerk AG",
        subject="Schließen Sie Ihre Bewerbung ab",
        body=(
            "Guten Tag Herr Kramer,\n\nSie haben begonnen, sich auf die Stelle Konstrukteur "
            "Pumpentechnik (m/w/d) zu bewerben, Ihre Bewerbung aber noch nicht abgeschickt. "
            "Ihre Eingaben sind gespeichert.\n\nIhr Recruiting-Team"
        ),
    )
    assert result.category is Category.ALERT


def test_board_saved_search_digest_is_an_alert(classify: Classify) -> None:
    result = classify(
        sender="agent@jobs-nord.de",
        name="Jobs Nord Suchagent",
        subject="Neue Stellen: Elektroniker Bremen",
        body=(
            "Hallo Ole,\n\nPassend zu Ihrer Suche in Bremen:\n- Elektroniker für "
            "Betriebstechnik (m/w/d) - Weserhafen Logistik GmbH\n- Servicetechniker (m/w/d) - "
            "Nordkran AG"
        ),
    )
    assert result.category is Category.ALERT


def test_board_relay_of_an_application_is_a_confirmation(classify: Classify) -> None:
    result = classify(
        sender="mailer@karrierenetz.example",
        name="Karrierenetz",
        subject="Ihre Bewerbung bei Moorfeld Energietechnik GmbH",
        body=(
            "Hallo Svenja Lorenz,\n\nSie haben sich über Karrierenetz auf die Stelle "
            "Projektingenieurin Netzanschluss (m/w/d) bei Moorfeld Energietechnik GmbH in "
            "Oldenburg beworben. Sie werden auf die Karriereseite des Unternehmens "
            "weitergeleitet, um Ihre Bewerbung abzuschließen."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Moorfeld Energietechnik"


def test_staffing_agency_pitch_for_an_unnamed_client_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="k.brandl@zeitwerk-personal.example",
        name="Katrin Brandl | Zeitwerk Personal",
        subject="Stellenangebot Elektroniker - Raum Rosenheim",
        body=(
            "Hallo Herr Kramer,\n\nFür einen unserer Kunden, ein familiengeführtes Unternehmen "
            "im Sondermaschinenbau südlich von Rosenheim, suchen wir einen Elektroniker "
            "(m/w/d) in Arbeitnehmerüberlassung. Haben Sie Interesse?"
        ),
        signature="Katrin Brandl\nPersonaldisponentin\nZeitwerk Personal Service GmbH",
    )
    assert result.category is Category.OUTREACH


def test_search_firm_pitch_naming_the_trade_in_one_word_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="m.hofer@brueckenschlag-beratung.example",
        name="Martin Hofer",
        subject="Neues Mandat - Softwareentwickler Medizintechnik",
        body=(
            "Lieber Herr Kramer,\n\nein Medizintechnik-Hersteller im Allgäu sucht einen "
            "Softwareentwickler (m/w/d) für Infusionspumpen. Das passt gut zu Ihrem Profil. "
            "Haben Sie Interesse an einem Wechsel?"
        ),
        signature="Martin Hofer\nBrückenschlag Personalberatung GmbH",
    )
    assert result.category is Category.OUTREACH


def test_agency_fixing_the_date_at_its_client_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="k.brandl@zeitwerk-personal.example",
        name="Katrin Brandl | Zeitwerk Personal",
        subject="Termin bei der Innstadt Anlagenbau GmbH",
        body=(
            "Hallo Herr Kramer,\n\nwie besprochen: unser Kunde ist die Innstadt Anlagenbau GmbH "
            "in Wasserburg. Vorstellungstermin ist am 03.03. um 10 Uhr vor Ort, ich komme mit."
        ),
        signature="Katrin Brandl\nZeitwerk Personal Service GmbH",
    )
    assert result.category is Category.INTERVIEW


def test_new_hire_questionnaire_is_onboarding_mail(classify: Classify) -> None:
    result = classify(
        sender="start@lindauer-pumpenwerk.example",
        name="Lindauer Pumpenwerk Onboarding",
        subject="Willkommen an Bord - Unterlagen vor dem Start",
        body=(
            "Lieber Herr Kramer,\n\ndamit Ihr Start am 01.06. gut klappt, füllen Sie bitte den "
            "Personalfragebogen aus und schicken uns Ihre Steuer-ID, Sozialversicherungsnummer "
            "und Bankverbindung."
        ),
    )
    assert result.category is Category.OTHER_JOB


def test_newsletter_running_its_own_interview_is_not_job_mail(classify: Classify) -> None:
    result = classify(
        sender="editor@weeklyembedded.example",
        name="Weekly Embedded",
        subject="Weekly Embedded: RTOS pitfalls",
        body=(
            "This week: scheduler traps in small RTOSes, a look at DMA chains, and our interview "
            "with a hiring manager at a robotics startup on reading junior CVs.\n\nUnsubscribe"
        ),
    )
    assert result.category is Category.NOT_JOB


def test_group_service_company_writes_for_a_one_word_brand(classify: Classify) -> None:
    result = classify(
        sender="noreply@successfactors.eu",
        name="Brenner Industrie Group Services GmbH",
        subject="Ihre Bewerbung - Req. 70211",
        body=(
            "Sehr geehrter Herr Kramer,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an "
            "Quirla.\n\nLeider haben wir uns für andere Kandidaten entschieden.\n\nMit "
            "freundlichen Grüßen\nTalent Acquisition\nBrenner Industrie Group Services GmbH"
        ),
    )
    assert result.category is Category.REJECTION
    assert result.company == "Quirla"


def test_founder_on_a_personal_mailbox_names_the_company(classify: Classify) -> None:
    result = classify(
        sender="fenja.ohlsen@gmx.de",
        name="Fenja Ohlsen",
        subject="Kielwasser / dein Profil",
        body=(
            "Moin Ole,\n\nich bin Fenja, eine der zwei Gründerinnen von Kielwasser. Deine "
            "Bewerbung fand ich spannend. Hast du Lust auf ein Kennenlerngespräch per Video? "
            "Such dir einfach einen Slot aus."
        ),
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Kielwasser"


def test_founder_signs_the_registered_firm_under_a_closing_line(classify: Classify) -> None:
    result = classify(
        sender="fenja.ohlsen@gmx.de",
        name="Fenja Ohlsen",
        subject="Re: Kielwasser / dein Profil",
        body=(
            "Hey Ole,\n\ndanke für das gute Gespräch. Am Ende haben wir uns für jemanden "
            "entschieden, der schon mehr Erfahrung mitbringt.\n\nAlles Gute dir! Fenja\n\n"
            "Kielwasser Marine UG (haftungsbeschränkt)"
        ),
    )
    assert result.category is Category.REJECTION
    assert result.company == "Kielwasser Marine"
