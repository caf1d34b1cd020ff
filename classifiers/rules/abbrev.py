"""An employer's short name and the full one the same mail writes: "Agglo VSB" for "Communauté
d'agglomération Val-de-Saône Beaujolais", "cfcs-aj.fr" for "Caisse Fédérale du Crédit Solidaire
Alpes-Jura", "SMMC" for "Syndicat mixte des mobilités de la Cluse".

Public bodies, mutual societies and cooperative banks go by a short name made of initials and
shortened words, in a display name or a domain, and sign with the name they are registered
under, written the French way with lower-case words. Each word of the short name is one word of
the long name, the start of one ("Agglo" for "agglomération"), or the initials of a run of them
("VSB" for "Val-de-Saône Beaujolais": compounds count word by word, particles not at all).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

# Words an institution's initials skip ("de la", "d'", "et", "für").
_PARTICLES = frozenset(
    {
        "de", "du", "des", "la", "le", "les", "et", "à", "a", "en", "pour", "sur", "aux", "au",
        "of", "the", "and", "for", "für", "der", "die", "das", "und", "del", "los", "las", "el",
        "y", "e", "da", "do", "dos", "di",
    }
)  # fmt: skip
_MAX_PART_WORDS = 10
_MAX_LEAD = (
    4  # words of a part before the ones the short name stands for ("Société d'économie mixte")
)
_MIN_PREFIX = 4  # a shortened word keeps at least this much of the word ("Agglo")
_SPLIT_PART = re.compile(r"\s+[-–—|]\s+|\s*[,;]\s+")
_ELISION = re.compile(r"^(?:[dlj]|qu)['’]", re.IGNORECASE)
_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?"
# A part whose every word is letters (joined by hyphens or apostrophes, a dot after): one match
# for the part rather than one per word.
_WORDS_OK = re.compile(_WORD + r"(?:\s+" + _WORD + r")*")


_NOT_ASCII_ALNUM = re.compile(r"[^A-Za-z0-9]+")
_OWN_ACRONYM = re.compile(r"\s+\(([A-Z]{2,6})\)$")
_COMPOUND = 8  # letters of a word long enough to be a compound ("Kantonsspital")
_MIN_PIECE = 4  # letters of a compound's later piece its inner initial starts


def _fold(text: str) -> str:
    if text.isascii():  # most names: the same answer without decomposing them
        return _NOT_ASCII_ALNUM.sub("", text).lower()
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if c.isalnum() and not unicodedata.combining(c)).lower()


def _short_tokens(short: str) -> list[str]:
    return [t for t in (_fold(w) for w in re.split(r"[\s\-.]+", short)) if t]


@functools.lru_cache(maxsize=8192)
def _word_tokens(word: str) -> tuple[str, ...]:
    """What one written word gives a name's initials: its compound's pieces, folded, without
    elisions and particles. Words recur from mail to mail: each is read once."""
    out = []
    for piece in word.split("-"):
        piece = _ELISION.sub("", piece.strip(".'’"))
        folded = _fold(piece)
        if folded and piece.lower() not in _PARTICLES:
            out.append(folded)
    return tuple(out)


def _long_tokens(words: list[str]) -> list[tuple[str, int]]:
    """The words of a name that its initials count, each with the index of the written word it
    comes from: compounds split, elisions and particles dropped."""
    return [(token, at) for at, word in enumerate(words) for token in _word_tokens(word)]


def _consume(shorts: list[str], longs: list[str], start: int) -> tuple[int, bool] | None:
    """Where the long words end once every short token is read from ``start`` on, and whether
    some token was a run of initials; None when they do not fit."""
    if not shorts:
        return start, False
    token, rest = shorts[0], shorts[1:]
    if start >= len(longs):
        return None
    word = longs[start]
    if token == word or (len(token) >= _MIN_PREFIX and word.startswith(token)):
        found = _consume(rest, longs, start + 1)
        if found is not None:
            return found
    if 2 <= len(token) <= 6:
        for end in _initials_ends(token, longs, start):
            found = _consume(rest, longs, end)
            if found is not None:
                return found[0], True
    return None


def _initials_ends(token: str, longs: list[str], start: int) -> list[int]:
    """Where the long words end when ``token`` is read as their initials from ``start`` on:
    one letter per word, or two from a long compound, its own and a later piece's ("KS" of
    "Kantonsspital", "US" of "Universitätsspital"), one letter a word first."""
    if not token:
        return [start]
    if start >= len(longs) or longs[start][:1] != token[0]:
        return []
    word = longs[start]
    ends = _initials_ends(token[1:], longs, start + 1)
    if len(token) >= 2 and len(word) >= _COMPOUND:
        inner = word.find(token[1], 3, len(word) - _MIN_PIECE + 1)
        if inner > 0:
            ends.extend(_initials_ends(token[2:], longs, start + 1))
    return ends


def _name_part(part: str) -> list[str] | None:
    words = part.split()
    if not 2 <= len(words) <= _MAX_PART_WORDS or not words[0][:1].isupper():
        return None
    if not _WORDS_OK.fullmatch(part.strip()):
        return None  # digits, an address, a sentence's punctuation
    return words


_NamePart = tuple[int, list[str], list[str], list[tuple[str, int]], str]
_MAX_LINE = 200  # longer lines are prose, not a name on a line of its own
_MAX_LABEL_LINE = 120


@functools.lru_cache(maxsize=16)
def _name_parts(text: str) -> tuple[_NamePart, ...]:
    """Each line, or dash- or comma-separated part of one, that may be a name: its line's
    width, its words, the words its initials count and where those come from. Read once per
    text for the several short names and domain labels asked about."""
    parts: list[_NamePart] = []
    for line in text.splitlines():
        if len(line) > _MAX_LINE:
            continue
        for part in _SPLIT_PART.split(line.strip()):
            # "Institut de la pertinence des soins (IPS)": the name, its acronym after it
            part = part.strip().rstrip(".")
            own = _OWN_ACRONYM.search(part) if part.endswith(")") else None
            words = _name_part(part[: own.start()] if own else part)
            if words is not None:
                tokens = _long_tokens(words)
                declared = own.group(1) if own else ""
                parts.append((len(line), words, [t for t, _ in tokens], tokens, declared))
    return tuple(parts)


def expansion(short: str, texts: Iterable[str]) -> str | None:
    """The full name, written on a line or a dash- or comma-separated part of one, that the short
    name ``short`` abbreviates; None when there is none or more than one."""
    shorts = _short_tokens(short)
    if not shorts or sum(len(t) for t in shorts) < 2:
        return None
    if not any(2 <= len(t) <= 6 for t in shorts):
        return None  # no token can be a run of initials, which a fit must have (see _consume)
    found: set[str] = set()
    for text in texts:
        for _width, words, longs, tokens, declared in _name_parts(text):
            if declared and declared.casefold() == short.casefold():
                found.add(" ".join(words))  # "Universitätsspital Seefeld Zürich (USSZ)"
                continue
            for start in range(min(_MAX_LEAD + 1, len(longs))):
                fit = _consume(shorts, longs, start)
                if fit is None or not fit[1] or fit[0] != len(longs):
                    continue
                first = tokens[start][1]
                if not words[first][:1].isupper():
                    first = 0  # "Communauté d'agglomération ...": the name starts before
                found.add(" ".join(words[first:]))
                break
    return next(iter(found)) if len(found) == 1 else None


_MIN_LABEL_SHARE = 0.6  # of the domain label the name's words must make up
_MIN_LABEL_WORD = 3
_MIN_WITHOUT_KIND = 0.8  # of the label the other words (and the kind's clipping) make up


def _clipped(word: str, squashed: str) -> str:
    """The longest start of ``word`` (four letters at least) that the label holds: "coop"."""
    for end in range(len(word) - 1, _MIN_PREFIX - 1, -1):
        if word[:end] in squashed:
            return word[:end]
    return ""


def written_in_label(label: str, texts: Iterable[str]) -> str | None:
    """The name, on a line of its own or a dash-separated part of one, whose words a domain
    label holds in any order ("Métropole de Lyon" at grandlyon-metropole.fr, "Ville de Lyon"
    at mairie-lyon.fr); None when there is none or more than one."""
    squashed = _fold(label)
    if len(squashed) < 6:
        return None
    found: set[str] = set()
    for text in texts:
        for width, words, longs, _tokens, _declared in _name_parts(text):
            if width > _MAX_LABEL_LINE or len(longs) < 2:
                continue
            if any(len(t) < _MIN_LABEL_WORD for t in longs):
                continue
            if all(t in squashed for t in longs) and (
                sum(len(t) for t in longs) >= _MIN_LABEL_SHARE * len(squashed)
            ):
                found.add(" ".join(words))
            elif (
                len(longs) >= 3
                and longs[0] not in squashed
                and all(t in squashed for t in longs[1:])
                and len(_clipped(longs[0], squashed)) + sum(len(t) for t in longs[1:])
                >= _MIN_WITHOUT_KIND * len(squashed)
            ):
                # the domain leaves the kind out or clips it: "Institut de la pertinence des
                # soins" at pertinencesoins.org, "Coopérative de santé Les Saules" at coopsante...
                found.add(" ".join(words))
    return next(iter(found)) if len(found) == 1 else None
