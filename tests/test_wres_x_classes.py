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
from parsers.wres.parse import parse_wres
from parsers.wres.summary_rows import workforce_share
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import percentage, truth_row

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
