"""Held-out set T, FOI half: letters in eight house styles that neither sets D to S
(benchmarks/heldout_d .. heldout_s) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Besides the style, the letters carry date forms the earlier sets did not
("05 Mar. 2024", "Mar 5, 2024", "the 5th day of March 2024") and reference forms of
their own ("FOIT/2024/0173", "RQ0173-24", "DISC-24-173").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to S apply them): `label` is the question's number as printed without its
punctuation ("1)" -> "1", "Q3." -> "Q3", "Query 3 of 5" -> "3", "point 2" -> "2"),
None when unnumbered; `question`/`answer` are the text without labels, headings,
markers ("Trust response", "In response to point 2:") and quotation marks; an answer's
paragraphs (and the lines of a paragraph broken by <br>) are joined by spaces. In set T
besides:

- an answer that is a table of counts is its rows, the header and the total row among
  them (cells joined by " | ", a line a row, as set K), and the note printed under the
  table is the answer's next paragraph;
- questions numbered "1) … 2) …" inside one quoted paragraph of the requester's
  e-mail: each numbered piece is a question, the e-mail's preamble in none;
- a page's sidebar of related requests is in no item;
- in a 'Question | Status | Response' table the answer is the response cell; the
  status ("Withheld – s.43(2)") is in no answer;
- a follow-up letter quoting the question and what the trust said first: the answer
  is the new reply only, the earlier one in no answer;
- a 'Source: …' line printed under an answer is in no answer;

the exemptions are the FOIA sections the answers apply; closings and signatures are in
no item.
"""

from __future__ import annotations

import datetime as dt
import html
import random

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import B, Block, Grid, H, Html, P
from benchmarks.heldout_r.foi_r import _item, _joined  # set R's item pieces, imported
from benchmarks.heldout_t import foi_t_text as tx
from benchmarks.heldout_t.foi_t_text import day_of_date, dotted_month_date, us_date

PER_STYLE = 4

TOTALS = (
    "each answer a small 'category | number' table with a Total row and a 'Note:' line "
    "under it, the next numbered question straight after the note"
)
POINTS = (
    "the requester's e-mail quoted as one long paragraph with the questions run together "
    "as '1) … 2) …', answered a paragraph each opening 'In response to point 1:'"
)
SIDEBAR = (
    "a disclosure page whose questions are <h4> headings and answers <p> paragraphs "
    "with <br> line breaks, beside an <aside> sidebar listing related requests"
)
STATUS = (
    "a three-column 'Question | Status | Response' table, each status 'Provided', "
    "'Withheld – s.43(2)' or 'Not held' beside the response"
)
QUERYOF = (
    "each question under a 'Query 3 of 5' header line, the answer after a separate "
    "'Trust response' line"
)
FURTHER = (
    "a follow-up letter 'further to our response of …': each question repeated in "
    "italics with what the trust first said, the new answer after it"
)
ANSWERFIRST = (
    "each answer printed first under an 'Answer 3' heading, the question it answers "
    "quoted in italics after it ('Your question 3 was: …')"
)
SOURCED = (
    "numbered bold questions, plain answers, each answer followed by a small italic "
    "'Source: …' line naming the system the figures came from"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    TOTALS: [
        ("Eskdale Green NHS Trust", "Green Lane, Eskdale EG2 4GL", "FOIT/20{y}/{n:04d}"),
        (
            "Wasdale Screes NHS Foundation Trust",
            "Screes Road, Nether Wasdale WS8 1SR",
            "RQ{n:04d}-{y}",
        ),
    ],
    POINTS: [
        ("Dunnerdale Fells NHS Trust", "Fell Road, Seathwaite DF3 7FR", "DISC-{y}-{n}"),
        ("Ennerdale Water NHS Trust", "Water Lane, Ennerdale Bridge EW5 2WL", "FOIT/20{y}/{n:04d}"),
    ],
    SIDEBAR: [
        ("Buttermere Lakes NHS Trust", "Lakes Road, Buttermere BL1 6LR", "RQ{n:04d}-{y}"),
        ("Loweswater Community NHS Trust", "Mill Hill, Loweswater LC4 3MH", "DISC-{y}-{n}"),
    ],
    STATUS: [
        ("Borrowdale Valley NHS Trust", "Valley Road, Rosthwaite BV6 9VR", "FOIT/20{y}/{n:04d}"),
        ("Langdale Pikes NHS Foundation Trust", "Pike Lane, Chapel Stile LP2 8PL", "DISC-{y}-{n}"),
    ],
    QUERYOF: [
        ("Troutbeck Tongue NHS Trust", "Tongue Road, Troutbeck TT7 1TR", "RQ{n:04d}-{y}"),
        ("Kentmere Reservoir NHS Trust", "Reservoir Lane, Kentmere KR3 5RL", "FOIT/20{y}/{n:04d}"),
    ],
    FURTHER: [
        ("Longsleddale Healthcare NHS Trust", "Sleddale Road, Sadgill LH9 2SR", "DISC-{y}-{n}"),
        ("Mardale Green NHS Trust", "Green Road, Haweswater MG5 4GR", "RQ{n:04d}-{y}"),
    ],
    ANSWERFIRST: [
        ("Swindale Beck NHS Trust", "Beck Road, Swindale SB8 3BR", "FOIT/20{y}/{n:04d}"),
        ("Martindale Pass NHS Trust", "Pass Road, Martindale MP1 7PR", "DISC-{y}-{n}"),
    ],
    SOURCED: [
        ("Patterdale Hall NHS Trust", "Hall Lane, Patterdale PH6 2HL", "RQ{n:04d}-{y}"),
        ("Grisedale Tarn NHS Foundation Trust", "Tarn Road, Grisedale GT4 8TR", "DISC-{y}-{n}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}


def _dates(rnd: random.Random) -> tuple[str, str]:
    rec = dt.date(2024, 1, 15) + dt.timedelta(days=rnd.randint(0, 290))
    resp = rec + dt.timedelta(days=rnd.randint(6, 28))
    return rec.isoformat(), resp.isoformat()


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address = trust[0], trust[1]
    if kind == 0:
        return [
            H(name),
            P(address),
            P(f"Date of response: {dotted_month_date(resp)}"),
            P(f"Request number: {ref}"),
            P("Dear Applicant,"),
            P(f"Your request for information reached the Trust on {us_date(rec)}."),
        ]
    if kind == 1:
        return [
            P(name, "bold"),
            P(address),
            P(us_date(resp)),
            P(f"File reference {ref}"),
            P("Dear Sir or Madam"),
            P(
                f"We acknowledge your Freedom of Information request dated "
                f"{day_of_date(rec)} and respond to it as follows."
            ),
        ]
    return [
        H(name),
        Grid([["Your request received", dotted_month_date(rec)], ["Our reference", ref]]),
        P(f"Signed and sent on {day_of_date(resp)}."),
        P("Dear Enquirer,"),
    ]


def _closing(v: int, trust: tuple) -> list[P]:
    return [P(tx.CLOSINGS[k][v]) for k in ("review", "regulator")] + [
        *(P(x) for x in tx.SIGNATURES[v]),
        P(trust[0]),
    ]


def _count_rows(t: tx.Topic, v: int) -> list[list[str]]:
    head = ["Category", "Number"] if v == 0 else ["Breakdown", "Count"]
    total = sum(int(x.replace(",", "")) for _, x in t.counts)
    return [head, *([c, x] for c, x in t.counts), ["Total", f"{total:,}"]]


def _totals(numbered, v: int):
    blocks: list[Block] = []
    items = []
    for n, t in numbered:
        rows = _count_rows(t, v)
        blocks += [P(f"{n}. {t.question}", "bold") if v == 0 else P(f"Q{n}. {t.question}")]
        blocks += [Grid(rows, header=True, widths=(6, 3)), P(t.note, "italic")]
        table = "\n".join(" | ".join(r) for r in rows)
        items.append(_item(str(n) if v == 0 else f"Q{n}", t.question, f"{table} {t.note}"))
    return blocks, items


def _points(numbered, v: int):
    run = " ".join(f"{n}) {t.question}" for n, t in numbered)
    blocks: list[Block] = [
        P(tx.POINTS_INTRO[v]),
        P(f"“{tx.POINTS_PREAMBLE[v]} {run}”", "italic" if v == 0 else None),
        P("Our response to each point follows."),
    ]
    for n, t in numbered:
        lead = f"In response to point {n}:" if v == 0 else f"In response to point {n},"
        blocks += [P(f"{lead} {t.answer[0]}"), P(t.answer[1])]
    return blocks, [_item(str(n), t.question, _joined(t)) for n, t in numbered]


def _sidebar(numbered, v: int):
    title = "Related requests" if v == 0 else "Other disclosures on this topic"
    side = "".join(f"<li><a href='#'>{html.escape(r)}</a></li>" for r in tx.RELATED)
    main = "".join(
        f"<h4>{html.escape(t.question)}</h4>"
        f"<p>{html.escape(t.answer[0])}<br>{html.escape(t.answer[1])}</p>"
        for _, t in numbered
    )
    page = (
        f"<div class='layout'><aside class='sidebar'><h3>{title}</h3><ul>{side}</ul></aside>"
        f"<main class='disclosure'>{main}</main></div>"
    )
    printed: list[Block] = [P(title, "bold"), *(B(r) for r in tx.RELATED)]
    for _, t in numbered:
        printed += [H(t.question), P(t.answer[0]), P(t.answer[1])]
    return [Html(page, printed)], [_item(None, t.question, _joined(t)) for _, t in numbered]


def _status(numbered, v: int):
    rows = [["Question", "Status", "Response"] if v == 0 else ["Request", "Outcome", "Details"]]
    for n, t in numbered:
        rows.append([t.question if v == 0 else f"Q{n}. {t.question}", t.status, _joined(t)])
    labels = [None if v == 0 else f"Q{n}" for n, _ in numbered]
    items = [
        _item(lab, t.question, _joined(t)) for lab, (_, t) in zip(labels, numbered, strict=True)
    ]
    return [Grid(rows, header=True, widths=(6, 3, 7))], items


def _queryof(numbered, v: int):
    blocks: list[Block] = []
    count = len(numbered)
    for n, t in numbered:
        head = f"Query {n} of {count}"
        blocks += [H(head) if v == 0 else P(head, "bold"), P(t.question)]
        blocks += [P("Trust response", "bold" if v == 0 else "italic"), *(P(x) for x in t.answer)]
    return blocks, [_item(str(n), t.question, _joined(t)) for n, t in numbered]


def _further(numbered, v: int, first: str):
    blocks: list[Block] = [
        P(
            f"Further to our response of {first}, {tx.FOLLOWUP_INTRO[v][0].lower()}"
            f"{tx.FOLLOWUP_INTRO[v][1:]}"
        )
    ]
    for n, t in numbered:
        blocks += [
            P(f"{n}. {t.question}", "italic"),
            P(f"Our earlier response: {t.earlier}", "italic"),
        ]
        if v == 1:
            blocks.append(P("Additional response", "bold"))
        blocks += [P(x) for x in t.answer]
    return blocks, [_item(str(n), t.question, _joined(t)) for n, t in numbered]


def _answerfirst(numbered, v: int):
    blocks: list[Block] = []
    for n, t in numbered:
        blocks += [H(f"Answer {n}") if v == 0 else P(f"Answer {n}", "bold")]
        blocks += [P(x) for x in t.answer]
        said = (
            f"Your question {n} was: “{t.question}”" if v == 0 else f"(You asked: ‘{t.question}’)"
        )
        blocks.append(P(said, "italic"))
    return blocks, [_item(str(n), t.question, _joined(t)) for n, t in numbered]


def _sourced(numbered, v: int, searched: str):
    blocks: list[Block] = []
    for n, t in numbered:
        blocks += [P(f"{n}. {t.question}", "bold"), *(P(x) for x in t.answer)]
        blocks.append(P(tx.SOURCES[v].format(d=searched), "italic"))
    return blocks, [_item(str(n), t.question, _joined(t)) for n, t in numbered]


def _body(style: str, v: int, rnd: random.Random, rec: str):
    """The question/answer blocks of a letter and its items."""
    chosen = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    numbered = list(enumerate(chosen, 1))
    if style == TOTALS:
        return _totals(numbered, v)
    if style == POINTS:
        return _points(numbered, v)
    if style == SIDEBAR:
        return _sidebar(numbered, v)
    if style == STATUS:
        return _status(numbered, v)
    if style == QUERYOF:
        return _queryof(numbered, v)
    if style == FURTHER:
        first = dt.date.fromisoformat(rec) - dt.timedelta(days=rnd.randint(20, 60))
        return _further(numbered, v, dotted_month_date(first.isoformat()))
    if style == ANSWERFIRST:
        return _answerfirst(numbered, v)
    return _sourced(numbered, v, us_date(rec))


def _cited(items: list[dict]) -> list[dict]:
    """The FOIA sections the truth's answers apply."""
    answers = " ".join(i["answer"] for i in items)
    cited = {t.exemption for t in tx.TOPICS if t.exemption and f"section {t.exemption}" in answers}
    return [{"law": "FOIA", "section": s} for s in sorted(cited)]


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-t/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    y = int(rec[2:4])
    ref = trust[2].format(y=y, n=rnd.randint(100, 9999))
    head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp)
    body, items = _body(style, v, rnd, rec)
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
