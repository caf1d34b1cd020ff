"""Directory names written surname first, in capitals, as French and Belgian offices do: a
person, never an employer."""

from __future__ import annotations

import pytest

from jobtracker.classifiers.rules.names import load_name_book


@pytest.mark.parametrize("name", ["MAURY Philippe", "LE GOFF Anne", "DE LA FONTAINE Marie"])
def test_surname_first_in_capitals_is_a_person(name: str) -> None:
    assert load_name_book().looks_like_person(name)


@pytest.mark.parametrize("name", ["IBM France", "AXA France"])
def test_acronym_before_a_word_is_no_person(name: str) -> None:
    assert not load_name_book().looks_like_person(name)
