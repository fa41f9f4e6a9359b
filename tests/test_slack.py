"""Slack: signed requests to ``/slack/events``, and whole conversations against a stand-in for
Slack's Web API on 127.0.0.1 (the Bolt app's WebClient points at it, over real HTTP)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlencode

import pytest
from fake_platforms import CITATIONS, FakeBot, FakeSlackAPI, slack_headers
from fastapi.testclient import TestClient

from guidebot.adapters.slack import (
    SORRY_TEXT,
    THINKING_TEXT,
    SlackResponder,
    create_slack_app,
    plain_text,
    thread_history,
)
from guidebot.adapters.web import create_app
from guidebot.config import Settings
from guidebot.feedback import feedback_store

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


@pytest.fixture
def slack_api():
    with FakeSlackAPI() as api:
        yield api


@pytest.fixture
def settings(tmp_path: Path, slack_api: FakeSlackAPI) -> Settings:
    return Settings(data_dir=tmp_path, slack_bot_token="xoxb-test-token",
                    slack_signing_secret=SECRET, slack_api_url=slack_api.api_url)


@pytest.fixture
def bot() -> FakeBot:
    return FakeBot()


@pytest.fixture
def client(settings: Settings, bot: FakeBot) -> TestClient:
    return TestClient(create_app(settings, bot=bot))


def event_body(event: dict[str, Any], event_id: str = "Ev1") -> str:
    return json.dumps({"token": "legacy", "team_id": "T1", "api_app_id": "A1",
                       "type": "event_callback", "event_id": event_id,
                       "event_time": int(time.time()), "event": event})


def send(client: TestClient, body: str, **kwargs: Any) -> Any:
    return client.post("/slack/events", content=body, headers=slack_headers(SECRET, body, **kwargs))


def mention(api: FakeSlackAPI, text: str, channel: str = "C1", **extra: Any) -> dict[str, Any]:
    """A person posts ``text`` mentioning the bot; returns the ``app_mention`` event."""
    message = api.add(channel, {"user": "U1", "text": f"<@UBOT> {text}", **extra})
    return {**message, "type": "app_mention", "channel": channel, "event_ts": message["ts"]}


def updates(api: FakeSlackAPI) -> list[dict[str, Any]]:
    return [r["body"] for r in api.calls("/chat.update")]


# --------------------------------------------------------------------------- verification


def test_signed_request_is_accepted(client: TestClient) -> None:
    body = json.dumps({"token": "legacy", "challenge": "abc123", "type": "url_verification"})
    reply = send(client, body)
    assert reply.status_code == 200
    assert reply.json() == {"challenge": "abc123"}


def test_forged_signature_is_refused(client: TestClient) -> None:
    body = json.dumps({"token": "legacy", "challenge": "abc123", "type": "url_verification"})
    headers = slack_headers("not-the-secret", body)
    assert client.post("/slack/events", content=body, headers=headers).status_code == 401
    tampered = slack_headers(SECRET, body)
    assert client.post("/slack/events", content=body + " ", headers=tampered).status_code == 401
    assert client.post("/slack/events", content=body).status_code == 401


def test_stale_timestamp_is_refused(client: TestClient) -> None:
    body = json.dumps({"token": "legacy", "challenge": "abc123", "type": "url_verification"})
    assert send(client, body, timestamp=int(time.time()) - 600).status_code == 401


def test_not_mounted_without_secrets(tmp_path: Path, bot: FakeBot) -> None:
    app = create_app(Settings(data_dir=tmp_path, slack_bot_token="xoxb-x"), bot=bot)
    assert TestClient(app).post("/slack/events", content="{}").status_code == 404


# --------------------------------------------------------------------------- end to end


def test_mention_is_answered_in_its_thread(client: TestClient, slack_api: FakeSlackAPI,
                                           bot: FakeBot) -> None:
    bot.release.clear()  # the bot is slow: Slack must get its ack before the answer
    event = mention(slack_api, "How do I feel less anxious?")
    started = time.monotonic()
    reply = send(client, event_body(event))
    assert reply.status_code == 200
    assert time.monotonic() - started < 3
    thinking = slack_api.wait_for(lambda: slack_api.calls("/chat.postMessage"))[0]["body"]
    assert thinking["thread_ts"] == event["ts"] and thinking["text"] == THINKING_TEXT
    assert not updates(slack_api)
    bot.release.set()

    [update] = slack_api.wait_for(lambda: updates(slack_api))
    placeholder = slack_api.messages["C1"][1]
    assert update["channel"] == "C1" and update["ts"] == placeholder["ts"]
    assert placeholder["thread_ts"] == event["ts"]
    answer = update["blocks"][0]["text"]["text"]
    for c in CITATIONS:
        assert f"<{c.url}|[{c.n}]>" in answer
    assert update["text"].startswith("Anxious attachment eases")
    types = [b["type"] for b in update["blocks"]]
    assert types == ["section", "context", "actions"]
    assert bot.requests[0].message == "How do I feel less anxious?"
    assert bot.requests[0].history == []


def test_thread_continues_without_a_new_mention(client: TestClient, slack_api: FakeSlackAPI,
                                                bot: FakeBot) -> None:
    event = mention(slack_api, "How do I feel less anxious?")
    send(client, event_body(event))
    slack_api.wait_for(lambda: updates(slack_api))

    follow = slack_api.add("C1", {"user": "U1", "text": "And what about anger?",
                                  "thread_ts": event["ts"]})
    send(client, event_body({**follow, "channel": "C1", "channel_type": "channel"}, "Ev2"))
    slack_api.wait_for(lambda: len(updates(slack_api)) == 2)

    second = bot.requests[1]
    assert second.message == "And what about anger?"
    assert [t.role for t in second.history] == ["user", "assistant"]
    assert second.history[0].content == "How do I feel less anxious?"
    assert second.history[1].content.startswith("Anxious attachment eases when someone stays")
    assert "[1]" in second.history[1].content  # links read back as plain markers
    posts = slack_api.calls("/chat.postMessage")
    assert all(p["body"]["thread_ts"] == event["ts"] for p in posts)


def test_direct_message_is_answered_in_thread(client: TestClient, slack_api: FakeSlackAPI,
                                              bot: FakeBot) -> None:
    message = slack_api.add("D1", {"user": "U1", "text": "I need help with anger"})
    send(client, event_body({**message, "channel": "D1", "channel_type": "im"}))
    [update] = slack_api.wait_for(lambda: updates(slack_api))
    assert slack_api.calls("/chat.postMessage")[0]["body"]["thread_ts"] == message["ts"]
    assert any(b["type"] == "section" and "From the directory" in b["text"]["text"]
               for b in update["blocks"])


def test_crisis_shows_resources_first(client: TestClient, slack_api: FakeSlackAPI) -> None:
    send(client, event_body(mention(slack_api, "crisis")))
    [update] = slack_api.wait_for(lambda: updates(slack_api))
    assert update["blocks"][0]["text"]["text"].startswith("*Reach someone now*")
    assert update["text"].startswith("*Reach someone now*")


def test_failure_apologises(client: TestClient, slack_api: FakeSlackAPI) -> None:
    send(client, event_body(mention(slack_api, "please fail")))
    [update] = slack_api.wait_for(lambda: updates(slack_api))
    assert update["text"] == SORRY_TEXT


def test_long_answer_spreads_over_messages(client: TestClient, slack_api: FakeSlackAPI,
                                           bot: FakeBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from fake_platforms import long_response

    monkeypatch.setattr(bot, "chat", lambda request: long_response(sentences=3000))
    event = mention(slack_api, "long")
    send(client, event_body(event))
    slack_api.wait_for(lambda: updates(slack_api))
    posts = slack_api.wait_for(lambda: slack_api.calls("/chat.postMessage")[1:])
    for post in posts:
        assert post["body"]["thread_ts"] == event["ts"]
        assert len(post["body"]["blocks"]) <= 50


def test_feedback_click_is_recorded(client: TestClient, slack_api: FakeSlackAPI,
                                    settings: Settings) -> None:
    event = mention(slack_api, "How do I feel less anxious?")
    send(client, event_body(event))
    [update] = slack_api.wait_for(lambda: updates(slack_api))
    down = update["blocks"][-1]["elements"][1]
    payload = {"type": "block_actions", "user": {"id": "U2"}, "team": {"id": "T1"},
               "api_app_id": "A1", "token": "legacy", "trigger_id": "1.2.3",
               "channel": {"id": "C1"}, "container": {"type": "message"},
               "message": {"ts": update["ts"], "text": update["text"], "thread_ts": event["ts"]},
               "actions": [{**down, "block_id": "guidebot_feedback", "action_ts": "1"}]}
    body = urlencode({"payload": json.dumps(payload)})
    headers = slack_headers(SECRET, body, content_type="application/x-www-form-urlencoded")
    assert client.post("/slack/events", content=body, headers=headers).status_code == 200

    ephemeral = slack_api.wait_for(lambda: slack_api.calls("/chat.postEphemeral"))[0]["body"]
    assert ephemeral["user"] == "U2" and ephemeral["thread_ts"] == event["ts"]
    [record] = feedback_store(settings.data_dir).all()
    assert record["channel"] == "slack" and record["rating"] == -1 and record["kind"] == "answer"
    assert record["message"] == "How do I feel less anxious?"
    assert record["answer"].startswith("Anxious attachment eases")
    assert json.loads(record["citations"]) == ["anxious-attachment-in-men#What changes it",
                                               "anger-in-men#What anger protects"]


# --------------------------------------------------------------------------- who it answers


class RecordingClient:
    """A WebClient stand-in for the responder's decisions (no HTTP needed)."""

    def __init__(self, replies: list[dict[str, Any]] | None = None) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.replies = replies or []

    def chat_postMessage(self, **kw: Any) -> dict[str, Any]:
        self.calls.append(("post", kw))
        return {"ts": "1700000999.000100"}

    def chat_update(self, **kw: Any) -> dict[str, Any]:
        self.calls.append(("update", kw))
        return {}

    def conversations_replies(self, **kw: Any) -> dict[str, Any]:
        self.calls.append(("replies", kw))
        return {"messages": self.replies}


ME = SimpleNamespace(bot_user_id="UBOT", bot_id="BBOT")


def responder(bot: FakeBot) -> SlackResponder:
    return SlackResponder(lambda: bot, lambda: None)  # type: ignore[arg-type, return-value]


@pytest.mark.parametrize("event", [
    {"type": "message", "bot_id": "BOTHER", "text": "<@UBOT> hi", "channel_type": "im"},
    {"type": "message", "user": "UBOT", "bot_id": "BBOT", "text": "hi", "channel_type": "im"},
    {"type": "message", "subtype": "bot_message", "text": "hi", "channel_type": "im"},
    {"type": "message", "subtype": "message_changed", "channel_type": "im"},
    {"type": "message", "user": "U1", "text": "chatter", "channel_type": "channel"},
    {"type": "message", "user": "U1", "text": "<@UBOT> hi", "thread_ts": "1.0",
     "channel_type": "channel"},  # a mention: app_mention answers it
])
def test_ignored_messages(event: dict[str, Any], bot: FakeBot) -> None:
    web = RecordingClient()
    responder(bot).on_message({"channel": "C1", "ts": "1700000001.000100", **event}, web, ME)
    assert web.calls == [] and bot.requests == []


def test_ignores_a_thread_it_has_not_answered_in(bot: FakeBot) -> None:
    web = RecordingClient([{"ts": "1.0", "user": "U1", "text": "hey all"}])
    event = {"type": "message", "user": "U2", "text": "me too", "thread_ts": "1.0",
             "ts": "2.0", "channel": "C1", "channel_type": "channel"}
    responder(bot).on_message(event, web, ME)
    assert [c[0] for c in web.calls] == ["replies"] and bot.requests == []


def test_continues_a_thread_after_a_restart(bot: FakeBot) -> None:
    web = RecordingClient([{"ts": "1.0", "user": "U1", "text": "<@UBOT> anger?"},
                           {"ts": "1.5", "user": "UBOT", "bot_id": "BBOT", "text": "Anger is <https://x|[1]>"},
                           {"ts": "2.0", "user": "U1", "text": "more?", "thread_ts": "1.0"}])
    event = {"type": "message", "user": "U1", "text": "more?", "thread_ts": "1.0",
             "ts": "2.0", "channel": "C1", "channel_type": "channel"}
    responder(bot).on_message(event, web, ME)
    assert [c[0] for c in web.calls] == ["replies", "post", "update"]
    assert [t.content for t in bot.requests[0].history] == ["anger?", "Anger is [1]"]


def test_a_retried_event_is_answered_once(bot: FakeBot) -> None:
    web = RecordingClient()
    slack = responder(bot)
    event = {"type": "app_mention", "user": "U1", "text": "<@UBOT> hi", "ts": "5.0",
             "channel": "C1"}
    slack.on_mention(event, web, ME)
    slack.on_mention(event, web, ME)
    assert len(bot.requests) == 1


def test_thread_history_and_plain_text() -> None:
    messages = [
        {"ts": "1700000000.000001", "user": "U1", "text": "<@UBOT> a &amp; b <https://x.y|link>"},
        {"ts": "1700000000.000002", "user": "U9", "bot_id": "B9", "text": "another bot"},
        {"ts": "1700000000.000003", "user": "U2", "text": "cc <@U3>"},
        {"ts": "1700000000.000004", "user": "UBOT", "bot_id": "BBOT", "text": THINKING_TEXT},
        {"ts": "1700000000.000005", "user": "U1", "text": "now"},
    ]
    turns = thread_history(messages, "1700000000.000005", "UBOT", "BBOT")
    assert [(t.role, t.content) for t in turns] == [("user", "a & b link\n\ncc @user")]
    assert plain_text("<#C1|general> <!here>") == "#general @here"


def test_app_factory_needs_a_token(tmp_path: Path) -> None:
    from guidebot.errors import ConfigError

    with pytest.raises(ConfigError, match="GUIDEBOT_SLACK_BOT_TOKEN"):
        create_slack_app(Settings(data_dir=tmp_path), FakeBot())


def test_socket_mode_command_needs_an_app_token(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from guidebot.cli import _register_extensions, app

    monkeypatch.delenv("GUIDEBOT_SLACK_APP_TOKEN", raising=False)
    _register_extensions()
    result = CliRunner().invoke(app, ["slack", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "GUIDEBOT_SLACK_APP_TOKEN" in result.output


def test_manifest_subscribes_to_what_the_app_listens_for() -> None:
    import yaml

    manifest = yaml.safe_load((Path(__file__).parents[1] / "slack" / "manifest.yaml").read_text())
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    assert {"app_mention", "message.im", "message.channels"} <= events
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"app_mentions:read", "chat:write", "channels:history", "im:history"} <= scopes
    assert manifest["settings"]["interactivity"]["is_enabled"] is True


# --------------------------------------------------------------------------- with the real bot


@pytest.mark.integration
def test_real_bot_answers_a_mention(tmp_path: Path, minilm, slack_api: FakeSlackAPI) -> None:
    """The real pipeline over a one-guide corpus: the links in Slack are the answer's citations.

    The safety screen and help detector are left out: building them embeds their exemplars,
    which costs a minute on a small machine and is covered by their own tests."""
    import shutil

    from conftest import CORPUS

    from guidebot.backends.memory import MemoryStore
    from guidebot.bot import Bot
    from guidebot.index import ingest

    corpus = tmp_path / "corpus"
    (corpus / "guides").mkdir(parents=True)
    shutil.copy(CORPUS / "guides" / "anxious-attachment-in-men.md", corpus / "guides")
    shutil.copytree(CORPUS / "crisis", corpus / "crisis")
    settings = Settings(corpus_dir=corpus, data_dir=tmp_path / "data", slack_bot_token="xoxb-t",
                        slack_signing_secret=SECRET, slack_api_url=slack_api.api_url)
    store = MemoryStore()
    ingest(settings, store, minilm)
    real = Bot(settings, embedder=minilm, store=store)
    answers: list[Any] = []

    class Recording:
        def chat(self, request: Any) -> Any:
            answers.append(real.chat(request))
            return answers[-1]

    web = TestClient(create_app(settings, bot=Recording()))  # type: ignore[arg-type]
    send(web, event_body(mention(slack_api, "Why do I panic when my partner doesn't text back?")))
    [update] = slack_api.wait_for(lambda: updates(slack_api), timeout=120)
    [response] = answers
    assert response.kind == "answer" and response.citations
    answer = update["blocks"][0]["text"]["text"]
    for c in response.citations:
        assert f"<{c.url}|[{c.n}]>" in answer
        assert c.url.startswith("https://mensworkdirectory.example/guides/anxious-attachment-in-men#")
