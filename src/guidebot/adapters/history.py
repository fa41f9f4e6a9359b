"""A chat thread's earlier messages as the bot's ``history``: for the Slack and Discord bots."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from guidebot.domain import MAX_HISTORY_TURNS, Turn

Role = Literal["user", "assistant"]
MAX_TURN_CHARS = 20_000


def to_turns(messages: Iterable[tuple[Role, str]]) -> list[Turn]:
    """``(role, text)`` pairs, oldest first, as the turns the API accepts.

    Blank texts are dropped, consecutive messages of one side merged into one turn (a
    long answer sent as several messages, or a person writing in bursts), each turn cut
    to 20,000 characters, and only the last 20 turns kept.
    """
    turns: list[Turn] = []
    for role, text in messages:
        text = text.strip()
        if not text:
            continue
        if turns and turns[-1].role == role:
            text = f"{turns[-1].content}\n\n{text}"
            turns.pop()
        turns.append(Turn(role=role, content=text[:MAX_TURN_CHARS]))
    return turns[-MAX_HISTORY_TURNS:]
