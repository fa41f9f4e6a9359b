"""Shared fixtures.

Unit tests use fakes (hashing embedder, in-memory store) and no network. Tests marked
``integration`` load the real packaged model once per session (``minilm``) and use a real
Chroma. Sockets to anything but loopback are refused in every test.
"""

from __future__ import annotations

import os
import socket
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SEED = REPO.parent / "shared" / "seeds" / "anxious-attachment-in-men.txt"

_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: object) -> object:  # type: ignore[override]
    host = address[0] if isinstance(address, tuple) else None
    if host is not None and not (str(host).startswith("127.") or host in ("localhost", "::1", "0.0.0.0")):
        raise OSError(f"tests may not reach the network ({host})")
    return _real_connect(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> object:
    socket.socket.connect = _loopback_only  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def minilm():
    """The real packaged embedding model, loaded once per test session."""
    from guidebot.backends.embedders import MiniLMEmbedder

    return MiniLMEmbedder()


@pytest.fixture
def hashing():
    from guidebot.backends.embedders import HashingEmbedder

    return HashingEmbedder()


@pytest.fixture
def unique_name() -> str:
    return f"t{uuid.uuid4().hex[:10]}"


# --------------------------------------------------------------------------- bots


def make_settings(tmp: Path, **overrides: object):
    from guidebot.config import Settings

    return Settings(corpus_dir=overrides.pop("corpus_dir", CORPUS), data_dir=tmp, **overrides)  # type: ignore[arg-type]


@pytest.fixture
def fake_bot(tmp_path, hashing):
    """A bot on the bundled corpus with the hashing embedder and the in-memory store (fast)."""
    from guidebot.backends.memory import MemoryStore
    from guidebot.bot import build_bot
    from guidebot.index import ingest

    settings = make_settings(tmp_path, embedder="hashing")
    store = MemoryStore()
    ingest(settings, store, hashing)
    return build_bot(settings, embedder=hashing, store=store)


@pytest.fixture(scope="session")
def real_bot(tmp_path_factory, minilm):
    """The real thing, once per session: MiniLM, embedded Chroma, the bundled corpus ingested."""
    from guidebot.bot import build_bot, build_store
    from guidebot.index import ingest

    settings = make_settings(tmp_path_factory.mktemp("real-data"))
    store = build_store(settings)
    ingest(settings, store, minilm)
    return build_bot(settings, embedder=minilm, store=store)
