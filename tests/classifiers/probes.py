"""The checks the person-written probe notes share (``test_s14_probe_<lang>.py``).

Each language's module lists its notes and look-alikes and makes its tests here: a note is
read as the rules read it (``classify_in_process`` for a note that only makes sense in a
known process), and must come out at its stage; a look-alike must stay not job mail.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.evaluate import _same_company, _same_role
from jobtracker.pipeline.vocabulary import FINAL_STATUSES, ApplicationStatus, Category

# What a family of notes must come out as: the categories it may take, and its status.
EXPECTED: dict[str, tuple[frozenset[Category], ApplicationStatus | None]] = {
    "rejection": (frozenset({Category.REJECTION}), None),
    "interview": (frozenset({Category.INTERVIEW}), None),
    "assessment": (frozenset({Category.ASSESSMENT}), None),
    "offer": (frozenset({Category.OFFER}), None),
    "on_hold": (frozenset({Category.CONFIRMATION}), ApplicationStatus.ON_HOLD),
    "withdrawn": (frozenset({Category.CONFIRMATION}), ApplicationStatus.WITHDRAWN),
    "accepted": (frozenset({Category.OFFER}), ApplicationStatus.ACCEPTED),
    "declined": (
        frozenset({Category.CONFIRMATION, Category.OFFER}),
        ApplicationStatus.WITHDRAWN,
    ),
}

Test = Callable[..., None]


def read_note(
    classifier: RuleClassifier,
    message: Callable[..., Any],
    subject: str,
    body: str,
    *,
    in_process: bool,
    writer: tuple[str, str],
    employer: str,
) -> Classification:
    """A note from ``writer`` (address, name), read alone or in ``employer``'s process."""
    address, name = writer
    mail = message(sender=address, name=name, subject=subject, body=body)
    return (
        classifier.classify_in_process(mail, employer) if in_process else classifier.classify(mail)
    )


def stage_test(
    notes: Sequence[tuple[str, str, Category, ApplicationStatus | None, bool]],
    *,
    writer: tuple[str, str],
    employer: str,
) -> Test:
    """Notes given as (subject, body, category, status, read in the process)."""

    @pytest.mark.parametrize(
        ("subject", "body", "category", "status", "in_process"),
        notes,
        ids=[f"{n[2].value}-{i}" for i, n in enumerate(notes)],
    )
    def test(
        classifier: RuleClassifier,
        message: Callable[..., Any],
        subject: str,
        body: str,
        category: Category,
        status: ApplicationStatus | None,
        in_process: bool,
    ) -> None:
        result = read_note(
            classifier,
            message,
            subject,
            body,
            in_process=in_process,
            writer=writer,
            employer=employer,
        )
        assert result.category is category, result.evidence
        if status is not None:
            assert result.status is status, result.evidence

    return test


def sender_test(notes: Sequence[tuple[str, str, str, Category, ApplicationStatus | None]]) -> Test:
    """Job mail read alone, given as (sender, subject, body, category, status): mail with the
    words of a decision that must keep its own category and status."""

    @pytest.mark.parametrize(("sender", "subject", "body", "category", "status"), notes)
    def test(
        classifier: RuleClassifier,
        message: Callable[..., Any],
        sender: str,
        subject: str,
        body: str,
        category: Category,
        status: ApplicationStatus | None,
    ) -> None:
        result = read_note(
            classifier, message, subject, body, in_process=False, writer=(sender, ""), employer=""
        )
        assert result.category is category, result.evidence
        assert result.status is status, result.evidence

    return test


def family_test(
    notes: Sequence[tuple[str, bool, str, str]], *, writer: tuple[str, str], employer: str
) -> Test:
    """Notes given as (family of :data:`EXPECTED`, read in the process, subject, body)."""

    @pytest.mark.parametrize(("family", "in_process", "subject", "body"), notes)
    def test(
        classifier: RuleClassifier,
        message: Callable[..., Any],
        family: str,
        in_process: bool,
        subject: str,
        body: str,
    ) -> None:
        result = read_note(
            classifier,
            message,
            subject,
            body,
            in_process=in_process,
            writer=writer,
            employer=employer,
        )
        categories, status = EXPECTED[family]
        assert result.category in categories, result.evidence
        if status is not None:
            assert result.status is status, result.evidence

    return test


def lookalike_test(lookalikes: Sequence[tuple[str, str, str, bool]], *, name: str = "") -> Test:
    """Look-alikes given as (sender, subject, body, sent to a mailing list), sent as ``name``."""

    @pytest.mark.parametrize(("sender", "subject", "body", "bulk"), lookalikes)
    def test(
        classify: Callable[..., Classification], sender: str, subject: str, body: str, bulk: bool
    ) -> None:
        result = classify(
            sender=sender,
            name=name,
            subject=subject,
            body=body,
            list_unsubscribe="<mailto:unsubscribe@example.org>" if bulk else None,
        )
        assert result.category is Category.NOT_JOB, result.evidence

    return test


def employer_test(
    probes: Sequence[tuple[str, str, str, str, str, str, str, str]], *, language: str
) -> Test:
    """Job mail given as (family, sender, display name, subject, body, signature, employer,
    role or ""): its employer and role must be the ones the scorer counts as right."""

    @pytest.mark.parametrize(
        ("family", "sender", "name", "subject", "body", "signature", "company", "role"),
        probes,
        ids=[f"{p[0]}-{i}" for i, p in enumerate(probes)],
    )
    def test(
        classify: Callable[..., Classification],
        family: str,
        sender: str,
        name: str,
        subject: str,
        body: str,
        signature: str,
        company: str,
        role: str,
    ) -> None:
        result = classify(
            sender=sender,
            name=name,
            subject=subject,
            body=body,
            signature=signature,
            language=language,
        )
        assert _same_company(result.company, company), (result.company, company)
        if role:
            assert _same_role(result.role, role), (result.role, role)

    return test


def no_employer_test(lookalikes: Sequence[Any], *, language: str) -> Test:
    """Look-alikes given as (sender, display name, subject, body): no job mail, no employer."""

    @pytest.mark.parametrize(("sender", "name", "subject", "body"), lookalikes)
    def test(
        classify: Callable[..., Classification], sender: str, name: str, subject: str, body: str
    ) -> None:
        result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
        assert result.category is Category.NOT_JOB
        assert result.company is None

    return test


def undecided_test(
    notices: Sequence[tuple[str, str]], *, writer: tuple[str, str], employer: str
) -> Test:
    """Status notices given as (subject, body) that decide nothing ("log in to see the update",
    "Status: in review"): no rejection, no offer, no final status."""

    @pytest.mark.parametrize(("subject", "body"), notices)
    def test(
        classifier: RuleClassifier, message: Callable[..., Any], subject: str, body: str
    ) -> None:
        result = read_note(
            classifier, message, subject, body, in_process=False, writer=writer, employer=employer
        )
        assert result.category not in {Category.REJECTION, Category.OFFER}, result.evidence
        assert result.status not in FINAL_STATUSES, result.evidence

    return test


def onboarding_test(
    notes: Sequence[tuple[str, str]], *, writer: tuple[str, str], employer: str
) -> Test:
    """Onboarding mail given as (subject, body) that names no yes: job mail, never a step back."""

    @pytest.mark.parametrize(("subject", "body"), notes)
    def test(
        classifier: RuleClassifier, message: Callable[..., Any], subject: str, body: str
    ) -> None:
        result = read_note(
            classifier, message, subject, body, in_process=False, writer=writer, employer=employer
        )
        assert result.category is not Category.NOT_JOB, result.evidence
        stepped_back = {ApplicationStatus.WITHDRAWN, ApplicationStatus.REJECTED}
        assert result.status not in stepped_back, result.evidence

    return test
