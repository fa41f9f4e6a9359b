"""Latency of ``POST /v1/chat`` against its floor, measured in the same run.

The floor is what no implementation of the design can avoid per request: one query
embedding (the packaged MiniLM) plus one top-k Chroma search, measured in this process on a
copy of the same index. The server is a real ``guidebot serve`` subprocess over real HTTP on
loopback. Floor and chat samples are interleaved so both see the same machine noise (this
machine is shared), and the result is printed as ratios, not absolute goals.

Usage::

    .venv/bin/python bench/latency.py [--runs 60] [--warmup 5] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
# Two processes take turns on two cores here: OpenMP threads that spin after their work
# would steal the other's time. Passive waiting keeps each measurement to its own work.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

QUESTIONS = [
    "what is anxious attachment?",
    "why do I get jealous when my girlfriend goes out with friends",
    "how do I stop yelling at my kids",
    "should I see a coach or a therapist",
    "my dad died and I can't cry",
    "how can I get over an anxious attachment style?",
    "what's the difference between guilt and shame",
    "how do I make friends in my forties",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen[bytes], timeout: float = 180) -> None:
    import httpx

    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit("guidebot serve exited early")
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit("server did not become ready")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    import httpx

    from guidebot.backends.chroma import ChromaStore
    from guidebot.backends.embedders import MiniLMEmbedder
    from guidebot.config import Settings
    from guidebot.index import ingest

    work = Path(tempfile.mkdtemp(prefix="guidebot-bench-"))
    floor_dir, serve_dir = work / "floor", work / "serve"
    settings = Settings(data_dir=floor_dir)
    embedder = MiniLMEmbedder()
    store = ChromaStore(settings.chroma_dir)
    ingest(settings, store, embedder)
    shutil.copytree(floor_dir, serve_dir)  # same index for the server, in its own directory
    collection = store.get_pointer()["guides"]

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    exe = Path(sys.executable).with_name("guidebot")
    server = subprocess.Popen(
        [
            str(exe),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--data-dir",
            str(serve_dir),
            "--log-level",
            "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait(url, server)
        floor: list[float] = []
        chat: list[float] = []
        server_total: list[float] = []
        with httpx.Client(base_url=url, timeout=30) as client:
            for i in range(args.warmup + args.runs):
                question = QUESTIONS[i % len(QUESTIONS)]
                t0 = time.perf_counter()
                vector = embedder.embed_queries([question])[0]
                store.query(collection, vector, 8)
                t1 = time.perf_counter()
                response = client.post("/v1/chat", json={"message": question, "history": []})
                t2 = time.perf_counter()
                response.raise_for_status()
                if i >= args.warmup:
                    floor.append((t1 - t0) * 1000)
                    chat.append((t2 - t1) * 1000)
                    server_total.append(response.json()["meta"]["timings_ms"]["total"])
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)

    figures = {
        "runs": args.runs,
        "floor_ms": {"p50": statistics.median(floor), "p95": pct(floor, 0.95)},
        "chat_ms": {"p50": statistics.median(chat), "p95": pct(chat, 0.95)},
        "server_total_ms": {"p50": statistics.median(server_total), "p95": pct(server_total, 0.95)},
    }
    figures["ratio"] = {
        "p50": figures["chat_ms"]["p50"] / figures["floor_ms"]["p50"],
        "p95": figures["chat_ms"]["p95"] / figures["floor_ms"]["p95"],
    }
    print(f"POST /v1/chat over loopback HTTP, {args.runs} runs after {args.warmup} warm-up, {len(QUESTIONS)} questions")
    print(f"{'':26}{'p50 ms':>10}{'p95 ms':>10}")
    print(f"{'floor (embed + search)':26}{figures['floor_ms']['p50']:10.1f}{figures['floor_ms']['p95']:10.1f}")
    print(f"{'/v1/chat end to end':26}{figures['chat_ms']['p50']:10.1f}{figures['chat_ms']['p95']:10.1f}")
    inside = figures["server_total_ms"]
    print(f"{'  of which in the bot':26}{inside['p50']:10.1f}{inside['p95']:10.1f}")
    print(f"{'ratio to floor':26}{figures['ratio']['p50']:10.2f}{figures['ratio']['p95']:10.2f}   (goal: p50 < 1.5)")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
