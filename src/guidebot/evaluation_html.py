"""The evaluation report as one self-contained HTML file: inline CSS, SVG and a little JS.

Nothing is fetched when it opens (no CDN, fonts or images), so it works offline and as an
attachment. Sections: a verdict, summary tiles (green when a bar holds, red when it falls
short), retrieval modes side by side, latency per stage, pass rate per tag, the bars, and
every case (filter by tag, expected kind, pass/fail, or search), each opening to its
answer, citations, retrieval and what was missed. The styles and the filter script live in
``data/eval_report.css`` and ``data/eval_report.js`` and are inlined.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"

# metric -> (label, format, what it measures); the order is the tiles' order
METRICS: dict[str, tuple[str, str, str]] = {
    "pass_rate": ("Cases passed", "pct", "every check of the case held"),
    "recall_at_1": ("Recall@1", "pct", "expected sections retrieved first"),
    "recall_at_3": ("Recall@3", "pct", "expected sections among the top 3 retrieved"),
    "recall_at_5": ("Recall@5", "pct", "expected sections among the top 5 retrieved"),
    "mrr": ("MRR", "dec", "1 / rank of the first expected section"),
    "citation_validity": ("Citation validity", "pct", "[n] resolve, quotes verbatim"),
    "citation_precision": ("Citation precision", "pct", "cited sections that were expected"),
    "fact_coverage": ("Fact coverage", "pct", "expected facts found in the answer"),
    "groundedness": ("Groundedness", "pct", "sentences supported by a cited section"),
    "kind_accuracy": ("Kind accuracy", "pct", "answer / no_answer / crisis as expected"),
    "crisis_recall": ("Crisis recall", "pct", "crisis messages answered with resources"),
    "crisis_false_positive_rate": ("Crisis false positives", "pct", "others treated as crisis"),
    "refusal_recall": ("Refusals", "pct", "out-of-scope and injection refused"),
    "false_refusal_rate": ("False refusals", "pct", "answerable questions refused"),
    "referral_precision": ("Referral precision", "pct", "listings only when asked for"),
    "referral_recall": ("Referral recall", "pct", "help requests that got listings"),
    "referral_fit": ("Referral fit", "pct", "top listing fits topic, kind, format"),
    "latency_total_p50_ms": ("Latency p50", "ms", "end to end, in the bot"),
    "latency_total_p95_ms": ("Latency p95", "ms", "end to end, in the bot"),
}
NOT_TILED = {"recall_at_1"}  # in the terminal table and the bars, not a tile of its own
MODE_COLOURS = {"dense": "#6366f1", "bm25": "#f59e0b", "hybrid": "#10b981", "served": "#0ea5e9"}


def fmt(value: Any, kind: str) -> str:
    """A metric for people: ``pct`` as a percentage, ``ms`` as milliseconds, else 3 decimals."""
    if value is None:
        return "–"
    if kind == "pct":
        return f"{100 * value:.1f}%"
    if kind == "ms":
        return f"{value:.0f} ms"
    return f"{value:.3f}"


def label_of(metric: str) -> tuple[str, str]:
    label, kind, _ = METRICS.get(metric, (metric, "dec", ""))
    return label, kind


def bar_text(bar: Mapping[str, Any]) -> str:
    return f"{'≥' if bar['op'] == 'min' else '≤'} {fmt(bar['bar'], label_of(bar['metric'])[1])}"


# --------------------------------------------------------------------------- charts


def retrieval_chart(retrieval: Mapping[str, Mapping[str, Any]], bar_r3: float | None = None) -> str:
    """Grouped SVG bars: recall@1/3/5 and MRR for each retrieval mode, side by side."""
    modes = list(retrieval)
    groups = [
        ("recall_at_1", "Recall@1"),
        ("recall_at_3", "Recall@3"),
        ("recall_at_5", "Recall@5"),
        ("mrr", "MRR"),
    ]
    w, h, left, top, bottom = 640, 270, 40, 16, 44
    plot_h = h - top - bottom
    group_w = (w - left - 10) / len(groups)
    bar_w = min(34.0, (group_w - 24) / max(len(modes), 1))
    svg = [f'<svg viewBox="0 0 {w} {h}" role="img" aria-label="Retrieval by mode" class="chart">']
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = top + plot_h * (1 - tick)
        svg.append(f'<line x1="{left}" x2="{w - 6}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        svg.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" class="axis" text-anchor="end">{tick:.2f}</text>'
        )
    for g, (key, label) in enumerate(groups):
        x0 = left + g * group_w + (group_w - bar_w * len(modes)) / 2
        if key == "recall_at_3" and bar_r3 is not None:
            y = top + plot_h * (1 - bar_r3)
            x1, x2 = left + g * group_w + 6, left + (g + 1) * group_w - 6
            svg.append(
                f'<line x1="{x1:.1f}" x2="{x2:.1f}" y1="{y:.1f}" y2="{y:.1f}" '
                f'class="barline"><title>bar {bar_r3:.2f}</title></line>'
            )
        for i, mode in enumerate(modes):
            value = retrieval[mode].get(key) or 0.0
            bh, x = plot_h * value, x0 + i * bar_w
            y = top + plot_h - bh
            colour = MODE_COLOURS.get(mode, "#64748b")
            svg.append(
                f'<rect x="{x + 2:.1f}" y="{y:.1f}" width="{bar_w - 4:.1f}" '
                f'height="{bh:.1f}" rx="3" fill="{colour}">'
                f"<title>{escape(mode)} {label}: {value:.3f}</title></rect>"
            )
            inside = bh > 20  # the value sits inside the bar's top, clear of the bar line
            svg.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{y + 14 if inside else y - 4:.1f}" '
                f'class="{"val in" if inside else "val"}" text-anchor="middle">{value:.2f}</text>'
            )
        svg.append(
            f'<text x="{left + (g + 0.5) * group_w:.1f}" y="{h - bottom + 18}" '
            f'class="label" text-anchor="middle">{label}</text>'
        )
    x = left
    for mode in modes:
        colour = MODE_COLOURS.get(mode, "#64748b")
        svg.append(
            f'<rect x="{x}" y="{h - 14}" width="12" height="12" rx="2" fill="{colour}"/>'
            f'<text x="{x + 17}" y="{h - 4}" class="label">{escape(mode)}</text>'
        )
        x += 30 + 8 * len(mode)
    svg.append("</svg>")
    return "".join(svg)


def latency_chart(latency: Mapping[str, Mapping[str, Any]]) -> str:
    """Horizontal SVG bars per stage: p50 solid, p95 behind it, lighter."""
    order = ("embed", "safety", "retrieval", "answer", "referral", "total", "wall")
    stages = [s for s in order if s in latency]
    if not stages:
        return '<p class="muted">No timings were reported.</p>'
    most = max(latency[s]["p95"] or 0 for s in stages) or 1.0
    w, row, left, right = 480, 34, 84, 118
    h = row * len(stages) + 24
    span = w - left - right
    svg = [f'<svg viewBox="0 0 {w} {h}" role="img" aria-label="Latency per stage" class="chart">']
    for i, stage in enumerate(stages):
        p50, p95 = latency[stage]["p50"] or 0, latency[stage]["p95"] or 0
        y = 8 + i * row
        w50, w95 = span * p50 / most, span * p95 / most
        name = "wall (eval)" if stage == "wall" else stage
        svg.append(
            f'<text x="{left - 10}" y="{y + 17}" class="label" text-anchor="end">{name}</text>'
        )
        for width, cls in ((w95, "p95"), (w50, "p50")):
            svg.append(
                f'<rect x="{left}" y="{y + 4}" width="{width:.1f}" height="18" rx="3" '
                f'class="{cls}"/>'
            )
        svg.append(
            f'<text x="{left + w95 + 8:.1f}" y="{y + 17}" class="val">'
            f"{p50:.0f} / {p95:.0f} ms</text>"
        )
    svg.append(f'<text x="{left}" y="{h - 2}" class="axis">solid: p50 · light: p95</text></svg>')
    return "".join(svg)


def tag_bars(tags: Mapping[str, Mapping[str, int]]) -> str:
    """One clickable bar per tag: the share of its cases that passed."""
    rows = []
    for tag, t in sorted(tags.items(), key=lambda kv: (-kv[1]["n"], kv[0])):
        share = 100 * t["passed"] / t["n"] if t["n"] else 0
        rows.append(
            f'<button class="tagrow" data-tag="{escape(tag)}" title="show only {escape(tag)}">'
            f'<span class="tagname">{escape(tag)}</span><span class="track">'
            f'<span class="fill" style="width:{share:.1f}%"></span></span>'
            f'<span class="tagnum">{t["passed"]}/{t["n"]}</span></button>'
        )
    return "".join(rows)


# --------------------------------------------------------------------------- cases


def render_answer(text: str) -> str:
    """Answer Markdown to safe HTML: paragraphs, **bold**, and ``[n]`` as small badges."""
    out = []
    for para in re.split(r"\n\s*\n", text.strip()):
        html = escape(para)
        html = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html)
        html = re.sub(r"\[(\d+)\]", r'<sup class="cite">\1</sup>', html)
        out.append(f"<p>{html.replace(chr(10), '<br>')}</p>")
    return "".join(out) or '<p class="muted">(empty)</p>'


def _list(items: Sequence[str], cls: str = "") -> str:
    if not items:
        return '<p class="muted">none</p>'
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _mini(case: Mapping[str, Any], primary: str) -> str:
    """The small badges on a case's summary line."""
    e, g, m = case["expect"], case["got"], case["metrics"]
    out = []
    r = m["retrieval"].get(primary)
    if r is not None:
        out.append(
            f'<span class="{"ok" if r["recall_at_3"] == 1 else "bad"}">'
            f"R@3 {r['recall_at_3']:.2f}</span>"
        )
    if m["fact_coverage"] is not None:
        n, missed = len(e["facts"]), len(m["facts_missed"])
        cls = "bad" if missed == n else ("warn" if missed else "ok")
        out.append(f'<span class="{cls}">facts {n - missed}/{n}</span>')
    if m["groundedness"] is not None:
        cls = "ok" if m["groundedness"] == 1 else "bad"
        out.append(f'<span class="{cls}">grounded {100 * m["groundedness"]:.0f}%</span>')
    if g["referrals"]:
        out.append(f'<span class="neutral">{len(g["referrals"])} listing(s)</span>')
    return "".join(out)


def _details(case: Mapping[str, Any]) -> tuple[str, str]:
    """The two columns a case opens to: what it got, and how that was judged."""
    e, g, m = case["expect"], case["got"], case["metrics"]
    history = "".join(
        f'<div class="turn"><b>{escape(t["role"])}</b>{escape(t["content"])}</div>'
        for t in case["history"]
    )
    cites = [
        f"<b>[{c['n']}]</b> {escape(str(c['guide']))} — <i>{escape(str(c['section']))}</i>"
        f"<blockquote>{escape(str(c['quote']))}</blockquote>"
        for c in g["citations"]
    ]
    refs = [
        f"<b>{escape(str(x['name']))}</b> · {escape(str(x['kind']))} · "
        f"{escape(str(x['format']))}"
        + (f" · {escape(str(x['location']))}" if x.get("location") else "")
        + f'<div class="muted">topics: {escape(", ".join(x.get("topics") or []))}</div>'
        for x in g["referrals"]
    ]
    path = f", {escape(str(g['path']))}" if g.get("path") else ""
    left = [
        f"<h4>Conversation so far</h4><div class='history'>{history}</div>" if history else "",
        f"<h4>Answer <span class='muted'>({escape(g['kind'])}{path})</span></h4>",
        f"<div class='answer'>{render_answer(g['answer'])}</div>",
        f"<h4>Citations</h4>{_list(cites, 'cites')}",
        f"<h4>Listings suggested</h4>{_list(refs)}" if refs else "",
        f"<h4>Resources</h4>{_list([escape(x) for x in g['resources']])}" if g["resources"] else "",
    ]

    wanted = {alt for s in e["sections"] for alt in s.split(" | ")} | set(e["related"])
    retrieved = "".join(
        f"<div class='mode'><h5>{escape(mode)}</h5><ol>"
        + "".join(f"<li class='{'hit' if s in wanted else ''}'>{escape(s)}</li>" for s in secs)
        + "</ol></div>"
        for mode, secs in case["retrieved"].items()
    )
    checks = [
        f'<span class="{"ok" if c["ok"] else "bad"}">{"✓" if c["ok"] else "✗"} '
        f"{escape(c['name'])}</span>" + (f" — {escape(c['detail'])}" if c["detail"] else "")
        for c in case["checks"]
    ]
    facts = " ".join(
        f'<span class="{"bad" if f in m["facts_missed"] else "ok"}">{escape(f)}</span>'
        for f in e["facts"]
    )
    grounding = [
        f'<span class="{"ok" if s["grounded"] else "bad"}">{s["support"]:.2f}</span> '
        f"{escape(s['sentence'])}"
        for s in m["grounding"]
    ]
    wants = [f"kind <b>{escape(e['kind'])}</b>"]
    if e["referrals"] is not None:
        wants.append("listings " + ("yes" if e["referrals"] else "no"))
    if e["topic"] or e["referral"]:
        wants.append(escape(" ".join([*e["topic"], *e["referral"].values()])))
    right = [
        f"<h4>Checks</h4>{_list(checks, 'checks')}",
        f"<h4>Expected</h4><p>{' · '.join(wants)}</p>",
        _list([escape(s) for s in e["sections"]], "secs") if e["sections"] else "",
        f"<p class='muted'>also fine to cite: {escape('; '.join(e['related']))}</p>"
        if e["related"]
        else "",
        f"<h4>Facts</h4><p class='facts'>{facts}</p>" if facts else "",
        f"<h4>Retrieved (top 5)</h4><div class='modes'>{retrieved}</div>" if retrieved else "",
        f"<h4>Groundedness per sentence</h4>{_list(grounding, 'ground')}" if grounding else "",
    ]
    return "".join(left), "".join(right)


def render_case(case: Mapping[str, Any], primary: str) -> str:
    """One case: a summary line (with what was missed) that opens to the details."""
    e, g = case["expect"], case["got"]
    status = "pass" if case["passed"] else "fail"
    chips = "".join(f'<span class="chip">{escape(t)}</span>' for t in case["tags"])
    got = "" if e["kind"] == g["kind"] else f' → <span class="k bad">{escape(g["kind"])}</span>'
    missed = (
        ""
        if case["passed"]
        else (f'<span class="missed">{escape(" · ".join(case["missed"]))}</span>')
    )
    left, right = _details(case)
    return (
        f'<details class="case {status}" data-tags="{escape(" ".join(case["tags"]))}" '
        f'data-kind="{escape(e["kind"])}" data-status="{status}"><summary>'
        f'<span class="dot" aria-label="{status}"></span>'
        f'<span class="cid">{escape(case["id"])}</span>'
        f'<span class="q">{escape(case["message"])}<span class="chips">{chips}</span></span>'
        f'<span class="kinds"><span class="k">{escape(e["kind"])}</span>{got}</span>'
        f'<span class="mini">{_mini(case, primary)}</span>{missed}</summary>'
        f'<div class="body"><div class="col">{left}</div><div class="col">{right}</div></div>'
        "</details>"
    )


# --------------------------------------------------------------------------- page


def _tiles(report: Mapping[str, Any]) -> str:
    bars = {b["metric"]: b for b in report["bars"]}
    tiles = []
    for key, (label, kind, what) in METRICS.items():
        if key not in report["metrics"] or key in NOT_TILED:
            continue
        bar = bars.get(key)
        state = "plain" if not bar or bar["ok"] is None else ("good" if bar["ok"] else "bad")
        tiles.append(
            f'<div class="tile {state}" title="{escape(what)}"><div class="tl">{label}</div>'
            f'<div class="tv">{fmt(report["metrics"][key], kind)}</div>'
            f'<div class="tb">{bar_text(bar) if bar else escape(what)}</div></div>'
        )
    return "".join(tiles)


def hybrid_note(retrieval: Mapping[str, Mapping[str, Any]]) -> str:
    """Whether hybrid retrieval is at least as good as the better single retriever (recall@3)."""
    r3 = {m: v.get("recall_at_3") or 0.0 for m, v in retrieval.items()}
    others = {m: v for m, v in r3.items() if m != "hybrid"}
    if "hybrid" not in r3 or not others:
        return ""
    best = max(others, key=lambda m: others[m])
    if r3["hybrid"] >= others[best] - 1e-9:
        return f"Hybrid is at least as good as the better single retriever ({best}) on recall@3."
    return (
        f"Hybrid trails {best} on recall@3 ({r3['hybrid']:.3f} vs {others[best]:.3f}): "
        f"fusing in the weaker ranking costs more cases than it rescues."
    )


def _compare(report: Mapping[str, Any]) -> str:
    retrieval = report["retrieval"]
    if len(retrieval) < 2:
        return ""
    bars = {b["metric"]: b["bar"] for b in report["bars"]}
    n = retrieval[report["meta"]["primary_mode"]]["n"]
    head = "".join(f"<th>{h}</th>" for h in ("mode", "R@1", "R@3", "R@5", "MRR"))
    rows = "".join(
        f"<tr><td><span class='swatch' style='background:{MODE_COLOURS.get(mode, '#64748b')}'>"
        f"</span>{escape(mode)}</td>"
        + "".join(
            f"<td>{fmt(r.get(k), 'dec')}</td>"
            for k in ("recall_at_1", "recall_at_3", "recall_at_5", "mrr")
        )
        + "</tr>"
        for mode, r in retrieval.items()
    )
    return (
        f'<section class="card"><h2>Retrieval, side by side</h2><p class="muted">{n} cases '
        f"name expected sections; the dashed line is the recall@3 bar.</p>"
        f'<p class="note">{escape(hybrid_note(retrieval))}</p><div class="compare">'
        f"{retrieval_chart(retrieval, bars.get('recall_at_3'))}"
        f'<table class="bars nums"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
        f"</div></section>"
    )


def _bars_table(report: Mapping[str, Any]) -> str:
    rows = []
    for b in report["bars"]:
        label, kind = label_of(b["metric"])
        state = "" if b["ok"] is None else ("good" if b["ok"] else "bad")
        mark = "–" if b["ok"] is None else ("✓" if b["ok"] else "✗ short")
        rows.append(
            f'<tr class="{state}"><td>{escape(label)} '
            f"<code>{escape(b['metric'])}</code></td>"
            f"<td>{bar_text(b)}</td><td>{fmt(b['value'], kind)}</td><td>{mark}</td></tr>"
        )
    return (
        '<table class="bars"><thead><tr><th>metric</th><th>bar</th><th>measured</th><th></th>'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def render_report(report: Mapping[str, Any]) -> str:
    """The whole page, one string."""
    meta = report["meta"]
    failed = report["bars_failed"]
    short = ", ".join(label_of(b["metric"])[0] for b in failed)
    verdict = "All bars met" if not failed else f"{len(failed)} bar(s) short: {short}"
    where = meta["target"] + (f" {meta['url']}" if meta.get("url") else "")
    questions, build = escape(str(meta.get("questions"))), escape(str(meta.get("build") or "–"))
    subtitle = (
        f"{report['counts']['cases']} cases from <code>{questions}</code>"
        f" · {escape(where)} · generator {escape(str(meta.get('generator')))}"
        f" · retrieval {escape(meta['primary_mode'])} · build {build}"
        f" · {escape(meta['generated'])}"
    )
    tag_options = "".join(
        f'<option value="{escape(t)}">{escape(t)}</option>' for t in sorted(report["tags"])
    )
    g = meta["groundedness"]
    thresholds = escape(str(meta.get("thresholds") or "no thresholds file"))
    css = (DATA / "eval_report.css").read_text(encoding="utf-8")
    js = (DATA / "eval_report.js").read_text(encoding="utf-8")
    cases = "".join(render_case(c, meta["primary_mode"]) for c in report["cases"])
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>guidebot evaluation · {escape(meta["generated"])}</title><style>{css}</style></head>
<body><main>
<header><div><h1>guidebot evaluation</h1><p class="muted">{subtitle}</p></div>
<div class="verdict {"bad" if failed else "good"}">{escape(verdict)}</div></header>
<section class="tiles">{_tiles(report)}</section>
{_compare(report)}
<div class="two">
<section class="card"><h2>Latency per stage</h2><p class="muted">Milliseconds, from the bot's own
timings (<code>meta.timings_ms</code>); crisis answers stop after the safety screen.</p>
{latency_chart(report["latency"])}</section>
<section class="card"><h2>Pass rate by tag</h2><p class="muted">Click a tag to filter the cases.</p>
<div class="tags">{tag_bars(report["tags"])}</div></section>
</div>
<section class="card"><h2>Bars</h2><p class="muted">From <code>{thresholds}</code>; the command
exits non-zero when one falls short.</p>{_bars_table(report)}</section>
<section class="card" id="cases"><h2>Cases</h2>
<div class="filters">
<input id="q" type="search" placeholder="Search questions, answers, ids…" aria-label="search">
<select id="tag" aria-label="tag"><option value="">all tags</option>{tag_options}</select>
<select id="kind" aria-label="expected kind"><option value="">any expected kind</option>
<option>answer</option><option>no_answer</option><option>crisis</option></select>
<select id="status" aria-label="status"><option value="">pass and fail</option>
<option value="fail">failed only</option><option value="pass">passed only</option></select>
<button id="toggle" type="button">expand all</button><span class="muted" id="count"></span>
</div>
<div class="caselist">{cases}</div></section>
<section class="card notes"><h2>How to read this</h2>
<p><b>Retrieval</b>: recall@k is the share of a case's expected sections among the top k sections
retrieved (an entry naming alternatives counts when any one is); MRR is 1/rank of the first
expected one. Only cases that name sections count. <b>Citation validity</b>: every
<code>[n]</code> has a citation, every citation is used, each quote is verbatim text of the
section it names, and refusals and crisis answers cite nothing. <b>Citation precision</b>: cited
sections that were expected or listed as fine to cite. <b>Facts</b>: expected words or phrases
found in the answer; a case passes with at least half. <b>Referrals</b>: precision and recall of
suggesting any listing; fit checks the top listing against the topic, kind and format asked for.</p>
<p><b>Groundedness</b>: {escape(g["method"])} ({escape(g["model"])}, cutoff {g["cutoff"]:.2f}).
Similarity is not entailment: a sentence that negates or twists its source can still score high,
and one that merges two sources can score low. The extractive generator quotes verbatim, so it
scores 100% by construction; the figure matters for generators that paraphrase.</p>
</section>
</main><script>{js}</script></body></html>
"""
