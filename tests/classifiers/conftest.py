"""Shared pieces for classifier tests: one loaded rule classifier and a message factory."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.contracts import (
    Address,
    CalendarEvent,
    Classification,
    Link,
    NormalizedMessage,
)

_ids = itertools.count()

MessageFactory = Callable[..., NormalizedMessage]


def make_message(
    *,
    sender: str,
    subject: str,
    body: str,
    name: str = "",
    language: str | None = None,
    links: tuple[str, ...] = (),
    events: tuple[CalendarEvent, ...] = (),
    headers: dict[str, str] | None = None,
    labels: tuple[str, ...] = (),
    signature: str = "",
    quoted: str = "",
    list_unsubscribe: str | None = None,
) -> NormalizedMessage:
    """A message as the connectors hand it over: fresh text, then signature, then quote."""
    text = body
    signature_offset = quote_offset = None
    if signature:
        signature_offset = len(text) + 1
        text = f"{text}\n{signature}"
    if quoted:
        quote_offset = len(text) + 1
        text = f"{text}\n{quoted}"
    return NormalizedMessage(
        user_id="user-1",
        mailbox_id="mbox-1",
        provider="files",
        provider_message_id=f"msg-{next(_ids)}",
        from_=Address(name=name, address=sender, domain=sender.rpartition("@")[2]),
        to=(Address(name="Jane Doe", address="jane.doe@example.org", domain="example.org"),),
        subject=subject,
        sent_at=datetime(2025, 3, 4, 9, 30, tzinfo=UTC),
        text=text,
        quote_offset=quote_offset,
        signature_offset=signature_offset,
        links=tuple(Link(url=url) for url in links),
        calendar_events=events,
        headers=headers or {},
        language=language,
        labels=labels,
        list_unsubscribe=list_unsubscribe,
    )


@pytest.fixture(scope="session")
def message() -> MessageFactory:
    """The message factory, for tests that need the message itself."""
    return make_message


@pytest.fixture(scope="session")
def classifier() -> RuleClassifier:
    return RuleClassifier()


@pytest.fixture(scope="session")
def classify(classifier: RuleClassifier) -> Callable[..., Classification]:
    def run(**kwargs: Any) -> Classification:
        return classifier.classify(make_message(**kwargs))

    return run
