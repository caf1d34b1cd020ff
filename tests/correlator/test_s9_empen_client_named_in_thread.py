"""A search firm names its client late, in a reply to its own pitch about "our client, a leading
insurer": the reply keeps the employer it names, for the pitch named none."""

from __future__ import annotations

from pathlib import Path

from jobtracker.classifiers.rules.scoring import AGENCY_UPDATE
from jobtracker.pipeline.contracts import ClassifiedMessage
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import Category as C

PITCH = "<pitch-7@kestrelsearch.example>"
FIRM = "mia@kestrelsearch.example"


def _guessed(item: ClassifiedMessage) -> ClassifiedMessage:
    found = item.classification.model_copy(update={"evidence": (AGENCY_UPDATE,), "confidence": 0.5})
    return ClassifiedMessage.model_construct(message=item.message, classification=found)


def test_the_client_named_in_a_reply_to_an_anonymous_pitch_is_kept(mail, tmp_path: Path) -> None:
    pitch = mail(C.OUTREACH, company=None, role="Director of Product", rfc_id=PITCH, sender=FIRM)
    reveal = _guessed(
        mail(
            C.CONFIRMATION, company="Castleford Mutual", in_reply_to=PITCH, sent="2024-03-04T08:00"
        )
    )
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))
    rows = list(stage.track_batch([pitch, reveal]).by_table["classifications"])
    assert rows[1]["company"] == "Castleford Mutual"


def test_a_pitch_that_named_its_client_keeps_that_name(mail, tmp_path: Path) -> None:
    pitch = mail(C.OUTREACH, company="Brindle", role="Payroll Lead", rfc_id=PITCH, sender=FIRM)
    nudge = _guessed(mail(C.CONFIRMATION, company=None, in_reply_to=PITCH, sent="2024-03-04T08:00"))
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))
    rows = list(stage.track_batch([pitch, nudge]).by_table["classifications"])
    assert rows[1]["company"] == "Brindle"
