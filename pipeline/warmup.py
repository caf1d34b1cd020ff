"""Warming up: the rule data loaded once per process, the garbage collector told to leave it
alone, and the correlator's per-user index from what the store already holds."""

from __future__ import annotations

import gc
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from jobtracker.classifiers import Cascade
from jobtracker.correlator.state import Application
from jobtracker.pipeline.rows import application_from_rows
from jobtracker.sinks import queries
from jobtracker.sinks.store import Store

# Allocations between young collections while importing or consuming (CPython's default is
# 700). An import makes few reference cycles, but the default makes the collector run every
# few messages, and the full collections walk the rule data each time: ~7 % of an import's
# time over 20,000 messages, ~1 % with the heap built before the import frozen and these
# thresholds.
_GC_THRESHOLDS = (50_000, 10, 10)


@contextmanager
def collecting_less() -> Iterator[None]:
    """Leaves the heap built so far (rule data, vendor registry) out of garbage collection,
    and collects less often, for the length of an import or a worker's run; both undone
    after it."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


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
