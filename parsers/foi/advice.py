"""Section 16 advice and assistance printed after the answers: the authority's duty to
help the requester (how to narrow a refused part, where else to ask) is the letter's
own note, not an answer's text. Read by its grammar: a run-in heading naming the duty
("Advice and assistance: …", "Section 16 – advice: …"), or an opening sentence that
cites section 16 with advice or help ("Under section 16 of the Act we suggest …", "In
line with our duty to assist under section 16, …"). Asked by the segmenter
(parsers.foi.segment) only after the last answer, as it asks of an exemption's
explanation.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "Advice and assistance:", "Section 16 - Advice & Assistance –", "Advice under section 16:"
_RE_ADVICE_HEADING = re.compile(
    r"^[\s•▪·*\-–]*(?:section\s+16\s*(?:of\s+the\s+\w+(?:\s+\w+){0,4}\s*)?[-–—:]?\s*)?"
    r"(?:advice\s+(?:(?:and|&)\s+assistance|under\s+section\s+16)|duty\s+to\s+(?:advise|assist))"
    r"\s*[-–—:]\s*\S",
    _I,
)
_RE_SECTION_16 = re.compile(r"\bsection\s+16(?!\d)(?!\s*\(\s*[2-9])", _I)
_RE_HELPING = re.compile(r"\badvi[cs]e|\bassist|\bhelp\b|\bsuggest", _I)
_RE_FIRST_SENTENCE = re.compile(r"^.*?(?:[.!?](?=\s|$)|$)", re.S)


def offers_advice(text: str) -> bool:
    """A block that opens as section 16 advice and assistance."""
    if _RE_ADVICE_HEADING.match(text):
        return True
    first = _RE_FIRST_SENTENCE.match(text.strip()).group(0)
    return bool(_RE_SECTION_16.search(first) and _RE_HELPING.search(first))
