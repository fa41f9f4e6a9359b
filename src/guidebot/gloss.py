"""Rough English for messages in other languages, so the English-only classifier can read them.

There is no translation model on this machine, and all-MiniLM-L6-v2 reads English: on a
Spanish message its vector is noise. Rules written per language catch only the phrasings
someone foresaw (on fresh blind text about 75%, against 95% for English). A glossary
generalises further: it is vocabulary, not phrasings. Each file under ``data/gloss/``
(``es.txt``, ``fr.txt``, ...) maps words and fixed phrases of one language to English::

    ya no aguanto = I can't take it anymore
    me muero de risa = I'm dying of laughter
    pastillas = pills

:func:`gloss` replaces the longest phrase that matches at each point (up to
:data:`MAX_PHRASE_WORDS` words) and keeps unknown words as they are, so the shipped Spanish
glossary reads ``"ya no aguanto mas, esta noche me tomo todas las pastillas"`` as
``"I can't take it anymore, tonight me I take all the pills"``: broken English, but
English the classifier has seen. Idioms are glossed as the English idiom, so a figure of
speech stays one.

Which glossary: the one whose phrases cover the most of the message's words; they must cover
:data:`MIN_COVERAGE` of them. Sources are matched after
:func:`guidebot.safety_rules.normalise` (lower case, accents folded), the form people type
on phones; entries whose sources fold to the same string are an error, not a silent
override.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources as package_files
from pathlib import Path

from guidebot.errors import CorpusError
from guidebot.safety_rules import normalise

MAX_PHRASE_WORDS = 6
# Share of a message's words a glossary must know to be chosen. Function words alone make a
# third to a half of any sentence, so a glossary of the right language usually knows 80% or
# more, and one of a neighbouring language (Danish for Norwegian) less.
MIN_COVERAGE = 0.6
MIN_WORDS = 3
# A word keeps its inner apostrophes and hyphens ("j'ai", "matar-me", "aujourd'hui").
_TOKEN = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*|[^\sa-z0-9]")
_WORD = re.compile(r"[a-z0-9]")
_FOLDED = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*(?: [a-z0-9]+(?:['-][a-z0-9]+)*)*")  # what _key() returns
_RUN = re.compile(r"(\w)\1\1")


@dataclass(frozen=True)
class Glossary:
    """One language's entries: folded source phrase -> English."""

    code: str
    entries: dict[str, str]
    longest: int  # words in the longest source

    def gloss(self, tokens: list[str]) -> tuple[list[str], int]:
        """English for ``tokens`` (see the module docstring), and how many words it knew.

        Punctuation ends a phrase; an unknown word is kept as it is.
        """
        out: list[str] = []
        known = 0
        i = 0
        while i < len(tokens):
            for n in range(min(self.longest, len(tokens) - i), 0, -1):
                words = tokens[i : i + n]
                if n > 1 and not all(_WORD.match(w) for w in words):
                    continue
                english = self.entries.get(" ".join(words))
                if english is not None:
                    out.append(english)
                    known += sum(1 for w in words if _WORD.match(w))
                    i += n
                    break
            else:
                out.append(tokens[i])
                i += 1
        return out, known


@dataclass(frozen=True)
class Glossed:
    """A message read through a glossary."""

    code: str  # the glossary's language
    coverage: float  # share of the message's words it knew
    text: str  # the rough English


def read_glossary(path: Path, text: str | None = None) -> Glossary:
    """Parse one glossary file; a bad line raises :class:`CorpusError` naming file and line."""
    text = path.read_text(encoding="utf-8") if text is None else text
    entries: dict[str, str] = {}
    lines: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw or raw[0] == "#" or raw.isspace() or raw.lstrip().startswith("#"):
            continue
        source, sep, english = raw.strip().partition(" = ")
        english = english.strip()
        if not sep or " = " in english or not source.strip() or not english:
            problem = f"line {raw.strip()[:60]!r} is not 'source = english'"
            raise CorpusError(path, problem, "write one entry per line as 'source phrase = english'", number)
        # Most sources are typed already folded; only the others pay for normalise().
        key = source if _FOLDED.fullmatch(source) and not _RUN.search(source) else _key(source)
        if key.count(" ") >= MAX_PHRASE_WORDS:
            raise CorpusError(path, f"source {source!r} has more than {MAX_PHRASE_WORDS} words", "shorten it", number)
        if key in lines:
            raise CorpusError(
                path,
                f"source {source!r} folds to {key!r}, as does line {lines[key]}",
                "keep one entry, with the sense most common in chat (accents are folded and letter runs"
                " of three or more cut to two before matching)",
                number,
            )
        entries[key] = english
        lines[key] = number
    longest = max((k.count(" ") + 1 for k in entries), default=1)
    return Glossary(path.stem, entries, longest)


def _key(source: str) -> str:
    return " ".join(_TOKEN.findall(normalise(source)))


@cache
def packaged_glossaries() -> tuple[Glossary, ...]:
    """Every glossary shipped in ``data/gloss/``, read once per process."""
    folder = package_files.files("guidebot") / "data" / "gloss"
    if not folder.is_dir():
        return ()
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            found.append(read_glossary(Path(str(entry)), entry.read_text(encoding="utf-8")))
    return tuple(found)


def tokens(message: str) -> list[str]:
    """The message as the glossaries read it: normalised words and punctuation marks."""
    return _TOKEN.findall(normalise(message))


def gloss(message: str, glossaries: tuple[Glossary, ...] | None = None) -> Glossed | None:
    """Rough English for ``message`` through the glossary whose phrases cover the most of its
    words, or None when it has fewer than :data:`MIN_WORDS` words or no glossary covers
    :data:`MIN_COVERAGE` of them.

    Only the two glossaries that know the most of its single words gloss it in full (a phrase
    rarely covers a word its glossary does not know alone), so a message costs a set lookup per
    word per glossary plus two glosses.
    """
    glossaries = packaged_glossaries() if glossaries is None else glossaries
    toks = tokens(message)
    words = [t for t in toks if _WORD.match(t)]
    if len(words) < MIN_WORDS:
        return None
    ranked = sorted(glossaries, key=lambda g: -sum(w in g.entries for w in words))
    best: tuple[int, Glossary, list[str]] | None = None
    for glossary in ranked[:2]:
        out, known = glossary.gloss(toks)
        if best is None or known > best[0]:
            best = (known, glossary, out)
    if best is None or best[0] / len(words) < MIN_COVERAGE:
        return None
    known, glossary, out = best
    return Glossed(glossary.code, round(known / len(words), 3), re.sub(r" ([,.!?;:])", r"\1", " ".join(out)))
