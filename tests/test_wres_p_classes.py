"""The WRES readers on classes of layout first met in held-out set P (brief wresp), each
in documents built here for fictional trusts, in words and figures of our own, printed
to HTML, PDF and DOCX:

- financial years written as finance papers do ("FY25", "FY 2024", "FY23/24") in the
  column heads, with a regional comparator column beside them that is never read;
- indicators numbered with Roman numerals ("(i)" to "(ix)", "iv.", or the numeral
  opening the label), one table a year dated by a line above it, "n/a" in the cells an
  indicator has no figure for: the numerals are indicator numbers only when the words
  beside them agree, and "n/a" is an empty cell, never a figure.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import B, H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.cells import parse_period
from parsers.wres.parse import parse_wres
from parsers.wres.roman_numbers import roman_indicators, roman_value
from parsers.wres.tables import Tab
from parsers.wres.vocab import fiscal_year_end
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


def _share(group: str, period: str, value: float) -> dict:
    return truth_row(1, "percentage", "overall", None, group, period, value)


def _board(group: str, period: str, value: float) -> dict:
    return truth_row(9, "percentage", "board_voting", None, group, period, value)


# ---------------------------------------------------------------------------
# 1. "FY25" / "FY24" column heads beside a comparator


def test_fiscal_year_forms():
    assert fiscal_year_end("FY25") == (2025, "FY25")
    assert fiscal_year_end("fy 2024") == (2024, "fy 2024")
    assert fiscal_year_end("FY'23") == (2023, "FY'23")
    assert fiscal_year_end("FY23/24") == (2024, "FY23/24")
    assert fiscal_year_end("FY22/24") is None  # two years that do not follow each other
    assert fiscal_year_end("FY25%") is None
    assert fiscal_year_end("NFY25") is None
    assert fiscal_year_end("Spend in 2025") is None


def test_a_fiscal_year_is_the_year_it_ends():
    p = parse_period("FY25")
    assert p is not None and (p.period, p.label, p.kind) == ("2024/25", "FY25", "fy")
    # a survey-year reading never moves a financial year named so
    p = parse_period("FY 2024", survey=True)
    assert p is not None and p.period == "2023/24"
    p = parse_period("FY2022/23")  # the written-out year wins, as before
    assert p is not None and p.period == "2022/23"


FISCAL = {  # label: {group: (FY25, FY24, ICB average FY25)}
    "Voting members of the board": {"Global majority": ("20.5", "19.1", "24.0")},
    "Harassment, bullying or abuse from colleagues": {
        "Global majority": ("27.3", "28.0", "26.1"),
        "White": ("21.9", "22.5", "20.8"),
    },
    "Discriminated against at work by a manager or colleague": {
        "Global majority": ("13.4", "14.2", "12.9"),
        "White": ("7.1", "6.9", "7.0"),
    },
}
FISCAL_RATIOS = {  # label: (FY25, FY24, ICB average FY25)
    "Likelihood of White candidates being appointed from shortlisting": ("1.44", "1.61", "1.52"),
    "Likelihood of Global majority staff entering formal disciplinary": ("0.97", "1.12", "1.05"),
}


def _fiscal_doc() -> list:
    grid = [["Measure", "Staff", "FY25", "FY24", "ICB average FY25"]]
    for label, groups in FISCAL.items():
        for j, (group, cells) in enumerate(groups.items()):
            grid.append([label if j == 0 else "", group, *(f"{c}%" for c in cells)])
    ratios = [["Measure", "FY25", "FY24", "ICB average FY25"]]
    ratios += [[label, *cells] for label, cells in FISCAL_RATIOS.items()]
    return [
        H("Wrenthorpe Lakes NHS Trust"),
        H("Race equality in our workforce"),
        P("FY25 runs from April 2024 to March 2025. The ICB column is for comparison."),
        T(grid),
        B("Likelihoods"),
        T(ratios),
    ]


def _fiscal_truth() -> list[dict]:
    years = ("2024/25", "2023/24")  # the comparator's column, the third, is not keyed
    out = []
    for label, ind in zip(FISCAL, (9, 6, 8), strict=True):
        for group, cells in FISCAL[label].items():
            g = "White" if group == "White" else "BME"
            for y, c in zip(years, cells, strict=False):
                out.append(_board(g, y, float(c)) if ind == 9 else percentage(ind, g, y, float(c)))
    for cells, (ind, group) in zip(FISCAL_RATIOS.values(), ((2, "White"), (3, "BME")), strict=True):
        out += [likelihood(ind, group, y, float(c)) for y, c in zip(years, cells, strict=False)]
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_fiscal_year_heads_are_read_and_the_comparator_is_not(fmt):
    report, _warnings = read(_fiscal_doc(), fmt)
    exactly(report, _fiscal_truth())
    values = {m.value for m in report.metrics}
    assert not values & {24.0, 26.1, 20.8, 12.9, 7.0, 1.52, 1.05}


# ---------------------------------------------------------------------------
# 2. Roman-numeral indicator numbers, a table a year, "n/a" cells


def _tab(rows: list[list[str]]) -> Tab:
    return Tab(rows, [1] * len(rows), None, None, None, None)


def test_roman_values():
    assert [roman_value(n) for n in ("i", "IV", "ix", "viii")] == [1, 4, 9, 8]
    assert roman_value("x") is None and roman_value("vv") is None


ROMAN_WORDS = {
    1: "Colleagues as a percentage of the workforce",
    3: "Relative likelihood of Global majority staff entering formal disciplinary",
    6: "Harassment, bullying or abuse from colleagues",
    7: "Believe the trust gives equal opportunity for career progression",
}
NUMERALS = {1: "i", 3: "iii", 6: "vi", 7: "vii"}


def test_a_column_of_numerals_agreeing_with_its_words_numbers_indicators():
    rows = [["Ref", "Measure", "GM", "White"]]
    rows += [[f"({NUMERALS[i]})", w, "1.0", "2.0"] for i, w in ROMAN_WORDS.items()]
    out = roman_indicators(_tab(rows))
    assert [r[0] for r in out.rows[1:]] == [f"Indicator {i}" for i in ROMAN_WORDS]
    # the numeral opening the label cell keeps its words after the number
    rows = [["Measure", "GM", "White"]]
    rows += [[f"{NUMERALS[i].upper()}. {w}", "1.0", "2.0"] for i, w in ROMAN_WORDS.items()]
    out = roman_indicators(_tab(rows))
    assert out.rows[2][0] == f"Indicator 3: {ROMAN_WORDS[3]}"


def test_a_serial_count_in_numerals_is_not_indicator_numbers():
    # (i) to (iv) counting rows whose words name indicators 1, 3, 6, 7: a serial count
    rows = [["Ref", "Measure", "GM", "White"]]
    rows += [
        [f"({n})", w, "1.0", "2.0"]
        for n, w in zip(("i", "ii", "iii", "iv"), ROMAN_WORDS.values(), strict=True)
    ]
    assert roman_indicators(_tab(rows)).rows == rows
    # numerals not rising down the table
    rows = [["Ref", "Measure", "GM", "White"]]
    rows += [[f"({NUMERALS[i]})", w, "1", "2"] for i, w in reversed(ROMAN_WORDS.items())]
    assert roman_indicators(_tab(rows)).rows == rows
    # words naming no indicator: nothing says the numerals are the standard's
    rows = [["Ref", "Action", "Owner"], ["(i)", "Review panels", "HR"], ["(ii)", "Mentoring", "OD"]]
    assert roman_indicators(_tab(rows)).rows == rows


ROMAN = {  # year end: {indicator: (GM, White) or a likelihood}
    "2025": {1: ("26.4", "70.2"), 3: "0.92", 6: ("24.8", "19.9"), 7: ("49.0", "58.7")},
    "2024": {1: ("24.9", "71.8"), 3: "1.18", 6: ("26.1", "20.7"), 7: ("47.3", "57.9")},
}


def _roman_doc() -> list:
    blocks = [
        H("Thornleigh Moss NHS Trust"),
        H("Equality, diversity and inclusion committee: WRES"),
        P("Indicators carry the numbering used in our equality objectives."),
    ]
    for end, inds in ROMAN.items():
        rows = [["Ref", "Measure", "Global majority %", "White %", "Likelihood ratio"]]
        for ind, cells in inds.items():
            if isinstance(cells, tuple):
                rows.append([f"({NUMERALS[ind]})", ROMAN_WORDS[ind], *cells, "n/a"])
            else:
                rows.append([f"({NUMERALS[ind]})", ROMAN_WORDS[ind], "n/a", "N/A", cells])
        blocks += [B(f"Twelve months to 31 March {end}"), T(rows)]
    return blocks


def _roman_truth() -> list[dict]:
    out = []
    for end, inds in ROMAN.items():
        year = f"{int(end) - 1}/{end[2:]}"
        for ind, cells in inds.items():
            if not isinstance(cells, tuple):
                out.append(likelihood(ind, "BME", year, float(cells)))
            elif ind == 1:
                out += [
                    _share("BME", year, float(cells[0])),
                    _share("White", year, float(cells[1])),
                ]
            else:
                out.append(percentage(ind, "BME", year, float(cells[0])))
                out.append(percentage(ind, "White", year, float(cells[1])))
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_roman_numbered_indicators_a_table_a_year(fmt):
    report, _warnings = read(_roman_doc(), fmt)
    exactly(report, _roman_truth())
