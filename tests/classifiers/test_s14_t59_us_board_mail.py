"""American job boards' receipts and notices, and recruiters' messages they relay.

CareerBuilder's receipt ("You applied! <title> at <employer>", the job's card below), Dice's
"Application sent!" card, ZipRecruiter's "<employer> read your application", and a recruiter's
message passed on by a board or a network ("a recruiter from Acme wants to connect").
"""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_careerbuilder_receipt(classify: Classify) -> None:
    result = classify(
        sender="noreply@careerbuilder.com",
        name="CareerBuilder",
        subject="You applied! Warehouse Systems Analyst at Blue Mesa Distribution",
        body=(
            "Your application is on its way.\n\nWarehouse Systems Analyst\n"
            "Blue Mesa Distribution · Tulsa, OK\n\nEmployers typically respond within 2 weeks."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Blue Mesa Distribution"
    assert result.role == "Warehouse Systems Analyst"


def test_dice_application_sent_card(classify: Classify) -> None:
    result = classify(
        sender="noreply@dice.com",
        name="Dice",
        subject="Your application to Cloud Support Engineer was sent",
        body=(
            "Application sent!\n\nCloud Support Engineer\nPalisade Networks · Denver, CO\n\n"
            "Your profile and resume were shared with the employer."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Palisade Networks"


def test_ziprecruiter_employer_read_your_application(classify: Classify) -> None:
    result = classify(
        sender="alerts@ziprecruiter.com",
        name="ZipRecruiter",
        subject="Blue Mesa Distribution read your application",
        body="Good news! Blue Mesa Distribution read your application for Inventory Planner.",
    )
    assert result.category is Category.VIEWED
    assert result.company == "Blue Mesa Distribution"


def test_board_relays_a_recruiters_message(classify: Classify) -> None:
    result = classify(
        sender="noreply@dice.com",
        name="Dice",
        subject="A recruiter from Keystone Talent Group wants to connect",
        body=(
            "Hi Sam,\n\nOmar Haddad, Recruiter at Keystone Talent Group, viewed your profile and "
            "sent you a message:\n\nI have a contract DevOps role in Raleigh. Interested?"
        ),
    )
    assert result.category is Category.OUTREACH


def test_recruiter_thinks_your_background_would_be_a_fit(classify: Classify) -> None:
    result = classify(
        sender="messages-noreply@linkedin.com",
        name="LinkedIn",
        subject="Hana sent you a new message",
        body=(
            "Hana Ito - Talent Partner at Copperline Bank\n\nHi Sam - I think your background in "
            "data platforms would be a fit for a Staff Data Engineer opening on our team. Any "
            "interest in connecting?"
        ),
    )
    assert result.category is Category.OUTREACH
