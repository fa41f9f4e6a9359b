"""``guidebot eval``: run the question set, print the figures, write report.json and report.html.

Registered on the main CLI by :func:`register` (``guidebot.cli`` looks this module up).
Exit codes: 0 every bar holds, 1 a bar falls short (each is printed), 2 a bad question or
thresholds file, 3 guidebot failed while serving.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from guidebot.errors import GuidebotError

console = Console(stderr=True)
out = Console()
MODES = ("dense", "bm25", "hybrid")


def register(app: typer.Typer) -> None:
    """Add the ``eval`` command to the ``guidebot`` CLI."""
    app.command("eval")(evaluate)


def evaluate(
    path: Annotated[Path, typer.Argument(help="The question set (YAML), e.g. evals/questions.yaml.")],
    url: Annotated[
        str | None,
        typer.Option(help="Evaluate a running server (POST URL/v1/chat) instead of in-process."),
    ] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for report.json and report.html.")] = Path(
        "evals/reports/latest"
    ),
    compare: Annotated[
        str | None,
        typer.Option(help="Retrieval modes to compare, e.g. dense,bm25,hybrid (in-process only)."),
    ] = None,
    generator: Annotated[
        str | None,
        typer.Option(help="Answer generator: extractive or llm (default: GUIDEBOT_GENERATOR)."),
    ] = None,
    thresholds: Annotated[
        Path | None,
        typer.Option(help="Bars to enforce (default: thresholds.toml beside the questions)."),
    ] = None,
    tag: Annotated[list[str] | None, typer.Option(help="Only cases with this tag (repeatable).")] = None,
    corpus: Annotated[
        Path | None,
        typer.Option("--corpus", help="Corpus folder (default: GUIDEBOT_CORPUS_DIR or ./corpus)."),
    ] = None,
    data_dir: Annotated[
        Path | None,
        typer.Option("--data-dir", help="Data folder for the index (default: GUIDEBOT_DATA_DIR or ./data)."),
    ] = None,
) -> None:
    """Run the evaluation cases and report retrieval, citations, answers, decisions and latency.

    In-process (the default) it first brings the index up to date with the corpus (only
    what changed is embedded), then answers every case with the bot. Exits 1 when a bar of
    the thresholds file falls short.
    """
    from guidebot.cli import _quiet_libraries, fail, settings_from

    _quiet_libraries()
    if generator not in (None, "extractive", "llm"):
        console.print(f"[bold red]error:[/] --generator '{generator}' is not extractive or llm")
        raise typer.Exit(2)
    modes = [m.strip() for m in (compare or "").split(",") if m.strip()]
    unknown = [m for m in modes if m not in MODES]
    if unknown:
        names, known = ", ".join(unknown), ", ".join(MODES)
        console.print(f"[bold red]error:[/] --compare: unknown mode(s) {names}; use {known}")
        raise typer.Exit(2)
    if url and modes:
        console.print("[yellow]note:[/] --compare runs the retrieval chains in-process; with --url it is ignored")
        modes = []
    thresholds = thresholds or (path.parent / "thresholds.toml")
    try:
        settings = settings_from(corpus, data_dir, generator=generator)
        report = _run(path, settings, url, modes, thresholds, tag or [])
    except GuidebotError as exc:
        fail(exc)
        return
    out_dir.mkdir(parents=True, exist_ok=True)
    _write(report, out_dir)
    print_report(report)
    out.print(f"\nReport: [bold]{out_dir / 'report.html'}[/] (and report.json)")
    if report["bars_failed"]:
        for bar in report["bars_failed"]:
            sign = ">=" if bar["op"] == "min" else "<="
            value, limit = f"{bar['value']:.4g}", f"{bar['bar']:g}"
            out.print(f"[bold red]short:[/] {bar['metric']} = {value}, bar {sign} {limit}")
        raise typer.Exit(1)


def _run(
    path: Path, settings: Any, url: str | None, modes: list[str], thresholds: Path, tags: list[str]
) -> dict[str, Any]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from guidebot.backends.embedders import build_embedder
    from guidebot.corpus import load_guides
    from guidebot.evaluation import load_eval_cases
    from guidebot.evaluation_run import (
        CachedEmbed,
        CorpusView,
        HttpTarget,
        InProcessTarget,
        load_bars,
        run_evaluation,
    )

    guides = load_guides(settings.guides_dir, settings.site_base_url)
    corpus = CorpusView.from_guides(guides)
    cases = load_eval_cases(path, set(corpus.section_texts))
    if tags:
        cases = [c for c in cases if set(c.tags) & set(tags)]
    bars = load_bars(thresholds) if thresholds.exists() else []
    with console.status("Loading the embedding model..."):
        embedder = build_embedder(settings.embedder)
    info: dict[str, Any] = {
        "questions": str(path),
        "thresholds": str(thresholds) if bars else None,
        "generator": settings.generator,
        "url": url,
    }
    info["embedder"] = getattr(embedder, "name", "")
    grounding = CachedEmbed(embedder)
    if url:
        target: Any = HttpTarget(url)
    else:
        target = InProcessTarget(_bot(settings, embedder), modes)
        info["build"] = target.bot.snapshot().build
        grounding.prefill_from(target.bot.snapshot())
    with console.status("Warming up..."):
        target.warm_up()
    with Progress(
        TextColumn("Evaluating"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[last]}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("cases", total=len(cases), last="")

        def tick(result: dict[str, Any]) -> None:
            progress.update(task, advance=1, last=f"{result['id']} {'ok' if result['passed'] else 'FAIL'}")

        return run_evaluation(cases, target, corpus, grounding, bars=bars, info=info, on_case=tick)


def _bot(settings: Any, embedder: Any) -> Any:
    """A bot over an index brought up to date with the corpus (a no-op when nothing changed)."""
    from guidebot.bot import build_bot, build_store
    from guidebot.evaluation_run import QueryMemo
    from guidebot.index import ingest

    store = build_store(settings)
    with console.status("Bringing the index up to date with the corpus..."):
        ingest(settings, store, embedder)
    return build_bot(settings, embedder=QueryMemo(embedder), store=store)


def report_json(report: dict[str, Any]) -> str:
    """The report as JSON: the summary indented, then one line per case (small, diffable)."""
    head = json.dumps({k: v for k, v in report.items() if k != "cases"}, indent=1, ensure_ascii=False)
    cases = ",\n".join(json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in report["cases"])
    return f'{head[:-2]},\n "cases": [\n{cases}\n ]\n}}\n'


def _write(report: dict[str, Any], out_dir: Path) -> None:
    from guidebot.evaluation_html import render_report

    (out_dir / "report.json").write_text(report_json(report), encoding="utf-8")
    (out_dir / "report.html").write_text(render_report(report), encoding="utf-8")


def print_report(report: dict[str, Any]) -> None:
    """The figures as rich tables: summary with bars, retrieval per mode, latency, failures."""
    from guidebot.evaluation_html import METRICS, fmt

    bars = {b["metric"]: b for b in report["bars"]}
    counts = report["counts"]
    table = Table(
        title=f"guidebot eval: {counts['passed']}/{counts['cases']} cases passed "
        f"({report['meta']['target']}, {report['meta']['primary_mode']})"
    )
    for col, justify in (("metric", "left"), ("value", "right"), ("bar", "right"), ("", "left")):
        table.add_column(col, justify=justify)  # type: ignore[arg-type]
    for key, (label, kind, _what) in METRICS.items():
        if key not in report["metrics"]:
            continue
        bar = bars.get(key)
        mark = "" if not bar or bar["ok"] is None else ("[green]ok[/]" if bar["ok"] else "[bold red]SHORT[/]")
        bar_text = "" if not bar else f"{'>=' if bar['op'] == 'min' else '<='} {fmt(bar['bar'], kind)}"
        table.add_row(label, fmt(report["metrics"][key], kind), bar_text, mark)
    out.print(table)

    if len(report["retrieval"]) > 1:
        modes = Table(title="Retrieval by mode")
        for col in ("mode", "recall@1", "recall@3", "recall@5", "MRR", "cases"):
            modes.add_column(col, justify="left" if col == "mode" else "right")
        for mode, r in report["retrieval"].items():
            modes.add_row(
                mode,
                *(fmt(r[k], "dec") for k in ("recall_at_1", "recall_at_3", "recall_at_5", "mrr")),
                str(r["n"]),
            )
        out.print(modes)

    latency = Table(title="Latency (ms)")
    for col in ("stage", "p50", "p95", "n"):
        latency.add_column(col, justify="left" if col == "stage" else "right")
    for stage, v in report["latency"].items():
        latency.add_row(stage, f"{v['p50']:.1f}", f"{v['p95']:.1f}", str(v["n"]))
    out.print(latency)

    failed = [c for c in report["cases"] if not c["passed"]]
    if failed:
        fails = Table(title=f"Failed cases ({len(failed)})", show_lines=False)
        fails.add_column("id")
        fails.add_column("expected → got")
        fails.add_column("missed", overflow="fold")
        for c in failed[:40]:
            kinds = c["expect"]["kind"] + ("" if c["got"]["kind"] == c["expect"]["kind"] else f" → {c['got']['kind']}")
            fails.add_row(c["id"], kinds, "\n".join(c["missed"]))
        out.print(fails)
        if len(failed) > 40:
            out.print(f"... and {len(failed) - 40} more in the report")
