"""Indicators named only by short titles of a report's own, their WRES numbers in a key
printed under the tables, a comparator's column beside the trust's, and indicator 1's
headline row worded "<unit> of <who> in the workforce": documents built here for a
fictional trust, in words and figures of our own, printed to HTML, PDF and DOCX. Every
figure must be found with the key's indicator, nothing else published; a title the key
does not settle, or two columns of one key neither of which is the bare one, is
skipped, never guessed."""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.wres.indicator_key import AMBIGUOUS, apply_indicator_keys, key_titles
from parsers.wres.parse import parse_wres
from parsers.wres.skipped import UNSETTLED
from parsers.wres.summary_columns import comparator_columns
from parsers.wres.summary_rows import workforce_share
from tests.wres_docs import assert_exact, likelihood, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


# ---------------------------------------------------------------------------
# key_titles: the title/number pairs of a key, in either order


@pytest.mark.parametrize(
    "text, titles",
    [
        (
            "Our measures: Headcount = indicator 1, Top team = indicator 9, Courses = indicator 4.",
            {"headcount": 1, "top team": 9, "courses": 4},
        ),
        (
            "Key – 1 = Headcount; 5 = Abuse by patients; 9 = Top team",
            {"headcount": 1, "abuse by patients": 5, "top team": 9},
        ),
        (
            "Indicator 2 – Appointments. Indicator 3 – Formal cases. Indicator 8 – Unfair treatment.",
            {"appointments": 2, "formal cases": 3, "unfair treatment": 8},
        ),
        (
            "Headcount (1), Formal cases (indicator 3), Promotion\nfairness (WRES 7)",
            {"headcount": 1, "formal cases": 3, "promotion fairness": 7},
        ),
        # a title given two numbers is not settled
        (
            "Headcount = 1; Top team = 9; Courses = 4; Top team = 2",
            {"headcount": 1, "top team": AMBIGUOUS, "courses": 4},
        ),
    ],
)
def test_key_titles(text, titles):
    assert key_titles(text) == titles


@pytest.mark.parametrize(
    "text",
    [
        "Table 3: Relative likelihoods",
        "Wt = White; PoC = people of colour; U = unknown",  # a key of column heads
        "Headcount = 1 and Courses = 4 only.",  # two pairs at most: an aside
        "In 2023, 14 of our 120 managers, and 3 of 9 directors, were from ethnic minorities.",
        "Ind. 1: Share of staff from each ethnic group among all colleagues in post; "
        "Ind. 2: Relative likelihood of appointment from shortlisting of White applicants; "
        "Ind. 3: Relative likelihood of entering a formal disciplinary process",
    ],
)
def test_key_titles_read_nothing_else(text):
    assert key_titles(text) == {}


def _doc(*items) -> Extracted:
    return Extracted(items=list(items), format="html")


KEY = TextBlock("Key: Headcount = indicator 1, Top team = indicator 9, Courses = indicator 4.")


def _table(*labels: str) -> Table:
    return Table(rows=[["Area", "2022/23"], *([lb, "10.0%"] for lb in labels)])


def test_a_key_numbers_only_the_rows_of_tables_in_its_section():
    ours = _table("Headcount", "Top team", "Other")
    lone = _table("Headcount", "Sickness")  # one title: not labelled by the key
    elsewhere = _table("Headcount", "Top team")
    doc = _doc(TextBlock("Part A", style="heading"), ours, lone, KEY)
    doc.items += [TextBlock("Part B", style="heading"), elsewhere]
    out = apply_indicator_keys(doc, [])
    assert [r[0] for r in out.items[1].rows] == ["Area", "Indicator 1", "Indicator 9", "Other"]
    assert out.items[2] is lone and out.items[5] is elsewhere


def test_a_row_whose_title_the_key_does_not_settle_is_skipped():
    unsettled: list = []
    key = TextBlock("Key: Headcount = 1; Top team = 9; Courses = 4; Top team = 2")
    out = apply_indicator_keys(_doc(_table("Headcount", "Top team"), key), unsettled)
    assert [r[0] for r in out.items[0].rows] == ["Area", "Indicator 1"]
    assert [s.value for s in unsettled] == [10.0]


def test_a_document_without_a_key_is_returned_as_it_is():
    doc = _doc(_table("Headcount", "Top team"), TextBlock("Figures at 31 March."))
    assert apply_indicator_keys(doc, []) is doc


# ---------------------------------------------------------------------------
# comparator_columns: the trust's column is the bare one of a key's columns


def test_the_longer_heading_of_one_key_is_a_comparator():
    keys = {1: ("2022/23", "BME"), 2: ("2022/23", "White"), 3: ("2022/23", "BME")}
    heads = {1: "BME 2022/23", 2: "White 2022/23", 3: "Wessex BME 2022/23"}
    assert comparator_columns(keys, heads) == ({3}, set())
    heads[1] = "Trust BME 2022/23"  # neither heading is the bare one: neither settled
    assert comparator_columns(keys, heads) == (set(), {1, 3})


# ---------------------------------------------------------------------------
# a compact report: short titles, the key under the tables, a comparator's column

SHARES = {  # title: (indicator, BME now, White now, BME before, White before, comparator)
    "Headcount": (1, "14.6", "82.1", "13.9", "83.0", "19.5"),
    "Abuse by patients": (5, "29.4", "24.2", "30.8", "25.1", "28.0"),
    "Promotion fairness": (7, "46.1", "57.3", "44.8", "56.9", "47.7"),
    "Top team": (9, "13.3", "86.7", "6.7", "93.3", "15.8"),
}
RATIOS = {"Appointments": (2, "1.34", "1.52"), "Formal cases": (3, "1.21", "0.98")}
NOW, BEFORE = "2022/23", "2021/22"


def _short_titles_doc(comparator: str) -> list:
    grid = [["Area", f"BME {NOW}", f"White {NOW}", f"BME {BEFORE}", f"White {BEFORE}"]]
    grid[0].append(comparator)
    grid += [[title, *(f"{x}%" for x in cells)] for title, (_i, *cells) in SHARES.items()]
    ratios = [["Area", NOW, BEFORE], *([t, now, then] for t, (_i, now, then) in RATIOS.items())]
    pairs = [
        *((i, t) for t, (i, *_c) in SHARES.items()),
        *((i, t) for t, (i, *_c) in RATIOS.items()),
    ]
    return [
        H("Tarnside Valley NHS Trust"),
        H("How we compare on race equality"),
        T(grid),
        P("Ratios", "bold"),
        T(ratios),
        P("Key: " + "; ".join(f"{i} = {t}" for i, t in sorted(pairs)) + "."),
    ]


def _short_titles_truth() -> list[dict]:
    out = []
    for ind, b_now, w_now, b_then, w_then, _comparator in SHARES.values():
        sg = {1: "overall", 9: "board_voting"}.get(ind)
        for g, period, v in (
            ("BME", NOW, b_now),
            ("White", NOW, w_now),
            ("BME", BEFORE, b_then),
            ("White", BEFORE, w_then),
        ):
            if sg:
                out.append(truth_row(ind, "percentage", sg, None, g, period, float(v)))
            else:
                out.append(percentage(ind, g, period, float(v)))
    for ind, now, then in RATIOS.values():
        group = "BME" if ind == 3 else "White"
        out += [
            likelihood(ind, group, NOW, float(now)),
            likelihood(ind, group, BEFORE, float(then)),
        ]
    return out


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("comparator", [f"Wessex BME {NOW}", f"Peer trusts BME {NOW}"])
def test_short_titles_read_through_the_key_below(fmt, comparator):
    report, _warnings = read(_short_titles_doc(comparator), fmt)
    assert_exact(report, _short_titles_truth())


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_columns_of_one_key_neither_bare_are_skipped(fmt):
    blocks = _short_titles_doc(f"Wessex BME {NOW}")
    blocks[2].rows[0][1] = f"Tarnside BME {NOW}"
    report, warnings = read(blocks, fmt)
    shares = ("percentage", "BME", NOW)  # the key both columns give: neither read
    truth = [
        t for t in _short_titles_truth() if (t["measure"], t["ethnic_group"], t["period"]) != shares
    ]
    assert_exact(report, truth)
    assert any(w.startswith(UNSETTLED) for w in warnings)


# ---------------------------------------------------------------------------
# indicator 1's headline worded "<unit> of <who> in the workforce"


@pytest.mark.parametrize(
    "label, kind",
    [
        ("1. Share of colleagues of each ethnicity in the workforce", "share"),
        ("Percentage of people from each background across the whole workforce", "share"),
        ("1. Proportion of nurses in the workforce", None),  # one staff group's
        ("Share of applicants from each group in the workforce", None),
        ("Percentage of Band 8a staff in the workforce", None),
    ],
)
def test_unit_of_who_in_the_workforce(label, kind):
    assert workforce_share(label) == kind


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_headline_row_worded_unit_who_workforce(fmt):
    grid = [["Indicator", "Group", "2022/23", "2021/22"]]
    grid += [["1. Share of colleagues of each ethnicity in the workforce", "BME", "18.2%", "17.0%"]]
    grid += [["", "White", "78.4%", "79.9%"]]
    grid += [
        ["6. Bullying by colleagues", "BME", "26.5%", "27.1%"],
        ["", "White", "21.0%", "22.4%"],
    ]
    report, _warnings = read([H("Tarnside Valley NHS Trust"), H("Our WRES data"), T(grid)], fmt)
    truth = [
        truth_row(1, "percentage", "overall", None, "BME", "2022/23", 18.2),
        truth_row(1, "percentage", "overall", None, "BME", "2021/22", 17.0),
        truth_row(1, "percentage", "overall", None, "White", "2022/23", 78.4),
        truth_row(1, "percentage", "overall", None, "White", "2021/22", 79.9),
        percentage(6, "BME", "2022/23", 26.5),
        percentage(6, "BME", "2021/22", 27.1),
        percentage(6, "White", "2022/23", 21.0),
        percentage(6, "White", "2021/22", 22.4),
    ]
    assert_exact(report, truth)
