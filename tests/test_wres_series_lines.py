"""A chart's data printed as text lines under the chart's title (parsers/wres/series_lines.py),
in a document built here for a fictional trust, in words and figures of our own,
printed to HTML, PDF and DOCX: each line a series' name, then "time: value" parts split
by semicolons; the indicator from the title above (a numbered caption before an
indicator heading); a comparator's series never read.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.parse import parse_wres
from parsers.wres.series_lines import chart_indicator, read_series_lines
from tests.wres_docs import assert_exact, likelihood, percentage, truth_row

YEARS = ("2020/21", "2021/22")


def _line(label: str, values: tuple[str, ...], unit: str = "%") -> P:
    said = "; ".join(f"{y}: {v}{unit}" for y, v in zip(YEARS, values, strict=True))
    return P(f"Plotted: {label}; {said}")


BLOCKS = [
    H("Rydal Water Community NHS Trust"),
    H("Equality trends in pictures"),
    P("Where a graph cannot be shown, the values it plots are listed under its title."),
    P("Graph A1 – Indicator 8: Discrimination at work", "bold"),
    _line("Ethnic minority staff", ("21.4", "19.8")),
    _line("White staff", ("9.1", "8.7")),
    _line("England average", ("17.0", "16.2")),  # a comparator: not the trust's
    P("Graph A2 – Indicator 3: Entry into formal disciplinary action", "bold"),
    _line("Ratio", ("1.62", "1.48"), ""),
    P("Graph A3 – Indicator 9: Voting members of the board", "bold"),
    _line("Ethnic minority members", ("9.5", "11.1")),
    H("Looking ahead"),
    _line("Ethnic minority staff", ("30.0", "31.0")),  # under no chart: not read
]

TRUTH = [
    percentage(8, "BME", "2020/21", 21.4),
    percentage(8, "BME", "2021/22", 19.8),
    percentage(8, "White", "2020/21", 9.1),
    percentage(8, "White", "2021/22", 8.7),
    likelihood(3, "BME", "2020/21", 1.62),
    likelihood(3, "BME", "2021/22", 1.48),
    truth_row(9, "percentage", "board_voting", None, "BME", "2020/21", 9.5),
    truth_row(9, "percentage", "board_voting", None, "BME", "2021/22", 11.1),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_series_lines_under_a_chart_title_are_read_by_their_series_and_times(fmt):
    data, name = render(BLOCKS, fmt)
    report, _ = parse_wres(extract(data, filename=name))
    assert_exact(report, TRUTH)


def test_a_comparator_series_and_lines_under_no_chart_are_left_alone():
    data, name = render(BLOCKS, "docx")
    metrics, claimed = read_series_lines(extract(data, filename=name))
    values = {m.value for m in metrics}
    assert not values & {17.0, 16.2, 30.0, 31.0}
    # the comparator's line is claimed all the same: no other reader takes its figures
    assert any(line.startswith("Plotted: England") for line in claimed)
    assert not any("30.0" in line for line in claimed)


def test_a_chart_title_is_an_indicator_heading_alone_or_after_a_numbered_caption():
    assert chart_indicator("Graph A1 – Indicator 8: Discrimination at work")[0] == 8
    assert chart_indicator("Plate 4: Indicator 2 – Shortlisting")[0] == 2
    assert chart_indicator("Indicator 6 – Bullying from colleagues")[0] == 6
    assert chart_indicator("Plate 4: Our staff networks") is None
