"""Retrieval: condense the follow-up, search dense and BM25, fuse, group by section, diversify.

Dense search looks at the corpus at several grains, all embedded at ingest: whole chunks in
the vector store (Chroma), and, held in memory, each chunk's paragraphs, sentences and
heading, plus each guide as a whole. BM25 (``bm25s``, stemmed) adds exact wording.

Fusion is a weighted sum of the similarities (``weighted``, the default) or reciprocal rank
fusion of the rankings (``rrf``). Both were measured on evals/questions.yaml (99 answerable
visitor questions): recall@3 of the expected section 0.909 weighted against 0.652 with RRF,
because RRF throws away how far apart the scores are and lets a weak BM25 ranking pull good
dense matches down. ``FUSION_WEIGHTS``, ``BM25_B`` and ``DIVERSITY_MARGIN`` were chosen on
that set and checked on evals/seed_probe.yaml (22 questions on the site's own guide, recall@3
0.909, 0.864 before the last two); nearby weights score within 0.02, so the choice is not
knife-edge. Modes: ``hybrid`` (all), ``dense``
(no BM25), ``bm25`` (BM25 alone).

After grouping by section, a close second guide is given the third place when the top two
sections share a guide (:func:`diversify_guides`), so a question that spans two guides shows
both.

:func:`build_retrieval_chain` returns a LangChain ``Runnable`` so ``.invoke``, ``.batch``,
``.stream``, callbacks and tracing work as LangChain users expect. Its steps are LangChain
retrievers where they fit (:class:`DenseRetriever`, :class:`BM25Retriever`, usable on their
own with a string query) and plain functions where LangChain would only add weight.

Within the bot the query vector is computed once per request and passed in, so the chain
does no embedding of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import Runnable, RunnableLambda
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


def _tokenize(texts: Sequence[str], *, return_ids: bool = True) -> Any:
    import bm25s

    global _STEMMER
    if _STEMMER is None:
        _STEMMER = _stemmer() or False
    return bm25s.tokenize(
        list(texts), stopwords="en", stemmer=_STEMMER or None, show_progress=False, return_ids=return_ids
    )


@dataclass
class BM25Index:
    """A bm25s index over chunks (built in memory per build; the corpus is small)."""

    model: Any
    chunk_ids: list[str]

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        """The ``k`` best chunks with a positive score (scored in place: no thread pool per query)."""
        tokens = _tokenize([query], return_ids=False)[0]
        if not tokens:
            return []
        scores = self.model.get_scores(tokens)
        k = min(k, len(self.chunk_ids))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.chunk_ids[int(i)], float(scores[i])) for i in top if scores[i] > 0]


# BM25's length normalisation. At the usual 0.75 a two-sentence FAQ answer outscores a
# five-paragraph section on a single shared word just for being short, and that one word
# (the guide's topic, "relationship", "tell") was enough to push the answering section out of
# the top 3. At 0.3 on evals/questions.yaml: recall@3 0.854 -> 0.874 with no case lost, and
# evals/seed_probe.yaml 0.86 -> 0.91; anywhere in 0.2-0.35 scores the same.
BM25_B = 0.3


def build_bm25(chunks: Sequence[Chunk]) -> BM25Index | None:
    import bm25s

    if not chunks:
        return None
    model = bm25s.BM25(b=BM25_B)
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


def bm25_documents(index: BM25Index | None, by_id: dict[str, Chunk], query: str, k: int) -> list[Document]:
    """The ``k`` best chunks by BM25 as documents carrying their ``bm25`` score."""
    if index is None:
        return []
    return [_document(by_id[i], bm25=score) for i, score in index.search(query, k)]


class BM25Retriever(BaseRetriever):
    """Chunks ranked by BM25 over their guide title, heading and text."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    index: Any
    by_id: dict[str, Chunk]
    k: int = 8

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return bm25_documents(self.index, self.by_id, query, self.k)


# --------------------------------------------------------------------------- fusion


def reciprocal_rank_fusion(rankings: Mapping[str, Sequence[str]], k: int = 60) -> list[tuple[str, float]]:
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

# Weights of the fused score. Chunk, paragraph, sentence, heading and guide are cosine
# similarities of the query to that grain (the best one within the chunk); bm25 is the BM25
# score divided by the best BM25 score of the query.
FUSION_WEIGHTS: dict[str, float] = {
    "chunk": 1.0,
    "paragraph": 1.0,
    "sentence": 0.5,
    "heading": 0.25,
    "guide": 0.25,
    "bm25": 0.3,
    "definition": 0.3,
}

# Question intent: "what is X?" is best answered by the section that defines X. MiniLM alone
# often prefers a section that merely repeats X's words, so a definitional question gives a
# small bonus ("definition" in FUSION_WEIGHTS) to sections whose heading is a definition.
DEFINITION_QUERY = re.compile(
    r"^\s*(what('?s| is| are)\b(?!.*\b(do|should|can|to|signs?|symptoms?|ways?|best|difference)\b)"
    r"|define\b|definition of|meaning of|what does .+ mean)",
    re.I,
)
DEFINITION_HEADING = re.compile(
    r"^what .+ (actually )?(is|are|means)$|^what counts as|\bis not the same as\b|\bis different from\b", re.I
)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def is_definitional(message: str) -> bool:
    """Whether a sentence of the message asks what something is.

    Sentence by sentence, because the question often comes after some context ("My ex said
    I was avoidantly attached. What does that actually mean?"), which the anchored pattern
    misses when matched against the whole message. The chain asks this of the visitor's latest
    message, not of the condensed query: "can it change?" after "what is avoidant attachment?"
    asks about change, not for the definition again.
    """
    return any(DEFINITION_QUERY.search(sentence) for sentence in _SENTENCE_END.split(message))


# Guide diversity: when the two best sections come from one guide and another guide's best
# section scores within this margin of the top (in units of the weighted fused score), it is
# moved up to third place. A question that spans two guides ("is divorce a kind of grief?")
# then shows both, and a question whose guide is uncertain (a "dad" in a question about
# shame) keeps a foothold in the other. On evals/questions.yaml: recall@3 0.884 -> 0.909,
# 8 of 121 questions (with the seed probe) reordered, none lost; from 0.4 up, correct third
# sections of the top guide start to be pushed out.
DIVERSITY_MARGIN = 0.3


@dataclass
class RetrievalResult:
    """What the chain returns: passages grouped by section, best first, with the query used."""

    query: str
    passages: list[Passage]
    relevance: float  # how well the best passages match (the gate's input)
    vector: np.ndarray | None = None
    details: dict[str, Any] = field(default_factory=dict)


def _group_max(values: np.ndarray, groups: np.ndarray, size: int) -> np.ndarray:
    out = np.full(size, -1.0, dtype=np.float64)
    np.maximum.at(out, groups, values)
    return out


def memory_views(snapshot: Any, vector: np.ndarray) -> dict[str, np.ndarray]:
    """Per chunk (aligned with ``snapshot.chunks``): best paragraph, sentence and heading
    similarity, and the similarity of its guide. One matrix-vector product, no model call.
    """
    from guidebot.index import HEADING_ROW, PARAGRAPH_ROW

    size = len(snapshot.chunks)
    if not len(snapshot.sentence_vectors):
        zero = np.zeros(size)
        return {"paragraph": zero, "sentence": zero, "heading": zero, "guide": zero}
    sims = snapshot.sentence_vectors @ vector
    kind = snapshot.row_kind
    views = {
        name: _group_max(np.where(mask, sims, -1.0), snapshot.row_chunk, size)
        for name, mask in (
            ("paragraph", kind == PARAGRAPH_ROW),
            ("sentence", kind >= 0),
            ("heading", kind == HEADING_ROW),
        )
    }
    views["guide"] = (snapshot.guide_vectors @ vector)[snapshot.guide_of_chunk]
    return views


def sentence_relevance(snapshot: Any, chunk_id: str, vector: np.ndarray) -> float:
    """Best cosine similarity of the query to one sentence of the chunk (vectors from ingest)."""
    rows = snapshot.sentence_rows.get(chunk_id)
    if rows is None or not len(rows):
        return 0.0
    return float(np.max(snapshot.sentence_vectors[rows] @ vector))


def fuse_scores(
    features: dict[str, np.ndarray], weights: dict[str, float], candidates: np.ndarray
) -> list[tuple[int, float]]:
    """Weighted sum of the features over the candidate chunk positions, best first."""
    total = np.zeros(len(candidates))
    for name, weight in weights.items():
        if weight and name in features:
            total += weight * features[name][candidates]
    order = np.argsort(-total, kind="stable")
    return [(int(candidates[i]), float(total[i])) for i in order]


def diversify_guides(passages: Sequence[Passage], margin: float = DIVERSITY_MARGIN, slot: int = 3) -> list[Passage]:
    """Sections best first, with another guide's best section moved up to ``slot`` when the
    sections above that slot all come from one guide and it scores within ``margin`` of the top.
    """
    out = list(passages)
    if len(out) <= slot or len({p.chunk.guide_slug for p in out[: slot - 1]}) > 1:
        return out
    first = out[0]
    other = next((i for i, p in enumerate(out) if p.chunk.guide_slug != first.chunk.guide_slug), None)
    if other is not None and other >= slot and first.score - out[other].score <= margin:
        out.insert(slot - 1, out.pop(other))
    return out


def build_retrieval_chain(
    snapshot_of: Callable[[], Any],
    store: VectorStore,
    embedder: Embedder,
    *,
    mode: str = "hybrid",
    fusion: str = "weighted",
    k: int = 8,
    rrf_k: int = 60,
    condenser: Any = None,
) -> Runnable[dict[str, Any], RetrievalResult]:
    """The retrieval chain: ``{"question", "history"?, "query"?, "vector"?, "snapshot"?}`` -> :class:`RetrievalResult`.

    Args:
        snapshot_of: returns the live :class:`~guidebot.index.Snapshot` (looked up per call).
        mode: ``hybrid`` (dense + BM25), ``dense`` or ``bm25``.
        fusion: ``weighted`` (sum of similarities, see ``FUSION_WEIGHTS``) or ``rrf``.
        k: candidates taken from each search.
    """
    condenser = condenser or HistoryCondenser()
    pool = max(3 * k, 20)  # candidates per search before fusion

    def prepare(inputs: dict[str, Any]) -> dict[str, Any]:
        history = [t if isinstance(t, Turn) else Turn(**t) for t in inputs.get("history") or []]
        query = inputs.get("query") or condenser.condense(inputs["question"], history)
        vector = inputs.get("vector")
        if vector is None:
            texts = [inputs["question"]] if query == inputs["question"] else [inputs["question"], query]
            vector = follow_up_vector(embedder.embed_queries(texts))
        return {
            "question": inputs.get("question") or query,
            "query": query,
            "vector": vector,
            "snapshot": inputs.get("snapshot") or snapshot_of(),
        }

    def search(state: dict[str, Any]) -> dict[str, Any]:
        """All searches, one after the other: each takes a few milliseconds, less than a thread hop."""
        snap, vector = state["snapshot"], state["vector"]
        dense: list[Document] = []
        lexical: list[Document] = []
        if mode != "bm25":
            retriever = DenseRetriever(store=store, collection=snap.guides_collection, embedder=embedder, k=pool)
            dense = retriever.search_vector(vector)
        if mode != "dense":
            lexical = bm25_documents(snap.bm25, snap.by_id, state["query"], pool)
        return {"dense": dense, "views": memory_views(snap, vector), "bm25": lexical, "prepared": state}

    def fuse(state: dict[str, Any]) -> RetrievalResult:
        snap, vector = state["prepared"]["snapshot"], state["prepared"]["vector"]
        position = snap.position
        size = len(snap.chunks)
        dense_sim = {d.id: float(d.metadata["dense"]) for d in state["dense"]}
        bm25 = {d.id: float(d.metadata["bm25"]) for d in state["bm25"]}
        features = dict(state["views"])
        floor = min(dense_sim.values(), default=0.0)  # chunks beyond the dense pool score no better
        features["chunk"] = np.full(size, floor)
        for id_, sim in dense_sim.items():
            features["chunk"][position[id_]] = sim
        # the intent is the visitor's latest message, not the topic a follow-up borrowed
        definitional = is_definitional(state["prepared"]["question"])
        features["definition"] = snap.definition_headings if definitional else np.zeros(size)
        features["bm25"] = np.zeros(size)
        best_bm25 = max(bm25.values(), default=0.0) or 1.0
        for id_, score in bm25.items():
            features["bm25"][position[id_]] = score / best_bm25

        if mode == "bm25":
            weights = {"bm25": 1.0, "definition": FUSION_WEIGHTS["definition"]}
            candidates = np.array([position[i] for i in bm25], dtype=np.int64)
        else:
            weights = dict(FUSION_WEIGHTS, bm25=FUSION_WEIGHTS["bm25"] if mode == "hybrid" else 0.0)
            pools = [np.array([position[i] for i in dense_sim], dtype=np.int64)]
            pools += [np.argsort(-features[v])[:pool] for v in ("paragraph", "sentence", "heading")]
            pools.append(np.array([position[i] for i in bm25], dtype=np.int64))
            candidates = np.unique(np.concatenate(pools))

        if fusion == "rrf":
            rankings = {
                name: [snap.chunks[i].id for i, _ in fuse_scores(features, {name: 1.0}, candidates)][:pool]
                for name, weight in weights.items()
                if weight
            }
            ranked = [(position[i], s) for i, s in reciprocal_rank_fusion(rankings, rrf_k)]
        else:
            ranked = fuse_scores(features, weights, candidates)

        passages = [
            Passage(
                snap.chunks[i],
                score,
                dense_sim.get(snap.chunks[i].id),
                bm25.get(snap.chunks[i].id),
                {name: round(float(features[name][i]), 4) for name in weights},
            )
            for i, score in ranked
        ]
        passages = group_by_section(passages)
        if fusion == "weighted":  # the margin is in fused-score units; RRF scores are not
            passages = diversify_guides(passages)
        passages = passages[: 2 * k]
        best_sentence = float(np.max(features["sentence"])) if size else 0.0
        relevance = _relevance(snap, vector, passages, list(dense_sim.values()), best_sentence)
        return RetrievalResult(
            state["prepared"]["query"],
            passages,
            relevance,
            vector,
            {"mode": mode, "fusion": fusion, "build": snap.build},
        )

    return (
        RunnableLambda(prepare, name="condense_and_embed")
        | RunnableLambda(search, name="dense_bm25_search")
        | RunnableLambda(fuse, name="fuse_and_group")
    ).with_config(run_name="guidebot_retrieval")


def follow_up_vector(vectors: np.ndarray) -> np.ndarray:
    """The query vector: the message's, or for a follow-up the normalised sum of the message's
    and the condensed query's, so the new message weighs as much as the topic it continues."""
    if len(vectors) == 1:
        return vectors[0]
    combined = vectors.sum(axis=0)
    return combined / (np.linalg.norm(combined) or 1.0)


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
