"""The WRES reader on classes of layout first met in held-out set I (brief h23wresi),
each in documents built here for fictional trusts, in words and figures of our own,
printed to HTML, PDF and DOCX:

- a board paper giving both groups on one line ("White colleagues: x% / BME
  colleagues: y%") with the national figures in brackets after them, the board's
  share, the workforce's share and their difference in percentage points in one
  sentence, and an action plan whose targets are not figures;

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.wres_heldout import FORMATS
from tests.wres_docs import heading, para, percentage, read_exactly, truth_row

# ---------------------------------------------------------------------------
# 1. a board paper: both groups on one line, national figures in brackets, the
# board's share and difference in one sentence, an action plan

BOARD_PAPER = [
    heading("Harrowgate Fields NHS Trust"),
    heading("Trust board, agenda item 9: race equality"),
    para("Staff survey findings (sector figures in brackets for comparison)"),
    para("2021 NHS Staff Survey"),
    para(
        "Indicator 6 (bullying or abuse from other colleagues): White colleagues: 19.6% / "
        "BME colleagues: 25.3% (national: 21.2% / 26.0%)"
    ),
    para(
        "Indicator 7 (equal opportunities for career progression): White colleagues: 61.4% / "
        "BME colleagues: 48.8% (national: 59.0% / 46.1%)"
    ),
    para("Indicator 9: the board"),
    para(
        "WRES 2022: 1 of the 9 voting members of the board is from a BME background "
        "(11.1%), against 15.2% of the overall workforce, a difference of -4.1 percentage "
        "points."
    ),
    para("Our actions for 2023/24"),
    para(
        "1. Lower the share of BME colleagues reporting bullying from other colleagues to "
        "20% by the 2024 survey."
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_board_paper_with_both_groups_on_one_line(fmt):
    truth = [
        percentage(6, "White", "2021/22", 19.6),
        percentage(6, "BME", "2021/22", 25.3),
        percentage(7, "White", "2021/22", 61.4),
        percentage(7, "BME", "2021/22", 48.8),
        truth_row(9, "percentage", "board_voting", None, "BME", "2021/22", 11.1),
        truth_row(9, "difference", "board_voting", None, "BME", "2021/22", -4.1),
        # the workforce share the board is measured against: indicator 9's comparison
        # figure, as benchmarks/wres_structure_e.py (S3) keys it
        truth_row(9, "percentage", "overall", None, "BME", "2021/22", 15.2),
    ]
    read_exactly(BOARD_PAPER, truth, fmt)
