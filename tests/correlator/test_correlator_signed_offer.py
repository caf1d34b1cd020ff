"""An offer letter that comes back signed through an e-signature service is accepted."""

from __future__ import annotations

import pytest

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C


def _offer_then(mail, subject: str, sender: str) -> S:
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", sent="2024-03-01T09:00"))
    correlator.correlate(
        mail(
            C.OFFER,
            subject="Please DocuSign: Acme Offer Letter",
            sender="dse@docusign.net",
            sent="2024-04-02T09:00",
        )
    )
    last = correlator.correlate(
        mail(C.OFFER, subject=subject, sender=sender, sent="2024-04-03T09:00")
    )
    assert last.application is not None
    return last.application.status


@pytest.mark.parametrize(
    ("subject", "sender"),
    [
        ("Completed: Acme Offer Letter", "dse@docusign.net"),
        ("Abgeschlossen: Arbeitsvertrag Acme", "dse_NA4@docusign.net"),
        ("Concluído: Carta de oferta Acme", "dse@eu.docusign.net"),
        ("Offer Letter between Acme and Tomás is Signed and Filed!", "adobesign@adobesign.com"),
    ],
)
def test_a_completed_envelope_accepts_the_offer(mail, subject: str, sender: str) -> None:
    assert _offer_then(mail, subject, sender) is S.ACCEPTED


@pytest.mark.parametrize(
    ("subject", "sender"),
    [
        ("Reminder: Please DocuSign: Acme Offer Letter", "dse@docusign.net"),
        # the employer's own "completed" wording is not the service's envelope
        ("Completed: your offer details", "jane@acme.example"),
    ],
)
def test_anything_short_of_a_signed_envelope_leaves_the_offer_open(
    mail, subject: str, sender: str
) -> None:
    assert _offer_then(mail, subject, sender) is S.OFFER


def test_a_completed_envelope_for_other_paperwork_moves_nothing_by_itself(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", sent="2024-03-01T09:00"))
    signed_nda = mail(
        C.INTERVIEW, subject="Completed: Acme NDA", sender="dse@docusign.net", sent="2024-03-09"
    )
    result = correlator.correlate(signed_nda)
    assert result.application is not None and result.application.status is S.INTERVIEWING
