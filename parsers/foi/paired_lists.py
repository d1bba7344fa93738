"""Questions as one bulleted list, then the answers as a second bulleted list, as long
and in the same order: a pairing by position, the k-th item of the second list
answering the k-th of the first. Read by structure, never from the line that may say
so ("in the same order"):

* the questions: a run of consecutive bulleted paragraphs (a list glyph, or a list
  style), at least two, mostly in the requester's words;
* then one to a few short paragraphs that are not list items (a heading, a line
  introducing the answers: what parts the two runs);
* then the answers: the next run of bulleted paragraphs, exactly as many as the
  questions, mostly not asking.

The counts decide: runs of different lengths are no pairing (nothing is guessed), nor
is a letter whose questions are numbered (a label reading takes those), nor a second
run in the requester's words (a request printed twice, or a list of sub-questions).
Each answer is its list item without the glyph; a table straight after it goes with
it. Part of the FOI parser, run by parsers.foi.passes before the segmenting state
machine.
"""

from __future__ import annotations

from itertools import pairwise

from parsers.foi.contents_list import _asking
from parsers.foi.line_kinds import _bullet
from parsers.foi.segment_items import _Q
from parsers.foi.units import _label_of, _Unit

# what may part the two lists: a heading, a line introducing the answers; more, or
# longer, is prose of the letter's own and no such layout
MAX_GAP_UNITS = 3
MAX_GAP_WORDS = 25

Run = tuple[int, int]  # [start, end) of consecutive list items in the units


def _runs(units: list[_Unit]) -> list[Run]:
    """The runs of consecutive bulleted paragraphs (tables break a run)."""
    out: list[Run] = []
    start: int | None = None
    for k, u in enumerate([*units, None]):
        item = u is not None and u.table is None and _bullet(u) is not None
        if item and start is None:
            start = k
        elif not item and start is not None:
            out.append((start, k))
            start = None
    return out


def _texts(units: list[_Unit], run: Run) -> list[str]:
    return [_bullet(units[k]) or "" for k in range(*run)]


def _mostly_asking(texts: list[str]) -> bool:
    return 2 * sum(_asking(t) for t in texts) > len(texts)


def _gap_ok(gap: list[_Unit]) -> bool:
    """The units parting the two lists: at least one, a few short paragraphs."""
    if not 1 <= len(gap) <= MAX_GAP_UNITS:
        return False
    return all(u.table is None and len(u.text.split()) <= MAX_GAP_WORDS for u in gap)


def _numbered_questions(units: list[_Unit]) -> bool:
    """Some paragraph outside a list opens on a question label and asks."""
    for u in units:
        if u.table is not None or _bullet(u) is not None:
            continue
        lab = _label_of(u.text)
        if lab is not None and _asking(lab.rest):
            return True
    return False


def tables_after(units: list[_Unit], end: int) -> list[int]:
    """The indices of the tables standing straight after unit `end - 1`."""
    out: list[int] = []
    for u in units[end:]:
        if u.table is None:
            break
        if u.table_index is not None:
            out.append(u.table_index)
    return out


def _pair(units: list[_Unit], asked: Run, replied: Run) -> list[_Q]:
    items: list[_Q] = []
    for q_at, a_at in zip(range(*asked), range(*replied), strict=True):
        q = _Q(label=None, heading=None, parts=[_bullet(units[q_at]) or ""], answered=True)
        q.answer.append(_bullet(units[a_at]) or "")
        if a_at == replied[1] - 1:
            q.tables = tables_after(units, replied[1])
        items.append(q)
    return items


def paired_list_items(units: list[_Unit]) -> list[_Q] | None:
    """Items of a letter whose questions are one bulleted list and whose answers are
    the next bulleted list, as many and in the same order, else None."""
    runs = _runs(units)
    for first, second in pairwise(runs):
        if first[1] - first[0] < 2 or not _mostly_asking(_texts(units, first)):
            continue
        # the first asking list decides: it is paired with the next, or nothing is
        if second[1] - second[0] != first[1] - first[0]:
            return None
        if not _gap_ok(units[first[1] : second[0]]):
            return None
        if _mostly_asking(_texts(units, second)):
            return None  # (the request again, or sub-questions: no answers)
        if _numbered_questions(units):
            return None
        return _pair(units, first, second)
    return None
