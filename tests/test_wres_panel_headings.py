"""A long indicator heading whose number is set off from its title by a dash, behind
the disclosure triangle a browser draws before an opened accordion panel (HTML
<details>/<summary>): the tables after it are that indicator's, not the previous
panel's. Documents built here for a fictional trust, printed to HTML, PDF and DOCX."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Details, H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.wres.parse import parse_wres
from parsers.wres.tables import collect_tables
from tests.wres_docs import assert_exact, likelihood, percentage

TRUST = "Harrowfield Bay Mental Health NHS Trust"
# titles in words of our own, each over 120 characters with its number
TITLES = {
    6: "Proportion of our people who told the national survey they had been bullied, "
    "harassed or abused by a fellow member of staff during the previous twelve months",
    8: "Proportion of our people who told the national survey that a line manager, "
    "supervisor or fellow member of staff had discriminated against them at work",
}


def _panels() -> list:
    blocks: list = [
        H(TRUST),
        H("Race equality results"),
        P("Open each panel for this year's result and last year's."),
        Details(
            "Indicator 4 \u2013 Training beyond the mandatory courses",
            [
                "Learning records.",
                [["", "2024/25", "2023/24"], ["Relative likelihood", "1.08", "1.12"]],
            ],
        ),
    ]
    for ind, (now, before) in ((6, ("22.5", "24.0")), (8, ("11.2", "12.9"))):
        rows = [
            ["", "2024 survey", "2023 survey"],
            ["Minority ethnic staff", f"{now}%", f"{before}%"],
        ]
        blocks.append(Details(f"Indicator {ind} \u2013 {TITLES[ind]}", ["Survey data.", rows]))
    return blocks


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_panels_table_is_its_own_indicators(fmt):
    data, name = render(_panels(), fmt, title=TRUST, site="harrowfield")
    report, _w = parse_wres(extract(data, filename=name))
    assert_exact(
        report,
        [
            likelihood(4, "White", "2024/25", 1.08),
            likelihood(4, "White", "2023/24", 1.12),
            percentage(6, "BME", "2024/25", 22.5),
            percentage(6, "BME", "2023/24", 24.0),
            percentage(8, "BME", "2024/25", 11.2),
            percentage(8, "BME", "2023/24", 12.9),
        ],
    )


def _heading_of(text: str) -> int | None:
    doc = Extracted(
        items=[
            TextBlock(text),
            Table(rows=[["", "2024"], ["Minority ethnic", "10.0%"]]),
        ]
    )
    return collect_tables(doc)[0].heading_indicator


def test_a_long_heading_with_its_number_set_off_by_a_dash():
    assert _heading_of(f"\u25be Indicator 8 \u2013 {TITLES[8]}") == 8
    assert _heading_of(f"Indicator 8: {TITLES[8]}") == 8
    # a long sentence that mentions an indicator is no heading
    sentence = f"Indicator 8 shows that {TITLES[8].lower()} less often than last year."
    assert _heading_of(sentence) is None
