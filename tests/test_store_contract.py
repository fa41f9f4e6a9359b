"""One contract, every vector store: the in-memory fake, embedded Chroma, and a real `chroma run` server."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from guidebot.backends.memory import MemoryStore
from guidebot.errors import StoreError


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """A real Chroma server (`chroma run`) on a free loopback port, for the module."""
    exe = Path(sys.executable).with_name("chroma")
    port = _free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen(
        [str(exe), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError("chroma run exited") from None
            time.sleep(0.3)
    else:
        proc.kill()
        raise RuntimeError("chroma run did not start")
    yield port
    proc.terminate()
    proc.wait(timeout=20)
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(params=["memory", "embedded", "server"])
def store(request, tmp_path):
    if request.param == "memory":
        return MemoryStore()
    from guidebot.backends.chroma import ChromaStore

    if request.param == "embedded":
        return ChromaStore(tmp_path / "chroma", prefix=f"c{time.time_ns()}")
    port = request.getfixturevalue("chroma_server")
    return ChromaStore(host="127.0.0.1", port=port, prefix=f"c{time.time_ns()}")


def _unit(rows: int, dim: int = 8, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(rows, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.mark.integration
class TestVectorStoreContract:
    def test_add_get_count_query(self, store, unique_name):
        vectors = _unit(5)
        store.create_collection(unique_name)
        store.add(
            unique_name,
            [f"id{i}" for i in range(5)],
            vectors,
            [f"doc {i}" for i in range(5)],
            [{"n": i, "tag": "x"} for i in range(5)],
        )
        assert store.count(unique_name) == 5
        hits = store.query(unique_name, vectors[3], 2)
        assert hits[0].id == "id3" and hits[0].document == "doc 3" and hits[0].metadata["n"] == 3
        assert abs(hits[0].similarity - 1.0) < 1e-4 and hits[0].similarity >= hits[1].similarity
        got = store.get(unique_name, include_vectors=True)
        order = np.argsort(got.ids)
        assert np.allclose(got.vectors[order], vectors, atol=1e-5)
        assert store.query(unique_name, vectors[0], 50)[0].id == "id0"  # k beyond the size is fine
        assert unique_name in store.list_collections()

    def test_create_twice_fails_and_delete_is_idempotent(self, store, unique_name):
        store.create_collection(unique_name)
        with pytest.raises(StoreError):
            store.create_collection(unique_name)
        store.delete_collection(unique_name)
        store.delete_collection(unique_name)
        assert unique_name not in store.list_collections()
        with pytest.raises(StoreError):
            store.query(unique_name, _unit(1)[0], 1)

    def test_pointer_round_trip(self, store):
        assert store.get_pointer() is None
        store.set_pointer({"build": "b1", "guides": "g1"})
        store.set_pointer({"build": "b2", "guides": "g2"})
        assert store.get_pointer() == {"build": "b2", "guides": "g2"}


@pytest.mark.integration
@pytest.mark.server
def test_ingest_and_answer_against_a_chroma_server(chroma_server, tmp_path, minilm):
    from conftest import make_settings

    from guidebot.backends.chroma import ChromaStore
    from guidebot.bot import build_bot
    from guidebot.domain import ChatRequest
    from guidebot.index import ingest

    settings = make_settings(tmp_path, chroma_host="127.0.0.1", chroma_port=chroma_server, collection_prefix="srv")
    store = ChromaStore(host="127.0.0.1", port=chroma_server, prefix="srv")
    assert ingest(settings, store, minilm).changed
    bot = build_bot(settings, embedder=minilm)  # builds its own HttpClient from the settings
    response = bot.chat(ChatRequest(message="what changes anxious attachment?"))
    assert response.kind == "answer" and response.citations
    assert not ingest(settings, store, minilm).changed


def test_embedded_chroma_refuses_a_second_process(tmp_path):
    from guidebot.backends.chroma import ChromaStore

    ChromaStore(tmp_path / "chroma")
    code = (
        "import sys; from guidebot.backends.chroma import ChromaStore\n"
        "from guidebot.errors import StoreError\n"
        f"try:\n    ChromaStore(__import__('pathlib').Path({str(tmp_path / 'chroma')!r}))\n"
        "except StoreError as e:\n    print(e); sys.exit(7)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 7
    assert "in use by pid" in result.stdout and "GUIDEBOT_CHROMA_HOST" in result.stdout
