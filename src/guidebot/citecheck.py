"""The citation check a language model's answer passes before anyone sees it.

A model's reply is read sentence by sentence (as it streams, or all at once) and each
sentence goes through :meth:`CitationCheck.add`:

- citation styles are normalised (``[1, 2]``, ``[Source 3]``, ``(source 2)`` -> ``[1][2]``...);
- a marker that points at no source is removed;
- a marker whose source does not support the sentence (too little similarity to any of the
  source's sentences) is removed;
- a sentence left with no valid citation is dropped, and so is a repeated sentence, one
  not in English, or a refusal;
- the surviving citations are renumbered 1, 2, ... in order of first use.

:meth:`CitationCheck.finish` builds the :class:`~guidebot.ports.Draft`: for each citation the
quote is the source sentence (or a short run of adjacent sentences) most similar to the
answer sentences citing it, sliced from the chunk text, so it is verbatim. If nothing cited
survived it raises :class:`~guidebot.errors.GeneratorError` with the reason, and the bot
answers extractively instead.

Similarity uses the snapshot's sentence vectors (computed at ingest) and one embedding of
the answer sentences when an embedder is given, and word overlap otherwise.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from guidebot.answer import MARKER, citation_for
from guidebot.chunks import sentences_of
from guidebot.domain import Passage, Sentence
from guidebot.errors import GeneratorError
from guidebot.ports import Draft, Embedder

# --------------------------------------------------------------------------- sentences

_BRACKET = r"\[[^\[\]\n]{1,30}\]"
_SENTENCE_END = re.compile(rf"[.!?]+[\"'”’)]*(?:\s*{_BRACKET})*\s*$")
_ABBREVIATIONS = {"e.g", "i.e", "vs", "dr", "mr", "mrs", "ms", "st", "cf", "approx"}
_SPACE = re.compile(r"\s+")


def _ends_sentence(text: str) -> bool:
    if not _SENTENCE_END.search(text):
        return False
    last = MARKER.sub("", text).rstrip().rstrip(".!?\"'”’)").split()
    return not last or last[-1].lower() not in _ABBREVIATIONS


class SentenceBuffer:
    """Collects streamed text and hands out complete sentences with the space before them.

    A sentence is complete once the text after it has started (so markers that follow its
    full stop, like ``... shame. [2]``, stay with it), or at a line break.
    """

    def __init__(self) -> None:
        self.text = ""
        self.space = ""

    def feed(self, piece: str) -> list[tuple[str, str]]:
        """Add streamed text; returns the ``(space_before, sentence)`` pairs now complete."""
        self.text += piece
        return self._drain(final=False)

    def close(self) -> list[tuple[str, str]]:
        """The stream ended: everything left is a sentence."""
        return self._drain(final=True)

    def _drain(self, final: bool) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        start = 0
        for m in _SPACE.finditer(self.text):
            at_end = m.end() == len(self.text)
            if at_end and not final:
                break  # what follows decides (a marker may still come)
            if m.start() == start:  # leading space
                self.space += m.group()
                start = m.end()
                continue
            if self.text.startswith("[", m.end()):
                continue  # a marker follows: it belongs to this sentence
            sentence = self.text[start : m.start()]
            if "\n" in m.group() or _ends_sentence(sentence):
                out.append((self.space, sentence))
                self.space, start = m.group(), m.end()
        self.text = self.text[start:]
        if final:
            if self.text.strip():
                out.append((self.space, self.text.strip()))
            self.text = ""
        return out


def split_sentences(text: str) -> list[tuple[str, str]]:
    """A whole reply as ``(space_before, sentence)`` pairs."""
    buffer = SentenceBuffer()
    return buffer.feed(text) + buffer.close()


# --------------------------------------------------------------------------- markers

_GROUP = re.compile(
    r"[\[(](?:sources?|src|refs?)?\s*(\d{1,3}(?:\s*(?:,|;|and|&|-|–)\s*(?:sources?\s*)?\d{1,3})*)[\])]",
    re.I,
)
_FOOTNOTE = re.compile(r"\[\^(\d{1,3})\]")
_EMPTY_REF = re.compile(r"\[(?:sources?|citations?|refs?|citation needed)[^\[\]\d]{0,20}\]", re.I)


def _expand(group: str) -> list[int]:
    numbers: list[int] = []
    for part in re.split(r"\s*(?:,|;|and|&)\s*", group):
        part = re.sub(r"(?i)sources?\s*", "", part)
        bounds = [int(x) for x in re.findall(r"\d+", part)]
        if len(bounds) == 2 and 0 < bounds[1] - bounds[0] <= 5:
            numbers.extend(range(bounds[0], bounds[1] + 1))
        else:
            numbers.extend(bounds)
    return numbers


def normalize_markers(sentence: str) -> str:
    """Rewrite the citation styles models use into plain ``[n]`` markers.

    ``(1)`` alone is left alone (it is often a list number); ``(source 1)`` is a citation.
    """

    def group(m: re.Match[str]) -> str:
        text = m.group(0)
        if text.startswith("(") and not re.match(r"\((?:sources?|src|refs?)", text, re.I):
            return m.group(0)
        return "".join(f"[{n}]" for n in _expand(m.group(1)))

    sentence = _FOOTNOTE.sub(r"[\1]", sentence)
    sentence = _GROUP.sub(group, sentence)
    return _EMPTY_REF.sub("", sentence)


def strip_markers(sentence: str) -> str:
    """The sentence without markers, spacing tidied."""
    body = MARKER.sub("", sentence)
    body = re.sub(r"[ \t]+([.,;:!?])", r"\1", body)
    return re.sub(r"[ \t]{2,}", " ", body).strip()


# --------------------------------------------------------------------------- words

_WORD = re.compile(r"[a-z][a-z']+")
_FUNCTION_WORDS = frozenset(
    "a an the and or but if of to in on at for with from by as is are was were be been being it "
    "its this that these those you your he his him she her they them their we our i me my not no "
    "can do does did have has had will would should could may might what when how why who which "
    "there than then so about into over more most some any all also just often".split()
)
# Function words of the languages a small model most often drifts into (none are English words).
_FOREIGN_WORDS = frozenset(
    "le la les des du une est et que qui pas pour dans avec sur el los las del es y por con "
    "una para lo der das und ist nicht mit ein eine zu von il di che non per sono um uma não "
    "com".split()
)
_STEMMER: Any = None


def _stem(words: list[str]) -> list[str]:
    global _STEMMER
    if _STEMMER is None:
        try:
            import Stemmer

            _STEMMER = Stemmer.Stemmer("english")
        except ImportError:  # pragma: no cover - PyStemmer is a dependency
            _STEMMER = False
    return list(_STEMMER.stemWords(words)) if _STEMMER else [w.rstrip("s") for w in words]


def content_terms(text: str) -> set[str]:
    """Stemmed content words (function words and two-letter words left out)."""
    words = [w.strip("'") for w in _WORD.findall(text.lower())]
    return set(_stem([w for w in words if len(w) > 2 and w not in _FUNCTION_WORDS]))


def looks_english(text: str) -> bool:
    """Mostly Latin letters, and no more foreign function words than English ones."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isascii() for c in letters) / len(letters) < 0.8:
        return False
    words = re.findall(r"[^\W\d_]+", text.lower())
    english = sum(w in _FUNCTION_WORDS for w in words)
    foreign = sum(w in _FOREIGN_WORDS for w in words)
    return foreign <= english or foreign < 2


_REFUSAL = re.compile(
    r"\b(i'?m sorry|i am sorry|i apologi[sz]e|as an ai|language model"
    r"|i (?:can(?:no|')t|am unable to|am not able to))\b",
    re.I,
)
_NOT_COVERED = re.compile(
    r"\b(guides?|sources?|context)\b.{0,40}\b(?:don'?t|do not|does not|doesn'?t)\s+"
    r"(?:cover|say|mention|address)|\bnot covered\b|\bno information\b",
    re.I,
)


# --------------------------------------------------------------------------- the check


@dataclass
class _Kept:
    sentence: str  # body without markers
    sources: list[int]  # passage indices it cites, in order
    best: dict[int, tuple[float, int]]  # passage index -> (similarity, best sentence index)


@dataclass
class CheckSettings:
    """Thresholds of the check.

    Attributes:
        min_similarity: Cosine similarity (answer sentence vs. best source sentence) that
            counts as support when an embedder is given.
        min_overlap: Share of the answer sentence's content words found in the cited
            passage that counts as support (used without an embedder, and as a second
            chance with one, for sentences that merge several source sentences).
        max_sentences: Sentences kept at most; later ones are dropped.
    """

    min_similarity: float = 0.45
    min_overlap: float = 0.5
    max_sentences: int = 6


@dataclass
class CitationCheck:
    """Checks one reply, sentence by sentence; see the module docstring.

    Args:
        passages: The numbered sources the prompt gave, source ``n`` = ``passages[n - 1]``.
        snapshot: The index build (its sentences and sentence vectors), or None.
        embedder: Embeds answer sentences for the similarity, or None for word overlap.
    """

    passages: Sequence[Passage]
    snapshot: Any = None
    embedder: Embedder | None = None
    settings: CheckSettings = field(default_factory=CheckSettings)
    kept: list[_Kept] = field(default_factory=list)
    pieces: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    numbers: dict[int, int] = field(default_factory=dict)  # passage index -> citation n
    _seen: set[str] = field(default_factory=set)

    # ------------------------------------------------------------------ sources

    def _sentences(self, index: int) -> list[Sentence]:
        chunk = self.passages[index].chunk
        snap = self.snapshot
        found = snap.sentences.get(chunk.id) if snap is not None else None
        return found or sentences_of(chunk)

    def _source_vectors(self, index: int) -> np.ndarray | None:
        snap = self.snapshot
        if self.embedder is None or snap is None:
            return None
        rows = snap.sentence_rows.get(self.passages[index].chunk.id)
        if rows is None or not len(rows):
            return None
        return np.asarray(snap.sentence_vectors[rows])

    def _similarity(
        self, index: int, body: str, vector: np.ndarray | None
    ) -> tuple[float, float, int]:
        """(cosine or -1, word overlap with the passage, best source sentence index)."""
        sentences = self._sentences(index)
        terms = content_terms(body)
        passage_terms = content_terms(self.passages[index].chunk.text)
        overlap = len(terms & passage_terms) / len(terms) if terms else 0.0
        vectors = self._source_vectors(index)
        if vector is not None and vectors is not None and vectors.shape[1] == vector.shape[0]:
            sims = vectors @ vector
            best = int(np.argmax(sims))
            return float(sims[best]), overlap, best
        scores = [
            len(terms & (st := content_terms(s.text))) / (len(terms | st) or 1) for s in sentences
        ]
        best = int(np.argmax(scores)) if scores else 0
        return -1.0, overlap, best

    # ------------------------------------------------------------------ sentences

    def _drop(self, reason: str, body: str) -> None:
        self.dropped[reason] += 1
        self.notes.append(f"dropped ({reason}): {body[:80]}")

    def add_many(self, items: Sequence[tuple[str, str]]) -> list[str]:
        """Check complete ``(space_before, sentence)`` pairs; returns the text to show for them."""
        prepared = [(space, normalize_markers(sentence)) for space, sentence in items]
        bodies = [strip_markers(s) for _, s in prepared]
        vectors: list[np.ndarray | None] = [None] * len(bodies)
        if self.embedder is not None and any(bodies):
            embedded = self.embedder.embed_queries([b or "-" for b in bodies])
            vectors = [embedded[i] for i in range(len(bodies))]
        out = []
        for (space, sentence), body, vector in zip(prepared, bodies, vectors, strict=True):
            shown = self._add(space, sentence, body, vector)
            if shown is not None:
                out.append(shown)
        return out

    def _add(self, space: str, sentence: str, body: str, vector: np.ndarray | None) -> str | None:
        if not re.search(r"[^\W_]", body):
            return None  # markers or punctuation only
        key = " ".join(_WORD.findall(body.lower()))
        if key in self._seen:
            self._drop("repeated", body)
            return None
        self._seen.add(key)
        if len(self.kept) >= self.settings.max_sentences:
            self._drop("too long", body)
            return None
        if not looks_english(body):
            self._drop("not English", body)
            return None
        sources: list[int] = []
        best: dict[int, tuple[float, int]] = {}
        for n in dict.fromkeys(int(x) for x in MARKER.findall(sentence)):
            if not 1 <= n <= len(self.passages):
                self.removed["no such source"] += 1
                self.notes.append(f"removed [{n}]: no such source")
                continue
            cosine, overlap, index = self._similarity(n - 1, body, vector)
            if cosine < self.settings.min_similarity and overlap < self.settings.min_overlap:
                self.removed["unsupported"] += 1
                self.notes.append(
                    f"removed [{n}]: source does not support it "
                    f"(cosine {cosine:.2f}, overlap {overlap:.2f})"
                )
                continue
            sources.append(n - 1)
            best[n - 1] = (max(cosine, overlap), index)
        if not sources:
            reason = (
                "refusal" if _REFUSAL.search(body)
                else "says not covered" if _NOT_COVERED.search(body)
                else "no valid citation"
            )
            self._drop(reason, body)
            return None
        self.kept.append(_Kept(body, sources, best))
        for index in sources:
            self.numbers.setdefault(index, len(self.numbers) + 1)
        marks = "".join(f"[{self.numbers[i]}]" for i in sources)
        if not self.pieces:
            space = ""
        elif "\n" in space:
            space = "\n\n" if "\n\n" in space else "\n"
        else:
            space = " "
        piece = f"{space}{body} {marks}"
        self.pieces.append(piece)
        return piece

    @property
    def looping(self) -> bool:
        """The model keeps repeating itself (worth stopping the stream)."""
        return self.dropped["repeated"] >= 3

    # ------------------------------------------------------------------ result

    def reason(self) -> str:
        """Why nothing survived, for the log and ``meta.fallback``."""
        total = sum(self.dropped.values())
        if not total:
            return "the model's reply was empty"
        for kind, why in (
            ("says not covered", "the model said the guides don't cover it"),
            ("refusal", "the model refused"),
            ("not English", "the reply was not in English"),
            ("repeated", "the model repeated itself"),
        ):
            if self.dropped[kind] * 2 >= total:
                return f"{why} ({_counts(self.dropped)})"
        return (
            f"no sentence kept a valid citation ({_counts(self.dropped)}; "
            f"markers removed: {_counts(self.removed)})"
        )

    def finish(self) -> Draft:
        """The checked draft. Raises ``GeneratorError`` when no cited sentence survived."""
        if not self.kept:
            raise GeneratorError(f"LLM answer rejected: {self.reason()}")
        citations = []
        for index, n in sorted(self.numbers.items(), key=lambda kv: kv[1]):
            citations.append(citation_for(n, self.passages[index], self._quote(index)))
        changed = bool(self.dropped or self.removed)
        return Draft(
            answer="".join(self.pieces),
            citations=citations,
            path="llm-checked" if changed else "llm",
            notes=list(self.notes),
        )

    def _quote(self, index: int) -> str:
        """The source sentences most similar to the answer sentences that cite this source."""
        sentences = self._sentences(index)
        chunk = self.passages[index].chunk
        if not sentences:
            return chunk.text
        picks = [k.best[index] for k in self.kept if index in k.best]
        indices = sorted({i for _, i in picks})
        if indices[-1] - indices[0] > 2:  # far apart: the single best match
            indices = [max(picks)[1]]
        first, last = sentences[indices[0]], sentences[indices[-1]]
        return chunk.text[first.start : last.end]


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in counter.most_common()) or "none"
