"""Phrase banks: TOML files of sentence variants per language and kind of message.

A phrase is a ``str.format`` template with inline alternatives ``[[one|other]]``. A kind is a
table with ``subject``, ``greeting``, ``open``, ``core``, ``body``, ``close`` and ``signoff``
lists (all optional); :func:`compose` picks one of each, ``pick = [low, high]`` of the ``body``
sentences around the ``core`` one, and fills them in.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from .rand import Rng

DATA = Path(__file__).parent / "data"
_ALT = re.compile(r"\[\[(.*?)\]\]", re.S)

Phrase = tuple[str | tuple[str, ...], ...]
Kind = dict[str, Any]


def _compile(text: str) -> Phrase:
    parts: list[str | tuple[str, ...]] = []
    last = 0
    for match in _ALT.finditer(text):
        if match.start() > last:
            parts.append(text[last : match.start()])
        parts.append(tuple(match.group(1).split("|")))
        last = match.end()
    if last < len(text):
        parts.append(text[last:])
    return tuple(parts)


def _compile_table(table: dict[str, Any]) -> Kind:
    out: Kind = {}
    for key, value in table.items():
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            out[key] = [_compile(v) for v in value]
        elif isinstance(value, dict):
            out[key] = _compile_table(value)
        else:
            out[key] = value
    return out


@cache
def book(area: str, lang: str) -> dict[str, Kind]:
    """All kinds for ``area`` (``job`` or ``life``) in ``lang``; ``de_du`` falls back to ``de``."""
    path = DATA / area / f"{lang}.toml"
    with path.open("rb") as handle:
        tables = _compile_table(tomllib.load(handle))
    if lang == "de_du":
        return {**book(area, "de"), **tables}
    return tables


class Lazy(dict[str, str]):
    """A template context whose values are made the first time a template asks for them.

    Most messages use a handful of the dozens of possible placeholders; drawing only those
    keeps generation fast. ``makers`` map a placeholder to a function of ``state``."""

    __slots__ = ("_makers", "_state")

    def __init__(
        self, makers: Mapping[str, Callable[[Any], str]], state: object, **values: str
    ) -> None:
        super().__init__(values)
        self._makers = makers
        self._state = state

    def __missing__(self, key: str) -> str:
        value = self[key] = self._makers[key](self._state)
        return value


def fill(phrase: Phrase, ctx: Mapping[str, str], rng: Rng) -> str:
    if len(phrase) == 1 and isinstance(phrase[0], str):
        text = phrase[0]
    else:
        text = "".join(p if isinstance(p, str) else rng.pick(p) for p in phrase)
    return text.format_map(ctx) if "{" in text else text


def say(kind: Kind, key: str, ctx: Mapping[str, str], rng: Rng) -> str:
    """One filled-in variant of ``kind[key]``."""
    return fill(rng.pick(kind[key]), ctx, rng)


def compose(
    kind: Kind,
    ctx: Mapping[str, str],
    rng: Rng,
    *,
    greet: list[Phrase] | None = None,
    sign: list[Phrase] | None = None,
) -> tuple[str, list[str]]:
    """Subject and paragraphs: greeting, opening, some body sentences, closing, sign-off.

    ``greet`` and ``sign`` are the sender's usual greetings and sign-offs; a kind's own
    ``greeting`` / ``signoff`` lists win over them."""
    subject = say(kind, "subject", ctx, rng) if "subject" in kind else ""
    paragraphs: list[str] = []
    greetings = kind.get("greeting", greet)
    if greetings:
        paragraphs.append(fill(rng.pick(greetings), ctx, rng))
    if "open" in kind:
        paragraphs.append(say(kind, "open", ctx, rng))
    sentences: list[str] = []
    if "body" in kind:
        low, high = kind.get("pick", [1, 2])
        chosen = rng.some(kind["body"], low, high)
        if rng.chance(0.3):
            rng.shuffle(chosen)
        sentences = [fill(p, ctx, rng) for p in chosen]
    if "core" in kind:
        # The sentence that makes the message what it is ("we will not move forward").
        core = say(kind, "core", ctx, rng)
        at = 0 if rng.chance(0.6) or not sentences else rng.between(1, len(sentences))
        sentences.insert(at, core)
    if sentences:
        # Half of the senders write one paragraph, half put every sentence on its own.
        if rng.chance(0.5) and not kind.get("separate"):
            paragraphs.append(" ".join(sentences))
        else:
            paragraphs.extend(sentences)
    if "close" in kind:
        paragraphs.append(say(kind, "close", ctx, rng))
    signoffs = kind.get("signoff", sign)
    if signoffs:
        paragraphs.append(fill(rng.pick(signoffs), ctx, rng))
    return subject, [p for p in paragraphs if p]
