"""The checks many classifier test modules share: mail read alone comes out in its category,
or as job mail with its employer.

A module lists its cases as (sender, display name, subject, body, language, category) and
makes its test with :func:`category_test`, as the probe modules make theirs in ``probes.py``;
cases that end with the employer's name instead make theirs with :func:`employer_test`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from jobtracker.correlator.names import company_key
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Case = tuple[str, str, str, str, str, Category]
EmployerCase = tuple[str, str, str, str, str, str]


def category_test(cases: Sequence[Case]) -> Callable[..., None]:
    """A test that reads each case alone and asserts its category."""

    def test(
        classify: Callable[..., Classification],
        sender: str,
        name: str,
        subject: str,
        body: str,
        language: str,
        category: Category,
    ) -> None:
        result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
        assert result.category is category, result.evidence

    marked: Callable[..., None] = pytest.mark.parametrize(
        ("sender", "name", "subject", "body", "language", "category"),
        cases,
        ids=[f"{c[4]}-{c[5].value}-{i}" for i, c in enumerate(cases)],
    )(test)
    return marked


def employer_test(cases: Sequence[EmployerCase]) -> Callable[..., None]:
    """A test that reads each case alone and asserts it is job mail naming its employer (the
    same company key)."""

    def test(
        classify: Callable[..., Classification],
        sender: str,
        name: str,
        subject: str,
        body: str,
        language: str,
        company: str,
    ) -> None:
        result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
        assert result.category is not Category.NOT_JOB, result.evidence
        assert result.company is not None, result.evidence
        assert company_key(result.company) == company_key(company), result.evidence

    marked: Callable[..., None] = pytest.mark.parametrize(
        ("sender", "name", "subject", "body", "language", "company"),
        cases,
        ids=[f"{c[4]}-{i}" for i, c in enumerate(cases)],
    )(test)
    return marked
