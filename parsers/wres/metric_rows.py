"""What one row of a WRES indicator table measures (parsers.wres.metric_table reads the
table column by column): a group's rate or percentage, a relative likelihood and the
group whose likelihood it is, a count behind a percentage, a staff group's or band's
share (indicator 1), a board figure (indicator 9). `describe_row` says which, from the
row's label, the indicator, the row kind above it and the section row it sits under;
None when the label says nothing the rules read (the row is then counted, not read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.wres.cells import band_and_group, ethnic_groups
from parsers.wres.context import RL_DEFAULT, label_key
from parsers.wres.ratio_pairs import numerator_group
from parsers.wres.vocab import HARASSMENT, WHOLE_WORKFORCE_WORDS, indicators_named


@dataclass
class RowDesc:
    role: str  # value | count
    measure: str
    group: str | None
    staff_group: str | None = None
    band: str | None = None


def _row_kind(label: str, prev: str | None) -> str | None:
    low = label.lower().strip()
    if re.search(r"likelihood|\bratio\b|\btimes\b", low):
        if not re.search(r"relative|\bratio\b|\btimes\b", low) and len(ethnic_groups(label)) == 1:
            return "value"  # "Likelihood of White applicants being appointed": a rate
        return "rl"
    if re.match(r"^(?:n\b|n\.|no\.|number|count|headcount|total number)", low) or "out of" in low:
        return "count"
    if re.match(r"^(?:%|percentage|percent|proportion|rate)", low) or "%" in low:
        return "value"
    if ethnic_groups(label):
        return prev or "value"
    return None


def describe_row(
    label: str, indicator: int, prev_kind: str | None, section: str | None
) -> tuple[RowDesc | None, str | None]:
    """What a row's figures are; returns (description, kind to inherit)."""
    if indicator == 1:
        sg, band = band_and_group(label)
        if sg is None and band is not None:
            sg = section
        if sg is None and band is None:
            return None, prev_kind
        groups = [g for g in ethnic_groups(label) if g != "All"]
        return RowDesc("value", "percentage", groups[0] if groups else None, sg, band), prev_kind
    if indicator == 9:
        low = label.lower()
        board = None
        if re.search(r"\bboard\b", low):
            if re.search(r"non[\s-]*executive", low):
                return None, prev_kind
            if re.search(r"\bvoting\b", low) and not re.search(r"non[\s-]*voting", low):
                board = "board_voting"
            elif re.search(r"\bexecutive\b", low):
                board = "board_executive"
            else:
                board = "board"
        groups = ethnic_groups(label)
        group = groups[0] if groups else "BME"
        if re.search(r"difference|\bgap\b|\bvariance\b", low):
            if (
                board is None
                and re.search(r"\bvoting\b", low)
                and not re.search(r"non[\s-]*voting", low)
            ):
                board = "board_voting"
            elif board is None and re.search(r"(?<!non-)(?<!non )\bexecutive\b", low):
                board = "board_executive"
            return RowDesc("value", "difference", group, board or "board"), prev_kind
        kind = _row_kind(label, None)
        role = "count" if kind == "count" else "value"
        return RowDesc(role, "percentage", group, board or _unnamed_board(low)), prev_kind
    kind = _row_kind(label, prev_kind)
    if kind is None and indicator in (5, 6, 7, 8) and _names_the_measure(label, indicator):
        # "Staff experiencing harassment" under indicator 5: the row is the indicator's
        # measure; each figure's group comes from its column or its cell
        return RowDesc("value", "percentage", None), prev_kind
    if kind is None:
        return None, prev_kind
    if kind == "rl":
        group = numerator_group(label) or RL_DEFAULT.get(indicator)
        return RowDesc("value", "relative_likelihood", group), prev_kind
    groups = ethnic_groups(label)
    measure = "rate" if indicator in (2, 3, 4) else "percentage"
    if not groups:
        if kind == "value" and indicator in (5, 6, 7, 8):
            # "Percentage of staff experiencing ..." over White / BME columns: the
            # group comes from the column (a column without one gives nothing)
            return RowDesc(kind, measure, None), kind
        return None, kind
    return RowDesc(kind, measure, groups[0]), kind


# a row naming the staff as a whole beside the board ("Overall workforce, BME (%)")
_RE_STAFF = re.compile(WHOLE_WORKFORCE_WORDS + r"|\bstaff\b|\bemployees\b|\btrust\b|organisation")


def _unnamed_board(low: str) -> str:
    """The staff group of an indicator 9 share whose row names no board: the whole
    workforce's when the row names the staff, else the indicator as defined, the
    board's voting members (a "BME" row of a table under "Indicator 9: board
    membership"), as the summary and long-row readers key it."""
    return "overall" if _RE_STAFF.search(low) else "board_voting"


def _names_the_measure(label: str, indicator: int) -> bool:
    """A survey row label in the indicator's own words (harassment for 5 and 6) or
    naming the trust's own staff ("Our staff", "Trust"), not a comparator's ("National
    average") nor another measure ("Response rate")."""
    if label_key(label).comparator:
        return False
    named = indicators_named(label)
    return (
        indicator in named
        or (indicator in (5, 6) and bool(re.search(HARASSMENT, label, re.I)))
        or bool(re.search(r"\btrust\b|\bour\b|\bstaff\b|\bcolleagues\b|\bemployees\b", label, re.I))
    )
