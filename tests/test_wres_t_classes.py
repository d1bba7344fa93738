"""The WRES readers on classes of layout first met in held-out set T (brief wresta), in
documents built here for fictional trusts, in words and figures of our own, printed to
HTML, PDF and DOCX:

- a table printed once per ethnic group, each copy introduced only by a short line
  naming its group above it, year columns and a signed difference column: the line is
  the table's group, and the difference is never a figure;
- a long table (a figure a row) whose ratio rows name the pair of groups compared
  ("Ethnic minority vs White"): the first group named is the numerator;
- a list of lines each naming its indicator first and its time last in brackets
  ("Metric 6: Ethnic minority 24.0%, White 19.5% (2021/22)"), beside a comparison
  line whose figures are never published;
- one wide table with each indicator a column group of years (its heading merged over
  them) and the groups as rows, a likelihood printed only in its numerator group's
  row with dashes in the other;
- slides, one indicator a slide: this year's figures alone on their lines, then a line
  giving an earlier year's ("Compared with 2020/21: ..."), a target after it.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Grid, H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.group_line_tables import group_from_line_above, group_of_line
from parsers.wres.indicator_year_groups import indicator_year_groups
from parsers.wres.parse import parse_wres
from parsers.wres.ratio_pairs import pair_numerator
from parsers.wres.summary_rows import workforce_share
from parsers.wres.tables import Tab
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt, title="Brantwood Moss NHS Trust", site="brantwood")
    return parse_wres(extract(data, filename=name))


# ---------------------------------------------------------------------------
# 1. a table per group, its group only on the line above it


def test_a_group_line_names_one_group_and_nothing_else():
    assert group_of_line("Ethnic minority colleagues") == "BME"
    assert group_of_line("White employees") == "White"
    assert group_of_line("BME and White colleagues") is None  # two groups
    assert group_of_line("White colleagues in 2021") is None  # a figure: not a label
    assert group_of_line("Figures for our white colleagues across the trust") is None


def test_the_group_line_goes_into_the_year_heads_only():
    rows = [["Measure", "2020/21", "2019/20", "Difference"], ["5. Abuse", "30.0%", "29.0%", "+1.0"]]
    tab = Tab(rows, [1, 1], None, None, None, None, lines_above=["Ethnic minority colleagues"])
    assert group_from_line_above(tab).rows[0] == [
        "Measure",
        "BME 2020/21",
        "BME 2019/20",
        "Difference",
    ]
    grouped = [["Measure", "BME 2020/21"], ["5. Abuse", "30.0%"]]
    tab = Tab(grouped, [1, 1], None, None, None, None, lines_above=["White colleagues"])
    assert group_from_line_above(tab).rows == grouped  # the heads name a group already


_WORDS = {
    1: "Ethnic minority and White colleagues as a proportion of the workforce",
    5: "Colleagues reporting abuse from service users or visitors",
    6: "Colleagues reporting abuse from other colleagues",
    8: "Colleagues discriminated against by a line manager",
}
_FIGURES = {
    "BME": {1: ("15.5", "14.0"), 5: ("33.5", "35.0"), 6: ("24.2", "26.8"), 8: ("12.1", "14.4")},
    "White": {1: ("82.0", "83.1"), 5: ("27.3", "28.1"), 6: ("18.9", "20.5"), 8: ("5.2", "6.0")},
}


def _per_group_doc():
    blocks = [
        H("Brantwood Moss NHS Trust"),
        H("Workforce race equality 2021/22"),
        P("Most of our measures moved in the right direction this year."),
    ]
    truth = []
    for group, label in (("BME", "Ethnic minority colleagues"), ("White", "White colleagues")):
        rows = [["Measure", "2021/22", "2020/21", "Difference"]]
        for ind, (now, before) in _FIGURES[group].items():
            diff = f"{float(now) - float(before):+.1f}"
            sg = "overall" if ind == 1 else None
            rows.append([f"{ind}. {_WORDS[ind]}", f"{now}%", f"{before}%", diff])
            truth += [
                truth_row(ind, "percentage", sg, None, group, "2021/22", float(now)),
                truth_row(ind, "percentage", sg, None, group, "2020/21", float(before)),
            ]
        blocks += [P(label, "bold"), Grid(rows, header=True, widths=(8, 2, 2, 2))]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_per_group_under_its_group_line(fmt):
    blocks, truth = _per_group_doc()
    report, _ = read(blocks, fmt)
    exactly(report, truth)  # the differences are never published


# ---------------------------------------------------------------------------
# 2. a long table whose ratio rows name the pair of groups compared


def test_a_pair_cell_names_its_numerator_first():
    assert pair_numerator("Ethnic minority vs White") == "BME"
    assert pair_numerator("White : BAME") == "White"
    assert pair_numerator("White") is None  # one group: not a pair
    assert pair_numerator("BAME and White colleagues") is None  # a phrase, not a pair


def _long_pairs_doc():
    rows = [["Indicator", "Year", "Ethnic group", "Value", "Comment"]]
    truth = []
    for ind, group, values in ((5, "White", ("22.5", "23.0")), (5, "BAME", ("28.0", "29.5"))):
        for year, v in zip(("2021/22", "2020/21"), values, strict=True):
            rows.append([str(ind), year, group, f"{v}%", ""])
            truth.append(percentage(ind, "BME" if group == "BAME" else group, year, float(v)))
    for ind, pair, values in (
        (3, "BAME vs White", ("1.65", "1.80")),
        (4, "White vs BAME", ("1.05", "0.97")),
    ):
        for year, v in zip(("2021/22", "2020/21"), values, strict=True):
            rows.append([str(ind), year, pair, v, "amended" if ind == 4 else ""])
            truth.append(likelihood(ind, "BME" if ind == 3 else "White", year, float(v)))
    blocks = [H("Brantwood Moss NHS Trust"), H("Annex: the figures"), Grid(rows, header=True)]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_long_rows_with_a_pair_of_groups_for_a_ratio(fmt):
    blocks, truth = _long_pairs_doc()
    report, _ = read(blocks, fmt)
    exactly(report, truth)


# ---------------------------------------------------------------------------
# 3. a list of lines, each its indicator first and its time last in brackets


def _indicator_lines_doc():
    from benchmarks.heldout_p.render import B

    figures = {6: ("24.0", "19.5", "25.3", "20.1"), 9: ("12.5", "87.5", "11.1", "88.9")}
    blocks = [H("Brantwood Moss NHS Trust"), P("Our figures this year and last.")]
    truth = []
    for j, year in enumerate(("2021/22", "2020/21")):
        for ind, v in figures.items():
            eth, white = v[2 * j], v[2 * j + 1]
            blocks.append(B(f"Metric {ind}: Ethnic minority {eth}%, White {white}% ({year})"))
            sg = "board_voting" if ind == 9 else None
            truth += [
                truth_row(ind, "percentage", sg, None, "BME", year, float(eth)),
                truth_row(ind, "percentage", sg, None, "White", year, float(white)),
            ]
        blocks.append(B(f"Metric 3: {('1.31', '1.44')[j]} ({year})"))
        truth.append(likelihood(3, "BME", year, float(("1.31", "1.44")[j])))
    blocks.append(P("Across the region (2021/22): metric 6 22.0% for ethnic minority staff."))
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_indicator_first_lines_dated_last(fmt):
    blocks, truth = _indicator_lines_doc()
    report, _ = read(blocks, fmt)
    exactly(report, truth)  # the region's figure is never published


# ---------------------------------------------------------------------------
# 4. one wide table: each indicator a column group of years, the groups as rows


def _wide_doc():
    years = ("2021/22", "2020/21")
    figures = {
        6: {"Ethnic minority": ("24.4", "26.0"), "White": ("18.2", "19.9")},
        8: {"Ethnic minority": ("11.5", "12.7"), "White": ("4.8", "5.5")},
    }
    ratios = {3: ("Ethnic minority", ("1.62", "1.75")), 2: ("White", ("1.21", "1.30"))}
    head = [""] + [x for i in (*figures, *ratios) for x in (f"Metric {i} short", "")]
    rows = [head, ["Staff"] + list(years) * (len(figures) + len(ratios))]
    truth = []
    for g in ("Ethnic minority", "White"):
        row = [g]
        for ind, groups in figures.items():
            row += [f"{v}%" for v in groups[g]]
            key = "BME" if g != "White" else g
            truth += [
                percentage(ind, key, y, float(v)) for y, v in zip(years, groups[g], strict=True)
            ]
        for ind, (numerator, values) in ratios.items():
            row += list(values) if g == numerator else ["–", "–"]
            if g == numerator:
                key = "BME" if g != "White" else g
                truth += [
                    likelihood(ind, key, y, float(v)) for y, v in zip(years, values, strict=True)
                ]
        rows.append(row)
    blocks = [
        H("Brantwood Moss NHS Trust"),
        P("Our figures side by side."),
        Grid(rows, header=True),
    ]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_indicators_as_column_groups_of_years(fmt):
    blocks, truth = _wide_doc()
    report, _ = read(blocks, fmt)
    exactly(report, truth)  # no dash keyed, the ratios their numerator group's


def test_a_column_group_naming_a_staff_group_is_not_turned_round():
    rows = [
        ["", "Metric 1 Medical", "", "Metric 7 Promotion", ""],
        ["", "2021/22", "2020/21", "2021/22", "2020/21"],
        ["White", "60.0%", "61.0%", "55.0%", "54.0%"],
    ]
    tab = Tab(rows, [1, 1, 1], None, None, None, None)
    assert indicator_year_groups(tab).rows == rows


# ---------------------------------------------------------------------------
# 5. slides: this year's figures alone on their lines, then an earlier year's line


def _slides_doc():
    blocks = [H("Brantwood Moss NHS Trust"), H("WRES 2022: summary for governors")]
    truth = []
    pages = {
        7: ("Colleagues who think promotion is fair", ("41.0", "57.5"), ("39.2", "56.0")),
        8: ("Colleagues discriminated against at work", ("13.3", "5.9"), ("15.0", "6.6")),
    }
    for n, (ind, (words, now, before)) in enumerate(pages.items(), start=2):
        blocks += [
            H(f"Page {n}: Metric {ind}"),
            P(words),
            P(f"Ethnic minority  {now[0]}%", "bold"),
            P(f"White  {now[1]}%", "bold"),
            P(f"Compared with 2020/21: Ethnic minority {before[0]}%, White {before[1]}%"),
            P(f"Our aim for 2023: {float(now[0]) - 2:.1f}%"),  # a target: never published
        ]
        for g, a, b in zip(("BME", "White"), now, before, strict=True):
            truth += [
                percentage(ind, g, "2021/22", float(a)),
                percentage(ind, g, "2020/21", float(b)),
            ]
    blocks += [
        H("Page 4: Metric 3"),
        P("Likelihood of ethnic minority colleagues entering a formal disciplinary process"),
        P("1.52 times", "bold"),
        P("Compared with 2020/21: 1.61"),
    ]
    truth += [likelihood(3, "BME", "2021/22", 1.52), likelihood(3, "BME", "2020/21", 1.61)]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_slides_with_an_earlier_year_line(fmt):
    blocks, truth = _slides_doc()
    report, _ = read(blocks, fmt)
    exactly(report, truth)  # the aims are never published


def test_a_share_of_the_workforce_after_as_a():
    # "as a" between who is counted and the unit: still the whole workforce's share
    assert workforce_share(
        "1. Ethnic minority and White colleagues as a proportion of the workforce"
    )
    assert workforce_share("1. Colleagues as a share of the board") is None
