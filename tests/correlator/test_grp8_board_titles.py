"""Titles and names written other ways than the application's: "PMM", a name a domain ran
together spelled out in a notice, a board's notice naming only the title."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.roles import role_key, role_similarity
from jobtracker.pipeline.vocabulary import Category as C
from jobtracker.pipeline.vocabulary import Source


def test_a_title_by_its_initials_is_the_title() -> None:
    full = role_key("Product Marketing Manager")
    assert role_similarity(full, role_key("PMM")) == 100.0
    assert role_key("SRE") == role_key("Site Reliability Engineer")


def test_a_call_about_the_pmm_role_joins_the_product_marketing_application(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Tidewell Health", role="Product Marketing Manager")
    )
    call = mail(
        C.INTERVIEW,
        company="Tidewell",
        role="PMM",
        sender="r.olsen@tdwh.example",
        sent="2024-03-09",
    )
    assert correlator.correlate(call).application is first.application


def test_a_notice_spelling_out_a_run_together_name_is_that_employers(mail) -> None:
    correlator = Correlator()
    ats = "no-reply@ats.example"
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Pennockhale", role="Brand Manager", sender=ats)
    )
    correlator.correlate(
        mail(C.CONFIRMATION, company="Ostrander", role="Brand Manager", sender=ats)
    )
    booking = mail(
        C.INTERVIEW,
        company=None,
        sender=ats,
        subject="Booking confirmed: video interview",
        text="Your interview is booked.\nWith: Ada Pennock, Marketing Director, Pennock & Hale",
        sent="2024-03-09",
    )
    assert correlator.correlate(booking).application is first.application


def test_a_boards_notice_naming_only_the_title_joins_that_application(mail) -> None:
    correlator = Correlator()
    board = "apply@board.example"
    correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Larchmont",
            role="Product Marketing Manager",
            sender=board,
            source=Source.INDEED,
        )
    )
    second = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Ferrovia Seguros",
            role="Product Marketing Manager (Digital Insurance)",
            sender=board,
            source=Source.INDEED,
            sent="2024-03-02",
        )
    )
    viewed = mail(
        C.VIEWED,
        company=None,
        sender=board,
        source=Source.INDEED,
        subject="Your application was viewed",
        text="Good news: the employer viewed your application for Product Marketing Manager\n"
        "(Digital Insurance).",
        sent="2024-03-05",
    )
    assert correlator.correlate(viewed).application is second.application
