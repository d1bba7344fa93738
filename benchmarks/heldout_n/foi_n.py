"""Held-out set N, FOI half: letters in eight house styles that neither sets D to M
(benchmarks/heldout_d .. heldout_m) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Besides the style, the letters carry date forms the earlier sets did not
("2024-03-05", "5 March '24", "5-3-2024", "Tue 5 Mar 2024") and reference forms of
their own ("IG/FOI/00173", "FOIR2425-173", "173.FOI.24", "FOI:24:173", "NR-173-24").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to M apply them): `label` is the question's number as printed without its
punctuation ("3." -> "3", "[2]" -> "2", "Q1a" as printed), None when unnumbered;
`question`/`answer` are the text without labels and markers (the "R1a" a response
carries, the en dash or " - " before a run-in answer); a question typed in capitals
is its text as printed, in capitals; an answer's paragraphs (or a table cell's lines)
are joined by spaces; a question in a table's header row has the cell below it as its
answer; in an answer table keyed by number, the row's response is the answer of the
question with that number listed above; the lines of a form that say whether the
information is held or an exemption applies (tick boxes "☒ Yes ☐ No") and a summary
table up front are not the answer (as set H's per-question form lines); exemptions
are the FOIA sections the answers apply; closings and signatures are in no answer.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_m.render import Block, Grid, H, P
from benchmarks.heldout_n import foi_n_text as tx
from benchmarks.heldout_n.foi_n_text import (
    apostrophe_date,
    hyphen_date,
    iso_date,
    weekday_abbr_date,
)

PER_STYLE = 4

ACROSS = (
    "questions across a horizontal table: a column per question, the question in the "
    "header row and its answer in the row below"
)
SUMMARY = (
    "a 'Summary of response' table up front (question number / held? / exemption), "
    "the full numbered answers below it"
)
TICK = "form-like letter: tick-box lines ('☒ Yes ☐ No') for held and exempt, then the details"
QR = "'Q1a' / 'R1a' labels: each response carries its question's label with R for Q"
CAPS = "questions typed in ALL CAPITALS, unnumbered, the answers in sentence case beneath"
RUNIN = (
    "run-in answers on the question's own line after an en dash or ' - ', some "
    "continuing on further lines"
)
SUBJECT = (
    "reference and received date only in a 'RE:' subject line under the salutation, "
    "no reference or date lines in the letter head"
)
KEYED = (
    "questions listed above an answer table keyed by number only ('No. | Response'), "
    "the questions not repeated in it"
)

# Two fictional trusts per style: (name, address, reference format).
TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    ACROSS: [
        ("Allerthorpe Wolds NHS Trust", "Wold Lane, Allerthorpe AW2 4WL", "IG/FOI/{m:05d}"),
        ("Bishop Wilton Hospitals NHS Trust", "Priory Walk, Bishop Wilton BW7 1PW", "FOI:{y}:{n}"),
    ],
    SUMMARY: [
        (
            "Cottam Grange Community NHS Trust",
            "Grange Court, Cottam CG3 8GC",
            "FOIR{y}{z}-{n}",
        ),
        ("Dalton Holme NHS Foundation Trust", "Holme Road, Dalton DH6 2HR", "{n}.FOI.{y}"),
    ],
    TICK: [
        ("Ellerker Sands NHS Trust", "Sands Lane, Ellerker ES1 5SL", "NR-{n}-{y}"),
        (
            "Fridaythorpe Healthcare NHS Trust",
            "Market Hill, Fridaythorpe FH4 9MH",
            "IG/FOI/{m:05d}",
        ),
    ],
    QR: [
        ("Goodmanham Vale NHS Trust", "Vale House, Goodmanham GV8 3VH", "FOIR{y}{z}-{n}"),
        ("Harpham Moor Mental Health NHS Trust", "Moor Gate, Harpham HM5 6MG", "FOI:{y}:{n}"),
    ],
    CAPS: [
        ("Kilnwick Percy NHS Foundation Trust", "Percy Road, Kilnwick KP2 7PR", "{n}.FOI.{y}"),
        ("Londesborough Park NHS Trust", "Park Lodge, Londesborough LP9 4PL", "NR-{n}-{y}"),
    ],
    RUNIN: [
        ("Millington Dale NHS Trust", "Dale Side, Millington MD3 1DS", "IG/FOI/{m:05d}"),
        (
            "Nunburnholme Royal Hospitals NHS Trust",
            "Royal Way, Nunburnholme NR6 8RW",
            "FOI:{y}:{n}",
        ),
    ],
    SUBJECT: [
        ("Octon Fields NHS Trust", "Fields House, Octon OF1 2FH", "FOIR{y}{z}-{n}"),
        ("Rudston Monolith Health NHS Trust", "Stone Row, Rudston RM4 3SR", "{n}.FOI.{y}"),
    ],
    KEYED: [
        ("Sledmere Estate Community NHS Trust", "Estate Office, Sledmere SE7 5EO", "NR-{n}-{y}"),
        (
            "Thixendale Valley NHS Foundation Trust",
            "Valley Road, Thixendale TV2 6VR",
            "FOI:{y}:{n}",
        ),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf") for s in STYLES} | {
    s: ("docx", "pdf", "html") for s in (ACROSS, SUMMARY, TICK, CAPS, RUNIN, KEYED)
}
SALUTATIONS = ("Dear Ms Achterberg,", "Dear Mr Okonkwo-Hale", "Dear Dr Ferraby,")


def _dates(rnd: random.Random) -> tuple[str, str]:
    rec = dt.date(2024, 1, 8) + dt.timedelta(days=rnd.randint(0, 300))
    resp = rec + dt.timedelta(days=rnd.randint(9, 27))
    return rec.isoformat(), resp.isoformat()


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address = trust[0], trust[1]
    if kind == 0:
        return [
            P(name, "bold"),
            P(address),
            P(f"Date: {weekday_abbr_date(resp)}"),
            P(f"FOI ref: {ref}"),
            P(SALUTATIONS[0]),
            P(
                "I write in response to your request for information, which we received on "
                f"{weekday_abbr_date(rec)}."
            ),
        ]
    if kind == 1:
        return [
            H("Freedom of Information Act 2000"),
            P(name),
            P(f"Case number {ref}"),
            P(f"Issued {iso_date(resp)} (request logged {iso_date(rec)})"),
            P(SALUTATIONS[1]),
            P("Please find the Trust's response to your request set out below."),
        ]
    return [
        P(name, "bold"),
        P(address),
        P(hyphen_date(resp)),
        P(f"Reference: {ref}"),
        P(SALUTATIONS[2]),
        P(
            f"Thank you for your email of {hyphen_date(rec)} asking for information held "
            "by the Trust. Our response follows."
        ),
    ]


def _subject_head(v: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    """Only a subject line carries the reference and the received date."""
    if v == 0:
        subject = f"RE: Freedom of Information request {ref} – received {apostrophe_date(rec)}"
    else:
        subject = f"Subject: FOI {ref} (your request of {apostrophe_date(rec)})"
    return [
        P(trust[0], "bold"),
        P(trust[1]),
        P(apostrophe_date(resp)),
        P(SALUTATIONS[v]),
        P(subject, "bold"),
        P("The Trust has now considered your request and responds as follows."),
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


def _held(t: tx.Topic) -> str:
    if not t.held:
        return "No"
    return "Yes, in part" if t.exemption else "Yes"


def _tick(yes: bool, v: int) -> str:
    on, off = ("☒", "☐") if v == 0 else ("☑", "☐")
    return f"{on if yes else off} Yes {off if yes else on} No"


def _body(style: str, v: int, rnd: random.Random) -> tuple[list[Block], list[dict]]:
    """The question/answer blocks of a letter and its items."""
    blocks: list[Block] = []
    items: list[dict] = []
    chosen = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    numbered = list(enumerate(chosen, 1))
    if style == ACROSS:
        blocks.append(P("Your questions head the columns of the table; our answers are beneath."))
        for start in range(0, len(numbered), 3):
            part = numbered[start : start + 3]
            head = [t.question if v == 0 else f"{n}. {t.question}" for n, t in part]
            blocks.append(Grid([head, ["\n".join(t.answer) for _, t in part]], header=True))
            items += [_item(None if v == 0 else str(n), t.question, t) for n, t in part]
    elif style == SUMMARY:
        head = ["Question no.", "Information held?", "Exemption applied"]
        if v == 1:
            head = ["Q", "Held", "Exemption"]
        rows = [head]
        for n, t in numbered:
            ex = t.exemption and (f"Section {t.exemption}" if v == 0 else f"s.{t.exemption}")
            rows.append([str(n), _held(t), ex or ("None" if v == 0 else "–")])
        blocks += [P("Summary of response" if v == 0 else "Response at a glance", "bold")]
        blocks += [Grid(rows, header=True), H("Full response" if v == 0 else "Our answers")]
        for n, t in numbered:
            blocks.append(P(f"{n}. {t.question}", "bold" if v == 0 else "italic"))
            blocks += _answers(t)
            items.append(_item(str(n), t.question, t))
    elif style == TICK:
        for n, t in numbered:
            blocks.append(P(f"{n}. {t.question}" if v == 0 else t.question, "bold"))
            if v == 0:
                blocks.append(P(f"Information held: {_tick(t.held, v)}"))
                blocks.append(P(f"Exemption applied: {_tick(bool(t.exemption), v)}"))
                blocks.append(P("Details:"))
            else:
                blocks.append(P(f"Held by the Trust {_tick(t.held, v)}"))
            blocks += _answers(t)
            items.append(_item(str(n) if v == 0 else None, t.question, t))
    elif style == QR:
        group, part = 1, 0
        for _, t in numbered:
            part += 1
            code = f"{group}{'abc'[part - 1]}"
            if v == 0:
                blocks += [P(f"Q{code} {t.question}", "bold"), P(f"R{code} {t.answer[0]}")]
                blocks += [P(p) for p in t.answer[1:]]
            else:
                blocks += [P(f"Q{code}: {t.question}"), P(f"R{code}:", "bold"), *_answers(t)]
            items.append(_item(f"Q{code}", t.question, t))
            if part == 2 or rnd.random() < 0.35:
                group, part = group + 1, 0
    elif style == CAPS:
        for _, t in numbered:
            blocks.append(P(t.question.upper(), None if v == 0 else "bold"))
            blocks += _answers(t)
            items.append(_item(None, t.question.upper(), t))
    elif style == RUNIN:
        for n, t in numbered:
            if v == 0:
                blocks.append(P(f"{n}. {t.question} – {t.answer[0]}"))
            else:
                blocks.append(P(f"{t.question} - {t.answer[0]}"))
            blocks += [P(p) for p in t.answer[1:]]
            items.append(_item(str(n) if v == 0 else None, t.question, t))
    elif style == SUBJECT:
        for n, t in numbered:
            blocks.append(P(f"{n}. {t.question}", "bold") if v == 0 else P(f"[{n}] {t.question}"))
            blocks += _answers(t)
            items.append(_item(str(n), t.question, t))
    else:  # KEYED
        blocks.append(P("You asked us for the following information:" if v == 0 else "Request"))
        blocks += [P(f"{n}. {t.question}" if v == 0 else f"{n}) {t.question}") for n, t in numbered]
        blocks.append(
            P(
                "Our response to each numbered point is in the table below."
                if v == 0
                else "Response"
            )
        )
        rows = [["No.", "Response"] if v == 0 else ["Point", "Trust response"]]
        rows += [[str(n), "\n".join(t.answer)] for n, t in numbered]
        blocks.append(Grid(rows, header=True, widths=(2, 12)))
        items += [_item(str(n), t.question, t) for n, t in numbered]
    return blocks, items


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-n/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    y = int(rec[2:4])
    ref = trust[2].format(y=y, z=y + 1, n=rnd.randint(100, 9999), m=rnd.randint(10, 99999))
    if style == SUBJECT:
        head = _subject_head(v, trust, ref, rec, resp)
    else:
        head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp)
    body, items = _body(style, v, rnd)
    blocks = [*head, *body, *_closing(v, trust)]
    asked = {item["question"].upper() for item in items}
    cited = {t.exemption for t in tx.TOPICS if t.exemption and t.question.upper() in asked}
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
