"""heldout15_inbox of the fifteenth held-out corpus (do not use for tuning)."""

from __future__ import annotations

from typing import Any

MAIL: list[dict[str, Any]] = []
