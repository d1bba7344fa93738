"""A heading's qualifier applies to the labels under it (parsers/wres/lines.py): under
"Indicator 9 - voting members of our board", a label naming only "board members" is
of the voting members, as the heading says, not of the whole board. Under a heading
that names the board without saying which members, the label's bare board stands. A
made-up trust, in words of our own."""

from __future__ import annotations

from parsers.extract import extract
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, truth_row

TRUST = "Kestrelford Mental Health NHS Trust"
FIGURES = [
    ("BME board members, 31 March 2024", "16.7%"),
    ("White board members, 31 March 2024", "83.3%"),
    ("BME board members, 31 March 2023", "8.3%"),
    ("White board members, 31 March 2023", "91.7%"),
]


def _html(heading: str) -> bytes:
    lines = "".join(f"<p>{label}</p><p><strong>{figure}</strong></p>" for label, figure in FIGURES)
    body = (
        f"<h1>{TRUST}</h1><h2>Race equality report 2023/24</h2>"
        f"<h2>{heading}</h2><p>We want our board to reflect the people we serve.</p>"
        f"<h4>The numbers</h4>{lines}"
    )
    return f"<html><body><main>{body}</main></body></html>".encode()


def _truth(board: str) -> list[dict]:
    def share(group: str, period: str, value: float) -> dict:
        return truth_row(9, "percentage", board, None, group, period, value)

    return [
        share("BME", "2023/24", 16.7),
        share("White", "2023/24", 83.3),
        share("BME", "2022/23", 8.3),
        share("White", "2022/23", 91.7),
    ]


def _read(heading: str):
    report, _warnings = parse_wres(extract(_html(heading), filename="report.html"))
    return report


def test_board_members_under_a_voting_membership_heading_are_its_voting_members():
    assert_exact(_read("Indicator 9 - voting members of our board"), _truth("board_voting"))


def test_board_members_under_a_heading_naming_the_whole_board_stay_the_board():
    assert_exact(_read("Indicator 9 - our board"), _truth("board"))
