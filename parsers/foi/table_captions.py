"""A table's caption belongs to the table (since set O's learning). A web page says so
in markup (`<caption>`, kept in `Table.caption` by parsers.extract.html_tables); a
DOCX or a PDF prints the caption as a paragraph of its own right above the table (or,
numbered, right below it), and the FOI parser read it as one more line of the answer
before the table. Here such a paragraph is folded into its table's unit, as the web
page's markup would have it, so the answer is only the answer's own text.

Read by structure, not wording: a caption is short, stands next to a table, is no
question (no label, no question mark, no request) and is not a sentence of the letter
(no closing full stop, colon or semicolon); it is set apart from the body text by its
look (italic, or smaller than the body) or numbers its table the way captions do
("Table 3", "Figure 2" before the title). Below a table only the numbered kind counts:
an unnumbered short line after a table may be the answer going on. A look that the
letter's questions are set in (an italic line that asks elsewhere in the letter) marks
questions, not captions: a question answered by a table alone stays a question. Part
of the FOI parser's units (parsers.foi.units).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.foi.line_kinds import _question_like, _request_like
from parsers.foi.units import _label_of, _Unit

MAX_WORDS = 16
# a caption numbering its table or figure: "Table 3:", "Fig. 2 –", "Chart 1."
_RE_NUMBERED = re.compile(r"^(?:table|fig(?:ure)?\.?|chart|graph|exhibit)\s+\d+[a-z]?\b", re.I)
_CAPTION_FACES = {"italic"}


def numbered_caption(text: str) -> bool:
    """The text opens by numbering a table or figure ("Table 2: …")."""
    return bool(_RE_NUMBERED.match(text))


def _short_line(text: str) -> bool:
    return 0 < len(text.split()) <= MAX_WORDS


def _asks(u: _Unit) -> bool:
    return u.table is None and (_question_like(u.text) or _request_like(u.text))


def caption_look(u: _Unit) -> str | None:
    """How a paragraph is set apart from the body text the way captions are: "italic",
    "small" (smaller than the body), or None."""
    if u.style in _CAPTION_FACES:
        return u.style
    return "small" if u.size is not None and u.size < 1.0 else None


def caption_like(u: _Unit, question_looks: frozenset[str] = frozenset()) -> bool:
    """A paragraph that can be a table's caption when it stands next to one; a look in
    `question_looks` (the letter sets questions in it) does not make one."""
    t = u.text
    if u.table is not None or not _short_line(t) or _asks(u):
        return False
    if numbered_caption(t):
        return not t.endswith((":", ";"))  # ("Table 2 below shows:" leads into it)
    if _label_of(t) is not None or t.endswith((".", ":", ";", "!")):
        return False
    look = caption_look(u)
    return look is not None and look not in question_looks


def _caption_of(
    units: list[_Unit], k: int, question_looks: frozenset[str]
) -> tuple[int, str] | None:
    """(index, text) of the caption of the table at units[k]: the paragraph right
    above it, else a numbered one right below it."""
    if k > 0 and caption_like(units[k - 1], question_looks):
        return k - 1, units[k - 1].text
    nxt = units[k + 1] if k + 1 < len(units) else None
    if nxt is not None and numbered_caption(nxt.text) and caption_like(nxt, question_looks):
        return k + 1, nxt.text
    return None


def with_captions_in_tables(units: list[_Unit]) -> list[_Unit]:
    """The units with each table's caption paragraph folded into the table's unit
    (its `Table.caption`, unless the format gave it one already)."""
    question_looks = frozenset(look for u in units if _asks(u) and (look := caption_look(u)))
    drop: set[int] = set()
    out = list(units)
    for k, u in enumerate(units):
        if u.table is None:
            continue
        found = _caption_of(units, k, question_looks)
        if found is None or found[0] in drop:
            continue
        at, text = found
        drop.add(at)
        if not u.table.caption:
            out[k] = replace(u, table=replace(u.table, caption=text))
    return [u for k, u in enumerate(out) if k not in drop]
