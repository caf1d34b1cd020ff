"""Employers in Austrian, German and Swiss mail: a public body's office writing for it, the
acronym or brand a letter defines beside its registered name, a brand signed with its
registered name, a board for the public sector, a Personalberater naming the client."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


EMPLOYER_NAMED = [
    # The Magistrat writes for the city: the city employs.
    pytest.param(
        {
            "sender": "noreply-jobs@kornbach.gv.at",
            "name": "Magistrat der Stadt Kornbach - Personalservice",
            "subject": "Eingangsbestätigung Kennzahl MA-17/2025/03",
            "body": (
                "Sehr geehrter Herr Wallner,\n\nwir bestätigen den Eingang Ihrer Bewerbung für "
                "die Stellenausschreibung Systemadministrator*in.\n\nMit freundlichen Grüßen\n"
                "Personalservice der Stadt Kornbach\n"
            ),
            "language": "de",
        },
        "Stadt Kornbach",
        id="magistrat-writes-for-the-city",
    ),
    # A gv.at domain is the body's own ("kornbach.gv.at"), signed "Stadt Kornbach".
    pytest.param(
        {
            "sender": "petra.hofer@kornbach.gv.at",
            "name": "Hofer Petra",
            "subject": "Kennzahl MA-17/2025/03 - Einladung zum Hearing",
            "body": (
                "Sehr geehrter Herr Wallner,\n\nwir laden Sie zu einem Hearing vor der "
                "Personalauswahlkommission ein: Dienstag, 13. Mai, 10:00 Uhr im Rathaus Kornbach."
                "\n\nMit freundlichen Grüßen\n\nPetra Hofer\nPersonal und Organisation\n"
                "Stadt Kornbach\nHauptplatz 2, 3xxx Kornbach\n"
            ),
            "language": "de",
        },
        "Stadt Kornbach",
        id="gv-at-domain-signed-by-the-city",
    ),
    # The letter defines the acronym in brackets after the registered name.
    pytest.param(
        {
            "sender": "hr@myworkday.com",
            "name": "LRZN Recruiting",
            "subject": "Danke für Ihre Bewerbung",
            "body": (
                "Sehr geehrter Herr Wallner,\n\ndanke für Ihre Bewerbung beim "
                "Landesrechenzentrum Nordhessen (LRZN). Wir prüfen Ihre Unterlagen.\n"
            ),
            "language": "de",
        },
        "Landesrechenzentrum Nordhessen",
        id="acronym-defined-in-brackets",
    ),
    # A brand in brackets after the registered name, signed by a person from the brand's domain.
    pytest.param(
        {
            "sender": "nina.keller@tellpay.ch",
            "name": "Nina Keller",
            "subject": "Interview - Data Engineer",
            "body": (
                "Hi Marco,\n\nthanks for applying for our Data Engineer role! I would like to "
                "invite you to a first interview on Tuesday at 10:00 via Teams.\n\nBest,\nNina"
                "\n--\nNina Keller | Talent Acquisition\n"
                "Tellurian Payments AG (TellPay) | Bahnhofstrasse 3 | 8001 Zürich\n"
            ),
            "language": "en",
        },
        "Tellurian Payments",
        id="brand-defined-in-brackets",
    ),
    # "SWA - Stadtwerke ..." : the acronym leads the signature line of the registered name.
    pytest.param(
        {
            "sender": "bewerbung@swk-online.example",
            "name": "SWK Personal",
            "subject": "Eingangsbestätigung",
            "body": (
                "Sehr geehrter Herr Wallner,\n\nhiermit bestätigen wir den Eingang Ihrer "
                "Unterlagen.\n\nMit freundlichen Grüßen\nPersonalabteilung\n"
                "SWK - Stadtwerke Kellental GmbH, ein Unternehmen der Stadt Kellental\n"
            ),
            "language": "de",
        },
        "Stadtwerke Kellental",
        id="acronym-leads-the-registered-name",
    ),
    # An ATS mail under the brand ("ISARTAL strom"), signed with the registered name.
    pytest.param(
        {
            "sender": "noreply@rexx-systems.com",
            "name": "ISARTAL strom Karriere",
            "subject": "Ihre Bewerbung als Netzplaner:in",
            "body": (
                "Sehr geehrter Herr Wallner,\n\nvielen Dank für Ihr Interesse an ISARTAL strom "
                "und Ihre Bewerbung als Netzplaner:in.\n\nFreundliche Grüße\nIhr Recruiting-Team"
                "\nStadtwerke Isartal AG · Werkstraße 4 · HRB 9912\n"
            ),
            "language": "de",
        },
        "Stadtwerke Isartal",
        id="brand-signed-with-registered-name",
    ),
    # Interamt relays for public bodies: the "Anbieter" is the employer.
    pytest.param(
        {
            "sender": "noreply@interamt.de",
            "name": "Interamt",
            "subject": "Interamt: Ihre Bewerbung wurde übermittelt (Stellen-ID 7654321)",
            "body": (
                "Sehr geehrter Herr Wallner,\n\nIhre Bewerbung auf das Stellenangebot\n\n"
                "  Sachbearbeiter IT (m/w/d)\n  Anbieter: Landesbetrieb Geoinformation Süd (LGS), "
                "Ulm\n\nwurde erfolgreich an den Anbieter übermittelt.\n\nIhr Interamt-Team\n"
            ),
            "language": "de",
        },
        "Landesbetrieb Geoinformation Süd",
        id="interamt-names-the-anbieter",
    ),
    # An acronym the display name shouts, spelled out with "für" in the text.
    pytest.param(
        {
            "sender": "recruiting@hmk.ac.at",
            "name": "HMK Recruiting",
            "subject": "Bestätigung: Bewerbung Kennzahl 2025/0077",
            "body": (
                "Sehr geehrter Herr Wallner,\n\nvielen Dank für Ihre Bewerbung an der Hochschule "
                "für Musik Kärnten auf die Stelle IT-Koordinator*in.\n"
            ),
            "language": "de",
        },
        "Hochschule für Musik Kärnten",
        id="shouted-acronym-spelled-out-with-fuer",
    ),
    # A subject naming a topic where the employer might stand; the sender signs from its domain.
    pytest.param(
        {
            "sender": "beat.meier@bsb-seetal.ch",
            "name": "Beat Meier",
            "subject": "Fahrplandaten - Gespräch",
            "body": (
                "Grüezi Herr Wallner\n\nVielen Dank für Ihre Bewerbung. Wir würden Sie gerne "
                "kennenlernen und schlagen ein Gespräch am Montag um 10 Uhr vor.\n\nFreundliche "
                "Grüsse\nBeat Meier\nLeiter Planung\nBSB Busbetriebe Seetal AG\n"
            ),
            "language": "de",
        },
        "BSB Busbetriebe Seetal",
        id="subject-topic-gives-way-to-signature",
    ),
    # A Personalberater finally names the client.
    pytest.param(
        {
            "sender": "m.brandl@brandl-partner.at",
            "name": "Dr. Martin Brandl",
            "subject": "AW: Vertrauliche Anfrage",
            "body": (
                "Sehr geehrter Herr Wallner,\n\nwie angekündigt darf ich Ihnen nun unseren "
                "Mandanten nennen: Es handelt sich um die Wasserwerke Ennstal AG (WWE) in Linz."
                " Ich würde Sie gerne zu einem Interview in unser Büro einladen.\n\n"
                "Mit besten Grüßen\nMartin Brandl\n"
            ),
            "language": "de",
        },
        "Wasserwerke Ennstal",
        id="headhunter-names-the-client",
    ),
]


@pytest.mark.parametrize(("mail", "company"), EMPLOYER_NAMED)
def test_employer_named(classify: Classify, mail: dict[str, str], company: str) -> None:
    assert classify(**mail).company == company


def test_long_form_reads_the_definition_beside_the_short_one() -> None:
    from jobtracker.classifiers.rules.aliases import long_form

    assert long_form("ETV", ["Es handelt sich um die Energie Traunviertel AG (ETV) in Steyr."]) == (
        "Energie Traunviertel AG"
    )
    assert long_form("Aarekonsum", ["Konsumgenossenschaft Aare (Aarekonsum) · Olten"]) == (
        "Konsumgenossenschaft Aare"
    )
    # brackets holding a name that is no short form of the one before them define nothing
    assert long_form("Acme", ["Wir arbeiten mit der Nordwind Energie (Acme) zusammen."]) is None


def test_a_team_signing_for_the_company_is_no_registered_name(classify: Classify) -> None:
    result = classify(
        sender="mirava@jobs.personio.de",
        name="Mirava GmbH",
        subject="Mirava GmbH – Eingangsbestätigung",
        body=(
            "Hallo Herr Wallner,\n\nvielen Dank für Ihre Bewerbung als Backend-Entwickler. Wir "
            "melden uns in Kürze.\n\nBeste Grüße\nDas HR-Team von Mirava GmbH\n"
        ),
        language="de",
    )
    assert result.company == "Mirava"


def test_a_federal_office_named_by_its_domain_and_display_name(classify: Classify) -> None:
    """Swiss federal staff write as "Surname Given OFFICE" from office.admin.ch; the letter
    signs the office in full, its acronym after it."""
    result = classify(
        sender="anna.huber@bit.admin.ch",
        name="Huber Anna BIT",
        subject="Einladung zum Vorstellungsgespräch",
        body=(
            "Sehr geehrter Herr Wallner\n\nGerne laden wir Sie zu einem Vorstellungsgespräch am "
            "12. Juni um 14 Uhr ein.\n\nFreundliche Grüsse\nAnna Huber\nHR-Fachspezialistin\n"
            "Bundesamt für Informatik und Telekommunikation BIT\nMonbijoustrasse 74, 3003 Bern\n"
        ),
        language="de",
    )
    assert result.company == "Bundesamt für Informatik und Telekommunikation"


def test_a_staffing_firm_named_personal_gmbh_writes_for_its_client(classify: Classify) -> None:
    result = classify(
        sender="t.berger@techstaff-muc.de",
        name="Tanja Berger | TechStaff",
        subject="Isarbank - Terminvorschlag",
        body=(
            "Hallo Herr Wallner,\n\ngute Nachrichten: die Isarbank möchte Sie kennenlernen! "
            "Passt Ihnen Donnerstag um 10 Uhr für ein Vorstellungsgespräch?\n\nViele Grüße\n"
            "Tanja Berger\nTechStaff IT Personal GmbH | Sonnenstraße 3 | München\n"
        ),
        language="de",
    )
    assert result.company == "Isarbank"


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Ihre Bewerbung auf das Stellenangebot\n\n  Referent IT (m/w/d)\n"
            "  Anbieter: Landesamt für Vermessung Süd (LVS), Ulm\n\nwurde erfolgreich an den "
            "Anbieter übermittelt.\n",
            "Landesamt für Vermessung Süd",
        ),
        (
            "vielen Dank für Ihre Bewerbung bei der Brückner Systeme GmbH für die Position "
            "Entwickler.\n",
            "Brückner Systeme",
        ),
    ],
)
def test_fuer_joins_a_public_bodys_name_only(classify: Classify, body: str, company: str) -> None:
    result = classify(
        sender="noreply@interamt.de",
        name="Interamt",
        subject="Ihre Bewerbung wurde übermittelt",
        body="Sehr geehrter Herr Wallner,\n\n" + body,
        language="de",
    )
    assert result.company == company
