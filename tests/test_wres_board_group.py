"""Indicator 9 tables whose rows name only an ethnic group (or a year), under a heading
naming the indicator: the figures are the indicator as defined, the share of the
board's voting members (`board_voting`, as the summary and long-row readers key a
row naming the indicator alone), not the whole workforce's (`overall`), which a row
says by naming the staff (parsers/wres/metric_rows.py `_unnamed_board`). Documents
built here for a made-up trust, in words of our own, printed to HTML, PDF and DOCX."""

from __future__ import annotations

import pytest

from benchmarks.wres_heldout import FORMATS
from parsers.extract.model import Table
from parsers.wres.metric_rows import describe_row
from tests.wres_docs import heading, para, read_exactly, truth_row

TITLE = "Brackenmoor Coast NHS Foundation Trust - race equality data"
NINE = "Indicator 9 - who sits on our board"


def _voting(group: str, period: str, value: float) -> dict:
    return truth_row(9, "percentage", "board_voting", None, group, period, value)


TRUTH = [
    _voting("BME", "2022/23", 7.7),
    _voting("BME", "2023/24", 15.4),
    _voting("White", "2022/23", 92.3),
    _voting("White", "2023/24", 84.6),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_years_as_rows_under_the_board_indicator_are_the_voting_board(fmt):
    rows = [["Year", "BME", "White"], ["2022/23", "7.7%", "92.3%"], ["2023/24", "15.4%", "84.6%"]]
    items = [heading(TITLE), heading(NINE), para("Our board, year by year."), Table(rows=rows)]
    read_exactly(items, TRUTH, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_groups_as_rows_under_the_board_indicator_are_the_voting_board(fmt):
    rows = [["", "2022/23", "2023/24"], ["BME", "7.7%", "15.4%"], ["White", "92.3%", "84.6%"]]
    read_exactly([heading(TITLE), heading(NINE), Table(rows=rows)], TRUTH, fmt)


@pytest.mark.parametrize(
    ("label", "group"),
    [
        ("BME", "board_voting"),
        ("White (%)", "board_voting"),
        ("Overall workforce, BME (%)", "overall"),
        ("All staff - BME", "overall"),
        ("Trust employees from BME backgrounds", "overall"),
        ("Board members, BME", "board"),
        ("Voting board members, BME", "board_voting"),
    ],
)
def test_an_indicator_9_row_naming_no_board_is_the_voting_boards_unless_it_names_the_staff(
    label, group
):
    desc, _kind = describe_row(label, 9, None, None)
    assert desc is not None and desc.staff_group == group
