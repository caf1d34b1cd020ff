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


@dataclass(frozen=True, slots=True, kw_only=True)
class Template:
    """One extraction pattern.

    Searching a long text with a pattern that captures free text is slow, so a template is only
    tried where it can start: at the literal words it begins with (``anchor``, derived from the
    pattern), or, for a pattern that begins with its capture, in a window before the words that
    follow the capture (``near``, given in the data file).
    """

    regex: re.Pattern[str]
    hint: str | None = None
    origin: str = ""
    anchor: re.Pattern[str] | None = None
    near: re.Pattern[str] | None = None
    needles: tuple[str, ...] = ()  # the anchor's literal openings, for a quick substring test

    def search(self, folded: str) -> re.Match[str] | None:
        if self.anchor is not None:
            for hit in self.anchor.finditer(folded):
                found = self.regex.match(folded, hit.start())
                if found:
                    return found
            return None
        if self.near is not None:
            for hit in self.near.finditer(folded):
                found = self.regex.search(folded, max(0, hit.start() - _WINDOW), hit.end() + 40)
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
    prefixes = _prefixes(pattern)
    anchor = None
    if prefixes:
        tree = prefix_tree([(p, "") for p in sorted(prefixes, key=len, reverse=True)])
        anchor = re.compile(tree)
    return Template(
        regex=regex,
        hint=hint,
        origin=where,
        anchor=anchor,
        near=near_regex,
        # A handful of substring tests beat a regex scan; many of them do not.
        needles=needles
        if len(needles := tuple({" ".join(p.split()) for p in prefixes})) <= 3
        else (),
    )


def _prefixes(pattern: str) -> set[str]:
    """The literal words every match starts with; empty if some match may start otherwise."""
    try:
        prefixes = {literal_prefix(variant) for variant in expand(pattern, limit=64)}
    except ValueError:
        return set()
    return prefixes if all(p.strip() for p in prefixes) else set()


class Extracts:
    """Template results computed on demand, in template order, and remembered.

    Employer and role read extracts in order of trust and usually stop at the first good one,
    so most templates of a long mail never run.
    """

    def __init__(
        self,
        templates: Iterable[Template],
        original: str,
        folded: str,
        *,
        first: Iterable[Extract] = (),
    ) -> None:
        self._pending = run_templates(templates, original, folded)
        self._done: list[Extract] = list(first)

    def __iter__(self) -> Iterator[Extract]:
        yield from self._done
        for extract in self._pending:
            self._done.append(extract)
            yield extract


def run_templates(templates: Iterable[Template], original: str, folded: str) -> Iterator[Extract]:
    """The first match of every template, in template order."""
    flat = ""
    for template in templates:
        if template.needles:
            # Substring tests on the text with single spaces ("for the\nrole" -> "for the role").
            flat = flat or " ".join(folded.split())
            if not any(needle in flat for needle in template.needles):
                continue
        match = template.search(folded)
        if match is None:
            continue
        values = {}
        for name in GROUPS:
            if name in template.regex.groupindex and match.group(name) is not None:
                start, end = match.span(name)
                values[name] = original[start:end].strip()
        yield Extract(
            company=values.get("company") or None,
            role=values.get("role") or None,
            req=values.get("req") or None,
            hint=template.hint,
            start=match.start(),
            end=match.end(),
            origin=template.origin,
        )
