"""Plain text, Markdown and e-mail → blocks (and Markdown tables).

Paragraphs are separated by blank lines (lines of only spaces count as blank);
Markdown headings become "heading" blocks, pipe tables and tables typed in
fixed-width columns (parsers.extract.text_tables) become tables. A JSON
document (e.g. a WhatDoTheyKnow thread export) contributes its string values
that look like prose, in order.
"""

from __future__ import annotations

import json
import re

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.extract.text_tables import find_text_tables

MAX_TEXT_BYTES = 20 * 1024 * 1024


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


_MD_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _md_row(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [c.strip() for c in line.split("|")]


# Repetition is bounded (a link text or URL of at most 2,000 characters, no
# brackets inside, emphasis within one line): 300,000 "[" made the unbounded
# forms backtrack for hours.
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,2000})\]\(([^()\s]{1,2000})\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)([^\n]{1,2000}?)\1")


def _strip_md(text: str) -> str:
    text = _MD_LINK.sub(r"\1 (\2)", text)  # [text](url)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return text


def _json_strings(value, out: list[str], depth: int = 0) -> None:
    if depth > 50 or len(out) > 10_000:
        return
    if isinstance(value, dict):
        for v in value.values():
            _json_strings(v, out, depth + 1)
    elif isinstance(value, list):
        for v in value:
            _json_strings(v, out, depth + 1)
    elif isinstance(value, str):
        s = value.strip()
        if len(s) > 40 and " " in s and not s.startswith(("http://", "https://")):
            out.append(s)


def extract_text(
    data: bytes, filename: str | None = None, content_type: str | None = None
) -> Extracted:
    from parsers.extract import ExtractionError

    if len(data) > MAX_TEXT_BYTES:
        raise ExtractionError(f"text: too large ({len(data)} bytes)", "too_large")
    text = _decode(data).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    out = Extracted(format="text", pages=1)
    stripped = text.lstrip()
    if stripped[:1] in "{[":
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            value = None
        if value is not None:
            strings: list[str] = []
            _json_strings(value, strings)
            text = "\n\n".join(strings)
            out.format = "text"
            out.warnings.append("json document: prose string values read in order")
    lines = text.split("\n")
    # tables typed in fixed-width columns (a rule of dashes, a '+---+' grid)
    typed = {t.start: t for t in find_text_tables([ln.expandtabs(8) for ln in lines])}
    para: list[str] = []

    def flush() -> None:
        if para:
            joined = "\n".join(para).strip()
            if joined:
                style = None
                if all(re.fullmatch(r"\*\*[^\n]{1,2000}\*\*", p.strip()) for p in para):
                    style = "bold"
                out.items.append(TextBlock(text=_strip_md(joined), style=style))
            para.clear()

    i = 0
    while i < len(lines):
        if i in typed:
            flush()
            out.items.append(Table(rows=typed[i].rows))
            i = typed[i].end
            continue
        line = lines[i].rstrip()
        if not line.strip():
            flush()
            i += 1
            continue
        m = re.match(r"^(#{1,6})\s+(.*)$", line)
        if m:
            flush()
            out.items.append(TextBlock(text=_strip_md(m.group(2).strip()), style="heading"))
            i += 1
            continue
        if "|" in line and i + 1 < len(lines) and _MD_TABLE_SEP.match(lines[i + 1]):
            flush()
            rows = [_md_row(line)]
            i += 2
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                rows.append(_md_row(lines[i]))
                i += 1
            width = max(len(r) for r in rows)
            out.items.append(Table(rows=[r + [""] * (width - len(r)) for r in rows]))
            continue
        para.append(line.strip())
        i += 1
    flush()
    if filename:
        out.title = None
    return out
