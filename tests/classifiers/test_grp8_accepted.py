"""The employer confirming the signed contract is back: the offer accepted."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "h.brandt@kovatec.example",
            "AW: Vertrag",
            "Lieber Herr Roe,\n\nIhr unterschriebener Arbeitsvertrag ist gestern bei uns "
            "eingegangen - herzlich willkommen im Team!\n\nHanna Brandt\nPersonal, Kovatec GmbH",
        ),
        (
            "maya.lund@orrery.example",
            "Re: Your offer from Orrery",
            "Hi Sam,\n\nWe've received your signed offer letter - welcome aboard! I'll send the "
            "onboarding details next week.\n\nMaya Lund\nPeople Team, Orrery",
        ),
        (
            "lucia.mena@ventisca.example",
            "RE: Carta de oferta",
            "Hola Sam:\n\nHemos recibido tu contrato firmado. ¡Bienvenido a Ventisca!\n\n"
            "Lucía Mena\nRRHH, Ventisca",
        ),
    ],
)
def test_the_signed_contract_received_is_the_offer_accepted(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.ACCEPTED


def test_an_offer_asking_for_the_signed_contract_is_no_acceptance(classify: Classify) -> None:
    result: Any = classify(
        sender="maya.lund@orrery.example",
        subject="Your offer from Orrery",
        body="Hi Sam,\n\nWe are delighted to offer you the role of Data Engineer. Please return "
        "the signed offer letter by Friday.\n\nMaya Lund\nPeople Team, Orrery",
    )
    assert result.status is not ApplicationStatus.ACCEPTED
