"""A figure the trust aims for is never its own level: a table's column headed by a
target word (parsers.wres.vocab.TARGET: "Target 2027/28", "Ambition 2026/27", "Goal
...") beside the columns of the years reached, or a one-figure-a-row table whose year
cell is a target's, is not read. Documents built here for a fictional trust, in words
of our own, printed to HTML, PDF and DOCX; every figure reached must still be found.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Grid, H, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import percentage, truth_row

_TRUST = "Fenwick Moor Community NHS Trust"


def _read(blocks, fmt: str):
    data, name = render(blocks, fmt, title=_TRUST, site="fenwick")
    return parse_wres(extract(data, filename=name))


def _single_indicator_doc(target_head: str):
    """One indicator's table: a row per group, two years reached, then a target."""
    rows = [
        ["Colleagues", "2022/23", "2023/24", target_head],
        ["Ethnic minority", "31.5%", "28.9%", "24.0%"],
        ["White", "27.2%", "26.1%", "23.5%"],
    ]
    blocks = [
        H(f"{_TRUST}: race equality data"),
        H("Indicator 6: bullying or abuse from fellow colleagues in the last year"),
        Grid(rows, header=True, widths=(4, 2, 2, 3)),
    ]
    truth = [
        percentage(6, "BME", "2022/23", 31.5),
        percentage(6, "BME", "2023/24", 28.9),
        percentage(6, "White", "2022/23", 27.2),
        percentage(6, "White", "2023/24", 26.1),
    ]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("head", ["Target 2025/26", "Ambition 2024/25", "Goal for 2025/26"])
def test_a_target_column_of_an_indicator_table_is_not_the_trusts(fmt, head):
    blocks, truth = _single_indicator_doc(head)
    report, _ = _read(blocks, fmt)
    exactly(report, truth)  # nothing for the target's year


def _indicator_rows_doc():
    """A table a row per indicator, two rows each (one per group), a target last."""
    seven = "Indicator 7: believes the trust offers fair career progression"
    eight = "Indicator 8: unfairly treated by a manager or team leader"
    rows = [
        ["Measure", "Staff", "2022/23", "2023/24", "Target 2025/26"],
        [seven, "Ethnic minority", "44.8%", "46.0%", "52.0%"],
        ["", "White", "57.3%", "58.1%", "60.0%"],
        [eight, "Ethnic minority", "12.6%", "11.9%", "9.0%"],
        ["", "White", "6.4%", "6.8%", "6.0%"],
    ]
    truth = [
        percentage(ind, g, year, v)
        for ind, g, year, v in [
            (7, "BME", "2022/23", 44.8),
            (7, "BME", "2023/24", 46.0),
            (7, "White", "2022/23", 57.3),
            (7, "White", "2023/24", 58.1),
            (8, "BME", "2022/23", 12.6),
            (8, "BME", "2023/24", 11.9),
            (8, "White", "2022/23", 6.4),
            (8, "White", "2023/24", 6.8),
        ]
    ]
    return [H(f"{_TRUST}: staff survey measures"), Grid(rows, header=True)], truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_target_column_of_a_two_row_indicator_table_is_not_the_trusts(fmt):
    blocks, truth = _indicator_rows_doc()
    report, _ = _read(blocks, fmt)
    exactly(report, truth)


def test_a_long_tables_target_year_rows_are_not_read():
    rows = [
        ["Indicator", "Ethnic group", "Year", "Value"],
        ["9", "BME", "2023/24", "7.7%"],
        ["9", "White", "2023/24", "92.3%"],
        ["9", "BME", "Target 2026/27", "15.0%"],
        ["9", "White", "Target 2026/27", "85.0%"],
    ]
    doc = Extracted(items=[TextBlock(_TRUST, style="heading"), Table(rows)], format="docx")
    report, _ = parse_wres(doc)
    exactly(
        report,
        [
            truth_row(9, "percentage", "board_voting", None, g, "2023/24", v)
            for g, v in (("BME", 7.7), ("White", 92.3))
        ],
    )


def test_the_plain_table_without_a_target_still_reads_every_year():
    blocks, truth = _single_indicator_doc("2024/25")
    truth += [percentage(6, "BME", "2024/25", 24.0), percentage(6, "White", "2024/25", 23.5)]
    report, _ = _read(blocks, "html")
    exactly(report, truth)  # the same column under a year is a year's figures
