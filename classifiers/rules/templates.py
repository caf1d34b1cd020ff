"""Extraction templates: patterns that capture employer, role and requisition id.

Templates live next to the phrases in ``data/languages/<lang>.toml`` (``[[subject]]``,
``[[body]]``, ``[[signature]]``) and in vendor files (``[[subjects]]``, ``[[bodies]]``). They run
on folded text; the captured spans are cut from the original so names keep their case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from jobtracker.classifiers.rules.compiled import compile_big
from jobtracker.classifiers.rules.phrases import LABELS
from jobtracker.classifiers.rules.regexlang import expand, literal_prefix, to_regex
from jobtracker.classifiers.rules.treesearch import TreeSearch
from jobtracker.pipeline.errors import ConfigError

GROUPS = ("company", "role", "req")
_WINDOW = 90
"""How far before a ``near`` marker a template's match may start."""
_LINE_START = re.compile(r"^(?:\(\?m\))?\^(?:\\s\*)?")
_AFTER = 60
"""How far after a ``near`` marker's first words a template's match may end."""
_CLOSURE_LIMIT = 10_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Template:
    """One extraction pattern.

    Searching a long text with a pattern that captures free text is slow, so a template is only
    tried where it can start: at the literal words it begins with (``triggers``, derived from
    the pattern), or, for a pattern that begins with its capture, in a window before the words
    that follow the capture (``near``, given in the data file; its literal words are the
    triggers then).
    """

    regex: re.Pattern[str]
    hint: str | None = None
    origin: str = ""
    near: bool = False
    at_start: bool = False  # the pattern begins with "^": only a trigger that starts a line
    triggers: tuple[str, ...] = ()  # literal words a match starts with (or, with near, follows)
    near_regex: re.Pattern[str] | None = None  # a near pattern without literal words to find

    def try_at(self, folded: str, start: int, end: int) -> re.Match[str] | None:
        """The match where a trigger was found at ``folded[start:end]``."""
        if not self.near:
            return self.regex.match(folded, start)
        stop = end + _AFTER
        found = self.regex.search(folded, max(0, start - _WINDOW), stop)
        if found is not None and found.end() == stop < len(folded):
            # "$" matched where the window was cut ("Coordinator - Ho|spital Ribera"): read on
            # to the end of that line.
            line_end = folded.find("\n", stop)
            stop = len(folded) if line_end < 0 else line_end
            found = self.regex.search(folded, max(0, start - _WINDOW), stop)
        return found

    def search(self, folded: str) -> re.Match[str] | None:
        """The first match in a whole text (for templates without triggers)."""
        if self.near_regex is not None:
            for hit in self.near_regex.finditer(folded):
                found = self.try_at(folded, hit.start(), hit.end())
                if found:
                    return found
            return None
        return self.regex.search(folded)


@dataclass(frozen=True, slots=True, kw_only=True)
class Extract:
    """What one template found; ``origin`` names the template's file for evidence."""

    company: str | None
    role: str | None
    req: str | None
    hint: str | None
    start: int
    end: int
    origin: str
    rank: int = 0  # the template's place in its set


def load_templates(
    entries: object, where: str, macros: dict[str, str] | None = None
) -> list[Template]:
    """Templates of a data file; ``macros`` are spelled out in patterns (``{STAGE}``)."""
    if not isinstance(entries, list):
        raise ConfigError(f"{where}: templates must be an array of tables")
    return [_template(entry, where, macros or {}) for entry in entries]


def _template(entry: Any, where: str, macros: dict[str, str]) -> Template:
    if not isinstance(entry, dict) or not isinstance(entry.get("pattern"), str):
        raise ConfigError(f"{where}: every template needs a 'pattern'")
    hint = entry.get("hint")
    if hint is not None and hint not in LABELS:
        raise ConfigError(f"{where}: template hint '{hint}' is not a category")
    pattern = _spell_out(entry["pattern"], macros)
    near = entry.get("near")
    if isinstance(near, str):
        near = _spell_out(near, macros)
    try:
        regex = compile_big(to_regex(pattern), re.MULTILINE)
        near_regex = compile_big(to_regex(near)) if isinstance(near, str) else None
    except re.error as exc:
        raise ConfigError(f"{where}: template {pattern!r}: {exc}") from exc
    if not set(regex.groupindex) & set(GROUPS):
        raise ConfigError(f"{where}: template {pattern!r} captures nothing")
    # A pattern tied to the start of the text ("^your (?P<company>...)") starts with literal
    # words all the same: they are its triggers, found at offset 0.
    core = _LINE_START.sub("", pattern, count=1)
    at_start = core != pattern and not isinstance(near, str)
    triggers = _prefixes(near if isinstance(near, str) else core.removeprefix("(?m)"))
    return Template(
        regex=regex,
        hint=hint,
        origin=where,
        near=near_regex is not None,
        at_start=at_start and bool(triggers),
        # One space between words, as the trigger searches find them.
        triggers=tuple(sorted({" ".join(trigger.split()) for trigger in triggers})),
        near_regex=near_regex if not triggers else None,
    )


def _spell_out(pattern: str, macros: dict[str, str]) -> str:
    for name, value in macros.items():
        pattern = pattern.replace(name, value)
    return pattern


def _prefixes(pattern: str) -> set[str]:
    """The literal words every match starts with; empty if some match may start otherwise."""
    try:
        prefixes = {literal_prefix(variant) for variant in expand(pattern, limit=64)}
    except ValueError:
        return set()
    return prefixes if all(p.strip() for p in prefixes) else set()


class TriggerIndex:
    """One search for the trigger words of many template sets, compiled on first use.

    A set of templates for each language mix and vendor would need a search of its own, and
    compiling those costs seconds; the sets share one index instead (one per template kind over
    every language), and each reads from what it finds only its own trigger words.
    """

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals = frozenset(" ".join(literal.split()) for literal in literals)
        self._search: tuple[TreeSearch | None, TreeSearch | None] | None = None

    def covers(self, literals: Iterable[str]) -> bool:
        return self.literals.issuperset(literals)

    def find(self, folded: str) -> list[tuple[int, str]]:
        """``(start, text)`` of the longest trigger word found at each place, left to right.

        Words are found where a word starts, other triggers (":", "@") anywhere.
        """
        if self._search is None:
            self._search = self._compile()
        words, others = self._search
        spans = words.spans(folded) if words is not None else []
        if others is not None:
            more = others.spans(folded)
            if more:
                spans = sorted(spans + more)
        return [(start, folded[start:end]) for start, end in spans]

    def _compile(self) -> tuple[TreeSearch | None, TreeSearch | None]:
        # Longest first (the one found at a place is the longest there); then by text, so that
        # the pattern is the same in every process (and found in the compiled-regex cache).
        literals = sorted(self.literals, key=lambda literal: (-len(literal), literal))
        word = [(lit, "") for lit in literals if lit[:1].isalnum()]
        other = [(lit, "") for lit in literals if not lit[:1].isalnum()]
        return (
            TreeSearch(word) if word else None,
            TreeSearch(other, word_start=False) if other else None,
        )


class TemplateSet:
    """Templates tried in order, after one search for the trigger words of all of them.

    Each template would otherwise search the text on its own; one combined search finds every
    place where any template can start, and each template is then tried only there. The search
    is the sets' shared ``indexes`` (which must know all the set's trigger words), or one of
    its own.
    """

    def __init__(self, templates: Iterable[Template], indexes: Sequence[TriggerIndex] = ()) -> None:
        self.templates = tuple(templates)
        self._by_literal: dict[str, set[int]] = {}
        for index, template in enumerate(self.templates):
            for literal in template.triggers:
                self._by_literal.setdefault(literal, set()).add(index)
        self._indexes = tuple(indexes) or (TriggerIndex(self._by_literal),)
        known = frozenset().union(*(index.literals for index in self._indexes))
        if not known.issuperset(self._by_literal):
            raise ValueError("the trigger indexes miss some trigger words of the templates")
        self._untriggered = tuple(i for i, t in enumerate(self.templates) if not t.triggers)
        self._capturing: dict[frozenset[str], frozenset[int]] = {}
        self._closures: dict[str, tuple[list[int], int]] = {}

    def __bool__(self) -> bool:
        return bool(self.templates)

    @property
    def trigger_words(self) -> frozenset[str]:
        return frozenset(self._by_literal)

    def run(self, original: str, folded: str) -> Iterator[Extract]:
        """The first match of every template, in template order."""
        return iter(Extracts(self, original, folded))

    def places(self, folded: str) -> dict[int, list[tuple[int, int]]]:
        """Where each template can match: the ``(start, end)`` of its trigger words found, by
        template index; templates without triggers (tried on the whole text) map to ``[]``."""
        places: dict[int, list[tuple[int, int]]] = {}
        if self._by_literal:
            for start, found in self._found(folded):
                indices, length = self._closure(found)
                for index in indices:
                    places.setdefault(index, []).append((start, start + length))
        for index in self._untriggered:
            places.setdefault(index, [])
        return places

    def extract(
        self, index: int, places: list[tuple[int, int]], original: str, folded: str
    ) -> Extract | None:
        """What template ``index`` finds at its ``places`` (see :meth:`places`), or None."""
        template = self.templates[index]
        match = None
        if template.triggers:
            for start, end in places:
                if template.at_start:
                    line = folded.rfind("\n", 0, start) + 1
                    if folded[line:start].strip():
                        continue
                    start = line
                match = template.try_at(folded, start, end)
                if match:
                    break
        else:
            match = template.search(folded)
        return None if match is None else _extract(template, match, original, index)

    def capturing(self, groups: frozenset[str]) -> frozenset[int]:
        """The indices of the templates that capture one of ``groups`` (``company``, ...)."""
        indices = self._capturing.get(groups)
        if indices is None:
            indices = self._capturing[groups] = frozenset(
                index
                for index, template in enumerate(self.templates)
                if not groups.isdisjoint(template.regex.groupindex)
            )
        return indices

    def _found(self, folded: str) -> list[tuple[int, str]]:
        if len(self._indexes) == 1:
            return self._indexes[0].find(folded)
        # At one place the words found are all beginnings of the longest one: keep that.
        longest: dict[int, str] = {}
        for trigger_index in self._indexes:
            for start, found in trigger_index.find(folded):
                if len(found) > len(longest.get(start, "")):
                    longest[start] = found
        return sorted(longest.items())

    def _closure(self, found: str) -> tuple[list[int], int]:
        """The templates to try where ``found`` was found, and the length of the longest of
        this set's trigger words there.

        A template whose trigger is "application" must see the place where the longest trigger
        found is "application for": every trigger that begins a found one counts. The found
        word may be another set's (the index is shared): this set's words are its beginnings.
        """
        known = self._closures.get(found)
        if known is not None:
            return known
        words = " ".join(found.split())
        indices: set[int] = set()
        longest = 0
        for n in range(1, len(words) + 1):
            hit = self._by_literal.get(words[:n])
            if hit:
                indices |= hit
                longest = n
        closure = (sorted(indices), _spanned(found, words[:longest]))
        if len(self._closures) < _CLOSURE_LIMIT:
            self._closures[found] = closure
        return closure


def _spanned(found: str, words: str) -> int:
    """How much of the found text the trigger words ``words`` (single spaces) cover."""
    if found.startswith(words):
        return len(words)
    at = 0
    for char in words:
        if char == " ":
            while at < len(found) and found[at].isspace():
                at += 1
        else:
            at += 1
    return at


def _extract(template: Template, match: re.Match[str], original: str, rank: int) -> Extract:
    values = {}
    for name in GROUPS:
        if name in template.regex.groupindex and match.group(name) is not None:
            start, end = match.span(name)
            values[name] = original[start:end].strip()
    return Extract(
        company=values.get("company") or None,
        role=values.get("role") or None,
        req=values.get("req") or None,
        hint=template.hint,
        start=match.start(),
        end=match.end(),
        origin=template.origin,
        rank=rank,
    )


class Extracts:
    """Template results computed on demand, in template order, and remembered.

    Employer and role read extracts in order of trust and usually stop at the first good one,
    so most templates of a long mail are never tried; each reader asks only for the templates
    that capture what it reads (:meth:`capturing`).
    """

    def __init__(self, templates: TemplateSet, original: str, folded: str) -> None:
        self._templates = templates
        self._original = original
        self._folded = folded
        self._places: dict[int, list[tuple[int, int]]] | None = None
        self._order: list[int] = []  # indices of the templates that can match, in order
        self._found: dict[int, Extract | None] = {}

    def __iter__(self) -> Iterator[Extract]:
        return self._each(None)

    def capturing(self, *groups: str) -> Iterator[Extract]:
        """The extracts of the templates that capture one of ``groups``, in template order.

        The others' would have None there: they are not even tried.
        """
        return self._each(frozenset(groups))

    def leading(self, count: int) -> list[Extract]:
        """The extracts of the first ``count`` templates (a vendor's, ahead of the others)."""
        return list(self._each(None, count)) if count else []

    def _each(self, groups: frozenset[str] | None, below: int | None = None) -> Iterator[Extract]:
        """The extracts of the templates that capture one of ``groups`` (None: all), of those
        before template ``below`` (None: all)."""
        templates = self._templates
        if not templates.templates or not self._folded:
            return
        places = self._places
        if places is None:
            places = self._places = templates.places(self._folded)
            self._order = sorted(places)
        wanted = None if groups is None else templates.capturing(groups)
        found = self._found
        for index in self._order:
            if below is not None and index >= below:
                break
            if wanted is not None and index not in wanted:
                continue
            if index in found:
                extract = found[index]
            else:
                extract = found[index] = templates.extract(
                    index, places[index], self._original, self._folded
                )
            if extract is not None:
                yield extract
