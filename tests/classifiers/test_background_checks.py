"""Background-check vendors screen candidates for an employer; they are never the employer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers.rules.registry import load_registry
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name"),
    [
        ("candidate.noreply@checkr.com", "Checkr"),
        ("notifications@sterlingcheck.com", "Sterling"),
        ("no-reply@hireright.com", "HireRight"),
        ("donotreply@fadv.com", "First Advantage"),
    ],
)
def test_screening_mail_names_the_hiring_company_not_the_vendor(
    classify: Classify, sender: str, name: str
) -> None:
    result = classify(
        sender=sender,
        name=name,
        subject="Your background check for Corvane Logistics",
        body=(
            "Hi Jane,\n\nCorvane Logistics has asked us to run a background check as part of "
            "your application for the Warehouse Supervisor position. Please complete the "
            "candidate form and sign the disclosure to continue.\n\nThanks,\n" + name
        ),
    )
    assert result.category is Category.OTHER_JOB
    assert result.company != name
    assert name.lower() not in (result.company or "").lower()


def test_screening_vendors_are_registered_as_vendors() -> None:
    registry = load_registry()
    for domain in ("checkr.com", "hireright.com", "sterlingcheck.com", "fadv.com"):
        vendor = registry.vendor_for_domain(domain)
        assert vendor is not None, domain
        assert vendor.id == "background_check"
    for name in ("Checkr", "Sterling", "HireRight", "First Advantage"):
        assert registry.is_vendor_name(name), name
