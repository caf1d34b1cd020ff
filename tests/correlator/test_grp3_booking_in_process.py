"""Booking notices laid out in blocks, and read as mail of the process their host is in."""

from __future__ import annotations

from pathlib import Path

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.scheduling import hosts_named
from jobtracker.pipeline.contracts import Classification, NormalizedMessage
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import Category as C

_BLOCKS = (
    "Hi Noor Haddad,\n\nA new event has been scheduled.\n\nEvent Type:\n15 min call\n\n"
    "Invitee:\nNoor Haddad\n\nHost:\nPiet Claes, Talent Team, Larkspur Freight\n\n"
    "Need to make changes to this event?\n"
)
_EVENT_LINE = (
    "Bonjour Noor Haddad,\n\nVotre rendez-vous est programmé.\n\n"
    "Événement : 20 min avec Piet (Larkspur Freight)\nDate : jeudi 4 avril 2024, 10:00\n"
)


def test_a_host_label_alone_on_its_line_names_the_host_on_the_next() -> None:
    assert hosts_named("notifications@calendly.com", "Calendly", "New Event", _BLOCKS) == (
        "Piet Claes, Talent Team, Larkspur Freight",
    )


def test_an_event_title_line_names_the_host_and_the_employer() -> None:
    found = hosts_named("notifications@calendly.com", "Calendly", "Nouvel événement", _EVENT_LINE)
    assert found == ("20 min avec Piet (Larkspur Freight)",)


def _stage(tmp_path: Path, category: C) -> TrackStage:
    def reread(message: NormalizedMessage, employer: str) -> Classification:
        return Classification(category=category, confidence=0.6)

    return TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")), reread=reread)


def test_a_booking_notice_of_an_open_process_is_its_interview_mail(mail, tmp_path: Path) -> None:
    for first_reading, second_reading in (
        (C.NOT_JOB, C.NOT_JOB),  # no words of a stage at all
        (C.OUTREACH, C.OUTREACH),  # "Why are you interested in this role?" read as a pitch
    ):
        stage = _stage(tmp_path, second_reading)
        applied = mail(
            C.CONFIRMATION,
            company="Larkspur Freight",
            role="Dispatcher",
            sender="jobs@larkspur.example",
            sent="2024-04-01T09:00",
        )
        notice = mail(
            first_reading,
            company=None,
            sender="notifications@calendly.com",
            subject="Nouvel événement : Noor Haddad - 20 min avec Piet",
            text=_EVENT_LINE,
            sent="2024-04-02T09:00",
        )
        rows = stage.track_batch([applied, notice]).by_table["classifications"]
        got = [(r["category"], r["company"], r["application_id"]) for r in rows]
        assert got[1][:2] == ("interview", "Larkspur Freight")
        assert got[1][2] == got[0][2]


def test_a_booking_notice_with_a_stranger_or_a_persons_pitch_stays_as_read(
    mail, tmp_path: Path
) -> None:
    stage = _stage(tmp_path, C.NOT_JOB)
    applied = mail(C.CONFIRMATION, company="Larkspur Freight", sent="2024-04-01T09:00")
    stranger = mail(
        C.NOT_JOB,
        company=None,
        sender="notifications@calendly.com",
        subject="New Event",
        text=_BLOCKS.replace("Larkspur Freight", "Quarry Dental").replace("Piet Claes", "Al Bo"),
        sent="2024-04-02T09:00",
    )
    pitch = mail(
        C.OUTREACH,
        company=None,
        sender="piet.claes@larkspur.example",
        subject="A role you may like",
        sent="2024-04-03T09:00",
    )
    rows = stage.track_batch([applied, stranger, pitch]).by_table["classifications"]
    assert [r["category"] for r in rows] == ["confirmation", "not_job", "outreach"]


def test_a_booking_notice_that_rereads_as_a_stage_keeps_it(mail) -> None:
    correlator = Correlator()
    correlator.correlate(
        mail(C.INTERVIEW, company="Larkspur Freight", sender="piet@larkspur.example")
    )
    notice = mail(
        C.OUTREACH,
        company=None,
        sender="notifications@calendly.com",
        subject="New Event",
        text=_BLOCKS,
        sent="2024-03-02T09:00",
    )
    app = correlator.in_process(notice)
    assert app is not None and app.company == "Larkspur Freight"


_FOUNDER = (
    "Hey Noor,\n\nloved your note on running dispatch - free for a quick call Thursday?\n\n"
    "Tomas\n--\nTomas Reyes\nCo-founder, Larkspur Freight\n"
)


def test_a_founder_writing_from_a_personal_address_signing_for_an_open_employer(mail) -> None:
    correlator = Correlator()
    correlator.correlate(
        mail(C.CONFIRMATION, company="Larkspur Freight", sender="team@board.example")
    )
    note = mail(
        C.NOT_JOB,
        company=None,
        sender="tomas.reyes@mailhost.example",
        subject="Your note",
        text=_FOUNDER,
        sent="2024-03-04",
    )
    app = correlator.in_process(note)
    assert app is not None and app.company == "Larkspur Freight"
    stranger = mail(
        C.NOT_JOB,
        company=None,
        sender="tomas.reyes@mailhost.example",
        subject="Your note",
        text=_FOUNDER.replace("Larkspur Freight", "Quarry Dental"),
        sent="2024-03-05",
    )
    assert correlator.in_process(stranger) is None


def test_a_pitch_from_someone_in_an_application_the_reader_made_is_its_call(
    mail, tmp_path: Path
) -> None:
    stage = _stage(tmp_path, C.OUTREACH)
    applied = mail(
        C.CONFIRMATION,
        company="Larkspur Freight",
        role="Dispatcher",
        sender="team@board.example",
        sent="2024-04-01T09:00",
    )
    note = mail(
        C.NOT_JOB,
        company=None,
        sender="tomas.reyes@mailhost.example",
        subject="Your note",
        text=_FOUNDER,
        sent="2024-04-02T09:00",
    )
    rows = stage.track_batch([applied, note]).by_table["classifications"]
    assert [(r["category"], r["application_id"]) for r in rows][1] == (
        "interview",
        rows[0]["application_id"],
    )


def test_a_writer_at_an_employer_with_two_open_applications_is_in_its_process(mail) -> None:
    correlator = Correlator()
    for role, sent in (("Dispatcher", "2024-03-01T09:00"), ("Fleet Analyst", "2024-03-01T10:00")):
        correlator.correlate(mail(C.CONFIRMATION, company="Larkspur Freight", role=role, sent=sent))
    correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Larkspur Freight",
            role="Dispatcher",
            sender="piet.claes@larkspur.example",
            sent="2024-03-03",
        )
    )
    note = mail(C.NOT_JOB, company=None, sender="piet.claes@larkspur.example", sent="2024-03-08")
    app = correlator.in_process(note)
    assert app is not None and (app.company, app.role) == ("Larkspur Freight", "Dispatcher")
    other = mail(C.NOT_JOB, company=None, sender="kim.vos@larkspur.example", sent="2024-03-08")
    found = correlator.in_process(other)  # a colleague: the employer, whichever role
    assert found is not None and found.company == "Larkspur Freight"
