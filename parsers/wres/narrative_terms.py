"""The words and numbers of a WRES sentence, with their positions.

Part of the narrative reader (parsers.wres.narrative): the vocabulary that names an
indicator or marks a figure as not the trust's own (national, target, change), and the
finders that locate, within one sentence, its figures ("24.3%", "1.79 times", "(1409/
5511)"), time expressions ("2021/22", "31 March 2024", "the 2021 staff survey"),
ethnic groups, pay bands, staff groups and board groups. Nothing here decides which
figure a group or a time belongs to: parsers.wres.narrative_bind and
parsers.wres.narrative_times do that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.wres.bands import printed_band
from parsers.wres.cells import numeric_date
from parsers.wres.vocab import (
    BME_PATTERN,
    NOT_AN_ISO_DATE,
    NUMERIC_DATE,
    REGION_WORDS,
    TARGET,
    WHOLE_WORKFORCE_WORDS,
    indicators_named,
    staff_groups_named,
    year_as_printed,
)

# ---------------------------------------------------------------------------
# vocabulary

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
    rf"|{REGION_WORDS}|percentile|quartile",
    re.I,
)
_TRUST = re.compile(
    r"\b(?:the|our|this)\s+(?:trust|organisation)\b(?!s)|\bour\b|\bwe\b|\bat the trust\b", re.I
)
# a figure the trust aims for: the target words (parsers.wres.vocab.TARGET), and in a
# sentence also a figure it "will" or "should" reach (a table's head never says so)
_TARGET = re.compile(rf"{TARGET}|\bwill\b|\bshould\b", re.I)
_CHANGE = re.compile(
    r"increas|decreas|\brise\b|\brose\b|\bfell\b|\bfall\b|\bdrop|reduc|improve|deteriorat"
    r"|\bchange|\bgr[eo]w|worsen|narrow|widen",
    re.I,
)
_RL_WORDS = re.compile(r"likel|\btimes\b|\bratio\b|relative", re.I)


def _indicators(sentence: str) -> set[int]:
    inds = indicators_named(sentence)
    if 9 in inds:
        inds.discard(1)
    if inds - {1}:
        inds.discard(1)
    if 5 in inds or 6 in inds:
        inds -= {4}  # "training" rarely shares a sentence with harassment figures
    return inds


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
    r"(?<![\w./,£$-])(?P<v>[+\-]?\d{1,2}\.\d{1,3})(?![\w%/]|\.\d|\s*(?:%|per\s*cent\b))"
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
    rf"|(?P<fy>(?P<fa>20\d\d)\s*[/-]\s*(?P<fb>20\d\d|\d\d))(?![\d/]){NOT_AN_ISO_DATE}"
    rf"|(?P<dmy>{NUMERIC_DATE})"
    rf"|(?P<mon>(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+)?\b(?P<mn>{_MONTH})\s*(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s*)?(?P<my>20\d\d))"
    r"|(?P<sv>(?P<sy>20\d\d)\s+(?:nhs\s+|national\s+)*(?:staff\s+)?survey|staff\s+survey\s+(?:results\s+)?(?:of\s+|in\s+|for\s+)?(?P<sy2>20\d\d))"
    r"|(?P<bare>(?<![\d/.])(?P<by>20\d\d)(?![\d/]|\.\d))"
    r"|(?P<rel>\blast\s+year\b|\bprevious\s+year\b|\bthe\s+year\s+before\b|\ba\s+year\s+(?:earlier|before|ago)\b"
    r"|\b(?:twelve|12)\s+months\s+(?:earlier|before|ago)\b)",
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
            end = year_as_printed(b)  # the window's short end: vocab.full_year
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
            date = numeric_date(m)
            if date is None:
                continue
            month, year = date
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
        if m.group("b") or m.group("plus"):  # a grouped band, kept as printed
            out.append((m.start(), m.end(), printed_band(m.group(0))))
        else:
            out.append((m.start(), m.end(), f"Band {m.group('a').lower()}"))
    return out


def _staff_group(text: str) -> str | None:
    """The one staff group a clause names, "?" when it names several, "overall" for
    the whole workforce (parsers.wres.vocab has the words)."""
    found = staff_groups_named(text)
    if len(found) == 1:
        return found.pop()
    if len(found) > 1:
        return "?"
    if re.search(WHOLE_WORKFORCE_WORDS, text.lower()):
        return "overall"
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


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z’']*|\d+(?:[.,]\d+)?|[=:]", text)
