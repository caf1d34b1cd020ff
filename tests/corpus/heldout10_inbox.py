"""Ordinary mail of the tenth held-out corpus, with look-alikes (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CET, CEST = "+0100", "+0200"

MAIL: list[dict[str, Any]] = []
