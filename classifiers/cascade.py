"""The classification cascade (DESIGN.md section 5): rules first, an LLM step below a threshold.

For now only the rules step exists. The seam for the LLM step is ``llm``: any ``Classifier``.
When it is set and the rules answer below ``threshold``, the message goes to it and the more
confident answer wins; with no LLM configured the rules' answer stands and anything below the
threshold is left for the review queue (``needs_review``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jobtracker.classifiers.base import Classifier
from jobtracker.classifiers.rules import RuleClassifier
from jobtracker.pipeline.contracts import Classification, NormalizedMessage

DEFAULT_THRESHOLD = 0.6


@dataclass(kw_only=True, slots=True)
class Cascade:
    """Runs the cheapest step first and asks the next one only when unsure."""

    rules: Classifier = field(default_factory=RuleClassifier)
    llm: Classifier | None = None
    threshold: float = DEFAULT_THRESHOLD

    def __post_init__(self) -> None:
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError(f"threshold must be between 0 and 1, got {self.threshold}")

    def classify(self, message: NormalizedMessage) -> Classification:
        answer = self.rules.classify(message)
        if answer.confidence >= self.threshold or self.llm is None:
            return answer
        second = self.llm.classify(message)
        merged_versions = {**answer.versions, **second.versions}
        best = second if second.confidence >= answer.confidence else answer
        return best.model_copy(update={"versions": merged_versions})

    def classify_in_process(self, message: NormalizedMessage, employer: str) -> Classification:
        """The rules' second reading of mail from a writer in an application in progress
        (RuleClassifier.classify_in_process); no LLM: the first reading had its chance."""
        reread = getattr(self.rules, "classify_in_process", None)
        answer: Classification = (
            reread(message, employer) if reread is not None else self.rules.classify(message)
        )
        return answer

    def first_look(self, message: NormalizedMessage) -> Classification | None:
        """The rules' answer for mail they rule out at a first look (see RuleClassifier)."""
        look = getattr(self.rules, "first_look", None)
        answer: Classification | None = look(message) if look is not None else None
        if answer is not None and self.llm is not None and answer.confidence < self.threshold:
            return None  # classify() would ask the LLM about it
        return answer

    def needs_review(self, classification: Classification) -> bool:
        """Whether a human should look at this answer (the review queue of DESIGN.md)."""
        return classification.confidence < self.threshold
