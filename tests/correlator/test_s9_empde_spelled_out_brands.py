"""An application first named by a brand or acronym ("TellPay", from a job board) shows the
name its employer's own mail spells out ("Tellurian Payments AG (TellPay)")."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.names import better_display_name, spells_out
from jobtracker.pipeline.vocabulary import Category as C


def test_a_brand_made_of_the_names_letters_is_spelled_out() -> None:
    assert spells_out("tellurian payments", "tellpay")
    assert spells_out("hochschule angewandte medien", "ham") is False  # three letters: too few
    assert spells_out("nordwind energie", "tellpay") is False
    assert better_display_name("TellPay", "Tellurian Payments") == "Tellurian Payments"
    assert better_display_name("Tellurian Payments", "TellPay") == "Tellurian Payments"


def test_the_employers_own_mail_names_the_application_in_full(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="TellPay",
            role="Technical Program Manager",
            sender="jobs-noreply@linkedin.com",
            subject="Your application was sent to TellPay",
            sent="2025-05-02",
        )
    )
    found = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Tellurian Payments",
            role="Technical Program Manager",
            sender="nina.keller@tellpay.ch",
            subject="TPM role - next step",
            text="Would you have time for an intro call?\n\nNina Keller\n"
            "Tellurian Payments AG (TellPay) | Zürich\n",
            sent="2025-05-12",
        )
    )
    assert found.application is first.application
    assert found.application is not None and found.application.company == "Tellurian Payments"
