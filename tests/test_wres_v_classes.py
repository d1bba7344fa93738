"""The WRES readers on classes of layout first met in held-out set V (brief learnv_wres),
in documents built here for fictional trusts, in words and figures of our own, printed
to HTML, PDF and DOCX:

- a long table of measures with a group column, where a likelihood's group cell is the
  pair of groups it compares ("Ethnic minority against White"): the first group named is
  the ratio's numerator, and rows of other measures are not keyed.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Grid, H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage


def read(blocks, fmt: str):
    data, name = render(blocks, fmt, title="Saltcote Marsh NHS Trust", site="saltcote")
    return parse_wres(extract(data, filename=name))


# ---------------------------------------------------------------------------
# 1. a group cell that is the pair a likelihood compares


def _paired_groups_doc():
    rows = [
        ["Item", "Population", "2024/25", "2023/24"],
        [
            "Indicator 3 - entering a formal disciplinary process",
            "Ethnic minority against White",
            "1.52",
            "1.61",
        ],
        [
            "Indicator 4 - access to non-mandatory training",
            "White against ethnic minority",
            "0.97",
            "1.08",
        ],
        ["Indicator 6 - abuse from other colleagues", "Ethnic minority", "23.9%", "25.0%"],
        ["Indicator 6 - abuse from other colleagues", "White", "18.2%", "19.4%"],
        ["Vacancy rate", "All posts", "7.1%", "8.3%"],
    ]
    blocks = [H("Saltcote Marsh NHS Trust"), P("People scorecard 2024/25"), Grid(rows, header=True)]
    truth = [
        likelihood(3, "BME", "2024/25", 1.52),
        likelihood(3, "BME", "2023/24", 1.61),
        likelihood(4, "White", "2024/25", 0.97),
        likelihood(4, "White", "2023/24", 1.08),
        percentage(6, "BME", "2024/25", 23.9),
        percentage(6, "BME", "2023/24", 25.0),
        percentage(6, "White", "2024/25", 18.2),
        percentage(6, "White", "2023/24", 19.4),
    ]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_likelihoods_group_cell_naming_the_pair_gives_its_numerator(fmt):
    blocks, truth = _paired_groups_doc()
    report, _warnings = read(blocks, fmt)
    exactly(report, truth)
