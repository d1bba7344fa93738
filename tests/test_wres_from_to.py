"""Figures moving "from" one level "to" another under a span of two times
(parsers/wres/narrative_from_to.py): the level it moves from is the earlier time's,
the level it moves to the later's; each pair takes the one group named since the pair
before it. Documents built here for a fictional trust, printed to HTML, PDF and DOCX."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.narrative_from_to import earlier_then_later, from_to_pairs, pair_groups
from parsers.wres.narrative_terms import _figures, _group_marks, _times
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, percentage, truth_row

TRUST = "Saltwick Scar Hospitals NHS Trust"


def _doc() -> list:
    return [
        H(TRUST),
        H("Our race equality results, 2024/25"),
        H("Indicator 1: who works for us"),
        P(
            "Between 31 March 2024 and 31 March 2025 the proportion of our people who are "
            "from a minority ethnic background went up from 15.5% to 16.8%, and the White "
            "proportion went down from 82.0% to 80.9%."
        ),
        H("Indicator 8: discrimination at work"),
        P(
            "Between the 2024 and 2023 staff surveys the proportion of minority ethnic "
            "staff saying a manager or colleague had discriminated against them went "
            "from 14.0% to 12.2%; among White staff it went from 7.1% to 6.0%."
        ),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_from_the_earlier_to_the_later(fmt):
    data, name = render(_doc(), fmt, title=TRUST, site="saltwick")
    report, _w = parse_wres(extract(data, filename=name))

    def share(g, p, v):
        return truth_row(1, "percentage", "overall", None, g, p, v)

    assert_exact(
        report,
        [
            share("BME", "2023/24", 15.5),
            share("BME", "2024/25", 16.8),
            share("White", "2023/24", 82.0),
            share("White", "2024/25", 80.9),
            # the times listed later first: "from" is still the earlier (2023 survey)
            percentage(8, "BME", "2023/24", 14.0),
            percentage(8, "BME", "2024/25", 12.2),
            percentage(8, "White", "2023/24", 7.1),
            percentage(8, "White", "2024/25", 6.0),
        ],
    )


def test_pairs_only_when_every_figure_stands_in_one():
    s = "It went from 3.0% to 4.0% and from 5.0% to 6.0%."
    assert from_to_pairs(s, _figures(s)) == [[0, 1], [2, 3]]
    s = "It went from 3.0% to 4.0%, against 5.0% nationally."
    assert from_to_pairs(s, _figures(s)) is None
    s = "It went from 3.0 to 4.0%."  # not one measure moving
    assert from_to_pairs(s, _figures(s)) is None


def test_two_times_in_the_order_of_their_years():
    s = "Between the 2025 and 2024 surveys"
    later, earlier = _times(s)
    assert earlier_then_later([later, earlier]) == [earlier, later]
    assert earlier_then_later([later]) is None


def test_each_pair_takes_the_group_named_since_the_pair_before():
    s = "Minority ethnic staff went from 3.0% to 4.0%, and White staff from 5.0% to 6.0%."
    figs = _figures(s)
    groups = pair_groups(s, figs, _group_marks(s), [None] * 4)
    assert groups == ["BME", "BME", "White", "White"]
