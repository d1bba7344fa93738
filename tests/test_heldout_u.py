"""Held-out set U checked as a SET, not the parser on it (its score is
benchmarks/heldout_u/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to T nor the synthetic styles, two trusts each, three formats: a label-cell table
whose label cells are in no item, one year-column table answering every question, a
question as the merged first row of its own table, unnumbered 'label: value' items,
question and answer in one paragraph split by a line break, a 'Decision' grid in no
item, un-bulleted 'what – number' answer lines, a page of <br>-broken Request and
Response paragraphs; five new WRES layouts with at least 400 figures over the
formats, rounded summary and comparator figures kept out of the truth; first-sight
numbers for every row)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.heldout_p.render import B, Grid, H, Html, P, T, render
from benchmarks.heldout_u import foi_u, wres_u
from benchmarks.heldout_u import foi_u_text as tx
from benchmarks.heldout_u import wres_u_figures as wf
from tests.heldout_checks import (
    Renderings,
    check_first_sight,
    check_foi_truth_printed,
    check_in_no_answer,
    check_new_styles_and_trusts,
    check_wordings_fresh,
    check_wres_layouts,
    earlier_sets,
    exemption_sections,
    figure_printed,
    first_sight_rows,
    foi_cases,
    wres_cases,
)

LETTERS = foi_u.letters()
EARLIER = "u"  # set U was written against sets D to T
DOCS = Renderings(render, LETTERS, wres_u.LAYOUTS)
_text = DOCS.text
DATE_FORMS = (tx.excel_date, tx.weekday_ordinal_date, tx.capital_date)


@pytest.mark.parametrize(("index", "fmt"), foi_cases(LETTERS))
def test_foi_truth_is_printed(index, fmt):
    truth = dict(LETTERS[index].truth)  # a table answer's " | " joins cells, not printed
    truth["items"] = [{**x, "answer": x["answer"].replace(" | ", " ")} for x in truth["items"]]
    check_foi_truth_printed(truth, _text("foi", index, fmt), DATE_FORMS)


def _of(style: str) -> list:
    return [letter for letter in LETTERS if letter.style == style]


def _grids(letter) -> list[Grid]:
    return [b for b in letter.blocks if isinstance(b, Grid)]


def _texts(letter) -> list[str]:
    return [b.text for b in letter.blocks if isinstance(b, H | P | B)]


def test_label_cells_and_decision_grid_are_in_no_item():
    for letter in _of(foi_u.LABELROWS):
        grid = _grids(letter)[0]
        labels = [r[0] for r in grid.rows]
        assert labels[0] == "Request 1" and not grid.header
        for x in letter.truth["items"]:
            assert not any(x["question"].startswith(lab) for lab in labels)
            assert not any(x["answer"].startswith(lab) for lab in labels)
    for letter in _of(foi_u.DECISION):  # the grid's dates are the letter's dates
        cells = dict(_grids(letter)[0].rows)
        assert cells["Date received"] == tx.excel_date(letter.truth["received_date"])
        assert cells["Reference"] == letter.truth["reference"]
        cited = [e["section"] for e in letter.truth["exemptions"]]
        assert all(f"section {s}" in cells["Exemptions applied"] for s in cited)
        assert not any("Decision" in x["answer"] for x in letter.truth["items"])


def test_year_grid_and_caption_row_answers_are_table_lines():
    for letter in _of(foi_u.YEARGRID):
        grid = _grids(letter)[0]
        assert grid.header and grid.rows[0][1:] == list(tx.YEARS)
        assert len(grid.rows) - 1 == len(letter.truth["items"])
        for x in letter.truth["items"]:
            years, figures = x["answer"].split("\n")
            assert years == " | ".join(tx.YEARS) and len(figures.split(" | ")) == 3
    for letter in _of(foi_u.CAPTIONROW):
        tables = [b for b in letter.blocks if isinstance(b, T)]
        assert len(tables) == len(letter.truth["items"])
        for table, x in zip(tables, letter.truth["items"], strict=True):
            (caption, width), *_ = table.spans
            assert width == 2 and x["question"] in caption
            assert x["answer"].split("\n")[0] == " | ".join(table.rows[0])


def test_unnumbered_items_and_answer_lines():
    for letter in _of(foi_u.KEYVALUE):
        items = letter.truth["items"]
        assert all(x["label"] is None for x in items)
        check_in_no_answer(tx.ITEMS_INTRO, [letter])
        printed = " ".join(_texts(letter))
        assert all(f"{x['question']}: {x['answer']}" in printed for x in items)
    for letter in _of(foi_u.LINES):
        for x in letter.truth["items"]:  # a line a paragraph, no table
            assert re.search(r"\S (–|-) \d", x["answer"]), x["answer"]
        assert not _grids(letter)


def test_line_breaks_inside_one_paragraph():
    for letter in _of(foi_u.LINEBREAK):
        pages = [b.html for b in letter.blocks if isinstance(b, Html)]
        assert len(pages) == len(letter.truth["items"])
        assert all(p.count("<br>") == 1 and p.startswith("<p><strong>") for p in pages)
    for letter in _of(foi_u.BRLINES):
        (page,) = [b.html for b in letter.blocks if isinstance(b, Html)]
        asked, said = re.findall(r"<p>(.*?)</p>", page)
        n = len(letter.truth["items"])
        assert asked.count("<br>") == said.count("<br>") == n - 1


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_u.PER_STYLE == 4 for n in per_style.values()), per_style
    check_new_styles_and_trusts(foi_u, earlier_sets("foi", EARLIER), LETTERS)
    assert all(set(f) == {"docx", "pdf", "html"} for f in foi_u.FORMATS.values())
    assert {"40(2)", "43(2)"} <= exemption_sections(LETTERS)
    unlabelled = [i for x in LETTERS for i in x.truth["items"] if i["label"] is None]
    assert unlabelled, "no unnumbered questions"


def test_foi_wordings_are_fresh():
    """Closings and questions are set U's own (against sets D to T), and no closing is
    in an answer."""
    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    check_wordings_fresh(mine, tx.TOPICS, earlier_sets("foi_text", EARLIER), LETTERS)


@pytest.mark.parametrize(("index", "fmt"), wres_cases(wres_u.LAYOUTS))
def test_wres_figures_are_printed(index, fmt):
    text = _text("wres", index, fmt)
    for fig in wres_u.LAYOUTS[index].truth:
        assert figure_printed(fig, text), fig


def test_wres_rounded_and_comparator_figures_stay_out():
    rounded = {float(x) for x in wf.ROUNDED}
    summary = _text("wres", 4, "docx")
    assert all(f"{x}%" in summary for x in wf.ROUNDED)
    exact = {x["value"] for x in wres_u.LAYOUTS[4].truth}
    assert not rounded & {v for v in exact if float(v).is_integer()}
    source = _text("wres", 3, "html")
    comparators = {float(v) for v in wf.COMPARATORS.values()}
    assert all(f"comparator {v}%" in source for v in wf.COMPARATORS.values())
    assert not comparators & {x["value"] for x in wres_u.LAYOUTS[3].truth}
    assert "Workforce record at 31 March 2024" in source
    groups = {(x["indicator"], x["staff_group"]) for x in wres_u.LAYOUTS[0].truth}
    assert (1, "overall") in groups and (9, "board_voting") in groups


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_u.LAYOUTS) == 5
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_u.LAYOUTS)
    assert total >= 400, total
    check_wres_layouts(
        wres_u.LAYOUTS,
        earlier_sets("wres", EARLIER),
        key=wres_e.KEY,
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_u.score import FIRST_SIGHT

    rows = first_sight_rows(foi_u.STYLES, wres_u.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT)
