"""Streaming latency as the widget sees it: time to the first ``token`` event and to ``done``
of ``POST /v1/chat/stream``, over real HTTP, next to the floor measured in the same run.

The floor is what no request can avoid (DESIGN.md): one query embedding plus one vector
search on the live guides collection, with the same model and store the server uses. Each
run measures the floor once, then times one streamed answer, so both see the same machine.

Usage::

    .venv/bin/python bench/stream_latency.py                   # app in-process, over ./data
    .venv/bin/python bench/stream_latency.py --runs 50 --question "why do I get so angry?"
    .venv/bin/python bench/stream_latency.py --data-dir /tmp/d # another ingested data dir
    .venv/bin/python bench/stream_latency.py --url http://127.0.0.1:8000

By default the script starts the real app itself (``create_app`` under uvicorn, on a free
loopback port, in a thread of this process) so the floor can use the very model and store
the server uses: the embedded Chroma must not be opened by two processes. With ``--url`` it
times a server that is already running, and measures the floor with a store and model
built from ``--data-dir`` (or ``GUIDEBOT_CHROMA_HOST``): point that at a copy of the data,
or at the Chroma server, never at the directory the server itself has open.

Prints a short table: median and p95 (nearest rank) in milliseconds, and each median as a
multiple of the floor's median; under it, the server's own stage timings for the same
requests (``meta.timings_ms``: embed, safety, retrieval, answer, referral, total), which
show where the time between the floor and ``done`` goes. Needs an ingested index
(``make ingest``).
"""

from __future__ import annotations

import argparse
import math
import os
import socket
import statistics
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

QUESTION = "what is anxious attachment?"


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def stream_once(
    client: httpx.Client, url: str, question: str
) -> tuple[float, float, dict[str, float]]:
    """One streamed answer: (ms to the first token, ms to done, the server's stage timings)."""
    import json

    started = time.perf_counter()
    first = done = None
    stages: dict[str, float] = {}
    event = ""
    with client.stream(
        "POST", url + "/v1/chat/stream", json={"message": question, "history": []}
    ) as response:
        response.raise_for_status()
        for line in response.iter_lines():
            if line.startswith("event:"):
                event = line[6:].strip()
                if event == "token" and first is None:
                    first = time.perf_counter()
            elif line.startswith("data:") and event == "done":
                done = time.perf_counter()
                stages = json.loads(line[5:]).get("meta", {}).get("timings_ms", {})
            elif line.startswith("data:") and event == "error":
                raise RuntimeError(f"the server sent an error event: {line[5:].strip()}")
    if first is None or done is None:
        raise RuntimeError("the stream ended without a token or without done")
    return (first - started) * 1000, (done - started) * 1000, stages


def floor_probe(bot: Any, question: str) -> Callable[[], tuple[float, float]]:
    """A function timing one query embedding and one search: (embed ms, search ms)."""
    collection = bot.snapshot().guides_collection
    k = bot.settings.top_k

    def probe() -> tuple[float, float]:
        started = time.perf_counter()
        vector = bot.embedder.embed_queries([question])[0]
        embedded = time.perf_counter()
        bot.store.query(collection, vector, k)
        searched = time.perf_counter()
        return (embedded - started) * 1000, (searched - embedded) * 1000

    return probe


def start_server(app: Any) -> tuple[str, Callable[[], None]]:
    """Serve ``app`` with uvicorn on a free loopback port, in a thread; returns (url, stop)."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.05)

    def stop() -> None:
        server.should_exit = True
        thread.join(10)

    return f"http://127.0.0.1:{sock.getsockname()[1]}", stop


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=20, help="timed runs (default 20)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs first (default 3)")
    parser.add_argument("--question", default=QUESTION, help=f"the question (default {QUESTION!r})")
    parser.add_argument("--url", help="time this running server instead of starting one")
    parser.add_argument(
        "--data-dir", help="data dir of the index (default GUIDEBOT_DATA_DIR or ./data)"
    )
    parser.add_argument("--corpus", help="corpus dir (default GUIDEBOT_CORPUS_DIR or ./corpus)")
    args = parser.parse_args(argv)

    from guidebot.adapters.web import create_app
    from guidebot.bot import build_bot
    from guidebot.config import Settings

    values: dict[str, Any] = {}
    if args.data_dir:
        values["data_dir"] = args.data_dir
    if args.corpus:
        values["corpus_dir"] = args.corpus
    settings = Settings(**values)
    print("loading the model and the index...", file=sys.stderr)
    bot = build_bot(settings)
    bot.snapshot()
    probe = floor_probe(bot, args.question)
    stop: Callable[[], None] = lambda: None  # noqa: E731
    if args.url:
        url, where = args.url.rstrip("/"), args.url
    else:
        url, stop = start_server(create_app(settings, bot=bot))
        where = f"in-process uvicorn at {url}"

    embeds: list[float] = []
    searches: list[float] = []
    floors: list[float] = []
    firsts: list[float] = []
    dones: list[float] = []
    stages: dict[str, list[float]] = {}
    try:
        with httpx.Client(timeout=60) as client:
            for i in range(args.warmup + args.runs):
                embed, search = probe()
                first, done, timings = stream_once(client, url, args.question)
                if i < args.warmup:
                    continue
                embeds.append(embed)
                searches.append(search)
                floors.append(embed + search)
                firsts.append(first)
                dones.append(done)
                for stage, ms in timings.items():
                    stages.setdefault(stage, []).append(ms)
    finally:
        stop()

    base = statistics.median(floors)
    rows = [
        ("floor: embed + search", floors),
        ("  query embedding", embeds),
        ("  vector search", searches),
        ("first token (HTTP)", firsts),
        ("done (HTTP)", dones),
    ]
    # The server's own account of the same requests (response meta), stage by stage.
    rows += [(f"  server: {stage}", values_) for stage, values_ in stages.items()]
    print(f"\n{args.question!r}: {args.runs} runs after {args.warmup} warm-up, against {where}")
    print(f"{'':24} {'median ms':>10} {'p95 ms':>9} {'x floor':>8}")
    for name, values_ in rows:
        median = statistics.median(values_)
        print(f"{name:24} {median:10.1f} {p95(values_):9.1f} {median / base:8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
