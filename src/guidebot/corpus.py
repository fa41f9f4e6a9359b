"""Load guides from ``corpus/guides``: Markdown with front matter, HTML pages, or plain page text.

Every reader produces the same :class:`~guidebot.domain.Guide`: ``##`` headings become
sections, and the questions under "Common Questions" become FAQ pairs. Site furniture
(tool boxes, book lists, directory blurbs, related guides) is dropped.

A broken file raises :class:`~guidebot.errors.CorpusError` naming the file, the line where
known, and the fix. Loading never writes anything, so a failed load leaves the index as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import yaml

from guidebot.domain import Guide, Section, slugify
from guidebot.errors import CorpusError

GUIDE_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".txt": "text"}
FAQ_HEADING = "common questions"
REQUIRED_FIELDS = ("title", "slug")
ORIGINS = {"site", "sample"}
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Headings of page furniture that exports carry but that are not guide content.
FURNITURE_HEADINGS = {
    "useful tools",
    "books on this topic",
    "coaches and programs in the directory",
    "browse the directory",
    "related guides",
    "share this guide",
    "about the directory",
    "newsletter",
}


def is_furniture(heading: str) -> bool:
    return heading.strip().lower().rstrip(":") in FURNITURE_HEADINGS


# --------------------------------------------------------------------------- building


@dataclass
class _Builder:
    """Collects headings and paragraphs in page order and turns them into sections."""

    path: Path
    sections: list[Section] = field(default_factory=list)
    _heading: str | None = None
    _kind: str = "section"
    _line: int = 0
    _paras: list[str] = field(default_factory=list)
    _in_faq: bool = False
    _skipping: bool = False

    def _flush(self) -> None:
        if self._heading is not None and not self._skipping and self._paras:
            text = "\n\n".join(self._paras)
            self.sections.append(Section(self._heading, text, self._kind, self._line))  # type: ignore[arg-type]
        self._paras = []

    def h2(self, text: str, line: int) -> None:
        self._flush()
        self._skipping = is_furniture(text)
        self._in_faq = text.strip().lower() == FAQ_HEADING
        self._heading = None if self._in_faq or self._skipping else text.strip()
        self._kind, self._line = "section", line

    def h3(self, text: str, line: int) -> None:
        if self._skipping:
            return
        self._flush()
        if is_furniture(text):
            self._skipping = True
            self._heading = None
            return
        self._heading = text.strip()
        self._kind = "faq" if self._in_faq else "section"
        self._line = line

    def paragraph(self, text: str, line: int) -> None:
        text = text.strip()
        if not text or self._skipping:
            return
        if self._heading is None:
            if self._in_faq:
                return  # a blurb between "Common Questions" and its first question
            raise CorpusError(
                self.path, "text before the first section heading", "start the guide with a '## ' heading", line
            )
        self._paras.append(text)

    def finish(self) -> tuple[Section, ...]:
        self._flush()
        if not self.sections:
            raise CorpusError(
                self.path, "no sections found", "give the guide at least one '## ' heading with text under it"
            )
        return tuple(self.sections)


# --------------------------------------------------------------------------- readers


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CorpusError(path, f"invalid UTF-8 at byte {exc.start}", "save the file as UTF-8", line) from None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise CorpusError(path, "the file is empty", "add the guide's content or delete the file", 1)
    return text


def _front_matter(path: Path, text: str) -> tuple[dict[str, object], list[str], int]:
    """Split ``---`` front matter from the body; returns (fields, body lines, body's first line no)."""
    lines = text.split("\n")
    if lines[0].strip() != "---":
        raise CorpusError(path, "no front matter", "start the file with '---', the fields title and slug, and '---'", 1)
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise CorpusError(path, "front matter is not closed", "add a line '---' after the last field", 1) from None
    try:
        data = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise CorpusError(
            path, f"front matter is not valid YAML ({problem})", "write each field as 'name: value'", line
        ) from None
    if not isinstance(data, dict):
        raise CorpusError(path, "front matter is not a mapping", "write each field as 'name: value'", 2)
    return data, lines[end + 1 :], end + 2


def _field_line(lines: list[str], name: str) -> int:
    for i, line in enumerate(lines, start=1):
        if line.startswith(f"{name}:"):
            return i
    return 1


def _guide_from_fields(path: Path, fields: dict[str, object], sections: tuple[Section, ...], lines: list[str]) -> Guide:
    for name in REQUIRED_FIELDS:
        value = fields.get(name)
        if not isinstance(value, str) or not value.strip():
            raise CorpusError(
                path, f"front matter field '{name}' is missing", f"add '{name}: ...' to the front matter", 2
            )
    slug = str(fields["slug"]).strip()
    if not SLUG_RE.match(slug):
        raise CorpusError(
            path,
            f"slug '{slug}' is not lowercase words joined by '-'",
            "use a slug like 'anxious-attachment-in-men'",
            _field_line(lines, "slug"),
        )
    url = str(fields.get("url") or "").strip()
    if url and not (urlparse(url).scheme in ("http", "https") and urlparse(url).netloc):
        raise CorpusError(
            path, f"url '{url}' is not an http(s) URL", "give the page's full address", _field_line(lines, "url")
        )
    topics = fields.get("topics") or []
    if isinstance(topics, str):
        topics = [t.strip() for t in topics.split(",") if t.strip()]
    if not isinstance(topics, list) or not all(isinstance(t, str) and SLUG_RE.match(t) for t in topics):
        raise CorpusError(
            path,
            "topics must be a list of slugs",
            "write 'topics: [anger, relationships]'",
            _field_line(lines, "topics"),
        )
    origin = str(fields.get("origin") or "site")
    if origin not in ORIGINS:
        raise CorpusError(
            path,
            f"origin '{origin}' is not one of {sorted(ORIGINS)}",
            "write 'origin: site' or 'origin: sample'",
            _field_line(lines, "origin"),
        )
    return Guide(
        title=str(fields["title"]).strip(),
        slug=slug,
        url=url,
        topics=tuple(topics),
        summary=str(fields.get("summary") or "").strip(),
        origin=origin,
        sections=sections,
        path=str(path),
    )


def parse_markdown(path: Path, text: str) -> Guide:
    fields, body, first = _front_matter(path, text)
    builder = _Builder(path)
    para: list[str] = []
    para_line = first

    def end_para() -> None:
        if para:
            builder.paragraph(" ".join(s.strip() for s in para), para_line)
            para.clear()

    for offset, line in enumerate(body):
        number = first + offset
        if line.startswith("## ") or line.startswith("### "):
            end_para()
            (builder.h2 if line.startswith("## ") else builder.h3)(line.lstrip("#").strip(), number)
        elif line.startswith("# "):
            end_para()  # a page title inside the body repeats the front matter
        elif not line.strip():
            end_para()
        else:
            if not para:
                para_line = number
            para.append(line)
    end_para()
    return _guide_from_fields(path, fields, builder.finish(), text.split("\n"))


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 12
        and len(line) <= 90
        and line[0].isupper()
        and line[-1] not in ".,;:!\"'”)"
        and "  " not in line
    )


def parse_page_text(path: Path, text: str, defaults: dict[str, object] | None = None) -> Guide:
    """Plain page text as the site exports it: one paragraph a line, headings on lines of their own.

    Headings are short lines without closing punctuation; under "Common Questions", a line
    ending in "?" is a question. Front matter is optional; without it the title comes from
    the file name and the URL from the site's base URL.
    """
    lines = text.split("\n")
    fields: dict[str, object] = {}
    body, first = lines, 1
    if lines[0].strip() == "---":
        fields, body, first = _front_matter(path, text)
    builder = _Builder(path)
    for offset, raw in enumerate(body):
        line = raw.strip()
        number = first + offset
        if not line:
            continue
        if builder._in_faq and not builder._skipping and line.endswith("?") and len(line) <= 200:
            builder.h3(line, number)
        elif _looks_like_heading(line) or is_furniture(line):
            builder.h2(line, number)
        else:
            builder.paragraph(line, number)
    merged = {**_defaults_for(path), **(defaults or {}), **fields}
    return _guide_from_fields(path, merged, builder.finish(), lines)


def parse_html(path: Path, text: str) -> Guide:
    """An HTML page: the main content's ``h2``/``h3`` headings and paragraphs."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "aside", "form", "noscript"]):
        tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    fields: dict[str, object] = {}
    h1 = root.find("h1") or soup.find("h1")
    if h1 and h1.get_text(strip=True):
        fields["title"] = h1.get_text(" ", strip=True)
    elif soup.title and soup.title.get_text(strip=True):
        fields["title"] = soup.title.get_text(" ", strip=True)
    for name, meta_name in (("summary", "description"), ("topics", "keywords")):
        meta = soup.find("meta", attrs={"name": meta_name})
        if meta and meta.get("content"):
            fields[name] = str(meta["content"])
    canonical = soup.find("link", rel="canonical")
    if canonical and canonical.get("href"):
        fields["url"] = str(canonical["href"])
    builder = _Builder(path)
    for el in root.find_all(["h2", "h3", "p", "li"]):
        content = " ".join(el.get_text(" ", strip=True).split())
        line = getattr(el, "sourceline", None) or 0
        if el.name == "h2":
            builder.h2(content, line)
        elif el.name == "h3":
            builder.h3(content, line)
        elif el.name == "li" and el.find("p"):
            continue  # its paragraphs come on their own
        elif builder._heading is not None or builder._in_faq:
            builder.paragraph(content, line)
    merged = {**_defaults_for(path), **fields}
    return _guide_from_fields(path, merged, builder.finish(), text.split("\n"))


def _defaults_for(path: Path) -> dict[str, object]:
    slug = slugify(path.stem)
    small = {"in", "and", "or", "of", "for", "the", "a", "to", "on"}
    words = slug.split("-")
    title = " ".join(w if (i and w in small) else w.capitalize() for i, w in enumerate(words))
    return {"slug": slug, "title": title, "origin": "site"}


# --------------------------------------------------------------------------- corpus


def guide_files(guides_dir: Path) -> list[Path]:
    """Every file of the guides folder, in name order (hidden files and READMEs skipped)."""
    if not guides_dir.is_dir():
        raise CorpusError(guides_dir, "the guides folder does not exist", "create it or set GUIDEBOT_CORPUS_DIR")
    return sorted(
        p
        for p in guides_dir.rglob("*")
        if p.is_file() and not p.name.startswith(".") and p.name.lower() not in {"readme.md", "readme.txt"}
    )


def load_guide(path: Path, site_base_url: str = "") -> Guide:
    """Parse one guide file by its suffix."""
    kind = GUIDE_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise CorpusError(
            path,
            f"unknown format '{path.suffix or path.name}'",
            f"use one of {', '.join(sorted(GUIDE_SUFFIXES))}, or move the file out of the guides folder",
        )
    text = _read_text(path)
    if kind == "markdown":
        guide = parse_markdown(path, text)
    elif kind == "html":
        guide = parse_html(path, text)
    else:
        guide = parse_page_text(path, text)
    if not guide.url and site_base_url:
        guide = Guide(**{**guide.__dict__, "url": f"{site_base_url}/guides/{guide.slug}"})
    return guide


def load_guides(guides_dir: Path, site_base_url: str = "") -> list[Guide]:
    """Every guide, validated together: unique slugs and unique section headings per guide."""
    guides = [load_guide(path, site_base_url) for path in guide_files(guides_dir)]
    if not guides:
        raise CorpusError(guides_dir, "no guides found", "add at least one .md, .html or .txt guide")
    _check_unique(guides)
    return guides


def _check_unique(guides: Iterable[Guide]) -> None:
    seen: dict[str, str] = {}
    for guide in guides:
        if guide.slug in seen:
            raise CorpusError(
                guide.path,
                f"duplicate slug '{guide.slug}' (also in {seen[guide.slug]})",
                "give each guide its own slug",
                2,
            )
        seen[guide.slug] = guide.path
        anchors: dict[str, Section] = {}
        for section in guide.sections:
            if section.anchor in anchors:
                raise CorpusError(
                    guide.path,
                    f"two sections are both headed '{section.heading}'",
                    "give each section its own heading",
                    section.line or None,
                )
            anchors[section.anchor] = section


def iter_sections(guides: Iterable[Guide]) -> Iterator[tuple[Guide, Section]]:
    for guide in guides:
        for section in guide.sections:
            yield guide, section
