"""A table whose column heads are abbreviations spelt out in a key beside it, and the
indicator 1 headline row worded "<base> <unit>" ("Workforce proportion"), in
documents built here for a fictional trust, in words and figures of our own, printed
to HTML, PDF and DOCX. Every figure must be found with its key and nothing else
published; a key that names no column of its table changes nothing."""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.wres.parse import parse_wres
from parsers.wres.summary_rows import workforce_share
from parsers.wres.table_frames import number_indicators
from parsers.wres.table_keys import apply_keys, expand_heads, key_pairs
from parsers.wres.tables import Tab
from tests.wres_docs import assert_exact, likelihood, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


# ---------------------------------------------------------------------------
# key_pairs: the pairs of a key, whatever its abbreviations and separators


@pytest.mark.parametrize(
    "text, pairs",
    [
        (
            "Abbreviations: Wh = White; GM = global majority; U = unrecorded.",
            {"Wh": "White", "GM": "global majority", "U": "unrecorded"},
        ),
        (
            "A – White, B – Black, Asian and minority ethnic, U – unknown",
            {"A": "White", "B": "Black, Asian and minority ethnic", "U": "unknown"},
        ),
        (
            "Wt: White staff\nPoC: people of colour",
            {"Wt": "White staff", "PoC": "people of colour"},
        ),
        # a key broken over two lines by a PDF: the pair is still one
        (
            "Wt = White; B&ME\n= black and minority\nethnic",
            {"Wt": "White", "B&ME": "black and minority ethnic"},
        ),
    ],
)
def test_key_pairs(text, pairs):
    assert key_pairs(text) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Table 4: Relative likelihoods",  # a numbered title
        "Period: 2022/23",  # no words to spell out
        "We have made progress on most indicators this year, and will keep working on it.",
    ],
)
def test_key_pairs_read_nothing_from_titles_and_prose(text):
    assert key_pairs(text) == {}


def test_expand_heads_spells_out_heads_and_row_labels_only():
    rows = [["Measure", "Wt (%)", "PoC (%)"], ["Board", "80.0", "20.0"], ["Wt", "1.2", "0.9"]]
    out = expand_heads(rows, {"Wt": "White", "PoC": "people of colour"})
    assert out == [
        ["Measure", "White (%)", "people of colour (%)"],
        ["Board", "80.0", "20.0"],
        ["White", "1.2", "0.9"],
    ]
    assert expand_heads(rows, {"Q": "quarter"}) is None  # names no cell: nothing changes


def _doc(*items) -> Extracted:
    return Extracted(items=list(items), format="html")


def test_a_key_applies_only_to_the_tables_next_to_it():
    first = Table(rows=[["Measure", "Wt", "PoC"], ["Workforce (%)", "81.0", "17.5"]])
    second = Table(rows=[["Measure", "Wt", "PoC"], ["Workforce (%)", "80.2", "18.1"]])
    key = TextBlock("Key: Wt = White; PoC = people of colour")
    prose = TextBlock("The next table gives last year's figures for comparison with ours.")
    doc = apply_keys(_doc(first, key, prose, second))
    assert doc.items[0].rows[0] == ["Measure", "White", "people of colour"]
    assert doc.items[3].rows[0] == ["Measure", "Wt", "PoC"]  # prose between: not its key
    above = apply_keys(_doc(TextBlock("Wt: White. PoC: people of colour."), second))
    assert above.items[1].rows[0] == ["Measure", "White", "people of colour"]


def test_a_document_without_a_key_is_returned_as_it_is():
    doc = _doc(TextBlock("Our figures"), Table(rows=[["Measure", "White", "BME"], ["x", "1", "2"]]))
    assert apply_keys(doc) is doc


# ---------------------------------------------------------------------------
# a compact summary under abbreviated heads, the key above it, rendered and read

KEYED_ROWS = [  # label, Wt, PoC, U
    ("Workforce proportion", "80.6", "16.9", "2.5"),
    ("Harassment from patients or the public", "24.8", "29.3", "*"),
    ("Harassment from colleagues", "19.7", "25.4", "*"),
    ("Believe career progression is fair", "58.8", "47.0", "*"),
    ("Discriminated against by a manager", "6.1", "14.2", "*"),
]


def _keyed_doc() -> list:
    grid = [["Measure", "Wt (%)", "PoC (%)", "U (%)"]]
    grid += [[label, *cells] for label, *cells in KEYED_ROWS]
    ratios = [["Measure", "Ratio"], ["Appointment from shortlisting (White vs PoC)", "1.19"]]
    ratios.append(["Entry to formal disciplinary action", "1.42"])
    return [
        H("Kestrel Moor Community NHS Trust"),
        H("Race equality report 2022/23"),
        P("Wt – White, PoC – people of colour, U – ethnicity not stated"),
        T(grid),
        T(ratios),
        P("Percentages of staff, or of survey respondents, in each group."),
    ]


def _keyed_truth() -> list[dict]:
    y = "2022/23"
    share = [
        truth_row(1, "percentage", "overall", None, g, y, v)
        for g, v in (("White", 80.6), ("BME", 16.9), ("Unknown", 2.5))
    ]
    out = [*share]
    for ind, (_label, w, b, _u) in zip((5, 6, 7, 8), KEYED_ROWS[1:], strict=True):
        out += [percentage(ind, "White", y, float(w)), percentage(ind, "BME", y, float(b))]
    return [*out, likelihood(2, "White", y, 1.19), likelihood(3, "BME", y, 1.42)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_abbreviated_heads_read_through_the_key(fmt):
    report, _warnings = read(_keyed_doc(), fmt)
    assert_exact(report, _keyed_truth())


# ---------------------------------------------------------------------------
# the indicator 1 headline row worded base first, then its unit


@pytest.mark.parametrize(
    "label, kind",
    [
        ("1. Workforce proportion", "share"),
        ("Workforce %", "share"),
        ("BME workforce (%)", "share"),
        ("Workforce percentage at 31 March 2024", "share"),
        ("Nursing workforce share", None),  # one staff group's: not the headline
        ("Board workforce proportion", None),
    ],
)
def test_workforce_then_unit(label, kind):
    assert workforce_share(label) == kind


def test_an_abbreviated_indicator_column_numbers_the_rows():
    tab = Tab(
        rows=[["Ind.", "Measure", "White"], ["1", "Workforce", "80"], ["5", "Abuse", "25"]],
        row_pages=[1, 1, 1],
        caption=None,
        label=None,
        heading_indicator=None,
        objective=None,
    )
    assert [r[0] for r in number_indicators(tab).rows] == ["Ind.", "Indicator 1", "Indicator 5"]


def test_a_group_column_is_spelt_out_and_suppressed_cells_stay_suppressed():
    rows = [["Measure", "Group", "Value"], ["Harassment", "Wt", "21.0"], ["", "PoC", "*"]]
    out = expand_heads(rows, {"Wt": "White", "PoC": "people of colour", "*": "under ten"})
    assert out == [
        ["Measure", "Group", "Value"],
        ["Harassment", "White", "21.0"],
        ["", "people of colour", "*"],
    ]


def _group_column_doc() -> list:
    grid = [["Measure", "Group", "Trust (%)"]]
    grid += [["Harassment from colleagues", "Wt", "19.4"], ["", "PoC", "24.6"]]
    grid += [["Voting members of the board", "Wt", "87.5"], ["", "PoC", "12.5"]]
    return [
        H("Kestrel Moor Community NHS Trust"),
        H("Race equality report 2022/23"),
        T(grid),
        P("Wt: White. PoC: people of colour."),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_abbreviated_groups_down_the_side_read_through_the_key(fmt):
    report, _warnings = read(_group_column_doc(), fmt)
    y = "2022/23"
    truth = [percentage(6, "White", y, 19.4), percentage(6, "BME", y, 24.6)]
    truth += [truth_row(9, "percentage", "board_voting", None, "White", y, 87.5)]
    truth += [truth_row(9, "percentage", "board_voting", None, "BME", y, 12.5)]
    assert_exact(report, truth)
