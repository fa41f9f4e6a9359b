"""The safety screen's classifier layer: a kernel classifier over the message's embedding.

The similarity layer (:mod:`guidebot.safety`) compares a message with a few hundred
exemplars and asks whether its nearest crisis ones beat its nearest benign ones, so it
generalises only as far as a handful of neighbours reach. This layer weighs *every*
labelled message we have, crisis and benign: a support-vector machine with an RBF kernel
over the unit-normalised all-MiniLM-L6-v2 embeddings,

    score(x) = sum_i alpha_i * exp(-gamma * |x - s_i|^2) + b,

where the ``s_i`` are the training messages that sit on the boundary (support vectors)
and ``alpha_i`` is positive for crisis ones and negative for benign ones. It fires when
the score reaches a threshold. Training data: the exemplars, the training sets written
for it (``data/safety_training_*.yaml``), the help detector's exemplars (ordinary visitor
messages) and the held-out sets already scored and retired
(``evals/safety/holdout{,2,3}.yaml``); see :data:`EXEMPLAR_SOURCES`, :data:`BENIGN_SOURCES`
and :data:`LABELLED_SOURCES`.

Why a kernel machine: on a held-out set written blind to all of the above
(``evals/safety/holdout4.yaml``) the nearest-neighbour layer plus patterns caught 76% of
crisis messages and flagged 15% of benign ones; cross-validated on the training data,
this kernel reaches an ROC AUC of 0.94 against 0.89 for logistic regression and 0.92 for a
small neural network (``guidebot safety-train`` prints its figures).

Weights are trained offline by ``guidebot safety-train`` and shipped in
``data/safety_classifier.npz`` (support vectors in float16, about 1 MB), so start-up
embeds nothing and a message costs one matrix-vector product. The file records the
embedding model, a digest of the training rows and the threshold chosen from
cross-validation; a test checks that the shipped file matches the training data in the
repository.

Limits: the embedding model reads English. On other languages its vectors are noise, so
:func:`applies` keeps this layer to messages that look English (and at least
:data:`MIN_WORDS` words long: shorter follow-ups are the context layer's). Messages in the
13 other languages the rules know (:mod:`guidebot.safety_rules.intl`) are read through
their rough English from a glossary (:mod:`guidebot.gloss`) instead.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources as package_files
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import yaml

from guidebot.errors import CorpusError
from guidebot.ports import Embedder

PACKAGED = "data/safety_classifier.npz"
# The training data, relative to the repository root: exemplar-shaped files (crisis groups
# and a benign list), then retired held-out sets (labelled-set rows).
EXEMPLAR_SOURCES = (
    "src/guidebot/data/safety_exemplars.yaml",
    "src/guidebot/data/safety_training_a.yaml",
    "src/guidebot/data/safety_training_b.yaml",
    "src/guidebot/data/safety_training_c.yaml",
    "src/guidebot/data/safety_training_d.yaml",
    "src/guidebot/data/safety_training_e.yaml",
    "src/guidebot/data/safety_training_f.yaml",
    "src/guidebot/data/safety_training_g.yaml",
    "src/guidebot/data/safety_training_h.yaml",
    "src/guidebot/data/safety_training_i.yaml",
)
# Files of ordinary messages (every list in them is benign for the screen): the help
# detector's exemplars are the plainest visitor traffic we have.
BENIGN_SOURCES = ("src/guidebot/data/help_exemplars.yaml",)
# Sources of ordinary traffic. They teach the classifier what plain questions look like,
# but would dilute the false-positive budget (MAX_CV_FPR) with easy rows, so the threshold is
# chosen on the other (hard) benign rows only.
ORDINARY = ("safety_training_d", "help_exemplars")
LABELLED_SOURCES = (
    "evals/safety/holdout.yaml",
    "evals/safety/holdout2.yaml",
    "evals/safety/holdout3.yaml",
    "evals/safety/holdout10.yaml",
    "evals/safety/holdout11.yaml",
)
# The evaluation sets: a training row that is a near-copy of one of their messages (cosine
# >= NEAR_COPY) is left out of training, so their figures stay a measure of generalisation.
EVAL_SOURCES = (
    "evals/safety/labelled.yaml",
    "evals/safety/holdout4.yaml",
    "evals/safety/holdout5.yaml",
    "evals/safety/holdout6.yaml",
    "evals/safety/holdout7.yaml",
    "evals/safety/holdout8.yaml",
    "evals/safety/holdout9.yaml",
    "evals/safety/holdout12.yaml",
    "evals/safety/holdout13.yaml",
    "evals/safety/holdout14.yaml",
    "evals/safety/holdout15.yaml",
    "evals/safety/holdout16.yaml",
    "evals/safety/holdout17.yaml",
    "evals/safety/holdout18.yaml",
    "evals/safety/holdout19.yaml",
    "evals/safety/holdout20.yaml",
    "evals/safety/holdout21.yaml",
    "evals/safety/holdout22.yaml",
)
NEAR_COPY = 0.9
MIN_WORDS = 3
CATEGORY_NEIGHBOURS = 5  # crisis rows that vote on a decision's category
DEFAULT_C = 3.0  # chosen by cross-validated AUC over C in {1, 3, 10}, gamma in {0.5, 1, 2}
DEFAULT_GAMMA = 1.0
# The threshold: the lowest score at which out-of-fold false positives on the training
# benign rows (after the patterns, and with the screen's DISOWNED_MARGIN) stay within this
# share. The hidden set's bar is 10%, but fresh blind sets written to be hard have always flagged
# more than this estimate (12-22% at first scoring, against 10% out of fold), so the budget sits
# below the bar. History: 0.09 until set E (+0.20 then missed 2-3 more crisis messages in each of
# holdout4-6 than +0.15 to +0.17); 0.10 with sets A-E (+0.16); 0.08 since sets F-I (ordinary and
# heavy-feeling benign rows, indirect and messy crisis rows). With them, 0.10 chose -0.01, which
# flagged 16% of holdout14's benign messages against 11% at +0.14 (the rules of that day), for no
# crisis message more on the English development sets; 0.08 chose +0.14, and +0.13 once
# holdout14 to holdout17 joined EVAL_SOURCES.
MAX_CV_FPR = 0.08
FOLDS = 5

# Function words that are English and not also common words of the languages visitors most
# often write in otherwise (so no "a", "me", "in", "so", "do", "i").
_ENGLISH = re.compile(
    r"\b(?:the|and|you|your|my|i'm|im|i've|ive|i'd|it's|its|that|this|what|how|don't|dont|not|just|"
    r"have|with|for|he|she|her|him|they|can|can't|cant|was|but|if|get|got|been|would|feel|want|"
    r"know|like|about|when|because|anymore|really|think|of|is|it|to|at|we|or)\b"
)


def applies(message: str) -> bool:
    """Whether the layer reads this message: long enough, and English as far as we can tell."""
    words = message.lower().split()
    if len(words) < MIN_WORDS:
        return False
    return len(_ENGLISH.findall(message.lower())) >= max(1, len(words) // 8)


@dataclass(frozen=True)
class TrainingRow:
    """One labelled message: ``label`` is 1 for any crisis category, 0 for benign.

    ``id`` is ``"<file stem>#<row>"``, counted from 0 in the order :func:`training_rows` reads.
    """

    id: str
    text: str
    label: int
    category: str = "none"  # the crisis category for crisis rows


@dataclass(frozen=True)
class ClassifierScore:
    """The layer's view of one message (ids, not texts)."""

    score: float
    nearest_crisis: str
    nearest_crisis_similarity: float
    category: str | None  # the crisis category its nearest crisis rows vote for


@dataclass(frozen=True)
class SafetyClassifier:
    """A trained kernel classifier; see the module docstring for the formula.

    Attributes:
        support: Support vectors, one unit row each.
        alpha: Their signed weights (positive: crisis).
        support_ids: Their training-row ids, for explaining a decision.
        support_categories: Their categories (``none`` for benign ones).
        bias: The intercept ``b``.
        gamma: The kernel width.
        threshold: The score at or above which the layer fires.
        meta: Model name, training digest, counts and cross-validated figures.
    """

    support: np.ndarray
    alpha: np.ndarray
    support_ids: tuple[str, ...]
    support_categories: tuple[str, ...]
    bias: float
    gamma: float
    threshold: float
    meta: dict[str, object]

    @property
    def model(self) -> str:
        return str(self.meta.get("model", ""))

    @property
    def digest(self) -> str:
        return str(self.meta.get("digest", ""))

    def score(self, vector: np.ndarray) -> ClassifierScore:
        """The decision score for one message vector (normalised here)."""
        v = np.asarray(vector, dtype=np.float32).reshape(-1)
        norm = float(np.linalg.norm(v))
        cosine = self.support @ (v / norm if norm else v)
        kernel = np.exp(-self.gamma * np.maximum(2.0 - 2.0 * cosine, 0.0))
        crisis = np.where(self.alpha > 0, cosine, -np.inf)
        best = int(np.argmax(crisis))
        return ClassifierScore(
            score=float(self.alpha @ kernel + self.bias),
            nearest_crisis=self.support_ids[best],
            nearest_crisis_similarity=float(cosine[best]),
            category=self._vote(crisis),
        )

    def _vote(self, crisis_cosine: np.ndarray) -> str | None:
        """The category of the nearest crisis rows, weighted by similarity.

        On the crisis items of the evaluation sets this names the category better than the
        single nearest exemplar (labelled 0.89 against 0.86, holdout4 0.92 against 0.82).
        """
        k = min(CATEGORY_NEIGHBOURS, int(np.isfinite(crisis_cosine).sum()))
        if not k or not self.support_categories:
            return None
        top = np.argpartition(-crisis_cosine, k - 1)[:k]
        votes: dict[str, float] = {}
        for i in top:
            category = self.support_categories[i]
            votes[category] = votes.get(category, 0.0) + float(np.exp(8.0 * crisis_cosine[i]))
        return max(votes, key=lambda c: votes[c])

    def save(self, path: Path) -> None:
        """Write the ``.npz`` file (support vectors as float16)."""
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            support=self.support.astype(np.float16),
            alpha=self.alpha.astype(np.float32),
            support_ids=np.array(self.support_ids),
            support_categories=np.array(self.support_categories),
            header=np.array(
                json.dumps({"bias": self.bias, "gamma": self.gamma, "threshold": self.threshold, **self.meta})
            ),
        )
        path.write_bytes(buffer.getvalue())

    @classmethod
    def read(cls, data: bytes, where: str | Path) -> SafetyClassifier:
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as npz:
                header = json.loads(str(npz["header"]))
                support = npz["support"].astype(np.float32)
                alpha = npz["alpha"].astype(np.float32)
                ids = tuple(str(i) for i in npz["support_ids"])
                categories = tuple(str(c) for c in npz["support_categories"])
            return cls(
                support=support,
                alpha=alpha,
                support_ids=ids,
                support_categories=categories,
                bias=float(header.pop("bias")),
                gamma=float(header.pop("gamma")),
                threshold=float(header.pop("threshold")),
                meta=header,
            )
        except (ValueError, KeyError, TypeError, OSError) as exc:
            raise CorpusError(
                where, f"not a safety classifier file ({exc})", "re-create it: guidebot safety-train"
            ) from None


def load_classifier(path: Path | None = None) -> SafetyClassifier:
    """The shipped classifier, or the one at ``path``."""
    if path is None:
        return SafetyClassifier.read(
            package_files.files("guidebot").joinpath(PACKAGED).read_bytes(), f"guidebot/{PACKAGED}"
        )
    return SafetyClassifier.read(path.read_bytes(), path)


# --------------------------------------------------------------------------- training


def training_rows(root: Path) -> list[TrainingRow]:
    """Every training message under the repository ``root``, in a fixed order.

    Exemplar-shaped and labelled files are read by the readers the screen and its eval use
    (imported here: :mod:`guidebot.safety` imports this module), so a malformed file fails
    the same way, naming the file.
    """
    from guidebot.safety import load_exemplars
    from guidebot.safety_eval import load_labelled

    rows: list[TrainingRow] = []
    counts: dict[str, int] = {}

    def add(source: str, text: object, category: str) -> None:
        stem = Path(source).stem
        counts[stem] = counts.get(stem, 0) + 1
        rows.append(TrainingRow(f"{stem}#{counts[stem] - 1}", str(text), int(category != "none"), category))

    for rel in EXEMPLAR_SOURCES:
        crisis, benign = load_exemplars(root / rel)
        for _, category, text in crisis:
            add(rel, text, category)
        for _, text in benign:
            add(rel, text, "none")
    for rel in BENIGN_SOURCES:
        for texts in (yaml.safe_load((root / rel).read_text(encoding="utf-8")) or {}).values():
            for text in texts or ():
                add(rel, text, "none")
    for rel in LABELLED_SOURCES:
        for item in load_labelled(root / rel):
            # An item with earlier turns is labelled for its conversation ("anyway, which coach is
            # cheapest?" after a plan is a crisis); the classifier reads one message, so it would
            # learn that the question itself is one.
            if not item.history:
                add(rel, item.message, item.category)
    return rows


class LabelledText(Protocol):
    """A training row as :func:`digest` reads it (this module's rows and the fine-tuned reader's)."""

    @property
    def label(self) -> int: ...

    @property
    def text(self) -> str: ...


def digest(rows: Sequence[LabelledText]) -> str:
    """SHA-1 of the rows' labels and texts: what a shipped file was trained on."""
    h = hashlib.sha1()
    for row in rows:
        h.update(f"{row.label}\t{row.text}\n".encode())
    return h.hexdigest()


def unit_vectors(embedder: Embedder, texts: Sequence[str]) -> np.ndarray:
    vectors = np.asarray(embedder.embed_queries(list(texts)), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


def _svc(c: float, gamma: float) -> Any:
    """An untrained scikit-learn SVC (imported here: training needs scikit-learn, serving does not)."""
    from sklearn.svm import SVC

    return SVC(C=c, gamma=gamma, kernel="rbf", class_weight="balanced")


def out_of_fold(x: np.ndarray, y: np.ndarray, fit: Callable[[], Any], folds: int = FOLDS) -> np.ndarray:
    """Each row's score from a model trained on the other folds (stratified, seeded)."""
    rng = np.random.default_rng(7)
    fold = np.empty(len(y), dtype=int)
    for label in (0, 1):
        idx = np.flatnonzero(y == label)
        fold[rng.permutation(idx)] = np.arange(len(idx)) % folds
    scores = np.empty(len(y), dtype=np.float64)
    for k in range(folds):
        model = fit()
        model.fit(x[fold != k], y[fold != k])
        scores[fold == k] = model.decision_function(x[fold == k])
    return scores


def choose_threshold(
    scores: np.ndarray,
    y: np.ndarray,
    caught: np.ndarray,
    eligible: np.ndarray,
    max_fpr: float = MAX_CV_FPR,
    raised: np.ndarray | None = None,
) -> tuple[float, float, float]:
    """The lowest threshold whose false-positive rate, with the patterns' catches, is within ``max_fpr``.

    Args:
        scores: Out-of-fold scores.
        y: Labels.
        caught: Rows the pattern layer already flags.
        eligible: Rows the layer reads (:func:`applies`).
        max_fpr: The false-positive rate allowed on the benign rows.
        raised: How much higher each row's bar is than the threshold (the screen's
            ``DISOWNED_MARGIN`` for rows that disown harm); zeros when None.

    Returns:
        ``(threshold, recall, false-positive rate)`` at the chosen threshold.
    """
    chosen = (1.0, 0.0, 0.0)
    extra = np.zeros(len(y)) if raised is None else raised
    for t in np.round(np.arange(1.0, -1.005, -0.01), 2):  # steps of 0.01: 0.05 flipped with a dozen rows
        flagged = caught | (eligible & (scores >= t + extra))
        fpr = float(flagged[y == 0].mean())
        if fpr > max_fpr:
            break
        chosen = (float(t), float(flagged[y == 1].mean()), fpr)
    return chosen


def auc(scores: np.ndarray, y: np.ndarray) -> float:
    """ROC AUC: the chance a random crisis row outscores a random benign one."""
    pos, neg = scores[y == 1], scores[y == 0]
    ranks = np.argsort(np.argsort(np.concatenate([pos, neg]))) + 1
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def train_classifier(
    embedder: Embedder, root: Path, c: float = DEFAULT_C, gamma: float = DEFAULT_GAMMA
) -> SafetyClassifier:
    """Train on the rows under ``root``; the threshold comes from out-of-fold scores.

    Rows that are near-copies of an evaluation message (:data:`EVAL_SOURCES`) are left out
    and listed in the file's metadata.
    """
    from guidebot.safety import DISOWNED_MARGIN, SafetyScreen, disowns_harm, read_rules  # the pattern layer
    from guidebot.safety_eval import load_labelled

    read = training_rows(root)
    x = unit_vectors(embedder, [row.text for row in read])
    evaluation = [item.message for rel in EVAL_SOURCES for item in load_labelled(root / rel) if applies(item.message)]
    keep = (unit_vectors(embedder, evaluation) @ x.T).max(axis=0) < NEAR_COPY
    rows = [row for row, kept in zip(read, keep, strict=True) if kept]
    x = x[keep]
    y = np.array([row.label for row in rows])
    readings = [read_rules(row.text) for row in rows]
    caught = np.array([SafetyScreen.patterns(row.text, r) is not None for row, r in zip(rows, readings, strict=True)])
    eligible = np.array([applies(row.text) for row in rows])
    hard = np.array([row.id.split("#")[0] not in ORDINARY for row in rows])
    raised = np.array(
        [DISOWNED_MARGIN if disowns_harm(row.text, r) else 0.0 for row, r in zip(rows, readings, strict=True)]
    )
    scores = out_of_fold(x, y, lambda: _svc(c, gamma))
    threshold, recall, fpr = choose_threshold(scores[hard], y[hard], caught[hard], eligible[hard], raised=raised[hard])
    model = _svc(c, gamma).fit(x, y)
    index = model.support_
    return SafetyClassifier(
        support=x[index],
        alpha=model.dual_coef_[0].astype(np.float32),
        support_ids=tuple(rows[i].id for i in index),
        support_categories=tuple(rows[i].category for i in index),
        bias=float(model.intercept_[0]),
        gamma=gamma,
        threshold=threshold,
        meta={
            "model": getattr(embedder, "name", type(embedder).__name__),
            "digest": digest(read),
            "left_out_near_copies": [row.id for row, kept in zip(read, keep, strict=True) if not kept],
            "c": c,
            "n_crisis": int(y.sum()),
            "n_benign": int(len(y) - y.sum()),
            "cv_auc": round(auc(scores, y), 4),
            "cv_recall": round(recall, 4),
            "cv_fpr": round(fpr, 4),
            "max_cv_fpr": MAX_CV_FPR,
        },
    )
