"""The thin query API over the store; every query is scoped to the requesting user."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import RedirectResponse

from jobtracker.api import problems
from jobtracker.pipeline.settings import Settings
from jobtracker.sinks import analytics, queries
from jobtracker.sinks.store import Store


def _utc(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
    if isinstance(value, dict):
        return {k: _utc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_utc(v) for v in value]
    return value


def current_user(
    request: Request, x_jobtracker_user: Annotated[str | None, Header()] = None
) -> str:
    """The requesting user. Until auth lands, a header names them; else the configured user."""
    return x_jobtracker_user or str(request.app.state.default_user)


User = Annotated[str, Depends(current_user)]


def create_app(settings: Settings, store: Store, *, default_user: str = "me") -> FastAPI:
    app = FastAPI(
        title="jobtracker",
        version="0.1.0",
        description="Your job applications, tracked from your mailbox.",
    )
    problems.install(app)

    app.state.default_user = default_user

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/docs")

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/applications")
    def list_applications(
        user: User,
        status: str | None = None,
        company: str | None = None,
        source: str | None = None,
        q: Annotated[str | None, Query(description="text in company or role")] = None,
        since: Annotated[datetime | None, Query(description="last activity on or after")] = None,
        until: Annotated[datetime | None, Query(description="applied on or before")] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        cursor: str | None = None,
    ) -> dict[str, Any]:
        flt = queries.ApplicationFilter(
            status=status,
            company=company,
            source=source,
            text=q,
            since=_naive(since),
            until=_naive(until),
        )
        try:
            items, next_cursor = queries.list_applications(
                store, user, flt, limit=limit, cursor=cursor
            )
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from None
        return {"items": _utc(items), "next_cursor": next_cursor}

    @app.get("/applications/{application_id}")
    def get_application(user: User, application_id: str) -> dict[str, Any]:
        found = queries.get_application(store, user, application_id)
        if found is None:
            raise HTTPException(404, f"no application {application_id}")
        return _utc(found)  # type: ignore[no-any-return]

    @app.get("/messages/{message_id}")
    def get_message(user: User, message_id: str) -> dict[str, Any]:
        found = queries.get_message(store, user, message_id)
        if found is None:
            raise HTTPException(404, f"no message {message_id}")
        return _utc(found)  # type: ignore[no-any-return]

    @app.get("/review")
    def review(
        user: User,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        items = queries.list_review(store, user, limit=limit, offset=offset)
        return {"items": _utc(items), "threshold": settings.review_threshold}

    @app.get("/stats")
    def stats(user: User) -> dict[str, Any]:
        return analytics.stats(store, user)

    @app.get("/dlq")
    def dead_letters(user: User) -> dict[str, Any]:
        return {"items": _utc(queries.list_dlq(store, user))}

    return app


def _naive(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)
