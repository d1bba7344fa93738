"""The WRES readers on classes of layout first met in held-out set W (brief learnw_wres),
in documents built here for fictional trusts, in words and figures of our own, printed
to HTML, PDF and DOCX:

- indicator headings numbered in words ("Metric Six"), each over a line a group
  giving each financial year and its figure;
- a paragraph a year under a short line naming the year, every indicator run together
  in it, split by semicolons;
- a two-column table whose label cell packs indicator, group and year, split by dashes;
- columns headed "<group> <year> (<earlier year>)", the earlier figure in brackets;
- a numbered list of indicator headings with lines dated by phrases the report defines
  once ("'the current period' means 2021/22").

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import B, Grid, H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.wres.bracketed_columns import split_bracketed_columns
from parsers.wres.defined_years import date_defined_lines, definitions
from parsers.wres.group_dated_lines import dated_line
from parsers.wres.indicator_runs import run_segments, year_line
from parsers.wres.numbered_headings import numbered_heading
from parsers.wres.packed_labels import unpack_label
from parsers.wres.parse import parse_wres
from parsers.wres.spelled_numbers import number_spelled, spelled_headings
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt, title="Holmfirth Vale NHS Trust", site="holmfirth")
    return parse_wres(extract(data, filename=name))


# ---------------------------------------------------------------------------
# 1. headings numbered in words, a line a group of years and figures


def test_a_number_word_after_the_indicator_word_is_written_in_digits():
    assert number_spelled("Metric Six") == "Metric 6"
    assert number_spelled("WRES indicator nine: the board") == "WRES indicator 9: the board"
    assert number_spelled("Indicator one-off costs") == "Indicator one-off costs"
    assert number_spelled("Indicators seven") == "Indicators seven"
    doc = Extracted(items=[TextBlock("Metric Two", style="heading"), TextBlock("Metric Two")])
    assert [i.text for i in spelled_headings(doc).items] == ["Metric 2", "Metric Two"]


def test_a_group_line_of_dated_figures_is_read_and_a_sentence_is_not():
    group, parts = dated_line("Minority ethnic colleagues: 2021/22 31.0%, 2020/21 29.5%")
    assert group == "BME" and [(t.text, p.value) for t, p in parts] == [
        ("2021/22", 31.0),
        ("2020/21", 29.5),
    ]
    assert dated_line("Likelihood ratio: 2021/22 1.40; 2020/21 1.52")[0] is None
    assert dated_line("Note: in 2021/22 31.0% of staff answered") is None
    assert dated_line("National average: 2021/22 28.0%") is None
    assert dated_line("White colleagues: 2021 24.2%") is None  # a bare year: not settled


def _spelled_doc():
    blocks = [
        H("Holmfirth Vale NHS Trust"),
        H("Race equality data"),
        H("Metric One"),
        P("Our people by ethnicity"),
        P("Minority ethnic colleagues: 2021/22 12.4%, 2020/21 11.9%"),
        P("White colleagues: 2021/22 84.0%, 2020/21 85.2%"),
        H("Metric Three"),
        P("Moving into formal disciplinary action"),
        P("Likelihood ratio: 2021/22 1.40, 2020/21 1.52"),
        H("Metric Six"),
        P("Harassment from colleagues"),
        P("Minority ethnic colleagues: 2021/22 31.0%, 2020/21 29.5%"),
        P("White colleagues: 2021/22 24.2%, 2020/21 23.9%"),
        H("Metric Nine"),
        P("Our board's voting seats"),
        P("Minority ethnic colleagues: 2021/22 14.3%, 2020/21 7.1%"),
    ]
    overall = [
        truth_row(1, "percentage", "overall", None, g, y, v)
        for g, y, v in (
            ("BME", "2021/22", 12.4),
            ("BME", "2020/21", 11.9),
            ("White", "2021/22", 84.0),
            ("White", "2020/21", 85.2),
        )
    ]
    board = [
        truth_row(9, "percentage", "board_voting", None, "BME", y, v)
        for y, v in (("2021/22", 14.3), ("2020/21", 7.1))
    ]
    truth = [
        *overall,
        likelihood(3, "BME", "2021/22", 1.40),
        likelihood(3, "BME", "2020/21", 1.52),
        percentage(6, "BME", "2021/22", 31.0),
        percentage(6, "BME", "2020/21", 29.5),
        percentage(6, "White", "2021/22", 24.2),
        percentage(6, "White", "2020/21", 23.9),
        *board,
    ]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_headings_in_words_over_group_lines_of_dated_figures(fmt):
    blocks, truth = _spelled_doc()
    report, _warnings = read(blocks, fmt)
    exactly(report, truth)


# ---------------------------------------------------------------------------
# 2. a paragraph a year, every indicator run together


def test_a_run_of_indicator_segments_is_read_and_a_sentence_is_not():
    got = run_segments("Metric 2: 1.10; Metric 8 - BME 9.0%, White 5.5%.")
    assert [(i, [p.value for p in parts]) for i, parts in got] == [(2, [1.1]), (8, [9.0, 5.5])]
    assert run_segments("Metric 2: 1.10") is None  # one segment alone
    assert run_segments("Metric 2: 1.10; we improved on metric 8 this year") is None
    assert year_line("Results, 2020/21").text == "2020/21"
    assert year_line("In 2020/21 we did better than in 2019/20.") is None
    assert year_line("Results 2021") is None  # a bare year: not settled


def _run_on_doc():
    blocks = [
        H("Holmfirth Vale NHS Trust"),
        H("Equality figures"),
        P("Each year's figures are set out in one paragraph."),
        P("Results, 2021/22", "bold"),
        P("Metric 2: 1.10; Metric 4: 0.88; Metric 8: BME 9.0%, White 5.5%."),
        P("Results, 2020/21", "bold"),
        P("Metric 2: 1.21; Metric 4: 0.93; Metric 8: BME 10.5%, White 6.1%."),
    ]
    truth = [
        likelihood(2, "White", "2021/22", 1.10),
        likelihood(4, "White", "2021/22", 0.88),
        percentage(8, "BME", "2021/22", 9.0),
        percentage(8, "White", "2021/22", 5.5),
        likelihood(2, "White", "2020/21", 1.21),
        likelihood(4, "White", "2020/21", 0.93),
        percentage(8, "BME", "2020/21", 10.5),
        percentage(8, "White", "2020/21", 6.1),
    ]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_paragraph_a_year_with_every_indicator_run_together(fmt):
    blocks, truth = _run_on_doc()
    report, _warnings = read(blocks, fmt)
    exactly(report, truth)


# ---------------------------------------------------------------------------
# 3. a label cell packing the whole key


def test_a_packed_label_is_unpacked_into_indicator_group_and_year():
    assert unpack_label("Metric 6 - Minority ethnic - 2021/22") == [
        "6",
        "Minority ethnic",
        "2021/22",
    ]
    assert unpack_label("2021/22 | Metric 3 | likelihood (BME to White)") == [
        "3",
        "BME to White",
        "2021/22",
    ]
    assert unpack_label("Metric 3 - likelihood ratio - 2021/22") == ["3", "", "2021/22"]
    assert unpack_label("Metric 6 - Minority ethnic") is None  # no year: not keyed
    assert unpack_label("Vacancies - nursing - 2021/22") is None  # no indicator


def _packed_doc():
    rows = [
        ["Item", "Result"],
        ["Metric 6 - Minority ethnic - 2021/22", "31.0%"],
        ["Metric 6 - White - 2021/22", "24.2%"],
        ["Metric 6 - Minority ethnic - 2020/21", "29.5%"],
        ["Metric 3 - likelihood (BME to White) - 2021/22", "1.40"],
        ["Metric 3 - likelihood (BME to White) - 2020/21", "1.52"],
    ]
    blocks = [H("Holmfirth Vale NHS Trust"), P("Data return"), Grid(rows, header=True)]
    truth = [
        percentage(6, "BME", "2021/22", 31.0),
        percentage(6, "White", "2021/22", 24.2),
        percentage(6, "BME", "2020/21", 29.5),
        likelihood(3, "BME", "2021/22", 1.40),
        likelihood(3, "BME", "2020/21", 1.52),
    ]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_of_packed_labels_is_read_a_figure_a_row(fmt):
    blocks, truth = _packed_doc()
    report, _warnings = read(blocks, fmt)
    exactly(report, truth)


# ---------------------------------------------------------------------------
# 4. two years a cell, the earlier in brackets


def test_a_bracketed_column_is_split_in_two_and_a_figure_alone_is_not():
    rows = [["Measure", "Minority ethnic 2021/22 (2020/21)"], ["Staff in post", "12.4% (11.9%)"]]
    doc = split_bracketed_columns(
        Extracted(items=[Table(rows=rows), Table(rows=[*rows, ["x", "9.0%"]])])
    )
    assert doc.items[0].rows == [
        ["Measure", "Minority ethnic 2021/22", "Minority ethnic 2020/21"],
        ["Staff in post", "12.4%", "11.9%"],
    ]
    assert doc.items[1].rows[0] == rows[0]  # a figure without its year: left as it is


def _bracketed_doc():
    rows = [
        [
            "Measure",
            "Minority ethnic 2021/22 (2020/21)",
            "White 2021/22 (2020/21)",
            "Likelihood 2021/22 (2020/21)",
        ],
        ["Metric 6 - harassment from colleagues", "31.0% (29.5%)", "24.2% (23.9%)", "n/a"],
        ["Metric 3 - formal disciplinary action", "n/a", "n/a", "1.40 (1.52)"],
    ]
    blocks = [H("Holmfirth Vale NHS Trust"), P("Two years at a glance"), Grid(rows, header=True)]
    truth = [
        percentage(6, "BME", "2021/22", 31.0),
        percentage(6, "BME", "2020/21", 29.5),
        percentage(6, "White", "2021/22", 24.2),
        percentage(6, "White", "2020/21", 23.9),
        likelihood(3, "BME", "2021/22", 1.40),
        likelihood(3, "BME", "2020/21", 1.52),
    ]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_columns_of_two_years_a_cell_are_read_by_their_headings(fmt):
    blocks, truth = _bracketed_doc()
    report, _warnings = read(blocks, fmt)
    exactly(report, truth)


# ---------------------------------------------------------------------------
# 5. numbered indicator headings, lines dated by phrases the report defines


def test_a_numbered_heading_is_the_indicator_its_words_name():
    assert (
        numbered_heading("6. Harassment from colleagues")
        == "Indicator 6: Harassment from colleagues"
    )
    assert numbered_heading("2. Harassment from colleagues") is None  # the words name another
    assert numbered_heading("3. Our plans for next year") is None  # the words name none
    assert numbered_heading("6. Harassment from colleagues fell by 2%") is None


def test_a_phrase_defined_as_a_year_dates_the_lines_it_opens():
    text = "Below, 'the current period' means 2021/22 and 'the prior period' means 2020/21."
    assert definitions(text) == {"the current period": "2021/22", "the prior period": "2020/21"}
    doc = Extracted(items=[TextBlock(text), TextBlock("• The prior period: BME 9.0%")])
    assert date_defined_lines(doc).items[1].text == "2020/21: BME 9.0%"
    assert definitions("We call it 'the plan' for short.") == {}


def _defined_doc():
    blocks = [
        H("Holmfirth Vale NHS Trust"),
        H("Equality report"),
        P("Below, 'the current period' means 2021/22 and 'the prior period' means 2020/21."),
        P("6. Harassment from colleagues", "bold"),
        B("The current period: BME 31.0%, White 24.2%"),
        B("The prior period: BME 29.5%, White 23.9%"),
        P("8. Discrimination at work by a manager", "bold"),
        B("The current period: BME 9.0%, White 5.5%"),
        B("The prior period: BME 10.5%, White 6.1%"),
    ]
    truth = [
        percentage(6, "BME", "2021/22", 31.0),
        percentage(6, "White", "2021/22", 24.2),
        percentage(6, "BME", "2020/21", 29.5),
        percentage(6, "White", "2020/21", 23.9),
        percentage(8, "BME", "2021/22", 9.0),
        percentage(8, "White", "2021/22", 5.5),
        percentage(8, "BME", "2020/21", 10.5),
        percentage(8, "White", "2020/21", 6.1),
    ]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_numbered_headings_over_lines_dated_by_defined_phrases(fmt):
    blocks, truth = _defined_doc()
    report, _warnings = read(blocks, fmt)
    exactly(report, truth)
