"""The WRES table readers on structures first met in held-out set AE (brief
learn_ae_wres), in documents built here for fictional trusts, in words and figures of
our own, printed to HTML, PDF and DOCX:

- figures carrying a significance mark ("1.41 (sig.)", "0.94 (n.s.)", "1.18*", "1.07
  (not significant)"): the mark is no part of the figure;
- one table folded into parts side by side to fit the page, the header repeating one
  pattern of heads (label heads, then times) across the width: each part is a table;
- an outer table whose results cells each hold a small table of their own (nested
  <table>s on a web page, lines in the cell in PDF and Word): each inner table is read
  under its outer row's label.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Grid, H, Html, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.extract.model import Table
from parsers.wres.cells import clean
from parsers.wres.folded_tables import fold_width, unbroken_year, unfold
from parsers.wres.nested_tables import body_row, head_times, indicator_heading, inner_table, unnest
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row

TRUST = "Lowfell Marsh NHS Trust"


def read(blocks, fmt: str):
    data, name = render(blocks, fmt, title=TRUST, site="lowfell")
    return parse_wres(extract(data, filename=name))


# ---------------------------------------------------------------------------
# 1. significance marks after the figures


def test_a_significance_mark_is_no_part_of_the_figure():
    for text, figure in (
        ("1.41 (sig.)", "1.41"),
        ("0.94 (n.s.)", "0.94"),
        ("1.07 (not significant)", "1.07"),
        ("1.22 (Significant)", "1.22"),
        ("0.88 (NS)", "0.88"),
        ("1.52 (p<0.05)", "1.52"),
        ("1.09 (not statistically significant)", "1.09"),
        ("31.5%* ", "31.5%"),
        ("1.18\u2020", "1.18"),
    ):
        assert clean(text) == figure, text
    # words in brackets that follow no figure are left as they are
    assert clean("Relative likelihood (sig.) key") == "Relative likelihood (sig.) key"


_MARKED_ROWS = [
    ["Indicator", "Staff group", "2024/25", "2023/24"],
    ["2. Appointment from shortlisting", "Relative likelihood", "1.41 (sig.)", "1.18*"],
    ["3. Formal disciplinary process", "Relative likelihood", "0.94 (n.s.)", "1.26 (sig.)"],
    ["4. Non-mandatory training", "Relative likelihood", "1.07 (not significant)", "1.02"],
    ["6. Harassment from staff", "BME", "25.3%*", "27.0%"],
    ["", "White", "19.6%", "20.4%"],
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_marked_figures_in_a_summary_table(fmt):
    blocks = [
        H(TRUST),
        H("Workforce Race Equality Standard results"),
        Grid(_MARKED_ROWS, header=True, widths=(5, 3, 3, 3)),
        P("(sig.) significant at the 95% level; (n.s.) not significant; * see note 2."),
    ]
    report, _ = read(blocks, fmt)
    exactly(
        report,
        [
            likelihood(2, "White", "2024/25", 1.41),
            likelihood(2, "White", "2023/24", 1.18),
            likelihood(3, "BME", "2024/25", 0.94),
            likelihood(3, "BME", "2023/24", 1.26),
            likelihood(4, "White", "2024/25", 1.07),
            likelihood(4, "White", "2023/24", 1.02),
            percentage(6, "BME", "2024/25", 25.3),
            percentage(6, "BME", "2023/24", 27.0),
            percentage(6, "White", "2024/25", 19.6),
            percentage(6, "White", "2023/24", 20.4),
        ],
    )


# ---------------------------------------------------------------------------
# 2. one table folded into parts side by side


def test_a_header_repeating_its_heads_folds():
    assert fold_width(["Measure", "Group", "2024/25", "2023/24"] * 2) == 4
    assert fold_width(["Indicator", "2024", "2023", "Indicator", "2024 survey", "2023 survey"]) == 3
    assert fold_width(["Item", "31 March 2025", "Item", "31 March 2024", "Item", "2023/24"]) == 2
    # heads that do not repeat, or parts that do not open with a label head
    assert fold_width(["Indicator", "BME 2024/25", "White 2024/25", "BME 2023/24"]) is None
    assert fold_width(["Indicator", "Group", "2024/25", "Indicator", "Note", "2023/24"]) is None
    assert fold_width(["", "2024/25", "", "2023/24"]) is None
    assert fold_width(["Indicator", "Measure", "Indicator", "Measure"]) is None
    # a year a narrow PDF column broke is still the year
    assert fold_width(["Indicator", "2024/2 5", "Indicator", "2024 survey"]) == 2
    assert unbroken_year("2024/2 5") == "2024/25"
    assert unbroken_year("2024 2023") == "2024 2023"  # two years, not one broken


def test_a_folded_table_is_its_parts():
    rows = [
        ["Item", "Group", "2024/25", "Item", "Group", "2024 survey"],
        [
            "2. Shortlisting",
            "Relative likelihood",
            "1.30",
            "5. Abuse from the public",
            "BME",
            "28.0%",
        ],
        ["", "", "", "", "White", "24.0%"],
    ]
    parts = unfold(Table(rows))
    assert parts is not None and [p.rows for p in parts] == [
        [["Item", "Group", "2024/25"], ["2. Shortlisting", "Relative likelihood", "1.30"]],
        [
            ["Item", "Group", "2024 survey"],
            ["5. Abuse from the public", "BME", "28.0%"],
            ["", "White", "24.0%"],
        ],
    ]
    assert (
        unfold(Table([["Indicator", "2024/25", "2023/24"], ["2. Shortlisting", "1.3", "1.2"]]))
        is None
    )
    # under a title row: each part keeps its own title
    titled = unfold(Table([["Workforce", "", "", "Survey", "", ""], *rows]))
    assert titled is not None and [p.rows[:2] for p in titled] == [
        [["Workforce", "", ""], ["Item", "Group", "2024/25"]],
        [["Survey", "", ""], ["Item", "Group", "2024 survey"]],
    ]


def _folded_rows() -> list[list[str]]:
    left = [
        ["1. Staff in post", "BME", "18.4%", "17.0%"],
        ["", "White", "79.1%", "80.6%"],
        ["3. Formal disciplinary process", "Relative likelihood", "1.44", "1.37"],
        ["9. Board voting members", "BME", "12.5%", "11.1%"],
        ["", "White", "87.5%", "88.9%"],
    ]
    right = [
        ["6. Bullying or abuse from colleagues", "BME", "27.3%", "28.8%"],
        ["", "White", "21.5%", "22.1%"],
        ["8. Discrimination from a manager or colleague", "BME", "14.6%", "15.9%"],
        ["", "White", "6.8%", "7.2%"],
        ["", "", "", ""],
    ]
    head = ["Indicator", "Staff", "2024/25", "2023/24"]
    head += ["Indicator", "Staff", "2024 survey", "2023 survey"]
    return [head] + [a + b for a, b in zip(left, right, strict=True)]


def _with_years(ind: int, sg: str | None, values: dict) -> list[dict]:
    """Percentage truth rows of one indicator: {group: (2024/25, 2023/24)}."""
    return [
        truth_row(ind, "percentage", sg, None, group, year, value)
        for group, pair in values.items()
        for year, value in zip(("2024/25", "2023/24"), pair, strict=True)
    ]


_TITLED = T(_folded_rows(), [("Workforce and board", 4), ("NHS Staff Survey", 4)])


@pytest.mark.parametrize("titled", [False, True], ids=["plain", "titled"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_folded_side_by_side(fmt, titled):
    # plain: the header first (the PDF's narrow year columns break "2024/2 5");
    # titled: under a title merged over each part
    table = _TITLED if titled else Grid(_folded_rows(), header=True, widths=(5, 3, 2, 2) * 2)
    blocks = [
        H(TRUST),
        H("WRES 2024/25 on one page"),
        P("Indicators 1 and 9 are at 31 March; the survey indicators are on the right."),
        table,
    ]
    report, _ = read(blocks, fmt)
    exactly(
        report,
        [
            likelihood(3, "BME", "2024/25", 1.44),
            likelihood(3, "BME", "2023/24", 1.37),
            *_with_years(1, "overall", {"BME": (18.4, 17.0), "White": (79.1, 80.6)}),
            *_with_years(9, "board_voting", {"BME": (12.5, 11.1), "White": (87.5, 88.9)}),
            *_with_years(6, None, {"BME": (27.3, 28.8), "White": (21.5, 22.1)}),
            *_with_years(8, None, {"BME": (14.6, 15.9), "White": (6.8, 7.2)}),
        ],
    )


# ---------------------------------------------------------------------------
# 3. a small table in each results cell


def test_an_inner_table_is_a_head_line_of_times_over_label_and_figure_lines():
    assert head_times("31 March 2025   31 March 2024") == ["", "31 March 2025", "31 March 2024"]
    assert head_times("2024 survey 2023 survey") == ["", "2024 survey", "2023 survey"]
    assert head_times("Staff group 2024/25 2023/24") == ["Staff group", "2024/25", "2023/24"]
    assert head_times("Figures for 2024/25 and 2023/24") is None  # words between the times
    assert head_times("2024/25 2023/24 (provisional)") is None  # words after them
    assert head_times("2024/25") is None  # one time: no table of years
    assert body_row("Minority ethnic staff   22.4%   21.0%", 2) == [
        "Minority ethnic staff",
        "22.4%",
        "21.0%",
    ]
    assert body_row("Relative likelihood 1.18 1.25", 2) == ["Relative likelihood", "1.18", "1.25"]
    assert body_row("Up from 21.0% last year", 2) is None
    assert inner_table(["2024/25 2023/24", "Relative likelihood 1.18 1.25"]) == [
        ["", "2024/25", "2023/24"],
        ["Relative likelihood", "1.18", "1.25"],
    ]
    assert inner_table(["2024/25 2023/24", "We improved on last year."]) is None


def test_an_outer_row_names_its_indicator():
    assert indicator_heading("Indicator 3") == "Indicator 3"
    assert indicator_heading("4. Access to non-mandatory training") == (
        "Indicator 4: Access to non-mandatory training"
    )
    assert indicator_heading("Access to non-mandatory training") == (
        "Indicator 4: Access to non-mandatory training"
    )
    # a part of the workforce, or words naming no indicator: not settled
    assert indicator_heading("Medical staff") is None
    assert indicator_heading("Our people") is None
    assert indicator_heading("4. Discrimination from a manager") is None  # words say 8


def _outer(rows: list[list[str]]) -> Table:
    return Table([["Indicator", "Results", "Comment"], *rows])


_CELL = "2024/25 2023/24\nRelative likelihood 1.18 1.25"


def test_only_an_outer_table_whose_rows_name_their_indicators_is_unnested():
    rows = [["2. Appointment from shortlisting", _CELL, ""], ["Indicator 3", _CELL, "Falling."]]
    items = unnest(_outer(rows))
    assert items is not None
    assert [getattr(x, "text", None) for x in items] == [
        "Indicator 2: Appointment from shortlisting",
        None,
        "Indicator 3",
        None,
        "Falling.",
    ]
    assert items[1].rows == [["", "2024/25", "2023/24"], ["Relative likelihood", "1.18", "1.25"]]
    # a row naming no indicator, or inner tables in two columns: left as it is
    assert unnest(_outer([["Indicator 2", _CELL, ""], ["Nursing staff", _CELL, ""]])) is None
    assert unnest(_outer([["Indicator 2", _CELL, _CELL], ["Indicator 3", _CELL, _CELL]])) is None


_INNER = {
    "1. Our workforce": (
        ("31 March 2025", "31 March 2024"),
        [("Minority ethnic staff", "22.4%", "21.0%"), ("White staff", "74.9%", "76.2%")],
    ),
    "4. Access to non-mandatory training": (
        ("2024/25", "2023/24"),
        [("Relative likelihood", "1.18", "1.25")],
    ),
    "7. Equal opportunities for career progression": (
        ("2024 survey", "2023 survey"),
        [("Minority ethnic staff", "46.2%", "44.8%"), ("White staff", "58.3%", "57.7%")],
    ),
}


def _inner_html(heads, rows) -> str:
    head = "<tr><th></th>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead>{head}</thead><tbody>{body}</tbody></table>"


def _nested_blocks():
    outer = "".join(
        f"<tr><td>{label}</td><td>{_inner_html(*inner)}</td><td>See our action plan.</td></tr>"
        for label, inner in _INNER.items()
    )
    page = (
        "<table><thead><tr><th>Indicator</th><th>Results</th><th>Comment</th></tr></thead>"
        f"<tbody>{outer}</tbody></table>"
    )
    printed = [["Indicator", "Results", "Comment"]]
    for label, (heads, rows) in _INNER.items():
        lines = ["   ".join(heads), *("   ".join(r) for r in rows)]
        printed.append([label, "\n".join(lines), "See our action plan."])
    return [
        H(TRUST),
        H("Our race equality figures"),
        Html(page, [Grid(printed, header=True, widths=(2, 3, 2))]),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_in_each_results_cell(fmt):
    report, _ = read(_nested_blocks(), fmt)
    exactly(
        report,
        [
            likelihood(4, "White", "2024/25", 1.18),
            likelihood(4, "White", "2023/24", 1.25),
            *_with_years(1, "overall", {"BME": (22.4, 21.0), "White": (74.9, 76.2)}),
            *_with_years(7, None, {"BME": (46.2, 44.8), "White": (58.3, 57.7)}),
        ],
    )
