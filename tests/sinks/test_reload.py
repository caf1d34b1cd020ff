"""What the correlator knew about an application comes back when it is reloaded from the store."""

from __future__ import annotations

from pathlib import Path

from jobtracker.correlator.status import fold_status
from jobtracker.pipeline.contracts import Address
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category
from jobtracker.pipeline.warmup import store_loader
from jobtracker.sinks.store import Store
from jobtracker.sinks.writer import TrackerWriter
from tests.sinks.factories import classified


def test_reply_to_addresses_survive_a_reload(store: Store, tmp_path: Path) -> None:
    item = classified(0)
    person = (Address(name="Ann Lee", address="Ann.Lee@Acme.example"),)
    item = item.model_copy(update={"message": item.message.model_copy(update={"reply_to": person})})
    plain = classified(1)
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))
    TrackerWriter(store).write(stage.track_batch([item, plain]).by_table)
    (app,) = store_loader(store)("me")
    by_id = {m.key.provider_message_id: m for m in app.messages}
    assert by_id["pm0"].reply_to == ("ann.lee@acme.example",)
    assert by_id["pm1"].reply_to == ()
    assert by_id["pm0"].sender == "jobs@acme.example"


def test_an_acceptance_read_from_a_signed_envelope_survives_a_reload(
    store: Store, tmp_path: Path
) -> None:
    applied = classified(0)
    offer = classified(1, category=Category.OFFER)
    signed = classified(2, category=Category.OFFER)
    docusign = Address(name="Acme via DocuSign", address="dse@docusign.net", domain="docusign.net")
    signed = signed.model_copy(
        update={
            "message": signed.message.model_copy(
                update={"from_": docusign, "subject": "Completed: Acme Offer Letter"}
            )
        }
    )
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))
    TrackerWriter(store).write(stage.track_batch([applied, offer, signed]).by_table)
    (live,) = stage.correlator.applications("me")
    assert live.status is ApplicationStatus.ACCEPTED
    (reloaded,) = store_loader(store)("me")
    assert fold_status(reloaded)[0] is ApplicationStatus.ACCEPTED
