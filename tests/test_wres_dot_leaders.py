"""Label/value lines joined by a leader of dots (parsers/wres/dot_leaders.py): a key
statistics page of one figure a line under each indicator's bold heading, the label
filled out to the figure by dots or spaced dots, read as "label: figure" lines. A
contents line's page number after its leader is no figure. A report built here for a
fictional trust, in words and figures of our own, printed to HTML, PDF and DOCX."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.dot_leaders import leader_as_colon
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, likelihood, percentage, truth_row


def _line(label: str, figure: str, spaced: bool = False) -> P:
    leader = " ." * 12 if spaced else "." * (58 - len(label))
    return P(f"{label} {leader} {figure}")


BLOCKS = [
    H("Hartsop Valley NHS Foundation Trust"),
    H("Race equality at a glance, 2022/23"),
    P("Contents ........................................ 2"),
    P("Our workforce ................................... 3"),
    P("These are the figures in our WRES return for the year to 31 March 2023."),
    P("Indicator 1: Our workforce", "bold"),
    _line("Ethnic minority colleagues, 31 March 2023", "17.9%"),
    _line("White colleagues, 31 March 2023", "79.8%"),
    P("Indicator 3: Formal disciplinary process", "bold"),
    _line("Relative likelihood, BME relative to White, 2022/23", "1.27", spaced=True),
    _line("Relative likelihood, BME relative to White, 2021/22", "1.41", spaced=True),
    P("Indicator 7: Equal opportunities for career progression or promotion", "bold"),
    _line("Ethnic minority colleagues, 2022 staff survey", "47.5%"),
    _line("White colleagues, 2022 staff survey", "56.1%"),
]

TRUTH = [
    truth_row(1, "percentage", "overall", None, "BME", "2022/23", 17.9),
    truth_row(1, "percentage", "overall", None, "White", "2022/23", 79.8),
    likelihood(3, "BME", "2022/23", 1.27),
    likelihood(3, "BME", "2021/22", 1.41),
    percentage(7, "BME", "2022/23", 47.5),
    percentage(7, "White", "2022/23", 56.1),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_leader_lines_are_label_value_lines(fmt):
    data, name = render(BLOCKS, fmt)
    report, _ = parse_wres(extract(data, filename=name))
    assert_exact(report, TRUTH)


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("White staff, 2023 survey ........ 24.6%", "White staff, 2023 survey: 24.6%"),
        ("Relative likelihood . . . . . 0.94", "Relative likelihood: 0.94"),
        ("BME staff\t21.0%", "BME staff: 21.0%"),
        ("Relative likelihood …… 1.12", "Relative likelihood: 1.12"),
        ("Indicator 5 ............ 12", None),  # a contents line's page number
        ("1. Workforce\t22.7%\t21.3%", None),  # tabbed fields: a table's row
        ("BME staff 21.0%", None),  # no leader
    ],
)
def test_leader_as_colon(line, read):
    assert leader_as_colon(line) == read
