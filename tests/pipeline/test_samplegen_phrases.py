"""Phrase banks: every placeholder a template uses is one its renderer provides."""

from __future__ import annotations

from string import Formatter
from typing import Any

import pytest

from jobtracker.pipeline.samplegen import appmail, jobmail, lifemail
from jobtracker.pipeline.samplegen.application import new_application
from jobtracker.pipeline.samplegen.phrases import Phrase, book
from jobtracker.pipeline.samplegen.rand import Rng
from jobtracker.pipeline.samplegen.roles import make_role
from jobtracker.pipeline.samplegen.timeline import Step
from jobtracker.pipeline.samplegen.world import LANGS, make_world
from jobtracker.pipeline.vocabulary import Category

# Kinds that job noise (alerts, codes, surveys, outreach) renders; the rest are application mail.
NOISE_KINDS = set(jobmail.KINDS) | {"alert_hiring", "alert_recommend"}
FORWARD_KEYS = {"orig_from", "orig_date", "orig_subject", "orig_to"}
# Filled in by code after the context is built.
LATE_KEYS = {"brand", "friend"}


def _placeholders(value: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(value, list):
        for item in value:
            found |= _placeholders(item)
    elif isinstance(value, tuple):
        for part in value:
            for text in (part,) if isinstance(part, str) else part:
                found |= {name for _, name, _, _ in Formatter().parse(text) if name}
    return found


def _kind_placeholders(kind: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    for key, value in kind.items():
        if key not in {"senders", "group", "style"}:
            found |= _placeholders(value)
    return found


@pytest.fixture(scope="module")
def contexts() -> dict[str, set[str]]:
    rng = Rng("phrases")
    world = make_world(rng, "me")
    employer = world.employers[0]
    app = new_application(world, "app-1", employer, make_role(rng, "en"), 1.7e9)
    step = Step(
        at=1.7e9 + 3600,
        kind="interview_confirm",
        category=Category.INTERVIEW,
        event_at=1.7e9 + 86400,
    )
    app_keys = set(appmail.context(world, app, step, "en"))
    noise_keys = set(jobmail._ctx(world, "en", employer, app.role, 1.7e9))
    life = lifemail._ctx(world, "en", 1.7e9, book("life", "en")["vocab"], rng)
    life_keys = set(life) | set(life._makers) | LATE_KEYS
    return {"app": app_keys, "noise": noise_keys, "life": life_keys}


@pytest.mark.parametrize("lang", [*LANGS, "de_du"])
def test_job_templates_use_only_known_placeholders(
    lang: str, contexts: dict[str, set[str]]
) -> None:
    for name, kind in book("job", lang).items():
        if name in {"vocab", "labels", "greet", "sign"}:
            continue
        if name in {"forward_header"}:
            assert _kind_placeholders(kind) <= FORWARD_KEYS
            continue
        known = contexts["noise"] if name in NOISE_KINDS else contexts["app"]
        missing = _kind_placeholders(kind) - known
        assert not missing, f"{lang}:{name} uses {missing}"


@pytest.mark.parametrize("lang", LANGS)
def test_life_templates_use_only_known_placeholders(
    lang: str, contexts: dict[str, set[str]]
) -> None:
    for name, kind in book("life", lang).items():
        if name == "vocab":
            continue
        missing = _kind_placeholders(kind) - contexts["life"]
        assert not missing, f"{lang}:{name} uses {missing}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_every_application_kind(lang: str) -> None:
    english = {
        name
        for name in book("job", "en")
        if not name.startswith(
            (
                "linkedin",
                "indeed",
                "wellfound",
                "handshake",
                "alert_hiring",
                "alert_recommend",
                "viewed",
                "forward_header",
            )
        )
    }
    assert english <= set(book("job", lang))


def test_greetings_and_signoffs_are_shared_by_both_registers() -> None:
    for lang in [*LANGS, "de_du"]:
        kinds = book("job", lang)
        assert set(kinds["greet"]) == {"formal", "casual"}
        assert set(kinds["sign"]) == {"team", "person"}


def test_phrase_alternatives_are_compiled() -> None:
    phrase: Phrase = book("job", "en")["confirmation"]["open"][1]
    assert any(isinstance(part, tuple) for part in phrase)
