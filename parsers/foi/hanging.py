"""Question numbers hung in a margin, read as the labels they are (since 0.6.7):

- a borderless layout table whose first column holds nothing but the numbers ("1.",
  "(2)", "Q3") or is empty, the text beside them in the second column (a question
  beside its number, its answer in the row below with no number): Word letters use
  such a table to hang numbers in a margin. Its rows are paragraphs, the number
  before its question, each line of an unnumbered cell a paragraph of its own;
- a paragraph printed beside a hanging number that stands on a line of its own in
  the middle of it (a PDF centres the number beside a question that wraps, so the
  number is read between the question's lines): the number is the paragraph's label.

Part of the FOI parser (parsers.foi.parse); called by parsers.foi.house_units.
"""

from __future__ import annotations

from parsers.foi.patterns import normalise
from parsers.foi.units import _label_of, _Unit

# a number column is narrow: a label cell longer than this is text
MAX_LABEL_CHARS = 6


def bare_label(text: str) -> str | None:
    """The label a cell or line holds and nothing else ("2." / "(2)" / "Q2"), as it
    would open a paragraph; None for anything else."""
    cell = normalise(text)
    if not cell or len(cell) > MAX_LABEL_CHARS:
        return None
    lab = _label_of(f"{cell} x")  # read as it stands before its question
    return cell if lab is not None and lab.rest == "x" and lab.num is not None else None


def _unit(u: _Unit, text: str) -> _Unit:
    return _Unit(text, u.style, lines=[text], page=u.page, size=u.size, indent=u.indent)


def margin_number_table_units(u: _Unit) -> list[_Unit] | None:
    """A two-column table whose first column holds only hanging numbers (at least
    two, numbered in sequence) or nothing, as paragraphs; None for any other table."""
    table = u.table
    if table is None or table.n_cols != 2:
        return None
    rows = [[*r, "", ""][:2] for r in table.rows if any(normalise(c) for c in r)]
    numbers = [_label_of(f"{bare_label(r[0])} x") for r in rows if bare_label(r[0])]
    if len(numbers) < 2 or any(normalise(r[0]) and not bare_label(r[0]) for r in rows):
        return None
    if [n.num for n in numbers] != list(range(numbers[0].num, numbers[0].num + len(numbers))):
        return None
    out: list[_Unit] = []
    for number, text in rows:
        lines = [normalise(ln) for ln in text.split("\n") if normalise(ln)]
        if number.strip() and lines:
            lines[0] = f"{normalise(number)} {lines[0]}"
        elif number.strip():
            lines = [normalise(number)]
        out += [_unit(u, ln) for ln in lines]
    return out


def hung_number_first(u: _Unit) -> _Unit:
    """A paragraph with a bare number on a line of its own after its first line (and
    no label of its own): the number put before the paragraph's text."""
    if u.table is None and len(u.lines) >= 3 and _label_of(u.text) is None:
        inner = [k for k, ln in enumerate(u.lines[1:-1], 1) if bare_label(ln)]
        if len(inner) == 1:
            k = inner[0]
            lines = [u.lines[k], *u.lines[:k], *u.lines[k + 1 :]]
            text = normalise(" ".join(lines))
            if _label_of(text) is not None:
                return _Unit(text, u.style, lines=lines, page=u.page, size=u.size, indent=u.indent)
    return u


def _wraps_into(prev: _Unit, u: _Unit) -> bool:
    """`u` is the next printed line of `prev`'s sentence, both hung at the same
    indent beside a margin number (a PDF prints each line of a borderless table's
    cell apart): `prev` ends mid-sentence and neither is labelled."""
    return (
        prev.table is None
        and u.table is None
        and bool(prev.indent)
        and prev.indent == u.indent
        and prev.style == u.style
        and prev.size == u.size
        and not prev.text.rstrip().endswith((".", "?", "!", ":", ";"))
        and _label_of(u.text) is None
    )


def hung_lines_joined(units: list[_Unit]) -> list[_Unit]:
    """The lines of a paragraph hung beside margin numbers joined into it."""
    out: list[_Unit] = []
    for u in units:
        if out and _wraps_into(out[-1], u):
            prev = out[-1]
            lines = [*prev.lines, *u.lines]
            out[-1] = _Unit(
                normalise(f"{prev.text} {u.text}"),
                prev.style,
                lines=lines,
                page=prev.page,
                size=prev.size,
                indent=prev.indent,
            )
        else:
            out.append(u)
    return out
