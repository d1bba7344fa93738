"""Indicator 9's table whose rows name their groups as staff and no board
(parsers/wres/board_staff_rows.py): the board's own shares. Beside a board row, a
staff row stays the whole workforce's. Documents built here for a fictional trust,
printed to HTML, PDF and DOCX."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, truth_row

TRUST = "Pennock Ridge Community Health NHS Trust"


def _read(blocks, fmt):
    data, name = render(blocks, fmt, title=TRUST, site="pennock")
    return parse_wres(extract(data, filename=name))[0]


def _doc(rows) -> list:
    return [
        H(TRUST),
        H("Indicator 9: who sits on our board"),
        P("Directors with a vote, by ethnicity, at the end of each year."),
        T([["", "31 March 2025", "31 March 2024"], *rows]),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_rows_naming_only_the_groups_staff_are_the_boards(fmt):
    rows = [["Minority ethnic employees", "25.0%", "18.2%"], ["White employees", "75.0%", "81.8%"]]
    truth = [
        truth_row(9, "percentage", "board_voting", None, g, p, v)
        for g, p, v in (
            ("BME", "2024/25", 25.0),
            ("BME", "2023/24", 18.2),
            ("White", "2024/25", 75.0),
            ("White", "2023/24", 81.8),
        )
    ]
    assert_exact(_read(_doc(rows), fmt), truth)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_staff_row_beside_a_board_row_is_the_workforces(fmt):
    rows = [
        ["Board members: minority ethnic", "25.0%", "18.2%"],
        ["Minority ethnic staff", "14.1%", "13.0%"],
    ]
    truth = [
        truth_row(9, "percentage", "board", None, "BME", "2024/25", 25.0),
        truth_row(9, "percentage", "board", None, "BME", "2023/24", 18.2),
        truth_row(9, "percentage", "overall", None, "BME", "2024/25", 14.1),
        truth_row(9, "percentage", "overall", None, "BME", "2023/24", 13.0),
    ]
    assert_exact(_read(_doc(rows), fmt), truth)
