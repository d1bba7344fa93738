"""Hard-wrapped text (a scanned or typed letter: a line break at the end of every
line, words hyphenated across the break) read back into paragraphs, by structure.

- A word broken at a line end ("transp-" / "ort") is mended when the letter is
  hard-wrapped (below), the line ends with letters and a hyphen and the next line
  starts in lower case; a real hyphen stays:
  one after a single letter ("X-ray", "e-mail") or after a prefix English writes
  with a hyphen ("co-operation", "self-harm", "non-urgent").
- Lines printed as blocks of their own are one paragraph when the letter is
  hard-wrapped (several lines run on into a next line that starts in lower case,
  which sets the wrap width) and a line does not end its sentence and either runs
  on in lower case or was ended by the wrap: the next line's first word would not
  have fitted on it. A short ragged line is no paragraph end; a line whose next
  word would have fitted is (a signature, an address).
Used by parsers.foi.units before the letter is cut into units.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from parsers.extract.hyphens import keeps_hyphen
from parsers.extract.model import Item, TextBlock
from parsers.foi.patterns import _BULLET

_RE_BROKEN_WORD = re.compile(r"(?<![\w-])([A-Za-z]+)-\n(?=[a-z])")
_RE_TERMINAL = re.compile(r"[.?!:;]['’\")\]]*$")
MIN_RUN_ONS = 3  # lines run on in lower case that show a letter is hard-wrapped
MAX_WRAP = 120  # a longer "line" is a paragraph already


def mend_broken_words(text: str) -> str:
    """`text` with words hyphenated over its line breaks joined again."""

    def mend(m: re.Match) -> str:
        # (a kept hyphen still joins its word: "co-operation", not "co- operation")
        return m.group(1) + "-" if keeps_hyphen(m.group(1)) else m.group(1)

    return _RE_BROKEN_WORD.sub(mend, text)


def _same_look(a: TextBlock, b: TextBlock) -> bool:
    # (a paragraph may run on over a page break)
    return b.page - a.page in (0, 1) and (a.style, a.size, a.indent, a.colour, a.css_class) == (
        b.style,
        b.size,
        b.indent,
        b.colour,
        b.css_class,
    )


def _one_line(item: Item) -> str | None:
    """A block that is one line, not a list's item (items may open in lower case)."""
    if not isinstance(item, TextBlock) or "\n" in item.text.strip() or item.style == "list":
        return None
    if _BULLET.match(item.text.strip()):
        return None
    text = item.text.strip()
    return text if 0 < len(text) <= MAX_WRAP else None


def _runs_on(line: str, nxt: str) -> bool:
    return not _RE_TERMINAL.search(line) and nxt[:1].islower()


def _inner_run_ons(items: list[Item]) -> int:
    """Line breaks inside blocks that run on in lower case (a block typed with hard
    line breaks)."""
    count = 0
    for item in items:
        if isinstance(item, TextBlock) and item.style != "list":
            lines = [x.strip() for x in item.text.strip().split("\n")]
            count += sum(1 for a, b in itertools.pairwise(lines) if a and _runs_on(a, b))
    return count


def wrap_width(items: list[Item], starts_unit: Callable[[str], bool]) -> int | None:
    """The width a hard-wrapped letter's lines were broken at (the longest line that
    runs on in lower case), or None when too few lines run on to say it is one."""
    widths = []
    for a, b in itertools.pairwise(items):
        line, nxt = _one_line(a), _one_line(b)
        if line and nxt and _same_look(a, b) and _runs_on(line, nxt) and not starts_unit(nxt):
            widths.append(len(line))
    return max(widths) if len(widths) >= MIN_RUN_ONS else None


def _continues(line: str, nxt: str, width: int, starts_unit: Callable[[str], bool]) -> bool:
    """`nxt` is the next line of `line`'s paragraph."""
    if starts_unit(nxt) or _RE_TERMINAL.search(line):
        return False
    if nxt[:1].islower():
        return True
    # ended by the wrap: the next line's first word would not have fitted
    return len(line) + 1 + len(nxt.split()[0]) > width


def rejoin_wrapped(items: list[Item], starts_unit: Callable[[str], bool]) -> list[Item]:
    """The letter's items with a hard-wrapped letter's lines joined into paragraphs
    and its broken words mended (a block's own line breaks are mended too). A letter
    that is not hard-wrapped is left alone: a hyphen before a line break someone
    typed is the word's own ("twenty-" / "five")."""
    width = wrap_width(items, starts_unit)
    if width is None and _inner_run_ons(items) < MIN_RUN_ONS:
        return items
    items = [
        replace(i, text=mend_broken_words(i.text)) if isinstance(i, TextBlock) else i for i in items
    ]
    if width is None:
        return items
    out: list[Item] = []
    for item in items:
        prev = out[-1] if out else None
        line, last = _one_line(item), _last_line(prev)
        if (
            line
            and last
            and isinstance(prev, TextBlock)
            and _same_look(prev, item)
            and _continues(last, line, width, starts_unit)
        ):
            out[-1] = replace(prev, text=mend_broken_words(prev.text + "\n" + line))
            continue
        out.append(item)
    return out


def _last_line(item: Item | None) -> str | None:
    """The last line of a block built here from wrapped lines (or a one-line block)."""
    if not isinstance(item, TextBlock):
        return None
    last = item.text.rstrip().rsplit("\n", 1)[-1].strip()
    return last if 0 < len(last) <= MAX_WRAP else None
