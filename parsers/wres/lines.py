"""WRES figures printed as label/value lines: one figure per line, its label beside it,
the rest of its key in the headings above.

    Indicator 1 - Our workforce by ethnicity        <- indicator (heading, level 1)
    Position at 31 March 2023                       <- period (dated heading, level 3)
    White 78.2%                                     <- ethnic group (the line's label)
    BME 19.1%

    Indicator 2: Relative likelihood of White applicants being appointed ...
    Trust 2023: 1.42                                <- period in the label
    National 2024: 1.54                             <- a comparator: not the trust's

Each line's key is its own label's merged over the heading path's (the shared
`parsers.wres.context.Context`, as sentences' are). A figure is kept only when every
part is settled: an indicator, a period (the label's or a dated heading's; never the
document's year, which the narrative reader may still apply under its own rules), a
group where the measure needs one, and for indicator 1 a staff group (the heading's,
or the whole workforce when no heading names one). Figures whose key is not settled are returned with the reason, so that
`parse_wres` can count them for review; comparators' figures are not the trust's and
are dropped silently.

What each figure measures follows from its indicator and how it is printed: 1 and 5-8
are percentages of a group; 2-4 are a group's rate when printed with % and a group,
else (a bare ratio) the relative likelihood of the indicator heading's numerator group
(the WRES definition's when the heading does not say). Indicator 9 lines are read
only straight under an indicator 9 heading that says which part of the board (or the
whole workforce) the shares are of ("Indicator 9 - Voting members of the board"), as a
summary table's row label does, or when the line's label says so; otherwise they are
left to the tables and the narrative reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.records import WresMetric
from parsers.wres.card_year import wres_year_period
from parsers.wres.cell_figures import drop_interval, parse_cell
from parsers.wres.cells import clean, drop_paragraph_numbers, per_hundred_as_percent
from parsers.wres.context import Context, Key, heading_key, label_key, settle, unsettled
from parsers.wres.skipped import Skipped
from parsers.wres.template_groups import _i9_row
from parsers.wres.vocab import PREVIOUS_PERIOD

SOURCE = "lines"
QUALIFIED_BOARDS = ("board_voting", "board_executive")
_UNITS = {"percentage": "%", "rate": "%", "relative_likelihood": "ratio"}

# "White 78.2%", "BME staff: 29.3 %", "Trust 2023: 1.42", "2023/24  1.21", "BME = 19.1%"
_RE_LINE = re.compile(
    r"^(?P<label>[A-Za-z(\d][^%]{0,58}?)\s*[:=\-–]?\s+(?P<v>[+-]?\d{1,3}(?:\.\d{1,3})?)"
    r"\s*(?P<pct>%|per\s*cent)?\s*$",
    re.I,
)


# words that take a number as part of a name, not as a figure
_RE_NUMBERED = re.compile(
    r"\b(?:bands?|indicators?|metrics?|tables?|figures?|charts?|pages?|questions?|q|sections?"
    r"|appendix|objectives?|actions?|priority|priorities|step|part|grade|level|no\.?|number)$",
    re.I,
)


# a label that says its figure is a change or a gap, not a level ("Change 2023: 0.12")
_RE_NOT_LEVEL = re.compile(
    r"\bchange|\bdifference|\bgap\b|increase|decrease|movement|variance|\bshift\b", re.I
)
COUNT = "a count, not a measure"  # not counted as unsettled: counts are not published

# "Last year: 31.4%" under a dated heading: the period before the heading's, which a
# card's reader (parsers/wres/cards.py) settles from the entry above it (a label that
# names its year, "Last year (2023)", is dated by it)
_RE_PREVIOUS = re.compile(PREVIOUS_PERIOD, re.I)

_RE_MONTH_END = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.I
)


@dataclass
class LineFigures:
    metrics: list[WresMetric]
    skipped: list[Skipped]
    claimed: set[str]  # the lines read here (the narrative reader leaves them alone)


def _value_line(text: str) -> tuple[str, float, int, bool] | None:
    """(label, value, decimals, printed with %) of a label/value line, or None."""
    # a list item's bullet ("• Indicator 2: 1.57") is no part of its label
    m = _RE_LINE.match(drop_interval(re.sub(r"^\s*[•●▪◦·]\s*", "", text)))
    if not m:
        return None
    label = m.group("label").strip()
    if not m.group("pct") and (_RE_NUMBERED.search(label) or _RE_MONTH_END.search(label)):
        return None  # "Band 7", "Indicator 2", "Table 3", "October 2": a name, a date
    if not re.search(r"[A-Za-z]", label) and not re.search(r"20\d\d", label):
        return None
    if re.search(r"\d+(?:\.\d+)?\s*%", label):
        return None  # two figures on the line: a sentence or a table row, not a label
    if len(label.split()) > 8:
        return None
    v = m.group("v")
    decimals = len(v.split(".", 1)[1]) if "." in v else 0
    return label, float(v), decimals, bool(m.group("pct"))


def _metric(
    key: Key, label: str, value: float, decimals: int, pct: bool, page: int, board: str | None
):
    """(metric, None) for a settled key, else (None, why not). `board`: the part of the
    board an indicator 9 heading names (see `_board_part`)."""
    ind = key.indicator
    if ind is None:
        return None, "no indicator"
    if ind == 9 and (board is None or not pct):
        return None, "board figures are read from tables and sentences"
    survey_named = bool(key.time_text and re.search(r"survey", key.time_text, re.I))
    period = wres_year_period(label, key.time) or settle(key.time, ind, survey_named)
    if period is None:
        return None, "no period" if key.time is None else f"period of '{key.time_text}' unclear"
    group = key.ethnic_group
    if group == "?":
        return None, "several ethnic groups"
    staff_group = band = None
    if ind == 1:
        if not pct:
            return None, COUNT  # a headcount: indicator 1 figures are percentages
        measure = "percentage"
        staff_group = key.staff_group or ("overall" if key.band is None else None)
        band = key.band
    elif ind == 9:
        measure, staff_group = "percentage", board
    elif ind in (2, 3, 4):
        if pct:
            measure = "rate"
        else:
            if group is not None or value > 20 or decimals == 0:
                return None, "a bare figure beside a group, or a whole number: not a ratio"
            measure = "relative_likelihood"
            group = key.rl_group
    else:  # staff survey 5-8
        if not pct:
            return None, COUNT  # a number of respondents, not a percentage
        measure = "percentage"
    why = unsettled(ind, period, group, staff_group, band)
    if why is not None:
        return None, why
    if measure in ("percentage", "rate") and not 0 <= value <= 100:
        return None, "not a percentage"
    m = WresMetric(
        indicator=ind,
        measure=measure,
        ethnic_group=group,
        period=period,
        value=value,
        staff_group=staff_group,
        band=band,
        period_label=key.time_text,
        unit=_UNITS[measure],
        source_table=SOURCE,
        source_page=page,
    )
    m._decimals = decimals  # type: ignore[attr-defined]  # printed precision
    return m, None


# what parse_cell makes of a figure's withheld or unavailable mark ("<10", "*", "n/a")
_MARKS = ("redacted", "empty")


# a figure alone on its line: the value of the label line above it (a definition list's
# <dt>/<dd>, a two-column layout's label and value printed one under the other)
# (a percentage or a decimal: a whole number alone is a count, a rating or a list number)
_RE_VALUE_ALONE = re.compile(
    r"^[+-]?(?:\d{1,3}(?:\.\d{1,3})?\s*(?:%|per\s*cent)|\d{1,2}\.\d{1,3})$", re.I
)


# a line that continues the figure above it ("38.2%" / "of BME staff experienced ..."):
# that figure is the caption's, not the value of the label line above it
_RE_CAPTION = re.compile(r"^[a-z]")


@dataclass
class _Text:
    text: str
    page: int
    styled: bool  # the document marks it as a heading
    parts: tuple[str, ...] = ()  # the lines joined into this one (label, value)


def _text_lines(doc: Extracted) -> list[_Text]:
    """The document's text lines in reading order, with a label and the figure printed
    alone on the next line joined into one label/value line ("White" / "71.4%" ->
    "White 71.4%"); not when another figure follows alone (a table flattened into lines:
    "White" / "120" / "78.2%"), nor when a caption continues the figure ("38.2%" / "of
    BME staff ...": an infographic's figure over its description). A table does not end a heading's reach: the next lines
    are its own."""
    raw: list[_Text] = []
    for item in doc.items:
        if isinstance(item, Table):
            raw.append(_Text("", item.page, False))  # no label pairs across a table
        elif isinstance(item, TextBlock):
            styled = item.style == "heading"
            raw.extend(
                _Text(t, item.page, styled)
                for r in (item.text or "").split("\n")
                if (t := per_hundred_as_percent(clean(r)))  # "22 in every 100" is 22%
            )
    numbered = drop_paragraph_numbers([t.text for t in raw])
    raw = [replace(t, text=n) for t, n in zip(raw, numbered, strict=True)]
    out: list[_Text] = []
    k = 0
    while k < len(raw):
        t = raw[k]
        value = raw[k + 1] if k + 1 < len(raw) else None
        after = raw[k + 2].text if k + 2 < len(raw) else ""
        if (
            value is not None
            and not t.styled
            and not value.styled
            and _RE_VALUE_ALONE.match(value.text)
            and not _RE_VALUE_ALONE.match(after)
            and not _RE_CAPTION.match(after)
            and _is_label(t.text)
        ):
            out.append(_Text(f"{t.text} {value.text}", value.page, False, (t.text, value.text)))
            k += 2
            continue
        out.append(t)
        k += 1
    return out


def _is_label(text: str) -> bool:
    """A short line without a figure of its own: a label whose value may follow."""
    return (
        0 < len(text) <= 60
        and _value_line(text) is None
        and not re.search(r"[.!?;]$|\d+(?:\.\d+)?\s*%", text)
        and re.search(r"[A-Za-z]{2}|20\d\d", text) is not None  # not a lone letter ("R", "A")
    )


def _withheld(text: str) -> bool:
    """A label and a mark where its figure would stand ("White 2022/23: n/a", "<10",
    "*"): the line is one of the label/value lines, not a heading that would end the
    reach of the heading above them."""
    label, sep, value = text.rpartition(":")
    mark = clean(value)
    return bool(sep and label.strip() and mark and parse_cell(mark).kind in _MARKS)


def _board_part(text: str) -> str | None:
    """Whose shares an indicator 9 heading or label says its figures are: the board's
    voting members, its executives, the whole board or the whole workforce; None when
    it does not say, or names a gap between them."""
    read = _i9_row(text)
    return read[1] if read is not None and read[0] == "percentage" else None


def read_lines(doc: Extracted) -> LineFigures:
    """Every label/value line's figure, keyed by its heading path and its label."""
    ctx = Context()  # the heading path alone: a line's label is its lead-in
    out = LineFigures([], [], set())
    seen: dict[tuple, WresMetric] = {}
    board: str | None = None  # the part of the board the heading just above names
    for t in _text_lines(doc):
        text = t.text
        if not text:
            continue
        line = _value_line(text)
        if line is None and _withheld(text):
            continue  # "BME 2022/23: n/a": a value line without its figure, no heading
        if line is None:
            head = heading_key(text, styled=t.styled)
            if head is not None:
                ctx.heading(*head)
                # only the lines straight under the heading naming the board's part:
                # any heading after it (a dated one, the next section's) may be about
                # other people, while the heading path keeps indicator 9 in force
                board = _board_part(text) if head[1].indicator == 9 else None
            continue
        label, value, decimals, pct = line
        local = label_key(label)
        if _RE_PREVIOUS.search(label) and local.time is None:
            continue  # not the heading's period, and no year of its own: the card reader's
        if local.comparator or _RE_NOT_LEVEL.search(label):
            # a comparator's figure, or a change: not the trust's level; nor are the
            # label and value it was joined from ("National average (BME)" / "27.4%")
            out.claimed.update({text, *t.parts})
            continue
        key = ctx.figure_key(local)
        # the line's own label may name a part of the board ("Voting members BME");
        # "Overall" on its own there is the board's total, not the workforce's
        own_part = _board_part(label)
        part = own_part if own_part not in (None, "overall") else board
        if own_part == "board" and board in QUALIFIED_BOARDS:
            # "BME board members" under "Voting membership of the board": the heading
            # says which members the label's bare board is
            part = board
        m, why = _metric(key, label, value, decimals, pct, t.page, part)
        if m is None:
            if key.indicator is not None and why != COUNT:
                out.skipped.append(Skipped(text, t.page, why or "key not settled", value))
            continue
        if m.key() in seen:
            if seen[m.key()].value != m.value:  # two values for one key: neither
                out.skipped.append(Skipped(text, t.page, "two values for one key"))
                out.metrics = [x for x in out.metrics if x.key() != m.key()]
            continue
        seen[m.key()] = m
        out.metrics.append(m)
        out.claimed.update({text, *t.parts})  # the narrative reader sees the parts
    return out
