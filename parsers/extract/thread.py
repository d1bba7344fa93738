"""Correspondence threads → messages: a WhatDoTheyKnow request page (HTML) or
its JSON export (`{"title", "events": [{"type": "outgoing"|"incoming",
"created_at", "content": [text]}]}`).

Each message keeps its direction (outgoing: the requester; incoming: the
authority), its date, its author where the page names one, and its text with
the quoted earlier correspondence cut off ("From: … Sent: …", "-----Original
Message-----", WhatDoTheyKnow's own footer). The FOI parser reads the thread
in parsers.foi.thread.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

__all__ = ["Message", "read_thread_html", "read_thread_json", "strip_quoted"]

MAX_MESSAGES = 500


@dataclass
class Message:
    direction: str  # outgoing (requester) | incoming (authority)
    date: date | None
    text: str  # the message's own text, quoted correspondence removed
    full_text: str = ""  # as published, with quoted parts
    author: str | None = None


_QUOTE_START = re.compile(
    r"^\s*(?:From:\s.*|-{3,}\s*Original\s+Message\s*-{3,}.*|show\s+quoted\s+sections|"
    r"On\s.{5,80}\s(?:wrote|a\s+écrit):\s*|Please\s+use\s+this\s+email\s+address\s+for\s+all\s+replies.*)$",
    re.IGNORECASE,
)
_TRAILER = re.compile(r"^\s*(?:References|Visible\s+links|Hidden\s+links)\s*$", re.IGNORECASE)


def strip_quoted(text: str) -> str:
    """The message without the earlier correspondence quoted under it."""
    out: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if _QUOTE_START.match(line) or _TRAILER.match(line):
            break
        out.append(line.rstrip())
    return "\n".join(out).strip()


def _iso_date(value) -> date | None:
    if not isinstance(value, str):
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _content_text(content) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(_content_text(c) for c in content[:50])
    if isinstance(content, dict):
        for key in ("body", "text", "content", "main_body_text"):
            if key in content:
                return _content_text(content[key])
    return ""


def read_thread_json(data: bytes) -> tuple[str | None, list[Message]] | None:
    """(title, messages) of a WhatDoTheyKnow JSON export, or None when `data`
    is not one."""
    head = data[:200].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{"):
        return None
    try:
        obj = json.loads(data.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(obj, dict):
        return None
    events = obj.get("events") or obj.get("info_request_events")
    if not isinstance(events, list):
        return None
    messages: list[Message] = []
    for ev in events[:MAX_MESSAGES]:
        if not isinstance(ev, dict):
            continue
        kind = str(ev.get("type") or ev.get("event_type") or "").lower()
        if kind in ("outgoing", "sent", "followup_sent"):
            direction = "outgoing"
        elif kind in ("incoming", "response"):
            direction = "incoming"
        else:
            continue
        full = _content_text(ev.get("content") or ev.get("body") or "")
        messages.append(
            Message(
                direction=direction,
                date=_iso_date(ev.get("created_at") or ev.get("date")),
                text=strip_quoted(full),
                full_text=full,
            )
        )
    if not messages:
        return None
    title = obj.get("title") if isinstance(obj.get("title"), str) else None
    return title, messages


def read_thread_html(soup) -> tuple[str | None, list[Message]] | None:
    """(title, messages) of a WhatDoTheyKnow request page (a parsed
    BeautifulSoup tree), or None when the page holds no correspondence."""
    nodes = soup.select("div.correspondence")
    if not nodes:
        return None
    messages: list[Message] = []
    for node in nodes[:MAX_MESSAGES]:
        classes = node.get("class") or []
        if "outgoing" in classes:
            direction = "outgoing"
        elif "incoming" in classes:
            direction = "incoming"
        else:
            continue
        when = node.find("time")
        day = _iso_date(when.get("datetime")) if when is not None else None
        author_node = node.select_one(".correspondence__header__author")
        author = " ".join(author_node.get_text(" ").split()) if author_node else None
        body = node.select_one(".correspondence_text")
        if body is None:
            continue
        for extra in body.select(".attachments, .list-of-attachments, .attachment"):
            extra.decompose()
        for br in body.find_all("br"):
            br.replace_with("\n")
        for p in body.find_all("p"):
            p.insert_after("\n")
        full = body.get_text()
        full = "\n".join(ln.strip() for ln in full.split("\n"))
        full = re.sub(r"\n{3,}", "\n\n", full).strip()
        messages.append(
            Message(direction, day, strip_quoted(full), full_text=full, author=author or None)
        )
    if not messages:
        return None
    title = None
    for h1 in soup.find_all("h1")[:5]:
        text = " ".join(h1.get_text(" ").split())
        if text and text.lower() != "whatdotheyknow":
            title = text[:300]
            break
    return title, messages
