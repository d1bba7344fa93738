"""The WRES table readers on classes of layout first met in held-out set L (brief
wresl-tables), each in documents built here for fictional trusts, in words and figures
of our own, printed to HTML, PDF and DOCX:

- a summary table giving each ethnic group a count and a percentage sub-column under
  one merged group heading ("Number" | "%"): only the percentages are figures, and a
  count under 100 is never a second value for its group's key;
- a data file printed in the text as comma-separated lines (a fixed-width font), or
  the same records as a printed table: one figure a row, its key in its own cells,
  comparator columns, suppressed cells and per-group rates left out.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_k.render import F, H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.wres.long_rows import is_long_table
from parsers.wres.parse import parse_wres
from parsers.wres.skipped import UNSETTLED
from parsers.wres.tables import Tab
from parsers.wres.text_tables import tables_in_text
from parsers.wres.unit_columns import count_columns
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


# ---------------------------------------------------------------------------
# 1. a count and a percentage sub-column under each group heading

COUNTED = {  # row label: {group: (count, percentage)}
    "Indicator 1: whole workforce": {"White": ("2,906", "81.2"), "BME": ("588", "16.4")},
    "6. Harassment, bullying or abuse from colleagues": {
        "White": ("402", "19.9"),
        "BME": ("77", "24.1"),
    },
    "7. Equal opportunities for career progression": {
        "White": ("1,040", "55.0"),
        "BME": ("9", "45.0"),  # a count under 100: still a count
    },
    "9. Voting members of the board": {"White": ("10", "90.9"), "BME": ("1", "9.1")},
}


def _counted_doc(unit: str) -> list:
    rows = [["Measure", unit, "%", unit, "%"]]
    for label, groups in COUNTED.items():
        rows.append([label, *groups["White"], *groups["BME"]])
    return [
        H("Hollowmere Community Health NHS Trust"),
        H("Our race equality figures"),
        P("2022/23 (staff in post at 31 March 2023 and the 2022 NHS Staff Survey)", "bold"),
        T(rows, spans=[("", 1), ("White", 2), ("Black and minority ethnic", 2)]),
        P("Counts are people; percentages are of each group."),
    ]


def _counted_truth() -> list[dict]:
    out = []
    for label, groups in COUNTED.items():
        ind = int(label.split(":")[0].split(".")[0].split()[-1])
        sg = {1: "overall", 9: "board_voting"}.get(ind)
        for group, (_n, pc) in groups.items():
            out.append(truth_row(ind, "percentage", sg, None, group, "2022/23", float(pc)))
    return out


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("unit", ["Number", "No."])
def test_counts_beside_percentages_under_a_group_heading(fmt, unit):
    report, warnings = read(_counted_doc(unit), fmt)
    exactly(report, _counted_truth())
    assert not any(w.startswith(UNSETTLED) for w in warnings), warnings


def test_count_columns_need_a_percentage_sibling():
    heads = [["", "BME", "BME", "White", "White"], ["Row", "n", "%", "n", "%"]]
    assert count_columns(heads, 5) == {1, 3}
    # a count with no percentage under its group heading: the readers' own rules
    assert count_columns([["", "BME", "White"], ["Row", "n", "n"]], 3) == set()
    assert count_columns([["Row", "n", "%"]], 3) == set()  # one header row: no groups


# ---------------------------------------------------------------------------
# 2. a data file: one figure a row, as comma-separated lines or as a table

HEADER = "metric,ethnicity,publication_year,our_value,england_average"
RECORDS = [
    "1,White,2023,80.4,72.9",
    "1,BME,2023,17.7,24.2",
    "1,White,2022,81.9,73.3",
    "1,BME,2022,16.1,22.4",
    "3,BME,2023,1.41,1.14",
    "3,BME,2022,*,1.16",
    "4,White,2023,0.93,1.12",
    "6,BME,2023,25.5,28.8",
    "6,White,2023,21.0,23.1",
    "9,BME,2023,7.1,13.4",
]
CSV_TRUTH = [
    truth_row(1, "percentage", "overall", None, "White", "2022/23", 80.4),
    truth_row(1, "percentage", "overall", None, "BME", "2022/23", 17.7),
    truth_row(1, "percentage", "overall", None, "White", "2021/22", 81.9),
    truth_row(1, "percentage", "overall", None, "BME", "2021/22", 16.1),
    likelihood(3, "BME", "2022/23", 1.41),
    likelihood(4, "White", "2022/23", 0.93),
    percentage(6, "BME", "2022/23", 25.5),  # WRES 2023 reports the 2022 survey
    percentage(6, "White", "2022/23", 21.0),
    truth_row(9, "percentage", "board_voting", None, "BME", "2022/23", 7.1),
]


def _csv_doc(records: list[str], as_table: bool = False) -> list:
    intro = [
        H("Kestrel Bay University Hospitals NHS Trust"),
        H("Annex 2: the figures as submitted"),
        P("One record a line. Publication year is the WRES year; * marks a withheld value."),
    ]
    if as_table:
        return [*intro, T([HEADER.split(","), *[r.split(",") for r in records]])]
    return [*intro, *(F(line) for line in [HEADER, *records]), P("England: all trusts.")]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("as_table", [False, True])
def test_a_data_file_one_figure_a_row(fmt, as_table):
    report, _warnings = read(_csv_doc(RECORDS, as_table), fmt)
    exactly(report, CSV_TRUTH)
    assert not [m for m in report.metrics if m.value in (72.9, 24.2, 1.14, 13.4)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_groups_for_a_likelihood_are_rates_not_the_ratio(fmt):
    rates = ["2,White,2023,14.6,", "2,BME,2023,11.2,"]
    report, warnings = read(_csv_doc(RECORDS + rates), fmt)
    exactly(report, CSV_TRUTH)
    assert any(w.startswith(UNSETTLED) for w in warnings)


@pytest.mark.parametrize("fmt", FORMATS)
def test_survey_years_and_financial_years_in_a_data_file(fmt):
    header = "indicator,ethnic group,year,value"
    lines = ["7,BME,2021/22,44.8", "7,White,2021/22,60.3", "8,BME,2022 staff survey,16.0"]
    blocks = [H("Tarnside NHS Trust"), H("Data annex"), *(F(x) for x in [header, *lines])]
    report, _warnings = read(blocks, fmt)
    exactly(
        report,
        [
            percentage(7, "BME", "2021/22", 44.8),
            percentage(7, "White", "2021/22", 60.3),
            percentage(8, "BME", "2022/23", 16.0),
        ],
    )


def test_only_blocks_of_records_under_a_header_become_tables():
    prose = "In 2023, 17.7% of staff, up from 16.1%, were from a BME background."
    doc = Extracted(
        items=[
            TextBlock(prose),
            TextBlock("indicator,group,year,value"),
            TextBlock("5,BME,2023,30.1"),  # one record: not a table
            TextBlock("Notes follow."),
        ]
    )
    assert tables_in_text(doc) is doc
    doc = Extracted(
        items=[
            TextBlock("indicator, group, year, value"),
            TextBlock('5,BME,2023,"30.1"'),
            TextBlock("5,White,2023,24.0"),
            TextBlock("a,b"),  # another field count: the block ends
        ]
    )
    items = tables_in_text(doc).items
    assert isinstance(items[0], Table) and items[1].text == "a,b"
    assert items[0].rows == [
        ["indicator", "group", "year", "value"],
        ["5", "BME", "2023", "30.1"],
        ["5", "White", "2023", "24.0"],
    ]


def test_a_long_table_names_its_key_columns():
    def tab(header):
        return Tab(
            [header, ["5", "BME", "2023", "30.1"], ["5", "White", "2023", "24.0"]],
            [1, 1, 1],
            None,
            None,
            None,
            None,
        )

    assert is_long_table(tab(["Indicator", "Ethnic group", "Year", "Trust value"]))
    assert not is_long_table(tab(["Indicator", "Staff group", "Year", "Trust value"]))
    assert not is_long_table(tab(["Indicator", "Ethnic group", "Year", "National value"]))
    assert not is_long_table(tab(["Indicator", "Ethnic group", "Year", "Count"]))


# ---------------------------------------------------------------------------
# 3. relative likelihoods listed by indicator number after a run-in label


def _listed_doc(line: str, dated: bool = True) -> list:
    rows = [["Measure", "n", "%", "n", "%"], ["5. Abuse from patients or the public", "61", "28.2"]]
    rows[1] += ["340", "23.9"]
    rows.append(["8. Discrimination from a manager or colleague", "30", "13.9", "98", "6.9"])
    blocks = [H("Ferndown Edge NHS Trust"), H("WRES summary")]
    if dated:
        blocks.append(P("2021/22 (31 March 2022 workforce; 2021 staff survey)", "bold"))
    return [
        *blocks,
        T(rows, spans=[("", 1), ("BME", 2), ("White", 2)]),
        P(line),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "line",
    [
        "Likelihood ratios - metric 2: 1.52; metric 3: -; metric 4: 0.97",
        "Relative likelihoods: indicator 2 1.52; indicator 4 0.97.",
    ],
)
def test_ratios_listed_by_indicator_under_a_dated_line(fmt, line):
    report, _warnings = read(_listed_doc(line), fmt)
    exactly(
        report,
        [
            percentage(5, "BME", "2021/22", 28.2),
            percentage(5, "White", "2021/22", 23.9),
            percentage(8, "BME", "2021/22", 13.9),
            percentage(8, "White", "2021/22", 6.9),
            likelihood(2, "White", "2021/22", 1.52),
            likelihood(4, "White", "2021/22", 0.97),
        ],
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_listed_ratios_with_no_date_or_not_ratios_go_to_review(fmt):
    line = "Relative likelihoods: indicator 2 1.52; indicator 4 0.97"
    report, warnings = read(_listed_doc(line, dated=False), fmt)
    assert not [m for m in report.metrics if m.measure == "relative_likelihood"]
    assert any(w.startswith(UNSETTLED) for w in warnings)
    report, warnings = read(_listed_doc("Ratios: indicator 2 14; indicator 4 0.97"), fmt)
    assert [m.indicator for m in report.metrics if m.measure == "relative_likelihood"] == [4]
    assert any(w.startswith(UNSETTLED) for w in warnings)
