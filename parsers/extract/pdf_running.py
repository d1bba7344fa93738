"""A PDF's running furniture: the letterheads, footers and page numbers printed on
several pages (or one small footer on one page) that are not the document's text.

Footers repeated at the same place are found from the characters before tables are
looked for (`running_footer_chars`, so a footer inside a table's frame never lands in
its last row); repeated margin lines and a lone small-type footer are dropped from the
laid-out lines afterwards (`drop_running_lines`, `drop_small_footers`). Part of
parsers.extract.pdf.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from parsers.extract.pdf_pages import prepare_page


@dataclass
class Line:
    """One laid-out line of a page's text, with its place and type."""

    text: str
    top: float
    bottom: float
    x0: float
    size: float
    bold: bool
    italic: bool
    colour: str | None = None  # when not black (parsers.extract.colours)
    font: str | None = None  # its typeface's family (parsers.extract.fonts)
    underline: bool = False  # a thin rule drawn under the line's text, as long as it
    # (start, end) of its one run of bold characters in `text`, where it has one
    # (parsers.extract.bold_runs.heavy_span): a bold question run in before plain text
    heavy: tuple[int, int] | None = None
    x1: float | None = None  # where the line's text ends
    # where its text starts after a label hung in the margin (parsers.extract.pdf_hung_leads)
    text_x0: float | None = None


def char_key(c: dict) -> tuple[str, float, float]:
    return (c.get("text", ""), round(float(c["x0"]), 1), round(float(c["top"]), 1))


FOOTER_ZONE = 0.72  # running footers start below this share of the page height
# Up to this many pages the footer pass keeps each page's layout for the main
# loop (~7 MB a dense page); a longer document has each page closed after the
# pass and laid out again when read, so memory stays flat (1.8 GB for 400
# pages otherwise) at the cost of interpreting those pages twice.
FOOTER_KEEP_PAGES = 40


def _footer_zone_chars(page, max_chars: int, keep: bool = False) -> tuple[float, list[dict]]:
    """The page height and the printable characters in its footer zone (small
    copies), the page laid out within its budget (and closed again unless `keep`)."""
    turned = page
    try:
        turned = prepare_page(page, [])
        h = float(turned.height or 842)
        chars = turned.chars
        if len(chars) > max_chars:
            return h, []
        keys = ("text", "x0", "x1", "top", "size")
        low = [
            {k: c.get(k) for k in keys}
            for c in chars
            if float(c["top"]) > FOOTER_ZONE * h and c.get("text", "").strip()
        ]
        return h, low
    finally:
        if not keep:
            page.close()
        if turned is not page:
            turned.close()


def running_footer_chars(pages, max_chars: int) -> dict[int, set[tuple[str, float, float]]]:
    """Characters of footers repeated across pages, found before tables are
    looked for (a footer printed inside the frame of a question/answer table
    would otherwise land in its last row). A footer phrase is a run of
    characters on one line in the bottom part of the page, with the same text
    at the same place on at least half the pages (and at least two)."""
    n = len(pages)
    if n < 2:
        return {}
    seen: dict[tuple[str, int, int], set[int]] = {}
    runs_by_page: dict[int, list[tuple[tuple[str, int, int], list[dict]]]] = {}
    for pno, page in enumerate(pages, start=1):
        # each page laid out within its budget; past FOOTER_KEEP_PAGES closed
        # straight after, so the pass never holds hundreds of page layouts
        try:
            _, chars = _footer_zone_chars(page, max_chars, keep=n <= FOOTER_KEEP_PAGES)
        except Exception:
            continue
        low = chars
        low.sort(key=lambda c: (round(float(c["top"])), float(c["x0"])))
        runs: list[list[dict]] = []
        for c in low:
            if runs:
                last = runs[-1][-1]
                size = float(last.get("size", 10) or 10)
                if abs(float(c["top"]) - float(last["top"])) <= 1.5 and (
                    -1 <= float(c["x0"]) - float(last["x1"]) <= 2 * size
                ):
                    runs[-1].append(c)
                    continue
            runs.append([c])
        keyed = []
        for run in runs:
            text = ""
            prev = None
            for c in run:
                if prev is not None and float(c["x0"]) - float(prev["x1"]) > 0.2 * float(
                    prev.get("size", 10) or 10
                ):
                    text += " "
                text += c.get("text", "")
                prev = c
            if len(text.replace(" ", "")) < 4:
                continue
            key = (text, round(float(run[0]["x0"])), round(float(run[0]["top"])))
            seen.setdefault(key, set()).add(pno)
            keyed.append((key, run))
        runs_by_page[pno] = keyed
    need = max(2, -(-n // 2))
    out: dict[int, set[tuple[str, float, float]]] = {}
    for pno, keyed in runs_by_page.items():
        for key, run in keyed:
            if len(seen[key]) >= need:
                out.setdefault(pno, set()).update(char_key(c) for c in run)
    return out


def _norm_running(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.lower())).strip()


def drop_running_lines(page_lines: list[list[Line]], heights: list[float]) -> None:
    """Drop letterhead/footer lines: the same text (digits ignored) at about the
    same height in the top 12% or bottom 15% of at least two pages, and never
    in the body of any page."""
    if len(page_lines) < 2:
        return

    def margin(ln: Line, h: float) -> bool:
        return ln.top < 0.12 * h or ln.bottom > 0.85 * h

    where: dict[str, list[tuple[int, float]]] = {}
    in_body: set[str] = set()
    for pno, (lines, h) in enumerate(zip(page_lines, heights, strict=False)):
        for ln in lines:
            key = _norm_running(ln.text)
            if margin(ln, h):
                where.setdefault(key, []).append((pno, ln.top))
            else:
                in_body.add(key)
    running: set[str] = set()
    for key, spots in where.items():
        if key in in_body:
            continue
        if any(p1 != p2 and abs(t1 - t2) <= 15 for p1, t1 in spots for p2, t2 in spots):
            running.add(key)
    page_no = re.compile(r"(page\s*)?\d+(\s*(of|/)\s*\d+)?")
    for i, (lines, h) in enumerate(zip(page_lines, heights, strict=False)):
        page_lines[i] = [
            ln
            for ln in lines
            if not (
                margin(ln, h)
                and (
                    _norm_running(ln.text) in running or page_no.fullmatch(ln.text.strip().lower())
                )
            )
        ]


def drop_small_footers(page_lines: list[list[Line]], heights: list[float]) -> None:
    """Drop a footer printed on one page only (often the first): the lines at the
    foot of the page, below 85% of its height, in a smaller type than the body,
    set apart from the text above by a clear gap."""
    sizes = [ln.size for lines in page_lines for ln in lines if ln.size]
    if len(sizes) < 20:
        return
    body = statistics.median(sizes)
    for i, (lines, h) in enumerate(zip(page_lines, heights, strict=False)):
        ordered = sorted(lines, key=lambda ln: ln.top)
        k = len(ordered)
        while k > 0 and ordered[k - 1].top > 0.85 * h and 0 < ordered[k - 1].size < body - 0.5:
            k -= 1
        if k == len(ordered) or k == 0:
            continue
        foot = ordered[k:]
        if 2 * sum(1 for ln in foot if ln.size < 0.85 * body) < len(foot):
            continue
        gap = foot[0].top - ordered[k - 1].bottom
        if gap < 1.5 * body:
            continue
        dropped = {id(ln) for ln in foot}
        page_lines[i] = [ln for ln in lines if id(ln) not in dropped]
