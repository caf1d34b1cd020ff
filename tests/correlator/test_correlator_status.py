"""The status state machine: forward only by mail, out-of-order safe, humans may move it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from jobtracker.correlator.state import Application, LinkedMessage
from jobtracker.correlator.status import correct_status, effective_status, fold_status, mail_step
from jobtracker.pipeline.contracts import MessageKey
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category

DAY0 = datetime(2024, 3, 1, tzinfo=UTC)


def _app(*steps: tuple[int | None, S]) -> Application:
    """An application whose messages imply ``steps`` (day offset, status), in linking order."""
    messages = [
        LinkedMessage(
            key=MessageKey(user_id="u1", provider="files", provider_message_id=f"m{i}"),
            sent_at=DAY0 + timedelta(days=day) if day is not None else None,
            category=Category.OTHER_JOB,
            status=status,
        )
        for i, (day, status) in enumerate(steps)
    ]
    app = Application(
        application_id="a1", user_id="u1", company="Acme", company_key="acme", messages=messages
    )
    app.status, _ = fold_status(app)
    return app


@pytest.mark.parametrize(
    ("current", "incoming", "after"),
    [
        (S.APPLIED, S.INTERVIEWING, S.INTERVIEWING),
        (S.INTERVIEWING, S.APPLIED, S.INTERVIEWING),  # a late "application viewed"
        (S.OFFER, S.ASSESSMENT, S.OFFER),
        (S.INTERESTED, S.APPLIED, S.APPLIED),
        (S.APPLIED, S.REJECTED, S.REJECTED),
        (S.OFFER, S.REJECTED, S.REJECTED),  # an offer can be rescinded
        (S.REJECTED, S.OFFER, S.OFFER),
        (S.REJECTED, S.INTERVIEWING, S.REJECTED),
        (S.ACCEPTED, S.REJECTED, S.ACCEPTED),  # the candidate's decision stands
        (S.WITHDRAWN, S.INTERVIEWING, S.WITHDRAWN),
        (S.INTERVIEWING, S.ON_HOLD, S.ON_HOLD),
        (S.ON_HOLD, S.INTERVIEWING, S.INTERVIEWING),
        (S.APPLIED, None, S.APPLIED),
        (None, S.ASSESSMENT, S.ASSESSMENT),
    ],
)
def test_mail_moves_status_forward_only_except_jumps(
    current: S | None, incoming: S | None, after: S
) -> None:
    assert mail_step(current, incoming) == after


def test_status_is_a_fold_in_sent_order_not_arrival_order() -> None:
    app = _app((10, S.REJECTED), (0, S.APPLIED), (5, S.INTERVIEWING))
    status, final_since = fold_status(app)
    assert status == S.REJECTED
    assert final_since == DAY0 + timedelta(days=10)


def test_undated_messages_fold_last() -> None:
    app = _app((None, S.APPLIED), (3, S.INTERVIEWING))
    assert fold_status(app)[0] == S.INTERVIEWING


def test_a_correction_moves_anywhere_and_later_mail_moves_on_from_it() -> None:
    app = _app((0, S.APPLIED), (5, S.REJECTED))
    before = correct_status(app, S.INTERVIEWING, DAY0 + timedelta(days=6))
    assert (before, app.status) == (S.REJECTED, S.INTERVIEWING)
    app.messages.extend(_app((8, S.OFFER)).messages)
    assert fold_status(app)[0] == S.OFFER


def test_a_correction_is_not_undone_by_earlier_mail() -> None:
    app = _app((0, S.APPLIED), (2, S.INTERVIEWING))
    correct_status(app, S.WITHDRAWN, DAY0 + timedelta(days=3))
    app.messages.extend(_app((1, S.REJECTED)).messages)
    assert fold_status(app)[0] == S.WITHDRAWN


def test_ghosted_is_derived_at_read_time() -> None:
    app = _app((0, S.APPLIED))
    app.status, app.last_activity_at = S.APPLIED, DAY0
    assert effective_status(app, now=DAY0 + timedelta(days=31)) == S.GHOSTED
    assert effective_status(app, now=DAY0 + timedelta(days=29)) == S.APPLIED
    app.status = S.REJECTED
    assert effective_status(app, now=DAY0 + timedelta(days=300)) == S.REJECTED
