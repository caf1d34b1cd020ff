from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from jobtracker.api.app import create_app
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.vocabulary import Category
from jobtracker.sinks.store import Store
from jobtracker.sinks.writer import TrackerWriter
from tests.sinks.factories import batch_rows, classified


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    writer = TrackerWriter(store)
    for n, company in enumerate(["Acme", "Globex", "Initech", "Umbrella", "Hooli"]):
        writer.write(batch_rows([classified(n * 10, company=company)], company=company))
    low = classified(99, category=Category.REJECTION, confidence=0.3)
    rows = batch_rows([low], company="Vandelay")
    rows["review_items"] = [
        {
            "review_id": "r1",
            "user_id": "me",
            "message_uid": rows["messages"][0]["message_uid"],
            "application_id": None,
            "reason": "classification confidence 0.30 is below the threshold",
            "confidence": 0.3,
            "created_at": rows["messages"][0]["stored_at"],
            "resolved_at": None,
        }
    ]
    writer.write(rows)
    with TestClient(create_app(Settings(db=store.db), store)) as c:
        yield c


def test_healthz_and_openapi(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/applications",
        "/applications/{application_id}",
        "/messages/{message_id}",
        "/review",
        "/stats",
    } <= set(paths)


def test_cursor_pagination_walks_every_application_once(client: TestClient) -> None:
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = client.get("/applications", params=params).json()
        seen += [a["company"] for a in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == ["Vandelay", "Hooli", "Umbrella", "Initech", "Globex", "Acme"]


def test_filters(client: TestClient) -> None:
    by_company = client.get("/applications", params={"company": "glob"}).json()["items"]
    assert [a["company"] for a in by_company] == ["Globex"]
    by_text = client.get("/applications", params={"q": "data eng"}).json()["items"]
    assert len(by_text) == 6
    assert client.get("/applications", params={"status": "offer"}).json()["items"] == []
    since = client.get("/applications", params={"since": "2026-04-01T00:00:00Z"}).json()["items"]
    assert [a["company"] for a in since] == ["Vandelay", "Hooli"]


def test_application_timeline_and_message(client: TestClient) -> None:
    app = client.get("/applications", params={"company": "Acme"}).json()["items"][0]
    detail = client.get(f"/applications/{app['application_id']}").json()
    assert detail["company"] == "Acme"
    (event,) = detail["timeline"]
    assert event["kind"] == "message_linked" and event["subject"] == "Message 0"
    message = client.get(f"/messages/{event['message_uid']}").json()
    assert message["rfc_message_id"] == "<m0@example.com>"
    assert message["category"] == "confirmation"


def test_other_users_get_404_problem_json(client: TestClient) -> None:
    app = client.get("/applications").json()["items"][0]
    response = client.get(
        f"/applications/{app['application_id']}", headers={"X-Jobtracker-User": "mallory"}
    )
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["title"] == "Not Found"


def test_bad_cursor_and_bad_limit_are_problems(client: TestClient) -> None:
    bad = client.get("/applications", params={"cursor": "!!!"})
    assert bad.status_code == 400 and bad.json()["detail"] == "malformed cursor"
    invalid = client.get("/applications", params={"limit": 0})
    assert invalid.status_code == 422
    assert invalid.headers["content-type"] == "application/problem+json"


def test_review_and_stats(client: TestClient) -> None:
    review = client.get("/review").json()
    assert [i["reason"] for i in review["items"]] == [
        "classification confidence 0.30 is below the threshold"
    ]
    stats = client.get("/stats").json()
    assert stats["applications"] == 6 and stats["messages"] == 6 and stats["open_reviews"] == 1
