"""Held-out set T checked as a SET, not the parser on it (its score is
benchmarks/heldout_t/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to S nor the synthetic styles, two trusts each, three formats, answers as tables of
counts with a Total row and a note, questions run together '1) … 2) …' in one quoted
paragraph answered 'In response to point N', a page of <h4> questions beside a sidebar
of related requests in no item, a 'Question | Status | Response' table whose status is
in no answer, 'Query N of M' headers, a follow-up letter whose earlier answers are in
no answer, answers printed before their questions, 'Source:' lines in no answer; five
new WRES layouts with at least 400 figures over the formats, targets, national figures
and changes kept out of the truth; first-sight numbers for every row)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.heldout_p.render import Grid, H, Html, P, render
from benchmarks.heldout_t import foi_t, wres_t
from benchmarks.heldout_t import foi_t_text as tx
from benchmarks.heldout_t import wres_t_figures as wf
from benchmarks.heldout_t.foi_t_text import DATE_FORMS
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

LETTERS = foi_t.letters()
EARLIER = "t"  # set T was written against sets D to S
DOCS = Renderings(render, LETTERS, wres_t.LAYOUTS)
_rendered, _text = DOCS.rendered, DOCS.text


@pytest.mark.parametrize(("index", "fmt"), foi_cases(LETTERS))
def test_foi_truth_is_printed(index, fmt):
    truth = dict(LETTERS[index].truth)  # a table answer's " | " joins cells, not printed
    truth["items"] = [{**x, "answer": x["answer"].replace(" | ", " ")} for x in truth["items"]]
    check_foi_truth_printed(truth, _text("foi", index, fmt), DATE_FORMS)


def _texts(letter) -> list[str]:
    return [b.text for b in letter.blocks if isinstance(b, H | P)]


def _html(letter) -> str:
    return "".join(b.html for b in letter.blocks if isinstance(b, Html))


def _grids(letter) -> list[Grid]:
    return [b for b in letter.blocks if isinstance(b, Grid) and b.header]


def test_count_tables_and_run_together_points():
    for letter in LETTERS:
        items, texts = letter.truth["items"], _texts(letter)
        totals = [g for g in _grids(letter) if g.rows[-1][0] == "Total"]
        assert bool(totals) == (letter.style == foi_t.TOTALS)
        if totals:  # each answer its table's rows, the Total row among them, then the note
            assert len(totals) == len(items)
            for grid, item in zip(totals, items, strict=True):
                table = "\n".join(" | ".join(r) for r in grid.rows)
                assert item["answer"].startswith(table + " Note: ")
        leads = [t for t in texts if re.match(r"In response to point \d+[:,] ", t)]
        assert bool(leads) == (letter.style == foi_t.POINTS)
        if leads:  # the questions run together in one paragraph; no lead in an answer
            run = next(t for t in texts if "1) " in t and "2) " in t)
            assert all(x["question"] in run for x in items)
            assert not any("In response to point" in x["answer"] for x in items)
            check_in_no_answer(tx.POINTS_PREAMBLE, [letter])


def test_sidebar_status_and_sources_in_no_answer():
    for letter in LETTERS:
        items = letter.truth["items"]
        page = _html(letter)
        assert ("<aside" in page) == (letter.style == foi_t.SIDEBAR)
        if "<aside" in page:
            assert page.count("<h4>") == len(items) and page.count("<br>") == len(items)
            check_in_no_answer(tx.RELATED, [letter])
            assert not any(r in x["question"] for r in tx.RELATED for x in items)
        status = [g for g in _grids(letter) if len(g.rows[0]) == 3]
        assert bool(status) == (letter.style == foi_t.STATUS)
        if status:
            assert [r[2] for r in status[0].rows[1:]] == [x["answer"] for x in items]
            assert not any(t.status in x["answer"] for t in tx.TOPICS for x in items)
        sources = [t for t in _texts(letter) if t.startswith("Source: ")]
        assert bool(sources) == (letter.style == foi_t.SOURCED)
        if sources:
            assert len(sources) == len(items)
            assert not any("Source:" in x["answer"] for x in items)


def test_query_headers_follow_ups_and_answers_first():
    for letter in LETTERS:
        items, texts = letter.truth["items"], _texts(letter)
        heads = [t for t in texts if re.fullmatch(r"Query \d+ of \d+", t)]
        assert bool(heads) == (letter.style == foi_t.QUERYOF)
        if heads:
            assert [re.search(r"\d+", h).group() for h in heads] == [x["label"] for x in items]
            assert not any("Trust response" in x["answer"] for x in items)
        earlier = [t for t in texts if t.startswith("Our earlier response: ")]
        assert bool(earlier) == (letter.style == foi_t.FURTHER)
        if earlier:  # what the trust said first is in no answer
            assert len(earlier) == len(items)
            check_in_no_answer({t.earlier for t in tx.TOPICS}, [letter])
            assert any(t.startswith("Further to our response of ") for t in texts)
        answers = [t for t in texts if re.fullmatch(r"Answer \d+", t)]
        assert bool(answers) == (letter.style == foi_t.ANSWERFIRST)
        if answers:  # the answer is printed before the question it answers
            for x in items:
                said = next(t for t in texts if x["question"] in t)
                first = next(t for t in texts if x["answer"].startswith(t))
                assert texts.index(first) < texts.index(said)


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_t.PER_STYLE == 4 for n in per_style.values()), per_style
    check_new_styles_and_trusts(foi_t, earlier_sets("foi", EARLIER), LETTERS)
    assert all(set(f) == {"docx", "pdf", "html"} for f in foi_t.FORMATS.values())
    assert {"21", "31(1)(a)", "40(2)", "43(2)"} <= exemption_sections(LETTERS)
    unlabelled = [i for x in LETTERS for i in x.truth["items"] if i["label"] is None]
    assert unlabelled, "no unnumbered questions"


def test_foi_wordings_are_fresh():
    """Closings and questions are set T's own (against sets D to S), and no closing,
    sidebar entry, source line or earlier answer is in an answer."""
    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    check_wordings_fresh(mine, tx.TOPICS, earlier_sets("foi_text", EARLIER), LETTERS)
    check_in_no_answer({*tx.RELATED, *tx.FOLLOWUP_INTRO, *tx.POINTS_INTRO}, LETTERS)


@pytest.mark.parametrize(("index", "fmt"), wres_cases(wres_t.LAYOUTS))
def test_wres_figures_are_printed(index, fmt):
    text = _text("wres", index, fmt)
    for fig in wres_t.LAYOUTS[index].truth:
        assert figure_printed(fig, text), fig


def test_wres_targets_national_figures_and_changes_stay_out():
    for i, values in wf.NOT_KEYED.items():
        truth = {x["value"] for x in wres_t.LAYOUTS[i].truth}
        text = _text("wres", i, "docx")
        for v in values:
            assert v in text, (i, v)
            assert abs(float(v)) not in truth, (i, v)
    assert "vs 2022/23: BME" in _text("wres", 1, "pdf")
    assert "revised" in _text("wres", 2, "html")
    assert "Indicator 5: BME 31.4%, White 26.2% (2023/24)" in _text("wres", 3, "docx")
    assert "one in five" in _text("wres", 4, "html")
    groups = {(x["indicator"], x["staff_group"]) for x in wres_t.LAYOUTS[0].truth}
    assert (1, "overall") in groups and (9, "board_voting") in groups


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_t.LAYOUTS) == 5
    total = sum(len(layout.truth) * len(layout.formats) for layout in wres_t.LAYOUTS)
    assert total >= 400, total
    check_wres_layouts(
        wres_t.LAYOUTS,
        earlier_sets("wres", EARLIER),
        key=wres_e.KEY,
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_t.score import FIRST_SIGHT

    rows = first_sight_rows(foi_t.STYLES, wres_t.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT)
