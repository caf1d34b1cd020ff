"""The cascade: rules first, the LLM seam below the threshold."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from jobtracker.classifiers import RULES_VERSION, Cascade, RuleClassifier
from jobtracker.pipeline.contracts import Classification, NormalizedMessage
from jobtracker.pipeline.vocabulary import Category, DecidedBy


@dataclass
class FakeLlm:
    answer: Classification
    seen: list[str] = field(default_factory=list)

    def classify(self, message: NormalizedMessage) -> Classification:
        self.seen.append(message.provider_message_id)
        return self.answer


LLM_ANSWER = Classification(
    category=Category.INTERVIEW,
    company="Northwind",
    confidence=0.9,
    decided_by=DecidedBy.LLM,
    versions={"llm": "prompt-1"},
)


@pytest.fixture(scope="module")
def clear(message: Callable[..., NormalizedMessage]) -> NormalizedMessage:
    return message(
        sender="no-reply@hire.lever.co",
        name="Helio",
        subject="Thank you for your application to Helio",
        body="Thanks for applying to Helio! We've received your application for the Platform "
        "Engineer role.",
    )


@pytest.fixture(scope="module")
def unclear(message: Callable[..., NormalizedMessage]) -> NormalizedMessage:
    return message(
        sender="no-reply@us.greenhouse-mail.io",
        name="Greenhouse",
        subject="Quick note",
        body="Please see the attached document regarding your candidacy.",
    )


def test_rules_only_by_default(classifier: RuleClassifier, clear: NormalizedMessage) -> None:
    cascade = Cascade(rules=classifier)
    result = cascade.classify(clear)
    assert result.decided_by is DecidedBy.RULES
    assert result.versions == {"rules": RULES_VERSION}
    assert cascade.llm is None


def test_confident_rules_never_call_the_llm(
    classifier: RuleClassifier, clear: NormalizedMessage
) -> None:
    llm = FakeLlm(LLM_ANSWER)
    result = Cascade(rules=classifier, llm=llm).classify(clear)
    assert result.category is Category.CONFIRMATION
    assert llm.seen == []


def test_unsure_rules_ask_the_llm(classifier: RuleClassifier, unclear: NormalizedMessage) -> None:
    llm = FakeLlm(LLM_ANSWER)
    cascade = Cascade(rules=classifier, llm=llm)
    assert classifier.classify(unclear).confidence < cascade.threshold
    result = cascade.classify(unclear)
    assert result.decided_by is DecidedBy.LLM
    assert result.company == "Northwind"
    assert result.versions == {"rules": RULES_VERSION, "llm": "prompt-1"}


def test_without_llm_unsure_answers_go_to_review(
    classifier: RuleClassifier, clear: NormalizedMessage, unclear: NormalizedMessage
) -> None:
    cascade = Cascade(rules=classifier)
    result = cascade.classify(unclear)
    assert result.decided_by is DecidedBy.RULES
    assert cascade.needs_review(result)
    assert not cascade.needs_review(cascade.classify(clear))


def test_threshold_is_checked_at_start_up(classifier: RuleClassifier) -> None:
    with pytest.raises(ValueError, match="threshold"):
        Cascade(rules=classifier, threshold=1.5)
