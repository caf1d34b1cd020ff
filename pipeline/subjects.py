"""Subject lines without the prefixes mail programs put before a reply or a forward.

Shared by the classifier (what a subject says) and the correlator (whether a subject is an
open application's title), so both read "Re:", "AW:", "Res:" or "TR:" the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Reply and forward prefixes across the mail programs of the five languages (and the Nordic
# "SV:"): re/aw/antw/sv/r/rv/res answer, fw/fwd/wg/tr/enc pass on; repeated ones go too.
_PREFIXES = re.compile(r"^\s*(?:(?:re|aw|antw|sv|r|rv|res|fwd?|wg|tr|enc)\s*:\s*)+", re.IGNORECASE)


# A reply's own prefix, not a forward's: "Re:", "RES:", "AW:", "SV:", "RV:".
_REPLY = re.compile(r"^\s*(?:re|aw|antw|sv|r|rv|res)\s*:", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def reply_topic(subject: str) -> str:
    """The folded subject a reply continues ("RE: Proposta - Analista" → "proposta -
    analista"), or "" when the subject is no reply's."""
    if not _REPLY.match(subject):
        return ""
    return topic(subject)


def topic(subject: str) -> str:
    """A subject without reply prefixes, case and runs of spaces: how a thread is named."""
    return _SPACES.sub(" ", clean_subject(subject)).casefold()


@lru_cache(maxsize=4096)  # asked for several times per message
def clean_subject(subject: str) -> str:
    """The subject without reply and forward prefixes."""
    return _PREFIXES.sub("", subject).strip()
