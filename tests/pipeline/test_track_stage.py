"""The track stage's rows: one tuple per row in column order, the same as the dict rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline import rows, stages
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import TRACKED_CATEGORIES, Category
from jobtracker.sinks import schema
from tests.sinks.factories import classified


@pytest.mark.parametrize(
    "value",
    [
        datetime(2024, 3, 1, 9, 30, 15, 123456, tzinfo=UTC),
        datetime(1, 1, 1, tzinfo=UTC),
        datetime(2024, 10, 27, 2, 30, tzinfo=timezone(timedelta(hours=2))),
        datetime(2024, 3, 1, 9, 30),
        None,
    ],
)
def test_naive_utc_gives_the_same_instant_without_a_zone(value: datetime | None) -> None:
    expected = value.astimezone(UTC).replace(tzinfo=None) if value and value.tzinfo else value
    assert rows.naive_utc(value) == expected
    assert rows.naive_utc(value) is None or rows.naive_utc(value).tzinfo is None  # type: ignore[union-attr]


def test_each_table_gets_every_column_in_order(tmp_path: Path) -> None:
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb"), review_threshold=0.99))
    out = stage.track_batch([classified(0), classified(1, category=Category.REJECTION)])
    assert set(out.by_table) == {
        "messages",
        "classifications",
        "applications",
        "application_events",
        "review_items",
    }
    for table, block in out.by_table.items():
        columns = [c.name for c in schema.metadata.tables[table].columns]
        assert list(block.columns) == columns
        assert all(list(row) == columns for row in block)


def test_dict_rows_are_the_tuples_named() -> None:
    item = classified(0)
    now = datetime(2026, 5, 1)
    uid = rows.uid_of(item.message)
    assert uid == rows.message_uid(item.key)
    assert rows.message_row(item.message, now) == dict(
        zip(rows.MESSAGE_COLUMNS, rows.message_values(item.message, now), strict=True)
    )
    assert rows.classification_row(item, "app", 0.9)["message_uid"] == uid
    assert rows.review_row(item, None, "why", 0.5, now) == dict(
        zip(rows.REVIEW_COLUMNS, rows.review_values(item, None, "why", 0.5, now), strict=True)
    )


@pytest.mark.parametrize("category", sorted(set(Category) - TRACKED_CATEGORIES))
def test_mail_the_correlator_does_not_track_joins_nothing(
    category: Category, tmp_path: Path
) -> None:
    # The stage skips the correlator for these; it must be what the correlator would say.
    item = classified(0, category=category, confidence=0.3)
    said = Correlator().correlate(item)
    assert (said.application, said.events, said.review_reason) == (None, [], None)
    out = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb"))).track_batch([item])
    (row,) = out.by_table["classifications"]
    assert (row["application_id"], row["link_confidence"]) == (None, None)
    (review,) = out.by_table["review_items"]
    assert review["reason"] == "classification confidence 0.30 is below the threshold"
    assert "application_events" not in out.by_table


def test_given_uids_give_the_same_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stages, "_now", lambda: datetime(2026, 5, 1, tzinfo=UTC))
    items = [classified(n) for n in range(3)]
    settings = Settings(db=str(tmp_path / "unused.duckdb"))
    plain = TrackStage(settings=settings).track_batch(items)
    uids = [rows.uid_of(i.message) for i in items]
    given = TrackStage(settings=settings).track_batch(items, uids)
    assert {t: b.values for t, b in plain.by_table.items()} == {
        t: b.values for t, b in given.by_table.items()
    }
    assert len(plain.by_table["messages"]) == 3
