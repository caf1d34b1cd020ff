"""The track stage's memory: a correlator that records its events and forgets users on demand,
and the stored events of messages a crashed run wrote but never announced."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC

import orjson
import sqlalchemy as sa

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.state import Application, Correlation
from jobtracker.pipeline.contracts import ClassifiedMessage, MessageKey, TrackerEvent
from jobtracker.pipeline.vocabulary import EventKind
from jobtracker.sinks import schema
from jobtracker.sinks.store import Store


class RecordingCorrelator(Correlator):
    """The correlator, plus the events of the current batch and a way to drop users."""

    def __init__(
        self,
        *,
        new_application_gap_days: int = 120,
        load_user: Callable[[str], Iterable[Application]] | None = None,
    ) -> None:
        super().__init__(new_application_gap_days=new_application_gap_days, load_user=load_user)
        self.recorded: list[TrackerEvent] = []

    def correlate(self, item: ClassifiedMessage) -> Correlation:
        correlation = super().correlate(item)
        self.recorded.extend(correlation.events)
        return correlation

    def forget(self, user_ids: Iterable[str]) -> None:
        for user_id in user_ids:
            self._users.pop(user_id, None)

    def forget_all(self) -> None:
        self._users.clear()


def stored_events(store: Store, message_uids: Sequence[str]) -> list[TrackerEvent]:
    """The tracker events the store holds for these messages, in the order they happened."""
    if not message_uids:
        return []
    e, m = schema.application_events, schema.messages
    query = (
        sa.select(e, m.c.provider, m.c.provider_message_id)
        .select_from(e.join(m, m.c.message_uid == e.c.message_uid))
        .where(e.c.message_uid.in_(list(message_uids)))
        .order_by(e.c.event_at, e.c.event_id)
    )
    with store.engine.connect() as conn:
        found = conn.execute(query).mappings().all()
    return [
        TrackerEvent(
            event_id=row["event_id"],
            user_id=row["user_id"],
            application_id=row["application_id"],
            kind=EventKind(row["kind"]),
            at=row["event_at"].replace(tzinfo=UTC),
            message_key=MessageKey(
                user_id=row["user_id"],
                provider=row["provider"],
                provider_message_id=row["provider_message_id"],
            ),
            before=orjson.loads(row["before_state"] or "{}"),
            after=orjson.loads(row["after_state"] or "{}"),
        )
        for row in found
    ]
