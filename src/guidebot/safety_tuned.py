"""The safety screen's second reader: all-MiniLM-L6-v2, fine-tuned to tell a crisis from a figure of speech.

The rules (:mod:`guidebot.safety_rules`) read words; on messages written fresh they fire on
figures of speech they were never shown ("the lads were suicidal in the changing room
haha", "is it true that asking someone if they're suicidal puts the idea in their head?",
"I wrote a goodbye letter to my late father"). On the blind sets written in the session that
built this layer, 17 of the 25 false positives were such rule hits. The kernel classifier
(:mod:`guidebot.safety_classifier`) cannot overrule them: it reads a frozen embedding, in
which "the lads were suicidal" sits close to "I am suicidal".

This layer fine-tunes the embedding model itself to tell the two apart. Low-rank adapters
(LoRA, rank :data:`RANK`) on every linear map of the model's six transformer layers, and
one logistic unit over the mean-pooled, unit-normalised output, are trained on every
labelled English message we have (:func:`tuned_rows`); the base weights stay as packaged.
The adapters ship in ``data/safety_tuned.npz`` (float16, about 0.7 MB) and are merged into a
copy of the loaded model once per process, so an English message costs one more forward
pass of the model (about one query embedding; scores are remembered per text).

How the screen uses it (:mod:`guidebot.safety`): a rule's or the classifier's hit on an
English message stands unless this model scores the message below
:data:`~guidebot.safety.VETO_BELOW`, far under its crisis range, and the sentence the hit came
from below :data:`~guidebot.safety.VETO_SENTENCE_BELOW`; then the hit is set aside as a figure
of speech and the later layers decide. And where nothing else fired, it fires on its own at
:data:`~guidebot.safety.TUNED_AT` (a crisis told inside an ordinary request: "could you suggest
a mentor for my nephew? I won't be here to look out for him after this month"). Only messages
the screen reads as English are scored; the model never sees other languages.

What it trained on: the kernel classifier's rows plus :data:`EXTRA_SOURCES`, the retired blind
sets, so those sets no longer measure it. Session 9 retrained it with holdout18 to holdout48
added (12,585 rows against 8,049): on holdout49-64, which neither model saw, ROC AUC over the
single English messages rose from 0.9972 to 0.9989 and the 99th percentile of the benign
messages' scores fell from +2.6 to +0.7. Its thresholds were chosen on holdout49-64 with that
model; then holdout49-64 joined too (14,885 rows), thresholds unchanged. Session 10 added
holdout65-80 (about 17,200 rows) once their misses had been read. ``labelled.yaml`` and
``holdout81`` on are not training rows: they measure it.

Training (``guidebot safety-tune``) takes about 40 minutes on two otherwise idle CPU cores (32
for 14,885 rows; 17,200 rows took an hour beside other jobs); serving needs only torch and
transformers, which sentence-transformers already brings.
"""

from __future__ import annotations

import copy
import io
import json
import math
import random
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as package_files
from pathlib import Path
from typing import Any

import numpy as np

from guidebot.errors import CorpusError
from guidebot.safety_classifier import digest

PACKAGED = "data/safety_tuned.npz"
MODEL = "all-MiniLM-L6-v2"
RANK = 8
LORA_ALPHA = 16.0  # the adapters' output is scaled by LORA_ALPHA / RANK
HEAD_SCALE = 10.0  # the logistic unit reads 10 x the unit vector (cosine-sized inputs learn slowly)
TRAIN_TOKENS = 128  # longer messages are cut here in training only
EPOCHS = 3
LEARNING_RATE = 1e-3
BATCH = 32
SEED = 0
# Labelled sets that train this layer besides the classifier's rows (the kernel classifier
# keeps them for evaluation): the blind sets retired when it was trained, a fixed list, so blind
# sets added to EVAL_SOURCES later do not change what it trained on. Not labelled.yaml: the
# screen's own figures are measured there. holdout18-64 joined in session 9 and holdout65-80 in
# session 10 (they had been read item by item, so they no longer measured anything).
EXTRA_SOURCES = (
    *(f"evals/safety/holdout{n}.yaml" for n in (4, 5, 6, 7, 8, 9, *range(12, 81))),
    "evals/safety/long-messages.yaml",
)
_MEMO = 1024  # texts whose scores TunedModel keeps
# The linear maps of a BERT layer that get adapters, by attribute path.
_TARGETS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


@dataclass(frozen=True)
class TunedRow:
    text: str
    label: int


@dataclass
class TunedModel:
    """The adapters and the logistic unit; :meth:`scores` reads messages with them.

    Attributes:
        adapters: ``"<layer>.<target>.a"`` (rank x in) and ``".b"`` (out x rank) arrays.
        weight: The logistic unit's weights (384).
        bias: Its intercept.
        meta: Model name, training digest, row counts, epochs.
    """

    adapters: dict[str, np.ndarray]
    weight: np.ndarray
    bias: float
    meta: dict[str, object]
    _encoder: Any = field(default=None, repr=False, compare=False)
    _memo: OrderedDict[str, float] = field(default_factory=OrderedDict, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def digest(self) -> str:
        return str(self.meta.get("digest", ""))

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """The logit for each text: above 0 reads as a crisis, far below it as anything but.

        The last :data:`_MEMO` texts' scores are kept: the screen asks about one message more
        than once (to set a rule aside, then to fire on its own), and every request resends
        the conversation's earlier turns.
        """
        if not texts:
            return np.zeros(0, dtype=np.float32)
        with self._lock:
            known = {t: self._memo[t] for t in texts if t in self._memo}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            import torch

            with self._lock, torch.no_grad():
                tokenizer, encoder = self._merged()  # under the lock: two first requests merge once
                for start in range(0, len(missing), 32):
                    batch = missing[start : start + 32]
                    vectors = _pooled(tokenizer, encoder, batch, 256)
                    logits = (vectors.numpy() * HEAD_SCALE) @ self.weight + self.bias
                    known.update(zip(batch, logits.tolist(), strict=True))
                self._memo.update((t, known[t]) for t in missing)
                while len(self._memo) > _MEMO:
                    self._memo.popitem(last=False)
        return np.array([known[t] for t in texts], dtype=np.float32)

    def forget(self) -> None:
        """Drop the remembered scores (benchmarks measure the forward pass itself)."""
        with self._lock:
            self._memo.clear()

    def _merged(self) -> tuple[Any, Any]:
        """A copy of the packaged model with the adapters folded into its weights (made once; call under the lock)."""
        if self._encoder is None:
            import torch

            from guidebot.backends.embedders import load_minilm

            transformer = load_minilm()[0]
            encoder = copy.deepcopy(transformer.auto_model).eval()
            scale = LORA_ALPHA / RANK
            with torch.no_grad():
                for n, layer in enumerate(encoder.encoder.layer):
                    for target in _TARGETS:
                        linear = _attr(layer, target)
                        a = torch.from_numpy(self.adapters[f"{n}.{target}.a"].astype(np.float32))
                        b = torch.from_numpy(self.adapters[f"{n}.{target}.b"].astype(np.float32))
                        linear.weight += scale * (b @ a)
            self._encoder = (transformer.tokenizer, encoder)
        return self._encoder

    def save(self, path: Path) -> None:
        """Write the ``.npz`` file (adapters as float16)."""
        arrays: dict[str, Any] = {f"adapter:{k}": v.astype(np.float16) for k, v in self.adapters.items()}
        arrays["weight"] = self.weight.astype(np.float32)
        arrays["header"] = np.array(json.dumps({"bias": self.bias, **self.meta}))
        buffer = io.BytesIO()
        np.savez_compressed(buffer, **arrays)
        path.write_bytes(buffer.getvalue())

    @classmethod
    def read(cls, data: bytes, where: str | Path) -> TunedModel:
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as npz:
                header = json.loads(str(npz["header"]))
                adapters = {
                    k.split(":", 1)[1]: npz[k].astype(np.float32) for k in npz.files if k.startswith("adapter:")
                }
                weight = npz["weight"].astype(np.float32)
            missing = [
                f"{n}.{t}.{m}" for n in range(6) for t in _TARGETS for m in "ab" if f"{n}.{t}.{m}" not in adapters
            ]
            if missing:
                raise KeyError(f"adapters missing: {', '.join(missing[:3])}")
            return cls(adapters=adapters, weight=weight, bias=float(header.pop("bias")), meta=header)
        except (ValueError, KeyError, TypeError, OSError) as exc:
            raise CorpusError(
                where, f"not a fine-tuned safety model file ({exc})", "re-create it: guidebot safety-tune"
            ) from None


@lru_cache(maxsize=1)
def load_tuned(path: Path | None = None) -> TunedModel:
    """The shipped model (or the one at ``path``), read once per process."""
    if path is None:
        return TunedModel.read(package_files.files("guidebot").joinpath(PACKAGED).read_bytes(), f"guidebot/{PACKAGED}")
    return TunedModel.read(path.read_bytes(), path)


# --------------------------------------------------------------------------- training


def tuned_rows(root: Path) -> list[TunedRow]:
    """The classifier's training rows, then the English single messages of :data:`EXTRA_SOURCES`."""
    from guidebot.safety_classifier import applies, training_rows
    from guidebot.safety_eval import load_labelled

    rows = [TunedRow(row.text, row.label) for row in training_rows(root)]
    for rel in EXTRA_SOURCES:
        for item in load_labelled(root / rel):
            if not item.history and applies(item.message):
                rows.append(TunedRow(item.message, int(item.category != "none")))
    return rows


def train_tuned(
    root: Path,
    progress: Callable[[int, int, float], None] | None = None,
    *,
    rows: Sequence[TunedRow] | None = None,
    epochs: int = EPOCHS,
) -> TunedModel:
    """Fine-tune the adapters and the unit on :func:`tuned_rows` (seeded; about 40 minutes on 2 cores).

    ``progress(step, steps, loss)`` is called after every batch; ``rows`` replaces the
    repository's rows (tests).
    """
    import torch
    from torch import nn

    from guidebot.backends.embedders import load_minilm

    rows = list(rows) if rows is not None else tuned_rows(root)
    torch.manual_seed(SEED)
    shuffle = random.Random(SEED)
    transformer = load_minilm()[0]
    tokenizer, encoder = transformer.tokenizer, copy.deepcopy(transformer.auto_model)
    for p in encoder.parameters():
        p.requires_grad_(False)
    adapters: dict[str, Any] = {}
    for n, layer in enumerate(encoder.encoder.layer):
        for target in _TARGETS:
            parent, _, name = target.rpartition(".")
            adapter = _lora(_attr(layer, target))
            setattr(_attr(layer, parent), name, adapter)
            adapters[f"{n}.{target}"] = adapter
    head = nn.Linear(encoder.config.hidden_size, 1)
    params = [p for a in adapters.values() for p in (a.a, a.b)] + list(head.parameters())
    optimiser = torch.optim.AdamW(params, lr=LEARNING_RATE, weight_decay=0.01)
    steps = math.ceil(len(rows) / BATCH) * epochs
    warmup = max(1, int(0.06 * steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / warmup) * max(0.0, (steps - s) / steps)
    )
    positives = sum(row.label for row in rows)
    weight = torch.tensor((len(rows) - positives) / max(1, positives))
    encoder.train()
    order: list[int] = []
    for step in range(1, steps + 1):
        if not order:
            order = list(range(len(rows)))
            shuffle.shuffle(order)
        batch, order = order[:BATCH], order[BATCH:]
        vectors = _pooled(tokenizer, encoder, [rows[i].text for i in batch], TRAIN_TOKENS)
        logits = head(vectors * HEAD_SCALE).squeeze(-1)
        labels = torch.tensor([float(rows[i].label) for i in batch])
        loss = nn.functional.binary_cross_entropy_with_logits(logits, labels, pos_weight=weight)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        schedule.step()
        if progress is not None:
            progress(step, steps, float(loss.item()))
    return TunedModel(
        adapters={
            f"{key}.{m}": getattr(adapter, m).detach().numpy().copy() for key, adapter in adapters.items() for m in "ab"
        },
        weight=head.weight.detach().numpy().reshape(-1).copy(),
        bias=float(head.bias.item()),
        meta={
            "model": MODEL,
            "digest": digest(rows),
            "n_crisis": positives,
            "n_benign": len(rows) - positives,
            "rank": RANK,
            "epochs": epochs,
            "seed": SEED,
        },
    )


def _attr(obj: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


def _pooled(tokenizer: Any, encoder: Any, texts: list[str], max_tokens: int) -> Any:
    """Mean-pooled, unit-normalised output vectors (as sentence-transformers pools this model)."""
    import torch

    encoded = tokenizer(texts, padding=True, truncation=True, max_length=max_tokens, return_tensors="pt")
    hidden = encoder(**encoded).last_hidden_state
    mask = encoded["attention_mask"].unsqueeze(-1).float()
    pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
    return torch.nn.functional.normalize(pooled, dim=-1)


def _lora_module() -> type:
    from torch import nn

    class LoRA(nn.Module):
        """``base(x) + (alpha / rank) * x A^T B^T``; B starts at zero, so training starts at the base model."""

        def __init__(self, base: nn.Linear) -> None:
            super().__init__()
            import torch

            self.base = base
            self.a = nn.Parameter(torch.randn(RANK, base.in_features) / math.sqrt(base.in_features))
            self.b = nn.Parameter(torch.zeros(base.out_features, RANK))

        def forward(self, x: Any) -> Any:
            return self.base(x) + (x @ self.a.T @ self.b.T) * (LORA_ALPHA / RANK)

    return LoRA


def _lora(base: Any) -> Any:
    """``base`` wrapped with an adapter (the class is made on first use: serving never needs it)."""
    return _lora_module()(base)
