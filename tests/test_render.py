"""The Slack and Discord renderers: snapshots of whole payloads, and the rules asserted one by one.

Snapshots live in ``tests/snapshots/``; after an intended change, re-create them with
``UPDATE_SNAPSHOTS=1 pytest tests/test_render.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
import random
import re
from pathlib import Path
from typing import Any

import pytest
from fake_platforms import CITATIONS, answer_response, crisis_response, long_response

from guidebot.adapters.render import (
    DISCORD_CONTENT_LIMIT,
    SLACK_FEEDBACK_DOWN,
    SLACK_FEEDBACK_UP,
    SLACK_MAX_BLOCKS,
    SLACK_SECTION_LIMIT,
    split_text,
    to_discord_messages,
    to_mrkdwn,
    to_slack_blocks,
    to_slack_messages,
)
from guidebot.domain import ChatResponse, Citation, Referral

SNAPSHOTS = Path(__file__).parent / "snapshots"


def assert_snapshot(name: str, data: Any) -> None:
    path = SNAPSHOTS / f"{name}.json"
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if os.environ.get("UPDATE_SNAPSHOTS") or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == data, f"{path} differs"


def sections(blocks: list[dict[str, Any]]) -> list[str]:
    return [b["text"]["text"] for b in blocks if b["type"] == "section"]


# --------------------------------------------------------------------------- snapshots


def test_slack_answer_snapshot() -> None:
    assert_snapshot("slack_answer", to_slack_messages(answer_response(referrals=True),
                                                      question="How do I feel less anxious?"))


def test_slack_crisis_snapshot() -> None:
    assert_snapshot("slack_crisis", to_slack_messages(crisis_response(), question="..."))


def test_slack_long_snapshot() -> None:
    assert_snapshot("slack_long", to_slack_messages(long_response(), question="long"))


def test_discord_answer_snapshot() -> None:
    assert_snapshot("discord_answer", to_discord_messages(answer_response(referrals=True)))


def test_discord_crisis_snapshot() -> None:
    assert_snapshot("discord_crisis", to_discord_messages(crisis_response()))


def test_discord_split_snapshot() -> None:
    assert_snapshot("discord_split", to_discord_messages(long_response()))


# --------------------------------------------------------------------------- Slack rules


def test_slack_citation_markers_link_to_their_sections() -> None:
    blocks = to_slack_blocks(answer_response())
    text = sections(blocks)[0]
    for c in CITATIONS:
        assert f"<{c.url}|[{c.n}]>" in text
    assert "[1]" not in text.replace("|[1]>", "")  # no marker left bare
    context = [b for b in blocks if b["type"] == "context"]
    assert context and context[0]["elements"][0]["text"] == "*Sources*"
    sources = " ".join(e["text"] for e in context[0]["elements"])
    for c in CITATIONS:
        assert f"*[{c.n}]* <{c.url}|{c.guide} › {c.section}>" in sources


def test_slack_feedback_buttons_end_the_answer() -> None:
    blocks = to_slack_blocks(answer_response(), question="q")
    actions = blocks[-1]
    assert actions["type"] == "actions"
    ids = [e["action_id"] for e in actions["elements"]]
    assert ids == [SLACK_FEEDBACK_UP, SLACK_FEEDBACK_DOWN]
    value = json.loads(actions["elements"][0]["value"])
    assert value == {"k": "answer", "q": "q", "c": ["anxious-attachment-in-men#What changes it",
                                                     "anger-in-men#What anger protects"]}


def test_slack_feedback_value_fits_even_for_a_huge_question() -> None:
    response = answer_response()
    response.citations = [c.model_copy(update={"section": "x" * 300}) for c in CITATIONS * 10]
    value = to_slack_blocks(response, question="q" * 2000)[-1]["elements"][0]["value"]
    assert len(value) <= 2000
    assert json.loads(value)["k"] == "answer"


def test_slack_crisis_shows_resources_first() -> None:
    blocks = to_slack_blocks(crisis_response())
    first = sections(blocks)[0]
    assert first.startswith("*Reach someone now*")
    assert "*988 Suicide &amp; Crisis Lifeline*: call or text 988" in first
    assert "<https://988lifeline.org|988lifeline.org>" in first
    assert "I'm really glad you told me" in sections(blocks)[1]
    assert "*988 Suicide &amp; Crisis Lifeline*" in sections(blocks)[1]  # **bold** -> *bold*
    messages = to_slack_messages(crisis_response())
    assert messages[0]["text"].startswith("*Reach someone now*")


def test_slack_referrals_section() -> None:
    blocks = to_slack_blocks(answer_response(referrals=True))
    listing = sections(blocks)[-1]
    assert listing.startswith("*From the directory*")
    assert ("• *<https://mensworkdirectory.example/directory/coach-1|Sam Rivera Coaching>* "
            "(coach · online · Portland, OR, US)") in listing


def test_slack_long_answer_stays_within_limits() -> None:
    messages = to_slack_messages(long_response(sentences=3000))
    assert len(messages) > 1
    for message in messages:
        assert len(message["blocks"]) <= SLACK_MAX_BLOCKS
        assert len(message["text"]) <= SLACK_SECTION_LIMIT
        for text in sections(message["blocks"]):
            assert len(text) <= SLACK_SECTION_LIMIT
            assert not re.match(r"<[^>]*\|\[\d+\]>", text)  # a marker never starts a section
            assert text.count("<") == text.count(">")  # no link cut in two
    assert messages[-1]["blocks"][-1]["type"] == "actions"
    assert all(b["type"] != "actions" for m in messages[:-1] for b in m["blocks"])


def test_mrkdwn_conversion_and_escaping() -> None:
    cites = [Citation(n=1, guide="G", guide_slug="g", section="S", url="https://x/g#s", quote="")]
    md = "## Heading\n- a **bold** & *soft* point [1] [7]\n- see [the guide](https://x/g?a=1&b=2)"
    assert to_mrkdwn(md, cites) == (
        "*Heading*\n• a *bold* &amp; _soft_ point <https://x/g#s|[1]> [7]\n"
        "• see <https://x/g?a=1&b=2|the guide>"
    )
    assert to_mrkdwn("if a < b > c") == "if a &lt; b &gt; c"


# --------------------------------------------------------------------------- Discord rules


def test_discord_citations_are_masked_links_and_embeds() -> None:
    [message] = to_discord_messages(answer_response(referrals=True))
    for c in CITATIONS:
        assert f"[[{c.n}]](<{c.url}>)" in message["content"]
    titles = [e["title"] for e in message["embeds"]]
    assert titles == ["[1] Anxious Attachment in Men › What changes it",
                      "[2] Anger in Men › What anger protects", "Sam Rivera Coaching"]
    assert message["embeds"][0]["url"] == CITATIONS[0].url
    assert message["embeds"][0]["description"] == CITATIONS[0].quote
    assert message["allowed_mentions"] == {"parse": []}
    ids = [b["custom_id"] for b in message["components"][0]["components"]]
    assert ids == ["guidebot:fb:up:answer", "guidebot:fb:down:answer"]


def test_discord_split_at_2000_without_breaking_citations() -> None:
    response = long_response()
    messages = to_discord_messages(response)
    assert len(messages) > 1
    link = re.compile(r"\[\[(\d+)\]\]\(<([^>]*)>\)")
    for message in messages:
        content = message["content"]
        assert len(content) <= DISCORD_CONTENT_LIMIT
        assert not content.startswith("[[")  # a marker stays with its sentence
        # every "[[" opens a whole masked link
        assert content.count("[[") == len(link.findall(content))
        for n, url in link.findall(content):
            assert url == CITATIONS[int(n) - 1].url
    joined = " ".join(m["content"] for m in messages)
    assert len(link.findall(joined)) == response.answer.count("[1]") + response.answer.count("[2]")
    assert "embeds" in messages[-1] and "components" in messages[-1]


def test_discord_crisis_shows_resources_first() -> None:
    [message] = to_discord_messages(crisis_response())
    lines = message["content"].splitlines()
    assert lines[0] == "**Reach someone now**"
    assert lines[1] == "• **988 Suicide & Crisis Lifeline**: call or text 988 · <https://988lifeline.org>"
    assert lines[3] == "• **Emergency services**: call 911 for immediate danger"
    content = message["content"]
    assert content.index("Reach someone now") < content.index("glad you told me")


def test_discord_embed_limits() -> None:
    many = [Citation(n=i, guide="G" * 300, guide_slug="g", section="S", url=f"https://x/{i}",
                     quote="q" * 5000) for i in range(1, 13)]
    response = ChatResponse(kind="answer", answer="A [1].", citations=many, referrals=[
        Referral(id="r", name="N" * 400, kind="coach", url="https://x/r", reason="why")])
    messages = to_discord_messages(response)
    embeds = [e for m in messages for e in m.get("embeds", [])]
    assert len(embeds) == 13
    for m in messages:
        assert len(m.get("embeds", [])) <= 10
        assert sum(len(e["title"]) + len(e.get("description", "")) + len(e["footer"]["text"])
                   for e in m.get("embeds", [])) <= 6000
    assert all(len(e["title"]) <= 256 and len(e.get("description", "")) <= 4096 for e in embeds)
    assert embeds[0]["title"].endswith("…")
    assert "components" in messages[-1] and all("components" not in m for m in messages[:-1])


@pytest.mark.parametrize("seed", range(20))
def test_split_text_keeps_protected_spans_whole(seed: int) -> None:
    rng = random.Random(seed)
    words = ["word", "longerword", "a", "sentence.", "end!", "\n", "\n\n",
             "[[1]](<https://x.example/guides/a#b>)", "[[2]](<https://x.example/c>)",
             "[label](https://example.com/path)", "<https://example.com/x>"]
    text = " ".join(rng.choice(words) for _ in range(rng.randint(50, 900)))
    protected = re.compile(r"\[\[\d\]\]\(<[^>]*>\)|\[label\]\([^)]*\)|<https://[^>]*>")
    pieces = split_text(text, 300, protected, re.compile(r"\[\[\d\]\]"))
    assert all(0 < len(p) <= 300 for p in pieces)
    assert re.sub(r"\s+", "", "".join(pieces)) == re.sub(r"\s+", "", text)
    spans = protected.findall(text)
    assert sum(len(protected.findall(p)) for p in pieces) == len(spans)
