"""Throughput of the rules step on a typical mailbox (run by hand, not collected by pytest).

    .venv/bin/python tests/classifiers/bench_rules.py [messages]
    .venv/bin/python tests/classifiers/bench_rules.py --mbox sample.mbox

A typical mailbox is mostly not about a job search: newsletters, receipts, notifications, people.
The mix below is 88 % such mail (some of it with job-ish words like "offer" or "position") and
12 % job mail. With ``--mbox`` the messages come from a mailbox (``jobtracker sample`` writes
one, with truth labels in ``<mbox>.truth.jsonl`` that split it into job and other mail): they
are normalised once, and only classification is timed. Prints the cold start (building the
classifier, and the one-off cost of the first pass over the mailbox: what is compiled on first
use), then messages per second and microseconds per message for the mix and for each part, and
the machine's speed on a fixed loop so numbers from different machines can be compared.
"""

from __future__ import annotations

import json
import random
import sys
import time
import timeit
from datetime import UTC, datetime
from pathlib import Path

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.contracts import Address, CalendarEvent, Link, NormalizedMessage

_FILLER = (
    "Our team has been busy this month. We shipped a new dashboard, fixed a long list of bugs and "
    "met many of you at the spring meetup in Lisbon. Thanks to everyone who sent feedback; the "
    "most requested feature is now live for all accounts. Read the full story on our blog. "
)

NOT_JOB = [
    ("news@dailybrief.com", "Daily Brief", "Your morning briefing",
     "Markets rose on Tuesday as investors weighed new data. " + _FILLER * 12),
    ("deals@shopwave.com", "Shopwave", "Special offer: 30% off sneakers",
     "Our special offer ends Sunday. Use code SPRING30. Free shipping on orders over $50. "
     + _FILLER * 4),
    ("orders@bookhaven.com", "Bookhaven", "Your order #48213 has shipped",
     "Good news! Your order is on its way. Track your package with the link below. Estimated "
     "delivery: Thursday. Items: The Overstory (paperback)."),
    ("friend@example.com", "Alex", "Saturday?",
     "Hey! Are we still on for the hike on Saturday? I can drive. Bring snacks :)"),
    ("noreply@bank.example", "Northbank", "Your statement is ready",
     "Your monthly statement for the account ending 4821 is now available in online banking."),
    ("notifications@social.example", "Social", "You have 3 new notifications",
     "Tom liked your photo. Maria commented: 'Looks amazing!'. See what's new in your feed."),
    ("team@saasapp.io", "SaaS App", "What's new in March",
     "New features: dark mode, faster search, and a better mobile experience. " + _FILLER * 6),
    ("club@running.example", "Run Club", "Race results",
     "Congratulations to everyone who finished! You finished in 12th position overall. "
     + _FILLER * 2),
    ("school@kita.example", "Kita Sonnenschein", "Elternbrief April",
     "Liebe Eltern, im April feiern wir das Frühlingsfest. Bitte denken Sie an Wechselkleidung. "
     * 5),
    ("promo@voyage.example", "Voyage", "Offre spéciale : week-end à Lisbonne",
     "Profitez de notre offre spéciale : -25 % sur les hôtels ce week-end seulement. " * 4),
    ("news@tech.example", "Tech Weekly", "This week in tech",
     "Big tech earnings, a new phone launch, and why every company is hiring AI engineers. "
     + _FILLER * 10),
    ("colleague@work.example", "Tom Becker", "Re: slides for Monday",
     "Looks good to me. Maybe move the roadmap slide before the budget one. Thanks!"),
]  # fmt: skip

JOB = [
    ("no-reply@us.greenhouse-mail.io", "Northwind Recruiting", "Update on your application",
     "Hi Jane, thank you for your interest in Northwind. After careful consideration, we have "
     "decided to move forward with other candidates. We wish you the best in your search."),
    ("no-reply@hire.lever.co", "Helio", "Thank you for your application to Helio",
     "Thanks for applying to Helio! We've received your application for the Platform Engineer "
     "role and will review it shortly."),
    ("jobs-noreply@linkedin.com", "LinkedIn", "Jane, your application was sent to Kestrel",
     "Your application was sent to Kestrel\nRobotics Engineer\nKestrel · Munich\nApplied today"),
    ("jobalerts-noreply@linkedin.com", "LinkedIn Job Alerts", "Data engineer: 12 new jobs",
     "Your job alert for data engineer. Acme - Data Engineer. Globex - Senior Data Engineer."),
    ("recruiting@fernweh.de", "Fernweh Recruiting", "Einladung zum Vorstellungsgespräch",
     "Sehr geehrte Frau Doe, wir möchten Sie gerne zu einem persönlichen Vorstellungsgespräch "
     "einladen. Bitte wählen Sie einen Termin aus."),
    ("maria@vantagepoint.ai", "Maria Lopez", "Staff Engineer opportunity",
     "Hi Jane, I came across your profile and we have an exciting Staff Engineer opportunity. "
     "Would you be open to a quick call?"),
]  # fmt: skip


def _message(index: int, sender: str, name: str, subject: str, body: str) -> NormalizedMessage:
    events: tuple[CalendarEvent, ...] = ()
    if index % 97 == 0:
        events = (CalendarEvent(summary="Team sync", start=datetime(2025, 3, 3, tzinfo=UTC)),)
    return NormalizedMessage(
        user_id="bench",
        mailbox_id="bench",
        provider="files",
        provider_message_id=str(index),
        from_=Address(name=name, address=sender, domain=sender.rpartition("@")[2]),
        subject=subject,
        text=body,
        links=(Link(url="https://example.com/read-more"),),
        calendar_events=events,
    )


def mailbox(size: int, job_share: float = 0.12, seed: int = 7) -> list[NormalizedMessage]:
    rng = random.Random(seed)
    out = []
    for index in range(size):
        pool = JOB if rng.random() < job_share else NOT_JOB
        out.append(_message(index, *rng.choice(pool)))
    return out


def rate(classifier: RuleClassifier, messages: list[NormalizedMessage]) -> float:
    """Messages per CPU second (CPU time, so other processes on the machine count less)."""
    start = time.process_time()
    for message in messages:
        classifier.classify(message)
    return len(messages) / (time.process_time() - start)


def loop_us() -> float:
    timer = time.process_time
    return min(timeit.repeat("sum(range(1000))", number=2000, repeat=5, timer=timer)) / 2000 * 1e6


def from_mbox(path: str) -> tuple[list[NormalizedMessage], list[NormalizedMessage]]:
    """(job mail, other mail) of a mailbox, normalised once; truth labels split them."""
    from jobtracker.connectors.files import open_mailbox
    from jobtracker.connectors.mime import normalize

    truth_file = Path(path + ".truth.jsonl")
    truth: dict[str, str] = {}
    if truth_file.exists():
        for line in truth_file.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            truth[row["message_id"]] = row["category"]
    job: list[NormalizedMessage] = []
    other: list[NormalizedMessage] = []
    for item in open_mailbox(path, user_id="bench").read():
        message = normalize(item.mail)
        category = truth.get(message.rfc_message_id or "", "not_job")
        (other if category == "not_job" else job).append(message)
    return job, other


def cold_start(messages: list[NormalizedMessage]) -> RuleClassifier:
    """Builds the classifier and warms it on ``messages``, printing what both cost once."""
    start = time.process_time()
    classifier = RuleClassifier()
    built = time.process_time() - start
    first = len(messages) / rate(classifier, messages)  # compiles what is built on first use
    steady = len(messages) / rate(classifier, messages)
    print(
        f"cold start: classifier {built:.2f} s + first pass {first:.2f} s "
        f"(steady {steady:.2f} s) = one-off ~{built + first - steady:.2f} s"
    )
    return classifier


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--mbox":
        job, other = from_mbox(sys.argv[2])
        everything = job + other
        random.Random(7).shuffle(everything)
        # Warmed once, as a long-running worker would be.
        classifier = cold_start(everything)
        runs = [
            (f"mailbox ({len(job) / len(everything):.0%} job mail)", everything),
            ("not-job mail only", other),
            ("job mail only", job),
        ]
    else:
        size = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
        classifier = cold_start(mailbox(2000))
        runs = [
            ("typical mix (12% job mail)", mailbox(size)),
            ("not-job mail only", mailbox(size, 0.0)),
            ("job mail only", mailbox(size // 4, 1.0)),
        ]
    for label, messages in runs:
        before = loop_us()
        measured = max(rate(classifier, messages) for _ in range(3))
        speed = (before + loop_us()) / 2
        print(
            f"{label:28} {measured:>9,.0f} msg/s = {1e6 / measured:6.1f} us/msg  (machine loop "
            f"{speed:.1f} us; at the ~8 us of a fast core: ~{measured * speed / 8:,.0f} msg/s)"
        )


if __name__ == "__main__":
    main()
