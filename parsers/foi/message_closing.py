"""The closing of the requester's own message quoted in an e-mail reply (issue #13,
learned from held-out set AB): where the Trust types its answers into the original
message quoted beneath its reply (parsers.foi.email_reply finds where the quotation
begins), the message still ends as the requester wrote it, with a sign-off line and
the requester's name ("Many thanks" over "A. Sender", "Best" over "[Name removed]").
That closing is no part of the last answer typed above it.

It is read by its place and shape, not by a list of sign-off phrases (the letter's
own closing, with its prose of rights, is parsers.foi.tail's):

* it ends the quoted message (the letter's end, or the next separator or header of an
  older message in the thread);
* its last lines are a name: a redaction mark standing for one ("[Name redacted]",
  "[Requester]"), or two to four capitalised words, then perhaps a title or contact
  line (parsers.foi.tail's signature and contact lines);
* straight above the name, the sign-off: one short line of one to five words in
  sentence case (only its first word capitalised), no figures, no sentence ended with
  a stop, no label, marker or bullet;
* above the sign-off, a finished sentence (the last answer's): a line ending ":" or a
  list item would make the two short lines the items of a list, not a closing.
"""

from __future__ import annotations

import re

from parsers.foi.email_reply import _RE_SEPARATOR, _is_header_start, quoted_request_start
from parsers.foi.line_kinds import _bullet
from parsers.foi.patterns import answer_marker
from parsers.foi.tail import contact_line, has_own_figures, signature_line
from parsers.foi.units import _label_of, _Unit

MAX_NAME_LINES = 3  # a name, and perhaps a title and a contact line under it
# a redaction mark standing alone for what was removed: text in square brackets
_RE_REDACTION_MARK = re.compile(r"^\[[^\[\]]{2,40}\]$")
# a personal name: two to four words, each capitalised (initials and hyphens allowed)
_RE_PERSONAL_NAME = re.compile(r"^[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}$")
# a sign-off: one to five words, the first capitalised, the rest in lower case,
# perhaps a comma or "!" after them
_RE_SIGN_OFF_SHAPE = re.compile(r"^[A-Z][a-z’']*(?:\s+[a-z][a-z’']*){0,4}\s*[,!]?$")


def _message_end(units: list[_Unit], start: int) -> int:
    """Where the quoted message beginning at `start` ends: at the next separator or
    header of an older message, else at the letter's end."""
    for k in range(start + 2, len(units)):
        u = units[k]
        if u.table is None and (_RE_SEPARATOR.match(u.text) or _is_header_start(units, k)):
            return k
    return len(units)


def _names(text: str) -> bool:
    t = text.strip()
    return bool(_RE_REDACTION_MARK.match(t) or _RE_PERSONAL_NAME.match(t))


def _sign_off(u: _Unit) -> bool:
    t = u.text.strip()
    return (
        u.table is None
        and _RE_SIGN_OFF_SHAPE.match(t) is not None
        and not has_own_figures(t)
        and _label_of(t) is None
        and answer_marker(t) is None
        and _bullet(u) is None
    )


def _finished(u: _Unit) -> bool:
    """A finished sentence that is no list item."""
    return u.table is None and _bullet(u) is None and u.text.rstrip().endswith((".", "?", "!"))


def quoted_closing_start(units: list[_Unit]) -> int | None:
    """The index where the quoted message's own closing (sign-off and name) begins,
    or None when the letter quotes no message or the message ends otherwise."""
    start = quoted_request_start(units)
    if start is None:
        return None
    end = _message_end(units, start)
    for n in range(1, MAX_NAME_LINES + 1):
        name_at, off_at = end - n, end - n - 1
        if off_at <= start + 1:
            return None
        tail = units[name_at:end]
        if any(u.table is not None for u in tail) or not _names(tail[0].text):
            continue
        if not all(signature_line(u.text) or contact_line(u.text) for u in tail[1:]):
            continue
        if _sign_off(units[off_at]) and _finished(units[off_at - 1]):
            return off_at
    return None
