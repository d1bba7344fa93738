"""The WRES prose reader on structures first met in held-out set M (brief wresm-prose),
in documents built here for fictional trusts, in words and figures of our own, printed
to HTML, PDF and DOCX:

- a relative likelihood printed with the two likelihoods it is worked out from
  ("0.48 for White staff and 0.52 for BME staff, a ratio of 0.92"): the ratio is the
  numerator group's, settled by the arithmetic; the two likelihoods are not ratios;
  a ratio the arithmetic cannot place is skipped;
- last year's level printed after this year's ("stands at 0.87, down from 1.05"), and
  a bare year in a sentence that names its staff survey by year ("The 2022 NHS Staff
  Survey ..., an increase from 8.2% in 2021");
- ethnic groups as headings over bulleted indicators, one block per WRES report year
  under a heading "WRES report 2022"; a line of suppressed figures and a line of
  England averages are not the trust's; a PDF that wraps a long bullet's figure onto
  a line of its own.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_k.render import B, H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.narrative_components import worked_ratio
from parsers.wres.narrative_terms import _figures, _group_marks
from parsers.wres.parse import parse_wres
from parsers.wres.report_year_heading import report_year_heading
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


def overall(group: str, period: str, value: float) -> dict:
    return truth_row(1, "percentage", "overall", None, group, period, value)


# ---------------------------------------------------------------------------
# 1. a ratio with the two likelihoods it is worked out from


def _worked_doc() -> list:
    return [
        H("Ravensworth Valley NHS Trust"),
        H("Race equality report 2022/23"),
        P("Indicator 4: access to non-mandatory training and CPD", "bold"),
        P(
            "In 2021/22 the likelihood was 0.48 for White staff and 0.52 for BME staff, a ratio of 0.92."
        ),
        P(
            "In 2022/23 the likelihood was 0.55 for White staff and 0.50 for BME staff, a ratio of 1.10."
        ),
        P("Indicator 3: formal disciplinary process", "bold"),
        B("2022/23: BME rate 2.1%, White rate 1.5%, relative likelihood 1.40"),
        B("2021/22: 0.040 for White, 0.026 for BME, ratio 0.65"),
        P("Our region's ratio for 2022/23 was 1.21.", "italic"),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_ratio_with_its_two_likelihoods(fmt: str) -> None:
    report, _ = read(_worked_doc(), fmt)
    exactly(
        report,
        [
            likelihood(4, "White", "2021/22", 0.92),
            likelihood(4, "White", "2022/23", 1.10),
            likelihood(3, "BME", "2022/23", 1.40),
            # 0.026 / 0.040 = 0.65: the ratio divides BME's likelihood by White's
            likelihood(3, "BME", "2021/22", 0.65),
        ],
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_ratio_the_arithmetic_cannot_place_is_skipped(fmt: str) -> None:
    blocks = [
        H("Ravensworth Valley NHS Trust"),
        H("Race equality report 2022/23"),
        P("Indicator 2: appointment from shortlisting", "bold"),
        B("2022/23: 0.30 for White, 0.30 for BME, ratio 1.00"),  # either way round
        B("2021/22: 0.31 for White, 0.24 for BME, ratio 1.70"),  # neither way round
    ]
    report, _ = read(blocks, fmt)
    assert report.metrics == []


def test_worked_ratio_structure() -> None:
    s = "2023/24: 0.61 for BME, 0.44 for White, ratio 1.39"
    got = worked_ratio(s, _figures(s), _group_marks(s))
    assert got is not None and got.group == "BME" and got.ratio == 2
    assert got.components == (0, 1)
    s = "White applicants were 1.79 times more likely to be appointed (24.3% BME, 21.8% White)."
    assert worked_ratio(s, _figures(s), _group_marks(s)) is None  # a times ratio: its grammar


# ---------------------------------------------------------------------------
# 2. last year's level after this year's


def _previous_doc() -> list:
    return [
        H("Kettlewell Moor NHS Foundation Trust"),
        H("Workforce Race Equality Standard 2023"),
        P("Indicator 3", "bold"),
        P(
            "For BME colleagues the relative likelihood of entering a formal disciplinary "
            "investigation compared with White colleagues stands at 0.87, down from 1.05. "
            "The national figure is 1.14."
        ),
        P("Indicator 1", "bold"),
        P("At 31 March 2023, 12.4% of our staff were from BME backgrounds, up from 11.1%."),
        P("Indicator 8", "bold"),
        P(
            "The 2022 NHS Staff Survey found that 9.6% of BME colleagues experienced "
            "discrimination at work from a manager or colleague, an increase from 8.2% in 2021."
        ),
        P("Indicator 9", "bold"),
        P("Members of the voting board from BME backgrounds rose to 22.2% from 11.1%."),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_previous_level_after_this_years(fmt: str) -> None:
    report, _ = read(_previous_doc(), fmt)
    exactly(
        report,
        [
            likelihood(3, "BME", "2022/23", 0.87),
            likelihood(3, "BME", "2021/22", 1.05),
            overall("BME", "2022/23", 12.4),
            overall("BME", "2021/22", 11.1),
            percentage(8, "BME", "2022/23", 9.6),
            percentage(8, "BME", "2021/22", 8.2),
            truth_row(9, "percentage", "board_voting", None, "BME", "2022/23", 22.2),
            truth_row(9, "percentage", "board_voting", None, "BME", "2021/22", 11.1),
        ],
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_from_one_figure_to_another_is_not_a_previous_level(fmt: str) -> None:
    blocks = [
        H("Kettlewell Moor NHS Foundation Trust"),
        H("Workforce Race Equality Standard 2023"),
        P("Indicator 2", "bold"),
        P("The relative likelihood for White applicants rose from 1.10 to 1.25."),
    ]
    report, _ = read(blocks, fmt)
    assert report.metrics == []  # which is this year's? not guessed


# ---------------------------------------------------------------------------
# 3. ethnic groups as headings, a block per WRES report year


def _grouped_doc() -> list:
    long = "belief that the trust offers equal opportunities for career progression or promotion"
    return [
        H("Ingleborough Community NHS Trust"),
        H("Our race equality figures"),
        H("WRES report 2022"),
        P("Colleagues from BME backgrounds", "bold"),
        B("Indicator 1, proportion of all staff at 31 March: 9.8%"),
        B("Indicator 6, staff survey, harassment, bullying or abuse from other colleagues: 21.3%"),
        B(f"Indicator 7, staff survey, {long}, as reported in the survey of that year: 49.2%"),
        P("White colleagues", "bold"),
        B("Indicator 1, proportion of all staff at 31 March: 86.7%"),
        B("Indicator 6, staff survey, harassment, bullying or abuse from other colleagues: 17.9%"),
        B(f"Indicator 7, staff survey, {long}, as reported in the survey of that year: 62.8%"),
        P("Colleagues who have not stated their ethnicity", "bold"),
        B("Indicator 1, proportion of all staff at 31 March: 3.5%"),
        B("Indicators 5 to 8: fewer than 10 responses, suppressed"),
        P("Relative likelihoods", "bold"),
        B(
            "Indicator 2, White applicants appointed from shortlisting compared with BME applicants: 1.62"
        ),
        H("WRES report 2021"),
        P("Colleagues from BME backgrounds", "bold"),
        B("Indicator 1, proportion of all staff at 31 March: 9.1%"),
        B("Indicator 6, staff survey, harassment, bullying or abuse from other colleagues: 22.5%"),
        P("White colleagues", "bold"),
        B("Indicator 1, proportion of all staff at 31 March: 87.6%"),
        B("Indicator 6, staff survey, harassment, bullying or abuse from other colleagues: 18.4%"),
        P(
            "England averages for BME colleagues, 2021 survey: indicator 6 28.5%, indicator 7 44.4%.",
            "italic",
        ),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_groups_as_headings_a_block_per_report_year(fmt: str) -> None:
    report, _ = read(_grouped_doc(), fmt)
    exactly(
        report,
        [
            overall("BME", "2021/22", 9.8),
            percentage(6, "BME", "2021/22", 21.3),
            percentage(7, "BME", "2021/22", 49.2),
            overall("White", "2021/22", 86.7),
            percentage(6, "White", "2021/22", 17.9),
            percentage(7, "White", "2021/22", 62.8),
            overall("Unknown", "2021/22", 3.5),
            likelihood(2, "White", "2021/22", 1.62),
            overall("BME", "2020/21", 9.1),
            percentage(6, "BME", "2020/21", 22.5),
            overall("White", "2020/21", 87.6),
            percentage(6, "White", "2020/21", 18.4),
        ],
    )


def test_report_year_heading() -> None:
    assert report_year_heading("WRES report 2022") == "2021/22"
    assert report_year_heading("Workforce Race Equality Standard 2024") == "2023/24"
    assert report_year_heading("2023 WRES data") == "2022/23"
    assert report_year_heading("WRES 2024 action plan progress") is None
    assert report_year_heading("Our WRES figures") is None


def test_pdf_value_wrapped_under_its_long_label() -> None:
    """A PDF's bullet whose figure wrapped onto a line of its own after the colon."""
    from parsers.extract.model import Extracted, TextBlock

    label = (
        "• Indicator 8, staff survey, personally experienced discrimination at work from "
        "a manager, team leader or other colleague:"
    )
    items = [
        TextBlock(text="Thornaby Estuary NHS Trust", style="heading"),
        TextBlock(text="WRES report 2023", style="heading"),
        TextBlock(text="White colleagues", style="bold"),
        TextBlock(text=label),
        TextBlock(text="7.4%"),
        TextBlock(text="• Indicator 9, share of voting board members: 80.0%"),
    ]
    report, _ = parse_wres(Extracted(items=items, format="pdf", pages=1))
    exactly(
        report,
        [
            percentage(8, "White", "2022/23", 7.4),
            truth_row(9, "percentage", "board_voting", None, "White", "2022/23", 80.0),
        ],
    )
