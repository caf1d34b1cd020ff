"""A "next step is a ... call" names a hiring stage only when the call is one.

Investors, sales teams and researchers also announce their next call; the words between
"next step is a" and "call" ("investor", "demo", "research") tell them apart from a hiring
process's "pairing session" or "system design round".
"""

from __future__ import annotations

import pytest

from jobtracker.pipeline.vocabulary import Category


def _next_step(classify, what: str) -> Category:
    return classify(
        sender="tamsin@harbourline.example",
        name="Tamsin Orr",
        subject="Friday",
        body=(
            f"Hi Sam,\n\nNext step is a 30-minute {what} on Friday; I'm sending over a "
            "Zoom link shortly.\n\nTamsin Orr\nHarbourline"
        ),
    ).category


@pytest.mark.parametrize("what", ["investor call", "demo call", "research session"])
def test_a_call_of_another_kind_as_the_next_step_is_no_interview(classify, what: str) -> None:
    assert _next_step(classify, what) is Category.NOT_JOB


@pytest.mark.parametrize("what", ["system design round", "pairing session", "culture fit chat"])
def test_a_hiring_round_as_the_next_step_is_an_interview(classify, what: str) -> None:
    assert _next_step(classify, what) is Category.INTERVIEW
