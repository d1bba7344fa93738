"""A form-like reply's tick-box lines (since set N's learning): under each question a
line of boxes, one ticked, each before a short option ("Held: ☒ Yes ☐ No",
"Exemption applies ☐ Yes ☑ No"), then the reply, perhaps under a bare caption of its
own ("Details:", "Further information:"). The boxes say whether the information is
held or an exemption applies; they are not the answer, nor is the caption that
introduces the reply after them. Read by structure: two or more box glyphs each
before an option of a few words, after at most a short caption; a caption is a few
words ending in a colon with nothing after it, straight after a form line.

Part of the FOI parser (parsers.foi.passes), beside parsers.foi.form_fields (the
"key: value" fields a form prints the same way).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.foi.form_fields import field_key
from parsers.foi.markers import answer_marker
from parsers.foi.units import _Unit

# ballot boxes, empty and ticked or crossed, and the ticks printed in their place
BOXES = "☐☑☒□■▢⊠✓✔✗✘"
# the empty ones; and a box typed in brackets, empty or marked ("[ ]", "[X]", "[✓]")
EMPTY_BOXES = "☐□▢"
BOX_TOKEN = rf"[{BOXES}]|\[ ?[xX*{BOXES}]? ?\]"
MAX_CAPTION_WORDS = 8
MAX_OPTION_WORDS = 3
_RE_OPTION = re.compile(rf"[{BOXES}]\s*([^{BOXES}]*)")
_RE_BARE_CAPTION = re.compile(r"^[A-Z][\w'’]*(?:\s+[\w'’]+){0,3}\s*:$")


def tick_box_line(text: str) -> bool:
    """A line of two or more boxes, each before a short option, after at most a
    short caption ("Held by the Trust ☑ Yes ☐ No")."""
    text = text.strip()
    first = next((k for k, ch in enumerate(text) if ch in BOXES), None)
    if first is None or len(text[:first].split()) > MAX_CAPTION_WORDS:
        return False
    options = _RE_OPTION.findall(text[first:])
    return len(options) >= 2 and all(len(o.split()) <= MAX_OPTION_WORDS for o in options)


def _bare_caption(u: _Unit) -> bool:
    """A few words ending in a colon, nothing after it, not an answer marker."""
    return (
        u.table is None
        and bool(_RE_BARE_CAPTION.match(u.text.strip()))
        and answer_marker(u.text) is None
    )


def _tick_text(text: str) -> str | None:
    """The line's text less its boxes: "" for a tick-box line, the marker alone for
    one an answer marker opens ("Answer: Held ☒ Yes ☐ No" -> "Answer:", as
    parsers.foi.emphasis_pairs marks the line after a question), else None."""
    rest = answer_marker(text)
    if rest and tick_box_line(rest):
        return text[: len(text) - len(rest)].strip()
    return "" if tick_box_line(text) else None


def without_tick_forms(units: list[_Unit], fields: set[int]) -> list[_Unit]:
    """The units less the tick-box lines and a bare caption straight after a form
    line (a tick-box line or one of `fields`, the form's "key: value" lines, which
    are left out too); a marker that opened a tick-box line stays, alone."""
    kept: list[_Unit] = []
    after_form = False
    for k, u in enumerate(units):
        tick = _tick_text(u.text) if u.table is None else None
        if k in fields or tick == "" or (after_form and _bare_caption(u)):
            after_form = k in fields or tick == ""
            continue
        after_form = tick is not None
        kept.append(replace(u, text=tick) if tick else u)
    return kept


def form_ahead(units: list[_Unit], k: int, end: int | None = None) -> bool:
    """Whether a question's form is still being read at units[k]: a tick-box line
    lies in units[k:end], or units[k] is a form line or caption reached from one by
    form lines only (the reply after it has not begun)."""
    if any(u.table is None and _tick_text(u.text) is not None for u in units[k:end]):
        return True
    j = k
    while 0 <= j < len(units) and units[j].table is None:
        if _tick_text(units[j].text) is not None:
            return j < k
        if not (_bare_caption(units[j]) or field_key(units[j].text)):
            return False
        j -= 1
    return False
