"""A group's domain that leads with the word "group" names no employer by that word."""

from __future__ import annotations

import pytest

from jobtracker.correlator.domains import hyphen_heads


@pytest.mark.parametrize(
    "domain",
    ["grupo-serrazul.pt", "groupe-serrazul.fr", "gruppe-serrazul.de", "group-serrazul.com"],
)
def test_group_word_before_the_hyphen_is_no_name(domain: str) -> None:
    assert hyphen_heads(domain) == ()


def test_name_before_the_hyphen_still_counts() -> None:
    assert hyphen_heads("serrazul-grupo.pt") == ("serrazul",)
