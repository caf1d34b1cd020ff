"""The fast searches give the answers of the plain regex forms they replace."""

from __future__ import annotations

import re

import pytest

from jobtracker.classifiers.rules.languages import load_language_bank
from jobtracker.classifiers.rules.regexlang import prefix_tree
from jobtracker.classifiers.rules.templates import (
    Extracts,
    TemplateSet,
    TriggerIndex,
    load_templates,
)
from jobtracker.classifiers.rules.treesearch import TreeSearch
from jobtracker.classifiers.rules.view import unwrap

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


def test_readers_of_one_group_see_what_a_full_read_sees() -> None:
    # Each reader (employer, role, requisition id) asks only for the templates that capture
    # what it reads; what it gets must be what filtering every template's extract gives.
    bank = load_language_bank()
    languages = frozenset({"en", "de"})
    for kind, text in [
        ("subject", "Your application for Data Engineer (REQ-20391) at Kestrel Robotics"),
        ("body", "Thank you for applying to the Platform Engineer role at Helio GmbH.\n"
         "Job ID: 88213\nBest regards,\nHelio Recruiting Team"),
        ("body", "Wir haben Ihre Bewerbung als Data Analyst bei Nordlicht AG erhalten."),
    ]:  # fmt: skip
        templates = bank.templates_for(kind, languages)
        everything = list(Extracts(templates, text, text.lower()))
        assert everything, text
        for groups in (("company",), ("role",), ("role", "req")):
            wanted = [e for e in everything if any(getattr(e, group) for group in groups)]
            read = Extracts(templates, text, text.lower())
            got = [e for e in read.capturing(*groups) if any(getattr(e, g) for g in groups)]
            assert got == wanted, (text, groups)
            # A later full read still sees every extract, in template order.
            assert list(read) == everything


def test_leading_templates_are_read_alone() -> None:
    templates = load_templates(
        [
            {"pattern": "application for (?P<role>{ROLE}) at (?P<company>{ORG})"},
            {"pattern": "at (?P<company>{ORG})"},
        ],
        "test",
    )
    text = "Your application for Data Engineer at Kestrel"
    extracts = Extracts(TemplateSet(templates), text, text.lower())
    assert [e.rank for e in extracts.leading(1)] == [0]
    assert [e.rank for e in extracts] == [0, 1]


def test_unwrapping_joins_what_the_look_behind_form_joins() -> None:
    plain = re.compile(r"(?<=[^\n]{60})\n(?=\w)")
    long_line = "We would like to invite you to an interview for the position of Senior"
    for text in [
        long_line + "\nCustomer Success Manager (F/H).",
        long_line + "\n\nBest regards",  # a paragraph keeps its break
        "Short line\nanother short line\n" + long_line + "\n- a list item",
        "x" * 59 + "\nword",  # one character short of a long line
        "x" * 60 + "\nword\n" + "y" * 61 + "\n_under",
        "",
        "\n" * 5,
    ]:
        assert unwrap(text) == plain.sub(" ", text), text
