"""Slack: guidebot answers app mentions and direct messages in threads, through Slack Bolt.

One event, whether it arrives over HTTP (``POST /slack/events``, signature-checked by
Bolt) or Socket Mode (``guidebot slack``)::

    event -> ack at once (Bolt lazy listener) -> "thinking" reply in the thread
          -> the thread's earlier messages as history (conversations.replies)
          -> bot.chat -> chat.update with Block Kit (render.to_slack_messages)

Once guidebot has answered in a thread, later messages there continue the conversation
without a new mention. It never answers itself or another bot. 👍/👎 clicks go to the
feedback store the widget uses. Tokens come from settings and are never logged.
"""

from __future__ import annotations

import html
import json
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from guidebot.adapters.history import Role, to_turns
from guidebot.adapters.render import SLACK_FEEDBACK_DOWN, SLACK_FEEDBACK_UP, to_slack_messages
from guidebot.config import Settings
from guidebot.domain import MAX_MESSAGE_CHARS, ChatRequest, Turn
from guidebot.errors import ConfigError
from guidebot.feedback import FeedbackStore, feedback_store

log = logging.getLogger(__name__)

THINKING_TEXT = "_Looking through the guides…_"
HINT_TEXT = "Ask me a question about what the site's guides cover, and I'll answer with sources."
SORRY_TEXT = "Sorry, I couldn't answer just now. Please try again in a moment."
THANKS_TEXT = "Thanks for the feedback. It helps the editors improve the guides."
_PERSON_SUBTYPES = {None, "thread_broadcast", "file_share"}
_FEEDBACK_ACTION = re.compile(f"^({SLACK_FEEDBACK_UP}|{SLACK_FEEDBACK_DOWN})$")
_LINK = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")
_REPLY_PAGES = 5

BotProvider = Callable[[], Any]


def _secret(value: Any) -> str:
    return value.get_secret_value() if value is not None else ""


def _ts_key(ts: str) -> tuple[int, int]:
    """Slack timestamps compared exactly (as floats they lose the last digits)."""
    seconds, _, micros = str(ts).partition(".")
    return int(seconds or 0), int(micros or 0)


def plain_text(text: str, bot_user_id: str | None = None) -> str:
    """A Slack message's text as the bot reads it: mentions of the bot dropped, links as
    their label (or URL), other mentions as ``@user`` / ``#channel``, entities unescaped."""

    def link(m: re.Match[str]) -> str:
        target, label = m[1], m[2]
        if target.startswith("@"):
            return "" if bot_user_id and target[1:] == bot_user_id else f"@{label or 'user'}"
        if target.startswith("#"):
            return f"#{label or 'channel'}"
        if target.startswith("!"):
            return f"@{label or target[1:]}"
        return label or target

    return html.unescape(_LINK.sub(link, text or "")).strip()


def thread_history(
    messages: list[dict[str, Any]], before: str, bot_user_id: str | None, bot_id: str | None
) -> list[Turn]:
    """The turns of a thread that came before ``before`` (a message ``ts``).

    guidebot's own messages are the assistant's turns and everyone else's the user's;
    other bots, edits and joins are skipped, consecutive messages of one side merged,
    and only the last turns the API accepts are kept.
    """
    pairs: list[tuple[Role, str]] = []
    for m in messages:
        if _ts_key(m.get("ts", "0")) >= _ts_key(before):
            continue
        ours = bool(bot_user_id and m.get("user") == bot_user_id) or bool(
            bot_id and m.get("bot_id") == bot_id)
        if not ours and (m.get("bot_id") or m.get("subtype") not in _PERSON_SUBTYPES):
            continue
        text = plain_text(m.get("text", ""), bot_user_id)
        if text != plain_text(THINKING_TEXT):
            pairs.append(("assistant" if ours else "user", text))
    return to_turns(pairs)


class SlackResponder:
    """What the listeners do, apart from Bolt's wiring: decide, answer, record feedback.

    Args:
        bot_provider: Returns the :class:`~guidebot.bot.Bot` (or anything with ``chat``).
        store_provider: Returns the feedback store (opened on the first click).
        max_threads: How many answered threads and handled messages to remember.
    """

    def __init__(self, bot_provider: BotProvider, store_provider: Callable[[], FeedbackStore],
                 *, max_threads: int = 10_000) -> None:
        self.bot_provider = bot_provider
        self.store_provider = store_provider
        self.max_threads = max_threads
        self._threads: OrderedDict[tuple[str, str], None] = OrderedDict()
        self._handled: OrderedDict[tuple[str, str], None] = OrderedDict()
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ listeners

    def on_mention(self, event: dict[str, Any], client: Any, context: Any) -> None:
        """``app_mention``: answer in the message's thread."""
        if self._from_person(event, context):
            self._answer(event, client, context)

    def on_message(self, event: dict[str, Any], client: Any, context: Any) -> None:
        """``message``: a direct message, or a reply in a thread guidebot has answered in."""
        if not self._from_person(event, context):
            return
        if event.get("channel_type") == "im":
            self._answer(event, client, context)
            return
        thread_ts = event.get("thread_ts")
        if not thread_ts or f"<@{context.bot_user_id}" in event.get("text", ""):
            return  # channel chatter, or a mention (app_mention answers those)
        channel = event["channel"]
        replies = None
        if (channel, thread_ts) not in self._threads:
            replies = self._replies(client, channel, thread_ts)
            if not any(self._is_ours(m, context) for m in replies):
                return
        self._answer(event, client, context, replies)

    def on_feedback(self, body: dict[str, Any], action: dict[str, Any], client: Any) -> None:
        """A 👍/👎 click: a record in the feedback store, and a thank-you only the clicker sees."""
        try:
            info = json.loads(action.get("value") or "{}")
        except ValueError:
            info = {}
        message = body.get("message") or {}
        channel = (body.get("channel") or {}).get("id", "")
        self.store_provider().record(
            channel="slack",
            rating=1 if action.get("action_id") == SLACK_FEEDBACK_UP else -1,
            message=str(info.get("q", "")),
            answer=plain_text(message.get("text", "")),
            kind=str(info.get("k", "")),
            citations=list(info.get("c", [])),
            extra={"team": (body.get("team") or {}).get("id"), "channel": channel,
                   "message_ts": message.get("ts")},
        )
        user = (body.get("user") or {}).get("id")
        if channel and user:
            client.chat_postEphemeral(channel=channel, user=user, text=THANKS_TEXT,
                                      thread_ts=message.get("thread_ts"))

    # ------------------------------------------------------------------ steps

    @staticmethod
    def _from_person(event: dict[str, Any], context: Any) -> bool:
        """Never answer a bot (this one included), an edit, a deletion or a join."""
        if event.get("bot_id") or event.get("subtype") not in _PERSON_SUBTYPES:
            return False
        user = event.get("user")
        return bool(user) and user != context.bot_user_id

    @staticmethod
    def _is_ours(message: dict[str, Any], context: Any) -> bool:
        return bool(context.bot_user_id and message.get("user") == context.bot_user_id) or bool(
            context.bot_id and message.get("bot_id") == context.bot_id)

    def _remember(self, store: OrderedDict[tuple[str, str], None], key: tuple[str, str]) -> bool:
        """Add ``key``; False when it was already there."""
        with self._lock:
            if key in store:
                return False
            store[key] = None
            while len(store) > self.max_threads:
                store.popitem(last=False)
            return True

    def _replies(self, client: Any, channel: str, thread_ts: str) -> list[dict[str, Any]]:
        messages: list[dict[str, Any]] = []
        cursor = None
        for _ in range(_REPLY_PAGES):
            page = client.conversations_replies(channel=channel, ts=thread_ts, limit=200,
                                                cursor=cursor)
            messages += page.get("messages", [])
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                break
        return messages

    def _answer(self, event: dict[str, Any], client: Any, context: Any,
                replies: list[dict[str, Any]] | None = None) -> None:
        channel, ts = event["channel"], event["ts"]
        if not self._remember(self._handled, (channel, ts)):
            return  # already answered (a retry, or both app_mention and message)
        thread_ts = event.get("thread_ts") or ts
        question = plain_text(event.get("text", ""), context.bot_user_id)[:MAX_MESSAGE_CHARS]
        post = {"channel": channel, "thread_ts": thread_ts, "unfurl_links": False,
                "unfurl_media": False}
        if not question:
            client.chat_postMessage(text=HINT_TEXT, **post)
            return
        thinking = client.chat_postMessage(text=THINKING_TEXT, **post)
        try:
            history: list[Turn] = []
            if event.get("thread_ts"):
                replies = replies if replies is not None else self._replies(client, channel,
                                                                            thread_ts)
                history = thread_history(replies, ts, context.bot_user_id, context.bot_id)
            request = ChatRequest(message=question, history=history, locale=None)
            response = self.bot_provider().chat(request)
            messages = to_slack_messages(response, question=question)
        except Exception:  # the visitor gets an apology, the log the traceback (no text)
            log.exception("slack: answering a message in %s failed", channel)
            messages = [{"text": SORRY_TEXT}]
        first, *rest = messages
        client.chat_update(channel=channel, ts=thinking["ts"], **first)
        for message in rest:
            client.chat_postMessage(**post, **message)
        self._remember(self._threads, (channel, thread_ts))


def _ack(ack: Callable[[], None]) -> None:
    ack()


def create_slack_app(
    settings: Settings,
    bot: Any = None,
    *,
    bot_provider: BotProvider | None = None,
    client: Any = None,
) -> Any:
    """A Bolt ``App`` for guidebot, built from settings; works offline until the first event.

    The token is not checked at start (``token_verification_enabled=False``); Bolt calls
    ``auth.test`` on the first event. The Web API client points at ``settings.slack_api_url``.

    Args:
        settings: Needs ``slack_bot_token``; ``slack_signing_secret`` for HTTP events.
        bot: The bot, or pass ``bot_provider`` to look it up per event (the web app's
            bot is built at start-up, after the routes are mounted).
        client: A ``slack_sdk.WebClient`` to use instead of one from settings.

    Raises:
        ConfigError: ``GUIDEBOT_SLACK_BOT_TOKEN`` is not set.
    """
    from slack_bolt import App
    from slack_sdk import WebClient

    token = _secret(settings.slack_bot_token)
    if not token and client is None:
        raise ConfigError("GUIDEBOT_SLACK_BOT_TOKEN is not set; set it to the app's xoxb- token")
    if bot_provider is None:
        if bot is None:
            raise ValueError("create_slack_app needs a bot or a bot_provider")
        bot_provider = lambda: bot  # noqa: E731

    store: list[FeedbackStore] = []

    def store_provider() -> FeedbackStore:
        if not store:
            store.append(feedback_store(settings.data_dir))
        return store[0]

    app = App(
        client=client or WebClient(token=token, base_url=settings.slack_api_url),
        signing_secret=_secret(settings.slack_signing_secret),
        token_verification_enabled=False,
        name="guidebot",
    )
    responder = SlackResponder(bot_provider, store_provider)
    app.event("app_mention")(ack=_ack, lazy=[responder.on_mention])
    app.event("message")(ack=_ack, lazy=[responder.on_message])
    app.action(_FEEDBACK_ACTION)(ack=_ack, lazy=[responder.on_feedback])
    return app


def mount(app: Any, settings: Settings) -> None:
    """Add ``POST /slack/events`` to the web app, when the bot token and signing secret are set.

    Bolt verifies each request's signature (401 for a forged or stale one) and acks at
    once; the answer follows from a worker thread. The app's bot is looked up per event.
    """
    if not (_secret(settings.slack_bot_token) and _secret(settings.slack_signing_secret)):
        return
    from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import Response

    bolt_app = create_slack_app(settings, bot_provider=lambda: app.state.bot)

    async def slack_events(request: Request) -> Response:
        bolt_request = to_bolt_request(request, await request.body())
        bolt_response = await run_in_threadpool(bolt_app.dispatch, bolt_request)
        return to_starlette_response(bolt_response)

    app.add_route("/slack/events", slack_events, methods=["POST"], include_in_schema=False)
    app.state.slack_app = bolt_app
