"""Regular expressions and names parsers.foi.classify reads: the exemptions a letter
cites (FOIA sections and EIR regulations with their names, a section reference,
the words around it that make it an exemption, other Acts whose sections are not
FOIA's) and the kinds of answer (not held, not applicable, a bare yes or no, a bare
figure). Part of the FOI parser (parsers.foi.parse); split out of
parsers.foi.patterns (the segmenter's) and parsers.foi.meta_patterns (the metadata's),
to keep each module small.
"""

from __future__ import annotations

import re

from parsers.foi.patterns import _I

# exemptions
EXEMPTION_LABELS: dict[tuple[str, str], str] = {
    ("FOIA", "12"): "cost limit",
    ("FOIA", "14"): "vexatious or repeated request",
    ("FOIA", "21"): "information accessible by other means",
    ("FOIA", "22"): "intended for future publication",
    ("FOIA", "22A"): "research intended for future publication",
    ("FOIA", "23"): "information supplied by or relating to security bodies",
    ("FOIA", "24"): "national security",
    ("FOIA", "26"): "defence",
    ("FOIA", "27"): "international relations",
    ("FOIA", "28"): "relations within the United Kingdom",
    ("FOIA", "29"): "the economy",
    ("FOIA", "30"): "investigations and proceedings",
    ("FOIA", "31"): "law enforcement",
    ("FOIA", "32"): "court records",
    ("FOIA", "33"): "audit functions",
    ("FOIA", "34"): "parliamentary privilege",
    ("FOIA", "35"): "formulation of government policy",
    ("FOIA", "36"): "prejudice to effective conduct of public affairs",
    ("FOIA", "37"): "communications with the Royal Family and honours",
    ("FOIA", "38"): "health and safety",
    ("FOIA", "39"): "environmental information",
    ("FOIA", "40"): "personal information",
    ("FOIA", "40(1)"): "personal information (the requester's own)",
    ("FOIA", "40(2)"): "personal information",
    ("FOIA", "41"): "information provided in confidence",
    ("FOIA", "42"): "legal professional privilege",
    ("FOIA", "43"): "commercial interests",
    ("FOIA", "44"): "prohibitions on disclosure",
    ("EIR", "12(4)(a)"): "information not held",
    ("EIR", "12(4)(b)"): "manifestly unreasonable request",
    ("EIR", "12(4)(c)"): "request formulated in too general a manner",
    ("EIR", "12(4)(d)"): "material in the course of completion",
    ("EIR", "12(4)(e)"): "internal communications",
    ("EIR", "12(5)"): "adverse effect",
    ("EIR", "13"): "personal data",
}
_FOIA_SECTIONS = {s for (law, s) in EXEMPTION_LABELS if law == "FOIA" and "(" not in s}
# a paragraph and, under it, a sub-paragraph in roman numerals, as deep as printed:
# "(b)", "(b)(ii)" (section 36(2)(b)(ii): since set AG's learning)
PARAGRAPH = r"(?:\s*\(\s*[a-z]\s*\)(?:\s*\(\s*[ivx]{1,4}\s*\))?)?"
_RE_SECTION_REF = re.compile(
    r"\b(?:sections?|s\.?)\s*(\d{1,2}A?)\s*((?:\(\s*\d[A-Z]?\s*\))?" + PARAGRAPH + r")(?!\d)"
    r"((?:\s*(?:,|and|&)\s*(?:s\.?\s*)?\d{1,2}A?(?:\s*\(\s*\d\s*\))?" + PARAGRAPH + r"(?!\d)"
    # (a count after a listed section is no section: "section 12, 21 days")
    r"(?!\s*(?:working\s+|calendar\s+)?(?:days?|hours?|weeks?|months?|years?|per\b|%|percent)))"
    r"{0,4})",
    _I,
)
_RE_REGULATION = re.compile(
    r"\b(?:regulations?|reg\.?)\s*(12|13)\s*((?:\(\s*\d\s*\))?(?:\s*\(\s*[a-z]\s*\))?)", _I
)
_EXEMPT_CONTEXT = re.compile(
    r"exempt|exemption|withh[oe]ld|refus|cost|limit|apply|applies|applied|applying|rely|"
    r"relying|engage|redact|vexatious|repeated|publish|personal|confiden|commercial|prejudic|"
    r"not\s+(?:be\s+)?(?:disclose|provide|release)|"
    # a duty to answer lifted, in any wording ("we are not obliged to answer",
    # "the Trust is not required to comply", "need not provide", "no duty to")
    r"not\s+(?:obliged|obligated|required|bound)\s+to|no\s+(?:obligation|duty)\s+to|need\s+not\b"
    # neither confirming nor denying that information is held applies a section too
    r"|neither\s+confirm\w*\s+nor\s+den(?:y|ies|ied)",
    _I,
)
# a section still being weighed, not yet applied: the citation governed by a deliberation
# in progress ("the Trust is considering whether section 43(2) applies", "we are still
# assessing if the exemption in section 36 is engaged", "we have yet to decide whether
# section 38 applies"); a few words may stand between "whether" and the section. (A
# deliberation done, "we considered whether section 40 applies and concluded it does",
# applies it.)
_RE_DELIBERATING = re.compile(
    r"(?:\b(?:is|are|am|be|being|still|currently|now)\s+(?:still\s+|currently\s+|now\s+|"
    r"carefully\s+)?(?:considering|assessing|deciding|determining|weighing|establishing|"
    r"reviewing)|\byet\s+to\s+(?:decide|determine|establish|conclude|confirm))\s+"
    r"(?:whether|if)\s+(?:[\w'’-]+\s+){0,5}?$",
    _I,
)
# a clause recounting a refusal made earlier ("We refused your request on 3 May under
# section 12", "which we refused citing section 43(2)", "the request was refused under
# …", "our first response relied on section 36"): the earlier reply's sections
_RE_RECOUNTED_REFUSAL = re.compile(
    r"\b(?:(?:we|the\s+trust|i)\s+(?:had\s+)?(?:originally\s+|previously\s+|initially\s+|"
    r"first\s+)?(?:refused|declined)|(?:was|were|had\s+been)\s+(?:originally\s+|previously\s+|"
    r"initially\s+|first\s+)?(?:refused|declined|withheld)|(?:original|initial|first|earlier|"
    r"previous)\s+(?:response|reply|refusal|decision)\s+(?:had\s+)?(?:relied|cited|applied|"
    r"refused|withheld))\b",
    _I,
)
# the letter telling that the earlier refusal no longer stands: the regulator's decision
# notice, a finding that the exemption could not be relied on, a refusal overturned or
# set aside, a fresh response issued in its place
_RE_REFUSAL_SET_ASIDE = re.compile(
    r"\bdecision\s+notice|\bnot\s+entitled\s+to\s+rely|\bcould\s+not\s+rely|"
    r"\boverturn(?:ed|s)?\b|\bset\s+aside|\bfresh\s+(?:response|reply|decision)|"
    r"\bno\s+longer\s+rel(?:y|ies|ying)\b",
    _I,
)
# … unless the regulator upheld it
_RE_REFUSAL_UPHELD = re.compile(r"\buph[oe]ld(?:s|ing)?\b", _I)
_OTHER_ACTS = re.compile(
    r"mental\s+health\s+act|data\s+protection\s+act|children\s+act|care\s+act|"
    r"housing\s+act|\bMHA\b|social\s+services|equality\s+act|local\s+government\s+act|"
    r"localism\s+act|(?:national\s+)?health\s+service\s+act|health\s+and\s+social\s+care\s+act|"
    r"police\s+act|road\s+traffic\s+act|building\s+act|planning\s+act|companies\s+act|"
    r"finance\s+act|\bNHS\s+act",
    _I,
)

# answer kinds
_RE_NOT_HELD = re.compile(
    r"\b(?:not\s+held|(?:does|do|did)\s+not\s+(?:currently\s+)?hold|(?:doesn't|don't|didn't)\s+hold|"
    r"no\s+(?:recorded\s+)?(?:information|data|records?)\s+(?:is\s+|are\s+|was\s+)?held|"
    r"hold\s+no\s+(?:recorded\s+)?(?:information|data|records?)|no\s+recorded\s+information|"
    r"is\s+not\s+recorded|(?:does|do)\s+not\s+(?:record|collect|capture)|not\s+(?:recorded|collected)\s+by)\b",
    _I,
)
_RE_NA = re.compile(r"^(?:n\s*/\s*a|not\s+applicable|na)\b\.?", _I)
# "Yes." / "No." (a bare answer, or a sentence after a full stop); "Yes, X." names
# something and is text
_RE_YES = re.compile(r"^yes(?:\s*[.!]|\s*$|\s+[-–]\s)", _I)
_RE_NO = re.compile(r"^no(?:\s*[.!]|\s*$|\s+[-–]\s)", _I)
# a bare figure: "1,204", "£15,320", "4.7%", "<5", "0", "134." ("12 weeks" is text)
_RE_NUMBER = re.compile(r"^(?:<\s*|£\s*|-)?\d[\d,]*(?:\.\d+)?\s*%?\.?$|^(?:zero|nil|none)\.?$", _I)


def closed_answer(text: str) -> bool:
    """The whole text is a bare closed answer ("Yes", "No.", "N/A", "Not applicable"):
    the cell of a form's or table's yes/no column, nothing said beside it."""
    text = text.strip()
    for pattern in (_RE_YES, _RE_NO, _RE_NA):
        m = pattern.match(text)
        if m and not text[m.end() :].strip(" .!-–"):
            return True
    return False
