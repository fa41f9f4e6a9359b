"""An in-memory vector store: the fake for fast unit tests, same contract as Chroma's."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from guidebot.errors import StoreError
from guidebot.ports import Hit, Records


class MemoryStore:
    """Collections as numpy matrices; cosine similarity by dot product of unit vectors."""

    def __init__(self) -> None:
        self._collections: dict[str, dict[str, Any]] = {}
        self._pointer: dict[str, str] | None = None
        self._lock = threading.Lock()

    def _col(self, name: str) -> dict[str, Any]:
        try:
            return self._collections[name]
        except KeyError:
            raise StoreError(f"collection '{name}' does not exist") from None

    def list_collections(self) -> list[str]:
        return sorted(self._collections)

    def create_collection(self, name: str) -> None:
        with self._lock:
            if name in self._collections:
                raise StoreError(f"collection '{name}' already exists")
            self._collections[name] = {"ids": [], "docs": [], "metas": [], "vecs": None}

    def delete_collection(self, name: str) -> None:
        with self._lock:
            self._collections.pop(name, None)

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
        with self._lock:
            col = self._col(name)
            known = set(col["ids"])
            if dup := known.intersection(ids):
                raise StoreError(f"ids already in '{name}': {sorted(dup)[:3]}")
            col["ids"].extend(ids)
            col["docs"].extend(documents)
            col["metas"].extend(dict(m) for m in metadatas)
            vecs = np.asarray(vectors, dtype=np.float32)
            col["vecs"] = vecs if col["vecs"] is None else np.vstack([col["vecs"], vecs])

    def get(self, name: str, *, include_vectors: bool = False) -> Records:
        col = self._col(name)
        vecs = col["vecs"] if include_vectors else None
        if include_vectors and vecs is None:
            vecs = np.zeros((0, 0), dtype=np.float32)
        return Records(list(col["ids"]), list(col["docs"]), [dict(m) for m in col["metas"]], vecs)

    def count(self, name: str) -> int:
        return len(self._col(name)["ids"])

    def query(self, name: str, vector: np.ndarray, k: int) -> list[Hit]:
        col = self._col(name)
        if col["vecs"] is None:
            return []
        sims = col["vecs"] @ np.asarray(vector, dtype=np.float32)
        order = np.argsort(-sims)[:k]
        return [Hit(col["ids"][i], float(sims[i]), col["docs"][i], dict(col["metas"][i])) for i in order]

    def get_pointer(self) -> dict[str, str] | None:
        return dict(self._pointer) if self._pointer else None

    def set_pointer(self, pointer: dict[str, str]) -> None:
        self._pointer = dict(pointer)
