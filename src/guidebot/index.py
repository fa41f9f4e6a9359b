"""Embed and store the corpus (ingest), and read the live index back for serving.

Ingest is all-or-nothing. It loads and validates every file first (a broken file stops it
before anything is written), then builds a new set of collections for this build, copying
the vectors of unchanged chunks and embedding only what changed, checks the counts, and only
then moves the live pointer. The previous build is kept for rollback; older ones are deleted.
A visitor never sees a half-built index, and a crash mid-ingest leaves the live one untouched.

Three collections make a build: ``guides`` (one row per chunk), ``sentences`` (one row per
sentence of each chunk, for the extractive answerer) and ``listings`` (the directory).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from typing import Any

import numpy as np

from guidebot.chunks import chunk_guides, content_hash, sentences_of
from guidebot.config import Settings
from guidebot.corpus import load_guides
from guidebot.domain import Chunk, Guide, Listing, Location, Sentence
from guidebot.errors import StoreError
from guidebot.ports import Embedder, VectorStore

log = logging.getLogger(__name__)

KINDS = ("guides", "sentences", "listings")
EMBED_BATCH = 32


# --------------------------------------------------------------------------- rows


@dataclass
class Rows:
    """What one collection of a build should hold, keyed by content-hash id."""

    ids: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)  # identity across versions (for "updated")
    embed_texts: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    metadatas: list[dict[str, Any]] = field(default_factory=list)


def guide_rows(chunks: Sequence[Chunk]) -> Rows:
    rows = Rows()
    for chunk in chunks:
        rows.ids.append(chunk.id)
        rows.keys.append(f"{chunk.guide_slug}#{chunk.anchor}@{chunk.position}")
        rows.embed_texts.append(chunk.embed_text)
        rows.documents.append(chunk.text)
        rows.metadatas.append(chunk.metadata())
    return rows


HEADING_ROW = -1
PARAGRAPH_ROW = -2


def sentence_rows(chunks: Sequence[Chunk]) -> Rows:
    """The finer views of each chunk: its heading (index -1), its paragraphs (index -2) and its
    sentences (index 0, 1, ...).

    Headings and paragraphs are searched, never quoted; the extractive answerer quotes sentences.
    """
    rows = Rows()
    for chunk in chunks:
        id_ = content_hash(chunk.id, "heading")
        rows.ids.append(id_)
        rows.keys.append(id_)
        rows.embed_texts.append(f"{chunk.guide_title}: {chunk.section}")
        rows.documents.append(chunk.section)
        rows.metadatas.append({"chunk_id": chunk.id, "index": HEADING_ROW, "start": 0, "end": 0})
        start = 0
        for paragraph in chunk.text.split("\n\n"):
            start = chunk.text.index(paragraph, start)
            id_ = content_hash(chunk.id, "paragraph", start)
            rows.ids.append(id_)
            rows.keys.append(id_)
            rows.embed_texts.append(f"{chunk.guide_title}. {chunk.section}\n{paragraph}")
            rows.documents.append(paragraph)
            rows.metadatas.append(
                {"chunk_id": chunk.id, "index": PARAGRAPH_ROW, "start": start, "end": start + len(paragraph)}
            )
            start += len(paragraph)
    sentences = [s for c in chunks for s in sentences_of(c)]
    for s in sentences:
        rows.ids.append(s.id)
        rows.keys.append(s.id)
        rows.embed_texts.append(s.text)
        rows.documents.append(s.text)
        rows.metadatas.append({"chunk_id": s.chunk_id, "index": s.index, "start": s.start, "end": s.end})
    return rows


def listing_metadata(listing: Listing) -> dict[str, Any]:
    return {
        "listing_id": listing.id,
        "name": listing.name,
        "kind": listing.kind,
        "topics": ",".join(listing.topics),
        "approaches": "|".join(listing.approaches),
        "format": listing.format,
        "city": listing.location.city,
        "region": listing.location.region,
        "country": listing.location.country,
        "url": listing.url,
        "summary": listing.summary,
        "accepting_new_clients": bool(listing.accepting_new_clients),
        "origin": listing.origin,
    }


def listing_from_metadata(meta: dict[str, Any]) -> Listing:
    return Listing(
        id=str(meta["listing_id"]),
        name=str(meta["name"]),
        kind=str(meta["kind"]),
        topics=tuple(t for t in str(meta.get("topics", "")).split(",") if t),
        approaches=tuple(a for a in str(meta.get("approaches", "")).split("|") if a),
        format=str(meta.get("format", "")),
        location=Location(str(meta.get("city", "")), str(meta.get("region", "")), str(meta.get("country", ""))),
        url=str(meta.get("url", "")),
        summary=str(meta.get("summary", "")),
        accepting_new_clients=bool(meta.get("accepting_new_clients", False)),
        origin=str(meta.get("origin", "")),
    )


def listing_rows(listings: Sequence[Listing]) -> Rows:
    rows = Rows()
    for listing in listings:
        meta = listing_metadata(listing)
        rows.ids.append(content_hash("listing", meta, listing.embed_text))
        rows.keys.append(listing.id)
        rows.embed_texts.append(listing.embed_text)
        rows.documents.append(listing.embed_text)
        rows.metadatas.append(meta)
    return rows


# --------------------------------------------------------------------------- ingest


@dataclass
class Counts:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0


@dataclass
class IngestReport:
    build: str
    previous: str | None
    guides: int
    counts: dict[str, Counts]
    embedded: int
    seconds: float
    changed: bool


def load_corpus(settings: Settings) -> tuple[list[Guide], list[Listing]]:
    """Load and validate every guide and listing; raises ``CorpusError`` on the first bad file."""
    guides = load_guides(settings.guides_dir, settings.site_base_url)
    listings: list[Listing] = []
    if settings.directory_dir.is_dir() and any(settings.directory_dir.glob("listings.*")):
        from guidebot.directory import load_listings

        topics = {t for g in guides for t in g.topics}
        listings = list(load_listings(settings.directory_dir, topics))
    return guides, listings


def _new_build_id(rows: dict[str, Rows]) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    digest = content_hash(*(r.ids for r in rows.values()))[:8]
    return f"{stamp}-{digest}"


def _count(old_ids: dict[str, str], rows: Rows) -> Counts:
    """``old_ids`` maps identity key -> id in the live build."""
    counts = Counts()
    new_keys = set(rows.keys)
    for key, id_ in zip(rows.keys, rows.ids, strict=True):
        if key not in old_ids:
            counts.added += 1
        elif old_ids[key] == id_:
            counts.unchanged += 1
        else:
            counts.updated += 1
    counts.deleted = sum(1 for key in old_ids if key not in new_keys)
    return counts


def ingest(
    settings: Settings,
    store: VectorStore,
    embedder: Embedder,
    *,
    on_plan: Callable[[int], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Bring the store in line with the corpus; see the module docstring for the guarantees.

    Args:
        on_plan: called once with the number of texts that need embedding.
        on_progress: called with the number of texts embedded after each batch.

    Raises:
        CorpusError: a corpus file is broken (nothing was written).
        StoreError: the store failed (the live build is unchanged).
    """
    started = time.perf_counter()
    guides, listings = load_corpus(settings)
    count_tokens = getattr(embedder, "count_tokens", lambda t: len(t.split()))
    chunks = chunk_guides(guides, count_tokens)
    rows = {
        "guides": guide_rows(chunks),
        "sentences": sentence_rows(chunks),
        "listings": listing_rows(listings),
    }

    pointer = store.get_pointer() or {}
    old: dict[str, Any] = {}
    live = set(store.list_collections())
    for kind in KINDS:
        name = pointer.get(kind)
        old[kind] = store.get(name, include_vectors=True) if name and name in live else None

    counts: dict[str, Counts] = {}
    # Vectors are reused by what was embedded (its hash), so an edit that moves a sentence to
    # a new chunk, or changes a chunk's id, never re-embeds text the model has already seen.
    reuse: dict[str, dict[str, np.ndarray]] = {}
    for kind in KINDS:
        records = old[kind]
        if records is None:
            old_keys: dict[str, str] = {}
            reuse[kind] = {}
        else:
            key_of = _identity_keys(kind, records)
            old_keys = dict(zip(key_of, records.ids, strict=True))
            hashes = [str(m.get("embed_hash", "")) for m in records.metadatas]
            reuse[kind] = dict(zip(hashes, records.vectors, strict=True)) if len(records.ids) else {}
        counts[kind] = _count(old_keys, rows[kind])

    unchanged = all(old[k] is not None and sorted(old[k].ids) == sorted(rows[k].ids) for k in KINDS)
    if unchanged and pointer and pointer.get("embedder") == embedder.name:
        if on_plan:
            on_plan(0)
        return IngestReport(
            pointer["build"],
            pointer.get("previous"),
            len(guides),
            counts,
            0,
            time.perf_counter() - started,
            changed=False,
        )

    for kind in KINDS:
        for meta, text in zip(rows[kind].metadatas, rows[kind].embed_texts, strict=True):
            meta["embed_hash"] = content_hash(embedder.name, text)
    todo = [
        (kind, i)
        for kind in KINDS
        for i, meta in enumerate(rows[kind].metadatas)
        if meta["embed_hash"] not in reuse[kind]
    ]
    if on_plan:
        on_plan(len(todo))
    fresh: dict[tuple[str, int], np.ndarray] = {}
    for start in range(0, len(todo), EMBED_BATCH):
        batch = todo[start : start + EMBED_BATCH]
        vectors = embedder.embed_documents([rows[k].embed_texts[i] for k, i in batch])
        fresh.update(zip(batch, vectors, strict=True))
        if on_progress:
            on_progress(len(batch))

    build = _new_build_id(rows)
    names = {kind: f"{settings.collection_prefix}_{kind}_{build}" for kind in KINDS}
    try:
        for kind in KINDS:
            r = rows[kind]
            kind_reuse = reuse[kind]
            # every row is either reused by its hash or was in ``todo`` and so embedded into ``fresh``
            row_vectors: list[np.ndarray] = [
                kind_reuse[m["embed_hash"]] if m["embed_hash"] in kind_reuse else fresh[(kind, i)]
                for i, m in enumerate(r.metadatas)
            ]
            vectors = np.stack(row_vectors) if r.ids else np.zeros((0, embedder.dimension), np.float32)
            store.create_collection(names[kind])
            store.add(names[kind], r.ids, vectors, r.documents, r.metadatas)
            if store.count(names[kind]) != len(r.ids):
                raise StoreError(
                    f"collection '{names[kind]}' holds {store.count(names[kind])} rows, expected {len(r.ids)}"
                )
    except BaseException:
        for name in names.values():
            store.delete_collection(name)
        raise

    previous = pointer.get("build")
    store.set_pointer({"build": build, "previous": previous or "", "embedder": embedder.name, **names})
    _prune(store, settings.collection_prefix, keep={build, previous})
    log.info("ingest build %s: %s", build, {k: vars(v) for k, v in counts.items()})
    return IngestReport(build, previous, len(guides), counts, len(todo), time.perf_counter() - started, changed=True)


def _identity_keys(kind: str, records: Any) -> list[str]:
    if kind == "guides":
        return [f"{m['guide_slug']}#{m['anchor']}@{m['position']}" for m in records.metadatas]
    if kind == "listings":
        return [str(m["listing_id"]) for m in records.metadatas]
    return list(records.ids)


def _prune(store: VectorStore, prefix: str, keep: set[str | None]) -> None:
    """Delete collections of builds other than the live and the previous one."""
    for name in store.list_collections():
        for kind in KINDS:
            head = f"{prefix}_{kind}_"
            if name.startswith(head) and name[len(head) :] not in keep:
                store.delete_collection(name)


def rollback(store: VectorStore, prefix: str) -> str:
    """Point the live name back at the previous build; returns that build's id."""
    pointer = store.get_pointer()
    if not pointer or not pointer.get("previous"):
        raise StoreError("there is no previous build to roll back to")
    build = pointer["previous"]
    names = {kind: f"{prefix}_{kind}_{build}" for kind in KINDS}
    missing = [n for n in names.values() if n not in store.list_collections()]
    if missing:
        raise StoreError(f"the previous build is incomplete (missing {missing})")
    store.set_pointer({"build": build, "previous": "", "embedder": pointer.get("embedder", ""), **names})
    return build


# --------------------------------------------------------------------------- serving


@dataclass
class Snapshot:
    """One build, read into memory for serving (BM25 and sentence vectors live here)."""

    build: str
    guides_collection: str
    chunks: list[Chunk]
    by_id: dict[str, Chunk]
    sentences: dict[str, list[Sentence]]  # chunk id -> its sentences, in order
    sentence_rows: dict[str, np.ndarray]  # chunk id -> row indices into sentence_vectors
    sentence_vectors: np.ndarray
    sentence_chunk: list[str]  # row of sentence_vectors -> chunk id
    row_kind: np.ndarray  # row of sentence_vectors -> HEADING_ROW, PARAGRAPH_ROW or sentence index >= 0
    row_chunk: np.ndarray  # row of sentence_vectors -> position of its chunk in ``chunks``
    guide_of_chunk: np.ndarray  # position in ``chunks`` -> position of its guide in ``guide_vectors``
    guide_vectors: np.ndarray  # one unit vector per guide: the mean of its paragraph vectors
    listings: list[Listing]
    listing_vectors: np.ndarray
    bm25: Any = None
    embedder: str = ""  # the embedder the build was made with; queries must use the same

    def guides(self) -> list[dict[str, Any]]:
        """Each guide once, with its sections in page order (for ``GET /v1/guides``)."""
        out: dict[str, dict[str, Any]] = {}
        for chunk in sorted(self.chunks, key=lambda c: (c.guide_slug, c.position)):
            guide = out.setdefault(
                chunk.guide_slug,
                {
                    "slug": chunk.guide_slug,
                    "title": chunk.guide_title,
                    "url": chunk.url.split("#")[0],
                    "topics": list(chunk.topics),
                    "origin": chunk.origin,
                    "sections": [],
                },
            )
            entry = {"heading": chunk.section, "anchor": chunk.anchor, "kind": chunk.kind, "url": chunk.url}
            if entry not in guide["sections"]:
                guide["sections"].append(entry)
        return sorted(out.values(), key=lambda g: g["title"])

    @cached_property
    def position(self) -> dict[str, int]:
        """Chunk id -> its index in ``chunks`` (the row of every per-chunk array)."""
        return {c.id: i for i, c in enumerate(self.chunks)}

    @cached_property
    def primary_topic(self) -> dict[str, str]:
        """Guide slug -> its primary topic (the first in its front matter)."""
        return {c.guide_slug: c.topics[0] for c in self.chunks if c.topics}

    @cached_property
    def guide_titles(self) -> list[str]:
        return sorted({c.guide_title for c in self.chunks})

    @cached_property
    def definition_headings(self) -> np.ndarray:
        """Per chunk: 1.0 where its section heading is a definition ("What X actually is")."""
        from guidebot.retrieve import DEFINITION_HEADING

        return np.array([float(bool(DEFINITION_HEADING.search(c.section))) for c in self.chunks])

    def topics(self) -> dict[str, str]:
        """Topic slug -> a readable label, from the guides that carry it."""
        return {t: t.replace("-", " ") for c in self.chunks for t in c.topics}


def load_snapshot(store: VectorStore, pointer: dict[str, str]) -> Snapshot:
    from guidebot.retrieve import build_bm25

    guides = store.get(pointer["guides"])
    chunks = [
        Chunk.from_record(i, d, m) for i, d, m in zip(guides.ids, guides.documents, guides.metadatas, strict=True)
    ]
    sents = store.get(pointer["sentences"], include_vectors=True)
    by_chunk: dict[str, list[tuple[Sentence, int]]] = {}
    for row, (id_, doc, meta) in enumerate(zip(sents.ids, sents.documents, sents.metadatas, strict=True)):
        if int(meta["index"]) < 0:
            continue  # a heading row: searched, never quoted
        s = Sentence(id_, str(meta["chunk_id"]), int(meta["index"]), int(meta["start"]), int(meta["end"]), doc)
        by_chunk.setdefault(s.chunk_id, []).append((s, row))
    sentences: dict[str, list[Sentence]] = {}
    rows: dict[str, np.ndarray] = {}
    for chunk_id, items in by_chunk.items():
        items.sort(key=lambda x: x[0].index)
        sentences[chunk_id] = [s for s, _ in items]
        rows[chunk_id] = np.array([r for _, r in items], dtype=np.int64)
    sentence_vectors = sents.vectors if sents.vectors is not None else np.zeros((0, 0), np.float32)
    position = {c.id: i for i, c in enumerate(chunks)}  # Snapshot.position, before there is a Snapshot
    sentence_chunk = [str(m["chunk_id"]) for m in sents.metadatas]
    row_kind = np.array([int(m["index"]) for m in sents.metadatas], dtype=np.int64)
    row_chunk = np.array([position[c] for c in sentence_chunk], dtype=np.int64)
    slugs = sorted({c.guide_slug for c in chunks})
    guide_of_chunk = np.array([slugs.index(c.guide_slug) for c in chunks], dtype=np.int64)
    guide_vectors = np.zeros((len(slugs), sentence_vectors.shape[1] if sentence_vectors.ndim == 2 else 0), np.float32)
    paragraph_rows = row_kind == PARAGRAPH_ROW
    for g in range(len(slugs)):
        rows_of_guide = paragraph_rows & (guide_of_chunk[row_chunk] == g)
        if rows_of_guide.any():
            mean = sentence_vectors[rows_of_guide].mean(axis=0)
            guide_vectors[g] = mean / (np.linalg.norm(mean) or 1.0)
    listing_records = store.get(pointer["listings"], include_vectors=True)
    listings = [listing_from_metadata(m) for m in listing_records.metadatas]
    vectors = (
        listing_records.vectors
        if listing_records.vectors is not None and len(listings)
        else np.zeros((0, 0), np.float32)
    )
    return Snapshot(
        build=pointer["build"],
        guides_collection=pointer["guides"],
        chunks=chunks,
        by_id={c.id: c for c in chunks},
        sentences=sentences,
        sentence_rows=rows,
        sentence_chunk=sentence_chunk,
        row_kind=row_kind,
        row_chunk=row_chunk,
        guide_of_chunk=guide_of_chunk,
        guide_vectors=guide_vectors,
        sentence_vectors=sentence_vectors,
        listings=listings,
        listing_vectors=vectors,
        bm25=build_bm25(chunks),
        embedder=pointer.get("embedder", ""),
    )


class LiveIndex:
    """The live build for readers: looks the pointer up per request, reloads when it moves."""

    def __init__(self, store: VectorStore, on_load: Callable[[Snapshot], None] | None = None) -> None:
        self.store = store
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()
        self._on_load = on_load

    def current(self) -> Snapshot:
        pointer = self.store.get_pointer()
        if not pointer:
            raise StoreError("no index has been built yet: run `guidebot ingest`")
        snapshot = self._snapshot
        if snapshot is not None and snapshot.build == pointer["build"]:
            return snapshot
        with self._lock:
            if self._snapshot is None or self._snapshot.build != pointer["build"]:
                loaded = load_snapshot(self.store, pointer)
                if self._on_load:
                    self._on_load(loaded)
                self._snapshot = loaded
            return self._snapshot
