# ruff: noqa: E501
"""Everything else in the twenty-first corpus: an ordinary inbox (a tuning corpus)."""

from __future__ import annotations

from typing import Any

MAIL: list[dict[str, Any]] = []
