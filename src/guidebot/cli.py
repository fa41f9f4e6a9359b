"""The ``guidebot`` command: ingest, ask, serve, and the operators' and evaluators' tools."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import SecretStr
from rich.console import Console
from rich.table import Table

from guidebot.config import Settings
from guidebot.errors import ConfigError, CorpusError, GuidebotError, OperatorError

app = typer.Typer(
    help="guidebot: answers from the Men's Work Directory's guides, with citations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)
out = Console()

CorpusOpt = Annotated[
    Path | None, typer.Option("--corpus", help="Corpus folder (default: GUIDEBOT_CORPUS_DIR or ./corpus).")
]
DataOpt = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Data folder for the embedded index (default: GUIDEBOT_DATA_DIR or ./data)."),
]


def settings_from(corpus: Path | None = None, data_dir: Path | None = None, **overrides: Any) -> Settings:
    values: dict[str, Any] = {k: v for k, v in overrides.items() if v is not None}
    if corpus is not None:
        values["corpus_dir"] = corpus
    if data_dir is not None:
        values["data_dir"] = data_dir
    return Settings(**values)


def fail(exc: GuidebotError) -> None:
    label = "corpus error" if isinstance(exc, CorpusError) else "error"
    console.print(f"[bold red]{label}:[/] {exc}", highlight=False, soft_wrap=True)
    raise typer.Exit(2 if isinstance(exc, OperatorError) else 3)


def _quiet_libraries() -> None:
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    for name in ("chromadb", "httpx", "sentence_transformers", "transformers"):
        logging.getLogger(name).setLevel(logging.WARNING)
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except ImportError:
        pass


def start_long_running(settings: Settings, secret: SecretStr | None, missing: str) -> tuple[Any, str]:
    """Start-up shared by the long-running bots (``guidebot slack``, ``guidebot discord run``):
    log to stderr, refuse to start without the platform's secret, and load the model and the
    index now rather than on the first message. Returns the bot and the secret's value.

    Raises:
        ConfigError: the secret is not set (``missing`` says where to get it).
    """
    from guidebot.bot import build_bot

    _quiet_libraries()
    _log_to_stderr()
    if secret is None or not secret.get_secret_value():
        raise ConfigError(missing)
    with console.status("Loading the embedding model and the index..."):
        bot = build_bot(settings)
        bot.snapshot()
    return bot, secret.get_secret_value()


def _log_to_stderr() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@app.command()
def ingest(corpus: CorpusOpt = None, data_dir: DataOpt = None) -> None:
    """Load, validate, chunk and embed the corpus, and switch the live index to it.

    Only what changed is embedded. A broken file stops the run before anything is written,
    so the live index stays as it was.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from guidebot.backends.embedders import build_embedder
    from guidebot.bot import build_store
    from guidebot.index import ingest as run_ingest

    _quiet_libraries()
    settings = settings_from(corpus, data_dir)
    try:
        with console.status("Loading the embedding model and the index..."):
            embedder = build_embedder(settings.embedder)
            store = build_store(settings)
        with Progress(
            TextColumn("Embedding"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        ) as progress:
            task = progress.add_task("embed", total=None)
            report = run_ingest(
                settings,
                store,
                embedder,
                on_plan=lambda n: progress.update(task, total=n),
                on_progress=lambda n: progress.advance(task, n),
            )
    except GuidebotError as exc:
        fail(exc)
        return
    table = Table(title=f"Ingest {'build ' + report.build if report.changed else '(no changes)'}")
    for column in ("", "added", "updated", "deleted", "unchanged"):
        table.add_column(column, justify="right" if column else "left")
    for kind, c in report.counts.items():
        table.add_row(kind, str(c.added), str(c.updated), str(c.deleted), str(c.unchanged))
    out.print(table)
    out.print(
        f"{report.guides} guides; embedded {report.embedded} texts in {report.seconds:.1f} s; "
        f"live build {report.build}" + (f" (previous {report.previous}, kept for rollback)" if report.previous else "")
    )


@app.command()
def rollback(data_dir: DataOpt = None) -> None:
    """Point the live index back at the previous build."""
    from guidebot.bot import build_store
    from guidebot.index import rollback as run_rollback

    settings = settings_from(None, data_dir)
    try:
        build = run_rollback(build_store(settings), settings.collection_prefix)
    except GuidebotError as exc:
        fail(exc)
    out.print(f"live build is now {build}")


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The visitor's message.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract instead of text.")] = False,
    history: Annotated[Path | None, typer.Option(help="JSON file with earlier turns: [{role, content}, ...].")] = None,
    locale: Annotated[str | None, typer.Option(help="Locale for crisis resources, e.g. en-GB.")] = None,
    corpus: CorpusOpt = None,
    data_dir: DataOpt = None,
) -> None:
    """Ask one question, as a visitor would, and print the answer with its sources."""
    from pydantic import ValidationError

    from guidebot.bot import build_bot
    from guidebot.domain import ChatRequest

    _quiet_libraries()
    settings = settings_from(corpus, data_dir)
    try:
        turns = json.loads(history.read_text()) if history else []
        request = ChatRequest(message=question, history=turns, locale=locale)
    except (ValidationError, ValueError, OSError) as exc:
        console.print(f"[bold red]bad request:[/] {exc}")
        raise typer.Exit(2) from None
    try:
        response = build_bot(settings).chat(request)
    except GuidebotError as exc:
        fail(exc)
        return
    if as_json:
        sys.stdout.write(response.model_dump_json(indent=2, exclude={"meta"}) + "\n")
        return
    from guidebot.adapters.render import to_terminal

    out.print(to_terminal(response))


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    corpus: CorpusOpt = None,
    data_dir: DataOpt = None,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the API, the widget and the bots' endpoints (one process: the model loads once)."""
    import uvicorn

    from guidebot.adapters.web import create_app

    _quiet_libraries()
    _log_to_stderr()
    settings = settings_from(corpus, data_dir)
    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level, workers=1)


@app.command("calibrate-gate")
def calibrate_gate(
    path: Annotated[Path, typer.Argument(help="YAML list of {q, in_scope} cases.")] = Path(
        "evals/gate_calibration.yaml"
    ),
    corpus: CorpusOpt = None,
    data_dir: DataOpt = None,
) -> None:
    """Sweep the relevance gate's threshold over labelled questions and print the best one."""
    from guidebot.bot import build_bot
    from guidebot.evaluation import sweep_gate

    _quiet_libraries()
    settings = settings_from(corpus, data_dir)
    try:
        result = sweep_gate(build_bot(settings), path)
    except GuidebotError as exc:
        fail(exc)
        return
    table = Table(title=f"Relevance gate sweep over {path}")
    for col in ("threshold", "answered in-scope", "refused out-of-scope", "balanced accuracy"):
        table.add_column(col, justify="right")
    for row in result["rows"]:
        mark = " <" if row["threshold"] == result["best"] else ""
        table.add_row(
            f"{row['threshold']:.2f}{mark}", f"{row['tpr']:.2f}", f"{row['tnr']:.2f}", f"{row['balanced']:.3f}"
        )
    out.print(table)
    out.print(
        f"in-scope similarity min {result['in_min']:.3f}, out-of-scope max {result['out_max']:.3f}; "
        f"chosen threshold {result['best']:.2f} (midpoint of the widest best-scoring band)"
    )


@app.command("safety-eval")
def safety_eval(
    path: Annotated[Path, typer.Argument(help="Labelled messages (YAML).")] = Path("evals/safety/labelled.yaml"),
    sweep: Annotated[bool, typer.Option(help="Also sweep the similarity layer's thresholds.")] = False,
) -> None:
    """Crisis recall and false-positive rate of the safety screen, per category."""
    from guidebot.safety_eval import run_safety_eval

    _quiet_libraries()
    try:
        code = run_safety_eval(path, sweep=sweep)
    except GuidebotError as exc:
        fail(exc)
        return
    raise typer.Exit(code)


@app.command("safety-train")
def safety_train(
    root: Annotated[Path, typer.Option(help="The repository root (training files are relative to it).")] = Path("."),
    out: Annotated[Path | None, typer.Option(help="Where to write the classifier; default: the packaged file.")] = None,
) -> None:
    """Train the safety screen's classifier layer and write the file the screen loads.

    Reads the exemplars, src/guidebot/data/safety_training_*.yaml and the retired held-out
    sets; chooses the threshold from 5-fold cross-validation; prints the figures.
    """
    from guidebot.backends.embedders import build_embedder
    from guidebot.safety_classifier import PACKAGED, train_classifier

    _quiet_libraries()
    target = out or root / "src" / "guidebot" / PACKAGED
    try:
        with console.status("embedding the training rows and fitting 6 models (about a minute)"):
            classifier = train_classifier(build_embedder("minilm"), root)
    except GuidebotError as exc:
        fail(exc)
        return
    classifier.save(target)
    meta = classifier.meta
    console.print(
        f"{meta['n_crisis']} crisis + {meta['n_benign']} benign rows, {len(classifier.support_ids)} support vectors; "
        f"cross-validated AUC {meta['cv_auc']}; threshold {classifier.threshold:+.2f} "
        f"(out-of-fold with patterns: recall {meta['cv_recall']:.1%}, false positives {meta['cv_fpr']:.1%})\n"
        f"wrote {target}; now run: guidebot safety-eval evals/safety/labelled.yaml"
    )


@app.command("safety-tune")
def safety_tune(
    root: Annotated[Path, typer.Option(help="The repository root (training files are relative to it).")] = Path("."),
    out: Annotated[Path | None, typer.Option(help="Where to write the model; default: the packaged file.")] = None,
) -> None:
    """Fine-tune the safety screen's second reader (about 40 minutes on 2 idle cores).

    Trains low-rank adapters of all-MiniLM-L6-v2, seeded, on the classifier's training rows
    and the retired evaluation sets (guidebot.safety_tuned.EXTRA_SOURCES); writes the file
    the screen loads. Run it after changing those files, then: guidebot safety-eval
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from guidebot.safety_tuned import PACKAGED, train_tuned

    _quiet_libraries()
    target = out or root / "src" / "guidebot" / PACKAGED
    try:
        with Progress(
            TextColumn("Fine-tuning"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("loss {task.fields[loss]}"),
            TimeRemainingColumn(),
            console=console,
        ) as progress:
            task = progress.add_task("tune", total=None, loss="-")

            def advance(step: int, steps: int, loss: float) -> None:
                progress.update(task, completed=step, total=steps, loss=f"{loss:.3f}")

            model = train_tuned(root, advance)
    except GuidebotError as exc:
        fail(exc)
        return
    model.save(target)
    meta = model.meta
    console.print(
        f"{meta['n_crisis']} crisis + {meta['n_benign']} benign rows, {meta['epochs']} epochs; wrote {target}\n"
        "now run: guidebot safety-eval evals/safety/labelled.yaml"
    )


@app.command("referral-eval")
def referral_eval(
    path: Annotated[Path, typer.Argument(help="Labelled messages (YAML).")] = Path("evals/referrals/labelled.yaml"),
    corpus: CorpusOpt = None,
    data_dir: DataOpt = None,
) -> None:
    """Precision and recall of help-seeking detection, and topic accuracy of the top listing."""
    from guidebot.bot import build_bot
    from guidebot.referral_eval import evaluate_referrals

    _quiet_libraries()
    try:
        bot = build_bot(settings_from(corpus, data_dir))
        report = evaluate_referrals(path, bot.help_detector, bot.referrer(bot.snapshot()), bot.embedder)
    except GuidebotError as exc:
        fail(exc)
        return
    raise typer.Exit(0 if report.passed else 1)


def main() -> None:
    """Console-script entry point."""
    _register_extensions()
    app()


def _register_extensions() -> None:
    """Commands of other modules (evals, bots), each registered from its own module."""
    import importlib

    for name in ("guidebot.evaluation_cli", "guidebot.adapters.slack_cli", "guidebot.adapters.discord_cli"):
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            if exc.name and exc.name.startswith("guidebot"):
                continue
            raise
        module.register(app)


if __name__ == "__main__":
    main()
