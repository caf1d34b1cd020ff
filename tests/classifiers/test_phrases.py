"""The phrase machinery: data syntax, the combined matcher, and start-up validation."""

from __future__ import annotations

import pytest

from jobtracker.classifiers.rules.gate import load_gate
from jobtracker.classifiers.rules.languages import load_language_bank
from jobtracker.classifiers.rules.phrases import PhraseMatcher, load_phrases
from jobtracker.classifiers.rules.regexlang import expand, literal_prefix, literal_regex, to_regex
from jobtracker.classifiers.rules.templates import TemplateSet, load_templates
from jobtracker.classifiers.rules.vendors import parse_vendor
from jobtracker.pipeline.errors import ConfigError


def _labels(matcher: PhraseMatcher, text: str) -> list[tuple[str, str]]:
    return [(hit.phrase.label, text[hit.start : hit.end]) for hit in matcher.scan(text)]


def test_syntax_spaces_and_apostrophes() -> None:
    assert to_regex("we’ve received") == r"we've\s+received"
    assert literal_prefix("applicants? (?:who|that)") == "applicant"
    assert sorted(expand("(?:your|the) (?:cv|resume)?")) == sorted(
        ["your cv", "your resume", "your ", "the cv", "the resume", "the "]
    )


@pytest.mark.parametrize(
    ("phrase", "regex"),
    [
        ("a\\ b [x y] c", "a\\ b\\s+[x y]\\s+c"),  # an escaped space and a class keep theirs
        ("one [\\] ] two’s", "one\\s+[\\] ]\\s+two's"),
        ("[a b", "[a b"),  # a class left open runs to the end
        ("end\\", "end\\"),
    ],
)
def test_syntax_spaces_outside_classes_and_escapes(phrase: str, regex: str) -> None:
    assert to_regex(phrase) == regex


def test_literal_prefixes_are_escaped_with_spaces_for_any_white_space() -> None:
    assert literal_regex("l'offre (x).") == "l'offre\\s+\\(x\\)\\."
    assert literal_regex("tab\tand\\ space") == "tab\\\tand\\\\\\s+space"


def test_longer_phrase_hides_the_shorter_one_inside_it() -> None:
    table = {
        "confirmation": {"medium": ["if you are not selected"]},
        "rejection": {"medium": ["not selected"]},
    }
    matcher = PhraseMatcher(load_phrases("en", table, "test"))
    assert _labels(matcher, "if you are not selected we will keep your cv") == [
        ("confirmation", "if you are not selected")
    ]
    assert _labels(matcher, "sadly you were not selected") == [("rejection", "not selected")]


def test_phrases_match_whole_words_across_line_breaks() -> None:
    matcher = PhraseMatcher(load_phrases("en", {"offer": {"strong": ["offer letter"]}}, "test"))
    assert _labels(matcher, "your offer\nletter is attached") == [("offer", "offer\nletter")]
    assert _labels(matcher, "counteroffer letters") == []


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ({"nonsense": {"strong": ["x"]}}, "unknown phrase label"),
        ({"offer": {"mighty": ["x"]}}, "bad tier"),
        ({"offer": {"strong": ["(offer) letter"]}}, "non-capturing"),
        ({"offer": {"strong": ["\\d+ offers"]}}, "literal"),
        ({"offer": {"strong": ["offer (?:letter"]}}, "offer"),
    ],
)
def test_bad_phrases_fail_at_start_up_naming_the_file(table: object, problem: str) -> None:
    with pytest.raises(ConfigError, match=r"lang/xx\.toml") as error:
        load_phrases("xx", table, "lang/xx.toml")  # type: ignore[arg-type]
    assert problem in str(error.value)


def test_bad_vendor_file_fails_naming_the_file() -> None:
    with pytest.raises(ConfigError, match=r"vendors/bad\.toml"):
        parse_vendor(
            "vendors/bad.toml", {"id": "bad", "name": "Bad", "source": "nope", "kind": "ats"}
        )


def test_all_shipped_languages_load() -> None:
    bank = load_language_bank()
    assert bank.languages == {"en", "de", "fr", "es", "pt"}
    for language in bank.languages:
        labels = {phrase.label for phrase in bank.phrases[language]}
        assert {"confirmation", "rejection", "interview", "offer", "alert"} <= labels


def test_gate_opens_on_job_words_in_any_language() -> None:
    gate = load_gate()
    for text in (
        "thanks for applying",
        "ihre bewerbung",
        "votre candidature",
        "tu candidatura",
        "sua candidatura",
    ):
        assert gate.opens(text), text
    assert gate.opens("dinner on friday? bring the board game") is None
    assert gate.opens("special offer! this offer ends today") is None
    assert gate.opens("we would like to offer you the position") == "offer + position"


def test_phrase_starting_inside_another_still_counts() -> None:
    table = {
        "alert": {"weak": ["new jobs"], "strong": ["jobs that match your (?:profile|search)"]},
        "confirmation": {"strong": ["you applied to"]},
    }
    matcher = PhraseMatcher(load_phrases("en", table, "test"))
    # One label, overlapping: one cue, the stronger phrase.
    assert _labels(matcher, "5 new jobs that match your profile") == [
        ("alert", "new jobs that match your profile")
    ]
    # Different labels, overlapping: both count.
    text = "new jobs for you applied to"
    assert [label for label, _ in _labels(matcher, text)] == ["alert", "confirmation"]


def test_gate_for_mailing_lists_opens_only_on_job_seeker_words() -> None:
    gate = load_gate()
    newsletter = " this week: how to prepare for an interview, and why everyone is hiring"
    assert gate.opens(newsletter) is not None
    assert gate.opens(newsletter, bulk=True) is None
    assert gate.opens(" 5 new jobs matching your search", bulk=True) is not None
    assert gate.opens(" thank you for applying to acme", bulk=True) is not None


def test_templates_run_where_their_trigger_words_are() -> None:
    templates = load_templates(
        [
            {"pattern": "application for (?P<role>{ROLE}) at (?P<company>{ORG})"},
            {"pattern": "application (?:to|with) (?P<company>{ORG})"},
            {"pattern": "(?P<company>{ORG}) recruiting team", "near": "recruiting team"},
            {"pattern": "^your (?P<company>{ORG}) application"},
        ],
        "test",
    )
    found = TemplateSet(templates)
    text = "Thanks for your application to Kestrel.\n\nBest, Kestrel Robotics recruiting team"
    companies = [e.company for e in found.run(text, text.lower())]
    assert companies == ["Kestrel", "Kestrel Robotics"]
    subject = "Your Acme application"
    assert [e.company for e in found.run(subject, subject.lower())] == ["Acme"]
    assert list(found.run("Not your Acme application", "not your acme application")) == []


def test_a_found_phrase_is_the_longest_whose_own_regex_matches() -> None:
    # The matcher names what its search found with one regex per bucket (the phrases whose
    # literal starts with the two characters found); that must be the phrase a plain loop over
    # the phrases (longest first) would name, white space after the first character included.
    matcher = load_language_bank().matcher
    by_length = sorted(matcher.phrases, key=lambda p: -len(p.source))
    texts = [
        "thank you for applying to acme. unfortunately, we have decided to move forward with "
        "other candidates whose experience more closely matches the role.",
        "we would like to invite you to a final interview for the data engineer position",
        "wir freuen uns über ihre bewerbung und möchten sie zu einem vorstellungsgespräch "
        "einladen. leider müssen wir ihnen mitteilen",
        "merci pour votre candidature. nous avons le plaisir de vous proposer un entretien",
        "new jobs that match your profile: 5 new jobs similar to the ones you viewed",
        "a\njob offer for you: we are pleased to\noffer you the position. à\tl'attention de",
        "o  processo seletivo foi encerrado e a vaga\u00a0foi preenchida. y\nla vacante",
    ]
    checked = 0
    for text in texts:
        for start, end in matcher._combined.spans(text):
            lead = [p for p in by_length if any(pre[:1] == text[start] for pre, _ in p.variants)]
            exact = [p for p in lead if p.regex.fullmatch(text, start, end)]
            loose = [p for p in lead if p.regex.match(text, start)]
            expected = (exact or loose or [None])[0]
            assert matcher._identify(text, start, end) is expected, text[start:end]
            checked += 1
    assert checked >= 20
