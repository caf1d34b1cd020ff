"""A person at the employer writes in an open process without naming a step ("Quick update",
"Checking in"): the mail is part of that process at the step it is at, sent for review."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobtracker.correlator.people import writes_as
from jobtracker.pipeline.contracts import Address, Classification, ClassifiedMessage
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import Category as C

_NOTE = "Hi Jane,\n\nsorry for the silence, a short note from our side.\n\nOwen"


@pytest.mark.parametrize(
    ("address", "name", "person"),
    [
        ("owen@quillmoor.example", "Owen Hart", True),
        ("rachel.kim@quillmoor.example", "Rachel Kim", True),
        ("fmoreau@quillmoor.example", "Florence Moreau", True),
        ("sofia.k@quillmoor.example", "Sofia Kallas (QM)", True),
        ("alerts@quillmoor.example", "Quillmoor Bank", False),
        ("fondation@quillmoor.example", "Quillmoor - Fondation", False),
        ("ana.ruiz@agency.example", "Ana Ruiz | Talent Partners", False),
        ("noreply@quillmoor.example", "Owen Hart", False),
        ("owen@quillmoor.example", "Owen", False),
    ],
)
def test_a_persons_address_spells_the_name_it_is_sent_under(
    address: str, name: str, person: bool
) -> None:
    assert writes_as(address, name) is person


def _stage(tmp_path: Path) -> TrackStage:
    def reread(message, employer: str) -> Classification:  # type: ignore[no-untyped-def]
        return Classification(category=C.NOT_JOB, confidence=0.8)  # the words name no step

    return TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")), reread=reread)


def _from(item: ClassifiedMessage, address: str, name: str, **update: object) -> ClassifiedMessage:
    sender = Address(address=address, name=name, domain=address.partition("@")[2])
    message = item.message.model_copy(update={"from_": sender, **update})
    return ClassifiedMessage(message=message, classification=item.classification)


def _track(tmp_path: Path, *items: ClassifiedMessage) -> list[dict[str, object]]:
    rows = _stage(tmp_path).track_batch(list(items)).by_table["classifications"]
    return [dict(row) for row in rows]


def test_a_note_from_someone_at_the_employer_joins_the_open_process(mail, tmp_path) -> None:
    applied = mail(
        C.CONFIRMATION, company="Quillmoor", role="Data Analyst", sent="2024-05-01T09:00"
    )
    invited = mail(C.INTERVIEW, company="Quillmoor", role="Data Analyst", sent="2024-05-06T09:00")
    note = _from(
        mail(C.NOT_JOB, company=None, subject="Quick update", text=_NOTE, sent="2024-05-20T09:00"),
        "owen@quillmoor.example",
        "Owen Hart",
    )
    first, second, third = _track(tmp_path, applied, invited, note)
    assert (third["category"], third["company"]) == ("interview", "Quillmoor")
    assert third["application_id"] == first["application_id"] == second["application_id"]
    assert third["confidence"] < Settings(db="x").review_threshold  # the reader confirms it


@pytest.mark.parametrize(
    ("address", "name", "why"),
    [
        ("owen.hart@gmail.com", "Owen Hart", "a mail provider's domain spells no employer"),
        ("owen@otherfirm.example", "Owen Hart", "another employer's domain"),
        ("fondation@quillmoor.example", "Quillmoor - Fondation", "a department's mailbox"),
    ],
)
def test_a_note_from_anyone_else_stays_no_job_mail(
    mail, tmp_path, address: str, name: str, why: str
) -> None:
    applied = mail(C.CONFIRMATION, company="Quillmoor", sent="2024-05-01T09:00")
    note = _from(
        mail(C.NOT_JOB, company=None, subject="Quick update", text=_NOTE, sent="2024-05-03T09:00"),
        address,
        name,
    )
    assert _track(tmp_path, applied, note)[1]["category"] == "not_job", why


def test_no_note_joins_after_an_offer_or_the_end(mail, tmp_path) -> None:
    for last in (C.OFFER, C.REJECTION):  # a first-day agenda; a note after the no
        applied = mail(C.CONFIRMATION, company="Quillmoor", sent="2024-05-01T09:00")
        step = mail(last, company="Quillmoor", sent="2024-05-10T09:00")
        note = _from(
            mail(C.NOT_JOB, company=None, subject="Agenda", text=_NOTE, sent="2024-05-20T09:00"),
            "owen@quillmoor.example",
            "Owen Hart",
        )
        assert _track(tmp_path, applied, step, note)[2]["category"] == "not_job", last


def test_an_auto_reply_or_mail_to_many_stays_no_job_mail(mail, tmp_path) -> None:
    many = tuple(Address(address=f"p{i}@x.example", domain="x.example") for i in range(5))
    for subject, update in (
        ("Automatic reply: Data Analyst", {}),
        ("Team lunch", {"to": many}),
    ):
        applied = mail(C.CONFIRMATION, company="Quillmoor", sent="2024-05-01T09:00")
        note = _from(
            mail(C.NOT_JOB, company=None, subject=subject, text=_NOTE, sent="2024-05-03T09:00"),
            "owen@quillmoor.example",
            "Owen Hart",
            **update,
        )
        assert _track(tmp_path, applied, note)[1]["category"] == "not_job", subject


def test_a_note_from_a_work_address_that_wrote_in_the_process_joins_it(mail, tmp_path) -> None:
    """A recruiter at a firm whose domain spells no employer (a search firm, a group's
    domain) who wrote in the process before: their plain note is part of it too."""
    recruiter = ("m.roe@harbour-search.example", "Mia Roe")
    applied = _from(
        mail(C.CONFIRMATION, company="Quillmoor", role="Data Analyst", sent="2024-05-01T09:00"),
        *recruiter,
    )
    note = _from(
        mail(C.NOT_JOB, company=None, subject="News", text=_NOTE, sent="2024-05-09T09:00"),
        *recruiter,
    )
    first, second = _track(tmp_path, applied, note)
    assert (second["category"], second["company"]) == ("confirmation", "Quillmoor")
    assert second["application_id"] == first["application_id"]


def test_a_friend_on_webmail_who_wrote_in_the_process_stays_a_friend(mail, tmp_path) -> None:
    friend = ("meera.shah@gmail.com", "Meera Shah")  # passed the reader's CV on once
    applied = _from(mail(C.CONFIRMATION, company="Quillmoor", sent="2024-05-01T09:00"), *friend)
    note = _from(
        mail(C.NOT_JOB, company=None, subject="housewarming", text=_NOTE, sent="2024-05-09T09:00"),
        *friend,
    )
    assert _track(tmp_path, applied, note)[1]["category"] == "not_job"
