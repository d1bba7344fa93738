"""Held-out set P checked as a SET, not the parser on it (its score is
benchmarks/heldout_p/score.py's business): every rendering opens, every truth
question, answer, label, reference, date, exemption and WRES figure is printed in the
rendered document, and the set has what it promises (eight styles in none of sets D
to O nor the synthetic styles, two trusts each, three formats, bilingual Welsh/English
headings, one banded two-column table with shaded question rows, page furniture
printed as body text inside answers, a definition list of 'Your request' / 'Our
response' pairs, answers that are typed numbered lists, 'Public interest test'
sub-sections kept out of the answers, numbering copied inconsistently from the
requester, every paragraph numbered; five new WRES layouts with at least 100 figures,
comparators and gaps kept out of the truth; first-sight numbers for every row)."""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest

from benchmarks.heldout_p import foi_p, wres_p
from benchmarks.heldout_p import foi_p_text as tx
from benchmarks.heldout_p import wres_p_figures as wf
from benchmarks.heldout_p.foi_p_text import DATE_FORMS, welsh_date
from benchmarks.heldout_p.render import DL, Banded, P, render
from tests.heldout_checks import (
    Renderings,
    assert_figures_printed,
    check_first_sight,
    check_foi_truth_printed,
    check_new_styles_and_trusts,
    check_wordings_fresh,
    check_wres_layouts,
    earlier_sets,
    exemption_sections,
    first_sight_rows,
    foi_cases,
    wres_cases,
)

LETTERS = foi_p.letters()
EARLIER = "p"  # set P was written against sets D to O
DOCS = Renderings(render, LETTERS, wres_p.LAYOUTS)
_rendered, _text = DOCS.rendered, DOCS.text


@pytest.mark.parametrize(("index", "fmt"), foi_cases(LETTERS))
def test_foi_truth_is_printed(index, fmt):
    check_foi_truth_printed(LETTERS[index].truth, _text("foi", index, fmt), DATE_FORMS)


def _paras(letter) -> list[str]:
    return [b.text for b in letter.blocks if isinstance(b, P)]


def test_welsh_banded_and_definition_lists():
    import docx

    for i, letter in enumerate(LETTERS):
        items, paras = letter.truth["items"], _paras(letter)
        if letter.style == foi_p.WELSH:
            asked = [p for p in paras if p.startswith(("Cwestiwn ", "Cais "))]
            answered = [p for p in paras if p in ("Ateb / Answer", "Ymateb | Response")]
            assert len(asked) == len(answered) == len(items)
            assert welsh_date(letter.truth["responded_date"]) in _text("foi", i, "html")
        banded = [b for b in letter.blocks if isinstance(b, Banded)]
        assert bool(banded) == (letter.style == foi_p.BANDED)
        if banded:
            assert len(banded) == 1
            page = _rendered("foi", i, "html").decode("utf-8")
            assert page.count("colspan='2'") == len(items)
            document = docx.Document(io.BytesIO(_rendered("foi", i, "docx")))
            shaded = [t._tbl.xml.count("<w:shd ") for t in document.tables]
            assert [n for n in shaded if n] == [len(items)]
            assert not any("Response" in x["answer"] for x in items)
        lists = [b for b in letter.blocks if isinstance(b, DL)]
        assert bool(lists) == (letter.style == foi_p.DLPAIRS)
        if lists:
            page = _rendered("foi", i, "html").decode("utf-8")
            assert page.count("<dt>") == 2 * len(items) and page.count("<dl>") == 1


def test_furniture_lists_interest_tests_and_numbering():
    inside = 0
    for letter in LETTERS:
        items, paras = letter.truth["items"], _paras(letter)
        furniture = [p for p in paras if re.search(r"Page \d+ of \d+$|page \d+$", p)]
        assert bool(furniture) == (letter.style == foi_p.FURNITURE)
        if furniture:
            for x in items:
                assert "Page " not in x["answer"] and "OFFICIAL" not in x["answer"]
            for t in tx.TOPICS:
                if len(t.answer) > 1 and t.answer[0] in paras:
                    at = paras.index(t.answer[0])
                    inside += paras[at + 1] != t.answer[1]
        if letter.style == foi_p.LISTS:
            form = foi_p.LIST_FORMS["ab".index(letter.variant)]
            assert sum(form.format(n=1, x="") in x["answer"] for x in items) == 2
        if letter.style == foi_p.PIT:
            answers = {x["answer"] for x in items}
            weighed = [t for t in tx.TOPICS if t.favour and " ".join(t.answer) in answers]
            tests = [p for p in paras if p.lower().startswith("public interest test")]
            assert len(weighed) == len(tests) == 2
            assert not any("Factors in favour" in x["answer"] for x in items)
        if letter.style == foi_p.MIXED:
            forms = foi_p.MIXED_FORMS["ab".index(letter.variant)]
            assert len({f.format(n=0)[0] for f in forms[: len(items)]}) >= 2
        if letter.style == foi_p.PARAS:
            numbers = [int(m.group(1)) for p in paras if (m := re.match(r"\(?(\d+)[.)] ", p))]
            assert numbers == list(range(1, len(numbers) + 1))
            assert len(numbers) > 2 * len(items)
    assert inside, "no page furniture inside an answer"


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_p.PER_STYLE == 4 for n in per_style.values()), per_style
    check_new_styles_and_trusts(foi_p, earlier_sets("foi", EARLIER), LETTERS)
    assert all(set(f) == {"docx", "pdf", "html"} for f in foi_p.FORMATS.values())
    assert {"40(2)", "43(2)", "21", "31(1)(a)", "38(1)(b)"} <= exemption_sections(LETTERS)
    unlabelled = [i for x in LETTERS for i in x.truth["items"] if i["label"] is None]
    assert unlabelled, "no unnumbered questions"


def test_foi_wordings_are_fresh():
    """Closings and questions are set P's own (against sets D to O), and no closing is
    in an answer."""
    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    check_wordings_fresh(mine, tx.TOPICS, earlier_sets("foi_text", EARLIER), LETTERS)


@pytest.mark.parametrize(("index", "fmt"), wres_cases(wres_p.LAYOUTS))
def test_wres_figures_are_printed(index, fmt):
    assert_figures_printed(wres_p.LAYOUTS[index].truth, _text("wres", index, fmt))


def test_wres_comparators_and_gaps_stay_out():
    for i, values in wf.NOT_KEYED.items():
        truth = {x["value"] for x in wres_p.LAYOUTS[i].truth}
        text = _text("wres", i, "docx")
        for v in values:
            assert v in text, (i, v)
            assert float(v) not in truth, (i, v)
    assert "FY24" in _text("wres", 0, "pdf") and "2023/24" not in _text("wres", 0, "pdf")
    assert "Q13a" in _text("wres", 1, "html") and "Autumn 2023" in _text("wres", 1, "html")
    assert "Snapshot 31 March 2024" in _text("wres", 2, "pdf")
    assert "BME 2023/24" in _text("wres", 3, "docx")
    assert "(iv)" in _text("wres", 4, "html") and "n/a" in _text("wres", 4, "html")


def test_wres_layouts():
    from benchmarks.heldout_e import wres_e

    assert len(wres_p.LAYOUTS) == 5
    assert sum(len(layout.truth) for layout in wres_p.LAYOUTS) >= 100
    check_wres_layouts(
        wres_p.LAYOUTS,
        earlier_sets("wres", EARLIER),
        key=wres_e.KEY,
        groups={"BME", "White"},
        formats=("html", "pdf", "docx"),
    )


def test_first_sight_covers_every_row():
    """Every row the scorer prints has its first-sight numbers (no row left blank)."""
    from benchmarks.heldout_p.score import FIRST_SIGHT, FIRST_SIGHT_AFTER_O

    rows = first_sight_rows(foi_p.STYLES, wres_p.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, FIRST_SIGHT)
    check_first_sight(rows, FIRST_SIGHT_AFTER_O)
