"""The requester's e-mail quoted paragraph by paragraph in a two-column table beside the
trust's reply (since set AF): "Your message | Our reply", a row for the greeting, for
each paragraph of context, for each question (unnumbered) and for the sign-off. Only
the rows whose reply answers a question are items; the others ask nothing.

Read by shape, as data: a row asks nothing when its request cell is a greeting or a
sign-off and the reply beside it is empty or a remark; or when the request cell asks
nothing (no question mark, no request) and the reply is a remark ("Noted", "N/A", "no
information requested"); or when it is the requester speaking of themselves in a whole
sentence ("I am …", "My …") with no reply. Part of the FOI parser; read by
parsers.foi.qa_tables for unnumbered rows.
"""

from __future__ import annotations

import re

from parsers.foi.line_kinds import _is_signoff, _question_like, _request_like

MAX_FURNITURE = 80  # a greeting or sign-off is a short line

GREETING = re.compile(
    r"^(?:dear|hello|hi|good\s+(?:morning|afternoon|evening)|to\s+whom\s+it\s+may\s+concern)\b",
    re.IGNORECASE,
)
SIGN_OFF = re.compile(
    r"^(?:many\s+thanks|thanks|thank\s+you|kind(?:est)?\s+regards|best\s+(?:wishes|regards)|"
    r"regards|warm\s+regards|yours\s+(?:sincerely|faithfully|truly)|cheers)\b",
    re.IGNORECASE,
)
# a reply cell that answers nothing: the trust noting a remark
REMARK = re.compile(
    r"^(?:noted|n/?a|not\s+applicable|no\s+(?:information|question|request|answer|response|"
    r"reply|action)s?\b(?:\s+(?:requested|asked|needed|required))?)\b",
    re.IGNORECASE,
)
# the requester speaking of themselves in a whole sentence
OWN_VOICE = re.compile(r"^(?:I|I'm|I’m|I've|I’ve|My|We|We're|We’re|Our)\b.*[.!]$")


def _furniture(text: str) -> bool:
    short = len(text) <= MAX_FURNITURE
    return short and (bool(GREETING.match(text)) or bool(SIGN_OFF.match(text)) or _is_signoff(text))


def asks_nothing(request_cell: str, reply_cell: str) -> bool:
    """The row of a quoted e-mail that asks nothing (see the module's docstring)."""
    q, a = request_cell.strip(), reply_cell.strip()
    if not q:
        return False
    remark = not a or bool(REMARK.match(a))
    if _furniture(q):
        return remark
    if _question_like(q) or _request_like(q):
        return False
    return bool(REMARK.match(a)) or (not a and bool(OWN_VOICE.match(q)))
