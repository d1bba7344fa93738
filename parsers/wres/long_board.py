"""Indicator 9 in a data file (one figure a row, parsers.wres.long_rows): is a row the
board's share of a group, the workforce's share, or the difference between the two
(board minus workforce, in points)? All three print as a bare percentage under the
same indicator, group and year, so the value alone does not say; the structure does:

- a label: a text column beside the key ("measure", "description", "sub-measure")
  whose cell says difference / gap / variance / minus, workforce / overall, or board
  (voting, executive, total);
- a sign: a share is never below zero, so a negative value is a difference; and when
  one group's lone indicator 9 row is negative, the column holds differences, so the
  other groups' lone rows (the positive differences) are differences too;
- arithmetic: among the rows of one group and year, and the group's indicator 1 share
  of the same year (the workforce), board - workforce = difference within rounding;
  a row that takes one role in every way the figures add up takes that role.

A row whose role none of these settles, where the key has several rows, is left
unsettled (review), never guessed; a key's lone unlabelled row stays the board's
voting share (the indicator's own wording), as before.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import permutations

from parsers.records import WresMetric
from parsers.wres.skipped import Skipped

BOARD, WORKFORCE, DIFFERENCE, UNREAD = "board", "workforce", "difference", "unread"
# what a text column holds when it is not a label of the row's measure
_NOT_A_LABEL = re.compile(r"\bnotes?\b|comment|remark|source|narrative|explanation", re.I)
_DIFFERENCE = re.compile(r"\bdiff(?:erence)?s?\b|\bgaps?\b|\bvariance\b|\bminus\b", re.I)
_NOT_INDICATOR = re.compile(r"non[\s-]*(?:executive|voting)", re.I)
_WORKFORCE = re.compile(r"workforce|\boverall\b|\bwhole\b|staff\s+in\s+post|\ball\s+staff", re.I)


@dataclass
class NineRow:
    """One indicator 9 row of a data file, its figure provisionally the board's share."""

    metric: WresMetric
    text: str
    label: str  # the row's text cells beside its key ("" when none)
    decimals: int


def role_from_label(label: str) -> tuple[str, str] | None:
    """(role, board staff group) a row's label states, or None when it states none."""
    if not label.strip():
        return None
    if _NOT_INDICATOR.search(label):
        return UNREAD, ""  # non-voting, non-executive members: not the indicator
    if re.search(r"\bvoting\b", label, re.I):
        board = "board_voting"
    elif re.search(r"\bexecutive\b", label, re.I):
        board = "board_executive"
    elif re.search(r"\bboard\b", label, re.I):
        board = "board"  # the whole board, as the WRES template's "Total Board"
    else:
        board = ""
    if _DIFFERENCE.search(label):
        return DIFFERENCE, board  # "" or "board": the board of the key's shares
    if board:
        return BOARD, board
    if _WORKFORCE.search(label):
        return WORKFORCE, "overall"
    return None


def is_label_column(header: str) -> bool:
    """A text column that may name what a row measures (not a note on the row)."""
    return not _NOT_A_LABEL.search(header)


def _tolerance(*decimals: int) -> float:
    """How far board - workforce may miss the difference when each is rounded."""
    return sum(0.5 * 10.0**-d for d in decimals) + 1e-9


def _solutions(
    values: list[tuple[float, int]], fixed: dict[int, str], workforce: tuple[float, int] | None
) -> list[dict[int, str]]:
    """Every way the rows of one key (and the group's workforce share, index -1) add
    up as board - workforce = difference, each row in a role its fixed role allows."""
    pool = dict(enumerate(values))
    if workforce is not None:
        pool[-1] = workforce
    out = []
    for b, w, d in permutations(pool, 3):
        if -1 in (b, d):
            continue  # the workforce share from indicator 1 is only ever the workforce
        roles = {b: BOARD, w: WORKFORCE, d: DIFFERENCE}
        if any(fixed.get(i, r) != r for i, r in roles.items()):
            continue
        (bv, bd), (wv, wd), (dv, dd) = pool[b], pool[w], pool[d]
        if bv >= 0 and wv >= 0 and abs(bv - wv - dv) <= _tolerance(bd, wd, dd):
            out.append({i: r for i, r in roles.items() if i >= 0})
    return out


def _roles_of_key(
    rows: list[NineRow], workforce: tuple[float, int] | None
) -> dict[int, tuple[str, str]]:
    """The role of each row of one group and year that its label, sign or the
    arithmetic settles (index -> (role, board staff group))."""
    settled: dict[int, tuple[str, str]] = {}
    for i, row in enumerate(rows):
        stated = role_from_label(row.label)
        value = row.metric.value
        if stated is not None:
            settled[i] = stated
        elif value is not None and value < 0:
            settled[i] = (DIFFERENCE, "")
    if len(rows) < 2:
        return _boards_named(settled)
    values = [(r.metric.value, r.decimals) for r in rows]
    if workforce is not None:
        same = [
            i
            for i, (v, d) in enumerate(values)
            if i not in settled and v is not None and abs(v - workforce[0]) <= _tolerance(d, 1)
        ]
        if len(same) == 1:  # the indicator 1 share printed again: the workforce
            settled[same[0]] = (WORKFORCE, "overall")
    if any(v is None for v, _d in values):
        return _boards_named(settled)
    fixed = {i: role for i, (role, _b) in settled.items()}
    solutions = _solutions(values, fixed, workforce)  # type: ignore[arg-type]
    for i in range(len(rows)):
        roles = {s.get(i) for s in solutions}
        if i not in settled and solutions and len(roles) == 1 and None not in roles:
            role = roles.pop()
            settled[i] = (role, "overall" if role == WORKFORCE else "")
    return _boards_named(settled)


def _boards_named(settled: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """A board share or difference that names no particular board is of the one board
    the key's shares are of ("Difference" beside "Board voting members"), else of the
    voting board (the indicator's own wording); "board" alone stays the whole board."""
    boards = {b for r, b in settled.values() if r == BOARD and b}
    out = {}
    for i, (role, board) in settled.items():
        if role in (BOARD, DIFFERENCE) and board in ("", "board"):
            if role == DIFFERENCE and len(boards) == 1:
                board = next(iter(boards))
            board = board or "board_voting"
        out[i] = (role, board)
    return out


def _apply(metric: WresMetric, role: str, board: str) -> WresMetric:
    """The row's figure as the measure its role names."""
    metric.measure = "difference" if role == DIFFERENCE else "percentage"
    metric.staff_group = board
    metric.unit = "pp" if role == DIFFERENCE else "%"
    return metric


def settle_board_rows(
    rows: list[NineRow], workforce: dict[tuple, tuple[float, int]]
) -> tuple[list[tuple[WresMetric, str]], list[Skipped]]:
    """The indicator 9 rows of one table as figures (metric, row text), and the rows
    whose role is not settled. `workforce` maps (group, period) to the group's
    indicator 1 share in the same table and its decimals."""
    by_key: dict[tuple, list[NineRow]] = defaultdict(list)
    for row in rows:
        by_key[(row.metric.ethnic_group, row.metric.period)].append(row)
    lone = [rs[0] for rs in by_key.values() if len(rs) == 1 and not role_from_label(rs[0].label)]
    differences = any((r.metric.value or 0) < 0 for r in lone)
    out: list[tuple[WresMetric, str]] = []
    skipped: list[Skipped] = []
    for key, key_rows in by_key.items():
        roles = _roles_of_key(key_rows, workforce.get(key))
        for i, row in enumerate(key_rows):
            role, board = roles.get(i, (None, ""))
            if role is None and len(key_rows) == 1:
                role, board = (DIFFERENCE if differences else BOARD), "board_voting"
            page = row.metric.source_page or 1
            if role is None:
                why = "board share, workforce share or difference: not settled"
                skipped.append(Skipped(row.text, page, why, row.metric.value))
            elif role == UNREAD:
                skipped.append(Skipped(row.text, page, "not the board's voting members", None))
            elif role != DIFFERENCE and (row.metric.value or 0) < 0:
                skipped.append(Skipped(row.text, page, "a share below zero", row.metric.value))
            else:
                out.append((_apply(row.metric, role, board), row.text))
    return out, skipped
