"""The directory of coaches, therapists, programs, retreats and groups: load and validate.

A site keeps its directory in ``corpus/directory/`` as one of ``listings.yaml``,
``listings.yml``, ``listings.json`` or ``listings.csv`` (its directory export). YAML and
JSON hold a list of listings, or a mapping with a ``listings`` key; CSV has one row per
listing, ``topics`` and ``approaches`` separated by ``;``, the location in ``city``,
``region`` and ``country`` columns and booleans as ``true/false/yes/no``.

Validation holds listings to the same standard as guides: the first problem raises
:class:`guidebot.errors.CorpusError` naming the file, the line, the entry (its id, or its
position when it has none) and the fix, before anything reaches the index.
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import io
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, get_args
from urllib.parse import urlparse

import yaml

from guidebot.domain import Listing, ListingFormat, ListingKind, Location
from guidebot.errors import CorpusError

LISTING_FILES = ("listings.yaml", "listings.yml", "listings.json", "listings.csv")
KINDS: tuple[str, ...] = get_args(ListingKind)
FORMATS: tuple[str, ...] = get_args(ListingFormat)
ORIGINS = ("site", "sample")
FIELDS = (
    "id", "name", "kind", "topics", "approaches", "format", "location",
    "url", "summary", "accepting_new_clients", "origin",
)  # fmt: skip
CSV_COLUMNS = tuple(f for f in FIELDS if f != "location") + ("city", "region", "country")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_TOPIC_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TRUE, _FALSE = {"true", "yes"}, {"false", "no"}


@dataclass
class _Entry:
    """One raw listing with where it sits in its file."""

    data: dict[str, Any]
    line: int | None
    index: int  # 1-based position in the file
    field_lines: dict[str, int] = field(default_factory=dict)

    def label(self) -> str:
        raw = self.data.get("id")
        return (
            f"listing '{raw}'" if isinstance(raw, str) and raw.strip() else f"listing #{self.index}"
        )

    def line_of(self, name: str) -> int | None:
        return self.field_lines.get(name, self.line)


# --------------------------------------------------------------------------- public API


def load_listings(directory_dir: Path, known_topics: set[str]) -> list[Listing]:
    """Read and validate the directory's listings file.

    Args:
        directory_dir: ``corpus/directory``. A missing folder or one without a listings
            file means an empty directory.
        known_topics: The topic slugs the guides use. Every listing topic must be one of
            them; when the set is empty only the slug's shape is checked.

    Returns:
        The listings in file order.

    Raises:
        CorpusError: The file is unreadable, not valid UTF-8, YAML, JSON or CSV, there are
            two listings files, or an entry is invalid (missing field, unknown kind, format
            or topic, bad URL, duplicate id, non-boolean ``accepting_new_clients``).
    """
    present = [directory_dir / n for n in LISTING_FILES if (directory_dir / n).is_file()]
    if not present:
        return []
    if len(present) > 1:
        names = ", ".join(p.name for p in present)
        raise CorpusError(
            present[1], f"found several listings files ({names})", "keep exactly one of them"
        )
    path = present[0]
    text = _read_text(path)
    if path.suffix == ".csv":
        entries = _csv_entries(path, text)
    elif path.suffix == ".json":
        entries = _json_entries(path, text)
    else:
        entries = _yaml_entries(path, text)
    listings: list[Listing] = []
    seen: dict[str, int | None] = {}
    for entry in entries:
        listing = _validate(path, entry, known_topics)
        if listing.id in seen:
            first = f" (first at line {seen[listing.id]})" if seen[listing.id] else ""
            raise CorpusError(
                path,
                f"duplicate id '{listing.id}' in {entry.label()}{first}",
                "give every listing its own id",
                entry.line_of("id"),
            )
        seen[listing.id] = entry.line_of("id")
        listings.append(listing)
    return listings


def listing_content_hash(listing: Listing) -> str:
    """A stable id for a listing's content: changes when any field changes.

    Used as the row id in the listings collection, so a re-ingest embeds only listings
    whose content changed and deletes those that are gone.
    """
    payload = json.dumps(asdict(listing), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


# --------------------------------------------------------------------------- reading


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(
            path, f"cannot read the file ({exc.strerror})", "check it exists and is readable"
        ) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise CorpusError(
            path, f"not valid UTF-8 (byte {exc.start})", "save the file as UTF-8", line
        ) from exc


def _yaml_entries(path: Path, text: str) -> list[_Entry]:
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise CorpusError(
            path,
            f"invalid YAML: {problem}",
            "fix the YAML syntax (indentation, quotes, colons)",
            mark.line + 1 if mark else None,
        ) from exc
    finally:
        loader.dispose()
    if node is None:
        return []
    items = _listing_list(path, data, 1 + node.start_mark.line)
    if isinstance(node, yaml.MappingNode):
        node = next(v for k, v in node.value if k.value == "listings")
    item_nodes = node.value if isinstance(node, yaml.SequenceNode) else []
    entries = []
    for i, (item, item_node) in enumerate(zip(items, item_nodes, strict=True), start=1):
        lines = {}
        if isinstance(item_node, yaml.MappingNode):
            lines = {str(k.value): k.start_mark.line + 1 for k, _ in item_node.value}
        entries.append(_Entry(item, item_node.start_mark.line + 1, i, lines))
    return entries


def _json_entries(path: Path, text: str) -> list[_Entry]:
    try:
        data = json.loads(text) if text.strip() else []
    except json.JSONDecodeError as exc:
        raise CorpusError(
            path, f"invalid JSON: {exc.msg}", "fix the JSON syntax", exc.lineno
        ) from exc
    items = _listing_list(path, data, 1)
    depth = 1 if isinstance(data, list) else 2
    starts = _json_object_starts(text, depth)
    entries = []
    for i, item in enumerate(items, start=1):
        start = starts[i - 1] if len(starts) == len(items) else None
        line = text.count("\n", 0, start) + 1 if start is not None else None
        lines: dict[str, int] = {}
        if start is not None and isinstance(item, dict):
            end = starts[i] if i < len(starts) else len(text)
            for key in item:
                m = re.compile(rf'"{re.escape(str(key))}"\s*:').search(text, start, end)
                if m:
                    lines[str(key)] = text.count("\n", 0, m.start()) + 1
        entries.append(_Entry(item, line, i, lines))
    return entries


def _json_object_starts(text: str, depth: int) -> list[int]:
    """Offsets of the ``{`` that open objects at nesting ``depth`` (1 = inside the top array)."""
    starts, level, in_string, escaped = [], 0, False, False
    for pos, char in enumerate(text):
        if in_string:
            escaped = not escaped and char == "\\"
            if char == '"' and not escaped:
                in_string = False
            continue
        if char == '"':
            in_string, escaped = True, False
        elif char in "[{":
            if char == "{" and level == depth:
                starts.append(pos)
            level += 1
        elif char in "]}":
            level -= 1
    return starts


def _listing_list(path: Path, data: Any, line: int) -> list[Any]:
    """The list of raw listings: the document itself, or its ``listings`` key."""
    if isinstance(data, dict) and "listings" in data:
        data = data["listings"]
    if data is None:
        return []
    if not isinstance(data, list):
        raise CorpusError(
            path,
            "the file must hold a list of listings",
            "make it a list (or a 'listings:' key holding one)",
            line,
        )
    return data


def _csv_entries(path: Path, text: str) -> list[_Entry]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames or []
        columns = [c.strip() for c in header]
        missing = [c for c in CSV_COLUMNS if c not in columns]
        if missing:
            raise CorpusError(
                path,
                f"missing column(s) {', '.join(missing)}",
                f"add them to the header row; the columns are {', '.join(CSV_COLUMNS)}",
                1,
            )
        entries, last_line = [], reader.line_num
        for i, row in enumerate(reader, start=1):
            start, last_line = last_line + 1, reader.line_num
            if None in row:
                raise CorpusError(
                    path,
                    f"row of listing #{i} has more cells than the header",
                    "quote cells that contain commas",
                    start,
                )
            clean = {k.strip(): (v or "").strip() for k, v in row.items()}
            if not any(clean.values()):
                continue
            data: dict[str, Any] = {
                k: v for k, v in clean.items() if k not in ("city", "region", "country")
            }
            data["location"] = {k: clean.get(k, "") for k in ("city", "region", "country")}
            for key in ("topics", "approaches"):
                data[key] = [p.strip() for p in clean.get(key, "").split(";") if p.strip()]
            entries.append(
                _Entry({k: v for k, v in data.items() if v != "" or k == "approaches"}, start, i)
            )
    except csv.Error as exc:
        raise CorpusError(
            path, f"invalid CSV: {exc}", "fix the quoting of that row", reader.line_num
        ) from exc
    return entries


# --------------------------------------------------------------------------- validation


def _validate(path: Path, entry: _Entry, known_topics: set[str]) -> Listing:
    where = entry.label()

    def fail(problem: str, fix: str, field_name: str | None = None) -> CorpusError:
        return CorpusError(
            path, problem, fix, entry.line_of(field_name) if field_name else entry.line
        )

    data = entry.data
    if not isinstance(data, dict):
        raise fail(
            f"{where} is not a mapping of fields", f"write it as fields: {', '.join(FIELDS)}"
        )
    for name in FIELDS:
        if name not in data or data[name] is None or (name != "approaches" and data[name] == ""):
            near = difflib.get_close_matches(name, [str(k) for k in data if k not in FIELDS], 1)
            hint = f" (is '{near[0]}' a misspelling?)" if near else ""
            raise fail(f"field '{name}' is missing in {where}{hint}", f"add '{name}' to {where}")

    def text(name: str) -> str:
        value = data[name]
        if (
            not isinstance(value, str | int | float)
            or isinstance(value, bool)
            or not str(value).strip()
        ):
            raise fail(
                f"field '{name}' in {where} must be non-empty text", f"set '{name}' to text", name
            )
        return str(value).strip()

    listing_id = text("id")
    if not _ID.match(listing_id):
        raise fail(
            f"id '{listing_id}' in {where} has characters ids cannot use",
            "use letters, digits, '-', '_' and '.', e.g. 'coach-01'",
            "id",
        )
    where = f"listing '{listing_id}'"
    kind = _choice(text("kind"), KINDS)
    if kind is None:
        raise fail(
            f"unknown kind '{data['kind']}' in {where}", f"use one of: {', '.join(KINDS)}", "kind"
        )
    fmt = _choice(text("format"), FORMATS)
    if fmt is None:
        raise fail(
            f"unknown format '{data['format']}' in {where}",
            f"use one of: {', '.join(FORMATS)}",
            "format",
        )
    topics = _string_list(data["topics"])
    if topics is None or not topics:
        raise fail(
            f"field 'topics' in {where} must be a non-empty list of topic slugs",
            "list at least one topic",
            "topics",
        )
    for topic in topics:
        if (known_topics and topic not in known_topics) or not _TOPIC_SLUG.match(topic):
            choices = sorted(known_topics) if known_topics else []
            near = difflib.get_close_matches(topic, choices, 1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            rule = (
                f"use one of: {', '.join(choices)}"
                if choices
                else "use a lower-case slug like 'anxious-attachment'"
            )
            raise fail(f"unknown topic '{topic}' in {where}{hint}", rule, "topics")
    approaches = _string_list(data["approaches"])
    if approaches is None:
        raise fail(
            f"field 'approaches' in {where} must be a list of text",
            "write approaches as a list",
            "approaches",
        )
    location = _location(data["location"])
    if location is None:
        raise fail(
            f"field 'location' in {where} must be a mapping with city, region and country",
            "write location: {city: ..., region: ..., country: ...} (empty for online-only)",
            "location",
        )
    if fmt != "online" and not (location.city or location.country):
        raise fail(
            f"{where} meets {'in person' if fmt == 'in_person' else 'online and in person'}"
            " but has no city or country",
            "add location.city and location.country, or set format: online",
            "location",
        )
    url = text("url")
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise fail(
            f"bad url '{url}' in {where}",
            "use a full http(s) address with a host, e.g. https://example.org/...",
            "url",
        )
    accepting = data["accepting_new_clients"]
    if isinstance(accepting, str) and accepting.strip().lower() in _TRUE | _FALSE:
        accepting = accepting.strip().lower() in _TRUE
    if not isinstance(accepting, bool):
        raise fail(
            f"accepting_new_clients '{data['accepting_new_clients']}' in {where} is not a boolean",
            "use true or false (yes/no)",
            "accepting_new_clients",
        )
    origin = text("origin").lower()
    if origin not in ORIGINS:
        raise fail(
            f"unknown origin '{origin}' in {where}", f"use one of: {', '.join(ORIGINS)}", "origin"
        )
    return Listing(
        id=listing_id,
        name=text("name"),
        kind=kind,
        topics=tuple(topics),
        approaches=tuple(approaches),
        format=fmt,
        location=location,
        url=url,
        summary=" ".join(text("summary").split()),
        accepting_new_clients=accepting,
        origin=origin,
    )


def _choice(value: str, allowed: Iterable[str]) -> str | None:
    """``"In person"`` -> ``"in_person"``: case and separators are forgiven, values are not."""
    normal = re.sub(r"[\s-]+", "_", value.strip().lower())
    return normal if normal in allowed else None


def _string_list(value: Any) -> list[str] | None:
    if isinstance(value, str):
        value = re.split(r"[;,]", value)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return [v.strip() for v in value if v.strip()]


def _location(value: Any) -> Location | None:
    if value in ({}, ""):
        return Location()
    if not isinstance(value, dict) or set(value) - {"city", "region", "country"}:
        return None
    parts = [value.get(k) or "" for k in ("city", "region", "country")]
    if not all(isinstance(p, str) for p in parts):
        return None
    return Location(*(p.strip() for p in parts))
