"""A person taking part in an open application: their plain mail is read again in context."""

from __future__ import annotations

from pathlib import Path

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.contracts import Classification, NormalizedMessage
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import Category as C


def _applied(mail, correlator: Correlator) -> None:
    correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Tidewell Analytics",
            role="Data Scientist",
            sender="mira.holt@tidewell.example",
            sent="2024-03-01T09:00",
        )
    )


def test_a_known_writer_of_an_open_application_is_in_its_process(mail) -> None:
    correlator = Correlator()
    _applied(mail, correlator)
    note = mail(C.NOT_JOB, company=None, sender="mira.holt@tidewell.example", sent="2024-03-08")
    app = correlator.in_process(note)
    assert app is not None and app.company == "Tidewell Analytics"


def test_a_colleague_at_the_employers_domain_is_in_its_process(mail) -> None:
    correlator = Correlator()
    _applied(mail, correlator)
    note = mail(C.NOT_JOB, company=None, sender="sam.ortiz@tidewell.example", sent="2024-03-09")
    app = correlator.in_process(note)
    assert app is not None and app.company == "Tidewell Analytics"


def test_strangers_shared_mailboxes_and_bulk_mail_are_not(mail) -> None:
    correlator = Correlator()
    _applied(mail, correlator)
    stranger = mail(C.NOT_JOB, company=None, sender="kim@elsewhere.example", sent="2024-03-08")
    shared = mail(C.NOT_JOB, company=None, sender="noreply@tidewell.example", sent="2024-03-08")
    assert correlator.in_process(stranger) is None
    assert correlator.in_process(shared) is None


def test_a_closed_or_long_quiet_application_has_no_process_to_be_in(mail) -> None:
    correlator = Correlator(new_application_gap_days=30)
    _applied(mail, correlator)
    late = mail(C.NOT_JOB, company=None, sender="mira.holt@tidewell.example", sent="2024-06-01")
    assert correlator.in_process(late) is None
    correlator.correlate(
        mail(C.REJECTION, company="Tidewell Analytics", role="Data Scientist", sent="2024-03-10")
    )
    after = mail(C.NOT_JOB, company=None, sender="mira.holt@tidewell.example", sent="2024-03-12")
    assert correlator.in_process(after) is None


def test_the_track_stage_keeps_the_second_reading_only_when_it_names_a_stage(
    mail, tmp_path: Path
) -> None:
    asked: list[str] = []

    def reread(message: NormalizedMessage, employer: str) -> Classification:
        asked.append(employer)
        category = C.OFFER if "offer" in message.text else C.NOT_JOB
        return Classification(category=category, confidence=0.8)

    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")), reread=reread)
    first = mail(
        C.INTERVIEW,
        company="Tidewell Analytics",
        role="Data Scientist",
        sender="mira.holt@tidewell.example",
        sent="2024-03-01T09:00",
    )
    lunch = mail(
        C.NOT_JOB,
        company=None,
        sender="mira.holt@tidewell.example",
        sent="2024-03-05",
        text="lunch?",
    )
    offer = mail(
        C.NOT_JOB,
        company=None,
        sender="mira.holt@tidewell.example",
        sent="2024-03-20",
        text="we'd like to make you an offer",
    )
    block = stage.track_batch([first, lunch, offer]).by_table["classifications"]
    got = [(row["category"], row["application_id"] is not None) for row in block]
    assert got == [("interview", True), ("not_job", False), ("offer", True)]
    assert asked == ["Tidewell Analytics", "Tidewell Analytics"]


def test_a_redelivered_message_is_read_as_it_was_the_first_time(mail) -> None:
    correlator = Correlator()
    _applied(mail, correlator)
    note = mail(
        C.NOT_JOB,
        company=None,
        sender="mira.holt@tidewell.example",
        sent="2024-03-08",
        message_id="note-1",
    )
    app = correlator.in_process(note)
    assert app is not None
    rejection = mail(
        C.REJECTION,
        company="Tidewell Analytics",
        role="Data Scientist",
        sent="2024-03-08",
        message_id="note-1",
    )
    correlator.correlate(rejection)  # the second reading named a rejection: now closed
    assert app.status.value == "rejected"
    assert correlator.in_process(note) is app  # the same message again: the same answer
