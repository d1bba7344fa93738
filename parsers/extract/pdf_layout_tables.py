"""Tables a PDF draws without a full grid, rebuilt from where their words stand.

pdfplumber finds a table by its ruling lines. Many reports print tables with only
horizontal rules (Word's list styles), with shading, or with nothing at all; their
text then comes out as lines like "Number of shortlisted applicants  4,512  3,208  120",
and a parser reading prose would either miss those figures or, worse, pair them with
the wrong heading. So: a run of lines whose words fall into columns separated by wide
gaps, where at least one column beyond the first holds figures, is read back into rows
and cells. Columns come from the figures that line up (and short text columns such as
"Ethnicity" beside them); rows are cut at horizontal rules where the table has them,
else each line of headings or figures starts a row and a wrapped label joins one by
its first letter (see `_anchor_rows`). The line model is in pdf_layout_lines.

Conservative by design: a run without a column of figures (a two-column page of prose,
a contents list) is left as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.extract.pdf_head_levels import is_lower_level
from parsers.extract.pdf_layout_lines import (
    Word,
    _all_figures,
    _figure_spans,
    _is_data,
    _is_header,
    _is_header_token,
    _join_split_counts,
    _VLine,
    is_figure,
    visual_lines,
)

__all__ = ["LayoutTable", "Word", "find_layout_tables", "is_figure"]


@dataclass
class LayoutTable:
    rows: list[list[str]]
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom


def find_layout_tables(
    words: list[Word], rules: list[tuple[float, float, float]]
) -> list[LayoutTable]:
    """Tables among a page's loose words. `rules` are horizontal lines (y, x0, x1)."""
    lines = _join_split_counts(visual_lines(words))
    tables: list[LayoutTable] = []
    i = tables_end = 0
    while i < len(lines):
        if not (_is_data(lines[i]) or _is_header(lines[i])):
            i += 1
            continue
        j = _region_end(lines, i)
        first = _region_start(lines, i, j, floor=tables_end)
        table = _build(lines[first:j], rules)
        if table is not None:
            tables.append(table)
            i = tables_end = j
        else:
            i += 1
    return tables


def _trailing_figure_x(line: _VLine) -> float | None:
    """Left edge of a figure that ends a one-segment line ("... applicants 4,512")."""
    words = line.segments[-1].words
    if len(line.segments) == 1 and len(words) > 1 and is_figure(words[-1].text):
        return words[-1].x0
    return None


def _region_start(lines: list[_VLine], start: int, end: int, floor: int) -> int:
    """Take in the first lines of headings that wrap above the heading line ("Average
    (median)" / "for benchmark group 2023"): short lines over the figure columns."""
    cols = _columns(lines[start:end])
    if len(cols) < 2:
        return start
    figures_from = cols[1][0] if cols[0][0] < cols[1][0] else cols[0][0]
    while start > floor:
        line, below = lines[start - 1], lines[start]
        if len(line.segments) > 2 or line.x0 < figures_from - 1:
            break
        if below.top - line.bottom > 0.8 * line.height:
            break
        start -= 1
    return start


def _region_end(lines: list[_VLine], start: int) -> int:
    """One past the last line of the table that starts at `start`."""
    cut = None  # where the first column ends: the left edge of the figures
    end = start + 1
    for k in range(start, len(lines)):
        line = lines[k]
        if k > start and line.top - lines[k - 1].bottom > 2.2 * lines[k - 1].height:
            break
        if _is_data(line):
            fx = min(x0 for x0, _ in _figure_spans(line))
            cut = fx if cut is None else min(cut, fx)
            end = k + 1
        elif _is_header(line):
            if any(_is_data(ln) for ln in lines[start:k]):
                break  # a new table's headings
            first = line.segments[0 if _is_header_token(line.segments[0].text) else 1].x0
            cut = first if cut is None else min(cut, first)
            end = k + 1
        elif len(line.segments) == 1 and k > start:
            tail = _trailing_figure_x(line)
            if cut is not None and tail is not None and tail >= cut - 1:
                end = k + 1  # a figure set close to its label
            elif cut is not None and line.x0 < cut - 1 < line.x1 - 1:
                break  # a line across the figure columns: prose, not a wrapped label
        else:
            break
    # a top-aligned table's last label may wrap below its figures
    while end < len(lines) and len(lines[end].segments) == 1 and cut is not None:
        line, prev = lines[end], lines[end - 1]
        if line.x1 > cut - 2 or line.top - prev.bottom > 0.8 * prev.height:
            break
        end += 1
    return end


def _columns(region: list[_VLine]) -> list[tuple[float, float]]:
    """Column extents: the labels' column (when there is one), then one per cluster
    of figure spans."""
    spans = sorted(span for line in region for span in _figure_spans(line))
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1] + 1:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    if not cols:
        return []
    words_at = _text_columns(region, cols[0][0])
    left = min(line.x0 for line in region)
    first = words_at[0][0] if words_at else cols[0][0]
    out = [(left, first - 3)] if left < first - 5 else []
    return out + words_at + [(a, b) for a, b in cols]


def _text_columns(region: list[_VLine], figures_from: float) -> list[tuple[float, float]]:
    """Columns of short words between the labels and the figures ("White" / "BME"
    under "Ethnicity"): segments after a line's first, left of the figures, that
    line up in two or more lines of figures."""
    left = min(line.x0 for line in region)
    spans = sorted(
        (seg.x0, seg.x1)
        for line in region
        if _is_data(line)
        for seg in line.segments
        if left + 5 < seg.x0
        and seg.x1 < figures_from - 1
        and not _all_figures(seg.text)
        and len(seg.text.split()) <= 3
    )
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1] + 1:
            cols[-1][1] = max(cols[-1][1], x1)
            cols[-1][2] += 1
        else:
            cols.append([x0, x1, 1])
    return [(a, b) for a, b, n in cols if n >= 2]


def _column_of(x0: float, x1: float, cols: list[tuple[float, float]]) -> int:
    for k, (a, b) in enumerate(cols):
        if x0 <= b + 1 and x1 >= a - 1:
            return k
    centre = (x0 + x1) / 2
    return min(range(len(cols)), key=lambda k: abs((cols[k][0] + cols[k][1]) / 2 - centre))


def _place(line: _VLine, cols: list[tuple[float, float]]) -> list[tuple[int, str]]:
    """(column, text) pieces of a line. A heading over several columns stays whole in
    the first; any other segment that crosses a column edge is cut between words."""
    pieces: list[tuple[int, str]] = []
    header = _is_header(line)
    for seg in line.segments:
        first = _column_of(seg.x0, seg.x1, cols)
        spans_many = any(seg.x0 <= b + 1 and seg.x1 >= a - 1 for a, b in cols[first + 1 :])
        if header or not spans_many:
            pieces.append((first, seg.text))
            continue
        for w in seg.words:
            col = _column_of(w.x0, w.x1, cols)
            if pieces and pieces[-1][0] == col:
                pieces[-1] = (col, pieces[-1][1] + " " + w.text)
            else:
                pieces.append((col, w.text))
    return pieces


def _row_bands(
    region: list[_VLine],
    rules: list[tuple[float, float, float]],
    cols: list[tuple[float, float]],
) -> list[int]:
    """The row index of each line: between horizontal rules where the table has them,
    else around its lines of headings and figures (see `_anchor_rows`)."""
    left = min(line.x0 for line in region)
    right = max(line.x1 for line in region)
    top, bottom = region[0].top, region[-1].bottom
    cuts = sorted(
        y
        for y, x0, x1 in rules
        if top < y < bottom and min(x1, right) - max(x0, left) >= 0.5 * (right - left)
    )
    if cuts:
        rows = [sum(1 for y in cuts if y < (ln.top + ln.bottom) / 2) for ln in region]
        return _split_double_data(region, rows)
    return _anchor_rows(region, cols)


def _anchor_rows(region: list[_VLine], cols: list[tuple[float, float]]) -> list[int]:
    """Each line of headings or figures starts a row. A label line without figures
    joins a row by its first letter: a label that wraps goes on in lower case
    ("Relative likelihood of White staff" / "being appointed from"), so a lower-case
    line continues the label above it, and a capitalised one starts the label of the
    next line of figures (a row whose figures are centred beside a long label). A
    wrapped heading over a figure column joins the nearest heading line."""
    anchors = [k for k, ln in enumerate(region) if _is_data(ln) or _is_header(ln)]
    label_edge = cols[1][0] if len(cols) > 1 else region[0].x1
    first_data = next((k for k in anchors if _is_data(region[k])), len(region))
    # heading lines above the figures: a wrapped heading cell ("Ethnicity" /
    # "unknown/null") makes several lines of one row; only a line of dates ("31 March"
    # / "2023") is a row of its own, spanning the group headings below it
    widest = max(
        (sum(1 for s in region[k].segments if s.x1 > label_edge) for k in anchors[:first_data]),
        default=0,
    )
    row_of_anchor: dict[int, int] = {}
    n, last_kind, above = -1, None, None
    for k in anchors:
        kind = "data" if k >= first_data else _heading_kind(region[k], label_edge, widest)
        if kind != "data" and above is not None:
            # the lower level of a two-level head is a row of its own (pdf_head_levels)
            if is_lower_level(region[above], region[k], label_edge, widest):
                kind = "lower"
            elif kind == "names" and last_kind == "lower":
                kind = "lower"  # a lower heading wrapping onto the next line
        above = k
        if kind == "data" or kind != last_kind:
            n += 1
        row_of_anchor[k] = n
        last_kind = kind
    headers = [k for k in anchors if _is_header(region[k])]
    rows: list[int] = [0] * len(region)
    last_row: dict[int, int] = {}  # column -> row of the last text placed in it
    for k, line in enumerate(region):
        if k in row_of_anchor:
            rows[k] = row_of_anchor[k]
            for seg in line.segments:
                last_row[_column_of(seg.x0, seg.x1, cols)] = rows[k]
            continue
        col = _column_of(line.x0, line.x1, cols)
        if k < first_data and (col > 0 or (headers and k < headers[-1])):
            near = min(headers or anchors, key=lambda a: abs(a - k))
            rows[k] = row_of_anchor[near]
            continue
        text = line.segments[0].text.lstrip("•·-– ")
        continues = bool(text) and (text[0].islower() or text[0] in "(&,;/")
        below = next((a for a in anchors if a > k and _is_data(region[a])), None)
        if (continues or below is None) and col in last_row:
            rows[k] = last_row[col]
        elif below is not None:
            rows[k] = row_of_anchor[below]
        else:
            rows[k] = row_of_anchor[max(a for a in anchors if a < k)]
        last_row[col] = rows[k]
    return rows


_DATE_WORD = re.compile(
    r"(?:19|20)\d\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I
)


def _heading_kind(line: _VLine, label_edge: float, widest: int) -> str:
    """A line of dates over groups of columns (at most half as many pieces as the
    fullest heading line) is "spanning", any other heading line "names"."""
    over_figures = [s for s in line.segments if s.x1 > label_edge]
    dated = over_figures and all(
        _DATE_WORD.search(s.text) and len(_DATE_WORD.sub(" ", s.text).split()) <= 1
        for s in over_figures
    )
    return "spanning" if dated and 2 * len(over_figures) <= widest else "names"


def _split_double_data(region: list[_VLine], rows: list[int]) -> list[int]:
    """Two lines of figures in one band are two rows after all."""
    out: list[int] = []
    shift = 0
    data_in: set[int] = set()
    for line, r in zip(region, rows, strict=False):
        band = r + shift
        if _is_data(line):
            if band in data_in:
                shift += 1
                band += 1
            data_in.add(band)
        out.append(band)
    return out


def _build(region: list[_VLine], rules: list[tuple[float, float, float]]) -> LayoutTable | None:
    data = [ln for ln in region if _is_data(ln)]
    headers = [ln for ln in region if _is_header(ln)]
    if not data or (len(data) < 2 and not headers):
        return None
    cols = _columns(region)
    if len(cols) < 2:
        return None
    band_of = _row_bands(region, rules, cols)
    grid: list[list[list[str]]] = [[[] for _ in cols] for _ in range(max(band_of) + 1)]
    for line, band in zip(region, band_of, strict=False):
        for col, text in _place(line, cols):
            grid[band][col].append(text)
    rows = [["\n".join(parts) for parts in row] for row in grid]
    rows = [r for r in rows if any(c.strip() for c in r)]
    if len(rows) < 2 or not _has_figure_column(rows):
        return None
    x0 = min(ln.x0 for ln in region)
    x1 = max(ln.x1 for ln in region)
    return LayoutTable(rows=rows, bbox=(x0, region[0].top, x1, region[-1].bottom))


def _has_figure_column(rows: list[list[str]]) -> bool:
    width = max(len(r) for r in rows)
    for k in range(1, width):
        cells = [r[k] for r in rows if k < len(r) and r[k].strip() and not _is_header_token(r[k])]
        figures = [c for c in cells if is_figure(c.replace("\n", " "))]
        if len(figures) >= 1 and len(figures) * 5 >= len(cells) * 3:
            return True
    return False
