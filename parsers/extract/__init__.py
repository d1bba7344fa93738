"""Bytes → `Extracted`: text blocks and tables in reading order.

`sniff(data)` names the format from magic bytes (never from file names);
`extract(data, filename, content_type)` dispatches to one module per format.
Every document is treated as hostile: anything that cannot be read raises
`ExtractionError` with a clear message, never another exception.
"""

from __future__ import annotations

import io
import re
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
DOUBTFUL_BELOW = 0.35  # language_score under this: the text is flagged doubtful


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
        return "unknown"  # legacy .doc/.xls, or a password-protected OOXML file
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
    _clean_strings(doc)
    _check_language(doc)
    return doc


_BAD_CHARS = re.compile(r"[\ud800-\udfff\x00]")


def clean_text(text: str) -> str:
    """`text` without lone surrogates (U+FFFD instead) or NULs: neither can be
    encoded to UTF-8 for SQLite or JSON, and one of them stopped a whole run."""
    return _BAD_CHARS.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", text)


def _clean_strings(doc: Extracted) -> None:
    for item in doc.items:
        if isinstance(item, TextBlock):
            item.text = clean_text(item.text)
        else:
            item.rows = [[clean_text(c) if isinstance(c, str) else c for c in r] for r in item.rows]
            item.caption = clean_text(item.caption) if item.caption else item.caption
    doc.title = clean_text(doc.title) if doc.title else doc.title
    doc.warnings = [clean_text(w) for w in doc.warnings]
    for m in doc.messages:
        for attr in ("text", "full_text", "author"):
            value = getattr(m, attr, None)
            if isinstance(value, str):
                setattr(m, attr, clean_text(value))


def _check_language(doc: Extracted) -> None:
    """Flag a text layer that does not read as language (a font whose encoding
    shifts the letters, a broken ToUnicode map): the text is kept but the
    document is marked "doubtful" so it is not saved as a clean read."""
    from parsers.extract.language import language_score

    score = language_score(doc.text)
    if score is not None and score < DOUBTFUL_BELOW:
        doc.flags.add("doubtful")
        doc.warnings.append(
            f"text does not read as language (score {score:.2f}); the text layer may be "
            "garbled (font encoding)"
        )


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


def _ole_error(data: bytes) -> ExtractionError:
    """An OLE compound file: Word and Excel keep a password-protected OOXML
    file in one (streams EncryptionInfo / EncryptedPackage); otherwise it is a
    legacy .doc/.xls, which is not read."""
    if (
        "EncryptedPackage".encode("utf-16-le") in data
        or "EncryptionInfo".encode("utf-16-le") in data
    ):
        return ExtractionError(
            "encrypted Office document (password-protected); cannot be read", "encrypted"
        )
    return ExtractionError("unsupported format: legacy Office (.doc/.xls) file", "unsupported")


def _extract_odt(data: bytes) -> Extracted:
    from parsers.extract.ziputil import open_zip_safely, read_member

    with open_zip_safely(data, "odt") as zf:
        names = set(zf.namelist())
        if "META-INF/manifest.xml" in names:
            manifest = read_member(zf, "META-INF/manifest.xml", 1_000_000)
            if b"encryption-data" in manifest:
                raise ExtractionError("odt: encrypted (password-protected)", "encrypted")
    try:
        from parsers.extract.odt import extract_odt
    except ImportError as exc:
        raise ExtractionError("unsupported format: odt", "unsupported") from exc
    return extract_odt(data)


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
            return _extract_odt(data)
        if kind == "unknown" and data[:8] == _OLE2:
            raise _ole_error(data)
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
