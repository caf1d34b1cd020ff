"""CSV and JSON-lines export in the shape of DESIGN.md section 8."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime
from typing import IO, Any, Literal

import orjson
import sqlalchemy as sa

from jobtracker.sinks import schema as s
from jobtracker.sinks.store import Store

What = Literal["messages", "applications"]
Format = Literal["csv", "jsonl"]

MESSAGE_COLUMNS = (
    "message_id",
    "user_id",
    "application_id",
    "category",
    "company",
    "role",
    "status",
    "source",
    "confidence",
    "decided_by",
    "sent_at",
)
APPLICATION_COLUMNS = (
    "application_id",
    "user_id",
    "company",
    "role",
    "status",
    "source",
    "job_url",
    "applied_at",
    "last_activity_at",
    "message_count",
)


def _messages_query(user_id: str | None) -> sa.Select[Any]:
    """One row per message. A message linked to an application names that application's
    employer (the name the correlator settled on: "Sardinha Azul Conservas" rather than the
    "sardinhaazul" a recruiter's domain spells, or nothing for a reply that names nobody), and
    its role when the message itself names none."""
    m, c, a = s.messages, s.classifications, s.applications
    q = (
        sa.select(
            m.c.rfc_message_id.label("message_id"),
            m.c.user_id,
            c.c.application_id,
            c.c.category,
            sa.func.coalesce(a.c.company, c.c.company).label("company"),
            sa.func.coalesce(c.c.role, a.c.role).label("role"),
            c.c.status,
            c.c.source,
            c.c.confidence,
            c.c.decided_by,
            m.c.sent_at,
        )
        .select_from(
            m.join(c, c.c.message_uid == m.c.message_uid).outerjoin(
                a, a.c.application_id == c.c.application_id
            )
        )
        .order_by(m.c.user_id, m.c.sent_at, m.c.message_uid)
    )
    return q.where(m.c.user_id == user_id) if user_id else q


def _applications_query(user_id: str | None) -> sa.Select[Any]:
    a = s.applications
    q = sa.select(*(a.c[name] for name in APPLICATION_COLUMNS)).order_by(
        a.c.user_id, a.c.applied_at, a.c.application_id
    )
    return q.where(a.c.user_id == user_id) if user_id else q


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds") + "Z"
    if isinstance(value, float):
        return round(value, 4)
    return value


def iter_rows(store: Store, what: What, user_id: str | None = None) -> Iterator[dict[str, Any]]:
    query = _messages_query(user_id) if what == "messages" else _applications_query(user_id)
    with store.engine.connect() as conn:
        result = conn.execution_options(stream_results=True).execute(query)
        for partition in result.partitions(5000):
            for row in partition:
                yield {str(k): _cell(v) for k, v in row._asdict().items()}


def write_export(
    store: Store, out: IO[str], *, what: What, fmt: Format, user_id: str | None = None
) -> int:
    """Write the export to ``out``; returns the number of rows written."""
    columns = MESSAGE_COLUMNS if what == "messages" else APPLICATION_COLUMNS
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in iter_rows(store, what, user_id):
            writer.writerow(row)
            count += 1
    else:
        for row in iter_rows(store, what, user_id):
            out.write(orjson.dumps(row).decode())
            out.write("\n")
            count += 1
    return count
