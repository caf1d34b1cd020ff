"""Stage output is published a batch per partition: same partitions as ``send``, same order."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import AIOKafkaConsumer

from jobtracker.pipeline.kafka.codec import Outgoing
from jobtracker.pipeline.kafka.config import KafkaSettings
from jobtracker.pipeline.kafka.consumer import build_producer, send_batched
from jobtracker.pipeline.kafka.topics import Topics, ensure_topics

pytestmark = pytest.mark.connected


def test_batches_land_where_send_puts_them_in_order(kafka_settings: KafkaSettings) -> None:
    async def run() -> tuple[dict[bytes, int], dict[bytes, int], dict[bytes, list[bytes]]]:
        await ensure_topics(kafka_settings)
        topic = Topics.of(kafka_settings).classified
        producer = build_producer(kafka_settings)
        await producer.start()
        try:
            # send(): where the producer itself puts each user's records
            by_send: dict[bytes, int] = {}
            for n in range(20):
                key = f"user{n}".encode()
                meta = await (await producer.send(topic, b"probe", key=key))
                by_send[key] = meta.partition
            # 300 small records of 20 users, and one larger than a whole batch (512 KiB)
            outgoing = [
                Outgoing(topic=topic, key=f"user{n % 20}".encode(), value=f"{n}".encode())
                for n in range(300)
            ]
            outgoing.insert(150, Outgoing(topic=topic, key=b"user7", value=b"x" * 600_000))
            sent = await send_batched(producer, outgoing)
            await asyncio.gather(*sent)
        finally:
            await producer.stop()

        consumer = AIOKafkaConsumer(
            topic,
            bootstrap_servers=kafka_settings.servers,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
            fetch_max_bytes=8 * 1024 * 1024,
            max_partition_fetch_bytes=8 * 1024 * 1024,
        )
        await consumer.start()
        landed: dict[bytes, int] = {}
        values: dict[bytes, list[bytes]] = {}
        try:
            seen = 0
            while seen < 321:
                got = await consumer.getmany(timeout_ms=2000)
                assert got, f"only {seen} of 321 records arrived"
                for records in got.values():
                    for r in records:
                        seen += 1
                        assert r.key is not None and r.value is not None
                        if r.value == b"probe":
                            continue
                        landed[r.key] = r.partition
                        values.setdefault(r.key, []).append(r.value)
        finally:
            await consumer.stop()
        return by_send, landed, values

    by_send, landed, values = asyncio.run(run())
    assert landed == by_send
    assert len(set(landed.values())) > 1  # spread over partitions, not all in one
    for n in range(20):
        key = f"user{n}".encode()
        expected = [f"{i}".encode() for i in range(n, 300, 20)]
        if n == 7:
            # the large record keeps its place among user7's records
            expected.insert(sum(1 for i in range(n, 150, 20)), b"x" * 600_000)
        assert values[key] == expected
