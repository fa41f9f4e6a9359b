"""Rendering a :class:`~guidebot.domain.ChatResponse` for each channel, as pure functions."""

from __future__ import annotations

from guidebot.domain import ChatResponse


def to_terminal(response: ChatResponse) -> str:
    """Plain text with rich markup: the answer, then sources, listings or resources."""
    lines = [response.answer, ""]
    if response.kind == "crisis":
        lines.append("[bold]Resources[/]")
        lines += [f"  • {r.name}: {r.contact}" + (f" ({r.url})" if r.url else "") for r in response.resources]
    if response.citations:
        lines.append("[bold]Sources[/]")
        lines += [f"  [{c.n}] {c.guide} › {c.section}\n      {c.url}" for c in response.citations]
    if response.referrals:
        lines.append("[bold]From the directory[/]")
        lines += [f"  • {r.name} ({r.kind}) — {r.reason}\n      {r.url}" for r in response.referrals]
    return "\n".join(lines).rstrip()
