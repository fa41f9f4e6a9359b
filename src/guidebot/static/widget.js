/*!
 * guidebot chat widget. One tag puts it on any page:
 *
 *   <script src="https://bot.example/widget.js" data-api="https://bot.example"
 *           data-title="Ask the guides" data-greeting="Hi..." data-suggestions="q1|q2"
 *           data-position="right" data-color="#33524a" defer></script>
 *
 * Hand-written, no build step, no dependencies. It lives in a shadow root (the page's CSS
 * cannot reach it), streams answers from POST /v1/chat/stream (fetch + ReadableStream, as
 * EventSource cannot POST), keeps the conversation in sessionStorage and sends it with each
 * message. Everything the server sends is rendered by building DOM nodes with textContent:
 * no server text ever goes through innerHTML.
 */
(() => {
  "use strict";

  const script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  if (!script || document.querySelector("guidebot-chat")) return; // once per page

  // ------------------------------------------------------------------ settings

  const scriptUrl = new URL(script.src, location.href);
  const data = script.dataset;
  const API = new URL(data.api || scriptUrl.origin, scriptUrl).href.replace(/\/+$/, "");
  const CONFIG = {
    title: data.title || "Ask the guides",
    subtitle: data.subtitle || "Answers from our guides",
    greeting: data.greeting ||
      "Hi. I answer questions from the directory's guides on anger, attachment, grief, " +
      "loneliness, fatherhood and more, and I can point you to coaches, groups and programs.",
    suggestions: (data.suggestions || "").split("|").map((s) => s.trim()).filter(Boolean).slice(0, 4),
    position: data.position === "left" ? "left" : "right",
    color: data.color && CSS.supports("color", data.color) ? data.color : "",
    locale: data.locale || navigator.language || "",
  };
  const MAX_HISTORY = 20; // turns sent with each message (the API's limit)
  const MAX_KEPT = 80; // entries kept in sessionStorage
  const MAX_CHARS = 2000;
  const IDLE_TIMEOUT_MS = 45000; // the server pings every 15 s
  const STORAGE_KEY = "guidebot:" + API;
  const FALLBACK_NOTICE =
    "guidebot is not a therapist or an emergency service. It shares information from the " +
    "guides. If you or someone else is in danger, call your local emergency number or a crisis line.";

  // ------------------------------------------------------------------ DOM helpers

  /** Element with attributes and children; strings become text nodes, never markup. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value == null || value === false) continue;
      if (key === "class") el.className = value;
      else if (key === "text") el.textContent = value;
      else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) if (child != null && child !== false) el.append(child);
    return el;
  }

  const ICONS = {
    chat: "M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.3 3.6A.8.8 0 0 1 4.4 19v-3.1A2.5 2.5 0 0 1 4 14.6z",
    close: "M6 6l12 12M18 6L6 18",
    send: "M5 12h13M13 6l6 6-6 6",
    restart: "M4 12a8 8 0 1 0 2.4-5.7M4 4v4.5h4.5",
    up: "M7 11v9H4v-9zm0 0 4-7a2 2 0 0 1 2.6 2.5L12.5 10H18a2 2 0 0 1 2 2.3l-1.1 6A2 2 0 0 1 17 20H7",
    down: "M17 13V4h3v9zm0 0-4 7a2 2 0 0 1-2.6-2.5l1.1-3.5H6a2 2 0 0 1-2-2.3l1.1-6A2 2 0 0 1 7 4h10",
    phone: "M6.6 3.5 9 3l1.5 4.2-2 1.4a11 11 0 0 0 6.9 6.9l1.4-2 4.2 1.5-.5 2.4A2 2 0 0 1 18.6 19 15.6 15.6 0 0 1 5 5.4a2 2 0 0 1 1.6-1.9z",
    text: "M4 6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H9l-5 4z",
    info: "M12 8h.01M11 12h1v5h1M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z",
    link: "M14 5h5v5M19 5l-8 8M17 14v4a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h4",
  };

  function icon(name, size = 20) {
    const NS = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(NS, "svg");
    for (const [k, v] of Object.entries({
      viewBox: "0 0 24 24", width: size, height: size, fill: "none", stroke: "currentColor",
      "stroke-width": "1.8", "stroke-linecap": "round", "stroke-linejoin": "round",
      "aria-hidden": "true", focusable: "false", class: "icon",
    })) svg.setAttribute(k, String(v));
    const path = document.createElementNS(NS, "path");
    path.setAttribute("d", ICONS[name]);
    svg.append(path);
    return svg;
  }

  /** An http(s) URL from the server, or null: no javascript:, data: or other schemes. */
  function safeUrl(value) {
    try {
      const url = new URL(String(value), API + "/");
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
    } catch {
      return null;
    }
  }

  function externalLink(url, attrs, ...children) {
    const href = safeUrl(url);
    if (!href) return h("span", { class: attrs && attrs.class }, ...children);
    return h("a", { ...attrs, href, target: "_blank", rel: "noopener noreferrer" }, ...children);
  }

  // ------------------------------------------------------------------ Markdown-lite

  // **bold**, *italic* or _italic_, [text](https://...), and [n] citation markers.
  const INLINE = new RegExp(
    [
      String.raw`\*\*(?=\S)(.+?)\*\*`,
      String.raw`(?<![\w*])\*(?=[^\s*])(.+?)\*(?![\w*])`,
      String.raw`(?<!\w)_(?=\S)(.+?)_(?!\w)`,
      String.raw`\[([^\[\]\n]+)\]\(([^()\s]+)\)`,
      String.raw`\[(\d{1,3})\]`,
    ].join("|"),
    "g",
  );

  function inline(text, cites, parent) {
    let last = 0;
    for (const m of text.matchAll(INLINE)) {
      if (m.index > last) parent.append(text.slice(last, m.index));
      if (m[1] != null) parent.append(inline(m[1], cites, h("strong")));
      else if (m[2] != null || m[3] != null) parent.append(inline(m[2] ?? m[3], cites, h("em")));
      else if (m[4] != null) {
        parent.append(safeUrl(m[5]) ? externalLink(m[5], {}, m[4]) : m[0]);
      } else parent.append(citeMarker(Number(m[6]), cites));
      last = m.index + m[0].length;
    }
    if (last < text.length) parent.append(text.slice(last));
    return parent;
  }

  function citeMarker(n, cites) {
    const cite = cites && cites.get(n);
    if (!cite) return h("span", { class: "cite pending", "aria-hidden": "true", text: String(n) });
    return externalLink(cite.url, {
      class: "cite",
      "aria-label": `Source ${n}: ${cite.guide}, ${cite.section}`,
      title: `${cite.guide} \u203a ${cite.section}`,
    }, String(n));
  }

  /** Paragraphs, simple lists and line breaks, as a fragment of DOM nodes. */
  function markdown(text, cites) {
    const frag = document.createDocumentFragment();
    const blocks = String(text || "").replace(/\r\n?/g, "\n").split(/\n\s*\n/);
    for (const block of blocks) {
      const lines = block.split("\n").filter((l) => l.trim());
      if (!lines.length) continue;
      const bullet = /^\s*[-*\u2022]\s+/, numbered = /^\s*\d{1,2}[.)]\s+/;
      const listKind = lines.every((l) => bullet.test(l)) ? ["ul", bullet]
        : lines.every((l) => numbered.test(l)) ? ["ol", numbered] : null;
      if (listKind) {
        const [tag, marker] = listKind;
        frag.append(h(tag, {}, lines.map((l) => inline(l.replace(marker, ""), cites, h("li")))));
        continue;
      }
      const p = h("p");
      lines.forEach((line, i) => {
        if (i) p.append(h("br"));
        inline(line.trim(), cites, p);
      });
      frag.append(p);
    }
    return frag;
  }

  // ------------------------------------------------------------------ crisis contacts

  /**
   * Tappable actions from a resource's contact text:
   *   "call or text 988"                    -> tel:988, sms:988
   *   "text HOME to 741741"                 -> sms:741741?&body=HOME
   *   "call 1-800-799-7233 or text START to 88788" -> tel:18007997233, sms:88788?&body=START
   *   "call your local emergency number (112 in the EU)" -> tel:112
   */
  function contactActions(contact) {
    const text = String(contact || "");
    const NUMBER = String.raw`(\+?\d[\d\s().-]*\d|\d)`;
    const re = new RegExp(
      String.raw`\b(call or text|text or call|call|phone|ring|dial|text|sms)\s+(?:([A-Za-z][A-Za-z0-9]*)\s+to\s+)?` + NUMBER,
      "gi",
    );
    const actions = [];
    const add = (verb, number, keyword) => {
      const digits = number.replace(/[^\d+]/g, "");
      if (digits.replace("+", "").length < 2) return;
      const shown = number.trim();
      if (verb === "tel") actions.push({ kind: "call", href: `tel:${digits}`, label: `Call ${shown}` });
      else actions.push({
        kind: "text",
        href: keyword ? `sms:${digits}?&body=${encodeURIComponent(keyword)}` : `sms:${digits}`,
        label: keyword ? `Text ${keyword} to ${shown}` : `Text ${shown}`,
      });
    };
    for (const m of text.matchAll(re)) {
      const verb = m[1].toLowerCase();
      if (verb.includes("call") || ["phone", "ring", "dial"].includes(verb)) add("tel", m[3]);
      if (verb.includes("text") || verb === "sms") add("sms", m[3], m[2]);
    }
    if (!actions.length && /\bcall\b/i.test(text)) {
      const bare = text.match(/\b\d{3,}\b/);
      if (bare) add("tel", bare[0]);
    }
    return actions;
  }

  // ------------------------------------------------------------------ server-sent events

  /** Parse an SSE response body into {event, data} objects (comments and pings skipped). */
  async function* readEvents(response) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "", carry = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      let chunk = carry + value;
      carry = chunk.endsWith("\r") ? "\r" : ""; // a CRLF split across two chunks
      if (carry) chunk = chunk.slice(0, -1);
      buffer += chunk.replace(/\r\n?/g, "\n");
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        let event = "message";
        const lines = [];
        for (const line of block.split("\n")) {
          if (!line || line.startsWith(":")) continue;
          const colon = line.indexOf(":");
          const field = colon < 0 ? line : line.slice(0, colon);
          const val = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
          if (field === "event") event = val;
          else if (field === "data") lines.push(val);
        }
        if (lines.length) yield { event, data: lines.join("\n") };
      }
    }
  }

  class ChatError extends Error {
    constructor(message, status = 0) {
      super(message);
      this.status = status;
    }
  }

  /** One turn over POST /v1/chat/stream; calls handlers as events arrive, resolves with `done`. */
  async function streamChat(message, history, on) {
    const controller = new AbortController();
    let idle;
    const arm = () => {
      clearTimeout(idle);
      idle = setTimeout(() => controller.abort(), IDLE_TIMEOUT_MS);
    };
    arm();
    try {
      const body = { message, history };
      if (/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(CONFIG.locale)) body.locale = CONFIG.locale;
      const response = await fetch(API + "/v1/chat/stream", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
        body: JSON.stringify(body),
        credentials: "omit",
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new ChatError("HTTP " + response.status, response.status);
      for await (const { event, data } of readEvents(response)) {
        arm();
        const payload = JSON.parse(data);
        if (event === "token") on.token(String(payload.text ?? ""));
        else if (event === "citations") on.citations(payload);
        else if (event === "done") return payload;
        else if (event === "error") throw new ChatError(String(payload.error || "error"), 500);
      }
      throw new ChatError("the answer was cut off");
    } finally {
      clearTimeout(idle);
    }
  }

  async function postJSON(path, body) {
    const response = await fetch(API + path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "omit",
    });
    if (!response.ok) throw new ChatError("HTTP " + response.status, response.status);
    return response.json();
  }

  // ------------------------------------------------------------------ conversation state

  function loadState() {
    try {
      const state = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || "null");
      if (state && Array.isArray(state.entries)) return state;
    } catch { /* storage blocked or corrupt: start fresh */ }
    return { entries: [], notice: "" };
  }

  const state = loadState();

  function saveState() {
    state.entries = state.entries.slice(-MAX_KEPT);
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch { /* private mode or full: the conversation lasts until the page goes */ }
  }

  /** The last turns, as the API wants them. */
  function historyBefore(count) {
    return state.entries.slice(0, count)
      .filter((e) => e.role === "user" || e.role === "assistant")
      .map((e) => ({ role: e.role, content: String(e.content || "").slice(0, 20000) }))
      .slice(-MAX_HISTORY);
  }

  // ------------------------------------------------------------------ the widget

  const host = document.createElement("guidebot-chat");
  const root = host.attachShadow({ mode: "open" });
  const stylesheet = h("link", { rel: "stylesheet", href: new URL("widget.css", scriptUrl).href });
  const frame = h("div", { class: "gb", "data-position": CONFIG.position, hidden: true });
  stylesheet.addEventListener("load", () => {
    frame.hidden = false;
    // Text on the accent colour: white on dark accents, ink on light ones.
    const rgb = getComputedStyle(launcher).backgroundColor.match(/[\d.]+/g);
    if (rgb) {
      const [r, g, b] = rgb.slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      if (0.2126 * r + 0.7152 * g + 0.0722 * b > 0.18) frame.style.setProperty("--gb-on-accent", "#1f1b17");
    }
  });
  stylesheet.addEventListener("error", () => (frame.hidden = false));
  if (CONFIG.color) frame.style.setProperty("--gb-accent", CONFIG.color);

  const launcher = h("button", {
    type: "button", class: "launcher", "aria-haspopup": "dialog", "aria-expanded": "false",
    "aria-controls": "gb-panel",
  }, icon("chat", 22), h("span", { class: "launcher-label", text: CONFIG.title }));

  const input = h("textarea", {
    id: "gb-input", rows: "1", maxlength: String(MAX_CHARS), autocomplete: "off",
    placeholder: "Ask a question\u2026", "aria-describedby": "gb-hint",
  });
  const sendButton = h("button", { type: "submit", class: "send", "aria-label": "Send" }, icon("send", 20));
  const composer = h("form", { class: "composer" },
    h("label", { for: "gb-input", class: "sr-only", text: "Your question" }),
    input, sendButton,
  );
  const log = h("div", {
    class: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions text",
    "aria-label": "Conversation", tabindex: "-1",
  });
  const closeButton = h("button", { type: "button", class: "icon-btn", "aria-label": "Close chat" }, icon("close"));
  const restartButton = h("button", {
    type: "button", class: "icon-btn", "aria-label": "Start a new conversation", title: "New conversation",
  }, icon("restart", 18));
  const panel = h("section", {
    id: "gb-panel", class: "panel", role: "dialog", "aria-modal": "true",
    "aria-labelledby": "gb-title", "aria-describedby": "gb-subtitle", hidden: true,
  },
    h("header", { class: "head" },
      h("span", { class: "mark", "aria-hidden": "true" }, icon("chat", 18)),
      h("div", { class: "titles" },
        h("h2", { id: "gb-title", class: "title", text: CONFIG.title }),
        h("p", { id: "gb-subtitle", class: "subtitle", text: CONFIG.subtitle }),
      ),
      restartButton, closeButton,
    ),
    log,
    composer,
    h("p", { id: "gb-hint", class: "hint", text: "Enter to send \u00b7 Shift+Enter for a new line \u00b7 Esc to close" }),
  );
  frame.append(launcher, panel);
  root.append(stylesheet, frame);
  (document.body || document.documentElement).append(host);

  // ------------------------------------------------------------------ rendering

  let busy = false;

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  function renderNotice() {
    if (!state.notice) return null;
    return h("div", { class: "notice", role: "note" }, icon("info", 18), h("p", { text: state.notice }));
  }

  function renderGreeting() {
    const msg = h("div", { class: "msg bot greeting" }, h("div", { class: "bubble" }, h("div", { class: "md" }, markdown(CONFIG.greeting))));
    const asked = state.entries.some((e) => e.role === "user");
    if (!CONFIG.suggestions.length || asked) return msg;
    const chips = h("div", { class: "suggestions", role: "group", "aria-label": "Suggested questions" },
      CONFIG.suggestions.map((q) => h("button", {
        type: "button", class: "chip", text: q, onclick: () => send(q),
      })));
    return [msg, chips];
  }

  function renderUser(text) {
    return h("div", { class: "msg user" },
      h("span", { class: "sr-only", text: "You: " }),
      h("div", { class: "bubble", text }));
  }

  function renderResources(resources) {
    return h("section", { class: "crisis", "aria-label": "Crisis resources" },
      h("p", { class: "crisis-title", text: "You can talk to someone right now" }),
      h("ul", { class: "resources" }, resources.map((r) => {
        const actions = contactActions(r.contact);
        return h("li", { class: "resource" },
          h("p", { class: "resource-name", text: r.name }),
          h("p", { class: "resource-contact", text: r.contact }),
          actions.length ? h("div", { class: "resource-actions" }, actions.map((a) =>
            h("a", { class: "action " + a.kind, href: a.href }, icon(a.kind === "call" ? "phone" : "text", 18),
              h("span", { text: a.label })))) : null,
          r.url && safeUrl(r.url) ? externalLink(r.url, { class: "resource-site" },
            new URL(safeUrl(r.url)).hostname.replace(/^www\./, ""), icon("link", 14)) : null,
        );
      })),
    );
  }

  function renderSources(citations) {
    return h("section", { class: "sources", "aria-label": "Sources" },
      h("p", { class: "label", text: "Sources" }),
      h("ol", {}, citations.map((c) => h("li", { value: String(c.n) },
        externalLink(c.url, { class: "source" },
          h("span", { class: "source-guide", text: c.guide }),
          h("span", { class: "sep", "aria-hidden": "true", text: " \u203a " }),
          h("span", { class: "sr-only", text: ", " }),
          h("span", { class: "source-section", text: c.section }),
        )))));
  }

  const FORMATS = { online: "Online", in_person: "In person", both: "Online or in person" };

  function renderReferrals(referrals) {
    return h("section", { class: "referrals", "aria-label": "Suggested from the directory" },
      h("p", { class: "label", text: "From the directory" }),
      h("ul", { class: "cards" }, referrals.map((r) => {
        const where = [FORMATS[r.format] || r.format, r.location].filter(Boolean).join(" \u00b7 ");
        const kind = String(r.kind || "");
        return h("li", { class: "card" },
          h("div", { class: "card-top" },
            externalLink(r.url, { class: "card-name" }, r.name),
            kind ? h("span", { class: "badge", text: kind.charAt(0).toUpperCase() + kind.slice(1) }) : null),
          where ? h("p", { class: "card-where", text: where }) : null,
          r.reason ? h("p", { class: "card-reason", text: r.reason.charAt(0).toUpperCase() + r.reason.slice(1) }) : null,
        );
      })),
    );
  }

  function renderRating(entry) {
    const status = h("span", { class: "rate-status" });
    const buttons = [[1, "up", "Helpful"], [-1, "down", "Not helpful"]].map(([rating, name, label]) =>
      h("button", {
        type: "button", class: "rate-btn", "aria-label": label, title: label,
        "aria-pressed": String(entry.rating === rating), disabled: Boolean(entry.rating),
        onclick: async () => {
          buttons.forEach((b) => (b.disabled = true));
          status.textContent = "Sending\u2026";
          try {
            await postJSON("/v1/feedback", {
              rating, message: entry.question, answer: entry.content, kind: entry.response.kind,
              citations: (entry.response.citations || []).map(({ n, guide_slug, section, url }) =>
                ({ n, guide_slug, section, url })),
            });
            entry.rating = rating;
            saveState();
            buttons.forEach((b, i) => b.setAttribute("aria-pressed", String((i ? -1 : 1) === rating)));
            status.textContent = "Thanks for letting us know.";
          } catch {
            buttons.forEach((b) => (b.disabled = false));
            status.textContent = "Couldn't send that. Try again?";
          }
        },
      }, icon(name, 16)));
    return h("div", { class: "rate", role: "group", "aria-label": "Was this answer helpful?" },
      h("span", { class: "rate-label", "aria-hidden": "true", text: entry.rating ? "" : "Helpful?" }),
      buttons, status);
  }

  /** An assistant message: `text` re-renders it as the answer streams in, `finish` completes it. */
  function assistantView() {
    const body = h("div", { class: "md" });
    const extras = h("div", { class: "extras" });
    const typing = h("span", { class: "typing", "aria-hidden": "true" }, h("i"), h("i"), h("i"));
    const bubble = h("div", { class: "bubble" }, typing, body, extras);
    const el = h("div", { class: "msg bot" }, h("span", { class: "sr-only", text: "guidebot: " }), bubble);
    let cites = null;
    return {
      el,
      text(answer) {
        bubble.classList.toggle("started", Boolean(answer));
        body.replaceChildren(markdown(answer, cites));
      },
      citations(list) {
        cites = new Map((list || []).map((c) => [Number(c.n), c]));
      },
      finish(entry) {
        const r = entry.response;
        this.citations(r.citations);
        typing.remove();
        bubble.classList.add("started");
        el.classList.toggle("crisis-msg", r.kind === "crisis");
        el.classList.toggle("no-answer", r.kind === "no_answer");
        body.replaceChildren(markdown(entry.content, cites));
        extras.replaceChildren();
        if (r.kind === "crisis" && r.resources && r.resources.length) bubble.insertBefore(renderResources(r.resources), body);
        // The answer's last paragraph introduces the listings, so they come first.
        if (r.referrals && r.referrals.length) extras.append(renderReferrals(r.referrals));
        if (r.citations && r.citations.length) extras.append(renderSources(r.citations));
        el.append(renderRating(entry));
      },
    };
  }

  function renderEntry(entry) {
    if (entry.role === "user") return renderUser(entry.content);
    const view = assistantView();
    view.finish(entry);
    return view.el;
  }

  function renderAll() {
    log.replaceChildren(...[renderNotice(), renderGreeting(), state.entries.map(renderEntry)].flat().filter(Boolean));
  }

  function friendly(error) {
    if (error && error.status === 503) return "The guides are being updated. Please try again in a moment.";
    if (error && error.status === 422) return "That message couldn't be sent. Messages can be up to 2,000 characters.";
    if (error && error.status === 429) return "Lots of questions at once. Please wait a moment and try again.";
    return "Sorry, I couldn't get an answer just now. Please check your connection and try again.";
  }

  // ------------------------------------------------------------------ sending

  async function send(text) {
    const message = String(text || "").trim().slice(0, MAX_CHARS);
    if (!message || busy) return;
    busy = true;
    setBusy(true);
    log.querySelectorAll(".suggestions, .msg.error").forEach((el) => el.remove());
    const history = historyBefore(state.entries.length);
    const userEntry = { role: "user", content: message };
    state.entries.push(userEntry);
    saveState();
    const userView = renderUser(message);
    log.append(userView);
    const view = assistantView();
    log.append(view.el);
    // Keep the question at the top of the view while its answer grows below it, until the
    // visitor scrolls away themselves.
    let pinned = -1;
    const follow = () => {
      const target = Math.max(0, userView.offsetTop - 8);
      if (pinned >= 0 && Math.abs(log.scrollTop - pinned) > 2) return;
      log.scrollTop = Math.min(target, log.scrollHeight - log.clientHeight);
      pinned = log.scrollTop;
    };
    follow();

    let answer = "", raf = 0;
    const paint = () => {
      raf = 0;
      view.text(answer);
      follow();
    };
    try {
      const done = await streamChat(message, history, {
        token(piece) {
          answer += piece;
          if (!raf) raf = requestAnimationFrame(paint);
        },
        citations(list) {
          view.citations(list);
        },
      });
      cancelAnimationFrame(raf);
      const entry = {
        role: "assistant", content: String(done.answer || ""), question: message, rating: 0,
        response: {
          kind: done.kind, citations: done.citations || [], referrals: done.referrals || [],
          resources: done.resources || [],
        },
      };
      state.entries.push(entry);
      saveState();
      view.finish(entry);
      follow();
    } catch (error) {
      cancelAnimationFrame(raf);
      state.entries.splice(state.entries.indexOf(userEntry), 1); // not part of the history until answered
      saveState();
      view.el.remove();
      const retry = h("button", { type: "button", class: "retry", text: "Try again" });
      const failed = h("div", { class: "msg bot error", role: "alert" },
        h("div", { class: "bubble" }, h("p", { text: friendly(error) }), retry));
      retry.addEventListener("click", () => {
        failed.remove();
        userView.remove();
        send(message);
      });
      log.append(failed);
      scrollToEnd();
    } finally {
      busy = false;
      setBusy(false);
    }
  }

  function setBusy(on) {
    log.setAttribute("aria-busy", String(on));
    sendButton.disabled = on;
    panel.classList.toggle("busy", on);
  }

  // ------------------------------------------------------------------ open, close, focus

  let noticeRequested = false;

  async function ensureNotice() {
    if (state.notice || noticeRequested) return;
    noticeRequested = true;
    let notice = FALLBACK_NOTICE;
    try {
      const response = await fetch(API + "/v1/meta", { credentials: "omit" });
      if (response.ok) notice = String((await response.json()).notice || notice);
    } catch { /* the built-in notice says the same */ }
    state.notice = notice;
    saveState();
    if (!log.querySelector(".notice")) log.prepend(renderNotice());
  }

  function open() {
    if (!panel.hidden) return;
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute("aria-expanded", "true");
    frame.classList.add("open");
    ensureNotice();
    scrollToEnd();
    input.focus();
  }

  function close() {
    if (panel.hidden) return;
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute("aria-expanded", "false");
    frame.classList.remove("open");
    launcher.focus();
  }

  function focusables() {
    return [...panel.querySelectorAll(
      'a[href], button:not([disabled]), textarea:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])',
    )].filter((el) => el.getClientRects().length);
  }

  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "Tab") {
      const items = focusables();
      if (!items.length) return;
      const first = items[0], last = items[items.length - 1];
      const active = root.activeElement;
      if (event.shiftKey && (active === first || !panel.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !panel.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    }
  });

  launcher.addEventListener("click", open);
  closeButton.addEventListener("click", close);
  restartButton.addEventListener("click", () => {
    if (busy) return;
    state.entries = [];
    saveState();
    renderAll();
    input.focus();
  });

  composer.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value;
    if (!text.trim() || busy) return;
    input.value = "";
    grow();
    send(text);
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });

  function grow() {
    input.style.height = "auto";
    input.style.height = Math.min(input.scrollHeight, 132) + "px";
  }
  input.addEventListener("input", grow);

  renderAll();

  // A small handle for the host page: a "Chat with us" link can call guidebot.open().
  window.guidebot = Object.freeze({ open, close, ask: (q) => { open(); return send(q); } });
})();
