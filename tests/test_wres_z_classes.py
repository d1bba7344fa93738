"""The WRES readers on interactions of two structural dimensions first met in held-out
set Z's pairs grid (brief learnz_wres), in documents built here for fictional trusts,
in words and figures of our own, printed to HTML, PDF and DOCX:

- a table per indicator under a heading that names the indicator by its description
  alone (no number): the heading keys the table of groups below it;
- label/value lines dated by a WRES year ("WRES 2022"): the staff survey indicators'
  figures take its data year, as every other indicator's do;
- a table so wide that the PDF breaks words inside its narrow columns ("Indica tor",
  "workf orce"): the fragments that spell a word of the standard's vocabulary are read
  as that word.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.wres.card_year import wres_year_period
from parsers.wres.described_headings import described_indicator, name_described_headings
from parsers.wres.narrative_terms import _times
from parsers.wres.parse import parse_wres
from parsers.wres.wrapped_words import rejoin
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row

TRUST = "Kestrelmoor Community NHS Trust"


def read(blocks, fmt: str):
    data, name = render(blocks, fmt, title=TRUST, site="kestrelmoor")
    return parse_wres(extract(data, filename=name))


# ---------------------------------------------------------------------------
# 1. a table per indicator under a heading naming it by its description


def test_a_description_names_one_indicator():
    assert described_indicator("Access to non-mandatory training and CPD") == 4
    assert described_indicator("Abuse from service users or their relatives") == 5
    assert described_indicator("Colleagues reporting discrimination at work") == 8
    # several indicators, a number, a sentence: no one indicator's heading
    assert described_indicator("Recruitment and disciplinary action") is None
    assert described_indicator("Indicator 8 (2022)") is None
    assert described_indicator("Our training offer grew this year.") is None
    # a part of the workforce: a staff group's heading, not indicator 1's
    assert described_indicator("Nursing and midwifery workforce - Band 6") is None
    assert described_indicator("Medical staff - consultant grades") is None


def test_a_heading_over_a_summary_table_is_left_as_it_is():
    rows = [["", "2021/22"], ["Access to non-mandatory training", "0.91"]]
    rows.append(["Entering formal disciplinary action", "1.62"])
    doc = Extracted(
        items=[TextBlock("Access to non-mandatory training", style="heading"), Table(rows)]
    )
    assert name_described_headings(doc) is doc


def test_a_heading_over_a_table_of_groups_is_numbered():
    rows = [["", "2021/22"], ["Ethnic minority", "31.0%"], ["White", "24.5%"]]
    doc = Extracted(
        items=[TextBlock("Abuse from service users or relatives", style="bold"), Table(rows)]
    )
    first = name_described_headings(doc).items[0]
    assert first.text == "Indicator 5: Abuse from service users or relatives"


_DESCRIBED = [
    ("Appointment after shortlisting", [["Relative likelihood", "1.34", "1.29"]]),
    ("Access to non-mandatory training and CPD", [["Relative likelihood", "0.91", "1.07"]]),
    (
        "Abuse from service users or their relatives",
        [["Ethnic minority", "31.0%", "29.4%"], ["White", "24.5%", "26.1%"]],
    ),
    (
        "Colleagues reporting discrimination at work",
        [["Ethnic minority", "13.9%", "15.2%"], ["White", "5.8%", "6.4%"]],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_per_indicator_under_its_description(fmt):
    blocks = [H(TRUST), H("Race equality figures 2021/22")]
    for head, rows in _DESCRIBED:
        blocks += [H(head), T([["", "2021/22", "2020/21"], *rows])]
    blocks.append(P("The gaps narrowed on two of the measures."))
    report, _ = read(blocks, fmt)
    truth = [
        likelihood(2, "White", "2021/22", 1.34),
        likelihood(2, "White", "2020/21", 1.29),
        likelihood(4, "White", "2021/22", 0.91),
        likelihood(4, "White", "2020/21", 1.07),
    ]
    for ind, (_head, rows) in ((5, _DESCRIBED[2]), (8, _DESCRIBED[3])):
        for group, *values in rows:
            group = "BME" if group == "Ethnic minority" else group
            for year, value in zip(("2021/22", "2020/21"), values, strict=True):
                truth.append(percentage(ind, group, year, float(value.rstrip("%"))))
    exactly(report, truth)


# ---------------------------------------------------------------------------
# 2. label/value lines dated by a WRES year


def test_a_wres_year_beside_a_bare_year_is_its_data_year():
    line = "Ethnic minority WRES 2022"
    (time,) = _times(line)
    assert wres_year_period(line, time) == "2021/22"
    (time,) = _times("Ethnic minority 2022")
    assert wres_year_period("Ethnic minority 2022", time) is None  # no standard named
    assert wres_year_period(line, None) is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_label_value_lines_dated_by_wres_years(fmt):
    blocks = [H(TRUST), H("Race equality report WRES 2022")]
    lines = {
        "Indicator 3: Entering formal disciplinary action": [("Relative likelihood", 1.62, 1.48)],
        "Indicator 6: Abuse from managers or colleagues": [
            ("Ethnic minority", 22.7, 24.0),
            ("White", 18.1, 18.9),
        ],
        "Indicator 7: Belief in equal opportunities for career progression": [
            ("Ethnic minority", 47.3, 45.5),
        ],
    }
    truth = []
    for head, rows in lines.items():
        ind = int(head.split()[1].rstrip(":"))
        blocks.append(H(head))
        for label, this, last in rows:
            sign = "" if ind == 3 else "%"
            blocks += [P(f"{label} WRES 2022: {this}{sign}"), P(f"{label} WRES 2021: {last}{sign}")]
            for year, value in (("2021/22", this), ("2020/21", last)):
                if ind == 3:
                    truth.append(likelihood(3, "BME", year, value))
                else:
                    group = "BME" if label == "Ethnic minority" else label
                    truth.append(percentage(ind, group, year, value))
    report, _ = read(blocks, fmt)
    exactly(report, truth)


# ---------------------------------------------------------------------------
# 3. words broken inside a wide table's narrow PDF columns


def test_fragments_spelling_a_word_of_the_vocabulary_are_joined():
    assert rejoin("Ind icator 4: Acces s to non-mand atory traini ng") == (
        "Indicator 4: Acces s to non-mandatory training"
    )
    assert rejoin("Board votin g membe rship") == "Board voting membership"
    assert rejoin("Ethni c minor ity 2021/ 22") == "Ethnic minority 2021/ 22"
    assert rejoin("haras smen t, bullyi ng or abuse") == "harassment, bullying or abuse"


def test_words_of_their_own_stay_apart():
    for text in ("the whole staff group", "in post at year end", "a share of the total"):
        assert rejoin(text) == text


_YEARS = ("2021/22", "2020/21", "2019/20", "2018/19", "2017/18")
_WIDE = {
    "Indicator 1: Percentage of the overall workforce": {
        "BME": (19.2, 18.4, 17.1, 16.3, 15.8),
        "White": (78.5, 79.1, 80.6, 81.2, 82.0),
    },
    "Indicator 3: Relative likelihood of formal disciplinary action": {
        None: (1.62, 1.48, 1.55, 1.71, 1.39),
    },
    "Indicator 5: Colleagues abused by patients or relatives": {
        "BME": (31.0, 29.4, 30.8, 28.2, 27.5),
        "White": (24.5, 26.1, 25.0, 24.2, 23.9),
    },
    "Indicator 9: Voting membership of the board": {
        "BME": (12.5, 11.1, 8.3, 8.3, 7.7),
        "White": (87.5, 88.9, 91.7, 91.7, 92.3),
    },
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_wide_enough_to_break_words(fmt):
    groups = ("BME", "White", None)
    label = {"BME": "Ethnic minority", "White": "White", None: "Relative likelihood"}
    head = ["Indicator", *(f"{label[g]} {y}" for g in groups for y in _YEARS)]
    rows = [head]
    truth = []
    for name, series in _WIDE.items():
        ind = int(name.split()[1].rstrip(":"))
        row = [name]
        for g in groups:
            values = series.get(g)
            row += [f"{v:.2f}" if g is None else f"{v}%" for v in values] if values else ["–"] * 5
            for year, v in zip(_YEARS, values or (), strict=False):
                if g is None:
                    truth.append(likelihood(ind, "BME", year, v))
                elif ind == 1:
                    truth.append(truth_row(1, "percentage", "overall", None, g, year, v))
                elif ind == 9:
                    truth.append(truth_row(9, "percentage", "board_voting", None, g, year, v))
                else:
                    truth.append(percentage(ind, g, year, v))
        rows.append(row)
    blocks = [H(TRUST), H("Race equality figures 2021/22"), T(rows), P("Figures are ours.")]
    report, _ = read(blocks, fmt)
    exactly(report, truth)


# ---------------------------------------------------------------------------
# 4. a withheld figure among label/value lines


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("mark", ["n/a", "<5", "*"])
def test_a_withheld_line_does_not_end_its_headings_reach(fmt, mark):
    blocks = [
        H(TRUST),
        H("Race equality figures 2021/22"),
        H("Indicator 9: Voting membership of the board"),
        P("Ethnic minority 2021/22: 12.5%"),
        P(f"Ethnic minority 2020/21: {mark}"),
        P("White 2021/22: 87.5%"),
        P("White 2020/21: 90.0%"),
    ]
    truth = [
        truth_row(9, "percentage", "board_voting", None, "BME", "2021/22", 12.5),
        truth_row(9, "percentage", "board_voting", None, "White", "2021/22", 87.5),
        truth_row(9, "percentage", "board_voting", None, "White", "2020/21", 90.0),
    ]
    report, _ = read(blocks, fmt)
    exactly(report, truth)
