"""Tables scoped to one part of the workforce: their figures are not the indicators.

A report may print the same table once for each part of its workforce and once for
the whole trust, each under a short heading of its own:

    Doctors and dentists      | Indicator | BME | White |  <- one part
    Agenda for Change staff   | Indicator | BME | White |  <- another part
    All our staff             | Indicator | BME | White |  <- the whole trust

Only the whole trust's figures are the WRES indicators. The parts' figures are real,
but published under the indicators' keys they would be wrong figures, so they are
counted for review (`PART_OF_TRUST`) and never keyed. Two readings, structure first:

- a family: consecutive tables of one shape (the same column heads, the same row
  labels) each under its own heading that is not a date, an ethnic group or an
  indicator. They are one table printed per population. When one member's heading
  names the whole trust ("Whole Trust", "All staff", "Trust overall", the trust's
  own name), every other member is a part, whatever its heading says; when none
  does, every member is (none is settled as the trust's). What is said
  once over the first member (the report year in the heading above it) is said for
  them all, so a member naming no time takes the first member's dated lines above.
- a single table whose heading (a title row spanning it, the short line straight
  above it, or its caption)
  names one part of the workforce: a staff group ("Medical and dental staff",
  "Non-medical staff", "Nursing") or a unit of the trust ("Surgery division"). Such a
  heading is a scope only over a table of the indicators that have no staff group
  (2 to 9, or several of them): indicator 1's tables by staff group are read by the
  staff-group readers.

A heading naming both a part and the whole ("Medical staff and the whole trust") says
neither and leaves the table as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from parsers.wres.cells import clean, ethnic_groups
from parsers.wres.context import time_above
from parsers.wres.skipped import Skipped, part_of_trust
from parsers.wres.tables import Tab
from parsers.wres.vocab import (
    INDICATOR_HEADING,
    NON_MEDICAL,
    ORG_UNITS,
    indicators_named,
    staff_groups_named,
)

_MAX_HEADING = 80
# the whole trust, in a heading of its own
_RE_WHOLE = re.compile(
    r"^(?:the\s+)?(?:trust|all)$|\b(?:our|the|this)\s+trust\b"
    r"|\btrust\s+(?:overall|total|level|figures?)\b|\btrust[\s-]*wide\b"
    r"|\bwhole\b|\borgani[sz]ation[\s-]*wide\b|\boverall\b|\btotal\b|\bentire\b"
    r"|\ball\s+(?:our\s+)?(?:staff|colleagues|employees|workforce)\b",
    re.I,
)
# parts of the workforce a heading may name besides the staff groups of indicator 1
_RE_PART = re.compile(
    NON_MEDICAL + r"|\bnurs|\bmidwi|\ballied\s+health|\bahps?\b|agenda\s+for\s+change|\bafc\b"
    r"|\bbank\s+staff|\bestates\b|\bservices?\s+(?:line|unit)"
    r"|" + ORG_UNITS,
    re.I,
)
_RE_INDICATOR = re.compile(INDICATOR_HEADING, re.I)
WHOLE, PART = "whole", "part"


def heading_scope(text: str, own: list[str] | None = None) -> str | None:
    """WHOLE when a heading names the whole trust, PART when it names one part of the
    workforce, None when it names neither (or both)."""
    t = clean(text)
    whole = bool(_RE_WHOLE.search(t)) or any(n and n.lower() in t.lower() for n in own or [])
    part = bool(staff_groups_named(t) - {"overall"}) or bool(_RE_PART.search(t))
    if {"clinical", "non_clinical"} <= staff_groups_named(t):
        part, whole = False, True  # "clinical and non-clinical staff": the whole workforce
    if whole == part:
        return None
    return WHOLE if whole else PART


def _title_row(tab: Tab) -> str | None:
    """A first row of one cell spanning the table ("Medical staff", "", ""): its title."""
    if len(tab.rows) < 3 or len(tab.rows[0]) < 2:
        return None
    first = [clean(c) for c in tab.rows[0]]
    return first[0] if first[0] and not any(first[1:]) else None


def nearest_heading(tab: Tab) -> str | None:
    """A table's own title row, else the short line straight above it (not a
    sentence), else its caption."""
    title = _title_row(tab)
    if title is not None:
        return title
    if tab.lines_above:
        line = clean(tab.lines_above[-1])
        if line and len(line) <= _MAX_HEADING and not line.endswith("."):
            return line
    return clean(tab.caption) if tab.caption else None


def _shape(tab: Tab) -> tuple[tuple[str, ...], frozenset[str]]:
    rows = tab.rows[1:] if _title_row(tab) is not None else tab.rows
    head = tuple(clean(c).lower() for c in rows[0]) if rows else ()
    labels = frozenset(clean(r[0]).lower() for r in rows[1:] if r and clean(r[0]))
    return head, labels


def _same_shape(a: Tab, b: Tab) -> bool:
    """The same column heads and (nearly) the same row labels: one table, reprinted."""
    (ha, la), (hb, lb) = _shape(a), _shape(b)
    if ha != hb or len(ha) < 2 or not la or not lb:
        return False
    return len(la & lb) >= max(2, round(0.75 * min(len(la), len(lb))))


def _population_heading(text: str | None) -> bool:
    """A heading that can name a population: not a date, an ethnic group or an
    indicator (tables printed per year, per group or per indicator are no family)."""
    if not text:
        return False
    return (
        time_above([text]) is None
        and not set(ethnic_groups(text)) - {"All"}  # "All staff" is a population
        and not _RE_INDICATOR.match(text)
        and not indicators_named(text) - {1}  # 1 is any staff: a population
    )


def families(tabs: list[Tab]) -> list[list[int]]:
    """Runs of two or more consecutive tables of one shape, each under a population
    heading of its own."""
    out: list[list[int]] = []
    run: list[int] = []
    for i, tab in enumerate(tabs):
        if run and _same_shape(tabs[run[-1]], tab):
            run.append(i)
            continue
        if len(run) >= 2:
            out.append(run)
        run = [i]
    if len(run) >= 2:
        out.append(run)
    kept = []
    for run in out:
        heads = [nearest_heading(tabs[i]) for i in run]
        if all(_population_heading(h) for h in heads) and len(set(heads)) == len(heads):
            kept.append(run)
    return kept


@dataclass
class Scopes:
    """Which tables are one part of the workforce: `family_parts` by their family,
    `named_parts` by their heading's words alone; `staff_groups`, those whose heading
    names a staff group indicator 1 is keyed by (clinical, non-clinical, medical)."""

    family_parts: set[int]
    named_parts: set[int]
    staff_groups: set[int]

    def skips(self, i: int, indicator: int | None) -> bool:
        """Whether table i (of `indicator`, MIXED for several) is not read: a part's
        table of the indicators with no staff group always; of indicator 1 only as a
        family's part whose heading names no staff group (a staff group's table of
        indicator 1 is keyed by its staff group)."""
        if indicator not in (None, 1):
            return i in self.family_parts or i in self.named_parts
        return i in self.family_parts and i not in self.staff_groups


def scope_tables(tabs: list[Tab], own: list[str] | None = None) -> tuple[list[Tab], Scopes]:
    """The tables (a family's later members given the first member's dated lines above
    when they name no time) and which of them are parts of the workforce."""
    out = list(tabs)
    family_parts: set[int] = set()
    in_family: set[int] = set()
    heads = [nearest_heading(tab) or "" for tab in tabs]
    for run in families(tabs):
        scopes = [heading_scope(heads[i], own) for i in run]
        if scopes.count(WHOLE) > 1:
            continue  # several say they are the whole trust: left as printed
        in_family.update(run)
        # one table per population: the others beside the whole trust's, or all when
        # none is the whole trust's (two sites' tables would give each key two values)
        family_parts.update(i for i, s in zip(run, scopes, strict=True) if s != WHOLE)
        dated = [ln for ln in tabs[run[0]].lines_above if time_above([ln]) is not None]
        for i in run[1:]:
            if dated and time_above(tabs[i].lines_above) is None:
                out[i] = replace(tabs[i], lines_above=[*dated, *tabs[i].lines_above])
    named_parts = {
        i for i in range(len(tabs)) if i not in in_family and heading_scope(heads[i], own) == PART
    }
    staff_groups = {i for i, h in enumerate(heads) if staff_groups_named(h) - {"overall"}}
    return out, Scopes(family_parts, named_parts, staff_groups)


def skip_part(tab: Tab, unsettled: list[Skipped]) -> None:
    """Each figure of a part's table counted for review."""
    for row, page in zip(
        tab.rows[1:], tab.row_pages[1:] or [tab.page] * len(tab.rows), strict=False
    ):
        if row:
            unsettled.extend(part_of_trust(clean(row[0]), row[1:], page))


__all__ = ["PART", "WHOLE", "Scopes", "families", "heading_scope", "scope_tables", "skip_part"]
