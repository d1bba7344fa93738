"""The line tests the FOI segmenter rests on: what kind of line a unit of the
letter is. A sign-off (the letter's closing begins), a question (ends in "?"), a
title-like heading, a heading that divides the letter into parts, an answer
marker, a sentence that continues a request or opens an answer (by the phrase
lists of parsers.foi.patterns), a bulleted list item, a question cut
mid-sentence. Each reads one line (or a unit and the next) and keeps no state.
Part of the FOI parser (parsers.foi.parse); split out of parsers.foi.segment
(the state machine that asks them) to keep each module small, and imported from
here by the other passes that read lines the same way.
"""

from __future__ import annotations

import re

from parsers.foi.indirect_questions import indirect_question
from parsers.foi.patterns import (
    _BULLET,
    _RE_ANSWER_CUE,
    _RE_REQUEST_CUE,
    _RE_SIGNOFF,
    answer_marker,
    request_marker,
)
from parsers.foi.units import _label_of, _Unit


def _is_signoff(text: str) -> bool:
    return bool(_RE_SIGNOFF.match(text))


def _question_like(text: str) -> bool:
    return text.rstrip().endswith("?")


_MINOR_WORDS = {"of", "and", "the", "for", "in", "on", "to", "a", "an", "or", "by", "with", "&"}


def _title_like(text: str) -> bool:
    """A short heading in title case with no closing punctuation."""
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 60 or re.search(r"[.?!:;,]$", text):
        return False
    return all(w[0].isupper() or w.lower() in _MINOR_WORDS for w in words if w[0].isalpha())


# a part named as one, whatever its type: "Part B - Estates", "Section C: Digital",
# "Part 2", "PART THREE" (a section of the Act, "Section 40", is no part: a section
# is a part only by a letter or a roman numeral)
_RE_DIVISION = re.compile(
    r"^(?:part\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b|"
    r"(?:part|section|chapter)\s+(?:(?-i:[A-Z])|(?-i:[IVX]+))\b(?!\.?\d))",
    re.IGNORECASE,
)


def _division_heading(u: _Unit, nxt: _Unit | None) -> bool:
    """A heading that divides the letter into parts ("PART TWO", "Part 2: Services"):
    a short line set as a heading, in emphasis, in capitals or in title case, or named
    as a part in plain type ("Part B - Estates and facilities"), with no label or
    sentence of its own, after which the numbering starts again at 1 (the
    next paragraph is labelled 1 or 1a). Its grammar, not its wording, says so."""
    t = u.text.strip()
    if u.table is not None or nxt is None or nxt.table is not None:
        return False
    if _label_of(t) is not None or len(t) > 60 or len(t.split()) > 8 or re.search(r"[.?!:;,]$", t):
        return False
    if answer_marker(t) is not None or request_marker(t) is not None:
        return False  # "OUR RESPONSE", "Your request": markers, not parts
    shown = (
        u.style in ("heading", "bold")
        or t.isupper()
        or _title_like(t.replace(":", " "))
        or _RE_DIVISION.match(t) is not None
    )
    lab = _label_of(nxt.text)
    return shown and lab is not None and lab.num == 1 and lab.letter in (None, "a")


def _is_answer_marker(u: _Unit) -> bool:
    return u.table is None and answer_marker(u.text) is not None


def _request_like(text: str) -> bool:
    t = text.strip().lstrip("•▪·-–* ")
    # (or an indirect question in the requester's voice: parsers.foi.indirect_questions)
    asks = bool(_RE_REQUEST_CUE.match(t)) or indirect_question(t)
    return asks and not _RE_ANSWER_CUE.match(t)


def _answer_like(text: str) -> bool:
    return bool(_RE_ANSWER_CUE.match(text.strip()))


# the verbs a request is put with as a command, in their bare form ("Provide …",
# "Give details of …", "List …", "Please state …"): asking for information, never a
# reply's pointer ("Please see …", "Please note …", "Find attached …")
_RE_IMPERATIVE_REQUEST = re.compile(
    r"^(?:(?i:please|kindly)\s+)?"
    r"(?i:provide|give|list|state|supply|send|confirm|specify|detail|describe|outline|"
    r"identify|indicate|explain|share|disclose|name|tell|advise|break\s+down|set\s+out)"
    r"\s+(?=[\w“\"‘'(])"
)


def imperative_request(text: str) -> bool:
    """A request put as a command: a sentence that opens with a capital and a verb of
    asking for information in its bare form, then what it asks for, and that does not
    read as an answer. A style of its own: no "?" and none of the request cues'
    softening ("Please could you …"), so _question_like and _request_like miss it."""
    t = text.strip().lstrip("•▪·-–* ")
    return (
        t[:1].isupper()
        and _RE_IMPERATIVE_REQUEST.match(t) is not None
        and not _RE_ANSWER_CUE.match(t)
    )


def _bullet(u: _Unit) -> str | None:
    """A bulleted list item's text without its glyph, or None."""
    m = _BULLET.match(u.text)
    if m:
        return u.text[m.end() :]
    if u.style == "list" and _label_of(u.text) is None:
        return u.text
    return None


def _unfinished(text: str) -> bool:
    """A question cut mid-sentence (a line split off by a change of font)."""
    t = text.rstrip()
    return bool(t) and not t.endswith((".", "?", ":", ";", "!", ")", "”", '"'))


def unmarked_paragraph(u: _Unit) -> bool:
    """A paragraph (not a table) with no question label and no request or answer
    marker: what a house style tells apart only by position or look."""
    t = u.text
    return (
        u.table is None
        and _label_of(t) is None
        and answer_marker(t) is None
        and request_marker(t) is None
    )
