"""Parts nested in numbering kinds, each lowest part answered beneath it.

`nest_roman_parts` mends the segmenter's reading of the order it reads itself,
numbers, then letters, then roman numerals ("1." → "(a)", "(b)" → "(i)", "(ii)"). The
segmenter (parsers.foi.segment) reads a letter or a roman numeral as a sub-label of
the number above it alone ("1c", then "1i"); this pass, run on its items, reads the
hierarchy of the numbering kinds instead:

* a roman numeral is a roman part (not the letter "i", "v" or "x") when it starts a
  roman run ("i" not straight after "h") or continues one ("ii" after "i");
* a roman part under a lettered part of the same number belongs to that letter: its
  label joins its parents' ("1", "c", "ii" → "1cii"), as a letter joins its number;
* a lettered part whose roman parts follow it, and which has no answer of its own
  (the segmenter gave it, waiting beside its first roman part, that part's answer),
  is their stem: a heading, in no item, as a number over its letters is.

Items with no lettered parent (romans straight under a number, "1(ii)") keep their
labels.

`part_tree_items` reads the other orders, on the letter's units, before the segmenter:
the order in which the numbering kinds (parsers.foi.numbering_kinds) first appear in
the letter is their levels, outermost first, so a capital letter over numbers ("A." →
"1."), decimals three places deep ("1." → "1.1" → "1.1.1") or a roman numeral over
letters nest as number → letter → roman does. Each run counts 1, 2, 3 … and starts
again under each parent; labels join their parents' ("B2"), a decimal's standing for
its parents' ("1.1.2"). Part of the FOI parser, run by parsers.foi.passes.
"""

from __future__ import annotations

from dataclasses import dataclass

from parsers.foi.contents_list import _asking
from parsers.foi.numbering_kinds import Numbering, numberings
from parsers.foi.patterns import answer_marker
from parsers.foi.segment_items import _Q, _ROMANS
from parsers.foi.units import _Unit


def _roman(letter: str | None, before: str | None) -> bool:
    """A sub-label read as a roman numeral, given the sub-label before it."""
    if letter is None or letter not in _ROMANS:
        return False
    if letter == "i":
        return before != "h"
    k = _ROMANS.index(letter)
    return before == _ROMANS[k - 1]


def nest_roman_parts(items: list[_Q]) -> list[_Q]:
    """The items with roman parts under lettered ones relabelled ("1ii" → "1cii") and
    a lettered stem with no answer of its own dropped (see the module's docstring)."""
    out: list[_Q] = []
    romans: list[_Q] = []  # the items read as roman parts
    stems: list[_Q] = []
    parent: _Q | None = None  # the lettered part the current roman run hangs under
    for q in items:
        last = out[-1] if out else None
        before = last.letter if last is not None and last.num == q.num else None
        roman = q.label is not None and _roman(q.letter, before)
        if roman and q.letter == "i":
            lettered = (
                last is not None
                and before is not None
                and len(before) == 1
                and not any(last is r for r in romans)
                and last.label is not None
            )
            parent = last if lettered else None
            if parent is not None and _is_stem(parent, q):
                stems.append(parent)
        elif not roman:
            parent = None
        if roman:
            romans.append(q)
            if parent is not None:
                q.label = f"{parent.label}{q.letter}"
        out.append(q)
    return [q for q in out if not any(q is s for s in stems)]


def _is_stem(parent: _Q, first: _Q) -> bool:
    """A lettered part with no answer of its own: none at all, or only the answer
    of the roman part it waited beside."""
    if not (parent.answer or parent.tables):
        return True
    return parent.group == first.group and parent.answer == first.answer


# ---------------------------------------------------------------- levels by first sight

# the orders of numbering kinds the segmenter reads itself (number → letter → roman,
# number → decimal under numbered subject headings): left to it and nest_roman_parts
_SEGMENTER_ORDERS = (("number", "letter", "roman"), ("number", "decimal2"))


def _segmenter_reads(order: list[str]) -> bool:
    """`order` is one of _SEGMENTER_ORDERS or a part of one, kept in its order."""
    for known in _SEGMENTER_ORDERS:
        it = iter(known)
        if all(kind in it for kind in order):
            return True
    return False


@dataclass
class _Node:
    index: int  # the unit's place
    path: list[Numbering]  # its numbering and its parents', outermost first


def _nodes(marks: list[tuple[int, Numbering]], levels: dict[str, int]) -> list[_Node] | None:
    """The numbered paragraphs as a tree: each kind at its level, each run counting
    1, 2, 3 … and starting again under each parent (a decimal's places repeating its
    parent's). None where the numbering breaks that."""
    nodes: list[_Node] = []
    path: list[Numbering] = []
    for index, mark in marks:
        level = levels[mark.kind]
        if level > len(path):
            return None  # a level skipped
        if level == len(path):
            if mark.place != 1:
                return None
        elif path[level].place != mark.place - 1 and not _new_decimal_run(path[level], mark):
            return None
        if level and not _decimal_fits(mark, path[level - 1]):
            return None
        path = [*path[:level], mark]
        nodes.append(_Node(index, path))
    return nodes


def _decimal_fits(mark: Numbering, parent: Numbering) -> bool:
    """A decimal number's places before its last are its parent's ("2.3" under "2")."""
    return not mark.kind.startswith("decimal") or mark.key.rsplit(".", 1)[0] == parent.key


def _new_decimal_run(before: Numbering, mark: Numbering) -> bool:
    """A decimal run starting again under another parent, its heading unnumbered
    ("2.1" after "1.3", under a subject heading)."""
    return (
        mark.kind.startswith("decimal")
        and mark.place == 1
        and mark.key.rsplit(".", 1)[0] != before.key.rsplit(".", 1)[0]
    )


def _label(path: list[Numbering]) -> str:
    """The parts' keys joined ("1", "a", "ii" → "1aii"); a decimal key, which prints
    its parent's, stands for it ("1.2" under "1" → "1.2")."""
    label = ""
    for parent, mark in zip([None, *path], path, strict=False):
        if parent is not None and mark.key.startswith(f"{parent.key}."):
            label = label[: len(label) - len(parent.key)]
        label += mark.key
    return label


def _own_text(body: list[_Unit]) -> list[_Unit]:
    """A part's units less the headings closing them: an unnumbered heading over the
    next part (a subject heading over its decimals) is no part of this one's answer."""
    end = len(body)
    while end and body[end - 1].table is None and body[end - 1].style == "heading":
        end -= 1
    return body[:end]


def _leaf_item(node: _Node, body: list[_Unit]) -> _Q:
    """A numbered part's item: its words the question, the text under it the answer
    (less an answer marker opening it; text before such a marker goes on the question)."""
    mark = node.path[-1]
    q = _Q(label=_label(node.path), heading=None, parts=[mark.rest], answered=True)
    q.num = node.path[0].place
    texts = [b.text for b in body if b.table is None and b.text]
    opened = next((k for k, t in enumerate(texts) if answer_marker(t) is not None), None)
    if opened is not None:
        q.parts += texts[:opened]
        first = answer_marker(texts[opened]) or ""
        texts = ([first] if first else []) + texts[opened + 1 :]
    q.answer = texts
    q.tables = [b.table_index for b in body if b.table is not None and b.table_index is not None]
    return q


def part_tree_items(units: list[_Unit]) -> list[_Q] | None:
    """Items of a letter whose questions nest in numbering kinds in an order the
    segmenter does not read (a capital letter over numbers, decimals three places
    deep, a roman numeral over letters): the order in which the kinds first appear
    is their levels, outermost first. Each lowest part, and each part with text of
    its own under it, is an item; a part over others with none is a heading. None
    when the letter's numbering is no such tree, or most parts do not ask."""
    found = numberings([u.text if u.table is None else None for u in units])
    marks = [(k, m) for k, m in enumerate(found) if m is not None]
    start = next((s for s, (_, m) in enumerate(marks) if m.place == 1), None)
    if start is None:
        return None
    marks = marks[start:]
    order = list(dict.fromkeys(m.kind for _, m in marks))
    if _segmenter_reads(order):
        return None
    nodes = _nodes(marks, {kind: level for level, kind in enumerate(order)})
    # a part with two parts or more under it: one "A." under each number is an answer
    # marker ("1. How many …?" / "A. 12."), no nesting
    if nodes is None or not any(len(n.path) > 1 and n.path[-1].place > 1 for n in nodes):
        return None
    items: list[_Q] = []
    bounds = [n.index for n in nodes[1:]] + [len(units)]
    for node, end, after in zip(nodes, bounds, [*nodes[1:], None], strict=True):
        body = _own_text(units[node.index + 1 : end])
        has_parts = after is not None and len(after.path) > len(node.path)
        if not body and has_parts:
            continue  # a heading over its parts
        if not body:
            return None  # a lowest part with no answer: not this layout
        items.append(_leaf_item(node, body))
    asking = sum(_asking(" ".join(q.parts)) for q in items)
    if len(items) < 2 or 2 * asking <= len(items):
        return None
    return items
