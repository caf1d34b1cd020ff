# ruff: noqa: E501
"""Ordinary mail and look-alikes of the twenty-sixth held-out corpus (measured, never tuned on)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

MAIL: list[dict[str, Any]] = []
