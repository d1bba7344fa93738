"""PDF → blocks and tables with pdfplumber.

Per page: tables (parsers.extract.pdf_page_tables) are placed where they stand on the page and
their words are left out of the text blocks; the remaining words become lines,
and lines become blocks (paragraphs) at vertical gaps and changes of font weight
(parsers.extract.pdf_blocks). Lines repeated in the top or bottom margin of
several pages (letterheads, footers) are dropped. A table that runs over a page break is joined back.
A document without a text layer is flagged "scanned" (and OCRed when tesseract
is installed, see parsers.extract.ocr).
"""

from __future__ import annotations

import contextlib
import io
import statistics

from parsers.extract.bold_runs import heavy_span
from parsers.extract.colours import common_colour, pdf_colour
from parsers.extract.fonts import common_font
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.extract.pdf_blocks import page_blocks
from parsers.extract.pdf_budget import PageOverBudget
from parsers.extract.pdf_page_tables import (
    PUA_BULLETS,
    add_layout_tables,
    inside,
    ruled_tables,
)
from parsers.extract.pdf_pages import prepare_page, too_many_edges
from parsers.extract.pdf_running import (
    Line,
    char_key,
    drop_running_lines,
    drop_small_footers,
    running_footer_chars,
)
from parsers.extract.pdf_sidebars import boxes_beside_text, with_sidebar
from parsers.extract.pdf_typed_tables import typed_tables
from parsers.extract.pdf_underline import underline_rules, underlined

# Pages read of an enormous PDF; the worker sets it from its limits (trustdocs.isolation).
MAX_PAGES = 500
MAX_CHARS_PER_PAGE = 200_000
# Fewer printable characters than this per page on average: no usable text layer.
SCANNED_CHARS_PER_PAGE = 25


def _heavy(chars: list[dict]) -> list[bool]:
    """Per visible character: set in a bold face (by its font's name)."""
    names = [str(c.get("fontname", "")).lower() for c in chars if c.get("text", "").strip()]
    return [any(w in n for w in ("bold", "black", ",b", "heavy")) for n in names]


def _font_flags(chars: list[dict]) -> tuple[float, bool, bool]:
    visible = [c for c in chars if c.get("text", "").strip()]
    if not visible:
        return 0.0, False, False
    sizes = [round(float(c.get("size", 0)), 1) for c in visible]
    names = [str(c.get("fontname", "")).lower() for c in visible]
    heavy = _heavy(visible)
    italic = sum(1 for n in names if "italic" in n or "oblique" in n or ",i" in n)
    bold = sum(heavy) > 0.6 * len(names) and not run_in_label(visible, heavy)
    return statistics.median(sizes), bold, italic > 0.6 * len(names)


def run_in_label(visible: list[dict], heavy: list[bool]) -> bool:
    """A bold label run in before plain text ("North Site: 14 beds"): the line is
    plain text with a bold label, as DOCX and HTML read it, not a bold line, however
    long the label is beside its text."""
    text = "".join(c.get("text", "") for c in visible)
    colon = text.find(":")
    if colon < 0 or colon == len(text) - 1:
        return False
    return all(heavy[: colon + 1]) and not any(heavy[colon + 1 :])


def extract_pdf(data: bytes) -> Extracted:
    import pdfplumber

    from parsers.extract import ExtractionError

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise _open_error(exc) from exc
    out = Extracted(format="pdf")
    try:
        try:
            pages = pdf.pages
        except Exception as exc:
            raise _open_error(exc) from exc
        out.pages = len(pages)
        if getattr(pdf.doc, "encryption", None):
            out.flags.add("encrypted")  # opened with the empty user password
        try:
            meta_title = (pdf.metadata or {}).get("Title")
            if isinstance(meta_title, bytes):
                meta_title = meta_title.decode("utf-8", "replace")
            if isinstance(meta_title, str) and meta_title.strip():
                out.title = meta_title.strip()[:300]
        except Exception:
            pass
        if out.pages > MAX_PAGES:
            out.flags.add("truncated")
            out.warnings.append(f"{out.pages:,} pages: first {MAX_PAGES:,} read")
        page_lines: list[list[Line]] = []
        page_tables: list[list[tuple[float, Table]]] = []
        heights: list[float] = []
        widths: list[float] = []
        n_chars = 0
        has_images = False
        try:
            footer = running_footer_chars(pages[:MAX_PAGES], MAX_CHARS_PER_PAGE)
        except Exception:
            footer = {}
        skipped: set[int] = set()  # pages over a budget: never handed to OCR either
        for pno, page in enumerate(pages[:MAX_PAGES], start=1):
            try:
                page = prepare_page(page, out.warnings)
                lines, tables, chars, images = _read_page(page, pno, footer.get(pno), out.warnings)
            except Exception as exc:
                lines, tables, chars, images = [], [], 0, False
                if _over_budget(exc):
                    skipped.add(pno)
                    out.flags.add("truncated")
                    out.warnings.append(f"page {pno}: skipped ({_over_budget(exc)})")
                else:
                    out.warnings.append(f"page {pno}: unreadable ({type(exc).__name__})")
            page_lines.append(lines)
            page_tables.append(tables)
            heights.append(float(page.height or 842))
            widths.append(float(page.width or 595))
            n_chars += chars
            has_images = has_images or images
            page.close()  # free the page's layout cache
        read_pages = len(page_lines)
        if skipped and len(skipped) == read_pages:
            raise ExtractionError(
                f"pdf: no page could be read within its budget ({out.warnings[-1]})", "too_large"
            )
        if read_pages and n_chars < SCANNED_CHARS_PER_PAGE * (read_pages - len(skipped)):
            out.flags.add("scanned")
            if not has_images:
                out.warnings.append("no text layer and no images: the PDF may be blank")
            from parsers.extract import ocr

            if ocr.available():
                blocks, confidence = ocr.ocr_pdf(pdf, skip=skipped, warnings=out.warnings)
                out.items.extend(blocks)
                out.flags.add("ocr")
                out.ocr_confidence = confidence
            return out
        drop_running_lines(page_lines, heights)
        drop_small_footers(page_lines, heights)
        last_page: dict[int, int] = {}  # id(table) -> last page it runs onto
        for pno in range(1, read_pages + 1):
            blocks = page_blocks(page_lines[pno - 1], pno, widths[pno - 1])
            for item in _with_tables(blocks, page_tables[pno - 1]):
                _append(out, item, last_page)
        return out
    finally:
        with contextlib.suppress(Exception):
            pdf.close()


def _with_tables(blocks: list[tuple[float, object]], tables: list[tuple[float, object]]) -> list:
    """A page's blocks in their reading order (a two-column page's left column before
    its right, so not sorted by height), each table before the first block that
    stands no higher than it."""
    pending = sorted(tables, key=lambda t: t[0])
    out: list = []
    for top, block in blocks:
        while pending and pending[0][0] <= top:
            out.append(pending.pop(0)[1])
        out.append(block)
    out.extend(table for _, table in pending)
    return out


def _open_error(exc: Exception):
    from parsers.extract import ExtractionError

    chain = []
    cur: BaseException | None = exc
    while cur is not None and len(chain) < 5:
        chain.append(cur)
        cur = cur.__cause__ or cur.__context__
    names = " ".join(type(e).__name__ + " " + str(e) for e in chain).lower()
    if "password" in names or "encrypt" in names:
        return ExtractionError("pdf: encrypted (a password is needed to open it)", "encrypted")
    return ExtractionError(f"pdf: corrupt or unreadable ({type(exc).__name__}: {exc})"[:300])


def _over_budget(exc: BaseException) -> str | None:
    """The reason when `exc` (or what it wraps) is a page over its budget."""
    cur: BaseException | None = exc
    for _ in range(4):
        if cur is None:
            return None
        if isinstance(cur, PageOverBudget):
            return str(cur)
        if isinstance(cur, MemoryError):
            return "out of memory"
        nested = cur.args[0] if cur.args and isinstance(cur.args[0], BaseException) else None
        cur = cur.__cause__ or cur.__context__ or nested
    return None


def _read_page(
    page, pno: int, drop: set[tuple[str, float, float]] | None = None, warnings=None
) -> tuple[list[Line], list[tuple[float, Table]], int, bool]:
    if drop:
        page = page.filter(lambda o: o.get("object_type") != "char" or char_key(o) not in drop)
    chars = page.chars
    if len(chars) > MAX_CHARS_PER_PAGE:
        raise PageOverBudget(f"{len(chars):,} characters, over {MAX_CHARS_PER_PAGE:,}")
    n_printable = sum(1 for c in chars if c.get("text", "").strip())
    images = bool(page.images)
    tables: list[tuple[float, Table]] = []
    bboxes: list[tuple[float, float, float, float]] = []
    sidebars: list[tuple[float, float, float, float]] = []  # those with text beside them
    index = 0
    edges = too_many_edges(page) if n_printable else 0
    if edges and warnings is not None:
        warnings.append(f"page {pno}: {edges:,} drawn shapes; ruled-table search skipped")
    if n_printable:  # tables typed in fixed-width lines (a plain-text e-mail)
        index = typed_tables(chars, pno, bboxes, tables, index)
    if n_printable and not edges:
        before = len(tables)
        index = ruled_tables(page, chars, pno, bboxes, tables)
        _title_tiles(page, pno, bboxes, tables, len(tables) - before)
        sidebars = boxes_beside_text(page.rects, bboxes, chars, float(page.width))
        bboxes.extend(sidebars)
    if n_printable:
        # (the prose beside a sidebar is a column of text, not a table's: the finders
        # of tables drawn without a grid do not look at the sidebar's band of the page)
        bands = [(0.0, top, float(page.width), bottom) for _x0, top, _x1, bottom in sidebars]
        found = bboxes + bands
        index, loose_words = add_layout_tables(page, pno, found, tables, index)
        bboxes.extend(found[len(bboxes) + len(bands) :])
        if bands:
            loose_words = page_words(page, bboxes)
    lines: list[Line] = []
    if n_printable:
        view = (
            page.filter(lambda o: o.get("object_type") != "char" or not inside(o, bboxes))
            if bboxes
            else page
        )
        rules = underline_rules(page)
        for part in _reading_parts(view, loose_words):
            lines.extend(_lines_of(part, rules))
        for box in sidebars:
            inner = page.within_bbox(box, strict=False)
            lines = with_sidebar(lines, _lines_of(inner, rules), box, float(page.width))
    return lines, tables, n_printable, images


def _lines_of(part, rules) -> list[Line]:
    """A part of the page's text lines, with their faces."""
    lines: list[Line] = []
    for ln in part.extract_text_lines(return_chars=True, strip=True):
        text = ln["text"].translate(PUA_BULLETS).strip()
        if not text:
            continue
        chars = ln.get("chars", [])
        size, bold, italic = _font_flags(chars)
        colour = common_colour(
            [pdf_colour(c.get("non_stroking_color")) for c in chars if c.get("text", "").strip()]
        )
        font = common_font([c.get("fontname") for c in chars if c.get("text", "").strip()])
        under = underlined(rules, ln["x0"], ln["x1"], ln["bottom"])
        lines.append(
            Line(
                text,
                ln["top"],
                ln["bottom"],
                ln["x0"],
                size,
                bold,
                italic,
                colour,
                font,
                under,
                heavy_span(text, _heavy(chars)),
                x1=ln["x1"],
            )
        )
    return lines


def page_words(page, bboxes: list) -> list:
    """The page's words outside every table's box (pdf_layout_tables.Word)."""
    from parsers.extract.pdf_layout_tables import Word

    view = page.filter(lambda o: o.get("object_type") != "char" or not inside(o, bboxes))
    try:
        words = view.extract_words(keep_blank_chars=False, use_text_flow=False)
    except Exception:
        return []
    return [Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"]) for w in words]


def _title_tiles(page, pno: int, bboxes: list, tables: list, n_ruled: int) -> None:
    """Ruled tables side by side (tiles) each read after the title lines above them
    (parsers.extract.pdf_side_by_side); the titles' box is left out of the text."""
    from parsers.extract.pdf_side_by_side import Placed, title_side_by_side

    if n_ruled < 2:
        return
    placed = [
        Placed(box, table)
        for box, (_top, table) in zip(bboxes[-n_ruled:], tables[-n_ruled:], strict=True)
    ]
    try:
        view = page.filter(lambda o: o.get("object_type") != "char" or not inside(o, bboxes))
        words = view.extract_words(keep_blank_chars=False, use_text_flow=False)
    except Exception:
        return
    got = title_side_by_side(placed, words)
    bboxes.extend(got.boxes)
    tables[:] = [(got.table_tops.get(id(t), top), t) for top, t in tables]
    tables.extend((top, TextBlock(text=text, page=pno)) for top, text in got.titles)


def _reading_parts(view, loose_words: list) -> list:
    """The page, or on a page set in two columns its bands in reading order: a band
    across the page whole, a two-column band left column first (see pdf_columns).
    `loose_words` are the page's words outside every table."""
    from parsers.extract.pdf_columns import Box, find_gutter, sections

    try:
        words = [Box(w.x0, w.x1, w.top, w.text) for w in loose_words]
        width = float(view.width)
        gutter = find_gutter(words, width)
    except Exception:
        return [view]
    if gutter is None:
        return [view]
    x0, top0, x1, bottom0 = view.bbox
    parts = []
    for top, bottom, two in sections(words, gutter):
        top, bottom = max(top - 0.5, top0), min(bottom - 0.5, bottom0)
        if bottom <= top:
            continue
        spans = [(x0, gutter), (gutter, x1)] if two else [(x0, x1)]
        parts.extend(view.within_bbox((a, top, b, bottom), strict=False) for a, b in spans)
    return parts


def _append(out: Extracted, item, last_page: dict[int, int]) -> None:
    """Append, joining a table continued from the previous page."""
    if isinstance(item, Table) and out.items:
        prev = out.items[-1]
        if (
            isinstance(prev, Table)
            and last_page.get(id(prev), prev.page) == item.page - 1
            and prev.n_cols == item.n_cols
        ):
            rows, lines = item.rows, item.cell_lines
            if rows and prev.rows and rows[0] == prev.rows[0]:
                rows, lines = rows[1:], (lines or [])[1:]  # repeated header row
            if prev.cell_lines is not None and lines is not None:
                # the positions are on another page: line order still holds
                prev.cell_lines.extend(lines)
            else:
                prev.cell_lines = None
            prev.rows.extend(rows)
            last_page[id(prev)] = item.page
            return
    out.items.append(item)
