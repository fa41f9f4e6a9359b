"""Retrieval: condense the follow-up, search dense and BM25, fuse by reciprocal rank, group by section.

Dense search has two views of the same embeddings: whole chunks in the vector store, and the
chunks' sentences (vectors from ingest, held in memory). BM25 adds exact wording. The three
rankings are fused by reciprocal rank (``hybrid``); ``dense`` uses the two dense ones and
``bm25`` the lexical one alone.

:func:`build_retrieval_chain` returns a LangChain ``Runnable`` so ``.invoke``, ``.batch``,
``.stream``, callbacks and tracing work as LangChain users expect. Its steps are LangChain
retrievers where they fit (:class:`DenseRetriever`, :class:`BM25Retriever`, usable on their
own with a string query) and plain functions where LangChain would only add weight.

Within the bot the query vector is computed once per request and passed in, so the chain
does no embedding of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import Runnable, RunnableLambda, RunnableParallel
from pydantic import ConfigDict

from guidebot.domain import Chunk, Passage, Turn
from guidebot.ports import Embedder, VectorStore

# --------------------------------------------------------------------------- BM25


def _stemmer() -> Any:
    try:
        import Stemmer

        return Stemmer.Stemmer("english")
    except ImportError:  # bm25s works without stemming, a little less well
        return None


_STEMMER = None


def _tokenize(texts: Sequence[str]) -> Any:
    import bm25s

    global _STEMMER
    if _STEMMER is None:
        _STEMMER = _stemmer() or False
    return bm25s.tokenize(list(texts), stopwords="en", stemmer=_STEMMER or None, show_progress=False)


@dataclass
class BM25Index:
    """A bm25s index over chunks (built in memory per build; the corpus is small)."""

    model: Any
    chunk_ids: list[str]

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        tokens = _tokenize([query])
        if not len(tokens.ids) or not len(tokens.ids[0]):
            return []
        k = min(k, len(self.chunk_ids))
        docs, scores = self.model.retrieve(tokens, k=k, show_progress=False, n_threads=1)
        return [(self.chunk_ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]


def build_bm25(chunks: Sequence[Chunk]) -> BM25Index | None:
    import bm25s

    if not chunks:
        return None
    model = bm25s.BM25()
    model.index(_tokenize([f"{c.guide_title} {c.section} {c.text}" for c in chunks]), show_progress=False)
    return BM25Index(model, [c.id for c in chunks])


# --------------------------------------------------------------------------- retrievers


def _document(chunk: Chunk, **scores: float) -> Document:
    return Document(page_content=chunk.text, id=chunk.id, metadata={**chunk.metadata(), "id": chunk.id, **scores})


class DenseRetriever(BaseRetriever):
    """Nearest chunks in the vector store. ``invoke(str)`` embeds the query itself."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    store: Any
    collection: str
    embedder: Any
    k: int = 8

    def search_vector(self, vector: np.ndarray, k: int | None = None) -> list[Document]:
        hits = self.store.query(self.collection, vector, k or self.k)
        return [_document(Chunk.from_record(h.id, h.document, h.metadata), dense=h.similarity) for h in hits]

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return self.search_vector(self.embedder.embed_queries([query])[0])


class BM25Retriever(BaseRetriever):
    """Chunks ranked by BM25 over their guide title, heading and text."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    index: Any
    by_id: dict[str, Chunk]
    k: int = 8

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        if self.index is None:
            return []
        return [_document(self.by_id[i], bm25=s) for i, s in self.index.search(query, self.k)]


# --------------------------------------------------------------------------- fusion


def reciprocal_rank_fusion(rankings: dict[str, Sequence[str]], k: int = 60) -> list[tuple[str, float]]:
    """Fuse ranked id lists: score(id) = sum over lists of 1 / (k + rank), rank from 1."""
    scores: dict[str, float] = {}
    for ranking in rankings.values():
        for rank, id_ in enumerate(ranking, start=1):
            scores[id_] = scores.get(id_, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def group_by_section(passages: Sequence[Passage]) -> list[Passage]:
    """Keep the best passage of each section, in order; a section's other chunks add nothing new to rank."""
    seen: set[tuple[str, str]] = set()
    out: list[Passage] = []
    for p in passages:
        if p.chunk.section_key not in seen:
            seen.add(p.chunk.section_key)
            out.append(p)
    return out


# --------------------------------------------------------------------------- condensing

_FOLLOW_UP = re.compile(
    r"^\s*(and|but|so|also|what about|how about|then|ok(ay)?)\b"
    r"|\b(it|that|this|these|those|they|them|he|she|him|her|such|there)\b",
    re.I,
)
_CONTENT = re.compile(r"[A-Za-z']{4,}")
_STOP = {
    "what",
    "about",
    "does",
    "this",
    "that",
    "these",
    "those",
    "they",
    "them",
    "with",
    "from",
    "have",
    "there",
    "when",
    "which",
    "would",
    "could",
    "should",
    "your",
    "more",
    "tell",
    "mean",
    "show",
    "shows",
    "happen",
    "work",
    "help",
    "like",
    "much",
    "many",
    "then",
    "than",
    "into",
    "also",
}


class HistoryCondenser:
    """The default condenser, no LLM: a follow-up borrows the topic of the earlier user turns.

    A message that refers back ("how does it show up in men?") or says too little on its own
    gets the previous user turns in front of it, so retrieval sees the topic they established.
    """

    def __init__(self, max_turns: int = 2) -> None:
        self.max_turns = max_turns

    def is_follow_up(self, message: str) -> bool:
        content = [w for w in _CONTENT.findall(message.lower()) if w not in _STOP]
        return bool(_FOLLOW_UP.search(message)) or len(content) <= 2

    def condense(self, message: str, history: Sequence[Turn]) -> str:
        earlier = [t.content for t in history if t.role == "user"][-self.max_turns :]
        if not earlier or not self.is_follow_up(message):
            return message
        return " ".join([*earlier, message])


# --------------------------------------------------------------------------- the chain


def _relevance(
    snapshot: Any, vector: np.ndarray, passages: Sequence[Passage], dense: list[float], sentence: float
) -> float:
    """The gate's input: the mean of the best whole-chunk and the best single-sentence similarity.

    Either alone lets some off-topic questions through (a sentence can match a stray word;
    a chunk's vector is diluted by its length); their mean separated in-scope from
    out-of-scope questions best on evals/gate_calibration.yaml. In ``bm25`` mode, with no
    dense search, the best sentence of the top passages stands in.
    """
    if not dense:
        return max((sentence_relevance(snapshot, p.chunk.id, vector) for p in passages[:3]), default=0.0)
    return (max(dense) + sentence) / 2


@dataclass
class RetrievalResult:
    """What the chain returns: passages grouped by section, best first, with the query used."""

    query: str
    passages: list[Passage]
    relevance: float  # best semantic similarity among the top passages (the gate's input)
    vector: np.ndarray | None = None
    details: dict[str, Any] = field(default_factory=dict)


def sentence_search(snapshot: Any, vector: np.ndarray, k: int) -> tuple[list[tuple[str, float]], float]:
    """Chunks ranked by their best sentence's similarity to the query, and the best similarity
    of any real sentence (headings excluded) for the relevance gate.

    The sentence vectors were computed at ingest and live in the snapshot, so this is one
    matrix-vector product, no model call. A long chunk whose one sentence answers the
    question ranks here even when its whole-chunk vector is diluted.
    """
    if not len(snapshot.sentence_vectors):
        return [], 0.0
    sims = snapshot.sentence_vectors @ vector
    real = sims[~snapshot.sentence_is_heading]
    best_sentence = float(real.max()) if len(real) else 0.0
    best: dict[str, float] = {}
    for row in np.argsort(-sims):
        chunk_id = snapshot.sentence_chunk[int(row)]
        if chunk_id not in best:
            best[chunk_id] = float(sims[row])
            if len(best) >= k:
                break
    return list(best.items()), best_sentence


def sentence_relevance(snapshot: Any, chunk_id: str, vector: np.ndarray) -> float:
    """Best cosine similarity of the query to one sentence of the chunk (vectors from ingest)."""
    rows = snapshot.sentence_rows.get(chunk_id)
    if rows is None or not len(rows):
        return 0.0
    return float(np.max(snapshot.sentence_vectors[rows] @ vector))


def build_retrieval_chain(
    snapshot_of: Callable[[], Any],
    store: VectorStore,
    embedder: Embedder,
    *,
    mode: str = "hybrid",
    k: int = 8,
    rrf_k: int = 60,
    condenser: Any = None,
) -> Runnable[dict[str, Any], RetrievalResult]:
    """The retrieval chain: ``{"question", "history"?, "vector"?}`` -> :class:`RetrievalResult`.

    Args:
        snapshot_of: returns the live :class:`~guidebot.index.Snapshot` (looked up per call).
        mode: ``hybrid`` (dense + BM25, fused), ``dense`` or ``bm25``.
        k: candidates taken from each retriever.
    """
    condenser = condenser or HistoryCondenser()

    def prepare(inputs: dict[str, Any]) -> dict[str, Any]:
        history = [t if isinstance(t, Turn) else Turn(**t) for t in inputs.get("history") or []]
        query = inputs.get("query") or condenser.condense(inputs["question"], history)
        vector = inputs.get("vector")
        if vector is None:
            vector = embedder.embed_queries([query])[0]
        snap = snapshot_of()
        return {"query": query, "vector": vector, "snapshot": snap}

    def dense(state: dict[str, Any]) -> list[Document]:
        if mode == "bm25":
            return []
        snap = state["snapshot"]
        retriever = DenseRetriever(store=store, collection=snap.guides_collection, embedder=embedder, k=k)
        return retriever.search_vector(state["vector"])

    def sentences(state: dict[str, Any]) -> tuple[list[tuple[str, float]], float]:
        if mode == "bm25":
            return [], 0.0
        return sentence_search(state["snapshot"], state["vector"], k)

    def lexical(state: dict[str, Any]) -> list[Document]:
        if mode == "dense":
            return []
        snap = state["snapshot"]
        return BM25Retriever(index=snap.bm25, by_id=snap.by_id, k=k).invoke(state["query"])

    def fuse(state: dict[str, Any]) -> RetrievalResult:
        snap, vector = state["prepared"]["snapshot"], state["prepared"]["vector"]
        rankings = {
            "dense": [d.id for d in state["dense"]],
            "sentences": [i for i, _ in state["sentences"][0]],
            "bm25": [d.id for d in state["bm25"]],
        }
        dense_sim = {d.id: d.metadata["dense"] for d in state["dense"]}
        bm25 = {d.id: d.metadata["bm25"] for d in state["bm25"]}
        fused = reciprocal_rank_fusion({n: r for n, r in rankings.items() if r}, rrf_k)
        passages = []
        for id_, score in fused:
            chunk = snap.by_id.get(id_)
            if chunk is None:
                continue
            ranks = {n: r.index(id_) + 1 for n, r in rankings.items() if id_ in r}
            passages.append(Passage(chunk, score, dense_sim.get(id_), bm25.get(id_), ranks))
        passages = group_by_section(passages)
        relevance = _relevance(snap, vector, passages, list(dense_sim.values()), state["sentences"][1])
        return RetrievalResult(
            state["prepared"]["query"], passages, relevance, vector, {"mode": mode, "build": snap.build}
        )

    prepared = RunnableLambda(prepare, name="condense_and_embed")
    searches = RunnableParallel(
        dense=RunnableLambda(dense, name="dense_search"),
        sentences=RunnableLambda(sentences, name="sentence_search"),
        bm25=RunnableLambda(lexical, name="bm25_search"),
        prepared=RunnableLambda(lambda s: s, name="passthrough"),
    )
    return (prepared | searches | RunnableLambda(fuse, name="fuse_and_group")).with_config(
        run_name="guidebot_retrieval"
    )
