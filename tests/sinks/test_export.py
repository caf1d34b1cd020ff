from __future__ import annotations

import csv
import io
from datetime import datetime

import orjson

from jobtracker.pipeline import rows
from jobtracker.pipeline.vocabulary import Category
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


def test_a_linked_message_names_its_applications_employer_and_role_when_it_has_none(
    store: Store,
) -> None:
    # The reply names nobody and the recruiter's domain only hints ("acmeio"): once linked,
    # the export names the application's employer, and its role where the mail names none.
    items = [classified(0), classified(1, company=None, role=None), classified(2, company="Acmeio")]
    TrackerWriter(store).write(batch_rows(items, company="Acme Industries"))
    buf = io.StringIO()
    export.write_export(store, buf, what="messages", fmt="csv")
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [r["company"] for r in rows] == ["Acme Industries"] * 3
    assert [r["role"] for r in rows] == ["Data Engineer"] * 3


def test_an_unlinked_message_keeps_its_own_employer(store: Store) -> None:
    item = classified(0, category=Category.ALERT, company="Globex", role=None)
    now = datetime(2026, 5, 1)
    TrackerWriter(store).write(
        {
            "messages": [rows.message_row(item.message, now)],
            "classifications": [rows.classification_row(item, None, 1.0)],
        }
    )
    buf = io.StringIO()
    export.write_export(store, buf, what="messages", fmt="csv")
    (row,) = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert (row["category"], row["company"], row["application_id"]) == ("alert", "Globex", "")
