"""The WRES readers on classes of layout first met in held-out set Q (brief wresqa), each
in documents built here for fictional trusts, in words and figures of our own, printed
to HTML, PDF and DOCX:

- a table with a row per ethnic group and period and a column per indicator, the
  columns headed by short codes ("I1", "Ind 5") that a key above the table spells
  out: a code is its indicator when the key's words agree (or name none), never when
  they name another; rows of comparators and of parts of the trust are not keyed;
- a definition list (or a heading and a paragraph) whose description gives each
  figure with its year in brackets after it ("Global majority: 24.1% (2022/23),
  25.0% (2021/22)"): each figure's period is its own bracket's, its group the label
  before it, its indicator the term's.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import DL, H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.bracket_years import bracketed_entries
from parsers.wres.indicator_codes import head_number, key_words, settled_head
from parsers.wres.parse import parse_wres
from parsers.wres.period_group_rows import period_group_rows
from parsers.wres.skipped import Skipped
from parsers.wres.summary_rows import workforce_share
from parsers.wres.tables import Tab
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row

YEARS = ("2022/23", "2021/22")


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


def _tab(rows: list[list[str]]) -> Tab:
    return Tab(rows, [1] * len(rows), None, None, None, None)


def _share(group: str, period: str, value: float) -> dict:
    return truth_row(1, "percentage", "overall", None, group, period, value)


def _board(group: str, period: str, value: float) -> dict:
    return truth_row(9, "percentage", "board_voting", None, group, period, value)


# ---------------------------------------------------------------------------
# 1. a row per group and period, a column per indicator code spelt out by a key


def test_code_heads():
    for cell, n in (("Ind. 3", 3), ("Ind 3", 3), ("ind.3", 3), ("I3", 3), ("Indicator 3 (%)", 3)):
        assert head_number(cell) == n, cell
    for cell in ("Ind. 10", "2023", "Inductions 2", "I 3a", "Index", "Metric 3 change"):
        assert head_number(cell) is None, cell


def test_a_key_of_codes():
    key = key_words(
        "Column key: I2 = likelihood of appointment after shortlisting; I6 - abuse from "
        "other staff, managers or team leaders; I9: voting membership of the board."
    )
    assert key == {
        "i2": "likelihood of appointment after shortlisting",
        "i6": "abuse from other staff, managers or team leaders",
        "i9": "voting membership of the board",
    }
    # one "Indicator 4: ..." alone is a heading, not a key; nor is prose with figures
    assert key_words("Indicator 4: access to non-mandatory training") == {}
    assert key_words("Indicator 2: 1.42 this year; indicator 3: 0.97, down from 1.10") == {}


def test_a_code_is_settled_by_its_number_and_the_keys_words():
    key = {"ind2": "appointed from shortlisting", "ind5": "career progression or promotion"}
    assert settled_head("Ind 2", key) == "Indicator 2: appointed from shortlisting"
    assert settled_head("Ind. 7", key) == "Indicator 7"  # not in the key: its number
    assert settled_head("Ind 5", key) is None  # the words name 7, the code 5: not settled
    assert settled_head("Year", key) is None


CODED = {  # indicator: {group: (2022/23, 2021/22)}
    1: {"Global majority": ("31.2", "29.6"), "White": ("64.0", "66.1")},
    6: {"Global majority": ("25.5", "27.0"), "White": ("19.4", "20.2")},
    9: {"Global majority": ("12.5", "6.3"), "White": ("87.5", "93.7")},
}
CODED_RATIOS = {2: ("1.38", "1.52"), 4: ("0.91", "1.06")}
CODE_WORDS = {
    1: "Percentage of colleagues from each ethnic group in the whole workforce",
    2: "Likelihood of White candidates being appointed from shortlisting",
    4: "Likelihood of White colleagues accessing non-mandatory training and CPD",
    6: "Bullying, harassment or abuse from other colleagues",
    9: "Voting membership of the Board",
}


def _coded_doc(words: dict[int, str] = CODE_WORDS) -> list:
    inds = list(CODED)
    rows = [["Staff group", "Year", *(f"I{i}" for i in inds)]]
    for group in ("Global majority", "White"):
        for k, year in enumerate(YEARS):
            # the group printed once for its years (a merged cell, blank below)
            rows.append([group if k == 0 else "", year, *(f"{CODED[i][group][k]}%" for i in inds)])
    rows.append(["National average", "2022/23", "28.8%", "24.6%", "14.9%"])
    ratios = [["Year", *(f"I{i}" for i in CODED_RATIOS)]]
    ratios += [[y, *(v[k] for v in CODED_RATIOS.values())] for k, y in enumerate(YEARS)]
    key = "; ".join(f"I{i} = {w}" for i, w in words.items())
    return [
        H("Hollowmere Valley NHS Trust"),
        H("Race equality measures, two years"),
        P(f"Column codes: {key}."),
        P("Shares by ethnic group and year"),
        T(rows),
        P("Likelihood ratios"),
        T(ratios),
    ]


def _truth(figures: dict, ratios: dict) -> list[dict]:
    """{indicator: {group: values}} and {indicator: (likelihood's group, values)} as
    truth rows, a value a year of YEARS."""
    out = []
    for ind, groups in figures.items():
        for group, values in groups.items():
            g = "BME" if group == "Global majority" else group
            row = {1: _share, 9: _board}.get(ind)
            for y, v in zip(YEARS, values, strict=True):
                out.append(row(g, y, float(v)) if row else percentage(ind, g, y, float(v)))
    for ind, (group, values) in ratios.items():
        out += [likelihood(ind, group, y, float(v)) for y, v in zip(YEARS, values, strict=True)]
    return out


def _coded_truth() -> list[dict]:
    return _truth(CODED, {i: ("White", v) for i, v in CODED_RATIOS.items()})


@pytest.mark.parametrize("fmt", FORMATS)
def test_coded_columns_under_a_key_are_read_by_group_and_year(fmt):
    report, _warnings = read(_coded_doc(), fmt)
    exactly(report, _coded_truth())
    assert not {m.value for m in report.metrics} & {28.8, 24.6, 14.9}  # the comparator's


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_key_naming_another_indicator_settles_no_figure_of_its_column(fmt):
    words = dict(CODE_WORDS)
    words[6] = "Discrimination from a manager or team leader"  # names 8, the code says 6
    report, _warnings = read(_coded_doc(words), fmt)
    assert not [m for m in report.metrics if m.indicator in (6, 8)]
    # the ratios' table, whose key agrees, is still read
    assert {(m.indicator, m.value) for m in report.metrics if m.indicator in (2, 4)} == {
        (i, float(v)) for i, vs in CODED_RATIOS.items() for v in vs
    }


def test_group_and_year_rows_turned_round():
    rows = [
        ["Year", "Group", "Indicator 5", "Indicator 7"],
        ["2022/23", "Asian", "20.0%", "40.0%"],
        ["", "White", "18.0%", "50.0%"],  # the year printed once, above
        ["2021/22", "Asian", "21.0%", "41.0%"],
        ["2021/22", "White", "19.0%", "51.0%"],
        ["Regional median 2022/23", "Asian", "22.0%", "44.0%"],
        ["Surgical division 2022/23", "Asian", "30.0%", "35.0%"],
    ]
    skipped: list[Skipped] = []
    out = period_group_rows(_tab(rows), skipped)
    assert out.rows == [
        ["Year", "", "2022/23", "2021/22"],
        ["Indicator 5", "Asian", "20.0%", "21.0%"],
        ["Indicator 5", "White", "18.0%", "19.0%"],
        ["Indicator 7", "Asian", "40.0%", "41.0%"],
        ["Indicator 7", "White", "50.0%", "51.0%"],
    ]
    assert {s.value for s in skipped} == {30.0, 35.0}  # the division's: unsettled
    # one group and year twice: not a row per key
    assert period_group_rows(_tab([*rows[:2], rows[1]])).rows == [*rows[:2], rows[1]]
    # a second label column that names no groups: not this layout
    other = [["Year", "Site", "Indicator 5", "Indicator 7"], ["2022/23", "North", "1%", "2%"]]
    other.append(["2021/22", "South", "3%", "4%"])
    assert period_group_rows(_tab(other)).rows == other


def test_each_groups_share_of_the_workforce_in_words():
    assert workforce_share("Proportion of staff from each group in the workforce") == "share"
    assert workforce_share("Percentage of colleagues in the whole workforce") == "share"
    assert workforce_share("Proportion of staff from each group in the board") is None


# ---------------------------------------------------------------------------
# 2. a definition list: the year in brackets after each figure


def test_bracketed_entries():
    got = bracketed_entries("Asian: 21.0% (2022/23), 23.4% (2021/22). White: 17.5% (2022/23)")
    assert [(t.text, g, v, pct) for t, g, v, pct in got or []] == [
        ("2022/23", "Asian", "21.0", True),
        ("2021/22", "Asian", "23.4", True),
        ("2022/23", "White", "17.5", True),
    ]
    got = bracketed_entries("0.88 (2022/23); 1.02 (2021/22)")
    assert [(t.text, g, v, pct) for t, g, v, pct in got or []] == [
        ("2022/23", None, "0.88", False),
        ("2021/22", None, "1.02", False),
    ]
    # a comparator's entries are left out; the trust's kept
    got = bracketed_entries("White: 17.5% (2022/23), 18.0% (2021/22). England: 20.1% (2022/23)")
    assert [v for _t, _g, v, _p in got or []] == ["17.5", "18.0"]
    for text in (
        "The figure rose to 21.0% (2022/23) from 19.5% (2021/22).",  # a sentence
        "Asian: 21.0% (2022/23), 23.4%",  # a figure without its bracket
        "Asian: 21.0% (see note), 23.4% (2021/22)",  # a bracket holding words
        "Asian: 21.0% (2022/23)",  # one entry: no series
        "Surgery: 21.0% (2022/23), 23.4% (2021/22)",  # a label naming no group
    ):
        assert bracketed_entries(text) is None, text


LISTED = {  # indicator: (term, {group: (2022/23, 2021/22)})
    5: (
        "Indicator 5: Abuse from service users and their families",
        {  # long enough for a PDF to wrap the description
            "Asian": ("34.6", "36.0"),
            "Black": ("38.1", "37.2"),
            "Global majority": ("33.8", "35.1"),
            "White": ("27.9", "26.4"),
        },
    ),
    7: (
        "Indicator 7 - Confidence in fair chances of promotion",
        {"Global majority": ("42.0", "44.7"), "White": ("56.3", "55.0")},
    ),
    9: (
        "Indicator 9: Voting membership of the Board",
        {"Global majority": ("10.0", "8.3"), "White": ("90.0", "91.7")},
    ),
}
LISTED_RATIOS = {
    3: ("Indicator 3: Likelihood of entering the formal disciplinary process", ("1.61", "0.97"))
}


def _listed_doc() -> list:
    pairs = []
    for _ind, (term, groups) in LISTED.items():
        said = [
            f"{g}: " + "; ".join(f"{x}% ({y})" for y, x in zip(YEARS, v, strict=True))
            for g, v in groups.items()
        ]
        pairs.append((term, ". ".join(said) + ". National: 30.2% (2022/23), 29.9% (2021/22)."))
    for _ind, (term, values) in LISTED_RATIOS.items():
        pairs.append((term, ", ".join(f"{x} ({y})" for y, x in zip(YEARS, values, strict=True))))
    return [
        H("Brackenfold Community NHS Trust"),
        H("Our race equality figures"),
        P("Against each measure: this year, then last year."),
        DL(pairs),
        P("Our staff network grew in 2022/23 (from 40 members to 65 (2021/22 to 2022/23))."),
    ]


def _listed_truth() -> list[dict]:
    figures = {ind: groups for ind, (_term, groups) in LISTED.items()}
    return _truth(figures, {i: ("BME", v) for i, (_t, v) in LISTED_RATIOS.items()})


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_definition_list_with_each_year_in_brackets(fmt):
    report, _warnings = read(_listed_doc(), fmt)
    exactly(report, _listed_truth())
