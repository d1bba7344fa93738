"""The WRES readers on classes of layout first met in held-out set U (brief learnu_wres),
in documents built here for fictional trusts, in words and figures of our own, printed
to HTML, PDF and DOCX:

- a table a year whose first column numbers its rows ("Ref." 1, 3, 6 ...) beside the
  indicators' words, each row filling its own columns (a group's percentages, or one
  likelihood) with a dash where a column does not apply: the numbers are indicator
  numbers because the words agree, and the dashes are no withheld figures;
- a table of commentary: a label naming each indicator beside a cell of sentences that
  state the figures, read as sections of text;
- lists of indicator-first lines under headings that date them by source (a snapshot
  date, a staff survey), parts split by bars, a comparator's part never published;
- a summary quoting a figure roughly before a heading of actions for the next year, the
  exact figure in a table after: the actions' year is not the data's.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import B, Grid, H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.wres.commentary_tables import commentary_as_text
from parsers.wres.dated_indicator_lines import _trust_parts
from parsers.wres.inapplicable_cells import blank_inapplicable
from parsers.wres.narrative_lines import default_period
from parsers.wres.numbered_rows import arabic_indicators
from parsers.wres.parse import parse_wres
from parsers.wres.tables import Tab
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt, title="Saltcote Marsh NHS Trust", site="saltcote")
    return parse_wres(extract(data, filename=name))


def _tab(rows: list[list[str]]) -> Tab:
    return Tab(rows, [1] * len(rows), None, None, None, None)


# ---------------------------------------------------------------------------
# 1. a numbered table a year, dashes where a column does not apply


def test_numbers_beside_agreeing_words_are_indicator_numbers():
    rows = [
        ["Ref.", "Measure", "Ethnic minority", "White"],
        ["1", "Colleagues in post as a share of the workforce", "14.0%", "83.1%"],
        ["6", "Colleagues reporting abuse from other colleagues", "26.8%", "20.5%"],
        ["8", "Colleagues discriminated against by a line manager", "14.4%", "6.0%"],
    ]
    assert [r[0] for r in arabic_indicators(_tab(rows)).rows[1:]] == [
        "Indicator 1",
        "Indicator 6",
        "Indicator 8",
    ]


def test_a_serial_count_is_not_read_as_indicator_numbers():
    rows = [
        ["#", "Measure", "Ethnic minority", "White"],
        ["1", "Colleagues reporting abuse from other colleagues", "26.8%", "20.5%"],
        ["2", "Colleagues discriminated against by a line manager", "14.4%", "6.0%"],
    ]
    assert arabic_indicators(_tab(rows)).rows == rows  # the words say 6 and 8, not 1, 2
    falling = [rows[0], ["8", *rows[2][1:]], ["6", *rows[1][1:]]]
    assert arabic_indicators(_tab(falling)).rows == falling  # a numbering rises


def test_dashes_outside_each_rows_own_columns_are_blanked():
    rows = [
        ["Measure", "Ethnic minority", "White", "Likelihood ratio"],
        ["Abuse from colleagues", "26.8%", "20.5%", "-"],
        ["Disciplinary process", "–", "–", "1.44"],
    ]
    assert blank_inapplicable(_tab(rows)).rows == [
        rows[0],
        ["Abuse from colleagues", "26.8%", "20.5%", ""],
        ["Disciplinary process", "", "", "1.44"],
    ]


def test_a_dash_in_a_rows_own_columns_is_a_withheld_figure():
    rows = [
        ["Measure", "Ethnic minority", "White", "Likelihood ratio"],
        ["Abuse from colleagues", "26.8%", "20.5%", "-"],
        ["Discrimination", "-", "6.0%", "-"],  # the same kind of row, one figure withheld
        ["Disciplinary process", "-", "-", "1.44"],
    ]
    assert blank_inapplicable(_tab(rows)).rows == rows
    one_kind = [rows[0], rows[1], ["Discrimination", "14.4%", "6.0%", "-"]]
    assert blank_inapplicable(_tab(one_kind)).rows == one_kind  # a column never filled


_WORDS = {
    1: "Colleagues in post as a share of the workforce",
    3: "Likelihood of ethnic minority colleagues entering a formal disciplinary process",
    6: "Colleagues reporting abuse from other colleagues",
    9: "Voting members of the board",
}
_YEARS = ("2022/23", "2021/22")
_SHARES = {
    1: {"BME": ("14.0", "13.2"), "White": ("83.1", "84.0")},
    6: {"BME": ("26.8", "27.5"), "White": ("20.5", "21.1")},
    9: {"BME": ("8.3", "7.7"), "White": ("91.7", "92.3")},
}
_RATIOS = {3: ("1.44", "1.62")}


def _numbered_doc():
    blocks = [H("Saltcote Marsh NHS Trust"), H("Race equality in our workforce")]
    truth = []
    for j, year in enumerate(_YEARS):
        rows = [["Ref.", "Measure", "Ethnic minority", "White", "Likelihood ratio"]]
        for ind in sorted(_WORDS):
            if ind in _RATIOS:
                rows.append([str(ind), _WORDS[ind], "-", "-", _RATIOS[ind][j]])
                truth.append(likelihood(ind, "BME", year, float(_RATIOS[ind][j])))
                continue
            shares = _SHARES[ind]
            rows.append(
                [str(ind), _WORDS[ind], f"{shares['BME'][j]}%", f"{shares['White'][j]}%", "-"]
            )
            sg = {1: "overall", 9: "board_voting"}.get(ind)
            truth += [
                truth_row(ind, "percentage", sg, None, g, year, float(shares[g][j]))
                for g in ("BME", "White")
            ]
        blocks += [
            P(f"Position in {year}", "bold"),
            Grid(rows, header=True, widths=(1, 8, 2, 2, 3)),
        ]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_table_a_year_with_dashes_where_nothing_applies(fmt):
    blocks, truth = _numbered_doc()
    report, _ = read(blocks, fmt)
    exactly(report, truth)  # no withheld figure for a dash, no per-group rate for 3


# ---------------------------------------------------------------------------
# 2. a table of commentary


def _commentary_rows() -> list[list[str]]:
    return [
        ["Measure", "Commentary"],
        [
            "Indicator 6 - Colleagues reporting abuse from other colleagues",
            "In 2022/23 the figure was 26.8% for ethnic minority colleagues (2021/22: "
            "27.5%) and 20.5% for White colleagues (2021/22: 21.1%).",
        ],
        [
            "Likelihood of ethnic minority colleagues entering a formal disciplinary process",
            "The relative likelihood was 1.44 in 2022/23 (2021/22: 1.62).",
        ],
    ]


def test_a_commentary_table_becomes_sections_of_text():
    doc = Extracted(items=[Table(_commentary_rows())], format="docx")
    texts = [(b.text, b.style) for b in commentary_as_text(doc).blocks]
    assert texts[:3] == [
        ("Indicator 6", "heading"),
        ("Colleagues reporting abuse from other colleagues", "heading"),
        (_commentary_rows()[1][1], None),
    ]
    assert texts[3] == ("Indicator 3", "heading")  # named by its words alone


def test_tables_of_other_shapes_are_not_commentary():
    figures = [["Measure", "2022/23"], ["Indicator 6", "26.8%"], ["Indicator 8", "14.4%"]]
    dated = [["Measure", "Commentary 2022/23"], *_commentary_rows()[1:]]
    unnamed = [["Team", "Commentary"], ["Estates", "Most colleagues joined in the last year."]]
    for rows in (figures, dated, unnamed, [*unnamed, unnamed[1]]):
        doc = Extracted(items=[Table(rows)], format="docx")
        assert commentary_as_text(doc) is doc


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_commentary_table_read_by_its_sentences(fmt):
    blocks = [
        H("Saltcote Marsh NHS Trust"),
        H("What our race equality figures say"),
        Grid(_commentary_rows(), header=True, widths=(5, 8)),
    ]
    truth = [
        percentage(6, "BME", "2022/23", 26.8),
        percentage(6, "BME", "2021/22", 27.5),
        percentage(6, "White", "2022/23", 20.5),
        percentage(6, "White", "2021/22", 21.1),
        likelihood(3, "BME", "2022/23", 1.44),
        likelihood(3, "BME", "2021/22", 1.62),
    ]
    report, _ = read(blocks, fmt)
    exactly(report, truth)


# ---------------------------------------------------------------------------
# 3. indicator-first lines under headings dating them by source


def test_a_comparators_part_is_left_out_and_a_ratio_loses_its_measure_name():
    assert _trust_parts("Ethnic minority 26.8% | White 20.5% | national average 24.9%") == (
        "Ethnic minority 26.8%; White 20.5%"
    )
    assert _trust_parts("likelihood ratio 1.44") == "1.44"
    assert _trust_parts("rose sharply this year") is None  # words, not parts


def _by_source_doc():
    blocks = [H("Saltcote Marsh NHS Trust"), H("Our race equality figures by where they come from")]
    truth = []
    for j, (snapshot, survey) in enumerate((("31 March 2023", "2022"), ("31 March 2022", "2021"))):
        year = _YEARS[j]
        blocks.append(H(f"Staff in post on {snapshot}"))
        blocks.append(P("Taken from the electronic staff record."))
        b, w = _SHARES[1]["BME"][j], _SHARES[1]["White"][j]
        blocks.append(B(f"Metric 1: Ethnic minority {b}% | White {w}%"))
        truth += [
            truth_row(1, "percentage", "overall", None, "BME", year, float(b)),
            truth_row(1, "percentage", "overall", None, "White", year, float(w)),
        ]
        blocks.append(B(f"Metric 3: likelihood ratio {_RATIOS[3][j]}"))
        truth.append(likelihood(3, "BME", year, float(_RATIOS[3][j])))
        blocks.append(P(f"{survey} staff survey results", "bold"))  # a heading by its shape
        b, w = _SHARES[6]["BME"][j], _SHARES[6]["White"][j]
        blocks.append(B(f"Metric 6: Ethnic minority {b}% | White {w}% | national average 24.9%"))
        blocks.append(B(f"Metric 8: Ethnic minority 1{j}.4% | White 6.{j}%"))
        truth += [
            percentage(6, "BME", year, float(b)),
            percentage(6, "White", year, float(w)),
            percentage(8, "BME", year, float(f"1{j}.4")),
            percentage(8, "White", year, float(f"6.{j}")),
        ]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_indicator_lines_dated_by_the_heading_of_their_source(fmt):
    blocks, truth = _by_source_doc()
    report, _ = read(blocks, fmt)
    exactly(report, truth)  # the national average is never published


# ---------------------------------------------------------------------------
# 4. a rough figure in a summary before the actions for the next year


def test_a_heading_of_actions_dates_the_year_before():
    doc = Extracted(items=[TextBlock("Report to the Board"), TextBlock("Our actions for 2023/24")])
    assert default_period(doc) == "2022/23"
    doc = Extracted(items=[TextBlock("Race equality report 2022/23")])
    assert default_period(doc) == "2022/23"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rough_summary_figure_before_next_years_actions_is_not_published(fmt):
    rows = [["Measure", "Ethnic minority 2022/23", "White 2022/23"]]
    rows.append(["1. Share of the workforce", "14.0%", "83.1%"])
    blocks = [
        H("Saltcote Marsh NHS Trust"),
        H("Race equality: a paper for the Board"),
        H("Summary"),
        P("Roughly 14% of our colleagues are from an ethnic minority background."),
        H("Our actions for 2023/24"),
        P("We will open a mentoring scheme in every care group."),
        H("Annex: the figures"),
        Grid(rows, header=True, widths=(6, 3, 3)),
    ]
    truth = [
        truth_row(1, "percentage", "overall", None, "BME", "2022/23", 14.0),
        truth_row(1, "percentage", "overall", None, "White", "2022/23", 83.1),
    ]
    report, _ = read(blocks, fmt)
    exactly(report, truth)
