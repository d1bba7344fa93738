"""Regular expressions the FOI parser shares: question labels, section headings,
sign-offs, request and answer cues. The metadata's (reference, dates, subject) are
in parsers.foi.meta_patterns.
Part of the FOI parser (parsers.foi.parse). The exemptions and answer kinds that
parsers.foi.classify reads are in parsers.foi.classify_patterns."""

from __future__ import annotations

import re

# answer and request markers: their grammar lives in parsers.foi.markers
from parsers.foi.markers import (  # noqa: F401  (re-exported for the parser's modules)
    _RE_ANSWER,
    _RE_ANSWER_COLUMN,
    _RE_ANSWER_RUNIN,
    _RE_REQUEST,
    _RE_REQUEST_COLUMN,
    answer_marker,
    answer_marker_keys,
    question_keys,
    request_marker,
)


def normalise(text: str | None) -> str:
    """Whitespace collapsed to single spaces, ends stripped."""
    return re.sub(r"\s+", " ", text or "").strip()


# ---------------------------------------------------------------- patterns

# a letter's greeting: "Dear …" opening its line; the salutations also the informal and
# impersonal openings a message may have ("Hello", "To whom it may concern")
_RE_DEAR = re.compile(r"^dear\b", re.I)
_RE_SALUTATION = re.compile(r"^(?:dear|to\s+whom|hello|hi|good\s+(?:morning|afternoon))\b", re.I)

_I = re.IGNORECASE

# question labels
# A worded question label, by grammar: whose ("your", "the", "FOI"), a word naming
# a question (question / request / query / enquiry / item / point), the number,
# then punctuation: "Question 1:", "Qu. 2", "Query 3:", "Your question 4:",
# "Item 5." A run-in label with no punctuation ("REQUEST 3 How many …") only
# with the plain words of asking, so that "Point 2 of your request …" or "Item 4
# was …" opening an answer's sentence is no label.
_QWORD_WHO = r"(?:(?:your|our|the|my|foi)\s+)?"
_QWORD_NOUN = r"(?:question|qu\.?|request|quer(?:y|ies)|enquiry|inquiry|item|point)"
# The number may be counted out of the whole ("Request 2 of 5:", "Question 3 of 4 –"):
# the count is the letter's, not the label's, and is dropped.
_QWORD_OF = r"(?:\s+of\s+\d{1,2}(?!\d))?"
_RE_QWORD = re.compile(
    r"^(?:"
    + _QWORD_WHO
    + _QWORD_NOUN
    + r"\s*(\d{1,2}[a-z]?)(?!\d)"
    + _QWORD_OF
    + r"\s*(?:[:.)]|\s[\-–—])\s*|"
    r"(?:question|qu\.?|request)\s*(\d{1,2}[a-z]?)(?!\d)" + _QWORD_OF + r"\s*[:.)\-–]?\s*)(.*)$",
    _I,
)
# a worded label standing alone, as a heading over the question beneath it
# ("Request 2", "Query 1.", "Your question 3:", counted out of the whole "Query 3 of
# 5"), or a sign for "number" alone ("#2")
_RE_QWORD_ALONE = re.compile(
    r"^(?:"
    + _QWORD_WHO
    + _QWORD_NOUN
    + r"|#|№|Nº|No\.)\s*(\d{1,2}[a-z]?)"
    + _QWORD_OF
    + r"\s*[:.)\-–—]?\s*$",
    _I,
)
# "Q1:", "Q 2.", "Q3 How …", and "Q" abbreviated with its stop ("Q.1 How …", "Q. 4:"):
# the stop closes the abbreviation, so the figure after it is the label
_RE_QSHORT = re.compile(
    r"^Q(?:\.\s?|\s?)(\d{1,2}[a-z]?)\s*[:.)\-–]\s*(.*)$|^Q(?:\.\s?)?(\d{1,2}[a-z]?)\s+(.*)$"
)
_RE_NUMLET = re.compile(r"^\(?(\d{1,2})\s*\(?([a-z])[.)]\s*(.*)$")
# "1.", "2)", "(3)", and a number in square brackets, "[4]"
_RE_NUM = re.compile(r"^[(\[]?(\d{1,2})(?:\.(?!\d)|\)|(?<=\[\d)\]|(?<=\[\d\d)\])\s*(.*)$")
_RE_LET = re.compile(r"^\(([a-z])\)\s*(.*)$|^([a-z])\)\s*(.*)$|^([a-z])\.\s+(.*)$")
# "1 - How many …", "2 – Which …": a number set off by a dash; or by a space alone
# when a question's opening word follows ("1 How many …", "3 Please send …"), an
# interrogative or a request's verb, so that "12 Wards were closed" is no label
_ASKING_OPENING = (
    r"(?:what|which|how|who|whom|whose|when|where|why|whether|is|are|was|were|does|do|did|"
    r"has|have|had|can|could|will|would|should|may|please|provide|list|give|send|supply|"
    r"confirm|state|tell)\b"
)
_RE_NUM_DASH = re.compile(
    r"^(\d{1,2})\s+[-–—]\s+(.*)$|^(\d{1,2})\s+(?=(?-i:[A-Z]))(?="
    + _ASKING_OPENING
    + r")(.*(?:\?|\s[-–—]\s).*)$",
    _I,
)
# a number and a space before a request's opening, with no "?" or dash after it
# ("4 Please send the plans"): a label only where the layout says so (a heading
# numbered next in sequence over its answer: house_units.heading_requests)
_RE_NUM_SPACE_ASKING = re.compile(
    r"^(\d{1,2})\s+(?=(?-i:[A-Z]))(?=" + _ASKING_OPENING + r")(.+)$", _I
)
# lower-case roman sub-labels: "ii)", "(iii)", "iv." (single "i", "v", "x" are
# read as letters by _RE_LET; the sequence tells them apart, see _next_subs)
_ROMAN = r"(?:x{0,3}(?:ix|iv|v?i{1,3}|v))"
_RE_ROMAN = re.compile(r"^(?:\((" + _ROMAN + r")\)|(" + _ROMAN + r")[.)])\s+(.*)$")

_RE_REQUEST_HEADING = re.compile(
    r"^(?:request\s+(?:description|details)|details\s+of\s+(?:the\s+|your\s+)?request|"
    r"description\s+of\s+(?:the\s+)?request)\s*:?\s*$",
    _I,
)
_RE_SECTION = re.compile(
    r"^(?:request\s*(?:&|and)\s*(?:our\s+|trust\s+)?responses?|"
    r"(?:your\s+)?questions?\s*(?:&|and)\s*(?:our\s+)?(?:responses?|answers?)|"
    r"you\s+requested\s+the\s+following(?:\s+information)?|"
    r"our\s+(?:answer|response)s?\s+to\s+your\s+(?:questions?|request)(?:\s+(?:is|are)\s+as\s+follows)?|"
    r"please\s+find\s+(?:the|our)\s+responses?\s+below.*|"
    r"this\s+letter\s+(?:provides|sets\s+out|contains|is)\s+(?:the\s+trust(?:'s|’s)?\s+|our\s+)?"
    r"(?:response|reply|answer).{0,40})\s*:?\s*$",
    _I,
)
# Phrases that open a letter's closing: review and complaint rights, the
# Information Commissioner, copyright and re-use terms, the hope that the reply
# helps, the valediction. Data, one phrase per line: each has a made-up example
# in tests/test_foi_rules.py, which fails if a phrase matches none. Phrases
# marked "one letter" are the only reason one corpus letter's last answer stops
# where it does (removing one loses that letter's pair): closing wording that a
# learned closing/boilerplate labeller should recognise instead of a list.
_SIGNOFF_PHRASES: tuple[str, ...] = (
    r"if\s+you\s+are\s+(?:dis|un|not\s+)?(?:satisfied|happy|content|concerned)",
    r"if\s+you\s+(?:have\s+any\s+(?:further\s+)?(?:queries|questions)|are\s+unhappy|"
    r"wish\s+to\s+(?:complain|appeal|request\s+(?:an\s+)?internal\s+review)|"
    r"feel\s+(?:that\s+)?your\s+request|remain\s+dissatisfied|disagree)",
    r"should\s+you\s+(?:be|have|wish|require|not\s+be)",
    r"you\s+(?:have|may\s+have)\s+the\s+right\s+to",
    r"your\s+right\s+to\s+(?:complain|request|appeal)",
    r"(?:the\s+)?information\s+commissioner",
    r"internal\s+review",
    # a rhetorical question opening the rights ("Not happy with this response? …")
    r"(?:unhappy|dissatisfied|not\s+(?:happy|satisfied|content))\s+with\s+(?:our|this|the)\s+"
    r"(?:reply|response|decision|answer|handling)\b[^?]{0,40}\?",
    r"appeals?\s+procedure",  # one letter
    r"complaints?\s+(?:and|&)\s+(?:appeals|internal\s+review)",
    # a complaint about the reply, or taking the matter further
    r"any\s+complaints?\s+(?:about|regarding|concerning)\s+(?:(?:this|our|the)\s+(?:response|reply|"
    r"decision)|the\s+(?:handling|way))\b",
    r"you\s+(?:may|can|could)\s+(?:then\s+|also\s+|subsequently\s+)?(?:refer\s+(?:the\s+matter|"
    r"this|your\s+(?:complaint|case))|complain|appeal|escalate)\b",
    r"yours\s+(?:sincerely|faithfully)",  # one letter
    r"(?:kind|best|warm)\s+regards",
    r"regards,?$",
    r"re-?use\s+of\s+(?:this\s+|the\s+|public\s+sector\s+)?information",
    r"copyright",
    # one letter
    r"(?:any|the)\s+(?:information|contact\s+details)\s+(?:provided|supplied)\s+.*"
    r"(?:copyright|re-?use|marketing)",
    r"in\s+line\s+with\s+the\s+information\s+commissioner",  # one letter
    r"please\s+be\s+aware\s+that\s+(?:although|any)\s+(?:this\s+)?information",  # one letter
    r"(?:the\s+)?information\s+(?:supplied|provided)\s+(?:to\s+you\s+)?(?:continues\s+to\s+be|is)\s+"
    r"(?:protected|subject)",
    r"we\s+hope\s+(?:that\s+)?(?:you\s+find\s+)?(?:this|the)\s+(?:information|response)",
    r"i\s+hope\s+(?:that\s+)?(?:this|the)\s+(?:information|response)",  # one letter
    r"please\s+(?:do\s+not\s+hesitate|contact\s+(?:me|us)\s+if)",
    r"please\s+quote\s+(?:the|your)\s+(?:reference|foi)",
    r"if\s+for\s+any\s+reason\s+you",  # one letter
    r"i\s+trust\s+(?:this|that|the)\s+(?:response|information)",  # one letter
    r"(?:i|we)\s+confirm\s+that\s+the\s+information\s+(?:above|provided|attached)",  # one letter
    r"this\s+concludes\s+our\s+response",  # one letter
    r"publication\s+scheme\b",  # one letter
    # a closing section's heading, alone on its line ("Review", "Re-use of information:")
    r"(?:review|queries|feedback|reuse\s+of\s+information|re-use\s+of\s+information|complaints?)\s*:?$",
    r"the\s+full\s+freedom\s+of\s+information\s+act",  # one letter
    r"please\s+(?:let\s+(?:me|us)\s+know|contact\s+(?:me|us))\s+if",
)
_RE_SIGNOFF = re.compile(r"^(?:" + "|".join(_SIGNOFF_PHRASES) + ")", _I)
# Data, one phrase per line, each with a made-up example in
# tests/test_foi_rules.py (which fails if a phrase matches none); used by
# the segmenter's line tests (parsers.foi.line_kinds).
# A sentence that continues a request ("Please could you provide …", "These could be …").
_REQUEST_CUES: tuple[str, ...] = (
    r"please\s+(?:could|can|would|use|provide|include|give|state|list|supply|send|break|"
    r"confirm|specify|also|indicate|detail|present|advise|tell|name|identify|outline|describe)",
    r"could\s+you",
    r"can\s+you",
    r"would\s+you",
    r"i\s+would\s+(?:like|be\s+grateful)",
    r"i'd\s+like",
    r"if\s+(?:possible|available|it\s+is\s+not\s+possible)",
    r"these\s+(?:could|may|might|should|would)",
    r"for\s+(?:each|the\s+following|the\s+period)",
    r"broken\s+down",
    r"in\s+the\s+form",
    r"including\b",
    r"e\.g\.",
)
_RE_REQUEST_CUE = re.compile(r"^(?:" + "|".join(_REQUEST_CUES) + ")", _I)
# A sentence that starts an answer ("The Trust does not …", "Please see attached …").
_ANSWER_CUES: tuple[str, ...] = (
    r"the\s+trust\b",
    r"the\s+(?:information|data|figures?)\s+(?:is|are|was|were|you|requested|provided|below|held)",
    r"we\b",
    r"our\b",
    r"i\s+(?:can|am|have|confirm|attach)",
    r"there\s+(?:is|are|was|were)\b",
    r"yes\b",
    r"no\b",
    r"none\b",
    r"nil\b",
    r"zero\b",
    r"n/a\b",
    r"not\s+(?:held|applicable|known|recorded)",
    r"please\s+(?:see|find|refer|note|be\s+aware)",
    r"see\s+(?:attached|answer|response|above|below|the|our|appendix)",
    r"attached\b",
    r"unfortunately\b",
    r"this\s+information\b",
    r"information\s+(?:is|not)\b",
    r"[-–—]\s",
    r"it\s+is\s+not\s+possible",
    r"in\s+(?:response|answer)\b",
    r"for\s+the\s+response\b",
)
_RE_ANSWER_CUE = re.compile(r"^(?:" + "|".join(_ANSWER_CUES) + ")", _I)


_RE_CAVEAT = re.compile(
    r"^(?:if\s+(?:it\s+is\s+not\s+possible|you\s+(?:can(?:not)?|are\s+(?:un)?able)|"
    r"(?:the\s+)?(?:cost|my\s+request|this\s+request|complying))|should\s+(?:the\s+cost|"
    r"it\s+not\s+be\s+possible|my\s+request))\b.{0,300}?"
    r"(?:section\s*1[26]\b|cost\s+(?:of\s+compliance|limit)|appropriate\s+limit|"
    r"advice\s+and\s+assistance|(?:be\s+)?refined?\b)",
    _I,
)


# the original request, quoted after the answers to its refined version, by
# grammar: the request named as the original one ("your original / initial
# request", "you originally asked", "your request as first submitted"), after an
# optional aside ("For your reference, …"). Not "first" or "previous" alone:
# "Your first question …", "The previous request …" are an answer's words.
_RE_ORIGINAL = re.compile(
    r"^(?:for\s+(?:your\s+)?(?:reference|information|completeness|clarity)\s*,?\s+)?"
    r"(?:(?:your|the)\s+(?:original|initial|unrefined)\s+(?:request|questions?|wording)|"
    r"you\s+(?:originally|initially)\s+(?:asked|requested|wrote)|"
    r"(?:your|the)\s+(?:request|questions?)\s+(?:as|when)\s+(?:first|originally|initially)\s+"
    r"(?:submitted|made|worded|sent|received|written|asked)|"
    r"original\s+request\b)",
    _I,
)


# a bulleted list item's glyph
_BULLET = re.compile(r"^[•▪·\uf0b7*◦‣–-]\s+")

_RE_LEADIN_END = re.compile(r"[:\-–—]\s*$")

# Question labels of house styles read since 0.6.6 (parsers.foi.units._house_label):
# a decimal label under a numbered subject heading ("1.1 How many …", "2.3  What …"),
# whose question opens with a capital (so "1.5 million were …" is no label);
# a capital letter as the top-level numbering ("A. How many …", "(B) What …", or in
# square brackets, "[C] Please send …", as "[4]" is a number's),
# followed by a word in capitals and lower case (so "A. N. Other" is no label);
# a sign for "number" before the figure: "No. 3: …", "#3 How many …", "№ 3 –" (the
# word labels' counterpart, _QWORD_NOUN). The signs "#", "№", "Nº" and "No." name a
# number and nothing else, so the question may run in after the figure when it opens
# with a capital ("#2 How many …"); "No" without its stop is also the word of
# refusal, so it labels only with punctuation after the figure ("No 2: …").
_RE_DECIMAL = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?\s+(?=(?-i:[A-Z“\"‘']))(.*)$")
_RE_CAPITAL = re.compile(
    r"^(?:\(([A-HJ-L])\)|\[([A-HJ-L])\]|([A-HJ-L])[.)])\s+(?=[A-Z“\"‘'][a-z’']*\s|[A-Z][a-z])(.*)$"
)
_NUMBER_SIGN = r"(#|№|Nº|No\.)"
_RE_NUMERO = re.compile(
    r"^(?:" + _NUMBER_SIGN + r"|No)\s*(\d{1,2})(?!\d)"
    r"(?:\s*[:.)\-–]\s+|(?(1)\s+(?=[A-Z“\"‘'])|(?!)))(.*)$"
)
# "Part 2: How many …", "Part 3. Please send …": a part's number labels the question
# on its own line only before words of asking ("Part 1: Workforce" is a part's heading)
_RE_PART_ASKED = re.compile(r"^part\s+(\d{1,2})(?!\d)\s*[:.)\-–]\s+(.*)$", _I)
# a question's opening: a word of asking, or a sentence ending in a question mark
_RE_ASKING = re.compile(r"^(?:" + _ASKING_OPENING + r"|[^.!]*\?)", _I)
