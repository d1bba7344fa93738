"""Held-out set O, FOI half: letters in eight house styles that neither sets D to M
(benchmarks/heldout_d .. heldout_m) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Besides the style, the letters carry date forms the earlier sets did not
("5.3.2024", "5th Mar 2024", "05 Mar. 2024", "Tuesday 05/03/2024"), reference forms of
their own ("FOIA-O/2024/0173", "IG/173/24", "24FOI0173", "REQ-173-24"), and a closing
with the Information Commissioner's postal address.

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to M apply them): `label` is the question's number as printed without its
punctuation ("3." -> "3", "[B]" -> "B", "Q4" as printed), None when unnumbered;
`question`/`answer` are the text without labels and markers (the "»" / "▶" that opens
an answer, a "Status:" / "Outcome –" line, an answer's own letter "(c)" when questions
and answers are numbered in two systems); a question printed in capitals is its
capitals; an answer's paragraphs are joined by spaces; a table after an answer's text,
and its caption, are not part of the answer; the exemptions are the FOIA sections the
answers apply; the clarification exchange before the clarified questions, closings and
signatures are in no item. The received date is the original request's, not the
clarification's.
"""

from __future__ import annotations

import datetime as dt
import html
import random

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_o import foi_o_text as tx
from benchmarks.heldout_o.foi_o_text import (
    abbr_point_date,
    dot_full_date,
    ordinal_abbr_date,
    weekday_slash_date,
)
from benchmarks.heldout_o.render import BI, Block, Grid, H, Html, P, Rule, T

PER_STYLE = 4

RULES = "each question restated in bold italics after a horizontal rule, answers separated by rules"
STATUS = (
    "a per-question 'Status:' line ('Withheld – section 43(2)', 'Released in full', "
    "'Not held') before each answer"
)
BRACKET = "bracketed capital labels '[A]', '[B]' for questions, answers introduced by '»' or '▶'"
CAPTION = (
    "questions as <h4> headings inside <section>s, each answer's figures in a table with a "
    "caption, small numbers suppressed as '*'"
)
CLARIFY = (
    "a clarification exchange first (what the trust asked, what the requester replied), "
    "then the clarified questions answered"
)
TWONUM = (
    "questions numbered 1–6 and answers lettered (a)–(f) in the same order, with a line saying so"
)
CAPS = "questions printed in capital letters, answers in sentence case beneath"
KEYED = "questions in one numbered table, answers in a second table keyed by the same numbers"

# Two fictional trusts per style: (name, address, reference format).
TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    RULES: [
        ("Aldbourne Chase NHS Trust", "Chase Road, Aldbourne AC4 2CR", "FOIA-O/20{y}/{n:04d}"),
        ("Baydon Ridge NHS Foundation Trust", "Ridgeway House, Baydon BR7 1RH", "IG/{n}/{y}"),
    ],
    STATUS: [
        ("Chilton Foliat Hospitals NHS Trust", "Foliat Lane, Chilton CF2 6FL", "{y}FOI{n:04d}"),
        ("Belford Quay Community NHS Trust", "Quay Cottages, Belford BQ5 3QC", "REQ-{n}-{y}"),
    ],
    BRACKET: [
        ("Easton Royal NHS Trust", "Royal Oak Yard, Easton ER1 9OY", "IG/{n}/{y}"),
        ("Froxfield Almshouse Health NHS Trust", "Almshouse Row, Froxfield FA3 4AR", "FX{n}"),
    ],
    CAPTION: [
        ("Great Bedwyn NHS Foundation Trust", "Brail Road, Great Bedwyn GB6 2BR", "{y}FOI{n:04d}"),
        ("Glanton Pike NHS Trust", "Pike Road, Glanton GP9 8PR", "HCT/FOI/{n}"),
    ],
    CLARIFY: [
        ("Chatton Linn NHS Trust", "Linn Road, Chatton CL2 7LR", "FOIA-O/20{y}/{n:04d}"),
        ("Elsdon Tower Healthcare NHS Trust", "Tower Lane, Elsdon ET4 5TL", "REQ-{n}-{y}"),
    ],
    TWONUM: [
        ("Matfen Green NHS Trust", "Green Side, Matfen MG8 1GS", "LDT {n}/{y}"),
        ("Harbottle Crags Mental Health NHS Trust", "Crag End, Harbottle HC3 3CE", "MDF{n}"),
    ],
    CAPS: [
        ("Nettleton Shrub NHS Trust", "Shrub Lane, Nettleton NS5 2SL", "{y}FOI{n:04d}"),
        ("Ogbourne Maizey NHS Foundation Trust", "Maizey Farm Road, Ogbourne OM7 6FR", "OMF/{n}"),
    ],
    KEYED: [
        ("Kielder Water Hospitals NHS Trust", "Dam Head, Kielder KW1 4DH", "IG/{n}/{y}"),
        ("Ramsbury Manor NHS Trust", "Manor Drive, Ramsbury RM6 9MD", "FOIA-O/20{y}/{n:04d}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
ARROWS = ("»", "▶")


def _dates(rnd: random.Random) -> tuple[str, str]:
    rec = dt.date(2024, 1, 15) + dt.timedelta(days=rnd.randint(0, 290))
    resp = rec + dt.timedelta(days=rnd.randint(8, 28))
    return rec.isoformat(), resp.isoformat()


def _later(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address = trust[0], trust[1]
    if kind == 0:
        return [
            P(name, "bold"),
            P(address),
            P(f"Our ref: {ref}"),
            P(f"Date: {ordinal_abbr_date(resp)}"),
            P("Dear Sir or Madam"),
            P(
                f"Re: Freedom of Information Act 2000 request received {dot_full_date(rec)}. "
                "Please find our response below."
            ),
        ]
    if kind == 1:
        return [
            Grid([[name, f"{address}\nRef: {ref}"]], borders=False, widths=(8, 8)),
            P(weekday_slash_date(resp)),
            P("Dear Applicant,"),
            P(
                f"We write about your request for information of {weekday_slash_date(rec)}, "
                "which we have considered under the Freedom of Information Act 2000."
            ),
        ]
    return [
        H(name),
        P(f"Freedom of Information request {ref}"),
        P(f"Response issued {abbr_point_date(resp)}"),
        P("Dear Correspondent"),
        P(
            f"Thank you for contacting us on {abbr_point_date(rec)}. The Trust has now "
            "gathered the information you asked for."
        ),
    ]


def _closing(v: int, trust: tuple) -> list[P]:
    return [P(tx.CLOSINGS[k][v]) for k in ("review", "regulator")] + [
        *(P(x) for x in tx.SIGNATURES[v]),
        P(trust[0]),
    ]


def _item(label: str | None, question: str, t: tx.Topic) -> dict:
    return {"label": label, "question": question, "answer": " ".join(t.answer)}


def _answers(t: tx.Topic) -> list[Block]:
    return [P(p) for p in t.answer]


def _caption_section(v: int, n: int, t: tx.Topic) -> Html:
    """One <section>: an <h4> question, the answer, its table with a <caption>."""
    head = t.question if v == 0 else f"{n}. {t.question}"
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in t.answer)
    printed: list = [P(head, "bold"), *_answers(t)]
    table = ""
    if t.table:
        cap = f"Table {n}: {t.caption}"
        cells = "".join(f"<th>{html.escape(c)}</th>" for c in t.table[0])
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in t.table[1:]
        )
        table = (
            f"<table><caption>{html.escape(cap)}</caption><thead><tr>{cells}</tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )
        printed += [P(cap, "italic"), T(t.table)]
    markup = f"<section><h4>{html.escape(head)}</h4>{paras}{table}</section>"
    return Html(markup, printed)


def _body(style: str, v: int, rnd: random.Random, rec: str) -> tuple[list[Block], list[dict]]:
    """The question/answer blocks of a letter and its items."""
    blocks: list[Block] = []
    items: list[dict] = []
    if style == CAPTION:
        pool = [t for t in tx.TOPICS if t.table]
        chosen = rnd.sample(pool, 3) + rnd.sample([t for t in tx.TOPICS if not t.table], 1)
    else:
        chosen = rnd.sample(tx.TOPICS, rnd.randint(3, 6))
    numbered = list(enumerate(chosen, 1))
    if style == RULES:
        for n, t in numbered:
            blocks += [Rule(), BI(t.question if v == 0 else f"{n}. {t.question}")]
            blocks += _answers(t)
            items.append(_item(None if v == 0 else str(n), t.question, t))
        blocks.append(Rule())
    elif style == STATUS:
        for n, t in numbered:
            if v == 0:
                blocks += [P(f"{n}. {t.question}", "bold"), P(f"Status: {t.status}", "italic")]
            else:
                blocks += [P(t.question, "bold"), P(f"Outcome – {t.status}")]
            blocks += _answers(t)
            items.append(_item(str(n) if v == 0 else None, t.question, t))
    elif style == BRACKET:
        arrow = ARROWS[v]
        for n, t in numbered:
            letter = "ABCDEF"[n - 1]
            blocks.append(P(f"[{letter}] {t.question}", "bold" if v == 1 else None))
            blocks.append(P(f"{arrow} {t.answer[0]}"))
            blocks += [P(p) for p in t.answer[1:]]
            items.append(_item(letter, t.question, t))
    elif style == CAPTION:
        blocks.append(
            P(
                "Where a figure is between one and four it is shown as * so that no "
                "individual can be identified."
            )
        )
        for n, t in numbered:
            blocks.append(_caption_section(v, n, t))
            items.append(_item(None if v == 0 else str(n), t.question, t))
    elif style == CLARIFY:
        asked = _later(rec, rnd.randint(1, 3))
        replied = _later(asked, rnd.randint(1, 4))
        blocks += [
            P("Clarification" if v == 0 else "Clarifying your request", "bold"),
            P(
                f"On {ordinal_abbr_date(asked)} we asked you which hospital sites and which "
                "time period your request was about, as it could be read more than one way."
            ),
            P(
                f"You replied on {ordinal_abbr_date(replied)} that you wanted figures for the "
                "whole Trust and for the most recent period available."
            ),
            P("Your clarified request" if v == 0 else "The request as clarified", "bold"),
        ]
        for n, t in numbered:
            blocks.append(P(f"{n}. {t.question}" if v == 0 else f"Q{n} {t.question}"))
            blocks += _answers(t)
            items.append(_item(str(n) if v == 0 else f"Q{n}", t.question, t))
    elif style == TWONUM:
        letters = "abcdef" if v == 0 else "ABCDEF"
        last = letters[len(chosen) - 1]
        blocks.append(
            P(
                f"Your questions are numbered 1 to {len(chosen)} below. Our answers are "
                f"lettered ({letters[0]}) to ({last}) and follow the same order, so answer "
                f"({letters[0]}) replies to question 1."
            )
        )
        blocks.append(P("Questions", "bold"))
        blocks += [P(f"{n}. {t.question}" if v == 0 else f"Q{n} {t.question}") for n, t in numbered]
        blocks.append(P("Answers", "bold"))
        for n, t in numbered:
            blocks.append(P(f"({letters[n - 1]}) {t.answer[0]}"))
            blocks += [P(p) for p in t.answer[1:]]
            items.append(_item(str(n) if v == 0 else f"Q{n}", t.question, t))
    elif style == CAPS:
        for n, t in numbered:
            upper = t.question.upper()
            blocks.append(P(f"{n}. {upper}" if v == 0 else upper, "bold" if v == 1 else None))
            blocks += _answers(t)
            items.append(_item(str(n) if v == 0 else None, upper, t))
    else:  # KEYED
        head = ["No.", "Information requested"] if v == 0 else ["Item", "Your question"]
        blocks.append(P("You asked for the following information:"))
        blocks.append(Grid([head] + [[str(n), t.question] for n, t in numbered], header=True))
        blocks.append(P("Our answers, numbered as your questions above:"))
        ahead = ["No.", "Response"] if v == 0 else ["Item", "Trust reply"]
        rows = [[str(n), "\n".join(t.answer)] for n, t in numbered]
        blocks.append(Grid([ahead, *rows], header=True, widths=(2, 14)))
        items += [_item(str(n), t.question, t) for n, t in numbered]
    return blocks, items


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-o/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    y = int(rec[2:4])
    ref = trust[2].format(y=y, n=rnd.randint(100, 9999))
    head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp)
    body, items = _body(style, v, rnd, rec)
    blocks = [*head, *body, *_closing(v, trust)]
    asked = {i["answer"] for i in items}
    cited = {t.exemption for t in tx.TOPICS if t.exemption and " ".join(t.answer) in asked}
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
