"""Whose figures a table of organisations gives (parsers/wres/own_trust.py,
parsers/wres/own_trust_rows.py), in documents built here for fictional trusts, in words
and figures of our own, printed to HTML, PDF and DOCX:

- a column headed by no organisation's name ("This Trust") beside columns headed by a
  partner trust's name and a national one is the reporting trust's own; a partner's
  figures are never published;
- organisations as rows (the trust, a partner, the region, England), indicators or
  ethnic groups as columns: the trust's own row only is read, by the same rule
  transposed; the partner's and the comparators' rows are not published;
- when no row or column is certainly the trust's, none is read.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.own_trust import (
    COMPARATOR,
    OTHER,
    OWN,
    UNNAMED,
    heading_kind,
    own_position,
    own_trust_columns,
)
from parsers.wres.own_trust_rows import own_trust_rows
from parsers.wres.parse import parse_wres
from parsers.wres.tables import Tab
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


def _tab(rows: list[list[str]]) -> Tab:
    return Tab(rows, [1] * len(rows), None, None, None, None)


def _board(group: str, period: str, value: float) -> dict:
    return truth_row(9, "percentage", "board_voting", None, group, period, value)


# ---------------------------------------------------------------------------
# 1. "This Trust" beside a named partner

PARTNER = "Carrowmore Valley NHS Foundation Trust"
THIS_TRUST_ROWS = [  # label, this trust, partner, national median
    (
        "Indicator 3: Relative likelihood of BME staff entering the formal disciplinary process",
        "0.87",
        "1.31",
        "1.14",
    ),
    (
        "Indicator 7: BME staff believing the trust provides equal opportunities for career "
        "progression",
        "44.6%",
        "39.2%",
        "46.9%",
    ),
    (
        "Indicator 7: White staff believing the trust provides equal opportunities for career "
        "progression",
        "58.0%",
        "55.5%",
        "58.7%",
    ),
    ("Indicator 9: BME voting members of the board", "16.7%", "8.3%", "13.2%"),
]


def _this_trust_doc(heading: str) -> list:
    rows = [["Measure", heading, PARTNER, "National median"]]
    rows += [[label, a, b, c] for label, a, b, c in THIS_TRUST_ROWS]
    return [
        H("Pendle Reach Hospitals NHS Trust"),
        P("We publish our results beside those of the partner trust we share services with."),
        P("WRES 2022"),
        T(rows),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("heading", ["This Trust", "Trust"])
def test_a_column_naming_no_organisation_beside_a_partners_is_the_trusts(fmt, heading):
    report, _warnings = read(_this_trust_doc(heading), fmt)
    year = "2021/22"  # WRES 2022
    exactly(
        report,
        [
            likelihood(3, "BME", year, 0.87),
            percentage(7, "BME", year, 44.6),
            percentage(7, "White", year, 58.0),
            _board("BME", year, 16.7),
        ],
    )


def test_whose_figures_a_heading_says():
    own = {"pendle reach hospitals"}
    assert heading_kind("Pendle Reach Hospitals NHS Trust", own) == OWN
    assert heading_kind(PARTNER, own) == OTHER
    assert heading_kind("National median", own) == COMPARATOR
    assert heading_kind("North West region", own) == COMPARATOR
    assert heading_kind("Our organisation", own) == UNNAMED
    # one column named as the document, or the one naming none beside a partner's
    assert own_position({1: OTHER, 2: OWN, 3: COMPARATOR}) == 2
    assert own_position({1: UNNAMED, 2: OTHER, 3: COMPARATOR}) == 1
    # two naming none, or none beside a partner: not settled
    assert own_position({1: UNNAMED, 2: UNNAMED, 3: OTHER}) is None
    assert own_position({1: UNNAMED, 2: COMPARATOR}) is None


def test_a_column_of_changes_beside_this_trusts_leaves_the_columns_unsettled():
    rows = [
        ["Measure", "This Trust", "Change", PARTNER],
        ["Indicator 9: BME voting board members", "16.7%", "+2.1", "8.3%"],
        ["Indicator 1: BME staff as a percentage of the workforce", "21.0%", "+0.4", "17.5%"],
    ]
    assert own_trust_columns(_tab(rows), set()).rows == rows


# ---------------------------------------------------------------------------
# 2. organisations as rows

US = "Ravensworth Coast NHS Trust"
BY_INDICATOR = [
    [
        "Organisation",
        "Indicator 1: BME staff as a percentage of the workforce",
        "Indicator 4: Relative likelihood of White staff accessing non-mandatory training",
        "Indicator 9: BME voting board members",
    ],
    [US, "15.8%", "1.12", "10.0%"],
    ["Eastfold Community NHS Trust", "24.3%", "0.95", "27.3%"],
    ["North East and Yorkshire region", "17.1%", "1.08", "12.4%"],
    ["England", "26.4%", "1.14", "14.1%"],
]


def _rows_doc(title: str) -> list:
    return [
        H(title),
        P("The table compares us with a neighbouring trust, our region and the country."),
        P("WRES 2023"),
        T(BY_INDICATOR),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_only_the_trusts_own_row_is_read(fmt):
    report, _warnings = read(_rows_doc(US), fmt)
    year = "2022/23"
    exactly(
        report,
        [
            truth_row(1, "percentage", "overall", None, "BME", year, 15.8),
            likelihood(4, "White", year, 1.12),
            _board("BME", year, 10.0),
        ],
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_row_is_read_when_the_report_names_no_trust(fmt):
    report, _warnings = read(_rows_doc("Race equality across our system"), fmt)
    assert not report.metrics


BY_GROUP = [
    ["", "White staff", "BME staff"],
    ["Our trust", "20.9%", "26.2%"],
    ["Eastfold Community NHS Trust", "23.8%", "31.5%"],
    ["England average", "24.7%", "28.6%"],
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_our_trusts_row_beside_a_partner_and_england(fmt):
    blocks = [
        H("Workforce Race Equality Standard 2024"),
        P("How we compare with Eastfold and the national average."),
        H("Indicator 5: Harassment, bullying or abuse from patients, relatives or the public"),
        T(BY_GROUP),
    ]
    report, _warnings = read(blocks, fmt)
    year = "2023/24"
    exactly(report, [percentage(5, "White", year, 20.9), percentage(5, "BME", year, 26.2)])


def test_organisations_as_rows_turned_to_the_trusts_column():
    got = own_trust_rows(_tab(BY_GROUP), set()).rows
    assert got == [["", "Trust"], ["White staff", "20.9%"], ["BME staff", "26.2%"]]
    # a group named in a row's label: the rows are indicators', not organisations'
    rows = [
        ["Measure", "2022/23", "2023/24"],
        [f"{US}: BME staff (%)", "14.9%", "15.8%"],
        ["National average: BME staff (%)", "25.0%", "26.4%"],
    ]
    assert own_trust_rows(_tab(rows), {"ravensworth coast"}).rows == rows
    # two rows naming no organisation: which is the trust's is not settled
    rows = [r[:] for r in BY_GROUP] + [["Our hospitals", "19.0%", "25.1%"]]
    assert own_trust_rows(_tab(rows), set()).rows == rows
