"""The safety screen's classifier layer: the shipped file, what it reads, how it fails.

Unit tests use small synthetic classifiers; ``integration`` ones the packaged MiniLM and the
shipped ``data/safety_classifier.npz``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from guidebot.errors import CorpusError
from guidebot.safety import SafetyScreen
from guidebot.safety_classifier import (
    MIN_WORDS,
    SafetyClassifier,
    applies,
    auc,
    choose_threshold,
    digest,
    load_classifier,
    training_rows,
)
from guidebot.safety_eval import load_labelled
from guidebot.safety_rules import normalise

REPO = Path(__file__).resolve().parents[1]
EVAL_SETS = [REPO / "evals" / "safety" / name for name in ("labelled.yaml", "holdout4.yaml")]


def read(path: Path) -> list:
    """An evaluation set's items the layer reads (a "yeah" may be a training row and an eval item alike)."""
    return [item for item in load_labelled(path) if applies(item.message)]


def tiny(threshold: float = 0.0) -> SafetyClassifier:
    """Two support vectors on the first axis: crisis at +x, benign at -x."""
    support = np.array([[1.0, 0.0, 0.0], [-1.0, 0.0, 0.0]], dtype=np.float32)
    return SafetyClassifier(
        support=support,
        alpha=np.array([1.0, -1.0], dtype=np.float32),
        support_ids=("training#0", "training#1"),
        support_categories=("emergency", "none"),
        bias=0.0,
        gamma=1.0,
        threshold=threshold,
        meta={"model": "tiny", "digest": "x"},
    )


def test_the_score_is_the_kernel_sum_and_names_the_nearest_crisis_row() -> None:
    clf = tiny()
    toward_crisis = clf.score(np.array([0.9, 0.1, 0.0]))
    assert toward_crisis.score > 0 and toward_crisis.nearest_crisis == "training#0"
    assert clf.score(np.array([-1.0, 0.0, 0.0])).score == pytest.approx(np.exp(-4.0) - 1.0, abs=1e-4)
    assert clf.score(np.array([0.0, 0.0, 2.0])).score == pytest.approx(0.0, abs=1e-6)  # equidistant


def test_a_classifier_survives_a_round_trip_through_its_file(tmp_path: Path) -> None:
    path = tmp_path / "clf.npz"
    tiny(0.25).save(path)
    back = load_classifier(path)
    assert back.threshold == 0.25 and back.support_ids == ("training#0", "training#1")
    assert back.meta == {"model": "tiny", "digest": "x"}
    assert back.score(np.array([1.0, 0.0, 0.0])).score == pytest.approx(tiny().score(np.array([1.0, 0, 0])).score)


def test_a_broken_classifier_file_says_how_to_make_a_new_one(tmp_path: Path) -> None:
    path = tmp_path / "clf.npz"
    path.write_bytes(b"not a zip")
    with pytest.raises(CorpusError) as caught:
        load_classifier(path)
    assert str(path) in str(caught.value) and "guidebot safety-train" in str(caught.value)


@pytest.mark.parametrize(
    ("message", "reads"),
    [
        ("i cant do this anymore", True),
        ("been sat in the garage trying to work out if the exhaust thing still works", True),
        ("yeah", False),  # a follow-up: the context layer reads it with its history
        ("lol no", False),
        ("me siento muy solo desde que mi novia se fue", False),
        ("Meine Freundin hat Schluss gemacht und ich grüble den ganzen Tag", False),
        ("Mon père est mort il y a deux ans et je n'arrive pas à en parler", False),
    ],
)
def test_the_layer_reads_english_messages_of_a_few_words(message: str, reads: bool) -> None:
    assert applies(message) is reads
    assert MIN_WORDS == 3


def test_the_threshold_is_the_lowest_within_the_false_positive_budget() -> None:
    y = np.array([1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    scores = np.array([0.9, 0.4, -0.3, 0.5, 0.0, -0.5, -0.6, -0.7, -0.8, -0.9, -0.9, -0.9, -0.9])
    none = np.zeros(len(y), dtype=bool)
    everyone = np.ones(len(y), dtype=bool)
    threshold, recall, fpr = choose_threshold(scores, y, none, everyone, max_fpr=0.1)
    assert (threshold, recall, fpr) == (0.01, pytest.approx(2 / 3), pytest.approx(0.1))  # 0.0 lets in 0.2
    assert auc(scores, y) == pytest.approx(27 / 30)  # the 0.4 crisis loses to the 0.5 benign, -0.3 to two


def test_training_rows_are_read_in_a_fixed_order_with_ids() -> None:
    rows = training_rows(REPO)
    assert rows == training_rows(REPO)
    assert rows[0].id == "safety_exemplars#0" and rows[0].label == 1
    assert len({r.id for r in rows}) == len(rows)
    assert {r.label for r in rows} == {0, 1}


def test_the_shipped_classifier_was_trained_on_the_training_rows_in_the_repository() -> None:
    shipped = load_classifier()
    assert shipped.digest == digest(training_rows(REPO)), (
        "the training files changed since the classifier was trained: run `guidebot safety-train`"
    )
    assert shipped.model == "all-MiniLM-L6-v2"
    ids = {row.id for row in training_rows(REPO)}
    assert set(shipped.support_ids) <= ids


def test_no_evaluation_message_is_a_training_row() -> None:
    training = {normalise(row.text) for row in training_rows(REPO)}
    for path in EVAL_SETS:
        leaked = [item.id for item in read(path) if normalise(item.message) in training]
        assert not leaked, f"{path.name}: {leaked}"


def test_an_embedder_it_was_not_trained_with_gets_no_classifier(hashing) -> None:
    screen = SafetyScreen(hashing)
    assert screen.classifier is None
    assert "nearest exemplars" in screen.describe()


@pytest.mark.integration
def test_no_evaluation_message_is_a_near_copy_of_a_support_vector(minilm) -> None:
    shipped = load_classifier()
    for path in EVAL_SETS:
        items = read(path)
        vectors = np.asarray(minilm.embed_queries([i.message for i in items]), dtype=np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        similarity = vectors @ shipped.support.T
        worst = np.unravel_index(int(np.argmax(similarity)), similarity.shape)
        assert similarity[worst] < 0.9, (path.name, items[worst[0]].id, shipped.support_ids[worst[1]])


@pytest.mark.integration
def test_the_screen_uses_the_shipped_classifier_with_the_packaged_model(minilm) -> None:
    screen = SafetyScreen(minilm)
    assert screen.classifier is not None
    assert "classifier (threshold " in screen.describe()
