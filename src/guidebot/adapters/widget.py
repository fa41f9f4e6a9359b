"""The web chat widget's routes: ``GET /widget.js``, ``GET /widget.css``, the demo page at
``GET /``, and ``POST /v1/feedback`` (thumbs up/down, stored in the shared feedback store).

:func:`mount` is called by :func:`guidebot.adapters.web.create_app`. The widget itself is
hand-written JavaScript and CSS under ``guidebot/static/`` (no build step): a site adds it
with one tag, and it talks to ``POST /v1/chat/stream`` and ``GET /v1/meta`` on the API::

    <script src="https://bot.example/widget.js" data-api="https://bot.example" defer></script>

The API's CORS allow-list (``GUIDEBOT_CORS_ORIGINS``) must name the site's origin.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from guidebot.config import Settings
from guidebot.domain import MAX_MESSAGE_CHARS, Kind
from guidebot.feedback import FeedbackStore, feedback_store

STATIC_DIR = Path(str(files("guidebot").joinpath("static")))

# Short: the file name carries no version, so a deploy reaches visitors within minutes.
_ASSET_CACHE = "public, max-age=300"
_ASSETS = {
    "widget.js": "text/javascript; charset=utf-8",
    "widget.css": "text/css; charset=utf-8",
    "demo.html": "text/html; charset=utf-8",
}

Short = Annotated[str, Field(max_length=500)]


class CitedSection(BaseModel):
    """The part of a citation worth keeping with a rating (the quote is in the corpus)."""

    model_config = ConfigDict(extra="ignore")
    n: int = Field(ge=1, le=99)
    guide_slug: Short = ""
    section: Short = ""
    url: Short = ""


class FeedbackRequest(BaseModel):
    """``POST /v1/feedback`` body: a visitor's rating of one answer."""

    model_config = ConfigDict(extra="forbid")
    rating: Literal[1, -1]
    message: str = Field(
        min_length=1, max_length=MAX_MESSAGE_CHARS, description="The visitor's question."
    )
    answer: str = Field(max_length=20_000, description="The answer that was rated, as shown.")
    kind: Kind
    citations: list[CitedSection] = Field(default_factory=list, max_length=20)
    comment: str = Field("", max_length=2000)


def _asset(name: str) -> FileResponse:
    return FileResponse(
        STATIC_DIR / name, media_type=_ASSETS[name], headers={"Cache-Control": _ASSET_CACHE}
    )


def mount(app: FastAPI, settings: Settings) -> None:
    """Add the widget's routes to the API app."""

    @cache
    def store() -> FeedbackStore:  # opened on the first rating, not at start-up
        return feedback_store(settings.data_dir)

    @app.api_route("/widget.js", methods=["GET", "HEAD"], include_in_schema=False)
    def widget_js() -> FileResponse:
        return _asset("widget.js")

    @app.api_route("/widget.css", methods=["GET", "HEAD"], include_in_schema=False)
    def widget_css() -> FileResponse:
        return _asset("widget.css")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def demo() -> FileResponse:
        return _asset("demo.html")

    @app.post("/v1/feedback", status_code=201)
    async def feedback(body: FeedbackRequest, request: Request) -> JSONResponse:
        """Store a thumbs up (``1``) or down (``-1``) on an answer, for editors to review."""
        extra: dict[str, Any] = {"origin": request.headers.get("origin", "")}
        id_ = await run_in_threadpool(
            store().record,
            channel="widget",
            rating=body.rating,
            message=body.message,
            answer=body.answer,
            kind=body.kind,
            citations=[c.model_dump() for c in body.citations],
            comment=body.comment,
            extra=extra,
        )
        return JSONResponse(status_code=201, content={"id": id_})
