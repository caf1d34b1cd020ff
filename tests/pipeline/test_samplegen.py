"""The synthetic mailbox generator: determinism, well-formed mail, and truth that holds up."""

from __future__ import annotations

import email
import email.policy
from collections import Counter, defaultdict
from datetime import UTC, datetime
from email.message import EmailMessage, Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parseaddr, parsedate_to_datetime

import pytest

from jobtracker.pipeline.samplegen import TruthLabel, generate_messages
from jobtracker.pipeline.samplegen.stream import records
from jobtracker.pipeline.vocabulary import (
    APPLICATION_CATEGORIES,
    ApplicationStatus,
    Category,
    Source,
)

MIX_COUNT = 4000


def _parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _headers(raw: bytes) -> Message:
    """Headers only, undecoded: fast enough to look at thousands of messages."""
    return BytesHeaderParser(policy=compat32).parsebytes(raw)


@pytest.fixture(scope="module")
def mailbox() -> list[tuple[bytes, TruthLabel]]:
    return list(generate_messages(seed=11, count=MIX_COUNT))


def test_same_seed_gives_identical_bytes() -> None:
    first = list(generate_messages(seed=3, count=250))
    second = list(generate_messages(seed=3, count=250))
    assert first == second


def test_different_seeds_and_users_give_different_mailboxes() -> None:
    a = [raw for raw, _ in generate_messages(seed=3, count=50)]
    b = [raw for raw, _ in generate_messages(seed=4, count=50)]
    c = [raw for raw, _ in generate_messages(seed=3, count=50, user_id="someone-else")]
    assert a != b
    assert a != c
    assert not set(a) & set(b)


def test_exactly_count_messages_in_time_order(mailbox: list[tuple[bytes, TruthLabel]]) -> None:
    assert len(mailbox) == MIX_COUNT
    times = [label.sent_at for _, label in mailbox]
    assert times == sorted(times)


def test_every_message_parses_and_has_a_unique_message_id(
    mailbox: list[tuple[bytes, TruthLabel]],
) -> None:
    seen: set[str] = set()
    for raw, label in mailbox[:400]:
        assert b"\r" not in raw, "line endings are LF throughout"
        message = _parse(raw)
        assert not message.defects, message.defects
        assert message["Message-ID"] == label.message_id
        assert label.message_id.startswith("<") and label.message_id.endswith(">")
        assert label.message_id not in seen
        seen.add(label.message_id)
        parsedate_to_datetime(message["Date"])
        assert str(message["Subject"]).strip()
        assert message["From"].addresses
        for part in message.walk():
            if not part.is_multipart():
                assert not part.defects, (label, part.defects)
                part.get_content()  # every charset and transfer encoding decodes
    all_ids = [label.message_id for _, label in mailbox]
    assert len(set(all_ids)) == len(all_ids)


def test_category_mix_is_in_the_intended_ranges(mailbox: list[tuple[bytes, TruthLabel]]) -> None:
    counts = Counter(label.category for _, label in mailbox)
    share = {category: counts[category.value] / MIX_COUNT for category in Category}
    application = sum(share[c] for c in APPLICATION_CATEGORIES)
    assert 0.10 <= application <= 0.20
    assert 0.62 <= share[Category.NOT_JOB] <= 0.82
    assert 0.05 <= share[Category.ALERT] <= 0.15
    assert 0.005 <= share[Category.OTHER_JOB] <= 0.05
    assert 0.005 <= share[Category.OUTREACH] <= 0.05
    assert all(counts[category.value] for category in Category), counts


def test_labels_use_the_shared_vocabulary(mailbox: list[tuple[bytes, TruthLabel]]) -> None:
    statuses = {status.value for status in ApplicationStatus}
    sources = {source.value for source in Source}
    for _, label in mailbox:
        assert label.user_id == "me"
        assert label.language in {"en", "de", "fr", "es", "pt"}
        assert label.source is None or label.source in sources
        if label.category in APPLICATION_CATEGORIES:
            assert label.application and label.company and label.role
            assert label.status_after in statuses
        else:
            assert label.application is None and label.status_after is None
        if label.category == Category.NOT_JOB:
            assert label.company is None and label.source is None


def test_application_groups_are_consistent(mailbox: list[tuple[bytes, TruthLabel]]) -> None:
    groups: dict[str, list[TruthLabel]] = defaultdict(list)
    for _, label in mailbox:
        if label.application:
            groups[label.application].append(label)
    assert len(groups) > 100
    rank = {"applied": 1, "assessment": 2, "interviewing": 3}
    for labels in groups.values():
        assert len({(label.company, label.role) for label in labels}) == 1
        previous = 0
        for label in labels:
            status = label.status_after or ""
            if status in rank:
                assert rank[status] >= previous, "mail moves status forward only"
                previous = rank[status]
            else:
                assert status in {"rejected", "offer"}
                previous = 9


def test_vendor_names_are_never_the_employer(mailbox: list[tuple[bytes, TruthLabel]]) -> None:
    vendors = {
        "greenhouse",
        "lever",
        "workday",
        "ashby",
        "icims",
        "linkedin",
        "indeed",
        "hackerrank",
        "codility",
        "docusign",
        "smartrecruiters",
        "workable",
    }
    for _, label in mailbox:
        if label.company:
            assert label.company.lower() not in vendors


def test_applications_file_matches_the_messages() -> None:
    labels: dict[str, list[TruthLabel]] = defaultdict(list)
    finished = {}
    for record in records(seed=5, count=2500):
        if record.label.application:
            labels[record.label.application].append(record.label)
        for application in record.finished:
            assert application.application_id not in finished
            finished[application.application_id] = application
    assert set(finished) == set(labels)
    for app_id, application in finished.items():
        mail = labels[app_id]
        assert application.message_count == len(mail)
        assert application.status == mail[-1].status_after
        assert application.status in {"applied", "assessment", "interviewing", "offer", "rejected"}
        assert (application.company, application.role) == (mail[0].company, mail[0].role)
        assert application.applied_at <= mail[0].sent_at
        assert application.job_url.startswith("https://")


def test_real_world_sender_patterns_appear(mailbox: list[tuple[bytes, TruthLabel]]) -> None:
    senders: Counter[str] = Counter()
    for raw, label in mailbox:
        if label.category in APPLICATION_CATEGORIES:
            senders[parseaddr(_headers(raw)["From"])[1].rpartition("@")[2]] += 1
    domains = set(senders)
    assert {"us.greenhouse-mail.io", "hire.lever.co", "linkedin.com"} <= domains | {
        "eu.greenhouse-mail.io"
    }
    assert any(domain.endswith("myworkday.com") for domain in domains)


def test_threads_reply_to_earlier_messages(mailbox: list[tuple[bytes, TruthLabel]]) -> None:
    ids = {label.message_id for _, label in mailbox}
    threaded = 0
    for raw, label in mailbox:
        if label.category not in APPLICATION_CATEGORIES:
            continue
        message = _headers(raw)
        references = str(message.get("References", "")).split()
        if any(ref in ids for ref in references):
            threaded += 1
            assert message["In-Reply-To"]
            subject = str(_parse(raw)["Subject"]).lower()
            assert subject.startswith(("re", "aw", "rv", "fw")), subject
    assert threaded >= 5


def test_mailbox_speaks_five_languages() -> None:
    languages = Counter(label.language for _, label in generate_messages(seed=16, count=2500))
    assert set(languages) == {"en", "de", "fr", "es", "pt"}
    assert languages["en"] > sum(languages.values()) / 2


def test_auto_replies_and_newsletters_carry_their_headers(
    mailbox: list[tuple[bytes, TruthLabel]],
) -> None:
    auto = unsubscribe = calendars = 0
    for raw, label in mailbox:
        message = _headers(raw)
        if message["Auto-Submitted"] == "auto-replied":
            auto += 1
            assert label.category == Category.OTHER_JOB
        if message["List-Unsubscribe"]:
            unsubscribe += 1
        if b"Content-Type: text/calendar" in raw or b"Content-Type: application/ics" in raw:
            calendars += 1
    assert auto and unsubscribe > MIX_COUNT / 10 and calendars


def test_start_sets_the_first_day_and_naive_means_utc() -> None:
    aware = [
        label.sent_at
        for _, label in generate_messages(seed=2, count=30, start=datetime(2025, 3, 1, tzinfo=UTC))
    ]
    naive = [
        label.sent_at
        for _, label in generate_messages(seed=2, count=30, start=datetime(2025, 3, 1))
    ]
    assert aware == naive
    assert aware[0] >= "2025-03-01T00:00:00Z"
