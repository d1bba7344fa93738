"""Each question printed as the merged first row of its own table (since set U's
learning): a small table of figures per question, the question in a row merged across
the table's width over the column heads and the rows that answer it:

    | 2. How many sharps injuries were reported, by site?  |
    | Site                     | Injuries                  |
    | Riverside                | 41                        |
    | Hillcrest                | 17                        |

The question is the merged row (its label the item's); the answer is the rows beneath
it, the column heads among them, cells joined by " | ", a line a row, as an answer
that is a table of figures is elsewhere. Read by the table's shape, not its words:
extraction prints a merged row as its first cell alone filled (parsers.foi
.banded_tables); here only the first row is so merged, it asks (a question or a
request, a label before it or not), and rows of figures follow. The layout is the
letter's: at least two tables so, and no labelled question printed outside them (there
the tables would be answers' data, their merged rows titles). Part of the FOI parser,
tried by parsers.foi.qa_tables with its other table readers. A web page may mark the
question up as the table's <caption> instead (`Table.caption`): read the same way.
"""

from __future__ import annotations

from parsers.extract.model import Table
from parsers.foi.banded_tables import _band
from parsers.foi.line_kinds import _question_like, _request_like
from parsers.foi.patterns import normalise
from parsers.foi.segment_items import _Q
from parsers.foi.units import _label_of, _Unit

MIN_TABLES = 2  # a layout the letter repeats
MIN_BODY_ROWS = 2  # the column heads and at least one row of figures


def _asks(text: str) -> bool:
    lab = _label_of(text)
    rest = lab.rest if lab is not None else text
    return _question_like(rest) or _request_like(rest)


def caption_band(table: Table) -> tuple[str, list[list[str]]] | None:
    """(the question in the merged first row, the rows beneath it) of a table read as
    the module's docstring says, else None."""
    if table.n_cols < 2 or not table.rows:
        return None
    question, rows = _band(table.rows[0]), table.rows[1:]
    if question is None and table.caption:
        # (a web page's <caption> is the table's title row in markup)
        question, rows = normalise(table.caption), table.rows
    if question is None or not _asks(question) or len(rows) < MIN_BODY_ROWS:
        return None
    body = [[normalise(c) for c in r] for r in rows]
    if any(_band(r) is not None or not any(r) for r in body):
        return None  # (merged rows further down: a banded or themed table)
    return question, body


def _item(question: str, body: list[list[str]]) -> _Q:
    lab = _label_of(question)
    text = lab.rest if lab is not None else question
    answer = "\n".join(" | ".join(r) for r in body)
    label = lab.key if lab is not None else None
    return _Q(label=label, heading=None, parts=[text], answer=[answer], answered=True)


def caption_band_items(units: list[_Unit]) -> tuple[list[_Q], set[int]] | None:
    """Items of the letter's tables read so (and the tables used), else None."""
    read = [(u, caption_band(u.table)) for u in units if u.table is not None]
    found = [(u, band) for u, band in read if band is not None]
    if len(found) < MIN_TABLES:
        return None
    if any(u.table is None and _labelled_question(u.text) for u in units):
        return None
    items = [_item(*band) for _, band in found]
    return items, {u.table_index for u, _ in found if u.table_index is not None}


def _labelled_question(text: str) -> bool:
    lab = _label_of(text)
    return lab is not None and bool(lab.rest) and _asks(text)
