"""A letter template's drafting notes left in print (since set AF): a paragraph wholly
in square brackets telling the drafter what to do ("[Insert the table here]", "[Note:
delete as appropriate]", "[Drafting note – check the figures before issue]"). It is
the template speaking to its user, not the trust to the requester, so it belongs to no
answer and cites nothing.

Read by shape, as data: the paragraph is one bracketed run of three words or more,
opening with a note's tag ("Guidance:", "Note –") or an instruction's verb ("Insert",
"Delete", "Check"), or saying when it applies ("as appropriate", "before sending").
A bracketed redaction marker ("[Redacted]", "[name withheld]") is too short or opens
with no such word. Part of the FOI parser; read by parsers.foi.units.
"""

from __future__ import annotations

import re

MIN_WORDS = 3

# the words a drafting note opens with: a tag naming it a note, then (or instead) a
# verb telling the drafter what to do
NOTE_TAGS = (
    r"guidance|drafting\s+note|drafter['’]?s?\s+note|author['’]?s?\s+note|editor['’]?s?\s+note|"
    r"note(?:\s+to\s+(?:drafter|author|officer|self))?|instructions?|template(?:\s+note)?|"
    r"help\s+text|tip|to\s*do|internal(?:\s+use)?(?:\s+only)?"
)
INSTRUCTION_VERBS = (
    r"insert|delete|remove|add|check|confirm|amend|update|complete|select|choose|edit|"
    r"replace|tailor|adapt|include|attach|enter|fill\s+in|tick|populate|personalise|"
    r"personalize|ensure|use\s+(?:this|the\s+following)"
)
WHEN_IT_APPLIES = (
    r"\bas\s+(?:appropriate|applicable|required|necessary)\b|"
    r"\bif\s+(?:not\s+)?(?:needed|required|applicable|relevant)\b|"
    r"\bbefore\s+(?:sending|issue|issuing|publication|publishing|release)\b"
)
_OPENING = re.compile(
    rf"^(?:(?:{NOTE_TAGS})\s*[:\-–—]\s*)?(?:{INSTRUCTION_VERBS})\b|^(?:{NOTE_TAGS})\s*[:\-–—]",
    re.IGNORECASE,
)
_APPLIES = re.compile(WHEN_IT_APPLIES, re.IGNORECASE)
_BRACKETED = re.compile(r"^\[([^\[\]]+)\]$")


def drafting_note(text: str) -> bool:
    """`text` (a paragraph) is a template's drafting note left in print."""
    m = _BRACKETED.match(text.strip())
    if m is None:
        return False
    inner = m.group(1).strip()
    if len(inner.split()) < MIN_WORDS:
        return False
    return bool(_OPENING.match(inner) or _APPLIES.search(inner))
