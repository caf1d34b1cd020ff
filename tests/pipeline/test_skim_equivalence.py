"""Skimming settles most mail early, and never changes what the classifier decides."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from jobtracker.classifiers import Cascade
from jobtracker.connectors.files import open_mailbox
from jobtracker.connectors.mime import normalize, skim
from jobtracker.pipeline.contracts import Classification, ClassifiedMessage, NormalizedMessage
from jobtracker.pipeline.samplegen import bundled_sample_path, write_mbox
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import classify_message, read_message
from jobtracker.pipeline.vocabulary import Category
from jobtracker.pipeline.wiring import import_mailbox
from jobtracker.sinks import schema
from jobtracker.sinks.store import Store


@pytest.fixture(scope="module")
def classifier() -> Cascade:
    return Cascade()


@pytest.mark.parametrize("seed", [None, 31])
def test_skimmed_or_not_every_message_gets_the_same_classification(
    classifier: Cascade, tmp_path: Path, seed: int | None
) -> None:
    if seed is None:
        path = bundled_sample_path()
    else:
        path = tmp_path / "mail.mbox"
        write_mbox(path, seed=seed, count=400, user_id="me")
    settings = Settings(db=str(tmp_path / "unused.duckdb"))
    settled_early = 0
    for item in open_mailbox(path, user_id="me").read():
        full = classify_message(normalize(item.mail), classifier=classifier)
        skimmed = read_message(
            item.mail, normalize=normalize, classifier=classifier, settings=settings, skim=skim
        )
        assert isinstance(full, ClassifiedMessage) and isinstance(skimmed, ClassifiedMessage)
        assert skimmed.classification == full.classification, full.message.subject
        if skimmed.message.language is None and full.message.language is not None:
            settled_early += 1
            assert skimmed.classification.category is Category.NOT_JOB
    # Most mail is not about jobs, and most of that is settled by the first look.
    assert settled_early > 0.4 * sum(1 for _ in open_mailbox(path, user_id="me").read())


def test_without_a_first_look_the_message_is_normalised_in_full(
    classifier: Cascade, tmp_path: Path
) -> None:
    class RulesWithoutFirstLook:
        def classify(self, message: NormalizedMessage) -> Classification:
            return classifier.classify(message)

    item = next(iter(open_mailbox(bundled_sample_path(), user_id="me").read()))
    settings = Settings(db=str(tmp_path / "unused.duckdb"))
    result = read_message(
        item.mail,
        normalize=normalize,
        classifier=RulesWithoutFirstLook(),
        settings=settings,
        skim=skim,
    )
    assert isinstance(result, ClassifiedMessage)
    assert result.message == normalize(item.mail)


def test_only_job_mail_keeps_its_body_in_the_store(tmp_path: Path) -> None:
    settings = Settings(db=str(tmp_path / "t.duckdb"))
    store = Store(settings.db)
    try:
        import_mailbox(settings, store, bundled_sample_path(), user_id="me")
        m, c = schema.messages, schema.classifications
        with store.engine.connect() as conn:
            found = conn.execute(
                sa.select(c.c.category, m.c.text, m.c.subject).join(
                    c, c.c.message_uid == m.c.message_uid
                )
            ).all()
    finally:
        store.close()
    assert found
    for category, text, subject in found:
        if category == Category.NOT_JOB.value:
            assert text is None and subject is not None
        else:
            assert text, subject


def test_a_failing_first_look_falls_back_to_the_full_path(
    classifier: Cascade, tmp_path: Path
) -> None:
    class BrokenFirstLook:
        def classify(self, message: NormalizedMessage) -> Classification:
            return classifier.classify(message)

        def first_look(self, message: NormalizedMessage) -> Classification | None:
            raise RuntimeError("a rule bug")

    item = next(iter(open_mailbox(bundled_sample_path(), user_id="me").read()))
    settings = Settings(db=str(tmp_path / "unused.duckdb"))
    result = read_message(
        item.mail, normalize=normalize, classifier=BrokenFirstLook(), settings=settings, skim=skim
    )
    assert isinstance(result, ClassifiedMessage)
    assert result.message == normalize(item.mail)
    assert result.classification == classifier.classify(result.message)
