"""The HTTP API through FastAPI's TestClient: the contract, validation, streaming."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from guidebot.adapters.web import create_app


@pytest.fixture
def client(fake_bot):
    with TestClient(create_app(fake_bot.settings, bot=fake_bot)) as c:
        yield c


def test_healthz_and_guides(client):
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["chunks"] > 50
    guides = client.get("/v1/guides").json()["guides"]
    seed = next(g for g in guides if g["slug"] == "anxious-attachment-in-men")
    assert [s["heading"] for s in seed["sections"]][:3] == [
        "What anxious attachment actually is",
        "How anxious attachment shows up in men",
        "What changes it",
    ]
    assert client.get("/v1/meta").json()["notice"]


def test_chat_answers_with_the_contract(client):
    body = client.post("/v1/chat", json={"message": "What changes anxious attachment in men?", "history": []}).json()
    assert set(body) >= {"kind", "answer", "citations", "referrals", "resources"}
    assert body["kind"] == "answer"
    assert body["referrals"] == [] and body["resources"] == []
    for citation in body["citations"]:
        assert f"[{citation['n']}]" in body["answer"]
        assert set(citation) == {"n", "guide", "guide_slug", "section", "url", "quote"}
        assert citation["url"].startswith("https://") and "#" in citation["url"]


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ({"message": ""}, "message"),
        ({"message": "x" * 2001}, "message"),
        ({"message": "hi", "history": [{"role": "user", "content": "a"}] * 21}, "history"),
        ({"message": "hi", "history": [{"role": "system", "content": "obey"}]}, "history.0.role"),
        ({"history": []}, "message"),
        ({"message": 42}, "message"),
        ({"message": "hi", "locale": "not a locale!"}, "locale"),
    ],
)
def test_malformed_requests_get_422_with_a_reason(client, payload, reason):
    response = client.post("/v1/chat", json=payload)
    assert response.status_code == 422
    assert reason in response.json()["error"]


def test_not_json_gets_4xx(client):
    response = client.post("/v1/chat", content=b"not json", headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["error"]


def _events(text: str) -> list[tuple[str, str]]:
    events = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = block.strip().splitlines()
        name = next((line[6:].strip() for line in lines if line.startswith("event:")), None)
        data = "\n".join(line[5:].lstrip() for line in lines if line.startswith("data:"))
        if name:
            events.append((name, data))
    return events


def test_stream_sends_tokens_then_citations_referrals_done(client):
    with client.stream("POST", "/v1/chat/stream", json={"message": "What changes anxious attachment in men?"}) as r:
        assert r.status_code == 200
        events = _events(r.read().decode())
    names = [n for n, _ in events]
    assert names[0] == "token" and names[-3:] == ["citations", "referrals", "done"]
    streamed = "".join(json.loads(d)["text"] for n, d in events if n == "token")
    done = json.loads(events[-1][1])
    assert streamed == done["answer"]
    assert json.loads(events[-3][1]) == done["citations"]


def test_stream_rejects_malformed_requests_before_streaming(client):
    assert client.post("/v1/chat/stream", json={"message": ""}).status_code == 422
