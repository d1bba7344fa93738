"""The WRES reader on classes of layout first met in held-out set J (brief wresj),
each in documents built here for fictional trusts, in words and figures of our own,
printed to HTML, PDF and DOCX:

- a trend table: years down the side, each indicator's heading merged over a White
  and a BME column (HTML colspan, DOCX merged cells, a PDF heading over two columns,
  centred or not), a peer comparator's row at the foot;
- the whole trust's rows beside rows for its divisions and a benchmark row, in one
  heading per column ("5: White"), and a division-by-division workforce table: only
  the trust's rows are keyed, the divisions' figures go to review;
- a data-return template whose indicator 9 sub-rows say whose share they are
  ("Voting board members - BME", "Whole workforce - BME", the difference);
- key-finding bullets giving each relative likelihood with its change beside it
  ("down 0.21 on last year"): the change is not a figure.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.heldout_d.render import B, H, P, T, render
from benchmarks.wres_heldout import FORMATS
from benchmarks.wres_score import score
from parsers.extract import extract
from parsers.wres.parse import parse_wres
from parsers.wres.skipped import PART_OF_TRUST, UNSETTLED
from tests.wres_docs import explain, likelihood, percentage, truth_row

SURVEY = {"2020": "2020/21", "2021": "2021/22", "2022": "2022/23", "2023": "2023/24"}


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


def exactly(report, truth) -> None:
    scored = score(report.metrics, truth)
    assert scored["matched"] == len(truth) and not scored["extra"], explain(scored)


# ---------------------------------------------------------------------------
# 1. years down the side, each indicator merged over a White and a BME column

TREND = {  # survey year: (White, BME) for indicators 5, 6, 7, 8
    "2020": ((31.4, 35.2), (27.7, 33.9), (52.8, 36.5), (9.1, 19.6)),
    "2021": ((30.2, 34.8), (26.3, 32.2), (53.9, 37.7), (8.8, 18.3)),
    "2022": ((29.5, 33.1), (25.0, 31.6), (55.4, 40.2), (8.2, 17.0)),
    "2023": ((28.3, 32.6), (24.6, 30.8), (56.7, 41.9), (7.9, 16.4)),
}
PEER = ((27.0, 30.1), (23.5, 29.0), (57.9, 43.3), (7.0, 15.5))
TREND_TRUTH = [
    percentage(ind, group, SURVEY[year], x)
    for year, values in TREND.items()
    for ind, pair in zip((5, 6, 7, 8), values, strict=True)
    for group, x in zip(("White", "BME"), pair, strict=True)
]


def _trend_rows() -> list[list[str]]:
    rows = [["", *(g for _ in range(4) for g in ("White staff", "BME staff"))]]
    for year, values in TREND.items():
        rows.append([year, *(f"{x}%" for pair in values for x in pair)])
    rows.append(["Peer group median 2023", *(f"{x}%" for pair in PEER for x in pair)])
    return rows


TREND_DOC = [
    H("Brackenfold Hills NHS Trust"),
    H("Staff survey indicators by ethnicity since 2020"),
    P("Each heading covers two columns; the foot row is the median of our peer trusts."),
    T(_trend_rows(), spans=[("Year", 1), *((f"WRES {i}", 2) for i in (5, 6, 7, 8))]),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_indicator_heading_merged_over_group_columns_keys_each_cell(fmt):
    report, _warnings = read(TREND_DOC, fmt)
    exactly(report, TREND_TRUTH)


def test_a_pdf_heading_centred_over_two_columns_keys_each_cell():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    pdf.multi_cell(0, 6, "Brackenfold Hills NHS Trust", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", size=9)
    with pdf.table(first_row_as_headings=False, line_height=5) as t:
        row = t.row()
        row.cell("Year")
        for i in (5, 6, 7, 8):
            row.cell(f"Indicator {i}", colspan=2, align="C")
        for cells in _trend_rows():
            t.row(cells)
    report, _warnings = parse_wres(extract(bytes(pdf.output()), filename="trend.pdf"))
    exactly(report, TREND_TRUTH)


# ---------------------------------------------------------------------------
# 2. the whole trust's rows, its divisions' rows and a benchmark row

DIVISIONS = {  # (White, BME) for indicators 5 and 8
    "Whole trust, 2023 survey": ((26.1, 30.4), (6.8, 14.9)),
    "Whole trust, 2022 survey": ((27.3, 31.8), (7.4, 16.2)),
    "Estates and facilities (2023)": ((14.0, 18.7), (9.9, 21.3)),
    "Community services (2023)": ((33.5, 37.2), (5.2, "*")),
    "ICS benchmark (2023)": ((25.8, 29.9), (7.1, 15.0)),
}
DIVISION_DOC = [
    H("Marlcombe Valley NHS Foundation Trust"),
    H("WRES 2024: our divisions"),
    P("Divisional results help each division plan; * marks fewer than ten replies."),
    T(
        [
            ["", "5: White", "5: BME", "8: White", "8: BME"],
            *(
                [label, *(x if x == "*" else f"{x}%" for pair in values for x in pair)]
                for label, values in DIVISIONS.items()
            ),
        ]
    ),
    P("Indicator 1: BME staff by division", "bold"),
    T(
        [
            ["Division", "BME staff on 31 March 2024"],
            ["Trust total", "23.6%"],
            ["Medical division", "31.2%"],
            ["Surgical division", "20.4%"],
            ["Estates and facilities", "12.8%"],
        ]
    ),
    P("Relative likelihoods", "bold"),
    T(
        [
            ["Indicator", "Trust 2023/24", "ICS benchmark"],
            [
                "Relative likelihood of White applicants being appointed from shortlisting",
                "1.19",
                "1.30",
            ],
            [
                "Relative likelihood of BME staff entering the formal disciplinary process",
                "1.66",
                "1.21",
            ],
        ]
    ),
]
DIVISION_TRUTH = [
    percentage(ind, group, SURVEY[year], x)
    for label, year in (("Whole trust, 2023 survey", "2023"), ("Whole trust, 2022 survey", "2022"))
    for ind, pair in zip((5, 8), DIVISIONS[label], strict=True)
    for group, x in zip(("White", "BME"), pair, strict=True)
] + [
    truth_row(1, "percentage", "overall", None, "BME", "2023/24", 23.6),
    likelihood(2, "White", "2023/24", 1.19),
    likelihood(3, "BME", "2023/24", 1.66),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_only_the_whole_trusts_rows_are_keyed_and_the_divisions_go_to_review(fmt):
    report, warnings = read(DIVISION_DOC, fmt)
    exactly(report, DIVISION_TRUTH)
    # every division's cell is counted once, the suppressed "*" too, whichever reader
    # (indicators across the top, a metric table) met it; the benchmark is not a part
    assert parts_counted(warnings) == 11, warnings


GROUPED_BY_DIVISION = [
    H("Marlcombe Valley NHS Foundation Trust"),
    P("Indicator 1: our workforce by care group on 31 March 2024", "bold"),
    T(
        [
            ["Care group", "White", "BME", "Not stated"],
            ["Whole trust", "68.9%", "27.3%", "3.8%"],
            ["Medical care group", "55.2%", "41.6%", "3.2%"],
            ["Clinical support care group", "71.4%", "24.0%", "4.6%"],
        ]
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_care_group_table_with_groups_as_columns_keys_only_the_whole_trust(fmt):
    report, warnings = read(GROUPED_BY_DIVISION, fmt)
    truth = [
        truth_row(1, "percentage", "overall", None, group, "2023/24", x)
        for group, x in (("White", 68.9), ("BME", 27.3), ("Unknown", 3.8))
    ]
    exactly(report, truth)
    assert parts_counted(warnings) == 6, warnings


def parts_counted(warnings: list[str]) -> int:
    """How many figures the UNSETTLED warning counts, when it names the parts as why."""
    (unsettled,) = [w for w in warnings if w.startswith(UNSETTLED)]
    assert f"({PART_OF_TRUST})" in unsettled
    return int(re.search(r"(\d+) figure\(s\) skipped", unsettled).group(1))


# ---------------------------------------------------------------------------
# 3. a data return whose indicator 9 sub-rows say whose share they are

RETURN_DOC = [
    H("Wexcombe and District NHS Trust"),
    P("WRES data return for the reporting year 2022/23 (previous year 2021/22)."),
    T(
        [
            ["Indicator", "Group", "Data for reporting year", "Data for previous year", "Notes"],
            [
                "5. Harassment, bullying or abuse from patients, relatives or the public",
                "White",
                "24.2%",
                "25.0%",
                "Slightly better.",
            ],
            ["", "BME", "29.1%", "28.4%", ""],
            [
                "9. Board voting membership compared with the overall workforce",
                "Voting board members - White",
                "90.0%",
                "90.9%",
                "A new BME director.",
            ],
            ["", "Voting board members - BME", "10.0%", "9.1%", ""],
            ["", "Whole workforce - White", "76.5%", "78.0%", ""],
            ["", "Whole workforce - BME", "21.9%", "20.3%", ""],
            ["", "Difference, BME voting board minus BME workforce", "-11.9", "-11.2", ""],
        ]
    ),
]
RETURN_TRUTH = [
    percentage(5, "White", "2022/23", 24.2),
    percentage(5, "White", "2021/22", 25.0),
    percentage(5, "BME", "2022/23", 29.1),
    percentage(5, "BME", "2021/22", 28.4),
    *(
        truth_row(9, "percentage", sg, None, group, period, x)
        for sg, group, pair in (
            ("board_voting", "White", (90.0, 90.9)),
            ("board_voting", "BME", (10.0, 9.1)),
            ("overall", "White", (76.5, 78.0)),
            ("overall", "BME", (21.9, 20.3)),
        )
        for period, x in zip(("2022/23", "2021/22"), pair, strict=True)
    ),
    truth_row(9, "difference", "board_voting", None, "BME", "2022/23", -11.9),
    truth_row(9, "difference", "board_voting", None, "BME", "2021/22", -11.2),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_data_returns_board_sub_rows_say_whose_share_they_are(fmt):
    report, _warnings = read(RETURN_DOC, fmt)
    exactly(report, RETURN_TRUTH)


# ---------------------------------------------------------------------------
# 4. key-finding bullets: each relative likelihood with its change beside it

FINDINGS_DOC = [
    H("Ashwell Gate Hospitals NHS Trust"),
    H("WRES 2024: headline results"),
    B(
        "▼ Indicator 2: the relative likelihood of White applicants being appointed "
        "from shortlisting compared to BME applicants is 1.27 (down 0.08 on last year)."
    ),
    B(
        "▲ Indicator 3: the relative likelihood of BME staff entering the formal "
        "disciplinary process compared to White staff is 1.92, up by 0.31 on last year."
    ),
    B(
        "▲ Indicator 4: the relative likelihood of White staff accessing non-mandatory "
        "training compared to BME staff is 1.05 (up 0.02)."
    ),
    B("▲ BME colleagues made up 18.4% of our workforce on 31 March 2024."),
]
FINDINGS_TRUTH = [
    likelihood(2, "White", "2023/24", 1.27),
    likelihood(3, "BME", "2023/24", 1.92),
    likelihood(4, "White", "2023/24", 1.05),
    truth_row(1, "percentage", "overall", None, "BME", "2023/24", 18.4),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_likelihoods_change_beside_it_is_not_a_figure(fmt):
    report, _warnings = read(FINDINGS_DOC, fmt)
    exactly(report, FINDINGS_TRUTH)


def test_a_group_table_whose_first_row_is_empty_does_not_crash():
    # found by the property test: an extractor may give a table an empty first row
    from parsers.wres.tables import Tab
    from parsers.wres.template_groups import parse_group_columns

    rows = [[], ["", "% White colleagues", "% BAME colleagues"]]
    tab = Tab(rows, [1, 1], "Table 1: Metric 1", None, None, None)
    assert parse_group_columns(tab, 1, [], []) == []
