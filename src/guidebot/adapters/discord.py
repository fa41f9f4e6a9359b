"""Discord over HTTP interactions: ``POST /discord/interactions`` and the ``/ask`` command.

::

    signed interaction -> Ed25519 check (401 if forged) -> PING: PONG
    /ask question      -> deferred response (type 5) at once
                       -> worker thread: bot.chat -> render.to_discord_messages
                       -> POST {discord_api_url}/webhooks/{application_id}/{token} per message
    👍/👎 click         -> feedback store, ephemeral thank-you

``guidebot discord register`` registers ``/ask`` through :func:`register_command`; the
gateway bot that answers mentions in threads is :mod:`guidebot.adapters.discord_gateway`.
Neither discord.py nor PyNaCl is imported until used, so the web app runs without them.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from guidebot.adapters.render import DISCORD_FEEDBACK_PREFIX, to_discord_messages
from guidebot.config import Settings
from guidebot.domain import MAX_MESSAGE_CHARS, ChatRequest
from guidebot.errors import ConfigError
from guidebot.feedback import FeedbackStore, feedback_store

log = logging.getLogger(__name__)

PING, APPLICATION_COMMAND, MESSAGE_COMPONENT = 1, 2, 3
PONG, CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE = 1, 4, 5
EPHEMERAL = 1 << 6
SORRY_TEXT = "Sorry, I couldn't answer just now. Please try again in a moment."
THANKS_TEXT = "Thanks for the feedback. It helps the editors improve the guides."

ASK_COMMAND: dict[str, Any] = {
    "name": "ask",
    "type": 1,
    "description": "Ask the Men's Work Directory's guides a question",
    "options": [{
        "type": 3, "name": "question", "required": True, "max_length": MAX_MESSAGE_CHARS,
        "description": "What you'd like to know",
    }],
    "contexts": [0, 1],  # guild channels and DMs with the bot
}

BotProvider = Callable[[], Any]
_WEBHOOK_TOKEN = re.compile(r"(/webhooks/\d+/)[^/?\s\"']+")


class _RedactWebhookTokens(logging.Filter):
    """httpx logs each request's URL at INFO; a follow-up's URL holds the interaction token."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "/webhooks/" in message:
            record.msg, record.args = _WEBHOOK_TOKEN.sub(r"\1<redacted>", message), ()
        return True


def _redact_httpx_logs() -> None:
    httpx_log = logging.getLogger("httpx")
    if not any(isinstance(f, _RedactWebhookTokens) for f in httpx_log.filters):
        httpx_log.addFilter(_RedactWebhookTokens())


def verify_signature(public_key: str, signature: str, timestamp: str, body: bytes) -> bool:
    """True when ``signature`` is the application key's Ed25519 signature of timestamp + body."""
    from nacl.signing import VerifyKey

    try:
        key = VerifyKey(bytes.fromhex(public_key))
        key.verify(timestamp.encode() + body, bytes.fromhex(signature))
    except Exception:  # BadSignatureError, bad hex, wrong lengths: all mean "not Discord"
        return False
    return True


def parse_feedback_id(custom_id: str) -> tuple[int, str] | None:
    """``guidebot:fb:up:answer`` -> ``(1, "answer")``; None for anyone else's button."""
    if not custom_id.startswith(DISCORD_FEEDBACK_PREFIX):
        return None
    rating, _, kind = custom_id[len(DISCORD_FEEDBACK_PREFIX):].partition(":")
    if rating not in ("up", "down"):
        return None
    return (1 if rating == "up" else -1), kind


def _option(data: dict[str, Any], name: str) -> str:
    values = (str(o.get("value", "")) for o in data.get("options", []) if o.get("name") == name)
    return next(values, "")


def _ephemeral(text: str) -> dict[str, Any]:
    return {"type": CHANNEL_MESSAGE, "data": {"content": text, "flags": EPHEMERAL,
                                              "allowed_mentions": {"parse": []}}}


class InteractionHandler:
    """Answers verified interactions; ``/ask`` answers arrive as follow-ups from a worker thread.

    Args:
        settings: ``discord_api_url`` and ``discord_application_id`` are used.
        bot_provider: Returns the bot (looked up per interaction).
        store_provider: Returns the feedback store.
        http: The client follow-ups are posted with (a fresh one by default).
        workers: How many answers run at once.
    """

    def __init__(self, settings: Settings, bot_provider: BotProvider,
                 store_provider: Callable[[], FeedbackStore], *, http: httpx.Client | None = None,
                 workers: int = 4) -> None:
        self.api_url = settings.discord_api_url.rstrip("/")
        self.application_id = settings.discord_application_id or ""
        self.bot_provider = bot_provider
        self.store_provider = store_provider
        self.http = http or httpx.Client(timeout=15)
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="discord-ask")
        _redact_httpx_logs()

    def handle(self, payload: dict[str, Any]) -> dict[str, Any] | None:
        """The interaction response for a verified payload; None for a type it does not handle."""
        kind = payload.get("type")
        if kind == PING:
            return {"type": PONG}
        command = (payload.get("data") or {}).get("name")
        if kind == APPLICATION_COMMAND and command == ASK_COMMAND["name"]:
            question = _option(payload["data"], "question").strip()[:MAX_MESSAGE_CHARS]
            if not question:
                return _ephemeral("Ask a question, e.g. `/ask question: how do I handle anger?`")
            self.executor.submit(self.follow_up, payload["token"], question)
            return {"type": DEFERRED_CHANNEL_MESSAGE}
        if kind == MESSAGE_COMPONENT:
            return self._feedback(payload)
        if kind == APPLICATION_COMMAND:
            return _ephemeral("I don't know that command; try `/ask`.")
        return None

    def follow_up(self, token: str, question: str) -> None:
        """Answer ``question`` and post it as the interaction's follow-up messages."""
        try:
            response = self.bot_provider().chat(ChatRequest(message=question, locale=None))
            messages = to_discord_messages(response)
        except Exception:
            log.exception("discord: answering /ask failed")
            messages = [{"content": SORRY_TEXT, "allowed_mentions": {"parse": []}}]
        url = f"{self.api_url}/webhooks/{self.application_id}/{token}"
        for message in messages:
            if not self._post(url, message):
                break

    def _post(self, url: str, message: dict[str, Any], attempts: int = 3) -> bool:
        """POST one follow-up, waiting out a rate limit. The URL holds the token: never logged."""
        for _ in range(attempts):
            try:
                reply = self.http.post(url, json=message)
            except httpx.HTTPError as exc:
                log.warning("discord: posting a follow-up failed (%s)", type(exc).__name__)
                return False
            if reply.status_code == 429:
                try:
                    wait = float(reply.json().get("retry_after", 1))
                except ValueError:
                    wait = 1.0
                time.sleep(min(wait, 10))
                continue
            if reply.is_success:
                return True
            log.warning("discord: a follow-up was refused with HTTP %s", reply.status_code)
            return False
        return False

    def _feedback(self, payload: dict[str, Any]) -> dict[str, Any] | None:
        parsed = parse_feedback_id((payload.get("data") or {}).get("custom_id", ""))
        if parsed is None:
            return None
        rating, kind = parsed
        message = payload.get("message") or {}
        self.store_provider().record(
            channel="discord", rating=rating, kind=kind, answer=message.get("content", ""),
            extra={"guild": payload.get("guild_id"), "channel": payload.get("channel_id"),
                   "message_id": message.get("id"), "via": "interactions"},
        )
        return _ephemeral(THANKS_TEXT)


def mount(app: Any, settings: Settings) -> None:
    """Add ``POST /discord/interactions`` when the public key and application id are set."""
    if not (settings.discord_public_key and settings.discord_application_id):
        return
    from starlette.requests import Request
    from starlette.responses import JSONResponse

    public_key = settings.discord_public_key
    store: list[FeedbackStore] = []

    def store_provider() -> FeedbackStore:
        if not store:
            store.append(feedback_store(settings.data_dir))
        return store[0]

    handler = InteractionHandler(settings, lambda: app.state.bot, store_provider)

    async def interactions(request: Request) -> JSONResponse:
        body = await request.body()
        signature = request.headers.get("x-signature-ed25519", "")
        timestamp = request.headers.get("x-signature-timestamp", "")
        if not (signature and timestamp
                and verify_signature(public_key, signature, timestamp, body)):
            return JSONResponse({"error": "invalid request signature"}, status_code=401)
        try:
            payload = json.loads(body)
        except ValueError:
            return JSONResponse({"error": "body is not JSON"}, status_code=400)
        answer = handler.handle(payload)
        if answer is None:
            return JSONResponse({"error": "unsupported interaction"}, status_code=400)
        return JSONResponse(answer)

    app.add_route("/discord/interactions", interactions, methods=["POST"],
                  include_in_schema=False)
    app.state.discord_interactions = handler


def register_command(settings: Settings, guild_id: str | None = None, *,
                     http: httpx.Client | None = None) -> dict[str, Any]:
    """Create or update ``/ask`` (globally, or in one guild, where it appears at once).

    Raises:
        ConfigError: the bot token or application id is missing, or Discord refused.
    """
    token = settings.discord_bot_token.get_secret_value() if settings.discord_bot_token else ""
    if not (token and settings.discord_application_id):
        raise ConfigError("set GUIDEBOT_DISCORD_BOT_TOKEN and GUIDEBOT_DISCORD_APPLICATION_ID "
                          "(Developer Portal > your application)")
    base = f"{settings.discord_api_url.rstrip('/')}/applications/{settings.discord_application_id}"
    url = f"{base}/guilds/{guild_id}/commands" if guild_id else f"{base}/commands"
    client = http or httpx.Client(timeout=15)
    try:
        reply = client.post(url, json=ASK_COMMAND, headers={"Authorization": f"Bot {token}"})
    except httpx.HTTPError as exc:
        raise ConfigError(f"could not reach Discord at {settings.discord_api_url}: "
                          f"{type(exc).__name__}") from None
    if not reply.is_success:
        raise ConfigError(f"Discord refused to register /ask (HTTP {reply.status_code}): "
                          f"{reply.text[:300]}")
    return reply.json()
