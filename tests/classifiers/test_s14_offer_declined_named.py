"""An employer's answer to the reader's no under a plain "Re: Offer" names what was declined
("sorry you've decided to turn down our offer"): the offer's thread, closed by the reader."""

from __future__ import annotations

import pytest

from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

ANSWERS = [
    (
        "en",
        "Hi Jane,\n\nsorry to hear you've decided to turn down our offer, but we understand. "
        "Best of luck in the new role!\n\nTom",
    ),
    (
        "de",
        "Hallo Jane,\n\nschade, dass du unser Angebot ablehnst, aber wir verstehen deine "
        "Entscheidung. Alles Gute für den neuen Job!\n\nTom",
    ),
]


@pytest.mark.parametrize(("lang", "body"), ANSWERS, ids=[a[0] for a in ANSWERS])
def test_an_answer_naming_the_declined_offer_is_offer_mail_withdrawn(
    classify, lang: str, body: str
) -> None:
    found = classify(
        sender="tom.hale@brackenfold.example", name="Tom Hale", subject="Re: Offer", body=body
    )
    assert (found.category, found.status) == (Category.OFFER, ApplicationStatus.WITHDRAWN), lang
