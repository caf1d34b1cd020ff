"""An employer written with its initials in one mail and in full in another is one."""

from __future__ import annotations

from jobtracker.correlator.acronyms import initials_of, spelled_out, spells_initials
from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import Category as C

_SIGNED = "Le informamos de su admisión.\n\nInstituto Regional de Salud del Tormes\n"


def test_the_text_spells_out_the_acronym_tied_by_the_domain() -> None:
    assert (
        spelled_out("Oficina virtual IRST", _SIGNED, "avisos@saludtormes.example")
        == "Instituto Regional de Salud del Tormes"
    )


def test_no_spelling_without_the_domain_tie_or_the_matching_initials() -> None:
    assert spelled_out("Oficina virtual IRST", _SIGNED, "avisos@mailer.example") is None
    assert spelled_out("Oficina virtual IRX", _SIGNED, "avisos@saludtormes.example") is None
    assert spelled_out("Tormes Salud", _SIGNED, "avisos@saludtormes.example") is None


def test_initials_skip_joining_words() -> None:
    assert initials_of("instituto regional de salud del tormes") == "irst"
    assert spells_initials("oficina virtual irst", "instituto regional de salud del tormes")
    assert not spells_initials("oficina virtual", "instituto regional de salud del tormes")


def test_acronym_and_full_name_from_one_mailbox_are_one_application(mail) -> None:
    correlator = Correlator()
    sender = "avisos@saludtormes.example"
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Oficina virtual IRST", sender=sender, text=_SIGNED)
    )
    second = correlator.correlate(
        mail(C.ASSESSMENT, company="Oficina virtual IRST", sender=sender, sent="2024-04-02")
    )
    assert first.application is not None and second.application is first.application
    assert first.application.company == "Instituto Regional de Salud del Tormes"


def test_a_full_name_after_the_acronym_joins_the_same_application(mail) -> None:
    correlator = Correlator()
    sender = "avisos@saludtormes.example"
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Oficina virtual IRST", sender=sender)
    )
    second = correlator.correlate(
        mail(
            C.ASSESSMENT,
            company="Oficina virtual IRST",
            sender=sender,
            text=_SIGNED,
            sent="2024-04-02",
        )
    )
    assert first.application is not None and second.application is first.application
