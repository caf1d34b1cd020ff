"""An import (or a worker) collects garbage less often, and leaves the collector as it found it."""

from __future__ import annotations

import gc

from jobtracker.pipeline import warmup


def test_the_collector_is_tuned_during_an_import_and_restored_after() -> None:
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    with warmup.collecting_less():
        seen.append(gc.get_threshold())
        assert gc.get_freeze_count() > 0  # what existed before the import is left alone
    assert seen == [warmup._GC_THRESHOLDS]
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_the_collector_is_restored_when_an_import_fails() -> None:
    before = gc.get_threshold()
    try:
        with warmup.collecting_less():
            raise RuntimeError("the store went away")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
