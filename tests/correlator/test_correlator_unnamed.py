"""A person acknowledging an application without naming the employer."""

from __future__ import annotations

from jobtracker.correlator.matcher import NO_EMPLOYER, Correlator
from jobtracker.correlator.people import named_person
from jobtracker.pipeline.vocabulary import ApplicationStatus, Source
from jobtracker.pipeline.vocabulary import Category as C

_RECRUITER = "maya.okafor@talentbridge.example"


def test_an_address_in_name_parts_reads_as_a_person() -> None:
    assert named_person("maya.okafor@talentbridge.example")
    assert named_person("p.lindqvist@provider.example")
    assert not named_person("applyconfirm@board.example")
    assert not named_person("no-reply@board.example")
    assert not named_person(None)


def test_the_recruiters_later_mail_names_the_employer_of_the_cv_she_acknowledged(mail) -> None:
    correlator = Correlator()
    got_cv = correlator.correlate(
        mail(C.CONFIRMATION, company=None, role="Data Analyst", sender=_RECRUITER)
    )
    assert got_cv.created and got_cv.review_reason == NO_EMPLOYER
    invite = correlator.correlate(
        mail(C.INTERVIEW, company="Quarry Lane Foods", sent="2024-03-08", sender=_RECRUITER)
    )
    assert invite.application is got_cv.application
    assert invite.application is not None
    assert invite.application.company == "Quarry Lane Foods"
    # named now: mail naming the employer finds it as any other
    rejection = correlator.correlate(
        mail(C.REJECTION, company="Quarry Lane Foods", sent="2024-03-20", sender="x@qlf.example")
    )
    assert rejection.application is got_cv.application
    assert rejection.application.status is ApplicationStatus.REJECTED


def test_a_thread_with_a_person_that_never_names_the_employer_stays_one_application(
    mail,
) -> None:
    correlator = Correlator()
    writer = "tomas.ferreira@mail.example"
    first = correlator.correlate(mail(C.CONFIRMATION, company=None, sender=writer))
    invite = correlator.correlate(mail(C.INTERVIEW, company=None, sent="2024-03-05", sender=writer))
    assert invite.application is first.application
    assert invite.review_reason == NO_EMPLOYER


def test_another_cv_acknowledged_by_the_same_recruiter_is_another_application(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company=None, role="Data Analyst", sender=_RECRUITER)
    )
    second = correlator.correlate(
        mail(
            C.CONFIRMATION, company=None, role="BI Developer", sender=_RECRUITER, sent="2024-04-01"
        )
    )
    assert second.created and second.application is not first.application


def test_a_hiring_manager_inviting_from_a_private_address_keeps_one_thread(mail) -> None:
    correlator = Correlator()
    writer = "dana.whitfield@mail.example"
    invite = correlator.correlate(
        mail(C.INTERVIEW, company=None, role="UX Researcher", sender=writer)
    )
    assert invite.created and invite.review_reason == NO_EMPLOYER
    offer = correlator.correlate(
        mail(C.OFFER, company="Harbor Oak Labs", sent="2024-03-15", sender=writer)
    )
    assert offer.application is invite.application
    assert offer.application is not None and offer.application.company == "Harbor Oak Labs"


def test_a_test_platforms_reminder_without_an_employer_starts_nothing(mail) -> None:
    correlator = Correlator()
    reminder = correlator.correlate(
        mail(C.ASSESSMENT, company=None, sender="no-reply@tests.example")
    )
    assert reminder.application is None


def test_a_one_word_address_writing_directly_counts_as_a_person(mail) -> None:
    correlator = Correlator()
    writer = "wei@smallfirm.example"
    got_cv = correlator.correlate(
        mail(C.CONFIRMATION, company=None, role="Account Manager", sender=writer)
    )
    assert got_cv.created
    rejection = correlator.correlate(
        mail(C.REJECTION, company="Lin & Sato", sent="2024-03-09", sender=writer)
    )
    assert rejection.application is got_cv.application


def test_a_one_word_mailbox_of_a_job_board_or_a_service_is_no_person(mail) -> None:
    correlator = Correlator()
    signing = correlator.correlate(
        mail(C.OFFER, company=None, sender="quicksign@quicksign.example")
    )
    assert signing.application is None
    result = correlator.correlate(
        mail(
            C.CONFIRMATION, company=None, sender="applyconfirm@board.example", source=Source.INDEED
        )
    )
    assert result.application is None


def test_a_boards_acknowledgement_naming_only_the_role_is_named_by_the_employers_mail(
    mail,
) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company=None,
            role="Técnico de Mantenimiento",
            sender="noreply@board.example",
            source=Source.INDEED,
        )
    )
    assert applied.created and applied.review_reason == NO_EMPLOYER
    read = correlator.correlate(
        mail(
            C.REJECTION,
            company="Eólica del Sur",
            role="Técnico Mantenimiento",
            sent="2024-03-12",
            sender="rrhh@eolicasur.example",
        )
    )
    assert read.application is applied.application
    assert read.application is not None and read.application.company == "Eólica del Sur"


def test_an_employers_mail_for_another_role_leaves_the_boards_acknowledgement_alone(
    mail,
) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company=None, role="Soldador", sender="noreply@board.example")
    )
    other = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Eólica del Sur",
            role="Electricista",
            sent="2024-03-12",
            sender="rrhh@eolicasur.example",
        )
    )
    assert other.created and other.application is not applied.application
