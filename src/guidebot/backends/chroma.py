"""Chroma as guidebot's vector store: embedded ``PersistentClient`` by default, ``HttpClient``
when a Chroma host is set.

guidebot always passes its own vectors (collections have no embedding function), so Chroma
never tries to download a model. Collections of a build are written once and then only read,
which lets this class cache collection handles and counts.

Embedded Chroma is single-process: a second process on the same persist directory hangs or
never sees the other's writes. :class:`ChromaStore` therefore takes an exclusive lock on the
directory and fails at once, with the fix, when another process holds it.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from guidebot.errors import StoreError
from guidebot.ports import Hit, Records

_POINTER_ID = "live"
_held_locks: dict[str, Any] = {}  # persist dir -> open lock file, one per process
_locks_guard = threading.Lock()


def _lock_dir(path: Path) -> None:
    key = str(path.resolve())
    with _locks_guard:
        if key in _held_locks:
            return
        path.mkdir(parents=True, exist_ok=True)
        handle = open(path / ".guidebot.lock", "a+")  # noqa: SIM115 - held for the process's life
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            owner = handle.read().strip() or "another process"
            handle.close()
            raise StoreError(
                f"{path} is in use by {owner}. Embedded Chroma serves one process: stop that "
                "process first, or run a Chroma server and set GUIDEBOT_CHROMA_HOST"
            ) from None
        handle.truncate(0)
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        _held_locks[key] = handle


def _client(persist_dir: Path | None, host: str | None, port: int, ssl: bool) -> Any:
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False)
    try:
        if host:
            return chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=settings)
        assert persist_dir is not None
        _lock_dir(persist_dir)
        return chromadb.PersistentClient(path=str(persist_dir), settings=settings)
    except StoreError:
        raise
    except Exception as exc:  # connection refused, bad host...
        where = f"{host}:{port}" if host else str(persist_dir)
        raise StoreError(f"cannot open Chroma at {where}: {exc}") from exc


class ChromaStore:
    """The :class:`~guidebot.ports.VectorStore` on Chroma."""

    def __init__(
        self,
        persist_dir: Path | None = None,
        *,
        host: str | None = None,
        port: int = 8000,
        ssl: bool = False,
        prefix: str = "guidebot",
        client: Any = None,
    ) -> None:
        self.client = client if client is not None else _client(persist_dir, host, port, ssl)
        self.pointer_name = f"{prefix}_live"
        self._handles: dict[str, Any] = {}
        self._counts: dict[str, int] = {}

    def _handle(self, name: str) -> Any:
        handle = self._handles.get(name)
        if handle is None:
            try:
                handle = self.client.get_collection(name, embedding_function=None)
            except Exception as exc:
                raise StoreError(f"collection '{name}' is not available: {exc}") from exc
            self._handles[name] = handle
        return handle

    def list_collections(self) -> list[str]:
        try:
            return sorted(c if isinstance(c, str) else c.name for c in self.client.list_collections())
        except Exception as exc:
            raise StoreError(f"cannot list Chroma collections: {exc}") from exc

    def create_collection(self, name: str) -> None:
        try:
            self._handles[name] = self.client.create_collection(
                name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
            )
        except Exception as exc:
            raise StoreError(f"cannot create collection '{name}': {exc}") from exc
        self._counts.pop(name, None)

    def delete_collection(self, name: str) -> None:
        self._handles.pop(name, None)
        self._counts.pop(name, None)
        try:
            self.client.delete_collection(name)
        except Exception:  # already gone
            pass

    def add(
        self,
        name: str,
        ids: Sequence[str],
        vectors: np.ndarray,
        documents: Sequence[str],
        metadatas: Sequence[dict[str, Any]],
    ) -> None:
        if not ids:
            return
        handle = self._handle(name)
        step = 1000  # well under Chroma's max batch size
        try:
            for i in range(0, len(ids), step):
                handle.add(
                    ids=list(ids[i : i + step]),
                    embeddings=np.asarray(vectors[i : i + step], dtype=np.float32),
                    documents=list(documents[i : i + step]),
                    metadatas=[dict(m) for m in metadatas[i : i + step]],
                )
        except Exception as exc:
            raise StoreError(f"cannot add to '{name}': {exc}") from exc
        self._counts.pop(name, None)

    def get(self, name: str, *, include_vectors: bool = False) -> Records:
        include = ["documents", "metadatas"] + (["embeddings"] if include_vectors else [])
        try:
            got = self._handle(name).get(include=include)
        except StoreError:
            raise
        except Exception as exc:
            raise StoreError(f"cannot read '{name}': {exc}") from exc
        vectors = None
        if include_vectors:
            raw = got.get("embeddings")
            vectors = (
                np.asarray(raw, dtype=np.float32) if raw is not None and len(raw) else np.zeros((0, 0), np.float32)
            )
        return Records(
            list(got["ids"]), list(got["documents"] or []), [dict(m or {}) for m in got["metadatas"] or []], vectors
        )

    def count(self, name: str) -> int:
        if name not in self._counts:
            try:
                self._counts[name] = int(self._handle(name).count())
            except StoreError:
                raise
            except Exception as exc:
                raise StoreError(f"cannot count '{name}': {exc}") from exc
        return self._counts[name]

    def query(self, name: str, vector: np.ndarray, k: int) -> list[Hit]:
        k = min(k, self.count(name))
        if k <= 0:
            return []
        try:
            got = self._handle(name).query(
                query_embeddings=[np.asarray(vector, dtype=np.float32)],
                n_results=k,
                include=["documents", "metadatas", "distances"],
            )
        except Exception as exc:
            raise StoreError(f"cannot search '{name}': {exc}") from exc
        return [
            Hit(id_, 1.0 - float(dist), doc, dict(meta or {}))
            for id_, dist, doc, meta in zip(
                got["ids"][0], got["distances"][0], got["documents"][0], got["metadatas"][0], strict=True
            )
        ]

    def _pointer_handle(self) -> Any:
        handle = self._handles.get(self.pointer_name)
        if handle is None:
            handle = self.client.get_or_create_collection(self.pointer_name, embedding_function=None)
            self._handles[self.pointer_name] = handle
        return handle

    def get_pointer(self) -> dict[str, str] | None:
        try:
            got = self._pointer_handle().get(ids=[_POINTER_ID], include=["documents"])
        except Exception as exc:
            raise StoreError(f"cannot read the live pointer: {exc}") from exc
        if not got["ids"]:
            return None
        return dict(json.loads(got["documents"][0]))

    def set_pointer(self, pointer: dict[str, str]) -> None:
        try:
            self._pointer_handle().upsert(
                ids=[_POINTER_ID],
                embeddings=[[1.0]],
                documents=[json.dumps(pointer)],
                metadatas=[{"build": pointer.get("build", "")}],
            )
        except Exception as exc:
            raise StoreError(f"cannot write the live pointer: {exc}") from exc
