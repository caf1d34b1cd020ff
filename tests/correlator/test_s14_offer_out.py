"""An e-signature envelope of an offer that names neither employer nor role ("Completa con
DocuSign: Carta de oferta - Jane Doe") is the offer of the one open application with an offer
out (of two, the one made in the last days); with none, it joins nothing."""

from __future__ import annotations

from jobtracker.correlator.matcher import OFFER_OUT, Correlator
from jobtracker.pipeline.vocabulary import Category as C

ENVELOPE = "dse_na4@docusign.net"


def _envelope(mail):  # type: ignore[no-untyped-def]
    return mail(
        C.OFFER,
        company=None,
        sender=ENVELOPE,
        subject="Completa con DocuSign: Carta de oferta - Jane Doe",
        sent="2024-04-02T09:00",
    )


def test_the_envelope_joins_the_one_application_with_an_offer_out(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.INTERVIEW, company="Pinewick", role="Analyst", sent="2024-03-20"))
    offered = correlator.correlate(
        mail(C.OFFER, company="Brackenfold", role="Data Engineer", sent="2024-03-28")
    )
    found = correlator.correlate(_envelope(mail))
    assert found.application is offered.application
    assert found.review_reason == OFFER_OUT


def test_with_two_offers_out_or_none_the_envelope_joins_nothing(mail) -> None:
    for offers in (("Brackenfold", "Pinewick"), ()):
        correlator = Correlator()
        correlator.correlate(
            mail(C.INTERVIEW, company="Quarrow", role="Analyst", sent="2024-03-20")
        )
        for company in offers:
            correlator.correlate(mail(C.OFFER, company=company, role="Analyst", sent="2024-03-28"))
        assert correlator.correlate(_envelope(mail)).application is None, offers


def test_of_two_offers_out_the_envelope_joins_the_one_made_in_the_last_days(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.OFFER, company="Pinewick", role="Analyst", sent="2024-03-22"))
    recent = correlator.correlate(
        mail(C.OFFER, company="Brackenfold", role="Data Engineer", sent="2024-04-01")
    )
    assert correlator.correlate(_envelope(mail)).application is recent.application
