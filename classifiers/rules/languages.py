"""The language banks: phrases and extraction templates of every language, loaded once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from jobtracker.classifiers.rules.phrases import Phrase, PhraseHit, PhraseMatcher, load_phrases
from jobtracker.classifiers.rules.resources import iter_toml
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


@lru_cache(maxsize=1)
def load_language_bank() -> LanguageBank:
    phrases: dict[str, list[Phrase]] = {}
    templates: dict[str, dict[str, list[Template]]] = {}
    for where, data in iter_toml("languages"):
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
            kind: load_templates(data.get(kind, []), where) for kind in TEMPLATE_KINDS
        }
    if BASE_LANGUAGE not in phrases:
        raise ConfigError(f"rules data: the '{BASE_LANGUAGE}' language bank is missing")
    return LanguageBank(phrases=phrases, templates=templates)
