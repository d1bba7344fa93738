"""What a table says once for all its figures, for the grid keyer
(parsers/wres/grid_keys.py): its caption, banner rows and the headings above it (an
indicator, a year, the staff survey, that its figures are percentages), whether its rows
name the board, and what each of its labels says, read once per text.

A table's labels frame many figures (a row label each of its cells, a column head each
of its rows), so every label reading here is cached: each text is read once, not once
per figure."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from parsers.wres.cells import ethnic_groups
from parsers.wres.context import Key, heading_key, indicator_heading, label_key
from parsers.wres.context import settle as settle_time
from parsers.wres.grid_frames import Grid
from parsers.wres.narrative_terms import _Time, _times
from parsers.wres.report_year_heading import report_year_heading
from parsers.wres.tables import Tab
from parsers.wres.vocab import SURVEY_INDICATORS, indicators_named

PERCENT_WORDS = re.compile(r"%|per\s*cent|percentage|proportion|\bshare\b", re.I)
DIFFERENCE = re.compile(r"\bdiff|\bgap\b|percentage\s+points?|\bpp\b", re.I)
SURVEY = re.compile(r"\bsurvey\b", re.I)
BOARD_WORDS = re.compile(r"\bboard\b|\bdirectors?\b", re.I)

_LABELS_READ = 4096
label = lru_cache(maxsize=_LABELS_READ)(label_key)


@lru_cache(maxsize=_LABELS_READ)
def groups_in(text: str) -> tuple[str, ...]:
    return tuple(ethnic_groups(text))


@dataclass(frozen=True)
class Table:
    """What the table says once for all its figures."""

    key: Key  # its caption's and the headings' above it
    years: tuple[str, ...]  # every financial year they name, in order
    survey_named: bool  # they name the staff survey: a bare year is a survey's
    wres_years: bool  # its rows are several indicators, not only the survey's
    percent_named: bool = False  # its caption says its figures are percentages
    board_rows: bool = False  # a row label names the board: other rows are not its


def table_of(tab: Tab, grid: Grid) -> Table:
    """What the table's caption, its banner rows and the headings above it say, and
    what its body's labels say of it as a whole (the indicators its rows name, whether
    one names the board)."""
    body = [t for labels in grid.body_labels() for t in labels]
    row_indicators = {n for t in body if len(f := named(t)) == 1 for n in f}
    texts = [
        t
        for t in (tab.section_heading, *tab.lines_above[-4:], tab.caption, tab.label, *grid.banners)
        if t
    ]
    key = Key(indicator=tab.heading_indicator)
    for text in texts:
        found = heading(text)
        if found is not None:
            key = key.merge(found)
    years = tuple(dict.fromkeys(y for t in texts for y in _years(t)))
    if len(years) > 1:  # "2022/23 and 2023/24": the caption dates no one figure
        key = replace(key, time=None, time_text=None)
    joined = " ".join(texts)
    return Table(
        key=key,
        years=years,
        survey_named=bool(SURVEY.search(joined)),
        percent_named=bool(PERCENT_WORDS.search(" ".join(t for t in texts if len(t) <= 160))),
        wres_years=len(row_indicators) > 1 and bool(row_indicators - set(SURVEY_INDICATORS)),
        board_rows=any(BOARD_WORDS.search(t) for t in body),
    )


def _years(text: str) -> list[str]:
    """The financial years a text names, each once."""
    times = [t for t in _times(text) if t.kind != "rel"]
    return list(dict.fromkeys(y for t in times if (y := settle_time(t, 1, t.kind == "survey"))))


@lru_cache(maxsize=_LABELS_READ)
def heading(text: str) -> Key | None:
    """What a heading says. A WRES report's year ("WRES 2024") dates every figure under
    it with its data year, the staff survey's included (2023/24, the 2023 survey), so a
    survey row under it is not the 2024 survey's."""
    data_year = report_year_heading(text)
    if data_year is not None:
        time = _Time(0, len(text), text, "fy", int(data_year[:4]))
        return Key(time=time, time_text=text)
    found = heading_key(text, styled=True)
    return found[1] if found is not None else None


@lru_cache(maxsize=_LABELS_READ)
def section_key(section: str | None) -> Key:
    """What the sub-heading row a figure sits under says."""
    if not section:
        return Key()
    found = heading(section)
    return found if found is not None else label(section)


def merged(texts: tuple[str, ...]) -> Key:
    """What a row's label cells (or a column's head cells) say together."""
    key = Key()
    for t in texts:
        key = key.merge(label(t))
    return key


@lru_cache(maxsize=_LABELS_READ)
def named(text: str) -> frozenset[int]:
    """The indicators a label names: by number, or by its words when only one."""
    n = indicator_heading(text)
    if n is not None:
        return frozenset({n})
    m = re.match(r"^\s*([1-9])\s*[.):]\s+\w", text)
    if m:
        return frozenset({int(m.group(1))})
    found = indicators_named(text)
    if len(found) > 1 or DIFFERENCE.search(text):
        found -= {1}  # the workforce a difference or another indicator is measured against
    return frozenset(found)
