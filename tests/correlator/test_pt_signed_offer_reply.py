"""A reply under an offer thread whose own words say the signed offer came back ("Recebi a
proposta assinada, bem-vinda!") tells the offer taken, not the offer again."""

from __future__ import annotations

from pathlib import Path

from jobtracker.pipeline.contracts import Classification, NormalizedMessage
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C


def _stage(tmp_path: Path, category: C, status: S | None) -> TrackStage:
    def reread(message: NormalizedMessage, employer: str) -> Classification:
        return Classification(category=category, status=status, confidence=0.9)

    return TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")), reread=reread)


def test_a_reply_acknowledging_the_signed_offer_is_accepted(mail, tmp_path: Path) -> None:
    reply = mail(C.OFFER, company="Farol Software", subject="RE: Proposta")
    decided = _stage(tmp_path, C.OFFER, S.ACCEPTED)._decided(reply)
    assert decided.classification.category is C.OFFER
    assert decided.classification.status is S.ACCEPTED


def test_a_reply_repeating_the_offer_keeps_its_status(mail, tmp_path: Path) -> None:
    reply = mail(C.OFFER, company="Farol Software", subject="RE: Proposta")
    decided = _stage(tmp_path, C.OFFER, S.OFFER)._decided(reply)
    assert decided.classification.status is reply.classification.status
