"""A question/answer table that prints a question's lettered parts as rows of their
own ("2" | "Regarding …:" | empty, then "2(a)" | part | answer, "2(b)" | …): the row
numbered as the parts' parent, with no response of its own, is their stem, in no
item (the parts carry the answers). Read by structure: the empty response cell and
the numbers of the rows straight after it, never by the stem's words. Part of the FOI
parser; called by parsers.foi.qa_tables (since set Z: the three-column table with
sub-parts)."""

from __future__ import annotations

import re

from parsers.foi.segment_items import _Q

# a part's label under its parent's number: "2a", "Q2b", "2ii"
_RE_PART_OF = r"^{parent}[a-z]{{1,4}}$"


def _is_stem(q: _Q, following: _Q | None) -> bool:
    """An unanswered numbered row whose next row is numbered as one of its parts."""
    if q.answer or not q.label or following is None or not following.label:
        return False
    return re.match(_RE_PART_OF.format(parent=re.escape(q.label)), following.label) is not None


def without_stem_rows(qs: list[_Q]) -> list[_Q]:
    """The table's items without the rows that are only their parts' stems."""
    return [q for k, q in enumerate(qs) if not _is_stem(q, qs[k + 1] if k + 1 < len(qs) else None)]
