"""Columns headed by a relative year ("This year" / "Last year") whose years only a
sentence above the table names, in either order and whatever the report's title says;
and actual figures beside columns of what the trust aims for. Documents built here for
a fictional trust, in words and figures of our own, printed to HTML, PDF and DOCX:
every figure found with its year, nothing else published (never an aim)."""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.captions import relative_period, stated_periods
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, likelihood, percentage


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


# ---------------------------------------------------------------------------
# stated_periods: the sentence above that speaks of a relative year


def test_the_sentence_nearest_the_table_names_the_years():
    paragraphs = [
        "Annual report 2024/25",  # a heading naming another year
        "Our report follows. In what follows the prior year is 2020/21 and the latest year "
        "2021/22. Figures are rounded.",
    ]
    periods = stated_periods(None, paragraphs)
    assert [p.period for p in periods] == ["2020/21", "2021/22"]
    assert relative_period("Latest year", periods).period == "2021/22"
    assert relative_period("Prior year", periods).period == "2020/21"


def test_a_caption_comes_before_the_sentence_above():
    periods = stated_periods("Table 2: 2019/20 and 2020/21", ["This year is 2022/23."])
    assert [p.period for p in periods] == ["2019/20", "2020/21"]
    assert stated_periods(None, ["Figures are rounded."]) == []


ROWS = {  # label: (group, this year, last year)
    "6. Bullying from colleagues": [("BME", "26.2", "28.0"), ("White", "20.4", "21.7")],
    "8. Unfair treatment by a manager": [("BME", "15.1", "16.6"), ("White", "6.8", "7.0")],
}


def _relative_doc(heads: tuple[str, str], sentence: str, title: str) -> list:
    grid = [["Indicator", "Group", *heads]]
    for label, cells in ROWS.items():
        grid += [
            [label if k == 0 else "", g, f"{a}%", f"{b}%"] for k, (g, a, b) in enumerate(cells)
        ]
    grid.append(["3. Relative likelihood of entering formal capability", "Ratio", "1.18", "1.31"])
    return [H("Tarnside Valley NHS Trust"), H(title), P(sentence), T(grid)]


def _relative_truth(now: str, before: str) -> list[dict]:
    out = []
    for label, cells in ROWS.items():
        ind = int(label[0])
        for g, a, b in cells:
            out += [percentage(ind, g, now, float(a)), percentage(ind, g, before, float(b))]
    return [*out, likelihood(3, "BME", now, 1.18), likelihood(3, "BME", before, 1.31)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "heads, sentence",
    [
        (("This year", "Last year"), "Below, this year is 2021/22 and last year 2020/21."),
        # the earlier year named first, and a report title naming a later year
        (
            ("Latest year", "Prior year"),
            "For this summary the prior year means 2020/21 (the 2020 survey) and the latest "
            "year means 2021/22 (staff in post at 31 March 2022).",
        ),
    ],
)
def test_relative_heads_take_the_years_of_the_sentence_above(fmt, heads, sentence):
    report, _warnings = read(_relative_doc(heads, sentence, "Annual report 2023/24"), fmt)
    assert_exact(report, _relative_truth("2021/22", "2020/21"))


# ---------------------------------------------------------------------------
# columns of what the trust aims for beside its actual figures


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("aim", ["Ambition", "Trajectory", "Goal"])
def test_aims_beside_actuals_are_not_figures(fmt, aim):
    grid = [["Indicator", "Group", "2020/21 actual", "2021/22 actual"]]
    grid[0] += [f"{aim} 2022/23", f"{aim} 2023/24"]
    grid += [["6. Bullying from colleagues", "BME", "28.0%", "26.2%", "24.0%", "22.0%"]]
    grid += [["", "White", "21.7%", "20.4%", "", ""]]
    grid += [
        ["3. Relative likelihood of formal capability", "Ratio", "1.31", "1.18", "1.10", "1.0"]
    ]
    blocks = [H("Tarnside Valley NHS Trust"), H("Where we are heading"), T(grid)]
    report, _warnings = read(blocks, fmt)
    truth = [
        percentage(6, "BME", "2020/21", 28.0),
        percentage(6, "BME", "2021/22", 26.2),
        percentage(6, "White", "2020/21", 21.7),
        percentage(6, "White", "2021/22", 20.4),
        likelihood(3, "BME", "2020/21", 1.31),
        likelihood(3, "BME", "2021/22", 1.18),
    ]
    assert_exact(report, truth)
