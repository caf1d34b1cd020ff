"""An agency's reply the rules could only guess about takes the category of its thread."""

from __future__ import annotations

from pathlib import Path

from jobtracker.classifiers.rules.scoring import AGENCY_UPDATE
from jobtracker.pipeline.contracts import ClassifiedMessage
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import Category as C

PITCH = "<pitch-1@tallowsearch.example>"


def _guessed(item: ClassifiedMessage, *evidence: str) -> ClassifiedMessage:
    found = item.classification.model_copy(update={"evidence": evidence, "confidence": 0.5})
    return ClassifiedMessage.model_construct(message=item.message, classification=found)


def _stage(tmp_path: Path) -> TrackStage:
    return TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))


def test_a_nudge_after_a_pitch_is_part_of_the_pitch(mail, tmp_path: Path) -> None:
    pitch = mail(C.OUTREACH, company="Brindle", role="Payroll Lead", rfc_id=PITCH)
    nudge = _guessed(
        mail(C.CONFIRMATION, company=None, in_reply_to=PITCH, sent="2024-03-04T08:00"),
        AGENCY_UPDATE,
    )
    rows = list(_stage(tmp_path).track_batch([pitch, nudge]).by_table["classifications"])
    assert [row["category"] for row in rows] == ["outreach", "outreach"]
    assert rows[1]["application_id"] == rows[0]["application_id"]


def test_a_reply_the_rules_placed_by_its_words_keeps_them(mail, tmp_path: Path) -> None:
    pitch = mail(C.OUTREACH, company="Brindle", role="Payroll Lead", rfc_id=PITCH)
    submitted = _guessed(
        mail(C.CONFIRMATION, company=None, in_reply_to=PITCH, sent="2024-03-04T08:00"),
        "I've submitted your CV to the client",
    )
    rows = list(_stage(tmp_path).track_batch([pitch, submitted]).by_table["classifications"])
    assert [row["category"] for row in rows] == ["outreach", "confirmation"]
