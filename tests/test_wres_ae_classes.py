"""The WRES table readers on structures first met in held-out set AE (brief
learn_ae_wres), in documents built here for fictional trusts, in words and figures of
our own, printed to HTML, PDF and DOCX:

- figures carrying a significance mark ("1.41 (sig.)", "0.94 (n.s.)", "1.18*", "1.07
  (not significant)"): the mark is no part of the figure.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Grid, H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.cells import clean
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage

TRUST = "Lowfell Marsh NHS Trust"


def read(blocks, fmt: str):
    data, name = render(blocks, fmt, title=TRUST, site="lowfell")
    return parse_wres(extract(data, filename=name))


# ---------------------------------------------------------------------------
# 1. significance marks after the figures


def test_a_significance_mark_is_no_part_of_the_figure():
    for text, figure in (
        ("1.41 (sig.)", "1.41"),
        ("0.94 (n.s.)", "0.94"),
        ("1.07 (not significant)", "1.07"),
        ("1.22 (Significant)", "1.22"),
        ("0.88 (NS)", "0.88"),
        ("31.5%* ", "31.5%"),
        ("1.18\u2020", "1.18"),
    ):
        assert clean(text) == figure, text
    # words in brackets that follow no figure are left as they are
    assert clean("Relative likelihood (sig.) key") == "Relative likelihood (sig.) key"


_MARKED_ROWS = [
    ["Indicator", "Staff group", "2024/25", "2023/24"],
    ["2. Appointment from shortlisting", "Relative likelihood", "1.41 (sig.)", "1.18*"],
    ["3. Formal disciplinary process", "Relative likelihood", "0.94 (n.s.)", "1.26 (sig.)"],
    ["4. Non-mandatory training", "Relative likelihood", "1.07 (not significant)", "1.02"],
    ["6. Harassment from staff", "BME", "25.3%*", "27.0%"],
    ["", "White", "19.6%", "20.4%"],
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_marked_figures_in_a_summary_table(fmt):
    blocks = [
        H(TRUST),
        H("Workforce Race Equality Standard results"),
        Grid(_MARKED_ROWS, header=True, widths=(5, 3, 3, 3)),
        P("(sig.) significant at the 95% level; (n.s.) not significant; * see note 2."),
    ]
    report, _ = read(blocks, fmt)
    exactly(
        report,
        [
            likelihood(2, "White", "2024/25", 1.41),
            likelihood(2, "White", "2023/24", 1.18),
            likelihood(3, "BME", "2024/25", 0.94),
            likelihood(3, "BME", "2023/24", 1.26),
            likelihood(4, "White", "2024/25", 1.07),
            likelihood(4, "White", "2023/24", 1.02),
            percentage(6, "BME", "2024/25", 25.3),
            percentage(6, "BME", "2023/24", 27.0),
            percentage(6, "White", "2024/25", 19.6),
            percentage(6, "White", "2023/24", 20.4),
        ],
    )
