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
from functools import cache
from typing import Any, NamedTuple

from jobtracker.classifiers.rules.compiled import compile_big
from jobtracker.classifiers.rules.regexlang import (
    check_groups,
    expand,
    literal_prefix,
    split_top,
    to_regex,
)
from jobtracker.classifiers.rules.treesearch import TreeSearch
from jobtracker.pipeline.errors import ConfigError
from jobtracker.pipeline.vocabulary import Category

TIER_WEIGHTS = {"strong": 6.0, "medium": 3.0, "weak": 1.0}

SIGNALS = (
    "job",
    "nonjob",
    "bulk",
    "agency",
    "autoreply",
    "applied",
    "on_hold",
    "withdrawn",
    "accepted",
)
"""Labels that are not categories: job context, other kinds of applications and marketing,
newsletters, staffing agencies, auto-replies, the reader's own application ("your
application"), which a recruiter's unsolicited outreach never mentions, the two statuses a
confirmation can carry besides "applied": a hiring put on hold, the reader's withdrawal
confirmed; and the offer accepted: the signed contract received."""

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
    variants: tuple[tuple[str, str], ...]  # (literal prefix, regex of the rest)
    where: str = ""  # the data file

    @property
    def regex(self) -> re.Pattern[str]:
        """The phrase alone, compiled on first use: only phrases that matched need it, and
        compiling all of them would cost a noticeable part of start-up."""
        return _compiled(to_regex(self.source))


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
        check_groups(source)
    except ValueError as exc:
        raise ConfigError(f"{where}: phrase {source!r}: {exc}") from exc
    # The regex itself is checked when the matcher that holds the phrase is built.
    return Phrase(
        label=label,
        weight=weight,
        language=language,
        source=source,
        variants=tuple(variants),
        where=where,
    )


def _kept_inside(label: str, outer: str) -> bool:
    """Whether a phrase lying inside a longer one still counts: a non-job qualifier always, an
    agency's word inside a phrase of another label (it says who writes, not which step)."""
    return label == "nonjob" or (label == "agency" and outer != "agency")


_CONTEXT = "job"  # the label of words that say a mail is about a job, and not which step


def _longest_first(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(items, key=lambda item: -(len(item[0]) + len(item[1])))


def _start_then_longest(span: tuple[int, int]) -> tuple[int, int]:
    return span[0], -span[1]


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _tree_search(phrases: Sequence[Phrase], items: list[tuple[str, str]]) -> TreeSearch:
    """The combined search; a bad phrase stops start-up naming its file and text."""
    try:
        return TreeSearch(items)
    except re.error:
        for phrase in phrases:
            try:
                phrase.regex  # noqa: B018 - compiled to find the phrase at fault
            except re.error as exc:
                raise ConfigError(f"{phrase.where}: phrase {phrase.source!r}: {exc}") from exc
        raise


def _buckets(phrases: Sequence[Phrase]) -> dict[str, list[Phrase]]:
    """The phrases that can match where a text starts with a key, longest (in source) first.

    Keyed by the first two characters of the phrases' literal starts (the second a space for
    any white space), each bucket also holding the phrases whose literal start is the first of
    them alone; those are also kept under that one character, for the places where no two
    characters are a key. A phrase can only match where one of its literal starts stands, so
    a bucket holds every phrase that can match there, in the order of all of them: a regex
    over a bucket names the same phrase as one over every phrase with that first character,
    and is a fraction of its size.
    """
    ranked = sorted(phrases, key=lambda p: -len(p.source))
    keys_of = [{prefix[:2] for prefix, _ in phrase.variants if prefix} for phrase in ranked]
    buckets: dict[str, list[Phrase]] = {}
    pairs: dict[str, list[str]] = {}  # the two-character keys under each first character
    for keys in keys_of:
        for key in keys:
            if key not in buckets:
                buckets[key] = []
                if len(key) == 2:
                    pairs.setdefault(key[0], []).append(key)
    for phrase, keys in zip(ranked, keys_of, strict=True):
        into = set(keys)
        for key in keys:
            if len(key) == 1:
                into.update(pairs.get(key, ()))
        for key in into:
            buckets[key].append(phrase)
    return buckets


def _bucket_key(text: str, start: int) -> str:
    """The two characters at ``start`` as a bucket key; white space reads as a space."""
    second = text[start + 1 : start + 2]
    return text[start] + (" " if second.isspace() else second)


@dataclass(slots=True)
class PhraseMatcher:
    """Finds every phrase of a set of phrases in one left-to-right pass."""

    phrases: Sequence[Phrase]
    _combined: TreeSearch = field(init=False)
    _context: TreeSearch | None = field(init=False)
    _buckets: dict[str, list[Phrase]] = field(init=False)
    _bucket_regexes: dict[str, re.Pattern[str]] = field(init=False, default_factory=dict)
    _known: dict[str, Phrase | None] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        # Every word start is tried: "new jobs" must not hide "jobs that match your profile",
        # which starts inside it. The tree has one answer per word start, so the words that
        # only say "about a job" have a tree of their own: "position of" (a job word) would
        # otherwise hide "position of Analyst has now been filled" (a rejection) at "position".
        stages: list[tuple[str, str]] = []
        context: list[tuple[str, str]] = []
        for phrase in self.phrases:
            (context if phrase.label == _CONTEXT else stages).extend(phrase.variants)
        self._combined = _tree_search(self.phrases, _longest_first(stages))
        self._context = _tree_search(self.phrases, _longest_first(context)) if context else None
        self._buckets = _buckets(self.phrases)

    def scan(self, text: str) -> list[PhraseHit]:
        """Every phrase found, left to right; one that lies wholly inside an earlier one is
        part of it ("not selected" in "if you are not selected") and is left out, unless it
        says the mail is not about a job."""
        hits: list[PhraseHit] = []
        covered = 0
        known = self._known
        spans = self._combined.spans(text)
        if self._context is not None:
            more = self._context.spans(text)
            if more:
                # At one word start the longer find comes first; the shorter then lies inside it.
                spans = sorted(set(spans + more), key=_start_then_longest)
        for start, end in spans:
            inside = end <= covered
            if inside and (not hits or hits[-1].phrase.label == "nonjob"):
                continue
            key = text[start:end]
            # Most texts found were named before: no call to name them again.
            phrase = known[key] if key in known else self._identify(text, start, end)
            if inside:
                # Except a non-job qualifier inside a job phrase: "your credit card application
                # has been received" is about a credit card; and an agency's word inside one
                # ("hat sich die Mandantin für ... entschieden"): the writer is an agency all the
                # same.
                if phrase is not None and _kept_inside(phrase.label, hits[-1].phrase.label):
                    hits.append(PhraseHit(phrase, start, end))
                continue
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
        """The longest phrase (in source) whose regex matches the found text exactly; failing
        that, the longest that matches from its start."""
        key = text[start:end]
        if key in self._known:
            return self._known[key]
        found: Phrase | None = None
        lead = _bucket_key(text, start)
        if lead not in self._buckets:
            lead = text[start]
        bucket = self._buckets.get(lead)
        if bucket:
            # One regex per bucket holds its phrases as numbered groups, longest first: the
            # group that matches names the phrase, where a loop over the phrases would compile
            # and try each one's regex.
            regex = self._bucket_regexes.get(lead) or self._bucket_regex(lead)
            match = regex.fullmatch(text, start, end) or regex.match(text, start)
            if match is not None and match.lastindex:
                found = bucket[match.lastindex - 1]
        if len(self._known) < _CACHE_LIMIT:
            self._known[key] = found
        return found

    def _bucket_regex(self, lead: str) -> re.Pattern[str]:
        pattern = "|".join("(" + to_regex(phrase.source) + ")" for phrase in self._buckets[lead])
        regex = self._bucket_regexes[lead] = compile_big(pattern)
        return regex
