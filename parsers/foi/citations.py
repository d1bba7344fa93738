"""FOIA section citations in the forms letters print them, rewritten to the one form
the exemption reader (parsers.foi.classify.find_exemptions) reads: "section 40(2)".

A citation's grammar, kept as data: an abbreviated word ("sec. 41", "sect 43"), a
subsection named as one ("section 43, subsection (2)", "Section 40 subsection 2",
"sub-section (2) of section 40"), a range of sections ("sections 22 to 24") and a
list of one section's subsections ("section 40(2) and (3)", "40(2)-(3)"). A section
number that is not FOIA's is hidden from the reader: a section of another Act, before
or after its name ("Data Protection Act 2018 section 45", "section 40 of the Data
Protection Act"), and a section of the letter itself ("Section 3 of this letter").
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_NUM = r"(\d{1,2}A?)(?!\d)"
# "sec. 41", "sect 43", "Sec 21": the word abbreviated
_RE_ABBREVIATED = re.compile(r"\bsect?\.?\s*(?=\d)", _I)
# "section 43, subsection (2)", "s.40 sub-section 2", "Section 40 subsection (2)(a)"
_RE_SUBSECTION_AFTER = re.compile(
    r"\b(sections?|s\.?)\s*" + _NUM + r"\s*,?\s*sub-?section\s*\(?(\d)\)?((?:\s*\([a-z]\))?)", _I
)
# "subsection (2) of section 40"
_RE_SUBSECTION_BEFORE = re.compile(
    r"\bsub-?section\s*\(?(\d)\)?((?:\s*\([a-z]\))?)\s+of\s+(?:section|s\.?)\s*" + _NUM, _I
)
# "section 40(2) and (3)", "section 40(2)-(3)": one section's subsections listed
_RE_SUBSECTION_LIST = re.compile(
    r"\b(sections?|s\.?)\s*" + _NUM + r"\s*\((\d)\)\s*(?:,|and|&|or|to|[-–])\s*\((\d)\)", _I
)
# "sections 22 to 24", "ss. 21-23": a range of whole sections
_RE_RANGE = re.compile(r"\b(?:sections|ss\.?)\s*(\d{1,2})\s*(?:to|[-–])\s*(\d{1,2})(?![\d(])", _I)
MAX_RANGE = 6  # a wider "range" is a count or a span of pages, not a citation

# the letter's own parts ("Section 3 of this letter", "section 21 below")
_RE_OWN_PART = re.compile(
    r"\b(?:sections?|s\.)\s*\d{1,2}A?(?:\s*\(\s*\w\s*\))*\s+"
    r"(?:(?:of|in)\s+(?:this|our|the\s+attached|the\s+enclosed)\s+"
    r"(?:letter|response|reply|document|e-?mail|report|notice|appendix|annex|leaflet)|"
    r"(?:above|below|overleaf))\b",
    _I,
)
# another Act named just before its section ("Data Protection Act 2018 section 45",
# "the Health and Social Care Act 2012, s.251") or just after it ("section 40 of the
# Data Protection Act"): any Act but the Freedom of Information Act
_ACT_NAME = r"(?:[A-Z][\w’']*\s+)(?:(?:and|of|for|[A-Z][\w’']*)\s+)*Act(?:\s+\d{4})?"
_RE_ACT_BEFORE = re.compile(
    r"(" + _ACT_NAME + r")\s*,?\s*(?:\(\w+\)\s*)?(?=(?i:sections?|s\.)\s*\d)"
)
_RE_ACT_AFTER = re.compile(
    r"\b(?i:sections?|s\.)(?=\s*\d{1,2}A?(?:\s*\(\s*\w\s*\))*\s+(?i:of|under)\s+the\s+"
    r"(" + _ACT_NAME + r"))"
)
_FOIA_NAME = re.compile(r"freedom\s+of\s+information|\bFOIA?\b", _I)
HIDDEN = "provision"  # what a section that is not FOIA's is renamed, so no reader takes it


def _expand_range(m: re.Match) -> str:
    low, high = int(m.group(1)), int(m.group(2))
    if not 0 < high - low <= MAX_RANGE:
        return m.group(0)
    return "sections " + " and ".join(str(n) for n in range(low, high + 1))


def _hide_other_acts(text: str) -> str:
    def before(m: re.Match) -> str:
        return m.group(0) if _FOIA_NAME.search(m.group(1)) else m.group(0) + HIDDEN + " "

    def after(m: re.Match) -> str:
        return m.group(0) if _FOIA_NAME.search(m.group(1)) else HIDDEN

    text = _RE_ACT_AFTER.sub(after, text)
    # (the word "section" after the inserted name is left to read "provision section 45";
    # drop it so the number no longer follows a section word)
    text = _RE_ACT_BEFORE.sub(before, text)
    return re.sub(HIDDEN + r"\s+(?i:sections?|s\.)\s*", HIDDEN + " ", text)


def canonical_citations(text: str) -> str:
    """`text` with its FOIA citations written "section N(M)" and its other numbered
    sections (another Act's, the letter's own) renamed so no reader takes them."""
    text = _RE_OWN_PART.sub(lambda m: HIDDEN + m.group(0)[m.group(0).find(" ") :], text)
    text = _hide_other_acts(text)
    text = _RE_ABBREVIATED.sub("section ", text)
    text = _RE_SUBSECTION_AFTER.sub(
        lambda m: f"section {m.group(2)}({m.group(3)}){m.group(4).replace(' ', '')}", text
    )
    text = _RE_SUBSECTION_BEFORE.sub(
        lambda m: f"section {m.group(3)}({m.group(1)}){m.group(2).replace(' ', '')}", text
    )
    text = _RE_SUBSECTION_LIST.sub(
        lambda m: f"section {m.group(2)}({m.group(3)}) and section {m.group(2)}({m.group(4)})",
        text,
    )
    return _RE_RANGE.sub(_expand_range, text)
