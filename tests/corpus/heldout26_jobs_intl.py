# ruff: noqa: E501
"""Job mail of the twenty-sixth held-out corpus, in Portuguese, Spanish and French (measured, never tuned on)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

MAIL: list[dict[str, Any]] = []
