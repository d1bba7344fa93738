"""Question numbers printed alone on a line of their own over their questions
(issue #13, learned from held-out set X): "1." (or "1") on one line, the question on
the next, the answer beneath. The number is the question's label, so it is put
before the question's text and the letter reads as any numbered letter.

Read by position and sequence, not words: at least two lines holding nothing but a
number, numbered in sequence through the letter, each straight over a paragraph
with no label of its own. A lone figure in an answer ("12") is in no such run.

Part of the FOI parser (parsers.foi.parse); called by parsers.foi.house_units.
"""

from __future__ import annotations

from parsers.foi.hanging import _unit, bare_label
from parsers.foi.patterns import normalise
from parsers.foi.units import _label_of, _Unit


def _number(u: _Unit) -> int | None:
    """The number a paragraph holds and nothing else ("3." / "3"), else None."""
    if u.table is not None:
        return None
    text = normalise(u.text)
    if text.isdigit() and len(text) <= 2:
        return int(text)  # a bare figure: the run in sequence shows it numbers questions
    cell = bare_label(text)
    lab = _label_of(f"{cell} x") if cell else None
    return lab.num if lab is not None and lab.kind == "num" else None


def _over_question(units: list[_Unit], i: int) -> bool:
    """Unit i is followed by an unlabelled paragraph of text (its question)."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    return nxt is not None and nxt.table is None and _label_of(nxt.text) is None


def numbers_alone_joined(units: list[_Unit]) -> list[_Unit]:
    """The units with each lone question number joined to the paragraph beneath it."""
    found = [i for i, u in enumerate(units) if _number(u) is not None and _over_question(units, i)]
    nums = [_number(units[i]) for i in found]
    if len(found) < 2 or nums != list(range(nums[0], nums[0] + len(nums))):
        return units
    out: list[_Unit] = []
    skip = set()
    for i, u in enumerate(units):
        if i in skip:
            continue
        if i in found:
            q = units[i + 1]
            text = normalise(f"{nums[found.index(i)]}. {q.text}")
            out.append(_unit(q, text))  # (the question's look, one line)
            skip.add(i + 1)
        else:
            out.append(u)
    return out
