from __future__ import annotations

import csv
import io

import orjson

from jobtracker.sinks import export
from jobtracker.sinks.store import Store
from jobtracker.sinks.writer import TrackerWriter
from tests.sinks.factories import batch_rows, classified


def test_messages_csv_has_the_contract_columns_and_rfc_message_ids(store: Store) -> None:
    TrackerWriter(store).write(batch_rows([classified(0), classified(1)]))
    buf = io.StringIO()
    count = export.write_export(store, buf, what="messages", fmt="csv")
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert count == 2
    assert tuple(rows[0]) == export.MESSAGE_COLUMNS
    assert [r["message_id"] for r in rows] == ["<m0@example.com>", "<m1@example.com>"]
    assert rows[0]["category"] == "confirmation" and rows[0]["sent_at"] == "2026-03-01T09:00:00Z"
    assert rows[0]["application_id"] == rows[1]["application_id"] != ""


def test_applications_jsonl(store: Store) -> None:
    TrackerWriter(store).write(batch_rows([classified(0), classified(1)]))
    buf = io.StringIO()
    export.write_export(store, buf, what="applications", fmt="jsonl")
    (line,) = buf.getvalue().splitlines()
    app = orjson.loads(line)
    assert tuple(app) == export.APPLICATION_COLUMNS
    assert (app["company"], app["status"], app["message_count"]) == ("Acme", "applied", 2)
    assert app["applied_at"] == "2026-03-01T09:00:00Z"


def test_export_can_be_limited_to_one_user(store: Store) -> None:
    writer = TrackerWriter(store)
    writer.write(batch_rows([classified(0, user="a")], user="a"))
    writer.write(batch_rows([classified(1, user="b")], user="b"))
    buf = io.StringIO()
    assert export.write_export(store, buf, what="applications", fmt="jsonl", user_id="b") == 1
    assert orjson.loads(buf.getvalue())["user_id"] == "b"
