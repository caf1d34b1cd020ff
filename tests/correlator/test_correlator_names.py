"""Company names: keys that compare, names that display, aliases that merge."""

from __future__ import annotations

import pytest

from jobtracker.correlator.names import (
    FUZZY_EMPLOYER_THRESHOLD,
    AliasTable,
    better_display_name,
    canonical_company_key,
    company_key,
    company_similarity,
    default_aliases,
    display_name,
)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Acme Inc.", "acme"),
        ("Acme, Inc", "acme"),
        ("Acme LLC", "acme"),
        ("Acme Ltd", "acme"),
        ("Acme Limited", "acme"),
        ("Acme Corp.", "acme"),
        ("Acme Corporation", "acme"),
        ("Acme GmbH", "acme"),
        ("Acme GmbH & Co. KG", "acme"),
        ("Acme AG", "acme"),
        ("Zalando SE", "zalando"),
        ("Acme UG (haftungsbeschränkt)", "acme"),
        ("Acme SAS", "acme"),
        ("Société Générale S.A.", "societe generale"),
        ("Acme SARL", "acme"),
        ("Acme S.L.", "acme"),
        ("Acme S.p.A.", "acme"),
        ("Acme B.V.", "acme"),
        ("Acme N.V.", "acme"),
        ("Spotify AB (publ)", "spotify"),
        ("Maersk A/S", "maersk"),
        ("Acme Oy", "acme"),
        ("Acme Ltda.", "acme"),
        ("Acme Pty Ltd", "acme"),
        ("Acme PLC", "acme"),
        ("Acme LLP", "acme"),
        ("Nestlé S.A. de C.V.", "nestle"),
        ("Allegro sp. z o.o.", "allegro"),
        ("Tiffany & Co.", "tiffany"),
        ("McKinsey & Company", "mckinsey"),
        ("The Home Depot", "home depot"),
        ("Virgin Group", "virgin"),
        ("Acme Holdings Ltd", "acme"),
        ("Stripe Recruiting", "stripe"),
        ("Booking.com B.V.", "booking"),
        ("AT&T Inc.", "at and t"),
        ("Johnson & Johnson", "johnson and johnson"),
    ],
)
def test_company_key_drops_legal_forms_of_many_countries(name: str, key: str) -> None:
    assert company_key(name) == key


@pytest.mark.parametrize("name", ["Holdings", "Group", "Inc", "The Company"])
def test_a_name_made_only_of_suffix_words_keeps_them(name: str) -> None:
    assert company_key(name) != ""


def test_meta_platforms_meta_and_facebook_are_one_employer() -> None:
    keys = {canonical_company_key(n) for n in ("Meta Platforms, Inc.", "Meta", "Facebook")}
    assert keys == {"meta"}
    assert default_aliases().display_for("Facebook, Inc.") == "Meta"


def test_alphabet_is_google() -> None:
    assert canonical_company_key("Alphabet Inc.") == canonical_company_key("Google LLC")


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Acme GmbH", "Acme"),
        ("Meta Platforms, Inc.", "Meta Platforms"),
        ("Tiffany & Co.", "Tiffany"),
        ("Stripe Recruiting", "Stripe"),
        ("The Boston Consulting Group", "The Boston Consulting Group"),
        ("Inc.", "Inc."),
    ],
)
def test_display_name_keeps_spelling_and_drops_the_legal_form(name: str, shown: str) -> None:
    assert display_name(name) == shown


def test_a_properly_cased_name_replaces_a_flat_one_but_not_the_reverse() -> None:
    assert better_display_name("acme", "Acme") == "Acme"
    assert better_display_name("ACME WIDGETS", "Acme Widgets") == "Acme Widgets"
    assert better_display_name("Acme", "acme") == "Acme"
    assert better_display_name("IBM", "Ibm") == "IBM"


def test_fuzzy_similarity_joins_spacing_but_not_near_namesakes() -> None:
    assert company_similarity("deep mind", "deepmind") == 100.0
    assert company_similarity("hellofresh", "hello fresh") == 100.0
    assert company_similarity("deutsche bank", "deutsche bahn") < FUZZY_EMPLOYER_THRESHOLD
    assert company_similarity("meta", "beta") < FUZZY_EMPLOYER_THRESHOLD


def test_learned_alias_maps_a_new_name_and_bumps_the_version() -> None:
    table = AliasTable.from_toml('[meta]\ndisplay = "Meta"\nnames = ["Facebook"]\n')
    assert table.key("FB Recruiting") == "fb"
    table.add_alias("FB", "Facebook")
    assert table.key("FB Recruiting") == "meta"
    assert table.version == 1


def test_learned_alias_carries_names_that_pointed_at_the_alias() -> None:
    table = AliasTable()
    table.add_alias("Old Name", "Middle Name")
    table.add_alias("Middle Name", "New Name")
    assert table.key("Old Name") == table.key("Middle Name") == "new name"


def test_adding_an_alias_to_itself_changes_nothing() -> None:
    table = AliasTable()
    table.add_alias("Acme Inc.", "ACME")
    assert table.version == 0
