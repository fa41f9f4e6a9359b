"""Loading guides: Markdown, exported page text and HTML give the same sections; bad files fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, SEED

from guidebot.corpus import load_guide, load_guides
from guidebot.errors import CorpusError

SEED_MD = CORPUS / "guides" / "anxious-attachment-in-men.md"


def sections(guide):
    return [(s.heading, s.kind, s.text) for s in guide.sections]


def test_markdown_guide_has_sections_and_faq_pairs():
    guide = load_guide(SEED_MD)
    assert guide.title == "Anxious Attachment in Men"
    assert guide.origin == "site"
    assert [(h, k) for h, k, _ in sections(guide)] == [
        ("What anxious attachment actually is", "section"),
        ("How anxious attachment shows up in men", "section"),
        ("What changes it", "section"),
        ("Is anxious attachment the same as codependency?", "faq"),
        ("Can an anxious person and an avoidant person have a healthy relationship?", "faq"),
    ]


def test_raw_seed_export_gives_the_same_sections_as_the_markdown_guide():
    raw = load_guide(SEED)
    assert sections(raw) == sections(load_guide(SEED_MD))
    assert raw.slug == "anxious-attachment-in-men"
    text = " ".join(s.text for s in raw.sections)
    for furniture in (
        "Useful Tools",
        "Books on This Topic",
        "Browse the Directory",
        "These practitioners",
        "curated list of coaches",
        "Related Guides",
    ):
        assert furniture not in text and furniture not in [s.heading for s in raw.sections]


def test_markdown_wording_is_the_seed_verbatim():
    lines = SEED.read_text().splitlines()
    content = lines[: lines.index("Useful Tools")]  # what follows is site furniture
    seed_lines = {line for line in content if len(line) > 80}
    paragraphs = {p for s in load_guide(SEED_MD).sections for p in s.text.split("\n\n")}
    assert paragraphs == seed_lines


def test_html_page_main_content_and_headings(tmp_path):
    page = tmp_path / "anger-at-work.html"
    page.write_text(
        """<html><head><title>Site</title><meta name="description" content="Anger at work.">
        <link rel="canonical" href="https://mensworkdirectory.example/guides/anger-at-work"></head>
        <body><nav><a>Home</a><h2>Menu</h2></nav><main><h1>Anger at Work</h1>
        <h2>Why work makes men angry</h2><p>Work pressure builds.</p><p>It spills over.</p>
        <h2>Common Questions</h2><h3>Is it normal?</h3><p>Yes, often.</p>
        <h2>Related Guides</h2><p>See also anger.</p></main><footer><p>Footer</p></footer></body></html>""",
        encoding="utf-8",
    )
    guide = load_guide(page)
    assert guide.title == "Anger at Work"
    assert guide.url == "https://mensworkdirectory.example/guides/anger-at-work"
    assert sections(guide) == [
        ("Why work makes men angry", "section", "Work pressure builds.\n\nIt spills over."),
        ("Is it normal?", "faq", "Yes, often."),
    ]


def test_bundled_corpus_loads_with_unique_slugs_and_enough_guides():
    guides = load_guides(CORPUS / "guides")
    assert len(guides) >= 9
    assert len({g.slug for g in guides}) == len(guides)
    samples = [g for g in guides if g.origin == "sample"]
    assert len(samples) >= 8
    for g in samples:
        faqs = [s for s in g.sections if s.kind == "faq"]
        assert 4 <= len(g.sections) - len(faqs) <= 6, g.slug
        assert 2 <= len(faqs) <= 4, g.slug


GOOD = "---\ntitle: Anger\nslug: anger-in-men\n---\n\n## What anger is for\n\nAnger is a signal.\n"


@pytest.mark.parametrize(
    ("name", "content", "expected", "line"),
    [
        ("a.md", b"---\ntitle: Anger\nslug: anger\n\n## Section\n\nText.\n", "front matter is not closed", 1),
        ("a.md", b"---\ntitle: [Anger\nslug: anger\n---\n\n## S\n\nText.\n", "front matter is not valid YAML", None),
        ("a.md", b"## Section\n\nText.\n", "no front matter", 1),
        ("a.md", b"---\nslug: anger\n---\n\n## S\n\nText.\n", "field 'title' is missing", 2),
        ("a.md", b"---\ntitle: Anger\n---\n\n## S\n\nText.\n", "field 'slug' is missing", 2),
        ("a.md", b"", "the file is empty", 1),
        ("a.md", b"---\ntitle: Anger\nslug: anger\n---\n\n## S\n\nCaf\xe9 text.\n", "invalid UTF-8", 8),
        ("a.docx", b"binary", "unknown format", None),
        (
            "a.md",
            b"---\ntitle: Anger\nslug: anger\n---\n\nText before any heading.\n",
            "text before the first section heading",
            6,
        ),
        ("a.md", b"---\ntitle: Anger\nslug: Anger Guide\n---\n\n## S\n\nText.\n", "slug 'Anger Guide'", 3),
    ],
)
def test_bad_guide_files_name_the_file_line_and_fix(tmp_path, name, content, expected, line):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CorpusError) as info:
        load_guide(path)
    message = str(info.value)
    assert expected in message
    assert str(path) in message and "Fix:" in message
    if line is not None:
        assert info.value.line == line
        assert f"{path}:{line}:" in message


def test_duplicate_slug_names_both_files(tmp_path):
    (tmp_path / "one.md").write_text(GOOD)
    (tmp_path / "two.md").write_text(GOOD)
    with pytest.raises(CorpusError, match="duplicate slug 'anger-in-men'") as info:
        load_guides(tmp_path)
    assert "one.md" in str(info.value) and "two.md" in str(info.value)


def test_missing_folder_and_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_guides(tmp_path / "nope")
    with pytest.raises(CorpusError, match="no guides found"):
        load_guides(tmp_path)


def test_fixture_paths_exist():
    assert SEED.exists(), "../shared/seeds must sit beside the project"
    assert Path(CORPUS).is_dir()
