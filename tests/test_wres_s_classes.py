"""The WRES readers on classes of layout first met in held-out set S (brief wressa), each
in documents built here for fictional trusts, in words and figures of our own, printed
to HTML, PDF and DOCX:

- a bar chart drawn in text, a line per year (and group): the period, the group, a
  run of bar glyphs (decoration) and the figure at the bar's end, under a numbered
  chart caption naming the indicator;
- one table split into sections by rows that each name a period ("Reporting year
  2020/21", the rest of the row empty): the period dates the indicator rows under it;
  a derived difference column beside the groups' figures is never a group's figure;
- a boxed sentence giving each group's figure for one year, then the year before's
  as a bare list ("... in 2020/21, against 33.1% and 27.0% in 2019/20"): the list
  takes the groups in the order the sentence gave them.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Grid, H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.bar_lines import caption_words, unbar
from parsers.wres.narrative_respective import respective_figures
from parsers.wres.narrative_terms import _figures, _times
from parsers.wres.parse import parse_wres
from parsers.wres.section_rows import section_period, year_sections
from parsers.wres.tables import Tab
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt, title="Fellside Community NHS Trust", site="fellside")
    return parse_wres(extract(data, filename=name))


def _tab(rows: list[list[str]]) -> Tab:
    return Tab(rows, [1] * len(rows), None, None, None, None)


def _share(group: str, period: str, value: float) -> dict:
    return truth_row(1, "percentage", "overall", None, group, period, value)


def _board(group: str, period: str, value: float) -> dict:
    return truth_row(9, "percentage", "board_voting", None, group, period, value)


# ---------------------------------------------------------------------------
# 1. a bar chart drawn in text


def test_a_bar_line_reads_as_the_year_line_it_draws():
    assert unbar("2020/21   BAME   ▓▓▓▓▓▓ 12.5%") == "2020/21: BAME 12.5%"
    assert unbar("2019/20 ■■■■■■■■■■ 0.88") == "2019/20: 0.88"
    assert unbar("31 March 2021  White  ████ 80.2%") == "31 March 2021: White 80.2%"
    # no bar, no time first, two bars, or more than a value after the bar: not a bar line
    for text in (
        "2020/21 BAME 12.5%",
        "BAME ▓▓▓▓ 12.5%",
        "2020/21 BAME ▓▓▓ 12.5% ▓▓ 3.0%",
        "2020/21 ▓▓▓ 12.5% (provisional)",
    ):
        assert unbar(text) is None, text
    assert caption_words("Chart 3: Indicator 7 – Fair career progression") == (
        "Indicator 7 – Fair career progression"
    )


def _bar(value: str) -> str:
    return "▓" * max(1, round(float(value) / 5))


BAR_YEARS = ("2018/19", "2019/20", "2020/21")


def _bar_doc() -> tuple[list, list[dict]]:
    rates = {
        6: {"BAME": ("22.0", "24.5", "21.1"), "White": ("18.4", "19.0", "17.2")},
        9: {"BAME": ("5.0", "10.0", "15.0"), "White": ("95.0", "90.0", "85.0")},
    }
    ratios = ("1.21", "1.33", "1.40")
    blocks = [
        H("Fellside Community NHS Trust"),
        H("Race equality trends"),
        P("Each bar's length shows the figure written after it."),
    ]
    truth: list[dict] = []
    for n, (ind, groups) in enumerate(rates.items(), start=1):
        title = "Abuse from colleagues" if ind == 6 else "Voting members of the Board"
        blocks.append(P(f"Chart {n}: Indicator {ind} – {title}", "bold"))
        for j, year in enumerate(BAR_YEARS):
            for g, values in groups.items():
                blocks.append(P(f"{year}   {g:<6} {_bar(values[j])} {values[j]}%"))
                key = "BME" if g == "BAME" else g
                row = (
                    _board(key, year, float(values[j]))
                    if ind == 9
                    else percentage(ind, key, year, float(values[j]))
                )
                truth.append(row)
    blocks.append(P("Chart 3: Indicator 3 – Formal disciplinary cases (ratio)", "bold"))
    for year, x in zip(BAR_YEARS, ratios, strict=True):
        blocks.append(P(f"{year}  {'▓' * round(float(x) * 10)} {x}"))
        truth.append(likelihood(3, "BME", year, float(x)))
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_bar_chart_lines(fmt):
    blocks, truth = _bar_doc()
    report, _ = read(blocks, fmt)
    exactly(report, truth)


# ---------------------------------------------------------------------------
# 2. a table split into sections by period rows


def test_a_section_row_names_one_period():
    assert section_period(["Reporting year 2020/21", "", ""]) == "Reporting year 2020/21"
    # merged: every cell repeats it
    assert section_period(["31 March 2021"] * 3) == "31 March 2021"
    for row in (
        ["Indicator 2: 1.21 in 2020/21", "", ""],  # a label with a figure
        ["", "2020/21", ""],  # a column's heading, not the label cell's
        ["Band 5", "", ""],
        ["2020/21", "31.0%", "28.4%"],  # a row of figures
    ):
        assert section_period(row) is None, row


def test_section_rows_become_a_year_column():
    rows = [
        ["Measure", "BAME", "White", "Difference"],
        ["Reporting year 2020/21", "", "", ""],
        ["6. Abuse from colleagues", "21.1%", "17.2%", "+3.9"],
        ["Reporting year 2019/20", "", "", ""],
        ["6. Abuse from colleagues", "24.5%", "19.0%", "+5.5"],
    ]
    got = year_sections(_tab(rows))
    assert got.rows == [
        ["Measure", "Year", "BAME", "White", "Difference"],
        ["6. Abuse from colleagues", "Reporting year 2020/21", "21.1%", "17.2%", "+3.9"],
        ["6. Abuse from colleagues", "Reporting year 2019/20", "24.5%", "19.0%", "+5.5"],
    ]
    # an empty section, one period twice, a row above the first section: left alone
    for bad in (
        [rows[0], rows[1], rows[3], rows[4]],
        [rows[0], rows[1], rows[2], rows[1], rows[4]],
        [rows[0], rows[2], rows[1], rows[2], rows[3], rows[4]],
    ):
        assert year_sections(_tab(bad)).rows == bad


def _sections_doc() -> tuple[list, list[dict]]:
    years = ("2020/21", "2019/20")
    rates = {
        1: {"BAME": ("11.4", "10.2"), "White": ("85.1", "86.0")},
        6: {"BAME": ("21.1", "24.5"), "White": ("17.2", "19.0")},
        7: {"BAME": ("50.3", "47.9"), "White": ("63.0", "64.4")},
    }
    ratios = {2: ("1.55", "1.68"), 4: ("0.91", "1.12")}
    words = {1: "Staff in post", 6: "Abuse from colleagues", 7: "Fair career progression"}
    rl_words = {2: "Appointment from shortlisting", 4: "Non-mandatory training"}
    rows = [["Measure", "BAME", "White", "Difference"]]
    rl_rows = [["Measure", "Likelihood ratio"]]
    truth: list[dict] = []
    for j, year in enumerate(years):
        rows.append([f"Reporting year {year}", "", "", ""])
        rl_rows.append([f"Reporting year {year}", ""])
        for ind, groups in rates.items():
            b, w = groups["BAME"][j], groups["White"][j]
            rows.append([f"{ind}. {words[ind]}", f"{b}%", f"{w}%", f"{float(b) - float(w):+.1f}"])
            for g, v in (("BME", b), ("White", w)):
                truth.append(
                    _share(g, year, float(v)) if ind == 1 else percentage(ind, g, year, float(v))
                )
        for ind, values in ratios.items():
            rl_rows.append([f"{ind}. {rl_words[ind]}", values[j]])
            truth.append(likelihood(ind, "White", year, float(values[j])))
    blocks = [
        H("Fellside Community NHS Trust"),
        H("Race equality measures over two years"),
        Grid(rows, header=True, widths=(6, 2, 2, 2)),
        P("Likelihood ratios (White relative to BAME)", "bold"),
        Grid(rl_rows, header=True, widths=(6, 3)),
        P("The difference is the BAME figure minus the White figure."),
    ]
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_period_section_rows(fmt):
    blocks, truth = _sections_doc()
    report, _ = read(blocks, fmt)
    exactly(report, truth)  # the differences are never published


# ---------------------------------------------------------------------------
# 3. a boxed sentence: each group's figure, then last year's as a bare list


def test_a_bare_list_takes_the_groups_in_order():
    s = (
        "Among BAME staff 31.0% and among White staff 27.5% said so in 2020/21, "
        "against 33.1% and 27.0% in 2019/20."
    )
    figs, times = _figures(s), _times(s)
    groups, bound = respective_figures(s, figs, [], ["BAME", "White", None, None], {}, times)
    assert groups == ["BAME", "White", "BAME", "White"]
    assert [bound[i].text for i in range(4)] == ["2020/21", "2020/21", "2019/20", "2019/20"]
    # a list of another length, or with the same time as the head: left as it was
    s3 = "BAME 31.0% and White 27.5% in 2020/21, against 33.1%, 27.0% and 25.0% in 2019/20."
    g3 = ["BAME", "White", None, None, None]
    assert respective_figures(s3, _figures(s3), [], g3, {}, _times(s3))[0] == g3
    s4 = "BAME 31.0% and White 27.5% in 2020/21, and 33.1% and 27.0% in 2020/21."
    g4 = ["BAME", "White", None, None]
    assert respective_figures(s4, _figures(s4), [], g4, {}, _times(s4))[0] == g4
    # a list with no time of its own (another body's figures): left as it was
    s5 = "BAME 31.0% and White 27.5% in 2020/21, against 29.0% and 26.0% nationally."
    assert respective_figures(s5, _figures(s5), [], g4, {}, _times(s5))[0] == g4
    s6 = "BAME 31.0% and White 27.5% in 2020/21, against 29.0% and 26.0% for England in 2019/20."
    assert respective_figures(s6, _figures(s6), [], g4, {}, _times(s6))[0] == g4


# (indicator, its heading's words, the boxed sentence, (BME, White) this year, last year)
CALLOUTS = (
    (
        7,
        "Fair career progression",
        "Summary: 50.3% of BAME staff and 63.0% of White staff thought career progression "
        "at the Trust was fair in 2020/21, set against 47.9% and 64.4% in 2019/20.",
        ((50.3, 63.0), (47.9, 64.4)),
    ),
    (
        9,
        "Voting members of the Board",
        "Summary: 20.0% of the Board's voting members were BAME in 2020/21 and 80.0% White; "
        "in 2019/20 the shares were 12.5% and 87.5%.",
        ((20.0, 80.0), (12.5, 87.5)),
    ),
)


def _callout_doc() -> tuple[list, list[dict]]:
    blocks = [H("Fellside Community NHS Trust"), H("Workforce race equality: the figures")]
    truth: list[dict] = []
    for ind, words, sentence, years in CALLOUTS:
        blocks.append(P(f"Indicator {ind}: {words}", "bold"))
        blocks.append(P("The equality steering group discussed this indicator in the spring."))
        blocks.append(Grid([[sentence]]))
        for year, pair in zip(("2020/21", "2019/20"), years, strict=True):
            for g, v in zip(("BME", "White"), pair, strict=True):
                truth.append(_board(g, year, v) if ind == 9 else percentage(ind, g, year, v))
    return blocks, truth


@pytest.mark.parametrize("fmt", FORMATS)
def test_callout_sentences_with_a_bare_list(fmt):
    blocks, truth = _callout_doc()
    report, _ = read(blocks, fmt)
    exactly(report, truth)
