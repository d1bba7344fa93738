"""One rule for a financial year printed short ("23/24"): parsers.extract.short_years,
used by the PDF line reader and the WRES table heads alike."""

from __future__ import annotations

import pytest

from parsers.extract.pdf_layout_lines import is_figure
from parsers.extract.short_years import short_year
from parsers.wres.short_years import expand_rows


@pytest.mark.parametrize("text", ["17/18", "08/09", "30/31"])
def test_consecutive_short_years_are_a_head_for_both_readers(text):
    assert short_year(text) == f"20{text[:2]}/{text[3:]}"
    assert not is_figure(text)  # a PDF column's year, not the count "17 out of 18"
    rows = [["Measure", text], ["Share of posts", "12.5%"]]
    assert expand_rows(rows) == [["Measure", short_year(text)], ["Share of posts", "12.5%"]]


@pytest.mark.parametrize("text", ["17/19", "18/17", "7/8", "117/118"])
def test_other_pairs_are_counts_for_both_readers(text):
    assert short_year(text) is None
    assert is_figure(text)
    assert expand_rows([["Measure", text], ["Share of posts", "12.5%"]]) is None


def test_a_short_year_range_crossing_the_century_is_1999_00():
    """ "99/00" is 1999/00 (the year after 1999), never 2099/00; the 2000s start at 00."""
    assert short_year("99/00") == "1999/00"
    assert short_year("00/01") == "2000/01"
    assert short_year("98/99") == "1998/99"
    assert short_year("68/69") == "2068/69"  # the POSIX pivot: 69 on is the 1900s
    rows = [["Course", "99/00", "00/01"], ["Places taken up", "61.0%", "64.5%"]]
    assert expand_rows(rows) == [
        ["Course", "1999/00", "2000/01"],
        ["Places taken up", "61.0%", "64.5%"],
    ]
