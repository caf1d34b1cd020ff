"""A practice's or clinic's domain runs its distinctive words together and shortens the
generic ones after them to initials ("ridgewaybh" for "Ridgeway Behavioral Health",
"larkspurmg" for "Larkspur Medical Group"): mail read with that spelling as its employer
still belongs to the application written in full."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.names import initialled_spellings
from jobtracker.pipeline.vocabulary import Category as C


def test_word_and_initials_spellings() -> None:
    spellings = initialled_spellings("ridgeway behavioral health")
    assert "ridgewaybh" in spellings
    assert "ridgeway" + "h" not in spellings  # one initial after the words says too little


def test_a_group_words_initials_join_the_application(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Larkspur Hill Medical Group",
            role="Front Desk Lead",
            sender="careers@ats.example",
            sent="2025-05-02",
        )
    )
    invite = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Larkspurhillmg",
            role=None,
            sender="notifications@booking.example",
            sent="2025-05-12",
        )
    )
    assert invite.application is applied.application
    assert not invite.created
