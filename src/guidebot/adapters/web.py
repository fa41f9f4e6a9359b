"""The HTTP API: ``POST /v1/chat``, ``POST /v1/chat/stream`` (server-sent events),
``GET /v1/guides``, ``GET /v1/meta``, ``GET /healthz``.

Thin: validate, call the bot, render. The bot (model and index) is built once, at start-up.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from sse_starlette.sse import EventSourceResponse
from starlette.concurrency import run_in_threadpool

from guidebot import __version__
from guidebot.bot import Bot, build_bot
from guidebot.config import Settings, get_settings
from guidebot.domain import ChatRequest, ChatResponse
from guidebot.errors import GuidebotError, StoreError

log = logging.getLogger(__name__)


def _reason(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


async def _in_one_thread(iterator: Iterator[dict[str, str]]) -> AsyncIterator[dict[str, str]]:
    """Run a blocking event iterator in one worker thread and hand its events to the loop.

    One thread for the whole answer, not one hop per event: the tokens of an answer arrive
    as fast as the bot makes them.
    """
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[Any] = asyncio.Queue()
    end = object()

    def produce() -> None:
        try:
            for item in iterator:
                loop.call_soon_threadsafe(queue.put_nowait, item)
        finally:
            loop.call_soon_threadsafe(queue.put_nowait, end)

    worker = loop.run_in_executor(None, produce)
    try:
        while (item := await queue.get()) is not end:
            yield item
    finally:
        await worker


def create_app(settings: Settings | None = None, bot: Bot | None = None) -> FastAPI:
    """The FastAPI app. Pass a ``bot`` in tests; otherwise one is built from ``settings`` at start-up."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if getattr(app.state, "bot", None) is None:
            app.state.bot = await run_in_threadpool(build_bot, settings)
        try:
            await run_in_threadpool(app.state.bot.snapshot)  # load the index now, not on the first visitor
        except StoreError as exc:
            log.warning("no live index yet: %s", exc)
        yield

    app = FastAPI(
        title="guidebot",
        version=__version__,
        lifespan=lifespan,
        description="Answers from the Men's Work Directory's guides, with citations.",
    )
    app.state.bot = bot
    app.state.settings = settings
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["Content-Type"],
        allow_credentials=False,
    )

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(
            status_code=422,
            content={"error": _reason(exc), "detail": json.loads(json.dumps(exc.errors(), default=str))},
        )

    @app.exception_handler(StoreError)
    async def store_down(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse(status_code=503, content={"error": str(exc)})

    def the_bot() -> Bot:
        return app.state.bot

    @app.get("/healthz")
    def healthz() -> JSONResponse:
        try:
            snap = the_bot().snapshot()
        except StoreError as exc:
            return JSONResponse(status_code=503, content={"status": "no index", "error": str(exc)})
        return JSONResponse(
            {
                "status": "ok",
                "build": snap.build,
                "chunks": len(snap.chunks),
                "listings": len(snap.listings),
                "version": __version__,
            }
        )

    @app.get("/v1/meta")
    def meta() -> dict[str, Any]:
        from guidebot.safety import NOTICE

        return {
            "name": "guidebot",
            "version": __version__,
            "notice": NOTICE,
            "generator": settings.generator,
            "retrieval": settings.retrieval_mode,
        }

    @app.get("/v1/guides")
    def guides() -> dict[str, Any]:
        return {"guides": the_bot().guides()}

    @app.post("/v1/chat", response_model=ChatResponse)
    def chat(request: ChatRequest) -> ChatResponse:
        return the_bot().chat(request)

    @app.post("/v1/chat/stream")
    async def chat_stream(request: ChatRequest) -> EventSourceResponse:
        bot = the_bot()

        def events() -> Iterator[dict[str, str]]:
            try:
                for event, data in bot.stream(request):
                    if event == "token":
                        yield {"event": "token", "data": json.dumps({"text": data})}
                    elif event == "done":
                        yield {"event": "done", "data": data.model_dump_json()}
                    else:
                        yield {"event": event, "data": json.dumps(data)}
            except GuidebotError as exc:
                log.warning("stream failed: %s", exc)
                yield {"event": "error", "data": json.dumps({"error": str(exc)})}
            except Exception:  # never leave the connection half-open
                log.exception("stream failed")
                yield {"event": "error", "data": json.dumps({"error": "internal error"})}

        return EventSourceResponse(_in_one_thread(events()), ping=15)

    for extend in _extensions():
        extend(app, settings)
    return app


def _extensions() -> list[Any]:
    """Routers of the other channels (widget, feedback, Slack, Discord), each in its own module."""
    import importlib

    found = []
    for name in ("guidebot.adapters.widget", "guidebot.adapters.slack", "guidebot.adapters.discord"):
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            if exc.name and exc.name.startswith("guidebot"):
                continue  # that channel is not part of this build
            raise
        if hasattr(module, "mount"):
            found.append(module.mount)
    return found
