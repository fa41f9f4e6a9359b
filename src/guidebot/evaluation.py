"""Measuring guidebot: the relevance gate's calibration (and, in evaluation reports, the rest).

How the gate's threshold is chosen: every question of a labelled set (``in_scope`` true or
false) goes through retrieval; its relevance is the best cosine similarity of the query to
the top passages' chunks and sentences. Sweeping the threshold over a grid, we keep the
thresholds with the best balanced accuracy (mean of in-scope answered and out-of-scope
refused) and take the middle of that band, so that the margin on both sides is as wide as
the data allows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import yaml

from guidebot.errors import CorpusError


def load_cases(path: Path) -> list[dict[str, Any]]:
    try:
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CorpusError(path, f"cannot read the case file ({exc})", "check the path and the YAML") from None
    if not isinstance(cases, list):
        raise CorpusError(path, "the case file is not a list", "write one '- ...' entry per case")
    return cases


def sweep_gate(bot: Any, path: Path, grid: np.ndarray | None = None) -> dict[str, Any]:
    """Relevance of each labelled question, and the threshold sweep over them."""
    cases = load_cases(path)
    chain = bot.retrieval_chain()
    scores = {True: [], False: []}  # type: dict[bool, list[float]]
    for case in cases:
        result = chain.invoke({"question": case["q"], "history": case.get("history") or []})
        scores[bool(case["in_scope"])].append(result.relevance)
    ins, outs = np.array(scores[True]), np.array(scores[False])
    grid = grid if grid is not None else np.round(np.arange(0.05, 0.80, 0.01), 2)
    rows = []
    for t in grid:
        tpr = float((ins >= t).mean()) if len(ins) else 0.0
        tnr = float((outs < t).mean()) if len(outs) else 0.0
        rows.append({"threshold": float(t), "tpr": tpr, "tnr": tnr, "balanced": (tpr + tnr) / 2})
    top = max(r["balanced"] for r in rows)
    band = [r["threshold"] for r in rows if r["balanced"] == top]
    best = float(band[len(band) // 2])
    return {
        "rows": rows, "best": best, "in_min": float(ins.min()) if len(ins) else 0.0,
        "out_max": float(outs.max()) if len(outs) else 0.0, "n_in": len(ins), "n_out": len(outs),
    }
