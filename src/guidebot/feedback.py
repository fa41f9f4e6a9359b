"""Visitors' thumbs up/down on answers, from every channel, in one SQLite file under the data dir.

Editors read it to see which answers failed: ``sqlite3 data/feedback.sqlite3 'select * from feedback'``.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

_SCHEMA = """
create table if not exists feedback (
    id integer primary key autoincrement,
    created_at real not null,
    channel text not null,          -- widget, slack, discord
    rating integer not null,        -- +1 or -1
    message text,                   -- the visitor's question
    answer text,                    -- what guidebot answered
    kind text,                      -- answer, no_answer, crisis
    citations text,                 -- JSON list of cited sections
    comment text,
    extra text                      -- JSON: channel ids, build, ...
)
"""


class FeedbackStore:
    """Append-only feedback records. Safe to share between threads of one process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        with self._connect() as db:
            db.execute(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def record(
        self,
        *,
        channel: str,
        rating: int,
        message: str = "",
        answer: str = "",
        kind: str = "",
        citations: list[Any] | None = None,
        comment: str = "",
        extra: dict[str, Any] | None = None,
    ) -> int:
        """Store one rating (+1 or -1); returns its id."""
        if rating not in (1, -1):
            raise ValueError("rating must be 1 or -1")
        with self._lock, self._connect() as db:
            cursor = db.execute(
                "insert into feedback (created_at, channel, rating, message, answer, kind, citations, comment, extra)"
                " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    time.time(),
                    channel,
                    rating,
                    message,
                    answer,
                    kind,
                    json.dumps(citations or []),
                    comment,
                    json.dumps(extra or {}),
                ),
            )
            return int(cursor.lastrowid or 0)

    def all(self) -> list[dict[str, Any]]:
        with self._connect() as db:
            db.row_factory = sqlite3.Row
            return [dict(row) for row in db.execute("select * from feedback order by id")]


def feedback_store(data_dir: Path) -> FeedbackStore:
    return FeedbackStore(data_dir / "feedback.sqlite3")
