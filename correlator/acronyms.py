"""An employer named by its initials ("Sede electrónica ASH") and in full in the same mail.

Public bodies and large groups sign notices with an acronym in the display name and their
whole name in the text ("Agencia Sanitaria del Henares - Sede electrónica"). When the text
spells one name whose capitalised words' initials make the acronym, and the sender's domain
holds one of its words (``saludhenares.es``), the full name is the employer's.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from jobtracker.correlator.domains import domain_of

_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
# short words a name may hold between its capitalised ones
_JOINERS = frozenset(
    [
        "de",
        "del",
        "la",
        "las",
        "los",
        "el",
        "y",
        "e",
        "of",
        "the",
        "and",
        "for",
        "für",
        "und",
        "der",
        "des",
        "du",
        "da",
        "do",
        "das",
        "dos",
        "di",
        "et",
        "à",
        "a",
    ]
)
_MIN_TIE = 4  # a word of the name the domain must hold; shorter ones tie by chance
_MAX_WORDS = 10
_MIN_INITIALS = 2


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def _spellings(acronym: str, text: str) -> set[str]:
    found: set[str] = set()
    for line in text.splitlines():
        matches = list(_WORD.finditer(line))
        words = [m.group(0) for m in matches]
        for start, first in enumerate(words):
            if first[0] != acronym[0] or not first[0].isupper() or first.isupper():
                continue
            taken: list[str] = []
            initials = ""
            for at, word in enumerate(words[start : start + _MAX_WORDS], start):
                if word[0].isupper() and not word.isupper():
                    if len(initials) == len(acronym):
                        defined = acronym in line[: matches[start].start()]
                        if defined and _place_end(line, matches, at, taken):
                            taken.append(word)  # "... de Lavra e Vila Chã, S.A.": a place's name
                        break
                    initials += word[0]
                    taken.append(word)
                elif word.lower() in _JOINERS and initials:
                    taken.append(word)
                else:
                    break
                if not acronym.startswith(_fold(initials).upper()):
                    break
            while taken and taken[-1].lower() in _JOINERS:
                taken.pop()
            if initials == acronym and taken:
                found.add(" ".join(taken))
    return found


def _place_end(line: str, matches: list[re.Match[str]], at: int, taken: list[str]) -> bool:
    """Whether the capitalised word at ``at`` ends the name the line defines its acronym as
    ("APLV - ... de Lavra e Vila Chã, S.A."): the second word of a place right after its
    first ("Vila Chã", "Santa Cruz"), and the line goes on with a comma or ends."""
    if not taken or taken[-1].lower() in _JOINERS:
        return False
    if matches[at - 1].end() + 1 != matches[at].start():
        return False
    rest = line[matches[at].end() :].lstrip()
    return not rest or rest[0] == ","


def spelled_out(company: str, text: str, sender: str | None) -> str | None:
    """The full name the acronym in ``company`` stands for, spelled in ``text`` and tied by
    the sender's domain; None when there is no such one name."""
    acronyms = _ACRONYM.findall(company)
    if len(acronyms) != 1 or not sender:
        return None
    labels = _fold(domain_of(sender)).rsplit(".", 1)[0]
    names = {
        name
        for name in _spellings(acronyms[0], text)
        if any(len(w) >= _MIN_TIE and w in labels for w in _fold(name).split() if w not in _JOINERS)
    }
    return next(iter(names)) if len(names) == 1 else None


def initials_of(key: str) -> str:
    """The initials of an employer key's words but its joiners: "ash" for "agencia
    sanitaria del henares"; empty for a name of fewer than two such words."""
    words = [w for w in key.split() if w not in _JOINERS]
    return "".join(w[0] for w in words) if len(words) >= _MIN_INITIALS else ""


_ELIDED = re.compile(r"^l[aeiouh]\w{3,}$")
# French words a body's acronym skips besides the joiners ("information en santé")
_FRENCH_SKIPPED = frozenset({"en", "au", "aux", "sur", "pour"})
_MAX_ELIDED = 3


def initials_variants(key: str) -> tuple[str, ...]:
    """:func:`initials_of`, and the initials a French name goes by when the key glued an
    elided article to its word ("linformation" of "l'information") and it skips "en": "sqis"
    for "societe quebecoise de linformation en sante"."""
    words = [w for w in key.split() if w not in _JOINERS and w not in _FRENCH_SKIPPED]
    found = [initials_of(key)]
    if len(words) >= _MIN_INITIALS:
        # "ligne" may be a word of its own: each such word is read both ways, a few at most
        options = [w[:2] if _ELIDED.match(w) else w[0] for w in words]
        if sum(len(o) > 1 for o in options) <= _MAX_ELIDED:
            found += ["".join(letters) for letters in itertools.product(*options)]
    return tuple(dict.fromkeys(i for i in found if i))


def spells_initials(short: str, full: str) -> bool:
    """Whether the employer key ``short`` holds the acronym of the key ``full`` as a word:
    "sede electronica ash" and "agencia sanitaria del henares"."""
    if short == full:
        return False
    shorts = short.split()
    return any(initials in shorts for initials in initials_variants(full))
