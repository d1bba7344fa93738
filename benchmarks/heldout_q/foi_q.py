"""Held-out set Q, FOI half: letters in eight house styles that neither sets D to P
(benchmarks/heldout_d .. heldout_p) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Besides the style, the letters carry date forms the earlier sets did not ("5th Mar
2024", "5.3.2024", "March 5th, 2024") and reference forms of their own ("IAR-24-0173",
"FOIQ/0173/24", "IG.24.0173", "R24-173").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to P apply them): `label` is the question's number as printed without its
punctuation ("1." -> "1", "Q3" as printed), None when unnumbered; `question`/`answer`
are the text without labels, headings, bullets and markers (a subject heading above a
question, "[Response: ...]" brackets, the "Yes/No" and "Further detail" column heads);
an answer's paragraphs are joined by spaces; an answer that only points back to
another ("Please see the answer to question 2.") is that sentence; a Yes/No cell and its
detail are one answer ("Yes The service ..."); a "The Trust can confirm that ..."
sentence opening an answer is part of it; the "Additional information" section after
all the answers belongs to no answer; the exemptions are the FOIA sections the answers
apply; closings and signatures are in no item.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import Block, Grid, H, P
from benchmarks.heldout_q import foi_q_text as tx
from benchmarks.heldout_q.foi_q_text import dotted_date, month_first_date, short_ordinal_date

PER_STYLE = 4

CONFIRM = (
    "each answer opening by restating the question as 'The Trust can confirm that …' "
    "before the detail"
)
PAIRED = (
    "the questions as one bulleted list, then the answers as a second bulleted list of the "
    "same length in the same order"
)
REFBACK = (
    "follow-up questions answered only by a pointer back to an earlier answer ('Please see "
    "the answer to question 2.')"
)
ADDITIONAL = (
    "an 'Additional information' / 'Further information' section after all the answers, "
    "belonging to none of them"
)
BRACKET = "each answer typed after its question in the same paragraph inside '[Response: …]'"
BOXED = "each answer in a bordered one-cell box (a one-cell table) under its question"
SUBHEAD = (
    "a short subject heading above each question ('Interpreting spend'), the question in "
    "italics and the answer plain beneath it"
)
YESNO = (
    "a 'Question | Yes/No | Further detail' table of closed questions, the Yes/No cell and "
    "its detail one answer"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    CONFIRM: [
        ("Cold Fell NHS Trust", "Fell Gate, Croglin CF2 6FG", "IAR-{y}-{n:04d}"),
        ("Geltsdale Community NHS Trust", "Gelt Road, Hallbankgate GD4 1GR", "IG.{y}.{n:04d}"),
    ],
    PAIRED: [
        ("Talkin Tarn NHS Foundation Trust", "Tarn Lane, Talkin TT3 9TL", "FOIQ/{n:04d}/{y}"),
        ("Castle Carrock Hospitals NHS Trust", "Carrock Way, Brampton CC1 5CW", "R{y}-{n}"),
    ],
    REFBACK: [
        ("Bewcastle Waste NHS Trust", "Waste Road, Bewcastle BW7 2WR", "IG.{y}.{n:04d}"),
        ("Kershope Forest NHS Trust", "Forest Drive, Kershope KF5 3FD", "IAR-{y}-{n:04d}"),
    ],
    ADDITIONAL: [
        ("Spadeadam Moor NHS Trust", "Moor Side, Spadeadam SM8 4MS", "R{y}-{n}"),
        ("Gilsland Spa Healthcare NHS Trust", "Spa Road, Gilsland GS2 7SR", "FOIQ/{n:04d}/{y}"),
    ],
    BRACKET: [
        ("Irthing Vale NHS Foundation Trust", "Vale House, Irthington IV6 1VH", "IAR-{y}-{n:04d}"),
        ("Lanercost Priory NHS Trust", "Priory Lane, Lanercost LP3 8PL", "IG.{y}.{n:04d}"),
    ],
    BOXED: [
        ("Hethersgill Moss NHS Trust", "Moss Road, Hethersgill HM4 2MR", "FOIQ/{n:04d}/{y}"),
        ("Stapleton Knowe NHS Trust", "Knowe End, Stapleton SK9 6KE", "R{y}-{n}"),
    ],
    SUBHEAD: [
        ("Roweltown Mental Health NHS Trust", "Rowel Bank, Roweltown RT1 4RB", "IG.{y}.{n:04d}"),
        ("Nicholforest NHS Foundation Trust", "Forest Row, Penton NF7 3FR", "IAR-{y}-{n:04d}"),
    ],
    YESNO: [
        ("Solport Lyne NHS Trust", "Lyne Bridge, Solport SL5 9LB", "R{y}-{n}"),
        ("Catlowdy Community NHS Trust", "Catlowdy Road, Penton CL2 1CR", "FOIQ/{n:04d}/{y}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
SUBJECTS = {
    0: "Hospital at home",
    1: "Delayed discharges",
    2: "Interpreting spend",
    3: "Controlled drugs",
    4: "Suspended consultants",
    5: "Car parking",
    6: "Religious dress",
    7: "Violence against staff",
    8: "Menopause",
    9: "Nurse leavers",
    10: "Sanitary products",
    11: "IT infrastructure",
}
BRACKETS = ("[Response: {x}]", "[Trust reply – {x}]")


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
            P(f"Our ref: {ref}"),
            P(short_ordinal_date(resp)),
            P("Dear Requestor"),
            P(
                f"We write in response to your Freedom of Information request of "
                f"{dotted_date(rec)}. The information you asked for is set out below."
            ),
        ]
    if kind == 1:
        return [
            P(name, "bold"),
            P(address),
            P(f"FOI number: {ref} · Issued {month_first_date(resp)}"),
            P("Dear Correspondent,"),
            P(
                f"Thank you for contacting the Trust on {short_ordinal_date(rec)} with a "
                "request made under the Freedom of Information Act 2000."
            ),
        ]
    return [
        Grid([["Request number", ref], ["Response issued", dotted_date(resp)]], widths=(5, 9)),
        P(name, "bold"),
        P("Dear Colleague"),
        P(
            f"Your request for information, received by the Trust on "
            f"{month_first_date(rec)}, has been considered under the Freedom of "
            "Information Act 2000."
        ),
    ]


def _closing(v: int, trust: tuple) -> list[P]:
    return [P(tx.CLOSINGS[k][v]) for k in ("review", "regulator")] + [
        *(P(x) for x in tx.SIGNATURES[v]),
        P(trust[0]),
    ]


def _item(label: str | None, question: str, answer: str) -> dict:
    return {"label": label, "question": question, "answer": answer}


def _body(style: str, v: int, rnd: random.Random):
    """The question/answer blocks of a letter and its items."""
    blocks: list[Block] = []
    items: list[dict] = []
    if style == YESNO:  # the closed questions only, two of the four answered "No"
        chosen = rnd.sample([t for t in tx.TOPICS if t.question.startswith("Does ")], 3)
    else:
        chosen = rnd.sample([t for t in tx.TOPICS if t.yes == "Yes"], rnd.randint(3, 5))
    numbered = list(enumerate(chosen, 1))
    if style == CONFIRM:
        for n, t in numbered:
            blocks.append(P(f"Question {n}: {t.question}" if v == 0 else t.question, "bold"))
            blocks += [P(t.confirm), *(P(x) for x in t.answer)]
            label = str(n) if v == 0 else None
            items.append(_item(label, t.question, " ".join([t.confirm, *t.answer])))
    elif style == PAIRED:
        mark = "•" if v == 0 else "–"
        blocks.append(P("You asked the Trust:" if v == 0 else "Your questions were:"))
        blocks += [P(f"{mark} {t.question}") for t in chosen]
        blocks.append(P("Our answers, in the same order:" if v == 0 else "The Trust's answers:"))
        blocks += [P(f"{mark} {' '.join(t.answer)}") for t in chosen]
        items += [_item(None, t.question, " ".join(t.answer)) for t in chosen]
    elif style == REFBACK:
        n = 0
        follow = rnd.sample(tx.FOLLOW_UPS, 2)
        for j, t in enumerate(chosen):
            n += 1
            blocks += [P(f"{n}. {t.question}", "bold"), *(P(x) for x in t.answer)]
            items.append(_item(str(n), t.question, " ".join(t.answer)))
            if j < 2:
                n += 1
                refer = tx.REFER[v].format(n=n - 1)
                blocks += [P(f"{n}. {follow[j]}", "bold"), P(refer)]
                items.append(_item(str(n), follow[j], refer))
    elif style in (ADDITIONAL, BOXED, SUBHEAD):
        for n, t in numbered:
            if style == SUBHEAD:
                blocks.append(
                    H(SUBJECTS[tx.TOPICS.index(t)])
                    if v == 0
                    else P(SUBJECTS[tx.TOPICS.index(t)], "bold")
                )
                blocks.append(P(t.question, "italic"))
                label = None
            else:
                label = f"Q{n}" if v == 1 and style == ADDITIONAL else str(n)
                blocks.append(
                    P(
                        f"{label}. {t.question}" if label.isdigit() else f"{label} {t.question}",
                        "bold" if style == BOXED else None,
                    )
                )
            if style == BOXED:
                blocks.append(Grid([[" ".join(t.answer)]]))
            else:
                blocks += [P(x) for x in t.answer]
            items.append(_item(label, t.question, " ".join(t.answer)))
        if style == ADDITIONAL:
            head, *more = tx.ADDITIONAL[v]
            blocks += [H(head) if v == 0 else P(head, "bold"), *(P(x) for x in more)]
    elif style == BRACKET:
        for n, t in numbered:
            said = BRACKETS[v].format(x=" ".join(t.answer))
            blocks.append(P(f"{n}. {t.question} {said}" if v == 0 else f"{t.question} {said}"))
            items.append(_item(str(n) if v == 0 else None, t.question, " ".join(t.answer)))
    elif style == YESNO:
        rows = [["Question", "Yes/No", "Further detail"]]
        for n, t in numbered:
            ask = f"{n}. {t.question}" if v == 0 else t.question
            rows.append([ask, t.yes, " ".join(t.answer)])
            answer = f"{t.yes} {' '.join(t.answer)}"
            items.append(_item(str(n) if v == 0 else None, t.question, answer))
        blocks.append(Grid(rows, header=True, widths=(7, 2, 7)))
    return blocks, items


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-q/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    y = int(rec[2:4])
    ref = trust[2].format(y=y, n=rnd.randint(100, 9999))
    head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp)
    body, items = _body(style, v, rnd)
    blocks = [*head, *body, *_closing(v, trust)]
    answers = " ".join(i["answer"] for i in items)
    cited = {t.exemption for t in tx.TOPICS if t.exemption and " ".join(t.answer) in answers}
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
