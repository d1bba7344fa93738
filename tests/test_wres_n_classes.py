"""The WRES readers on classes of layout first met in held-out set N (brief wresn), each
in documents built here for fictional trusts, in words and figures of our own, printed
to HTML, PDF and DOCX:

- a summary table printing a group's sub-groups beside the group's total ("White
  Irish | Any other White | White total"): only the total is the group's figure;
- figures printed as proportions (0.314) with the document saying so, dated by a
  "Year" column of their own: recorded in percent; relative likelihoods never scaled;
- figures followed by their 95% confidence interval in brackets, in table cells and in
  bulleted lines: the interval's limits are never figures;
- a compact scorecard coded "I2", "I6", relative likelihoods written "1.31x" with the
  ratio's groups abbreviated "(W:BAME)", and a RAG word column.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import B, H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.cell_figures import drop_interval, parse_cell
from parsers.wres.context import label_key
from parsers.wres.parse import parse_wres
from parsers.wres.ratio_pairs import numerator_group, ratio_pair
from parsers.wres.summary_columns import as_proportions, part_columns, year_column
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


def _share(group: str, period: str, value: float) -> dict:
    return truth_row(1, "percentage", "overall", None, group, period, value)


# ---------------------------------------------------------------------------
# 1. sub-groups beside their group's total

SUBGROUP_ROWS = {  # label: (people of colour, White Irish, any other White, White total, not known)
    "Whole workforce (%)": ("14.6", "3.1", "5.2", "80.9", "4.5"),
    "Bullied or abused by other staff (%)": ("26.4", "19.0", "22.7", "20.2", "*"),
    "Discriminated against by a manager or colleague (%)": ("12.3", "5.5", "8.8", "6.0", "*"),
    "Voting members of the board (%)": ("7.7", "–", "–", "92.3", "–"),
}


def _subgroup_doc() -> list:
    grid = [["Measure", "People of colour", "White Irish", "Any other White", "White total"]]
    grid[0].append("Not known")
    grid += [[label, *cells] for label, cells in SUBGROUP_ROWS.items()]
    return [
        H("Saltmarsh Estuary NHS Trust"),
        H("Our race equality figures"),
        P("White staff are split into White Irish and any other White background."),
        H("WRES 2022"),
        T(grid),
    ]


def _subgroup_truth() -> list[dict]:
    year = "2021/22"
    return [
        _share("BME", year, 14.6),
        _share("White", year, 80.9),
        _share("Unknown", year, 4.5),
        percentage(6, "BME", year, 26.4),
        percentage(6, "White", year, 20.2),
        percentage(8, "BME", year, 12.3),
        percentage(8, "White", year, 6.0),
        truth_row(9, "percentage", "board_voting", None, "BME", year, 7.7),
        truth_row(9, "percentage", "board_voting", None, "White", year, 92.3),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_only_a_groups_total_is_read_beside_its_sub_groups(fmt):
    report, _warnings = read(_subgroup_doc(), fmt)
    exactly(report, _subgroup_truth())


def test_part_columns():
    heads = {1: "BAME", 2: "White Irish", 3: "Any other White", 4: "White total", 5: "Unknown"}
    assert part_columns(heads) == {2, 3}
    # no column marked as the total: none is dropped here (the readers settle it)
    assert part_columns({1: "White Irish", 2: "White other"}) == set()
    assert part_columns({1: "BME", 2: "White"}) == set()


# ---------------------------------------------------------------------------
# 2. proportions, each row dated by a year column

PROPORTIONS = {  # year: {indicator: (BAME, White, national BAME)}
    "2022/23": {5: ("0.314", "0.247", "0.290"), 8: ("0.142", "0.061", "0.170")},
    "2021/22": {5: ("0.298", "0.255", "0.284"), 8: ("0.150", "0.066", "0.168")},
}
WORDS = {5: "5. Abused by patients or the public", 8: "8. Discriminated against at work"}
RATIOS = {"2022/23": {2: "1.36", 3: "0.91"}, "2021/22": {2: "1.52", 3: "1.08"}}


def _proportion_doc(note: bool = True) -> list:
    grid = [["Indicator", "Reporting year", "BAME", "White", "National BAME"]]
    for year, rows in PROPORTIONS.items():
        grid += [[WORDS[ind], year, *cells] for ind, cells in rows.items()]
    ratios = [["Indicator", "Reporting year", "Relative likelihood"]]
    for year, values in RATIOS.items():
        ratios.append(["2. White vs BAME appointment after shortlisting", year, values[2]])
        ratios.append(["3. BAME vs White formal disciplinary", year, values[3]])
    said = "All values below are shown as proportions from 0 to 1." if note else "Our data."
    return [H("Copperbeck Valley NHS Trust"), H("WRES figures"), P(said), T(grid), T(ratios)]


def _proportion_truth() -> list[dict]:
    out = []
    for year, rows in PROPORTIONS.items():
        for ind, (bame, white, _national) in rows.items():
            out.append(percentage(ind, "BME", year, round(float(bame) * 100, 1)))
            out.append(percentage(ind, "White", year, round(float(white) * 100, 1)))
        out.append(likelihood(2, "White", year, float(RATIOS[year][2])))
        out.append(likelihood(3, "BME", year, float(RATIOS[year][3])))
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_proportions_said_so_are_read_in_percent_by_their_rows_year(fmt):
    report, _warnings = read(_proportion_doc(), fmt)
    exactly(report, _proportion_truth())


def test_proportions_not_said_so_are_not_scaled():
    report, _warnings = read(_proportion_doc(note=False), "html")
    assert not {m.value for m in report.metrics} & {31.4, 24.7, 14.2}


def test_proportion_and_year_columns():
    assert as_proportions(["0.314", "0.250"], ["Values are proportions"])
    assert not as_proportions(["0.314", "0.250"], ["Values for 2023"])  # not said so
    assert not as_proportions(["0.314", "31.0"], ["proportions"])  # not every one 0-1
    assert not as_proportions(["0.5", "1"], ["proportions"])  # one decimal: not plainly
    assert year_column("Survey year", ["2022/23", "2021/22"])
    assert not year_column("Measure", ["2022/23"])
    assert not year_column("Year", ["Bullying"])


# ---------------------------------------------------------------------------
# 3. 95% confidence intervals in brackets

CI_CELLS = {  # survey year: (BME, its interval, White, its interval)
    "2022": ("38.5", "35.9 - 41.1", "52.4", "50.8 - 54.0"),
    "2023": ("40.2", "37.5 - 42.9", "54.1", "52.6 - 55.6"),
}
CI_LINES = {"2023": ("1.41", "1.12 to 1.77"), "2024": ("1.26", "0.99 to 1.60")}


def _interval_doc() -> list:
    grid = [["Staff survey", "BME colleagues", "White colleagues"]]
    for year, (bme, bi, white, wi) in CI_CELLS.items():
        grid.append([year, f"{bme}% [{bi}]", f"{white}% [{wi}]"])
    blocks = [
        H("Thornfield Abbey NHS Trust"),
        P("Brackets give the 95% confidence interval around each figure."),
        H("Indicator 7: believing there are equal opportunities for career progression"),
        T(grid),
        H("Shortlisting ratios with confidence intervals"),
    ]
    blocks += [B(f"Indicator 2 in WRES {y}: {x} ({ci})") for y, (x, ci) in CI_LINES.items()]
    return blocks


def _interval_truth() -> list[dict]:
    out = []
    for year, (bme, _bi, white, _wi) in CI_CELLS.items():
        period = f"{year}/{int(year[2:]) + 1}"
        out += [
            percentage(7, "BME", period, float(bme)),
            percentage(7, "White", period, float(white)),
        ]
    out.append(likelihood(2, "White", "2022/23", 1.41))
    out.append(likelihood(2, "White", "2023/24", 1.26))
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_figures_are_read_without_their_confidence_limits(fmt):
    report, _warnings = read(_interval_doc(), fmt)
    exactly(report, _interval_truth())


def test_interval_cells_and_lines():
    assert parse_cell("38.5% [35.9 - 41.1]").value == 38.5
    assert parse_cell("1.26 (0.99 to 1.60)").kind == "num"
    assert parse_cell("12.0 (13-14)").kind == "text"  # limits not either side: no interval
    assert parse_cell("120 (23.5%)").numerator == 120  # a headcount and its share, as before
    assert drop_interval("• Metric 4, 2023: 1.09 (0.97-1.22)") == "• Metric 4, 2023: 1.09"
    assert drop_interval("White 45 (12%)") == "White 45 (12%)"


# ---------------------------------------------------------------------------
# 4. a compact scorecard

SCORECARD = [  # code, measure, this year, last year, RAG
    ("I1", "BAME: % of workforce", "11.2", "10.4", "Green"),
    ("I2", "shortlisted to appointed (W:BAME)", "1.31x", "1.47x", "Green"),
    ("I3", "disciplinary entry (BAME:W)", "0.88x", "1.12x", "Green"),
    ("I6", "BAME: bullied by staff %", "24.0", "23.1", "Red"),
    ("I6", "White: bullied by staff %", "19.5", "19.9", "Amber"),
]


def _scorecard_doc() -> list:
    grid = [["Code", "Measure", "2022/23", "2021/22", "RAG rating"]]
    grid += [list(row) for row in SCORECARD]
    return [H("Redgill Moor NHS Trust"), H("Race equality at a glance"), T(grid)]


def _scorecard_truth() -> list[dict]:
    now, before = "2022/23", "2021/22"
    return [
        _share("BME", now, 11.2),
        _share("BME", before, 10.4),
        likelihood(2, "White", now, 1.31),
        likelihood(2, "White", before, 1.47),
        likelihood(3, "BME", now, 0.88),
        likelihood(3, "BME", before, 1.12),
        percentage(6, "BME", now, 24.0),
        percentage(6, "BME", before, 23.1),
        percentage(6, "White", now, 19.5),
        percentage(6, "White", before, 19.9),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_coded_scorecard_is_read(fmt):
    report, _warnings = read(_scorecard_doc(), fmt)
    exactly(report, _scorecard_truth())


def test_ratio_pairs():
    assert ratio_pair("appointed (W:BAME)") == ("White", "BME")
    assert ratio_pair("(BME/White)") == ("BME", "White")
    assert ratio_pair("(2023/24)") is None
    assert numerator_group("training (W:BME)") == "White"
    assert numerator_group("disciplinary (BME:W)") == "BME"


def test_a_line_label_names_its_one_indicator():
    assert label_key("Metric 4, WRES 2023").indicator == 4
    assert label_key("Metric 4, WRES 2023").rl_group == "White"
    assert label_key("indicator 2 1.41; indicator 4").indicator is None  # a list of two
