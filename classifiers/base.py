"""The seam every classifier implements."""

from __future__ import annotations

from typing import Protocol

from jobtracker.pipeline.contracts import Classification, NormalizedMessage


class Classifier(Protocol):
    """Decides what one message is and extracts what it says about an application."""

    def classify(self, message: NormalizedMessage) -> Classification: ...
