"""Chunking: one chunk per section or FAQ pair, long sections split on sentences, all verbatim."""

from __future__ import annotations

from conftest import CORPUS

from guidebot.backends.embedders import HashingEmbedder
from guidebot.chunks import chunk_guides, sentences_of, split_sentences
from guidebot.corpus import load_guides
from guidebot.domain import Guide, Section


def _guide(*sections: Section) -> Guide:
    return Guide("T", "t", "https://x.example/guides/t", ("anger",), "", "sample", sections)


def test_faq_pair_is_one_chunk_and_short_section_is_one_chunk():
    count = HashingEmbedder().count_tokens
    chunks = chunk_guides([_guide(Section("Why?", "Because. " * 300, "faq"), Section("Short", "One. Two."))], count)
    assert [c.section for c in chunks] == ["Why?", "Short"]
    assert chunks[0].kind == "faq" and chunks[0].anchor == "why"
    assert chunks[1].url == "https://x.example/guides/t#short"


def test_long_section_splits_on_sentences_within_budget_and_stays_verbatim():
    text = " ".join(f"Sentence number {i} is about anger and repair." for i in range(80))
    section = Section("Long", text)
    count = HashingEmbedder().count_tokens
    chunks = chunk_guides([_guide(section)], count, budget=60)
    assert len(chunks) > 3
    for chunk in chunks:
        assert chunk.text in section.text
        assert count(chunk.text) <= 60
        assert chunk.text.endswith(".")  # split at sentence ends, not mid-sentence
    assert len({c.id for c in chunks}) == len(chunks)


def test_ids_are_content_hashes():
    count = HashingEmbedder().count_tokens
    a = chunk_guides([_guide(Section("S", "Text one."))], count)
    b = chunk_guides([_guide(Section("S", "Text one."))], count)
    c = chunk_guides([_guide(Section("S", "Text two."))], count)
    assert a[0].id == b[0].id != c[0].id


def test_sentences_are_verbatim_slices():
    text = 'He said "stop." Then he left! Did it help? Yes.\n\nNew paragraph here.'
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        'He said "stop."',
        "Then he left!",
        "Did it help?",
        "Yes.",
        "New paragraph here.",
    ]


def test_bundled_corpus_chunks_fit_minilm_and_quote_verbatim():
    guides = load_guides(CORPUS / "guides")
    count = HashingEmbedder().count_tokens
    chunks = chunk_guides(guides, count)
    sections = {(g.slug, s.heading): s.text for g in guides for s in g.sections}
    for chunk in chunks:
        assert chunk.text in sections[(chunk.guide_slug, chunk.section)]
        for sentence in sentences_of(chunk):
            assert chunk.text[sentence.start : sentence.end] == sentence.text
