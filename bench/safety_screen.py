"""The safety screen's cost per message against its floor, measured in the same run.

The floor is what the request pays anyway before the screen runs: one query embedding with
the packaged MiniLM (the vector retrieval needs too; the screen reuses it). The screen then
costs, per message:

* English: the rules, one kernel-classifier product over the vector it is given, and one
  forward pass of the fine-tuned second reader (:mod:`guidebot.safety_tuned`), so about one
  floor more (its scores are remembered per text; the benchmark forgets them before each run);
* another language a glossary knows: the rules, the gloss (:mod:`guidebot.gloss`) and one
  more embedding of the gloss, so about one floor more;
* a long English message with danger words: one more batched embedding of its sentences.

Also printed: the one-off costs of loading the 13 glossaries, against reading their bytes, and
of merging the fine-tuned adapters into a copy of the model, against one query embedding.
Samples of the floor and of the screen are interleaved so both see the same machine noise
(this machine is shared), and the result is printed as ratios, not absolute goals.

Usage::

    .venv/bin/python bench/safety_screen.py [--runs 40]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

# Messages no rule fires on, so each reaches the layer its kind is about (the benchmark checks).
MESSAGES = {
    "english": [
        "what does the anger guide say about walking away from a fight?",
        "my girlfriend goes out with her friends and I get jealous, is that anxious attachment",
        "are any of the coaches in the directory trained in couples work",
    ],
    "other language": [
        "je suis mort de rire devant ce film, trop drôle",
        "estoy muerto de cansancio, hoy trabajé doce horas",
        "die arbeit bringt mich noch um, aber ab freitag ist endlich urlaub",
    ],
    "long, danger words": [
        "Thanks for the divorce guide, the section on lawyers was useful. I am scared of the court "
        "date next week. Do you have anything on co-parenting schedules?",
    ],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=40, help="samples per kind of message")
    args = parser.parse_args()

    from guidebot import gloss
    from guidebot.backends.embedders import MiniLMEmbedder
    from guidebot.safety import SafetyScreen

    folder = REPO / "src" / "guidebot" / "data" / "gloss"
    started = time.perf_counter()
    size = sum(len(p.read_bytes()) for p in folder.glob("*.txt"))
    read_s = time.perf_counter() - started
    started = time.perf_counter()
    glossaries = gloss.packaged_glossaries()
    load_s = time.perf_counter() - started
    entries = sum(len(g.entries) for g in glossaries)
    print(f"glossaries: {len(glossaries)} files, {size / 1e6:.1f} MB, {entries:,} entries")
    print(f"  read bytes {read_s * 1000:.0f} ms, parse {load_s * 1000:.0f} ms ({load_s / read_s:.0f}x reading)")

    embedder = MiniLMEmbedder()
    screen = SafetyScreen(embedder)
    assert screen.tuned is not None
    embedder.embed_queries(["warm up"])
    started = time.perf_counter()
    embedder.embed_queries(["one query embedding"])
    one = time.perf_counter() - started
    started = time.perf_counter()
    screen.tuned.scores(["merge the adapters"])
    merge_s = time.perf_counter() - started
    print(f"fine-tuned reader: merging its adapters {merge_s * 1000:.0f} ms ({merge_s / one:.0f}x one query embedding)")
    for kind, texts in MESSAGES.items():  # warm up the model; check each reaches its layer
        for text in texts:
            decision = screen.screen(text)
            assert not decision.crisis, (kind, decision.reason)
            assert kind != "other language" or "gloss" in decision.reason, decision.reason
            assert kind != "long, danger words" or "clauses screened" in decision.reason, decision.reason

    print(f"\n{'message':<20} {'floor p50':>10} {'screen p50':>11} {'ratio':>7} {'screen p95':>11}")
    for kind, texts in MESSAGES.items():
        floor: list[float] = []
        cost: list[float] = []
        for n in range(args.runs):
            text = texts[n % len(texts)]
            started = time.perf_counter()
            vector = embedder.embed_queries([text])[0]
            floor.append(time.perf_counter() - started)
            screen.tuned.forget()
            started = time.perf_counter()
            screen.screen(text, (), vector)
            cost.append(time.perf_counter() - started)
        f50, c50 = statistics.median(floor) * 1000, statistics.median(cost) * 1000
        c95 = sorted(cost)[max(0, round(0.95 * len(cost)) - 1)] * 1000
        print(f"{kind:<20} {f50:>8.1f}ms {c50:>9.1f}ms {c50 / f50:>6.2f}x {c95:>9.1f}ms")


if __name__ == "__main__":
    main()
