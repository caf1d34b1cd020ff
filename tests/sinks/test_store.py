from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from jobtracker.pipeline.errors import StoreLocked
from jobtracker.sinks import queries, schema
from jobtracker.sinks.store import Store
from jobtracker.sinks.writer import Checkpoint, TrackerWriter
from tests.conftest import duckdb_held_by_another_process
from tests.sinks.factories import batch_rows, classified


def _count(store: Store, table: sa.Table) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def test_writing_a_batch_twice_changes_nothing(store: Store) -> None:
    rows = batch_rows([classified(n) for n in range(3)])
    writer = TrackerWriter(store)
    writer.write(rows)
    before = {t: _count(store, schema.metadata.tables[t]) for t in rows}
    writer.write(rows)
    after = {t: _count(store, schema.metadata.tables[t]) for t in rows}
    assert (
        before
        == after
        == {
            "messages": 3,
            "classifications": 3,
            "applications": 1,
            "application_events": 3,
        }
    )


def test_application_snapshot_is_replaced_on_update(store: Store) -> None:
    writer = TrackerWriter(store)
    rows = batch_rows([classified(0)])
    writer.write(rows)
    rows["applications"][0] = {**rows["applications"][0], "status": "rejected", "message_count": 2}
    writer.write(rows)
    (app,) = queries.user_applications(store, "me")
    assert (app["status"], app["message_count"]) == ("rejected", 2)


def test_duplicate_keys_within_one_batch_are_collapsed(store: Store) -> None:
    rows = batch_rows([classified(0)])
    rows["messages"] = rows["messages"] * 2
    TrackerWriter(store).write(rows)
    assert _count(store, schema.messages) == 1


def test_checkpoint_is_written_with_the_batch(store: Store) -> None:
    cp = Checkpoint(
        user_id="me",
        mailbox_id="mbx",
        provider="file",
        location="/x.mbox",
        token="4096",
        messages_read=3,
    )
    TrackerWriter(store).write(batch_rows([classified(0)]), cp)
    state = queries.sync_state(store, "mbx")
    assert state is not None
    assert (state["checkpoint"], state["messages_read"], state["completed"]) == ("4096", 3, False)


def test_existing_finds_only_stored_keys(store: Store) -> None:
    TrackerWriter(store).write(batch_rows([classified(0)]))
    uid = batch_rows([classified(0)])["messages"][0]["message_uid"]
    assert store.existing(schema.messages, "message_uid", [uid, "nope"]) == {uid}


def test_a_database_locked_by_another_process_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.duckdb"
    with (
        duckdb_held_by_another_process(path),
        pytest.raises(StoreLocked, match="in use by another jobtracker process"),
    ):
        Store(str(path))


def test_queries_are_scoped_by_user(store: Store) -> None:
    TrackerWriter(store).write(batch_rows([classified(0, user="alice")], user="alice"))
    assert queries.user_applications(store, "bob") == []
    (app,) = queries.user_applications(store, "alice")
    assert queries.get_application(store, "bob", app["application_id"]) is None
    found = queries.get_application(store, "alice", app["application_id"])
    assert found is not None and [e["kind"] for e in found["timeline"]] == ["message_linked"]
