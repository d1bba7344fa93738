"""FOIA section citations in the forms letters print them, rewritten to the one form
the exemption reader (parsers.foi.classify.find_exemptions) reads: "section 40(2)".

A citation's grammar, kept as data: an abbreviated word ("sec. 41", "sect 43"), a
subsection named as one ("section 43, subsection (2)", "Section 40 subsection 2",
"sub-section (2) of section 40"), a range of sections ("sections 22 to 24") and a
list of one section's parts ("section 40(2) and (3)", "40(2)-(3)", "36(2)(b)(i) and
(ii)"), each part as deep as printed (a sub-paragraph kept: "36(2)(b)(ii)"). A section
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
# a paragraph and its sub-paragraph after a subsection: "(b)", "(b)(ii)"
_PARAGRAPH = r"((?:\s*\([a-z]\)(?:\s*\([ivx]{1,4}\))?)?)"
# "section 43, subsection (2)", "s.40 sub-section 2", "Section 40 subsection (2)(a)"
_RE_SUBSECTION_AFTER = re.compile(
    r"\b(sections?|s\.?)\s*" + _NUM + r"\s*,?\s*sub-?section\s*\(?(\d)\)?" + _PARAGRAPH, _I
)
# "subsection (2) of section 40", "subsection (2)(b)(ii) of section 36"
_RE_SUBSECTION_BEFORE = re.compile(
    r"\bsub-?section\s*\(?(\d)\)?" + _PARAGRAPH + r"\s+of\s+(?:section|s\.?)\s*" + _NUM, _I
)
# one section's parts listed after its first citation: subsections ("section 40(2) and
# (3)", "40(2)-(3)"), paragraphs ("31(1)(a) and (b)"), sub-paragraphs ("36(2)(b)(i) and
# (ii)") or a part of another level ("36(2)(b)(ii) and (c)")
_PART = r"\(\s*[0-9A-Za-z]{1,4}\s*\)"
_RE_PART_LIST = re.compile(
    r"\b(sections?|s\.?)\s*" + _NUM + r"((?:\s*" + _PART + r")+)"
    r"((?:\s*(?:,|and|&|or|to|[-–])\s*" + _PART + r"(?:\s*" + _PART + r")*)+)",
    _I,
)
_RE_ROMAN = re.compile(r"[ivx]{1,4}")
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


def _parts(text: str) -> list[str]:
    return re.findall(r"\(\s*([0-9A-Za-z]{1,4})\s*\)", text)


def _level(part: str, chain: list[str]) -> int:
    """Where a listed part stands in a citation's chain: 0 a subsection ("3"), 1 a
    paragraph ("c"), 2 a sub-paragraph ("ii"; "i" too after a sub-paragraph)."""
    if part[:1].isdigit():
        return 0
    if _RE_ROMAN.fullmatch(part) and (len(part) > 1 or len(chain) > 2):
        return 2
    return 1


def _expand_parts(m: re.Match) -> str:
    """ "section 36(2)(b)(i) and (ii)" as "section 36(2)(b)(i) and section 36(2)(b)(ii)"."""
    chain = _parts(m.group(3))
    out = f"section {m.group(2)}" + "".join(f"({p})" for p in chain)
    for sep, listed in re.findall(
        r"\s*(,|and|&|or|to|[-–])\s*((?:\s*" + _PART + r")+)", m.group(4)
    ):
        parts = _parts(listed)
        level = _level(parts[0], chain)
        if level > len(chain):
            return m.group(0)  # a part of no level the first citation has: no list
        cited = chain[:level] + parts
        out += f" {sep} section {m.group(2)}" + "".join(f"({p})" for p in cited)
    return out


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
    text = _RE_PART_LIST.sub(_expand_parts, text)
    return _RE_RANGE.sub(_expand_range, text)
