"""A chain's brand is written both ways round: "Farmácias Vida Nova" on its ATS, "Vida Nova
Farmácias" in its recruiters' signature. Mail naming the same words in another order belongs
to the application the first one opened."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import Category as C


def test_the_same_words_in_another_order_join_the_application(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Drogarias Vida Nova",
            role="Analista de Compras",
            sender="noreply@board.example",
            sent="2025-02-10",
        )
    )
    turned_down = correlator.correlate(
        mail(
            C.REJECTION,
            company="Vida Nova Drogarias",
            role=None,
            sender="recrutamento@vidanovadrog.example",
            sent="2025-03-02",
        )
    )
    assert turned_down.application is applied.application
