"""The WRES attribution engine on five classes of layout (brief h18wres), each in
documents built here for fictional trusts, in words and figures of our own, printed
to HTML, PDF and DOCX:

- figures carrying a footnote mark ("23.1%*", "1.37¹", "[2]", "(a)"), in table cells
  and sentences, the year of the table from the dated heading above it;
- an action plan whose "starting point" column states each indicator's figures;
- bullet points each giving this year's and last year's figure;
- indicator 1 headcounts by band for one staff group, with its total row;
- the whole workforce's share stated under the board's (indicator 9) heading.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.wres_heldout import FORMATS
from parsers.extract.model import Table, TextBlock
from parsers.wres.cell_figures import parse_cell
from parsers.wres.cells import clean
from parsers.wres.narrative_terms import _times
from parsers.wres.parse import UNSETTLED
from parsers.wres.template_summary import ratio_in_text
from tests.wres_docs import (
    heading,
    para,
    read_exactly,
    read_rendered,
    truth_row,
)

# ---------------------------------------------------------------------------
# 1. footnote marks


@pytest.mark.parametrize(
    "text,kind,value",
    [
        ("23.1%*", "pct", 23.1),
        ("23.1%**", "pct", 23.1),
        ("1.37\u00b9", "num", 1.37),
        ("1.37\u00b2\u00b3", "num", 1.37),
        ("40.2%\u2020", "pct", 40.2),
        ("40.2%\u2021", "pct", 40.2),
        ("8.8%[2]", "pct", 8.8),
        ("8.8% (a)", "pct", 8.8),
        ("**", "redacted", None),  # a mark alone is still a redaction
        ("12 (3)", "text", None),  # a number in brackets is no footnote letter
    ],
)
def test_a_footnote_mark_is_no_part_of_the_figure(text, kind, value):
    cell = parse_cell(text)
    assert (cell.kind, cell.value) == (kind, value)


def test_a_notes_own_leading_mark_stays():
    assert clean("* Two wards merged in 2023.") == "* Two wards merged in 2023."
    assert clean("\u00b9 Bank staff excluded.") == "\u00b9 Bank staff excluded."


FOOTNOTES = [
    heading("Harrowgate Moor Mental Health NHS Trust"),
    heading("Staff survey indicators 2022/23 (2022 NHS Staff Survey)"),
    Table(
        rows=[
            ["Indicator", "White staff", "BME staff"],
            ["Harassment, bullying or abuse from patients or the public", "25.5%*", "31.0%"],
            ["Harassment, bullying or abuse from staff", "22.2%", "27.9%\u2020"],
            ["Discrimination from a manager or colleague", "7.1%[1]", "14.6% (a)"],
        ]
    ),
    para("* Two wards merged during the year."),
    para("\u2020 Bank staff are included."),
    heading("Indicator 3: formal disciplinary process"),
    para(
        "In 2022/23 BME colleagues were 1.37\u00b9 times as likely as White colleagues to "
        "enter the formal disciplinary process."
    ),
    para("\u00b9 Averaged over two years."),
]
FOOTNOTES_TRUTH = [
    truth_row(5, "percentage", None, None, "White", "2022/23", 25.5),
    truth_row(5, "percentage", None, None, "BME", "2022/23", 31.0),
    truth_row(6, "percentage", None, None, "White", "2022/23", 22.2),
    truth_row(6, "percentage", None, None, "BME", "2022/23", 27.9),
    truth_row(8, "percentage", None, None, "White", "2022/23", 7.1),
    truth_row(8, "percentage", None, None, "BME", "2022/23", 14.6),
    truth_row(3, "relative_likelihood", None, None, "BME", "2022/23", 1.37),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_figures_with_footnote_marks_are_read_in_cells_and_sentences(fmt):
    read_exactly(FOOTNOTES, FOOTNOTES_TRUTH, fmt)


def test_a_group_column_summary_without_a_dated_heading_is_skipped():
    items = [heading("Harrowgate Moor Mental Health NHS Trust"), *FOOTNOTES[2:5]]
    report, warnings = read_rendered(items, "html")
    assert not report.metrics
    assert any("without period headings" in w for w in warnings)


# ---------------------------------------------------------------------------
# 2. an action plan's starting-point column

ACTION_PLAN = [
    heading("Kestrel Vale University Hospitals NHS Trust"),
    heading("Race equality action plan 2023-24"),
    Table(
        rows=[
            ["Ref", "WRES indicator", "Starting point (2022/23)", "Action", "Owner", "Due"],
            [
                "A1",
                "Indicator 3: formal disciplinary process",
                "BME staff 1.62 times as likely as White staff to enter the process",
                "Every case reviewed by a panel before a formal investigation starts",
                "Employee Relations Manager",
                "October 2023",
            ],
            [
                "A2",
                "Indicator 6: harassment, bullying or abuse from staff",
                "White 21.0%; BME 27.5%",
                "Bystander training for all team leaders; aim for 24% by 2025",
                "Deputy Director of People",
                "March 2024",
            ],
            [
                "A3",
                "Indicator 7: equal opportunities for career progression",
                "BME 49.1% and White 57.8%",
                "Career conversations for every Band 5 and 6 nurse",
                "Chief Nurse",
                "January 2024",
            ],
        ]
    ),
]
ACTION_TRUTH = [
    truth_row(3, "relative_likelihood", None, None, "BME", "2022/23", 1.62),
    truth_row(6, "percentage", None, None, "White", "2022/23", 21.0),
    truth_row(6, "percentage", None, None, "BME", "2022/23", 27.5),
    truth_row(7, "percentage", None, None, "BME", "2022/23", 49.1),
    truth_row(7, "percentage", None, None, "White", "2022/23", 57.8),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_action_plans_starting_point_column_gives_each_indicators_figures(fmt):
    report, _warnings = read_exactly(ACTION_PLAN, ACTION_TRUTH, fmt)
    assert len(report.actions) == 3  # the plan is still read as actions


def test_a_ratio_in_words_is_read_only_when_it_is_the_cells_one_figure():
    assert ratio_in_text("White candidates 1.25 times as likely as BME candidates") == (
        1.25,
        2,
        "White",
    )
    assert ratio_in_text("1.25 times in 2022/23") is None  # a year beside it: unsure
    assert ratio_in_text("BME 1.3 times, White 1.0 times") is None


def test_an_action_plan_without_a_starting_point_column_gives_no_figures():
    rows = [[c for j, c in enumerate(r) if j != 2] for r in ACTION_PLAN[2].rows]
    report, _warnings = read_rendered([*ACTION_PLAN[:2], Table(rows=rows)], "html")
    assert report.metrics == [] and len(report.actions) == 3


# ---------------------------------------------------------------------------
# 3. bullets giving two years each

BULLETS = [
    heading("Ferncliffe Community Health NHS Trust: WRES 2023"),
    para("Headlines from this year's data:"),
    TextBlock(
        text="BME colleagues experiencing discrimination from a manager or colleague: 12.2% "
        "in the 2022 survey, down from 13.0% in the 2021 survey.",
        style="list",
    ),
    TextBlock(
        text="BME colleagues formed 23.1% of our workforce at 31 March 2023, compared with "
        "21.7% at 31 March 2022.",
        style="list",
    ),
]
BULLETS_TRUTH = [
    truth_row(8, "percentage", None, None, "BME", "2022/23", 12.2),
    truth_row(8, "percentage", None, None, "BME", "2021/22", 13.0),
    truth_row(1, "percentage", "overall", None, "BME", "2022/23", 23.1),
    truth_row(1, "percentage", "overall", None, "BME", "2021/22", 21.7),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bullet_giving_two_years_keeps_both_figures(fmt):
    read_exactly(BULLETS, BULLETS_TRUTH, fmt)


def test_the_year_survey_is_a_survey_year():
    (t,) = _times("in the 2022 survey")
    assert (t.kind, t.year) == ("survey", 2022)


# ---------------------------------------------------------------------------
# 4. headcounts by band for one staff group, with a total row

BANDS = [("Band 3", 220, 41, 6), ("Band 4", 150, 22, 3), ("Band 8b", 36, 3, 1)]


def _count_row(label: str, w: int, b: int, u: int) -> list[str]:
    n = w + b + u
    return [label, str(w), str(b), str(u), str(n), f"{100 * b / n:.1f}%"]


def _counts(title: str, sections: bool = False) -> list:
    body = [_count_row(*r) for r in BANDS]
    if sections:  # two staff groups in one table, each opened by a section row
        body = [["Clinical", "", "", "", "", ""], *body[:2], ["Non-clinical"] + [""] * 5, body[2]]
    total = [sum(r[i] for r in BANDS) for i in (1, 2, 3)]
    header = ["Pay band", "White", "BME", "Unknown", "All staff", "BME share"]
    return [
        heading("Moorhen Bay NHS Foundation Trust"),
        heading(title),
        Table(rows=[header, *body, _count_row("Total", *total)]),
    ]


COUNTS_TRUTH = [
    truth_row(
        1, "percentage", "non_clinical", band, "BME", "2022/23", round(100 * b / (w + b + u), 1)
    )
    for band, w, b, u in BANDS
] + [truth_row(1, "percentage", "non_clinical", None, "BME", "2022/23", 13.7)]  # 66 of 482


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_total_row_of_one_staff_groups_bands_is_that_groups_figure(fmt):
    title = "Indicator 1: non-clinical workforce by pay band at 31 March 2023"
    read_exactly(_counts(title), COUNTS_TRUTH, fmt)


def test_a_total_under_several_staff_groups_is_not_one_groups():
    title = "Indicator 1: workforce by pay band at 31 March 2023"
    report, _warnings = read_rendered(_counts(title, sections=True), "html")
    assert all(m.band is not None for m in report.metrics), [
        (m.staff_group, m.band, m.value) for m in report.metrics
    ]


# ---------------------------------------------------------------------------
# 5. the whole workforce's share under the board's heading


def _board(title: str) -> list:
    return [
        heading("Sallowfield Hospitals NHS Trust"),
        heading(title),
        para("At 31 March 2023, 11.1% of voting board members were from BME backgrounds."),
        para("Our whole workforce at 31 March 2023 was 18.5% BME."),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_workforce_share_beside_the_board_is_indicator_9s(fmt):
    truth = [
        truth_row(9, "percentage", "board_voting", None, "BME", "2022/23", 11.1),
        truth_row(9, "percentage", "overall", None, "BME", "2022/23", 18.5),
    ]
    read_exactly(_board("Indicator 9: board membership"), truth, fmt)


def test_the_workforce_share_under_indicator_1_stays_indicator_1():
    items = _board("Indicator 1: our workforce")[:2] + _board("")[3:]
    truth = [truth_row(1, "percentage", "overall", None, "BME", "2022/23", 18.5)]
    read_exactly(items, truth, "html")


def test_a_starting_point_figure_without_its_group_is_skipped_and_counted():
    rows = [list(r) for r in ACTION_PLAN[2].rows]
    rows[2][2] = "27.5% of staff"  # indicator 6, no ethnic group: not settled
    report, warnings = read_rendered([*ACTION_PLAN[:2], Table(rows=rows)], "html")
    assert {(m.indicator, m.value) for m in report.metrics} == {
        (3, 1.62),
        (7, 49.1),
        (7, 57.8),
    }
    assert any(w.startswith(UNSETTLED) and "27.5% of staff" in w for w in warnings), warnings


def test_a_staff_groups_share_under_the_boards_heading_is_not_indicator_9s():
    items = [
        *_board("Indicator 9: board membership")[:2],
        para("BME colleagues were 10.5% of the clinical workforce at 31 March 2023."),
    ]
    truth = [truth_row(1, "percentage", "clinical", None, "BME", "2022/23", 10.5)]
    read_exactly(items, truth, "html")


# ---------------------------------------------------------------------------
# a long table: each row names its own year (set F, learned after its first sight)

LONG_TABLE = [
    heading("Larkfield Community NHS Trust"),
    heading("Race equality report 2025: survey indicators"),
    para("Each row gives one indicator for one group, with the survey year it comes from."),
    Table(
        rows=[
            ["Indicator", "Group", "Survey", "Our figure"],
            ["Indicator 6", "BME", "2024 staff survey", "19.4%"],
            ["Indicator 6", "White", "2024 staff survey", "17.2%"],
            ["Indicator 8", "BME", "2024 staff survey", "11.9%"],
            ["Indicator 8", "White", "2024 staff survey", "6.3%"],
        ]
    ),
]
LONG_TRUTH = [
    truth_row(6, "percentage", None, None, "BME", "2024/25", 19.4),
    truth_row(6, "percentage", None, None, "White", "2024/25", 17.2),
    truth_row(8, "percentage", None, None, "BME", "2024/25", 11.9),
    truth_row(8, "percentage", None, None, "White", "2024/25", 6.3),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_long_tables_rows_take_the_year_they_name_not_the_headings(fmt):
    # the heading's "2025" would date them 2025/26 as survey figures: wrong by a year
    read_exactly(LONG_TABLE, LONG_TRUTH, fmt)
