"""Normalisation and mbox-splitting speed on synthetic mail; prints figures, asserts nothing.

    .venv/bin/python tests/connectors/bench_connectors.py [--pin]

Per-message cost is the best of several timed rounds of CPU time (``time.process_time``), so
other processes on the machine inflate it less than wall-clock time would.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import fast_mail_parser

from jobtracker.connectors.files import MboxConnector
from jobtracker.connectors.mime import Draft, normalize, skim
from jobtracker.pipeline.contracts import RawMail

HEADERS = (
    "From: Acme Recruiting <no-reply@acme.example>\r\nTo: jane@example.org\r\n"
    "Subject: Your application to Acme\r\nDate: Mon, 3 Jun 2024 10:00:00 +0200\r\n"
    "Message-ID: <{n}@acme.example>\r\nMIME-Version: 1.0\r\n"
    + "".join(
        f"Received: from relay{i}.example.net by mx.example.org; "
        f"Mon, 3 Jun 2024 10:00:0{i} +0000\r\n"
        for i in range(6)
    )
)
BODY = (
    "Dear Jane,\n\n"
    + "Thank you for applying to the Senior Engineer role at Acme. We have received your "
    "application and our team will review it shortly.\n"
    * 10
    + "\nFollow your application: https://boards.greenhouse.io/acme/jobs/4012345?gh_src=mail\n\n"
    "Best regards,\nThe Acme Recruiting Team\n"
)
HTML = (
    "<html><head><style>p{margin:0}</style></head><body>"
    + "".join(
        f"<p>{line} <a href='https://www.google.com/url?q=https://acme.example/jobs/{n}"
        f"&amp;sa=D&amp;ust={n}'>details {n}</a></p>"
        for n, line in enumerate(BODY.splitlines())
    )
    + "</body></html>"
)


def messages(kind: str, count: int) -> list[bytes]:
    out = []
    for n in range(count):
        head = HEADERS.format(n=n)
        html = HTML.replace("ust=", f"ust={n}-")  # tracking links are unique per message
        if kind == "alternative":
            data = (
                head + 'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
                "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + BODY + "\r\n"
                "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n--b--\r\n"
            )
        elif kind == "html-only":
            data = head + "Content-Type: text/html; charset=utf-8\r\n\r\n" + html
        else:
            data = head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + BODY
        out.append(data.encode())
    return out


def best_per_item(run: Callable[[], int], rounds: int = 7) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        done = run()
        best = min(best, (time.process_time() - start) / done)
    return best


def raw_mails(kind: str, count: int) -> list[RawMail]:
    return [
        RawMail(
            user_id="u", mailbox_id="m", provider="file", provider_message_id=str(n),
            raw=data, locator="bench",
        )
        for n, data in enumerate(messages(kind, count))
    ]  # fmt: skip


def bench_normalize() -> None:
    for kind in ("plain", "alternative", "html-only"):
        mails = raw_mails(kind, 2000)

        def run(mails: list[RawMail] = mails) -> int:
            for mail in mails:
                normalize(mail)
            return len(mails)

        def parse_only(mails: list[RawMail] = mails) -> int:
            for mail in mails:
                fast_mail_parser.parse_email(mail.raw, mode="lazy")
            return len(mails)

        seconds = best_per_item(run)
        baseline = best_per_item(parse_only)
        size = sum(len(m.raw) for m in mails) // len(mails)
        print(
            f"normalize {kind:<12} {size:>6} B/msg {seconds * 1e6:>7.1f} us/msg "
            f"{1 / seconds:>9,.0f} msg/s   (fast_mail_parser alone: {baseline * 1e6:.1f} us)"
        )


def bench_skim() -> None:
    """A skim (the first look's reading) and completing it, as the pipeline reads mail."""
    for kind in ("plain", "alternative", "html-only"):
        mails = raw_mails(kind, 2000)
        drafts = [skim(mail) for mail in mails]

        def skim_all(mails: list[RawMail] = mails) -> int:
            for mail in mails:
                skim(mail)
            return len(mails)

        def complete_all(drafts: list[Draft] = drafts) -> int:
            for draft in drafts:
                draft.complete()
            return len(drafts)

        skimmed = best_per_item(skim_all)
        completed = best_per_item(complete_all)
        print(
            f"skim      {kind:<12} {skimmed * 1e6:>7.1f} us/msg   "
            f"complete {completed * 1e6:>7.1f} us/msg"
        )


def bench_mbox() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.mbox"
        with path.open("wb") as out:
            for data in messages("alternative", 20000):
                out.write(b"From bench Mon Jun  3 10:00:00 2024\n" + data + b"\n\n")
        size = path.stat().st_size
        connector = MboxConnector(path, user_id="u")

        def run() -> int:
            return sum(1 for _ in connector.read())

        seconds = best_per_item(run, rounds=3)
        count = run()
        print(
            f"mbox read (split + key + RawMail) {count:,} msgs, {size / 1e6:.0f} MB: "
            f"{1 / seconds:,.0f} msg/s, {size / count / seconds / 1e6:,.0f} MB/s"
        )


if __name__ == "__main__":
    if "--pin" in sys.argv and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    bench_normalize()
    bench_skim()
    bench_mbox()
