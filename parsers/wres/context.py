"""The attribution engine's context: what the text above a figure says about its key.

Every WRES figure's key is (indicator, measure, staff_group, band, ethnic_group,
period). Trusts print each part wherever their layout puts it: an indicator heading,
a staff group and band heading below it ("Clinical staff - Band 8a"), a dated heading
below that ("Position at 31 March 2023"), then the line's own label ("White 78.2%",
"Trust 2023: 1.42") or a table's row and column labels. This module reads those
parts:

- `Key`: a partial key, with `merge` (the nearer context wins).
- `heading_key(text)`: what one heading establishes, and at which level: an indicator
  heading (level 1) establishes the indicator, for indicators 2-4 the group whose
  likelihood it states, for indicator 1 a staff group it names ("Indicator 1 -
  Clinical workforce"); a heading's definition wording ("bands 1-9 and VSM compared
  with the overall workforce") names no band or group of its own. A staff group or
  band heading is level 2, a dated heading level 3 (each with the one ethnic group it
  may name: "BME staff by pay band, 31 March 2024"), a heading naming only a group
  ("White colleagues") level 4.
- `HeadingPath`: the headings in force, each replacing those at its level and below;
  `path.key` is their merged key.
- `label_key(text)`: what a line's or a row's own label says: an ethnic group, a staff
  group and band, a time, and whether it is the trust's figure or a comparator's
  ("National 2024", "Average").
- `settle(...)`: the period of a time expression for a given indicator (a bare year is
  a WRES data year for 1-4 and 9, ambiguous for the staff survey indicators 5-8).
- `Context`: the heading path and the lead-in lines in force, shared by the line and
  sentence readers; `figure_key(local)` merges a figure's own evidence over them.
- `unsettled(...)`: why a figure's key is not settled (None when it is); a reader
  publishes a figure only when it says None.

Nothing here guesses: a part that is not stated stays None, and the reader that uses
the key skips (and counts) a figure whose key is not settled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace

from parsers.wres.cells import band_and_group, clean, ethnic_groups
from parsers.wres.narrative_terms import _Time, _times
from parsers.wres.question_heading import question_indicator
from parsers.wres.ratio_pairs import numerator_group
from parsers.wres.vocab import (
    COMPARATOR,
    INDICATOR_HEADING,
    INDICATOR_TAG,
    MEETING,
    NOT_A_SNAPSHOT,
    SURVEY_INDICATORS,
    indicators_named,
    medical_band,
)

RL_DEFAULT = {2: "White", 3: "BME", 4: "White"}  # the WRES definition's numerator

_RE_INDICATOR = re.compile(INDICATOR_HEADING, re.I)
# a line's run-in label naming one indicator: "WRES 2023, indicator 4: 1.06"
_RE_LABEL_INDICATOR = re.compile(
    r"\b(?:indicator|metric)\s*(?P<n>[1-9])\b(?!\s*(?:and|&|,|-|–|to)\s*\d)", re.I
)
_RE_MEETING = re.compile(MEETING, re.I)
_RE_INDICATOR_TAG = re.compile(INDICATOR_TAG, re.I)
_RE_COMPARATOR = re.compile(COMPARATOR, re.I)
_RE_DEFINITION = re.compile(r"compared\s+(?:with|to)|relative|likelihood|percentage\s+of", re.I)


@dataclass(frozen=True)
class Key:
    """A partial WRES key; None where the text does not say."""

    indicator: int | None = None
    staff_group: str | None = None
    band: str | None = None
    ethnic_group: str | None = None
    rl_group: str | None = None  # the group a relative likelihood is of
    time: _Time | None = field(default=None, compare=False)
    time_text: str | None = None
    comparator: bool = False
    bank: bool = False  # a bank staff lead-in: the figures below are not the WRES's
    survey_years: bool = False  # a lead-in dating what follows by staff survey years only

    def merge(self, nearer: Key) -> Key:
        """This key with every part `nearer` states put over it."""
        parts = {f.name: getattr(nearer, f.name) for f in fields(nearer)}
        return replace(self, **{k: v for k, v in parts.items() if v not in (None, False)})


@dataclass
class _Heading:
    level: int
    key: Key


@dataclass
class HeadingPath:
    """The headings in force above the current line."""

    stack: list[_Heading] = field(default_factory=list)

    def push(self, level: int, key: Key) -> None:
        self.stack = [h for h in self.stack if h.level < level]
        self.stack.append(_Heading(level, key))

    def reset(self) -> None:
        self.stack = []

    @property
    def key(self) -> Key:
        out = Key()
        for h in self.stack:
            out = out.merge(h.key)
        return out


_DATED_KINDS = ("fy", "month", "survey")  # a time that dates a figure for any indicator


@dataclass
class Context:
    """What the text above a figure has established, shared by the line, table and
    sentence readers: the heading path (indicator, staff group and band, dated heading)
    and the lead-in lines since the last table ("Non-clinical:", "Band 7 and above",
    "BME colleagues"), which a table or an indicator heading ends. `default` is the
    document's own data year. A figure's key is `figure_key(local)`: its own evidence
    (a line's label, a row's or a sentence's words) over the lead-ins over the path."""

    path: HeadingPath = field(default_factory=HeadingPath)
    lead: Key = field(default_factory=Key)
    default: str | None = None

    @property
    def key(self) -> Key:
        return self.path.key.merge(self.lead)

    @property
    def section(self) -> int | None:
        """The indicator the headings above name."""
        return self.path.key.indicator

    @property
    def period(self) -> str | None:
        """The financial year a dated heading or lead-in gives the figures below (a
        bare year does not: a WRES year or a survey year?)."""
        t = self.path.key.time
        return settle(t, self.section or 1) if t is not None and t.kind in _DATED_KINDS else None

    def period_for(self, indicator: int) -> str | None:
        """The financial year the dated heading above gives a figure of `indicator`; a
        staff survey's year ("2023 NHS Staff Survey") dates the survey indicators only."""
        t = self.path.key.time
        if t is None or t.kind not in _DATED_KINDS:
            return None
        if t.kind == "survey" and indicator not in SURVEY_INDICATORS:
            return None
        return settle(t, indicator)

    @property
    def survey_dated(self) -> bool:
        """Whether the dated heading above, or the lead-in line, names a staff survey:
        a bare year below it ("(2022: 16.9%)") is then that year's survey."""
        t = self.path.key.time
        return (t is not None and t.kind == "survey") or self.lead.survey_years

    def heading(self, level: int, key: Key) -> None:
        self.path.push(level, key)
        if level == 1:
            self.lead = Key()  # a lead-in reaches no further than its section

    def end_lead(self) -> None:
        self.lead = Key()

    def figure_key(self, local: Key) -> Key:
        return self.key.merge(local)


def indicator_heading(text: str) -> int | None:
    """The indicator an "Indicator 2: ...", "Metric 5 -", "(WRES 1)" heading names."""
    t = clean(text)
    m = _RE_INDICATOR.match(t) or _RE_INDICATOR_TAG.search(t)
    if not m:
        return question_indicator(t)  # "What does indicator 5 tell us?"
    n = int(m.group("n"))
    return n if 1 <= n <= 9 else None


def _one_time(text: str) -> _Time | None:
    """The one time a heading states. A financial year and the staff survey or
    snapshot that falls in it ("2023/24 (2023 NHS Staff Survey)") are one time: the
    financial year is kept."""
    times = [t for t in _times(text) if t.kind != "rel"]
    years = {(t.kind, t.year) for t in times}
    if len(years) == 1:
        return times[0]
    if times and all(t.kind in _DATED_KINDS for t in times) and len({t.year for t in times}) == 1:
        return next((t for t in times if t.kind == "fy"), times[0])
    return None


def heading_key(text: str, styled: bool = False) -> tuple[int, Key] | None:
    """(level, key) of a heading line, or None when the line is not one. `styled`: the
    document marks it as a heading (so its words may name the indicator without
    "Indicator N")."""
    t = clean(text)
    if not t or len(t) > 200:
        return None
    ind = indicator_heading(t)
    if (
        ind is None
        and styled
        and not re.search(r"race\s+equality\s+standard|\bwres\b", t, re.I)
        and not _RE_MEETING.search(t)
    ):
        # a heading's own words ("Our workforce by ethnicity"); the report's title
        # ("Workforce Race Equality Standard 2023") names no one indicator
        named = indicators_named(t) - ({1} if len(indicators_named(t)) > 1 else set())
        ind = next(iter(named)) if len(named) == 1 else None
    if ind is not None:
        rl = None
        if ind in (2, 3, 4) and re.search(r"likel|ratio|relative", t, re.I):
            rl = numerator_group(t)
        sg = band = None
        if ind == 1 and not _RE_DEFINITION.search(t):
            # "Indicator 1 - Clinical workforce": the lines below are that staff group's
            sg, band = band_and_group(_RE_INDICATOR.sub("", t, count=1))
            sg = None if sg == "overall" and band is None else sg
        # "Indicator 6: ... (2023 NHS Staff Survey)": a dated heading and an indicator's
        time = _one_time(t)
        if time is not None and not (time.kind in _DATED_KINDS and is_dated_heading(t, time)):
            time = None
        return 1, Key(
            indicator=ind,
            rl_group=rl or RL_DEFAULT.get(ind),
            staff_group=sg,
            band=band,
            time=time,
            time_text=time.text if time else None,
        )
    if len(t) > 80 or re.search(r"[.!?]$", t) or _RE_DEFINITION.search(t):
        return None
    sg, band = band_and_group(t)
    if band is None and sg == "medical":
        band = medical_band(t)
    if sg == "overall" and band is None:
        sg = None  # "workforce" alone says nothing a line below needs
    group = _one_group(t)  # "BME staff by pay band, 31 March 2024"
    if sg is not None or band is not None:
        return 2, Key(staff_group=sg, band=band, ethnic_group=group)
    time = _one_time(t)
    if time is not None and is_dated_heading(t, time):
        return 3, Key(time=time, time_text=time.text, ethnic_group=group)
    if group is not None and len(t) <= 60 and re.search(_GROUP_HEADING, t, re.I):
        return 4, Key(ethnic_group=group)  # "BME colleagues", "White staff by band"
    return None


# a heading that names a group of staff, not a sentence about one
_GROUP_HEADING = r"^\W*\w+(?:\s+\w+)?\s+(?:staff|colleagues|employees|workforce)\b"


def _one_group(text: str) -> str | None:
    """The one ethnic group a heading names, or None (none, several, or "All")."""
    groups = {g for g in ethnic_groups(text) if g != "All"}
    return next(iter(groups)) if len(groups) == 1 else None


_RE_NOT_DATED = re.compile(NOT_A_SNAPSHOT, re.I)
_RE_SNAPSHOT = re.compile(r"\bas\s+(?:at|of|on)\b|position|snapshot|census|\bat\s+\d", re.I)


def is_dated_heading(text: str, time: _Time) -> bool:
    """Whether a heading dates the figures below it: a financial year, a staff survey
    year, or a snapshot date (31 March, the WRES snapshot, or any date said to be a
    position: "as at 30 June 2023"); not an action plan's deadline ("June 2023") nor
    a publication or plan date."""
    if _RE_NOT_DATED.search(text):
        return False
    if time.kind == "month":
        march = re.search(r"\bmar|/0?3/", time.text, re.I)
        return bool(march or _RE_SNAPSHOT.search(text))
    return time.kind in ("fy", "survey", "bare")


def label_key(label: str) -> Key:
    """What a line's own label states: its ethnic group (one), its staff group and band,
    its time, and whether it is a comparator's figure ("National 2024", "Benchmark
    group average")."""
    t = clean(label)
    groups = [g for g in ethnic_groups(t) if g != "All"]
    time = _one_time(t)
    sg, band = band_and_group(t)  # "Band 5 - 31.2%" under a group's heading
    if band is None and sg == "medical":
        band = medical_band(t)
    # one indicator named: a label naming two ("indicator 2 1.4; indicator 4") is a list
    named = {int(m.group("n")) for m in _RE_LABEL_INDICATOR.finditer(t)}
    ind = named.pop() if len(named) == 1 else None
    return Key(
        indicator=ind,
        rl_group=RL_DEFAULT.get(ind) if ind else None,
        staff_group=None if sg == "overall" and band is None else sg,
        band=band,
        ethnic_group=groups[0] if len(groups) == 1 else ("?" if groups else None),
        time=time,
        time_text=time.text if time else None,
        comparator=bool(_RE_COMPARATOR.search(t)),
    )


def settle(time: _Time | None, indicator: int, survey_named: bool = False) -> str | None:
    """The financial year a time expression dates for `indicator`; None when unsure:
    a bare year is a WRES data year for 1-4 and 9 ("2023" -> 2022/23) but a staff
    survey indicator's (5-8) bare year could be either, unless the survey is named."""
    from parsers.wres.cells import fy

    if time is None:
        return None
    if time.kind in ("fy", "month", "survey"):
        return fy(time.year)
    if time.kind == "bare":
        if indicator in SURVEY_INDICATORS:
            return fy(time.year) if survey_named else None
        return fy(time.year - 1)
    return None


def unsettled(
    indicator: int | None,
    period: str | None,
    group: str | None,
    staff_group: str | None = None,
    band: str | None = None,
) -> str | None:
    """Why a figure's key is not settled, or None when it is. The one test every reader
    (tables aside) applies once it knows what the figure measures: an indicator, a
    period, one ethnic group (for a relative likelihood, the group whose likelihood it
    is), and for indicators 1 and 9 a staff group and, when a band is named, one band."""
    if indicator is None:
        return "no indicator"
    if period is None:
        return "no period"
    if group is None:
        return "no ethnic group"
    if group == "?":
        return "several ethnic groups"
    if indicator in (1, 9) and staff_group in (None, "?"):
        return "band without its staff group" if band else "no staff group"
    if band == "?":
        return "several bands"
    return None


def heading_above(context: list[str]) -> tuple[str | None, str | None]:
    """(staff group, band) of the last staff group or band heading among the lines
    right above a table (since the previous table); (None, None) when none, or when an
    indicator heading comes after it. It describes that table only."""
    found: tuple[str | None, str | None] = (None, None)
    for line in context:
        head = heading_key(line)
        if head is None:
            continue
        level, key = head
        if level == 1:
            found = (None, None)
        elif level == 2:
            found = (key.staff_group, key.band)
    return found


def time_above(context: list[str]) -> _Time | None:
    """The time of the last dated heading among the lines right above a table (since
    the previous table): "WRES 2023/24: survey indicators", "Position at 31 March
    2024". A table whose columns name no year takes it (`settle` per indicator)."""
    found: _Time | None = None
    for line in context:
        head = heading_key(line)
        if head is not None and head[1].time is not None:
            found = head[1].time
    return found
