"""A questionnaire returned with its boxes ticked (since set AD's learning): under each
question the requester's options, each after a box, the trust's choice ticked, then
perhaps a line of comments under a short caption,

    3. Is the service run in-house?            3. Is the service run in-house?
    ☐ Yes                                      [ ] Yes   [X] Partly   [ ] No
    ☒ Partly                                   Notes: The kitchens are contracted.
    ☐ No
    Comments: The kitchens are contracted.

The ticked option is the answer, the comments its explanation; the unticked options
and the caption are in no answer. Read by structure, whatever the options' words:
a run of two or more lines each a box then a short option, or one line of two or more
boxes each before a short option, nothing before its first box, some boxes ticked
and some left empty (a list bulleted with "■" or "✓" is no choice), straight under a
question. A box line with a caption before it ("Held: ☒ Yes ☐ No") answers its
caption, not the question: it is a form's line (parsers.foi.tick_boxes) and is left
as it is.

The run becomes one paragraph, the ticked options' words; a caption of a few words
opening the line straight after it loses its caption ("Comments: …" -> "…"), and one
standing alone there goes. Part of the FOI parser; called by parsers.foi.house_units
before any other rewrite (a ticked line and its comments taking turns would read as a
marker pair).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.foi.markers import request_marker
from parsers.foi.patterns import _RE_ASKING
from parsers.foi.tick_boxes import BOX_TOKEN, EMPTY_BOXES
from parsers.foi.units import _label_of, _Unit

MAX_OPTION_WORDS = 6
MIN_OPTIONS = 2
_RE_BOX = re.compile(BOX_TOKEN)
# a caption of a few words ending in a colon, opening the comments line
_RE_CAPTION = re.compile(r"^([A-Z][\w'’]*(?:\s+[\w'’]+){0,2})\s*:\s*(.*)$", re.S)


def _options(text: str) -> list[tuple[bool, str]] | None:
    """[(ticked, option words)] for a line that opens with a box and holds only boxes
    each before a short option, else None."""
    text = text.strip()
    boxes = list(_RE_BOX.finditer(text))
    if not boxes or boxes[0].start() != 0:
        return None
    out = []
    for box, nxt in zip(boxes, [*boxes[1:], None], strict=True):
        words = text[box.end() : nxt.start() if nxt else len(text)].strip()
        if not words or len(words.split()) > MAX_OPTION_WORDS:
            return None
        out.append((_ticked(box.group()), words))
    return out


def _ticked(box: str) -> bool:
    inside = box.strip("[]() ")
    return bool(inside) and inside not in EMPTY_BOXES


def _asks(u: _Unit) -> bool:
    """A question: a labelled paragraph, or one that asks."""
    text = u.text.strip()
    return _label_of(text) is not None or text.endswith("?") or bool(_RE_ASKING.match(text))


def _run_at(units: list[_Unit], k: int) -> tuple[int, list[tuple[bool, str]]] | None:
    """(the run's end, its options) for a run of ticked options starting at k."""
    first = _options(units[k].text) if units[k].table is None else None
    if first is None:
        return None
    if len(first) >= MIN_OPTIONS:
        return k + 1, first
    end, options = k, []
    while end < len(units) and units[end].table is None:
        one = _options(units[end].text)
        if one is None or len(one) != 1:
            break
        options += one
        end += 1
    return (end, options) if len(options) >= MIN_OPTIONS else None


def _comments(u: _Unit) -> _Unit | None:
    """The comments line without its caption (None: a caption alone, to drop). A
    labelled line or a request marker's is the next question, left as it is; an
    answer marker is a caption here like any other (the answer began at the ticks)."""
    text = u.text.strip()
    m = _RE_CAPTION.match(text) if u.table is None else None
    if m is None or _label_of(text) is not None or request_marker(text) is not None:
        return u
    rest = m.group(2)
    return replace(u, text=rest, lines=[rest]) if rest else None


def ticked_option_units(units: list[_Unit]) -> list[_Unit]:
    """The units with each run of ticked options under a question read as its answer
    (see the module's docstring)."""
    out: list[_Unit] = []
    k = 0
    while k < len(units):
        run = _run_at(units, k) if out and _asks(out[-1]) else None
        # (a choice: some box ticked, some left empty; boxes all ticked are a list's bullets)
        if run is None or len({ticked for ticked, _ in run[1]}) < 2:
            out.append(units[k])
            k += 1
            continue
        end, options = run
        chosen = ", ".join(words for ticked, words in options if ticked)
        out.append(replace(units[k], text=chosen, lines=[chosen], style=None))
        if end < len(units):
            comments = _comments(units[end])
            if comments is not None:
                out.append(comments)
            end += 1
        k = end
    return out
