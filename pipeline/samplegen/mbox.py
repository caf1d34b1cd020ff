"""Stream generated mail into an mbox file (mboxrd) plus its truth files."""

from __future__ import annotations

import os
import re
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

from .headers import asctime
from .stream import records
from .truth import Summary

_FROM_LINE = re.compile(rb"^(>*From )", re.M)


def escape_from_lines(raw: bytes) -> bytes:
    """mboxrd quoting: every body line that starts with ``From `` or ``>From `` gets one more
    ``>``, so readers can undo it exactly."""
    return _FROM_LINE.sub(rb">\1", raw) if b"From " in raw else raw


def separator(envelope_from: str, sent_at: float) -> bytes:
    sender = envelope_from if envelope_from and " " not in envelope_from else "MAILER-DAEMON"
    return f"From {sender} {asctime(sent_at)}\n".encode("ascii", "replace")


def write_mbox(
    path: str | os.PathLike[str],
    *,
    seed: int,
    count: int,
    user_id: str = "me",
    start: datetime | None = None,
) -> Summary:
    """Write ``count`` messages to ``path`` and the truth to ``<path>.truth.jsonl`` and
    ``<path>.applications.jsonl``, streaming: memory stays flat whatever ``count`` is.

    Files are written next to their final names and renamed at the end, so a crash never
    leaves a half-written sample that looks complete."""
    target = Path(path)
    truth_path = target.with_name(target.name + ".truth.jsonl")
    apps_path = target.with_name(target.name + ".applications.jsonl")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = [p.with_name(p.name + ".partial") for p in (target, truth_path, apps_path)]
    categories: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    messages = applications = written = 0
    began = time.perf_counter()
    with (
        partial[0].open("wb") as mbox,
        partial[1].open("w", encoding="utf-8", newline="\n") as truth,
        partial[2].open("w", encoding="utf-8", newline="\n") as apps,
    ):
        for record in records(seed=seed, count=count, user_id=user_id, start=start):
            chunk = separator(record.envelope_from, record.sent_at) + escape_from_lines(record.raw)
            mbox.write(chunk)
            mbox.write(b"\n")
            written += len(chunk) + 1
            truth.write(record.label.to_json())
            truth.write("\n")
            for application in record.finished:
                apps.write(application.to_json())
                apps.write("\n")
                applications += 1
            messages += 1
            categories[record.label.category] += 1
            languages[record.label.language] += 1
    for done, final in zip(partial, (target, truth_path, apps_path), strict=True):
        done.replace(final)
    return Summary(
        path=target,
        truth_path=truth_path,
        applications_path=apps_path,
        messages=messages,
        applications=applications,
        bytes_written=written,
        seconds=time.perf_counter() - began,
        categories=dict(categories.most_common()),
        languages=dict(languages.most_common()),
    )
