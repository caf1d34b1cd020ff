"""Deterministic synthetic mailboxes with truth labels, for testing and demos.

A seed gives the same bytes every time. The mail looks like a real job seeker's inbox: mostly
shops, newsletters, banks, landlords, friends and notifications, some job alerts and
recruiter outreach, and about one message in seven about an application, sent through the
applicant tracking systems, job boards and people that send such mail in the real world, in
English, German, French, Spanish and Portuguese.

::

    from jobtracker.pipeline.samplegen import generate_messages, write_mbox

    for raw, truth in generate_messages(seed=7, count=100):
        ...
    summary = write_mbox("inbox.mbox", seed=7, count=100_000)
"""

from __future__ import annotations

from pathlib import Path

from .mbox import write_mbox
from .stream import DEFAULT_START, generate_messages
from .truth import ApplicationTruth, Summary, TruthLabel

__all__ = [
    "DEFAULT_START",
    "ApplicationTruth",
    "Summary",
    "TruthLabel",
    "bundled_sample_path",
    "generate_messages",
    "write_mbox",
]

SAMPLE_SEED = 7
SAMPLE_COUNT = 800


def bundled_sample_path() -> Path:
    """The demo mailbox shipped with the package (seed 7, 800 messages, user "me"); its truth
    sits next to it as ``sample.mbox.truth.jsonl`` and ``sample.mbox.applications.jsonl``."""
    return Path(__file__).parent / "data" / "sample.mbox"
