"""Held-out set AG's FOI half checked as a SET, not the parser on it (its score is
benchmarks/heldout_ag/score.py's business): every rendering opens, every truth
question, answer, label, reference, date and exemption is printed in the rendered
document, and the set has what it promises (eight styles in none of sets D to AF nor
the synthetic styles, two new trusts each, three formats; four ordinary letters: two
exemptions cited in the plural, section 1(1)(a) cited for information not held,
section 36 on the qualified person's opinion, the reference only in running text;
question cards two or three to a row, a response form of content controls, a
fixed-width listing, a letterhead text box holding the reference and date; the DOCX
constructs really written; first-sight numbers for every FOI row).

Kept fast: each letter is rendered in ONE format (docx, pdf, html in turn by index);
the benchmark reads them all. Read in every format, three renderings print their truth
where the extracted text does not hold it in order, and are left so (they are the
forms as printed): trust b's text-box letters in DOCX keep the reference and date in
the first page's header (`test_docx_constructs_are_written` finds them there), and
one listing's PDF is read with a piece of an answer out of its place. The WRES half is
checked by its own test."""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from types import SimpleNamespace

import pytest

from benchmarks.heldout_ag import foi_ag
from benchmarks.heldout_ag import foi_ag_text as tx
from benchmarks.heldout_ag.render_ag import Cards, Footer, Form, Mono, Panel, render
from benchmarks.heldout_p.render import H, P
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
    trust_names,
    words_in,
)

LETTERS = foi_ag.letters()
EARLIER = "ag"  # set AG was written against sets D to AF
DOCS = Renderings(render, LETTERS, ())
FORMATS = ("docx", "pdf", "html")


def _v(letter) -> int:
    return "ab".index(letter.variant)


def _of(style: str) -> list:
    return [letter for letter in LETTERS if letter.style == style]


def _plural(letter) -> str:
    """How an ORD_PLURAL letter prints its two sections together."""
    a, b = tx.PLURAL_SECTIONS[_v(letter)]
    return f"sections {a} and {b}" if _v(letter) == 0 else f"Sections {a} and {b}"


@pytest.mark.parametrize("index", range(len(LETTERS)))
def test_foi_truth_is_printed(index):
    letter = LETTERS[index]
    fmt = FORMATS[index % 3]
    text = DOCS.text("foi", index, fmt)
    truth = dict(letter.truth)
    if letter.style == foi_ag.ORD_PLURAL:  # 'sections 40(2) and 43(2)': no 'section 43(2)'
        assert words_in(_plural(letter), text)
        pair = set(tx.PLURAL_SECTIONS[_v(letter)])
        truth["exemptions"] = [e for e in truth["exemptions"] if e["section"] not in pair]
    check_foi_truth_printed(truth, text, foi_ag.DATE_FORMS)


def _texts(letter) -> list[str]:
    return [b.text for b in letter.blocks if isinstance(b, H | P)]


def _own(letter, questions) -> dict:
    (own,) = [x for x in letter.truth["items"] if x["question"] in questions]
    return own


def _truth_days(letter) -> set[str]:
    form = foi_ag.DATE_FORMS[_v(letter)]
    return {form(letter.truth[k]) for k in ("received_date", "responded_date")}


def test_ordinary_variations():
    for letter in _of(foi_ag.ORD_PLURAL):
        own = _own(letter, tx.PLURAL_QUESTIONS)
        assert _plural(letter) in own["answer"]
        assert set(tx.PLURAL_SECTIONS[_v(letter)]) <= exemption_sections([letter])
    for letter in _of(foi_ag.ORD_NOT_HELD):
        own = _own(letter, tx.NOT_HELD_QUESTIONS)
        assert "section 1(1)(a)" in own["answer"]
        assert not any(s.startswith("1(") for s in exemption_sections([letter]))
    for letter in _of(foi_ag.ORD_QP):
        own = _own(letter, tx.QP_QUESTIONS)
        section = tx.QP_SECTIONS[_v(letter)]
        assert f"section {section}" in own["answer"] and section in exemption_sections([letter])
        (day,) = re.findall(r"on (\d{1,2} \w+ 20\d\d)", own["answer"])
        assert day not in _truth_days(letter)  # the opinion's day is neither truth date
    for letter in _of(foi_ag.ORD_REF_TEXT):
        ref = letter.truth["reference"]
        holding = [t for t in _texts(letter) if ref in t]
        assert len(holding) == 1 and not holding[0].startswith(ref)
        assert len(holding[0].split()) > 6  # a sentence, not a reference line
        check_in_no_answer([ref], [letter])
    for style in foi_ag.ORDINARY:
        for letter in _of(style):
            labels = [x["label"] for x in letter.truth["items"]]
            assert labels == [str(n) for n in range(1, len(labels) + 1)]


def test_cards_and_form():
    spare = set()
    for letter in _of(foi_ag.CARDS):
        v = _v(letter)
        (cards,) = [b for b in letter.blocks if isinstance(b, Cards)]
        assert cards.per_row == (2, 3)[v]
        items = letter.truth["items"]
        assert len(cards.cards) == len(items) >= 3
        for card, item in zip(cards.cards, items, strict=True):
            assert card[0] == (tx.CARD_TITLES[v].format(n=item["label"]), "title")
            assert card[1][0] == item["question"]
            assert " ".join(t for t, _ in card[2:]) == item["answer"]
        spare.add(len(items) % cards.per_row)
    assert spare - {0}  # some rows have an empty cell
    for letter in _of(foi_ag.FORM):
        v = _v(letter)
        (form,) = [b for b in letter.blocks if isinstance(b, Form)]
        assert form.table == (v == 1)
        head = [f.paras[0] for f in form.fields[:3]]
        days = [foi_ag.DATE_FORMS[v](letter.truth[k]) for k in ("received_date", "responded_date")]
        assert head == [letter.truth["reference"], *days]
        assert not any(letter.truth["reference"] in t for t in _texts(letter))
        asked = [f.paras[0] for f in form.fields if re.fullmatch(r"(Request|Question) \d", f.title)]
        assert asked == [x["question"] for x in letter.truth["items"]]
        titles = [f.title for f in form.fields]
        check_in_no_answer([t for t in titles if not t.isdigit()], [letter])


def _columns(line: str, v: int) -> list[str]:
    """A listing line's cells, by the columns' fixed positions."""
    widths = foi_ag.LISTING_WIDTHS[v]
    if v == 1:
        return [c.strip() for c in line.strip("|").split("|")]
    out, pos = [], 0
    for w in widths:
        out.append(line[pos : pos + w].strip())
        pos += w + 2
    return out


def test_listing_and_text_box():
    for letter in _of(foi_ag.LISTING):
        v = _v(letter)
        (mono,) = letter.blocks
        assert isinstance(mono, Mono)
        start = mono.lines.index(tx.LISTING_LEADS[v]) + 2
        table = mono.lines[start : mono.lines.index(foi_ag._closing_paras(v)[0]) - 1]
        assert all(len(line) <= 80 for line in table)
        rows: list[list[list[str]]] = []
        for line in table[2 if v == 0 else 3 :]:
            if not line.strip() or line.startswith("+"):
                continue
            cells = _columns(line, v)
            if cells[0]:
                rows.append([[], [], []])
            for k, cell in enumerate(cells):
                if cell:
                    rows[-1][k].append(cell)
        got = [(r[0][0], " ".join(r[1]), " ".join(r[2])) for r in rows]
        assert got == [(x["label"], x["question"], x["answer"]) for x in letter.truth["items"]]
        assert any(len(r[1]) > 1 and len(r[2]) > 1 for r in rows)  # wrapped side by side
    for letter in _of(foi_ag.TEXT_BOX):
        v = _v(letter)
        (panel,) = [b for b in letter.blocks if isinstance(b, Panel)]
        assert panel.header == (v == 1)
        ref, resp = letter.truth["reference"], letter.truth["responded_date"]
        assert any(ref in line for line in panel.lines)
        assert any(foi_ag.DATE_FORMS[v](resp) in line for line in panel.lines)
        assert not any(ref in t or foi_ag.DATE_FORMS[v](resp) in t for t in _texts(letter))
        assert isinstance(letter.blocks[-1], Footer)
        check_in_no_answer([*panel.lines[:3], tx.FOOTERS[v], *tx.RECIPIENT], [letter])


def _docx_parts(letter) -> dict[str, str]:
    data = render(letter.blocks, "docx")[0]
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")}


def test_docx_constructs_are_written():
    """The content controls and text boxes are really in the DOCX (not drawn text)."""
    form_a, form_b = _of(foi_ag.FORM)[:2]
    body = _docx_parts(form_a)["word/document.xml"]
    fields = len(form_a.truth["items"]) * 2 + 4
    assert len(re.findall(r"<w:sdt[ >]", body)) == fields
    assert len(re.findall(r"<w:alias ", body)) == fields
    body = _docx_parts(form_b)["word/document.xml"]
    assert len(re.findall(r"<w:sdt[ >]", body)) == len(form_b.truth["items"]) * 2 + 4
    box_a, box_b = _of(foi_ag.TEXT_BOX)[:2]
    parts = _docx_parts(box_a)
    assert parts["word/document.xml"].count("<w:txbxContent") == 2  # the shape and its VML
    assert box_a.truth["reference"] in parts["word/document.xml"]
    parts = _docx_parts(box_b)
    assert "<w:txbxContent" not in parts["word/document.xml"]
    assert box_b.truth["reference"] not in parts["word/document.xml"]
    (header,) = [x for n, x in parts.items() if n.startswith("word/header")]
    assert header.count("<w:txbxContent") == 2 and box_b.truth["reference"] in header
    assert any(tx.FOOTERS[1] in x for n, x in parts.items() if n.startswith("word/footer"))


def test_foi_counts_per_style():
    per_style = Counter(letter.style for letter in LETTERS)
    assert len(per_style) == 8
    assert all(n == foi_ag.PER_STYLE == 4 for n in per_style.values()), per_style
    earlier = earlier_sets("foi", EARLIER)
    check_new_styles_and_trusts(foi_ag, earlier, LETTERS, trusts=False)
    mine = trust_names(foi_ag)
    for old in earlier:
        if hasattr(old, "TRUSTS"):  # sets Y and Z are grids of one letter each
            assert not mine & trust_names(old), old.__name__
    assert all(set(f) == set(FORMATS) for f in foi_ag.FORMATS.values())
    want = {"21", "31(1)(a)", "36(2)(b)(ii)", "36(2)(c)", "38(1)(a)", "40(2)", "41(1)", "43(2)"}
    assert want <= exemption_sections(LETTERS)


def _grid_questions(topic) -> set[str]:
    """Every question one of set Y's grid letters prints (set Z prints Y's)."""
    qas = (*topic.qas, topic.multi, topic.nil, topic.not_held, topic.yes_no)
    return {q.question for q in qas} | {topic.exempt.question, topic.bullets[0]}


def test_foi_wordings_are_fresh():
    """Closings and questions are set AG's own (against sets D to X's, AA's to AF's
    text modules and set Y's grid, whose words set Z prints), and no closing, opening,
    lead or panel line is in an answer; no trust of set AG prints a grid letter."""
    from benchmarks.heldout_aa import foi_aa_text
    from benchmarks.heldout_ab import foi_ab_text
    from benchmarks.heldout_ac import foi_ac_text
    from benchmarks.heldout_ad import foi_ad_text
    from benchmarks.heldout_ae import foi_ae_text
    from benchmarks.heldout_af import foi_af_text
    from benchmarks.heldout_y import foi_y_text as ty

    mine = {t for ts in tx.CLOSINGS.values() for t in ts}
    asked = [
        SimpleNamespace(question=q)
        for q in (*tx.PLURAL_QUESTIONS, *tx.NOT_HELD_QUESTIONS, *tx.QP_QUESTIONS)
    ]
    topics = [*tx.TOPICS, *asked]
    earlier = [*earlier_sets("foi_text", "y"), foi_aa_text, foi_ab_text, foi_ac_text]
    earlier += [foi_ad_text, foi_ae_text, foi_af_text]
    check_wordings_fresh(mine, topics, earlier, LETTERS)
    leads = (*tx.OPENINGS, *tx.REF_OPENINGS, *tx.CARD_LEADS, *tx.LISTING_LEADS, *tx.FORM_TITLES)
    check_in_no_answer([o.split("{")[0] for o in (*leads, tx.REF_QUOTE)], LETTERS)
    assert not mine & {t for ts in ty.CLOSINGS.values() for t in ts}
    grid = set().union(*(_grid_questions(t) for t in ty.TOPICS))
    assert not {t.question for t in topics} & grid
    assert not trust_names(foi_ag) & {t.trust for t in ty.TOPICS}


def test_first_sight_covers_every_row():
    """Every row the scorer prints, FOI and WRES, has its first-sight numbers."""
    from benchmarks.heldout_ag import wres_ag
    from benchmarks.heldout_ag.score import SET

    rows = first_sight_rows(foi_ag.STYLES, wres_ag.LAYOUTS, foi_formats=True, wres_formats=True)
    check_first_sight(rows, SET.first_sight)
