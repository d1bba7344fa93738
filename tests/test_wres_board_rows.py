"""Indicator 9 in a data file (one figure a row): the board's share, the workforce's
share and the difference between them print alike, a bare percentage under the same
indicator, group and year. parsers.wres.long_board tells them apart by structure: a
label column, the sign, the arithmetic (board - workforce = difference). Documents are
built here for fictional trusts, printed to HTML, PDF and DOCX, and read back; every
figure must be found with its key and nothing else published (positive differences
most of all: before, they were read as the board's share).
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_k.render import F, H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.records import WresMetric
from parsers.wres.long_board import (
    BOARD,
    DIFFERENCE,
    UNREAD,
    WORKFORCE,
    NineRow,
    role_from_label,
    settle_board_rows,
)
from parsers.wres.parse import parse_wres
from parsers.wres.skipped import UNSETTLED
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


def _doc(header: str, records: list[str], as_table: bool) -> list:
    intro = [
        H("Marrowby Valley Healthcare NHS Foundation Trust"),
        H("Appendix C: WRES submission extract"),
        P("Each record below is one value as returned to NHS England."),
    ]
    if as_table:
        return [*intro, T([header.split(","), *[r.split(",") for r in records]])]
    return [*intro, *(F(line) for line in [header, *records]), P("Figures are unaudited.")]


def share(group: str, value: float) -> dict:
    return truth_row(1, "percentage", "overall", None, group, "2024/25", value)


def board(group: str, value: float, sg: str = "board_voting") -> dict:
    return truth_row(9, "percentage", sg, None, group, "2024/25", value)


def workforce(group: str, value: float) -> dict:
    return truth_row(9, "percentage", "overall", None, group, "2024/25", value)


def gap(group: str, value: float, sg: str = "board_voting") -> dict:
    return truth_row(9, "difference", sg, None, group, "2024/25", value)


# ---------------------------------------------------------------------------
# 1. one row a group, no label: a negative value makes the column differences

SIGNED = ["9,Asian,2025,-3.8", "9,White,2025,7.9", "9,Black,2025,-4.1"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("as_table", [False, True])
def test_a_column_with_a_negative_value_holds_differences(fmt, as_table):
    report, _warnings = read(
        _doc("indicator,ethnic category,wres year,value", SIGNED, as_table), fmt
    )
    exactly(report, [gap("Asian", -3.8), gap("White", 7.9), gap("Black", -4.1)])


@pytest.mark.parametrize("fmt", FORMATS)
def test_lone_positive_rows_stay_the_boards_share(fmt):
    rows = ["9,BME,2025,12.5", "9,White,2025,87.5", "1,BME,2025,19.0"]
    report, _warnings = read(_doc("indicator,ethnic category,wres year,value", rows, True), fmt)
    exactly(report, [board("BME", 12.5), board("White", 87.5), share("BME", 19.0)])


# ---------------------------------------------------------------------------
# 2. a label column says what each row is

LABELLED_HEADER = "metric,sub-measure,ethnicity,publication year,our value,england average"
LABELLED = [
    "9,Voting board members (%),Global Majority,2025,26.7,14.2",
    "9,Staff in post (%),Global Majority,2025,22.3,27.0",
    "9,Gap in percentage points,Global Majority,2025,4.4,-12.8",
    "9,Non-voting board members (%),Global Majority,2025,50.0,",
    "9,Voting board members (%),White,2025,73.3,83.1",
    "9,Staff in post (%),White,2025,75.1,70.2",
    "9,Gap in percentage points,White,2025,-1.8,12.9",
]
LABELLED_TRUTH = [
    board("BME", 26.7),
    workforce("BME", 22.3),
    gap("BME", 4.4),
    board("White", 73.3),
    workforce("White", 75.1),
    gap("White", -1.8),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("as_table", [False, True])
def test_a_label_column_names_share_workforce_and_gap(fmt, as_table):
    report, _warnings = read(_doc(LABELLED_HEADER, LABELLED, as_table), fmt)
    exactly(report, LABELLED_TRUTH)
    assert not [m for m in report.metrics if m.value in (50.0, 14.2, -12.8)]


# ---------------------------------------------------------------------------
# 3. no label: the arithmetic of the rows beside each other


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("as_table", [False, True])
def test_board_minus_workforce_settles_each_row(fmt, as_table):
    rows = [
        "1,BME,2025,14.6",
        "1,White,2025,83.9",
        "9,BME,2025,-5.5",  # negative: a difference, and 9.1 - 14.6 = -5.5
        "9,BME,2025,9.1",
        "9,BME,2025,14.6",
        "9,White,2025,83.9",  # White's indicator 1 share: the workforce
        "9,White,2025,90.9",
        "9,White,2025,7.0",  # positive: 90.9 - 83.9
    ]
    header = "indicator,ethnic group,report year,trust value"
    report, warnings = read(_doc(header, rows, as_table), fmt)
    truth = [share("BME", 14.6), share("White", 83.9)]
    truth += [board("BME", 9.1), workforce("BME", 14.6), gap("BME", -5.5)]
    truth += [board("White", 90.9), workforce("White", 83.9), gap("White", 7.0)]
    exactly(report, truth)
    assert not any(w.startswith(UNSETTLED) for w in warnings), warnings


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_board_share_and_its_difference_from_the_workforce(fmt):
    rows = ["1,Mixed,2025,6.2", "9,Mixed,2025,2.7", "9,Mixed,2025,8.9"]
    report, _warnings = read(_doc("indicator,ethnic group,wres year,value", rows, True), fmt)
    exactly(report, [share("Mixed", 6.2), board("Mixed", 8.9), gap("Mixed", 2.7)])


@pytest.mark.parametrize("fmt", FORMATS)
def test_only_what_the_arithmetic_settles_is_read(fmt):
    """31.0 - 24.0 = 7.0 and 31.0 - 7.0 = 24.0: the board's share is certain, which
    of the others is the workforce is not (no indicator 1 share to say)."""
    rows = ["9,BME,2025,24.0", "9,BME,2025,7.0", "9,BME,2025,31.0"]
    report, warnings = read(_doc("indicator,ethnic group,wres year,value", rows, True), fmt)
    exactly(report, [board("BME", 31.0)])
    assert any(w.startswith(UNSETTLED) for w in warnings)


# ---------------------------------------------------------------------------
# 4. the rules themselves


def test_role_from_label():
    assert role_from_label("Variance, board less workforce") == (DIFFERENCE, "board")
    assert role_from_label("Difference: voting members minus all staff") == (
        DIFFERENCE,
        "board_voting",
    )
    assert role_from_label("Executive directors, %") == (BOARD, "board_executive")
    assert role_from_label("Whole workforce %") == (WORKFORCE, "overall")
    assert role_from_label("Non-executive directors") == (UNREAD, "")
    assert role_from_label("Percentage") is None
    assert role_from_label("") is None


def _nine(value: float, group: str = "BME", label: str = "") -> NineRow:
    m = WresMetric(9, "percentage", group, "2023/24", value, staff_group="board_voting")
    return NineRow(m, f"9 | {group} | {value}", label, 1)


def test_settle_board_rows_by_arithmetic_and_sign():
    rows = [_nine(3.0), _nine(18.0), _nine(21.0), _nine(-2.5, "White"), _nine(6.0, "Asian")]
    out, skipped = settle_board_rows(rows, {("BME", "2023/24"): (18.0, 1)})
    got = {(m.ethnic_group, m.measure, m.staff_group, m.value) for m, _t in out}
    assert got == {
        ("BME", "difference", "board_voting", 3.0),
        ("BME", "percentage", "overall", 18.0),
        ("BME", "percentage", "board_voting", 21.0),
        ("White", "difference", "board_voting", -2.5),
        ("Asian", "difference", "board_voting", 6.0),  # a lone row beside a negative one
    }
    assert not skipped
    # without the workforce share, 3.0 and 18.0 could each be the other
    out, skipped = settle_board_rows([_nine(3.0), _nine(18.0), _nine(21.0)], {})
    assert [m.value for m, _t in out] == [21.0]
    assert sorted(s.value for s in skipped) == [3.0, 18.0]


def test_a_labelled_share_below_zero_is_not_read():
    out, skipped = settle_board_rows([_nine(-4.0, label="Board voting members")], {})
    assert out == [] and skipped[0].why == "a share below zero"
