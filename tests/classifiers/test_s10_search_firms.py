"""Retained search firms and executive boards: the firm keeps its client unnamed at first and
names it later ("Es handelt sich um die Acme GmbH"); the firm itself is never the employer.
An executive board's receipt names the employer after "bei der"."""

from __future__ import annotations

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C


def test_a_retained_firms_pitch_names_no_employer(classifier: RuleClassifier, message) -> None:
    result = classifier.classify(
        message(
            sender="nora.quist@quistbeck.example",
            name="Nora Quist",
            subject="Finance Director – listed logistics group",
            body=(
                "Dear Jane,\n\nWe have been retained by a listed logistics group in the "
                "Midlands to appoint a Finance Director. Would you have 20 minutes for a call "
                "this week?\n\nKind regards,\nNora"
            ),
            signature="Nora Quist\nPartner | Quistbeck Partners",
        )
    )
    assert result.category is C.OUTREACH
    assert result.company is None


@pytest.mark.parametrize(
    ("mail"),
    [
        pytest.param(
            {
                "sender": "nora.quist@quistbeck.example",
                "name": "Nora Quist",
                "subject": "Board role?",
                "body": (
                    "Hi Jane,\n\na client of ours, a family-owned retailer, is looking "
                    "for a non-executive director to chair its audit committee. Any "
                    "interest?\n\nNora"
                ),
            },
            id="a-client-of-ours-is-not-the-firm",
        ),
        pytest.param(
            {
                "sender": "p.renz@renz-personalberatung.example",
                "name": "Paul Renz",
                "subject": "Einladung",
                "body": (
                    "Liebe Frau Doe, der Kunde möchte Sie gerne kennenlernen. Passt Ihnen Dienstag?"
                ),
                "language": "de",
            },
            id="the-client-is-no-employer-name",
        ),
    ],
)
def test_search_firm_mail_gives_no_company(
    classifier: RuleClassifier, message, mail: dict[str, str]
) -> None:
    result = classifier.classify(message(**mail))
    assert result.company is None


@pytest.mark.parametrize(
    ("body", "employer"),
    [
        (
            "Guten Morgen Frau Doe,\n\nwie besprochen kann ich Ihnen jetzt den Namen nennen: "
            "Es handelt sich um die Tannrieder Haustechnik GmbH in Fulda. Der Geschäftsführer "
            "möchte Sie gerne am 3. März um 10 Uhr in Fulda treffen.\n\nBeste Grüße",
            "Tannrieder Haustechnik",
        ),
        (
            "Hallo Frau Doe,\n\nich habe Sie heute beim Kunden vorgestellt – es ist die "
            "Wolkmar Logistik AG. Der Vorstand Herr Ubbel würde Sie gerne am Montag, 9.3., um "
            "9 Uhr in Kassel treffen.\n\nBeste Grüße",
            "Wolkmar Logistik",
        ),
    ],
)
def test_a_search_firm_names_its_client_and_sets_a_meeting(
    classifier: RuleClassifier, message, body: str, employer: str
) -> None:
    result = classifier.classify(
        message(
            sender="p.renz@renz-personalberatung.example",
            name="Paul Renz",
            subject="Mandat Finanzleitung",
            body=body,
            language="de",
        )
    )
    assert result.category is C.INTERVIEW
    assert result.company is not None and result.company.startswith(employer)


@pytest.mark.parametrize(
    ("mail", "category"),
    [
        pytest.param(
            {
                "sender": "p.renz@renz-personalberatung.example",
                "name": "Paul Renz",
                "subject": "Tannrieder – Angebot",
                "body": (
                    "Liebe Frau Doe,\n\nes ist offiziell: Tannrieder möchte Sie als "
                    "Geschäftsführerin gewinnen! Den Vertragsentwurf sendet Ihnen die "
                    "Kanzlei in den nächsten Tagen.\n\nBeste Grüße"
                ),
                "language": "de",
            },
            C.OFFER,
            id="the-firm-passes-the-clients-offer-on",
        ),
        pytest.param(
            {
                "sender": "p.renz@renz-personalberatung.example",
                "name": "Paul Renz",
                "subject": "Wolkmar – Rückmeldung",
                "body": (
                    "Hallo Frau Doe,\n\nleider keine guten Nachrichten: Wolkmar hat sich "
                    "entschieden, die Aufgabe intern über den bisherigen Leiter "
                    "abzubilden. An Ihnen lag es nicht.\n\nBeste Grüße"
                ),
                "language": "de",
            },
            C.REJECTION,
            id="the-firm-passes-the-clients-no-on",
        ),
    ],
)
def test_search_firm_mail_gives_category(
    classifier: RuleClassifier, message, mail: dict[str, str], category: C
) -> None:
    result = classifier.classify(message(**mail))
    assert result.category is category


def test_thanks_for_the_signed_contract_is_an_acceptance(
    classifier: RuleClassifier, message
) -> None:
    result = classifier.classify(
        message(
            sender="g.tann@tannrieder.example",
            name="Georg Tann",
            subject="Willkommen an Bord",
            body=(
                "Liebe Frau Doe,\n\nvielen Dank für den unterschriebenen Vertrag – anbei Ihr "
                "gegengezeichnetes Exemplar. Ich freue mich auf den 1. April.\n\nGeorg Tann"
            ),
            language="de",
        )
    )
    assert result.category is C.OFFER
    assert result.status is S.ACCEPTED


@pytest.mark.parametrize(
    ("mail", "category", "company"),
    [
        pytest.param(
            {
                "sender": "service@experteer.de",
                "name": "Experteer",
                "subject": "Ihre Bewerbung: Leiter Controlling (m/w/d) – Ostwald Pumpen AG",
                "body": (
                    "Sehr geehrte Frau Doe,\n\nIhre Bewerbung auf die Position Leiter "
                    "Controlling (m/w/d) bei der Ostwald Pumpen AG, Bremen,\nwurde "
                    "erfolgreich weitergeleitet."
                ),
                "language": "de",
            },
            C.CONFIRMATION,
            "Ostwald Pumpen",
            id="an-executive-boards-receipt-names-the-employer",
        ),
        pytest.param(
            {
                "sender": "noreply@efinancialcareers.com",
                "name": "eFinancialCareers",
                "subject": "Application confirmation: Head of Treasury – Zurich",
                "body": (
                    "Hi Jane,\n\nYour application for Head of Treasury with Brunnhalde "
                    "Bank AG (Zurich, Switzerland) has been sent.\n\nThe "
                    "eFinancialCareers team"
                ),
            },
            C.CONFIRMATION,
            "Brunnhalde Bank",
            id="a-finance-boards-receipt-is-not-the-employer",
        ),
    ],
)
def test_search_firm_mail_gives_category_and_company(
    classifier: RuleClassifier, message, mail: dict[str, str], category: C, company: str
) -> None:
    result = classifier.classify(message(**mail))
    assert result.category is category
    assert result.company == company


def test_a_search_that_rests_puts_the_process_on_hold(classifier: RuleClassifier, message) -> None:
    result = classifier.classify(
        message(
            sender="h.lind@lindwerk.example",
            name="Hanno Lind",
            subject="Ihre Bewerbung",
            body=(
                "Liebe Frau Doe,\n\ndie Familie möchte erst im Frühjahr entscheiden. Die "
                "Besetzung der CFO-Position ruht deshalb bis dahin.\n\nHanno Lind"
            ),
            language="de",
        )
    )
    assert result.status is S.ON_HOLD


@pytest.mark.parametrize(
    ("subject", "body", "category", "employer"),
    [
        pytest.param(
            "Next steps",
            "Dear Jane, now that the NDA is signed, I can confirm that the business is Orrin "
            "Testing Services. The CEO would like to meet you in London on 27 November.",
            C.INTERVIEW,
            "Orrin Testing Services",
            id="named-at-last-nda-signed",
        ),
        pytest.param(
            "Next steps",
            "Hi Jane, I can now share the client's name: it's Pellow Foods Ltd. The CFO would "
            "like to meet you next Tuesday.",
            C.INTERVIEW,
            "Pellow Foods",
            id="named-at-last-can-now-share",
        ),
        pytest.param(
            "Next steps",
            "Liebe Frau Doe, bei dem Unternehmen handelt es sich um die Kessbach Armaturen GmbH "
            "aus Kassel. Der Geschäftsführer möchte Sie am Dienstag kennenlernen.",
            C.INTERVIEW,
            "Kessbach Armaturen",
            id="named-at-last-de",
        ),
        # The firm's no is never the firm's name.
        pytest.param(
            "Feedback",
            "Hi Jane, unfortunately Pellow Foods have decided to go with another candidate.",
            C.REJECTION,
            "Pellow Foods",
            id="no-names-the-client",
        ),
        pytest.param(
            "Feedback",
            "Hi Jane, I heard back from the client today: they have decided not to progress "
            "your application.",
            C.REJECTION,
            None,
            id="no-from-the-unnamed-client",
        ),
        pytest.param(
            "Feedback",
            "Liebe Frau Doe, leider hat sich Kessbach für eine andere Kandidatin entschieden.",
            C.REJECTION,
            "Kessbach",
            id="no-names-the-client-de",
        ),
    ],
)
def test_the_client_named_at_last_is_the_employer_and_the_firms_no_never_the_firm(
    classifier: RuleClassifier,
    message,
    subject: str,
    body: str,
    category: C,
    employer: str | None,
) -> None:
    result = classifier.classify(
        message(
            sender="ann.vale@valeandco.example",
            name="Ann Vale",
            subject=subject,
            body=body,
        )
    )
    assert result.category is category
    assert result.company == employer


@pytest.mark.parametrize(
    "body",
    [
        "Dear Jane, I am conducting a search for a Chief Financial Officer on behalf of a listed "
        "industrial business. Would you be open to a confidential conversation this week?",
        "Hi Jane, I'm currently partnering with a fast-growing healthcare group on the search "
        "for a Group Finance Director. Happy to share more details on a call - when suits?",
        "Sehr geehrte Frau Doe, im Auftrag eines familiengeführten Maschinenbauers suche ich "
        "einen CFO (m/w/d). Hätten Sie Zeit für ein vertrauliches Telefonat?",
        "Bonjour Madame Doe, je mène actuellement une recherche confidentielle pour un groupe "
        "industriel familial basé à Lyon, qui souhaite recruter son Directeur Financier. "
        "Seriez-vous ouverte à un échange téléphonique ?",
    ],
)
def test_a_pitch_for_an_unnamed_client_names_no_employer(
    classifier: RuleClassifier, message, body: str
) -> None:
    result = classifier.classify(
        message(
            sender="ann.vale@valeandco.example",
            name="Ann Vale",
            subject="Confidential opportunity – CFO",
            body=body,
            signature="Ann Vale\nPartner | Vale & Co",
        )
    )
    assert result.category is C.OUTREACH
    assert result.company is None


@pytest.mark.parametrize(
    "subject",
    ["Project Alder – interview with the chairman", "Projekt Lindwurm – Einladung zum Gespräch"],
)
def test_a_searchs_code_name_is_no_employer(classifier: RuleClassifier, message, subject) -> None:
    result = classifier.classify(
        message(
            sender="ann.vale@valeandco.example",
            name="Ann Vale",
            subject=subject,
            body="Dear Jane, the chairman would like to meet you on 18 November at 14:00.",
        )
    )
    assert result.company is None or not result.company.lower().startswith("proj")
