"""Questions printed only in a table (an appendix or annex), answers numbered in the
letter's body: "1. The median wait is …" / "Answer 2: Yes …" above, and a table of
(number, question) rows below. Read by structure, not wording: the table's number
column holds exactly the numbers the body's answers carry, in order, and its other
column holds text; each numbered paragraph (with the paragraphs and tables after it,
to the next number) is the answer to the question of its number.

The last answer ends where the letter goes on to something else: closing or
exemption-explanation wording (parsers.foi.vocab), a sign-off, a heading, or a
paragraph that shares no content word with its question (parsers.foi.structure)."""

from __future__ import annotations

import re

from parsers.foi.patterns import _RE_SIGNOFF, answer_marker, answer_marker_keys, normalise
from parsers.foi.segment_items import _Q
from parsers.foi.structure import content_words
from parsers.foi.units import _label_of, _Unit
from parsers.foi.vocab import closing_kinds, is_exemption_explanation, opens_with_section_heading

# a number cell: "1", "1.", "Q1", "(1)"
_RE_KEY_CELL = re.compile(r"^\(?(?:q\.?\s*)?(\d{1,2})[.)]?$", re.I)
# what a run-in answer marker leaves of "Answer 2. Yes …": "2. Yes …"
_RE_MARKED_KEY = re.compile(r"^(\d{1,2})\s*[:.)\-–—]\s*(.*)$", re.S)
MIN_QUESTIONS = 2


def _question_table(u: _Unit) -> dict[str, str] | None:
    """{number: question} from a table whose first column numbers its rows 1, 2, 3 …
    (a header row above them allowed) and whose second column holds text."""
    table = u.table
    if table is None or table.n_cols < 2:
        return None
    rows = [[normalise(c) for c in r] for r in table.rows]
    out: dict[str, str] = {}
    for k, row in enumerate(rows):
        m = _RE_KEY_CELL.match(row[0]) if row else None
        if m is None:
            if k == 0:
                continue  # the header row
            return None
        if int(m.group(1)) != len(out) + 1 or len(row) < 2 or not row[1]:
            return None
        out[m.group(1)] = row[1]
    return out if len(out) >= MIN_QUESTIONS else None


def _numbered(text: str) -> tuple[str, str] | None:
    """(number, text after it) of a numbered answer paragraph, or None."""
    lab = _label_of(text)
    if lab is not None and lab.kind == "num" and lab.letter is None:
        return lab.key, lab.rest
    rest = answer_marker(text)
    if not rest:
        return None
    keys = answer_marker_keys(text)  # "Answer 2: Yes …"
    if keys is not None and len(keys) == 1 and keys[0].isdigit():
        return keys[0], rest
    m = _RE_MARKED_KEY.match(rest)  # "Answer 2. Yes …" leaves "2. Yes …"
    return (m.group(1), m.group(2)) if m else None


def _ends_letter_part(u: _Unit) -> bool:
    t = u.text
    return bool(
        u.style == "heading"
        or _RE_SIGNOFF.match(t)
        or closing_kinds(t)
        or is_exemption_explanation(t)
        or opens_with_section_heading(t)
    )


def items_from_appendix(units: list[_Unit]) -> list[_Q] | None:
    """The items of a letter whose questions are only in an appendix table, or None
    where the letter is not in that shape."""
    for ti in range(len(units) - 1, -1, -1):
        questions = _question_table(units[ti])
        if questions is not None:
            break
    else:
        return None
    # numbered paragraphs in sequence 1, 2, 3 …; a number out of sequence is the
    # previous answer's text (a PDF line that wraps at "section\n21. The …")
    starts: list[tuple[int, str, str]] = []
    for k, u in enumerate(units[:ti]):
        n = _numbered(u.text) if u.table is None else None
        if n is not None and n[0] == str(len(starts) + 1):
            starts.append((k, *n))
    if [key for _, key, _ in starts] != list(questions):
        return None
    items: list[_Q] = []
    for s, (k, key, rest) in enumerate(starts):
        last = s == len(starts) - 1
        end = starts[s + 1][0] if not last else ti
        q = _Q(label=key, heading=None, answered=True, parts=[questions[key]])
        if rest:
            q.answer.append(rest)
        asked = set(content_words(questions[key]))
        for u in units[k + 1 : end]:
            if u.table is not None:
                if u.table_index is not None:
                    q.tables.append(u.table_index)
                continue
            if last and (_ends_letter_part(u) or not asked & set(content_words(u.text))):
                break
            q.answer.append(u.text)
        items.append(q)
    return items
