"""Held-out set S, FOI half: letters in eight house styles that neither sets D to R
(benchmarks/heldout_d .. heldout_r) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Besides the style, the letters carry date forms the earlier sets did not
("5.3.2024", "5 Mar 24", "March 5th 2024") and reference forms of their own
("IR-0173-24", "24FOI00173", "F/173/24/IG", "FOI.24.0173").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to R apply them): `label` is the question's number as printed without its
punctuation ("1." -> "1", "(Q3)" -> "Q3", "Q3" as printed), None when unnumbered, and
the number a browser draws for an `<ol>` item (its `value=`) is its label, as in set I;
`question`/`answer` are the text without labels, headings, markers and quotation
marks; an answer's paragraphs are joined by spaces. In set S besides:

- answers in a later `<ol>` (or under "Re: your question N" headings) in another order
  than the questions: each answer is its question's by the number it carries;
- a letter that opens with a narrative on how the reply was put together and then
  answers in a summary of one-liners ("Q3 – Nil return"): each answer is its line
  after the dash, the narrative in no item;
- a request refused as a whole under section 12: every question listed is an item, the
  refusal paragraph each one's answer (one reply shared by several questions is each
  one's, as in set D); the section 16 advice is in no answer, as in set K;
- one table cell answering two questions (merged down over both rows) is each one's
  answer, as set D's shared replies;
- answer paragraphs numbered under their question ("2.1", "2.2"): the numbers are no
  part of the answer, the question's number ("2") its label;
- an answer printed as a shaded row merged across the table below its request row is
  that row's text;
- a question tagged with its number at its end ("… in 2023? (Q3)") has that number as
  its label; the department headings it is regrouped under are in no item;

the exemptions are the FOIA sections the answers apply; closings and signatures are in
no item.
"""

from __future__ import annotations

import datetime as dt
import html
import random

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import B, Banded, Block, Grid, H, Html, P
from benchmarks.heldout_r.foi_r import _item, _joined  # set R's item pieces, imported
from benchmarks.heldout_s import foi_s_text as tx
from benchmarks.heldout_s.foi_s_text import month_ordinal_date, point_date, short_year_date

PER_STYLE = 4

OLVALUE = (
    "a disclosure-log page with the request and the response as two <section>s: the "
    "questions in one <ol>, the answers in a later <ol> whose items carry value= numbers "
    "in another order than asked"
)
REORDER = (
    "answers given in another order than asked, each under a 'Re: your question 4' "
    "heading with the question quoted in inverted commas beneath it"
)
SUMMARY = (
    "a long narrative on how the reply was put together, then a compact summary of "
    "one-line answers ('Q3 – Nil return') to the questions listed at the top"
)
REFUSED = (
    "the whole request refused on cost under section 12, the original questions listed "
    "for reference, advice on narrowing it after the refusal"
)
SPANNED = (
    "a 'Question | Response' table in which one response cell serves two consecutive "
    "questions, merged down over both their rows"
)
SUBNUM = (
    "legal-style numbering: each question a numbered paragraph ('2.'), its answer's "
    "paragraphs numbered beneath it as '2.1', '2.2'"
)
ANSWERBAND = (
    "a 'No. | Request' table in which each answer is a grey shaded row merged across "
    "both columns beneath its request row"
)
TAGGED = (
    "questions regrouped under department headings, each tagged with its number at its "
    "end ('… in 2023? (Q3)'), the answer beneath"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    OLVALUE: [
        ("Cautley Spout NHS Trust", "Spout Lane, Cautley CS4 1SL", "IR-{n:04d}-{y}"),
        ("Garsdale Head NHS Foundation Trust", "Head Road, Garsdale GH7 2HR", "{y}FOI{n:05d}"),
    ],
    REORDER: [
        ("Dentdale Mill NHS Trust", "Mill Yard, Dent DM3 6MY", "F/{n}/{y}/IG"),
        ("Barbondale Community NHS Trust", "Beck Road, Barbon BC2 9BR", "FOI.{y}.{n:04d}"),
    ],
    SUMMARY: [
        ("Kingsdale Scar NHS Trust", "Scar Top, Kingsdale KS5 3ST", "{y}FOI{n:05d}"),
        ("Chapel-le-Dale NHS Trust", "Chapel Lane, Ingleton CD8 4CL", "IR-{n:04d}-{y}"),
    ],
    REFUSED: [
        ("Ribblehead Viaduct NHS Trust", "Viaduct Road, Ribblehead RV1 5VR", "FOI.{y}.{n:04d}"),
        ("Widdale Fell Healthcare NHS Trust", "Fell Lane, Widdale WF6 2FL", "F/{n}/{y}/IG"),
    ],
    SPANNED: [
        ("Cotterdale Beck NHS Trust", "Beck Side, Cotterdale CB3 7BS", "IR-{n:04d}-{y}"),
        ("Hardraw Force NHS Foundation Trust", "Force Lane, Hardraw HF9 1FL", "FOI.{y}.{n:04d}"),
    ],
    SUBNUM: [
        ("Semerwater Vale NHS Trust", "Lake Road, Countersett SV2 8LR", "F/{n}/{y}/IG"),
        ("Raydale Community NHS Trust", "Raydale Road, Stalling RC4 3RR", "{y}FOI{n:05d}"),
    ],
    ANSWERBAND: [
        ("Bishopdale Beck NHS Trust", "Beck Lane, Newbiggin BB6 2BL", "{y}FOI{n:05d}"),
        ("Walden Head NHS Trust", "Walden Road, West Burton WH1 4WR", "IR-{n:04d}-{y}"),
    ],
    TAGGED: [
        ("Coverdale Moor NHS Trust", "Moor Road, Carlton CM7 5MR", "FOI.{y}.{n:04d}"),
        ("Nidderdale Heights NHS Trust", "Heights Lane, Lofthouse NH3 9HL", "F/{n}/{y}/IG"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
SUMMARY_DASH = (" – ", " - ")


def _dates(rnd: random.Random) -> tuple[str, str]:
    rec = dt.date(2024, 1, 8) + dt.timedelta(days=rnd.randint(0, 300))
    resp = rec + dt.timedelta(days=rnd.randint(7, 27))
    return rec.isoformat(), resp.isoformat()


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address = trust[0], trust[1]
    if kind == 0:
        return [
            H(name),
            P(address),
            P(f"Ref: {ref}"),
            P(point_date(resp)),
            P("Dear Requester,"),
            P(
                f"We write in reply to your request of {month_ordinal_date(rec)} made under "
                "the Freedom of Information Act 2000."
            ),
        ]
    if kind == 1:
        return [
            P(name, "bold"),
            P(address),
            P(f"Our ref. {ref}    Date: {short_year_date(resp)}"),
            P("Dear Correspondent"),
            P(
                f"The Trust received your Freedom of Information request on "
                f"{point_date(rec)}; our response is set out below."
            ),
        ]
    return [
        Grid([["Case number", ref], ["Issued", month_ordinal_date(resp)]], widths=(4, 9)),
        P(name, "bold"),
        P("Dear Enquirer"),
        P(f"Thank you for your information request, which reached us on {short_year_date(rec)}."),
    ]


def _closing(v: int, trust: tuple) -> list[P]:
    return [P(tx.CLOSINGS[k][v]) for k in ("review", "regulator")] + [
        *(P(x) for x in tx.SIGNATURES[v]),
        P(trust[0]),
    ]


def _shuffled(numbered, rnd: random.Random) -> list:
    """The numbered topics in another order than asked (never the asked order)."""
    order = list(numbered)
    while order == list(numbered):
        rnd.shuffle(order)
    return order


def _olvalue(numbered, v: int, rnd: random.Random):
    order = _shuffled(numbered, rnd)
    asked = "".join(f"<li>{html.escape(t.question)}</li>" for _, t in numbered)
    said = "".join(
        f"<li value='{n}'>" + "".join(f"<p>{html.escape(x)}</p>" for x in t.answer) + "</li>"
        for n, t in order
    )
    heads = ("Request", "Response") if v == 0 else ("What was asked", "Our answer")
    page = (
        f"<section class='foi-request'><h2>{heads[0]}</h2><ol>{asked}</ol></section>"
        f"<section class='foi-response'><h2>{heads[1]}</h2><ol>{said}</ol></section>"
    )
    printed: list[Block] = [H(heads[0]), *(P(f"{n}. {t.question}") for n, t in numbered)]
    printed.append(H(heads[1]))
    for n, t in order:
        printed += [P(f"{n}. {t.answer[0]}"), P(t.answer[1])]
    return [Html(page, printed)], [_item(str(n), t.question, _joined(t)) for n, t in numbered]


def _reorder(numbered, v: int, rnd: random.Random):
    blocks: list[Block] = [
        P(
            "We have taken your questions in the order in which the teams replied."
            if v == 0
            else "The answers below follow the order in which the information was found."
        )
    ]
    for n, t in _shuffled(numbered, rnd):
        head = f"Re: your question {n}" if v == 0 else f"Re your question {n}:"
        quoted = f"‘{t.question}’" if v == 0 else f"“{t.question}”"
        blocks += [H(head) if v == 0 else P(head, "bold"), P(quoted, "italic")]
        blocks += [P(x) for x in t.answer]
    return blocks, [_item(str(n), t.question, _joined(t)) for n, t in numbered]


def _summary(numbered, v: int):
    blocks: list[Block] = [P("Your request" if v == 0 else "You asked us:", "bold")]
    blocks += [P(f"Q{n}. {t.question}" if v == 0 else f"Q{n} {t.question}") for n, t in numbered]
    blocks += [H("How we dealt with your request"), *(P(x) for x in tx.NARRATIVE)]
    blocks.append(P("Summary of our response" if v == 0 else "In summary", "bold"))
    blocks += [P(f"Q{n}{SUMMARY_DASH[v]}{t.brief}") for n, t in numbered]
    return blocks, [_item(f"Q{n}", t.question, t.brief) for n, t in numbered]


def _refused(numbered, v: int):
    refusal = tx.REFUSALS[v]
    if v == 0:
        asked: list[Block] = [P("You asked for the following:")]
        asked += [P(f"{n}. {t.question}") for n, t in numbered]
        blocks = [*asked, P("Our decision", "bold"), P(refusal)]
    else:
        asked = [P("For reference, your original request was:")]
        asked += [B(t.question) for _, t in numbered]
        blocks = [P(refusal), *asked]
    blocks += [P("Advice and assistance", "bold"), P(tx.ADVICE[v])]
    labels = [str(n) if v == 0 else None for n, _ in numbered]
    items = [_item(lab, t.question, refusal) for lab, (_, t) in zip(labels, numbered, strict=True)]
    return blocks, items


def _spanned(numbered, v: int, rnd: random.Random):
    first = rnd.randint(1, len(numbered) - 1)  # questions `first` and `first + 1` share
    shared = f"{_joined(numbered[first - 1][1])} {_joined(numbered[first][1])}"
    head = ["Question", "Response"] if v == 0 else ["Your request", "Trust response"]
    rows = [head]
    cells = ["<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr>"]
    items = []
    for n, t in numbered:
        ask = f"{n}. {t.question}" if v == 0 else t.question
        answer = shared if n in (first, first + 1) else _joined(t)
        items.append(_item(str(n) if v == 0 else None, t.question, answer))
        if n == first + 1:  # the merged cell above covers this row's response
            rows.append([ask, ""])
            cells.append(f"<tr><td>{html.escape(ask)}</td></tr>")
            continue
        span = " rowspan='2'" if n == first else ""
        rows.append([ask, answer])
        cells.append(f"<tr><td>{html.escape(ask)}</td><td{span}>{html.escape(answer)}</td></tr>")
    page = f"<table class='foi-table'>{''.join(cells)}</table>"
    return [Html(page, [Grid(rows, header=True, widths=(6, 8))])], items


def _subnum(numbered, v: int):
    blocks: list[Block] = []
    for n, t in numbered:
        blocks.append(P(f"{n}. {t.question}", "bold") if v == 0 else P(f"{n}.  {t.question}"))
        blocks += [P(f"{n}.{k} {x}") for k, x in enumerate(t.answer, 1)]
    return blocks, [_item(str(n), t.question, _joined(t)) for n, t in numbered]


def _answerband(numbered, v: int):
    rows: list[str | tuple[str, str]] = [("No.", "Request")] if v == 0 else []
    for n, t in numbered:
        rows += [(str(n) if v == 0 else f"Q{n}", t.question), _joined(t)]
    label = (lambda n: str(n)) if v == 0 else (lambda n: f"Q{n}")
    return [Banded(rows)], [_item(label(n), t.question, _joined(t)) for n, t in numbered]


def _tagged(numbered, v: int):
    departments: dict[str, list] = {}
    for n, t in numbered:
        departments.setdefault(t.department, []).append((n, t))
    blocks: list[Block] = []
    for dept in sorted(departments):
        blocks.append(H(dept) if v == 0 else P(dept.upper(), "bold"))
        for n, t in departments[dept]:
            tag = f"(Q{n})" if v == 0 else f"[Q{n}]"
            blocks += [P(f"{t.question} {tag}", "bold"), *(P(x) for x in t.answer)]
    return blocks, [_item(f"Q{n}", t.question, _joined(t)) for n, t in numbered]


def _body(style: str, v: int, rnd: random.Random):
    """The question/answer blocks of a letter and its items."""
    chosen = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    numbered = list(enumerate(chosen, 1))
    if style == OLVALUE:
        return _olvalue(numbered, v, rnd)
    if style == REORDER:
        return _reorder(numbered, v, rnd)
    if style == SUMMARY:
        return _summary(numbered, v)
    if style == REFUSED:
        return _refused(numbered, v)
    if style == SPANNED:
        return _spanned(numbered, v, rnd)
    if style == SUBNUM:
        return _subnum(numbered, v)
    if style == ANSWERBAND:
        return _answerband(numbered, v)
    return _tagged(numbered, v)


def _cited(items: list[dict]) -> list[dict]:
    """The FOIA sections the truth's answers apply."""
    answers = " ".join(i["answer"] for i in items)
    cited = {t.exemption for t in tx.TOPICS if t.exemption and f"section {t.exemption}" in answers}
    if any(r in answers for r in tx.REFUSALS):
        cited.add("12")
    return [{"law": "FOIA", "section": s} for s in sorted(cited)]


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-s/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    y = int(rec[2:4])
    ref = trust[2].format(y=y, n=rnd.randint(100, 9999))
    head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp)
    body, items = _body(style, v, rnd)
    blocks = [*head, *body, *_closing(v, trust)]
    truth = {
        "items": items,
        "reference": ref,
        "received_date": rec,
        "responded_date": resp,
        "exemptions": _cited(items),
    }
    return Letter(style, "ab"[v], k, trust[0], blocks, truth, FORMATS[style])


def letters(per_style: int = PER_STYLE) -> list[Letter]:
    return [generate(s, k) for s in STYLES for k in range(per_style)]
