"""Australian and New Zealand job boards and ATSs relay for the employer and never hire.

SEEK and Jora name the employer in the subject or the sentence; LiveHire sends as the employer.
"""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_seek_viewed_notice_names_the_employer_not_seek(classify: Classify) -> None:
    result = classify(
        sender="noreply@s.seek.com.au",
        name="SEEK",
        subject="Quillstone Analytics viewed your application",
        body=(
            "Good news, Sam\n\nQuillstone Analytics has viewed your application for Data "
            "Analyst.\n\nThis doesn't necessarily mean you'll be contacted."
        ),
    )
    assert result.category is Category.VIEWED
    assert result.company == "Quillstone Analytics"


def test_jora_receipt_names_the_employer_not_jora(classify: Classify) -> None:
    result = classify(
        sender="no-reply@jora.com",
        name="Jora",
        subject="You applied for Warehouse Supervisor",
        body=(
            "Hi Sam,\n\nYour application for Warehouse Supervisor at Bramblefield Freight "
            "(Brisbane QLD) has been sent.\n\nGood luck!\n\nJora Australia"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Bramblefield Freight"


def test_livehire_mail_is_the_employers_not_the_vendors(classify: Classify) -> None:
    result = classify(
        sender="no-reply@livehire.com",
        name="Wattlebank Aged Care",
        subject="Thanks for your application - Care Coordinator",
        body=(
            "Hi Sam,\n\nThank you for applying for the Care Coordinator role. We have received "
            "your application and will be in touch.\n\nWattlebank Aged Care"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Wattlebank Aged Care"
