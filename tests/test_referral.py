"""The referral step: help-seeking detection, constraint parsing, matching and the eval.

Unit tests use the hashing embedder (patterns, parsing and ranking need no model); the
labelled-set figures run with the real model, marked ``integration``.
"""

from __future__ import annotations

import numpy as np
import pytest
from conftest import CORPUS, REPO

from guidebot.directory import load_listings
from guidebot.domain import Listing, Location, Turn
from guidebot.referral import (
    DEFAULT_HELP_THRESHOLD,
    DEFAULT_TOPIC_LABELS,
    HelpDetector,
    Referrer,
    parse_constraints,
)
from guidebot.referral_eval import evaluate_referrals, load_labelled, sweep_threshold

LABELLED = REPO / "evals" / "referrals" / "labelled.yaml"
SITE = "https://mensworkdirectory.example"


def _listing(id: str, kind: str, topics: tuple[str, ...], fmt: str, where: Location,
             accepting: bool = True) -> Listing:  # fmt: skip
    return Listing(
        id=id, name=id.title(), kind=kind, topics=topics, approaches=("talking",), format=fmt,
        location=where, url=f"https://example.org/{id}", summary=f"A {kind} for {topics[0]}.",
        accepting_new_clients=accepting, origin="sample",
    )  # fmt: skip


LONDON = Location("London", "England", "United Kingdom")
AUSTIN = Location("Austin", "Texas", "United States")
SYDNEY = Location("Sydney", "NSW", "Australia")  # the region as an abbreviation
LISTINGS = [
    _listing("anx-coach-online", "coach", ("anxious-attachment",), "online", AUSTIN),
    _listing("anx-therapist-london", "therapist", ("anxious-attachment", "attachment"),
             "in_person", LONDON),
    _listing("anx-group-full", "group", ("anxious-attachment",), "both", SYDNEY, accepting=False),
    _listing("anx-group-open", "group", ("anxious-attachment",), "both", SYDNEY),
    _listing("anger-retreat", "retreat", ("anger", "emotions"), "in_person", AUSTIN),
    _listing("grief-program", "program", ("grief",), "online", Location()),
]  # fmt: skip


class CountingEmbedder:
    """The hashing fake, counting the texts it embeds."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.dimension, self.calls = inner, inner.name, inner.dimension, 0

    def embed_documents(self, texts, *, progress=False):
        self.calls += len(texts)
        return self.inner.embed_documents(texts)

    def embed_queries(self, texts):
        self.calls += len(texts)
        return self.inner.embed_queries(texts)


@pytest.fixture
def referrer(hashing) -> Referrer:
    vectors = hashing.embed_documents([x.embed_text for x in LISTINGS])
    return Referrer(LISTINGS, vectors, site_base_url=SITE + "/", topic_labels={})


def _refer(referrer: Referrer, hashing, message: str, history=(), cited=()):
    return referrer.refer(message, list(history), hashing.embed_queries([message])[0], cited)


# --------------------------------------------------------------------------- constraints


@pytest.mark.parametrize(
    "text, fmt",
    [
        ("any online coaches for anger?", "online"),
        ("I'd prefer sessions over video", "online"),
        ("someone I can see in person", "in_person"),
        ("a face-to-face group", "in_person"),
        ("online or in person, either is fine", None),
        ("not online please, I want someone in-person", "in_person"),
        ("a coach for my anger", None),
    ],
)
def test_parse_format(text: str, fmt: str | None) -> None:
    assert parse_constraints(text).format == fmt


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("can you recommend a coach", ("coach",)),
        ("any retreats for this?", ("retreat",)),
        ("a counsellor or a men's group", ("therapist", "group")),
        ("an anger management course", ("program",)),
        ("my therapist retired, is there a coach who does this?", ("coach",)),
        ("is there someone I could talk to", ()),
    ],
)
def test_parse_kind(text: str, kinds: tuple[str, ...]) -> None:
    assert parse_constraints(text).kinds == kinds


@pytest.mark.parametrize(
    "text, name, level",
    [
        ("a therapist in London", "London", "city"),
        ("anyone in Portland, OR?", "Portland", "city"),
        ("a coach in CA", "California", "region"),
        ("groups in New South Wales", "New South Wales", "region"),
        ("I'm in the UK", "United Kingdom", "country"),
        ("somewhere in the US", "United States", "country"),
        ("I'm in Manchester, UK", "Manchester", "city"),
        ("a coach near me", None, None),
        ("tell us more, or me, in any case", None, None),
        ("I'M IN PAIN", None, None),
    ],
)
def test_parse_place(text: str, name: str | None, level: str | None) -> None:
    place = parse_constraints(text).place
    assert (place.name if place else None, place.level if place else None) == (name, level)


def test_referrer_knows_its_listings_places(hashing) -> None:
    odd = _listing("x", "coach", ("anger",), "in_person", Location("Tinytown", "", "Narnia"))
    referrer = Referrer([odd], hashing.embed_documents(["x"]), site_base_url=SITE, topic_labels={})

    assert parse_constraints("a coach in Tinytown").place is None
    assert referrer.refer("a coach in Tinytown", [], hashing.embed_queries(["x"])[0], []).exact


# --------------------------------------------------------------------------- detection

HELP = [
    "can you recommend a coach",
    "is there someone I could talk to",
    "I want to work on this with someone, where do I start",
    "any retreats for this?",
    "Do you know a therapist in Austin who works with anger?",
    "I think I need some help with my anger",
    "How do I find a men's group?",
    "who should I see about my temper?",
    "online therapy for codependency?",
]
PLAIN = [
    "what is anxious attachment?",
    "why do I get so angry at small things?",
    "what's the difference between a coach and a therapist?",
    "How can I tell whether I need a therapist?",
    "does coaching work for avoidant men?",
    "thanks, that helps",
    "Is there anyone else who feels this way?",
    "I want to be a better father to my kids.",  # names no kind of help
]


@pytest.mark.parametrize("message", HELP)
def test_help_requests_are_detected_by_pattern(hashing, message: str) -> None:
    decision = HelpDetector(hashing).detect(message)
    assert decision.help_seeking and decision.layer == "pattern", decision


@pytest.mark.parametrize("message", PLAIN)
def test_plain_questions_are_not_help(hashing, message: str) -> None:
    decision = HelpDetector(hashing).detect(message)
    assert not decision.help_seeking, decision


def test_follow_up_after_a_referral_is_help(hashing) -> None:
    history = [
        Turn(role="user", content="Can you recommend a therapist for anxious attachment?"),
        Turn(role="assistant", content="These listings from the directory work with it: ..."),
    ]
    detector = HelpDetector(hashing)

    assert detector.detect("what about online ones?", history).layer == "history"
    assert detector.detect("any in London?", history).help_seeking
    assert not detector.detect("why do I need reassurance?", history).help_seeking


def test_given_vector_is_used_and_nothing_is_embedded(hashing) -> None:
    counting = CountingEmbedder(hashing)
    detector = HelpDetector(counting)
    exemplars = counting.calls
    message = "Maybe a retreat would suit me one day."
    vector = hashing.embed_queries([message])[0]

    decision = detector.detect(message, [], vector)

    assert counting.calls == exemplars  # the exemplars, once, at construction
    assert decision.layer == "similarity" and decision.score == pytest.approx(
        detector.score(vector)
    )
    detector.detect(message)
    assert counting.calls == exemplars + 1


def test_threshold_decides_the_similarity_layer(hashing) -> None:
    message = "Maybe a retreat would suit me one day."
    vector = hashing.embed_queries([message])[0]
    score = HelpDetector(hashing).score(vector)

    assert HelpDetector(hashing, threshold=score - 0.01).detect(message, [], vector).help_seeking
    assert (
        not HelpDetector(hashing, threshold=score + 0.01).detect(message, [], vector).help_seeking
    )


# --------------------------------------------------------------------------- matching


def test_topic_match_with_reason_and_directory_link(referrer, hashing) -> None:
    result = _refer(referrer, hashing, "Can you recommend someone for anxious attachment?")

    assert result.exact and result.topic == "anxious-attachment"
    assert result.directory_url == f"{SITE}/directory/anxious-attachment"
    assert 1 <= len(result.referrals) <= 3
    assert all("anxious-attachment" in r.topics for r in result.referrals)
    coach = next(r for r in result.referrals if r.id == "anx-coach-online")
    assert coach.reason == "works with anxious attachment; online"
    assert (coach.kind, coach.format, coach.location) == (
        "coach",
        "online",
        "Austin, Texas, United States",
    )
    assert result.intro == (
        "If you'd like to work on this with someone, these listings from the directory work "
        "with anxious attachment:"
    )


def test_filter_by_format(referrer, hashing) -> None:
    result = _refer(referrer, hashing, "any online support for anxious attachment?")

    assert result.exact
    assert {r.format for r in result.referrals} <= {"online", "both"}
    assert "anx-therapist-london" not in {r.id for r in result.referrals}
    assert result.intro.endswith("work with anxious attachment, online:")


def test_filter_by_place(referrer, hashing) -> None:
    result = _refer(referrer, hashing, "is there anyone in London for my anxious attachment?")

    assert result.exact and [r.id for r in result.referrals] == ["anx-therapist-london"]
    assert result.referrals[0].reason == "works with anxious attachment; in person in London"


def test_place_matches_region_abbreviations_in_listings(referrer, hashing) -> None:
    result = _refer(referrer, hashing, "a group in New South Wales for anxious attachment?")

    assert result.exact and {r.id for r in result.referrals} == {"anx-group-open", "anx-group-full"}


def test_filter_by_kind(referrer, hashing) -> None:
    result = _refer(referrer, hashing, "any groups for anxious attachment?")

    assert result.exact and {r.kind for r in result.referrals} == {"group"}
    assert result.intro.startswith("If you'd like to work on this with someone, these groups")


def test_accepting_new_clients_first(referrer, hashing) -> None:
    result = _refer(referrer, hashing, "any groups for anxious attachment?")

    assert [r.id for r in result.referrals] == ["anx-group-open", "anx-group-full"]
    assert result.referrals[1].reason.endswith("not taking new clients right now")


def test_no_match_offers_the_nearest_and_says_so(referrer, hashing) -> None:
    result = _refer(referrer, hashing, "is there a retreat in London for anxious attachment?")

    assert not result.exact and result.referrals
    assert result.intro == (
        "I couldn't find a retreat for anxious attachment in London in the directory, so here "
        "are the nearest alternatives:"
    )
    top = result.referrals[0]
    assert top.id == "anx-therapist-london"  # on the topic and in London: the nearest
    assert (
        top.reason
        == "works with anxious attachment; in person in London; a therapist, not a retreat"
    )
    assert all("anxious-attachment" in r.topics for r in result.referrals)


def test_no_listing_for_the_topic(referrer, hashing) -> None:
    result = _refer(referrer, hashing, "can you recommend a coach for my divorce?")

    assert result.topic == "divorce-and-breakups" and not result.exact
    assert result.intro.startswith("The directory has no listings for divorce and breakups yet")
    assert result.referrals


def test_topic_from_history_and_cited_guides(referrer, hashing) -> None:
    history = [Turn(role="user", content="Why do I get so angry at my kids?")]

    assert _refer(referrer, hashing, "any retreats for this?", history).topic == "anger"
    assert (
        _refer(referrer, hashing, "is there someone I could see?", [], ["grief"]).topic == "grief"
    )
    assert _refer(referrer, hashing, "is there someone I could see?").topic is None


def test_place_from_earlier_in_the_conversation(referrer, hashing) -> None:
    history = [Turn(role="user", content="I live in London and feel anxious in relationships")]

    result = _refer(
        referrer, hashing, "can you suggest a therapist for anxious attachment?", history
    )

    assert result.constraints.place and result.constraints.place.name == "London"
    assert result.referrals[0].id == "anx-therapist-london"


def test_empty_directory(hashing) -> None:
    referrer = Referrer([], np.zeros((0, 256)), site_base_url=SITE, topic_labels={})

    result = _refer(referrer, hashing, "recommend a coach for anger")

    assert result.referrals == [] and result.directory_url == f"{SITE}/directory/anger"


def test_sample_directory_with_guide_labels(hashing) -> None:
    listings = load_listings(CORPUS / "directory", set(DEFAULT_TOPIC_LABELS))
    labels = {t: t.replace("-", " ") for t in DEFAULT_TOPIC_LABELS}  # as the index makes them
    vectors = hashing.embed_documents([x.embed_text for x in listings])
    referrer = Referrer(listings, vectors, site_base_url=SITE, topic_labels=labels)

    result = _refer(referrer, hashing, "I don't know what kind of help I need, can anyone help me?")

    assert result.topic == "choosing-support"
    assert "choosing the right support" in result.intro


# --------------------------------------------------------------------------- the eval


def test_sweep_picks_the_middle_of_the_widest_gap() -> None:
    scores = [0.9, 0.5, -0.2, -0.6, 5.0]
    fixed = [None, None, None, None, True]  # the last one a pattern already decided
    truth = [True, True, False, False, True]

    threshold, sweep = sweep_threshold(scores, fixed, truth)

    assert threshold == pytest.approx(0.15)
    assert max(p for _, p, r in sweep if r == 1.0) == 1.0


def test_labelled_set_is_large_and_balanced() -> None:
    items = load_labelled(LABELLED)

    assert len(items) >= 70
    helps = [i for i in items if i.help]
    assert 0.35 < len(helps) / len(items) < 0.65
    assert sum(1 for i in helps if i.topic) >= 0.9 * len(helps)
    assert sum(1 for i in helps if i.kind or i.format or i.place) >= 20
    assert any(i.history for i in items) and any(i.place for i in items)


@pytest.mark.integration
def test_labelled_set_figures_with_the_real_model(minilm) -> None:
    listings = load_listings(CORPUS / "directory", set(DEFAULT_TOPIC_LABELS))
    vectors = minilm.embed_documents([x.embed_text for x in listings])
    referrer = Referrer(listings, vectors, site_base_url=SITE, topic_labels={})
    detector = HelpDetector(minilm)

    report = evaluate_referrals(LABELLED, detector, referrer, minilm, echo=None)

    assert report.precision >= 0.95 and report.recall >= 0.95, report.render()
    assert report.topic_accuracy >= 0.90, report.render()
    assert report.passed
    assert report.recommended_threshold == pytest.approx(DEFAULT_HELP_THRESHOLD, abs=0.01)
