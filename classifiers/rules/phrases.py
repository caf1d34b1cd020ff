"""Phrase banks per category and language, compiled into one fast matcher per language set.

Each language file (``data/languages/<lang>.toml``) lists phrases under ``[phrases.<label>]`` in
three tiers. A label is a category or one of the non-category signals in ``SIGNALS``. All phrases
of the languages in play are folded into one alternation, factored into a prefix tree on their
literal start so that the regex engine rejects most positions after a character or two. A match
is mapped back to its phrase once per distinct matched text (then cached). At one position,
longer phrases are tried first, and a phrase that lies wholly inside a longer one is part of it:
a specific phrase ("if you are not selected") hides the shorter one inside it ("not selected").
A phrase that starts inside another and goes on beyond it still counts, unless both have one
label: then they are one cue, and the stronger one counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from jobtracker.classifiers.rules.regexlang import (
    expand,
    literal_prefix,
    prefix_tree,
    split_top,
    to_regex,
)
from jobtracker.pipeline.errors import ConfigError
from jobtracker.pipeline.vocabulary import Category

TIER_WEIGHTS = {"strong": 6.0, "medium": 3.0, "weak": 1.0}

SIGNALS = ("job", "nonjob", "bulk", "agency", "autoreply", "applied")
"""Labels that are not categories: job context, other kinds of applications and marketing,
newsletters, staffing agencies, auto-replies, and the reader's own application ("your
application"), which a recruiter's unsolicited outreach never mentions."""

LABELS = frozenset(c.value for c in Category if c is not Category.NOT_JOB) | frozenset(SIGNALS)

_CACHE_LIMIT = 50_000
_VARIANTS = 4
"""Variants a phrase is spread into for the prefix tree; more only cost compile time."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Phrase:
    """One phrase as written in a data file, with the literal-first variants it expands to."""

    label: str
    weight: float
    language: str
    source: str
    regex: re.Pattern[str]
    variants: tuple[tuple[str, str], ...]  # (literal prefix, regex of the rest)


class PhraseHit(NamedTuple):
    """Where one phrase matched (offsets into the scanned text)."""

    phrase: Phrase
    start: int
    end: int


def load_phrases(language: str, table: dict[str, Any], where: str) -> list[Phrase]:
    """The phrases of one language file; any bad phrase stops start-up with its file and text."""
    phrases: list[Phrase] = []
    for label, tiers in table.items():
        if label not in LABELS:
            raise ConfigError(f"{where}: unknown phrase label '{label}'")
        if not isinstance(tiers, dict):
            raise ConfigError(f"{where}: [phrases.{label}] must be a table of tiers")
        for tier, items in tiers.items():
            if tier not in TIER_WEIGHTS or not isinstance(items, list):
                raise ConfigError(f"{where}: [phrases.{label}] has a bad tier '{tier}'")
            for item in items:
                for part in split_top(_text(item, label, where)):
                    phrases.append(_phrase(part, label, TIER_WEIGHTS[tier], language, where))
    return phrases


def _text(item: object, label: str, where: str) -> str:
    if not isinstance(item, str) or not item.strip():
        raise ConfigError(f"{where}: [phrases.{label}] holds an empty or non-text phrase")
    if "(?P<" in item or re.search(r"(?<!\\)\((?!\?)", item):
        raise ConfigError(f"{where}: phrase {item!r} may only use non-capturing groups")
    return item


def _phrase(source: str, label: str, weight: float, language: str, where: str) -> Phrase:
    try:
        variants = []
        for variant in expand(source, limit=_VARIANTS):
            prefix = literal_prefix(variant)
            variants.append((prefix, to_regex(variant[len(prefix) :])))
        regex = re.compile(to_regex(source))
    except (ValueError, re.error) as exc:
        raise ConfigError(f"{where}: phrase {source!r}: {exc}") from exc
    return Phrase(
        label=label,
        weight=weight,
        language=language,
        source=source,
        regex=regex,
        variants=tuple(variants),
    )


@dataclass(slots=True)
class PhraseMatcher:
    """Finds every phrase of a set of phrases in one left-to-right pass."""

    phrases: Sequence[Phrase]
    _combined: re.Pattern[str] = field(init=False)
    _buckets: dict[str, list[Phrase]] = field(init=False)
    _known: dict[str, Phrase | None] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        items = sorted(
            ((prefix, tail) for phrase in self.phrases for prefix, tail in phrase.variants),
            key=lambda item: -(len(item[0]) + len(item[1])),
        )
        # The word boundary goes first: the engine then dives into the tree only at word starts.
        # A lookahead, so that every word start is tried: "new jobs" must not hide "jobs that
        # match your profile", which starts inside it.
        self._combined = re.compile(r"\b(?=(" + prefix_tree(items) + "))")
        self._buckets = {}
        for phrase in sorted(self.phrases, key=lambda p: -len(p.source)):
            for key in {prefix[:1] for prefix, _ in phrase.variants}:
                self._buckets.setdefault(key, []).append(phrase)

    def scan(self, text: str) -> list[PhraseHit]:
        """Every phrase found, left to right; one that lies wholly inside an earlier one is
        part of it ("not selected" in "if you are not selected") and is left out."""
        hits: list[PhraseHit] = []
        covered = 0
        for match in self._combined.finditer(text):
            start, end = match.span(1)
            if end <= covered:
                continue
            phrase = self._identify(text, start, end)
            if phrase is None:
                continue
            if start < covered and hits[-1].phrase.label == phrase.label:
                # Two overlapping phrases of one label are one cue: the stronger one counts.
                if phrase.weight > hits[-1].phrase.weight:
                    hits[-1] = PhraseHit(phrase, hits[-1].start, end)
                covered = end
                continue
            hits.append(PhraseHit(phrase, start, end))
            covered = end
        return hits

    def _identify(self, text: str, start: int, end: int) -> Phrase | None:
        key = text[start:end]
        if key in self._known:
            return self._known[key]
        found: Phrase | None = None
        for phrase in self._buckets.get(text[start], ()):
            if phrase.regex.fullmatch(text, start, end):
                found = phrase
                break
        if found is None:
            for phrase in self._buckets.get(text[start], ()):
                if phrase.regex.match(text, start):
                    found = phrase
                    break
        if len(self._known) < _CACHE_LIMIT:
            self._known[key] = found
        return found
