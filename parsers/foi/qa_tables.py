"""Question/answer tables: a letter whose questions and replies stand in a table
("Question | Response", with or without a number column, or with no heading row
but numbered requests in the left column) gives its items
directly, without the segmenting state machine; a row whose cells hold several
questions and their replies gives one item each (parsers.foi.cells), and a
disclosure-log entry printed as a two-column form gives its request and answer; a
table of closed questions, a column of bare yes / no answers and the detail beside
it, gives the two cells as one answer (parsers.foi.closed_columns).
Part of the FOI parser (parsers.foi.parse), run by parsers.foi.passes; split out
of parsers.foi.segment_items (the `_Q` item it fills) to keep each module small.
"""

from __future__ import annotations

import re

from parsers.extract.model import Table
from parsers.foi.answer_bands import answer_band_items
from parsers.foi.banded_tables import banded_items
from parsers.foi.caption_bands import caption_band_items
from parsers.foi.cells import form_pairs, number_cell_label, pair_cells
from parsers.foi.closed_columns import answer_text, closed_answer_columns
from parsers.foi.email_rows import asks_nothing
from parsers.foi.figure_grids import figure_grid_items
from parsers.foi.label_column_rows import label_column_items
from parsers.foi.line_kinds import _question_like, _request_like
from parsers.foi.numbered_form_cells import numbered_form_items
from parsers.foi.patterns import _I, _RE_ANSWER_COLUMN, _RE_REQUEST_COLUMN, normalise
from parsers.foi.prose_columns import prose_answer_column
from parsers.foi.remark_columns import remark_columns
from parsers.foi.segment_items import _Q
from parsers.foi.spanned_answers import spanned_rows
from parsers.foi.stem_rows import without_stem_rows
from parsers.foi.themed_tables import themed_items
from parsers.foi.units import _label_of, _Unit

# column headings by the request / answer marker grammars (parsers.foi.patterns)
_Q_HEADER = _RE_REQUEST_COLUMN
_A_HEADER = _RE_ANSWER_COLUMN
# a form's title of one or two words and a number, nothing after it
_RE_NUMBERED_TITLE = re.compile(r"^[A-Za-z]+(?:\s[A-Za-z]+)?\.?\s*(\d{1,2}[a-z]?)\s*[:.)]?$")
_N_HEADER = re.compile(r"^(?:no\.?|number|#|ref\.?|item|q\.?|question\s+(?:no\.?|number))$", _I)


def _qa_columns(table: Table) -> tuple[int | None, int, tuple[int, ...]] | None:
    """(number column, question column, answer columns) by the heading row; the
    answer is one column, or a closed-answer column and the detail beside it
    (parsers.foi.closed_columns), or one column and its remark columns."""
    if not table.rows or table.n_cols < 2:
        return None
    header = [normalise(c) for c in table.rows[0]]
    q_col = a_col = n_col = None
    for j, cell in enumerate(header):
        if q_col is None and _Q_HEADER.match(cell) and _case_key(table, j, cell):
            continue  # (the request's identifier, not its words)
        if q_col is None and n_col is None and _RE_KEY_HEADER.match(cell) and _N_HEADER.match(cell):
            n_col = j  # ("Question no.": the questions' numbers)
            continue
        if q_col is None and _Q_HEADER.match(cell) and not _A_HEADER.match(cell):
            q_col = j
        elif q_col is not None and a_col is None and _A_HEADER.match(cell):
            a_col = j
        elif q_col is None and n_col is None and _N_HEADER.match(cell):
            n_col = j
    if q_col is None:
        return _template_columns(table, header)
    if a_col is None:
        closed = closed_answer_columns(table, q_col)
        # (or one prose column beside short status values: parsers.foi.prose_columns)
        prose = None if closed else prose_answer_column(table, q_col)
        if prose is not None:
            return n_col, q_col, (prose,)
        return (n_col, q_col, closed) if closed else None
    # (sparse sentences after the answer column complete it: parsers.foi.remark_columns)
    return n_col, q_col, (a_col, *remark_columns(table, a_col))


# a heading naming the request's identifier ("Request ID", "Request no.", "Case ref")
_RE_KEY_HEADER = re.compile(r"^\w+\s+(?:id|no\.?|number|ref\.?|reference|code)$", _I)


def _case_key(table: Table, j: int, heading: str) -> bool:
    """Column j keys the case, not its questions (since set AE's learning): its heading
    names an identifier, or it holds one value on every row (an export repeating the
    case's reference beside each of its questions)."""
    if _RE_KEY_HEADER.match(heading) and not _N_HEADER.match(heading):
        return True
    cells = {normalise(r[j]) for r in table.rows[1:] if j < len(r)}
    return len(table.rows) > 2 and len(cells) == 1


# an answer column's heading and nothing more ("Response", "Trust response", "Our
# answer"): "Response time" heads a figure, not the trust's replies
_A_HEADER_ALONE = re.compile(_A_HEADER.pattern + r"\s*$", _I)


def _template_columns(table: Table, header: list[str]) -> tuple[int, int, tuple[int]] | None:
    """A requester's data template returned filled in (since set AD's learning):
    "Ref | Data item | Guidance | Trust response", its own words over the requested
    items. Read by structure: a number column first, every row's cell a label
    ("A1", "3"); the last column headed as the trust's answer and nothing more; the
    items the column after the numbers, whatever its heading (the columns between,
    the requester's notes on what to count, are in no item)."""
    if len(header) < 3 or not _N_HEADER.match(header[0]):
        return None
    if not _A_HEADER_ALONE.match(header[-1]):
        return None
    rows = table.rows[1:]
    labels = [number_cell_label(normalise(r[0])) if r else None for r in rows]
    if not rows or any(lab is None or len(lab) > 4 for lab in labels):
        return None
    return 0, 1, (len(header) - 1,)


_RE_NUMBER_CELL = re.compile(r"^\(?(?:q\.?\s*)?\d{1,2}[a-z]?[.)]?$", _I)


def _numbers_only(table: Table, q_col: int) -> bool:
    """The "question" column holds only numbers ("1", "2", "Q3"): it keys the rows of
    a table about the questions (a summary up front: held? exemption?), it asks
    nothing, so the table is no question/answer table."""
    cells = [normalise(r[q_col]) for r in table.rows[1:] if q_col < len(r)]
    return bool(cells) and all(not c or _RE_NUMBER_CELL.match(c) for c in cells)


def _numbered_margin(table: Table) -> bool:
    """A two-column table with no heading row whose left cells are the questions,
    numbered 1, 2, 3 … in turn, and whose right cells are the replies beside them:
    the request in a margin column, the answer on the right (the numbers and the
    requests' wording say which column is which, not a header)."""
    if table.n_cols != 2 or len(table.rows) < 2:
        return False
    asking = 0
    for k, row in enumerate(table.rows, 1):
        left, right = (normalise(c) for c in (*row, "")[:2])
        lab = _label_of(left)
        if lab is None or lab.num != k or not right or _label_of(right) is not None:
            return False
        asking += _question_like(lab.rest) or _request_like(lab.rest)
    return asking * 2 >= len(table.rows)


def _shared_cells(row: list[str], lines: list, q_col: int, a_col: int) -> list[_Q] | None:
    """A row whose question cell holds several questions (and whose reply cell
    holds their replies): one item per question (parsers.foi.cells)."""
    if q_col >= len(row) or a_col >= len(row):
        return None
    q_lines = lines[q_col] if q_col < len(lines) else None
    a_lines = lines[a_col] if a_col < len(lines) else None
    pairs = pair_cells(row[q_col], row[a_col], q_lines or None, a_lines or None)
    if not pairs:
        return None
    out = []
    for label, question, answer in pairs:
        q = _Q(label=label, heading=None, answered=True)
        q.parts.append(normalise(question))
        if normalise(answer):
            q.answer.append(normalise(answer))
        out.append(q)
    return out


def _items_from_tables(units: list[_Unit]) -> tuple[list[_Q], set[int]] | None:
    # (questions in merged bands over their answer rows: parsers.foi.banded_tables)
    # (or answers in merged bands under their numbered request rows: parsers.foi.answer_bands)
    banded = banded_items(units) or answer_band_items(units)
    if banded is not None:
        return banded
    # (questions grouped under merged theme rows: parsers.foi.themed_tables)
    themed = themed_items(units)
    if themed is not None:
        return themed
    qs: list[_Q] = []
    used: set[int] = set()
    cols = None
    last_width = None
    for u in units:
        if u.table is None:
            continue
        found = _qa_columns(u.table)
        if found is not None and _numbers_only(u.table, found[1]):
            found = None
        rows = u.table.rows
        cell_lines = u.table.cell_lines or [[] for _ in rows]
        if found is not None:
            cols = found
            last_width = u.table.n_cols
            rows, cell_lines = rows[1:], cell_lines[1:]
        elif cols is None and _numbered_margin(u.table):
            cols = (None, 0, (1,))
            last_width = u.table.n_cols
        elif cols is None or u.table.n_cols != last_width:
            continue
        used.add(u.table_index)
        n_col, q_col, a_cols = cols
        a_col = a_cols[0]
        if len(a_cols) == 1:
            # (one response merged down over two questions: parsers.foi.spanned_answers)
            rows = spanned_rows(rows, q_col, a_col)
        for ri, row in enumerate(rows):
            # a later pass may have joined rows: positions only while they line up
            lines = cell_lines[ri] if len(cell_lines) == len(rows) else []
            alone = n_col is None and len(a_cols) == 1
            shared = _shared_cells(row, lines, q_col, a_col) if alone else None
            if shared:
                qs.extend(shared)
                continue
            q_text = normalise(row[q_col] if q_col < len(row) else "")
            a_text = answer_text(row, a_cols)
            n_text = normalise(row[n_col]) if n_col is not None and n_col < len(row) else ""
            if not q_text and not a_text:
                continue
            lab = _label_of(q_text) if q_text else None
            label = None
            if n_text:
                label = number_cell_label(n_text)
            elif lab is not None:
                label = lab.key
                q_text = lab.rest
            if label is None and asks_nothing(q_text, a_text):
                continue  # (a quoted e-mail's greeting, context, sign-off: parsers.foi.email_rows)
            if qs and label is None and (not q_text or not a_text):
                # a row split across a page break continues the previous one
                if q_text:
                    qs[-1].parts.append(q_text)
                if a_text:
                    qs[-1].answer.append(a_text)
                continue
            q = _Q(label=label, heading=None)
            if q_text:
                q.parts.append(q_text)
            if a_text:
                q.answer.append(a_text)
            q.answered = True
            qs.append(q)
    if not qs:
        # (tables of other shapes: parsers.foi.label_column_rows, .figure_grids, .caption_bands)
        shaped = label_column_items(units) or figure_grid_items(units) or caption_band_items(units)
        # (a labelled-row form, its numbered questions and answers a cell each:
        # parsers.foi.numbered_form_cells)
        return shaped or numbered_form_items(units) or _items_from_forms(units)
    # (a parts' stem row with no response of its own: parsers.foi.stem_rows)
    return without_stem_rows(qs), used


def _items_from_forms(units: list[_Unit]) -> tuple[list[_Q], set[int]] | None:
    """Items of a disclosure-log entry printed as a two-column form."""
    qs: list[_Q] = []
    used: set[int] = set()
    for u in units:
        if u.table is None or u.table.n_cols != 2:
            continue
        pairs = form_pairs(u.table.rows)
        # (one question's form titled by its number, "Request 3" / "Q3" across the top)
        label = _title_label(u.table.rows) if len(pairs) == 1 else None
        for question, answer in pairs:
            qs.append(
                _Q(label=label, heading=None, parts=[question], answer=[answer], answered=True)
            )
            used.add(u.table_index)
    return (qs, used) if qs else None


def _title_label(rows: list[list[str]]) -> str | None:
    """The number a form's title row prints ("Request 3" → "3", "Q3" → "Q3"): a first
    row of one short text (alone, or repeated across a merged row) that reads as a
    question's label by the label grammar, with nothing after it."""
    title = {normalise(c) for c in rows[0]} - {""} if rows else set()
    if len(title) != 1:
        return None
    cell = title.pop()
    lab = _label_of(f"{cell} x")  # a title stands before its question as a label does
    if lab is not None and lab.rest == "x":
        return lab.key
    # (a title of the house's own word and the number: "Enquiry 3", "Item 3:")
    m = _RE_NUMBERED_TITLE.match(cell)
    return m.group(1).lower() if m else None
