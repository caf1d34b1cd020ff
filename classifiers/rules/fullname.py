"""Fuller employer names, as the mail itself writes them.

A mail often names its employer twice: "Beaconpeak" in the display name and "Beaconpeak Labs" in
the signature, "Gruppe Velashore GmbH" in the footer of mail from "Velashore". A domain or a URL
slug only hints at a name ("kwcorp.com", "summitlark", "alvesgroup"); the text says how it is
written ("Summit Lark", "Alves Group"). The tracker shows the fullest written form.

A name in running text is a run of capitalised words, joined by "&" or name particles ("Banco do
Brasil"), ending in an optional legal form ("S.A.", "GmbH & Co. KG"). It ends at punctuation, at a
lower-case word or at a capitalised word that is no part of a name ("not_name_words": "To",
"Has", "Interview", weekdays). A run that ends at a job title word ("Acme Data Engineer") is not a
name: the capitalised words before the title may belong to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from jobtracker.classifiers.rules.names import strip_accents
from jobtracker.classifiers.rules.resources import load_toml, string_list

_TOKEN = re.compile(r"[^\s]+")
_LEAD = "\"'“”«»‘’([<*"
_TRAIL = "\"'“”«»‘’)]>*,;:!?"
_PARTICLES = frozenset({"de", "do", "da", "dos", "das", "del", "y", "e", "und", "of", "van", "von"})
_GROUP_PREFIXES = frozenset({"gruppe", "groupe", "grupo", "group"})
_MAX_WORDS = 7


@dataclass(frozen=True, slots=True)
class _Token:
    text: str  # without surrounding punctuation
    boundary: bool  # punctuation after it ends a name here


@dataclass(frozen=True, slots=True)
class NameReader:
    """Reads names out of mail text; tables from ``companies.toml`` and ``roles.toml``."""

    stop_words: frozenset[str]
    title_words: frozenset[str]

    def extend(self, name: str, texts: Iterable[str]) -> str | None:
        """The longest written form of ``name`` that goes on beyond it, or None."""
        best: list[str] = []
        words = name.split()
        if not words:
            return None
        for text in texts:
            if name not in text:
                continue
            for line in text.splitlines():
                if name not in line:
                    continue
                tokens = _tokens(line)
                for start in _find(tokens, words):
                    run = self._run(tokens, start, len(words))
                    if run is not None and len(run) > max(len(best), len(words)):
                        best = run
        return " ".join(best) if best else None

    def for_label(self, label: str, texts: Iterable[str]) -> str | None:
        """A written name whose letters begin with a domain or slug label ("summitlark")."""
        label = _squash(label)
        if len(label) < 3:
            return None
        best: list[str] = []
        for text in texts:
            if label[:3] not in _squash_lower(text):
                continue
            for line in text.splitlines():
                tokens = _tokens(line)
                for index, token in enumerate(tokens):
                    if not _capitalised(token.text):
                        continue
                    if not label.startswith(_squash(token.text)[:3]):
                        continue
                    run = self._run(tokens, index, 1)
                    if run and _covers(run, label) and len(run) > len(best):
                        best = run
        return " ".join(best) if best else None

    def _run(self, tokens: list[_Token], start: int, known: int) -> list[str] | None:
        """The name run starting at ``start`` whose first ``known`` tokens are given."""
        end = start + known
        if tokens[end - 1].boundary:
            return [t.text for t in tokens[start:end]]
        while end < len(tokens) and end - start < _MAX_WORDS:
            token = tokens[end]
            word = token.text
            if word in ("&", "+") or (word.lower() in _PARTICLES and _next_capital(tokens, end)):
                end += 1
                continue
            if not _capitalised(word) or self._stops(word):
                break
            end += 1
            if token.boundary:
                break
        if end < len(tokens) and self._is_title(tokens[end].text):
            return None  # "Acme Data Engineer": the capitalised words may be the title's
        while end > start + known and tokens[end - 1].text in ("&", "+"):
            end -= 1
        first = start
        if start > 0 and tokens[start - 1].text.lower() in _GROUP_PREFIXES:
            if not tokens[start - 1].boundary and _capitalised(tokens[start - 1].text):
                first = start - 1
        return [t.text.rstrip(".") if i == end - 1 and _sentence_end(t.text) else t.text
                for i, t in enumerate(tokens[first:end], first)]  # fmt: skip

    def _stops(self, word: str) -> bool:
        low = word.lower().rstrip(".")
        return low in self.stop_words or self._is_title(word)

    def _is_title(self, word: str) -> bool:
        return word.lower().strip(".,") in self.title_words


def _tokens(line: str) -> list[_Token]:
    out = []
    for found in _TOKEN.finditer(line):
        raw = found.group(0)
        text = raw.lstrip(_LEAD)
        stripped = text.rstrip(_TRAIL)
        ellipsis = stripped.endswith("..")
        stripped = stripped.rstrip(".") + "." if ellipsis else stripped  # "Inc.." ends a sentence
        if not stripped:
            if out:
                out[-1] = _Token(out[-1].text, True)
            continue
        boundary = len(stripped) < len(text) or raw[:1] in "([" or stripped in ("-", "–", "—", "|", "@")
        if stripped in ("-", "–", "—", "|", "@", "/"):
            if out:
                out[-1] = _Token(out[-1].text, True)
            continue
        out.append(_Token(stripped, boundary or ellipsis or _sentence_end(stripped)))
    return out


def _sentence_end(word: str) -> bool:
    """ "Acme." ends a sentence; "Inc.", "S.A." and "Co." are names' own dots."""
    if not word.endswith(".") or len(word) < 2:
        return False
    core = word[:-1]
    return "." not in core and not (core[:1].isupper() and len(core) <= 3)


def _find(tokens: list[_Token], words: list[str]) -> Iterable[int]:
    n = len(words)
    for index in range(len(tokens) - n + 1):
        if all(tokens[index + k].text.rstrip(".") == words[k].rstrip(".") for k in range(n)):
            if all(not tokens[index + k].boundary for k in range(n - 1)):
                yield index


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _next_capital(tokens: list[_Token], index: int) -> bool:
    return index + 1 < len(tokens) and _capitalised(tokens[index + 1].text)


def _squash(text: str) -> str:
    return "".join(c for c in strip_accents(text).lower() if c.isalnum())


def _squash_lower(text: str) -> str:
    return strip_accents(text).lower()


def _covers(run: list[str], label: str) -> bool:
    """Whether the run's letters begin with the label, ending on a word boundary."""
    squashed = ""
    for word in run:
        squashed += _squash(word)
        if squashed == label:
            return True
        if not label.startswith(squashed):
            return False
    return False


@lru_cache(maxsize=1)
def load_name_reader() -> NameReader:
    stops = string_list(load_toml("companies.toml"), "not_name_words", "companies.toml")
    titles = string_list(load_toml("roles.toml"), "title_words", "roles.toml")
    return NameReader(
        stop_words=frozenset(w.casefold() for w in stops),
        title_words=frozenset(w.casefold() for w in titles),
    )
