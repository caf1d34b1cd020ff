"""Ctrl-C in the middle of an import, then the same command again: the result is as if
the import had never stopped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jobtracker.connectors.base import MailboxConnector, ReadItem
from jobtracker.pipeline.inline import ImportReport
from jobtracker.pipeline.samplegen import write_mbox
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.wiring import import_mailbox, open_source
from jobtracker.sinks import queries
from jobtracker.sinks.store import Store
from tests.pipeline.cli_helpers import dump


class InterruptedAfter:
    """A connector that behaves like a user pressing Ctrl-C after ``limit`` messages."""

    def __init__(self, inner: MailboxConnector, limit: int) -> None:
        self.inner = inner
        self.limit = limit
        self.mailbox_id = inner.mailbox_id
        self.provider = inner.provider
        self.progress_unit = inner.progress_unit

    def read(self, *, resume_from: str | None = None) -> Iterator[ReadItem]:
        for n, item in enumerate(self.inner.read(resume_from=resume_from)):
            if n == self.limit:
                raise KeyboardInterrupt
            yield item

    def estimated_total(self) -> int | None:
        return self.inner.estimated_total()


def _import(db: Path, mbox: Path, *, interrupt_after: int | None = None) -> ImportReport:
    settings = Settings(db=str(db), batch_size=50)
    store = Store(settings.db)
    try:
        connector = open_source(mbox, user_id="me")
        if interrupt_after is not None:
            connector = InterruptedAfter(connector, interrupt_after)  # type: ignore[assignment]
        return import_mailbox(settings, store, mbox, user_id="me", connector=connector)
    finally:
        store.close()


def test_an_interrupted_import_resumes_and_ends_identical(tmp_path: Path) -> None:
    mbox = tmp_path / "inbox.mbox"
    write_mbox(mbox, seed=5, count=400, user_id="me")
    clean, resumed = tmp_path / "clean.duckdb", tmp_path / "resumed.duckdb"
    _import(clean, mbox)

    first = _import(resumed, mbox, interrupt_after=230)
    assert first.interrupted is True
    store = Store(str(resumed))
    state = queries.sync_state(store, open_source(mbox, user_id="me").mailbox_id)
    store.close()
    assert state is not None and not state["completed"]
    assert 0 < state["messages_read"] <= 230  # only whole, stored batches are checkpointed

    second = _import(resumed, mbox)
    assert second.resumed_from == state["checkpoint"]
    assert second.read == 400 - state["messages_read"]
    assert dump(resumed) == dump(clean)


def test_an_interrupted_cli_import_exits_130_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from jobtracker.pipeline import wiring
    from tests.pipeline.cli_helpers import run_cli

    mbox = tmp_path / "mail.mbox"
    write_mbox(mbox, seed=5, count=120, user_id="me")
    real = wiring.open_source

    def interrupted(path: str | Path, *, user_id: str) -> MailboxConnector:
        return InterruptedAfter(real(path, user_id=user_id), 40)  # type: ignore[return-value]

    monkeypatch.setattr(wiring, "open_source", interrupted)
    run = run_cli(capsys, "--db", str(tmp_path / "t.duckdb"), "import", str(mbox), "--user", "me")
    assert run.code == 130, run.err


def test_the_writer_stores_several_batches_in_one_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jobtracker.pipeline import inline
    from jobtracker.sinks.writer import TrackerWriter

    mbox = tmp_path / "mail.mbox"
    write_mbox(mbox, seed=6, count=400, user_id="me")
    monkeypatch.setattr(inline, "_WRITE_WAIT_S", 30.0)  # gather everything there is
    writes: list[int] = []
    real_write = TrackerWriter.write

    def counting(self: TrackerWriter, rows: Any, checkpoint: Any = None) -> None:
        writes.append(len(rows.get("messages", [])))
        real_write(self, rows, checkpoint)

    monkeypatch.setattr(TrackerWriter, "write", counting)
    report = _import(tmp_path / "t.duckdb", mbox)  # batches of 50
    assert report.read == report.stored == 400
    assert writes == [400]  # eight processing batches and the final checkpoint, one write
    store = Store(str(tmp_path / "t.duckdb"))
    try:
        state = queries.sync_state(store, report.mailbox_id)
    finally:
        store.close()
    assert state is not None and state["completed"]
