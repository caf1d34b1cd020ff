"""A takeover mid-process: the buyer's people and mailboxes carry on the process they took."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import Category as C


def test_the_buyers_mail_continues_the_process_it_took_over(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Ashgrove Data", role="Platform Engineer")
    )
    correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Ashgrove Data",
            sender="lena@ashgrove.example",
            sent="2024-03-05",
        )
    )
    news = mail(
        C.INTERVIEW,
        company="Tallis's Platform",
        sender="lena@tallis.example",
        text="Hi Sam,\n\nAshgrove has been acquired by Tallis, and the role goes on there. Next is "
        "a design round.\n\nLena\nEngineering Manager, Tallis (formerly Ashgrove Data)",
        sent="2024-03-20",
    )
    assert correlator.correlate(news).application is first.application
    invite = mail(
        C.INTERVIEW,
        company="Tallis",
        sender="interviews@tallis.example",
        subject="Invitation: System design",
        sent="2024-03-22",
    )
    assert correlator.correlate(invite).application is first.application


def test_a_stranger_naming_a_known_employer_without_a_takeover_starts_its_own(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Ashgrove Data", role="Platform Engineer")
    )
    other = mail(
        C.INTERVIEW,
        company="Tallis",
        sender="kai@tallis.example",
        text="Hi Sam, I saw you worked with Ashgrove Data. Want to talk about Tallis?",
        sent="2024-03-20",
    )
    assert correlator.correlate(other).application is not first.application
