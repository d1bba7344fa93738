"""Held-out set AJ's FOI half checked as a SET, not the parser on it (its score is
benchmarks/heldout_aj/score.py's business): every rendering opens, every truth
question, answer, label, reference, date and exemption is printed in the rendered
document, and the set has what it promises (eight styles in none of sets D to AI nor
the synthetic styles, two new trusts each, three formats; four ordinary letters: a head
with received / due / sent lines, a request-relay address, the requester's numbering
with a number missed out, a requester's note on the section 12 cost limit; answers
typed in as tracked changes, boxes drawn with paragraph borders, a spreadsheet printout
with row numbers and column letters, a table with a theme merged down; first-sight
numbers for every FOI row).

Kept fast: each letter is rendered in ONE format (docx, pdf, html in turn by index);
the benchmark reads them all. The WRES half is checked by its own test."""

from __future__ import annotations

import io
import re
from collections import Counter
from types import SimpleNamespace

import pytest

from benchmarks.heldout_aj import foi_aj, wres_aj
from benchmarks.heldout_aj import foi_aj_text as tx
from benchmarks.heldout_aj.render_aj import Framed, Grouped, Tracked, render
from benchmarks.heldout_d.render import plain
from benchmarks.heldout_p.render import H, P, T
from tests.heldout_checks import (
    Renderings,
    check_first_sight,
    check_foi_truth_printed,
    check_in_no_answer,
    check_new_styles_and_trusts,
    check_wordings_fresh,
    earlier_sets,
    exemption_sections,
    first_sight_rows,
    norm,
    trust_names,
)

LETTERS = foi_aj.letters()
EARLIER = "ai"  # set AJ was written against sets D to AI (its WRES half beside it)
DOCS = Renderings(render, LETTERS, ())
FORMATS = ("docx", "pdf", "html")


def _v(letter) -> int:
    return "ab".index(letter.variant)


def _of(style: str) -> list:
    return [letter for letter in LETTERS if letter.style == style]


def _texts(letter) -> list[str]:
    """Every piece of text the letter prints, in order, as a reader sees it."""
    out: list[str] = []
    for b in letter.blocks:
        if isinstance(b, H | P):
            out.append(plain(b.text))
        elif isinstance(b, Tracked):
            out += [text for para in b.paras for text, _ in para]
        elif isinstance(b, Framed):
            out += [b.title, *b.paras]
        elif isinstance(b, Grouped):
            out += [*b.head, *(x for name, rows in b.groups for x in (name, *sum(rows, ())))]
        elif isinstance(b, T):
            out += [s for s, _ in b.spans] + [c for row in b.rows for c in row]
    return [x for t in out for x in t.split("\n")]


def _docx_xml_text(data: bytes) -> str:
    """Every w:t of the document body in order: what Word shows with the changes
    accepted (the insertions included), read without the project's extractor."""
    import docx

    body = docx.Document(io.BytesIO(data)).element.body
    return norm(" ".join(t.text or "" for t in body.iter() if t.tag.endswith("}t")))


@pytest.mark.parametrize("index", range(len(LETTERS)))
def test_foi_truth_is_printed(index):
    letter = LETTERS[index]
    fmt = FORMATS[index % 3]
    text = DOCS.text("foi", index, fmt)
    if fmt == "docx" and letter.style == foi_aj.TRACKED:
        # decided before any score: the inserted runs sit inside w:ins, so the set is
        # checked on the document's own XML, not on whatever an extractor makes of it
        text = _docx_xml_text(DOCS.rendered("foi", index, fmt))
    check_foi_truth_printed(letter.truth, text, foi_aj.DATE_FORMS)


def test_truth_spelled_as_printed():
    """Every truth question and answer is a run of the letter's printed words, so no
    truth was typed apart from the letter."""
    for letter in LETTERS:
        printed = norm(" ".join(_texts(letter)))
        for x in letter.truth["items"]:
            assert norm(x["question"]) in printed, x["question"]
            for para in re.split(r"(?<=[.:])\s+(?=[A-Z])", x["answer"]):
                assert norm(para) in printed, para


def test_ordinary_variations():
    for letter in _of(foi_aj.ORD_DUE):
        v, texts = _v(letter), _texts(letter)
        form = foi_aj.DATE_FORMS[v]
        due = foi_aj.due_day(letter.truth["received_date"])
        assert f"{tx.DUE_LABELS[v][2]} {form(due)}" in texts
        assert letter.truth["received_date"] < letter.truth["responded_date"] < due
    for letter in _of(foi_aj.ORD_RELAY):
        (line,) = [t for t in _texts(letter) if "askthetrusts.example" in t]
        number = re.search(r"request-(\d+)-", line).group(1)
        assert number not in letter.truth["reference"]
        check_in_no_answer(["askthetrusts", number], [letter])
    for letter in _of(foi_aj.ORD_GAP):
        numbers = [int(re.sub(r"\D", "", x["label"])) for x in letter.truth["items"]]
        assert numbers[0] == 1 and numbers == sorted(numbers)
        assert len(set(range(1, numbers[-1] + 1)) - set(numbers)) == 1
    for letter in _of(foi_aj.ORD_COST_NOTE):
        question = tx.COST_NOTE_ROWS[_v(letter)][0]
        assert question in [x["question"] for x in letter.truth["items"]]
        assert "section 12" in question
        assert not exemption_sections([letter]) & {"12", "12(1)"}
    for style in foi_aj.ORDINARY:
        for letter in _of(style):
            want = "" if _v(letter) == 0 else "Q"
            assert all(x["label"].startswith(want) for x in letter.truth["items"])


def test_harder_layouts():
    for letter in _of(foi_aj.TRACKED):
        (block,) = [b for b in letter.blocks if isinstance(b, Tracked)]
        inserted = " ".join(t.lstrip("\n") for para in block.paras for t, i in para if i)
        kept = " ".join(t for para in block.paras for t, i in para if not i)
        for x in letter.truth["items"]:
            assert x["answer"] in inserted and x["question"] in kept
            assert x["answer"] not in kept
    for letter in _of(foi_aj.FRAMED):
        boxes = [b for b in letter.blocks if isinstance(b, Framed)]
        assert [b.paras[0] for b in boxes] == [x["question"] for x in letter.truth["items"]]
        assert [re.sub(r"\D", "", b.title) for b in boxes] == [
            x["label"] for x in letter.truth["items"]
        ]
        check_in_no_answer([tx.FRAME_ANSWER_LINE], [letter])
    for letter in _of(foi_aj.SHEET):
        (sheet,) = [b for b in letter.blocks if isinstance(b, T)]
        rows = sheet.rows[2:]
        assert [r[1] for r in rows] == [x["label"] for x in letter.truth["items"]]
        # the sheet's row numbers never equal the question numbers beside them
        assert all(r[0] != re.sub(r"\D", "", r[1]) for r in rows)
        assert [s for s, _ in sheet.spans][1:3] == ["A", "B"]
    for letter in _of(foi_aj.THEMED):
        (table,) = [b for b in letter.blocks if isinstance(b, Grouped)]
        cells = [c for _, rows in table.groups for c in rows]
        assert [c[0] for c in cells] == [x["label"] for x in letter.truth["items"]]
        assert any(len(rows) > 1 for _, rows in table.groups)
        check_in_no_answer([name + " " for name, _ in table.groups], [letter])


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_aj.PER_STYLE == 4 for n in per_style.values()), per_style
    earlier = earlier_sets("foi", EARLIER)
    from benchmarks.heldout_ai import foi_ai

    check_new_styles_and_trusts(foi_aj, [*earlier, foi_ai], LETTERS, trusts=False)
    mine = trust_names(foi_aj)
    for old in [*earlier, foi_ai]:
        if hasattr(old, "TRUSTS"):  # sets Y and Z are grids of one letter each
            assert not mine & trust_names(old), old.__name__
    assert all(set(f) == set(FORMATS) for f in foi_aj.FORMATS.values())
    want = {"21", "31(1)(a)", "38(1)(b)", "40(2)", "41(1)", "43(2)"}
    assert want <= exemption_sections(LETTERS)


def _own_questions() -> list[SimpleNamespace]:
    """The questions besides the topics': the ones ending with a cost-limit note."""
    return [SimpleNamespace(question=q) for q, _ in tx.COST_NOTE_ROWS]


def test_foi_wordings_are_fresh():
    """Closings and questions are set AJ's own (against sets D to X's, AA's to AI's
    text modules and set Y's grid), and no closing, opening or intro is in an answer;
    no trust of set AJ prints a grid letter."""
    from benchmarks.heldout_aa import foi_aa_text
    from benchmarks.heldout_ab import foi_ab_text
    from benchmarks.heldout_ac import foi_ac_text
    from benchmarks.heldout_ad import foi_ad_text
    from benchmarks.heldout_ae import foi_ae_text
    from benchmarks.heldout_af import foi_af_text
    from benchmarks.heldout_ag import foi_ag_text
    from benchmarks.heldout_ah import foi_ah_text
    from benchmarks.heldout_ai import foi_ai_text
    from benchmarks.heldout_y import foi_y_text as ty

    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    topics = [*tx.TOPICS, *_own_questions()]
    later = [foi_aa_text, foi_ab_text, foi_ac_text, foi_ad_text, foi_ae_text, foi_af_text]
    earlier = [*earlier_sets("foi_text", "y"), *later, foi_ag_text, foi_ah_text, foi_ai_text]
    check_wordings_fresh(mine, topics, earlier, LETTERS)
    leads = (
        *tx.OPENINGS,
        *tx.DUE_OPENINGS,
        *tx.RELAY_OPENINGS,
        *tx.GAP_OPENINGS,
        *tx.TRACKED_OPENINGS,
    )
    check_in_no_answer([o.split("{")[0] for o in leads], LETTERS)
    assert not mine & {t for ts in ty.CLOSINGS.values() for t in ts}
    assert not trust_names(foi_aj) & {t.trust for t in ty.TOPICS}


def test_first_sight_covers_every_row():
    """Every row the scorer prints, FOI and WRES, has its first-sight numbers."""
    from benchmarks.heldout_aj.score import SET

    rows = first_sight_rows(foi_aj.STYLES, wres_aj.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, SET.first_sight)
