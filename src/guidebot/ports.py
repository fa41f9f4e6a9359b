"""The interfaces of the parts that have more than one implementation.

Each is a small :class:`typing.Protocol`; real backends live in ``guidebot.backends`` and
fakes for tests beside them. What each method raises is part of its contract.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import numpy as np

from guidebot.domain import Citation, Passage, Turn


@runtime_checkable
class Embedder(Protocol):
    """Turns text into unit-length vectors.

    Documents and queries have separate methods, as some models embed them differently.
    Both return ``float32`` arrays whose rows have L2 norm 1.
    """

    name: str
    dimension: int

    def embed_documents(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Shape ``(len(texts), dimension)``."""
        ...

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Shape ``(len(texts), dimension)``; one batched call for several queries."""
        ...


@dataclass
class Records:
    """Rows of a collection, in parallel lists."""

    ids: list[str]
    documents: list[str]
    metadatas: list[dict[str, Any]]
    vectors: np.ndarray | None = None


@dataclass
class Hit:
    id: str
    similarity: float  # cosine similarity, higher is closer
    document: str
    metadata: dict[str, Any]


class VectorStore(Protocol):
    """Named collections of vectors with documents and flat metadata, plus a live pointer.

    All methods raise :class:`guidebot.errors.StoreError` when the store is unreachable.
    ``query`` and ``get`` on a missing collection raise ``StoreError`` too.
    """

    def list_collections(self) -> list[str]: ...

    def create_collection(self, name: str) -> None:
        """Create an empty cosine-space collection; raises ``StoreError`` if it exists."""
        ...

    def delete_collection(self, name: str) -> None:
        """Delete it; no error if it is already gone."""
        ...

    def add(
        self,
        name: str,
        ids: Sequence[str],
        vectors: np.ndarray,
        documents: Sequence[str],
        metadatas: Sequence[dict[str, Any]],
    ) -> None: ...

    def get(self, name: str, *, include_vectors: bool = False) -> Records:
        """Every row of the collection."""
        ...

    def count(self, name: str) -> int: ...

    def query(self, name: str, vector: np.ndarray, k: int) -> list[Hit]:
        """The ``k`` nearest rows, most similar first."""
        ...

    def get_pointer(self) -> dict[str, str] | None:
        """The live build: ``{"build": ..., "<kind>": collection name, ...}``, or None."""
        ...

    def set_pointer(self, pointer: dict[str, str]) -> None:
        """Atomically replace the live build pointer."""
        ...


@dataclass
class Draft:
    """An answer generator's output: text with ``[n]`` markers and their citations."""

    answer: str
    citations: list[Citation]
    path: str = "extractive"  # which way the answer was made, recorded in the response meta
    notes: list[str] = field(default_factory=list)


@dataclass
class AnswerInput:
    """What an answer generator gets: the question and the retrieved passages, best first."""

    question: str
    passages: list[Passage]
    query_vector: np.ndarray | None = None
    history: list[Turn] = field(default_factory=list)
    snapshot: Any = None  # the index build the passages came from (sentence vectors live there)


class AnswerGenerator(Protocol):
    """Writes a cited answer from retrieved passages.

    Every ``[n]`` in ``Draft.answer`` must have a citation with that ``n`` whose quote is
    verbatim text of one of the passages. Raises :class:`guidebot.errors.GeneratorError`
    when it cannot answer (the bot then falls back to the extractive generator).
    """

    name: str

    def generate(self, item: AnswerInput) -> Draft: ...

    def stream(self, item: AnswerInput) -> Iterator[str | Draft]:
        """Yields text pieces as they are produced, then the checked :class:`Draft` last."""
        ...


class Condenser(Protocol):
    """Turns a follow-up plus its conversation into a standalone retrieval query."""

    def condense(self, message: str, history: Sequence[Turn]) -> str: ...
