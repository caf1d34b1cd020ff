# ruff: noqa: E501
"""Job mail of the twenty-first corpus: multinationals (English) and Portugal (a tuning corpus)."""

from __future__ import annotations

from typing import Any

MAIL: list[dict[str, Any]] = []
