# ruff: noqa: E501
"""Job mail of the twenty-second corpus: Dublin, Amsterdam and Paris (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

MAIL: list[dict[str, Any]] = []
