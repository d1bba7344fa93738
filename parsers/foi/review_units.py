"""An internal review outcome letter (since set L): after a requester asks for the
first reply to be looked at again, the outcome letter sets out each question, the
first reply quoted under it, then the reviewer's decision and finding:

    2. How many theatre sessions were cancelled in May?
    Our earlier reply: "We said the figure was not recorded."
    Review finding: Upheld. 46 sessions were cancelled in May 2024.

The answer is the decision and its finding; the quoted first reply is in no answer.
Read by structure, not by a house's words:

- the quoted earlier reply is a paragraph with a short run-in lead-in (a few words
  and a colon, no figure) naming a reply that was made or a telling ("… response:",
  "… reply:", "You were told:", "We said earlier:") that is not itself an answer
  marker of the segmenter ("Our response:" is the reply being given now);
- it is set off as a quotation: its text inside quotation marks, or the paragraph
  in a face of its own (italic, where the decision is not), or indented deeper than
  the decision;
- the decision comes straight after it, with its own short run-in lead-in (a few
  words and a colon: "Reviewer's decision:", "Outcome of review:"), whose words go.

The quoted reply is dropped and the decision marked as the answer ("Answer: …"), so
the segmenter reads the question above and the decision with the paragraphs after
it as the pair. Part of the FOI parser; called by parsers.foi.house_units.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.foi.markers import answer_marker, request_marker
from parsers.foi.units import _label_of, _Unit

MAX_LEAD_WORDS = 5
# a short lead-in run in before the paragraph's text: a few words, a colon
_RE_LEAD = re.compile(r"^([A-Za-z][\w'’ ]{1,48}?)\s*:\s+(\S.*)$", re.S)
# a reply made, or a telling: the lead-in of a quoted earlier reply
_RE_REPLY_WORD = re.compile(
    r"\b(?:respon(?:se|ses|ded|d)|repl(?:y|ies|ied)|answer(?:s|ed)?|told|said|stated|wrote|"
    r"advised|informed)\b",
    re.IGNORECASE,
)
_RE_QUOTED = re.compile(r"^[\"“‘'].*[\"”’'][.]?$", re.S)


def _lead(text: str) -> tuple[str, str] | None:
    m = _RE_LEAD.match(text.strip())
    if m is None or len(m.group(1).split()) > MAX_LEAD_WORDS or re.search(r"\d", m.group(1)):
        return None
    return m.group(1), m.group(2).strip()


def _face(u: _Unit) -> str:
    return (u.style or "").lower()


def earlier_reply(u: _Unit, decision: _Unit) -> bool:
    """Whether `u` is a quoted earlier reply over the paragraph `decision`."""
    if u.table is not None or decision.table is not None or _label_of(u.text) is not None:
        return False
    lead = _lead(u.text)
    if lead is None or not _RE_REPLY_WORD.search(lead[0]):
        return False
    if answer_marker(u.text) is not None or request_marker(u.text) is not None:
        return False
    quoted = bool(_RE_QUOTED.match(lead[1]))
    face = "italic" in _face(u) and "italic" not in _face(decision)
    indented = (u.indent or 0.0) > (decision.indent or 0.0) + 2.0
    return quoted or face or indented


def review_units(units: list[_Unit]) -> list[_Unit]:
    """The units with each quoted earlier reply dropped and the decision after it
    marked as the answer; unchanged where there is no such pair."""
    out: list[_Unit] = []
    k = 0
    while k < len(units):
        u = units[k]
        nxt = units[k + 1] if k + 1 < len(units) else None
        decision = _lead(nxt.text) if nxt is not None and nxt.table is None else None
        if nxt is not None and decision is not None and earlier_reply(u, nxt):
            text = f"Answer: {decision[1]}"
            out.append(replace(nxt, text=text, lines=[text]))
            k += 2
            continue
        out.append(u)
        k += 1
    return out
