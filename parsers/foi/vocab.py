"""Generic wording of the parts of an FOI letter that are never an answer, as data.

Each entry names a *kind* of closing or explanation and the short cue patterns
that signal it. They are written as general phrasing (what any authority's
letter says in its own words), not sentences copied from a particular letter;
`tests/test_foi_labeller.py` checks each kind on made-up sentences. The block
labeller (parsers.foi.labeller) uses them as features, and they settle the
stop of the last answer only together with the model.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# kind → regular expressions matched at the start of a block (after any bullet)
CLOSING_CUES: dict[str, tuple[str, ...]] = {
    # "I trust this answers …", "We hope the above is helpful", "Hopefully this …"
    "satisfaction": (
        r"(?:i|we)\s+(?:do\s+)?(?:trust|hope)\s+(?:that\s+)?(?:this|the|these|our|you)\b",
        r"hopefully\s+(?:this|the|these)\b",
        r"(?:i|we)\s+(?:hope|trust)\s+(?:that\s+)?(?:you\s+(?:find|are|will)|this\s+(?:is|has|meets|satisf))",
        r"thank\s+you\s+(?:again\s+)?for\s+your\s+(?:interest|patience|enquiry|request)",
    ),
    # rights to an internal review / to complain
    "review_rights": (
        r"(?:if|should)\s+you\s+(?:are|feel|remain|be|wish|would\s+like|disagree|believe)\b.{0,80}"
        r"(?:review|complain|appeal|dissatisf|unhappy|not\s+(?:satisfied|happy|content))",
        r"you\s+(?:have|may\s+have|are\s+entitled\s+to)\s+(?:the\s+|a\s+)?right",
        r"(?:if|should)\s+you\s+(?:feel|think|believe|consider)\b.{0,60}\b(?:not\s+(?:been\s+)?"
        r"(?:handled|dealt\s+with|answered)|wrong|incorrect|unfair)",
        r".{0,80}\b(?:looked\s+at\s+again|reconsidered|re-?examined)\b",
        r"(?:requests?\s+for\s+(?:an\s+)?)?internal\s+review",
        # a rhetorical question opening the rights ("Not satisfied with this reply? …")
        r"(?:unhappy|dissatisfied|not\s+(?:happy|satisfied|content))\s+with\b.{0,60}\?",
        r"(?:your\s+)?right\s+(?:of|to)\s+(?:appeal|review|complain)",
        r"(?:how\s+to\s+)?(?:complain|appeal)\b",
        # "You can ask for a review", "you may appeal to the Commissioner"
        r"you\s+(?:can|may|could)\s+(?:also\s+|then\s+|still\s+)?(?:ask\s+for|request|seek|appeal|"
        r"complain)\b",
    ),
    # the regulator and its address
    "regulator": (
        r"(?:the\s+)?information\s+commissioner",
        r"(?:the\s+)?ico\b",
        r"wycliffe\s+house",
        r".{0,60}\b(?:refer|take|escalate|complain|appeal|apply|write)\b.{0,40}\b(?:to\s+)?the\s+"
        r"(?:regulator|information\s+commissioner|ico)\b",
        r"(?:you\s+(?:can|may)\s+)?(?:contact|write\s+to|apply\s+to)\s+the\s+(?:information\s+)?"
        r"(?:commissioner|regulator)",
        # the regulator named in a sentence about it ("The body that oversees the Act
        # is the Information Commissioner")
        r".{0,60}\bis\s+the\s+information\s+commissioner",
    ),
    # copyright, licences, re-use of the information supplied
    "reuse": (
        r"(?:©|\(c\)\s)",
        r"copyright\b",
        r"(?:the\s+)?re-?use\s+of\b",
        r"(?:the\s+)?information\s+(?:supplied|provided|released|disclosed)\s+(?:to\s+you\s+)?"
        r"(?:is|may|can|remains)\b.{0,80}(?:copyright|re-?use|licen[cs]e|commercial)",
        r"open\s+government\s+licen[cs]e",
        r"(?:you\s+(?:are|may\s+be)\s+)?free\s+to\s+(?:use|re-?use)",
        # re-use allowed under a licence or with an owner's permission, whatever the subject
        r".{0,80}\bre-?us(?:e|ed|ing)\b.{0,60}\b(?:licen[cs]e|permission|consent)\b",
        # the same in other verbs: "may be used again / reproduced under the … licence"
        r".{0,80}\b(?:may|can|could)\s+be\s+(?:used\s+again|reproduced|republished)\b.{0,60}"
        r"\b(?:licen[cs]e|permission)\b",
    ),
    # feedback requests and surveys
    "feedback": (
        r"(?:we|i)\s+would\s+(?:welcome|appreciate|value|like)\s+(?:your\s+)?(?:feedback|comments|views)",
        r"(?:please|kindly)\s+(?:take|spare|complete|fill|tell|let\s+us\s+know|give|rate)\b.{0,60}"
        r"(?:survey|questionnaire|feedback|experience)",
        r"(?:our|a|the)\s+(?:short\s+|brief\s+)?(?:customer\s+)?(?:satisfaction\s+)?"
        r"(?:survey|questionnaire|feedback\s+form)\b",
        r"(?:to\s+)?(?:help\s+us\s+improve|how\s+did\s+we\s+do)",
    ),
    # publication in a disclosure log
    "publication": (
        r"(?:please\s+note\s+(?:that\s+)?)?(?:this|your|the)\s+(?:response|reply|request|letter)\s+"
        r"(?:(?:and\s+\w+\s+)?(?:will|may)\s+be|is)\s+(?:published|made\s+(?:public|available)|"
        r"added\s+to|included\s+in)",
        r"(?:our\s+)?disclosure\s+log",
        # "we publish/add (copies of) our replies ... in/to our disclosure log"
        r".{0,40}\b(?:publish\w*|post(?:s|ed)?|add(?:s|ed)?|plac(?:e|es|ed)|upload\w*)\b.{0,80}\b(?:in|to|on)\s+(?:our|the)\s+"
        r"(?:online\s+|public\s+)?disclosure\s+log",
    ),
    # the sign-off and signature
    "signoff": (
        r"yours\s+(?:sincerely|faithfully|truly)",
        r"(?:kind|best|warm|many)\s+(?:regards|thanks)",
        r"regards\b",
        r"(?:with\s+)?(?:best\s+)?wishes\b",
        r"(?:if\s+you\s+have|should\s+you\s+have|for)\s+any\s+(?:further\s+)?(?:queries|questions|"
        r"enquiries)",
        r"(?:please\s+)?(?:do\s+not|don't)\s+hesitate\s+to\s+contact",
        r"(?:freedom\s+of\s+information|foi|information\s+governance|information\s+rights)\s+"
        r"(?:team|office|officer|lead|manager|department|unit)\s*$",
    ),
}

# a general explanation of an exemption, printed after the answers
EXEMPTION_EXPLANATION_CUES: tuple[str, ...] = (
    r"(?:explanation\s+of\s+|about\s+|notes?\s+on\s+)?(?:the\s+)?exemptions?\s+"
    r"(?:applied|used|cited|explained|engaged)\b",
    # a run-in heading naming a section: "Section 21 - ...", and the same introduced by a
    # preposition or a noun of explanation ("About section 12: ...", "Note on section
    # 43(2): ...", "Explanation of section 40:"): grammar of a heading, any wording after
    r"(?:(?:an?\s+)?(?:explanation|note|notes|guidance|information)\s+(?:of|on|about)\s+"
    r"|about\s+|on\s+|regarding\s+|concerning\s+|re:?\s+)?"
    r"section\s+\d{1,2}(?:\s*\(\d\)(?:\s*\([a-z]\))?)?\s*(?:of\s+the\s+(?:foi|freedom)\S*.{0,40})?"
    r"\s*[-–—:]\s*\w",
    r"section\s+\d{1,2}(?:\s*\(\d\)(?:\s*\([a-z]\))?)?\s+(?:of\s+the\s+\w+(?:\s+\w+){0,5}\s+)?"
    r"(?:provides|allows|states|exempts|says|applies|sets\s+out|means|permits|is\s+(?:an?|the)|"
    r"enables|covers)\b",
    r"(?:under|in\s+line\s+with)\s+section\s+\d{1,2}.{0,60}(?:an?\s+)?(?:public\s+)?authorit(?:y|ies)\s+"
    r"(?:is|are|may|does|do|can)\s+not",
    r"(?:the\s+)?(?:appropriate|cost)\s+limit\s+(?:for|is|of)\b",
    r"(?:the\s+)?public\s+interest\s+test\b",
    # weighing the public interest: "having weighed the public interest, ... outweighs"
    r".{0,40}\bpublic\s+interest\b.{0,100}\boutweigh",
    # a reasoned statute limit: "the law caps the time at a limit of 18 hours"
    r".{0,80}\blimit\s+of\s+(?:18|eighteen)\s+hours\b",
    # "where we have relied on / applied section N, ..."
    r"(?:where|if)\s+we\s+have\s+(?:relied\s+on|applied|used|cited)\s+(?:an?\s+)?"
    r"(?:section|exemption)",
)

# the run-in heading alone, at a block's start: "About section 12: …", "Section 40 – …"
_RE_SECTION_HEADING = re.compile(
    r"[\s•▪·*\-–]*(?:(?:an?\s+)?(?:explanation|note|notes|guidance|information)\s+(?:of|on|about)\s+"
    r"|about\s+|regarding\s+|concerning\s+|re:?\s+)?(?:the\s+)?section\s+\d{1,2}"
    r"(?:\s*\(\d\)(?:\s*\([a-z]\))?)?\s*[-–—:]\s*\w"
    # an interrogative heading: "Why section 40(2) applies: …", "How section 12 works:"
    r"|[\s•▪·*\-–]*(?:why|how|when)\s+(?:we\s+\w+\s+)?(?:the\s+)?section\s+\d{1,2}"
    r"(?:\s*\(\d\)(?:\s*\([a-z]\))?)?(?:\s+[a-z]+){0,2}\s*:\s*\w",
    re.I,
)

_CLOSING_RES: dict[str, re.Pattern[str]] = {
    kind: re.compile(r"[\s•▪·*\-–]*(?:" + "|".join(cues) + ")", _I)
    for kind, cues in CLOSING_CUES.items()
}
_EXEMPTION_RE = re.compile(r"[\s•▪·*\-–]*(?:" + "|".join(EXEMPTION_EXPLANATION_CUES) + ")", _I)


# where a clause may start: the block's start, after a sentence's end or after a
# comma, colon or semicolon. Closings often frame their point ("Not happy with our
# reply? You have the right …", "Once that is done, if you …"): the cue opens a
# clause, not the block. Bounded to the block's opening so a long answer costs little.
_RE_CLAUSE = re.compile(r"(?<=[.?!:;,])\s+(?=\S)")
MAX_CLAUSE_CHARS = 600


def _clause_starts(text: str) -> list[int]:
    head = text[:MAX_CLAUSE_CHARS]
    return [0, *(m.end() for m in _RE_CLAUSE.finditer(head))]


def _matches(rx: re.Pattern[str], text: str) -> bool:
    return any(rx.match(text, pos) for pos in _clause_starts(text))


def closing_kinds(text: str) -> list[str]:
    """The kinds of closing wording a block's clauses open with (possibly none)."""
    return [kind for kind, rx in _CLOSING_RES.items() if _matches(rx, text)]


def is_exemption_explanation(text: str) -> bool:
    """A block with a clause that opens as a general explanation of an exemption."""
    return _matches(_EXEMPTION_RE, text) or opens_with_section_heading(text)


def opens_with_section_heading(text: str) -> bool:
    """A block that opens with a run-in heading naming a section of the Act ("About
    section 12: …"): a general explanation of that exemption, not an answer's text."""
    return bool(_RE_SECTION_HEADING.match(text))
