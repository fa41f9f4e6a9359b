"""Discord: Ed25519-signed interactions, the /ask follow-up flow against a stand-in for Discord's
API on 127.0.0.1 (over real HTTP), command registration, and the gateway bot's decisions."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import discord
import pytest
from fake_platforms import CITATIONS, FakeBot, FakeDiscordAPI
from fastapi.testclient import TestClient
from nacl.signing import SigningKey

from guidebot.adapters.discord import ASK_COMMAND, register_command
from guidebot.adapters.discord_gateway import HINT_TEXT, GatewayResponder
from guidebot.adapters.web import create_app
from guidebot.config import Settings
from guidebot.feedback import feedback_store

APP_ID = "123456789012345678"


@pytest.fixture
def key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture
def discord_api():
    with FakeDiscordAPI() as api:
        yield api


@pytest.fixture
def settings(tmp_path: Path, key: SigningKey, discord_api: FakeDiscordAPI) -> Settings:
    return Settings(data_dir=tmp_path, discord_public_key=key.verify_key.encode().hex(),
                    discord_application_id=APP_ID, discord_bot_token="bot-token",
                    discord_api_url=discord_api.api_url)


@pytest.fixture
def bot() -> FakeBot:
    return FakeBot()


@pytest.fixture
def client(settings: Settings, bot: FakeBot) -> TestClient:
    return TestClient(create_app(settings, bot=bot))


def signed(key: SigningKey, payload: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    """The body and headers Discord sends: an Ed25519 signature of timestamp + body."""
    body = json.dumps(payload).encode()
    timestamp = str(int(time.time()))
    signature = key.sign(timestamp.encode() + body).signature.hex()
    return body, {"X-Signature-Ed25519": signature, "X-Signature-Timestamp": timestamp,
                  "Content-Type": "application/json"}


def ask(question: str, token: str = "interaction-token") -> dict[str, Any]:
    return {"type": 2, "id": "1", "application_id": APP_ID, "token": token, "version": 1,
            "guild_id": "9", "channel_id": "8", "member": {"user": {"id": "7", "username": "x"}},
            "data": {"id": "2", "name": "ask", "type": 1,
                     "options": [{"name": "question", "type": 3, "value": question}]}}


# --------------------------------------------------------------------------- verification


def test_signed_ping_gets_pong(client: TestClient, key: SigningKey) -> None:
    body, headers = signed(key, {"type": 1, "id": "1", "application_id": APP_ID})
    reply = client.post("/discord/interactions", content=body, headers=headers)
    assert reply.status_code == 200
    assert reply.json() == {"type": 1}


def test_forged_ping_is_refused(client: TestClient, key: SigningKey) -> None:
    ping = {"type": 1, "id": "1", "application_id": APP_ID}
    body, headers = signed(SigningKey.generate(), ping)  # someone else's key
    assert client.post("/discord/interactions", content=body, headers=headers).status_code == 401
    body, headers = signed(key, ping)
    tampered = body.replace(b'"type": 1', b'"type": 2')
    reply = client.post("/discord/interactions", content=tampered, headers=headers)
    assert reply.status_code == 401
    headers["X-Signature-Ed25519"] = "zz"
    assert client.post("/discord/interactions", content=body, headers=headers).status_code == 401
    assert client.post("/discord/interactions", content=body).status_code == 401


def test_not_mounted_without_a_public_key(tmp_path: Path, bot: FakeBot) -> None:
    app = create_app(Settings(data_dir=tmp_path), bot=bot)
    assert TestClient(app).post("/discord/interactions", content=b"{}").status_code == 404


# --------------------------------------------------------------------------- /ask end to end


def test_ask_is_deferred_then_answered_as_a_follow_up(client: TestClient, key: SigningKey,
                                                      discord_api: FakeDiscordAPI,
                                                      bot: FakeBot) -> None:
    bot.release.clear()
    body, headers = signed(key, ask("I need help: how do I feel less anxious?"))
    reply = client.post("/discord/interactions", content=body, headers=headers)
    assert reply.json() == {"type": 5}
    assert discord_api.requests == []
    bot.release.set()

    [post] = discord_api.wait_for(lambda: discord_api.calls("/interaction-token"))
    assert post["method"] == "POST"
    assert post["path"] == f"/api/v10/webhooks/{APP_ID}/interaction-token"
    message = post["body"]
    for c in CITATIONS:
        assert f"[[{c.n}]](<{c.url}>)" in message["content"]
    assert [e["url"] for e in message["embeds"][:2]] == [c.url for c in CITATIONS]
    assert message["embeds"][2]["title"] == "Sam Rivera Coaching"
    assert message["allowed_mentions"] == {"parse": []}
    assert message["components"][0]["components"][0]["custom_id"] == "guidebot:fb:up:answer"
    assert bot.requests[0].message == "I need help: how do I feel less anxious?"


def test_long_answer_arrives_in_order_within_2000(client: TestClient, key: SigningKey,
                                                  discord_api: FakeDiscordAPI) -> None:
    body, headers = signed(key, ask("a long one please"))
    client.post("/discord/interactions", content=body, headers=headers)
    def finished() -> list[Any]:
        posts = discord_api.calls("/interaction-token")
        return posts if posts and "components" in posts[-1]["body"] else []

    posts = discord_api.wait_for(finished)
    assert len(posts) > 1
    contents = [p["body"].get("content", "") for p in posts]
    assert all(len(c) <= 2000 for c in contents)
    assert contents[0].startswith("Sentence 0 ") and "Sentence 119 " in contents[-1]
    numbers = [int(n) for c in contents for n in re.findall(r"Sentence (\d+) ", c)]
    assert numbers == list(range(120))  # every sentence, once, in order


def test_follow_up_url_token_is_not_logged(client: TestClient, key: SigningKey,
                                           discord_api: FakeDiscordAPI,
                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.INFO, logger="httpx")  # the CLI tests quiet it
    body, headers = signed(key, ask("anything", token="very-secret-token"))
    client.post("/discord/interactions", content=body, headers=headers)
    discord_api.wait_for(lambda: discord_api.calls("/very-secret-token"))
    time.sleep(0.1)
    assert "/webhooks/" in caplog.text  # httpx did log the request...
    assert "very-secret-token" not in caplog.text  # ...without the token


def test_crisis_follow_up_puts_resources_first(client: TestClient, key: SigningKey,
                                               discord_api: FakeDiscordAPI) -> None:
    body, headers = signed(key, ask("crisis"))
    client.post("/discord/interactions", content=body, headers=headers)
    [post] = discord_api.wait_for(lambda: discord_api.calls("/interaction-token"))
    assert post["body"]["content"].startswith("**Reach someone now**\n• **988 Suicide & Crisis")


def test_failure_follow_up_apologises(client: TestClient, key: SigningKey,
                                      discord_api: FakeDiscordAPI) -> None:
    from guidebot.adapters.discord import SORRY_TEXT

    body, headers = signed(key, ask("please fail"))
    client.post("/discord/interactions", content=body, headers=headers)
    [post] = discord_api.wait_for(lambda: discord_api.calls("/interaction-token"))
    assert post["body"]["content"] == SORRY_TEXT


def test_feedback_button_is_recorded(client: TestClient, key: SigningKey,
                                     settings: Settings) -> None:
    click = {"type": 3, "id": "5", "application_id": APP_ID, "token": "t", "version": 1,
             "guild_id": "9", "channel_id": "8",
             "message": {"id": "55", "content": "Anxious attachment eases... [[1]](<https://x>)"},
             "data": {"custom_id": "guidebot:fb:up:answer", "component_type": 2}}
    body, headers = signed(key, click)
    reply = client.post("/discord/interactions", content=body, headers=headers).json()
    assert reply["type"] == 4 and reply["data"]["flags"] == 64
    [record] = feedback_store(settings.data_dir).all()
    assert (record["channel"], record["rating"], record["kind"]) == ("discord", 1, "answer")
    assert json.loads(record["extra"])["message_id"] == "55"


# --------------------------------------------------------------------------- registration


def test_register_command(settings: Settings, discord_api: FakeDiscordAPI) -> None:
    command = register_command(settings)
    [post] = discord_api.calls("/commands")
    assert post["path"] == f"/api/v10/applications/{APP_ID}/commands"
    assert post["headers"]["Authorization"] == "Bot bot-token"
    assert post["body"] == ASK_COMMAND and command["name"] == "ask"


def test_register_cli_for_one_guild(discord_api: FakeDiscordAPI,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from guidebot.cli import _register_extensions, app

    monkeypatch.setenv("GUIDEBOT_DISCORD_BOT_TOKEN", "bot-token")
    monkeypatch.setenv("GUIDEBOT_DISCORD_APPLICATION_ID", APP_ID)
    monkeypatch.setenv("GUIDEBOT_DISCORD_API_URL", discord_api.api_url)
    _register_extensions()
    result = CliRunner().invoke(app, ["discord", "register", "--guild", "42"])
    assert result.exit_code == 0, result.output
    assert "registered /ask" in result.output and "bot-token" not in result.output
    assert discord_api.calls("/commands")[0]["path"].endswith("/guilds/42/commands")


def test_register_without_a_token_fails_clearly(tmp_path: Path) -> None:
    from guidebot.errors import ConfigError

    with pytest.raises(ConfigError, match="GUIDEBOT_DISCORD_BOT_TOKEN"):
        register_command(Settings(data_dir=tmp_path))


# --------------------------------------------------------------------------- gateway bot

ME = SimpleNamespace(id=1000, bot=True)


class FakeChannel:
    """A text channel, thread or DM: records what is sent and typed, and holds history."""

    def __init__(self, id: int, type: discord.ChannelType, owner_id: int | None = None,
                 parent: Any = None) -> None:
        self.id, self.type, self.owner_id, self.parent = id, type, owner_id, parent
        self.sent: list[dict[str, Any]] = []
        self.messages: list[Any] = []
        self.typed = 0
        self.starter_message = None

    async def send(self, content: str | None = None, **kwargs: Any) -> Any:
        kwargs["content"] = content if content is not None else kwargs.get("content")
        self.sent.append(kwargs)
        return FakeMessage(ME, kwargs["content"] or "", self)

    def typing(self) -> Any:
        channel = self

        class Typing:
            async def __aenter__(self) -> None:
                channel.typed += 1

            async def __aexit__(self, *exc: object) -> None:
                pass

        return Typing()

    async def history(self, limit: int = 100, before: Any = None):
        for m in sorted(self.messages, key=lambda m: -m.id)[:limit]:
            if before is None or m.id < before.id:
                yield m

    async def fetch_message(self, id: int) -> Any:
        for m in self.messages:
            if m.id == id:
                return m
        raise discord.NotFound(SimpleNamespace(status=404, reason="nf"), "Unknown Message")


class FakeMessage:
    _ids = iter(range(1, 10_000))

    def __init__(self, author: Any, content: str, channel: FakeChannel, *, mentions=()) -> None:
        self.id = next(self._ids)
        self.author, self.content, self.channel = author, content, channel
        self.mentions = list(mentions)
        self.webhook_id = None
        self.thread: FakeChannel | None = None
        channel.messages.append(self)

    async def create_thread(self, *, name: str, auto_archive_duration: int = 1440) -> FakeChannel:
        self.thread = FakeChannel(self.id, discord.ChannelType.public_thread, owner_id=ME.id,
                                  parent=self.channel)
        self.thread.name = name
        return self.thread


PERSON = SimpleNamespace(id=7, bot=False)
OTHER_BOT = SimpleNamespace(id=8, bot=True)


def test_gateway_mention_opens_a_thread_and_continues_there(bot: FakeBot) -> None:
    async def scenario() -> None:
        responder = GatewayResponder(lambda: bot)
        channel = FakeChannel(1, discord.ChannelType.text)
        first = FakeMessage(PERSON, f"<@{ME.id}> How do I feel less anxious?", channel,
                            mentions=[ME])
        await responder.on_message(first, ME)
        thread = first.thread
        assert thread is not None and thread.name == "How do I feel less anxious?"
        assert thread.typed == 1 and channel.sent == []
        [sent] = thread.sent
        assert f"[[1]](<{CITATIONS[0].url}>)" in sent["content"]
        assert [e.url for e in sent["embeds"]] == [c.url for c in CITATIONS]
        assert [i.custom_id for i in sent["view"].children] == ["guidebot:fb:up:answer",
                                                                "guidebot:fb:down:answer"]
        assert sent["allowed_mentions"].everyone is False
        assert bot.requests[0].history == []

        follow = FakeMessage(PERSON, "And what about anger?", thread)
        await responder.on_message(follow, ME)
        assert len(thread.sent) == 2
        history = bot.requests[1].history
        assert [t.role for t in history] == ["user", "assistant"]
        assert history[0].content == "How do I feel less anxious?"  # the starter, from the parent
        assert "[1]" in history[1].content and "<https" not in history[1].content

    asyncio.run(scenario())


def test_gateway_ignores_bots_itself_and_other_threads(bot: FakeBot) -> None:
    async def scenario() -> None:
        responder = GatewayResponder(lambda: bot)
        channel = FakeChannel(1, discord.ChannelType.text)
        await responder.on_message(FakeMessage(OTHER_BOT, f"<@{ME.id}> hi", channel,
                                               mentions=[ME]), ME)
        await responder.on_message(FakeMessage(ME, f"<@{ME.id}> hi", channel, mentions=[ME]), ME)
        hooked = FakeMessage(PERSON, f"<@{ME.id}> hi", channel, mentions=[ME])
        hooked.webhook_id = 5
        await responder.on_message(hooked, ME)
        await responder.on_message(FakeMessage(PERSON, "just chatting", channel), ME)
        theirs = FakeChannel(2, discord.ChannelType.public_thread, owner_id=PERSON.id,
                             parent=channel)
        FakeMessage(PERSON, "a thread about something", theirs)
        await responder.on_message(FakeMessage(PERSON, "no mention here", theirs), ME)
        assert bot.requests == [] and channel.sent == [] and theirs.sent == []

    asyncio.run(scenario())


def test_gateway_answers_dms_and_mentions_in_existing_threads(bot: FakeBot) -> None:
    async def scenario() -> None:
        responder = GatewayResponder(lambda: bot)
        dm = FakeChannel(3, discord.ChannelType.private)
        await responder.on_message(FakeMessage(PERSON, "crisis", dm), ME)
        assert dm.sent[0]["content"].startswith("**Reach someone now**")

        parent = FakeChannel(1, discord.ChannelType.text)
        theirs = FakeChannel(4, discord.ChannelType.public_thread, owner_id=PERSON.id,
                             parent=parent)
        await responder.on_message(FakeMessage(PERSON, f"<@{ME.id}>", theirs, mentions=[ME]), ME)
        assert theirs.sent[0]["content"] == HINT_TEXT
        await responder.on_message(FakeMessage(PERSON, f"<@!{ME.id}> anger?", theirs,
                                               mentions=[ME]), ME)
        assert bot.requests[-1].message == "anger?"
        await responder.on_message(FakeMessage(PERSON, "more?", theirs), ME)  # continues
        assert bot.requests[-1].message == "more?"
        history = bot.requests[-1].history
        assert [(t.role, t.content) for t in history][-2:-1] == [("user", "anger?")]
        assert history[-1].role == "assistant" and "[1]" in history[-1].content

    asyncio.run(scenario())
