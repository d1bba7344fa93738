"""A wide WRES table with each indicator a group of year columns (its heading merged
over the years, which extracts as the heading in the first column and blanks after
it) and the ethnic groups as its rows:

    |        | Metric 5 Abuse    | Metric 6 Bullying |
    | Group  | 2021/22 | 2020/21 | 2021/22 | 2020/21 |
    | BME    | 30.0%   | 31.0%   | 25.0%   | 26.0%   |
    | White  | 24.0%   | 25.0%   | 19.0%   | 20.0%   |

`indicator_year_groups` turns it round into the shape a summary table prints (an
indicator's label, then a row per group with the group in a cell of its own beside it,
the years across the top), for
parsers/wres/template_summary.py to read row by row: each group row takes its
indicator from the heading above and its group from its own label. The heading's
words after its number are a short name squeezed over two columns, so only the number
is kept (as parsers/wres/across.py does); a table whose indicator 1 heading names a
staff group or band is not read here, as its rows are not the whole workforce's. A group whose cells under one indicator are
all dashes printed nothing there: a likelihood (2-4) printed in one group's row alone
is that group's, the ratio's numerator; a likelihood printed in several groups' rows
is per-group rates and is not read.

Only when the table is exactly this shape: a first row of indicator headings each
spanning the same years, a second row of those years, and every other row labelled by
one ethnic group. A PDF that broke a narrow column's words ("Indica tor 5", "2021/2
2") is read with the broken words joined again.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.wres.cells import band_and_group, clean, ethnic_groups, parse_period
from parsers.wres.context import indicator_heading
from parsers.wres.tables import Tab

_DASH = re.compile(r"^[-–—]$")


def _joined(cell: str) -> str:
    """A narrow column's words joined where the PDF broke them mid-word."""
    t = re.sub(r"(?<=\d) (?=\d)", "", clean(cell))
    return re.sub(r"(?<=[a-z]) (?=[a-z])", "", t)


def _indicator(cell: str) -> int | None:
    if not clean(cell):
        return None
    return indicator_heading(clean(cell)) or indicator_heading(_joined(cell))


def _part_named(cell: str) -> bool:
    """An indicator 1 heading naming a staff group or band ("Indicator 1 Medical"):
    its words say more than a short name, so the table is not read here."""
    if _indicator(cell) != 1:
        return False
    staff_group, band = band_and_group(_joined(cell))
    return band is not None or staff_group not in (None, "overall")


def _spans(head: list[str]) -> list[tuple[int, int]] | None:
    """(first, end) columns of each indicator heading and the blanks after it."""
    starts = [j for j in range(1, len(head)) if _indicator(head[j])]
    if len(starts) < 2 or starts[0] != 1 or any(_part_named(head[j]) for j in starts):
        return None
    if any(clean(head[j]) for j in range(1, len(head)) if j not in starts):
        return None
    return list(zip(starts, [*starts[1:], len(head)], strict=True))


def _group(label: str) -> str | None:
    groups = [g for g in ethnic_groups(label) if g != "All"]
    return groups[0] if len(groups) == 1 else None


def indicator_year_groups(tab: Tab) -> Tab:
    """The table turned into a summary's rows, or as it was when not this shape."""
    rows = [list(r) for r in tab.rows]
    if len(rows) < 3 or len({len(r) for r in rows}) != 1:
        return tab
    spans = _spans(rows[0])
    if spans is None:
        return tab
    years = [[_joined(c) for c in rows[1][a:b]] for a, b in spans]
    if any(y != years[0] for y in years) or not all(parse_period(y) for y in years[0]):
        return tab
    data = rows[2:]
    if any(_group(r[0]) is None for r in data):
        return tab
    out = [["Indicator", "Group", *years[0]]]
    for a, b in spans:
        ind = _indicator(rows[0][a])
        # printed figures: a group whose cells are all dashes printed nothing here
        printed = [r for r in data if not all(_DASH.match(clean(c)) for c in r[a:b])]
        if ind in (2, 3, 4):
            if len(printed) == 1:  # the ratio, in its numerator group's row
                out.append([f"Indicator {ind} {_group(printed[0][0])}", "", *printed[0][a:b]])
            continue  # several groups' figures: per-group rates, not the ratio
        label = f"Indicator {ind}"  # on its first group's row only
        for r in printed:
            out.append([label, clean(r[0]), *r[a:b]])
            label = ""
    pages = [tab.page] * len(out)
    return replace(tab, rows=out, row_pages=pages)


__all__ = ["indicator_year_groups"]
