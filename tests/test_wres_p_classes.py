"""The WRES readers on classes of layout first met in held-out set P (brief wresp), each
in documents built here for fictional trusts, in words and figures of our own, printed
to HTML, PDF and DOCX:

- financial years written as finance papers do ("FY25", "FY 2024", "FY23/24") in the
  column heads, with a regional comparator column beside them that is never read;

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import B, H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.cells import parse_period
from parsers.wres.parse import parse_wres
from parsers.wres.vocab import fiscal_year_end
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


def _share(group: str, period: str, value: float) -> dict:
    return truth_row(1, "percentage", "overall", None, group, period, value)


def _board(group: str, period: str, value: float) -> dict:
    return truth_row(9, "percentage", "board_voting", None, group, period, value)


# ---------------------------------------------------------------------------
# 1. "FY25" / "FY24" column heads beside a comparator


def test_fiscal_year_forms():
    assert fiscal_year_end("FY25") == (2025, "FY25")
    assert fiscal_year_end("fy 2024") == (2024, "fy 2024")
    assert fiscal_year_end("FY'23") == (2023, "FY'23")
    assert fiscal_year_end("FY23/24") == (2024, "FY23/24")
    assert fiscal_year_end("FY22/24") is None  # two years that do not follow each other
    assert fiscal_year_end("FY25%") is None
    assert fiscal_year_end("NFY25") is None
    assert fiscal_year_end("Spend in 2025") is None


def test_a_fiscal_year_is_the_year_it_ends():
    p = parse_period("FY25")
    assert p is not None and (p.period, p.label, p.kind) == ("2024/25", "FY25", "fy")
    # a survey-year reading never moves a financial year named so
    p = parse_period("FY 2024", survey=True)
    assert p is not None and p.period == "2023/24"
    p = parse_period("FY2022/23")  # the written-out year wins, as before
    assert p is not None and p.period == "2022/23"


FISCAL = {  # label: {group: (FY25, FY24, ICB average FY25)}
    "Voting members of the board": {"Global majority": ("20.5", "19.1", "24.0")},
    "Harassment, bullying or abuse from colleagues": {
        "Global majority": ("27.3", "28.0", "26.1"),
        "White": ("21.9", "22.5", "20.8"),
    },
    "Discriminated against at work by a manager or colleague": {
        "Global majority": ("13.4", "14.2", "12.9"),
        "White": ("7.1", "6.9", "7.0"),
    },
}
FISCAL_RATIOS = {  # label: (FY25, FY24, ICB average FY25)
    "Likelihood of White candidates being appointed from shortlisting": ("1.44", "1.61", "1.52"),
    "Likelihood of Global majority staff entering formal disciplinary": ("0.97", "1.12", "1.05"),
}


def _fiscal_doc() -> list:
    grid = [["Measure", "Staff", "FY25", "FY24", "ICB average FY25"]]
    for label, groups in FISCAL.items():
        for j, (group, cells) in enumerate(groups.items()):
            grid.append([label if j == 0 else "", group, *(f"{c}%" for c in cells)])
    ratios = [["Measure", "FY25", "FY24", "ICB average FY25"]]
    ratios += [[label, *cells] for label, cells in FISCAL_RATIOS.items()]
    return [
        H("Wrenthorpe Lakes NHS Trust"),
        H("Race equality in our workforce"),
        P("FY25 runs from April 2024 to March 2025. The ICB column is for comparison."),
        T(grid),
        B("Likelihoods"),
        T(ratios),
    ]


def _fiscal_truth() -> list[dict]:
    years = ("2024/25", "2023/24")  # the comparator's column, the third, is not keyed
    out = []
    for label, ind in zip(FISCAL, (9, 6, 8), strict=True):
        for group, cells in FISCAL[label].items():
            g = "White" if group == "White" else "BME"
            for y, c in zip(years, cells, strict=False):
                out.append(_board(g, y, float(c)) if ind == 9 else percentage(ind, g, y, float(c)))
    for cells, (ind, group) in zip(FISCAL_RATIOS.values(), ((2, "White"), (3, "BME")), strict=True):
        out += [likelihood(ind, group, y, float(c)) for y, c in zip(years, cells, strict=False)]
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_fiscal_year_heads_are_read_and_the_comparator_is_not(fmt):
    report, _warnings = read(_fiscal_doc(), fmt)
    exactly(report, _fiscal_truth())
    values = {m.value for m in report.metrics}
    assert not values & {24.0, 26.1, 20.8, 12.9, 7.0, 1.52, 1.05}
