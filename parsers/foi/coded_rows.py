"""A two-column question/answer table whose left column holds a short reference
code ("Q1.a", "2.1", "3") and whose right cell holds the question and its answer
as separate paragraphs, one row per question. Read by structure:

* the table has two columns; a heading row may stand first (its left cell is no
  code: "Ref", "Ref.", "No.");
* every other row's left cell is a code: a short token with a figure, letters,
  figures and joiners only ("Q1.a", "2.1", "4b", "A.3");
* the right cell splits into a first paragraph, the question, and the paragraphs
  after it, the answer; most first paragraphs ask (a question mark or a
  request's opening words).

The cell's paragraphs are its line breaks (DOCX, HTML). A PDF cell's text runs
on with its line breaks lost, so its lines' positions (Table.cell_lines) say
where the question ends: at a wider gap between lines where there is one, else
at the first line ending a sentence. The label is the code as printed, less a
trailing stop or bracket ("Q1.a", "2.1"). Part of the FOI parser, run by
parsers.foi.passes before the header-led tables (parsers.foi.qa_tables).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from parsers.extract.model import Table
from parsers.foi.line_kinds import _question_like, _request_like
from parsers.foi.patterns import _RE_ASKING, normalise
from parsers.foi.segment_items import _Q
from parsers.foi.units import _label_of, _Unit

# a reference code: at most a few letters, a figure, then short joined parts
_RE_CODE = re.compile(
    r"^(?=[^\s]*\d)[A-Za-z]{0,3}\.?\d{1,3}(?:[.\-/]?\(?[A-Za-z0-9]{1,3}\)?){0,3}[.):]?$"
)
_MAX_CODE = 10
_SENTENCE_END = re.compile(r"[.?!][\"'”’)]*$")
# a gap this much wider than the cell's narrowest line spacing parts two paragraphs
_GAP_RATIO = 1.35

CellLines = list[tuple[float | None, str]]


def code_label(cell: str) -> str | None:
    """The code a left cell prints, without its trailing punctuation, or None."""
    t = normalise(cell)
    if not t or len(t) > _MAX_CODE or not _RE_CODE.match(t):
        return None
    return t.rstrip(".):") or None


def _asking(text: str) -> bool:
    return _question_like(text) or _request_like(text) or bool(_RE_ASKING.match(text))


def _split_lines(lines: CellLines) -> tuple[str, str] | None:
    """(question, answer) of a cell's positioned lines (a PDF cell)."""
    texts = [t for _, t in lines]
    tops = [y for y, _ in lines if y is not None]
    cut = None
    if len(lines) >= 3 and len(tops) == len(lines):
        gaps = [b - a for a, b in pairwise(tops)]
        narrow = min(gaps)
        wide = [k for k, g in enumerate(gaps) if narrow > 0 and g > _GAP_RATIO * narrow]
        cut = wide[0] + 1 if wide else None
    if cut is None:
        cut = next(
            (k + 1 for k, t in enumerate(texts[:-1]) if _SENTENCE_END.search(t.strip())), None
        )
    if cut is None:
        return None
    return normalise(" ".join(texts[:cut])), normalise(" ".join(texts[cut:]))


def _split_text(cell: str) -> tuple[str, str] | None:
    """(question, answer) of a cell's text: its first paragraph, the rest; with no
    paragraph breaks, the first sentence ending in a question mark."""
    paras = [p.strip() for p in cell.split("\n") if p.strip()]
    if len(paras) >= 2:
        return normalise(paras[0]), normalise(" ".join(paras[1:]))
    m = re.search(r"\?\s+(?=[A-Z0-9£])", cell)
    if m is None:
        return None
    return normalise(cell[: m.start() + 1]), normalise(cell[m.end() :])


def _pairs(table: Table) -> list[tuple[str, str, str]] | None:
    """(label, question, answer) of each row of a coded two-column table."""
    if table.n_cols != 2 or not table.rows:
        return None
    rows = table.rows
    lines = table.cell_lines if table.cell_lines and len(table.cell_lines) == len(rows) else None
    start = 0 if code_label(rows[0][0] if rows[0] else "") else 1
    out: list[tuple[str, str, str]] = []
    for r in range(start, len(rows)):
        row = (*rows[r], "", "")[:2]
        label = code_label(row[0])
        if label is None:
            return None
        cell_lines = lines[r][1] if lines and len(lines[r]) > 1 else None
        split = (
            _split_text(row[1])
            if "\n" in row[1] or not cell_lines
            else _split_lines([(y, t) for y, t in cell_lines])
        )
        if split is None or not split[0] or not split[1]:
            return None
        out.append((label, *split))
    if not out or (len(out) < 2 and start == 0):
        return None
    if 2 * sum(_asking(q) for _, q, _ in out) <= len(out):
        return None
    return out


def items_of_tables(
    units: list[_Unit], read: Callable[[Table], list[_Q] | None]
) -> tuple[list[_Q], set[int]] | None:
    """The items `read` finds in each of the letter's tables, in order, and the indexes
    of the tables it read, else None: the loop of every reader of one table at a time
    (coded rows here, banded tables in parsers.foi.banded_tables)."""
    qs: list[_Q] = []
    used: set[int] = set()
    for u in units:
        if u.table is None:
            continue
        items = read(u.table)
        if items is None:
            continue
        if u.table_index is not None:
            used.add(u.table_index)
        qs.extend(items)
    return (qs, used) if qs else None


def pair_item(question: str, answer: str) -> _Q:
    """The item of a question and answer read from a table's cells, the question's
    label (when it opens with one) apart from its text: the item every reader of
    pairs from one table builds (banded and themed tables)."""
    lab = _label_of(question)
    label = lab.key if lab is not None else None
    text = lab.rest if lab is not None else question
    return _Q(label=label, heading=None, parts=[text], answer=[answer], answered=True)


def _coded_items(table: Table) -> list[_Q] | None:
    pairs = _pairs(table)
    if pairs is None:
        return None
    return [
        _Q(label=label, heading=None, parts=[question], answer=[answer], answered=True)
        for label, question, answer in pairs
    ]


def coded_table_items(units: list[_Unit]) -> tuple[list[_Q], set[int]] | None:
    """Items of every coded question/answer table in the letter (and the tables
    used), else None."""
    return items_of_tables(units, _coded_items)
