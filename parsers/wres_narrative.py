"""WRES figures stated in sentences rather than tables.

Most trusts publish their WRES as a web page or a report whose figures sit in prose:
"White applicants were 1.79 times more likely to be appointed from shortlisting than
BME applicants", "(24.3% BAME, 21.8% White)", "BAME colleagues made up 25.6%
(1409/5511) of our workforce", "-8.9% difference in representation". This module reads
such sentences into `WresMetric`s (source_table "narrative"). `parse_wres` calls it
after the tables and keeps only figures whose key the tables did not give.

The rule throughout is: never misattribute; when unsure, skip. Concretely:

- Indicator: the sentence's vocabulary (shortlisting -> 2, disciplinary -> 3,
  non-mandatory training/CPD -> 4, harassment from patients/the public -> 5, from
  staff/colleagues -> 6, equal opportunities/career progression -> 7, discrimination ->
  8, board -> 9, workforce/bands -> 1); without vocabulary, the section heading
  ("Indicator 2", "Metric 2:", "WRES indicator 5", "(WRES 1)"), then the previous
  sentence of the same paragraph. Two indicators' vocabulary in one sentence -> skipped
  unless the section heading picks one of them. Figures about managers alone (staff
  survey question 14b) or "(not managers)" (14c) are not WRES indicators.
- Ethnic group: the group printed right after the figure ("24.3% BAME", "12.7% of BAME
  staff", "(21.8%, 488/2237 White colleagues)") or right before it ("White 84.2%",
  "BAME = 1.75%", "white (6%)"); a sentence whose figures could be read either way is
  skipped. Relative likelihoods need their numerator group (or, with no group at all,
  the WRES definition: White for 2 and 4, BME for 3) and a comparator that is the other
  of White/BME: "1.15 times more likely than Asian colleagues" is not indicator 4.
- Period: a time expression bound to the figure ("1.36 times in 2021", "from 2020/21
  representation of 24.7%"), else one that opens the sentence ("In 2021/22, ...", "The
  2021 NHS Staff Survey showed ..."), else a dated heading ("Ethnicity Workforce
  Profile - March 2025"), else the report's data year (an "Action Plan 2022-2023" reports
  the 2021/22 data). A bare year is a WRES data year for 1-4 and 9 ("in 2021" ->
  2020/21) but ambiguous for the staff survey indicators 5-8 unless "staff survey" is
  named: those figures are skipped.
- Not the trust's figure: national, regional, benchmark and peer comparators ("the
  national BAME representation ... is 22.4%", "Trusts of a similar type in the
  benchmark group (31.8% ...)"), targets ("our target of 22%", "will be 24% by 2022"),
  changes ("grew by 5%", "an increase since last year (0.5%)"), bank staff, staff
  networks, and whole documents that summarise the national WRES (NHS Employers' or
  NHS England's reports about "NHS trusts").
- Indicator 1 shares must be shares *of* a staff group or band. "11.1% of the overall
  workforce is made up of non-medical BAME staff" and "1.75% BAME staff were in
  non-clinical Band 7 and above roles" are shares of the whole workforce: skipped, and so
  is a set of group shares for one staff group and band that does not add up (BME +
  White (+ unknown) far from 100).
- A relative likelihood printed as a percentage ("17.16%") is skipped, never read as a
  rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.records import WresMetric
from parsers.wres_cells import BME_PATTERN, clean, financial_year_in, fy
from parsers.wres_validate import check_percentage

SOURCE = "narrative"
_UNITS = {"percentage": "%", "rate": "%", "relative_likelihood": "ratio", "difference": "pp"}
_RL_DEFAULT = {2: "White", 3: "BME", 4: "White"}
_SURVEY = (5, 6, 7, 8)

# ---------------------------------------------------------------------------
# vocabulary

_HARASS = re.compile(r"harass|bully|abuse", re.I)
_VOCAB: list[tuple[int, re.Pattern[str]]] = [
    (2, re.compile(r"short[\s-]?list|\bappointed\b|\bappointments?\b|recruit", re.I)),
    (3, re.compile(r"disciplinary|formal\s+(?:\w+\s+)?process|formal investigation", re.I)),
    (4, re.compile(r"non[\s-]?mandatory|\bcpd\b|\btraining\b", re.I)),
    (7, re.compile(r"equal opportunit|career progression|\bpromotion", re.I)),
    (8, re.compile(r"discriminat", re.I)),
    (9, re.compile(r"\bboard\b", re.I)),
    (
        1,
        re.compile(
            r"workforce|pay\s*band|\bbands?\s*\d|\bvsm\b|very senior|\bemployed\b|represent"
            r"|consultant|\bmedical\b|\bclinical\b|make[\s-]?up|composite|headcount|\bafc\b"
            r"|agenda for change",
            re.I,
        ),
    ),
]
_FROM_PUBLIC = re.compile(
    r"patients?|relatives|\bpublic\b|service users?|members of the public", re.I
)
_FROM_STAFF = re.compile(
    r"from\s+(?:other\s+|their\s+|fellow\s+)?(?:staff|colleagues|managers?|co-?workers)"
    r"|from\s+(?:a\s+|their\s+)?(?:line\s+)?manager",
    re.I,
)
_NOT_WRES = re.compile(
    r"from\s+(?:their\s+)?(?:line\s+)?managers?\b(?!\s*(?:/|,|or|and)\s*(?:team|colleague))"
    r"(?![^.]*colleague)|not\s+managers|\b14\s*[bc]\b|\bq\s*14|engagement score",
    re.I,
)

_SKIP_SENTENCE = re.compile(
    r"\bbank\b|\bnetwork\b|\ballies\b|\bagency\b|\bapplications? received\b", re.I
)
_NATIONAL = re.compile(
    r"\bnational(?:ly)?\b(?!\s+(?:nhs\s+)?staff\s+survey)|\bengland\b|\baverage\b|benchmark"
    r"|comparator|similar\s+(?:type|trusts|organisations)|other\s+(?:nhs\s+)?trusts"
    r"|\btrusts\b|\bpeers?\b|\bregion(?:al|ally)?\b|\bsector\b|\bpopulation\b|\bcensus\b"
    r"|\bics\b|\bicb\b|integrated care (?:system|board)|across the nhs|nhs[\s-]wide"
    r"|\bmidlands\b|\bnorth west\b|\blondon\b|percentile|quartile",
    re.I,
)
_TRUST = re.compile(
    r"\b(?:the|our|this)\s+(?:trust|organisation)\b(?!s)|\bour\b|\bwe\b|\bat the trust\b", re.I
)
_TARGET = re.compile(
    r"\btarget|\baim\b|\baims\b|ambition|\bgoal\b|trajectory|model employer|\bwill\b"
    r"|\bshould\b|aspir",
    re.I,
)
_CHANGE = re.compile(
    r"increas|decreas|\brise\b|\brose\b|\bfell\b|\bfall\b|\bdrop|reduc|improve|deteriorat"
    r"|\bchange|\bgr[eo]w|worsen|narrow|widen",
    re.I,
)
_RL_WORDS = re.compile(r"likel|\btimes\b|\bratio\b|relative", re.I)

# ---------------------------------------------------------------------------
# ethnic groups (with positions)

_GROUP_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("BME", re.compile(BME_PATTERN, re.I)),
    ("White", re.compile(r"\bwhite\b", re.I)),
    ("Asian", re.compile(r"\basian\b", re.I)),
    ("Black", re.compile(r"\bblack\b", re.I)),
    ("Mixed", re.compile(r"\bmixed\b", re.I)),
    ("Other", re.compile(r"\bOther\b(?=\s*(?:\(|=|:|\d|ethnic|colleagues|staff|groups?\b))")),
    (
        "Unknown",
        re.compile(
            r"\bunknown\b|\bnot\s+(?:stated|known|declared|disclosed|recorded)\b|\bundeclared\b"
            r"|\bundisclosed\b|\bnull\b|prefer not to say",
            re.I,
        ),
    ),
]


def _group_marks(text: str) -> list[tuple[int, int, str]]:
    marks: list[tuple[int, int, str]] = []
    taken = [False] * len(text)
    for name, rx in _GROUP_PATTERNS:
        for m in rx.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            if name == "Other" and re.search(
                r"(?:any|every|the|than)\s+$", text[: m.start()], re.I
            ):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            marks.append((m.start(), m.end(), name))
    return sorted(marks)


# ---------------------------------------------------------------------------
# figures

_NUMBER = r"[+\-]?\d+(?:\.\d+)?"
_COUNT = r"(?:\s*,?\s*\(?\s*(?P<n>\d[\d,]*|R)\s*(?:/|out of)\s*(?P<d>\d[\d,]*)\s*\)?)"
_NCOUNT = r"(?:\s*\(\s*n\s*[.=:]?\s*(?P<nn>\d[\d,]*)\s*\))"
_RE_PCT = re.compile(
    rf"(?<![\w.])(?P<v>{_NUMBER})\s*(?:%|per\s*cent\b|percent\b)(?:{_COUNT}|{_NCOUNT})?", re.I
)
_RE_TIMES = re.compile(rf"(?<![\w.])(?P<v>{_NUMBER})\s*(?:times\b|x\b)", re.I)
_RE_BARE = re.compile(
    r"(?<![\w./,£$-])(?P<v>[+\-]?\d{1,2}\.\d{1,3})(?![\w%/]|\.\d|\s*(?:%|per\s*cent))"
)


@dataclass
class _Fig:
    start: int
    end: int
    value: float
    decimals: int
    kind: str  # pct | times | bare
    numerator: float | None = None
    denominator: float | None = None


def _num(text: str) -> float:
    return float(text.replace(",", "").replace("+", ""))


def _decimals(text: str) -> int:
    return len(text.split(".", 1)[1]) if "." in text else 0


def _figures(text: str) -> list[_Fig]:
    figs: list[_Fig] = []
    used = [False] * (len(text) + 1)

    def add(f: _Fig) -> None:
        if any(used[f.start : f.end]):
            return
        for i in range(f.start, f.end):
            used[i] = True
        figs.append(f)

    for m in _RE_PCT.finditer(text):
        v = m.group("v")
        f = _Fig(m.start(), m.end(), _num(v), _decimals(v), "pct")
        if m.group("d"):
            f.denominator = _num(m.group("d"))
            f.numerator = None if m.group("n") == "R" else _num(m.group("n"))
        elif m.group("nn"):
            f.numerator = _num(m.group("nn"))
        add(f)
    for m in _RE_TIMES.finditer(text):
        v = m.group("v")
        add(_Fig(m.start(), m.end(), _num(v), _decimals(v), "times"))
    for m in _RE_BARE.finditer(text):
        v = m.group("v")
        add(_Fig(m.start(), m.end(), _num(v), _decimals(v), "bare"))
    return sorted(figs, key=lambda f: f.start)


# ---------------------------------------------------------------------------
# time expressions

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_MONTH_NO = {
    m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())
}
_RE_TIME = re.compile(
    r"(?P<win>(?P<w1>20\d\d)\s*[/-]\s*(?:20)?\d\d\s*(?:to|-|and|&)\s*(?P<w2>20\d\d)\s*[/-]\s*(?P<w2b>(?:20)?\d\d))"
    r"|(?P<fy>(?P<fa>20\d\d)\s*[/-]\s*(?P<fb>20\d\d|\d\d))(?![\d/])"
    r"|(?P<dmy>\b\d{1,2}/(?P<dm>\d{1,2})/(?P<dy>20\d\d))"
    rf"|(?P<mon>(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+)?\b(?P<mn>{_MONTH})\s*(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s*)?(?P<my>20\d\d))"
    r"|(?P<sv>(?P<sy>20\d\d)\s+(?:nhs\s+|national\s+)*staff\s+survey|staff\s+survey\s+(?:results\s+)?(?:of\s+|in\s+|for\s+)?(?P<sy2>20\d\d))"
    r"|(?P<bare>(?<![\d/.])(?P<by>20\d\d)(?![\d/]|\.\d))"
    r"|(?P<rel>\blast\s+year\b|\bprevious\s+year\b|\bthe\s+year\s+before\b)",
    re.I,
)


@dataclass
class _Time:
    start: int
    end: int
    text: str
    kind: str  # fy | month | survey | bare | rel
    year: int  # fy start year for fy/month/window; calendar year for bare/survey


def _times(text: str) -> list[_Time]:
    out = []
    for m in _RE_TIME.finditer(text):
        if m.group("win"):
            a, b = int(m.group("w2")), m.group("w2b")
            end = int(b) if len(b) == 4 else 2000 + int(b)
            if end != a + 1:
                continue
            out.append(_Time(m.start(), m.end(), m.group(0), "fy", a))
        elif m.group("fy"):
            a, b = int(m.group("fa")), m.group("fb")
            end = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
            if end != a + 1:
                continue
            out.append(_Time(m.start(), m.end(), m.group(0), "fy", a))
        elif m.group("dmy"):
            month, year = int(m.group("dm")), int(m.group("dy"))
            if not 1 <= month <= 12:
                continue
            out.append(
                _Time(m.start(), m.end(), m.group(0), "month", year - 1 if month <= 3 else year)
            )
        elif m.group("mon"):
            month = _MONTH_NO[m.group("mn").lower()[:3]]
            year = int(m.group("my"))
            out.append(
                _Time(m.start(), m.end(), m.group(0), "month", year - 1 if month <= 3 else year)
            )
        elif m.group("sv"):
            year = int(m.group("sy") or m.group("sy2"))
            out.append(_Time(m.start(), m.end(), m.group(0), "survey", year))
        elif m.group("bare"):
            out.append(_Time(m.start(), m.end(), m.group(0), "bare", int(m.group("by"))))
        else:
            out.append(_Time(m.start(), m.end(), m.group(0), "rel", 0))
    return out


def _period_of(t: _Time, indicator: int) -> str | None:
    if t.kind in ("fy", "month", "survey"):
        return fy(t.year)
    if t.kind == "bare":
        if indicator in _SURVEY:
            return None  # survey year or WRES year? ambiguous
        return fy(t.year - 1)  # a WRES data year: "in 2021" = the year to March 2021
    return None


# ---------------------------------------------------------------------------
# staff groups and bands (indicators 1 and 9)

_RE_BAND = re.compile(
    r"\b(?:afc\s+|pay\s+)?bands?\s*(?P<a>\d[a-d]?)\s*(?:(?:to|-|–)\s*(?:band\s*)?(?P<b>\d[a-d]?|vsm)"
    r"(?P<andvsm>\s*(?:and|&)\s*(?:vsm|very senior managers?)\b)?)?"
    r"(?P<plus>\s*(?:and|&)\s*(?:above|over)|\s*\+)?"
    r"|\b(?P<vsm>vsm|very senior managers?)\b",
    re.I,
)


def _band_marks(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _RE_BAND.finditer(text):
        if m.group("vsm"):
            out.append((m.start(), m.end(), "VSM"))
            continue
        a = m.group("a").lower()
        if m.group("b"):
            b = m.group("b").upper() if m.group("b").lower() == "vsm" else m.group("b").lower()
            if m.group("andvsm"):  # "band 8a - 9 and VSM": the range runs to VSM
                b = "VSM"
            out.append((m.start(), m.end(), f"Bands {a} to {b}"))
        elif m.group("plus"):
            out.append((m.start(), m.end(), f"Band {a} and above"))
        else:
            out.append((m.start(), m.end(), f"Band {a}"))
    return out


def _staff_group(text: str) -> str | None:
    low = text.lower()
    found = set()
    if re.search(r"non[\s-]*clinical", low):
        found.add("non_clinical")
    if re.search(r"(?<!non-)(?<!non )(?<!non)\bclinical\b", low) and not re.search(
        r"additional clinical", low
    ):
        found.add("clinical")
    if re.search(
        r"\bmedical\b|\bmedics\b|\bdoctors\b|\bconsultants?\b|\bdental\b", low
    ) and not re.search(r"non[\s-]*medical", low):
        found.add("medical")
    if len(found) == 1:
        return found.pop()
    if len(found) > 1:
        return "?"
    if re.search(r"\bafc\b|agenda for change|workforce|overall|substantive|whole", low):
        return "overall"
    return None


def _medical_band(text: str) -> str | None:
    low = text.lower()
    if re.search(r"non[\s-]*consultant|specialty|staff grade|career grade", low):
        return "Medical non-consultant"
    if re.search(r"consultant", low):
        return "Medical consultant"
    if re.search(r"trainee|training grade|junior doctor", low):
        return "Medical trainee"
    return None


def _board_group(text: str) -> str | None:
    low = text.lower()
    if re.search(r"non[\s-]*executive", low):
        return "?"
    if re.search(r"\bvoting\b", low) and not re.search(r"non[\s-]*voting", low):
        return "board_voting"
    if re.search(r"\bexecutive\b", low):
        return "board_executive"
    if re.search(r"\bboard\b", low):
        return "board"
    return None


# ---------------------------------------------------------------------------
# document structure: lines, headings, lead-ins

_RE_HEADING = re.compile(
    r"^(?:narrative|description|commentary|summary|analysis)?\s*(?:for|of)?\s*(?:wres\s+)?"
    r"(?:indicator|metric)s?\s*[-–:.]?\s*(?P<n>\d)\b(?!\s*(?:and|&|,|-|–|to)\s*\d)",
    re.I,
)
_RE_HEADING_WRES = re.compile(r"\(\s*WRES\s*(?:indicator\s*)?(?P<n>\d)\s*\)", re.I)
_BULLET = re.compile(r"^\s*(?:[·•▪●◦*\-–]|\d+\.(?=\s))\s*")
_MARKUP = re.compile(r"\[(?:image|bookmark):[^\]]*\]", re.I)


@dataclass
class _Line:
    text: str
    page: int
    block: int


def _lines(doc: Extracted) -> list[_Line | None]:
    """Text lines in reading order; None where a table interrupts the text."""
    blocks: list[tuple[str, int]] = []
    out: list[_Line | None] = []
    for item in doc.items:
        if isinstance(item, Table):
            blocks.append(("\0", item.page))
            continue
        if not isinstance(item, TextBlock):
            continue
        text = _MARKUP.sub("", item.text or "").replace("\u00a0", " ")
        if not text.strip():
            continue
        # a PDF line break in mid-sentence: "is White" / "84.2%, BAME 15.2% ..."
        if (
            blocks
            and blocks[-1][0] != "\0"
            and not re.search(r"[.:;!?…)\]]\s*$", blocks[-1][0])
            and len(blocks[-1][0]) > 40
            and re.match(r"\s*(?:[a-z]|\d+(?:\.\d+)?\s*(?:%|per cent))", text)
        ):
            blocks[-1] = (blocks[-1][0].rstrip() + " " + text.strip(), blocks[-1][1])
            continue
        blocks.append((text, item.page))
    for k, (text, page) in enumerate(blocks):
        if text == "\0":
            out.append(None)
            continue
        raw_lines = _unwrap(text) if doc.format == "pdf" else text.split("\n")
        for raw in raw_lines:
            line = _BULLET.sub("", raw).strip()
            line = re.sub(r"\s+", " ", line)
            if line:
                out.append(_Line(line, page, k))
    return out


def _unwrap(text: str) -> list[str]:
    """A PDF paragraph's lines rejoined: its line breaks are where the page ran out of
    width, often mid-sentence ("... followed by" / "band 9 at 30% (n.10)"); a line
    that starts with a bullet still starts a new item."""
    out: list[str] = []
    for raw in text.split("\n"):
        if (
            out
            and raw.strip()
            and not _BULLET.match(raw)
            and len(out[-1]) >= 40
            and not _tabular(out[-1])
            and not _tabular(raw)
        ):
            out[-1] = out[-1].rstrip() + " " + raw.strip()
        else:
            out.append(raw)
    return out


_CELL_FIGURE = re.compile(r"[(<]?[+\-]?\d[\d,]*(?:\.\d+)?%?[)]?|R|\*|-|–")


def _tabular(line: str) -> bool:
    """A row of an unruled table printed as text ("Band 5 120 45 3 168 26.8%"): at
    least half its words are figures."""
    words = line.split()
    figures = sum(1 for w in words if _CELL_FIGURE.fullmatch(w))
    return figures >= 2 and figures * 2 >= len(words)


def _sentences(line: str) -> list[str]:
    # "1. 25" (a decimal broken by a space) -> "1.25"
    line = re.sub(r"(?<![\d.])(\d)\.\s(\d{2})(?=\s+(?:in|times|for|to)\b)", r"\1.\2", line)
    parts: list[str] = []
    start = 0
    for m in re.finditer(r"[.!?]\s+(?=[A-Z0-9(“\"‘'£+\-])", line):
        word = re.search(r"(\S+)$", line[start : m.start() + 1])
        w = word.group(1).lower() if word else ""
        if re.fullmatch(r"\(?(?:[a-z]|no|nos|vs|st|approx|e\.g|i\.e|n)\.", w):
            continue
        parts.append(line[start : m.end()])
        start = m.end()
    parts.append(line[start:])
    return [p.strip() for p in parts if p.strip()]


# ---------------------------------------------------------------------------
# the document's own data year


def default_period(doc: Extracted) -> str | None:
    """The financial year a report's undated figures belong to: the year in its title
    or opening lines ("WRES report 2022" -> 2021/22, "2021-22" -> 2021/22); an action
    plan for "2022-2023" follows the 2021/22 data."""
    candidates = [doc.title or ""] + [b.text for b in doc.blocks[:40]]
    for text in candidates:
        t = clean(_MARKUP.sub("", text or ""))
        if not t:
            continue
        year = financial_year_in(t)
        if year is None:
            continue
        if re.search(r"action\s+plan\W{0,3}(?:20\d\d\s*(?:/|-|to)\s*(?:20)?\d\d)", t, re.I):
            year = fy(int(year[:4]) - 1)
        return year
    return None


_NATIONAL_DOC = re.compile(
    r"across\s+(?:all\s+)?nhs\s+trusts|\bof\s+nhs\s+trusts|nhs\s+workforce|across\s+the\s+nhs"
    r"|data\s+analysis\s+report|national\s+(?:wres\s+)?report|\ball\s+nhs\s+(?:trusts|organisations)"
    r"|wres\s+20\d\d\s+(?:data\s+analysis\s+)?report",
    re.I,
)
_SELF = re.compile(r"\b(?:the|our)\s+trust\b(?!s)|\bour\b|\bwe\b", re.I)


def is_national_summary(doc: Extracted) -> bool:
    """A page summarising the national WRES (about "NHS trusts", not one trust)."""
    text = " ".join(b.text for b in doc.blocks)
    return len(_NATIONAL_DOC.findall(text)) >= 2 and not _SELF.search(text)


# ---------------------------------------------------------------------------
# reading one sentence


@dataclass
class _Ctx:
    section: int | None = None
    staff_group: str | None = None
    band: str | None = None
    group: str | None = None
    bank: bool = False
    indicator: int | None = None  # from a lead-in's vocabulary (e.g. a column header)
    period: str | None = None  # from a dated heading or lead-in
    default: str | None = None


@dataclass
class _Prev:
    """What the previous sentence of the same paragraph established."""

    block: int = -1
    indicator: int | None = None
    skipped: bool = False
    rl_group: str | None = None
    board: str | None = None
    group: str | None = None


@dataclass
class _Found:
    metric: WresMetric
    sentence: int
    sentence_text: str
    notes: list[str] = field(default_factory=list)


def _indicators(sentence: str) -> set[int]:
    inds = {ind for ind, rx in _VOCAB if rx.search(sentence)}
    if _HARASS.search(sentence):
        if _FROM_PUBLIC.search(sentence):
            inds.add(5)
        if _FROM_STAFF.search(sentence):
            inds.add(6)
    if 9 in inds:
        inds.discard(1)
    if inds - {1}:
        inds.discard(1)
    if 5 in inds or 6 in inds:
        inds -= {4}  # "training" rarely shares a sentence with harassment figures
    return inds


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z’']*|\d+(?:[.,]\d+)?|[=:]", text)


_FILLER_PRE = {
    "staff", "colleagues", "people", "candidates", "applicants", "employees", "workforce",
    "have", "has", "had", "a", "an", "the", "at", "was", "were", "is", "are", "made", "up",
    "=", ":", "of", "represented", "representation", "respondents", "background",
    "backgrounds", "members", "only", "approximately", "around", "about", "to", "also",
    "under", "over", "overrepresented", "underrepresented", "proportionately",
}  # fmt: skip
_FILLER_POST = {
    "of", "the", "for", "among", "amongst", "are", "were", "is", "was", "staff", "our",
    "colleagues", "people", "from", "a", "an", "in", "respondents",
}  # fmt: skip


def _group_after(text: str, fig: _Fig, marks, limit: int) -> str | None:
    for s, _e, g in marks:
        if s < fig.end:
            continue
        between = text[fig.end : s]
        if between.lstrip().startswith(")"):
            between = between.lstrip()[1:]
        if s > limit or re.search(r"[,;.:()]", between):
            return None
        words = [w.lower() for w in _words(between)]
        if len([w for w in words if w not in _FILLER_POST]) > 0 or len(words) > 3:
            return None
        return g
    return None


def _group_before(text: str, fig: _Fig, marks, floor: int) -> str | None:
    best = None
    for s, e, g in marks:
        if e <= fig.start and s >= floor:
            best = (s, e, g)
    if best is None:
        return None
    between = text[best[1] : fig.start]
    if re.search(r"[,;.]", between):
        return None
    words = [w.lower() for w in _words(between)]
    rest = [w for w in words if w not in _FILLER_PRE and not re.fullmatch(r"[\d,]+", w)]
    if rest or len(words) > 5:
        return None
    return best[2]


def _assign_groups(text: str, figs: list[_Fig], marks) -> list[str | None]:
    n = len(figs)
    post, pre = [], []
    for i, f in enumerate(figs):
        nxt = figs[i + 1].start if i + 1 < n else len(text)
        prv = figs[i - 1].end if i else 0
        post.append(_group_after(text, f, marks, nxt))
        pre.append(_group_before(text, f, marks, prv))

    def complete(xs):
        return all(xs) and len(set(xs)) == len(xs)

    if complete(post) and not complete(pre):
        return post
    if complete(pre) and not complete(post):
        return pre
    out: list[str | None] = []
    for a, b in zip(post, pre, strict=True):
        if a and b and a != b:
            out.append("?")
        else:
            out.append(a or b)
    return out


def _read_sentence(
    s: str, ctx: _Ctx, prev: _Prev, block: int, page: int, warnings: list[str]
) -> tuple[list[WresMetric], _Prev]:
    state = _Prev(block=block)
    figs = _figures(s)
    inds = _indicators(s)
    indicator: int | None = None
    if len(inds) == 1:
        indicator = next(iter(inds))
    elif len(inds) > 1:
        if ctx.section in inds:
            indicator = ctx.section
    else:
        indicator = ctx.indicator or ctx.section
        if indicator is None and prev.block == block:
            indicator = prev.indicator
    inherits = not inds and prev.block == block
    state.indicator = indicator
    if inherits and prev.skipped:
        state.skipped = True
        return [], state
    if _SKIP_SENTENCE.search(s) or ctx.bank or _NOT_WRES.search(s):
        state.skipped = True
        return [], state
    if not figs:
        return [], state
    if indicator is None or (len(inds) > 1 and ctx.section not in inds):
        return [], state
    # the share of the whole workforce that is (group and staff group), not indicator 1
    if indicator == 1 and (
        re.search(
            r"of\s+the\s+(?:overall\s+|whole\s+|total\s+)?(?:trust'?s?\s+)?workforce\b[^.]*"
            r"(?:non[\s-]?medical|non[\s-]?clinical|\bmedical\b|\bclinical\b|\bband)",
            s,
            re.I,
        )
        or re.search(
            r"%\s+(?:of\s+)?(?:\w+\s+){0,2}(?:staff|colleagues)\s+(?:were\s+|are\s+)?in\s+(?:\w+[\s-]+)?(?:clinical|roles|band)",
            s,
            re.I,
        )
    ):
        state.skipped = True
        return [], state

    marks = _group_marks(s)
    times = _times(s)
    groups = _assign_groups(s, figs, marks)
    distinct = {g for _, _, g in marks}
    if figs and not groups[0] and marks and marks[0][1] <= figs[0].start:
        # the sentence's subject: "Black colleagues are also over-represented in medical
        # roles (9.6%, 21/218)"
        opening = s[: marks[0][0]]
        if len(_words(opening)) <= 2 and not any(a < figs[0].start for a, _b, _g in marks[1:]):
            groups[0] = marks[0][2]
    one_group = False
    if not all(groups) and len(distinct) == 1 and "?" not in groups:
        # one group for the whole sentence: "62% of the consultant workforce is made up
        # of BAME staff", "BAME staff ... decreased to 23.5% from 2020/21 representation
        # of 24.7%", "BAME ... at Band 2 (39.2%) and Band 3 (35.1%)" (figures must then
        # differ in band, staff group or period)
        groups = [next(iter(distinct))] * len(figs)
        one_group = len(figs) > 1
    if (
        indicator == 1
        and not distinct
        and prev.block == block
        and prev.group
        and re.search(r"proportion|representation", s, re.I)
    ):
        groups = [g or prev.group for g in groups]
    if ctx.group:
        groups = [g or ctx.group for g in groups]
    if (
        indicator == 1
        and not distinct
        and len(figs) == 1
        and re.search(
            r"\bethnic\s+(?:make[\s-]?up|mix)\b[^.]{0,80}?\b(?:is|was|stands at)\s*$",
            s[: figs[0].start],
            re.I,
        )
    ):
        groups = ["BME"]  # "the ethnic make-up of our senior leaders ... is 19.4%"

    # time expressions: bound to one figure, or to the whole sentence
    bound: dict[int, _Time] = {}
    used: set[int] = set()
    for ti, t in enumerate(times):
        before = [f for f in figs if f.end <= t.start]
        if before:
            f = before[-1]
            gap = s[f.end : t.start]
            if (
                re.fullmatch(
                    r"\s*\)?\s*(?:times\s+)?(?:more\s+|less\s+|as\s+)?(?:likely\s+)?,?\s*(?:in|at|during|for|as at|as of|by)\s+(?:the\s+)?",
                    gap,
                    re.I,
                )
                and figs.index(f) not in bound
            ):
                bound[figs.index(f)] = t
                used.add(ti)
    for ti, t in enumerate(times):
        if ti in used:
            continue
        after = [f for f in figs if f.start >= t.end]
        if not after or not [f for f in figs if f.end <= t.start]:
            continue  # sentence-level (before every figure) or trailing
        f = after[0]
        k = figs.index(f)
        gap = s[t.end : f.start]
        if k not in bound and len(_words(gap)) <= 6 and not re.search(r"[.;]", gap):
            bound[k] = t
            used.add(ti)
    # an unbound expression dates the whole sentence when it opens it ("In 2021/22,
    # ...", "The 2021 NHS Staff Survey showed ...") or closes it right after the last
    # figure; one inside a later parenthesis ("(based on ... in 2020)") dates nothing
    free = [t for ti, t in enumerate(times) if ti not in used]
    first, last = figs[0].start, figs[-1].end
    opening = [t for t in free if t.end <= first]
    closing = [
        t
        for t in free
        if t.start >= last and "(" not in s[last : t.start] and len(_words(s[last : t.start])) <= 6
    ]
    middle = [t for t in free if first < t.start < last]
    sentence_time = None
    if len(opening) > 1 or middle:
        return [], state  # several candidate dates: unsure
    if opening:
        sentence_time = opening[0]
    elif len(closing) == 1:
        sentence_time = closing[0]

    # national / target / change markers, clause by clause
    last_marker: str | None = None
    out: list[WresMetric] = []
    rl_seen: str | None = None
    board_seen: str | None = prev.board if prev.block == block else None
    for k, f in enumerate(figs):
        lead = s[(figs[k - 1].end if k else 0) : f.start]
        tail_end = figs[k + 1].start if k + 1 < len(figs) else len(s)
        tail = s[f.end : tail_end]
        tail_clause = re.split(r"[,;.]", tail, maxsplit=1)[0]
        for m in re.finditer(f"{_NATIONAL.pattern}|{_TRUST.pattern}", lead, re.I):
            last_marker = "trust" if _TRUST.fullmatch(m.group(0)) else "national"
        national = last_marker == "national" and not _TRUST.search(tail_clause)
        if _NATIONAL.search(tail_clause[:40]) and not _TRUST.search(tail_clause):
            national = True
        if national:
            continue
        if _TARGET.search(lead) or re.search(r"\bby\s+20\d\d|\btarget", tail_clause, re.I):
            continue
        unagenda = re.sub(
            r"agenda\s+for\s+change", lambda m: " " * len(m.group(0)), lead, flags=re.I
        )
        changes = list(_CHANGE.finditer(unagenda))
        if changes and (
            not re.search(r"\b(?:to|from)\b", lead[changes[-1].end() :], re.I)
            or re.search(r"\b(?:by|of)\s*\(?\s*$", lead, re.I)
        ):
            continue  # a change ("grew by 5%", "an improvement of 6%"), not a level
        change_after = re.search(
            r"^\s*\)?\s*(?:percentage\s+)?(?:points?|pp\b|higher|lower|greater|more\b|less\b"
            r"|fewer|increase|decrease|rise|fall|drop)",
            tail,
            re.I,
        )
        if (re.search(r"\bby\s*$", lead, re.I) or change_after) and not (
            indicator in (2, 3, 4) and f.kind == "times"
        ):
            continue  # "higher by 2.1%", "6.2% greater", "4 percentage points"
        t = bound.get(k) or sentence_time
        if t is not None:
            if t.kind == "rel":
                continue
            period = _period_of(t, indicator)
            if period is None:
                continue
            label = t.text
        else:
            period, label = ctx.period or ctx.default, None
        if period is None:
            continue
        group = groups[k]
        measure: str
        staff_group = band = None
        if indicator in (2, 3, 4):
            rlish = f.kind in ("times", "bare")
            if f.kind == "pct":
                near = lead[-40:] + " " + tail_clause[:25]
                if (
                    re.search(r"likel|\btimes\b|ratio|relative", near, re.I)
                    or re.search(r"likelihood|\bratio\b", s, re.I)
                    or (not group and _RL_WORDS.search(s))
                ):
                    warnings.append(
                        f"narrative: '{s[:80]}': {f.value:g}% where a relative likelihood "
                        "is expected; not read"
                    )
                    continue
                if not group or group == "?":
                    continue
                measure = "rate"
            elif rlish:
                if f.kind == "times" and not (
                    re.match(r"\s*(?:\w+\s+){0,2}(?:likel|as\s+likely)", s[f.end :], re.I)
                    or re.search(r"likelihood\W+(?:\w+\W+){0,3}$", lead, re.I)
                    or (prev.block == block and prev.rl_group and re.search(r"\bgap\b", s, re.I))
                ):
                    continue  # "delivered 3 times" is not a relative likelihood
                if f.kind == "bare" and not (
                    _RL_WORDS.search(s) or re.search(r"\bindicator\b|\bmetric\b", s, re.I)
                ):
                    continue
                if re.match(r"\s*(?:times\s+)?less\b", s[f.end :], re.I):
                    continue  # "1.2 times less likely": which way round? skip
                measure = "relative_likelihood"
                num = _rl_numerator(s, f, marks, figs, k)
                comp = _rl_comparator(s, f, marks)
                if num == "?" or comp == "?":
                    continue
                if num is None and comp is None:
                    num = rl_seen or (prev.rl_group if prev.block == block else None)
                    if num is None and re.search(
                        r"indicator|metric|relative likelihood|likelihood", s, re.I
                    ):
                        num = _RL_DEFAULT[indicator]
                    if num is None and ctx.section == indicator:
                        num = _RL_DEFAULT[indicator]
                elif num is None:
                    num = "White" if comp == "BME" else ("BME" if comp == "White" else None)
                if num not in ("White", "BME"):
                    continue
                if comp is not None and {num, comp} != {"White", "BME"}:
                    continue
                group = num
                rl_seen = num
            else:
                continue
        elif indicator in _SURVEY:
            if f.kind == "bare":
                if not any(g.kind == "pct" for g in figs) or not group:
                    continue
            elif f.kind != "pct":
                continue
            if not group or group == "?":
                continue
            measure = "percentage"
        elif indicator == 9:
            if f.kind not in ("pct", "bare"):
                continue
            clause = lead + " " + tail_clause
            bg = _board_group(clause) or board_seen or ctx_board(ctx)
            if bg == "?":
                continue
            if re.search(
                r"differen|\bgap\b|variance|under[\s-]?represent|over[\s-]?represent", s, re.I
            ):
                if bg is None:
                    continue
                measure, staff_group = "difference", bg
                group = group if group not in (None, "?") else "BME"
            else:
                if not group or group == "?":
                    continue
                if bg is None:
                    if re.search(r"workforce", clause, re.I):
                        bg = "overall"
                    else:
                        continue
                measure, staff_group = "percentage", bg
            board_seen = bg if bg != "overall" else board_seen
        else:  # indicator 1
            if f.kind == "bare" and not any(g.kind == "pct" for g in figs):
                continue
            if f.kind == "times" or not group or group == "?":
                continue
            measure = "percentage"
            staff_group, band = _sg_band(s, f, figs, k, ctx)
            if staff_group in (None, "?") or band == "?":
                continue
        m = WresMetric(
            indicator=indicator,
            measure=measure,
            ethnic_group=group,
            period=period,
            value=f.value,
            staff_group=staff_group,
            band=band,
            period_label=label,
            numerator=f.numerator,
            denominator=f.denominator,
            unit=_UNITS[measure],
            source_table=SOURCE,
            source_page=page,
        )
        m._decimals = f.decimals  # type: ignore[attr-defined]
        out.append(m)
    if one_group and len({m.key() for m in out}) < len(out):
        out = []  # one group, several figures of the same period: which is which?
    values: dict[tuple, set] = {}
    for m in out:
        values.setdefault(m.key(), set()).add(m.value)
    clash = {k for k, v in values.items() if len(v) > 1}
    if clash:  # "White 25.1% BME 28.0% White 26.3% BME 30.4%": two years, no dates
        out = [m for m in out if m.key() not in clash]
    named = [g for _, _, g in marks]
    repeated = {g for g in named if named.count(g) > 1}
    if repeated and not times and len(figs) > len(set(named)):
        # a table row flattened into text: the same group twice, figures undated
        out = [m for m in out if m.ethnic_group not in repeated]
    state.rl_group = rl_seen or (prev.rl_group if prev.block == block else None)
    state.board = board_seen
    single = {g for _, _, g in marks}
    state.group = next(iter(single)) if len(single) == 1 else None
    return out, state


def ctx_board(ctx: _Ctx) -> str | None:
    return ctx.staff_group if ctx.staff_group and ctx.staff_group.startswith("board") else None


def _rl_numerator(s: str, f: _Fig, marks, figs: list[_Fig], k: int) -> str | None:
    floor = figs[k - 1].end if k else 0
    before = [(a, b, g) for a, b, g in marks if b <= f.start and a >= floor]
    if not before:
        return None
    a, b, g = before[-1]
    between = s[b : f.start]
    if re.search(r"\b(?:than|compared|relative to|versus|vs)\b", between, re.I):
        return None  # the group before is a comparator ("... than BME staff: 1.5 times")
    if re.search(
        r"\b(?:than|compared\s+(?:to|with)|relative\s+to|versus|vs\.?)\s+(?:\w+\s+){0,2}$",
        s[floor:a],
        re.I,
    ):
        # "likelihood of White staff ... compared to BME staff 1.06": the group right
        # before the figure is the comparator; the numerator is the one before it
        earlier = [x for x in before[:-1] if x[2] != g]
        return earlier[-1][2] if earlier else "?"
    if len(_words(between)) > 8 or ";" in between:
        return None
    return g


def _rl_comparator(s: str, f: _Fig, marks) -> str | None:
    rest = s[f.end :]
    m = re.search(r"\b(?:than|compared\s+(?:to|with)|relative\s+to|versus|vs\.?|as)\b", rest, re.I)
    if not m:
        return None
    for a, _b, g in marks:
        if a >= f.end + m.end():
            gap = s[f.end + m.end() : a]
            if len(_words(gap)) <= 3:
                return g
            return None
    return None


def _sg_band(s: str, f: _Fig, figs: list[_Fig], k: int, ctx: _Ctx) -> tuple[str | None, str | None]:
    floor = figs[k - 1].end if k else 0
    tail_end = figs[k + 1].start if k + 1 < len(figs) else len(s)
    clause = s[floor:tail_end]
    bands = _band_marks(s)
    band = None
    own = [b for b in bands if floor <= b[0] < f.start]
    if own:
        band = own[-1][2]
    elif len({b[2] for b in bands}) == 1:
        band = bands[0][2]
    elif bands:
        return None, "?"
    sg = _staff_group(clause)
    if sg in (None, "overall"):
        whole = _staff_group(s)
        if whole not in (None, "overall", "?") or sg is None:
            sg = whole
    if sg == "medical":
        mb = _medical_band(clause) or _medical_band(s)
        band = band or mb
    if (
        sg in (None, "overall")
        and ctx.staff_group
        and not ctx.staff_group.startswith("board")
        and (sg is None or band is None)
    ):
        sg = ctx.staff_group
    if band is None and ctx.band and sg == ctx.staff_group:
        band = ctx.band
    if sg is None:
        sg = (
            "overall"
            if band is None
            or re.search(r"\bafc\b|agenda for change", s, re.I)
            or (band.startswith("Bands ") and band.endswith(" to VSM"))  # senior leaders
            else None
        )
    return sg, band


# ---------------------------------------------------------------------------
# checks across sentences


def _shares_add_up(found: list[_Found], warnings: list[str]) -> list[_Found]:
    """Indicator 1 group shares of one staff group, band and period must be shares of
    that staff group: BME + White (+ Unknown) close to 100."""
    by: dict[tuple, dict[str, float]] = {}
    for x in found:
        m = x.metric
        if m.indicator == 1 and m.value is not None:
            by.setdefault((m.staff_group, m.band, m.period), {})[m.ethnic_group or ""] = m.value
    bad = set()
    for key, groups in by.items():
        if "BME" in groups and "White" in groups:
            total = groups["BME"] + groups["White"] + groups.get("Unknown", 0.0)
            low = 97.0 if "Unknown" in groups else 75.0
            if not low <= total <= 101.0:
                bad.add(key)
        subs = sum(groups.get(g, 0.0) for g in ("Asian", "Black", "Mixed", "Other"))
        if "BME" in groups and subs > groups["BME"] + 1.0:
            bad.add(key)
    if not bad:
        return found
    for key in sorted(bad, key=str):
        warnings.append(
            f"narrative: indicator 1 shares for {key[0]} {key[1] or ''} {key[2]} do not add up "
            "to a staff group's profile (shares of the whole workforce?); not read"
        )
    return [
        x
        for x in found
        if not (
            x.metric.indicator == 1
            and (x.metric.staff_group, x.metric.band, x.metric.period) in bad
        )
    ]


def _agrees(a: WresMetric, b: WresMetric) -> bool:
    if a.value is None or b.value is None:
        return a.value is None and b.value is None
    da = getattr(a, "_decimals", 2)
    db = getattr(b, "_decimals", 2)
    tol = 0.5 * 10 ** -min(da, db) + 1e-9
    return abs(a.value - b.value) <= tol


def _one_per_key(found: list[_Found], warnings: list[str]) -> list[_Found]:
    """One figure per key. When sentences disagree on a key, a value that two or more
    sentences state outvotes one stated once, and the outvoted sentence is dropped
    whole (it measures something else, e.g. a staff survey sub-question); otherwise
    every sentence involved is dropped."""
    by: dict[tuple, list[_Found]] = {}
    for x in found:
        by.setdefault(x.metric.key(), []).append(x)
    drop: set[int] = set()
    for key, xs in by.items():
        if all(_agrees(xs[0].metric, x.metric) for x in xs[1:]):
            continue
        clusters: list[list[_Found]] = []
        for x in xs:
            for c in clusters:
                if _agrees(c[0].metric, x.metric):
                    c.append(x)
                    break
            else:
                clusters.append([x])
        clusters.sort(key=lambda c: -len({x.sentence for x in c}))
        support = [len({x.sentence for x in c}) for c in clusters]
        losers = clusters[1:] if support[0] >= 2 and support[1] == 1 else clusters
        values = ", ".join(f"{x.metric.value:g}" for x in xs)
        warnings.append(
            f"narrative: indicator {key[0]} {key[1]} {key[4]} {key[5]} printed as {values}; "
            + ("kept the value most sentences give" if losers is not clusters else "not read")
        )
        drop.update(x.sentence for c in losers for x in c)
    out = []
    seen: set[tuple] = set()
    for x in found:
        if x.sentence in drop or x.metric.key() in seen:
            continue
        seen.add(x.metric.key())
        out.append(x)
    return out


def _rl_vs_rates(found: list[_Found], warnings: list[str]) -> None:
    rates = {
        (x.metric.indicator, x.metric.period, x.metric.ethnic_group): x.metric
        for x in found
        if x.metric.measure == "rate"
    }
    for x in found:
        m = x.metric
        if m.measure != "relative_likelihood" or m.value is None:
            continue
        other = "BME" if m.ethnic_group == "White" else "White"
        top = rates.get((m.indicator, m.period, m.ethnic_group))
        bottom = rates.get((m.indicator, m.period, other))
        if top and bottom and top.value and bottom.value:
            calc = top.value / bottom.value
            tol = 0.5 * 10 ** -getattr(m, "_decimals", 2) + 0.02
            if abs(calc - m.value) > tol:
                m.validation = (
                    f"relative likelihood {m.value:g} disagrees with {m.ethnic_group} "
                    f"{top.value:g}% / {other} {bottom.value:g}% = {calc:.2f}"
                )
                warnings.append(f"narrative: indicator {m.indicator} {m.period}: {m.validation}")


# ---------------------------------------------------------------------------
# entry point


def parse_narrative(
    doc: Extracted, tables: list[WresMetric] | None = None
) -> tuple[list[WresMetric], list[str]]:
    """WRES figures stated in the document's text. `tables` are the figures the table
    parser found: a sentence that contradicts one of them is not read (it measures
    something else, or we misread it), and a key they already give is not repeated."""
    warnings: list[str] = []
    if is_national_summary(doc):
        return [], ["narrative: a national summary, not one trust's figures; not read"]
    ctx = _Ctx(default=default_period(doc))
    prev = _Prev()
    found: list[_Found] = []
    sentence_no = 0
    for line in _lines(doc):
        if line is None:  # a table: lead-in context ends
            ctx.staff_group = ctx.band = ctx.group = ctx.indicator = None
            ctx.bank = False
            prev = _Prev()
            continue
        text = line.text
        figs = _figures(text)
        heading = _RE_HEADING.match(text) or _RE_HEADING_WRES.search(text)
        if heading and not figs and len(text) <= 200:
            n = int(heading.group("n"))
            ctx.section = n if 1 <= n <= 9 else None
            ctx.staff_group = ctx.band = ctx.group = ctx.indicator = None
            ctx.bank = False
            prev = _Prev()
            continue
        if re.match(r"^(?:table|figure|graph|chart)\s+\d", text, re.I):
            ctx.staff_group = ctx.band = ctx.group = ctx.indicator = None
            ctx.bank = False
            continue
        if not figs and (
            text.endswith(":") or (len(text) <= 70 and not re.search(r"[.!?]$", text))
        ):
            _lead_in(text, ctx)
            prev = _Prev()
            continue
        for s in _sentences(text):
            sentence_no += 1
            metrics, prev = _read_sentence(s, ctx, prev, line.block, line.page, warnings)
            found.extend(_Found(m, sentence_no, s) for m in metrics)
    found = _shares_add_up(found, warnings)
    found = _against_tables(found, tables or [], warnings)
    found = _one_per_key(found, warnings)
    _rl_vs_rates(found, warnings)
    metrics = [x.metric for x in found]
    for m in metrics:
        if m.measure in ("percentage", "rate"):
            note = check_percentage(m)
            if note:
                m.validation = note if not m.validation else f"{m.validation}; {note}"
                warnings.append(
                    f"narrative: indicator {m.indicator} {m.ethnic_group} {m.period}: {note}"
                )
    return metrics, warnings


def _lead_in(text: str, ctx: _Ctx) -> None:
    """A figure-free line that introduces what follows ("Non-clinical:", "Band 7 and
    above", "Ethnicity Number of colleagues % of workforce", "Ethnicity Workforce
    Profile - March 2025")."""
    named = False
    if re.search(r"\bbank\b", text, re.I):
        ctx.bank = True
        named = True
    else:
        ctx.bank = False
    sg = _staff_group(text)
    bands = _band_marks(text)
    board = _board_group(text)
    if board and board != "?":
        ctx.staff_group, ctx.band = board, None
        named = True
    elif sg not in (None, "?", "overall"):
        ctx.staff_group = sg
        ctx.band = bands[0][2] if len(bands) == 1 else None
        named = True
    elif len(bands) == 1:
        ctx.band = bands[0][2]
        named = True
    groups = {g for _, _, g in _group_marks(text)}
    if len(groups) == 1:
        ctx.group = next(iter(groups))
        named = True
    inds = _indicators(text)
    if len(inds) == 1 and re.search(r"%|percent|number|profile|proportion", text, re.I):
        ctx.indicator = next(iter(inds))
        if ctx.indicator == 1 and sg in (None, "overall") and not bands:
            ctx.staff_group, ctx.band = "overall", None
        named = True
    times = [t for t in _times(text) if t.kind in ("month", "survey")]  # a dated snapshot
    if (
        times
        and len(times) == 1
        and inds
        and not re.search(r"publi|prepared|date\s*:|report to|updated|deadline|submit", text, re.I)
    ):
        ctx.period = fy(times[0].year)
        named = True
    if not named:
        ctx.staff_group = ctx.band = ctx.group = ctx.indicator = None
        ctx.bank = False


def _against_tables(
    found: list[_Found], tables: list[WresMetric], warnings: list[str]
) -> list[_Found]:
    if not tables:
        return found
    given: dict[tuple, list[WresMetric]] = {}
    for m in tables:
        given.setdefault(m.key(), []).append(m)
    bad_sentences = set()
    for x in found:
        ms = given.get(x.metric.key())
        if not ms:
            continue
        values = [m for m in ms if m.value is not None]
        if values and not any(_agrees(x.metric, m) for m in values):
            bad_sentences.add(x.sentence)
    for no in sorted(bad_sentences):
        text = next(x.sentence_text for x in found if x.sentence == no)
        warnings.append(f"narrative: '{text[:90]}' disagrees with the tables; not read")
    return [x for x in found if x.sentence not in bad_sentences and x.metric.key() not in given]
