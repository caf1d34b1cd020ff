"""The people behind mail addresses: whether an address is a person's, and what it spells.

Addresses that many processes share (an ATS relay, a careers mailbox) say nothing of who
writes; a person's address usually spells their name (``ines.carvalho@...``), and a small
employer on a mail provider's domain often spells its own (``atelier.dupont@orange.fr``).
"""

from __future__ import annotations

import re

from jobtracker.correlator.names import fold

_SHARED_MAILBOX = re.compile(
    r"^(?:no-?reply|do-?not-?reply|notifications?|notify|mailer|support|info|hello|team|jobs?"
    # "do not reply" in the other languages: naoresponda@, no-responder@, nepasrepondre@
    r"|n[aã]o[-._]?respond[ae]r?|no[-._]?respond[ae]r?|no[-._]?contestar"
    r"|ne[-._]?pas[-._]?repondre|nicht[-._]?antworten|keine[-._]?antwort"
    r"|careers?|recruit\w*|talent\w*|hr|hiring|people|applications?|candidates?|dse\w*"
    # a job board's in the other languages: candidature@hellowork, postulaciones@
    r"|candidatures?|candidaturas?|postulaciones"
    # a board's apply relay: indeedapply@, easyapply@
    r"|\w*apply"
    r"|calendar[\w-]*"
    # an ATS's conversation relay that every employer on it writes through
    # (conversations@message.teamtailor.com), a reply relay (reply+token@)
    r"|conversations?|messages?|repl(?:y|ies))"
    r"(?:[._+-].*)?@",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"[._+-]+")
_NAME_PART = re.compile(r"[a-z]{2,}")
_NAME_PARTS = (2, 3)  # "first.last", "first.middle.last"


# An employer's mailboxes for its customers, not its candidates: the reader's electricity bill
# from the utility that also interviews them (kundenservice@, billing@, atendimento@).
_CUSTOMER_MAILBOX = re.compile(
    r"^(?:kunden\w*|customer\w*|service|services|kundendienst|billing|invoices?|rechnungs?"
    r"|accounts?(?:payable|receivable)?|facturaci[oó]n|facturas?|atendimento|atencion\w*"
    r"|servicio\w*|serviceclients?|service[-._]?client\w*|clientes?|sac|abonnements?"
    r"|subscriptions?|orders?|bestellung\w*|shop|store|boutique|loja)"
    r"(?:[._+-].*)?@",
    re.IGNORECASE,
)


def customer_mailbox(address: str | None) -> bool:
    """Whether ``address`` is a mailbox an organisation keeps for its customers."""
    return bool(address) and bool(_CUSTOMER_MAILBOX.match(address or ""))


def personal(address: str | None) -> bool:
    return bool(address) and not _SHARED_MAILBOX.match(address or "")


def _local_parts(address: str) -> list[str]:
    return [p for p in _SEPARATORS.split(fold(address.partition("@")[0])) if p]


def person_name(address: str) -> str | None:
    """The name a person's address spells, lower-cased, without accents: "ines carvalho"
    for ``ines.carvalho@example.pt`` and ``ines.m.carvalho@``; None for a shared mailbox or
    an address that spells no first and last name (``jdupont@``, ``b.faivre@``)."""
    if not personal(address):
        return None
    parts = _local_parts(address)
    if len(parts) > _NAME_PARTS[0]:  # a middle initial: "rafael.m.azevedo" is Rafael Azevedo
        parts = [parts[0], *(p for p in parts[1:-1] if len(p) > 1), parts[-1]]
    if len(parts) not in _NAME_PARTS or not all(_NAME_PART.fullmatch(p) for p in parts):
        return None
    return " ".join(parts)


def named_person(address: str | None) -> bool:
    """Whether an address reads as one person's: not a shared mailbox, and a name in parts
    (``p.vellard@``, ``ana_ruiz@``); a service's one-word mailbox (``indeedapply@``) is not."""
    if not address or not personal(address):
        return False
    parts = _local_parts(address)
    return len(parts) >= _NAME_PARTS[0] and any(_NAME_PART.fullmatch(p) for p in parts)


_WORDS = re.compile(r"[a-z]+")
_MIN_NAME_WORDS = 2
_MAX_NAME_WORDS = 4
_MIN_GIVEN = 3
# "CHUV - Fondation", "Acme | Talent": an organisation's part, not a person
_ORG_PART = re.compile(r"\s[-–|:]\s|[|:]")


def writes_as(address: str, name: str) -> bool:
    """Whether a person's address spells the display name it is sent under, as people's do:
    ``owen@`` or ``rachel.kim@`` for "Owen Mercer" and "Rachel Kim", ``faguirre@`` for
    "Florencia Aguirre". A shared mailbox ("Acme Bank" <alerts@>) or a department's
    ("Acme - Fondation" <fondation@>) does not."""
    if not personal(address) or _ORG_PART.search(name):
        return False
    words = _WORDS.findall(fold(name))
    if not _MIN_NAME_WORDS <= len(words) <= _MAX_NAME_WORDS:
        return False
    first, last = words[0], words[-1]
    parts = _local_parts(address)
    if any(p in (first, last) for p in parts if len(p) >= _MIN_GIVEN):
        return True
    return "".join(parts) in (first[0] + last, first + last, first + last[0])


def names_recipient(text: str, recipients: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``text`` spells the first and last name of one of ``recipients`` (display
    name, address): a calendar entry's "Jane Roe / Sam Poe - Final round" read as a title
    names the user, not a job."""
    words = f" {' '.join(_WORDS.findall(fold(text)))} "
    for name, address in recipients:
        for spelled in (" ".join(_WORDS.findall(fold(name))), person_name(address) or ""):
            if len(spelled.split()) >= _MIN_NAME_WORDS and f" {spelled} " in words:
                return True
    return False


_TENANT = re.compile(r"[a-z]{5,}")


def tenant_mailbox(address: str) -> str | None:
    """The one word before the "@" of an address that is neither a shared mailbox nor a
    name in parts (``lpbgroup@myworkday.com``): how an ATS names the employer it writes for
    (its tenant), or a person's first name. None for anything else."""
    if not personal(address):
        return None
    local = fold(address.partition("@")[0])
    return local if _TENANT.fullmatch(local) else None


_FIRST_NAME = re.compile(r"[a-z]{3,}")


def first_name_mailbox(address: str) -> str | None:
    """The one word before the "@" of a person's address that reads as a first name
    (``beatriz@acme.ai``): lower-cased, without accents; None for anything else."""
    if not personal(address):
        return None
    local = fold(address.partition("@")[0])
    return local if _FIRST_NAME.fullmatch(local) else None


def mailbox_words(address: str) -> str:
    """The local part of a person's address run together: "ateliermorvan" for
    ``atelier.morvan@orange.fr``; empty for a shared mailbox."""
    return "".join(_local_parts(address)) if personal(address) else ""
