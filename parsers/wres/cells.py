"""Small pure helpers for the WRES parser: text clean-up, period labels, ethnic groups,
staff groups and pay bands. Every function takes a string and returns plain values,
so each rule can be tested on its own. What a table cell holds (parse_cell) is in
parsers/wres/cell_figures.py; this module and vocab.py are what the published
bundle vendors for the site's forgiving parameters."""

from __future__ import annotations

import re
from dataclasses import dataclass

# relative, so that the published bundle can carry this module and vocab.py as a
# package of their own (trustdocs/publish.py VENDORED)
from .bands import printed_band
from .vocab import (
    BME_PATTERN,
    NOT_A_SNAPSHOT,
    NOT_AN_ISO_DATE,
    NUMERIC_DATE,
    PER_CENT,
    WHOLE_WORKFORCE_WORDS,
    fiscal_year_end,
    medical_band,
    staff_groups_named,
    year_as_printed,
)

# ---------------------------------------------------------------------------
# text clean-up

_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
_SPACES = re.compile(r"\s+")
_DASHES = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2014": "-", "\u00a0": " "})
# a footnote mark printed right after a figure ("23.7%*", "1.18\u00b9", "12.3%\u2020",
# "4.5%[2]", "61.0% (b)"), or a significance mark ("1.36 (sig.)", "0.97 (n.s.)", "1.21
# (not significant)", "1.40 (p<0.05)"): it points at a note or a test, it is no part
# of the figure, so it goes before any rule reads the figure (cells, label lines and
# sentences alike). Only after a digit or a percent sign, so a note's own leading mark
# ("* Fewer than ...") stays.
_SIGNIFICANCE = (
    r"(?i:(?:statistically\s+)?(?:not\s+|non-?\s?)?(?:statistically\s+)?"
    r"sig(?:\.|nificant(?:ly)?)?|n\.?\s?s\.?|p\s*[<>=\u2264\u2265]\s*0?\.\d+)"
)
_FOOTNOTE = re.compile(
    r"(?<=[\d%])(?:[*\u2020\u2021\u00a7\u00b6]+|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+"
    rf"|\[\d{{1,2}}\]|\s?\([a-h]\)|\s?\({_SIGNIFICANCE}\))(?![\w%])"
)

# the percent sign written out ("25.0 per cent", "25.0 percent"): straight after a
# figure it is the sign itself, so it is written "%" before any rule reads the figure
_PER_CENT_SIGN = re.compile(rf"(?<=\d)\s*(?:{PER_CENT})", re.I)


def drop_footnote_marks(text: str) -> str:
    """The text without the footnote marks printed after its figures (line breaks kept)."""
    return _FOOTNOTE.sub("", text)


# a paragraph number opening a line: "4.1 At 31 March ...", "5.2 Harassment ...". Board
# papers number their paragraphs by section; the numbers are neither figures nor WRES
# indicators. What follows one starts with a capital or is a percentage ("3.1 24.5% of
# ..."); a figure is followed by %, "times", a unit or a lower-case word.
_PARAGRAPH_NUMBER = re.compile(
    r"^\s*(?P<section>\d{1,2})\.(?P<para>\d{1,2})(?:\.\d{1,2})?\.?\s+"
    r"(?=[A-Z\u201c\"'(]|\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent))"
)


def drop_paragraph_numbers(lines: list[str]) -> list[str]:
    """The lines without the paragraph numbers that open them, when the document numbers
    its paragraphs: two lines numbered one after the other in one section ("4.1", "4.2").
    A single "1.47 White ..." is no numbering, and is left as it is."""
    marks = {
        (int(m["section"]), int(m["para"]))
        for line in lines
        if (m := _PARAGRAPH_NUMBER.match(line))
    }
    if not any((section, para + 1) in marks for section, para in marks):
        return lines
    return [_PARAGRAPH_NUMBER.sub("", line, count=1) for line in lines]


def clean(text: str | None) -> str:
    """One line of text: bookmarks and footnote marks after figures removed, whitespace
    (including newlines) collapsed."""
    if not text:
        return ""
    text = _BOOKMARK.sub("", str(text)).translate(_DASHES)
    text = _PER_CENT_SIGN.sub("%", text)  # "25.0 per cent" is "25.0%"
    return _SPACES.sub(" ", _FOOTNOTE.sub("", text)).strip()


# "31 in every 100", "7 out of every 100", "12 in 100": a percentage in words, as an
# infographic prints it (not "1 in 5": a share of anything but a hundred is computed)
_PER_HUNDRED = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:\.\d{1,2})?)\s+(?:in\s+(?:every\s+)?|(?:out\s+)?of\s+every\s+)100\b"
    r"(?![.,]?\d)",
    re.I,
)


def per_hundred_as_percent(text: str) -> str:
    """ "31 in every 100" -> "31%": the same figure in the notation the readers know."""
    return _PER_HUNDRED.sub(r"\1%", text)


def clean_block(text: str | None) -> str:
    """Multi-line text (action plan cells): bookmarks removed, lines kept, blank lines dropped."""
    if not text:
        return ""
    text = _FOOTNOTE.sub("", _BOOKMARK.sub("", str(text)).replace("\u00a0", " "))
    lines = [_SPACES.sub(" ", ln).strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln)


# ---------------------------------------------------------------------------
# periods


def fy(start: int) -> str:
    """2021 -> '2021/22'."""
    return f"{start}/{(start + 1) % 100:02d}"


_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_FY = r"(?P<{a}>20\d\d)\s*[/-]\s*(?P<{b}>20\d\d|\d\d)(?!\d)" + NOT_AN_ISO_DATE
_RE_WINDOW = re.compile(
    r"(?<!\d)" + _FY.format(a="a1", b="b1") + r"\s*(?:to|-|and|&)\s*" + _FY.format(a="a2", b="b2"),
    re.I,
)
_RE_FY = re.compile(r"(?<!\d)" + _FY.format(a="a", b="b"), re.I)
_RE_MONTH = re.compile(
    r"\b(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[\s,'-]*(?P<y>20\d\d|\d\d)(?!\d)",
    re.I,
)
_RE_YEAR = re.compile(r"(?<![\d/.])(?P<y>20\d\d)(?![\d/]|\.\d)")
_RE_DATE = re.compile(NUMERIC_DATE)
_RE_NOT_SNAPSHOT = re.compile(NOT_A_SNAPSHOT, re.I)


def numeric_date(m: re.Match) -> tuple[int, int] | None:
    """(month, year) of a NUMERIC_DATE match ("31/03/2024" -> (3, 2024)), or None when
    the day or month cannot be one."""
    if m["iy"]:
        day, month, year = int(m["id"]), int(m["im"]), m["iy"]
    else:
        day, month, year = int(m["dd"]), int(m["dm"] or m["dm2"]), m["dy"] or m["dy2"]
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return month, year_as_printed(year)  # "31/03/99" is 1999 (vocab.full_year)


def _snapshot(month: int, year: int) -> int:
    """The first year of the financial year a snapshot date falls in (the project's
    convention: January-March close the year, April-December open it)."""
    return year - 1 if month <= 3 else year


def _fy_start(a: str, b: str) -> int | None:
    start = int(a)
    end = int(b) if len(b) == 4 else (start // 100) * 100 + int(b)
    return start if end == start + 1 else None


@dataclass(frozen=True)
class Period:
    period: str  # "2021/22"
    label: str  # as printed, e.g. "March 2022", "2020/21 to 2021/22"
    kind: str  # window | fy | month | year
    start: int  # first calendar year of `period`
    window_start: int | None = None  # first year of a two-year window


def parse_period(text: str | None, survey: bool = False) -> Period | None:
    """The financial year a heading refers to.

    "2021/22", "2021-22", "2021/2022" -> 2021/22; "2020/21 to 2021/22" -> 2021/22 (the
    later year; the label keeps both); "March 2022", "31 Mar 22", "31/03/2022",
    "31.03.2022", "2022-03-31" -> 2021/22 (a snapshot
    in January–March belongs to the year ending then, April–December to the year
    starting then); a bare year is a staff-survey year when `survey` ("2021" survey ->
    2021/22), otherwise a WRES data year ending in March of that year ("2022" -> 2021/22).
    """
    t = clean(text)
    if not t:
        return None
    m = _RE_WINDOW.search(t)
    if m:
        s1, s2 = _fy_start(m["a1"], m["b1"]), _fy_start(m["a2"], m["b2"])
        if s1 is not None and s2 is not None and s2 > s1:
            return Period(fy(s2), m.group(0).strip(), "window", s2, s1)
    m = _RE_FY.search(t)
    if m:
        s = _fy_start(m["a"], m["b"])
        if s is not None:
            return Period(fy(s), m.group(0).strip(), "fy", s)
    named = fiscal_year_end(t)  # "FY24": the financial year ending in March 2024
    if named is not None:
        return Period(fy(named[0] - 1), named[1], "fy", named[0] - 1)
    # a date ("31/03/2024", "31 March 2024") is a snapshot, never a publication date,
    # a deadline or a meeting's ("Published 30/06/2024" dates no figure)
    m = _RE_DATE.search(t)
    if m and numeric_date(m) is not None:
        if _RE_NOT_SNAPSHOT.search(t):
            return None
        start = _snapshot(*numeric_date(m))
        return Period(fy(start), m.group(0).strip(), "month", start)
    m = _RE_MONTH.search(t)
    if m:
        if _RE_NOT_SNAPSHOT.search(t):
            return None
        y = year_as_printed(m["y"])  # "Mar 99" is March 1999
        start = _snapshot(_MONTHS[m["m"].lower()[:3]], y)
        return Period(fy(start), m.group(0).strip(), "month", start)
    m = _RE_YEAR.search(t)
    if m:
        y = int(m["y"])
        # "2022 staff survey" names its own year, whatever the table's other rows are
        survey = survey or bool(re.search(r"\bsurvey\b", t, re.I))
        start = y if survey else y - 1
        return Period(fy(start), m.group(0).strip(), "year", start)
    return None


def shift_period(p: Period, years: int = 1) -> Period:
    """The same kind of period `years` later (used to repair a repeated heading)."""
    start = p.start + years
    if p.kind == "window" and p.window_start is not None:
        ws = p.window_start + years
        return Period(fy(start), f"{fy(ws)} to {fy(start)}", "window", start, ws)
    if p.kind == "fy":
        return Period(fy(start), fy(start), "fy", start)
    if p.kind == "month":
        label = re.sub(r"(20\d\d)", lambda m: str(int(m.group(1)) + years), p.label)
        return Period(fy(start), label, "month", start)
    label = re.sub(r"(20\d\d)", lambda m: str(int(m.group(1)) + years), p.label)
    return Period(fy(start), label, p.kind, start)


def financial_year_in(text: str | None) -> str | None:
    """A reporting year named in a title or sentence: "2021/22", "2021-22", "2021 - 2022",
    "WRES report 2022" (-> 2021/22)."""
    t = clean(text)
    m = re.search(r"(?<!\d)(20\d\d)\s*(?:/|-|to)\s*(20\d\d|\d\d)(?!\d)", t)
    if m:
        s = _fy_start(m[1], m[2])
        if s is not None:
            return fy(s)
    m = re.search(
        r"\b(?:WRES|Workforce Race Equality Standard)\b[^.\d]{0,40}?(?<!\d)(20\d\d)(?![\d/])",
        t,
        re.I,
    )
    if m:
        return fy(int(m[1]) - 1)
    return None


# ---------------------------------------------------------------------------
# ethnic groups

# every name of "Black, Asian and minority ethnic" (parsers.wres.vocab) is one group
_RE_BME = re.compile(BME_PATTERN, re.I)
_RE_GROUPS = [
    ("White", re.compile(r"\bwhite\b", re.I)),
    ("Asian", re.compile(r"\basian\b", re.I)),
    ("Black", re.compile(r"\bblack\b", re.I)),
    ("Mixed", re.compile(r"\bmixed\b", re.I)),
    # "Other" is an ethnic group only as a name ("Other", "% Other colleagues", "Other
    # ethnic group"), not in "from other colleagues"
    (
        "Other",
        re.compile(
            r"^\W*(?:%|n\.|no\.|number of|percentage of|proportion of)?\s*other\b(?!\s+than)"
            r"|\bother\s+ethnic",
            re.I,
        ),
    ),
    (
        "Unknown",
        re.compile(r"\bunknown\b|\bnot\s+(?:stated|known|disclosed)\b|\bundisclosed\b", re.I),
    ),
]


def ethnic_groups(text: str | None) -> list[str]:
    """Ethnic groups named in a label, in order of appearance. Every synonym of
    "Black, Asian and minority ethnic" (BAME, BME, ethnic minority, global majority)
    is "BME", and its words do not count as Black or Asian."""
    t = clean(text)
    found: list[tuple[int, str]] = []
    masked = t
    for m in _RE_BME.finditer(t):
        found.append((m.start(), "BME"))
        masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
    for name, rx in _RE_GROUPS:
        if name == "Other":
            m = rx.search(masked)
            if m:
                found.append((m.start(), name))
            continue
        for m in rx.finditer(masked):
            found.append((m.start(), name))
    if re.fullmatch(r"(?:all|total|all staff|all colleagues|overall)", t.strip(), re.I):
        found.append((0, "All"))
    out: list[str] = []
    for _, g in sorted(found):
        if g not in out:
            out.append(g)
    return out


# ---------------------------------------------------------------------------
# staff groups and bands (indicator 1)


def _band_token(tok: str) -> str:
    tok = tok.strip().lower()
    if tok in ("vsm", "very senior manager", "very senior managers"):
        return "VSM"
    return tok


def band_and_group(label: str | None) -> tuple[str | None, str | None]:
    """(staff_group, band) from an indicator 1 row label such as "Non-clinical Band 8a",
    "Clinical Bands 6 to VSM", "Medical Consultant", "Substantive Colleagues Overall"."""
    t = clean(label)
    low = t.lower()
    groups = staff_groups_named(t)
    group: str | None = None
    if {"non_clinical", "clinical"} <= groups:
        group = "overall"  # "clinical and non-clinical"
    elif groups & {"non_clinical", "clinical"}:
        group = next(iter(groups & {"non_clinical", "clinical"}))
    elif "medical" in groups:
        group = "medical"
    elif re.search(WHOLE_WORKFORCE_WORDS, low):
        group = "overall"
    band: str | None = None
    if group == "medical" or (
        group is None and re.search(r"consultant|trainee|senior\s+(?:medical\s+)?manager", low)
    ):
        return "medical", medical_band(t)
    m = re.search(r"\b(below|under|up to)\s+band\s*(\d)", low)
    if m:
        return group, f"{m.group(1).capitalize()} Band {m.group(2)}"
    # the NHS England template's "Band 8 - Range A" is Band 8a
    t = re.sub(
        r"\bband\s*8\s*[-:]?\s*range\s*([a-d])\b",
        lambda m: f"Band 8{m.group(1).lower()}",
        t,
        flags=re.I,
    )
    low = t.lower()
    m = re.search(
        r"\bbands?\s*(\d[a-d]?|vsm)\s*(?:to|-|and|&)\s*(?:band\s*)?(\d[a-d]?|vsm|very senior managers?)\b"
        r"(\s*(?:and|&)\s*(?:vsm|very senior managers?)\b)?",
        low,
    )
    if m:
        start, end = _band_token(m.group(1)), "VSM" if m.group(3) else _band_token(m.group(2))
        if (start, end) == ("1", "VSM"):
            # the whole pay scale ("each of the bands 1-9 and VSM") is no one band:
            # the workforce as a whole
            return group or "overall", None
        return group, printed_band(t[m.start() : m.end()])
    m = re.search(r"\bband\s*(\d)\s*([a-d])?\b", low)
    if m:
        return group, f"Band {m.group(1)}{(m.group(2) or '').lower()}"
    if re.search(r"\bvsm\b|very senior manager", low):
        return group, "VSM"
    if re.search(r"apprentice", low):
        return group, "Apprentices"
    m = re.fullmatch(r"(\d)\s*([a-d])?", low)
    if m:
        return group, f"Band {m.group(1)}{(m.group(2) or '').lower()}"
    return group, band


def staff_group_only(label: str | None) -> str | None:
    """A section row such as "Non-clinical" or "Clinical staff": the staff group, if the
    label names nothing else."""
    t = clean(label).lower()
    if re.fullmatch(r"non[\s-]*clinical(?:\s+(?:staff|workforce|colleagues))?", t):
        return "non_clinical"
    if re.fullmatch(r"clinical(?:\s+(?:staff|workforce|colleagues))?", t):
        return "clinical"
    if re.fullmatch(r"medical(?:\s+(?:and|&)\s+dental)?(?:\s+(?:staff|workforce|colleagues))?", t):
        return "medical"
    return None
