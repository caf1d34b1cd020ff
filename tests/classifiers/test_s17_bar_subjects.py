"""A careers site's subject that names the employer first and the title after a bar.

"Brightwell Analytics | Senior Data Analyst": the title is read from the side after the bar;
a side that holds no title word ("Application received") gives no role, and the title-first
form keeps reading as before.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]

_RECEIPT = (
    "Hi Ana,\n\nThank you for applying. We have received your application and our team will "
    "review it in the coming days.\n\nBest,\nThe Talent Team"
)


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Brightwell Analytics | Senior Data Analyst", "Senior Data Analyst"),
        ("Brightwell Analytics | Disponent (m/w/d) | Hamburg", "Disponent"),
        ("Re: Brightwell Analytics | Payroll Coordinator", "Payroll Coordinator"),
        ("Senior Data Analyst | Brightwell Analytics", "Senior Data Analyst"),
    ],
)
def test_title_after_the_bar_is_the_role(classify: Classify, subject: str, role: str) -> None:
    result = classify(
        sender="talent@brightwell.example",
        name="Brightwell Analytics Talent",
        subject=subject,
        body=_RECEIPT,
        language="en",
    )
    assert result.category.value == "confirmation"
    assert result.role == role
    assert result.company == "Brightwell Analytics"


def test_a_step_after_the_bar_is_no_role(classify: Classify) -> None:
    result = classify(
        sender="talent@brightwell.example",
        name="Brightwell Analytics Talent",
        subject="Brightwell Analytics | Application received",
        body=_RECEIPT,
        language="en",
    )
    assert result.role is None
    assert result.company == "Brightwell Analytics"
