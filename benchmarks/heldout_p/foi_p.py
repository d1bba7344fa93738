"""Held-out set P, FOI half: letters in eight house styles that neither sets D to O
(benchmarks/heldout_d .. heldout_o) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Besides the style, the letters carry date forms the earlier sets did not
("5 March, 2024", "05/Mar/2024", "5-March-2024", "Tuesday the 5th of March 2024", and a
Welsh "5 Mawrth 2024" before the English date in bilingual letters) and reference forms
of their own ("IRU/2024/0173", "FOI_24-25_0173", "0173-FOI-24", "DS00173").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to O apply them): `label` is the question's number as printed without its
punctuation ("2)" -> "2", "(3)" -> "3", "Question 6:" -> "6", "Q4" as printed, the
bilingual "Cwestiwn 1 / Question 1" -> "1"), None when unnumbered; in a letter whose
every paragraph is numbered, a question's label is the number of its paragraph and the
answer's paragraph numbers are left out; `question`/`answer` are the text without
labels, headings and markers ("Ateb / Answer", "Your request", "Our response", the
"Response" cell beside an answer); an answer's paragraphs are joined by spaces, the
lines of a numbered list typed in it with their numbers ("1. Rostering: ..."); the
running header and "Page n of m" lines a converted letter prints between and inside
answers are in no answer; a "Public interest test" sub-section after an answer (factors
for and against, conclusion) explains the exemption and is not part of the answer; the
exemptions are the FOIA sections the answers apply; closings and signatures are in no
item.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p import foi_p_text as tx
from benchmarks.heldout_p.foi_p_text import (
    comma_year_date,
    hyphen_month_date,
    slash_month_date,
    the_ordinal_date,
    welsh_date,
)
from benchmarks.heldout_p.render import DL, Banded, Block, Grid, H, P

PER_STYLE = 4

WELSH = (
    "bilingual Welsh/English headings ('Cwestiwn 1 / Question 1', 'Ateb / Answer') around "
    "English questions and answers"
)
BANDED = (
    "one two-column table: each question in a grey shaded row merged across both columns, "
    "the answer in the row below beside a 'Response' cell"
)
FURNITURE = (
    "a letter converted from PDF: its running header line and 'Page n of m' printed as body "
    "text between and inside answers"
)
DLPAIRS = (
    "'Your request' / 'Our response' as the terms of a definition list, the question and the "
    "answer as their descriptions"
)
LISTS = "answers that are typed numbered lists ('1. …', '2) …') under an introductory sentence"
PIT = (
    "a 'Public interest test' sub-section (factors for and against, conclusion) after each "
    "answer withheld under a qualified exemption"
)
MIXED = (
    "numbering copied from the requester's e-mail, different from question to question "
    "('1.', '2)', '(3)', 'Q4', 'Question 6:')"
)
PARAS = (
    "every paragraph of the letter numbered in sequence, each question quoted in italics in "
    "its own numbered paragraph, the answer in the next"
)

# Two fictional trusts per style: (name, address, reference format).
TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    WELSH: [
        (
            "Ymddiriedolaeth GIG Dyffryn Teifi / Teifi Valley NHS Trust",
            "Heol y Bont, Llandysul SA44 4BT",
            "IRU/20{y}/{n:04d}",
        ),
        (
            "Bro Preseli Ambulance Service NHS Trust",
            "Ffordd yr Orsaf, Crymych SA41 3RA",
            "DS{n:05d}",
        ),
    ],
    BANDED: [
        ("Stainmore Gap NHS Trust", "Gap Road, Stainmore SG3 7GR", "FOI_{y}-{y1}_{n:04d}"),
        ("Kirkby Thore Community NHS Trust", "Thore Lane, Kirkby KT2 8TL", "{n:04d}-FOI-{y}"),
    ],
    FURNITURE: [
        (
            "Appleby Fairhill NHS Foundation Trust",
            "Fairhill House, Appleby AF5 1FH",
            "IRU/20{y}/{n:04d}",
        ),
        ("Brough Sowerby Hospitals NHS Trust", "Sowerby Row, Brough BS4 2SR", "DS{n:05d}"),
    ],
    DLPAIRS: [
        ("Orton Scar NHS Trust", "Scar Lane, Orton OS6 3SL", "{n:04d}-FOI-{y}"),
        (
            "Tebay Gorge Mental Health NHS Trust",
            "Gorge Road, Tebay TG1 9GR",
            "FOI_{y}-{y1}_{n:04d}",
        ),
    ],
    LISTS: [
        ("Ravenstonedale NHS Foundation Trust", "Fell End, Ravenstonedale RD7 4FE", "DS{n:05d}"),
        ("Crosby Garrett NHS Trust", "Garrett Green, Crosby CG8 2GG", "IRU/20{y}/{n:04d}"),
    ],
    PIT: [
        ("Warcop Fell NHS Trust", "Range Road, Warcop WF3 5RR", "FOI_{y}-{y1}_{n:04d}"),
        ("Murton Pike Healthcare NHS Trust", "Pike View, Murton MP2 6PV", "{n:04d}-FOI-{y}"),
    ],
    MIXED: [
        ("Dufton Ghyll NHS Trust", "Ghyll Bank, Dufton DG4 1GB", "IRU/20{y}/{n:04d}"),
        ("Long Marton Hospitals NHS Trust", "Station Yard, Long Marton LM9 3SY", "DS{n:05d}"),
    ],
    PARAS: [
        ("Milburn Forest NHS Foundation Trust", "Forest Gate, Milburn MF1 8FG", "{n:04d}-FOI-{y}"),
        ("Knock Pike Community NHS Trust", "Knock Lane, Knock KP6 2KL", "FOI_{y}-{y1}_{n:04d}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
MIXED_FORMS = (
    ("{n}.", "{n})", "({n})", "Q{n}", "{n}.", "Question {n}:"),
    ("{n})", "({n})", "{n}.", "Question {n}:", "Q{n}", "{n})"),
)
LIST_FORMS = ("{n}. {x}", "{n}) {x}")


def _dates(rnd: random.Random) -> tuple[str, str]:
    rec = dt.date(2024, 1, 8) + dt.timedelta(days=rnd.randint(0, 300))
    resp = rec + dt.timedelta(days=rnd.randint(9, 27))
    return rec.isoformat(), resp.isoformat()


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address = trust[0], trust[1]
    if kind == 0:
        return [
            H(name),
            P(address),
            P(f"Reference: {ref}"),
            P(comma_year_date(resp)),
            P("Dear Requester"),
            P(
                f"Thank you for your request under the Freedom of Information Act 2000, "
                f"which we received on {slash_month_date(rec)}. Our response follows."
            ),
        ]
    if kind == 1:
        return [
            P(name, "bold"),
            P(f"{address} | Case number {ref}"),
            P(f"Sent: {the_ordinal_date(resp)}"),
            P("Dear Enquirer,"),
            P(
                f"Your Freedom of Information request dated {hyphen_month_date(rec)} has "
                "now been dealt with and the Trust's reply is set out below."
            ),
        ]
    return [
        Grid([["Our reference", ref], ["Date of reply", hyphen_month_date(resp)]], widths=(5, 9)),
        P(name, "bold"),
        P("Dear Sir / Madam"),
        P(
            f"We refer to your email of {comma_year_date(rec)} asking for information "
            "under the Freedom of Information Act 2000."
        ),
    ]


def _welsh_head(v: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address = trust[0], trust[1]
    return [
        H(name),
        P(address),
        P(f"Cyfeirnod / Reference: {ref}"),
        P(f"Dyddiad / Date: {welsh_date(resp)} / {comma_year_date(resp)}"),
        P(
            "Annwyl Ymgeisydd / Dear Applicant"
            if v == 0
            else "Annwyl Syr neu Fadam / Dear Sir or Madam"
        ),
        P("Mae'r llythyr hwn ar gael yn Gymraeg hefyd. / This letter is also available in Welsh."),
        P(
            f"Thank you for your request for information received on "
            f"{slash_month_date(rec)}, which we have dealt with under the Freedom of "
            "Information Act 2000."
        ),
    ]


def _closing(v: int, trust: tuple) -> list[P]:
    return [P(tx.CLOSINGS[k][v]) for k in ("review", "regulator")] + [
        *(P(x) for x in tx.SIGNATURES[v]),
        P(trust[0]),
    ]


def _answer_lines(t: tx.Topic, v: int) -> list[str]:
    """An answer's paragraphs, a numbered list typed in it after them."""
    form = LIST_FORMS[v]
    return [*t.answer, *(form.format(n=n, x=x) for n, x in enumerate(t.listed, 1))]


def _item(label: str | None, t: tx.Topic, v: int = 0) -> dict:
    return {"label": label, "question": t.question, "answer": " ".join(_answer_lines(t, v))}


def _pit(v: int, t: tx.Topic) -> list[Block]:
    if not t.favour:
        return []
    head = "Public interest test" if v == 0 else f"Public Interest Test (section {t.exemption})"
    return [
        P(head, "italic" if v == 0 else "bold"),
        P(f"Factors in favour of disclosure: {t.favour}"),
        P(f"Factors in favour of withholding: {t.against}"),
        P(t.conclusion),
    ]


def _furnish(blocks: list[Block], trust: tuple, ref: str, v: int, first: int, every: int):
    """The running header and page line a converted letter prints as body text: after
    block `first` (inside an answer), then every `every` blocks."""
    breaks = set(range(first, len(blocks), every))
    pages = len(breaks) + 1
    out: list[Block] = []
    for i, b in enumerate(blocks, 1):
        out.append(b)
        if i in breaks:
            page = sorted(breaks).index(i) + 1
            foot = f"Page {page} of {pages}" if v == 0 else f"{ref} – page {page}"
            head = f"{trust[0]} – FOI {ref}" if v == 0 else f"OFFICIAL | {ref} | Response"
            out += [P(foot), P(head)]
    return out


def _chosen(style: str, rnd: random.Random) -> list[tx.Topic]:
    plain = [t for t in tx.TOPICS if not t.listed]
    if style == LISTS:
        lists = [t for t in tx.TOPICS if t.listed]
        return rnd.sample(lists, 2) + rnd.sample(plain, rnd.randint(1, 2))
    if style == PIT:
        weighed = [t for t in tx.TOPICS if t.favour]
        rest = [t for t in plain if not t.favour]
        return rnd.sample(weighed, 2) + rnd.sample(rest, rnd.randint(2, 3))
    if style == BANDED:
        return rnd.sample(plain, rnd.randint(3, 5))
    return rnd.sample(plain, rnd.randint(3, 6))


def _body(style: str, v: int, rnd: random.Random, trust: tuple, ref: str):
    """The question/answer blocks of a letter and its items."""
    blocks: list[Block] = []
    items: list[dict] = []
    chosen = _chosen(style, rnd)
    if style == PIT:
        rnd.shuffle(chosen)
    numbered = list(enumerate(chosen, 1))
    if style == WELSH:
        for n, t in numbered:
            q = f"Cwestiwn {n} / Question {n}" if v == 0 else f"Cais {n} | Request {n}"
            blocks += [P(q, "bold"), P(t.question)]
            blocks += [P("Ateb / Answer" if v == 0 else "Ymateb | Response", "bold")]
            blocks += [P(x) for x in t.answer]
            items.append(_item(str(n), t))
    elif style == BANDED:
        rows: list[str | tuple[str, str]] = []
        for n, t in numbered:
            rows.append(f"Question {n}: {t.question}" if v == 0 else t.question)
            rows.append(("Response" if v == 0 else "Trust response", "\n".join(t.answer)))
            items.append(_item(str(n) if v == 0 else None, t))
        blocks.append(Banded(rows))
    elif style == FURNITURE:
        first = 0
        for n, t in numbered:
            blocks.append(P(f"{n}. {t.question}" if v == 0 else t.question, "bold"))
            first = first or (len(blocks) + 1 if len(t.answer) > 1 else 0)
            blocks += [P(x) for x in t.answer]
            items.append(_item(str(n) if v == 0 else None, t))
        blocks = _furnish(blocks, trust, ref, v, first or 3, rnd.randint(3, 4))
    elif style == DLPAIRS:
        pairs = []
        for n, t in numbered:
            ask, say = (
                ("Your request", "Our response") if v == 0 else (f"Request {n}", f"Response {n}")
            )
            pairs += [(ask, t.question), (say, " ".join(t.answer))]
            items.append(_item(None if v == 0 else str(n), t))
        blocks.append(DL(pairs))
    elif style == LISTS:
        for n, t in numbered:
            blocks.append(P(t.question, "bold") if v == 0 else P(f"{n}. {t.question}"))
            blocks += [P(x) for x in _answer_lines(t, v)]
            items.append(_item(None if v == 0 else str(n), t, v))
    elif style == PIT:
        for n, t in numbered:
            blocks.append(P(f"{n}. {t.question}", "bold") if v == 0 else P(t.question, "italic"))
            blocks += [P(x) for x in t.answer]
            blocks += _pit(v, t)
            items.append(_item(str(n) if v == 0 else None, t))
    elif style == MIXED:
        blocks.append(
            P(
                "We have kept the numbering of your e-mail so that each answer can be matched "
                "to your question."
            )
        )
        for n, t in numbered:
            form = MIXED_FORMS[v][n - 1]
            blocks.append(P(f"{form.format(n=n)} {t.question}", "bold" if v == 0 else None))
            blocks += [P(x) for x in t.answer]
            label = form.format(n=n).strip(".():").replace("Question ", "")
            items.append(_item(label, t))
    return blocks, items


def _paragraphs(chosen: list[tx.Topic], v: int, start: int):
    """PARAS: the questions (in italics) and answers, a number a paragraph from `start`."""
    blocks: list[Block] = []
    items = []
    n = start
    for t in chosen:
        blocks.append(P(_para(n, t.question, v), "italic"))
        items.append(_item(str(n), t))
        for x in t.answer:
            n += 1
            blocks.append(P(_para(n, x, v)))
        n += 1
    return blocks, items, n


def _para(n: int, text: str, v: int) -> str:
    return f"{n}. {text}" if v == 0 else f"({n}) {text}"


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-p/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    y = int(rec[2:4])
    ref = trust[2].format(y=y, y1=y + 1, n=rnd.randint(100, 9999))
    if style == WELSH:
        head = _welsh_head(v, trust, ref, rec, resp)
    else:
        head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp)
    closing = _closing(v, trust)
    if style == PARAS:
        body, items, n = _paragraphs(_chosen(style, rnd), v, 2)
        tail = [P(_para(n + j, c.text, v)) for j, c in enumerate(closing[:2])]
        blocks = [*head[:-1], P(_para(1, head[-1].text, v)), *body, *tail, *closing[2:]]
    else:
        body, items = _body(style, v, rnd, trust, ref)
        blocks = [*head, *body, *closing]
    answers = {i["answer"] for i in items}
    cited = {
        t.exemption
        for t in tx.TOPICS
        if t.exemption and any(" ".join(t.answer) in a for a in answers)
    }
    truth = {
        "items": items,
        "reference": ref,
        "received_date": rec,
        "responded_date": resp,
        "exemptions": [{"law": "FOIA", "section": s} for s in sorted(cited)],
    }
    return Letter(style, "ab"[v], k, trust[0], blocks, truth, FORMATS[style])


def letters(per_style: int = PER_STYLE) -> list[Letter]:
    return [generate(s, k) for s in STYLES for k in range(per_style)]
