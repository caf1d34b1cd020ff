"""The check many classifier test modules share: mail read alone comes out in its category.

A module lists its cases as (sender, display name, subject, body, language, category) and
makes its test with :func:`category_test`, as the probe modules make theirs in ``probes.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Case = tuple[str, str, str, str, str, Category]


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
