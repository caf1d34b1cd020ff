"""The driver the one-mailbox corpora share (``heldout3.py`` to ``heldout8.py``).

Each of those scripts names its candidate, data modules and date range, points ``heldout.py``'s
calendar builder at its candidate, and hands over to :func:`main`, which writes
OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl and prints a summary. Standard library only;
the same input writes the same bytes.
"""

from __future__ import annotations

import json
import mailbox
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import heldout as H  # this folder is the script's first import path


@dataclass(frozen=True)
class Corpus:
    """What one corpus script declares."""

    doc: str
    me: str
    data_modules: tuple[str, ...]
    first: str
    last: str

    def load_specs(self) -> list[dict[str, Any]]:
        specs: list[dict[str, Any]] = []
        for name in self.data_modules:
            for spec in H.load_module(name).MAIL:
                spec.setdefault("to", self.me)
                specs.append(spec)
        return specs

    def check(self, specs: list[dict[str, Any]]) -> None:
        H.check(specs, first=self.first, last=self.last, contiguous=True)

    def write(self, outdir: Path) -> int:
        specs = _ordered(self.load_specs())
        self.check(specs)
        outdir.mkdir(parents=True, exist_ok=True)
        box_path = outdir / "all.mbox"
        truth_path = outdir / "all.mbox.truth.jsonl"
        for path in (box_path, truth_path, outdir / "all.mbox.lock"):
            path.unlink(missing_ok=True)
        box = mailbox.mbox(str(box_path), create=True)
        for spec in specs:
            entry = mailbox.mboxMessage(H.build_message(spec))
            sent = H._parse_date(spec["date"]).astimezone(H.UTC)
            entry.set_from(spec.get("envelope", "MAILER-DAEMON"), sent.timetuple())
            box.add(entry)
        box.flush()
        box.close()
        with truth_path.open("w", encoding="utf-8") as truth:
            for spec in specs:
                row = H.label(spec)
                truth.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
        return len(specs)


def _ordered(specs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(specs, key=lambda s: (H._parse_date(s["date"]), s["id"]))


def summary(specs: list[dict[str, Any]]) -> str:
    rows = [H.label(s) for s in specs]
    apps = {r["application"] for r in rows if r["application"]}
    job = [r for r in rows if r["category"] != "not_job"]
    return "\n".join(
        [
            f"all: {len(rows)} messages, {len(job)} job-related, {len(apps)} applications",
            "  categories: " + json.dumps(Counter(r["category"] for r in rows)),
            "  languages: " + json.dumps(Counter(r["language"] for r in rows)),
            "  job languages: " + json.dumps(Counter(r["language"] for r in job)),
            "  final statuses: " + json.dumps(Counter(_finals(rows).values())),
        ]
    )


def _finals(rows: list[dict[str, Any]]) -> dict[int, str]:
    out: dict[int, str] = {}
    for row in sorted(rows, key=lambda r: r["sent_at"]):
        if row["application"] and row["status_after"]:
            out[row["application"]] = row["status_after"]
    return out


def main(argv: list[str], corpus: Corpus) -> int:
    if len(argv) != 2 or argv[1].startswith("-"):
        print(corpus.doc.split("Usage")[1].strip(), file=sys.stderr)
        return 0 if argv[1:] in (["-h"], ["--help"]) else 2
    count = corpus.write(Path(argv[1]))
    print(summary(corpus.load_specs()))
    print("written:", count)
    return 0
