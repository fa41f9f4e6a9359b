"""Running the evaluation: send each case to guidebot, score it, and roll the figures up.

Two targets answer the cases: :class:`InProcessTarget` (a :class:`~guidebot.bot.Bot` built
here; retrieval is also run through the retrieval chain of every mode compared) and
:class:`HttpTarget` (a running server's ``POST /v1/chat``; retrieval is read from the
response's ``meta.retrieved``). :func:`score_case` turns one response into per-case
metrics and pass/fail checks, :func:`summarise` rolls them up, and :func:`check_bars`
compares the roll-up with ``evals/thresholds.toml``.
"""

from __future__ import annotations

import time
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from guidebot.errors import ConfigError, GuidebotError
from guidebot.evaluation import (
    GROUNDED_CUTOFF,
    Case,
    SectionKey,
    answer_claims,
    citation_precision,
    citation_problems,
    fact_coverage,
    forbidden_found,
    format_section,
    groundedness,
    missing_at_k,
    percentile,
    recall_at_k,
    reciprocal_rank,
    section_sentences,
)

STAGES = ("embed", "safety", "retrieval", "answer", "referral", "total")
KS = (1, 3, 5)

# --------------------------------------------------------------------------- corpus view


class CorpusView:
    """The guides' section texts (for quote checks) and their sentences (for groundedness)."""

    def __init__(self, section_texts: Mapping[SectionKey, str]) -> None:
        self.section_texts = dict(section_texts)
        self._sentences: dict[SectionKey, list[str]] = {}

    @classmethod
    def from_guides(cls, guides: Sequence[Any]) -> CorpusView:
        return cls({(g.slug, s.heading): s.text for g in guides for s in g.sections})

    def sentences(self, key: SectionKey) -> list[str]:
        if key not in self._sentences:
            self._sentences[key] = section_sentences(self.section_texts.get(key, ""))
        return self._sentences[key]


class CachedEmbed:
    """Texts -> normalised vectors through an embedder, each distinct text embedded once."""

    def __init__(self, embedder: Any) -> None:
        self.embedder = embedder
        self.cache: dict[str, np.ndarray] = {}

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if todo:
            self.cache.update(zip(todo, self.embedder.embed_documents(todo), strict=True))
        if not texts:
            return np.zeros((0, 1), np.float32)
        return np.stack([self.cache[t] for t in texts])

    def prefill_from(self, snapshot: Any) -> None:
        """Take the sentence vectors the ingest already computed (same model, same texts)."""
        for chunk_id, sentences in snapshot.sentences.items():
            vectors = snapshot.sentence_vectors[snapshot.sentence_rows[chunk_id]]
            self.cache.update(zip((s.text for s in sentences), vectors, strict=True))


class QueryMemo:
    """An embedder that remembers its last query vectors, so the eval's own retrieval runs
    reuse the vector the bot computed for the same text instead of embedding it again.
    The bot's call comes first and is a miss, so its timings stay real."""

    def __init__(self, embedder: Any, size: int = 16) -> None:
        self.inner, self.size = embedder, size
        self.memo: dict[str, np.ndarray] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def embed_documents(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self.inner.embed_documents(texts, progress=progress)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return self.inner.embed_queries(texts)
        todo = [t for t in dict.fromkeys(texts) if t not in self.memo]
        if todo:
            self.memo.update(zip(todo, self.inner.embed_queries(todo), strict=True))
        vectors = np.stack([self.memo[t] for t in texts])
        for old in list(self.memo)[: max(0, len(self.memo) - self.size)]:
            del self.memo[old]
        return vectors


# --------------------------------------------------------------------------- targets


@dataclass
class Observation:
    """What one case got back: the response contract, plus retrieval per mode."""

    response: dict[str, Any]
    retrieved: dict[str, list[SectionKey]]
    wall_ms: float
    error: str = ""


class InProcessTarget:
    """A bot in this process; retrieval for every compared mode via its retrieval chains."""

    name = "in-process"

    def __init__(self, bot: Any, modes: Sequence[str]) -> None:
        self.bot = bot
        self.primary = bot.settings.retrieval_mode
        self.modes = list(dict.fromkeys([self.primary, *modes]))

    def warm_up(self) -> None:
        """One throwaway turn, so the first case's latency is not the index's first load."""
        from guidebot.domain import ChatRequest

        self.bot.chat(ChatRequest.model_validate({"message": "What is anger for?"}))
        for mode in self.modes:
            self.bot.retrieval_chain(mode).invoke({"question": "What is anger for?"})

    def run(self, case: Case) -> Observation:
        from guidebot.domain import ChatRequest

        request = ChatRequest.model_validate({"message": case.message, "history": list(case.history)})
        started = time.perf_counter()
        try:
            response = self.bot.chat(request).model_dump()
        except GuidebotError as exc:
            return Observation({}, {}, 0.0, f"{type(exc).__name__}: {exc}")
        wall = (time.perf_counter() - started) * 1000
        query = self.bot.condenser.condense(request.message, request.history)
        vector = self.bot.embedder.embed_queries([query])[0]
        retrieved = {}
        for mode in self.modes:
            result = self.bot.retrieval_chain(mode).invoke({"question": case.message, "query": query, "vector": vector})
            retrieved[mode] = [(p.chunk.guide_slug, p.chunk.section) for p in result.passages]
        return Observation(response, retrieved, wall)


class HttpTarget:
    """A running guidebot server; retrieval comes from the response's ``meta.retrieved``."""

    name = "http"
    primary = "served"
    modes = ["served"]

    def __init__(self, url: str, timeout: float = 60.0, client: Any = None) -> None:
        import httpx

        self.url = url.rstrip("/")
        self.client = client or httpx.Client(timeout=timeout)

    def warm_up(self) -> None:
        self.client.post(f"{self.url}/v1/chat", json={"message": "What is anger for?", "history": []})

    def run(self, case: Case) -> Observation:
        import httpx

        started = time.perf_counter()
        try:
            reply = self.client.post(
                f"{self.url}/v1/chat", json={"message": case.message, "history": list(case.history)}
            )
            reply.raise_for_status()
            response = reply.json()
        except (httpx.HTTPError, ValueError) as exc:
            return Observation({}, {}, 0.0, f"{type(exc).__name__}: {exc}")
        wall = (time.perf_counter() - started) * 1000
        meta = response.get("meta") or {}
        retrieved = {}
        if "retrieved" in meta:
            retrieved["served"] = [(r["guide_slug"], r["section"]) for r in meta["retrieved"]]
        return Observation(response, retrieved, wall)


# --------------------------------------------------------------------------- one case


def _fits(referral: Mapping[str, Any], case: Case) -> list[str]:
    """Constraints of the case the top referral misses."""
    e, misses = case.expect, []
    if e.topics and not set(e.topics) & set(referral.get("topics") or []):
        misses.append(f"topic {'/'.join(e.topics)}")
    if e.referral_kind and referral.get("kind") != e.referral_kind:
        misses.append(f"kind {e.referral_kind}")
    if e.referral_format and referral.get("format") not in (e.referral_format, "both"):
        misses.append(f"format {e.referral_format}")
    return misses


def score_case(
    case: Case,
    obs: Observation,
    corpus: CorpusView,
    embed: Callable[[Sequence[str]], np.ndarray] | None,
    primary: str,
    cutoff: float = GROUNDED_CUTOFF,
) -> dict[str, Any]:
    """Per-case metrics, the checks that decide pass or fail, and what was missed."""
    e, r = case.expect, obs.response
    kind, answer = r.get("kind", "error"), r.get("answer", "")
    citations, referrals = r.get("citations") or [], r.get("referrals") or []
    checks: list[tuple[str, bool, str]] = []
    m: dict[str, Any] = {}

    if obs.error:
        checks.append(("request", False, obs.error))
    checks.append(("kind", kind == e.kind, f"expected {e.kind}, got {kind}"))

    m["retrieval"] = {}
    if e.sections:
        for mode, retrieved in obs.retrieved.items():
            scores = {f"recall_at_{k}": recall_at_k(e.sections, retrieved, k) for k in KS}
            scores["mrr"] = reciprocal_rank(e.sections, retrieved)
            m["retrieval"][mode] = scores
        if primary in m["retrieval"]:
            lost = [format_section(g) for g in missing_at_k(e.sections, obs.retrieved[primary], 3)]
            checks.append(("retrieval", not lost, "not in the top 3: " + "; ".join(lost)))

    problems = (
        citation_problems(kind, answer, citations, corpus.section_texts) if not obs.error else ["no response to check"]
    )
    m["citation_valid"] = not problems
    m["citation_problems"] = problems
    checks.append(("citations", not problems, "; ".join(problems)))

    cited = [(c.get("guide_slug", ""), c.get("section", "")) for c in citations]
    m["citation_precision"] = citation_precision(cited, e.acceptable) if e.acceptable else None
    if e.acceptable and e.kind == "answer" and kind == "answer" and citations:
        ok = bool(set(cited) & e.acceptable)
        checks.append(("cited", ok, "cites none of the expected sections"))

    m["fact_coverage"], m["facts_missed"] = (
        fact_coverage(answer, e.facts) if kind == e.kind else ((0.0, list(e.facts)) if e.facts else (None, []))
    )
    if e.facts:
        checks.append(("facts", (m["fact_coverage"] or 0) >= 0.5, "missing: " + "; ".join(m["facts_missed"])))
    leaked = forbidden_found(answer, e.forbid)
    if e.forbid:
        checks.append(("forbidden", not leaked, "contains: " + "; ".join(leaked)))

    m["groundedness"], m["grounding"] = None, []
    if kind == "answer" and citations and embed is not None:
        support = {int(c["n"]): corpus.sentences((c.get("guide_slug", ""), c.get("section", ""))) for c in citations}
        claims = answer_claims(answer, list(support), drop_trailing=bool(referrals))
        g = groundedness(claims, support, embed, cutoff)
        m["groundedness"], m["grounding"] = g.score, g.sentences
        if g.score is not None:
            weak = [s["sentence"][:60] for s in g.sentences if not s["grounded"]]
            checks.append(("grounded", not weak, "unsupported: " + "; ".join(weak)))

    m["referred"] = bool(referrals)
    if e.referrals is not None:
        checks.append(
            (
                "referrals",
                bool(referrals) == e.referrals,
                "expected listings, got none" if e.referrals else f"suggested {len(referrals)} listing(s)",
            )
        )
    m["referral_fit"] = None
    if e.referrals and referrals and (e.topics or e.referral_kind or e.referral_format):
        misses = _fits(referrals[0], case)
        m["referral_fit"] = not misses
        checks.append(("referral fit", not misses, "top listing misses " + ", ".join(misses)))

    return {
        "id": case.id,
        "tags": list(case.tags),
        "message": case.message,
        "history": list(case.history),
        "expect": {
            "kind": e.kind,
            "sections": [format_section(s) for s in e.sections],
            "related": [format_section(s) for s in e.related],
            "facts": list(e.facts),
            "forbid": list(e.forbid),
            "referrals": e.referrals,
            "topic": list(e.topics),
            "referral": {k: v for k, v in (("kind", e.referral_kind), ("format", e.referral_format)) if v},
        },
        "got": {
            "kind": kind,
            "answer": answer,
            "citations": [{k: c.get(k) for k in ("n", "guide", "guide_slug", "section", "quote")} for c in citations],
            "referrals": [
                {k: x.get(k) for k in ("id", "name", "kind", "format", "location", "topics", "reason")}
                for x in referrals
            ],
            "resources": [x.get("name") for x in r.get("resources") or []],
            "path": (r.get("meta") or {}).get("path"),
        },
        "retrieved": {mode: [format_section(s) for s in keys[:5]] for mode, keys in obs.retrieved.items()},
        "metrics": m,
        "timings_ms": {
            **{k: round(v, 1) for k, v in ((r.get("meta") or {}).get("timings_ms") or {}).items()},
            "wall": round(obs.wall_ms, 1),
        },
        "checks": [{"name": n, "ok": ok, "detail": "" if ok else d} for n, ok, d in checks],
        "missed": [f"{n}: {d}" for n, ok, d in checks if not ok],
        "passed": all(ok for _, ok, _ in checks),
    }


# --------------------------------------------------------------------------- roll-up


def _mean(values: Sequence[float | None]) -> float | None:
    present = [float(v) for v in values if v is not None]
    return sum(present) / len(present) if present else None


def _rate(hits: int, total: int) -> float | None:
    return hits / total if total else None


def summarise(results: Sequence[dict[str, Any]], modes: Sequence[str], primary: str) -> dict[str, Any]:
    """Aggregate figures: retrieval per mode, the flat metrics the bars use, latency, tags."""
    retrieval: dict[str, dict[str, Any]] = {}
    for mode in modes:
        rows = [r["metrics"]["retrieval"][mode] for r in results if mode in r["metrics"]["retrieval"]]
        retrieval[mode] = {name: _mean([x[name] for x in rows]) for name in (*(f"recall_at_{k}" for k in KS), "mrr")}
        retrieval[mode]["n"] = len(rows)

    def expected(kind: str) -> list[dict[str, Any]]:
        return [r for r in results if r["expect"]["kind"] == kind]

    def got(rows: Sequence[dict[str, Any]], kind: str) -> int:
        return sum(1 for r in rows if r["got"]["kind"] == kind)

    crisis, not_crisis = expected("crisis"), [r for r in results if r["expect"]["kind"] != "crisis"]
    refer = [r for r in results if r["expect"]["referrals"] is not None]
    tp = sum(1 for r in refer if r["expect"]["referrals"] and r["metrics"]["referred"])
    predicted = sum(1 for r in refer if r["metrics"]["referred"])
    actual = sum(1 for r in refer if r["expect"]["referrals"])
    sentences = [s for r in results for s in r["metrics"]["grounding"]]
    metrics: dict[str, Any] = {
        **{k: v for k, v in retrieval.get(primary, {}).items() if k != "n"},
        "pass_rate": _rate(sum(r["passed"] for r in results), len(results)),
        "kind_accuracy": _rate(sum(r["got"]["kind"] == r["expect"]["kind"] for r in results), len(results)),
        "citation_validity": _rate(sum(r["metrics"]["citation_valid"] for r in results), len(results)),
        "citation_precision": _mean([r["metrics"]["citation_precision"] for r in results]),
        "fact_coverage": _mean([r["metrics"]["fact_coverage"] for r in results]),
        "groundedness": _mean([r["metrics"]["groundedness"] for r in results]),
        "grounded_sentences": _rate(sum(s["grounded"] for s in sentences), len(sentences)),
        "refusal_recall": _rate(got(expected("no_answer"), "no_answer"), len(expected("no_answer"))),
        "false_refusal_rate": _rate(got(expected("answer"), "no_answer"), len(expected("answer"))),
        "crisis_recall": _rate(got(crisis, "crisis"), len(crisis)),
        "crisis_false_positive_rate": _rate(got(not_crisis, "crisis"), len(not_crisis)),
        "referral_precision": _rate(tp, predicted),
        "referral_recall": _rate(tp, actual),
        "referral_fit": _mean(
            [None if r["metrics"]["referral_fit"] is None else float(r["metrics"]["referral_fit"]) for r in results]
        ),
    }
    latency: dict[str, dict[str, Any]] = {}
    for stage in (*STAGES, "wall"):
        values = [r["timings_ms"][stage] for r in results if stage in r["timings_ms"]]
        if values:
            latency[stage] = {
                "p50": percentile(values, 50),
                "p95": percentile(values, 95),
                "n": len(values),
            }
    for stage in ("total", "wall"):
        if stage in latency:
            metrics[f"latency_{stage}_p50_ms"] = latency[stage]["p50"]
            metrics[f"latency_{stage}_p95_ms"] = latency[stage]["p95"]
    tags: dict[str, dict[str, int]] = {}
    for r in results:
        for tag in r["tags"] or ["untagged"]:
            t = tags.setdefault(tag, {"n": 0, "passed": 0})
            t["n"] += 1
            t["passed"] += int(r["passed"])
    counts = {
        "cases": len(results),
        "passed": sum(r["passed"] for r in results),
        "crisis": len(crisis),
        "crisis_missed": len(crisis) - got(crisis, "crisis"),
        "crisis_false_positives": got(not_crisis, "crisis"),
        "referral_cases": len(refer),
        "sentences": len(sentences),
    }
    return {
        "metrics": metrics,
        "retrieval": retrieval,
        "latency": latency,
        "tags": tags,
        "counts": counts,
    }


# --------------------------------------------------------------------------- bars


@dataclass(frozen=True)
class Bar:
    metric: str
    op: str  # "min" or "max"
    value: float


def load_bars(path: Path) -> list[Bar]:
    """The ``[min]`` and ``[max]`` tables of a thresholds file.

    Raises:
        ConfigError: the file is missing, is not TOML, or holds a non-numeric bar.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the thresholds ({exc}). Fix: check the path and the TOML") from None
    bars = []
    for op in ("min", "max"):
        for metric, value in (data.get(op) or {}).items():
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise ConfigError(f"{path}: [{op}] {metric} = {value!r} is not a number. Fix: write a number")
            bars.append(Bar(metric, op, float(value)))
    return bars


def check_bars(metrics: Mapping[str, Any], bars: Sequence[Bar]) -> list[dict[str, Any]]:
    """Each bar with the measured value and whether it holds (``None``: not measured)."""
    out = []
    for bar in bars:
        value = metrics.get(bar.metric)
        if value is None:
            ok = None
        else:
            ok = value >= bar.value - 1e-9 if bar.op == "min" else value <= bar.value + 1e-9
        out.append({"metric": bar.metric, "op": bar.op, "bar": bar.value, "value": value, "ok": ok})
    return out


# --------------------------------------------------------------------------- the run


def run_evaluation(
    cases: Sequence[Case],
    target: Any,
    corpus: CorpusView,
    embed: Callable[[Sequence[str]], np.ndarray] | None,
    *,
    bars: Sequence[Bar] = (),
    info: Mapping[str, Any] | None = None,
    on_case: Callable[[dict[str, Any]], None] | None = None,
    cutoff: float = GROUNDED_CUTOFF,
) -> dict[str, Any]:
    """Run every case against ``target`` and build the report (the ``report.json`` object)."""
    started = time.perf_counter()
    results = []
    for case in cases:
        result = score_case(case, target.run(case), corpus, embed, target.primary, cutoff)
        results.append(result)
        if on_case:
            on_case(result)
    summary = summarise(results, target.modes, target.primary)
    checked = check_bars(summary["metrics"], bars)
    return {
        "meta": {
            "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "target": target.name,
            "primary_mode": target.primary,
            "modes": list(target.modes),
            "seconds": round(time.perf_counter() - started, 1),
            "groundedness": {
                "model": "all-MiniLM-L6-v2",
                "cutoff": cutoff,
                "method": "best cosine similarity of each answer sentence to the sentences "
                "of the sections it cites; grounded at or above the cutoff",
            },
            **(info or {}),
        },
        **summary,
        "bars": checked,
        "bars_failed": [b for b in checked if b["ok"] is False],
        "cases": results,
    }
