"""A plain-text e-mail reply typed into the requester's own message (since 0.6.9): the
mail client quotes the request line by line with ">", and the Trust types each answer
between the quoted lines, under the question it answers. The quote marks are the
structure: quoted text is the requester's (the questions), the text typed between two
quoted runs is the reply to the run above it, whether the questions are numbered
("> 2. How many …") or not.

The request's own furniture is no question: the client's attribution line ("On Tue,
5 Mar 2024 at 10:14, A. Sender wrote:"), the greeting, the request's introduction
before its first question (a line ending ":") and its sign-off ("> Kind regards").
The attribution line dates the quoted request: the received date, when the letter
prints no other (`attribution_date`).
"""

from __future__ import annotations

import re

from parsers.dates import DATE_PATTERN, parse_date
from parsers.foi.line_kinds import _is_signoff
from parsers.foi.quoted import section_note
from parsers.foi.segment import _Q
from parsers.foi.tail import signature_line, tail_start
from parsers.foi.units import _label_of, _Unit

# "On Tue, 5 Mar 2024 at 10:14, A. Sender <a@b.example> wrote:": "On", a date, an
# optional time, who wrote, "wrote"
_RE_ATTRIBUTION = re.compile(
    r"^on\s+(" + DATE_PATTERN + r")(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?"
    r",?\s+.{1,160}?\s+wrote\s*:?$",
    re.IGNORECASE,
)
# a greeting opening the quoted message ("Dear FOI Officer,", "Hello,")
_RE_GREETING = re.compile(r"^(?:dear|hello|hi|good\s+(?:morning|afternoon))\b.{0,60}$", re.I)


def attribution_date(units: list[_Unit]):
    """The earliest date of a mail client's attribution line ("On …, X wrote:"),
    the day the quoted message was sent; None when none is printed."""
    dates = [
        parse_date(m.group(1))
        for u in units
        if u.table is None and (m := _RE_ATTRIBUTION.match(u.text))
    ]
    dates = [d for d in dates if d is not None]
    return min(dates) if dates else None


def _furniture(text: str) -> bool:
    """The quoted message's own framing: attribution, greeting, sign-off, signature."""
    return bool(
        _RE_ATTRIBUTION.match(text)
        or _RE_GREETING.match(text)
        or _is_signoff(text)
        or (signature_line(text) and not text.rstrip().endswith("?"))
    )


def _runs(units: list[_Unit]) -> list[tuple[int, int]]:
    """(start, end) of each run of quoted paragraphs."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(units):
        if units[k].table is None and units[k].quoted:
            end = k
            while end < len(units) and units[end].table is None and units[end].quoted:
                end += 1
            runs.append((k, end))
            k = end
        else:
            k += 1
    return runs


def _question(run: list[_Unit], first: bool) -> list[str]:
    """The question a quoted run asks: its paragraphs less the message's framing;
    in the message's first run, only those after its introduction (the greeting,
    "I would like to request …:")."""
    texts = [u.text for u in run if not _furniture(u.text)]
    if first:
        intro = [
            k for k, t in enumerate(texts[:-1]) if t.rstrip().endswith(":") and _label_of(t) is None
        ]
        if intro:
            texts = texts[intro[-1] + 1 :]
    return texts


def interleaved_items(units: list[_Unit]) -> list[_Q] | None:
    """Each quoted run's question with the reply typed beneath it; None unless two or
    more quoted questions each have a reply between them and the next quoted run."""
    runs = _runs(units)
    if len(runs) < 2:
        return None
    end_of_letter = tail_start(units) or len(units)
    items: list[_Q] = []
    first = True
    for i, (start, end) in enumerate(runs):
        parts = _question(units[start:end], first)
        if not parts:
            continue  # the message's framing only (its sign-off)
        first = False
        nxt = runs[i + 1][0] if i + 1 < len(runs) else end_of_letter
        lab = _label_of(parts[0])
        if lab is not None:
            parts[0] = lab.rest
        q = _Q(label=lab.key if lab is not None else None, heading=None, parts=parts)
        for u in units[end : max(nxt, end)]:
            if u.table is not None:
                q.tables.append(u.table_index)
            elif _is_signoff(u.text) or section_note(u.text):
                break  # the closing, or the notes on the exemptions after the answers
            else:
                q.answer.append(u.text)
        q.answered = bool(q.answer or q.tables)
        items.append(q)
    if sum(q.answered for q in items) < 2:
        return None
    return items
