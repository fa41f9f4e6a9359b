"""Discord over the gateway (discord.py): guidebot answers mentions in a thread, and keeps
answering in that thread without a new mention.

::

    message mentioning the bot in a channel -> new thread from the message -> answer there
    message in a thread the bot answered in -> the thread's earlier messages as history -> answer
    direct message                          -> the DM's recent messages as history -> answer

It types while it works, never answers itself, another bot or a webhook, and renders
with :func:`guidebot.adapters.render.to_discord_messages` like the /ask command does.
Needs the privileged *Message Content* intent to read messages that do not mention it.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import discord

from guidebot.adapters.discord import THANKS_TEXT, parse_feedback_id
from guidebot.adapters.history import Role, to_turns
from guidebot.adapters.render import to_discord_messages
from guidebot.config import Settings
from guidebot.domain import MAX_MESSAGE_CHARS, ChatRequest, Turn
from guidebot.feedback import FeedbackStore, feedback_store

log = logging.getLogger(__name__)

SORRY_TEXT = "Sorry, I couldn't answer just now. Please try again in a moment."
HINT_TEXT = "Ask me a question about what the site's guides cover, and I'll answer with sources."
_THREADS = {discord.ChannelType.public_thread, discord.ChannelType.private_thread,
            discord.ChannelType.news_thread}
_CITATION_LINK = re.compile(r"\[\[(\d+)\]\]\(<[^>\s]*>\)")
_HISTORY_MESSAGES = 50


def _mention(user_id: int) -> re.Pattern[str]:
    return re.compile(rf"<@!?{user_id}>")


def to_send_kwargs(payload: dict[str, Any]) -> dict[str, Any]:
    """A rendered message payload as ``Messageable.send`` arguments (embeds, buttons, no pings)."""
    kwargs: dict[str, Any] = {"allowed_mentions": discord.AllowedMentions.none()}
    if payload.get("content"):
        kwargs["content"] = payload["content"]
    if payload.get("embeds"):
        kwargs["embeds"] = [discord.Embed.from_dict(e) for e in payload["embeds"]]
    buttons = [c for row in payload.get("components", []) for c in row.get("components", [])]
    if buttons:
        view = discord.ui.View(timeout=600)  # clicks are handled in on_interaction, not here
        for b in buttons:
            view.add_item(discord.ui.Button(style=discord.ButtonStyle(b["style"]), label=b["label"],
                                            emoji=b["emoji"]["name"], custom_id=b["custom_id"]))
        kwargs["view"] = view
    return kwargs


class GatewayResponder:
    """Decides whether and where to answer a message, and answers it.

    Works on discord.py objects by their attributes (``author``, ``channel``, ``mentions``,
    ``history``...), so tests can hand it small fakes.

    Args:
        bot_provider: Returns the bot.
        max_threads: How many answered threads to remember.
    """

    def __init__(self, bot_provider: Callable[[], Any], *, max_threads: int = 10_000) -> None:
        self.bot_provider = bot_provider
        self.max_threads = max_threads
        self.threads: OrderedDict[int, None] = OrderedDict()

    def _remember(self, thread_id: int) -> None:
        self.threads[thread_id] = None
        self.threads.move_to_end(thread_id)
        while len(self.threads) > self.max_threads:
            self.threads.popitem(last=False)

    async def on_message(self, message: Any, me: Any) -> None:
        """Answer ``message`` if it is for guidebot; ``me`` is the bot's own user."""
        author = message.author
        if author.bot or getattr(message, "webhook_id", None) or author.id == me.id:
            return
        channel = message.channel
        mentioned = any(u.id == me.id for u in message.mentions)
        earlier: list[Any] | None = None
        if channel.type == discord.ChannelType.private:
            target = channel
        elif channel.type in _THREADS:
            if not mentioned and channel.id not in self.threads and channel.owner_id != me.id:
                earlier = await self._earlier(channel, message)
                if not any(m.author.id == me.id for m in earlier):
                    return
            target = channel
        elif mentioned:
            question = self._question(message, me)
            target = await message.create_thread(name=(question or "guidebot")[:90],
                                                 auto_archive_duration=1440)
        else:
            return
        await self.answer(message, target, me, earlier)

    async def answer(self, message: Any, target: Any, me: Any, earlier: list[Any] | None) -> None:
        """Type in ``target``, ask the bot with the conversation so far, send the answer there."""
        question = self._question(message, me)
        if not question:
            await target.send(HINT_TEXT, allowed_mentions=discord.AllowedMentions.none())
            return
        async with target.typing():
            try:
                history: list[Turn] = []
                if target is message.channel:  # a thread or a DM: it has a conversation
                    if earlier is None:
                        earlier = await self._earlier(target, message)
                    earlier = await self._with_starter(target, earlier)
                    history = self._turns(earlier, me)
                request = ChatRequest(message=question, history=history, locale=None)
                response = await asyncio.to_thread(self.bot_provider().chat, request)
                payloads = to_discord_messages(response)
            except Exception:
                log.exception("discord: answering a message failed")
                payloads = [{"content": SORRY_TEXT}]
        for payload in payloads:
            await target.send(**to_send_kwargs(payload))
        if target.type in _THREADS:
            self._remember(target.id)

    @staticmethod
    def _question(message: Any, me: Any) -> str:
        return _mention(me.id).sub("", message.content or "").strip()[:MAX_MESSAGE_CHARS]

    @staticmethod
    async def _earlier(channel: Any, message: Any) -> list[Any]:
        """The channel's messages before ``message``, oldest first."""
        found = [m async for m in channel.history(limit=_HISTORY_MESSAGES, before=message)]
        return sorted(found, key=lambda m: m.id)

    @staticmethod
    async def _with_starter(channel: Any, earlier: list[Any]) -> list[Any]:
        """A thread made from a message begins with that message, which lives in the parent."""
        if channel.type not in _THREADS or any(m.id == channel.id for m in earlier):
            return earlier
        starter = getattr(channel, "starter_message", None)
        parent = getattr(channel, "parent", None)
        if starter is None and parent is not None:
            try:
                starter = await parent.fetch_message(channel.id)
            except Exception:  # no such message (a thread not made from one), or no access
                starter = None
        return [starter, *earlier] if starter is not None else earlier

    @staticmethod
    def _turns(messages: list[Any], me: Any) -> list[Turn]:
        mention = _mention(me.id)
        pairs: list[tuple[Role, str]] = []
        for m in messages:
            ours = m.author.id == me.id
            if not ours and (m.author.bot or getattr(m, "webhook_id", None)):
                continue
            content = m.content or ""
            if ours:  # read our citation links back as the plain markers the bot wrote
                pairs.append(("assistant", _CITATION_LINK.sub(r"[\1]", content)))
            else:
                pairs.append(("user", mention.sub("", content)))
        return to_turns(pairs)


class GuidebotClient(discord.Client):
    """The gateway bot: :class:`GatewayResponder` for messages, the feedback store for 👍/👎.

    Args:
        settings: For the data dir (feedback store).
        bot: The bot that answers.
    """

    def __init__(self, settings: Settings, bot: Any, **options: Any) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        super().__init__(intents=intents, **options)
        self.settings = settings
        self.responder = GatewayResponder(lambda: bot)
        self._store: FeedbackStore | None = None

    async def on_ready(self) -> None:
        log.info("discord: logged in as %s (%s)", self.user, getattr(self.user, "id", "?"))

    async def on_message(self, message: discord.Message) -> None:
        if self.user is not None:
            await self.responder.on_message(message, self.user)

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        if interaction.type != discord.InteractionType.component:
            return
        data: dict[str, Any] = dict(interaction.data or {})
        parsed = parse_feedback_id(str(data.get("custom_id", "")))
        if parsed is None:
            return
        rating, kind = parsed
        if self._store is None:
            self._store = feedback_store(self.settings.data_dir)
        message = interaction.message
        self._store.record(
            channel="discord", rating=rating, kind=kind, answer=message.content if message else "",
            extra={"guild": interaction.guild_id, "channel": interaction.channel_id,
                   "message_id": message.id if message else None, "via": "gateway"},
        )
        await interaction.response.send_message(THANKS_TEXT, ephemeral=True)


def run_gateway(settings: Settings, bot: Any) -> None:
    """Connect to Discord and answer until stopped (blocks). The token is never logged."""
    if settings.discord_api_url.rstrip("/") != "https://discord.com/api/v10":
        discord.http.Route.BASE = settings.discord_api_url.rstrip("/")
    token = settings.discord_bot_token.get_secret_value() if settings.discord_bot_token else ""
    GuidebotClient(settings, bot).run(token, log_handler=None)
