"""The glossaries that give the classifier rough English for other languages (guidebot.gloss)."""

from __future__ import annotations

from pathlib import Path

import pytest

from guidebot.errors import CorpusError
from guidebot.gloss import MIN_COVERAGE, gloss, packaged_glossaries, read_glossary

SPANISH = """\
# a tiny Spanish glossary
ya no aguanto = I can't take it anymore
me muero de risa = I'm dying of laughter
me quiero morir = I want to die
esta noche = tonight
me tomo = I take
todas = all
las = the
pastillas = pills
mas = more
no = no
quiero = I want
"""
GERMAN = """\
ich = I
will = want
nicht = not
mehr = anymore
leben = to live
"""


@pytest.fixture()
def glossaries(tmp_path: Path):
    (tmp_path / "es.txt").write_text(SPANISH, encoding="utf-8")
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    return (read_glossary(tmp_path / "es.txt"), read_glossary(tmp_path / "de.txt"))


def test_longest_phrase_wins_and_accents_fold(glossaries):
    glossed = gloss("Ya no aguanto más, esta noche me tomo todas las pastillas", glossaries)
    assert glossed is not None
    assert glossed.code == "es"
    assert glossed.text == "I can't take it anymore more, tonight I take all the pills"


def test_an_idiom_is_glossed_as_the_english_idiom(glossaries):
    glossed = gloss("jajaja me muero de risa", glossaries)
    # "jajaja" is unknown (kept as is); 4 of 5 words known.
    assert glossed is not None and glossed.text == "jajaja I'm dying of laughter"


def test_punctuation_ends_a_phrase(glossaries):
    glossed = gloss("ya no. aguanto todas las pastillas", glossaries)
    assert glossed is not None
    assert "can't take it" not in glossed.text  # "ya no. aguanto" is not the phrase


def test_the_glossary_that_knows_most_words_is_chosen(glossaries):
    glossed = gloss("ich will nicht mehr leben", glossaries)
    assert glossed is not None and glossed.code == "de" and glossed.text == "I want not anymore to live"


def test_unknown_language_or_short_message_is_not_glossed(glossaries):
    assert gloss("the pills are in the cupboard", glossaries) is None  # English: coverage too low
    assert gloss("quiero pastillas", glossaries) is None  # fewer than MIN_WORDS words


def test_coverage_below_the_floor_is_not_glossed(glossaries):
    message = "quiero las pastillas zzz yyy xxx www"  # 3 of 7 known
    assert 3 / 7 < MIN_COVERAGE
    assert gloss(message, glossaries) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("pastillas pills\n", "is not 'source = english'"),
        ("pastillas = \n", "is not 'source = english'"),
        ("uno dos tres cuatro cinco seis siete = seven words\n", "more than 6 words"),
        ("está = is\nesta = this\n", "folds to 'esta', as does line 2"),
    ],
)
def test_a_broken_glossary_names_file_line_and_fix(tmp_path: Path, text: str, problem: str):
    path = tmp_path / "es.txt"
    path.write_text("# header\n" + text, encoding="utf-8")
    with pytest.raises(CorpusError) as err:
        read_glossary(path)
    message = str(err.value)
    assert problem in message
    assert f"{path}:" in message and "Fix:" in message
    assert err.value.line is not None and err.value.line >= 2


def test_packaged_glossaries_parse_and_cover_the_rule_languages():
    codes = {g.code: len(g.entries) for g in packaged_glossaries()}
    assert set(codes) == {"es", "pt", "fr", "it", "de", "nl", "sv", "da", "nb", "pl", "cs", "tr", "ro"}
    assert min(codes.values()) >= 1000, codes


@pytest.mark.parametrize(
    "message",
    [
        "I don't see the point anymore, everyone would be better off without me",
        "my wife hit me again last night and I'm scared to go home",
        "what does the guide say about anxious attachment in men?",
        "honestly mate I'm done with all of it",
    ],
)
def test_english_is_not_glossed(message: str):
    assert gloss(message) is None
