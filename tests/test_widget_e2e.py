"""The chat widget in a real headless Chromium (Debian's ``chromium``, driven by Playwright).

Two groups:

* ``TestOnTheRealServer`` (browser + integration): the real app under uvicorn on a loopback
  port, over an index ingested with the real MiniLM model from a copy of the bundled corpus
  plus one guide full of markup. The widget is embedded with its one tag in a page with
  hostile CSS, served from another origin (so CORS is exercised), and asked real questions.
  It also takes the README's screenshot (``GUIDEBOT_UPDATE_SCREENSHOT=1`` writes ``docs/widget.png``).
* ``TestWithAScriptedServer`` (browser only, no model): the same widget against a scripted
  API routed inside the browser, for what the real corpus can't produce on demand — Markdown
  edge cases, every locale's crisis contacts, errors and retry, the history limit.

Chromium is never downloaded: ``make setup`` installs Debian's package. Without it these
tests skip, except under ``CI=true``, where they fail.
"""

from __future__ import annotations

import http.server
import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from guidebot.config import Settings
from guidebot.feedback import feedback_store

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPO = Path(__file__).resolve().parents[1]
STATIC = REPO / "src" / "guidebot" / "static"
SCREENSHOT = REPO / "docs" / "widget.png"

QUESTION = "what is anxious attachment?"
HELP = "can you recommend a coach for anxious attachment, online?"
CRISIS = "I want to end my life tonight"
HOSTILE_QUESTION = "how does journaling help men notice their feelings?"

HOSTILE_GUIDE = """\
---
title: 'Journaling for Men <img src=x onerror="window.__pwned=1">'
slug: journaling-for-men
url: https://mensworkdirectory.example/guides/journaling-for-men
topics: [journaling, emotions]
summary: Why writing things down helps men notice what they feel.
origin: sample
---

## Why journaling <script>window.__pwned=2</script> helps men

Journaling helps men notice their feelings <script>window.__pwned=3</script> before they
have to explain them to anyone. Writing about a hard day <img src=x onerror="window.__pwned=4">
is how many men first notice the feeling underneath the anger. A journal that helps you notice
your feelings can hold [any link](javascript:window.__pwned=5) and stay only words on a page.

## How to start a journal

Write for five minutes at the same time each day, by hand or on a phone, without rereading
what you wrote. Start with one question: what did I feel today, and where did I feel it?
"""

# Hostile, but only CSS: it must not reach inside the widget or hide it.
HOST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hostile host</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  * { display: block !important; color: transparent; font-size: 2px; line-height: 0 !important;
      box-sizing: content-box !important; }
  html { font-size: 2px !important; }
  button { display: none !important; }
  a { color: red !important; pointer-events: none; }
  p, div, section, ul, li { margin: 37px !important; padding: 11px !important; }
  guidebot-chat { display: none !important; opacity: 0 !important; }
  body > * { transform: scale(0.25) !important; }
  head, script, style { display: none !important; }
</style></head>
<body><h1>A site with hostile CSS</h1><p>Some page text.</p>
<button id="page-button">The page's own button</button>
%(tag)s
</body></html>"""


# --------------------------------------------------------------------------- browser


def _browser_missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[dev]')"
    if not os.access(CHROMIUM, os.X_OK):
        return f"{CHROMIUM} is missing: `make setup` installs Debian's chromium"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    missing = _browser_missing()
    if missing:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"browser tests cannot run under CI: {missing}", pytrace=False)
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser: Any) -> Iterator[Callable[..., Any]]:
    """Pages in fresh contexts (own sessionStorage); page errors fail the test."""
    contexts: list[Any] = []
    errors: list[str] = []

    def make(**options: Any) -> Any:
        options.setdefault("viewport", {"width": 1000, "height": 760})
        options.setdefault("locale", "en-US")
        context = browser.new_context(**options)
        context.set_default_timeout(30_000)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        return page

    yield make
    for context in contexts:
        context.close()
    assert not errors, f"errors in the page: {errors}"


class Widget:
    """The widget inside a page (Playwright's locators pierce its open shadow root)."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.launcher = page.locator("guidebot-chat .launcher")
        self.panel = page.get_by_role("dialog", name="Ask the guides")
        self.input = page.get_by_label("Your question")
        self.log = page.locator("guidebot-chat .log")

    def open(self) -> Widget:
        self.launcher.click()
        self.panel.wait_for(state="visible")
        return self

    def ask(self, question: str) -> Any:
        """Send a question and wait for the answer; returns the last bot message."""
        count = self.page.locator("guidebot-chat .msg.bot").count()
        self.input.fill(question)
        self.input.press("Enter")
        self.page.wait_for_function(
            """(count) => {
                const root = document.querySelector('guidebot-chat').shadowRoot;
                return root.querySelectorAll('.msg.bot').length > count
                    && root.querySelector('.log').getAttribute('aria-busy') === 'false';
            }""",
            arg=count,
        )
        return self.page.locator("guidebot-chat .msg.bot").last

    def shadow(self, script: str) -> Any:
        """Evaluate ``script`` (a function of the shadow root) in the page."""
        return self.page.evaluate(
            f"(({script}))(document.querySelector('guidebot-chat').shadowRoot)"
        )


def free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


# --------------------------------------------------------------------------- the real server


@dataclass
class Served:
    api: str  # the API's base URL (also serves the widget and the demo page)
    site: str  # the host page's origin: another port, so another origin
    settings: Settings

    def tag(self, **data: str) -> str:
        attrs = "".join(f' data-{k}="{v}"' for k, v in {"api": self.api, **data}.items())
        return f'<script src="{self.api}/widget.js"{attrs} defer></script>'


class _HostPages(http.server.BaseHTTPRequestHandler):
    pages: dict[str, str] = {}

    def do_GET(self) -> None:  # noqa: N802
        body = self.pages.get(self.path.split("?")[0])
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write((body or "not found").encode())

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, minilm: Any, browser: Any) -> Iterator[Served]:
    import uvicorn

    from guidebot.adapters.web import create_app
    from guidebot.bot import build_bot, build_store
    from guidebot.index import ingest

    root = tmp_path_factory.mktemp("widget")
    corpus = root / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    (corpus / "guides" / "journaling-for-men.md").write_text(HOSTILE_GUIDE)

    pages = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _HostPages)
    site = f"http://127.0.0.1:{pages.server_address[1]}"  # another port: another origin
    api_sock = free_socket()
    settings = Settings(corpus_dir=corpus, data_dir=root / "data", cors_origins=[site])
    store = build_store(settings)
    ingest(settings, store, minilm)
    app = create_app(settings, bot=build_bot(settings, embedder=minilm, store=store))

    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    api_thread = threading.Thread(target=server.run, kwargs={"sockets": [api_sock]}, daemon=True)
    api_thread.start()
    site_thread = threading.Thread(target=pages.serve_forever, daemon=True)
    site_thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        assert api_thread.is_alive() and time.monotonic() < deadline, "the API did not start"
        time.sleep(0.05)
    served = Served(
        api=f"http://127.0.0.1:{api_sock.getsockname()[1]}", site=site, settings=settings
    )
    _HostPages.pages = {
        "/hostile.html": HOST_PAGE
        % {
            "tag": served.tag(
                title="Ask the guides",
                greeting="Hello from the test page.",
                suggestions="What is anxious attachment?|Tell me about grief",
                position="left",
                color="#6b4a2f",
            )
        }
    }
    yield served
    pages.shutdown()
    server.should_exit = True
    api_thread.join(15)


@pytest.mark.browser
@pytest.mark.integration
class TestOnTheRealServer:
    def hostile(self, new_page: Callable[..., Any], served: Served, **options: Any) -> Widget:
        page = new_page(**options)
        page.goto(served.site + "/hostile.html")
        widget = Widget(page)
        widget.launcher.wait_for(state="visible")
        return widget

    def test_tag_loads_the_widget_on_a_page_with_hostile_css(self, new_page, served) -> None:
        widget = self.hostile(new_page, served)
        page = widget.page
        assert page.locator("#page-button").is_hidden(), "the page's CSS applies to the page"
        assert widget.launcher.is_visible() and widget.launcher.is_enabled()
        style = widget.shadow("""root => {
            const s = getComputedStyle(root.querySelector('.launcher'));
            return {color: s.color, size: s.fontSize, display: s.display, position: s.position};
        }""")
        assert style == {
            "color": "rgb(255, 255, 255)",
            "size": "15px",
            "display": "flex",
            "position": "fixed",
        }
        box = widget.launcher.bounding_box()
        assert box["width"] > 120 and box["height"] > 40 and box["x"] < 100, (
            "data-position=left, full size"
        )
        assert (
            widget.shadow(
                "root => getComputedStyle(root.querySelector('.launcher')).backgroundColor"
            )
            == "rgb(107, 74, 47)"
        ), "data-color"

        widget.open()
        assert widget.launcher.is_hidden()
        assert page.get_by_text("Hello from the test page.").is_visible(), "data-greeting"
        assert page.get_by_role("button", name="Tell me about grief").is_visible(), (
            "data-suggestions"
        )
        notice = page.locator("guidebot-chat .notice")
        notice.wait_for()
        assert "not a therapist" in notice.inner_text()

    def test_a_question_streams_an_answer_citing_the_right_section(self, new_page, served) -> None:
        widget = self.hostile(new_page, served).open()
        page = widget.page
        assert widget.log.get_attribute("aria-live") == "polite"
        with page.expect_request(lambda r: r.url.endswith("/v1/chat/stream")) as sent:
            answer = widget.ask(QUESTION)
        assert sent.value.method == "POST"
        assert json.loads(sent.value.post_data) == {
            "message": QUESTION,
            "history": [],
            "locale": "en-US",
        }

        first = answer.locator(".md a.cite").first
        href = first.get_attribute("href")
        assert "/anxious-attachment-in-men#" in href, href
        assert first.get_attribute("target") == "_blank" and "noopener" in first.get_attribute(
            "rel"
        )
        assert first.get_attribute("aria-label").startswith("Source 1: Anxious Attachment in Men, ")
        sources = answer.locator(".sources a.source")
        assert sources.count() >= 1
        assert sources.first.get_attribute("href") == href
        assert sources.first.inner_text().startswith("Anxious Attachment in Men › ")
        color = widget.shadow(
            "root => getComputedStyle(root.querySelector('.msg.bot:last-of-type .md p')).color"
        )
        assert color != "rgba(0, 0, 0, 0)", "the page's transparent text does not reach the widget"

    def test_the_conversation_survives_a_reload_and_is_sent_as_history(
        self, new_page, served
    ) -> None:
        widget = self.hostile(new_page, served).open()
        first = widget.ask(QUESTION)
        answer_text = first.locator(".md").inner_text()
        widget.page.reload()
        widget = Widget(widget.page).open()
        assert widget.page.locator("guidebot-chat .msg.user").inner_text().endswith(QUESTION)
        assert widget.page.locator("guidebot-chat .notice").count() == 1, "the notice shows once"
        restored = widget.page.locator("guidebot-chat .msg.bot").last
        assert restored.locator(".md a.cite").first.get_attribute("href").count("#") == 1
        with widget.page.expect_request(lambda r: r.url.endswith("/v1/chat/stream")) as sent:
            widget.ask("and what changes it?")
        history = json.loads(sent.value.post_data)["history"]
        assert [t["role"] for t in history] == ["user", "assistant"]
        assert history[0]["content"] == QUESTION and "[1]" in history[1]["content"]
        assert history[1]["content"].replace("\n", "").startswith(answer_text.split(" ")[0])

    def test_a_help_request_shows_listing_cards(self, new_page, served) -> None:
        widget = self.hostile(new_page, served).open()
        answer = widget.ask(HELP)
        cards = answer.locator(".referrals .card")
        assert cards.count() >= 1
        card = cards.first
        assert card.locator(".badge").inner_text() == "Coach"
        assert "Online" in card.locator(".card-where").inner_text()
        assert "anxious attachment" in card.locator(".card-reason").inner_text().lower()
        link = card.locator("a.card-name")
        assert link.get_attribute("href").startswith("https://example.org/directory/")
        assert link.inner_text().strip()

    def test_a_crisis_message_shows_the_resources_first(self, new_page, served) -> None:
        widget = self.hostile(new_page, served).open()
        answer = widget.ask(CRISIS)
        assert "crisis-msg" in answer.get_attribute("class")
        crisis = answer.locator(".crisis")
        assert crisis.is_visible()
        call = crisis.locator('a[href="tel:988"]')
        assert call.is_visible() and call.inner_text() == "Call 988"
        assert crisis.locator('a[href="sms:988"]').is_visible()
        assert (
            crisis.locator('a[href="sms:741741?&body=HOME"]').inner_text() == "Text HOME to 741741"
        )
        assert crisis.locator('a[href="tel:911"]').count() == 1
        first = widget.shadow(
            "root => root.querySelector('.msg.crisis-msg .bubble').firstElementChild.className"
        )
        assert first == "crisis", "the resources come before the answer text"
        box = call.bounding_box()
        assert box["height"] >= 40, "tappable"

    def test_thumbs_down_is_stored(self, new_page, served) -> None:
        widget = self.hostile(new_page, served).open()
        answer = widget.ask(QUESTION)
        store = feedback_store(served.settings.data_dir)
        before = len(store.all())
        down = answer.get_by_role("button", name="Not helpful")
        with widget.page.expect_response(lambda r: r.url.endswith("/v1/feedback")) as posted:
            down.click()
        assert posted.value.status == 201
        answer.get_by_text("Thanks for letting us know.").wait_for()
        assert down.get_attribute("aria-pressed") == "true" and down.is_disabled()
        rows = store.all()
        assert len(rows) == before + 1
        row = rows[-1]
        assert (row["channel"], row["rating"], row["message"], row["kind"]) == (
            "widget",
            -1,
            QUESTION,
            "answer",
        )
        assert "[1]" in row["answer"] and "anxious-attachment-in-men" in row["citations"]
        assert json.loads(row["extra"])["origin"] == served.site

    def test_markup_in_a_guide_is_shown_as_text(self, new_page, served) -> None:
        widget = self.hostile(new_page, served).open()
        answer = widget.ask(HOSTILE_QUESTION)
        page = widget.page
        shown = answer.inner_text()
        assert "<script>window.__pwned" in shown or '<img src=x onerror="window.__pwned' in shown, (
            shown
        )
        assert answer.locator(".sources").inner_text().count("Journaling for Men <img src=x") >= 1
        page.wait_for_timeout(300)  # an onerror would have fired by now
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert (
            widget.shadow("root => root.querySelectorAll('script, img, iframe, object').length")
            == 0
        )
        hrefs = widget.shadow("root => [...root.querySelectorAll('a')].map(a => a.href)")
        assert all(h.startswith(("https:", "http:", "tel:", "sms:")) for h in hrefs), hrefs

    def test_keyboard_focus_is_trapped_and_returned(self, new_page, served) -> None:
        widget = self.hostile(new_page, served)
        page = widget.page
        widget.launcher.focus()
        page.keyboard.press("Enter")
        widget.panel.wait_for(state="visible")
        active = (
            "root => root.activeElement && (root.activeElement.id || root.activeElement.className)"
        )
        assert widget.shadow(active) == "gb-input"
        for _ in range(12):
            page.keyboard.press("Tab")
            assert widget.shadow(
                "root => root.querySelector('.panel').contains(root.activeElement)"
            )
        page.keyboard.press("Shift+Tab")
        assert widget.shadow("root => root.querySelector('.panel').contains(root.activeElement)")
        page.keyboard.press("Escape")
        widget.panel.wait_for(state="hidden")
        assert widget.shadow(active) == "launcher"
        assert widget.launcher.get_attribute("aria-expanded") == "false"

    def test_the_panel_fills_a_phone_screen(self, new_page, served) -> None:
        widget = self.hostile(
            new_page, served, viewport={"width": 390, "height": 800}, is_mobile=True, has_touch=True
        )
        widget.launcher.tap()
        widget.panel.wait_for(state="visible")
        box = widget.panel.bounding_box()
        assert (box["x"], box["y"], box["width"], box["height"]) == (0, 0, 390, 800)
        answer = widget.ask(CRISIS)
        assert answer.locator('a[href="tel:988"]').is_visible()

    def test_screenshot_of_a_cited_answer_on_the_demo_page(self, new_page, served, tmp_path) -> None:
        """Takes the README's screenshot; it replaces docs/widget.png only with GUIDEBOT_UPDATE_SCREENSHOT=1."""
        page = new_page(viewport={"width": 1000, "height": 740}, device_scale_factor=1)
        page.goto(served.api + "/")
        widget = Widget(page).open()
        answer = widget.ask(QUESTION)
        assert answer.locator(".md a.cite").count() >= 1
        answer.locator(".rate").scroll_into_view_if_needed()  # the sources, in view
        page.mouse.move(0, 0)
        shot = SCREENSHOT if os.environ.get("GUIDEBOT_UPDATE_SCREENSHOT") == "1" else tmp_path / "widget.png"
        page.screenshot(path=str(shot))
        from struct import unpack

        width, height = unpack(">II", shot.read_bytes()[16:24])
        assert width <= 1000 and shot.stat().st_size < 400_000


# --------------------------------------------------------------------------- a scripted server


SITE = "http://site.test"


def sse(events: list[tuple[str, Any]]) -> str:
    return "".join(f"event: {e}\r\ndata: {json.dumps(d)}\r\n\r\n" for e, d in events)


def answer_events(response: dict[str, Any], *, pieces: int = 4) -> list[tuple[str, Any]]:
    text = response.get("answer", "")
    step = max(1, len(text) // pieces)
    tokens = [("token", {"text": text[i : i + step]}) for i in range(0, len(text), step)]
    return [
        *tokens,
        (": ping", None),
        ("citations", response.get("citations", [])),
        ("referrals", response.get("referrals", [])),
        ("done", response),
    ]


class ScriptedApi:
    """Routes ``http://site.test/*`` inside the browser: a host page, the real widget files,
    and a chat endpoint that plays back scripted answers (one per request, in order)."""

    def __init__(self, page: Any, *replies: Any) -> None:
        self.replies = list(replies)
        self.requests: list[dict[str, Any]] = []
        self.feedback: list[dict[str, Any]] = []
        page.route(f"{SITE}/**", self.handle)

    def handle(self, route: Any) -> None:
        request = route.request
        path = request.url[len(SITE) :].split("?")[0]
        if path == "/page.html":
            route.fulfill(
                content_type="text/html",
                body=HOST_PAGE % {"tag": '<script src="/widget.js" defer></script>'},
            )
        elif path in ("/widget.js", "/widget.css"):
            kind = "text/javascript" if path.endswith(".js") else "text/css"
            route.fulfill(content_type=kind, body=(STATIC / path[1:]).read_text())
        elif path == "/v1/meta":
            route.fulfill(json={"notice": "Scripted notice: not a therapist."})
        elif path == "/v1/feedback":
            self.feedback.append(json.loads(request.post_data))
            route.fulfill(status=201, json={"id": len(self.feedback)})
        elif path == "/v1/chat/stream":
            self.requests.append(json.loads(request.post_data))
            reply = self.replies.pop(0)
            if isinstance(reply, int):
                route.fulfill(status=reply, json={"error": "scripted failure"})
            else:
                body = "".join(
                    ": ping\r\n\r\n" if e == ": ping" else sse([(e, d)]) for e, d in reply
                )
                route.fulfill(status=200, content_type="text/event-stream", body=body)
        else:
            route.fulfill(status=404, body="")


def crisis_reply(locale: str) -> dict[str, Any]:
    data = yaml.safe_load((REPO / "corpus" / "crisis" / f"{locale}.yaml").read_text())
    resources = [
        {"name": r["name"], "contact": r["contact"], "url": r.get("url", "")}
        for r in data["resources"]
    ]
    return {
        "kind": "crisis",
        "answer": "Please reach out now.",
        "citations": [],
        "referrals": [],
        "resources": resources,
    }


@pytest.mark.browser
class TestWithAScriptedServer:
    def open(
        self, new_page: Callable[..., Any], *replies: Any, **options: Any
    ) -> tuple[Widget, ScriptedApi]:
        page = new_page(**options)
        api = ScriptedApi(page, *replies)
        page.goto(SITE + "/page.html")
        return Widget(page).open(), api

    def test_markdown_lite_is_rendered_with_dom_nodes(self, new_page) -> None:
        reply = {
            "kind": "answer",
            "answer": "**Bold** and *italic* and _also_ [a link](https://example.org/x) [1].\n"
            "Second line [2] [9].\n\n- one\n- two\n\n"
            "[bad](javascript:alert(1)) <b>not bold</b> snake_case_word 2*3*4",
            "citations": [
                {
                    "n": 1,
                    "guide": "G",
                    "guide_slug": "g",
                    "section": "S",
                    "url": "https://example.org/g#s",
                    "quote": "q",
                },
                {
                    "n": 2,
                    "guide": "G2",
                    "guide_slug": "g2",
                    "section": "S2",
                    "url": "javascript:alert(2)",
                    "quote": "q",
                },
            ],
            "referrals": [],
            "resources": [],
        }
        widget, _ = self.open(new_page, answer_events(reply))
        answer = widget.ask("markdown?")
        md = answer.locator(".md")
        assert md.locator("p").count() == 2 and md.locator("li").all_inner_texts() == ["one", "two"]
        assert md.locator("strong").all_inner_texts() == ["Bold"]
        assert md.locator("em").all_inner_texts() == ["italic", "also"]
        assert md.locator("br").count() == 1
        assert md.locator("a:not(.cite)").evaluate_all("els => els.map(a => a.href)") == [
            "https://example.org/x"
        ]
        assert md.locator("a.cite").evaluate_all("els => els.map(a => a.href)") == [
            "https://example.org/g#s"
        ]
        assert md.locator("span.cite").all_inner_texts() == ["2", "9"], (
            "unsafe or unknown citations are not links"
        )
        text = md.inner_text()
        assert "[bad](javascript:alert(1))" in text and "<b>not bold</b>" in text
        assert "snake_case_word" in text and "2*3*4" in text
        assert answer.locator(".sources a.source").evaluate_all("els => els.map(a => a.href)") == [
            "https://example.org/g#s"
        ], "a source with an unsafe address is shown without a link"
        assert answer.locator(".sources li").count() == 2

    @pytest.mark.parametrize(
        ("locale", "expected"),
        [
            (
                "en-US",
                {
                    "tel:988",
                    "sms:988",
                    "sms:741741?&body=HOME",
                    "tel:18007997233",
                    "sms:88788?&body=START",
                    "tel:911",
                },
            ),
            ("en-GB", {"tel:116123", "sms:85258?&body=SHOUT", "tel:08082000247", "tel:999"}),
            ("en-AU", {"tel:131114", "tel:1300789978", "tel:1800737732", "tel:000"}),
            ("en-CA", {"tel:988", "sms:988", "tel:911"}),
            ("international", {"tel:112"}),
        ],
    )
    def test_crisis_contacts_become_tappable_links(
        self, new_page, locale: str, expected: set[str]
    ) -> None:
        widget, _ = self.open(new_page, answer_events(crisis_reply(locale)))
        answer = widget.ask("help")
        hrefs = set(
            answer.locator(".crisis .action").evaluate_all(
                "els => els.map(a => a.getAttribute('href'))"
            )
        )
        assert hrefs == expected

    def test_an_error_shows_a_friendly_message_and_retry_works(self, new_page) -> None:
        ok = {
            "kind": "no_answer",
            "answer": "Nothing on that.",
            "citations": [],
            "referrals": [],
            "resources": [],
        }
        widget, api = self.open(
            new_page,
            500,
            [("token", {"text": "Half an ans"}), ("error", {"error": "boom"})],
            answer_events(ok),
        )
        page = widget.page
        widget.ask("first try")
        alert = page.locator("guidebot-chat .msg.error")
        assert (
            "couldn't get an answer" in alert.inner_text()
            and alert.get_attribute("role") == "alert"
        )
        page.get_by_role("button", name="Try again").click()
        page.locator("guidebot-chat .msg.error").wait_for()
        assert "Half an ans" not in page.locator("guidebot-chat .log").inner_text()
        page.get_by_role("button", name="Try again").click()
        page.get_by_text("Nothing on that.").wait_for()
        assert page.locator("guidebot-chat .msg.error").count() == 0
        assert page.locator("guidebot-chat .msg.user").count() == 1, (
            "the retried question shows once"
        )
        assert [r["message"] for r in api.requests] == ["first try"] * 3
        assert all(r["history"] == [] for r in api.requests), "a failed turn is not history"

    def test_history_is_capped_at_twenty_turns(self, new_page) -> None:
        ok = {
            "kind": "no_answer",
            "answer": "ok",
            "citations": [],
            "referrals": [],
            "resources": [],
        }
        page = new_page()
        api = ScriptedApi(page, answer_events(ok))
        page.goto(SITE + "/page.html")
        entries = [
            {
                "role": "user" if i % 2 == 0 else "assistant",
                "content": f"turn {i}",
                "question": "q",
                "response": {"kind": "answer", "citations": []},
            }
            for i in range(30)
        ]
        page.evaluate(
            """(entries) => sessionStorage.setItem('guidebot:http://site.test',
            JSON.stringify({entries, notice: 'seen'}))""",
            entries,
        )
        page.reload()
        widget = Widget(page).open()
        assert page.locator("guidebot-chat .msg.user").count() == 15
        widget.ask("next")
        history = api.requests[0]["history"]
        assert (
            len(history) == 20
            and history[0]["content"] == "turn 10"
            and history[-1]["content"] == "turn 29"
        )
        assert set(history[0]) == {"role", "content"}

    def test_thumbs_up_posts_the_answer_and_its_citations(self, new_page) -> None:
        reply = {
            "kind": "answer",
            "answer": "A [1].",
            "citations": [
                {
                    "n": 1,
                    "guide": "G",
                    "guide_slug": "g",
                    "section": "S",
                    "url": "https://example.org/g#s",
                    "quote": "q",
                }
            ],
            "referrals": [],
            "resources": [],
        }
        widget, api = self.open(new_page, answer_events(reply))
        answer = widget.ask("rate me")
        answer.get_by_role("button", name="Helpful", exact=True).click()
        answer.get_by_text("Thanks for letting us know.").wait_for()
        assert api.feedback == [
            {
                "rating": 1,
                "message": "rate me",
                "answer": "A [1].",
                "kind": "answer",
                "citations": [
                    {"n": 1, "guide_slug": "g", "section": "S", "url": "https://example.org/g#s"}
                ],
            }
        ]
