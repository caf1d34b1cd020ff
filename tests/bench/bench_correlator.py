"""How long correlating one message takes for a user with many applications.

Run: ``.venv/bin/python tests/bench/bench_correlator.py [applications] [messages]``.
Prints µs/message; asserts nothing (timing belongs here, not in tests).
"""

from __future__ import annotations

import random
import sys
import time
from datetime import UTC, datetime, timedelta

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.names import company_key
from jobtracker.pipeline.contracts import Classification, ClassifiedMessage, NormalizedMessage
from jobtracker.pipeline.vocabulary import Category

SYLLABLES = "ka lo ri ven tor ex mi sa nu bel qua dri fen go har zu pol tin ark vo ly"
SUFFIXES = ["", " GmbH", " Inc.", " Labs", " AG", " Ltd", " SE", " Technologies"]
ROLES = [
    "Data Engineer",
    "Senior Data Engineer",
    "Backend Engineer",
    "Frontend Engineer",
    "Product Manager",
    "Data Scientist",
    "Machine Learning Engineer",
    "Site Reliability Engineer",
    "Engineering Manager",
    "Product Designer",
    "Staff Software Engineer",
    "QA Engineer",
]
START = datetime(2023, 1, 1, tzinfo=UTC)
APPS_PER_EMPLOYER = 4


def _company(rng: random.Random) -> str:
    name = "".join(rng.choice(SYLLABLES.split()) for _ in range(rng.randint(3, 5))).capitalize()
    return name + rng.choice(SUFFIXES)


def _item(
    n: int, category: Category, company: str | None, role: str | None, day: float, thread: str
) -> ClassifiedMessage:
    message = NormalizedMessage(
        user_id="bench",
        mailbox_id="inbox",
        provider="files",
        provider_message_id=f"m{n}",
        rfc_message_id=f"<m{n}@bench>",
        thread_id=thread,
        sent_at=START + timedelta(days=day),
    )
    found = Classification(category=category, company=company, role=role, confidence=0.9)
    return ClassifiedMessage(message=message, classification=found)


def main(applications: int = 10_000, messages: int = 20_000) -> None:
    rng = random.Random(7)
    by_key: dict[str, str] = {}
    while len(by_key) < applications // APPS_PER_EMPLOYER:
        name = _company(rng)
        by_key.setdefault(company_key(name), name)
    companies = list(by_key.values())
    seed: list[ClassifiedMessage] = []
    for n in range(applications):
        company = companies[n % len(companies)]
        role = ROLES[n // len(companies) % len(ROLES)]  # one employer, different roles
        seed.append(_item(n, Category.CONFIRMATION, company, role, n * 0.05, f"t{n}"))
    follow_ups: list[ClassifiedMessage] = []
    for n in range(applications, applications + messages):
        first = seed[rng.randrange(applications)].classification
        kind = rng.random()
        day = 500 + n * 0.001
        if kind < 0.5:  # next stage of a known application, by employer and role
            category = rng.choice([Category.INTERVIEW, Category.REJECTION, Category.VIEWED])
            item = _item(n, category, (first.company or "").upper(), first.role, day, f"x{n}")
        elif kind < 0.7:  # a reply in a known thread, no role
            target = rng.randrange(applications)
            item = _item(n, Category.INTERVIEW, first.company, None, day, f"t{target}")
        elif kind < 0.9:  # a new employer, never seen
            item = _item(n, Category.CONFIRMATION, _company(rng) + " X", "Data Engineer", day, "")
        else:  # no employer at all
            item = _item(n, Category.ASSESSMENT, None, "Data Engineer", day, f"y{n}")
        follow_ups.append(item)

    correlator = Correlator()
    started = time.perf_counter()
    for item in seed:
        correlator.correlate(item)
    build = time.perf_counter() - started
    count = len(correlator.applications("bench"))
    print(f"built {count} applications: {build / len(seed) * 1e6:.1f} µs/message")

    started = time.perf_counter()
    for item in follow_ups:
        correlator.correlate(item)
    spent = time.perf_counter() - started
    total = len(correlator.applications("bench"))
    print(
        f"correlated {len(follow_ups)} messages at {count}..{total} applications: "
        f"{spent / len(follow_ups) * 1e6:.1f} µs/message"
    )

    started = time.perf_counter()
    for item in follow_ups:
        correlator.correlate(item)
    replay = time.perf_counter() - started
    print(f"replayed the same messages: {replay / len(follow_ups) * 1e6:.1f} µs/message")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
