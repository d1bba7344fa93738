"""Held-out set M, FOI half: letters in eight house styles that neither sets D to K
(benchmarks/heldout_d .. heldout_k) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Besides the style, the letters carry date forms the earlier sets did not
("5/3/24", "5 Mar 24", "Tuesday 5th March 2024", "05.03.24"), reference forms of their
own ("FOI.24.0173", "173/FOI/24-25", "FOI#4821", "2024_173_FOI"), the reference in a
"Please quote" box at the top right, and date-stamped follow-up requests.

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to K apply them): `label` is the question's number as printed without its
trailing punctuation ("3." -> "3", "Q2." -> "Q2", "Section 4 –" -> "4", a circled
"③" or "❸" -> "3", a reference code "Q1.a" or "2.1" as printed), None when unnumbered;
`question`/`answer` are the text without labels and markers (the circled glyph, the
"Information supplied by Estates and Facilities" / "Pharmacy advise:" credit line);
an answer's paragraphs are joined by spaces; a question listed in a contents list and
answered in a later titled section has that section's text as its answer (the title is
not part of it); the exemptions are the FOIA sections the answers apply; closings and
signatures are in no answer. The received date is the original request's, not a
follow-up's.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_m import foi_m_text as tx
from benchmarks.heldout_m.foi_m_text import (
    abbr_date,
    dotted_date,
    short_date,
    weekday_ordinal_date,
)
from benchmarks.heldout_m.render import Block, Grid, H, P, S, U

PER_STYLE = 4

CONTENTS = (
    "questions as a numbered contents list up front, answers in later sections under short titles"
)
SHADED = "each question repeated in italics in a grey shaded box, the answer beneath"
CIRCLED = (
    "questions listed with circled-number glyphs (① / ❶), each answer starting with the same glyph"
)
REFCODE = (
    "two-column table: a 'Ref' code (Q1.a / 2.1) beside one cell holding the question and "
    "its answer as separate paragraphs"
)
HOLD = "reply split into 'What we hold' and 'What we do not hold' sections, questions regrouped"
UNDERLINE = "questions underlined (not bold, not italic), answers plain beneath"
DEPT = "each answer credited to the department that supplied it, a line between question and answer"
FOLLOWUP = (
    "original request and a later follow-up answered under dated sub-headings, numbering continued"
)

# Two fictional trusts per style: (name, address, reference format).
TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    CONTENTS: [
        ("Abbotsley Fen NHS Trust", "Fen Causeway, Abbotsley AF3 2FC", "FOI.{y}.{n:04d}"),
        (
            "Brampford Speke Healthcare NHS Trust",
            "Speke House, Brampford BS9 4SH",
            "{n}/FOI/{y}-{z}",
        ),
    ],
    SHADED: [
        ("Clyst Honiton NHS Foundation Trust", "Airfield Road, Clyst CH4 1AR", "FOI#{n}"),
        ("Dunsford Moor Community NHS Trust", "Moor View, Dunsford DM2 8MV", "20{y}_{n}_FOI"),
    ],
    CIRCLED: [
        ("Exminster Marshes NHS Trust", "Canal Bank, Exminster EM5 3CB", "INF {m:05d}"),
        ("Fenny Bridges Hospitals NHS Trust", "Bridge Street, Fenny FB1 7BS", "R{y}/{n:04d}/FOI"),
    ],
    REFCODE: [
        (
            "Gittisham Vale NHS Foundation Trust",
            "Combe Lane, Gittisham GV6 2CL",
            "FOIA/20{y}/{n}/GV",
        ),
        ("Halberton Canal NHS Trust", "Towpath House, Halberton HC8 5TH", "Disclosure {n}"),
    ],
    HOLD: [
        ("Ide Valley Partnership NHS Trust", "Church Row, Ide IV2 9CR", "IG{n}-20{y}"),
        ("Kentisbeare Royal NHS Trust", "Royal Parade, Kentisbeare KR4 4RP", "FOI.{y}.{n:04d}"),
    ],
    UNDERLINE: [
        ("Luppitt Common NHS Trust", "Common Road, Luppitt LC7 1CR", "{n}/FOI/{y}-{z}"),
        ("Membury Castle Health NHS Trust", "Castle Hill, Membury MC3 6CH", "EIR-FOI {m:05d}"),
    ],
    DEPT: [
        ("Nymet Rowland NHS Foundation Trust", "Rowland Lane, Nymet NR5 2RL", "FOI#{n}"),
        ("Otterton Mill Hospitals NHS Trust", "Mill Leat, Otterton OM1 8ML", "OMH.FOI.{n}"),
    ],
    FOLLOWUP: [
        ("Payhembury Downs NHS Trust", "Downs Road, Payhembury PD6 3DR", "R{y}/{n:04d}/FOI"),
        (
            "Rockbeare Heath Mental Health NHS Trust",
            "Heath Cross, Rockbeare RH2 7HC",
            "20{y}_{n}_FOI",
        ),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf") for s in STYLES} | {
    s: ("docx", "pdf", "html") for s in (CONTENTS, SHADED, CIRCLED, REFCODE, HOLD, UNDERLINE)
}
GLYPHS = ("①②③④⑤⑥", "❶❷❸❹❺❻")


def _dates(rnd: random.Random) -> tuple[str, str]:
    rec = dt.date(2024, 1, 8) + dt.timedelta(days=rnd.randint(0, 300))
    resp = rec + dt.timedelta(days=rnd.randint(9, 27))
    return rec.isoformat(), resp.isoformat()


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address = trust[0], trust[1]
    if kind == 0:  # the reference in a "Please quote" box at the top right
        return [
            Grid([[f"{name}\n{address}", f"Please quote\n{ref}"]], widths=(11, 5)),
            P(weekday_ordinal_date(resp)),
            P("Dear Enquirer"),
            P(
                f"Thank you for your request for information, which reached us on "
                f"{short_date(rec)}. We have dealt with it under the Freedom of Information Act."
            ),
        ]
    if kind == 1:
        return [
            P(name, "bold"),
            P(address),
            P(f"Date sent: {dotted_date(resp)}"),
            P(f"Request logged: {dotted_date(rec)}"),
            P(f"Reference number: {ref}"),
            P("Dear Requester,"),
            P("Here is the Trust's reply to your Freedom of Information request."),
        ]
    return [
        H(f"Freedom of Information response {ref}"),
        P(f"{name} | {abbr_date(resp)}"),
        P("Hello,"),
        P(f"We received your e-mail on {abbr_date(rec)}. Each point is answered below."),
    ]


def _closing(v: int, trust: tuple) -> list[P]:
    return [P(tx.CLOSINGS[k][v]) for k in ("review", "regulator")] + [
        *(P(x) for x in tx.SIGNATURES[v]),
        P(trust[0]),
    ]


def _item(label: str | None, t: tx.Topic) -> dict:
    return {"label": label, "question": t.question, "answer": " ".join(t.answer)}


def _answers(t: tx.Topic) -> list[Block]:
    return [P(p) for p in t.answer]


def _body(style: str, v: int, rnd: random.Random, rec: str) -> tuple[list[Block], list[dict]]:
    """The question/answer blocks of a letter and its items."""
    blocks: list[Block] = []
    items: list[dict] = []
    if style == HOLD:
        held = rnd.sample([t for t in tx.TOPICS if t.held], rnd.randint(2, 3))
        chosen = held + rnd.sample([t for t in tx.TOPICS if not t.held], rnd.randint(1, 2))
        rnd.shuffle(chosen)
    else:
        chosen = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    numbered = list(enumerate(chosen, 1))
    if style == CONTENTS:
        blocks.append(P("Your request asked:" if v == 0 else "Contents of your request", "bold"))
        blocks += [
            P(f"{n}. {t.question}" if v == 0 else f"Section {n} – {t.question}")
            for n, t in numbered
        ]
        blocks.append(H("Our answers" if v == 0 else "The Trust's response"))
        for n, t in numbered:
            blocks.append(H(f"{n}. {t.title}") if v == 0 else P(f"Section {n}: {t.title}", "bold"))
            blocks += _answers(t)
            items.append(_item(str(n), t))
    elif style == SHADED:
        for n, t in numbered:
            blocks.append(S(f"{n}. {t.question}" if v == 0 else t.question))
            blocks += _answers(t)
            items.append(_item(str(n) if v == 0 else None, t))
    elif style == CIRCLED:
        glyphs = GLYPHS[v]
        blocks.append(P("You asked:" if v == 0 else "Your questions were:"))
        blocks += [P(f"{glyphs[n - 1]} {t.question}") for n, t in numbered]
        blocks.append(P("Our response" if v == 0 else "Answers", "bold"))
        for n, t in numbered:
            blocks.append(P(f"{glyphs[n - 1]} {t.answer[0]}"))
            blocks += [P(p) for p in t.answer[1:]]
            items.append(_item(str(n), t))
    elif style == REFCODE:
        rows = [["Ref", "Request and response"] if v == 0 else ["Ref.", "Question and reply"]]
        group, part = 1, 0
        for _, t in numbered:
            part += 1
            code = f"Q{group}.{'abc'[part - 1]}" if v == 0 else f"{group}.{part}"
            rows.append([code, "\n".join([t.question, *t.answer])])
            items.append(_item(code, t))
            if part == 2 or rnd.random() < 0.4:
                group, part = group + 1, 0
        blocks.append(P("Your request and our response are set out in the table below."))
        blocks.append(Grid(rows, header=True, widths=(2, 12)))
    elif style == HOLD:
        blocks.append(
            P(
                f"Your request had {len(chosen)} parts. We have grouped our answers by "
                "whether the Trust holds the information."
            )
        )
        for held in (True, False):
            if v == 0:
                blocks.append(H("What we hold" if held else "What we do not hold"))
            else:
                label = "Information we hold" if held else "Information we do not hold"
                blocks.append(P(label, "bold"))
            for n, t in numbered:
                if t.held != held:
                    continue
                blocks.append(
                    P(f"{n}. {t.question}", "bold") if v == 0 else P(t.question, "italic")
                )
                blocks += _answers(t)
                items.append(_item(str(n) if v == 0 else None, t))
    elif style == UNDERLINE:
        for n, t in numbered:
            blocks.append(U(t.question if v == 0 else f"{n}. {t.question}"))
            blocks += _answers(t)
            items.append(_item(None if v == 0 else str(n), t))
    elif style == DEPT:
        for n, t in numbered:
            if v == 0:
                blocks += [
                    P(f"{n}) {t.question}"),
                    P(f"Information supplied by {t.dept}", "italic"),
                ]
            else:
                blocks += [P(t.question, "bold"), P(f"{t.dept} advise:")]
            blocks += _answers(t)
            items.append(_item(str(n) if v == 0 else None, t))
    else:  # FOLLOWUP
        later = (dt.date.fromisoformat(rec) + dt.timedelta(days=rnd.randint(2, 6))).isoformat()
        split = rnd.randint(2, len(chosen) - 1)
        for n, t in numbered:
            if n in (1, split + 1):
                first = n == 1
                when = abbr_date(rec if first else later)
                if v == 0:
                    blocks.append(
                        P(f"Your {'request' if first else 'follow-up'} of {when}", "bold")
                    )
                else:
                    blocks.append(
                        H(
                            f"{'Original request' if first else 'Further questions'} – received {when}"
                        )
                    )
            label = str(n) if v == 0 else f"Q{n}"
            blocks.append(P(f"{n}. {t.question}" if v == 0 else f"Q{n}. {t.question}"))
            blocks += _answers(t)
            items.append(_item(label, t))
    return blocks, items


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-m/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    y = int(rec[2:4])
    ref = trust[2].format(y=y, z=y + 1, n=rnd.randint(100, 9999), m=rnd.randint(10**4, 10**5 - 1))
    head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp)
    body, items = _body(style, v, rnd, rec)
    blocks = [*head, *body, *_closing(v, trust)]
    cited = {t.exemption for t in tx.TOPICS if t.exemption and _asked(t.question, items)}
    truth = {
        "items": items,
        "reference": ref,
        "received_date": rec,
        "responded_date": resp,
        "exemptions": [{"law": "FOIA", "section": s} for s in sorted(cited)],
    }
    return Letter(style, "ab"[v], k, trust[0], blocks, truth, FORMATS[style])


def _asked(question: str, items: list[dict]) -> bool:
    return any(item["question"] == question for item in items)


def letters(per_style: int = PER_STYLE) -> list[Letter]:
    return [generate(s, k) for s in STYLES for k in range(per_style)]
