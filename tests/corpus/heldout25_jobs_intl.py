# ruff: noqa: E501
"""Stub."""

from __future__ import annotations

from typing import Any

MAIL: list[dict[str, Any]] = []
