"""Mail of the eleventh held-out corpus (jobs_intl; do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CST, CDT, EST, EDT, PDT, MDT = "-0600", "-0500", "-0500", "-0400", "-0700", "-0600"

MAIL: list[dict[str, Any]] = [
]
