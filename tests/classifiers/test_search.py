"""The fast searches give the answers of the plain regex forms they replace."""

from __future__ import annotations

import re

import pytest

from jobtracker.classifiers.rules.languages import load_language_bank
from jobtracker.classifiers.rules.regexlang import prefix_tree
from jobtracker.classifiers.rules.templates import TemplateSet, TriggerIndex, load_templates
from jobtracker.classifiers.rules.treesearch import TreeSearch

TEXTS = [
    "thank you for applying to acme",
    "thank you\n  for applying: 20% off today (only 20 % off)",
    "re:interview@acme — new jobs that match your profile; jobs that match",
    "applications: application for the role at acme:@: ::",
    "",
    "a",
    "l'équipe d'acme vous remercie pour votre candidature à l'offre",
]
ITEMS = [
    ("thank you for ", "(?:applying|your application)"),
    ("thank you", ""),
    ("new jobs", ""),
    ("jobs that match your ", "(?:profile|search)"),
    ("% off", ""),
    ("application", "s?"),
    ("application for", ""),
    ("candidature", ""),
    ("l'", "[a-zé]+"),
    ("à l'offre", ""),
    (":", ""),
    ("@", "acme"),
    ("a", ""),
]


@pytest.mark.parametrize("word_start", [True, False])
@pytest.mark.parametrize("text", TEXTS)
def test_tree_search_finds_what_the_plain_form_finds(text: str, word_start: bool) -> None:
    plain = re.compile((r"\b" if word_start else "") + "(?=(" + prefix_tree(ITEMS) + "))")
    expected = [m.span(1) for m in plain.finditer(text)]
    assert TreeSearch(ITEMS, word_start=word_start).spans(text) == expected


def test_phrase_scan_of_real_mail_matches_the_plain_form() -> None:
    bank = load_language_bank()
    items = sorted(
        (item for phrase in bank.matcher.phrases for item in phrase.variants),
        key=lambda item: -(len(item[0]) + len(item[1])),
    )
    plain = re.compile(r"\b(?=(" + prefix_tree(items) + "))")
    search = TreeSearch(items)
    for text in [
        *TEXTS,
        "unfortunately, we have decided to move forward with other candidates. 50% off!",
        "wir freuen uns über ihre bewerbung als data engineer (m/w/d)",
    ]:
        assert search.spans(text) == [m.span(1) for m in plain.finditer(text)], text


def test_templates_read_the_same_with_a_shared_index() -> None:
    templates = load_templates(
        [
            {"pattern": "application for (?P<role>{ROLE}) at (?P<company>{ORG})"},
            {"pattern": "(?P<company>{ORG}) recruiting team", "near": "recruiting"},
            {"pattern": "^your (?P<company>{ORG}) application"},
            {"pattern": "(?P<company>acme) hiring[a-z ]{55,80}x", "near": "hiring"},
        ],
        "test",
    )
    own = TemplateSet(templates)
    # Another set's longer trigger words are found first; this set must still see its own
    # (and the window of a near template must not grow with them).
    shared = TriggerIndex(
        [*own.trigger_words, "application for the", "recruiting team at", "your own", "hiring team"]
    )
    other = TemplateSet(templates, [shared])
    for text in [
        "Your application for the Data Engineer role at Kestrel. Best, Kestrel Robotics "
        "recruiting team at large",
        "Your  Acme application\nwas received",
        "application\nfor  Platform Engineer at Helio",
        # Ends past the window after "hiring", not past the one after "hiring team".
        "acme hiring team" + " a" * 29 + "x",
    ]:
        folded = text.lower()
        assert list(other.run(text, folded)) == list(own.run(text, folded)), text


def test_a_shared_index_must_know_every_trigger_word() -> None:
    templates = load_templates([{"pattern": "application for (?P<role>{ROLE})"}], "test")
    with pytest.raises(ValueError, match="trigger"):
        TemplateSet(templates, [TriggerIndex(["interview"])])
