"""A search firm's own domain, read as an employer from its consultant's mail, is no employer:
not when the mail says it comes from the firm, nor when the consultant's pitch without a
client is still open (their later mail carries no cue of the firm)."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import Category as C
from jobtracker.pipeline.vocabulary import Source

CONSULTANT = "lia.campos@serrabusca.example"


def test_an_agencys_mail_named_after_its_own_domain_names_no_employer(mail) -> None:
    result = Correlator().correlate(
        mail(C.CONFIRMATION, company="Serrabusca", role="Data Engineer", sender=CONSULTANT,
             source=Source.AGENCY, sent="2024-03-04T09:00")
    )  # fmt: skip
    assert result.application is not None
    assert result.application.company == ""


def test_a_pitching_consultants_plain_mail_is_not_the_firms_application(mail) -> None:
    correlator = Correlator()
    pitch = correlator.correlate(
        mail(C.OUTREACH, company=None, role="Data Engineer", sender=CONSULTANT,
             source=Source.AGENCY, sent="2024-03-01T09:00")
    )  # fmt: skip
    later = correlator.correlate(
        mail(C.INTERVIEW, company="Serrabusca", sender=CONSULTANT,
             source=Source.DIRECT, sent="2024-03-06T09:00")
    )  # fmt: skip
    assert pitch.application is not None
    assert later.application is not None
    assert later.application.company != "Serrabusca"
