"""Stand-ins for the chat platforms' Web APIs on 127.0.0.1, and a fake bot, for the bot tests.

:class:`FakeSlackAPI` keeps channels' messages the way Slack does (``chat.postMessage``,
``chat.update``, ``conversations.replies``), so a thread's history round-trips;
:class:`FakeDiscordAPI` records follow-ups and command registrations. Both record every
request as it arrived over HTTP.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

from guidebot.domain import ChatRequest, ChatResponse, Citation, Referral, Resource

# --------------------------------------------------------------------------- the server


class Recorded(dict):
    """One request: ``method``, ``path``, ``query``, ``body`` (JSON or form), ``headers``."""


class FakeAPI:
    """A threaded HTTP server on 127.0.0.1 that records requests and answers from ``reply``."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                url = urlparse(self.path)
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                kind = self.headers.get("Content-Type", "")
                if "json" in kind and raw:
                    body: Any = json.loads(raw)
                else:
                    body = {k: v[0] for k, v in parse_qs(raw).items()}
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                record = Recorded(method=self.command, path=url.path, query=query, body=body,
                                  headers=dict(self.headers))
                with api._lock:
                    api.requests.append(record)
                    status, payload = api.reply(record)
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PATCH = do_PUT = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def reply(self, request: Recorded) -> tuple[int, Any]:
        return 404, {"error": "not found"}

    def __enter__(self) -> FakeAPI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def calls(self, suffix: str) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r["path"].endswith(suffix)]

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 15.0) -> Any:
        """Poll until ``predicate()`` is truthy; fail the test after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.02)
        paths = [r["path"] for r in self.requests]
        raise AssertionError(f"timed out waiting; requests so far: {paths}")


class FakeSlackAPI(FakeAPI):
    """Slack's Web API under ``/api/``, with channels that hold messages."""

    BOT_USER_ID = "UBOT"
    BOT_ID = "BBOT"

    def __init__(self) -> None:
        super().__init__()
        self.messages: dict[str, list[dict[str, Any]]] = {}
        self._ts = itertools.count(1)

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/"

    def next_ts(self) -> str:
        return f"{1_700_000_000 + next(self._ts)}.000100"

    def add(self, channel: str, message: dict[str, Any]) -> dict[str, Any]:
        """Put a message in a channel, as if someone had posted it (before an event about it)."""
        message = {"type": "message", "ts": self.next_ts(), **message}
        self.messages.setdefault(channel, []).append(message)
        return message

    def reply(self, request: Recorded) -> tuple[int, Any]:
        method = request["path"].rsplit("/", 1)[-1]
        body = request["body"] if isinstance(request["body"], dict) else {}
        args = {**request["query"], **body}
        if method == "auth.test":
            return 200, {"ok": True, "user_id": self.BOT_USER_ID, "bot_id": self.BOT_ID,
                         "team_id": "T1", "user": "guidebot", "team": "Test"}
        if method == "chat.postMessage":
            message = {"type": "message", "ts": self.next_ts(), "user": self.BOT_USER_ID,
                       "bot_id": self.BOT_ID, "text": args.get("text", ""),
                       "blocks": args.get("blocks", [])}
            if args.get("thread_ts"):
                message["thread_ts"] = args["thread_ts"]
            self.messages.setdefault(args["channel"], []).append(message)
            return 200, {"ok": True, "channel": args["channel"], "ts": message["ts"],
                         "message": message}
        if method == "chat.update":
            for message in self.messages.get(args["channel"], []):
                if message["ts"] == args["ts"]:
                    message.update(text=args.get("text", ""), blocks=args.get("blocks", []))
            return 200, {"ok": True, "channel": args["channel"], "ts": args["ts"]}
        if method == "conversations.replies":
            ts = args["ts"]
            thread = [m for m in self.messages.get(args["channel"], [])
                      if m["ts"] == ts or m.get("thread_ts") == ts]
            return 200, {"ok": True, "messages": thread, "has_more": False,
                         "response_metadata": {"next_cursor": ""}}
        if method in ("chat.postEphemeral", "reactions.add", "reactions.remove"):
            return 200, {"ok": True}
        return 200, {"ok": False, "error": "unknown_method"}


class FakeDiscordAPI(FakeAPI):
    """Discord's HTTP API under ``/api/v10``: follow-up webhooks and command registration."""

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/v10"

    def reply(self, request: Recorded) -> tuple[int, Any]:
        if "/webhooks/" in request["path"]:
            return 200, {"id": str(len(self.requests)), **request["body"]}
        if request["path"].endswith("/commands"):
            return 201, {"id": "999", "application_id": "123", **request["body"]}
        return 404, {"message": "404: Not Found", "code": 0}


# --------------------------------------------------------------------------- signing


def slack_headers(secret: str, body: str, timestamp: int | None = None,
                  content_type: str = "application/json") -> dict[str, str]:
    """Headers as Slack signs them: v0 HMAC-SHA256 of ``v0:{timestamp}:{body}`` with the secret."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}",
            "Content-Type": content_type}


# --------------------------------------------------------------------------- the bot

SITE = "https://mensworkdirectory.example/guides"

CITATIONS = [
    Citation(n=1, guide="Anxious Attachment in Men", guide_slug="anxious-attachment-in-men",
             section="What changes it", url=f"{SITE}/anxious-attachment-in-men#what-changes-it",
             quote="Anxious attachment changes through relationships that are reliably safe."),
    Citation(n=2, guide="Anger in Men", guide_slug="anger-in-men",
             section="What anger protects", url=f"{SITE}/anger-in-men#what-anger-protects",
             quote="Anger often stands guard over hurt or fear."),
]
REFERRALS = [
    Referral(id="coach-1", name="Sam Rivera Coaching", kind="coach",
             url="https://mensworkdirectory.example/directory/coach-1",
             reason="Works with men on attachment and relationships.", topics=["attachment"],
             format="online", location="Portland, OR, US"),
]
RESOURCES = [
    Resource(name="988 Suicide & Crisis Lifeline", contact="call or text 988",
             url="https://988lifeline.org"),
    Resource(name="Crisis Text Line", contact="text HOME to 741741",
             url="https://www.crisistextline.org"),
    Resource(name="Emergency services", contact="call 911 for immediate danger"),
]


def answer_response(referrals: bool = False) -> ChatResponse:
    return ChatResponse(
        kind="answer",
        answer=("Anxious attachment eases when someone stays reliably present over time. [1]\n\n"
                "When it shows up as anger, that anger is often guarding hurt. [2]"),
        citations=CITATIONS, referrals=REFERRALS if referrals else [], resources=[],
    )


def crisis_response() -> ChatResponse:
    return ChatResponse(
        kind="crisis",
        answer=("I'm really glad you told me, and I'm taking what you said seriously.\n\n"
                "You can reach **988 Suicide & Crisis Lifeline** (call or text 988), free and "
                "confidential.\n\nI'm still here, and you can keep talking to me."),
        resources=RESOURCES,
    )


def long_response(sentences: int = 120) -> ChatResponse:
    """A long answer whose citation markers land all over the text (for split tests)."""
    parts = []
    for i in range(sentences):
        marker = f" [{1 + i % 2}]" if i % 4 == 3 else ""
        parts.append(f"Sentence {i} of a long answer about attachment and anger, in plain words."
                     + marker)
        if i % 30 == 29:
            parts.append("\n\n")
    return ChatResponse(kind="answer", answer=" ".join(parts).replace(" \n\n ", "\n\n"),
                        citations=CITATIONS)


class FakeBot:
    """Answers with canned responses and records every request it was given.

    ``crisis`` in the message gives the crisis response, ``long`` a long answer, ``help`` an
    answer with a referral, ``fail`` raises; anything else the plain answer.
    """

    def __init__(self) -> None:
        self.requests: list[ChatRequest] = []
        self.release = threading.Event()
        self.release.set()

    def chat(self, request: ChatRequest) -> ChatResponse:
        self.requests.append(request)
        self.release.wait(10)
        text = request.message.lower()
        if "fail" in text:
            raise RuntimeError("the bot broke")
        if "crisis" in text:
            return crisis_response()
        if "long" in text:
            return long_response()
        return answer_response(referrals="help" in text)
