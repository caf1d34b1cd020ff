"""An employer's own domain often shortens its name: the first word by its initial
("hmaravilha.example" for "Hospital Maravilha do Porto"), all words by their initials
("CUVN" for "Clínica Universitaria Valle Norte"), or the name run together with a word
more ("valleverde-salud.example" for "Residencia Valle Verde"). The extractor then reads
that as the employer; the mail still belongs to the application, which keeps its name."""

from __future__ import annotations

import pytest

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.names import better_display_name, initialled_spellings
from jobtracker.pipeline.vocabulary import Category as C


def test_initialled_spellings_of_a_name() -> None:
    spellings = initialled_spellings("hospital maravilha do porto")
    assert "hmaravilha" in spellings
    assert "hmaravilhaporto" in spellings
    assert "hmp" in spellings
    assert initialled_spellings("maravilha") == ()
    assert "db" not in initialled_spellings("deutsche bank")  # two letters say nothing


@pytest.mark.parametrize(
    ("written", "sender"),
    [
        ("Hmaravilha", "rita.moura@hmaravilha.example"),
        ("HMP", "selecao@hmp-rh.example"),
        ("Maravilha Saude", "rita.moura@maravilha-saude.example"),
    ],
)
def test_a_domain_shortened_name_joins_the_written_application(
    mail, written: str, sender: str
) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Hospital Maravilha do Porto",
            role="Enfermeiro(a) de Urgência",
            sender="porto@ats.example",
            sent="2024-04-01",
        )
    )
    invite = correlator.correlate(
        mail(C.INTERVIEW, company=written, role=None, sender=sender, sent="2024-04-12")
    )
    assert invite.application is applied.application
    assert not invite.created
    assert invite.application is not None
    assert invite.application.company == "Hospital Maravilha do Porto"


def test_a_domain_shortened_name_joins_by_domain_when_the_mail_names_no_one(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="Clínica Serra Azul", sender="jobs@ats.example")
    )
    invite = correlator.correlate(
        mail(C.INTERVIEW, company=None, sender="ana.lopes@cserraazul.example", sent="2024-03-09")
    )
    assert invite.application is applied.application


def test_an_unrelated_short_name_stays_apart(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(mail(C.CONFIRMATION, company="Hospital Maravilha do Porto"))
    other = correlator.correlate(mail(C.CONFIRMATION, company="Hmb", sent="2024-03-04"))
    assert other.application is not applied.application


def test_the_written_name_replaces_the_domains() -> None:
    assert (
        better_display_name("Hmaravilha", "Hospital Maravilha do Porto")
        == "Hospital Maravilha do Porto"
    )
    assert better_display_name("Hospital Maravilha do Porto", "Hmaravilha") == (
        "Hospital Maravilha do Porto"
    )


def test_a_name_run_together_with_a_word_more_joins(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="Residencia Vale Formoso", sender="jobs@ats.example")
    )
    invite = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Valeformoso Cuidados",
            sender="rh@valeformoso-cuidados.example",
            sent="2024-03-09",
        )
    )
    assert invite.application is applied.application
