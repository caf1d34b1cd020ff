"""Warming the correlator's per-user index from what the store already holds."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from jobtracker.correlator.state import Application
from jobtracker.pipeline.rows import application_from_rows
from jobtracker.sinks import queries
from jobtracker.sinks.store import Store


def store_loader(store: Store) -> Callable[[str], list[Application]]:
    def load(user_id: str) -> list[Application]:
        linked: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in queries.linked_messages(store, user_id):
            linked[row["application_id"]].append(row)
        return [
            application_from_rows(app, linked.get(app["application_id"], []))
            for app in queries.user_applications(store, user_id)
        ]

    return load
