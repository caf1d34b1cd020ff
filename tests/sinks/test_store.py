from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa

from jobtracker.pipeline.errors import StoreLocked
from jobtracker.sinks import queries, schema
from jobtracker.sinks.store import DuplicateKey, RowBlock, Store
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


def test_awkward_values_come_back_as_written(store: Store) -> None:
    row = {
        "dlq_id": "d1",
        "user_id": "me",
        "provider": "file",
        "provider_message_id": 'quote " comma , brace { tab \t newline \n backslash \\ NULL',
        "mailbox_id": None,
        "stage": "normalize",
        "error": "ünïcödé ✓ \u2028",
        "attempts": 3,
        "locator": "",
        "raw": b"\x00\xff\x80binary",
        "failed_at": datetime(2026, 1, 2, 3, 4, 5, 678901),
        "replayed_at": None,
    }
    store.upsert(schema.dlq, [row])
    with store.engine.connect() as conn:
        (back,) = conn.execute(sa.select(schema.dlq)).mappings().all()
    assert dict(back) == row


def test_a_large_batch_is_written_in_one_go(store: Store) -> None:
    rows = batch_rows([classified(n) for n in range(5000)])
    TrackerWriter(store).write(rows)
    assert _count(store, schema.messages) == 5000
    assert _count(store, schema.application_events) == 5000


def test_update_takes_the_new_row_and_ignore_keeps_the_old(store: Store) -> None:
    first = {"name": "k", "value": "one"}
    store.upsert(schema.schema_info, [first])
    store.upsert(schema.schema_info, [{"name": "k", "value": "two"}])
    with store.engine.connect() as conn:
        query = sa.select(schema.schema_info.c.value).where(schema.schema_info.c.name == "k")
        assert conn.execute(query).scalar_one() == "one"
    store.upsert(schema.schema_info, [{"name": "k", "value": "three"}], conflict="update")
    with store.engine.connect() as conn:
        assert conn.execute(query).scalar_one() == "three"


def test_a_rolled_back_batch_leaves_nothing_behind(store: Store) -> None:
    rows = batch_rows([classified(0)])
    with pytest.raises(RuntimeError), store.transaction() as conn:
        store.upsert(schema.messages, rows["messages"], conn=conn)
        raise RuntimeError("the worker died mid-batch")
    assert _count(store, schema.messages) == 0
    TrackerWriter(store).write(rows)  # the same connection is usable again
    assert _count(store, schema.messages) == 1


def test_duckdb_buffer_memory_is_bounded(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "m.duckdb"), duckdb_memory_mb=64)
    try:
        with store.engine.connect() as conn:
            limit = conn.execute(sa.text("SELECT current_setting('memory_limit')")).scalar()
    finally:
        store.close()
    assert limit is not None and str(limit).startswith(("61.0 MiB", "64.0 MiB", "64MB")), limit


def test_has_messages_tells_a_first_import(store: Store) -> None:
    assert not queries.has_messages(store, "u1")
    TrackerWriter(store).write(batch_rows([classified(0, user="u1")], user="u1"))
    assert queries.has_messages(store, "u1")
    assert not queries.has_messages(store, "u2")


def test_a_dead_letter_written_again_without_raw_bytes_keeps_them(store: Store) -> None:
    at = datetime(2024, 6, 3, 10, 0)
    letter = {
        "dlq_id": "d1",
        "user_id": "u1",
        "provider": "file",
        "provider_message_id": "p1",
        "mailbox_id": "mbx",
        "stage": "normalize",
        "error": "first failure",
        "attempts": 1,
        "locator": "mail.mbox@0",
        "raw": b"From: a\r\n\r\nbody",
        "failed_at": at,
        "replayed_at": None,
    }
    store.upsert(schema.dlq, [letter], conflict="update")
    store.upsert(schema.dlq, [letter | {"raw": None, "error": "again"}], conflict="update")
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(schema.dlq.c.raw, schema.dlq.c.error)).one()
    assert (bytes(row.raw), row.error) == (b"From: a\r\n\r\nbody", "again")
    store.upsert(schema.dlq, [letter | {"raw": b"new bytes"}], conflict="update")
    with store.engine.connect() as conn:
        assert bytes(conn.execute(sa.select(schema.dlq.c.raw)).scalar_one()) == b"new bytes"


def _rows(store: Store, table: sa.Table) -> list[dict[str, object]]:
    with store.engine.connect() as conn:
        query = sa.select(table).order_by(*table.primary_key.columns)
        return [dict(row) for row in conn.execute(query).mappings()]


def test_a_batch_repeating_stored_facts_keeps_them_and_adds_the_rest(store: Store) -> None:
    writer = TrackerWriter(store)
    writer.write(batch_rows([classified(0), classified(1)]))
    again = batch_rows([classified(1), classified(2)])  # message 1 is stored already
    again["messages"][0] = {**again["messages"][0], "subject": "rewritten"}
    again["applications"][0] = {**again["applications"][0], "message_count": 3}
    writer.write(again)
    subjects = sorted(
        (m["provider_message_id"], m["subject"]) for m in _rows(store, schema.messages)
    )
    assert subjects == [("pm0", "Message 0"), ("pm1", "Message 1"), ("pm2", "Message 2")]
    (app,) = queries.user_applications(store, "me")
    assert app["message_count"] == 3


def test_a_plain_insert_refuses_a_stored_key_and_leaves_it(store: Store) -> None:
    store.upsert(schema.schema_info, [{"name": "k", "value": "one"}])
    with pytest.raises(DuplicateKey, match="schema_info"), store.transaction() as conn:
        store.upsert(schema.schema_info, [{"name": "k", "value": "two"}], conflict="new", conn=conn)
    store.upsert(schema.schema_info, [{"name": "j", "value": "new"}], conflict="new")
    stored = {r["name"]: r["value"] for r in _rows(store, schema.schema_info)}
    assert (stored["k"], stored["j"]) == ("one", "new")


def test_a_row_block_is_stored_as_its_rows_as_dicts_would_be(store: Store) -> None:
    (letter,) = _letters(1)
    columns = [c for c in reversed(letter) if c != "locator"]  # another order, one left out
    block = RowBlock(columns, [tuple(letter[c] for c in columns)])
    store.upsert(schema.dlq, block, conflict="update")
    assert _rows(store, schema.dlq) == [letter | {"locator": None}]


def test_replace_updates_only_a_row_that_is_there(store: Store) -> None:
    letter, other = _letters(2)
    with store.transaction() as conn:
        assert not store.replace(schema.dlq, letter, conn=conn)
    assert _rows(store, schema.dlq) == []
    store.upsert(schema.dlq, [letter, other])
    with store.transaction() as conn:
        # like upsert(conflict="update"): raw bytes are kept when the new row has none
        assert store.replace(schema.dlq, letter | {"error": "again", "raw": None}, conn=conn)
    assert _rows(store, schema.dlq) == [letter | {"error": "again"}, other]


def test_checkpoints_keep_one_user_and_mailbox_row_and_the_latest_state(store: Store) -> None:
    def checkpoint(token: str, read: int, *, completed: bool = False) -> Checkpoint:
        return Checkpoint(
            user_id="me",
            mailbox_id="mbx",
            provider="file",
            location="/x.mbox",
            token=token,
            messages_read=read,
            completed=completed,
        )

    writer = TrackerWriter(store)
    writer.write(batch_rows([classified(0)]), checkpoint("10", 1))
    writer.write(batch_rows([classified(1)]), checkpoint("20", 2))
    TrackerWriter(store).write({}, checkpoint("20", 2, completed=True))
    assert [r["user_id"] for r in _rows(store, schema.users)] == ["me"]
    assert [r["location"] for r in _rows(store, schema.mailboxes)] == ["/x.mbox"]
    state = queries.sync_state(store, "mbx")
    assert state is not None
    assert (state["checkpoint"], state["messages_read"], state["completed"]) == ("20", 2, True)


def _letters(count: int) -> list[dict[str, object]]:
    return [
        {
            "dlq_id": f"d{n}",
            "user_id": "u1",
            "provider": "file",
            "provider_message_id": f"p{n}",
            "mailbox_id": "mbx",
            "stage": "normalize",
            "error": "unreadable",
            "attempts": 1,
            "locator": f"mail.mbox@{n}",
            "raw": b"From: a\r\n\r\nbody",
            "failed_at": datetime(2024, 6, 3, 10, n),
            "replayed_at": None,
        }
        for n in range(count)
    ]


def test_a_time_with_a_zone_is_stored_as_its_utc_time(tmp_path: Path) -> None:
    # Rows carry naive UTC times; one that arrives with its zone must not be stored as local.
    store = Store(str(tmp_path / "zones.duckdb"))
    paris = timezone(timedelta(hours=2))
    letter = {
        "dlq_id": "d1",
        "user_id": "u1",
        "provider": "file",
        "provider_message_id": "p1",
        "stage": "normalize",
        "error": "x",
        "attempts": 1,
        "locator": "mail.mbox@0",
        "failed_at": datetime(2024, 6, 3, 10, 0, 0, 250, tzinfo=paris),
        "replayed_at": datetime(1969, 12, 31, 23, 59, 59),  # before the epoch
    }
    store.upsert(schema.dlq, [letter])
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(schema.dlq.c.failed_at, schema.dlq.c.replayed_at)).one()
    store.close()
    assert tuple(row) == (datetime(2024, 6, 3, 8, 0, 0, 250), datetime(1969, 12, 31, 23, 59, 59))


def test_the_store_does_not_load_pyarrow() -> None:
    # pyarrow costs a process 25 MB; the DuckDB writes build Arrow batches with nanoarrow.
    probe = "import sys, jobtracker.sinks.store; print('pyarrow' in sys.modules)"
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert shown.stdout.strip() == "False"


def test_text_utf8_cannot_hold_is_stored_escaped(store: Store) -> None:
    # A path from a file system in another encoding holds surrogate escapes of its bytes.
    letter = {
        "dlq_id": "d1",
        "user_id": "u1",
        "provider": "file",
        "provider_message_id": "p1",
        "stage": "normalize",
        "error": "lone \ud800 surrogate",
        "attempts": 1,
        "locator": "/mail/Bewerbungen-\udcff.mbox@0",
        "failed_at": datetime(2024, 6, 3, 10, 0),
    }
    store.upsert(schema.dlq, [letter])
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(schema.dlq.c.locator, schema.dlq.c.error)).one()
    assert tuple(row) == ("/mail/Bewerbungen-\\xff.mbox@0", "lone \ufffd surrogate")
