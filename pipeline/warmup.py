"""Warming up: the rule data loaded once per process, and the correlator's per-user index
from what the store already holds."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from jobtracker.classifiers import Cascade
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


@lru_cache(maxsize=1)
def rules_classifier() -> Cascade:
    """The rules-only cascade of this process, its data (vendor registry, phrase banks,
    templates, gate) loaded and validated once: every inline import in the process uses it.
    Its only state is a memo of what senders are, which changes no answer."""
    return Cascade()


def warm_up() -> float:
    """Load the rule data now, at start-up, rather than inside the first import (about half a
    second); returns the seconds it took (0 when it was loaded already)."""
    started = time.perf_counter()
    rules_classifier()
    return time.perf_counter() - started
