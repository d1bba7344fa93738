"""WRES reports: finding the tables (captions, page-split continuations), telling
which WRES indicator each reports, and undoing the shapes that DOCX and PDF give
their rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.wres.actions import is_action_header, objective_text
from parsers.wres.cell_figures import holds_figures, is_figure, parse_cell
from parsers.wres.cells import clean, parse_period
from parsers.wres.vocab import (
    BOARD,
    CAREER,
    DISCIPLINARY,
    DISCRIMINATION,
    INDICATOR_HEADING,
    INDICATOR_WORD,
    SHORTLISTING,
    TRAINING,
    indicators_named,
)

_RE_CAPTION = re.compile(
    r"^(?P<label>(?:Table|Figure)\s+(?:[A-Z]\.?)?\d+(?:\.\d+)*[a-z]?)\b\s*[:.\-]?\s*(?P<rest>.*)$",
    re.I,
)
_RE_IND = re.compile(rf"\b{INDICATOR_WORD}\s*(\d)\b", re.I)
MIXED = -1  # classify(): a summary table whose rows belong to several indicators
_RE_ROW_NUM = re.compile(
    # "I3": a scorecard's code, I for indicator and its number straight after
    rf"^(?:WRES\s+(?:indicator\s+|metric\s+)?|{INDICATOR_WORD}\s*|I(?=[1-9]\b))([1-9])(?:[a-e]\b)?\b"
    r"|^([1-9])\s*(?:[.:)]|\s[-\u2013])\s+[A-Za-z]"
    r"|^([1-9])[a-e]?$",  # a code column's cell alone: "5", "5a"
    re.I,
)
_RE_HEADING_IND = re.compile(INDICATOR_HEADING, re.I)  # "Indicator 2", "Metric 5:"
# a long heading is one when its number is set off from the title that follows it
# ("Indicator 5: ...", "Indicator 5 – ..."), behind any mark drawn before it (the
# disclosure triangle of an opened accordion panel): a sentence runs on instead
_RE_NUMBER_THEN_TITLE = re.compile(r"^\W*\S+\s*\d\s*[:.\-\u2013\u2014]")


@dataclass
class Tab:
    rows: list[list[str]]
    row_pages: list[int]
    caption: str | None
    label: str | None
    heading_indicator: int | None
    objective: str | None
    context: list[str] = field(default_factory=list)  # text blocks just before the table
    # the lines of the text since the previous table (a PDF heading block keeps its
    # line breaks: "Indicator 1: ..." / "Clinical staff - Band 8a")
    lines_above: list[str] = field(default_factory=list)
    # the paragraphs since the previous table, whole (a sentence a PDF broke over lines
    # is one again), the nearest last
    paragraphs_above: list[str] = field(default_factory=list)
    # the indicator heading the table is under, however many tables ago it was printed
    # ("Indicator 1: our workforce by band on 31 March 2024" / "Clinical staff" / table)
    section_heading: str | None = None

    @property
    def page(self) -> int:
        return self.row_pages[0] if self.row_pages else 1


# ---------------------------------------------------------------------------
# finding tables, captions and continuations


def _is_trivial_block(text: str) -> bool:
    """Text a page break may put between two halves of a table (running headers,
    footers, page numbers)."""
    t = clean(text)
    return len(t) <= 60 and not _RE_CAPTION.match(t) and objective_text(t) is None


def _is_header_row(row: list[str]) -> bool:
    if is_action_header(row):
        return True
    periods = sum(1 for c in row[1:] if parse_cell(c).kind == "period")
    figures = sum(1 for c in row[1:] if is_figure(parse_cell(c)))
    return periods >= 2 and figures == 0


def collect_tables(doc: Extracted) -> list[Tab]:
    tabs: list[Tab] = []
    since: list[str] = []  # blocks since the previous table
    lines: list[str] = []  # their lines
    caption: str | None = None
    heading_ind: int | None = None
    heading_text: str | None = None
    objective: str | None = None
    prev_table: Table | None = None
    for item in doc.items:
        if isinstance(item, TextBlock):
            text = clean(item.text)
            if not text:
                continue
            since.append(text)
            lines.extend(ln.strip() for ln in item.text.split("\n") if ln.strip())
            if _RE_CAPTION.match(text):
                caption = text
            obj = objective_text(text)
            if obj:
                objective = obj
            # the block, or one of its lines (a PDF joins a heading to the line above)
            for head in dict.fromkeys([text, *(clean(ln) for ln in item.text.split("\n"))]):
                m = _RE_HEADING_IND.match(head)
                if m and (len(head) <= 120 or _RE_NUMBER_THEN_TITLE.match(head)):
                    heading_ind = int(m.group("n"))
                    heading_text = head
            continue
        if not isinstance(item, Table) or not item.rows:
            continue
        rows = [[c if c is not None else "" for c in r] for r in item.rows]
        own_caption = clean(item.caption) if item.caption else caption
        prev = tabs[-1] if tabs else None
        if (
            prev is not None
            and prev_table is not None
            and not item.caption
            and caption is None
            and all(_is_trivial_block(t) for t in since)
            and item.n_cols == prev_table.n_cols
            and item.page > prev.row_pages[-1]
        ):
            first = rows[0]
            if [clean(c) for c in first] == [clean(c) for c in prev.rows[0]]:
                rows = rows[1:]  # header repeated on the new page
                first = rows[0] if rows else []
            if not rows or not _is_header_row(first):
                prev.rows.extend(rows)
                prev.row_pages.extend([item.page] * len(rows))
                prev_table = item
                since = []
                lines = []
                continue
        label = None
        if own_caption:
            m = _RE_CAPTION.match(own_caption)
            label = m.group("label").title() if m else None
        if label is None:
            # no printed "Table N": still traceable, by order and page
            label = f"table {len(tabs) + 1} on page {item.page}"
        tabs.append(
            Tab(
                rows=rows,
                row_pages=[item.page] * len(rows),
                caption=own_caption,
                label=label,
                heading_indicator=heading_ind,
                objective=objective,
                context=[t for t in since if len(t) <= 200][-3:],
                lines_above=lines[-8:],
                paragraphs_above=since[-4:],
                section_heading=heading_text,
            )
        )
        prev_table = item
        since = []
        lines = []
        caption = None
    return tabs


# a table's indicator from its words, in this order (the first that matches wins); a
# table of harassment figures names who from, so "patients" alone says 5
_KEYWORDS = [
    (ind, re.compile(words, re.I))
    for ind, words in (
        (2, SHORTLISTING),
        (3, DISCIPLINARY),
        (4, TRAINING),
        (5, r"patients|relatives|the public|service users"),
        (7, CAREER),
        (8, DISCRIMINATION),
        (9, BOARD),
    )
]


def _row_indicators(label: str) -> set[int]:
    """The indicators a row label names by its words."""
    return {ind for ind, rx in _KEYWORDS if rx.search(label)} | (indicators_named(label) - {1})


def classify(tab: Tab) -> int | None:
    """The WRES indicator a table reports, or None (not a WRES indicator table)."""
    caption = tab.caption or ""
    m = _RE_IND.search(caption)
    if m and 1 <= int(m.group(1)) <= 9:
        return int(m.group(1))
    if re.search(r"\bquestion\s*\d+[a-z]?\b|\bq\d+[a-z]?\b", caption, re.I):
        return None  # a staff survey question table (e.g. 14b, 14c), not an indicator
    # a cell giving two groups' figures ("White 24.8% / BME 29.6%") holds figures too
    figures = sum(1 for r in tab.rows for c in r[1:] if holds_figures(c))
    if figures < 2:
        return None  # no figures: nothing to read without a caption naming the indicator
    head = " ".join(clean(c) for c in tab.rows[0]) if tab.rows else ""
    labels = [clean(r[0]) for r in tab.rows[1:] if r]
    text = f"{caption} {head} {' '.join(labels)}"
    if re.search(r"from managers|not managers", f"{caption} {head}", re.I):
        return None
    squashed = [re.sub(r"\s+", "", lb.lower()) for lb in labels]  # "Consul tants" (PDF)
    if sum(1 for lb in squashed if re.search(r"band|vsm|consultant|trainee|careergrade", lb)) >= 3:
        return 1
    row_inds = {ind for lb in labels for ind, rx in _KEYWORDS if rx.search(lb)}
    # a row that names one indicator by its words (harassment from staff is 6's)
    row_inds |= {i for lb in labels if len(one := indicators_named(lb) - {1}) == 1 for i in one}
    named = [lb for lb in labels if lb]  # a header's second row has no label
    # a column of codes alone ("1a", "2", "9b") numbers indicators only when some carry
    # a data return's sub-code letter: a plain 1, 2, 3 down the side is a serial number
    coded = any(re.fullmatch(r"[1-9][a-e]", lb, re.I) for lb in named)
    row_nums = [m for lb in labels if (m := _RE_ROW_NUM.match(lb)) and (coded or not m.group(3))]
    numbered = {int(m.group(1) or m.group(2) or m.group(3)) for m in row_nums}
    every_row_numbered = bool(named) and len(row_nums) == len(named)
    # each row names one indicator by its words, and not all the same one
    each_row_one = len(named) >= 2 and all(len(_row_indicators(lb)) == 1 for lb in named)
    if (
        len(row_inds) >= 3
        or len(numbered) >= 2
        or every_row_numbered
        or (each_row_one and len(row_inds) >= 2)
    ):
        # a summary across indicators (or of one, each row named by it): each row is
        # read by its own label
        return MIXED
    for ind, rx in _KEYWORDS:
        if rx.search(text):
            return ind
    if re.search(r"(harassment|bullying|abuse)", text, re.I) and re.search(
        r"colleagues|staff|manager", text, re.I
    ):
        # "staff" may be who was harassed ("Staff experiencing harassment"): a heading
        # naming indicator 5 says who from
        return tab.heading_indicator if tab.heading_indicator in (5, 6) else 6
    return tab.heading_indicator


def normalise_rows(
    rows: list[list[str]], pages: list[int] | None = None
) -> tuple[list[list[str]], list[int]]:
    """Clean cells; drop empty rows; join a label-only row to the row of values (or
    period headings) that a blank paragraph in the label cell split from it. Returns
    the rows and the page each was printed on."""
    width = max((len(r) for r in rows), default=0)
    pages = list(pages) if pages and len(pages) == len(rows) else [1] * len(rows)
    cleaned = [
        ([clean(c) for c in r] + [""] * (width - len(r)), p)
        for r, p in zip(rows, pages, strict=True)
    ]
    cleaned = [(r, p) for r, p in cleaned if any(r)]
    out: list[list[str]] = []
    out_pages: list[int] = []
    i = 0
    while i < len(cleaned):
        row, page = cleaned[i]
        nxt = cleaned[i + 1][0] if i + 1 < len(cleaned) else None
        if row[0] and not any(row[1:]) and nxt is not None and width > 1:
            head = parse_cell(nxt[0])
            joined = None
            if not nxt[0] and any(nxt[1:]):
                joined = [row[0], *nxt[1:]]
            elif (is_figure(head) or head.kind == "period") and not nxt[-1]:
                joined = [row[0], *nxt[:-1]]
            if joined is not None:
                out.append(joined)
                out_pages.append(page)
                i += 2
                continue
        out.append(row)
        out_pages.append(page)
        i += 1
    return out, out_pages


def transpose_if_needed(grid: list[list[str]], survey: bool) -> tuple[list[list[str]], bool]:
    """Periods down the first column instead of across the top: turn the table round.
    Returns the grid and whether it was turned."""
    if len(grid) < 3:
        return grid, False
    in_col = sum(
        1 for r in grid[1:] if parse_period(r[0], survey) and parse_cell(r[0]).kind == "period"
    )
    in_row = max(
        sum(1 for c in r[1:] if parse_cell(c).kind == "period") for r in grid[: min(3, len(grid))]
    )
    if in_col >= 2 and in_row < 2:
        return [list(col) for col in zip(*grid, strict=False)], True
    return grid, False


def label_from_heading(tab: Tab) -> Tab:
    """A table with no label column, periods across the top and one row of figures
    ("2022/23 | 2023/24" over "1.10 | 0.95") under an indicator heading: its row is
    what the heading says ("Indicator 3: Relative likelihood of BME staff ..."), so
    the heading becomes the row's label. Any other table is returned as it is."""
    rows = [[clean(c) for c in r] for r in tab.rows if any(clean(c) for c in r)]
    if len(rows) != 2 or len(rows[0]) < 2:
        return tab
    head, values = rows
    if not all(parse_period(c) for c in head) or not all(is_figure(parse_cell(c)) for c in values):
        return tab
    heading = next(
        (ln for ln in reversed(tab.lines_above) if _RE_HEADING_IND.match(clean(ln))),
        tab.caption,
    )
    if not heading:
        return tab
    return Tab(
        rows=[["", *head], [clean(heading), *values]],
        row_pages=tab.row_pages[:2],
        caption=tab.caption or clean(heading),
        label=tab.label,
        heading_indicator=tab.heading_indicator,
        objective=tab.objective,
        context=tab.context,
        section_heading=tab.section_heading,
        lines_above=tab.lines_above,
        paragraphs_above=tab.paragraphs_above,
    )
