"""The text helpers' regexes lead with a literal so the engine skips to them in C; they must
rewrite text exactly as their look-behind-led forms (the specification kept here) do."""

from __future__ import annotations

import random
import re

import pytest

from jobtracker.classifiers.rules import brands
from jobtracker.classifiers.rules.text import unabbreviate, ungender

# The forms the helpers were first written in: clear, and several times slower over a mail.
_GENDER_SPEC = re.compile(
    r"(?<=[a-zäöüß])(?:[:*]((?:inn)?en|in|n|r|e)|/-?(innen)|/-(in))\b(?!/)"
    r"|(?<=[a-zäöüßàâçéèêëîïôûù])\((e|in|innen|n|r)\)(?![\w/])"
)
_ABBREVIATION_SPEC = re.compile(
    r"(?<![\w.])(?:(?:m|mme|mlle|mr|mrs|ms|sra|srta|dipl|ing|mag|hr)\.(?= \w)"
    r"|(?:s\.a|s\.l|s\.a\.s|s\.r\.l|b\.v|n\.v|lda|ltda)\.(?= \w)"
    r"|(?:n|ref)\.(?=[ºª]))"
)
_WORDS = "in innen en e n r m mme mlle mrs ms sra srta dipl ing mag hr ref n. º ª"
_FORMS = "s.a s.l s.a.s s.r.l b.v n.v lda ltda"
_PIECES = [*"abrxäéß1:*/()-.,'", *_WORDS.split(" "), *_FORMS.split(" "), " ", " ", "\n"]


def _gender_spec(text: str) -> str:
    def plain(found: re.Match[str]) -> str:
        suffix = next(group for group in found.groups() if group)
        return suffix + " " * (len(found.group(0)) - len(suffix))

    return _GENDER_SPEC.sub(plain, text)


def _abbreviation_spec(text: str) -> str:
    return _ABBREVIATION_SPEC.sub(lambda found: found.group(0).replace(".", " "), text)


def _texts(count: int) -> list[str]:
    draw = random.Random(28)
    return ["".join(draw.choice(_PIECES) for _ in range(40)) for _ in range(count)]


@pytest.mark.parametrize(
    "text",
    [
        "liebe kandidat:innen, wir suchen mitarbeiter/innen und eine:n andere:n",
        "bewerber*in (m/w/d), mitarbeiter(in) und kolleg/-in; un(e) candidat(e)",
        "10:00 uhr, https://example.org/jobs/innen, (e)",
        "avec m. dussert et mme. roy, s.a. foi, oferta n.º 58 (ref.ª qa-1), dr. weber, u.s. army",
    ],
)
def test_helpers_rewrite_mail_as_their_specification(text: str) -> None:
    assert ungender(text) == _gender_spec(text)
    assert unabbreviate(text) == _abbreviation_spec(text)


def test_helpers_rewrite_any_text_as_their_specification() -> None:
    texts = _texts(5000)
    changed = 0
    for text in texts:
        assert ungender(text) == _gender_spec(text), text
        assert unabbreviate(text) == _abbreviation_spec(text), text
        changed += ungender(text) != text or unabbreviate(text) != text
    # The drawn texts reach both rewrites often: the comparison is not of untouched text.
    assert changed > 300


@pytest.mark.parametrize(
    "text",
    [
        "Harrow Leisure plc | t/a Beacon Bowl and Quay Lanes",
        "Marlow Hospitality Ltd, the operator of The Anchor Inn",
        "Kessel Holdings is the parent company of Brightwater",
        "Hotel Mirador de Montjuïc, gestionado por Ribera Hotels S.L.",
        "l'Hôtel Belle Rive, gérée par Alpes Hôtellerie",
        "Hotel Sol Nascente, gerido pela Atlântico Hotéis",
        "Urban Pantry is a brand of Beaumont Group",
        "Nordlicht ist eine Marke der Hansen Gruppe",
        "Oakhurst is one of the Group's operating businesses",
    ],
)
def test_a_brand_pattern_runs_where_it_matches(text: str) -> None:
    # Each brand pattern runs only on text where its cue stands: the cue, rewritten to lead
    # with a letter or one blank, must still stand wherever the pattern matches.
    cued = [value for value in vars(brands).values() if isinstance(value, brands._Cued)]
    matched = [c for c in cued if c._pattern.search(text)]
    assert matched
    for found in matched:
        assert found._cue.search(text), found._pattern.pattern[:60]
