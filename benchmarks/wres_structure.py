"""WRES layouts that differ from those already read only in structure (brief h16wres):
the same figures, keyed by the same context, printed in another arrangement.

Written in code, in our own words, for fictional trusts, after the shared attribution
context (parsers.wres.context.Context) and before any rule for them: their first-sight
score is in benchmarks/accuracy_wres.py FIRST_SIGHT ("S1: ..."). Each entry of
`LAYOUTS` is (items, truth); tests/test_wres_structure.py reads each rendered as
HTML, PDF and DOCX, and adds the structures only HTML can carry (definition lists).

- transposed tables: the years as rows, the indicators or the ethnic groups as columns;
- a table's key in a caption above it, and a merged header cell over two columns;
- a percentage printed alone, its description on the next line;
- a last-year figure in brackets after this year's ("(2023: 25.0%)");
- "Label - value" lines;
- a change column ("+1.9pp") beside the years: not a figure of the trust's.

A second batch ("S2: ...", benchmarks/wres_structure_e.py) was written after these
passed and scored at first sight too.
"""

from __future__ import annotations

from benchmarks.wres_heldout import _h, _p, _t
from benchmarks.wres_structure_e import LAYOUTS as E_LAYOUTS
from parsers.extract.model import Item, Table

RL = "relative_likelihood"


def _indicators_as_columns() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Brackenmoor Hospitals NHS Trust - Workforce Race Equality Standard 2024"),
        _h("Relative likelihoods, indicators 2 to 4"),
        Table(
            rows=[
                ["Year", "Indicator 2", "Indicator 3", "Indicator 4"],
                ["2022/23", "1.47", "1.18", "0.96"],
                ["2023/24", "1.36", "1.09", "1.03"],
            ]
        ),
    ]
    truth = [
        _t(2, RL, None, None, "White", "2022/23", 1.47),
        _t(3, RL, None, None, "BME", "2022/23", 1.18),
        _t(4, RL, None, None, "White", "2022/23", 0.96),
        _t(2, RL, None, None, "White", "2023/24", 1.36),
        _t(3, RL, None, None, "BME", "2023/24", 1.09),
        _t(4, RL, None, None, "White", "2023/24", 1.03),
    ]
    return items, truth


def _groups_as_columns() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Saltmarsh Community Healthcare NHS Trust: WRES 2024"),
        _h("Indicator 1 - Our workforce by ethnicity"),
        Table(
            rows=[
                ["Snapshot", "White", "BME", "Not known"],
                ["31 March 2023", "74.6%", "22.9%", "2.5%"],
                ["31 March 2024", "72.8%", "24.9%", "2.3%"],
            ]
        ),
    ]
    truth = []
    for period, cells in (("2022/23", (74.6, 22.9, 2.5)), ("2023/24", (72.8, 24.9, 2.3))):
        for group, v in zip(("White", "BME", "Unknown"), cells, strict=True):
            truth.append(_t(1, "percentage", "overall", None, group, period, v))
    return items, truth


def _caption_above_table() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Thornleigh University Hospitals NHS Foundation Trust WRES 2024"),
        _h("Indicator 1"),
        *_p("Table 2: Clinical staff, Band 8a, as at 31 March 2024"),
        Table(rows=[["Ethnic group", "%"], ["White", "80.2%"], ["BME", "17.5%"]]),
        *_p("Table 3: Non-clinical staff, Band 5, as at 31 March 2024"),
        Table(rows=[["Ethnic group", "%"], ["White", "86.9%"], ["BME", "11.4%"]]),
    ]
    truth = [
        _t(1, "percentage", "clinical", "Band 8a", "White", "2023/24", 80.2),
        _t(1, "percentage", "clinical", "Band 8a", "BME", "2023/24", 17.5),
        _t(1, "percentage", "non_clinical", "Band 5", "White", "2023/24", 86.9),
        _t(1, "percentage", "non_clinical", "Band 5", "BME", "2023/24", 11.4),
    ]
    return items, truth


def _merged_header() -> tuple[list[Item], list[dict]]:
    # a header cell merged over two columns prints its text once, the other cell empty
    items: list[Item] = [
        _h("Fenwick Mental Health NHS Trust - WRES 2024"),
        _h("Staff survey indicators"),
        Table(
            rows=[
                ["Indicator", "2022 NHS Staff Survey", "", "2023 NHS Staff Survey", ""],
                ["", "White", "BME", "White", "BME"],
                ["Indicator 5", "26.0%", "29.4%", "24.7%", "27.3%"],
                ["Indicator 6", "22.1%", "26.8%", "21.5%", "25.0%"],
            ]
        ),
    ]
    truth = []
    for ind, cells in ((5, (26.0, 29.4, 24.7, 27.3)), (6, (22.1, 26.8, 21.5, 25.0))):
        for (period, group), v in zip(
            (("2022/23", "White"), ("2022/23", "BME"), ("2023/24", "White"), ("2023/24", "BME")),
            cells,
            strict=True,
        ):
            truth.append(_t(ind, "percentage", None, None, group, period, v))
    return items, truth


def _figure_then_description() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Larkspur Valley NHS Trust - WRES at a glance 2024"),
        _h("Indicator 1"),
        *_p("26.3%", "of our colleagues were from a BME background at 31 March 2024"),
        _h("Indicator 8"),
        *_p(
            "9.8%",
            "of BME staff said in the 2023 NHS Staff Survey that they had been discriminated "
            "against by a manager or colleague",
        ),
    ]
    truth = [
        _t(1, "percentage", "overall", None, "BME", "2023/24", 26.3),
        _t(8, "percentage", None, None, "BME", "2023/24", 9.8),
    ]
    return items, truth


def _bracketed_last_year() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Hollins Cross Hospitals NHS Trust Workforce Race Equality Standard 2024"),
        _h("Indicator 1"),
        *_p("BME colleagues made up 27.3% of the workforce at 31 March 2024 (2023: 25.0%)."),
        _h("Indicator 3"),
        *_p(
            "BME staff were 1.21 times more likely than White staff to enter the formal "
            "disciplinary process in 2024 (2023: 1.44)."
        ),
    ]
    truth = [
        _t(1, "percentage", "overall", None, "BME", "2023/24", 27.3),
        _t(1, "percentage", "overall", None, "BME", "2022/23", 25.0),
        _t(3, RL, None, None, "BME", "2023/24", 1.21),
        _t(3, RL, None, None, "BME", "2022/23", 1.44),
    ]
    return items, truth


def _label_dash_value() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Ashcombe Partnership NHS Foundation Trust - WRES 2024"),
        _h("Indicator 1 - Workforce by ethnicity"),
        *_p("Position at 31 March 2024", "White staff - 68.5%", "BME staff - 29.6%"),
        _h("Indicator 7 - Belief in equal opportunities for career progression"),
        *_p("2023 NHS Staff Survey", "White staff - 59.2%", "BME staff - 46.1%"),
    ]
    truth = [
        _t(1, "percentage", "overall", None, "White", "2023/24", 68.5),
        _t(1, "percentage", "overall", None, "BME", "2023/24", 29.6),
        _t(7, "percentage", None, None, "White", "2023/24", 59.2),
        _t(7, "percentage", None, None, "BME", "2023/24", 46.1),
    ]
    return items, truth


def _change_column() -> tuple[list[Item], list[dict]]:
    items: list[Item] = [
        _h("Rookwood General NHS Trust - WRES 2024"),
        _h("Indicator 1 - Workforce by ethnicity"),
        Table(
            rows=[
                ["Ethnicity", "31 March 2023", "31 March 2024", "Change"],
                ["White", "72.0%", "70.1%", "-1.9pp"],
                ["BME", "25.9%", "27.8%", "+1.9pp"],
            ]
        ),
        _h("Indicator 2 - Relative likelihood of White applicants being appointed"),
        Table(
            rows=[
                ["", "2022/23", "2023/24", "Change"],
                ["Relative likelihood", "1.52", "1.38", "-0.14"],
            ]
        ),
    ]
    truth = [
        _t(1, "percentage", "overall", None, "White", "2022/23", 72.0),
        _t(1, "percentage", "overall", None, "White", "2023/24", 70.1),
        _t(1, "percentage", "overall", None, "BME", "2022/23", 25.9),
        _t(1, "percentage", "overall", None, "BME", "2023/24", 27.8),
        _t(2, RL, None, None, "White", "2022/23", 1.52),
        _t(2, RL, None, None, "White", "2023/24", 1.38),
    ]
    return items, truth


LAYOUTS = {
    "S1: indicators as columns, years as rows": _indicators_as_columns(),
    "S1: groups as columns, years as rows": _groups_as_columns(),
    "S1: key in a caption above the table": _caption_above_table(),
    "S1: merged header cells": _merged_header(),
    "S1: figure, description on next line": _figure_then_description(),
    "S1: last year in brackets": _bracketed_last_year(),
    "S1: 'Label - value' lines": _label_dash_value(),
    "S1: change column beside the years": _change_column(),
    **E_LAYOUTS,
}
