"""Bytes → `Extracted`: text blocks and tables in reading order.

`sniff(data)` names the format from magic bytes (never from file names);
`extract(data, filename, content_type)` dispatches to one module per format.
Every document is treated as hostile: anything that cannot be read raises
`ExtractionError` with a clear message, never another exception.
"""

from __future__ import annotations

import io
import zipfile

from parsers.extract.model import Extracted, Item, Table, TextBlock

__all__ = [
    "MAX_INPUT_BYTES",
    "Extracted",
    "ExtractionError",
    "Item",
    "Table",
    "TextBlock",
    "extract",
    "sniff",
]

MAX_INPUT_BYTES = 100 * 1024 * 1024  # refuse anything larger outright


class ExtractionError(Exception):
    """A document could not be read. `reason` is a short machine-readable code:
    encrypted | corrupt | unsupported | too_large | zip_bomb | empty."""

    def __init__(self, message: str, reason: str = "corrupt"):
        super().__init__(message)
        self.reason = reason


_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(data: bytes) -> str:
    """The format of `data` from its leading bytes: pdf, docx, xlsx, odt, html,
    text, zip or unknown."""
    if not data:
        return "unknown"
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n \xef\xbb\xbf")[:5] == b"%PDF-" or b"%PDF-" in head:
        return "pdf"
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return _sniff_zip(data)
    if data[:8] == _OLE2:
        return "unknown"  # legacy .doc/.xls: not supported
    text = _decode_head(data[:4096])
    if text is None:
        return "unknown"
    low = text.lstrip("\ufeff \t\r\n").lower()
    if low.startswith(("<!doctype html", "<html", "<?xml")) and ("<html" in low or "<body" in low):
        return "html"
    if low.startswith("<") and any(t in low for t in ("<body", "<p>", "<div", "<table", "<head")):
        return "html"
    return "text"


def _decode_head(chunk: bytes) -> str | None:
    if chunk.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return chunk.decode("utf-16", errors="replace")
        except Exception:
            return None
    if b"\x00" in chunk:
        return None
    try:
        text = chunk.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a multi-byte character cut at the end of the chunk is fine
        if exc.start < len(chunk) - 4:
            text = chunk.decode("cp1252", errors="replace")
        else:
            text = chunk[: exc.start].decode("utf-8", errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
    if text and controls / len(text) > 0.05:
        return None
    return text


def _sniff_zip(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size < 200:
                    mime = zf.read("mimetype").decode("ascii", "replace").strip()
                    if mime == "application/vnd.oasis.opendocument.text":
                        return "odt"
            if "content.xml" in names and "META-INF/manifest.xml" in names:
                return "odt"
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError):
        return "zip"
    return "zip"


def extract(data: bytes, filename: str | None = None, content_type: str | None = None) -> Extracted:
    """Extract blocks and tables from `data`. `filename` and `content_type` are
    only hints for formats magic bytes cannot tell apart (markdown vs plain text)."""
    if data is None or len(data) == 0:
        raise ExtractionError("empty document", "empty")
    if len(data) > MAX_INPUT_BYTES:
        raise ExtractionError(
            f"document too large ({len(data)} bytes > {MAX_INPUT_BYTES})", "too_large"
        )
    doc = _extract(data, filename, content_type)
    _demote_layout_tables(doc)
    _read_thread(data, doc)
    return doc


def _read_thread(data: bytes, doc: Extracted) -> None:
    """A correspondence thread (WhatDoTheyKnow page or JSON export): its
    messages replace the page's text, one block per message."""
    from parsers.extract import thread

    found = None
    try:
        if doc.format == "text":
            found = thread.read_thread_json(data)
        elif doc.format == "html" and b"correspondence" in data:
            from bs4 import BeautifulSoup

            found = thread.read_thread_html(BeautifulSoup(data, "html.parser"))
    except (ValueError, RecursionError, AttributeError, TypeError):
        found = None
    if not found:
        return
    title, messages = found
    doc.messages = messages
    doc.warnings = [w for w in doc.warnings if not w.startswith("json document")]
    doc.title = title or doc.title
    doc.items = [
        TextBlock(
            text=(
                f"{'Request' if m.direction == 'outgoing' else 'Reply'}"
                f"{' of ' + m.date.isoformat() if m.date else ''}:\n{m.text}"
            ),
            page=1,
        )
        for m in messages
        if m.text
    ]


def _demote_layout_tables(doc: Extracted) -> None:
    """A "table" in which no row has more than one filled cell is layout (text
    indented with a grid, bullets in a second column): its rows become text
    blocks again. A row continues the previous block when that one stops
    mid-sentence and the row does not start a bullet or a numbered item."""
    import re

    items: list[Item] = []
    for item in doc.items:
        if not isinstance(item, Table) or item.n_cols < 2 or item.n_rows < 2:
            items.append(item)
            continue
        filled = [[c for c in row if c and c.strip()] for row in item.rows]
        if any(len(cells) > 1 for cells in filled):
            items.append(item)
            continue
        blocks: list[TextBlock] = []
        for cells in filled:
            if not cells:
                continue
            text = cells[0].strip()
            prev = blocks[-1].text if blocks else ""
            item_start = r"[•▪·\-–*]|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s"
            if (
                prev
                and not re.search(r"[.?!:;)’”\"]$", prev)
                and not re.match(item_start, text)
                and (not re.match(r"[•▪·\-–*]", prev) or text[:1].islower())
            ):
                blocks[-1].text = prev + "\n" + text
            else:
                blocks.append(TextBlock(text=text, page=item.page))
        items.extend(blocks)
    doc.items = items


def _extract(data: bytes, filename: str | None, content_type: str | None) -> Extracted:
    kind = sniff(data)
    try:
        if kind == "pdf":
            from parsers.extract.pdf import extract_pdf

            return extract_pdf(data)
        if kind == "docx":
            from parsers.extract.docx import extract_docx

            return extract_docx(data)
        if kind == "odt":
            from parsers.extract.odt import extract_odt

            return extract_odt(data)
        if kind == "html":
            from parsers.extract.html import extract_html

            return extract_html(data)
        if kind == "text":
            from parsers.extract.text import extract_text

            return extract_text(data, filename=filename, content_type=content_type)
    except ExtractionError:
        raise
    except RecursionError as exc:
        raise ExtractionError(f"{kind}: document nested too deeply", "corrupt") from exc
    except MemoryError as exc:
        raise ExtractionError(f"{kind}: document too large to extract", "too_large") from exc
    except Exception as exc:  # hostile input must never escape as anything else
        raise ExtractionError(
            f"{kind}: could not read document ({type(exc).__name__}: {exc})"[:500], "corrupt"
        ) from exc
    if kind in ("xlsx", "zip"):
        raise ExtractionError(f"unsupported format: {kind}", "unsupported")
    raise ExtractionError("unsupported format: unrecognised content", "unsupported")
