"""Data objects that move through the pipeline, and the JSON contract clients rely on.

Internal records (guides, chunks, passages) are frozen dataclasses; the request and
response models are pydantic, because the API validates and serialises them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# --------------------------------------------------------------------------- corpus


def slugify(text: str) -> str:
    """URL anchor for a heading: ``"What changes it"`` -> ``"what-changes-it"``."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^\w\s-]", "", text.lower())
    return re.sub(r"[\s_-]+", "-", text).strip("-")


@dataclass(frozen=True)
class Section:
    """One ``##`` section of a guide, or one FAQ pair (``###`` under Common Questions).

    ``heading`` is the text as the guide shows it (for an FAQ pair: the question);
    ``text`` is the body, verbatim, paragraphs separated by blank lines.
    """

    heading: str
    text: str
    kind: Literal["section", "faq"] = "section"
    line: int = 0

    @property
    def anchor(self) -> str:
        return slugify(self.heading)


@dataclass(frozen=True)
class Guide:
    """A guide page: front matter plus its sections in page order."""

    title: str
    slug: str
    url: str
    topics: tuple[str, ...]
    summary: str
    origin: str
    sections: tuple[Section, ...]
    path: str = ""


@dataclass(frozen=True)
class Chunk:
    """The unit that is embedded, stored and cited. ``id`` is a content hash."""

    id: str
    text: str
    guide_title: str
    guide_slug: str
    section: str
    anchor: str
    url: str
    topics: tuple[str, ...]
    origin: str
    kind: Literal["section", "faq"]
    position: int

    @property
    def embed_text(self) -> str:
        """What the embedder sees: the guide and heading give a bare paragraph its context."""
        return f"{self.guide_title}. {self.section}\n{self.text}"

    def metadata(self) -> dict[str, Any]:
        """Flat metadata for a vector store (lists joined, since Chroma wants scalars)."""
        return {
            "guide_title": self.guide_title,
            "guide_slug": self.guide_slug,
            "section": self.section,
            "anchor": self.anchor,
            "url": self.url,
            "topics": ",".join(self.topics),
            "origin": self.origin,
            "kind": self.kind,
            "position": self.position,
        }

    @classmethod
    def from_record(cls, id: str, text: str, meta: dict[str, Any]) -> Chunk:
        return cls(
            id=id,
            text=text,
            guide_title=str(meta["guide_title"]),
            guide_slug=str(meta["guide_slug"]),
            section=str(meta["section"]),
            anchor=str(meta["anchor"]),
            url=str(meta["url"]),
            topics=tuple(t for t in str(meta.get("topics", "")).split(",") if t),
            origin=str(meta.get("origin", "")),
            kind=meta.get("kind", "section"),
            position=int(meta.get("position", 0)),
        )

    @property
    def section_key(self) -> tuple[str, str]:
        return (self.guide_slug, self.anchor)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a chunk, located by character offsets in ``chunk.text``."""

    id: str
    chunk_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass
class Passage:
    """A retrieved chunk with the scores that ranked it."""

    chunk: Chunk
    score: float
    dense: float | None = None  # cosine similarity to the query, when known
    bm25: float | None = None
    features: dict[str, float] = field(default_factory=dict)  # what the fused score was made of


# --------------------------------------------------------------------------- directory

ListingKind = Literal["coach", "therapist", "program", "retreat", "group"]
ListingFormat = Literal["online", "in_person", "both"]


@dataclass(frozen=True)
class Location:
    city: str = ""
    region: str = ""
    country: str = ""

    def label(self) -> str:
        return ", ".join(p for p in (self.city, self.region, self.country) if p)


@dataclass(frozen=True)
class Listing:
    """One entry of the directory of coaches, therapists, programs, retreats and groups."""

    id: str
    name: str
    kind: str
    topics: tuple[str, ...]
    approaches: tuple[str, ...]
    format: str
    location: Location
    url: str
    summary: str
    accepting_new_clients: bool
    origin: str

    @property
    def embed_text(self) -> str:
        return (
            f"{self.name} ({self.kind}). {self.summary} "
            f"Topics: {', '.join(self.topics)}. Approaches: {', '.join(self.approaches)}."
        )


# --------------------------------------------------------------------------- contract

MAX_MESSAGE_CHARS = 2000
MAX_HISTORY_TURNS = 20


class Turn(BaseModel):
    """One earlier message of the conversation."""

    model_config = ConfigDict(extra="forbid")
    role: Literal["user", "assistant"]
    content: str = Field(max_length=20_000)


class ChatRequest(BaseModel):
    """``POST /v1/chat`` body."""

    model_config = ConfigDict(extra="forbid")
    message: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)
    history: list[Turn] = Field(default_factory=list, max_length=MAX_HISTORY_TURNS)
    locale: str | None = Field(None, max_length=35, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")


class Citation(BaseModel):
    n: int
    guide: str
    guide_slug: str
    section: str
    url: str
    quote: str


class Referral(BaseModel):
    id: str
    name: str
    kind: str
    url: str
    reason: str
    topics: list[str] = Field(default_factory=list)
    format: str = ""
    location: str = ""


class Resource(BaseModel):
    name: str
    contact: str
    url: str = ""


Kind = Literal["answer", "no_answer", "crisis"]


class ChatResponse(BaseModel):
    """The contract in DESIGN.md. ``meta`` is extra: how the answer was reached, for logs and evals."""

    kind: Kind
    answer: str
    citations: list[Citation] = Field(default_factory=list)
    referrals: list[Referral] = Field(default_factory=list)
    resources: list[Resource] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict)
