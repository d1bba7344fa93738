"""An action plan's commentary giving each indicator's figures in prose
(parsers/wres/narrative_bind.py, narrative_from_to.py, narrative_measure.py): last
year's figure in brackets after this year's own group and survey ("x% of BME staff in
the 2024 survey (2023: y%)"); the per-group rates behind a likelihood named with the
base they are of ("x% of shortlisted White candidates"); one group's level moving "from
x in <year> to y in <year>", then the other's "to y from x" with no year, which takes
the same two; and the workforce's share in brackets in the board's section, which is
no board figure. Documents built here for a fictional trust, printed to HTML, PDF and
DOCX."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.narrative_from_to import moving_pairs
from parsers.wres.narrative_terms import _figures
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, likelihood, percentage, truth_row

TRUST = "Cawdor Lowland NHS Trust"


def _doc() -> list:
    return [
        H(TRUST),
        H("Race equality action plan 2025/26"),
        P("Our plan responds to the WRES data for 2024/25, set beside 2023/24."),
        H("Metric 2: Shortlisting"),
        P(
            "White candidates were 1.35 times more likely than BME candidates to be "
            "appointed after shortlisting in 2024/25. That year 31.2% of shortlisted White "
            "candidates were appointed, against 23.1% of shortlisted BME candidates."
        ),
        H("Metric 6: Bullying by colleagues"),
        P(
            "Bullying, harassment or abuse from other staff was reported by 23.5% of BME "
            "staff in the 2024 survey (2023: 26.0%) and 18.4% of White staff "
            "(2023: 19.0%)."
        ),
        H("Metric 7: Progression"),
        P(
            "Confidence in equal opportunities for career progression or promotion grew "
            "among BME staff, from 41.0% in the 2023 survey to 43.6% in the 2024 survey, "
            "and dipped among White staff, to 55.2% from 56.0%."
        ),
        H("Metric 9: Board"),
        P(
            "At 31 March 2025 three of our 14 voting board members (21.4%) were BME and "
            "11 (78.6%) were White. Compared with our workforce (19.9% BME) the board is "
            "now more diverse."
        ),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_commentary_figures_among_their_words(fmt):
    data, name = render(_doc(), fmt, title=TRUST, site="cawdor")
    report, _w = parse_wres(extract(data, filename=name))

    def board(g, v):
        return truth_row(9, "percentage", "board_voting", None, g, "2024/25", v)

    assert_exact(
        report,
        [
            likelihood(2, "White", "2024/25", 1.35),
            truth_row(2, "rate", None, None, "White", "2024/25", 31.2),
            truth_row(2, "rate", None, None, "BME", "2024/25", 23.1),
            percentage(6, "BME", "2024/25", 23.5),
            percentage(6, "BME", "2023/24", 26.0),
            percentage(6, "White", "2024/25", 18.4),
            percentage(6, "White", "2023/24", 19.0),
            percentage(7, "BME", "2023/24", 41.0),
            percentage(7, "BME", "2024/25", 43.6),
            percentage(7, "White", "2024/25", 55.2),
            percentage(7, "White", "2023/24", 56.0),
            board("BME", 21.4),
            board("White", 78.6),
            # the workforce beside the board: indicator 9's comparison figure, as the
            # WRES template prints it ("overall"), never the board's
            truth_row(9, "percentage", "overall", None, "BME", "2024/25", 19.9),
        ],
    )


def test_pairs_either_way_round():
    s = "It rose from 41.0% in the 2023 survey to 43.6% in the 2024 survey."
    assert moving_pairs(s, _figures(s)) == [(0, 1)]
    s = "It dipped, to 55.2% from 56.0%."
    assert moving_pairs(s, _figures(s)) == [(1, 0)]
    s = "It dipped to 55.2%, against 56.0% nationally."
    assert moving_pairs(s, _figures(s)) is None
