"""A numbered subject heading over each question's marker pair (since set R):

    3. Car parking                       (a heading: a number and a short subject)
    Request:                             (a request marker, alone or run in)
    How many spaces are there …?
    Reply given                          (the same short line in every section)
    There are 420 spaces …

The heading's number is the question's label; its subject is no question, and the
marker lines are in no item. Read by structure: each heading is a short numbered line
in a face of its own (a heading or bold) that neither asks nor ends a sentence, set
directly over a request marker (parsers.foi.markers); the answer's marker is either
one the grammar knows or a short line standing alone that every section repeats after
its question, whatever its words. At least two such sections, and every numbered
subject heading of the letter over one. Rewritten as the units the segmenter reads:
"3. <question>", "Answer:", then the answer's paragraphs. Part of the FOI parser;
called by parsers.foi.house_units.
"""

from __future__ import annotations

import re

from parsers.foi.markers import answer_marker, request_marker
from parsers.foi.patterns import _RE_ASKING, normalise
from parsers.foi.units import _label_of, _Unit

MAX_SUBJECT_WORDS = 6
MAX_MARKER_WORDS = 6
MIN_SECTIONS = 2


def subject_number(u: _Unit) -> int | None:
    """The number of a numbered subject heading ("3. Car parking"), else None."""
    if u.table is not None or u.style not in ("heading", "bold"):
        return None
    lab = _label_of(u.text)
    if lab is None or lab.kind != "num" or not lab.key.isdigit():
        return None
    rest = lab.rest.strip()
    if not rest or len(rest.split()) > MAX_SUBJECT_WORDS or re.search(r"[.?!:;,]$", rest):
        return None
    return None if _RE_ASKING.match(rest) else lab.num


def _short_line(u: _Unit) -> bool:
    return (
        u.table is None
        and 1 <= len(u.text.split()) <= MAX_MARKER_WORDS
        and not re.search(r"[.?!;,]$", u.text)
        and _label_of(u.text) is None
    )


def _sections(units: list[_Unit], heads: list[int]) -> list[tuple[int, int]]:
    ends = [*heads[1:], len(units)]
    return list(zip(heads, ends, strict=True))


def _question_span(units: list[_Unit], k: int, end: int) -> tuple[str, int] | None:
    """(the question under the request marker at units[k], the index after it)."""
    rest = request_marker(units[k].text)
    if rest:
        return rest, k + 1
    nxt = units[k + 1] if k + 1 < end else None
    if nxt is None or nxt.table is not None or _label_of(nxt.text) is not None:
        return None
    return nxt.text, k + 2


def _answer_line(units: list[_Unit], spans: list[tuple[int, int]]) -> str | None:
    """The short line every section repeats straight after its question (a house's
    answer marker, whatever its words), lower case; None when there is none."""
    seen: set[str] | None = None
    for start, end in spans:
        u = units[start] if start < end else None
        if u is None or not _short_line(u):
            return None
        text = normalise(u.text).lower()
        seen = {text} if seen is None else seen & {text}
    return next(iter(seen)) if seen else None


def numbered_subject_units(units: list[_Unit]) -> list[_Unit]:
    """The units with each numbered subject section rewritten (see the docstring);
    unchanged unless every numbered subject heading stands over a request marker."""
    heads = [k for k, u in enumerate(units) if subject_number(u) is not None]
    if len(heads) < MIN_SECTIONS:
        return units
    sections = _sections(units, heads)
    spans: list[tuple[str, int, int]] = []  # (question, answer's first unit, end)
    for head, end in sections:
        marker = head + 1
        if marker >= end or units[marker].table is not None:
            return units
        if request_marker(units[marker].text) is None:
            return units
        found = _question_span(units, marker, end)
        if found is None:
            return units
        spans.append((found[0], found[1], end))
    starts = [(start, end) for _, start, end in spans]
    known = all(s < e and answer_marker(units[s].text) is not None for s, e in starts)
    repeated = None if known else _answer_line(units, starts)
    if not known and repeated is None:
        return units
    out = list(units[: heads[0]])
    for (head, _), (question, start, end) in zip(sections, spans, strict=True):
        u = units[head]
        text = f"{subject_number(u)}. {question}"
        out.append(_Unit(text, None, lines=[text], page=u.page, size=u.size, indent=u.indent))
        if not known:
            a = units[start]
            out.append(_Unit("Answer:", a.style, lines=["Answer:"], page=a.page))
            start += 1
        out.extend(units[start:end])
    return out
