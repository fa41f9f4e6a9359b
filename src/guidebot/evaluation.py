"""Measuring guidebot: the relevance gate's calibration, and the metrics of ``guidebot eval``.

How the gate's threshold is chosen: every question of a labelled set (``in_scope`` true or
false) goes through retrieval; its relevance is the best cosine similarity of the query to
the top passages' chunks and sentences. Sweeping the threshold over a grid, we keep the
thresholds with the best balanced accuracy (mean of in-scope answered and out-of-scope
refused) and take the middle of that band, so that the margin on both sides is as wide as
the data allows.

The evaluation (``evals/questions.yaml``, schema in ``evals/README.md``) is built from the
pure functions below, one per metric, so each can be tested on its own:

* retrieval — :func:`recall_at_k`, :func:`reciprocal_rank` over ``(guide_slug, heading)``
  section keys;
* citations — :func:`citation_problems` (every ``[n]`` resolves, every quote is verbatim
  text of the section it cites, none on ``no_answer`` or ``crisis``) and
  :func:`citation_precision`;
* answers — :func:`fact_coverage`, and :func:`groundedness` (see its docstring for the
  method and its limits);
* latency — :func:`percentile`.

Running the cases and rolling the figures up lives in :mod:`guidebot.evaluation_run`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from guidebot.answer import MARKER
from guidebot.chunks import split_sentences
from guidebot.errors import CorpusError

SectionKey = tuple[str, str]  # (guide slug, heading as the guide shows it)
Expected = tuple[SectionKey, ...]  # one expected section: alternatives that answer equally well
KINDS = ("answer", "no_answer", "crisis")
LISTING_KINDS = ("coach", "therapist", "program", "retreat", "group")
FORMATS = ("online", "in_person")

# An answer sentence counts as grounded when its best cosine similarity (all-MiniLM-L6-v2)
# to a sentence of a section it cites reaches this. Measured on the bundled guides: a
# sentence's best match among all sentences of the *other* sections of its guide (on topic,
# but not its source) is below 0.72 for 95% of sentences (median 0.50); hand-written
# paraphrases of guide sentences score 0.81-0.96 against their source. 0.75 sits between.
# Negations also score high (0.76-0.80): see :func:`groundedness` for the limits.
GROUNDED_CUTOFF = 0.75


def load_cases(path: Path) -> list[dict[str, Any]]:
    try:
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CorpusError(path, f"cannot read the case file ({exc})", "check the path and the YAML") from None
    if not isinstance(cases, list):
        raise CorpusError(path, "the case file is not a list", "write one '- ...' entry per case")
    return cases


def sweep_gate(bot: Any, path: Path, grid: np.ndarray | None = None) -> dict[str, Any]:
    """Relevance of each labelled question, and the threshold sweep over them."""
    cases = load_cases(path)
    chain = bot.retrieval_chain()
    scores = {True: [], False: []}  # type: dict[bool, list[float]]
    for case in cases:
        result = chain.invoke({"question": case["q"], "history": case.get("history") or []})
        scores[bool(case["in_scope"])].append(result.relevance)
    ins, outs = np.array(scores[True]), np.array(scores[False])
    grid = grid if grid is not None else np.round(np.arange(0.05, 0.80, 0.01), 2)
    rows = []
    for t in grid:
        tpr = float((ins >= t).mean()) if len(ins) else 0.0
        tnr = float((outs < t).mean()) if len(outs) else 0.0
        rows.append({"threshold": float(t), "tpr": tpr, "tnr": tnr, "balanced": (tpr + tnr) / 2})
    top = max(r["balanced"] for r in rows)
    band = [r["threshold"] for r in rows if r["balanced"] == top]
    best = float(band[len(band) // 2])
    return {
        "rows": rows,
        "best": best,
        "in_min": float(ins.min()) if len(ins) else 0.0,
        "out_max": float(outs.max()) if len(outs) else 0.0,
        "n_in": len(ins),
        "n_out": len(outs),
    }


# --------------------------------------------------------------------------- cases


@dataclass(frozen=True)
class Expect:
    """What a case expects; see the schema at the top of ``evals/questions.yaml``."""

    kind: str
    sections: tuple[Expected, ...] = ()
    related: tuple[SectionKey, ...] = ()
    facts: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()
    referrals: bool | None = None
    topics: tuple[str, ...] = ()
    referral_kind: str | None = None
    referral_format: str | None = None

    @property
    def acceptable(self) -> set[SectionKey]:
        """Sections it is fine to cite: the expected ones and the related ones."""
        return {key for group in self.sections for key in group} | set(self.related)


@dataclass(frozen=True)
class Case:
    id: str
    message: str
    expect: Expect
    history: tuple[dict[str, str], ...] = ()
    tags: tuple[str, ...] = ()


def parse_section(ref: str) -> SectionKey:
    """``"anger-in-men#What anger is for"`` -> ``("anger-in-men", "What anger is for")``."""
    slug, sep, heading = str(ref).partition("#")
    if not sep or not slug.strip() or not heading.strip():
        raise ValueError(f"section '{ref}' is not 'guide-slug#Heading as shown'")
    return slug.strip(), heading.strip()


def parse_expected(ref: str) -> Expected:
    """One expected section; ``"a#X | b#Y"`` names alternatives that answer equally well."""
    return tuple(parse_section(part) for part in str(ref).split(" | "))


def format_section(key: SectionKey | Expected) -> str:
    """``("anger-in-men", "What anger is for")`` -> ``"anger-in-men#What anger is for"``;
    alternatives are joined with `` | ``."""
    if key and isinstance(key[0], tuple):
        return " | ".join(format_section(k) for k in key)  # type: ignore[arg-type]
    return f"{key[0]}#{key[1]}"


def _groups(expected: Sequence[SectionKey | Expected]) -> list[Expected]:
    """Each expected item as a tuple of alternatives (a bare section key is its own group)."""
    out: list[Expected] = []
    for item in expected:
        group = item if item and isinstance(item[0], tuple) else (item,)
        if group not in out:
            out.append(group)  # type: ignore[arg-type]
    return out


def _strings(value: Any, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"'{name}' must be a string or a list of strings")
    return tuple(value)


def parse_case(item: Any) -> Case:
    """One case from its YAML mapping. Raises ``ValueError`` naming the field and the rule."""
    if not isinstance(item, dict):
        raise ValueError("a case is a mapping with id, message and expect")
    for name in ("id", "message", "expect"):
        if not item.get(name):
            raise ValueError(f"field '{name}' is missing")
    raw = item["expect"]
    if not isinstance(raw, dict):
        raise ValueError("'expect' must be a mapping")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ValueError(f"expect.kind '{kind}' is not one of {', '.join(KINDS)}")
    referral = raw.get("referral") or {}
    if referral.get("kind") not in (None, *LISTING_KINDS):
        kinds = ", ".join(LISTING_KINDS)
        raise ValueError(f"expect.referral.kind '{referral.get('kind')}' is not one of {kinds}")
    if referral.get("format") not in (None, *FORMATS):
        raise ValueError(f"expect.referral.format '{referral.get('format')}' is not one of {', '.join(FORMATS)}")
    if raw.get("referrals") not in (None, True, False):
        raise ValueError("expect.referrals must be true, false or left out")
    history = item.get("history") or []
    if not isinstance(history, list) or not all(
        isinstance(t, dict) and t.get("role") in ("user", "assistant") and isinstance(t.get("content"), str)
        for t in history
    ):
        raise ValueError("history must be a list of {role: user|assistant, content: text}")
    expect = Expect(
        kind=kind,
        sections=tuple(parse_expected(s) for s in _strings(raw.get("sections"), "sections")),
        related=tuple(parse_section(s) for s in _strings(raw.get("related"), "related")),
        facts=_strings(raw.get("facts"), "facts"),
        forbid=_strings(raw.get("forbid"), "forbid"),
        referrals=raw.get("referrals"),
        topics=_strings(raw.get("topic"), "topic"),
        referral_kind=referral.get("kind"),
        referral_format=referral.get("format"),
    )
    return Case(
        str(item["id"]),
        str(item["message"]),
        expect,
        tuple({"role": t["role"], "content": t["content"]} for t in history),
        _strings(item.get("tags"), "tags"),
    )


def load_eval_cases(path: Path, known_sections: set[SectionKey] | None = None) -> list[Case]:
    """The cases of a question file, validated; with ``known_sections``, every expected
    section must exist in the corpus (a typo would otherwise read as a retrieval miss).

    Raises:
        CorpusError: naming the case and the field at fault.
    """
    cases: list[Case] = []
    seen: set[str] = set()
    for index, item in enumerate(load_cases(path), start=1):
        label = item.get("id", f"#{index}") if isinstance(item, dict) else f"#{index}"
        try:
            case = parse_case(item)
        except ValueError as exc:
            raise CorpusError(path, f"case {label}: {exc}", "see the schema at the top of the file") from None
        if case.id in seen:
            raise CorpusError(path, f"case id '{case.id}' is used twice", "give each case its own id")
        seen.add(case.id)
        if known_sections is not None:
            for key in (*(k for g in case.expect.sections for k in g), *case.expect.related):
                if key not in known_sections:
                    raise CorpusError(
                        path,
                        f"case {case.id}: section '{format_section(key)}' is not in the corpus",
                        "use the guide's slug and the heading exactly as the guide shows it",
                    )
        cases.append(case)
    if not cases:
        raise CorpusError(path, "the case file has no cases", "add at least one case")
    return cases


# --------------------------------------------------------------------------- retrieval


def recall_at_k(expected: Sequence[SectionKey | Expected], retrieved: Sequence[SectionKey], k: int) -> float:
    """Share of the expected sections found among the first ``k`` retrieved.

    An expected item may be a tuple of alternatives; it counts as found when any one is.
    """
    groups = _groups(expected)
    if not groups:
        raise ValueError("recall needs at least one expected section")
    top = set(retrieved[:k])
    return sum(1 for group in groups if top & set(group)) / len(groups)


def missing_at_k(expected: Sequence[SectionKey | Expected], retrieved: Sequence[SectionKey], k: int) -> list[Expected]:
    """The expected items none of whose alternatives is among the first ``k`` retrieved."""
    top = set(retrieved[:k])
    return [group for group in _groups(expected) if not top & set(group)]


def reciprocal_rank(expected: Sequence[SectionKey | Expected], retrieved: Sequence[SectionKey]) -> float:
    """1 / rank of the first expected section retrieved (ranks from 1), 0 when none is."""
    wanted = {key for group in _groups(expected) for key in group}
    for rank, key in enumerate(retrieved, start=1):
        if key in wanted:
            return 1.0 / rank
    return 0.0


# --------------------------------------------------------------------------- citations

def citation_problems(
    kind: str,
    answer: str,
    citations: Sequence[Mapping[str, Any]],
    section_texts: Mapping[SectionKey, str],
) -> list[str]:
    """What is wrong with a response's citations; empty when they are valid.

    Valid means: ``no_answer`` and ``crisis`` carry none; every ``[n]`` in the answer has a
    citation with that ``n`` and every citation is used; each citation names a section of the
    corpus and its quote is verbatim text of that section. Stricter than the bot's own
    :func:`guidebot.answer.verify_citations`, which accepts a quote from any passage.
    """
    if kind in ("no_answer", "crisis"):
        return [f"a {kind} response carries {len(citations)} citation(s)"] if citations else []
    problems: list[str] = []
    numbers = [int(c.get("n", -1)) for c in citations]
    used = {int(n) for n in MARKER.findall(answer)}
    problems += [f"[{n}] has no citation" for n in sorted(used - set(numbers))]
    problems += [f"citation {n} is not used in the answer" for n in sorted(set(numbers) - used)]
    problems += [f"citation number {n} appears twice" for n in sorted({n for n in numbers if numbers.count(n) > 1})]
    for c in citations:
        key = (str(c.get("guide_slug", "")), str(c.get("section", "")))
        quote = str(c.get("quote") or "")
        text = section_texts.get(key)
        if text is None:
            problems.append(f"citation {c.get('n')} names '{format_section(key)}', which is not in the corpus")
        elif not quote.strip():
            problems.append(f"citation {c.get('n')} has no quote")
        elif quote not in text:
            problems.append(f"citation {c.get('n')}'s quote is not verbatim text of '{format_section(key)}'")
    return problems


def citation_precision(cited: Sequence[SectionKey], acceptable: set[SectionKey]) -> float | None:
    """Share of the distinct cited sections that were expected (or related); None if none cited."""
    distinct = set(cited)
    if not distinct:
        return None
    return sum(1 for key in distinct if key in acceptable) / len(distinct)


# --------------------------------------------------------------------------- answers


def _fold(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text)


def fact_coverage(answer: str, facts: Sequence[str]) -> tuple[float | None, list[str]]:
    """Share of the facts found in the answer (case-insensitive; ``"a|b"`` accepts either),
    and the facts missed. ``None`` when the case lists no facts."""
    if not facts:
        return None, []
    text = _fold(answer)
    missed = [f for f in facts if not any(_fold(alt.strip()) in text for alt in f.split("|") if alt.strip())]
    return (len(facts) - len(missed)) / len(facts), missed


def forbidden_found(answer: str, forbid: Sequence[str]) -> list[str]:
    text = _fold(answer)
    return [f for f in forbid if _fold(f) in text]


_MARKUP = re.compile(r"\*\*|__|`|^#+\s*|^\s*[-*]\s+", re.M)


@dataclass(frozen=True)
class Claim:
    """One sentence of an answer and the citation numbers it rests on."""

    text: str
    cites: tuple[int, ...]


def answer_claims(answer: str, citation_numbers: Sequence[int], *, drop_trailing: bool = False) -> list[Claim]:
    """The answer's sentences, each with the citations that support it.

    A sentence rests on the markers inside it; a sentence without one on the markers of its
    paragraph; a paragraph without markers on every citation. With ``drop_trailing``
    (the response carries referrals), the unmarked paragraphs after the last marked one are
    the referral introduction, not claims from the guides, and are left out.
    """
    paragraphs = [p for p in re.split(r"\n\s*\n", answer) if p.strip()]
    if drop_trailing:
        while paragraphs and not MARKER.search(paragraphs[-1]):
            paragraphs.pop()
    claims: list[Claim] = []
    everything = tuple(sorted(set(citation_numbers)))
    for paragraph in paragraphs:
        own = tuple(sorted({int(n) for n in MARKER.findall(paragraph)})) or everything
        for start, end in split_sentences(paragraph):
            sentence = paragraph[start:end]
            cites = tuple(sorted({int(n) for n in MARKER.findall(sentence)})) or own
            text = _MARKUP.sub("", MARKER.sub("", sentence)).strip()
            if len(re.findall(r"\w+", text)) >= 3:
                claims.append(Claim(text, cites))
    return claims


@dataclass
class Groundedness:
    """Per-sentence support scores and the share of sentences at or above the cutoff."""

    score: float | None
    sentences: list[dict[str, Any]] = field(default_factory=list)


def groundedness(
    claims: Sequence[Claim],
    support: Mapping[int, Sequence[str]],
    embed: Callable[[Sequence[str]], np.ndarray],
    cutoff: float = GROUNDED_CUTOFF,
) -> Groundedness:
    """How much of an answer its cited passages support, scored with the embedding model.

    Method: each answer sentence is embedded, as is every sentence of the sections it cites
    (``support`` maps a citation number to those sentences); its support is the best cosine
    similarity between them, and it counts as grounded at ``cutoff`` or above. The score is
    the share of grounded sentences.

    Limits: similarity is not entailment. A sentence that negates or twists its source
    ("anger is a flaw" against "anger is not a flaw") can still score high, and a correct
    sentence that merges two source sentences can score low. It measures support by the
    cited sections only; a claim true elsewhere in the guides is not grounded here. The
    extractive generator quotes sentences verbatim, so it scores 1.0 by construction; the
    figure discriminates for generators that paraphrase.

    Each row of the result's ``sentences`` holds the sentence, its citation numbers, its
    ``support``, the best-matching ``source`` sentence (empty when it is the sentence
    itself, as for a verbatim quote) and ``grounded``.

    Args:
        embed: texts -> L2-normalised vectors, one row per text.
    """
    if not claims:
        return Groundedness(None)
    pool = sorted({s for c in claims for n in c.cites for s in support.get(n, ())})
    vectors = embed([c.text for c in claims] + pool)
    claim_vectors, pool_vectors = vectors[: len(claims)], vectors[len(claims) :]
    index = {s: i for i, s in enumerate(pool)}
    rows: list[dict[str, Any]] = []
    for claim, vector in zip(claims, claim_vectors, strict=True):
        candidates = [index[s] for n in claim.cites for s in support.get(n, ())]
        if candidates:
            sims = pool_vectors[candidates] @ vector
            best = int(np.argmax(sims))
            score, source = float(sims[best]), pool[candidates[best]]
        else:
            score, source = 0.0, ""
        rows.append(
            {
                "sentence": claim.text,
                "cites": list(claim.cites),
                "support": round(score, 4),
                "source": "" if source == claim.text else source,
                "grounded": score >= cutoff,
            }
        )
    return Groundedness(sum(r["grounded"] for r in rows) / len(rows), rows)


def section_sentences(text: str) -> list[str]:
    """The sentences of a section's text, as the ingest splits them."""
    return [text[s:e] for s, e in split_sentences(text)]


# --------------------------------------------------------------------------- latency


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100, linear interpolation); None for no values."""
    if not len(values):
        return None
    return float(np.percentile(np.asarray(values, dtype=float), q))
