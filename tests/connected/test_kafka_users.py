"""Many users on shared partitions: each user's applications hold only that user's mail, and
one user's messages keep their order, so two messages of a new application make one."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from aiokafka.partitioner import murmur2

from jobtracker.pipeline.kafka.config import KafkaSettings
from jobtracker.pipeline.wiring import open_source
from tests.connected.conftest import MailboxFactory
from tests.connected.harness import (
    Interleaved,
    Listed,
    export,
    inline_export,
    publish,
    wait_until_drained,
    workers,
)

pytestmark = pytest.mark.connected


def _partition(user: str, partitions: int) -> int:
    """Where Kafka's default partitioner puts a user's records."""
    return (murmur2(user.encode()) & 0x7FFFFFFF) % partitions


def test_fifty_users_interleaved_each_get_only_their_own_mail(
    kafka_settings: KafkaSettings, postgres_db: str, mailbox: MailboxFactory, tmp_path: Path
) -> None:
    users = [f"user{n:02d}" for n in range(50)]
    boxes = [(mailbox(user, 300 + n, 30), user) for n, user in enumerate(users)]
    # One message of each user in turn: every partition carries several users, interleaved.
    publish(kafka_settings, Interleaved([open_source(path, user_id=u) for path, u in boxes]))
    with workers(kafka_settings, postgres_db, tmp_path / "logs") as group:
        group.start()
        group.start()
        wait_until_drained(kafka_settings)
        group.stop_all()
    kafka = export(postgres_db, tmp_path / "kafka")

    owner = {a["application_id"]: a["user_id"] for a in kafka.applications}
    for row in kafka.messages:
        if row["application_id"]:
            assert owner[row["application_id"]] == row["user_id"]
    for path, user in boxes:  # every user's mail is there, and only theirs
        truth = read_csv_truth(path)
        mine = {r["message_id"] for r in kafka.messages if r["user_id"] == user}
        assert mine == truth
    counts: defaultdict[str, int] = defaultdict(int)
    for row in kafka.messages:
        if row["application_id"]:
            counts[row["application_id"]] += 1
    assert {a["application_id"]: int(a["message_count"]) for a in kafka.applications} == counts
    # And the grouping is what each user's own import gives.
    inline = inline_export(boxes, tmp_path)
    assert kafka.messages == inline.messages
    assert kafka.applications == inline.applications


def read_csv_truth(path: Path) -> set[str]:
    text = Path(str(path) + ".truth.jsonl").read_text()
    return set(re.findall(r'"message_id":\s*"([^"]+)"', text))


def _pairs(path: Path) -> Iterator[bytes]:
    """The first two messages of each application the generator made, as a small mbox: a
    confirmation, then the next message about it."""
    apps: defaultdict[str, list[dict[str, str]]] = defaultdict(list)
    for line in Path(str(path) + ".truth.jsonl").read_text().splitlines():
        label = orjson.loads(line)
        if label.get("application"):
            apps[label["application"]].append(label)
    chunks = re.split(rb"(?m)^(?=From )", path.read_bytes())
    for labels in apps.values():
        if len(labels) < 2 or labels[0]["category"] != "confirmation":
            continue
        wanted = [f"Message-ID: {label['message_id']}".encode() for label in labels[:2]]
        picked = [c for w in wanted for c in chunks if w in c]
        if len(picked) == 2:
            yield b"".join(picked)


def test_two_messages_of_a_new_application_back_to_back_make_one_application(
    kafka_settings: KafkaSettings, postgres_db: str, mailbox: MailboxFactory, tmp_path: Path
) -> None:
    pair_user = "pat"
    pair_box = tmp_path / "pair.mbox"
    for pair in _pairs(mailbox("source", 401, 600)):
        pair_box.write_bytes(pair)
        inline = inline_export([(pair_box, pair_user)], tmp_path / f"inline{len(pair)}")
        if len(inline.applications) == 1:  # the rules put the two together on their own
            break
    else:
        pytest.fail("no generated application whose first two messages the rules group")
    home = _partition(pair_user, kafka_settings.partitions)
    noisy = [u for u in (f"noise{n}" for n in range(400)) if _partition(u, 12) == home][:3]
    noise = [
        item
        for item in Interleaved(
            [open_source(mailbox(u, 410 + n, 150), user_id=u) for n, u in enumerate(noisy)]
        ).read()
    ]
    # The busy partition: three users interleaved, and the pair back to back in the middle.
    middle = len(noise) // 2
    items = [*noise[:middle], *open_source(pair_box, user_id=pair_user).read(), *noise[middle:]]
    with workers(kafka_settings, postgres_db, tmp_path / "logs", "--batch-size", "7") as group:
        group.start()
        group.start()
        publish(kafka_settings, Listed(items))
        wait_until_drained(kafka_settings)
        group.stop_all()
    kafka = export(postgres_db, tmp_path / "kafka")
    mine = [a for a in kafka.applications if a["user_id"] == pair_user]
    assert mine == inline.applications
    assert mine[0]["message_count"] == "2"
    linked = {r["application_id"] for r in kafka.messages if r["user_id"] == pair_user}
    assert linked == {mine[0]["application_id"]}
