# ruff: noqa: E501
"""placeholder"""

from __future__ import annotations

from typing import Any

MAIL: list[dict[str, Any]] = []
