"""A short name the mail itself defines as another's: "Energie Traunviertel AG (ETV)",
"Helvetic Payments AG (HelvPay)", "SWA - Stadtwerke Ampertal GmbH".

Public bodies, cooperatives and groups sign with their registered name and put the acronym or
brand they go by beside it, in brackets after it or before it on the signature line. Mail that
names the employer by the short form elsewhere (a display name, a subject, a board's card)
means the long one, and the tracker shows the name the mail spells out.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

# Words joining a name's capitalised ones ("Bundesamt für digitale Infrastruktur", "Banco de
# la Nación"); a lower-case word after one of them belongs to the name too.
_JOINERS = frozenset(
    {
        "für", "der", "des", "die", "das", "und", "de", "del", "la", "las", "los", "du", "et",
        "of", "the", "and", "for", "di", "da", "do", "dos", "y", "e", "&", "+",
    }
)  # fmt: skip
_MAX_WORDS = 8
_MIN_TIE = (
    4  # a word of the long name the short one holds ("Aarekonsum", "Konsumgenossenschaft Aare")
)
_EDGE_PUNCT = ",;:!?()[]\"'«»“”"
_DASH = re.compile(r"\s+[-–—|]\s+")


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if c.isalnum() and not unicodedata.combining(c)).lower()


def _capital(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _stands_for(short: str, long: str, *, inside: bool = True) -> bool:
    """Whether ``short`` may be ``long`` written short: its letters in order from the first
    ("etv", "helvpay", "litopf"), or one of its longer words inside ("aarekonsum"); not
    ``inside`` after a dash, where a brand's trade follows it ("Frigomar - Logística de Frio")."""
    s, whole = _fold(short), _fold(long)
    if len(s) < 2 or len(whole) <= len(s):
        return False
    if s[0] == whole[0]:
        letters = iter(whole)
        if all(c in letters for c in s):
            return True
    words = [_fold(w) for w in long.split()]
    # A name of two words in brackets after a registered one is the brand it trades as
    # ("Inversiones Olimpo S.A. (Tiendas Olimpo)"), not a short form of it.
    return inside and " " not in short and any(len(w) >= _MIN_TIE and w in s for w in words)


def _backwards(words: list[str]) -> list[str]:
    """The name run that ends with the last of ``words``."""
    run: list[str] = []
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if word[-1:] in _EDGE_PUNCT or len(run) >= _MAX_WORDS:
            break
        left = words[at - 1].lower() if at else ""
        if _capital(word) or word.lower() in _JOINERS or left in _JOINERS:
            run.insert(0, word)
            continue
        break
    while run and (run[0].lower() in _JOINERS or not _capital(run[0])):
        run.pop(0)  # "die Energie Traunviertel AG": the article is no part of it
    return run


def _forwards(words: list[str]) -> list[str]:
    """The name run that starts with the first of ``words``."""
    run: list[str] = []
    for word in words[:_MAX_WORDS]:
        bare = word.rstrip(_EDGE_PUNCT)
        left = run[-1].lower() if run else ""
        if not bare or not (_capital(bare) or bare.lower() in _JOINERS or left in _JOINERS):
            break
        run.append(bare)
        if bare != word:
            break  # "Stadtwerke Ampertal GmbH, ein Unternehmen der ...": the comma ends it
    while run and (run[-1].lower() in _JOINERS or not _capital(run[-1])):
        run.pop()
    return run


def long_form(short: str, texts: Iterable[str]) -> str | None:
    """The longer name ``short`` is defined as in ``texts``, or None."""
    short = short.strip()
    if not short or len(short.split()) > 2:
        return None
    key = short.lower()
    for text in texts:
        for line, at in _definitions(text).get(key, ()):
            if at >= 0:  # "Energie Traunviertel AG (ETV)": the name runs back from the bracket
                run = _backwards(line[:at].split())
            else:  # "SWA - Stadtwerke Ampertal GmbH": the name follows the dash
                run = _forwards(_DASH.split(_DASH.split(line, 1)[1], 1)[0].split())
            if len(run) >= 2 and _stands_for(short, " ".join(run), inside=at >= 0):
                return " ".join(run)
    return None


_BRACKETED = re.compile(r"\(\s*([^()]{1,60}?)\s*\)")
_LEAD = re.compile(r"^\s*(\S+(?:\s+\S+)?)\s+[-–—|]\s+\S")
# An acronym a letter defines inside a sentence: capitals, a dash, the capitalised name.
_INLINE_DEFINED = re.compile(r"(?<=\s)([A-Z]{2,6})\s+[-–—]\s+(?=[A-ZÀ-Ý])")


@functools.lru_cache(maxsize=16)
def _definitions(text: str) -> dict[str, list[tuple[str, int]]]:
    """Where ``text`` may define a short name, by the short name in lower case: each line with
    the offset of the bracket that holds it, or -1 when the line starts with it and a dash.
    Read once per text for the several names asked about."""
    found: dict[str, list[tuple[str, int]]] = {}
    if "(" not in text and not _DASH.search(text):
        return found
    for line in text.splitlines():
        if "(" in line:
            for bracket in _BRACKETED.finditer(line):
                found.setdefault(bracket.group(1).lower(), []).append((line, bracket.start()))
        lead = _LEAD.match(line)
        if lead:
            found.setdefault(lead.group(1).lower(), []).append((line, -1))
        for inline in _INLINE_DEFINED.finditer(line):
            # in running text: "publicada na página da SMAP – Sociedade Municipal de ..."
            if inline.start():
                found.setdefault(inline.group(1).lower(), []).append((line[inline.start() :], -1))
    return found


_TRAILING_ACRONYM = re.compile(r"^(?P<name>.+?)\s+\(?(?P<short>[A-ZÄÖÜ]{2,6})\)?$")


def without_own_acronym(name: str) -> str:
    """A name without the acronym it ends with when the acronym is its own: "Bundesamt für
    Informatik und Telekommunikation BIT" is the Bundesamt; "Banco ABC" keeps its "ABC"."""
    found = _TRAILING_ACRONYM.match(name)
    if found is None:
        return name
    rest, short = found.group("name"), found.group("short")
    if len(rest.split()) < 2 or not _initialled(short, rest):
        return name
    return rest


def _initialled(short: str, long: str) -> bool:
    """Whether an acronym takes its letters in order from the capitalised words' starts."""
    s, whole = _fold(short), _fold(long)
    if not whole.startswith(s[0]):
        return False
    letters = iter(whole)
    return all(c in letters for c in s)
