"""Measure the referral step on a labelled set: ``guidebot referral-eval PATH``.

The labelled file (``evals/referrals/labelled.yaml``) is a list of items with ``message``,
``help`` (true/false), and for help requests the expected ``topic`` and, when the message
constrains them, ``kind``, ``format`` and ``place``; ``history`` (earlier turns) and
``cited`` (topics of the guides the answer would cite) are optional.

Figures reported:

* precision and recall of the help-seeking decision (target: both >= 95%);
* topic accuracy: how often the top listing has the labelled topic (target: >= 90%);
* constraints: how often kind, format and place are read as labelled.

Threshold method. Only the last layer of the detector, the similarity probe, depends on
the threshold: the help patterns, the conversation and the plain-message rules decide the
other messages whatever it is. So the sweep scores every message with the probe once and
replays the detector's decision for each candidate threshold (the midpoints between
consecutive distinct scores of the messages the probe decides). The recommended threshold
maximises the smaller of precision and recall, then F1; among equally good thresholds it
takes the middle of the widest run of them, so it sits as far as the data allows from the
messages on either side. Pin it in ``guidebot.referral.DEFAULT_HELP_THRESHOLD`` with the
figures; the integration test checks the two agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml

from guidebot.domain import Turn
from guidebot.errors import CorpusError
from guidebot.ports import Embedder
from guidebot.referral import HelpDetector, Referrer

TARGET_PRECISION = TARGET_RECALL = 0.95
TARGET_TOPIC_ACCURACY = 0.90


@dataclass(frozen=True)
class LabelledMessage:
    message: str
    help: bool
    topic: str | None = None
    kind: str | None = None
    format: str | None = None
    place: str | None = None
    history: tuple[Turn, ...] = ()
    cited: tuple[str, ...] = ()


@dataclass
class ReferralReport:
    """The figures, the threshold sweep and every miss."""

    n: int
    precision: float
    recall: float
    topic_accuracy: float
    topic_n: int
    constraint_accuracy: float
    constraint_n: int
    threshold: float
    recommended_threshold: float
    recommended: tuple[
        float, float
    ]  # precision, recall of the detector at the recommended threshold
    probe_alone: tuple[float, float]  # precision, recall of the probe alone there
    sweep: list[tuple[float, float, float]] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return (
            self.precision >= TARGET_PRECISION
            and self.recall >= TARGET_RECALL
            and self.topic_accuracy >= TARGET_TOPIC_ACCURACY
        )

    def render(self) -> str:
        lines = [
            f"referral eval: {self.n} labelled messages",
            f"  help-seeking precision {self.precision:6.1%}  (target >= {TARGET_PRECISION:.0%})",
            f"  help-seeking recall    {self.recall:6.1%}  (target >= {TARGET_RECALL:.0%})",
            f"  top-listing topic      {self.topic_accuracy:6.1%}  of {self.topic_n}"
            f"  (target >= {TARGET_TOPIC_ACCURACY:.0%})",
            f"  constraints read       {self.constraint_accuracy:6.1%}  of {self.constraint_n}",
            f"  similarity threshold   {self.threshold:.3f} in use; the sweep recommends "
            f"{self.recommended_threshold:.3f}: probe alone precision {self.probe_alone[0]:.1%} "
            f"recall {self.probe_alone[1]:.1%}, detector precision {self.recommended[0]:.1%} "
            f"recall {self.recommended[1]:.1%}",
        ]
        lines += [f"  miss: {m}" for m in self.misses]
        lines.append("PASS" if self.passed else "FAIL")
        return "\n".join(lines)


def load_labelled(path: Path) -> list[LabelledMessage]:
    """Read a labelled set; raises :class:`CorpusError` naming the item that is malformed."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise CorpusError(path, f"cannot read the labelled set ({exc})", "fix the file") from exc
    if not isinstance(data, list):
        raise CorpusError(path, "the labelled set must be a list", "write one item per message")
    items = []
    for i, raw in enumerate(data, start=1):
        if (
            not isinstance(raw, dict)
            or not isinstance(raw.get("message"), str)
            or not isinstance(raw.get("help"), bool)
        ):
            raise CorpusError(
                path, f"item #{i} needs 'message' (text) and 'help' (true/false)", "add them"
            )
        history = tuple(Turn(**t) for t in raw.get("history") or ())
        items.append(
            LabelledMessage(
                raw["message"],
                raw["help"],
                raw.get("topic"),
                raw.get("kind"),
                raw.get("format"),
                raw.get("place"),
                history,
                tuple(raw.get("cited") or ()),
            )
        )
    return items


def _precision_recall(predicted: list[bool], truth: list[bool]) -> tuple[float, float]:
    tp = sum(p and t for p, t in zip(predicted, truth, strict=True))
    fp = sum(p and not t for p, t in zip(predicted, truth, strict=True))
    fn = sum(t and not p for p, t in zip(predicted, truth, strict=True))
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def sweep_threshold(
    scores: list[float], fixed: list[bool | None], truth: list[bool]
) -> tuple[float, list[tuple[float, float, float]]]:
    """The recommended threshold for the similarity probe, and the sweep behind it.

    Args:
        scores: Each message's probe score.
        fixed: The decision a pattern or the conversation made, or None where the
            similarity layer decides.
        truth: The labels.

    Returns:
        The threshold, and ``(threshold, precision, recall)`` of the whole detector for every
        candidate (the midpoints between consecutive distinct scores of the messages the
        similarity layer decides, and one beyond each end).
    """
    free = sorted({s for s, f in zip(scores, fixed, strict=True) if f is None}) or [0.0]
    candidates = (
        [free[0] - 0.05]
        + [(a + b) / 2 for a, b in zip(free, free[1:], strict=False)]
        + [free[-1] + 0.05]
    )
    sweep = []
    for threshold in candidates:
        predicted = [s >= threshold if f is None else f for s, f in zip(scores, fixed, strict=True)]
        precision, recall = _precision_recall(predicted, truth)
        sweep.append((threshold, precision, recall))

    def quality(row: tuple[float, float, float]) -> tuple[float, float]:
        p, r = row[1], row[2]
        return (round(min(p, r), 9), round(2 * p * r / (p + r) if p + r else 0.0, 9))

    best = max(quality(row) for row in sweep)
    runs: list[list[float]] = [[]]  # runs of consecutive candidates with the best quality
    for i, row in enumerate(sweep):
        if quality(row) == best:  # a run spans from the score below its first to above its last
            runs[-1] += [free[i - 1] if i else row[0], free[i] if i < len(free) else row[0]]
        elif runs[-1]:
            runs.append([])
    widest = max((run for run in runs if run), key=lambda run: run[-1] - run[0])
    return (widest[0] + widest[-1]) / 2, sweep


def evaluate_referrals(
    path: Path,
    detector: HelpDetector,
    referrer: Referrer,
    embedder: Embedder,
    *,
    echo: Callable[[str], None] | None = print,
) -> ReferralReport:
    """Run the labelled set through the detector and the referrer and report the figures.

    Args:
        path: The labelled set (``evals/referrals/labelled.yaml``).
        detector: The help-seeking detector under test.
        referrer: The referrer, built on the ingested listings and their vectors.
        embedder: Embeds the messages (one batched call), as the bot would.
        echo: Where the rendered report goes; None to stay quiet.
    """
    items = load_labelled(path)
    vectors = embedder.embed_queries([item.message for item in items])
    truth = [item.help for item in items]
    decisions = [
        detector.detect(it.message, it.history, v) for it, v in zip(items, vectors, strict=True)
    ]
    predicted = [d.help_seeking for d in decisions]
    precision, recall = _precision_recall(predicted, truth)
    scores = [detector.score(v) for v in vectors]
    fixed = [None if d.layer == "similarity" else d.help_seeking for d in decisions]
    recommended, sweep = sweep_threshold(scores, fixed, truth)
    rec_pred = [s >= recommended if f is None else f for s, f in zip(scores, fixed, strict=True)]
    alone = _precision_recall([s >= recommended for s in scores], truth)
    misses = [
        f"{'false positive' if d.help_seeking else 'missed request'}: {it.message!r} "
        f"({d.layer}: {d.reason})"
        for it, d in zip(items, decisions, strict=True)
        if d.help_seeking != it.help
    ]
    topic_hits = topic_n = constraint_hits = constraint_n = 0
    for item, vector in zip(items, vectors, strict=True):
        if not item.help:
            continue
        result = referrer.refer(item.message, item.history, np.asarray(vector), item.cited)
        if item.topic:
            topic_n += 1
            top = referrer.listing(result.referrals[0].id) if result.referrals else None
            if top is not None and item.topic in top.topics:
                topic_hits += 1
            else:
                got = f"{top.id} {list(top.topics)}" if top else "nothing"
                misses.append(
                    f"topic: {item.message!r} wants {item.topic}, got {got} "
                    f"(inferred {result.topic})"
                )
        for name in ("kind", "format", "place"):
            want = getattr(item, name)
            if want is None:
                continue
            constraint_n += 1
            c = result.constraints
            got_value = {
                "kind": c.kinds,
                "format": c.format,
                "place": c.place.name if c.place else None,
            }[name]
            if want in c.kinds if name == "kind" else want == got_value:
                constraint_hits += 1
            else:
                misses.append(f"{name}: {item.message!r} wants {want}, read {got_value}")
    report = ReferralReport(
        n=len(items),
        precision=precision,
        recall=recall,
        topic_accuracy=topic_hits / topic_n if topic_n else 1.0,
        topic_n=topic_n,
        constraint_accuracy=constraint_hits / constraint_n if constraint_n else 1.0,
        constraint_n=constraint_n,
        threshold=detector.threshold,
        recommended_threshold=recommended,
        recommended=_precision_recall(rec_pred, truth),
        probe_alone=alone,
        sweep=sweep,
        misses=misses,
    )
    if echo is not None:
        echo(report.render())
    return report
