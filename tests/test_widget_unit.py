"""The widget's routes through the real app with a fake bot: assets, the demo page,
``POST /v1/feedback`` (validation and storage) and CORS. No model, no browser, no network.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from fastapi.testclient import TestClient

from guidebot.adapters.web import create_app
from guidebot.config import Settings
from guidebot.domain import ChatRequest, ChatResponse
from guidebot.feedback import feedback_store

STATIC = Path(__file__).resolve().parents[1] / "src" / "guidebot" / "static"
SITE = "https://site.example"


class FakeBot:
    """Just enough of :class:`guidebot.bot.Bot` for the app to start and answer."""

    def snapshot(self) -> Any:
        return SimpleNamespace(build="fake", chunks=[], listings=[])

    def guides(self) -> list[dict[str, Any]]:
        return []

    def chat(self, request: ChatRequest) -> ChatResponse:
        return ChatResponse(kind="no_answer", answer="I don't know.")

    def stream(self, request: ChatRequest) -> Iterator[tuple[str, Any]]:
        yield "token", "I don't know."
        yield "done", self.chat(request)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", embedder="hashing", cors_origins=[SITE])


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings, bot=FakeBot())) as c:  # type: ignore[arg-type]
        yield c


GOOD = {
    "rating": -1,
    "message": "what is anxious attachment?",
    "answer": "The paradox: the reassurance-seeking ... [1]",
    "kind": "answer",
    "citations": [
        {
            "n": 1,
            "guide_slug": "anxious-attachment-in-men",
            "section": "What changes it",
            "url": "https://mensworkdirectory.example/guides/anxious-attachment-in-men#what-changes-it",
            "guide": "Anxious Attachment in Men",
            "quote": "extra keys of a citation are dropped",
        }
    ],
    "comment": "too vague",
}


# --------------------------------------------------------------------------- assets


@pytest.mark.parametrize(
    ("path", "media_type", "marker"),
    [
        ("/widget.js", "text/javascript", "attachShadow"),
        ("/widget.css", "text/css", ":host"),
        ("/", "text/html", 'src="/widget.js"'),
    ],
)
def test_assets_are_served(client: TestClient, path: str, media_type: str, marker: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert "max-age" in response.headers["cache-control"]
    assert marker in response.text
    assert client.head(path).status_code == 200


def test_assets_are_package_data() -> None:
    from importlib.resources import files

    static = files("guidebot").joinpath("static")
    assert {"widget.js", "widget.css", "demo.html"} <= {p.name for p in static.iterdir()}


def test_widget_never_parses_markup() -> None:
    """Server text reaches the page only through textContent and attributes, never as HTML."""
    source = (STATIC / "widget.js").read_text()
    code = re.sub(r"/\*.*?\*/|^\s*//.*$", "", source, flags=re.S | re.M)
    for sink in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "createContextualFragment",
        "DOMParser",
        "eval(",
        "new Function",
        "srcdoc",
    ):
        assert sink not in code, f"widget.js uses {sink}"
    addresses = set(re.findall(r"https?://[^\s\"'`]+", code))
    assert addresses <= {"http://www.w3.org/2000/svg"}, (
        f"widget.js has fixed addresses (a CDN?): {addresses}"
    )


def test_widget_is_ascii() -> None:
    """A page in another charset, or a proxy that drops the header, can't garble it."""
    assert (STATIC / "widget.js").read_bytes().isascii()
    assert (STATIC / "widget.css").read_bytes().isascii()


def test_demo_page_embeds_the_widget_with_one_tag(client: TestClient) -> None:
    html = client.get("/").text
    tags = re.findall(r"<script\b[^>]*>", html)
    assert len(tags) == 1 and "defer" in tags[0] and "data-suggestions=" in tags[0]


# --------------------------------------------------------------------------- feedback


def test_feedback_is_stored(client: TestClient, settings: Settings) -> None:
    response = client.post("/v1/feedback", json=GOOD, headers={"Origin": SITE})
    assert response.status_code == 201
    rows = feedback_store(settings.data_dir).all()
    assert [r["id"] for r in rows] == [response.json()["id"]]
    row = rows[0]
    assert (row["channel"], row["rating"], row["kind"]) == ("widget", -1, "answer")
    assert (row["message"], row["answer"], row["comment"]) == (
        GOOD["message"],
        GOOD["answer"],
        "too vague",
    )
    assert '"section": "What changes it"' in row["citations"] and "quote" not in row["citations"]
    assert SITE in row["extra"]


def test_feedback_without_optional_fields(client: TestClient, settings: Settings) -> None:
    body = {"rating": 1, "message": "hi", "answer": "", "kind": "no_answer"}
    assert client.post("/v1/feedback", json=body).status_code == 201
    (row,) = feedback_store(settings.data_dir).all()
    assert row["rating"] == 1 and row["citations"] == "[]" and row["comment"] == ""


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"rating": 0}, "rating"),
        ({"rating": 5}, "rating"),
        ({"rating": "up"}, "rating"),
        ({"kind": "maybe"}, "kind"),
        ({"message": ""}, "message"),
        ({"message": "x" * 2001}, "message"),
        ({"answer": "x" * 20_001}, "answer"),
        ({"comment": "x" * 2001}, "comment"),
        ({"citations": [{"n": 0}]}, "citations.0.n"),
        ({"citations": [{"n": 1}] * 21}, "citations"),
        ({"unknown": 1}, "unknown"),
        ({"rating": None}, "rating"),
    ],
)
def test_feedback_rejects_invalid_bodies(
    client: TestClient, settings: Settings, change: dict[str, Any], field: str
) -> None:
    response = client.post("/v1/feedback", json={**GOOD, **change})
    assert response.status_code == 422
    assert response.json()["error"].startswith(f"{field}:"), response.json()["error"]
    assert feedback_store(settings.data_dir).all() == []


def test_feedback_needs_the_required_fields(client: TestClient) -> None:
    response = client.post("/v1/feedback", json={"rating": 1})
    assert response.status_code == 422
    reason = response.json()["error"]
    for name in ("message", "answer", "kind"):
        assert f"{name}: Field required" in reason


def test_feedback_rejects_a_body_that_is_not_json(client: TestClient) -> None:
    response = client.post(
        "/v1/feedback", content=b"rating=1", headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 422 and response.json()["error"]


# --------------------------------------------------------------------------- CORS


def test_cors_allows_the_listed_site(client: TestClient) -> None:
    for path in ("/v1/feedback", "/v1/chat/stream"):
        response = client.options(
            path,
            headers={
                "Origin": SITE,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            },
        )
        assert response.status_code == 200
        assert response.headers["access-control-allow-origin"] == SITE


def test_cors_refuses_other_sites(client: TestClient) -> None:
    response = client.options(
        "/v1/feedback",
        headers={
            "Origin": "https://evil.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert "access-control-allow-origin" not in response.headers
    response = client.post("/v1/feedback", json=GOOD, headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in response.headers


def test_cors_default_is_localhost_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GUIDEBOT_CORS_ORIGINS", raising=False)
    assert all(
        re.match(r"^http://(localhost|127\.0\.0\.1):\d+$", o) for o in Settings().cors_origins
    )
    monkeypatch.setenv("GUIDEBOT_CORS_ORIGINS", '["https://a.example", "https://b.example"]')
    assert Settings().cors_origins == ["https://a.example", "https://b.example"]
