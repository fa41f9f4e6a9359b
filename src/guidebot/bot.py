"""The composition root: :func:`build_bot` wires the parts from settings, and :class:`Bot`
runs one turn of the conversation through them.

One turn, as in DESIGN.md::

    message + history -> embed once -> safety screen -> crisis? -> crisis response
                                     -> retrieve (dense + BM25) -> gate -> no_answer
                                     -> answer with [n] citations -> referral step

The message is embedded once, and that vector serves the safety screen, retrieval and the
referral step alike (a follow-up's condensed query is embedded in the same batch call).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from guidebot.answer import (
    DEFAULT_RELEVANCE_THRESHOLD,
    NO_ANSWER_TEXT,
    ExtractiveGenerator,
    gate,
    stream_words,
    verify_citations,
)
from guidebot.config import Settings
from guidebot.domain import ChatRequest, ChatResponse, Kind, Referral, Resource
from guidebot.errors import GeneratorError, StoreError
from guidebot.index import LiveIndex, Snapshot
from guidebot.ports import AnswerGenerator, AnswerInput, Draft, Embedder, VectorStore
from guidebot.referral import HelpDetector, Referrer
from guidebot.retrieve import HistoryCondenser, RetrievalResult, build_retrieval_chain, follow_up_vector
from guidebot.safety import SafetyScreen, crisis_response, load_resources

log = logging.getLogger(__name__)

StreamEvent = tuple[str, Any]


@dataclass
class _Turn:
    """Everything one turn computed, before rendering."""

    request: ChatRequest
    timings: dict[str, float] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    def lap(self, stage: str, started: float) -> float:
        now = time.perf_counter()
        self.timings[stage] = round((now - started) * 1000, 2)
        return now


class Bot:
    """Answers one message of a conversation. Thread-safe; build one per process."""

    def __init__(
        self,
        settings: Settings,
        *,
        embedder: Embedder,
        store: VectorStore,
        generator: AnswerGenerator | None = None,
        safety: Any = None,
        help_detector: Any = None,
        condenser: Any = None,
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        self.store = store
        self.extractive = ExtractiveGenerator(max_sentences=settings.max_answer_sentences)
        self.generator: AnswerGenerator = generator or self.extractive
        self.safety = safety
        self.help_detector = help_detector
        self.condenser = condenser or HistoryCondenser()
        self.threshold = (
            settings.relevance_threshold if settings.relevance_threshold is not None else DEFAULT_RELEVANCE_THRESHOLD
        )
        self._referrers: dict[str, Any] = {}
        self.index = LiveIndex(store)
        self._chains: dict[str, Any] = {}

    # ------------------------------------------------------------------ parts

    def snapshot(self) -> Snapshot:
        snapshot = self.index.current()
        if snapshot.embedder and snapshot.embedder != self.embedder.name:
            raise StoreError(
                f"the live index was embedded with {snapshot.embedder}, but this bot embeds queries with "
                f"{self.embedder.name}: run `guidebot ingest` with the same embedder setting"
            )
        return snapshot

    def retrieval_chain(self, mode: str | None = None) -> Any:
        """The LangChain Runnable for retrieval (``hybrid``, ``dense`` or ``bm25``)."""
        mode = mode or self.settings.retrieval_mode
        if mode not in self._chains:
            self._chains[mode] = build_retrieval_chain(
                self.snapshot,
                self.store,
                self.embedder,
                mode=mode,
                fusion=self.settings.fusion,
                k=self.settings.top_k,
                rrf_k=self.settings.rrf_k,
                condenser=self.condenser,
            )
        return self._chains[mode]

    def referrer(self, snapshot: Snapshot) -> Any:
        """The referral matcher for this build's listings (built once per build)."""
        if not snapshot.listings:
            return None
        if snapshot.build not in self._referrers:
            self._referrers = {
                snapshot.build: Referrer(
                    snapshot.listings,
                    snapshot.listing_vectors,
                    site_base_url=self.settings.site_base_url,
                    topic_labels=snapshot.topics(),
                )
            }
        return self._referrers[snapshot.build]

    def guides(self) -> list[dict[str, Any]]:
        return self.snapshot().guides()

    # ------------------------------------------------------------------ one turn

    def _screen(self, turn: _Turn, vector: np.ndarray) -> ChatResponse | None:
        if self.safety is None:
            return None
        started = time.perf_counter()
        decision = self.safety.screen(turn.request.message, turn.request.history, vector)
        turn.lap("safety", started)
        turn.meta["safety"] = decision.as_meta()
        if not decision.crisis:
            return None
        locale = turn.request.locale or self.settings.default_locale
        resources = load_resources(self.settings.corpus_dir, locale, self.settings.default_locale)
        response = crisis_response(decision, resources)
        return response

    def _prepare(self, request: ChatRequest) -> tuple[_Turn, np.ndarray, str, np.ndarray]:
        turn = _Turn(request)
        started = time.perf_counter()
        query = self.condenser.condense(request.message, request.history)
        texts = [request.message] if query == request.message else [request.message, query]
        vectors = self.embedder.embed_queries(texts)
        turn.lap("embed", started)
        turn.meta["condensed"] = query != request.message
        return turn, vectors[0], query, follow_up_vector(vectors)

    def _retrieve(self, turn: _Turn, query: str, vector: np.ndarray, snapshot: Snapshot) -> RetrievalResult:
        started = time.perf_counter()
        result: RetrievalResult = self.retrieval_chain().invoke(
            {"question": turn.request.message, "query": query, "vector": vector, "snapshot": snapshot}
        )
        turn.lap("retrieval", started)
        return result

    def _draft(self, turn: _Turn, item: AnswerInput, *, stream: bool = False) -> Iterator[str | Draft]:
        """The generator's answer, checked; falls back to the extractive one on any failure."""
        started = time.perf_counter()
        texts = [p.chunk.text for p in item.passages]
        draft: Draft | None = None
        if self.generator is not self.extractive:
            try:
                if stream:
                    for piece in self.generator.stream(item):
                        if isinstance(piece, Draft):
                            draft = piece
                        else:
                            yield piece
                else:
                    draft = self.generator.generate(item)
                if draft is not None and (
                    verify_citations(draft.answer, draft.citations, texts) or not draft.citations
                ):
                    turn.meta["fallback"] = "generator output failed the citation check"
                    draft = None
            except GeneratorError as exc:
                log.warning("generator %s failed, using extractive: %s", self.generator.name, exc)
                turn.meta["fallback"] = str(exc)
                draft = None
        if draft is None:
            draft = self.extractive.generate(item)
            if stream:
                yield from stream_words(draft.answer)
        turn.meta["path"] = draft.path
        if draft.notes:
            turn.meta["answer_notes"] = draft.notes
        turn.lap("answer", started)
        yield draft

    def _refer(
        self, turn: _Turn, vector: np.ndarray, snapshot: Snapshot, cited: list[str]
    ) -> tuple[list[Referral], str]:
        if self.help_detector is None:
            return [], ""
        started = time.perf_counter()
        decision = self.help_detector.detect(turn.request.message, turn.request.history, vector)
        turn.meta["help"] = {"help_seeking": decision.help_seeking, "layer": decision.layer, "reason": decision.reason}
        referrals: list[Referral] = []
        intro = ""
        referrer = self.referrer(snapshot) if decision.help_seeking else None
        if referrer is not None:
            result = referrer.refer(turn.request.message, turn.request.history, vector, cited)
            referrals, intro = list(result.referrals), result.intro
            turn.meta["referral"] = {
                "topic": result.topic,
                "exact": result.exact,
                "directory_url": result.directory_url,
            }
        turn.lap("referral", started)
        return referrals, intro

    def _turn(self, request: ChatRequest, *, stream: bool) -> Iterator[StreamEvent]:
        began = time.perf_counter()
        turn, vector, query, query_vector = self._prepare(request)
        crisis = self._screen(turn, vector)
        if crisis is not None:
            crisis.meta.update(turn.meta)
            if stream:
                for piece in stream_words(crisis.answer):
                    yield "token", piece
            turn.timings["total"] = round((time.perf_counter() - began) * 1000, 2)
            crisis.meta["timings_ms"] = turn.timings
            self._log(request, crisis)
            yield "done", crisis
            return

        snapshot = self.snapshot()  # one pointer lookup per request; the whole turn reads this build
        result = self._retrieve(turn, query, query_vector, snapshot)
        decision = gate(request.message, result.relevance, self.threshold)
        turn.meta["gate"] = {
            "relevant": decision.relevant,
            "relevance": round(decision.relevance, 4),
            "reason": decision.reason,
        }
        turn.meta["retrieved"] = [
            {
                "guide_slug": p.chunk.guide_slug,
                "section": p.chunk.section,
                "score": round(p.score, 5),
                "dense": None if p.dense is None else round(p.dense, 4),
            }
            for p in result.passages[:5]
        ]
        draft: Draft | None = None
        if decision.relevant:
            item = AnswerInput(request.message, result.passages, query_vector, list(request.history), snapshot)
            for part in self._draft(turn, item, stream=stream):
                if isinstance(part, Draft):
                    draft = part
                else:
                    yield "token", part
        cited = [c.guide_slug for c in draft.citations] if draft else []
        cited_topics = [snapshot.primary_topic[slug] for slug in cited if slug in snapshot.primary_topic]
        referrals, intro = (
            ([], "")
            if decision.out_of_scope
            else self._refer(turn, vector, snapshot, list(dict.fromkeys(cited_topics)))
        )

        kind: Kind
        if draft is not None:
            kind, answer, citations = "answer", draft.answer, draft.citations
        elif referrals:
            kind, answer, citations = "answer", "", []
        else:
            topics = ", ".join(snapshot.guide_titles)
            kind, answer, citations = "no_answer", NO_ANSWER_TEXT.format(topics=topics), []
            if stream:
                for piece in stream_words(answer):
                    yield "token", piece
        if intro:
            addition = ("\n\n" if answer else "") + intro
            if stream:
                for piece in stream_words(addition):
                    yield "token", piece
            answer += addition
        turn.timings["total"] = round((time.perf_counter() - began) * 1000, 2)
        response = ChatResponse(
            kind=kind,
            answer=answer,
            citations=citations,
            referrals=referrals,
            resources=[],
            meta={**turn.meta, "timings_ms": turn.timings, "build": snapshot.build},
        )
        if stream:
            yield "citations", [c.model_dump() for c in citations]
            yield "referrals", [r.model_dump() for r in referrals]
        self._log(request, response)
        yield "done", response

    def chat(self, request: ChatRequest) -> ChatResponse:
        """Answer one message; the conversation so far comes in ``request.history``."""
        for event, data in self._turn(request, stream=False):
            if event == "done":
                return data
        raise AssertionError("a turn always ends with 'done'")

    def stream(self, request: ChatRequest) -> Iterator[StreamEvent]:
        """The same answer as :meth:`chat`, as events: ``token``..., ``citations``, ``referrals``
        (or ``resources`` for a crisis), then ``done`` with the whole response."""
        for event, data in self._turn(request, stream=True):
            if event == "done" and data.kind == "crisis":
                yield "resources", [r.model_dump() for r in data.resources]
            yield event, data

    def _log(self, request: ChatRequest, response: ChatResponse) -> None:
        """One line per turn: decisions and timings. The visitor's words only if the operator opts in."""
        log.info(
            "turn kind=%s timings=%s safety=%s gate=%s path=%s%s",
            response.kind,
            response.meta.get("timings_ms"),
            response.meta.get("safety"),
            response.meta.get("gate"),
            response.meta.get("path"),
            f" message={request.message!r}" if self.settings.log_message_text else "",
        )


# --------------------------------------------------------------------------- composition


def build_store(settings: Settings) -> VectorStore:
    """Chroma: a server when ``GUIDEBOT_CHROMA_HOST`` is set, else embedded under the data dir."""
    from guidebot.backends.chroma import ChromaStore

    if settings.chroma_host:
        return ChromaStore(
            host=settings.chroma_host,
            port=settings.chroma_port,
            ssl=settings.chroma_ssl,
            prefix=settings.collection_prefix,
        )
    return ChromaStore(settings.chroma_dir, prefix=settings.collection_prefix)


def build_generator(settings: Settings, embedder: Embedder | None = None) -> AnswerGenerator | None:
    """The configured answer generator; None means the extractive default.

    ``embedder`` lets the LLM generator compare answer sentences with the sources' sentence
    vectors when it checks citations (without one it compares words).
    """
    if settings.generator == "llm":
        from guidebot.backends.llm import LLMGenerator

        return LLMGenerator.from_settings(settings, embedder=embedder)
    return None


def build_condenser(settings: Settings) -> Any:
    """The follow-up condenser: the LLM one when the LLM generator is configured."""
    if settings.generator == "llm":
        from guidebot.backends.llm import LLMCondenser

        return LLMCondenser.from_settings(settings)
    return HistoryCondenser()


def build_bot(
    settings: Settings,
    *,
    embedder: Embedder | None = None,
    store: VectorStore | None = None,
    generator: AnswerGenerator | None = None,
) -> Bot:
    """The one composition root: every entry point builds its bot here."""
    from guidebot.backends.embedders import build_embedder

    embedder = embedder or build_embedder(settings.embedder)
    store = store or build_store(settings)
    return Bot(
        settings,
        embedder=embedder,
        store=store,
        generator=generator or build_generator(settings, embedder),
        safety=SafetyScreen(embedder),
        help_detector=HelpDetector(embedder),
        condenser=build_condenser(settings),
    )


__all__ = ["Bot", "Resource", "build_bot", "build_store"]
