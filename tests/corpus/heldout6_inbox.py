"""Non-job mail of the sixth held-out corpus.

Hand-written; THIS CORPUS MUST NOT BE USED FOR TUNING (see heldout6.py).
"""

from __future__ import annotations

from typing import Any

MAIL: list[dict[str, Any]] = []
