"""Everything else in the sixteenth corpus's inbox (a tuning corpus): not job mail."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

EST, EDT = "-0500", "-0400"

MAIL: list[dict[str, Any]] = []
