"""Dashboard cards whose figure stands alone with its caption on the line below
(parsers/wres/card_captions.py, read by parsers/wres/cards.py), in a document built
here for a fictional trust, in words and figures of our own: cards three to a row of a
borderless layout table, each a title, the figure, what it is, and last year's figure
under it; the year from the report's title, last year the one before. A PDF prints
the grid as columns of text (a column a cell): each cell is cut into its cards.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Grid, H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.card_captions import labels_below, split_cards
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, likelihood, percentage, truth_row


def _card(title: str, value: str, caption: str, before: str) -> str:
    return "\n".join((title, value, caption, f"Previous year: {before}"))


CARDS = [
    [
        _card("Indicator 6 – Bullying by colleagues", "24.0%", "Asian colleagues", "26.5%"),
        _card("Indicator 6 – Bullying by colleagues", "18.2%", "White colleagues", "19.0%"),
        _card("Indicator 5 – Abuse from patients", "30.5%", "Black colleagues", "32.0%"),
    ],
    [
        _card("Indicator 4 – CPD access", "0.91", "ratio (BME to White)", "0.87"),
        _card("Indicator 8 – Discrimination", "12.4%", "Mixed heritage colleagues", "13.1%"),
        _card("Indicator 1 – Our people", "17.7%", "ethnic minority staff", "16.9%"),
    ],
]
BLOCKS = [
    H("Ennerdale Bridge NHS Trust"),
    H("WRES 2022 at a glance"),
    P("Each panel gives this year's figure with the one before it underneath."),
    Grid(CARDS, borders=False),
]
TRUTH = [
    percentage(6, "Asian", "2021/22", 24.0),
    percentage(6, "Asian", "2020/21", 26.5),
    percentage(6, "White", "2021/22", 18.2),
    percentage(6, "White", "2020/21", 19.0),
    # the label's "(BME to White)" is the ratio's numerator, not the definition's White
    likelihood(4, "BME", "2021/22", 0.91),
    likelihood(4, "BME", "2020/21", 0.87),
    percentage(8, "Mixed", "2021/22", 12.4),
    percentage(8, "Mixed", "2020/21", 13.1),
    percentage(5, "Black", "2021/22", 30.5),
    percentage(5, "Black", "2020/21", 32.0),
    truth_row(1, "percentage", "overall", None, "BME", "2021/22", 17.7),
    truth_row(1, "percentage", "overall", None, "BME", "2020/21", 16.9),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_cards_with_the_caption_under_the_figure_are_read(fmt):
    data, name = render(BLOCKS, fmt)
    report, _ = parse_wres(extract(data, filename=name))
    assert_exact(report, TRUTH)


def test_only_a_lone_figure_over_a_line_of_words_is_joined():
    assert labels_below("T\n31.0%\nof Black staff\nLast year: 29.0%") == (
        "T\nof Black staff: 31.0%\nLast year: 29.0%"
    )
    assert labels_below("T\n31.0%\nLast year: 29.0%") == "T\n31.0%\nLast year: 29.0%"
    assert labels_below("T\n31.0%\n12 of 40 staff") == "T\n31.0%\n12 of 40 staff"


def test_a_column_of_cards_is_cut_before_each_title():
    column = "Indicator 6 – A\n24.0%\nof Asian staff\nIndicator 8 – B\nwrapped title\n12.4%"
    assert split_cards(column) == [
        "Indicator 6 – A\n24.0%\nof Asian staff",
        "Indicator 8 – B\nwrapped title\n12.4%",
    ]
    assert split_cards("Notes\nIndicator 6 – A") == ["Notes\nIndicator 6 – A"]
