"""German job mail the rules misread: a board's receipt naming an employer whose name opens
with an abbreviation ("Gebr."), the board's own legal footer, the employer named before "hat
Ihre Bewerbung geöffnet", a "Nachname, Vorname" sender, a search firm's pitch, the answer to
a declined offer, and onboarding paperwork."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.classifiers.rules.engine import RuleClassifier
from jobtracker.connectors.mime.normalize import normalize
from jobtracker.pipeline.contracts import Classification, RawMail
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


def test_a_boards_receipt_names_an_employer_written_with_gebr(classify: Classify) -> None:
    result = classify(
        sender="noreply@stepstone.de",
        name="StepStone",
        subject="Ihre Bewerbung wurde erfolgreich versendet",
        body="Geschafft, Lea!\n\nIhre Bewerbung wurde an Gebr. Albers Stahlbau GmbH übermittelt."
        "\n\nSchichtleiter Fertigung (m/w/d)\nVerden\n\nStepStone Deutschland GmbH, "
        "Musterweg 3, 40000 Düsseldorf",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Gebr. Albers Stahlbau"


def test_the_employer_named_before_it_opened_the_application(classify: Classify) -> None:
    result = classify(
        sender="noreply@stepstone.de",
        name="StepStone",
        subject="Gute Nachrichten: Ihre Bewerbung wurde gelesen",
        body="Hallo Lea,\n\nOstkamp Landtechnik GmbH hat Ihre Bewerbung als Disponentin "
        "(m/w/d) geöffnet.\n\nStatus ansehen",
    )
    assert result.category is Category.VIEWED
    assert result.company == "Ostkamp Landtechnik"


def test_a_board_writing_the_verb_before_the_employer(classify: Classify) -> None:
    result = classify(
        sender="indeedapply@indeed.com",
        name="Indeed Apply",
        subject="Bewerbung gesendet: Lagerleitung (m/w/d)",
        body="Ihre Bewerbung wurde gesendet an Kühne Frost GmbH.\n\nLagerleitung (m/w/d)\n"
        "Kühne Frost GmbH – Kiel\n\nViel Glück!\nDas Indeed-Team",
    )
    assert result.company == "Kühne Frost"


def test_a_network_message_names_the_writers_employer(classify: Classify) -> None:
    result = classify(
        sender="mailrobot@mail.xing.com",
        name="Uta Behrens via XING",
        subject="Uta Behrens hat dir eine Nachricht geschickt",
        body="Hallo Lea,\n\nUta Behrens (Recruiterin bei Nordsee Frischdienst) hat dir eine "
        "Nachricht geschickt:\n\n„Wir suchen eine Teamleitung Disposition. Hätten Sie Lust "
        "auf einen Austausch?“",
    )
    assert result.company == "Nordsee Frischdienst"


def test_a_trade_word_belongs_to_the_firms_name(classify: Classify) -> None:
    result = classify(
        sender="personal@brinkmann-spedition.example",
        name="Personal Brinkmann",
        subject="AW: Bewerbung Disponent",
        body="Sehr geehrte Frau Roth,\n\nvielen Dank für Ihre Bewerbung. Wir werden Ihre "
        "Unterlagen sorgfältig prüfen.\n\nMit freundlichen Grüßen\nPersonal\n"
        "Spedition Brinkmann GmbH & Co. KG",
    )
    assert result.company == "Spedition Brinkmann"


def test_a_search_firms_pitch_for_an_unnamed_client_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="k.ahrens@ahrens-search.example",
        name="Kai Ahrens | Ahrens Executive Search",
        subject="Spannende Führungsaufgabe in Bremen",
        body="Hallo Frau Roth,\n\nwir begleiten derzeit einen Lebensmittelhersteller aus "
        "Bremen (ca. 300 MA) bei der Besetzung der Position Leitung Logistik (m/w/d).\n\n"
        "Hätten Sie Zeit für ein kurzes Telefonat?\n\nBeste Grüße\nKai Ahrens",
    )
    assert result.category is Category.OUTREACH


def test_the_answer_to_a_declined_offer_is_the_offers_mail(classify: Classify) -> None:
    result = classify(
        sender="personal@hafenamt-nord.example",
        name="Personalstelle Hafenamt Nord",
        subject="AW: Vertragsangebot Sachbearbeitung Logistik",
        body="Sehr geehrte Frau Roth,\n\nwir bedauern, dass Sie unser Angebot nicht annehmen, "
        "und wünschen Ihnen für die neue Stelle alles Gute.\n\nMit freundlichen Grüßen",
    )
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.WITHDRAWN


def test_a_client_halting_the_search_puts_it_on_hold(classify: Classify) -> None:
    result = classify(
        sender="k.ahrens@ahrens-search.example",
        name="Kai Ahrens | Ahrens Executive Search",
        subject="Zwischenstand Leitung Logistik",
        body="Hallo Frau Roth,\n\nmein Mandant hat die Besetzung der Position vorerst gestoppt. "
        "Das ist ausdrücklich keine Absage an Sie. Ich melde mich, sobald es weitergeht.\n\n"
        "Beste Grüße\nKai Ahrens",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.ON_HOLD


def test_a_one_way_video_interview_is_an_assessment(classify: Classify) -> None:
    result = classify(
        sender="noreply@hirevue.com",
        name="Tidewater Freight via HireVue",
        subject="Tidewater Freight: your digital interview invitation",
        body="Hi Lea,\n\nTidewater Freight would like to invite you to complete a digital "
        "interview for the Fleet Planner role. You can record your answers at a time that "
        "suits you.\n\nThe Tidewater Freight Talent Team",
    )
    assert result.category is Category.ASSESSMENT


def test_an_employer_promoting_its_deputy_rejects(classify: Classify) -> None:
    result = classify(
        sender="m.visser@noordkade.example",
        name="Maarten Visser",
        subject="Re: Depot Manager Bremen",
        body="Hi Lea,\n\nI really enjoyed our conversation, but we've decided to promote our "
        "deputy depot manager internally.\n\nAll the best,\nMaarten",
    )
    assert result.category is Category.REJECTION


def test_onboarding_paperwork_is_job_mail(classify: Classify) -> None:
    result = classify(
        sender="lisa@kranwerk.example",
        name="Lisa Brandt",
        subject="Vor deinem Start",
        body="Moin Lea,\n\ndamit zum Start alles bereitsteht, brauche ich noch deine Steuer-ID "
        "und Sozialversicherungsnummer.\n\nBis bald!\nLisa",
    )
    assert result.category is Category.OTHER_JOB


def _raw(from_header: str, body: str) -> RawMail:
    text = (
        f"From: {from_header}\nTo: lea.roth@mail.example\nSubject: Vorstellungsgespräch "
        f"Disponent\nDate: Wed, 07 Jan 2026 14:55:12 +0100\nMessage-ID: <a1@x.example>\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    )
    return RawMail(
        user_id="u",
        mailbox_id="m",
        provider="files",
        provider_message_id="1",
        raw=text.encode(),
        locator="x",
    )


def test_a_surname_first_sender_is_one_person_at_the_employers_domain(
    classifier: RuleClassifier,
) -> None:
    # Corporate mailers write "Nachname, Vorname" without quotes, often once the name is encoded
    message = normalize(
        _raw(
            "Kröger, =?utf-8?q?J=C3=B6rg?= <j.kroeger@wendt-baustoffe.example>",
            "Moin Frau Roth,\n\ndanke für Ihre Bewerbung. Ich lade Sie gern zu einem Gespräch "
            "am Dienstag um 15 Uhr ein.\n\nGruß\nJörg Kröger",
        )
    )
    assert message.from_.address == "j.kroeger@wendt-baustoffe.example"
    assert message.from_.name == "Kröger, Jörg"
    result = classifier.classify(message)
    assert result.category is Category.INTERVIEW
    assert result.company == "Wendt Baustoffe"


def test_a_letterhead_in_gmbh_and_co_kg_names_the_employer(classify: Classify) -> None:
    result = classify(
        sender="personal@kuestenbau.example",
        name="Personalabteilung",
        subject="Absage",
        body="Sehr geehrte Frau Roth,\n\nleider haben wir uns für einen anderen Bewerber "
        "entschieden.\n\nMit freundlichen Grüßen\nGebr. Tamsen GmbH & Co. KG",
    )
    assert result.category is Category.REJECTION
    assert result.company == "Gebr. Tamsen"


def test_a_board_naming_the_employer_after_its_kind_noun(classify: Classify) -> None:
    result = classify(
        sender="no-reply@indeed.com",
        name="Indeed",
        subject="Ihre Bewerbung wurde angesehen",
        body="Gute Neuigkeiten!\n\nDer Arbeitgeber Hollmann Kühlhaus GmbH hat Ihre Bewerbung "
        "angesehen.\n",
    )
    assert result.category is Category.VIEWED
    assert result.company == "Hollmann Kühlhaus"


def test_a_public_employers_selection_interview_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="personal@stadtwerke-hagedorn.example",
        name="Stadtwerke Hagedorn",
        subject="Auswahlgespräch",
        body="Sehr geehrte Frau Roth,\n\nwir laden Sie hiermit zu einem Auswahlgespräch am "
        "12.11. um 10:00 Uhr ein. Am Gespräch nimmt auch der Personalrat teil.\n\n"
        "Mit freundlichen Grüßen\nStadtwerke Hagedorn GmbH",
    )
    assert result.category is Category.INTERVIEW


def test_the_signed_contract_arriving_is_the_offer_accepted(classify: Classify) -> None:
    result = classify(
        sender="p.ohlsen@deichlog.example",
        name="Ohlsen, Petra",
        subject="Dein Vertrag",
        body="Hallo Lea,\n\nder unterschriebene Vertrag ist da – herzlich willkommen!\n\nPetra",
    )
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.ACCEPTED
