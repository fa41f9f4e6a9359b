"""From retrieved passages to a cited answer: the relevance gate, the extractive generator,
and the citation checks every generator's output passes before anyone sees it.

The extractive generator is the offline default. It scores the sentences of the best
passages against the question with the sentence vectors computed at ingest (no model call
per question), keeps the few that answer it, and cites each section they come from with
``[n]``. Quotes are slices of the stored chunk text, so they are verbatim by construction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from guidebot.domain import Citation, Passage
from guidebot.ports import AnswerInput, Draft

MARKER = re.compile(r"\[(\d+)\]")

# --------------------------------------------------------------------------- the gate

# Relevance below which the guides are taken not to cover the question. Relevance is the
# mean of the best whole-chunk and best single-sentence cosine similarity (retrieve._relevance).
# Chosen from data with `guidebot calibrate-gate evals/gate_calibration.yaml` (40 in-scope,
# 36 out-of-scope visitor questions): balanced accuracy peaks at 0.988 at 0.31 (in-scope
# answered 0.97, out-of-scope refused 1.00; in-scope min 0.266, out-of-scope max 0.302).
DEFAULT_RELEVANCE_THRESHOLD = 0.31

# Requests that are out of scope whatever the retrieval says: attempts to change the bot's
# rules, and requests for code or other work the guides are not for.
_OUT_OF_SCOPE = re.compile(
    r"\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules|prompt|guidelines|guardrails)\b"
    r"|\b(system|hidden|developer)\s+prompt\b"
    r"|\byou are (now|no longer)\b|\bpretend (to be|you are)\b|\bjailbreak\b|\bDAN mode\b"
    r"|\b(write|generate|give me|show me|debug|fix)\b.{0,30}"
    r"\b(code|script|function|program|sql|regex|python|javascript|html)\b"
    r"|```",
    re.I | re.S,
)

NO_ANSWER_TEXT = (
    "The guides on this site don't cover that, so I can't answer it from them. "
    "I can help with what the guides cover: {topics}."
)


@dataclass(frozen=True)
class GateDecision:
    relevant: bool
    reason: str
    relevance: float
    out_of_scope: bool = False  # refused for what it asks (rules, prompt, code), not for similarity


def gate(message: str, relevance: float, threshold: float) -> GateDecision:
    """Decide whether the retrieved passages are relevant enough to answer from."""
    if _OUT_OF_SCOPE.search(message):
        return GateDecision(False, "out-of-scope request (instructions, prompt or code)", relevance, out_of_scope=True)
    if relevance < threshold:
        return GateDecision(False, f"best similarity {relevance:.2f} < threshold {threshold:.2f}", relevance)
    return GateDecision(True, f"best similarity {relevance:.2f} >= threshold {threshold:.2f}", relevance)


# --------------------------------------------------------------------------- citation checks


def verify_citations(answer: str, citations: Sequence[Citation], corpus_texts: Sequence[str]) -> list[str]:
    """Problems with a draft's citations, empty when it is sound.

    Sound means: every ``[n]`` in the answer has a citation with that ``n``; every citation
    is used; every quote is verbatim text of one of ``corpus_texts``.
    """
    problems = []
    numbers = {c.n for c in citations}
    used = {int(m) for m in MARKER.findall(answer)}
    problems += [f"[{n}] has no citation" for n in sorted(used - numbers)]
    problems += [f"citation {n} is not used in the answer" for n in sorted(numbers - used)]
    for c in citations:
        if not c.quote or not any(c.quote in text for text in corpus_texts):
            problems.append(f"citation {c.n}'s quote is not verbatim corpus text")
    return problems


def citation_for(n: int, passage: Passage, quote: str) -> Citation:
    chunk = passage.chunk
    return Citation(
        n=n, guide=chunk.guide_title, guide_slug=chunk.guide_slug, section=chunk.section, url=chunk.url, quote=quote
    )


# --------------------------------------------------------------------------- extractive

_ANAPHOR = re.compile(r"^(This|That|These|Those|It|Its|Such|They|Their|He|His|The paradox|The work|The result)\b")
RANK_BONUS = (0.06, 0.03, 0.0, 0.0)


@dataclass
class _Candidate:
    rank: int
    index: int
    score: float


class ExtractiveGenerator:
    """Selects the sentences that answer the question and cites them. Fully offline."""

    name = "extractive"

    def __init__(self, max_sentences: int = 3, max_sections: int = 2, margin: float = 0.12, passages: int = 4) -> None:
        self.max_sentences = max_sentences
        self.max_sections = max_sections
        self.margin = margin
        self.passages = passages

    def _candidates(self, item: AnswerInput) -> list[_Candidate]:
        snap, vector = item.snapshot, item.query_vector
        out: list[_Candidate] = []
        for rank, passage in enumerate(item.passages[: self.passages]):
            sentences = snap.sentences.get(passage.chunk.id, [])
            if not sentences:
                continue
            sims = snap.sentence_vectors[snap.sentence_rows[passage.chunk.id]] @ vector
            for sentence, sim in zip(sentences, np.asarray(sims).tolist(), strict=True):
                score = sim + RANK_BONUS[min(rank, len(RANK_BONUS) - 1)]
                if passage.chunk.kind == "faq" and sentence.index == 0:
                    score += 0.05  # the first sentence of an FAQ answer answers its question
                if len(sentence.text.split()) < 5:
                    score -= 0.08  # too short to stand alone
                out.append(_Candidate(rank, sentence.index, score))
        return sorted(out, key=lambda c: -c.score)

    def select(self, item: AnswerInput) -> dict[int, list[int]]:
        """Passage rank -> indices of its chosen sentences, in text order."""
        candidates = self._candidates(item)
        if not candidates:
            return {}
        # The best-ranked section leads: its best sentence comes first, so the first
        # citation is the passage retrieval trusted most. Others join if nearly as good.
        lead = next((c for c in candidates if c.rank == 0), candidates[0])
        best = max(lead.score, candidates[0].score)
        chosen: dict[int, set[int]] = {lead.rank: {lead.index}}
        count = 1
        for c in candidates:
            if count >= self.max_sentences or c.score < best - self.margin:
                break
            if c is lead or (c.rank not in chosen and len(chosen) >= self.max_sections):
                continue
            chosen.setdefault(c.rank, set()).add(c.index)
            count += 1
        # keep each sentence readable on its own: bring in what "This..." points back to,
        # and the sentence after a very short opener ("Overlapping but distinct.").
        for rank, indices in chosen.items():
            sentences = item.snapshot.sentences[item.passages[rank].chunk.id]
            for i in sorted(indices):
                if i > 0 and _ANAPHOR.match(sentences[i].text) and i - 1 not in indices:
                    indices.add(i - 1)
                if len(sentences[i].text.split()) < 5 and i + 1 < len(sentences):
                    indices.add(i + 1)
        return {rank: sorted(ix) for rank, ix in sorted(chosen.items())}

    def generate(self, item: AnswerInput) -> Draft:
        selection = self.select(item)
        paragraphs, citations = [], []
        for n, (rank, indices) in enumerate(selection.items(), start=1):
            passage = item.passages[rank]
            sentences = item.snapshot.sentences[passage.chunk.id]
            picked = [sentences[i] for i in indices]
            quote = passage.chunk.text[picked[0].start : picked[-1].end]
            paragraphs.append(" ".join(s.text for s in picked) + f" [{n}]")
            citations.append(citation_for(n, passage, quote))
        return Draft(answer="\n\n".join(paragraphs), citations=citations, path="extractive")

    def stream(self, item: AnswerInput) -> Iterator[str | Draft]:
        draft = self.generate(item)
        yield from stream_words(draft.answer)
        yield draft


def stream_words(text: str) -> Iterator[str]:
    """Text in word-sized pieces (whitespace kept), for streaming a finished answer."""
    yield from (m.group(0) for m in re.finditer(r"\S+\s*", text))
