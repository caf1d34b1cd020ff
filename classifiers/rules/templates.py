"""Extraction templates: patterns that capture employer, role and requisition id.

Templates live next to the phrases in ``data/languages/<lang>.toml`` (``[[subject]]``,
``[[body]]``, ``[[signature]]``) and in vendor files (``[[subjects]]``, ``[[bodies]]``). They run
on folded text; the captured spans are cut from the original so names keep their case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from jobtracker.classifiers.rules.phrases import LABELS
from jobtracker.classifiers.rules.regexlang import expand, literal_prefix, prefix_tree, to_regex
from jobtracker.pipeline.errors import ConfigError

GROUPS = ("company", "role", "req")
_WINDOW = 90
"""How far before a ``near`` marker a template's match may start."""
_LINE_START = re.compile(r"^(?:\(\?m\))?\^(?:\\s\*)?")
_AFTER = 60
"""How far after a ``near`` marker's first words a template's match may end."""


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
        return self.regex.search(folded, max(0, start - _WINDOW), end + _AFTER)

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


def load_templates(entries: object, where: str) -> list[Template]:
    if not isinstance(entries, list):
        raise ConfigError(f"{where}: templates must be an array of tables")
    return [_template(entry, where) for entry in entries]


def _template(entry: Any, where: str) -> Template:
    if not isinstance(entry, dict) or not isinstance(entry.get("pattern"), str):
        raise ConfigError(f"{where}: every template needs a 'pattern'")
    hint = entry.get("hint")
    if hint is not None and hint not in LABELS:
        raise ConfigError(f"{where}: template hint '{hint}' is not a category")
    pattern = entry["pattern"]
    near = entry.get("near")
    try:
        regex = re.compile(to_regex(pattern), re.MULTILINE)
        near_regex = re.compile(to_regex(near)) if isinstance(near, str) else None
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
        triggers=tuple(sorted(triggers)),
        near_regex=near_regex if not triggers else None,
    )


def _prefixes(pattern: str) -> set[str]:
    """The literal words every match starts with; empty if some match may start otherwise."""
    try:
        prefixes = {literal_prefix(variant) for variant in expand(pattern, limit=64)}
    except ValueError:
        return set()
    return prefixes if all(p.strip() for p in prefixes) else set()


class TemplateSet:
    """Templates tried in order, after one search for the trigger words of all of them.

    Each template would otherwise search the text on its own; one combined search finds every
    place where any template can start, and each template is then tried only there.
    """

    def __init__(self, templates: Iterable[Template]) -> None:
        self.templates = tuple(templates)
        by_literal: dict[str, set[int]] = {}
        for index, template in enumerate(self.templates):
            for literal in template.triggers:
                by_literal.setdefault(" ".join(literal.split()), set()).add(index)
        literals = sorted(by_literal, key=len, reverse=True)
        # A template whose trigger is "application" must see the place where the longest
        # trigger found is "application for": every trigger that begins a found one counts.
        self._closure = {
            found: sorted(
                {i for n in range(1, len(found) + 1) for i in by_literal.get(found[:n], ())}
            )
            for found in literals
        }
        self._untriggered = tuple(i for i, t in enumerate(self.templates) if not t.triggers)
        word = [(lit, "") for lit in literals if lit[:1].isalnum()]
        other = [(lit, "") for lit in literals if not lit[:1].isalnum()]
        parts = []
        if word:
            parts.append(r"\b(?=(" + prefix_tree(word) + "))")
        if other:
            parts.append(r"(?=(" + prefix_tree(other) + "))")
        self._triggers = re.compile("|".join(parts)) if parts else None

    def __bool__(self) -> bool:
        return bool(self.templates)

    def run(self, original: str, folded: str) -> Iterator[Extract]:
        """The first match of every template, in template order."""
        if not self.templates or not folded:
            return
        places: dict[int, list[tuple[int, int]]] = {}
        if self._triggers is not None:
            for hit in self._triggers.finditer(folded):
                found = hit.group(hit.lastindex or 1)
                start = hit.start()
                for index in self._closure.get(" ".join(found.split()), ()):
                    places.setdefault(index, []).append((start, start + len(found)))
        # Only templates whose triggers were found (and those without triggers) can match.
        for index in sorted({*places, *self._untriggered}):
            template = self.templates[index]
            match = None
            if template.triggers:
                for start, end in places[index]:
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
            if match is not None:
                yield _extract(template, match, original, index)


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
    so most templates of a long mail are never tried.
    """

    def __init__(self, templates: TemplateSet, original: str, folded: str) -> None:
        self._pending = templates.run(original, folded)
        self._done: list[Extract] = []

    def __iter__(self) -> Iterator[Extract]:
        yield from self._done
        for extract in self._pending:
            self._done.append(extract)
            yield extract

    def leading(self, count: int) -> list[Extract]:
        """The extracts of the first ``count`` templates (a vendor's, ahead of the others)."""
        found: list[Extract] = []
        if not count:
            return found
        for extract in self:
            if extract.rank >= count:
                break
            found.append(extract)
        return found
