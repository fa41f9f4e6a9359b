"""Split guides into chunks (one per section or FAQ pair) and chunks into sentences.

A section that fits the embedding model's window is one chunk; a longer one is split on
paragraphs, then sentences, by LangChain's ``RecursiveCharacterTextSplitter`` with a token
budget. Every chunk's text is a verbatim slice of its section, and every sentence a verbatim
slice of its chunk, so any quote built from them is verbatim corpus text.

Ids are content hashes: the same text under the same heading of the same guide always gets
the same id, which is what lets re-ingest skip unchanged chunks.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable

from langchain_text_splitters import RecursiveCharacterTextSplitter

from guidebot.domain import Chunk, Guide, Sentence

# all-MiniLM-L6-v2 reads 256 word pieces; leave room for the title and heading prefix.
DEFAULT_TOKEN_BUDGET = 200


def content_hash(*parts: object) -> str:
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def make_splitter(
    count_tokens: Callable[[str], int], budget: int = DEFAULT_TOKEN_BUDGET
) -> RecursiveCharacterTextSplitter:
    """Paragraphs first, then sentence ends, then words; separators kept so slices stay verbatim."""
    return RecursiveCharacterTextSplitter(
        separators=["\n\n", r"(?<=[.!?])\s+", r"(?<=[;:—])\s+", r"\s+"],
        is_separator_regex=True,
        keep_separator="end",
        chunk_size=budget,
        chunk_overlap=0,
        length_function=count_tokens,
        strip_whitespace=True,
    )


def chunk_guides(
    guides: Iterable[Guide], count_tokens: Callable[[str], int], budget: int = DEFAULT_TOKEN_BUDGET
) -> list[Chunk]:
    """Every chunk of every guide, in page order."""
    splitter = make_splitter(count_tokens, budget)
    chunks: list[Chunk] = []
    for guide in guides:
        for position, section in enumerate(guide.sections):
            if section.kind == "faq" or count_tokens(section.text) <= budget:
                pieces = [section.text]
            else:
                pieces = splitter.split_text(section.text)
            for part, text in enumerate(pieces):
                if text not in section.text:  # guard: the splitter must only slice
                    raise AssertionError(f"chunk of {guide.slug}#{section.anchor} is not verbatim")
                url = f"{guide.url}#{section.anchor}" if guide.url else f"#{section.anchor}"
                chunks.append(
                    Chunk(
                        id=content_hash(
                            guide.slug,
                            guide.title,
                            guide.url,
                            guide.topics,
                            guide.origin,
                            section.heading,
                            section.kind,
                            part,
                            text,
                        ),
                        text=text,
                        guide_title=guide.title,
                        guide_slug=guide.slug,
                        section=section.heading,
                        anchor=section.anchor,
                        url=url,
                        topics=guide.topics,
                        origin=guide.origin,
                        kind=section.kind,
                        position=position * 100 + part,
                    )
                )
    return chunks


# A sentence ends at . ! or ? (optionally followed by closing quotes or brackets) and then
# whitespace before a capital letter, a digit or an opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[A-Z0-9\"'“‘(])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences of ``text``, whitespace excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start()
        # keep closing quotes with the sentence they close
        while end < len(text) and text[end] in "\"'”’)]":
            end += 1
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    # paragraphs: a sentence never spans a blank line
    result: list[tuple[int, int]] = []
    for s, e in spans:
        cursor = s
        for piece in re.split(r"(\n\s*\n)", text[s:e]):
            if piece.strip() and not re.fullmatch(r"\n\s*\n", piece):
                lead = len(piece) - len(piece.lstrip())
                result.append((cursor + lead, cursor + len(piece.rstrip())))
            cursor += len(piece)
    return result


def sentences_of(chunk: Chunk) -> list[Sentence]:
    return [
        Sentence(
            id=content_hash(chunk.id, i, chunk.text[s:e]),
            chunk_id=chunk.id,
            index=i,
            start=s,
            end=e,
            text=chunk.text[s:e],
        )
        for i, (s, e) in enumerate(split_sentences(chunk.text))
    ]
