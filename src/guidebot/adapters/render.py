"""Rendering a :class:`~guidebot.domain.ChatResponse` for each channel, as pure functions.

- :func:`to_terminal` for the CLI;
- :func:`to_slack_blocks` / :func:`to_slack_messages`: Block Kit, ``[n]`` linked, within
  Slack's limits (3,000 characters a section, 50 blocks a message);
- :func:`to_discord_messages`: message payloads split at 2,000 characters, sources and
  listings as embeds (10 a message, 256-character titles, 4,096-character descriptions).

For a crisis every channel shows the resources first.
"""

from __future__ import annotations

import json
import re
from typing import Any

from guidebot.domain import ChatResponse, Citation, Referral, Resource


def to_terminal(response: ChatResponse) -> str:
    """Plain text with rich markup: the answer, then sources, listings or resources."""
    lines = [response.answer, ""]
    if response.kind == "crisis":
        lines.append("[bold]Resources[/]")
        lines += [f"  • {r.name}: {r.contact}" + (f" ({r.url})" if r.url else "")
                  for r in response.resources]
    if response.citations:
        lines.append("[bold]Sources[/]")
        lines += [f"  [{c.n}] {c.guide} › {c.section}\n      {c.url}" for c in response.citations]
    if response.referrals:
        lines.append("[bold]From the directory[/]")
        lines += [f"  • {r.name} ({r.kind}) — {r.reason}\n      {r.url}"
                  for r in response.referrals]
    return "\n".join(lines).rstrip()


# --------------------------------------------------------------------------- shared

_MARKER = re.compile(r"\[(\d+)\]")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_LINE = re.compile(r"\n\s*")
# After a sentence's end, or after a citation link that ends one (Discord ``>)``, Slack ``]>``).
_SENTENCE = re.compile(r"(?:(?<=[.!?:;])|(?<=[.!?][\"'”’)\]])|(?<=>\))|(?<=\]>))\s+")
_SPACE = re.compile(r"\s+")


def _truncate(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, ending in an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def split_text(
    text: str, limit: int, protected: re.Pattern[str], sticky: re.Pattern[str]
) -> list[str]:
    """Split ``text`` into pieces of at most ``limit`` characters.

    Cuts at the last paragraph break that keeps the piece at least half full, else a line
    break, a sentence end, a space; never inside a span ``protected`` matches (a link, a
    citation marker), and never where the rest would start with ``sticky`` (a citation
    marker stays with the sentence it ends). Only a protected span longer than ``limit``
    itself, or a word without spaces that long, is ever cut hard.

    Args:
        text: The text to split.
        limit: The channel's limit, in characters.
        protected: Spans that must stay whole.
        sticky: What may not begin a piece.

    Returns:
        The pieces, stripped, none empty (an empty list for blank text).
    """
    pieces: list[str] = []
    text = text.strip()
    while len(text) > limit:
        cut, resume = _best_cut(text, limit, protected, sticky)
        pieces.append(text[:cut].rstrip())
        text = text[resume:].lstrip()
    if text:
        pieces.append(text)
    return [p for p in pieces if p]


def _best_cut(
    text: str, limit: int, protected: re.Pattern[str], sticky: re.Pattern[str]
) -> tuple[int, int]:
    """Where to end the first piece, and where the rest resumes."""
    spans = [m.span() for m in protected.finditer(text, 0, limit + 200)]

    def allowed(at: int) -> bool:
        return not any(s < at < e for s, e in spans) and not sticky.match(text, at)

    fallback: tuple[int, int] | None = None
    for boundary in (_PARAGRAPH, _LINE, _SENTENCE, _SPACE):
        cuts = [m.span() for m in boundary.finditer(text, 0, limit + 1)
                if 0 < m.start() <= limit and allowed(m.start()) and allowed(m.end())]
        if cuts and (cuts[-1][0] >= limit // 2 or boundary is _SPACE):
            return cuts[-1]
        fallback = fallback or (cuts[-1] if cuts else None)
    if fallback:
        return fallback
    # One unbreakable run: keep a protected span whole when it starts inside the piece.
    start = next((s for s, e in spans if 0 < s < limit < e), limit)
    return start, start


# --------------------------------------------------------------------------- Slack

SLACK_SECTION_LIMIT = 3000
SLACK_MAX_BLOCKS = 50
SLACK_CONTEXT_ELEMENTS = 10
SLACK_FEEDBACK_UP = "guidebot_feedback_up"
SLACK_FEEDBACK_DOWN = "guidebot_feedback_down"
_SLACK_VALUE_LIMIT = 2000
_SLACK_PROTECTED = re.compile(r"<[^<>\n]*>")
_SLACK_STICKY = re.compile(r"<[^<>|\n]*\|\[\d+\]>")
_MD_INLINE = re.compile(
    r"\[(?P<label>[^\]\n]+)\]\((?P<href>[^)\s]+)\)"  # [label](url)
    r"|\[(?P<n>\d+)\]"  # [n]
    r"|\*\*(?P<bold>.+?)\*\*"  # **bold**
    r"|(?<![*\w])\*(?P<em>[^*\s](?:[^*\n]*[^*\s])?)\*(?![*\w])"  # *emphasis*
    r"|`(?P<code>[^`\n]+)`"
)
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_MD_BULLET = re.compile(r"^(\s*)[-*+]\s+")


def slack_escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn reserves."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _slack_link(url: str, label: str) -> str:
    url = url.replace("|", "%7C").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
    return f"<{url}|{slack_escape(label).replace('|', '/')}>"


def _mrkdwn_inline(text: str, urls: dict[int, str]) -> str:
    out: list[str] = []
    last = 0
    for m in _MD_INLINE.finditer(text):
        out.append(slack_escape(text[last : m.start()]))
        last = m.end()
        if m["label"] is not None:
            out.append(_slack_link(m["href"], m["label"]))
        elif m["n"] is not None:
            n = int(m["n"])
            out.append(_slack_link(urls[n], f"[{n}]") if n in urls else m[0])
        elif m["bold"] is not None:
            out.append(f"*{_mrkdwn_inline(m['bold'], urls)}*")
        elif m["em"] is not None:
            out.append(f"_{_mrkdwn_inline(m['em'], urls)}_")
        else:
            out.append(f"`{m['code']}`")
    out.append(slack_escape(text[last:]))
    return "".join(out)


def to_mrkdwn(markdown: str, citations: list[Citation] | None = None) -> str:
    """The answer's Markdown as Slack mrkdwn: ``[n]`` becomes ``<url|[n]>`` for every cited ``n``,
    ``[label](url)`` a Slack link, ``**bold**`` ``*bold*``, headings bold lines, bullets ``•``;
    ``&``, ``<`` and ``>`` elsewhere are escaped."""
    urls = {c.n: c.url for c in citations or []}
    lines = []
    for line in markdown.splitlines():
        heading = _MD_HEADING.match(line)
        if heading:
            lines.append(f"*{_mrkdwn_inline(heading[1], urls)}*")
            continue
        bullet = _MD_BULLET.match(line)
        prefix = f"{bullet[1]}• " if bullet else ""
        lines.append(prefix + _mrkdwn_inline(line[bullet.end() if bullet else 0 :], urls))
    return "\n".join(lines)


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _slack_sections(mrkdwn: str) -> list[dict[str, Any]]:
    pieces = split_text(mrkdwn, SLACK_SECTION_LIMIT, _SLACK_PROTECTED, _SLACK_STICKY)
    return [_section(p) for p in pieces]


def _slack_resources(resources: list[Resource]) -> list[dict[str, Any]]:
    lines = ["*Reach someone now*"]
    for r in resources:
        line = f"• *{slack_escape(r.name)}*: {slack_escape(r.contact)}"
        if r.url:
            line += f" · {_slack_link(r.url, r.url.split('://')[-1].rstrip('/'))}"
        lines.append(line)
    return _slack_sections("\n".join(lines))


def _slack_sources(citations: list[Citation]) -> list[dict[str, Any]]:
    elements = [{"type": "mrkdwn", "text": "*Sources*"}]
    for c in citations:
        text = f"*[{c.n}]* {_slack_link(c.url, f'{c.guide} › {c.section}')}"
        if c.quote:
            text += f" — “{slack_escape(_truncate(c.quote, 200))}”"
        elements.append({"type": "mrkdwn", "text": text})
    return [{"type": "context", "elements": elements[i : i + SLACK_CONTEXT_ELEMENTS]}
            for i in range(0, len(elements), SLACK_CONTEXT_ELEMENTS)]


def _referral_details(r: Referral) -> str:
    return " · ".join(p for p in (r.kind, r.format.replace("_", " "), r.location) if p)


def _slack_referrals(referrals: list[Referral]) -> list[dict[str, Any]]:
    lines = ["*From the directory*"]
    for r in referrals:
        details = _referral_details(r)
        line = f"• *{_slack_link(r.url, r.name)}*"
        line += f" ({slack_escape(details)})" if details else ""
        line += f" — {slack_escape(r.reason)}" if r.reason else ""
        lines.append(line)
    return [{"type": "divider"}, *_slack_sections("\n".join(lines))]


def _feedback_value(response: ChatResponse, question: str) -> str:
    """What a 👍/👎 click needs to record, within Slack's 2,000-character button value."""
    cited = [f"{c.guide_slug}#{c.section}" for c in response.citations]
    for q_len in (500, 200, 0):
        value = json.dumps({"k": response.kind, "q": question[:q_len], "c": cited},
                           ensure_ascii=False)
        if len(value) <= _SLACK_VALUE_LIMIT:
            return value
        cited = cited[:5]
    return json.dumps({"k": response.kind})


def _slack_feedback(response: ChatResponse, question: str) -> dict[str, Any]:
    value = _feedback_value(response, question)

    def button(emoji: str, label: str, action_id: str) -> dict[str, Any]:
        return {"type": "button", "action_id": action_id, "value": value,
                "text": {"type": "plain_text", "text": f"{emoji} {label}", "emoji": True}}

    return {"type": "actions", "block_id": "guidebot_feedback", "elements": [
        button("👍", "Helpful", SLACK_FEEDBACK_UP),
        button("👎", "Not helpful", SLACK_FEEDBACK_DOWN),
    ]}


def to_slack_blocks(response: ChatResponse, *, question: str = "") -> list[dict[str, Any]]:
    """Block Kit for an answer: for a crisis the resources first; the answer in mrkdwn with
    ``[n]`` linked to the cited sections; a ``Sources`` context; the directory's listings;
    👍/👎 buttons (action ids :data:`SLACK_FEEDBACK_UP` / :data:`SLACK_FEEDBACK_DOWN`).

    Every section text is within 3,000 characters; the list may exceed Slack's 50 blocks
    for a very long answer, which :func:`to_slack_messages` spreads over messages.

    Args:
        response: The bot's answer.
        question: The visitor's message, carried in the buttons' value for the feedback store.
    """
    blocks: list[dict[str, Any]] = []
    if response.kind == "crisis" and response.resources:
        blocks += _slack_resources(response.resources)
    blocks += _slack_sections(to_mrkdwn(response.answer, response.citations))
    if response.citations:
        blocks += _slack_sources(response.citations)
    if response.referrals:
        blocks += _slack_referrals(response.referrals)
    blocks.append(_slack_feedback(response, question))
    return blocks


def slack_fallback_text(blocks: list[dict[str, Any]]) -> str:
    """The message's ``text``: what notifications and screen readers show for these blocks."""
    texts = [b["text"]["text"] for b in blocks if b["type"] == "section"]
    return _truncate("\n\n".join(texts), SLACK_SECTION_LIMIT) or "guidebot"


def to_slack_messages(response: ChatResponse, *, question: str = "") -> list[dict[str, Any]]:
    """:func:`to_slack_blocks` as ``chat.postMessage`` payloads (``text`` and ``blocks``),
    at most 50 blocks each; the buttons end the last one."""
    blocks = to_slack_blocks(response, question=question)
    groups = [blocks[i : i + SLACK_MAX_BLOCKS] for i in range(0, len(blocks), SLACK_MAX_BLOCKS)]
    return [{"text": slack_fallback_text(group), "blocks": group} for group in groups]


# --------------------------------------------------------------------------- Discord

DISCORD_CONTENT_LIMIT = 2000
DISCORD_MAX_EMBEDS = 10
DISCORD_EMBED_TOTAL = 6000
DISCORD_TITLE_LIMIT = 256
DISCORD_DESCRIPTION_LIMIT = 4096
DISCORD_FEEDBACK_PREFIX = "guidebot:fb:"
_DISCORD_PROTECTED = re.compile(r"\[(?:\[[^\]\n]*\]|[^\[\]\n])*\]\(<?[^)\s]*>?\)|<https?://[^>\s]*>|https?://\S+")
_DISCORD_STICKY = re.compile(r"\[\[\d+\]\]\(")
_SOURCE_COLOR = 0x3B6E5A
_LISTING_COLOR = 0x8A5A2B
NO_MENTIONS: dict[str, Any] = {"parse": []}


def to_discord_markdown(markdown: str, citations: list[Citation] | None = None) -> str:
    """Discord speaks Markdown already; only ``[n]`` becomes a masked link ``[[n]](<url>)``
    (the angle brackets keep Discord from unfurling every cited page)."""
    urls = {c.n: c.url for c in citations or []}

    def link(m: re.Match[str]) -> str:
        n = int(m[1])
        return f"[[{n}]](<{urls[n]}>)" if n in urls else m[0]

    return _MARKER.sub(link, markdown)


def _embed_size(embed: dict[str, Any]) -> int:
    return (len(embed.get("title", "")) + len(embed.get("description", ""))
            + len(embed.get("footer", {}).get("text", "")))


def _discord_embeds(response: ChatResponse) -> list[dict[str, Any]]:
    embeds = []
    for c in response.citations:
        embed = {"title": _truncate(f"[{c.n}] {c.guide} › {c.section}", DISCORD_TITLE_LIMIT),
                 "url": c.url, "color": _SOURCE_COLOR, "footer": {"text": "Source"}}
        if c.quote:
            embed["description"] = _truncate(c.quote, DISCORD_DESCRIPTION_LIMIT)
        embeds.append(embed)
    for r in response.referrals:
        details = _referral_details(r)
        text = "\n".join(p for p in (r.reason, f"*{details}*" if details else "") if p)
        embed = {"title": _truncate(r.name, DISCORD_TITLE_LIMIT), "url": r.url,
                 "color": _LISTING_COLOR, "footer": {"text": "From the directory"}}
        if text:
            embed["description"] = _truncate(text, DISCORD_DESCRIPTION_LIMIT)
        embeds.append(embed)
    return embeds


def _discord_content(response: ChatResponse) -> str:
    parts = []
    if response.kind == "crisis" and response.resources:
        lines = ["**Reach someone now**"]
        lines += [f"• **{r.name}**: {r.contact}" + (f" · <{r.url}>" if r.url else "")
                  for r in response.resources]
        parts.append("\n".join(lines))
    parts.append(to_discord_markdown(response.answer, response.citations))
    return "\n\n".join(p for p in parts if p.strip())


def discord_feedback_components(kind: str) -> list[dict[str, Any]]:
    """An action row with 👍/👎 buttons; ``custom_id`` is ``guidebot:fb:<up|down>:<kind>``."""
    def button(emoji: str, label: str, rating: str) -> dict[str, Any]:
        return {"type": 2, "style": 2, "label": label, "emoji": {"name": emoji},
                "custom_id": f"{DISCORD_FEEDBACK_PREFIX}{rating}:{kind}"}

    buttons = [button("👍", "Helpful", "up"), button("👎", "Not helpful", "down")]
    return [{"type": 1, "components": buttons}]


def to_discord_messages(response: ChatResponse, *, feedback: bool = True) -> list[dict[str, Any]]:
    """Discord message payloads for an answer, in order.

    The content (for a crisis, the resources first) is split at 2,000 characters without
    breaking a citation link or a URL; sources and listings follow as embeds, at most 10
    and 6,000 characters per message; the last message carries the 👍/👎 buttons. Every
    message sets ``allowed_mentions`` so quoted text can never ping anyone.

    Args:
        response: The bot's answer.
        feedback: Add the feedback buttons.
    """
    pieces = split_text(_discord_content(response), DISCORD_CONTENT_LIMIT,
                        _DISCORD_PROTECTED, _DISCORD_STICKY)
    messages: list[dict[str, Any]] = [{"content": p, "allowed_mentions": NO_MENTIONS}
                                      for p in pieces]
    for embed in _discord_embeds(response):
        current = messages[-1] if messages else None
        embeds = current.setdefault("embeds", []) if current is not None else None
        if (embeds is None or len(embeds) >= DISCORD_MAX_EMBEDS
                or sum(map(_embed_size, embeds)) + _embed_size(embed) > DISCORD_EMBED_TOTAL):
            messages.append({"embeds": [], "allowed_mentions": NO_MENTIONS})
            embeds = messages[-1]["embeds"]
        embeds.append(embed)
    if not messages:
        messages.append({"content": "…", "allowed_mentions": NO_MENTIONS})
    if feedback:
        messages[-1]["components"] = discord_feedback_components(response.kind)
    return messages
