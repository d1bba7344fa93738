"""Answers broken down under the same sub-headings under every question (since
0.7.1): a trust with several hospital sites (or directorates, or years) answers each
question site by site, the site's name standing alone over its figure, or run in
before it:

    How many beds does each hospital have?        (an unlabelled question)
    North Hospital                                (a sub-heading)
    212 beds                                      (its value)
    South Hospital
    64 beds
    How many theatres …

Read by structure: at least two unlabelled asking paragraphs, each followed by the
same sequence of sub-headings (two or more, in the same order) with one value line
under each (or run in after it, "North Hospital: 212 beds"), and nothing else up to
the next question. Each question is then marked as a request and its breakdown as
its answer ("Request: …", "Answer:"), so the segmenter reads the sub-headings and
values, in order, as the answer; without this the sub-headings read as a pair of
markers taking turns, or the values as questions.

Part of the FOI parser (parsers.foi.parse); called by parsers.foi.house_units.
"""

from __future__ import annotations

from dataclasses import dataclass

from parsers.foi.line_kinds import unmarked_paragraph
from parsers.foi.meta_patterns import _RE_META_KEY
from parsers.foi.patterns import _RE_ASKING
from parsers.foi.units import _Unit

MIN_QUESTIONS = 2
MIN_HEADINGS = 2
# a sub-heading is a name, not a sentence
MAX_HEADING_CHARS = 50
MAX_VALUE_CHARS = 80


@dataclass
class _Block:
    question: int  # the asking paragraph's position
    keys: list[str]  # the sub-headings in order, lower case
    end: int  # the position after the block's last value


def _asking(u: _Unit) -> bool:
    t = u.text
    return unmarked_paragraph(u) and (bool(_RE_ASKING.match(t)) or t.rstrip().endswith("?"))


def _heading(u: _Unit) -> str | None:
    """A sub-heading standing alone: a short name with no sentence's end."""
    t = u.text.strip()
    if u.table is not None or not t or len(t) > MAX_HEADING_CHARS or t[-1] in ".?!;,":
        return None
    if not t[0].isupper() or any(ch.isdigit() for ch in t) or _RE_META_KEY.match(t):
        return None
    return t.rstrip(":").lower()


def _run_in(u: _Unit) -> str | None:
    """A sub-heading run in before its value ("North Hospital: 212 beds")."""
    if u.table is not None or ":" not in u.text:
        return None
    head, value = (s.strip() for s in u.text.split(":", 1))
    if not value or len(value) > MAX_VALUE_CHARS:
        return None
    return _heading(_Unit(head))


def _value(u: _Unit) -> bool:
    t = u.text
    return u.table is None and 0 < len(t) <= MAX_VALUE_CHARS and not _asking(u)


def _block(units: list[_Unit], q: int) -> _Block:
    """The sub-headings under the question at `q`, and where they end."""
    keys: list[str] = []
    k = q + 1
    while k < len(units):
        u = units[k]
        key = _run_in(u)
        if key is not None:
            keys.append(key)
            k += 1
            continue
        key = _heading(u)
        if key is not None and k + 1 < len(units) and _value(units[k + 1]):
            keys.append(key)
            k += 2
            continue
        break
    return _Block(q, keys, k)


def breakdown_blocks(units: list[_Unit]) -> list[_Block]:
    """The questions answered under a recurring sequence of sub-headings; [] when
    the letter has none (see the module's docstring). The longest run of questions,
    each straight after the last value of the one before, with the same sub-headings
    (the last may run on into the closing's short lines: they are cut off)."""
    blocks = [b for q, u in enumerate(units) if _asking(u) and (b := _block(units, q)).keys]
    best: list[_Block] = []
    run: list[_Block] = []
    for b in blocks:
        if run and b.question == run[-1].end and b.keys[: len(run[0].keys)] == run[0].keys:
            run.append(b)
        else:
            run = [b]
        if len(run) > len(best):
            best = list(run)
    if len(best) < MIN_QUESTIONS or len(best[0].keys) < MIN_HEADINGS:
        return []
    # only the last may run on into the closing
    if any(b.keys != best[0].keys for b in best[:-1]):
        return []
    best[-1].keys = best[-1].keys[: len(best[0].keys)]
    return best


def breakdown_units(units: list[_Unit]) -> list[_Unit]:
    """The units with each broken-down answer marked as the request's answer."""
    blocks = breakdown_blocks(units)
    if not blocks:
        return units
    out = list(units)
    for b in reversed(blocks):
        u = units[b.question]
        ask = f"Request: {u.text}"
        marker = _Unit("Answer:", u.style, lines=["Answer:"], page=u.page)
        out[b.question : b.question + 1] = [
            _Unit(ask, u.style, lines=[ask], page=u.page, size=u.size, indent=u.indent),
            marker,
        ]
    return out
