"""Placeholder of the nineteenth held-out corpus (never tuned on)."""

from __future__ import annotations

from typing import Any

MAIL: list[dict[str, Any]] = []
