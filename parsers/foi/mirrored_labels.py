"""A reply labelled with its question's own label, the letter swapped (since set N's
learning): "Q1a" over the question, "R1a" (or "A1a") opening the reply, run in
("R1a The Trust …") or standing alone ("R1a:"). The reply's label is a marker, no
part of the answer. Read by structure: the answer's first word is the question's
label with its leading letters changed and the same number and part after them.

Part of the FOI parser (parsers.foi.parse), applied to the questions either pass
reads.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.dates import MONTHS
from parsers.foi.segment_items import _Q

# a lettered label: its letters, then the number and part that make it its own
_RE_LETTERED = re.compile(r"^([A-Za-z]{1,2})[\s.]?(\d+[a-z]?(?:\.\d+)?)$")


def _mirror_prefix(label: str | None) -> re.Pattern[str] | None:
    """The pattern of a reply label mirroring `label` ("Q1a" -> "R1a", "A1a" …)."""
    m = _RE_LETTERED.match(label or "")
    if m is None:
        return None
    letters, code = m.groups()
    return re.compile(
        rf"^(?!{re.escape(letters)}[\s.]?{re.escape(code)}(?!\w))[A-Za-z]{{1,2}}[\s.]?{re.escape(code)}(?![\w])\s*[:.)\-–]?\s*"
    )


def _reads_as_label(label: str, line: str, end: int) -> bool:
    """The matched opening is a label, not a sentence's first words: its letters in the
    question label's case ("R1" for "Q1", never the word "On" in "On 1 …"), and the
    number no day of a date ("On 1 December 2023, …", "By 3 May …")."""
    letters = re.match(r"[A-Za-z]+", line).group(0)
    if label[:1].isupper() and not letters.isupper():
        return False
    after = re.match(r"[A-Za-z]+", line[end:])
    return after is None or after.group(0).lower() not in MONTHS


def without_mirrored_label(q: _Q) -> _Q:
    """The question with its reply's mirrored label taken off the answer."""
    rx = _mirror_prefix(q.label)
    if rx is None or not q.answer:
        return q
    m = rx.match(q.answer[0])
    if m is None or not _reads_as_label(q.label or "", q.answer[0], m.end()):
        return q
    first = q.answer[0][m.end() :]
    return replace(q, answer=[first, *q.answer[1:]] if first else q.answer[1:])
