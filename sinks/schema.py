"""One SQLAlchemy schema for both engines (DuckDB embedded, PostgreSQL distributed).

Timestamps are stored as naive UTC (``TIMESTAMP`` without zone) so both engines read them the
same way; JSON-ish columns are text holding JSON, which both engines store and compare alike.
Primary keys are deterministic strings (see ``correlator.state.stable_id``), never sequences,
so an inline run and a Kafka run of one mailbox write identical rows.
"""

from __future__ import annotations

import sqlalchemy as sa

SCHEMA_VERSION = 1

metadata = sa.MetaData()

Text = sa.Text
Ts = sa.DateTime(timezone=False)


users = sa.Table(
    "users",
    metadata,
    sa.Column("user_id", Text, primary_key=True),
    sa.Column("created_at", Ts, nullable=False),
)

mailboxes = sa.Table(
    "mailboxes",
    metadata,
    sa.Column("mailbox_id", Text, primary_key=True),
    sa.Column("user_id", Text, nullable=False),
    sa.Column("provider", Text, nullable=False),
    sa.Column("location", Text, nullable=False),
    sa.Column("created_at", Ts, nullable=False),
)

sync_state = sa.Table(
    "sync_state",
    metadata,
    sa.Column("mailbox_id", Text, primary_key=True),
    sa.Column("user_id", Text, nullable=False),
    sa.Column("checkpoint", Text),
    sa.Column("messages_read", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("completed", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("updated_at", Ts, nullable=False),
)

messages = sa.Table(
    "messages",
    metadata,
    sa.Column("message_uid", Text, primary_key=True),
    sa.Column("user_id", Text, nullable=False),
    sa.Column("provider", Text, nullable=False),
    sa.Column("provider_message_id", Text, nullable=False),
    sa.Column("mailbox_id", Text, nullable=False),
    sa.Column("rfc_message_id", Text),
    sa.Column("thread_id", Text),
    sa.Column("from_name", Text),
    sa.Column("from_address", Text),
    sa.Column("from_domain", Text),
    sa.Column("subject", Text),
    sa.Column("sent_at", Ts),
    sa.Column("language", Text),
    sa.Column("body_hash", Text),
    sa.Column("size", sa.BigInteger),
    sa.Column("text", Text),
    sa.Column("links", Text),  # JSON list of {url, text}
    sa.Column("calendar", Text),  # JSON list of events
    sa.Column("stored_at", Ts, nullable=False),
    # JSON list of the Reply-To addresses, lower-cased: the person behind an ATS relay's From.
    # Last, because migration 2 adds it to older databases at the end.
    sa.Column("reply_to", Text),
)

classifications = sa.Table(
    "classifications",
    metadata,
    sa.Column("message_uid", Text, primary_key=True),
    sa.Column("user_id", Text, nullable=False),
    sa.Column("category", Text, nullable=False),
    sa.Column("company", Text),
    sa.Column("role", Text),
    sa.Column("status", Text),
    sa.Column("source", Text),
    sa.Column("job_url", Text),
    sa.Column("requisition_id", Text),
    sa.Column("event_time", Ts),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("evidence", Text),  # JSON list of quotes
    sa.Column("decided_by", Text, nullable=False),
    sa.Column("versions", Text),  # JSON object
    sa.Column("application_id", Text),
    sa.Column("link_confidence", sa.Float),
)

applications = sa.Table(
    "applications",
    metadata,
    sa.Column("application_id", Text, primary_key=True),
    sa.Column("user_id", Text, nullable=False),
    sa.Column("company", Text, nullable=False),
    sa.Column("company_key", Text, nullable=False),
    sa.Column("role", Text),
    sa.Column("status", Text, nullable=False),
    sa.Column("source", Text),
    sa.Column("job_url", Text),
    sa.Column("requisition_id", Text),
    sa.Column("applied_at", Ts),
    sa.Column("last_activity_at", Ts),
    sa.Column("message_count", sa.Integer, nullable=False),
    sa.Column("updated_at", Ts, nullable=False),
)

application_events = sa.Table(
    "application_events",
    metadata,
    sa.Column("event_id", Text, primary_key=True),
    sa.Column("user_id", Text, nullable=False),
    sa.Column("application_id", Text, nullable=False),
    sa.Column("kind", Text, nullable=False),
    sa.Column("event_at", Ts, nullable=False),
    sa.Column("message_uid", Text),
    sa.Column("before_state", Text),  # JSON
    sa.Column("after_state", Text),  # JSON
)

review_items = sa.Table(
    "review_items",
    metadata,
    sa.Column("review_id", Text, primary_key=True),
    sa.Column("user_id", Text, nullable=False),
    sa.Column("message_uid", Text, nullable=False),
    sa.Column("application_id", Text),
    sa.Column("reason", Text, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("created_at", Ts, nullable=False),
    sa.Column("resolved_at", Ts),
)

corrections = sa.Table(
    "corrections",
    metadata,
    sa.Column("correction_id", Text, primary_key=True),
    sa.Column("user_id", Text, nullable=False),
    sa.Column("message_uid", Text),
    sa.Column("application_id", Text),
    sa.Column("field", Text, nullable=False),
    sa.Column("value", Text),
    sa.Column("created_at", Ts, nullable=False),
)

llm_cache = sa.Table(
    "llm_cache",
    metadata,
    sa.Column("cache_key", Text, primary_key=True),  # body hash, prompt version, model
    sa.Column("response", Text, nullable=False),
    sa.Column("created_at", Ts, nullable=False),
)

dlq = sa.Table(
    "dlq",
    metadata,
    sa.Column("dlq_id", Text, primary_key=True),
    sa.Column("user_id", Text, nullable=False),
    sa.Column("provider", Text, nullable=False),
    sa.Column("provider_message_id", Text, nullable=False),
    sa.Column("mailbox_id", Text),
    sa.Column("stage", Text, nullable=False),
    sa.Column("error", Text, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("locator", Text),
    sa.Column("raw", sa.LargeBinary, info={"keep_when_null": True}),
    sa.Column("failed_at", Ts, nullable=False),
    sa.Column("replayed_at", Ts),
)

reminders = sa.Table(
    "reminders",
    metadata,
    sa.Column("reminder_id", Text, primary_key=True),
    sa.Column("user_id", Text, nullable=False),
    sa.Column("application_id", Text),
    sa.Column("kind", Text, nullable=False),
    sa.Column("due_at", Ts, nullable=False),
    sa.Column("done_at", Ts),
)

notifications = sa.Table(
    "notifications",
    metadata,
    sa.Column("notification_id", Text, primary_key=True),
    sa.Column("user_id", Text, nullable=False),
    sa.Column("reminder_id", Text),
    sa.Column("channel", Text, nullable=False),
    sa.Column("sent_at", Ts, nullable=False),
)

# Which consumer-group generation may write for a partition (pipeline/kafka/fencing.py).
stage_leases = sa.Table(
    "stage_leases",
    metadata,
    sa.Column("group_id", Text, primary_key=True),
    sa.Column("topic", Text, primary_key=True),
    sa.Column("partition", sa.Integer, primary_key=True),
    sa.Column("generation", sa.Integer, nullable=False),
    sa.Column("member_id", Text, nullable=False),
    sa.Column("taken_at", Ts, nullable=False),
)

schema_info = sa.Table(
    "schema_info",
    metadata,
    sa.Column("name", Text, primary_key=True),
    sa.Column("value", Text, nullable=False),
)

# Secondary indexes serve PostgreSQL's per-user queries. DuckDB answers those from its
# zone maps, and every extra ART index makes its batched inserts slower, so it gets none.
for _table, _column in (
    (messages, "user_id"),
    (classifications, "user_id"),
    (classifications, "application_id"),
    (applications, "user_id"),
    (application_events, "application_id"),
    (review_items, "user_id"),
    (dlq, "user_id"),
):
    sa.Index(f"ix_{_table.name}_{_column}", _table.c[_column]).ddl_if(dialect="postgresql")
