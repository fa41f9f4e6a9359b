"""Ingest: incremental by content hash, all-or-nothing, and a broken file changes nothing.

These run on the in-memory store and the hashing embedder; test_integration.py repeats the
important ones on real Chroma with the real model.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from conftest import CORPUS, make_settings

from guidebot.backends.embedders import HashingEmbedder
from guidebot.backends.memory import MemoryStore
from guidebot.errors import CorpusError, StoreError
from guidebot.index import LiveIndex, ingest, rollback


class CountingEmbedder(HashingEmbedder):
    def __init__(self) -> None:
        super().__init__()
        self.embedded = 0

    def embed_documents(self, texts, *, progress=False):
        self.embedded += len(texts)
        return super().embed_documents(texts)


@pytest.fixture
def corpus(tmp_path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def state(store: MemoryStore) -> tuple:
    """Everything a reader could see: pointer and every collection's rows."""
    return (store.get_pointer(), {n: sorted(store.get(n).ids) for n in store.list_collections()})


def test_first_ingest_then_unchanged_corpus_embeds_nothing(tmp_path, corpus):
    settings, store, embedder = make_settings(tmp_path, corpus_dir=corpus), MemoryStore(), CountingEmbedder()
    first = ingest(settings, store, embedder)
    assert first.changed and first.counts["guides"].added > 50 and first.counts["listings"].added >= 30
    embedded = embedder.embedded
    assert embedded == first.embedded
    before = state(store)
    again = ingest(settings, store, embedder)
    assert not again.changed and again.embedded == 0 and embedder.embedded == embedded
    assert again.counts["guides"].unchanged == first.counts["guides"].added
    assert state(store) == before


def test_reingest_embeds_only_what_changed_and_deletes_what_vanished(tmp_path, corpus):
    settings, store, embedder = make_settings(tmp_path, corpus_dir=corpus), MemoryStore(), CountingEmbedder()
    ingest(settings, store, embedder)
    grief = corpus / "guides" / "grief-in-men.md"
    grief.write_text(
        grief.read_text().replace(
            "## Common Questions", "Grief is also love with nowhere to go.\n\n## Common Questions"
        )
    )
    shame = corpus / "guides" / "shame-in-men.md"
    text = shame.read_text()
    shame.write_text(text[: text.rindex("\n### ")] + "\n")  # drop the last FAQ pair
    embedder.embedded = 0
    report = ingest(settings, store, embedder)
    assert report.counts["guides"].updated == 1
    assert report.counts["guides"].deleted == 1
    assert report.counts["guides"].added == 0
    # one changed chunk plus its new sentences and heading row, nothing else
    assert 1 < embedder.embedded < 10
    snapshot = LiveIndex(store).current()
    assert len([c for c in snapshot.chunks if c.guide_slug == "shame-in-men" and c.kind == "faq"]) == len(
        [line for line in shame.read_text().splitlines() if line.startswith("### ")]
    )
    assert any("love with nowhere to go" in c.text for c in snapshot.chunks)


def test_previous_build_is_kept_for_rollback_and_older_ones_pruned(tmp_path, corpus):
    settings, store, embedder = make_settings(tmp_path, corpus_dir=corpus), MemoryStore(), HashingEmbedder()
    builds = []
    for i in range(3):
        (corpus / "guides" / "fatherhood.md").write_text(
            (CORPUS / "guides" / "fatherhood.md").read_text() + f"\nExtra line {i}.\n"
        )
        builds.append(ingest(settings, store, embedder).build)
    names = store.list_collections()
    assert not any(builds[0] in n for n in names)
    assert any(builds[1] in n for n in names) and any(builds[2] in n for n in names)
    assert rollback(store, settings.collection_prefix) == builds[1]
    assert store.get_pointer()["build"] == builds[1]
    with pytest.raises(StoreError, match="no previous build"):
        rollback(store, settings.collection_prefix)


BAD_FILES = {
    "broken front matter": ("broken.md", b"---\ntitle: Broken\nslug: broken\n\n## S\n\nText.\n"),
    "missing title": ("untitled.md", b"---\nslug: untitled\n---\n\n## S\n\nText.\n"),
    "missing slug": ("noslug.md", b"---\ntitle: No slug\n---\n\n## S\n\nText.\n"),
    "duplicate slug": ("dupe.md", b"---\ntitle: Dupe\nslug: grief-in-men\n---\n\n## S\n\nText.\n"),
    "unknown format": ("guide.docx", b"PK\x03\x04"),
    "empty file": ("empty.md", b""),
    "invalid utf-8": ("latin1.md", b"---\ntitle: Caf\xe9\nslug: cafe\n---\n\n## S\n\nText.\n"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_input_stops_ingest_and_leaves_the_index_exactly_as_it_was(tmp_path, corpus, case):
    settings, store, embedder = make_settings(tmp_path, corpus_dir=corpus), MemoryStore(), CountingEmbedder()
    ingest(settings, store, embedder)
    before = state(store)
    vectors_before = store.get(store.get_pointer()["guides"], include_vectors=True).vectors.copy()
    name, content = BAD_FILES[case]
    (corpus / "guides" / name).write_bytes(content)
    embedder.embedded = 0
    with pytest.raises(CorpusError) as info:
        ingest(settings, store, embedder)
    assert name in str(info.value) and "Fix:" in str(info.value)
    assert embedder.embedded == 0
    assert state(store) == before
    assert np.array_equal(store.get(store.get_pointer()["guides"], include_vectors=True).vectors, vectors_before)


def test_a_crash_while_writing_leaves_the_live_build_untouched(tmp_path, corpus):
    settings, store, embedder = make_settings(tmp_path, corpus_dir=corpus), MemoryStore(), HashingEmbedder()
    ingest(settings, store, embedder)
    before = state(store)
    (corpus / "guides" / "grief-in-men.md").write_text(
        (corpus / "guides" / "grief-in-men.md").read_text() + "\nMore.\n"
    )

    class Exploding(MemoryStore):
        pass

    original_add = store.add
    calls = {"n": 0}

    def flaky_add(name, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise StoreError("disk full")
        return original_add(name, *args, **kwargs)

    store.add = flaky_add  # type: ignore[method-assign]
    with pytest.raises(StoreError, match="disk full"):
        ingest(settings, store, embedder)
    store.add = original_add  # type: ignore[method-assign]
    assert state(store) == before
