"""Extracted FOI response → `FoiResponse`.

The letter is read as a sequence of *units*: paragraphs (a PDF paragraph is
split again wherever one of its lines starts with a question label or a marker)
and tables. Metadata (reference, dates, subject) comes from labelled lines.
Questions and answers are segmented in one of two ways:

* a question/answer table (header row like ["Question", "Response"]);
* otherwise a small state machine over the units: question labels ("1.", "a)",
  "1a)", "Question 1:", "Q1"), request markers ("REQUEST:", "You asked:") and
  answer markers ("OUR RESPONSE:", "Response:", "Answer:", "Trust response").
  When a letter has no answer markers at all, the paragraphs after a labelled
  question are its answer.

Rules worth knowing: a numbered line followed by lettered questions is their
heading ("1. Trust status" → heading of 1a, 1b); text between a heading (or an
answer) and the next question, ending in ":", is a lead-in and is prefixed to
the questions it introduces, unless it opens a new block parallel to the
current one ("For the 12 months between …:"), in which case it becomes their
heading; one answer after several questions answers all of them; inside an
answer, a label only starts a new question when it is the next one in sequence;
the letter's preamble and sign-off (internal review, Information Commissioner,
"Yours sincerely") are kept out of answers. Requesters' personal data in
stored text is masked (parsers.privacy).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.dates import DATE_PATTERN, parse_date, within_deadline, working_days
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.privacy import find_names, mask_personal
from parsers.records import FoiExemption, FoiItem, FoiResponse

__all__ = [
    "EXEMPTION_LABELS",
    "classify_answer",
    "find_exemptions",
    "normalise",
    "parse_foi",
    "parse_foi_with_warnings",
]


def normalise(text: str | None) -> str:
    """Whitespace collapsed to single spaces, ends stripped."""
    return re.sub(r"\s+", " ", text or "").strip()


# ---------------------------------------------------------------- patterns

_I = re.IGNORECASE
_DATE = r"(" + DATE_PATTERN + r")"

# question labels
_RE_QWORD = re.compile(r"^(?:question|qu\.?)\s*(\d{1,2}[a-z]?)\s*[:.)\-–]?\s*(.*)$", _I)
_RE_QSHORT = re.compile(r"^Q\s?(\d{1,2}[a-z]?)\s*[:.)\-–]\s*(.*)$|^Q(\d{1,2}[a-z]?)\s+(.*)$")
_RE_NUMLET = re.compile(r"^\(?(\d{1,2})\s*\(?([a-z])[.)]\s*(.*)$")
_RE_NUM = re.compile(r"^\(?(\d{1,2})(?:\.(?!\d)|\))\s*(.*)$")
_RE_LET = re.compile(r"^\(([a-z])\)\s*(.*)$|^([a-z])\)\s*(.*)$|^([a-z])\.\s+(.*)$")

# markers
_RE_ANSWER = re.compile(
    r"^(?:our\s+responses?|trust(?:'s|’s)?\s+responses?|responses?(?:\s+from\s+the\s+trust)?|"
    r"answers?|reply|a\d{0,2}|the\s+trust(?:'s|’s)?\s+response)"
    r"(?:\s+to\s+(?:question|q)\s*\d+[a-z]?)?\s*(?:[:\-–]\s*|$)(.*)$",
    _I,
)
_RE_REQUEST = re.compile(
    r"^(?:request(?:ed)?|your\s+request|you\s+asked(?:\s+for)?|you\s+submitted|"
    r"information\s+requested|details\s+of\s+(?:your\s+)?request|questions?)\s*(?:[:\-–]\s*|$)(.*)$",
    _I,
)
_RE_SECTION = re.compile(
    r"^(?:request\s*(?:&|and)\s*(?:our\s+|trust\s+)?responses?|"
    r"(?:your\s+)?questions?\s*(?:&|and)\s*(?:our\s+)?(?:responses?|answers?)|"
    r"you\s+requested\s+the\s+following(?:\s+information)?|"
    r"our\s+(?:answer|response)s?\s+to\s+your\s+(?:questions?|request)(?:\s+(?:is|are)\s+as\s+follows)?|"
    r"please\s+find\s+(?:the|our)\s+responses?\s+below.*)\s*:?\s*$",
    _I,
)
_RE_SIGNOFF = re.compile(
    r"^(?:if\s+you\s+are\s+(?:dis|un|not\s+)?(?:satisfied|happy|content)|"
    r"if\s+you\s+(?:have\s+any\s+(?:further\s+)?(?:queries|questions)|are\s+unhappy|"
    r"wish\s+to\s+(?:complain|appeal|request\s+(?:an\s+)?internal\s+review)|"
    r"feel\s+(?:that\s+)?your\s+request|remain\s+dissatisfied|disagree)|"
    r"should\s+you\s+(?:be|have|wish|require|not\s+be)|"
    r"you\s+(?:have|may\s+have)\s+the\s+right\s+to|"
    r"your\s+right\s+to\s+(?:complain|request|appeal)|"
    r"(?:the\s+)?information\s+commissioner|internal\s+review|appeals?\s+procedure|"
    r"complaints?\s+(?:and|&)\s+(?:appeals|internal\s+review)|"
    r"yours\s+(?:sincerely|faithfully)|(?:kind|best|warm)\s+regards|regards,?$|"
    r"re-?use\s+of\s+(?:public\s+sector\s+)?information|copyright|"
    r"(?:any|the)\s+(?:information|contact\s+details)\s+(?:provided|supplied)\s+.*"
    r"(?:copyright|re-?use|marketing)|"
    r"in\s+line\s+with\s+the\s+information\s+commissioner|"
    r"please\s+be\s+aware\s+that\s+(?:although|any)\s+(?:this\s+)?information|"
    r"(?:the\s+)?information\s+(?:supplied|provided)\s+(?:to\s+you\s+)?(?:continues\s+to\s+be|is)\s+"
    r"(?:protected|subject)|"
    r"we\s+hope\s+(?:this|the)\s+(?:information|response)|i\s+hope\s+(?:that\s+)?(?:this|the)\s+"
    r"(?:information|response)|"
    r"please\s+(?:do\s+not\s+hesitate|contact\s+(?:me|us)\s+if)|"
    r"please\s+quote\s+(?:the|your)\s+(?:reference|foi)|"
    r"if\s+for\s+any\s+reason\s+you|i\s+trust\s+(?:this|that|the)\s+(?:response|information)|"
    r"(?:i|we)\s+confirm\s+that\s+the\s+information\s+(?:above|provided|attached)|"
    r"this\s+concludes\s+our\s+response|publication\s+scheme\b|"
    r"(?:review|queries|feedback|reuse\s+of\s+information|re-use\s+of\s+information|complaints?)\s*:?$|"
    r"the\s+full\s+freedom\s+of\s+information\s+act|"
    r"the\s+trust\s+is\s+regarding\s+this\s+response|"
    r"please\s+(?:let\s+(?:me|us)\s+know|contact\s+(?:me|us))\s+if)",
    _I,
)
_RE_LEADIN_END = re.compile(r"[:\-–—]\s*$")

# metadata
_REF_VALUE = r"([A-Z0-9][A-Z0-9/_.\-]*(?:[ ][A-Z0-9][A-Z0-9/_.\-]*){0,3})"
_RE_REF_LABELLED = re.compile(
    r"(?:^|\b)(?:our\s+ref(?:erence)?(?:\s+(?:no|number))?\.?|ref(?:erence)?\s*(?:no|number|num)?\.?|"
    r"my\s+ref(?:erence)?|request\s+(?:id|ref(?:erence)?|number|no\.?)|"
    r"foi\s+(?:id|ref(?:erence)?|number|no\.?)|case\s+(?:ref(?:erence)?|number|no\.?)|"
    r"freedom\s+of\s+information\s+request(?:\s+(?:ref(?:erence)?|number|no\.?))?)"
    r"\s*[:.\-–]?\s*" + _REF_VALUE,
    _I,
)
_RE_REF_FREE = re.compile(
    r"\b((?:FOI|FOIA|RFI|EIR|NIC)[\s/_.\-]*(?:[A-Z]{0,5}[\s/_.\-]*)?\d[\dA-Z/_.\-]*(?:[\s/_.\-]\d[\dA-Z/_.\-]*)*)",
)
_RE_RECEIVED = re.compile(
    r"(?:date\s+(?:foi\s+|of\s+)?(?:request\s+)?received|date\s+of\s+(?:your\s+)?request|"
    r"request\s+(?:received|date)|received(?:\s+on)?|date\s+received)\s*[:\-–]?\s*(?:on\s+)?"
    + _DATE,
    _I,
)
_RE_RECEIVED_PROSE = re.compile(
    r"(?:which\s+(?:we|was)\s+received|received\s+(?:by\s+[\w\s&()]{0,120}?\s+)?on|"
    r"request\s+(?:for\s+information\s+)?(?:dated|of)|e-?mail\s+(?:dated|of)|"
    r"letter\s+(?:dated|of)|requested\s+on|received\s+at\s+this\s+office\s+on|request\s+(?:which\s+)?(?:we\s+)?received\s+on|"
    r"your\s+request\s+dated)\s+(?:the\s+)?" + _DATE,
    _I,
)
_RE_RECEIVED_ON = re.compile(
    r"\bon\s+(?:the\s+)?" + _DATE + r",?\s+(?:the\s+\w+|we|this\s+office)\s+received\b", _I
)
_RE_RESPONDED = re.compile(
    r"(?:date\s+(?:of\s+)?(?:foi\s+)?(?:response|reply)(?:\s+sent)?|date\s+responded|"
    r"response\s+date|responded(?:\s+on)?|date\s+sent|date\s+of\s+(?:this\s+)?(?:letter|reply))"
    r"\s*[:\-–]?\s*(?:on\s+)?" + _DATE,
    _I,
)
_RE_DATE_LINE = re.compile(r"^(?:date\s*[:\-–]?\s*)?" + _DATE + r"\.?$", _I)
# a letterhead line where the date shares the line with another column ("8 April 2021 Fieldhead")
_RE_DATE_LINE_START = re.compile(
    r"^(?:date\s*[:\-–]?\s*)?" + _DATE + r"\s{1,}(?-i:(?=[A-Z0-9]))(?!to\b)[^.]{0,60}$", _I
)
_RE_SUBJECT = re.compile(
    r"^(?:subject|title|re|regarding|request\s+(?:title|subject|regarding)|topic)\s*[:\-–]+\s*(.+)$",
    _I,
)
_RE_META_KEY = re.compile(
    r"^(?:our\s+ref|your\s+ref|ref(?:erence)?\b|my\s+ref|request\s+id|foi\s+(?:id|ref|number)|"
    r"date\b|received\b|responded\b|subject\b|title\s*:|re\s*:|requester|contact\s*:|e-?mail\s*:|"
    r"tel(?:ephone)?\b|direct\s+line|response\s+date|request\s+date|case\s+(?:ref|number))",
    _I,
)

_QUESTION_WORDS = re.compile(
    r"^(?:please|how|what|which|when|where|who|whom|whose|why|do|does|did|is|are|was|were|"
    r"can|could|would|will|has|have|had|provide|list|state|confirm|give|tell|supply|send|"
    r"the\s+(?:total\s+)?number|number\s+of|details\s+of|a\s+copy|copies|any)\b",
    _I,
)

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
_RE_SECTION_REF = re.compile(
    r"\b(?:sections?|s\.?)\s*(\d{1,2}A?)\s*((?:\(\s*\d\s*\))?(?:\s*\(\s*[a-z]\s*\))?)(?!\d)"
    r"((?:\s*(?:,|and|&)\s*(?:s\.?\s*)?\d{1,2}A?(?:\s*\(\s*\d\s*\))?(?:\s*\(\s*[a-z]\s*\))?(?!\d)){0,4})",
    _I,
)
_RE_REGULATION = re.compile(
    r"\b(?:regulations?|reg\.?)\s*(12|13)\s*((?:\(\s*\d\s*\))?(?:\s*\(\s*[a-z]\s*\))?)", _I
)
_EXEMPT_CONTEXT = re.compile(
    r"exempt|exemption|withh[oe]ld|refus|cost|limit|apply|applies|applied|applying|rely|"
    r"relying|engage|redact|vexatious|repeated|publish|personal|confiden|commercial|prejudic|"
    r"not\s+(?:be\s+)?(?:disclose|provide|release)",
    _I,
)
_OTHER_ACTS = re.compile(
    r"mental\s+health\s+act|data\s+protection\s+act|children\s+act|care\s+act|"
    r"housing\s+act|\bMHA\b|social\s+services|equality\s+act",
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
# a bare figure: "1,204", "£15,320", "4.7%", "<5", "0" ("12 weeks" is text)
_RE_NUMBER = re.compile(r"^(?:<\s*|£\s*|-)?\d[\d,]*(?:\.\d+)?\s*%?$|^(?:zero|nil|none)\.?$", _I)

# ---------------------------------------------------------------- units


@dataclass
class _Unit:
    text: str  # whitespace-normalised
    style: str | None = None
    table: Table | None = None
    table_index: int | None = None
    page: int = 1
    lines: list[str] = field(default_factory=list)


@dataclass
class _Label:
    key: str  # the label as stored ("1", "1a", "Q4", "a")
    kind: str  # num | let | numlet | qword | qshort
    num: int | None
    letter: str | None
    rest: str


def _label_of(text: str) -> _Label | None:
    m = _RE_QWORD.match(text)
    if m and (m.group(2) or ""):
        key = m.group(1).lower()
        num = int(re.match(r"\d+", key).group(0))
        letter = key[len(str(num)) :] or None
        return _Label(key, "qword", num, letter, m.group(2))
    m = _RE_QSHORT.match(text)
    if m:
        key = (m.group(1) or m.group(3)).lower()
        rest = m.group(2) if m.group(1) else m.group(4)
        num = int(re.match(r"\d+", key).group(0))
        letter = key[len(str(num)) :] or None
        return _Label("Q" + key, "qshort", num, letter, rest or "")
    m = _RE_NUMLET.match(text)
    if m and m.group(3):
        return _Label(
            f"{int(m.group(1))}{m.group(2)}", "numlet", int(m.group(1)), m.group(2), m.group(3)
        )
    m = _RE_NUM.match(text)
    if m and m.group(2) and not re.match(r"^\d", m.group(2)):
        n = int(m.group(1))
        if 0 < n <= 60:
            return _Label(str(n), "num", n, None, m.group(2))
    m = _RE_LET.match(text)
    if m:
        letter = m.group(1) or m.group(3) or m.group(5)
        rest = m.group(2) if m.group(1) else (m.group(4) if m.group(3) else m.group(6))
        if rest and letter:
            return _Label(letter, "let", None, letter, rest)
    return None


def _starts_unit(line: str) -> bool:
    """A line inside a paragraph that starts a new unit."""
    s = line.strip()
    if not s:
        return False
    if s[0].isupper() and _RE_SIGNOFF.match(s):
        return True
    if _label_of(s) is not None:
        return True
    if _RE_ANSWER.match(s) and (":" in s[:40] or len(s) < 30):
        return True
    if _RE_REQUEST.match(s) and (":" in s[:40] or len(s) < 30):
        return True
    return bool(_RE_META_KEY.match(s) and ":" in s[:40])


def _units(doc: Extracted) -> list[_Unit]:
    units: list[_Unit] = []
    t_index = 0
    for item in doc.items:
        if isinstance(item, Table):
            units.append(_Unit(text="", table=item, table_index=t_index, page=item.page))
            t_index += 1
            continue
        if not isinstance(item, TextBlock):
            continue
        lines = [ln for ln in item.text.split("\n") if ln.strip()]
        seg: list[str] = []
        for ln in lines:
            if seg and _starts_unit(ln):
                units.append(_Unit(normalise(" ".join(seg)), item.style, page=item.page, lines=seg))
                seg = []
            seg.append(ln)
        if seg:
            units.append(_Unit(normalise(" ".join(seg)), item.style, page=item.page, lines=seg))
    return [u for u in units if u.table is not None or u.text]


# ---------------------------------------------------------------- metadata


def _clean_ref(value: str) -> str | None:
    """Keep the reference's own tokens: the first, then tokens with a digit,
    short capitalised codes ("FOI", "DPT") and joiners ("-", "/")."""
    tokens = value.strip().split()
    kept: list[str] = []
    for i, tok in enumerate(tokens):
        clean = tok.rstrip(".,;:")
        if (
            i == 0
            or re.search(r"\d", clean)
            or clean in ("-", "–", "/")
            or re.fullmatch(r"[A-Z]{2,6}", clean)
        ):
            kept.append(clean)
        else:
            break
        if clean != tok:  # punctuation ends the reference
            break
    while kept and not re.search(r"\d", kept[-1]):
        kept.pop()
    ref = " ".join(kept).strip().rstrip(".,;:-–")
    if not re.search(r"\d", ref) or len(ref) > 60:
        return None
    return ref


def _metadata(units: list[_Unit], warnings: list[str]) -> dict:
    meta: dict = {"reference": None, "received": None, "responded": None, "title": None}
    first_date_line = None
    prose_received = None
    head = [u for u in units[:80] if u.table is None]
    # tables at the top of a letter often hold the reference and dates
    for u in units[:30]:
        if u.table is not None:
            for row in u.table.rows[:12]:
                head.append(_Unit(normalise(" ".join(c for c in row if c))))
    for u in head:
        t = u.text
        if meta["reference"] is None:
            m = _RE_REF_LABELLED.search(t)
            if m and not re.match(r"your\s+ref", t[max(0, m.start() - 0) :], _I):
                before = t[: m.start()].lower()
                if not before.rstrip().endswith("your"):
                    meta["reference"] = _clean_ref(m.group(1))
        if meta["received"] is None:
            m = _RE_RECEIVED.search(t)
            if m:
                meta["received"] = parse_date(m.group(1))
        if prose_received is None:
            m = _RE_RECEIVED_PROSE.search(t) or _RE_RECEIVED_ON.search(t)
            if m:
                prose_received = parse_date(m.group(1))
        if meta["responded"] is None:
            m = _RE_RESPONDED.search(t)
            if m:
                meta["responded"] = parse_date(m.group(1))
        if first_date_line is None and len(t) < 60:
            m = _RE_DATE_LINE.match(t)
            if m:
                first_date_line = parse_date(m.group(1))
        if first_date_line is None:
            for line in u.lines or [t]:
                line = line.strip()
                m = _RE_DATE_LINE.match(line) or _RE_DATE_LINE_START.match(line)
                if m and len(line) < 80:
                    first_date_line = parse_date(m.group(1))
                    break
        if meta["title"] is None:
            m = _RE_SUBJECT.match(t)
            if m and len(m.group(1)) < 300:
                meta["title"] = m.group(1).strip()
    if meta["reference"] is None:
        for u in head[:40]:
            m = _RE_REF_FREE.search(u.text)
            if m:
                ref = _clean_ref(m.group(1))
                if ref:
                    meta["reference"] = ref
                    break
    if meta["received"] is None and prose_received is not None:
        meta["received"] = prose_received
    if (
        meta["responded"] is None
        and first_date_line is not None
        and (meta["received"] is None or first_date_line >= meta["received"])
    ):
        meta["responded"] = first_date_line
    if meta["received"] and meta["responded"] and meta["responded"] < meta["received"]:
        warnings.append(
            f"response date {meta['responded']} is before receipt {meta['received']}; ignored"
        )
        meta["responded"] = None
    return meta


# ---------------------------------------------------------------- segmentation


@dataclass
class _Q:
    label: str | None
    heading: str | None
    parts: list[str] = field(default_factory=list)
    answer: list[str] = field(default_factory=list)
    tables: list[int] = field(default_factory=list)
    answered: bool = False
    style: str | None = None
    num: int | None = None
    letter: str | None = None
    group: int = 0


def _is_signoff(text: str) -> bool:
    return bool(_RE_SIGNOFF.match(text))


def _question_like(text: str) -> bool:
    return text.rstrip().endswith("?")


# a sentence that continues a request ("Please could you provide …", "These could be …")
_RE_REQUEST_CUE = re.compile(
    r"^(?:please\s+(?:could|can|would|use|provide|include|give|state|list|supply|send|break|"
    r"confirm|specify|also|indicate|detail|present|advise|tell)|could\s+you|can\s+you|would\s+you|"
    r"i\s+would\s+(?:like|be\s+grateful)|i'd\s+like|if\s+(?:possible|available|it\s+is\s+not\s+possible)|"
    r"these\s+(?:could|may|might|should|would)|for\s+(?:each|the\s+following|the\s+period)|"
    r"broken\s+down|in\s+the\s+form|including\b|e\.g\.|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\s+to\b)",
    _I,
)
# a sentence that starts an answer ("The Trust does not …", "Please see attached …")
_RE_ANSWER_CUE = re.compile(
    r"^(?:the\s+trust\b|the\s+(?:information|data|figures?)\s+(?:is|are|was|were|you|requested|"
    r"provided|below|held)|we\b|our\b|i\s+(?:can|am|have|confirm|attach)|there\s+(?:is|are|was|were)\b|"
    r"yes\b|no\b(?!\s+fixed)|none\b|nil\b|zero\b|n/a\b|not\s+(?:held|applicable|known|recorded)|"
    r"please\s+(?:see|find|refer|note|be\s+aware)|see\s+(?:attached|answer|response|above|below|the|our|"
    r"appendix)|attached\b|unfortunately\b|this\s+information\b|information\s+(?:is|not)\b|"
    r"[-–]\s|it\s+is\s+not\s+possible|in\s+(?:response|answer)\b|for\s+the\s+response\b)",
    _I,
)


def _request_like(text: str) -> bool:
    t = text.strip().lstrip("•▪·-–* ")
    return bool(_RE_REQUEST_CUE.match(t)) and not _RE_ANSWER_CUE.match(t)


def _answer_like(text: str) -> bool:
    return bool(_RE_ANSWER_CUE.match(text.strip()))


def _unfinished(text: str) -> bool:
    """A question cut mid-sentence (a line split off by a change of font)."""
    t = text.rstrip()
    return bool(t) and not t.endswith((".", "?", ":", ";", "!", ")", "”", '"'))


def _successor(prev: _Q | None, lab: _Label) -> bool:
    if prev is None:
        return lab.num in (1, None) and (lab.letter in (None, "a"))
    pn, pl = prev.num, prev.letter
    if lab.kind in ("num", "qword", "qshort") and lab.letter is None:
        return pn is not None and lab.num == pn + 1
    if lab.kind in ("numlet", "qword", "qshort"):
        if pn is None:
            return lab.num == 1 and lab.letter == "a"
        if lab.num == pn and pl and lab.letter == chr(ord(pl) + 1):
            return True
        return lab.num == pn + 1 and lab.letter == "a"
    if lab.kind == "let":
        if pl:
            return lab.letter == chr(ord(pl) + 1)
        return False
    return False


class _Segmenter:
    def __init__(self, units: list[_Unit], has_markers: bool):
        self.units = units
        self.has_markers = has_markers
        self.items: list[_Q] = []
        self.group: list[_Q] = []  # questions waiting for an answer
        self.cur: _Q | None = None  # question being collected
        self.answer: list[str] | None = None  # answer being collected
        self.answer_tables: list[int] = []
        self.answer_targets: list[_Q] = []
        self.heading: str | None = None  # current heading (numbered or block)
        self.heading_kind: str | None = None  # "num" | "block"
        self.num: int | None = None
        self.lead_in: str | None = None
        self.started = False
        self.expect_question = False
        self.orphans: list[str] = []  # answer text with no question
        self.orphan_tables: list[int] = []
        self.group_id = 0
        # numbered answers after a list of questions ("OUR RESPONSE: 1. … 2. …")
        self.split: dict[str, list[str]] | None = None
        self.split_cur: _Q | None = None

    # -- helpers
    def last_q(self) -> _Q | None:
        return self.items[-1] if self.items else None

    def close_answer(self) -> None:
        if self.answer is None:
            return
        if self.split is not None:
            by_label = {q.label: q for q in self.answer_targets if q.label}
            for key, parts in self.split.items():
                text = normalise(" ".join(parts))
                if text and key in by_label:
                    by_label[key].answer.append(text)
            for q in self.answer_targets:
                q.answered = True
            self.split = None
            self.split_cur = None
            self.answer = None
            self.answer_tables = []
            self.answer_targets = []
            return
        text = normalise(" ".join(self.answer))
        targets = self.answer_targets
        if targets:
            for q in targets:
                if text:
                    q.answer.append(text)
                q.tables.extend(self.answer_tables)
                q.answered = True
        else:
            if text:
                self.orphans.append(text)
            self.orphan_tables.extend(self.answer_tables)
        self.answer = None
        self.answer_tables = []
        self.answer_targets = []

    def start_answer(self, first: str) -> None:
        self.close_answer()
        targets = list(self.group)
        if not targets and self.items and not self.cur:
            # a second answer paragraph block for the last answered group
            last_group = self.items[-1].group
            targets = [q for q in self.items if q.group == last_group]
        self.answer_targets = targets
        self.answer = [first] if first else []
        self.group = []
        self.cur = None
        self.lead_in = None
        self.expect_question = False

    def new_question(self, label: _Label | None, text: str, style: str | None) -> _Q:
        if self.answer is not None:
            self.close_answer()
        if not self.group:
            self.group_id += 1
        if label is not None and label.kind == "let":
            key = f"{self.num}{label.letter}" if self.num is not None else label.letter
            num = self.num
        elif label is not None:
            key = label.key
            num = label.num
        else:
            key, num = None, None
        q = _Q(
            label=key,
            heading=self.heading,
            style=style,
            num=num,
            letter=label.letter if label is not None else None,
            group=self.group_id,
        )
        if self.lead_in:
            q.parts.append(self.lead_in)
        if text:
            q.parts.append(text)
        self.items.append(q)
        self.group.append(q)
        self.cur = q
        self.started = True
        self.expect_question = False
        return q

    def to_heading(self, q: _Q) -> None:
        """A numbered question followed by lettered ones was their heading."""
        self.items.remove(q)
        if q in self.group:
            self.group.remove(q)
        own = q.parts[1:] if self.lead_in and q.parts and q.parts[0] == self.lead_in else q.parts
        self.heading = f"{q.label}. {own[0]}" if own else f"{q.label}."
        self.heading_kind = "num"
        self.lead_in = normalise(" ".join(own[1:])) or None
        self.cur = None

    def set_lead_in(self, text: str) -> None:
        words = lambda s: re.findall(r"\w+", (s or "").lower())[:3]  # noqa: E731
        parallel = self.heading_kind == "block" and words(text) == words(self.heading)
        if parallel or (self.heading_kind != "num" and (self.answer is not None or not self.group)):
            self.heading = text
            self.heading_kind = "block"
            self.lead_in = None
        else:
            self.lead_in = text
        if self.answer is not None:
            self.close_answer()
        self.cur = None

    def next_unit(self, i: int) -> _Unit | None:
        return self.units[i + 1] if i + 1 < len(self.units) else None

    def answer_marker_ahead(self, i: int) -> bool:
        for u in self.units[i + 1 : i + 60]:
            if (
                u.table is None
                and _RE_ANSWER.match(u.text)
                and (":" in u.text[:40] or len(u.text) < 30)
            ):
                return True
            if u.table is None and _label_of(u.text):
                return False
        return False

    def try_split(self, lab: _Label) -> bool:
        """Inside an answer to several labelled questions, a label naming one of
        them starts that question's own answer."""
        if self.answer is None:
            return False
        by_label = {q.label: q for q in self.answer_targets if q.label}
        if len(by_label) < 2 or lab.key not in by_label:
            return False
        if self.split is None:
            if normalise(" ".join(self.answer)):
                return False
            self.split = {}
        self.split_cur = by_label[lab.key]
        self.answer = self.split.setdefault(lab.key, [])
        if lab.rest:
            self.answer.append(lab.rest)
        return True

    def label_ok(self, lab: _Label) -> bool:
        in_answer = self.answer is not None or (not self.has_markers and self.cur is None)
        if not in_answer:
            return True
        if lab.kind == "qword":
            return True
        prev = self.last_q()
        if _successor(prev, lab):
            return True
        # the same questions listed again, now with their answers
        return any(q.label == lab.key and not q.answer for q in self.items)

    # -- main loop
    def run(self) -> None:
        units = self.units
        i = -1
        while i + 1 < len(units):
            i += 1
            u = units[i]
            if u.table is not None:
                self.on_table(u)
                continue
            t = u.text
            if _is_signoff(t) and (self.items or self.orphans or self.answer):
                self.close_answer()
                break
            if _is_signoff(t) and not self.items:
                continue
            if _RE_SECTION.match(t):
                self.close_answer()
                self.started = True
                continue
            m = _RE_ANSWER.match(t)
            if m and (":" in t[:40] or len(t) < 30) and (self.items or self.started or self.cur):
                self.start_answer(m.group(1).strip())
                continue
            lab = _label_of(t)
            if lab is not None and self.try_split(lab):
                continue
            if lab is not None and self.label_ok(lab):
                self.on_label(lab, u)
                continue
            m = _RE_REQUEST.match(t)
            if (
                m
                and (":" in t[:40] or len(t) < 30)
                and not (self.answer is not None and not m.group(1))
            ):
                self.close_answer()
                rest = m.group(1).strip()
                self.started = True
                if rest:
                    self.new_question(None, rest, u.style)
                else:
                    self.cur = None
                    self.expect_question = True
                continue
            self.on_text(u, i)
        self.close_answer()

    def on_label(self, lab: _Label, u: _Unit) -> None:
        cur = self.cur
        if (
            cur is not None
            and cur.label is None
            and not cur.answered
            and self.answer is None
            and self.group == [cur]
            and lab.kind != "let"
            and not _question_like(" ".join(cur.parts))
        ):
            # "I would like to request … the following information": an introduction
            self.items.remove(cur)
            self.group = []
            self.cur = None
        prev = self.last_q()
        if lab.kind == "let":
            if (
                prev is not None
                and prev is self.cur
                and prev.letter is None
                and prev.num is not None
                and not prev.answered
                and self.answer is None
                and lab.letter == "a"
            ):
                self.to_heading(prev)
        elif lab.kind in ("num", "qword", "qshort", "numlet"):
            if lab.num != self.num or lab.kind != "numlet":
                if self.heading_kind == "num":
                    self.heading = None
                    self.heading_kind = None
                if lab.kind == "num":
                    self.lead_in = None
            self.num = lab.num
        q = self.new_question(lab, lab.rest, u.style)
        if not self.has_markers:
            self.split_inline_answer(q, u)

    def split_inline_answer(self, q: _Q, u: _Unit) -> None:
        """Without answer markers, a labelled paragraph may carry its answer after
        the question: the first sentence (after the first) that reads like an
        answer ("The Trust does not …", "Please see …", "– this has been …") or
        follows a double space, and is not a continuation of the request."""
        if u.style in ("bold", "italic"):
            return
        raw = "\n".join(u.lines)
        lab = _label_of(normalise(raw))
        if lab is None:
            return
        rest = re.sub(r"[ \t]*\n[ \t]*", " ", raw)
        start = rest.find(lab.rest[:20]) if lab.rest else -1
        if start < 0:
            return
        rest = rest[start:]
        for m in re.finditer(r"(?<=[.?!])(\s+)(?=[\-–]\s|[A-Z“\"‘'(])", rest):
            before, after = rest[: m.start()], rest[m.end() :]
            if len(before) < 15:
                continue
            double = len(m.group(1)) >= 2 and "\n" not in m.group(1)
            if _request_like(after) or not (_answer_like(after) or double):
                continue
            q.parts = [*q.parts[:-1], normalise(before)]
            self.start_answer(normalise(after.lstrip("-– ")))
            return

    def on_table(self, u: _Unit) -> None:
        if self.split_cur is not None:
            self.split_cur.tables.append(u.table_index)
        elif self.answer is not None:
            self.answer_tables.append(u.table_index)
        elif not self.has_markers and self.cur is not None:
            self.start_answer("")
            self.answer_tables.append(u.table_index)
        elif self.cur is None and self.items and self.items[-1].answered:
            self.items[-1].tables.append(u.table_index)

    def on_text(self, u: _Unit, i: int) -> None:
        t = u.text
        nxt = self.next_unit(i)
        nxt_text = nxt.text if nxt is not None and nxt.table is None else ""
        introduces = bool(_RE_LEADIN_END.search(t)) and (
            _question_like(nxt_text) or (_label_of(nxt_text) is not None and not _label_of(t))
        )
        if self.answer is not None:
            if not self.has_markers and _request_like(t) and not self.split:
                # the request's own text printed after the answers belongs to no item
                self.close_answer()
                return
            if (
                self.has_markers
                and introduces
                and (
                    (_question_like(nxt_text) and self.answer_marker_ahead(i))
                    or (_label_of(nxt_text) is not None and self.label_ok(_label_of(nxt_text)))
                )
            ):
                self.set_lead_in(t)
                return
            if self.has_markers and _question_like(t) and self.answer_marker_ahead(i):
                self.close_answer()
                self.new_question(None, t, u.style)
                return
            self.answer.append(t)
            return
        if self.cur is not None:
            q = self.cur
            if not self.has_markers and q.label is not None:
                # no markers: what follows a labelled question is its answer,
                # unless it continues the question in the same emphasis
                same_style = q.style in ("bold", "italic") and u.style == q.style
                continues = (
                    _request_like(t)
                    or (_unfinished(" ".join(q.parts)) and not _answer_like(t))
                    or (same_style and not _answer_like(t))
                )
                if not continues:
                    self.start_answer(t)
                    return
            if q.label is None and introduces and self.has_markers:
                self.set_lead_in(t)
                return
            if q.label is None and _question_like(t) and _question_like(" ".join(q.parts)):
                self.new_question(None, t, u.style)
                return
            q.parts.append(t)
            return
        # between questions: after a heading, a lead-in, or before anything
        if self.expect_question:
            self.new_question(None, t, u.style)
            return
        if introduces and (self.started or self.heading):
            self.set_lead_in(t)
            return
        if (
            (self.started or self.lead_in or self.heading)
            and self.has_markers
            and _question_like(t)
            and self.answer_marker_ahead(i)
        ):
            self.new_question(None, t, u.style)
            return
        if self.heading_kind == "num" or self.lead_in:
            self.lead_in = normalise(f"{self.lead_in or ''} {t}")
            return
        # otherwise: preamble, ignored


# ---------------------------------------------------------------- tables


_Q_HEADER = re.compile(
    r"^(?:questions?|requests?|information\s+requested|quer(?:y|ies)|you\s+asked|your\s+request|"
    r"foi\s+request|request\s+details|what\s+you\s+asked(?:\s+for)?)\b",
    _I,
)
_A_HEADER = re.compile(
    r"^(?:(?:trust|our)\s+responses?|responses?|answers?|repl(?:y|ies)|information|"
    r"response\s+from\s+the\s+trust|our\s+answers?|trust\s+answers?)\b",
    _I,
)
_N_HEADER = re.compile(r"^(?:no\.?|number|#|ref\.?|item|q\.?|question\s+(?:no\.?|number))$", _I)


def _qa_columns(table: Table) -> tuple[int | None, int, int] | None:
    if not table.rows or table.n_cols < 2:
        return None
    header = [normalise(c) for c in table.rows[0]]
    q_col = a_col = n_col = None
    for j, cell in enumerate(header):
        if q_col is None and _Q_HEADER.match(cell) and not _A_HEADER.match(cell):
            q_col = j
        elif q_col is not None and a_col is None and _A_HEADER.match(cell):
            a_col = j
        elif q_col is None and n_col is None and _N_HEADER.match(cell):
            n_col = j
    if q_col is None or a_col is None:
        return None
    return n_col, q_col, a_col


def _items_from_tables(units: list[_Unit]) -> tuple[list[_Q], set[int]] | None:
    qs: list[_Q] = []
    used: set[int] = set()
    cols = None
    last_width = None
    for u in units:
        if u.table is None:
            continue
        found = _qa_columns(u.table)
        rows = u.table.rows
        if found is not None:
            cols = found
            last_width = u.table.n_cols
            rows = rows[1:]
        elif cols is None or u.table.n_cols != last_width:
            continue
        used.add(u.table_index)
        n_col, q_col, a_col = cols
        for row in rows:
            q_text = normalise(row[q_col] if q_col < len(row) else "")
            a_text = normalise(row[a_col] if a_col < len(row) else "")
            n_text = normalise(row[n_col]) if n_col is not None and n_col < len(row) else ""
            if not q_text and not a_text:
                continue
            lab = _label_of(q_text) if q_text else None
            label = None
            if n_text:
                label = re.sub(r"^(?:question|q)\s*", "", n_text, flags=_I).rstrip(".):") or None
            elif lab is not None:
                label = lab.key
                q_text = lab.rest
            if qs and label is None and (not q_text or not a_text):
                # a row split across a page break continues the previous one
                if q_text:
                    qs[-1].parts.append(q_text)
                if a_text:
                    qs[-1].answer.append(a_text)
                continue
            q = _Q(label=label, heading=None)
            if q_text:
                q.parts.append(q_text)
            if a_text:
                q.answer.append(a_text)
            q.answered = True
            qs.append(q)
    if not qs:
        return None
    return qs, used


# ---------------------------------------------------------------- classification


def find_exemptions(text: str) -> list[tuple[str, str]]:
    """(law, section) pairs that `text` cites as exemptions, in order."""
    found: list[tuple[str, str]] = []
    if not text:
        return found
    for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z(])", text):
        if not _EXEMPT_CONTEXT.search(sentence):
            continue
        foia_named = re.search(r"freedom\s+of\s+information|\bFOIA?\b|\bthe\s+act\b", sentence, _I)
        other_act = _OTHER_ACTS.search(sentence)
        for m in _RE_SECTION_REF.finditer(sentence):
            window = sentence[m.end() : m.end() + 60]
            if _OTHER_ACTS.search(window) and not re.search(r"freedom\s+of", window, _I):
                continue
            if other_act and not foia_named:
                continue
            refs = [(m.group(1), m.group(2) or "")]
            for extra in re.finditer(
                r"(\d{1,2}A?)\s*((?:\(\s*\d\s*\))?(?:\s*\(\s*[a-z]\s*\))?)", m.group(3) or ""
            ):
                refs.append((extra.group(1), extra.group(2) or ""))
            for num, sub in refs:
                num = num.upper()
                if num not in _FOIA_SECTIONS:
                    continue
                sub = re.sub(r"\s+", "", sub).lower()
                section = num + sub  # as printed: "40(2)", "31(1)(a)"
                if ("FOIA", section) not in found:
                    found.append(("FOIA", section))
        for m in _RE_REGULATION.finditer(sentence):
            num = m.group(1)
            sub = re.sub(r"\s+", "", m.group(2) or "").lower()
            if num == "13":
                section = "13"
            elif sub.startswith("(4)"):
                letter = re.search(r"\(([a-e])\)", sub[3:])
                if not letter:
                    continue
                section = f"12(4)({letter.group(1)})"
            elif sub.startswith("(5)"):
                section = "12(5)"
            else:
                continue
            if ("EIR", section) not in found:
                found.append(("EIR", section))
    return found


def exemption_label(law: str, section: str) -> str | None:
    """The exemption's name: by the section as printed, else by its number."""
    label = EXEMPTION_LABELS.get((law, section))
    if label is None and law == "FOIA":
        label = EXEMPTION_LABELS.get((law, re.match(r"\d+A?", section).group(0)))
    if label is None and law == "EIR" and section.startswith("12(5)"):
        label = EXEMPTION_LABELS.get((law, "12(5)"))
    return label


def classify_answer(answer: str | None, has_table: bool = False, exempt: bool = False) -> str:
    """yes | no | not_applicable | not_held | exempt | number | text | table."""
    text = normalise(answer)
    if exempt:
        return "exempt"
    if has_table and len(text) < 200:
        return "table"
    if not text:
        return "table" if has_table else "text"
    if _RE_NA.match(text):
        return "not_applicable"
    if _RE_NOT_HELD.search(text[:400]):
        return "not_held"
    if _RE_YES.match(text):
        return "yes"
    if _RE_NO.match(text):
        return "no"
    if _RE_NUMBER.match(text):
        return "number"
    if has_table:
        return "table"
    return "text"


def _outcome(
    kinds: list[str], orphan_text: str, exemptions: list[FoiExemption], whole: bool = False
) -> str:
    if whole:
        return "refused"
    if not kinds:
        if not orphan_text:
            return "unknown"
        if exemptions and re.search(
            r"refus|exceed|not\s+(?:be\s+)?(?:able|provid)", orphan_text, _I
        ):
            return "refused"
        if _RE_NOT_HELD.search(orphan_text):
            return "not_held"
        return "disclosed"
    refused = sum(1 for k in kinds if k == "exempt")
    not_held = sum(1 for k in kinds if k == "not_held")
    given = len(kinds) - refused - not_held
    if refused == len(kinds):
        return "refused"
    if not_held == len(kinds):
        return "not_held"
    if given == 0:
        return "refused" if refused >= not_held else "not_held"
    # information not held for some questions is not a refusal: the rest was disclosed
    if refused:
        return "partially_disclosed"
    return "disclosed"


# ---------------------------------------------------------------- entry point


def parse_foi(doc: Extracted) -> FoiResponse:
    """Parse an extracted FOI response letter (warnings are dropped; see
    `parse_foi_with_warnings`)."""
    return parse_foi_with_warnings(doc)[0]


def parse_foi_with_warnings(doc: Extracted) -> tuple[FoiResponse, list[str]]:
    warnings: list[str] = []
    units = _units(doc)
    meta = _metadata(units, warnings)
    resp = FoiResponse(
        reference=meta["reference"],
        title=meta["title"],
        received_date=meta["received"],
        responded_date=meta["responded"],
    )
    resp.working_days = working_days(resp.received_date, resp.responded_date)
    resp.within_deadline = within_deadline(resp.working_days)

    orphan_text = ""
    from_tables = _items_from_tables(units)
    if from_tables is not None:
        qs, _ = from_tables
    else:
        has_markers = any(
            u.table is None
            and _RE_ANSWER.match(u.text)
            and (":" in u.text[:40] or len(u.text) < 30)
            for u in units
        )
        seg = _Segmenter(units, has_markers)
        seg.run()
        qs = seg.items
        orphan_text = normalise(" ".join(seg.orphans))
        if not qs and seg.orphan_tables:
            warnings.append("answer tables found but no questions")
    # the same question listed twice (request, then request with answer): keep the answered one
    deduped: list[_Q] = []
    for q in qs:
        if q.label is not None:
            same = [d for d in deduped if d.label == q.label]
            if same:
                old = same[0]
                if q.answer or q.tables or not (old.answer or old.tables):
                    deduped[deduped.index(old)] = q
                continue
        deduped.append(q)
    qs = [q for q in deduped if q.parts or q.answer]

    names = find_names(doc.text[:5000])
    table_count = len(doc.tables)
    kinds_by_label: dict[str, str] = {}
    whole: list[tuple[str, str]] = []
    for seq, q in enumerate(qs, start=1):
        question = normalise(" ".join(q.parts))
        answer = normalise(" ".join(q.answer)) or None
        tables = [t for t in q.tables if t is not None and 0 <= t < table_count]
        ex = find_exemptions(answer or "")
        for law, section in ex:
            if _whole_request(law, section, answer or ""):
                if (law, section) not in whole:
                    whole.append((law, section))
                continue
            resp.exemptions.append(
                FoiExemption(law, section, exemption_label(law, section), item_seq=seq)
            )
        kind = classify_answer(answer, bool(tables), exempt=bool(ex))
        see = _RE_SEE_OTHER.search(answer or "") if kind == "text" else None
        if see and len(answer or "") < 120:
            kind = kinds_by_label.get(see.group(1).lower(), kind)
        if q.label:
            kinds_by_label[q.label.lower().lstrip("q")] = kind
        if kind == "table" and not answer and tables:
            answer = _render_table(doc.tables[tables[0]])
        resp.items.append(
            FoiItem(
                seq=seq,
                label=q.label,
                question=mask_personal(question, names) or "",
                answer=mask_personal(answer, names),
                answer_kind=kind,
                heading=q.heading,
                table_index=tables[0] if tables else None,
            )
        )
    for law, section in whole:
        resp.exemptions.insert(0, FoiExemption(law, section, exemption_label(law, section)))
    if resp.items and not resp.exemptions:
        # an exemption cited outside the answers (a refusal paragraph after a table)
        for law, section in _loose_exemptions(units, resp.items):
            resp.exemptions.append(FoiExemption(law, section, exemption_label(law, section)))
    # "Section 40" (a heading) beside "section 40(2)": the subsection says it
    resp.exemptions = [
        e
        for e in resp.exemptions
        if "(" in e.section
        or not any(
            o.law == e.law and o.section.startswith(e.section + "(") for o in resp.exemptions
        )
    ]
    if not resp.items:
        for law, section in find_exemptions(orphan_text):
            resp.exemptions.append(FoiExemption(law, section, exemption_label(law, section)))
        if not orphan_text:
            warnings.append("no questions or answers found")
    resp.outcome = _outcome(
        [it.answer_kind for it in resp.items], orphan_text, resp.exemptions, bool(whole)
    )
    if resp.items:
        resp.request_text = "\n\n".join(it.question for it in resp.items if it.question) or None
        answers: list[str] = []
        for it in resp.items:
            if it.answer and (not answers or answers[-1] != it.answer):
                answers.append(it.answer)
        resp.response_text = "\n\n".join(answers) or None
    else:
        resp.response_text = mask_personal(orphan_text, names) or None
    if resp.reference is None:
        warnings.append("no reference found")
    if resp.received_date is None:
        warnings.append("no date of receipt found")
    if resp.responded_date is None:
        warnings.append("no date of response found")
    return resp, warnings


def _loose_exemptions(units: list[_Unit], items: list[FoiItem]) -> list[tuple[str, str]]:
    """Exemptions cited in the letter's own text but in no answer: not in a
    question, not the requester's wording, not the sign-off."""
    questions = " ".join(normalise(it.question) for it in items)
    found: list[tuple[str, str]] = []
    for u in units:
        t = u.text
        if u.table is not None or not t or _is_signoff(t) or _request_like(t):
            continue
        lab = _label_of(t)
        body = lab.rest if lab is not None else t
        if body[:60] in questions:
            continue
        for pair in find_exemptions(body):
            if pair not in found:
                found.append(pair)
    return found


_RE_SEE_OTHER = re.compile(
    r"\bsee\s+(?:our\s+|the\s+)?(?:response|answer|reply)\s+(?:to|for|at)\s+(?:question|q)\s*(\d{1,2}[a-z]?)\b",
    _I,
)
_RE_WHOLE = re.compile(
    r"\b(?:your|this|the)\s+(?:whole\s+|entire\s+)?request\b.*\b(?:exceed|refus|vexatious|repeated)|"
    r"\b(?:refus\w*|exceed\w*)\b.*\b(?:your|this|the)\s+(?:whole\s+|entire\s+)?request\b",
    _I,
)


def _whole_request(law: str, section: str, answer: str) -> bool:
    """A cost-limit or vexatious refusal speaks of the whole request."""
    base = re.match(r"\d+", section).group(0)
    return law == "FOIA" and base in ("12", "14") and bool(_RE_WHOLE.search(answer))


def _render_table(table: Table) -> str:
    return "\n".join(" | ".join(c for c in row) for row in table.rows)
