"""Mail of the twelfth held-out corpus (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

MAIL: list[dict[str, Any]] = []
