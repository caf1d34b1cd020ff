# ruff: noqa: E501
"""The ordinary inbox and job-adjacent mail of the twenty-second corpus (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

GMT, BST = "+0000", "+0100"

MAIL: list[dict[str, Any]] = []
