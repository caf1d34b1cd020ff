"""A French receipt names the post "au poste <title>" as often as "au poste de <title>", most
of all when the title is English."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_receipt_for_a_post_named_without_de_names_the_role(classify: Classify) -> None:
    result = classify(
        sender="no-reply@hire.lever.co",
        name="Maison Ternay",
        subject="Maison Ternay – Votre candidature au poste Data Analyst – Pricing",
        body="Bonjour Jules,\n\nMerci d'avoir postulé chez Maison Ternay ! Nous avons bien reçu "
        "votre candidature au poste Data Analyst et notre équipe va l'examiner.\n\nL'équipe "
        "recrutement de Maison Ternay",
    )
    assert result.category is Category.CONFIRMATION
    assert result.role is not None and result.role.startswith("Data Analyst")
    assert result.company == "Maison Ternay"
