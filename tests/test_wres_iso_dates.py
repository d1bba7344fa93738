"""Dates written year first (ISO 8601, "2024-03-31"), as data exports and web pages
print them, are snapshot dates like "31/03/2024": never a bare year, a year range
("2023-24") or a figure."""

from __future__ import annotations

import pytest

from benchmarks.wres_heldout import FORMATS
from parsers.extract.model import Table
from parsers.wres.cells import parse_period
from parsers.wres.narrative_terms import _times
from tests.wres_docs import heading, para, read_exactly, truth_row


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2023-03-31", "2022/23"),  # a March snapshot closes the financial year
        ("Position at 2023-09-30", "2023/24"),  # not the bare year 2023 (2022/23)
        ("2021-22", "2021/22"),  # a year range stays one
        ("2023-2024", "2023/24"),
    ],
)
def test_an_iso_date_is_a_snapshot_date(text, period):
    assert parse_period(text).period == period


def test_an_iso_date_survey_heading_is_not_read_as_the_survey_year():
    # "2023" alone under a survey heading would be the 2023 survey (2023/24)
    assert parse_period("Staff survey results, data as at 2023-03-31").period == "2022/23"


def test_an_iso_date_in_a_sentence_is_one_time_expression():
    times = _times("As at 2024-03-31, against 2022-23, the share rose.")
    assert [(t.text, t.kind, t.year) for t in times] == [
        ("2024-03-31", "month", 2023),
        ("2022-23", "fy", 2022),
    ]


ISO_TABLE = [
    heading("Ashcombe Vale NHS Trust"),
    heading("Indicator 1: workforce by ethnic group"),
    para("Share of all substantive staff, from the staff record export."),
    Table(
        rows=[
            ["Ethnic group", "2023-03-31", "2024-03-31"],
            ["White", "82.4%", "80.9%"],
            ["BME", "15.1%", "16.8%"],
            ["Not stated", "2.5%", "2.3%"],
        ]
    ),
]
_GROUPS = {"White": "White", "BME": "BME", "Not stated": "Unknown"}
ISO_TRUTH = [
    truth_row(1, "percentage", "overall", None, _GROUPS[r[0]], p, float(c.rstrip("%")))
    for r in ISO_TABLE[3].rows[1:]
    for p, c in zip(("2022/23", "2023/24"), r[1:], strict=True)
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_iso_dated_columns_are_the_years_they_close(fmt):
    read_exactly(ISO_TABLE, ISO_TRUTH, fmt)
