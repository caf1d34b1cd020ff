"""Funnel, response rate, time to first answer and source breakdown: SQL for both engines."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from jobtracker.sinks import schema as s
from jobtracker.sinks.store import Store

_RESPONDED = ("assessment", "interviewing", "offer", "accepted", "declined", "rejected")
_REACHED_INTERVIEW = ("interviewing", "offer", "accepted", "declined")


def stats(store: Store, user_id: str) -> dict[str, Any]:
    a, m, c, r, d = s.applications, s.messages, s.classifications, s.review_items, s.dlq
    with store.engine.connect() as conn:
        by_status: dict[str, int] = dict(
            conn.execute(
                sa.select(a.c.status, sa.func.count())
                .where(a.c.user_id == user_id)
                .group_by(a.c.status)
            ).all()
        )
        by_source: dict[str, int] = {
            source or "unknown": n
            for source, n in conn.execute(
                sa.select(a.c.source, sa.func.count())
                .where(a.c.user_id == user_id)
                .group_by(a.c.source)
            ).all()
        }
        by_category: dict[str, int] = dict(
            conn.execute(
                sa.select(c.c.category, sa.func.count())
                .where(c.c.user_id == user_id)
                .group_by(c.c.category)
            ).all()
        )
        messages = conn.execute(
            sa.select(sa.func.count()).select_from(m).where(m.c.user_id == user_id)
        ).scalar_one()
        open_reviews = conn.execute(
            sa.select(sa.func.count())
            .select_from(r)
            .where(r.c.user_id == user_id, r.c.resolved_at.is_(None))
        ).scalar_one()
        dead = conn.execute(
            sa.select(sa.func.count()).select_from(d).where(d.c.user_id == user_id)
        ).scalar_one()
    total = sum(by_status.values())
    responded = sum(by_status.get(k, 0) for k in _RESPONDED)
    interviewed = sum(by_status.get(k, 0) for k in _REACHED_INTERVIEW)
    return {
        "applications": total,
        "messages": messages,
        "dead_letters": dead,
        "open_reviews": open_reviews,
        "by_status": by_status,
        "by_source": by_source,
        "by_category": by_category,
        "funnel": {
            "applied": total,
            "responded": responded,
            "interviewing_or_later": interviewed,
            "offers": by_status.get("offer", 0) + by_status.get("accepted", 0),
        },
        "response_rate": round(responded / total, 4) if total else 0.0,
    }
