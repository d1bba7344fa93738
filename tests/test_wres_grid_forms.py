"""Three structural readings first met in held-out set Y's grid (brief learny_wres), each
in documents built here for a fictional trust, in words, years and figures of our own,
printed to HTML, PDF and DOCX:

- a one-level head whose cells print each column's group and a SHORT financial year
  ("BAME staff 19/20", "Likelihood ratio 18/19"): each year is written out
  (parsers/wres/short_years.py), never a count among the figures;
- the percent sign written out after a figure ("12.5 percent", "12.5 per cent"): the
  same percentage as "12.5%" (parsers/wres/cells.py `clean`);
- a summary table turned round: one column per indicator ("WRES 2"), one row per group
  and year ("BAME staff 2019/20") or the likelihood's row ("Likelihood ratio
  2019/20"): each row keys a column of the turned table (parsers/wres/across.py).

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import B, H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.across import indicators_across, keyed_row, trust_row
from parsers.wres.cells import clean
from parsers.wres.parse import parse_wres
from parsers.wres.short_years import expand_rows
from parsers.wres.tables import Tab
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row

TRUST = "Fellbridge Estuary NHS Trust"
YEARS = ("2019/20", "2018/19")
SHORT = ("19/20", "18/19")
NAMES = {
    1: "Proportion of all staff, by ethnicity",
    3: "Entry into formal disciplinary cases",
    6: "Bullying or abuse from colleagues",
    9: "Board voting members",
}
SHARES = {
    1: {"BAME": ("14.2", "13.1"), "White": ("83.0", "84.4")},
    6: {"BAME": ("30.5", "29.0"), "White": ("24.1", "25.6")},
    9: {"BAME": ("12.5", "6.3"), "White": ("87.5", "93.8")},
}
RATIOS = {3: ("1.62", "1.18")}


def read(blocks: list, fmt: str):
    data, name = render(blocks, fmt, title=TRUST, site="Fellbridge Estuary")
    return parse_wres(extract(data, filename=name))


def _truth() -> list[dict]:
    out = []
    for ind, groups in SHARES.items():
        sg = {1: "overall", 9: "board_voting"}.get(ind)
        for g, values in groups.items():
            group = "BME" if g == "BAME" else g
            for year, v in zip(YEARS, values, strict=True):
                if sg:
                    out.append(truth_row(ind, "percentage", sg, None, group, year, float(v)))
                else:
                    out.append(percentage(ind, group, year, float(v)))
    for ind, values in RATIOS.items():
        out += [likelihood(ind, "BME", y, float(v)) for y, v in zip(YEARS, values, strict=True)]
    return out


def _cell(ind: int, group: str | None, j: int, pct: str) -> str:
    if group is None:
        return RATIOS[ind][j] if ind in RATIOS else "-"
    return f"{SHARES[ind][group][j]}{pct}" if ind in SHARES else "-"


def _summary(years: tuple[str, ...], pct: str = "%") -> list:
    """One row per indicator, one column per group and year, the likelihood's last."""
    keys = [(g, j) for g in ("BAME", "White", None) for j in range(len(years))]
    head = ["Measure"] + [
        f"{g} staff {years[j]}" if g else f"Likelihood ratio {years[j]}" for g, j in keys
    ]
    rows = [head]
    for ind in sorted(NAMES):
        rows.append([f"WRES {ind} - {NAMES[ind]}", *(_cell(ind, g, j, pct) for g, j in keys)])
    return [
        H(TRUST),
        H("Equality in employment: race, annual figures"),
        P("Our figures for the year, with the year before beside them."),
        T(rows),
        P("The board has agreed next year's actions."),
    ]


# ---------------------------------------------------------------------------
# 1. short years beside the group in a one-level head


def test_a_head_of_groups_with_short_years_is_written_out():
    rows = [
        ["Measure", "BAME staff 19/20", "White staff 18/19", "Notes"],
        ["Leavers", "11/12", "4.2%", "see below"],
    ]
    out = expand_rows(rows)
    assert out[0] == ["Measure", "BAME staff 2019/20", "White staff 2018/19", "Notes"]
    assert out[1] == rows[1]  # a count among the figures stays a count


@pytest.mark.parametrize(
    "head",
    [
        ["Measure", "BAME 19/21", "White 19/20"],  # a pair that is no year: a count
        ["Measure", "BAME 19/20", "Notes"],  # one dated cell only
        ["Measure", "19/20", "Notes"],  # a bare pair beside words: may be a count
        ["Measure", "Seen 1/2/20", "Heard 3/4/20"],  # dates, not years
    ],
)
def test_other_heads_are_left_as_printed(head):
    assert expand_rows([head, ["Leavers", "4.2%", "3.1%"]]) is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_summary_headed_by_short_years_is_read(fmt):
    report, _ = read(_summary(SHORT), fmt)
    exactly(report, _truth())


# ---------------------------------------------------------------------------
# 2. the percent sign written out


@pytest.mark.parametrize("words", ["percent", "per cent", "Per Cent", "per  cent"])
def test_per_cent_after_a_figure_is_the_sign(words):
    assert clean(f"12.5 {words}") == "12.5%"
    assert clean(f"rose to 30 {words} this year") == "rose to 30% this year"


@pytest.mark.parametrize(
    "text", ["percentage of staff", "per cent of staff", "12 percentage points"]
)
def test_per_cent_not_after_a_figure_stays(text):
    assert clean(text) == text


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("words", [" percent", " per cent"])
def test_a_summary_with_per_cent_written_out_is_read(fmt, words):
    report, _ = read(_summary(YEARS, pct=words), fmt)
    exactly(report, _truth())


# ---------------------------------------------------------------------------
# 3. indicators as columns, groups and years as rows


def test_a_row_of_one_group_or_the_likelihood_keys_a_column():
    assert keyed_row("BAME staff 2019/20")
    assert keyed_row("White 2018/19")
    assert keyed_row("Likelihood ratio 2019/20")
    assert not keyed_row("Surgery directorate 2019/20")  # a part of the trust
    assert not keyed_row("BAME staff")  # no period
    assert not trust_row("BAME staff 2019/20")  # the whole trust's rows stay as they were


def _tab(rows: list[list[str]]) -> Tab:
    return Tab(rows, [1] * len(rows), None, None, None, None)


def _across_rows() -> list[list[str]]:
    inds = sorted(NAMES)
    rows = [["Row", *(f"WRES {i}" for i in inds)]]
    for g in ("BAME", "White", None):
        for j, y in enumerate(YEARS):
            label = f"{g} staff {y}" if g else f"Likelihood ratio {y}"
            rows.append([label, *(_cell(i, g, j, "%") for i in inds)])
    return rows


def test_the_turned_table_has_the_row_labels_as_its_heads():
    rows = _across_rows()
    tab = _tab(rows)
    turned = indicators_across(tab).rows
    assert turned[0] == ["Row", *(r[0] for r in rows[1:])]
    assert [r[0] for r in turned[1:]] == [f"WRES {i}" for i in sorted(NAMES)]


def test_group_rows_under_group_columns_are_not_turned():
    rows = [["", "WRES 5 White", "WRES 5 BAME"], ["BAME staff 2019/20", "21.0%", "25.0%"]]
    tab = _tab(rows)
    assert indicators_across(tab).rows == rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_indicators_as_columns_with_a_key_below_are_read(fmt):
    blocks = [
        H(TRUST),
        H("Equality in employment: race, annual figures"),
        T(_across_rows()),
        P("What each column measures:"),
        *(B(f"WRES {i} - {NAMES[i]}") for i in sorted(NAMES)),
    ]
    report, _ = read(blocks, fmt)
    exactly(report, _truth())
