"""The evaluation harness: metric functions, case loading, scoring, the report, and (marked
``integration``) the whole eval over the bundled corpus with its thresholds enforced."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from guidebot.errors import ConfigError, CorpusError
from guidebot.evaluation import (
    Claim,
    answer_claims,
    citation_precision,
    citation_problems,
    fact_coverage,
    format_section,
    groundedness,
    load_eval_cases,
    parse_case,
    percentile,
    recall_at_k,
    reciprocal_rank,
)
from guidebot.evaluation_run import (
    Bar,
    CorpusView,
    Observation,
    check_bars,
    load_bars,
    score_case,
    summarise,
)

REPO = Path(__file__).resolve().parents[1]
QUESTIONS = REPO / "evals" / "questions.yaml"
THRESHOLDS = REPO / "evals" / "thresholds.toml"

A, B, C, D = ("g", "A"), ("g", "B"), ("h", "C"), ("h", "D")


# --------------------------------------------------------------------------- retrieval


def test_recall_at_k_counts_expected_sections_in_the_top_k() -> None:
    retrieved = [C, A, D, B]
    assert recall_at_k([A], retrieved, 1) == 0.0
    assert recall_at_k([A], retrieved, 2) == 1.0
    assert recall_at_k([A, B], retrieved, 3) == 0.5
    assert recall_at_k([A, B], retrieved, 5) == 1.0
    assert recall_at_k([A, A], retrieved, 2) == 1.0  # duplicates count once


def test_recall_at_k_alternatives_count_when_any_is_found() -> None:
    assert recall_at_k([(A, B)], [C, B], 2) == 1.0
    assert recall_at_k([(A, B), D], [C, B], 2) == 0.5


def test_recall_needs_an_expected_section() -> None:
    with pytest.raises(ValueError):
        recall_at_k([], [A], 3)


def test_reciprocal_rank_is_one_over_the_first_hit() -> None:
    assert reciprocal_rank([A], [A, B]) == 1.0
    assert reciprocal_rank([B, D], [C, A, D, B]) == pytest.approx(1 / 3)
    assert reciprocal_rank([(B, C)], [D, C]) == 0.5
    assert reciprocal_rank([A], [B, C]) == 0.0


# --------------------------------------------------------------------------- citations

TEXTS = {
    (
        "anger",
        "What anger is for",
    ): "Anger is not a flaw. It is a signal that something feels unfair.",
    (
        "grief",
        "Why can't I cry?",
    ): "Many men find they cannot cry. That does not mean you do not care.",
}


def cite(n: int, slug: str, section: str, quote: str) -> dict[str, object]:
    return {
        "n": n,
        "guide": slug.title(),
        "guide_slug": slug,
        "section": section,
        "url": "",
        "quote": quote,
    }


def test_valid_citations_have_no_problems() -> None:
    citations = [
        cite(1, "anger", "What anger is for", "Anger is not a flaw."),
        cite(2, "grief", "Why can't I cry?", "Many men find they cannot cry."),
    ]
    answer = "Anger is not a flaw. [1]\n\nMany men find they cannot cry. [2]"
    assert citation_problems("answer", answer, citations, TEXTS) == []


def test_citation_problems_name_each_fault() -> None:
    citations = [
        cite(1, "anger", "What anger is for", "Anger is a flaw."),  # not verbatim
        cite(2, "anger", "Nowhere", "Anger is not a flaw."),  # no such section
        cite(3, "grief", "Why can't I cry?", "Many men find they cannot cry."),  # unused
        cite(4, "grief", "Why can't I cry?", "That does not mean you do not care."),
    ]
    problems = citation_problems("answer", "Text [1] [2] [4] [5]", citations, TEXTS)
    assert "[5] has no citation" in problems
    assert "citation 3 is not used in the answer" in problems
    assert any("citation 1's quote is not verbatim" in p for p in problems)
    assert any("'anger#Nowhere', which is not in the corpus" in p for p in problems)
    assert not any("citation 4" in p for p in problems)


def test_a_quote_must_come_from_the_section_it_names() -> None:
    wrong = [cite(1, "grief", "Why can't I cry?", "Anger is not a flaw.")]
    assert citation_problems("answer", "x [1]", wrong, TEXTS)


def test_refusals_and_crisis_answers_carry_no_citations() -> None:
    one = [cite(1, "anger", "What anger is for", "Anger is not a flaw.")]
    assert citation_problems("no_answer", "no", [], TEXTS) == []
    assert citation_problems("no_answer", "no [1]", one, TEXTS)
    assert citation_problems("crisis", "call", one, TEXTS)


def test_citation_precision() -> None:
    assert citation_precision([A, B, B], {A}) == 0.5
    assert citation_precision([A], {A, C}) == 1.0
    assert citation_precision([], {A}) is None


# --------------------------------------------------------------------------- answers


def test_fact_coverage_with_alternatives_and_case_folding() -> None:
    coverage, missed = fact_coverage(
        "Shame says I am BAD; guilt says I did something bad.",
        ["i am bad", "secrecy|empathy", "guilt|remorse"],
    )
    assert coverage == pytest.approx(2 / 3)
    assert missed == ["secrecy|empathy"]
    assert fact_coverage("anything", []) == (None, [])


def test_answer_claims_attach_each_sentence_to_its_citations() -> None:
    answer = (
        "Anger is a signal. It gives you energy. [1]\n\n"
        "Many men cannot cry [2]. Tears may come later.\n\n"
        "If you'd like to work on this with someone, these listings may fit:"
    )
    claims = answer_claims(answer, [1, 2], drop_trailing=True)
    assert claims == [
        Claim("Anger is a signal.", (1,)),
        Claim("It gives you energy.", (1,)),
        Claim("Many men cannot cry .", (2,)),
        Claim("Tears may come later.", (2,)),
    ]
    kept = answer_claims(answer, [1, 2])
    assert kept[-1].cites == (1, 2) and kept[-1].text.startswith("If you'd like")


class FakeEmbedder:
    """Texts to fixed unit vectors: equal texts match, unrelated ones are orthogonal."""

    def __init__(self, table: dict[str, list[float]]) -> None:
        self.table = table

    def __call__(self, texts: list[str]) -> np.ndarray:
        rows = np.array([self.table.get(t, [0.0, 0.0, 1.0]) for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_groundedness_scores_each_sentence_against_its_cited_sections() -> None:
    embed = FakeEmbedder(
        {
            "Anger is a signal.": [1.0, 0.0, 0.0],
            "Anger is a signal that something is unfair.": [0.9, 0.1, 0.0],
            "Eat more kale.": [0.0, 1.0, 0.0],
            "Many men cannot cry.": [0.0, 0.0, 1.0],
        }
    )
    claims = [Claim("Anger is a signal.", (1,)), Claim("Eat more kale.", (1,))]
    support = {1: ["Anger is a signal that something is unfair.", "Many men cannot cry."]}
    result = groundedness(claims, support, embed, cutoff=0.75)
    assert result.score == 0.5
    assert [s["grounded"] for s in result.sentences] == [True, False]
    assert result.sentences[0]["source"] == "Anger is a signal that something is unfair."
    assert result.sentences[0]["support"] == pytest.approx(0.9939, abs=1e-3)


def test_groundedness_without_support_or_claims() -> None:
    embed = FakeEmbedder({})
    assert groundedness([], {}, embed).score is None
    lonely = groundedness([Claim("A claim here.", (7,))], {}, embed)
    assert lonely.score == 0.0 and lonely.sentences[0]["support"] == 0.0


def test_percentile() -> None:
    assert percentile([], 50) is None
    assert percentile([10, 20, 30, 40], 50) == 25
    assert percentile([1.0] * 19 + [100.0], 95) == pytest.approx(5.95)


# --------------------------------------------------------------------------- cases


def test_parse_case_reads_alternatives_and_referral_constraints() -> None:
    case = parse_case(
        {
            "id": "x",
            "message": "m",
            "tags": ["help"],
            "history": [{"role": "user", "content": "hi"}],
            "expect": {
                "kind": "answer",
                "sections": ["g#A | g#B", "h#C"],
                "facts": "one",
                "referrals": True,
                "topic": ["anger", "fatherhood"],
                "referral": {"kind": "coach", "format": "online"},
            },
        }
    )
    assert case.expect.sections == ((A, B), (C,))
    assert case.expect.acceptable == {A, B, C}
    assert case.expect.facts == ("one",)
    assert case.expect.topics == ("anger", "fatherhood")
    assert (case.expect.referral_kind, case.expect.referral_format) == ("coach", "online")
    assert format_section(case.expect.sections[0]) == "g#A | g#B"


@pytest.mark.parametrize(
    "item, fragment",
    [
        ({"message": "m", "expect": {"kind": "answer"}}, "'id'"),
        ({"id": "x", "message": "m", "expect": {"kind": "maybe"}}, "expect.kind"),
        (
            {"id": "x", "message": "m", "expect": {"kind": "answer", "sections": ["no-hash"]}},
            "no-hash",
        ),
        (
            {"id": "x", "message": "m", "expect": {"kind": "answer", "referral": {"kind": "guru"}}},
            "guru",
        ),
        (
            {
                "id": "x",
                "message": "m",
                "history": [{"role": "bot", "content": "x"}],
                "expect": {"kind": "answer"},
            },
            "history",
        ),
    ],
)
def test_parse_case_rejects_bad_cases(item: dict[str, object], fragment: str) -> None:
    with pytest.raises(ValueError, match=re.escape(fragment)):
        parse_case(item)


def test_load_eval_cases_names_the_case_at_fault(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_text("- {id: a, message: m, expect: {kind: answer, sections: ['g#Missing']}}\n")
    with pytest.raises(CorpusError, match="case a: section 'g#Missing' is not in the corpus"):
        load_eval_cases(path, {A})
    path.write_text("- {id: a, message: m, expect: {kind: answer}}\n- {id: a, message: n, expect: {kind: answer}}\n")
    with pytest.raises(CorpusError, match="used twice"):
        load_eval_cases(path)


def test_the_question_set_covers_every_guide_and_every_kind_of_case() -> None:
    from guidebot.config import Settings
    from guidebot.corpus import load_guides

    guides = load_guides(Settings(corpus_dir=REPO / "corpus").guides_dir)
    corpus = CorpusView.from_guides(guides)
    cases = load_eval_cases(QUESTIONS, set(corpus.section_texts))  # every section exists
    assert len(cases) >= 110
    cited = {key[0] for c in cases for group in c.expect.sections for key in group}
    assert cited == {g.slug for g in guides}
    tags = {t for c in cases for t in c.tags}
    assert {
        "paraphrase",
        "follow_up",
        "cross_guide",
        "out_of_scope",
        "injection",
        "help",
        "crisis",
    } <= tags
    assert {c.expect.kind for c in cases} == {"answer", "no_answer", "crisis"}
    assert any(c.history for c in cases if "follow_up" in c.tags)


# --------------------------------------------------------------------------- scoring


def _case(**expect: object):
    return parse_case(
        {
            "id": "c1",
            "message": "What is anger for?",
            "tags": ["t"],
            "expect": {"kind": "answer", **expect},
        }
    )


def _obs(kind: str = "answer", answer: str = "", citations=(), referrals=(), retrieved=None):
    response = {
        "kind": kind,
        "answer": answer,
        "citations": list(citations),
        "referrals": list(referrals),
        "resources": [],
        "meta": {"timings_ms": {"total": 12.0, "safety": 1.0}},
    }
    return Observation(response, retrieved or {}, 13.0)


SECTION = ("anger", "What anger is for")


def test_score_case_passes_a_good_answer() -> None:
    corpus = CorpusView(TEXTS)
    embed = FakeEmbedder({"Anger is not a flaw.": [1.0, 0.0, 0.0]})
    result = score_case(
        _case(sections=["anger#What anger is for"], facts=["flaw"], referrals=False),
        _obs(
            answer="Anger is not a flaw. [1]",
            citations=[cite(1, *SECTION, "Anger is not a flaw.")],
            retrieved={"hybrid": [SECTION, ("grief", "Why can't I cry?")]},
        ),
        corpus,
        embed,
        "hybrid",
    )
    assert result["passed"], result["missed"]
    assert result["metrics"]["retrieval"]["hybrid"]["mrr"] == 1.0
    assert result["metrics"]["groundedness"] == 1.0
    assert result["metrics"]["citation_precision"] == 1.0


def test_score_case_reports_what_was_missed() -> None:
    result = score_case(
        _case(sections=["anger#What anger is for"], facts=["flaw"], referrals=False, forbid=["casino"]),
        _obs(
            answer="Visit the casino. [1]",
            citations=[cite(1, "grief", "Why can't I cry?", "nope")],
            referrals=[{"id": "x", "kind": "coach", "format": "online", "topics": []}],
            retrieved={"hybrid": [("grief", "Why can't I cry?")]},
        ),
        CorpusView(TEXTS),
        None,
        "hybrid",
    )
    failed = {c["name"] for c in result["checks"] if not c["ok"]}
    assert failed == {"retrieval", "citations", "cited", "facts", "forbidden", "referrals"}
    assert not result["passed"]


def test_score_case_checks_the_top_referral_against_the_constraints() -> None:
    case = _case(referrals=True, topic="anger", referral={"kind": "coach", "format": "online"})
    good = {"id": "a", "kind": "coach", "format": "both", "topics": ["anger"]}
    bad = {"id": "b", "kind": "retreat", "format": "in_person", "topics": ["grief"]}
    assert score_case(case, _obs(referrals=[good, bad]), CorpusView(TEXTS), None, "x")["passed"]
    result = score_case(case, _obs(referrals=[bad, good]), CorpusView(TEXTS), None, "x")
    assert "referral fit: top listing misses topic anger, kind coach, format online" in result["missed"]


def test_summarise_rolls_up_decisions_and_latency() -> None:
    corpus = CorpusView(TEXTS)
    crisis = parse_case({"id": "k", "message": "m", "expect": {"kind": "crisis"}})
    refuse = parse_case({"id": "r", "message": "m", "expect": {"kind": "no_answer", "referrals": False}})
    helpq = _case(referrals=True)
    results = [
        score_case(crisis, _obs(kind="crisis"), corpus, None, "hybrid"),
        score_case(crisis, _obs(kind="answer"), corpus, None, "hybrid"),
        score_case(refuse, _obs(kind="crisis"), corpus, None, "hybrid"),
        score_case(helpq, _obs(referrals=[{"id": "a", "topics": []}]), corpus, None, "hybrid"),
    ]
    summary = summarise(results, ["hybrid"], "hybrid")
    m = summary["metrics"]
    assert m["crisis_recall"] == 0.5
    assert m["crisis_false_positive_rate"] == 0.5
    assert m["referral_precision"] == 1.0 and m["referral_recall"] == 1.0
    assert m["kind_accuracy"] == 0.5
    assert summary["latency"]["total"]["p50"] == 12.0
    assert summary["counts"]["crisis_missed"] == 1


def test_bars_hold_fall_short_or_go_unmeasured(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text("[min]\nrecall_at_3 = 0.9\nreferral_fit = 0.5\n[max]\nlatency_total_p95_ms = 100\n")
    bars = load_bars(path)
    assert Bar("recall_at_3", "min", 0.9) in bars
    checked = {
        b["metric"]: b["ok"]
        for b in check_bars({"recall_at_3": 0.85, "latency_total_p95_ms": 80.0, "referral_fit": None}, bars)
    }
    assert checked == {"recall_at_3": False, "latency_total_p95_ms": True, "referral_fit": None}
    path.write_text("[min]\nrecall_at_3 = 'high'\n")
    with pytest.raises(ConfigError, match="not a number"):
        load_bars(path)


def test_the_shipped_thresholds_hold_the_issue_bars() -> None:
    bars = {(b.metric, b.op): b.value for b in load_bars(THRESHOLDS)}
    assert bars[("citation_validity", "min")] == 1.0
    assert bars[("crisis_recall", "min")] == 1.0
    assert bars[("kind_accuracy", "min")] >= 0.9


def test_the_shipped_recall_bar_is_the_issue_target() -> None:
    bars = {(b.metric, b.op): b.value for b in load_bars(THRESHOLDS)}
    assert bars[("recall_at_3", "min")] >= 0.9


# --------------------------------------------------------------------------- report


def test_report_html_is_self_contained_and_lists_every_case() -> None:
    from guidebot.evaluation_html import render_report

    corpus = CorpusView(TEXTS)
    results = [
        score_case(
            _case(sections=["anger#What anger is for"]),
            _obs(
                answer="Anger is not a flaw. [1]",
                citations=[cite(1, *SECTION, "Anger is not a flaw.")],
                retrieved={m: [SECTION] for m in ("hybrid", "dense", "bm25")},
            ),
            corpus,
            None,
            "hybrid",
        ),
        score_case(
            parse_case({"id": "x<script>", "message": "<b>hi</b>", "expect": {"kind": "no_answer"}}),
            _obs(),
            corpus,
            None,
            "hybrid",
        ),
    ]
    summary = summarise(results, ["hybrid", "dense", "bm25"], "hybrid")
    bars = check_bars(summary["metrics"], [Bar("recall_at_3", "min", 0.9)])
    report = {
        "meta": {
            "generated": "now",
            "target": "in-process",
            "primary_mode": "hybrid",
            "modes": ["hybrid", "dense", "bm25"],
            "questions": "q.yaml",
            "groundedness": {"model": "m", "cutoff": 0.75, "method": "cosine"},
        },
        **summary,
        "bars": bars,
        "bars_failed": [b for b in bars if b["ok"] is False],
        "cases": results,
    }
    html = render_report(report)
    json.dumps(report)  # the same object is report.json
    assert html.startswith("<!doctype html>")
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", html)
    assert "http://" not in html and "https://" not in html.replace("https://example", "")
    assert "Retrieval, side by side" in html and "<svg" in html
    assert "&lt;b&gt;hi&lt;/b&gt;" in html and "x&lt;script&gt;" in html
    assert html.count('<details class="case') == 2


def test_eval_command_is_registered() -> None:
    import typer
    from typer.testing import CliRunner

    from guidebot.evaluation_cli import register

    app = typer.Typer()
    register(app)

    @app.command()
    def other() -> None:  # a second command, so typer keeps "eval" as a subcommand
        pass

    result = CliRunner().invoke(app, ["eval", "--help"])
    assert result.exit_code == 0
    for option in ("--url", "--out", "--compare", "--generator", "--thresholds"):
        assert option in result.output


# --------------------------------------------------------------------------- integration


@pytest.mark.integration
def test_eval_over_the_bundled_corpus_meets_the_thresholds(tmp_path: Path, minilm, monkeypatch) -> None:
    """The whole eval, in-process, over a fresh index of the bundled corpus; bars enforced."""
    from typer.testing import CliRunner

    from guidebot.cli import _register_extensions, app

    monkeypatch.setattr("guidebot.backends.embedders.build_embedder", lambda kind: minilm)
    if "eval" not in {c.name for c in app.registered_commands}:
        _register_extensions()
    out = tmp_path / "report"
    result = CliRunner().invoke(
        app,
        [
            "eval",
            str(QUESTIONS),
            "--thresholds",
            str(THRESHOLDS),
            "--out",
            str(out),
            "--corpus",
            str(REPO / "corpus"),
            "--data-dir",
            str(tmp_path / "data"),
        ],
    )
    assert (out / "report.json").exists(), f"{result.output}\n{result.exception!r}"
    assert (out / "report.html").exists()
    report = json.loads((out / "report.json").read_text())
    short = [f"{b['metric']}={b['value']:.3f} (bar {b['op']} {b['bar']})" for b in report["bars_failed"]]
    failing = [f"{c['id']}: {'; '.join(c['missed'])}" for c in report["cases"] if not c["passed"]]
    assert result.exit_code == 0 and not short, "bars short: " + ", ".join(short) + "\n" + "\n".join(failing)


def test_query_memo_reuses_recent_query_vectors() -> None:
    from guidebot.backends.embedders import HashingEmbedder
    from guidebot.evaluation_run import QueryMemo

    calls: list[list[str]] = []

    class Counting(HashingEmbedder):
        def embed_queries(self, texts):  # type: ignore[no-untyped-def]
            calls.append(list(texts))
            return super().embed_queries(texts)

    memo = QueryMemo(Counting(), size=2)
    first = memo.embed_queries(["a", "b", "c"])  # more than it keeps: still all returned
    assert first.shape[0] == 3
    assert np.allclose(memo.embed_queries(["c"]), first[2:])
    assert calls == [["a", "b", "c"]]
    assert memo.dimension == 256 and memo.name == "hashing"


def test_http_target_posts_the_contract_and_reads_retrieval_from_meta() -> None:
    import httpx

    from guidebot.evaluation_run import HttpTarget

    seen: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v1/chat"
        seen.append(json.loads(request.content))
        return httpx.Response(
            200,
            json={
                "kind": "answer",
                "answer": "Anger is not a flaw. [1]",
                "citations": [cite(1, *SECTION, "Anger is not a flaw.")],
                "referrals": [],
                "resources": [],
                "meta": {
                    "retrieved": [{"guide_slug": "anger", "section": SECTION[1]}],
                    "timings_ms": {"total": 5.0},
                },
            },
        )

    target = HttpTarget("http://guidebot.test/", client=httpx.Client(transport=httpx.MockTransport(handler)))
    case = parse_case(
        {
            "id": "h",
            "message": "What is anger for?",
            "history": [{"role": "user", "content": "hi"}],
            "expect": {"kind": "answer", "sections": ["anger#What anger is for"]},
        }
    )
    obs = target.run(case)
    assert seen == [{"message": "What is anger for?", "history": [{"role": "user", "content": "hi"}]}]
    assert obs.retrieved == {"served": [SECTION]} and not obs.error
    result = score_case(case, obs, CorpusView(TEXTS), None, target.primary)
    assert result["passed"], result["missed"]

    failing = HttpTarget(
        "http://guidebot.test",
        client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(503))),
    )
    broken = score_case(case, failing.run(case), CorpusView(TEXTS), None, "served")
    assert broken["missed"][0].startswith("request: HTTPStatusError")


def test_report_json_is_one_line_per_case_and_round_trips() -> None:
    from guidebot.evaluation_cli import report_json

    report = {"meta": {"a": 1}, "metrics": {"x": 0.5}, "cases": [{"id": "a", "n": [1]}, {"id": "b"}]}
    text = report_json(report)
    assert json.loads(text) == report
    assert '{"id":"a","n":[1]},\n{"id":"b"}' in text
    assert json.loads(report_json({**report, "cases": []}))["cases"] == []
