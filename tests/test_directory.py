"""The directory loader: the sample listings, the three file formats, and every bad-listing case."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from conftest import CORPUS

from guidebot.directory import KINDS, listing_content_hash, load_listings
from guidebot.errors import CorpusError

PRIMARY = {
    "anxious-attachment", "avoidant-attachment", "anger", "shame", "codependency",
    "loneliness", "divorce-and-breakups", "grief", "fatherhood", "choosing-support",
}  # fmt: skip
TOPICS = PRIMARY | {"attachment", "relationships", "emotions", "support"}

CSV_HEADER = (
    "id,name,kind,topics,approaches,format,city,region,country,url,summary,"
    "accepting_new_clients,origin"
)
GOOD = {
    "id": "coach-01",
    "name": "Test Coaching",
    "kind": "coach",
    "topics": ["anger", "emotions"],
    "approaches": ["CBT"],
    "format": "online",
    "location": {"city": "Austin", "region": "Texas", "country": "United States"},
    "url": "https://example.org/directory/test",
    "summary": "Coaching for anger.",
    "accepting_new_clients": True,
    "origin": "sample",
}


def _write_yaml(tmp_path: Path, entries: list[dict]) -> Path:
    path = tmp_path / "listings.yaml"
    path.write_text(yaml.safe_dump(entries, sort_keys=False), encoding="utf-8")
    return path


def _guide_topics() -> set[str]:
    topics: set[str] = set()
    for guide in (CORPUS / "guides").glob("*.md"):
        front = guide.read_text(encoding="utf-8").split("---")[1]
        topics |= set(yaml.safe_load(front)["topics"])
    return topics


# --------------------------------------------------------------------------- the sample


def test_sample_listings_cover_topics_kinds_formats_and_places() -> None:
    listings = load_listings(CORPUS / "directory", _guide_topics())

    assert len(listings) >= 32
    assert {x.origin for x in listings} == {"sample"}
    assert all(x.url.startswith("https://example.org/") for x in listings)
    assert {x.kind for x in listings} == set(KINDS)
    assert {x.format for x in listings} == {"online", "in_person", "both"}
    countries = {x.location.country for x in listings}
    assert {"United States", "United Kingdom", "Canada", "Australia", ""} <= countries
    per_topic = Counter(t for x in listings for t in x.topics)
    assert all(per_topic[t] >= 2 for t in PRIMARY), per_topic
    assert any(not x.accepting_new_clients for x in listings)
    for topic in ("anxious-attachment", "anger", "grief", "fatherhood", "loneliness"):
        formats = {x.format for x in listings if topic in x.topics}
        assert "online" in formats and formats & {"in_person", "both"}, topic


def test_yaml_json_and_csv_exports_load_the_same(tmp_path: Path) -> None:
    second = {**GOOD, "id": "group-01", "kind": "group", "format": "in_person",
              "approaches": [], "accepting_new_clients": False}  # fmt: skip
    yaml_dir, json_dir, csv_dir = tmp_path / "y", tmp_path / "j", tmp_path / "c"
    for d in (yaml_dir, json_dir, csv_dir):
        d.mkdir()
    _write_yaml(yaml_dir, [GOOD, second])
    (json_dir / "listings.json").write_text(json.dumps({"listings": [GOOD, second]}, indent=2))
    header = CSV_HEADER
    rows = [
        "coach-01,Test Coaching,coach,anger; emotions,CBT,online,Austin,Texas,United States,"
        "https://example.org/directory/test,Coaching for anger.,yes,sample",
        "group-01,Test Coaching,group,anger;emotions,,In person,Austin,Texas,United States,"
        'https://example.org/directory/test,"Coaching for anger.",no,sample',
    ]
    (csv_dir / "listings.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")

    loaded = [load_listings(d, TOPICS) for d in (yaml_dir, json_dir, csv_dir)]

    assert loaded[0] == loaded[1] == loaded[2]
    assert loaded[2][1].format == "in_person" and loaded[2][1].accepting_new_clients is False


def test_no_listings_file_is_an_empty_directory(tmp_path: Path) -> None:
    assert load_listings(tmp_path, TOPICS) == []
    assert load_listings(tmp_path / "missing", TOPICS) == []


def test_content_hash_changes_with_content_only() -> None:
    listing = load_listings(CORPUS / "directory", TOPICS)[0]

    assert listing_content_hash(listing) == listing_content_hash(replace(listing))
    assert listing_content_hash(listing) != listing_content_hash(replace(listing, summary="x"))
    assert len(listing_content_hash(listing)) == 32


# --------------------------------------------------------------------------- bad listings

BAD_CASES = {
    "missing field": (
        {"summary": None}, "field 'summary' is missing in listing 'coach-01'", "add 'summary'", None
    ),
    "misspelt field": (
        {"summary": None, "sumary": "x"}, "is 'sumary' a misspelling?", "add 'summary'", None
    ),
    "unknown kind": ({"kind": "guru"}, "unknown kind 'guru' in listing 'coach-01'",
                     "use one of: coach, therapist, program, retreat, group", "kind"),
    "unknown format": ({"format": "hybrid"}, "unknown format 'hybrid' in listing 'coach-01'",
                       "use one of: online, in_person, both", "format"),
    "unknown topic": ({"topics": ["angr"]}, "unknown topic 'angr' in listing 'coach-01' "
                      "(did you mean 'anger'?)", "use one of: anger, anxious-attachment", "topics"),
    "no topics": ({"topics": []}, "'topics' in listing 'coach-01' must be a non-empty list",
                  "list at least one topic", "topics"),
    "url without scheme": ({"url": "example.org/x"}, "bad url 'example.org/x' in listing "
                           "'coach-01'", "use a full http(s) address", "url"),
    "url without host": ({"url": "https:///x"}, "bad url 'https:///x'", "with a host", "url"),
    "non-boolean accepting": ({"accepting_new_clients": "maybe"}, "accepting_new_clients "
                              "'maybe' in listing 'coach-01' is not a boolean", "use true or "
                              "false", "accepting_new_clients"),
    "in person without a place": ({"format": "in_person", "location": {}}, "listing 'coach-01'"
                                  " meets in person but has no city or country",
                                  "add location.city", "location"),
    "location not a mapping": ({"location": "Austin"}, "'location' in listing 'coach-01' must "
                               "be a mapping", "write location:", "location"),
    "bad id": ({"id": "coach 01"}, "id 'coach 01' in listing 'coach 01'", "use letters",
               "id"),
    "unknown origin": ({"origin": "imported"}, "unknown origin 'imported' in listing "
                       "'coach-01'", "use one of: site, sample", "origin"),
}  # fmt: skip


@pytest.mark.parametrize("case", BAD_CASES, ids=list(BAD_CASES))
def test_bad_listing_names_file_entry_line_and_fix(tmp_path: Path, case: str) -> None:
    change, problem, fix, field = BAD_CASES[case]
    entry = {k: v for k, v in {**GOOD, **change}.items() if v is not None}
    path = _write_yaml(tmp_path, [{**GOOD, "id": "ok-01"}, entry])
    lines = path.read_text().splitlines()
    entry_line = next(i for i, line in enumerate(lines, 1) if line.startswith("- ") and i > 1)
    field_line = entry_line
    if field:
        keys = [line.strip().lstrip("- ") for line in lines]
        after = enumerate(keys[entry_line - 1 :], entry_line)
        field_line = next(i for i, k in after if k.startswith(f"{field}:"))

    with pytest.raises(CorpusError) as caught:
        load_listings(tmp_path, TOPICS)

    message = str(caught.value)
    assert message.startswith(f"{path}:{field_line}: ")
    assert problem in message
    assert fix in caught.value.fix
    assert caught.value.line == field_line


def test_duplicate_id_names_both_lines(tmp_path: Path) -> None:
    path = _write_yaml(tmp_path, [GOOD, {**GOOD, "name": "Other"}])
    lines = path.read_text().splitlines()
    second = [i for i, line in enumerate(lines, 1) if "id: coach-01" in line]

    with pytest.raises(CorpusError) as caught:
        load_listings(tmp_path, TOPICS)

    assert "duplicate id 'coach-01' in listing 'coach-01' (first at line 1)" in str(caught.value)
    assert caught.value.path == path and caught.value.line == second[1]
    assert caught.value.fix == "give every listing its own id"


def test_entry_without_id_is_named_by_position(tmp_path: Path) -> None:
    entry = {k: v for k, v in GOOD.items() if k != "id"}
    _write_yaml(tmp_path, [GOOD, entry])

    with pytest.raises(CorpusError, match=r"field 'id' is missing in listing #2"):
        load_listings(tmp_path, TOPICS)


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "listings.yaml"
    path.write_text("- id: a\n  name: [unclosed\n  kind: coach\n", encoding="utf-8")

    with pytest.raises(CorpusError) as caught:
        load_listings(tmp_path, TOPICS)

    assert str(caught.value).startswith(f"{path}:")
    assert "invalid YAML" in caught.value.problem and caught.value.line is not None
    assert "fix the YAML syntax" in caught.value.fix


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "listings.json"
    path.write_text('[\n  {"id": "a",\n   "name": }\n]\n', encoding="utf-8")

    with pytest.raises(CorpusError) as caught:
        load_listings(tmp_path, TOPICS)

    assert caught.value.line == 3 and "invalid JSON" in caught.value.problem


def test_json_entry_errors_carry_the_field_line(tmp_path: Path) -> None:
    text = json.dumps([GOOD, {**GOOD, "id": "b", "kind": "x"}], indent=2)
    (tmp_path / "listings.json").write_text(text)
    kind_line = text.splitlines().index('    "kind": "x",') + 1

    with pytest.raises(CorpusError) as caught:
        load_listings(tmp_path, TOPICS)

    assert "unknown kind 'x' in listing 'b'" in caught.value.problem
    assert caught.value.line == kind_line


def test_csv_missing_column(tmp_path: Path) -> None:
    path = tmp_path / "listings.csv"
    path.write_text("id,name,kind\ncoach-01,A,coach\n", encoding="utf-8")

    with pytest.raises(CorpusError) as caught:
        load_listings(tmp_path, TOPICS)

    assert caught.value.line == 1 and "missing column(s) topics" in caught.value.problem
    assert "add them to the header row" in caught.value.fix


def test_csv_row_with_extra_cells(tmp_path: Path) -> None:
    header = CSV_HEADER
    row = "a,A,coach,anger,,online,,,,https://example.org/a,S,yes,sample,EXTRA,MORE"
    (tmp_path / "listings.csv").write_text(f"{header}\n{row}\n", encoding="utf-8")

    with pytest.raises(CorpusError) as caught:
        load_listings(tmp_path, TOPICS)

    assert caught.value.line == 2 and "more cells than the header" in caught.value.problem


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "listings.yaml"
    path.write_bytes(b"- id: a\n  name: Caf\xe9\n")

    with pytest.raises(CorpusError) as caught:
        load_listings(tmp_path, TOPICS)

    assert caught.value.line == 2 and "not valid UTF-8" in caught.value.problem
    assert caught.value.fix == "save the file as UTF-8"


def test_two_listings_files_are_ambiguous(tmp_path: Path) -> None:
    _write_yaml(tmp_path, [GOOD])
    (tmp_path / "listings.csv").write_text("id\n", encoding="utf-8")

    with pytest.raises(CorpusError, match="found several listings files"):
        load_listings(tmp_path, TOPICS)


def test_document_that_is_not_a_list(tmp_path: Path) -> None:
    (tmp_path / "listings.yaml").write_text("name: not a list\n", encoding="utf-8")

    with pytest.raises(CorpusError, match="must hold a list of listings"):
        load_listings(tmp_path, TOPICS)
