"""Answers each under a short heading that names one question by its number, the
question quoted whole in inverted commas beneath the heading, then the answer's
paragraphs; the headings in any order, with no list of the questions before them.
Read by structure:

* headings: short paragraphs (a few words, no sentence ending) naming one number, all
  the same words but for it (one template, as parsers.foi.answer_leads reads leads),
  the numbers together 1 … N (N ≥ 2) once each, in any order;
* each heading directly over a paragraph quoted from end to end (‘…’, “…”, "…"), or
  a question label with the quotation run in after it ("Question 3: “…”");
* then the answer's paragraphs and tables, up to the next heading (the last up to the
  letter's sign-off, or the end of the units given: the closing run is cut before this
  pass runs).

The quotation is the question (its marks taken off), the heading's number its label;
the heading is in no item. The items are given in the questions' order. Part of the
FOI parser, run by parsers.foi.passes through parsers.foi.referenced_items.
"""

from __future__ import annotations

from dataclasses import dataclass

from parsers.foi.answer_leads import _lead_of
from parsers.foi.line_kinds import _is_signoff
from parsers.foi.segment_items import _Q
from parsers.foi.units import _label_of, _Unit

# each opening inverted comma and the mark that closes it
_CLOSING = {"‘": "’", "“": "”", '"': '"', "'": "'", "«": "»"}
_MIN_QUOTED = 12  # characters: a quoted word or phrase is no question


def sign_off_after(units: list[_Unit], k: int) -> int:
    """Where the last answer, after unit `k`, ends: at the letter's sign-off (review
    rights, the regulator, "Yours …"), else at the end of the units given."""
    return next((j for j in range(k + 1, len(units)) if _is_signoff(units[j].text)), len(units))


def quoted_whole(text: str) -> str | None:
    """The words of a paragraph quoted from end to end (‘Which …?’ → Which …?; a full
    stop may follow the closing mark), or None."""
    t = text.strip().strip("*_").strip()
    if t.endswith(".") and len(t) > 1 and t[-2] in _CLOSING.values():
        t = t[:-1]
    close = _CLOSING.get(t[:1])
    if close is None or not t.endswith(close):
        return None
    inner = t[1:-1].strip()
    # (a single closing mark inside is an apostrophe; another opening one is a
    # second quotation, as is any double mark)
    if t[0] in inner or (close in '”"' and close in inner) or len(inner) < _MIN_QUOTED:
        return None
    return inner


@dataclass
class _Head:
    index: int  # the heading's unit
    num: int  # the question it names
    template: str  # its words, the number as "#"
    question: str  # the quotation's words
    body: int  # where the answer starts


def _head(units: list[_Unit], k: int) -> _Head | None:
    """A heading naming one number over a quotation (or a label with the quotation
    run in after it, as parsers.foi.house_units joins a numbered marker to the
    paragraph under it: "Question 3: “…”"), else None."""
    u = units[k]
    lab = _label_of(u.text) if u.table is None else None
    if lab is not None and lab.num is not None and lab.letter is None:
        inline = quoted_whole(lab.rest)
        if inline is not None:
            return _Head(k, lab.num, f"label {lab.kind}", inline, k + 1)
    lead = _lead_of(k, u)
    if lead is None or lead.rest or len(lead.nums) != 1 or k + 1 >= len(units):
        return None
    below = units[k + 1]
    quoted = quoted_whole(below.text) if below.table is None else None
    return None if quoted is None else _Head(k, lead.nums[0], lead.template, quoted, k + 2)


def _headings(units: list[_Unit]) -> list[_Head] | None:
    """The headings naming one number each over a quotation, in one template naming
    1 … N once each (N ≥ 2); else None."""
    found: dict[str, list[_Head]] = {}
    for k in range(len(units)):
        h = _head(units, k)
        if h is not None:
            found.setdefault(h.template, []).append(h)
    for run in found.values():
        nums = sorted(h.num for h in run)
        if len(nums) >= 2 and nums == list(range(1, len(nums) + 1)):
            return run
    return None


def quoted_head_items(units: list[_Unit]) -> list[_Q] | None:
    """Items of a letter answering under numbered headings, each over its question
    quoted whole (see the module's docstring), else None."""
    heads = _headings(units)
    if heads is None:
        return None
    end = sign_off_after(units, heads[-1].index)
    bounds = [h.index for h in heads] + [end]
    items: list[_Q] = []
    for h, stop in zip(heads, bounds[1:], strict=True):
        q = _Q(label=str(h.num), heading=None, parts=[h.question], answered=True)
        q.num = h.num
        for b in units[h.body : stop]:
            if b.table is not None and b.table_index is not None:
                q.tables.append(b.table_index)
            elif b.table is None and b.text:
                q.answer.append(b.text)
        if not (q.answer or q.tables):
            return None  # a quotation with no answer under it
        items.append(q)
    return sorted(items, key=lambda q: q.num or 0)
