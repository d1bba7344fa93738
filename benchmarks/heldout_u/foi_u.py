"""Held-out set U, FOI half: letters in eight house styles that neither sets D to T
(benchmarks/heldout_d .. heldout_t) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here). Nothing under parsers/ was read while writing it.

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Besides the style, the letters carry date forms the earlier sets did not
("05-Mar-2024", "Tuesday 5th March 2024", "5 MARCH 2024") and reference forms of their
own ("FOI.24.0173", "IG/FOI/173/2024", "2024-FOI-00173").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to T apply them): `label` is the question's number as printed without its
punctuation ("1." -> "1", "Request 3" -> "3", "Question 2:" -> "2", "Q4" as printed),
None when unnumbered; `question`/`answer` are the text without labels, headings and
markers; an answer's paragraphs (and the lines of a paragraph broken by <br> or a line
break) are joined by spaces; an answer that is a table of figures is its rows, cells
joined by " | ", a line a row (set K, set T). In set U besides:

- in a table with a label column ('Request 1' / 'Response 1' beside the texts) the
  question and the answer are the text cells; the label cells are in no item;
- in one table answering every question with a column per financial year (questions
  as rows), a question's answer is the table's year heads and its row's figures, as
  two lines ("2021/22 | 2022/23 | 2023/24" over "611 | 702 | 655"), the question's
  own cell and the table's first column head in neither;
- a question printed as the merged first row of its own table of figures: the answer
  is the rows beneath (the column heads among them);
- 'label: value' lines answering a list of requested items: each line is an item,
  the label (without its colon) the question, the value the answer, label None; the
  introductory sentence is in no item;
- a question and its answer in one paragraph, the answer after a line break: the
  question is the text before the break (without its number), the answer after it;
- answers as un-bulleted lines 'Medicine – 64.2', a paragraph a line, the question's
  column heads not printed: the answer is its lines joined by spaces as printed;
- a 'Request' paragraph whose questions are lines broken by <br> ('1. …<br>2. …') and
  a 'Response' paragraph whose answers are lines likewise: each numbered line of the
  request is a question, the same-numbered line of the response its answer;
- a 'Decision' grid at the top (reference, dates, decision, exemptions applied) is in
  no item; its dates are the letter's dates;

the exemptions are the FOIA sections the answers apply; closings and signatures are in
no item.
"""

from __future__ import annotations

import datetime as dt
import html
import random

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import B, Block, Grid, H, Html, P, T
from benchmarks.heldout_r.foi_r import _item  # set R's item piece, imported
from benchmarks.heldout_u import foi_u_text as tx
from benchmarks.heldout_u.foi_u_text import capital_date, excel_date, weekday_ordinal_date

PER_STYLE = 4

LABELROWS = (
    "one two-column table with no header row: a label cell on the left ('Request 1', "
    "'Response 1'), the question and its answer each a row of their own"
)
YEARGRID = (
    "one table answering every question: the questions as rows and the financial years "
    "as columns ('2021/22 | 2022/23 | 2023/24'), each answer the question's row of figures"
)
CAPTIONROW = (
    "each question printed as the merged first row of its own small table of figures, "
    "the column heads and rows beneath it the answer"
)
KEYVALUE = (
    "a list of requested items answered as unnumbered 'label: value' lines ('Number of "
    "neonatal cots: 24'), under one introductory sentence"
)
LINEBREAK = (
    "each numbered question and its answer in one paragraph: the question in bold, "
    "then a line break, the answer beneath in the same paragraph"
)
DECISION = (
    "a 'Decision' grid up front (reference, received, responded, decision, exemptions "
    "applied), then plain numbered questions with ordinary answer paragraphs beneath"
)
LINES = (
    "numbered questions each answered by un-bulleted lines 'Medicine – 64.2', a "
    "paragraph a line, no table and no column heads"
)
BRLINES = (
    "a disclosure-log page with a 'Request' paragraph whose questions are lines broken "
    "by <br> ('1. …<br>2. …') and a 'Response' paragraph whose answers are numbered "
    "lines likewise"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    LABELROWS: [
        ("Kingsmead Hospitals NHS Trust", "Mead Lane, Kingsmead KM3 8ML", "FOI.{y}.{n:04d}"),
        ("Aldervale Healthcare NHS Trust", "Alder Road, Aldervale AV2 5AR", "IG/FOI/{n}/20{y}"),
    ],
    YEARGRID: [
        ("Corbridge Weir NHS Trust", "Weir Road, Corbridge CW4 1WR", "20{y}-FOI-{n:05d}"),
        ("Hexham Priory NHS Foundation Trust", "Priory Lane, Hexham HP6 3PL", "FOI.{y}.{n:04d}"),
    ],
    CAPTIONROW: [
        ("Allendale Moors NHS Trust", "Moor Gate, Allendale AM8 2MG", "IG/FOI/{n}/20{y}"),
        ("Blanchland Abbey NHS Trust", "Abbey Close, Blanchland BA1 7AC", "20{y}-FOI-{n:05d}"),
    ],
    KEYVALUE: [
        ("Haltwhistle Burn NHS Trust", "Burn Road, Haltwhistle HB5 9BR", "FOI.{y}.{n:04d}"),
        ("Bellingham Tyne NHS Trust", "Tyne Street, Bellingham BT2 4TS", "IG/FOI/{n}/20{y}"),
    ],
    LINEBREAK: [
        (
            "Rothbury Coquet NHS Foundation Trust",
            "Coquet Lane, Rothbury RC7 6CL",
            "20{y}-FOI-{n:05d}",
        ),
        ("Alnmouth Estuary NHS Trust", "Estuary Road, Alnmouth AE3 2ER", "FOI.{y}.{n:04d}"),
    ],
    DECISION: [
        ("Wooler Cheviot NHS Trust", "Cheviot Street, Wooler WC9 1CS", "IG/FOI/{n}/20{y}"),
        ("Seahouses Harbour NHS Trust", "Harbour Road, Seahouses SH4 8HR", "20{y}-FOI-{n:05d}"),
    ],
    LINES: [
        ("Belford Mill NHS Trust", "Mill Lane, Belford BM6 3ML", "FOI.{y}.{n:04d}"),
        (
            "Warkworth Castle NHS Foundation Trust",
            "Castle Road, Warkworth WC2 5CR",
            "IG/FOI/{n}/20{y}",
        ),
    ],
    BRLINES: [
        ("Morpeth Chantry NHS Trust", "Chantry Place, Morpeth MC1 9CP", "20{y}-FOI-{n:05d}"),
        ("Bamburgh Links NHS Trust", "Links Road, Bamburgh BL8 4LR", "FOI.{y}.{n:04d}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}


def _dates(rnd: random.Random) -> tuple[str, str]:
    rec = dt.date(2024, 1, 8) + dt.timedelta(days=rnd.randint(0, 300))
    resp = rec + dt.timedelta(days=rnd.randint(5, 27))
    return rec.isoformat(), resp.isoformat()


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address = trust[0], trust[1]
    if kind == 0:
        return [
            H(name),
            P(address),
            P(f"Our ref: {ref}"),
            P(excel_date(resp)),
            P("Dear Requester"),
            P(
                f"Thank you for your request for information under the Freedom of "
                f"Information Act 2000, received on {excel_date(rec)}."
            ),
        ]
    if kind == 1:
        return [
            P(name, "bold"),
            P(address),
            P(f"Date: {weekday_ordinal_date(resp)}"),
            P(f"FOI reference: {ref}"),
            P("Dear Sir/Madam,"),
            P(
                f"Re: Freedom of Information request received {weekday_ordinal_date(rec)}. "
                "The Trust's response is given below."
            ),
        ]
    return [
        H(name),
        P(f"{address} | {capital_date(resp)}"),
        P(f"Reference {ref}"),
        P("Dear Applicant,"),
        P(f"We received your request on {capital_date(rec)} and have now dealt with it."),
    ]


def _closing(v: int, trust: tuple) -> list[P]:
    return [P(tx.CLOSINGS[k][v]) for k in ("review", "regulator")] + [
        *(P(x) for x in tx.SIGNATURES[v]),
        P(trust[0]),
    ]


def _joined(t: tx.Topic) -> str:
    return " ".join(t.answer)


def _table_text(rows) -> str:
    return "\n".join(" | ".join(r) for r in rows)


def _labelrows(rnd: random.Random, v: int):
    numbered = list(enumerate(rnd.sample(tx.TOPICS, rnd.randint(3, 5)), 1))
    rows = []
    for n, t in numbered:
        ask, reply = (
            (f"Request {n}", f"Response {n}") if v == 0 else (f"Request {n}", "Trust reply")
        )
        rows += [[ask, t.question], [reply, "\n".join(t.answer) if v == 0 else _joined(t)]]
    items = [_item(str(n), t.question, _joined(t)) for n, t in numbered]
    return (
        [
            P("Our response to each part of your request is set out in the table below."),
            Grid(rows, widths=(2, 7)),
        ],
        items,
        [t.exemption for _, t in numbered],
    )


def _yeargrid(rnd: random.Random, v: int):
    numbered = list(enumerate(rnd.sample(tx.YEARLY, rnd.randint(3, 5)), 1))
    first = "Information requested" if v == 0 else "Question"
    rows = [[first, *tx.YEARS]]
    for n, y in numbered:
        rows.append([f"{n}. {y.question}" if v == 0 else y.question, *y.figures])
    items = [
        _item(str(n) if v == 0 else None, y.question, _table_text([tx.YEARS, y.figures]))
        for n, y in numbered
    ]
    lead = (
        "The figures for each of the last three financial years are given in the table below."
        if v == 0
        else "Please see the table below, which covers April 2021 to March 2024."
    )
    return [P(lead), Grid(rows, header=True, widths=(6, 2, 2, 2))], items, []


def _captionrow(rnd: random.Random, v: int):
    numbered = list(enumerate(rnd.sample(tx.FIGURES, rnd.randint(3, 4)), 1))
    blocks: list[Block] = [P("Please find the information you asked for in the tables below.")]
    items = []
    for n, f in numbered:
        cap = f"{n}. {f.question}" if v == 0 else f"Question {n}: {f.question}"
        rows = [list(f.head), *(list(r) for r in f.rows)]
        blocks += [T(rows, spans=[(cap, 2)])]
        if v == 1:
            blocks.append(P(""))
        items.append(_item(str(n), f.question, _table_text(rows)))
    return blocks, items, []


def _keyvalue(rnd: random.Random, v: int):
    chosen = rnd.sample(tx.ITEMS, rnd.randint(4, 6))
    lines = [f"{i.label}: {i.value}" for i in chosen]
    blocks: list[Block] = [P(tx.ITEMS_INTRO[v])]
    blocks += [P(x) for x in lines] if v == 0 else [B(x) for x in lines]
    items = [_item(None, i.label, i.value) for i in chosen]
    return blocks, items, [i.exemption for i in chosen]


def _linebreak(rnd: random.Random, v: int):
    numbered = list(enumerate(rnd.sample(tx.TOPICS, rnd.randint(3, 5)), 1))
    blocks: list[Block] = []
    for n, t in numbered:
        num = f"{n}." if v == 0 else f"{n})"
        page = (
            f"<p><strong>{num} {html.escape(t.question)}</strong><br>{html.escape(_joined(t))}</p>"
        )
        blocks.append(Html(page, [P(f"**{num} {t.question}**\n{_joined(t)}")]))
    items = [_item(str(n), t.question, _joined(t)) for n, t in numbered]
    return blocks, items, [t.exemption for _, t in numbered]


def _decision(rnd: random.Random, v: int, ref: str, rec: str, resp: str):
    numbered = list(enumerate(rnd.sample(tx.TOPICS, rnd.randint(3, 5)), 1))
    cited = sorted({t.exemption for _, t in numbered if t.exemption})
    decision = "Information provided in part" if cited else "Information provided in full"
    exempt = "; ".join(f"section {s}" for s in cited) or "None"
    grid = Grid(
        [
            ["Reference", ref],
            ["Date received", excel_date(rec)],
            ["Date of response", excel_date(resp)],
            ["Decision", decision],
            ["Exemptions applied", exempt],
        ],
        widths=(3, 6),
    )
    blocks: list[Block] = [grid, P("Dear Requester" if v == 0 else "Dear Enquirer,")]
    blocks.append(P("Your request and our response", "bold"))
    for n, t in numbered:
        blocks += [P(f"{n}. {t.question}"), *(P(x) for x in t.answer)]
    items = [_item(str(n), t.question, _joined(t)) for n, t in numbered]
    return blocks, items, [t.exemption for _, t in numbered]


def _lines(rnd: random.Random, v: int):
    numbered = list(enumerate(rnd.sample(tx.FIGURES, rnd.randint(3, 4)), 1))
    blocks: list[Block] = []
    items = []
    for n, f in numbered:
        blocks.append(P(f"{n}. {f.question}") if v == 0 else P(f"Q{n} {f.question}", "bold"))
        sep = " – " if v == 0 else " - "
        lines = [f"{what}{sep}{k}" for what, k in f.rows]
        blocks += [P(x) for x in lines]
        items.append(_item(str(n) if v == 0 else f"Q{n}", f.question, " ".join(lines)))
    return blocks, items, []


def _brlines(rnd: random.Random, v: int):
    numbered = list(enumerate(rnd.sample(tx.TOPICS, rnd.randint(3, 5)), 1))
    asked = [f"{n}. {t.question}" for n, t in numbered]
    said = [f"{n}. {_joined(t)}" for n, t in numbered]
    heads = ("Request", "Response") if v == 0 else ("Information requested", "Our response")

    def para(lines: list[str]) -> str:
        return "<p>" + "<br>".join(html.escape(x) for x in lines) + "</p>"

    page = (
        f"<article class='foi-entry'><h3>{heads[0]}</h3>{para(asked)}"
        f"<h3>{heads[1]}</h3>{para(said)}</article>"
    )
    printed: list[Block] = [H(heads[0]), P("\n".join(asked)), H(heads[1]), P("\n".join(said))]
    items = [_item(str(n), t.question, _joined(t)) for n, t in numbered]
    return [Html(page, printed)], items, [t.exemption for _, t in numbered]


def _body(style: str, v: int, rnd: random.Random, ref: str, rec: str, resp: str):
    """The question/answer blocks of a letter, its items and the sections applied."""
    if style == LABELROWS:
        return _labelrows(rnd, v)
    if style == YEARGRID:
        return _yeargrid(rnd, v)
    if style == CAPTIONROW:
        return _captionrow(rnd, v)
    if style == KEYVALUE:
        return _keyvalue(rnd, v)
    if style == LINEBREAK:
        return _linebreak(rnd, v)
    if style == DECISION:
        return _decision(rnd, v, ref, rec, resp)
    if style == LINES:
        return _lines(rnd, v)
    return _brlines(rnd, v)


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-u/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    y = int(rec[2:4])
    ref = trust[2].format(y=y, n=rnd.randint(100, 9999))
    body, items, applied = _body(style, v, rnd, ref, rec, resp)
    if style == DECISION:  # the grid carries the reference and the dates
        head = [H(trust[0]), P(trust[1])]
    else:
        head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp)
    blocks = [*head, *body, *_closing(v, trust)]
    truth = {
        "items": items,
        "reference": ref,
        "received_date": rec,
        "responded_date": resp,
        "exemptions": [{"law": "FOIA", "section": s} for s in sorted({a for a in applied if a})],
    }
    return Letter(style, "ab"[v], k, trust[0], blocks, truth, FORMATS[style])


def letters(per_style: int = PER_STYLE) -> list[Letter]:
    return [generate(s, k) for s in STYLES for k in range(per_style)]
