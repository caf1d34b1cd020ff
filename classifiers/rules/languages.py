"""The language banks: phrases and extraction templates of every language, loaded once."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from jobtracker.classifiers.rules.phrases import Phrase, PhraseHit, PhraseMatcher, load_phrases
from jobtracker.classifiers.rules.resources import iter_toml, load_toml, string_list
from jobtracker.classifiers.rules.templates import (
    Template,
    TemplateSet,
    TriggerIndex,
    load_templates,
)
from jobtracker.pipeline.errors import ConfigError

BASE_LANGUAGE = "en"
"""Always in play: English boilerplate turns up in mail of every language."""

TEMPLATE_KINDS = ("subject", "body", "signature")


@dataclass(slots=True)
class LanguageBank:
    """Phrases and templates of all languages.

    One matcher holds the phrases of every language: thanks to the prefix tree, scanning with
    all five costs about what scanning with two does, and mail often mixes languages.
    """

    phrases: dict[str, list[Phrase]]
    templates: dict[str, dict[str, list[Template]]]
    stages: frozenset[str] = frozenset()
    """Names of hiring steps in every language ("interview", "prueba técnica"), folded."""
    matcher: PhraseMatcher = field(init=False)
    job_matcher: PhraseMatcher = field(init=False)
    """Only the ``job`` phrases: job words inside a longer phrase ("dank für ihre bewerbung")."""
    _chosen: dict[tuple[str, frozenset[str], str], TemplateSet] = field(
        init=False, default_factory=dict
    )
    _indexes: dict[tuple[str, str], TriggerIndex] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        every = [p for lang in sorted(self.phrases) for p in self.phrases[lang]]
        self.matcher = PhraseMatcher(every)
        self.job_matcher = PhraseMatcher([p for p in every if p.label == "job"])

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(self.phrases)

    def languages_for(self, language: str | None, hits: Iterable[PhraseHit] = ()) -> frozenset[str]:
        """Templates to use for a message: its language plus English.

        Without a language tag, the languages whose phrases the message uses; all as a last resort.
        """
        code = (language or "").split("-")[0].split("_")[0].lower()
        if code in self.phrases:
            return frozenset({BASE_LANGUAGE, code})
        found = {hit.phrase.language for hit in hits}
        return frozenset(found | {BASE_LANGUAGE}) if found else self.languages

    def templates_for(
        self,
        kind: str,
        languages: frozenset[str],
        first: tuple[str, Sequence[Template]] = ("", ()),
    ) -> TemplateSet:
        """Templates of one kind (``subject``, ``body``, ``signature``), English first.

        ``first`` is ``(name, templates)`` of templates to try before them (a vendor's): one
        search for trigger words then serves both.
        """
        name = first[0] if first[1] else ""
        key = (kind, languages, name)
        chosen = self._chosen.get(key)
        if chosen is None:
            ordered = [BASE_LANGUAGE, *sorted(languages - {BASE_LANGUAGE})]
            picked = [*first[1], *(t for lang in ordered for t in self.templates[lang][kind])]
            indexes = [self._index(kind, "", ())]
            if name:
                indexes.insert(0, self._index(kind, name, first[1]))
            chosen = self._chosen[key] = TemplateSet(picked, indexes)
        return chosen

    def _index(self, kind: str, name: str, templates: Sequence[Template]) -> TriggerIndex:
        """The trigger search of one kind of template: of every language (one search serves
        any mix), or of one vendor's templates."""
        key = (kind, name)
        index = self._indexes.get(key)
        if index is None:
            chosen = (
                templates if name else [t for lang in self.templates.values() for t in lang[kind]]
            )
            index = self._indexes[key] = TriggerIndex(w for t in chosen for w in t.triggers)
        return index


# A stage name is plain words: it is spelled into templates as it is written.
_STAGE_NAME = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")


def _stage_names(files: list[tuple[str, dict[str, Any]]]) -> list[str]:
    names: set[str] = set()
    for where, data in files:
        for name in string_list(data, "stages", where):
            if not _STAGE_NAME.fullmatch(name) or name != name.lower():
                raise ConfigError(f"{where}: stage name {name!r} must be lower-case words")
            names.add(name.replace("’", "'"))
    # Longest first: an alternation takes the first that fits ("interview invitation").
    return sorted(names, key=lambda name: (-len(name), name))


# Leads a captured title that holds a title's word before a word that ends a title ("in", "at",
# "en", "para"): "Thanks for applying to Area Operations Manager Spain" names a title, "Thanks for
# applying to Parcelwise" a brand.
_TITLED = (
    r"(?=(?:(?!\s(?:in|at|with|en|em|na|no|bei|chez|para|pour|for|de la|da)\s)[^.,!?\n(]){0,60}?"
    r"{TITLE}(?!\w))"
)


@lru_cache(maxsize=1)
def load_language_bank() -> LanguageBank:
    """Phrases and templates of every language file.

    ``{STAGE}`` in a template stands for the name of any hiring step of any language (the
    files' ``stages``): mail names steps in one language and titles in another. ``{TITLE}``
    stands for a word titles end with (``roles.toml``); ``{TITLED}`` leads a capture that must
    hold such a word (:data:`_TITLED`).
    """
    phrases: dict[str, list[Phrase]] = {}
    templates: dict[str, dict[str, list[Template]]] = {}
    files = list(iter_toml("languages"))
    stages = _stage_names(files)
    titles = sorted(string_list(load_toml("roles.toml"), "title_words", "roles.toml"), key=len)
    macros = {
        "{STAGE}": "(?:" + "|".join(stages) + ")",
        "{TITLED}": _TITLED,  # before "{TITLE}", which its value holds
        "{TITLE}": "(?:" + "|".join(re.escape(word) for word in reversed(titles)) + ")",
    }
    for where, data in files:
        language = data.get("language")
        if not isinstance(language, str) or not language:
            raise ConfigError(f"{where}: 'language' is missing")
        if language in phrases:
            raise ConfigError(f"{where}: language '{language}' is defined twice")
        table = data.get("phrases", {})
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: [phrases] must be a table")
        phrases[language] = load_phrases(language, table, where)
        templates[language] = {
            kind: load_templates(data.get(kind, []), where, macros) for kind in TEMPLATE_KINDS
        }
    if BASE_LANGUAGE not in phrases:
        raise ConfigError(f"rules data: the '{BASE_LANGUAGE}' language bank is missing")
    return LanguageBank(phrases=phrases, templates=templates, stages=frozenset(stages))
