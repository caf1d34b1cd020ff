"""The reader's own mail speaks for the employer it is sent to, never for the last employer the
reader wrote to; and the reader's no written under an offer declines that offer."""

from __future__ import annotations

from pathlib import Path

from jobtracker.pipeline.contracts import Address, ClassifiedMessage
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C

ME = "sam.reader88@mail.example"
OFFER = "<offer-3@quarryfoods.example>"


def _to(item: ClassifiedMessage, *addresses: str) -> ClassifiedMessage:
    to = tuple(Address(address=a, domain=a.partition("@")[2]) for a in addresses)
    message = item.message.model_copy(update={"to": to})
    return ClassifiedMessage(message=message, classification=item.classification)


def _stage(tmp_path: Path) -> TrackStage:
    return TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))


def test_the_readers_new_mail_joins_the_employer_it_is_sent_to(mail, tmp_path: Path) -> None:
    stage = _stage(tmp_path)
    receipts = [
        _to(
            mail(C.CONFIRMATION, company=name, role="Store Manager", sender=f"jobs@{domain}"),
            ME,
        )
        for name, domain in (
            ("Fernhill Stores", "fernhillstores.example"),
            ("Quarry Foods", "quarryfoods.example"),
            ("Oakmere Hotels", "oakmerehotels.example"),
        )
    ]
    # the reader answered Quarry Foods once: their address wrote for that employer
    answer = mail(
        C.INTERVIEW,
        company="Quarry Foods",
        role="Store Manager",
        sender=ME,
        sent="2024-03-02T09:00",
        subject="Re: Interview",
    )
    withdrawal = _to(
        mail(
            C.CONFIRMATION,
            company=None,
            role=None,
            status=S.WITHDRAWN,
            sender=ME,
            sent="2024-03-05T09:00",
            subject="Withdrawing my application",
            text="Hello,\n\nPlease withdraw my application for the Store Manager role.\n\nSam",
        ),
        "careers@fernhillstores.example",
    )
    out = stage.track_batch([*receipts, answer, withdrawal])
    rows = out.by_table["classifications"]
    assert rows[-1]["application_id"] == rows[0]["application_id"]
    apps = {app.company: app for app in stage.correlator.applications("u1")}
    assert apps["Fernhill Stores"].status is S.WITHDRAWN
    assert apps["Quarry Foods"].status is S.INTERVIEWING


def test_the_readers_no_under_an_offer_declines_it(mail, tmp_path: Path) -> None:
    stage = _stage(tmp_path)
    offer = mail(C.OFFER, company="Quarry Foods", role="Team Lead", rfc_id=OFFER)
    reply = mail(
        C.CONFIRMATION,
        company=None,
        status=S.WITHDRAWN,
        in_reply_to=OFFER,
        sender=ME,
        sent="2024-03-09T10:00",
        subject="Re: Team lead offer",
        text="Hi Ruth,\n\nThank you so much for the offer. After a lot of thought I'm going to "
        "say no this time.\n\nSam",
    )
    out = stage.track_batch([offer, reply])
    assert out.by_table["classifications"][-1]["category"] == C.OFFER.value
    (app,) = stage.correlator.applications("u1")
    assert app.status is S.DECLINED
