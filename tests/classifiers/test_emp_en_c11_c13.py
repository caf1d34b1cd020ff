"""Employers of US high-volume mail and of English and German mail from Europe: a hiring team's
display name with no company in it, boards' cards that put the employer on a line of its own, an
agency's "Client:" field, founders who sign with a legal form."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


EMPLOYER_NAMED = [
    pytest.param(
        {
            "sender": "noreply@smartrecruiters.com",
            "name": "Talent Acquisition",
            "subject": "We received your application",
            "body": (
                "Hello Sam,\n\nThanks for your application for Logistics Analyst (Ghent). It has "
                "been forwarded to the hiring team.\n\nWe appreciate your interest in Pellworth "
                "and will be in touch.\n\nBest regards,\nTalent Acquisition"
            ),
        },
        "Pellworth",
        id="display-name-only-a-team",
    ),
    pytest.param(
        {
            "sender": "donotreply@match.indeed.com",
            "name": "Indeed",
            "subject": "Your application has been sent",
            "body": (
                "Application sent\n\nWarehouse Supervisor\nBirchgate Supply Co. - Remote\n\n"
                "What happens next? The employer will review your application."
            ),
        },
        "Birchgate Supply",
        id="board-card-under-application-sent",
    ),
    pytest.param(
        {
            "sender": "jwebb@brightpathstaffing.com",
            "name": "Jordan Webb",
            "subject": "Right to represent - please confirm",
            "body": (
                'Hi Sam,\n\nGreat speaking today. Please reply "I confirm" to authorize Brightpath '
                "Staffing to submit you for the following position:\n\nClient: Saltmarsh Grocers\n"
                "Position: Store Operations Lead (Contract)\nRate: $48/hr W2\n\nJordan"
            ),
        },
        "Saltmarsh Grocers",
        id="agency-client-field",
    ),
    pytest.param(
        {
            "sender": "ines.moor.lux@gmail.com",
            "name": "Ines Moor",
            "subject": "your application / intro call?",
            "body": (
                "Hi Sam,\n\nThanks for your application for the Analyst role. Could we schedule a "
                "first interview by video next Tuesday or Wednesday?\n\nBest,\nInes"
            ),
            "signature": (
                "Ines Moor\nCo-founder & CEO, Veldrin S.à r.l.\n12 rue de Hollerich, Luxembourg"
            ),
        },
        "Veldrin",
        id="founder-signs-dotted-legal-form",
    ),
    pytest.param(
        {
            "sender": "noreply@stepstone.de",
            "name": "StepStone",
            "subject": "Gute Nachrichten zu Ihrer Bewerbung",
            "body": (
                "Hallo Sam Roe,\n\nIhre Bewerbung wurde vom Arbeitgeber angesehen: Kessbach "
                "Anlagenbau GmbH & Co. KG.\n\nTipp: Vervollständigen Sie Ihr Profil."
            ),
            "language": "de",
        },
        "Kessbach Anlagenbau",
        id="board-employer-opened-application-de",
    ),
    pytest.param(
        {
            "sender": "m.ferro@qb-goods.com",
            "name": "Marta Ferro",
            "subject": "Your application",
            "body": (
                "Hi Sam,\n\nThanks for applying for our Brand Operations Lead opening. I'm the "
                "hiring manager - could we do a 30-minute video interview on Thursday?\n\nMarta "
                "Ferro\nDirector, Merchandising | Quarrybrook Goods\nqb-goods.com"
            ),
        },
        "Quarrybrook Goods",
        id="title-and-team-then-company-after-pipe",
    ),
    pytest.param(
        {
            "sender": "twgroup@myworkday.com",
            "name": "TWG Careers",
            "subject": "Regarding JR-40211",
            "body": (
                "Hello Sam,\n\nThank you for your interest in Tessaly Waterworks. Unfortunately, "
                "we will not be moving forward with your candidacy at this time.\n\nSincerely,\n"
                "Tessaly Waterworks Talent Acquisition"
            ),
        },
        "Tessaly Waterworks",
        id="group-acronym-for-company-in-letter",
    ),
    pytest.param(
        {
            "sender": "a.kern@rk-gruppe.de",
            "name": "Anja Kern",
            "subject": "Ihre Bewerbung",
            "body": (
                "Sehr geehrter Herr Roe,\n\nvielen Dank für Ihre Bewerbung. Wir würden Sie gern zu "
                "einem ersten Vorstellungsgespräch einladen. Passt Ihnen Dienstag um 10 Uhr?\n\n"
                "Mit freundlichen Grüßen\nAnja Kern\nPersonal | RK Gruppe - Rosstal Kunststoff GmbH"
            ),
            "language": "de",
        },
        "Rosstal Kunststoff",
        id="group-domain-initials-spell-company-de",
    ),
    pytest.param(
        {
            "sender": "pinecrestgroup@taleo.net",
            "name": "Pinecrest Group Recruiting",
            "subject": "Your candidacy - 330017B",
            "body": (
                "Dear Sam,\n\nThank you for your interest in the Buyer position with Pinecrest "
                "Dairy.\n\nThe position has now been filled, and we regret that we are unable to "
                "offer you a position at this time.\n\nBest regards,\nPinecrest Dairy Talent "
                "Acquisition"
            ),
        },
        "Pinecrest Dairy",
        id="sister-company-signs-as-hiring-team",
    ),
    pytest.param(
        {
            "sender": "noreply@stepstone.de",
            "name": "StepStone",
            "subject": "Ihre Bewerbung wurde versendet",
            "body": (
                "Hallo Sam Roe,\n\nIhre Bewerbung wurde erfolgreich an Lindauer Pumpenwerk GmbH & "
                "Co. KG versendet.\n\nDen Status Ihrer Bewerbung finden Sie unter Meine "
                "Bewerbungen."
            ),
            "language": "de",
        },
        "Lindauer Pumpenwerk",
        id="board-receipt-gmbh-and-co-kg-de",
    ),
    pytest.param(
        {
            "sender": "jtate@oakhollowfcu.org",
            "name": "Jenna Tate",
            "subject": "Interview invitation - Branch Operations Manager",
            "body": (
                "Hi Sam,\n\nI'm pleased to invite you to a virtual interview with our VP of Retail "
                "on Tuesday at 2:00 PM Central.\n\nJenna Tate\nPeople & Culture Partner\n"
                "Oak Hollow Federal Credit Union"
            ),
        },
        "Oak Hollow Federal Credit Union",
        id="domain-name-plus-initials",
    ),
    pytest.param(
        {
            "sender": "kpike@northlakestaffing.com",
            "name": "Kris Pike",
            "subject": "Gravelle wants to meet you!",
            "body": (
                "Sam - great news, the hiring manager wants to bring you in Thursday at 10am at "
                "their office. Can you confirm today? I'll prep you tomorrow.\n\nKris"
            ),
        },
        "Gravelle",
        id="agency-subject-names-client",
    ),
    pytest.param(
        {
            "sender": "kate@quillmoor.com",
            "name": "Kate Lind",
            "subject": "Operations Lead role",
            "body": (
                "Hi Sam - I run ops here at Quillmoor Goods and saw your application for the "
                "Operations Lead role. Can you hop on a call Thursday at 4 for a first interview?\n"
                "\nKate"
            ),
        },
        "Quillmoor Goods",
        id="hiring-manager-runs-ops-here",
    ),
    pytest.param(
        {
            "sender": "b.ott@hafenkamp-logistik.de",
            "name": "Berit Ott",
            "subject": "Einladung zum Assessment Center",
            "body": (
                "Sehr geehrter Herr Roe,\n\nwir freuen uns, Sie zu unserem Assessment Center für "
                "das Traineeprogramm einzuladen.\n\nOrt: Hafenkamp Logistik GmbH, Kaistraße 4, "
                "Bremen\n\nMit freundlichen Grüßen\nBerit Ott\nPersonalentwicklung / Recruiting"
            ),
            "language": "de",
        },
        "Hafenkamp Logistik",
        id="department-sign-off-de",
    ),
    pytest.param(
        {
            "sender": "noreply@successfactors.eu",
            "name": "Karriere",
            "subject": "Eingangsbestätigung Ihrer Bewerbung",
            "body": (
                "Sehr geehrter Herr Roe,\n\nwir bedanken uns für Ihr Interesse an der Firma "
                "Saalburg Optik und Ihre Bewerbung als Einkäufer (m/w/d).\n\nMit freundlichen "
                "Grüßen\nIhr Team Personal\nSaalburg Optik GmbH"
            ),
            "language": "de",
        },
        "Saalburg Optik",
        id="fuller-name-stops-at-joining-word-de",
    ),
    pytest.param(
        {
            "sender": "dse@docusign.net",
            "name": "Amy Chen via Docusign",
            "subject": "Please DocuSign: Offer Letter - Sam Roe",
            "body": (
                "Amy Chen sent you a document to review and sign.\n\nPlease review the offer "
                "letter from Halberd Street Capital."
            ),
        },
        "Halberd Street Capital",
        id="esign-subject-offer-letter",
    ),
    pytest.param(
        {
            "sender": "donotreply@successfactors.com",
            "name": "Corwin Careers",
            "subject": "Your application has been received - Req 51120",
            "body": (
                "Dear Sam,\n\nThank you for your application for the position Brand Analyst "
                "(51120).\n\nWe will review your application carefully.\n\nKind regards,\nYour "
                "Corwin Bio Talent Acquisition Team\n\nCorwin Biologics Europe, Inc. - Boston, MA"
            ),
        },
        "Corwin Bio",
        id="letter-name-beats-legal-entity",
    ),
    pytest.param(
        {
            "sender": "noreply@dice.com",
            "name": "Dice",
            "subject": "Application confirmation",
            "body": "Thank you for applying to Data Analyst at Ostlund Systems via Dice.",
        },
        "Ostlund Systems",
        id="board-receipt-title-at-company",
    ),
    pytest.param(
        {
            "sender": "noreply@paycomonline.net",
            "name": "Paycom",
            "subject": "Application Received",
            "body": (
                "Thank you for your interest in employment with Marrow Creek Manufacturing. Your "
                "application for Plant Supervisor has been received."
            ),
        },
        "Marrow Creek Manufacturing",
        id="hr-suite-employment-with-company",
    ),
    pytest.param(
        {
            "sender": "careers@hallam-bank.co.uk",
            "name": "Hallam Bank",
            "subject": "Application Status",
            "body": (
                "Dear Sam,\n\nThank you for your interest in Hallam Bank. After careful "
                "consideration we will not be progressing your application.\n\nHallam Bank "
                "Resourcing Team"
            ),
        },
        "Hallam Bank",
        id="resourcing-team-is-hiring-team",
    ),
    pytest.param(
        {
            "sender": "k.brandt@alpha-personal.de",
            "name": "Kai Brandt",
            "subject": "Ihr Vorstellungsgespräch bei der Wessling Fördertechnik",
            "body": (
                "Hallo Herr Roe,\n\nwie besprochen hat die Wessling Fördertechnik GmbH Sie zum "
                "Gespräch am Donnerstag eingeladen.\n\nViele Grüße\nKai Brandt\n"
                "Alpha Personaldienstleistungen GmbH"
            ),
            "language": "de",
        },
        "Wessling Fördertechnik",
        id="written-name-ends-at-legal-form-de",
    ),
]


@pytest.mark.parametrize(("mail", "company"), EMPLOYER_NAMED)
def test_employer_named(classify: Classify, mail: dict[str, str], company: str) -> None:
    assert classify(**mail).company == company


WORDS_NEVER_THE_EMPLOYER = [
    pytest.param(
        {
            "sender": "noreply@smartrecruiters.com",
            "name": "Early Careers",
            "subject": "Your application",
            "body": (
                "Hi Sam,\n\nThank you for applying to the Graduate "
                "Programme at Tamsworth Mills. We will review your application.\n\nEarly Careers"
            ),
        },
        "Early",
        id="early-careers-team",
    ),
    pytest.param(
        {
            "sender": "s.hartl@brennwald-chemie.de",
            "name": "Sonja Hartl",
            "subject": "Abgesagt: Interview Junior Einkäufer",
            "body": (
                "Sehr geehrter Herr Roe,\n\nleider muss ich den Termin für Ihr "
                "Vorstellungsgespräch am 20. Januar absagen. Ich melde mich mit einem neuen "
                "Terminvorschlag.\n\nMit freundlichen Grüßen\nSonja Hartl"
            ),
            "language": "de",
        },
        "Abgesagt",
        id="calendar-status-word-de",
    ),
]


@pytest.mark.parametrize(("mail", "word"), WORDS_NEVER_THE_EMPLOYER)
def test_words_never_the_employer(classify: Classify, mail: dict[str, str], word: str) -> None:
    assert classify(**mail).company != word


def test_board_card_with_the_place_on_its_own_line(classify: Classify) -> None:
    result = classify(
        sender="indeedapply@indeed.com", name="Indeed Apply",
        subject="Indeed Application: Inventory Planner",
        body="Your application has been submitted\n\nInventory Planner\nCopperleaf Outfitters\n"
        "Skokie, IL • $70,000 - $82,000 a year\n\nGood luck!",
    )  # fmt: skip
    assert result.company == "Copperleaf Outfitters"
    assert result.role == "Inventory Planner"


def test_scheduling_tool_host_line_names_the_company(classify: Classify) -> None:
    for host in ("Nadia Rusk, People Team, Birchfield Dental", "Nadia Rusk (Birchfield Dental)"):
        result = classify(
            sender="notifications@calendly.com", name="Calendly",
            subject="New Event: Sam Roe - 11:30am Wed, Feb 19, 2025 - 20 min phone screen",
            body="Hi Sam Roe,\n\nA new event has been scheduled.\n\nEvent Type:\n20 min phone "
            "screen\n\nInvitee:\nSam Roe\n\nEvent Date/Time:\n11:30am - Wednesday, February 19, "
            f"2025\n\nHost:\n{host}\n\nNeed to make changes to this event?",
        )  # fmt: skip
        assert result.company == "Birchfield Dental"


def test_scheduling_event_type_on_its_own_line(classify: Classify) -> None:
    for event, company in (
        ("Cinderwood Phone Screen", "Cinderwood"),
        ("20 min phone screen", None),
    ):
        result = classify(
            sender="notifications@calendly.com", name="Calendly",
            subject=f"New Event: Sam Roe - 10:00am Thu, Apr 3, 2025 - {event}",
            body=f"Hi Sam,\n\nA new event has been scheduled.\n\nEvent Type:\n{event}\n\n"
            "Invitee:\nSam Roe",
        )  # fmt: skip
        assert result.company == company


def test_group_recruits_for_the_company_named_as_one_of_its_own(classify: Classify) -> None:
    for tail in (", a Corran Brands company.", " (part of Corran Brands)."):
        result = classify(
            sender="corranbrands@taleo.net", name="Corran Brands Recruiting",
            subject="Thank you for your application",
            body="Dear Sam,\n\nThank you for applying for the position of Buyer with Millbeck "
            f"Snacks{tail}\n\nWe will review your application.\n\nBest regards",
        )  # fmt: skip
        assert result.company == "Millbeck Snacks"


def test_founder_names_the_company_in_the_letter(classify: Classify) -> None:
    for sentence in ("I'm the founder of Petalworks", "I'm one of the two founders at Petalworks"):
        result = classify(
            sender="ana.lopez@gmail.com", name="Ana Lopez", subject="Re: Marketing role",
            body=f"Hi Sam, thanks for your application! {sentence} - would you be free for an "
            "interview Friday?\n\nAna",
        )  # fmt: skip
        assert result.company == "Petalworks"
