"""Held-out set L, FOI half: letters in eight house styles that neither sets D to K
(benchmarks/heldout_d .. heldout_k) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Besides the style, the letters carry date forms the earlier sets did not
("5/3/2024", "05/03/24", "2024/03/05", "Mar 5th, 2024", "Tuesday, 5 March, 2024"),
reference forms of their own ("FOI-2024-03-0123", "R/0456/24-25", "IG.FOI.1234",
"FOI#20240312-07", "Req No. 24/0321"), and a "Your ref / Our ref" pair where only
"Our ref" is the trust's reference.

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to K apply them): `label` is the question's number or letter as printed without
punctuation ("(a)" -> "a", "Q3" -> "Q3", "Question 2" -> "2"), None when unnumbered; a
nested part's label joins its parents' ("1. … (b) … (ii)" -> "1bii", as set E's "1(a)"
-> "1a"); `question`/`answer` are the text without labels and markers ("Q:", "A:",
"Response to question 3", "Finance replied:"); an answer's paragraphs are joined by
spaces; a multi-part question's stem ("Regarding patient transport:") is in no item,
each lowest part is an item; the exemptions are the FOIA sections the answers apply.
Definitions and background points numbered before the questions, a list of
enclosures after the answers, section 17 notices, closings and signatures are in no
answer. In an internal-review outcome letter the answer is the reviewer's decision and
finding ("Partly upheld. …"); the first reply it quotes is in no answer; the dates are
those of the review: `received_date` the day the review request arrived,
`responded_date` the day of the outcome letter (the original request's dates are
printed too). In a chronology table the request's first arrival is `received_date`,
not the day its clarification arrived.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_l import foi_l_text as tx
from benchmarks.heldout_l.foi_l_text import (
    bare_slash_date,
    month_first_date,
    short_year_date,
    weekday_comma_date,
    year_first_date,
)
from benchmarks.heldout_l.render import B, Block, Grid, H, Html, N, P

PER_STYLE = 4

DEFS = "numbered definitions or background points before the numbered questions"
BR = "CMS page: question and answer in one <p> split by <br>, 'Q:' / 'A:' in <strong>"
REVIEW = "internal review outcome: each question, the first reply, the reviewer's decision"
ATTACH = "answers pointing to enclosed appendices, a list of enclosures after the answers"
AFTER = "questions listed first, 'Response to question N' paragraphs after all of them"
NESTED = "nested parts 1 -> (a), (b) -> (i), (ii), each lowest part answered beneath"
CHRONO = "a chronology table of the request's dates (received, clarified, extended, sent)"
DEPT = "each answer introduced by the department that supplied it ('Finance replied:')"

# Two fictional trusts per style: (name, address, reference format).
TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    DEFS: [
        (
            "Ashampstead Common NHS Trust",
            "Common Road, Ashampstead AC3 1CR",
            "FOI-{Y}-{mm}-{n:04d}",
        ),
        (
            "Bucklebury Ford NHS Foundation Trust",
            "Ford Lane, Bucklebury BF5 2FL",
            "R/{n:04d}/{y}-{z}",
        ),
    ],
    BR: [
        ("Chaddleworth Downs NHS Trust", "Downs Way, Chaddleworth CD7 4DW", "IG.FOI.{n}"),
        (
            "Dunsden Green Health NHS Trust",
            "Green Street, Dunsden DG2 8GS",
            "FOI#{Y}{mm}{dd}-{s:02d}",
        ),
    ],
    REVIEW: [
        ("Eling Mill Hospitals NHS Trust", "Tide Road, Eling EM4 6TR", "Req No. {y}/{n:04d}"),
        ("Fawley Moor NHS Foundation Trust", "Moor Lane, Fawley FM1 3ML", "IR-FOI-{n:04d}-{y}"),
    ],
    ATTACH: [
        ("Greenham Park NHS Trust", "Park Avenue, Greenham GP6 9PA", "FOI-{Y}-{mm}-{n:04d}"),
        ("Hurley Bottom Community NHS Trust", "Bottom Road, Hurley HB8 2BR", "IG.FOI.{n}"),
    ],
    AFTER: [
        ("Inkpen Beacon NHS Trust", "Beacon Hill, Inkpen IB3 7BH", "R/{n:04d}/{y}-{z}"),
        (
            "Jealotts Hill Partnership NHS Trust",
            "Hill Farm Road, Warfield JH9 1HF",
            "Req No. {y}/{n:04d}",
        ),
    ],
    NESTED: [
        (
            "Kintbury Lock NHS Foundation Trust",
            "Lock Side, Kintbury KL2 5LS",
            "FOI#{Y}{mm}{dd}-{s:02d}",
        ),
        (
            "Leckhampstead Thicket NHS Trust",
            "Thicket Road, Leckhampstead LT4 3TR",
            "LTT/IR/{n:05d}",
        ),
    ],
    CHRONO: [
        ("Midgham Marsh NHS Trust", "Marsh Lane, Midgham MM6 1ML", "IR-FOI-{n:04d}-{y}"),
        (
            "Newtown Common Hospitals NHS Trust",
            "Heath End, Newtown NC2 7HE",
            "FOI-{Y}-{mm}-{n:04d}",
        ),
    ],
    DEPT: [
        ("Oare Heath NHS Foundation Trust", "Heath Road, Oare OH5 4HR", "R/{n:04d}/{y}-{z}"),
        ("Padworth Gully Mental Health NHS Trust", "Gully Lane, Padworth PG3 6GL", "IG.FOI.{n}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES} | {
    BR: ("html",),
    REVIEW: ("docx", "pdf"),
    CHRONO: ("docx", "pdf"),
}
FORMS = (bare_slash_date, short_year_date, year_first_date, month_first_date, weekday_comma_date)


def _dates(rnd: random.Random) -> tuple[str, str]:
    rec = dt.date(2024, 1, 8) + dt.timedelta(days=rnd.randint(0, 300))
    resp = rec + dt.timedelta(days=rnd.randint(10, 27))
    return rec.isoformat(), resp.isoformat()


def _later(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str, k: int) -> list[Block]:
    name, address = trust[0], trust[1]
    form = FORMS[k % len(FORMS)]
    if kind == 0:  # "Your ref / Our ref" pair
        return [
            H(name),
            P(address),
            P(f"Your ref: e-mail of {form(rec)}"),
            P(f"Our ref: {ref}"),
            P(f"Date: {form(resp)}"),
            P("Dear Requester,"),
            P("Thank you for your Freedom of Information request. Our reply is set out below."),
        ]
    if kind == 1:
        return [
            P(f"{name} | {address}", "bold"),
            P(f"Sent {form(resp)}"),
            P(f"Freedom of Information Act 2000 – request {ref}", "bold"),
            P("Dear Enquirer"),
            P(
                f"We logged your request on {form(rec)} and have gathered the information "
                "from the departments concerned."
            ),
        ]
    return [
        P(name, "bold"),
        P(address),
        P(f"FOI case {ref}, replied {form(resp)}"),
        P("Hello,"),
        P(f"Your message dated {form(rec)} reached our Information Rights team that day."),
    ]


def _closing(v: int, rnd: random.Random, trust: tuple) -> list[Block]:
    kinds = ["review", "regulator", *(["reuse"] if rnd.random() < 0.5 else [])]
    return [P(tx.CLOSINGS[k][v]) for k in kinds] + [P(x) for x in tx.SIGNATURES[v]] + [P(trust[0])]


def _item(label: str | None, question: str, answer: str) -> dict:
    return {"label": label, "question": question, "answer": answer}


def _topics(rnd: random.Random, lo: int, hi: int, need=lambda t: True) -> list[tx.Topic]:
    return rnd.sample([t for t in tx.TOPICS if need(t)], rnd.randint(lo, hi))


def _defs(v: int, rnd: random.Random) -> tuple[list[Block], list[dict]]:
    points = list(tx.DEFINITIONS[v][: rnd.randint(2, 4)])
    blocks: list[Block] = [H("Definitions used in this reply" if v == 0 else "Background")]
    blocks += [P(f"{i}. {x}") for i, x in enumerate(points, 1)]
    blocks.append(H("Your questions and our answers" if v == 0 else "The request"))
    items = []
    start = 0 if v == 0 else len(points)
    for n, t in enumerate(_topics(rnd, 3, 5), start + 1):
        blocks.append(P(f"{n}. {t.question}", "bold"))
        blocks += [P(p) for p in t.answer]
        items.append(_item(str(n), t.question, " ".join(t.answer)))
    return blocks, items


def _br(v: int, rnd: random.Random) -> tuple[list[Block], list[dict]]:
    from html import escape

    blocks: list[Block] = []
    items = []
    for n, t in enumerate(_topics(rnd, 3, 5), 1):
        q, a = escape(t.question), "<br>".join(escape(p) for p in t.answer)
        if v == 0:
            markup = f"<p><strong>Q:</strong> {q}<br><strong>A:</strong> {a}</p>"
            printed = [P(f"**Q:** {t.question}"), *(P(p) for p in t.answer)]
        else:
            markup = (
                f"<p><strong>Question {n}</strong><br>{q}<br><strong>Answer</strong><br>{a}</p>"
            )
            printed = [P(f"Question {n}", "bold"), P(t.question), *(P(p) for p in t.answer)]
        blocks.append(Html(markup, printed))
        items.append(_item(None if v == 0 else str(n), t.question, " ".join(t.answer)))
    return blocks, items


def _review(v, rnd, trust, ref, rec, k) -> tuple[list[Block], list[dict]]:
    form = FORMS[(k + 2) % len(FORMS)]
    first = (dt.date.fromisoformat(rec) - dt.timedelta(days=rnd.randint(30, 50))).isoformat()
    blocks: list[Block] = [
        P(
            f"Your original request reached us on {form(first)} and we replied on "
            f"{form(_later(first, 18))}. You asked for an internal review of that reply."
        ),
        P(
            "The review was carried out by a senior manager who took no part in the first "
            "reply. Each question is set out below with our first reply and the outcome."
        ),
    ]
    items = []
    for n, t in enumerate(_topics(rnd, 3, 4), 1):
        decision = tx.DECISIONS[rnd.randrange(3)]
        if v == 0:
            blocks += [
                P(f"Question {n}: {t.question}", "bold"),
                P(f"Original response: {t.earlier}", "italic"),
                P(f"Reviewer's decision: {decision}. {t.answer[0]}"),
                *(P(p) for p in t.answer[1:]),
            ]
        else:
            blocks += [
                P(f"{n}. {t.question}"),
                P(f"You were told: “{t.earlier}”", "italic"),
                P(f"Outcome of review: {decision}.", "bold"),
                *(P(p) for p in t.answer),
            ]
        items.append(_item(str(n), t.question, f"{decision}. {' '.join(t.answer)}"))
    return blocks, items


def _attach(v: int, rnd: random.Random) -> tuple[list[Block], list[dict]]:
    chosen = _topics(rnd, 2, 3, lambda t: t.attachment) + _topics(
        rnd, 1, 2, lambda t: not t.attachment
    )
    rnd.shuffle(chosen)
    blocks: list[Block] = [P("You asked for the following information:")]
    items, enclosed = [], []
    for n, t in enumerate(chosen, 1):
        answer = list(t.answer)
        if t.attachment:
            letter = "ABCDEF"[len(enclosed)]
            enclosed.append((letter, t.attachment))
            answer.append(
                f"Please see Appendix {letter}, which gives the {t.attachment}."
                if v == 0
                else f"See attached spreadsheet {letter} ({t.attachment})."
            )
        label = str(n) if v == 0 else f"Q{n}"
        blocks.append(P(f"{n}. {t.question}", "bold") if v == 0 else P(f"Q{n} – {t.question}"))
        blocks += [P(p) for p in answer]
        items.append(_item(label, t.question, " ".join(answer)))
    blocks.append(H("Enclosures") if v == 0 else P("Attachments sent with this letter:", "bold"))
    for letter, what in enclosed:
        text = f"Appendix {letter} – {what} (Excel workbook)"
        blocks.append(B(text) if v == 0 else P(f"Spreadsheet {letter}: {what}.xlsx"))
    return blocks, items


def _after(v: int, rnd: random.Random) -> tuple[list[Block], list[dict]]:
    chosen = _topics(rnd, 3, 5)
    blocks: list[Block] = [
        P(
            "Your request asked:"
            if v == 0
            else "We have numbered the parts of your request as follows:"
        )
    ]
    if v == 0:
        blocks += [P(f"{n}. {t.question}") for n, t in enumerate(chosen, 1)]
    else:
        blocks += [N(t.question, n) for n, t in enumerate(chosen, 1)]
    blocks.append(H("Our response"))
    items = []
    for n, t in enumerate(chosen, 1):
        blocks.append(
            P(f"Response to question {n}", "bold")
            if v == 0
            else P(f"Your question {n} – our reply", "bold")
        )
        blocks += [P(p) for p in t.answer]
        items.append(_item(str(n), t.question, " ".join(t.answer)))
    return blocks, items


def _nested(v: int, rnd: random.Random) -> tuple[list[Block], list[dict]]:
    blocks: list[Block] = []
    items = []
    for n, (stem, parts) in enumerate(rnd.sample(tx.NESTED, rnd.randint(2, 3)), 1):
        blocks.append(P(f"{n}. {stem}", "bold") if v == 0 else P(f"Request {n} – {stem}", "bold"))
        for letter, (part, answer, subs) in zip("abcdef", parts, strict=False):
            blocks.append(P(f"({letter}) {part}") if v == 0 else P(f"{letter}) {part}"))
            if answer:
                blocks.append(P(answer, "italic") if v == 0 else P(f"Answer: {answer}"))
                items.append(_item(f"{n}{letter}", part, answer))
            for roman, (sub, sub_answer) in zip(("i", "ii", "iii"), subs, strict=False):
                blocks.append(P(f"({roman}) {sub}") if v == 0 else P(f"{roman}. {sub}"))
                blocks.append(P(sub_answer, "italic") if v == 0 else P(f"Answer: {sub_answer}"))
                items.append(_item(f"{n}{letter}{roman}", sub, sub_answer))
    return blocks, items


def _dept(v: int, rnd: random.Random) -> tuple[list[Block], list[dict]]:
    blocks: list[Block] = []
    items = []
    for n, t in enumerate(_topics(rnd, 3, 5), 1):
        if v == 0:
            blocks += [P(f"{n}. {t.question}", "bold"), P(f"{t.department} replied:", "italic")]
        else:
            blocks += [P(t.question, "bold"), P(f"Response supplied by {t.department}")]
        blocks += [P(p) for p in t.answer]
        items.append(_item(str(n) if v == 0 else None, t.question, " ".join(t.answer)))
    return blocks, items


def _chrono(v, rnd, trust, ref, rec, resp, k) -> list[Block]:
    form = FORMS[(k + 1) % len(FORMS)]
    asked = _later(rec, rnd.randint(1, 3))
    clarified = _later(rec, rnd.randint(4, 7))
    rows = [
        ["Case number", ref],
        ["Request received", form(rec)],
        ["Clarification sought", form(asked)],
        ["Clarification received", form(clarified)],
    ]
    if v == 1:
        rows.append(["Public interest extension notified", form(_later(clarified, 2))])
    rows.append(["Response sent", form(resp)])
    return [
        H(trust[0]),
        P(trust[1]),
        H("Freedom of Information response" if v == 0 else "Request history"),
        Grid(rows, header=False, widths=(6, 8)),
        P("Dear Requester," if v == 0 else "Good afternoon,"),
        P(
            "Thank you for clarifying your request. We have answered it in full below."
            if v == 0
            else "Thank you for your patience while we considered the public interest."
        ),
    ]


def _chrono_body(v: int, rnd: random.Random) -> tuple[list[Block], list[dict]]:
    blocks: list[Block] = []
    items = []
    for n, t in enumerate(_topics(rnd, 3, 4), 1):
        blocks.append(P(t.question, "bold") if v == 0 else H(f"Request {n}"))
        if v == 1:
            blocks.append(P(t.question, "italic"))
        blocks += [P(p) for p in t.answer]
        items.append(_item(None if v == 0 else str(n), t.question, " ".join(t.answer)))
    return blocks, items


BODIES = {DEFS: _defs, BR: _br, ATTACH: _attach, AFTER: _after, NESTED: _nested, DEPT: _dept}


def _reference(fmt: str, rnd: random.Random, rec: str) -> str:
    y = int(rec[2:4])
    return fmt.format(
        Y=rec[:4],
        mm=rec[5:7],
        dd=rec[8:10],
        y=y,
        z=y + 1,
        n=rnd.randint(100, 9999),
        s=rnd.randint(1, 40),
    )


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-l/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    ref = _reference(trust[2], rnd, rec)
    if style == CHRONO:
        head = _chrono(v, rnd, trust, ref, rec, resp, k)
        body, items = _chrono_body(v, rnd)
    else:
        head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp, k)
        if style == REVIEW:
            body, items = _review(v, rnd, trust, ref, rec, k)
        else:
            body, items = BODIES[style](v, rnd)
    tail = _closing(v, rnd, trust)
    if style == REVIEW:
        tail = [P(tx.REVIEW_CLOSING), *tail[-4:]]
    blocks = [*head, *body, *tail]
    questions = {item["question"] for item in items}
    cited = {t.exemption for t in tx.TOPICS if t.exemption and t.question in questions}
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
