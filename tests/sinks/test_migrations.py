from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from jobtracker.pipeline.errors import StoreError
from jobtracker.sinks import migrations, schema
from jobtracker.sinks.store import Store


def _version(store: Store) -> int:
    with store.engine.connect() as conn:
        return migrations.current_version(conn)


def test_a_new_database_is_at_the_latest_version_with_every_table(store: Store) -> None:
    assert _version(store) == migrations.LATEST
    tables = set(sa.inspect(store.engine).get_table_names())
    assert set(schema.metadata.tables) <= tables


def test_opening_again_changes_nothing(db_url: str) -> None:
    Store(db_url).close()
    again = Store(db_url)
    try:
        assert _version(again) == migrations.LATEST
        with again.engine.connect() as conn:
            info = conn.execute(sa.select(schema.schema_info)).all()
        assert [tuple(r) for r in info] == [("schema_version", str(migrations.LATEST))]
    finally:
        again.close()


def test_a_database_from_a_newer_jobtracker_is_refused(db_url: str) -> None:
    store = Store(db_url)
    with store.transaction() as conn:
        conn.execute(schema.schema_info.update().values(value=str(migrations.LATEST + 1)))
    store.close()
    with pytest.raises(StoreError, match="newer than this jobtracker"):
        Store(db_url)


@pytest.mark.connected
def test_workers_starting_together_migrate_once(postgres_db: str) -> None:
    errors: list[BaseException] = []

    def open_store() -> None:
        try:
            Store(postgres_db).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    store = Store(postgres_db)
    try:
        assert _version(store) == migrations.LATEST
    finally:
        store.close()


def test_a_version_1_database_gains_the_reply_to_column(db_url: str) -> None:
    store = Store(db_url)
    with store.transaction() as conn:
        conn.execute(sa.text("ALTER TABLE messages DROP COLUMN reply_to"))
        conn.execute(schema.schema_info.update().values(value="1"))
    store.close()
    again = Store(db_url)
    try:
        assert _version(again) == migrations.LATEST >= 2
        with again.engine.connect() as conn:
            columns = list(conn.execute(sa.text("SELECT * FROM messages LIMIT 0")).keys())
        assert columns == [c.name for c in schema.messages.columns]  # same order as new ones
    finally:
        again.close()
