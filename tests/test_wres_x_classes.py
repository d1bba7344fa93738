"""The WRES readers on structural dimensions first met in held-out set X (brief
learnx_wres), in documents built here for fictional trusts, in words and figures of
our own, printed to HTML, PDF and DOCX:

- a summary table's indicator 1 row naming the workforce broken down by ethnic group;
- indicator 9 in sentences under a heading that names the board's voting members;
- an action plan whose one column beside the indicator states its figures in
  sentences, beside actions, owners and deadlines that are never figures;
- a report in a section a year, each restating the indicators under its dated heading.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Grid, H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.extract.model import Extracted, Table
from parsers.wres.commentary_tables import commentary_as_text
from parsers.wres.parse import parse_wres
from parsers.wres.summary_rows import workforce_share
from parsers.wres.year_sections import section_dates
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row

TRUST = "Brackenfold Valley NHS Trust"


def read(blocks, fmt: str):
    data, name = render(blocks, fmt, title=TRUST, site="brackenfold")
    return parse_wres(extract(data, filename=name))


# ---------------------------------------------------------------------------
# 1. the workforce broken down by ethnic group


def test_the_workforce_by_ethnic_group_is_the_whole_workforces_share():
    assert workforce_share("1. Workforce by ethnicity") == "post"
    assert workforce_share("Staff in post broken down by ethnic origin") == "post"
    assert workforce_share("1. Nursing workforce by ethnicity") is None  # one staff group


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_summary_row_of_the_workforce_by_ethnic_group(fmt):
    rows = [
        ["Ref", "Measure", "Minority ethnic 2022/23", "White 2022/23"],
        ["1", "Workforce broken down by ethnic group", "18.4%", "79.9%"],
        ["6", "Abuse from other colleagues", "25.3%", "21.0%"],
    ]
    blocks = [H(TRUST), H("Race equality summary"), Grid(rows, header=True)]
    truth = [
        truth_row(1, "percentage", "overall", None, "BME", "2022/23", 18.4),
        truth_row(1, "percentage", "overall", None, "White", "2022/23", 79.9),
        percentage(6, "BME", "2022/23", 25.3),
        percentage(6, "White", "2022/23", 21.0),
    ]
    report, _ = read(blocks, fmt)
    exactly(report, truth)


# ---------------------------------------------------------------------------
# 2. the board named by the indicator's heading


@pytest.mark.parametrize("fmt", FORMATS)
def test_sentences_under_a_heading_naming_the_voting_board(fmt):
    blocks = [
        H(TRUST),
        H("How our figures compare"),
        P("Indicator 6 - Abuse from other colleagues", "bold"),
        P("In 2022/23 it stood at 25.3% for minority ethnic staff and 21.0% for White staff."),
        P("Indicator 9 - Voting members of the Board by ethnicity", "bold"),
        P("In 2022/23 the share was 12.5% for minority ethnic members and 87.5% for White."),
        P("Across the whole workforce the share was 18.4% for minority ethnic staff."),
    ]
    truth = [
        percentage(6, "BME", "2022/23", 25.3),
        percentage(6, "White", "2022/23", 21.0),
        truth_row(9, "percentage", "board_voting", None, "BME", "2022/23", 12.5),
        truth_row(9, "percentage", "board_voting", None, "White", "2022/23", 87.5),
        truth_row(9, "percentage", "overall", None, "BME", "2022/23", 18.4),
    ]
    report, _ = read(blocks, fmt)
    exactly(report, truth)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_headings_board_reaches_no_further_than_the_next_heading(fmt):
    blocks = [
        H(TRUST),
        H("How our figures compare"),
        P("Indicator 9 - Voting members of the Board", "bold"),
        H("Position at 31 March 2023"),
        P("The share was 11.0% for minority ethnic staff and 86.5% for White staff."),
    ]
    report, _ = read(blocks, fmt)
    assert not [m for m in report.metrics if m.staff_group and "board" in m.staff_group]


# ---------------------------------------------------------------------------
# 3. an action plan with a column of sentences stating the figures

_PLAN_HEAD = ["WRES metric", "Our position", "What we will do", "Owner", "Due"]


def _plan_rows() -> list[list[str]]:
    return [
        _PLAN_HEAD,
        [
            "6. Abuse from other colleagues",
            "2022/23: minority ethnic 25.3%, White 21.0%. 2021/22: minority ethnic 26.2%, "
            "White 20.7%.",
            "Train 40 managers in resolving conflict early",
            "Director of People",
            "October 2024",
        ],
        [
            "3. Entering formal capability",
            "Relative likelihood 1.37 in 2022/23 (2021/22: 1.52).",
            "Review every case before it enters the formal stage",
            "Employee Relations Lead",
            "2024/25",
        ],
    ]


def test_an_action_plans_column_of_sentences_becomes_sections_of_text():
    doc = Extracted(items=[Table(_plan_rows())], format="docx")
    texts = [b.text for b in commentary_as_text(doc).blocks]
    assert texts[:3] == ["Indicator 6", "Abuse from other colleagues", _plan_rows()[1][1]]
    assert "October 2024" not in texts and "Director of People" not in texts


def test_an_action_plan_without_sentences_of_figures_is_left_as_it_is():
    rows = [[*r[:1], *r[2:]] for r in _plan_rows()]  # no position column
    doc = Extracted(items=[Table(rows)], format="docx")
    assert commentary_as_text(doc) is doc


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_action_plans_figures_read_and_its_deadlines_not(fmt):
    blocks = [H(TRUST), H("Race equality plan 2024-2025"), Grid(_plan_rows(), header=True)]
    truth = [
        percentage(6, "BME", "2022/23", 25.3),
        percentage(6, "White", "2022/23", 21.0),
        percentage(6, "BME", "2021/22", 26.2),
        percentage(6, "White", "2021/22", 20.7),
        likelihood(3, "BME", "2022/23", 1.37),
        likelihood(3, "BME", "2021/22", 1.52),
    ]
    report, _ = read(blocks, fmt)
    exactly(report, truth)
    assert len(report.actions) == 2


# ---------------------------------------------------------------------------
# 4. a section a year


def test_section_dates_need_two_years_restating_the_indicators():
    lines = [
        "Figures for 2022/23",
        "Metric 6: Abuse from other colleagues",
        "x",
        "Metric 8: Discrimination by a manager",
        "Figures for 2021/22",
        "Metric 6: Abuse from other colleagues",
        "Metric 8: Discrimination by a manager",
    ]
    assert section_dates(lines) == {1: "2022/23", 3: "2022/23", 5: "2021/22", 6: "2021/22"}
    assert section_dates(lines[:4]) == {}  # one dated section: the readers date it
    other = [lines[0], lines[1], lines[3], lines[4], "Metric 2: Shortlisting", "Metric 4: CPD"]
    assert section_dates(other) == {}  # no indicator restated
    figures = [lines[0], "Metric 6: White 21.0% / minority ethnic 25.3%", lines[4], lines[5]]
    assert section_dates([*figures, "Metric 8: White 9.0%"]) == {}  # figures, not headings


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_section_a_year_dates_its_indicators(fmt):
    blocks = [H(TRUST), H("Race equality data tables")]
    shares = {
        "2022/23": ("25.3", "21.0", "14.1", "9.0"),
        "2021/22": ("26.2", "20.7", "15.0", "8.6"),
    }
    truth = []
    for year, (a, b, c, d) in shares.items():
        blocks.append(H(f"Figures for {year}"))
        blocks.append(P("Metric 6: Abuse from other colleagues", "bold"))
        blocks.append(P(f"Minority ethnic {a}% (253 of 1,000); White {b}% (840 of 4,000)"))
        blocks.append(P("Metric 8: Discrimination by a manager", "bold"))
        blocks.append(P(f"Minority ethnic {c}% (141 of 1,000); White {d}% (360 of 4,000)"))
        truth += [
            percentage(6, "BME", year, float(a)),
            percentage(6, "White", year, float(b)),
            percentage(8, "BME", year, float(c)),
            percentage(8, "White", year, float(d)),
        ]
    report, _ = read(blocks, fmt)
    exactly(report, truth)
