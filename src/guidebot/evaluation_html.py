"""The evaluation report as one self-contained HTML file: inline CSS, SVG and a little JS.

Nothing is fetched when it opens (no CDN, no fonts, no images), so it works offline and as
an e-mail attachment. Sections: a verdict, summary tiles (green when a bar holds, red when
it falls short), retrieval modes side by side, latency per stage, pass rate per tag, the
bars, and every case (filter by tag, expected kind, pass/fail, or search), each opening to
its answer, citations, retrieval and what was missed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

# metric -> (label, format, what it measures); the order is the tiles' order
METRICS: dict[str, tuple[str, str, str]] = {
    "pass_rate": ("Cases passed", "pct", "every check of the case held"),
    "recall_at_3": ("Recall@3", "pct", "expected sections among the top 3 retrieved"),
    "mrr": ("MRR", "dec", "1 / rank of the first expected section"),
    "citation_validity": ("Citation validity", "pct", "every [n] resolves, quotes verbatim, none on refusals"),
    "citation_precision": ("Citation precision", "pct", "cited sections that were expected"),
    "fact_coverage": ("Fact coverage", "pct", "expected facts found in the answer"),
    "groundedness": ("Groundedness", "pct", "answer sentences supported by a cited section"),
    "kind_accuracy": ("Kind accuracy", "pct", "answer / no_answer / crisis as expected"),
    "crisis_recall": ("Crisis recall", "pct", "crisis messages answered with resources"),
    "crisis_false_positive_rate": ("Crisis false positives", "pct", "other messages treated as crisis"),
    "refusal_recall": ("Refusals", "pct", "out-of-scope and injection cases refused"),
    "false_refusal_rate": ("False refusals", "pct", "answerable questions refused"),
    "referral_precision": ("Referral precision", "pct", "listings suggested only when asked"),
    "referral_recall": ("Referral recall", "pct", "help requests that got listings"),
    "referral_fit": ("Referral fit", "pct", "top listing matches topic, kind, format"),
    "latency_total_p50_ms": ("Latency p50", "ms", "end to end, in the bot"),
    "latency_total_p95_ms": ("Latency p95", "ms", "end to end, in the bot"),
}
MODE_COLOURS = {"dense": "#6366f1", "bm25": "#f59e0b", "hybrid": "#10b981", "served": "#0ea5e9"}


def fmt(value: Any, kind: str) -> str:
    if value is None:
        return "–"
    if kind == "pct":
        return f"{100 * value:.1f}%"
    if kind == "ms":
        return f"{value:.0f} ms"
    return f"{value:.3f}"


def _bar_text(bar: Mapping[str, Any], kind: str) -> str:
    return f"{'≥' if bar['op'] == 'min' else '≤'} {fmt(bar['bar'], kind)}"


# --------------------------------------------------------------------------- charts


def retrieval_chart(retrieval: Mapping[str, Mapping[str, Any]], bar_r3: float | None = None) -> str:
    """Grouped bars: recall@1/3/5 and MRR for each retrieval mode, side by side."""
    modes = list(retrieval)
    groups = [("recall_at_1", "Recall@1"), ("recall_at_3", "Recall@3"), ("recall_at_5", "Recall@5"), ("mrr", "MRR")]
    w, h, left, top, bottom = 640, 270, 40, 16, 44
    plot_h = h - top - bottom
    group_w = (w - left - 10) / len(groups)
    bar_w = min(34.0, (group_w - 24) / max(len(modes), 1))
    parts = [f'<svg viewBox="0 0 {w} {h}" role="img" aria-label="Retrieval by mode" class="chart">']
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = top + plot_h * (1 - tick)
        parts.append(f'<line x1="{left}" x2="{w - 6}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" class="axis" text-anchor="end">{tick:.2f}</text>')
    for g, (key, label) in enumerate(groups):
        x0 = left + g * group_w + (group_w - bar_w * len(modes)) / 2
        for i, mode in enumerate(modes):
            value = retrieval[mode].get(key) or 0.0
            bh = plot_h * value
            x, y = x0 + i * bar_w, top + plot_h - bh
            parts.append(
                f'<rect x="{x + 2:.1f}" y="{y:.1f}" width="{bar_w - 4:.1f}" height="{bh:.1f}" rx="3" '
                f'fill="{MODE_COLOURS.get(mode, "#64748b")}"><title>{escape(mode)} {label}: {value:.3f}</title></rect>'
                f'<text x="{x + bar_w / 2:.1f}" y="{y - 4:.1f}" class="val" text-anchor="middle">{value:.2f}</text>'
            )
        parts.append(f'<text x="{left + (g + 0.5) * group_w:.1f}" y="{h - bottom + 18}" class="label" '
                     f'text-anchor="middle">{label}</text>')
        if key == "recall_at_3" and bar_r3 is not None:
            y = top + plot_h * (1 - bar_r3)
            parts.append(f'<line x1="{left + g * group_w + 6:.1f}" x2="{left + (g + 1) * group_w - 6:.1f}" '
                         f'y1="{y:.1f}" y2="{y:.1f}" class="barline"><title>bar {bar_r3:.2f}</title></line>')
    legend_x = left
    for mode in modes:
        parts.append(f'<rect x="{legend_x}" y="{h - 14}" width="12" height="12" rx="2" '
                     f'fill="{MODE_COLOURS.get(mode, "#64748b")}"/><text x="{legend_x + 17}" y="{h - 4}" '
                     f'class="label">{escape(mode)}</text>')
        legend_x += 30 + 8 * len(mode)
    parts.append("</svg>")
    return "".join(parts)


def latency_chart(latency: Mapping[str, Mapping[str, Any]]) -> str:
    """Horizontal bars per stage: p50 solid, p95 behind it, lighter."""
    stages = [s for s in ("embed", "safety", "retrieval", "answer", "referral", "total", "wall") if s in latency]
    if not stages:
        return '<p class="muted">No timings were reported.</p>'
    top_value = max(latency[s]["p95"] or 0 for s in stages) or 1.0
    w, row, left, right = 640, 34, 92, 130
    h = row * len(stages) + 24
    span = w - left - right
    parts = [f'<svg viewBox="0 0 {w} {h}" role="img" aria-label="Latency per stage" class="chart">']
    for i, stage in enumerate(stages):
        p50, p95 = latency[stage]["p50"] or 0, latency[stage]["p95"] or 0
        y = 8 + i * row
        label = "wall (eval)" if stage == "wall" else stage
        parts.append(
            f'<text x="{left - 10}" y="{y + 17}" class="label" text-anchor="end">{label}</text>'
            f'<rect x="{left}" y="{y + 4}" width="{span * p95 / top_value:.1f}" height="18" rx="3" class="p95"/>'
            f'<rect x="{left}" y="{y + 4}" width="{span * p50 / top_value:.1f}" height="18" rx="3" class="p50"/>'
            f'<text x="{left + span * p95 / top_value + 8:.1f}" y="{y + 17}" class="val">'
            f'{p50:.0f} / {p95:.0f} ms</text>'
        )
    parts.append(f'<text x="{left}" y="{h - 2}" class="axis">solid: p50 · light: p95</text></svg>')
    return "".join(parts)


def tag_bars(tags: Mapping[str, Mapping[str, int]]) -> str:
    rows = []
    for tag, t in sorted(tags.items(), key=lambda kv: (-kv[1]["n"], kv[0])):
        share = t["passed"] / t["n"] if t["n"] else 0
        rows.append(
            f'<button class="tagrow" data-tag="{escape(tag)}" title="show only {escape(tag)}">'
            f'<span class="tagname">{escape(tag)}</span><span class="track"><span class="fill" '
            f'style="width:{100 * share:.1f}%"></span></span><span class="tagnum">{t["passed"]}/{t["n"]}</span></button>'
        )
    return "".join(rows)


# --------------------------------------------------------------------------- cases


def render_answer(text: str) -> str:
    """Answer Markdown to safe HTML: paragraphs, **bold**, links kept as text, [n] as badges."""
    out = []
    for para in re.split(r"\n\s*\n", text.strip()):
        html = escape(para)
        html = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html)
        html = re.sub(r"\[(\d+)\]", r'<sup class="cite">\1</sup>', html)
        out.append(f"<p>{html.replace(chr(10), '<br>')}</p>")
    return "".join(out) or '<p class="muted">(empty)</p>'


def _list(items: Sequence[str], cls: str = "") -> str:
    return f'<ul class="{cls}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>" if items else '<p class="muted">none</p>'


def render_case(case: Mapping[str, Any], primary: str) -> str:
    e, g, m = case["expect"], case["got"], case["metrics"]
    status = "pass" if case["passed"] else "fail"
    kind_ok = e["kind"] == g["kind"]
    chips = "".join(f'<span class="chip">{escape(t)}</span>' for t in case["tags"])
    r = m["retrieval"].get(primary)
    mini = []
    if r is not None:
        mini.append(f'<span class="{"ok" if r["recall_at_3"] == 1 else "bad"}">R@3 {r["recall_at_3"]:.2f}</span>')
    if m["fact_coverage"] is not None:
        n = len(e["facts"])
        mini.append(f'<span class="{"ok" if not m["facts_missed"] else "bad"}">facts {n - len(m["facts_missed"])}/{n}</span>')
    if m["groundedness"] is not None:
        mini.append(f'<span class="{"ok" if m["groundedness"] == 1 else "bad"}">grounded {100 * m["groundedness"]:.0f}%</span>')
    if g["referrals"]:
        mini.append(f'<span class="neutral">{len(g["referrals"])} listing(s)</span>')
    history = "".join(
        f'<div class="turn {escape(t["role"])}"><b>{escape(t["role"])}</b> {escape(t["content"])}</div>'
        for t in case["history"]
    )
    cites = [
        f'<b>[{c["n"]}]</b> {escape(str(c["guide"]))} — <i>{escape(str(c["section"]))}</i>'
        f'<blockquote>{escape(str(c["quote"]))}</blockquote>' for c in g["citations"]
    ]
    refs = [f'<b>{escape(str(x["name"]))}</b> · {escape(str(x["kind"]))} · {escape(str(x["format"]))}'
            f'{" · " + escape(str(x["location"])) if x.get("location") else ""}'
            f'<div class="muted">topics: {escape(", ".join(x.get("topics") or []))}</div>' for x in g["referrals"]]
    wanted = set(e["sections"]) | set(e["related"])
    retrieved = "".join(
        f'<div class="mode"><h5>{escape(mode)}</h5><ol>'
        + "".join(f'<li class="{"hit" if s in wanted else ""}">{escape(s)}</li>' for s in secs)
        + "</ol></div>" for mode, secs in case["retrieved"].items()
    )
    facts = [f'<span class="{"bad" if f in m["facts_missed"] else "ok"}">{escape(f)}</span>' for f in e["facts"]]
    grounding = [f'<span class="{"ok" if s["grounded"] else "bad"}">{s["support"]:.2f}</span> {escape(s["sentence"])}'
                 for s in m["grounding"]]
    checks = [f'<span class="{"ok" if c["ok"] else "bad"}">{"✓" if c["ok"] else "✗"} {escape(c["name"])}</span>'
              f'{" — " + escape(c["detail"]) if c["detail"] else ""}' for c in case["checks"]]
    expect_bits = [f"kind <b>{escape(e['kind'])}</b>"]
    if e["referrals"] is not None:
        expect_bits.append("listings " + ("yes" if e["referrals"] else "no"))
    if e["topic"] or e["referral"]:
        expect_bits.append(escape(" ".join([*e["topic"], *e["referral"].values()])))
    return f"""
<details class="case {status}" data-tags="{escape(' '.join(case['tags']))}" data-kind="{escape(e['kind'])}" data-status="{status}">
<summary>
  <span class="dot" aria-label="{status}"></span>
  <span class="cid">{escape(case['id'])}</span>
  <span class="q">{escape(case['message'])}<span class="chips">{chips}</span></span>
  <span class="kinds"><span class="k">{escape(e['kind'])}</span>{'' if kind_ok else f' → <span class="k bad">{escape(g["kind"])}</span>'}</span>
  <span class="mini">{''.join(mini)}</span>
</summary>
<div class="body">
  <div class="col">
    {f'<h4>Conversation so far</h4><div class="history">{history}</div>' if history else ''}
    <h4>Answer <span class="muted">({escape(g['kind'])}{', ' + escape(str(g['path'])) if g.get('path') else ''})</span></h4>
    <div class="answer">{render_answer(g['answer'])}</div>
    <h4>Citations</h4>{_list(cites, 'cites')}
    {f'<h4>Listings suggested</h4>{_list(refs)}' if refs else ''}
    {f'<h4>Resources</h4>{_list([escape(x) for x in g["resources"]])}' if g['resources'] else ''}
  </div>
  <div class="col">
    <h4>Checks</h4>{_list(checks, 'checks')}
    <h4>Expected</h4><p>{' · '.join(expect_bits)}</p>
    {_list([escape(s) for s in e['sections']], 'secs') if e['sections'] else ''}
    {f'<p class="muted">also fine to cite: {escape("; ".join(e["related"]))}</p>' if e['related'] else ''}
    {f'<h4>Facts</h4><p class="facts">{" ".join(facts)}</p>' if facts else ''}
    {f'<h4>Retrieved (top 5)</h4><div class="modes">{retrieved}</div>' if retrieved else ''}
    {f'<h4>Groundedness per sentence</h4>{_list(grounding, "ground")}' if grounding else ''}
  </div>
</div>
</details>"""


# --------------------------------------------------------------------------- page


def render_report(report: Mapping[str, Any]) -> str:
    """The whole page."""
    meta, metrics = report["meta"], report["metrics"]
    bars = {b["metric"]: b for b in report["bars"]}
    failed = report["bars_failed"]
    primary = meta["primary_mode"]
    tiles = []
    for key, (label, kind, what) in METRICS.items():
        if key not in metrics:
            continue
        bar = bars.get(key)
        state = "neutral" if not bar or bar["ok"] is None else ("good" if bar["ok"] else "bad")
        tiles.append(
            f'<div class="tile {state}" title="{escape(what)}"><div class="tl">{label}</div>'
            f'<div class="tv">{fmt(metrics[key], kind)}</div>'
            f'<div class="tb">{_bar_text(bar, kind) if bar else escape(what)}</div></div>'
        )
    counts = report["counts"]
    verdict = ("All bars met" if not failed else f"{len(failed)} bar{'s' if len(failed) > 1 else ''} short: "
               + ", ".join(METRICS.get(b["metric"], (b["metric"],))[0] for b in failed))
    retrieval = report["retrieval"]
    compare = ""
    if len(retrieval) > 1:
        r3 = {m: v.get("recall_at_3") or 0 for m, v in retrieval.items()}
        note = ""
        if "hybrid" in r3 and len(r3) > 1:
            best_other = max(v for m, v in r3.items() if m != "hybrid")
            note = ("hybrid is at least as good as the better single retriever on recall@3"
                    if r3["hybrid"] >= best_other - 1e-9 else
                    f"hybrid trails the better single retriever on recall@3 ({r3['hybrid']:.3f} vs {best_other:.3f})")
        compare = (f'<section class="card"><h2>Retrieval, side by side</h2><p class="muted">{retrieval[primary]["n"]} '
                   f'cases with expected sections; the dashed line is the recall@3 bar. {escape(note)}.</p>'
                   f'{retrieval_chart(retrieval, bars["recall_at_3"]["bar"] if "recall_at_3" in bars else None)}</section>')
    bar_rows = "".join(
        f'<tr class="{"" if b["ok"] is None else ("good" if b["ok"] else "bad")}"><td>{escape(METRICS.get(b["metric"], (b["metric"],))[0])}'
        f' <code>{escape(b["metric"])}</code></td><td>{_bar_text(b, METRICS.get(b["metric"], ("", "dec"))[1])}</td>'
        f'<td>{fmt(b["value"], METRICS.get(b["metric"], ("", "dec"))[1])}</td>'
        f'<td>{"–" if b["ok"] is None else ("✓" if b["ok"] else "✗ short")}</td></tr>' for b in report["bars"]
    )
    tag_options = "".join(f'<option value="{escape(t)}">{escape(t)}</option>' for t in sorted(report["tags"]))
    cases = "".join(render_case(c, primary) for c in report["cases"])
    g = meta["groundedness"]
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>guidebot evaluation · {escape(meta['generated'])}</title><style>{CSS}</style></head>
<body><main>
<header>
  <div><h1>guidebot evaluation</h1>
  <p class="muted">{counts['cases']} cases from <code>{escape(str(meta.get('questions', '')))}</code> · {escape(meta['target'])}
  {escape(str(meta.get('url') or ''))} · generator {escape(str(meta.get('generator', '')))} · retrieval {escape(primary)}
  · build {escape(str(meta.get('build') or '–'))} · {escape(meta['generated'])}</p></div>
  <div class="verdict {'good' if not failed else 'bad'}">{escape(verdict)}</div>
</header>
<section class="tiles">{''.join(tiles)}</section>
{compare}
<div class="two">
<section class="card"><h2>Latency per stage</h2><p class="muted">Milliseconds, from the bot's own timings
(<code>meta.timings_ms</code>); crisis answers stop after the safety screen.</p>{latency_chart(report['latency'])}</section>
<section class="card"><h2>Pass rate by tag</h2><p class="muted">Click a tag to filter the cases below.</p>
<div class="tags">{tag_bars(report['tags'])}</div></section>
</div>
<section class="card"><h2>Bars</h2><p class="muted">From <code>{escape(str(meta.get('thresholds') or 'no thresholds file'))}</code>;
the command exits non-zero when one falls short.</p><table class="bars"><thead><tr><th>metric</th><th>bar</th><th>measured</th><th></th></tr></thead><tbody>{bar_rows}</tbody></table></section>
<section class="card" id="cases"><h2>Cases</h2>
<div class="filters">
  <input id="q" type="search" placeholder="Search questions, answers, ids…" aria-label="search">
  <select id="tag" aria-label="tag"><option value="">all tags</option>{tag_options}</select>
  <select id="kind" aria-label="expected kind"><option value="">any expected kind</option><option>answer</option><option>no_answer</option><option>crisis</option></select>
  <select id="status" aria-label="status"><option value="">pass and fail</option><option value="fail">failed only</option><option value="pass">passed only</option></select>
  <button id="toggle" type="button">expand all</button>
  <span class="muted" id="count"></span>
</div>
<div class="caselist">{cases}</div>
</section>
<section class="card notes"><h2>How to read this</h2>
<p><b>Retrieval</b>: recall@k is the share of a case's expected sections among the top k sections retrieved; MRR is 1/rank of the
first expected one. Only cases that name sections count. <b>Citation validity</b>: every <code>[n]</code> has a citation, every
citation is used, each quote is verbatim text of the section it names, and refusals and crisis answers cite nothing.
<b>Citation precision</b>: cited sections that were expected or listed as fine to cite. <b>Facts</b>: the expected words or
phrases found in the answer (a case passes with at least half). <b>Referrals</b>: precision and recall of suggesting any
listing; fit checks the top listing against the topic, kind and format the visitor asked for.</p>
<p><b>Groundedness</b>: {escape(g['method'])} ({escape(g['model'])}, cutoff {g['cutoff']:.2f}). Similarity is not entailment: a
sentence that twists its source can still score high, and one that merges two sources can score low. The extractive
generator quotes verbatim, so it scores 100% by construction; the figure matters for generators that paraphrase.</p>
</section>
</main><script>{JS}</script></body></html>"""


CSS = """
:root{--bg:#f5f6f8;--card:#fff;--ink:#0f172a;--muted:#64748b;--line:#e2e8f0;--good:#15803d;--goodbg:#dcfce7;
--bad:#b91c1c;--badbg:#fee2e2;--accent:#2563eb;--chip:#eef2ff}
@media (prefers-color-scheme:dark){:root{--bg:#0b1020;--card:#131a2e;--ink:#e5e7eb;--muted:#94a3b8;--line:#24304d;
--good:#4ade80;--goodbg:#12321f;--bad:#f87171;--badbg:#3a1518;--chip:#1e2a4a}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--ink);
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1240px;margin:0 auto;padding:28px 20px 60px}
h1{font-size:28px;margin:0 0 4px;letter-spacing:-.02em}h2{font-size:18px;margin:0 0 6px}
h4{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:16px 0 6px}
h5{margin:0 0 4px;font-size:13px}code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}
.muted{color:var(--muted)}header{display:flex;gap:20px;align-items:flex-start;justify-content:space-between;
flex-wrap:wrap;margin-bottom:20px}header p{margin:0;max-width:820px}
.verdict{padding:10px 16px;border-radius:999px;font-weight:600;white-space:nowrap}
.verdict.good{background:var(--goodbg);color:var(--good)}.verdict.bad{background:var(--badbg);color:var(--bad)}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(176px,1fr));gap:12px;margin-bottom:18px}
.tile{background:var(--card);border-radius:12px;padding:14px 16px;border-top:4px solid var(--line);
box-shadow:0 1px 2px rgba(0,0,0,.05)}.tile.good{border-top-color:var(--good)}.tile.bad{border-top-color:var(--bad);
background:linear-gradient(var(--badbg),var(--card) 60%)}
.tl{font-size:13px;color:var(--muted)}.tv{font-size:28px;font-weight:700;letter-spacing:-.02em;
font-variant-numeric:tabular-nums}.tile.good .tv{color:var(--good)}.tile.bad .tv{color:var(--bad)}.tb{font-size:12px;color:var(--muted)}
.card{background:var(--card);border-radius:14px;padding:20px 22px;margin-bottom:18px;box-shadow:0 1px 2px rgba(0,0,0,.05)}
.two{display:grid;grid-template-columns:1fr 1fr;gap:18px}.two .card{margin-bottom:18px}
@media (max-width:900px){.two{grid-template-columns:1fr}}
.chart{width:100%;height:auto;max-width:680px;display:block}.chart .grid{stroke:var(--line)}
.chart .axis,.chart .val{font-size:11px;fill:var(--muted)}.chart .label{font-size:12px;fill:var(--ink)}
.chart .barline{stroke:var(--bad);stroke-dasharray:5 4;stroke-width:2}
.chart .p50{fill:var(--accent)}.chart .p95{fill:var(--accent);opacity:.25}
.tags{display:flex;flex-direction:column;gap:6px}.tagrow{display:grid;grid-template-columns:130px 1fr 56px;gap:10px;
align-items:center;background:none;border:0;padding:2px 0;color:inherit;font:inherit;cursor:pointer;text-align:left}
.tagrow:hover .tagname{color:var(--accent)}.track{height:10px;background:var(--badbg);border-radius:99px;overflow:hidden}
.fill{display:block;height:100%;background:var(--good)}.tagnum{font-size:13px;color:var(--muted);text-align:right;
font-variant-numeric:tabular-nums}
table.bars{border-collapse:collapse;width:100%}table.bars td,table.bars th{padding:7px 10px;border-bottom:1px solid var(--line);
text-align:left}table.bars tr.good td:last-child{color:var(--good);font-weight:600}table.bars tr.bad td{color:var(--bad);font-weight:600}
.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:10px 0 14px;position:sticky;top:0;background:var(--card);
padding:8px 0;z-index:2}.filters input,.filters select,.filters button{font:inherit;padding:7px 10px;border:1px solid var(--line);
border-radius:8px;background:var(--card);color:inherit}.filters input{flex:1 1 260px}.filters button{cursor:pointer}
.case{border:1px solid var(--line);border-left:4px solid var(--good);border-radius:10px;margin-bottom:8px;background:var(--card)}
.case.fail{border-left-color:var(--bad)}.case summary{display:grid;grid-template-columns:14px 84px 1fr auto auto;gap:12px;
align-items:center;padding:10px 14px;cursor:pointer;list-style:none}.case summary::-webkit-details-marker{display:none}
.dot{width:10px;height:10px;border-radius:50%;background:var(--good)}.fail .dot{background:var(--bad)}
.cid{font:12px ui-monospace,Menlo,monospace;color:var(--muted)}.q{min-width:0}.chips{margin-left:6px}
.chip{display:inline-block;font-size:11px;background:var(--chip);border-radius:99px;padding:1px 8px;margin:2px 4px 0 0;color:var(--muted)}
.kinds{font-size:12px;white-space:nowrap}.k{background:var(--chip);padding:2px 8px;border-radius:6px}.k.bad{background:var(--badbg);color:var(--bad)}
.mini{display:flex;gap:6px;flex-wrap:wrap;justify-content:flex-end;font-size:12px}
.mini span,.facts span{padding:1px 7px;border-radius:6px;white-space:nowrap}
.ok{background:var(--goodbg);color:var(--good)}.bad{color:var(--bad)}.mini .bad,.facts .bad,.ground .bad,.checks .bad{background:var(--badbg)}
.neutral{background:var(--chip)}
.body{display:grid;grid-template-columns:1.2fr 1fr;gap:24px;padding:4px 18px 16px;border-top:1px solid var(--line)}
@media (max-width:900px){.case summary{grid-template-columns:14px 1fr;}.case summary .cid{grid-column:2}
.case summary .q,.case summary .kinds,.case summary .mini{grid-column:1/-1;justify-content:flex-start}.body{grid-template-columns:1fr}}
.answer{background:var(--bg);border-radius:8px;padding:2px 14px}.cite{background:var(--accent);color:#fff;border-radius:4px;
padding:0 4px;font-size:10px;margin-left:2px}blockquote{margin:4px 0 8px;padding:4px 10px;border-left:3px solid var(--line);
color:var(--muted);font-size:13px}ul{padding-left:18px;margin:4px 0}li{margin:3px 0}
.history .turn{font-size:13px;margin:4px 0;padding:6px 10px;border-radius:8px;background:var(--bg)}.history b{font-size:11px;
text-transform:uppercase;color:var(--muted);margin-right:6px}
.modes{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:10px}.modes ol{margin:0;padding-left:20px;font-size:12px}
.modes li.hit{color:var(--good);font-weight:600}.ground{font-size:13px}.notes p{max-width:900px}
"""

JS = """
(() => {
  const cases = [...document.querySelectorAll('.case')];
  const text = new Map(cases.map(c => [c, c.textContent.toLowerCase()]));
  const $ = id => document.getElementById(id);
  const apply = () => {
    const q = $('q').value.trim().toLowerCase(), tag = $('tag').value, kind = $('kind').value, st = $('status').value;
    let n = 0;
    for (const c of cases) {
      const ok = (!tag || c.dataset.tags.split(' ').includes(tag)) && (!kind || c.dataset.kind === kind)
        && (!st || c.dataset.status === st) && (!q || text.get(c).includes(q));
      c.hidden = !ok; if (ok) n++;
    }
    $('count').textContent = `${n} of ${cases.length} cases`;
  };
  for (const id of ['q', 'tag', 'kind', 'status']) $(id).addEventListener('input', apply);
  $('toggle').addEventListener('click', () => {
    const open = $('toggle').textContent === 'expand all';
    cases.forEach(c => { if (!c.hidden) c.open = open; });
    $('toggle').textContent = open ? 'collapse all' : 'expand all';
  });
  document.querySelectorAll('.tagrow').forEach(b => b.addEventListener('click', () => {
    $('tag').value = b.dataset.tag; apply(); $('cases').scrollIntoView({behavior: 'smooth'});
  }));
  apply();
})();
"""
