"""Building the pipeline's parts from settings: the one place that picks implementations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jobtracker.connectors.base import MailboxConnector
from jobtracker.connectors.files import open_mailbox
from jobtracker.connectors.mime import normalize, skim
from jobtracker.pipeline.inline import ImportReport, InlinePipeline
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.warmup import rules_classifier
from jobtracker.sinks.store import Store


def build_inline(
    settings: Settings, store: Store, on_progress: Callable[[int, int | None], None] | None = None
) -> InlinePipeline:
    return InlinePipeline(
        settings=settings,
        store=store,
        classifier=rules_classifier(),
        normalize=normalize,
        skim=skim,
        on_progress=on_progress,
    )


def open_source(path: str | Path, *, user_id: str) -> MailboxConnector:
    """Open a mailbox path; raises SourceError naming the path when it cannot be read."""
    return open_mailbox(path, user_id=user_id)


def import_mailbox(
    settings: Settings,
    store: Store,
    path: str | Path,
    *,
    user_id: str,
    on_progress: Callable[[int, int | None], None] | None = None,
    connector: MailboxConnector | None = None,
) -> ImportReport:
    source = connector or open_source(path, user_id=user_id)
    pipeline = build_inline(settings, store, on_progress)
    return pipeline.run(source, user_id=user_id, location=str(Path(path).resolve()))
