"""An e-mail reply printed as a letter, whose questions stand only in the request
quoted beneath it (since 0.6.7): the reply's header (From: / Sent: / To: /
Subject:), the answers numbered as the request was ("1. …", "(2) …"), the sign-off,
then a separator ("-----Original Message-----", a rule of underscores) or a second
From: / Sent: header, and the requester's own e-mail with the numbered questions.

Each question of the quoted request is paired with the reply's answer of the same
number. The quoted header's "Sent:" line is the day the request was sent (the
received date, when the letter names no other); the reference is the code in
brackets on the reply's subject line ("Subject: RE: FOI request [ABC-123]").
"""

from __future__ import annotations

import re

from parsers.dates import parse_date
from parsers.foi.line_kinds import _is_signoff
from parsers.foi.quoted import section_note
from parsers.foi.segment import _Q
from parsers.foi.tail import tail_start
from parsers.foi.units import _label_of, _Unit

_RE_SEPARATOR = re.compile(
    r"^(?:-{3,}\s*(?:original\s+message|forwarded\s+message)\s*-{3,}|[_\-=]{10,})$", re.I
)
_RE_HEADER = re.compile(r"^(from|sent|date|to|cc|subject)\s*:\s*(.*)$", re.I)
_RE_BARE_LABEL = re.compile(r"^\(?(\d{1,2})[.)]$")
# an answer numbered as its question: the figure may open the answer ("(2) 412 staff")
_RE_ANSWER_NUMBER = re.compile(r"^\(?(\d{1,2})(?:\.(?!\d)|\))\s*(.*)$")
_RE_BRACKET_REF = re.compile(r"\[\s*((?=[^\]]*\d)[A-Z0-9][A-Z0-9/\-. ]{2,24}?)\s*\]", re.I)


def _header_field(text: str) -> tuple[str, str] | None:
    m = _RE_HEADER.match(text)
    return (m.group(1).lower(), m.group(2).strip()) if m else None


def _is_header_start(units: list[_Unit], k: int) -> bool:
    """A From: line with a Sent: or Date: line among the next two lines."""
    field = _header_field(units[k].text) if units[k].table is None else None
    if field is None or field[0] != "from":
        return False
    after = [_header_field(u.text) for u in units[k + 1 : k + 3] if u.table is None]
    return any(f is not None and f[0] in ("sent", "date") for f in after)


def quoted_request_start(units: list[_Unit]) -> int | None:
    """Where the quoted original request begins: the first separator line, or the
    second e-mail header, after the reply's own text; None when the letter opens
    with no e-mail header or quotes nothing."""
    if not units or not _is_header_start(units, 0):
        return None
    for k in range(4, len(units)):
        u = units[k]
        if u.table is None and (_RE_SEPARATOR.match(u.text) or _is_header_start(units, k)):
            return k
    return None


def _numbered(units: list[_Unit]) -> list[tuple[str, int]]:
    """(label, index) of each numbered question, bare numbers included."""
    out = []
    for k, u in enumerate(units):
        if u.table is not None:
            continue
        lab = _label_of(u.text)
        bare = _RE_BARE_LABEL.match(u.text)
        if lab is not None and lab.kind == "num":
            out.append((lab.key, k))
        elif bare:
            out.append((str(int(bare.group(1))), k))
    return out


def _numbered_answers(units: list[_Unit], keys: set[str]) -> list[tuple[str, int, str]]:
    """(label, index, text after the number) of each reply paragraph numbered as one
    of the questions, in order, each number once."""
    out: list[tuple[str, int, str]] = []
    for k, u in enumerate(units):
        m = _RE_ANSWER_NUMBER.match(u.text) if u.table is None else None
        if m is None:
            continue
        key = str(int(m.group(1)))
        if key in keys and key not in {a[0] for a in out}:
            out.append((key, k, m.group(2)))
    return out


def email_reply_items(units: list[_Unit]) -> list[_Q] | None:
    """The quoted request's numbered questions, each with the reply's answer of the
    same number; None unless the letter is such a reply and two or more of the
    quoted request's numbers are answered."""
    start = quoted_request_start(units)
    if start is None:
        return None
    reply, quoted = units[:start], units[start:]
    end = tail_start(reply) or len(reply)
    reply = reply[:end]
    questions = [(key, _label_of(quoted[k].text)) for key, k in _numbered(quoted)]
    answers = _numbered_answers(reply, {key for key, _ in questions})
    if len(questions) < 2 or len(answers) < 2:
        return None
    items: list[_Q] = []
    for key, lab in questions:
        q = _Q(label=key, heading=None, parts=[lab.rest if lab is not None else ""])
        items.append(answered_by_key(q, answers, reply))
    return items


def answered_by_key(q: _Q, answers: list[tuple[str, int, str]], units: list[_Unit]) -> _Q:
    """`q` with the answer numbered as it is: from that answer's opening (key, unit
    index, text after the number) to the next numbered answer, a sign-off or an
    exemption note; tables in that span are its tables."""
    at = [i for i, a in enumerate(answers) if a[0] == q.label]
    if at:
        _, first, opening = answers[at[0]]
        nxt = answers[at[0] + 1][1] if at[0] + 1 < len(answers) else len(units)
        if opening:
            q.answer.append(opening)
        for u in units[first + 1 : nxt]:
            if u.table is not None:
                q.tables.append(u.table_index)
            elif _is_signoff(u.text) or section_note(u.text):
                break
            else:
                q.answer.append(u.text)
    q.answered = bool(q.answer or q.tables)
    return q


def email_reply_dates_and_reference(units: list[_Unit]) -> tuple:
    """(the quoted request's Sent: date, the bracketed code on the reply's subject
    line), each None when not printed."""
    start = quoted_request_start(units)
    if start is None:
        return None, None
    sent = None
    for u in units[start : start + 6]:
        field = _header_field(u.text) if u.table is None else None
        if field is not None and field[0] in ("sent", "date"):
            sent = parse_date(field[1])
            break
    ref = None
    for u in units[:start]:
        field = _header_field(u.text) if u.table is None else None
        if field is not None and field[0] == "subject":
            m = _RE_BRACKET_REF.search(field[1])
            ref = m.group(1).strip() if m else None
            break
    return sent, ref
