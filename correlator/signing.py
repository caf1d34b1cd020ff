"""A signed offer: an e-signature service's "completed" envelope accepts the offer it carries.

An offer letter is sent for signing ("Please DocuSign: Offer Letter") and, once every party
signed, the service writes again ("Completed: Offer Letter"). The classifier calls both offer
mail; the second is the candidate's decision, so the application is ``accepted`` after it.
The services and their wording are data (``data/signing.toml``).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from jobtracker.correlator.domains import domain_of


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    text = resources.files("jobtracker.correlator").joinpath("data/signing.toml")
    data = tomllib.loads(text.read_text(encoding="utf-8"))
    domains = frozenset(str(d) for d in data["domains"])
    prefixes = tuple(str(p) for p in data["prefixes"])
    return domains, prefixes, tuple(str(p) for p in data["phrases"])


def signing_service(sender: str) -> bool:
    """Whether ``sender`` writes for an e-signature service."""
    domains, _, _ = _table()
    domain = domain_of(sender)
    return any(domain == d or domain.endswith("." + d) for d in domains)


def completed_envelope(subject: str, sender: str | None) -> bool:
    """Whether a message is a signing service's word that every party signed."""
    if not sender or not signing_service(sender):
        return False
    _, prefixes, phrases = _table()
    text = " ".join(subject.lower().split())
    return text.startswith(prefixes) or any(p in text for p in phrases)
