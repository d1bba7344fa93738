"""Held-out set H, FOI half: letters in eight house styles that neither sets D to G
(benchmarks/heldout_d .. heldout_g) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Besides the style, the letters carry what real ones do and the earlier sets did
not: dates with the weekday ("Tuesday, 5 March 2024"), abbreviated months ("5 Mar
2024") and ISO dates, a one-line reference strip, the ICO's postal address, an
exemption named on a form line of its own or in a table column, an e-mail reply whose
questions are only in the quoted request below it, and a web page whose answers open
one accordion panel each.

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring):
`label` is the question's number as printed without its punctuation ("(2)" -> "2",
"Q3" stays "Q3"), and a number spelled out is its figure ("Question Two" -> "2"); None
when unnumbered; `question`/`answer` are the text without labels, markers and quotation
marks; the lines of a per-question form that say whether the information is held and
which exemption applies are not the answer; an answer's paragraphs are joined by
spaces, a table after an answer's text is not part of it and an answer that is only a
table is its rows (cells joined by " | ", a line a row); exemptions are the FOIA
sections the answers cite; closings and signatures are in no answer; the received date
of an e-mail thread is the date the quoted request was sent.
"""

from __future__ import annotations

import random

from benchmarks.heldout_d.foi_d import Letter, answer_text
from benchmarks.heldout_d.render import H, P, T
from benchmarks.heldout_h.foi_h_text import CLOSINGS, EXPLANATIONS, SIGNATURES, TOPICS, Topic
from benchmarks.heldout_h.render import Block, Details, Grid

PER_STYLE = 4
MONTHS = "January February March April May June July August September October November December"
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
NUMBER_WORDS = ("One", "Two", "Three", "Four", "Five", "Six")

EXEMPTION_TABLE = "table with an exemption column, header row repeated on each page"
EMAIL = "e-mail thread, the request quoted below the reply"
ACCORDION = "accordion page, a question a panel"
HANGING = "numbers hung in a borderless layout table, answer in the row below"
FORM = "per-question form: held / exemption / response lines"
QUOTED = "questions in quotation marks, no labels"
NOUN_PHRASES = "requests as noun phrases, no question marks"
SPELLED = "numbers spelled out: Question One / Request number two"

# Two fictional trusts per style: (name, address, reference format).
TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    EXEMPTION_TABLE: [
        ("Aldermoor Hospitals NHS Trust", "Moor Gate, Aldermoor AM3 6MG", "AHT-{y}-{n}"),
        ("Penhallow Community NHS Trust", "Chapel Street, Penhallow PH4 1CS", "PCT/FOI/{n}"),
    ],
    EMAIL: [
        ("Brockwell Fen NHS Foundation Trust", "Fen Causeway, Brockwell BF6 2FC", "BFT{n}"),
        (
            "Castlerigg University Hospitals NHS Trust",
            "Keswick Road, Castlerigg CU9 8KR",
            "CUH-{n}",
        ),
    ],
    ACCORDION: [
        ("Easterbrook Healthcare NHS Trust", "Brook Lane, Easterbrook EB2 2BL", "EHT{y}/{n}"),
        ("Fairhaven Mental Health NHS Trust", "Haven Road, Fairhaven FH5 5HR", "FMH {n}"),
    ],
    HANGING: [
        ("Gorsedale General Hospital NHS Trust", "Dale Road, Gorsedale GD7 3DR", "GGH/{y}/{n}"),
        ("Hartlebury Coast NHS Trust", "Promenade, Hartlebury HC1 9PM", "HCT {y}-{n}"),
    ],
    FORM: [
        ("Ingleborough Valley NHS Trust", "Scar Lane, Ingleborough IV8 4SL", "IVT-FOI-{n}"),
        ("Jessop Royal Infirmary NHS Trust", "Jessop Square, Sheaford JR2 7JS", "JRI{y}-{n}"),
    ],
    QUOTED: [
        ("Kelbrook Partnership NHS Trust", "Mill House, Kelbrook KP3 3MH", "KPT {n}"),
        (
            "Langstone Children's NHS Foundation Trust",
            "Harbour Way, Langstone LC6 1HW",
            "LCF/{y}/{n}",
        ),
    ],
    NOUN_PHRASES: [
        ("Marshfield Community Health NHS Trust", "Marsh Road, Marshfield MH9 2MR", "MCH{n}"),
        (
            "Northallen Teaching Hospitals NHS Trust",
            "College Walk, Northallen NT4 6CW",
            "NTH-{y}-{n}",
        ),
    ],
    SPELLED: [
        ("Oakhanger Moor NHS Trust", "Hanger Hill, Oakhanger OM1 5HH", "OMT/{n}"),
        ("Pickering Vale NHS Foundation Trust", "Vale Street, Pickering PV3 8VS", "PVF {y}/{n}"),
    ],
}
STYLES = list(TRUSTS)
# styles whose answer sits in one table cell take no topic answered by a table
IN_CELL = {EXEMPTION_TABLE, HANGING}
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf") for s in STYLES} | {
    EXEMPTION_TABLE: ("docx", "pdf", "html"),
    EMAIL: ("html", "docx", "pdf"),
    ACCORDION: ("html", "pdf"),  # a web page, and the page printed from a browser
    QUOTED: ("docx", "pdf", "html"),
}


def _dmy(iso: str) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in iso.split("-"))
    return d, m, y


def weekday_date(iso: str) -> str:
    import datetime as dt

    d, m, y = _dmy(iso)
    return f"{WEEKDAYS.split()[dt.date(y, m, d).weekday()]}, {d} {MONTHS.split()[m - 1]} {y}"


def short_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d} {MONTHS.split()[m - 1][:3]} {y}"


def slash_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d:02d}/{m:02d}/{y}"


def iso_date(iso: str) -> str:
    return iso


DATE_FORMS = (weekday_date, short_date, slash_date, iso_date)


def _dates(rnd: random.Random) -> tuple[str, str]:
    month, day = rnd.randint(1, 10), rnd.randint(1, 18)
    return f"2024-{month:02d}-{day:02d}", f"2024-{month + 1:02d}-{day + rnd.randint(0, 9):02d}"


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address, _ = trust
    if kind == 0:  # letterhead, weekday dates, the requester's address block
        return [
            H(name),
            P(address),
            P("Switchboard 01632 960 250"),
            P(f"Date: {weekday_date(resp)}"),
            P(f"Our reference: {ref}"),
            P("Mx R. Applicant (by e-mail only)"),
            P("Dear Mx Applicant"),
            P(f"Request for information, {ref}", "bold"),
            P(
                f"Your request, which reached us on {weekday_date(rec)}, has been handled "
                "under the Freedom of Information Act 2000 (the Act)."
            ),
        ]
    if kind == 1:  # a one-line reference strip under the name, slash dates
        return [
            P(f"**{name}** | {address}"),
            P(f"Ref. {ref} | Received {slash_date(rec)} | Replied {slash_date(resp)}"),
            P("Dear Sir or Madam,"),
            P(
                "Freedom of Information Act 2000. The Trust has now considered your request "
                "and the information we hold is given below."
            ),
        ]
    return [  # subject line first, abbreviated month names
        P(f"Subject: Freedom of Information Act 2000 \u2013 request {ref}", "bold"),
        P(name),
        P(address),
        P(f"Date of request: {short_date(rec)}"),
        P(f"Date of this reply: {short_date(resp)}"),
        P("Dear Requester,"),
        P("We confirm that we hold information within the scope of your request."),
    ]


def _cell(parts: list) -> str:
    """An answer printed in one table cell: a line a paragraph."""
    return "\n".join(p for p in parts if isinstance(p, str))


def _parts(parts: list, first: str = "") -> list[Block]:
    """An answer's blocks; `first` (a marker) opens its first paragraph."""
    out: list[Block] = []
    for i, p in enumerate(parts):
        out.append(T(p) if isinstance(p, list) else P((first if i == 0 else "") + p))
    if parts and isinstance(parts[0], list) and first:
        out.insert(0, P(first.strip()))
    return out


def _cited(t: Topic, v: int, none: str) -> str:
    if not t.exemption:
        return none
    return f"Section {t.exemption}" if v == 0 else f"s.{t.exemption}"


def _qa(style: str, v: int, chosen: list[Topic]) -> tuple[list[Block], list[dict]]:
    """The question/answer blocks of the letter styles and their truth items."""
    blocks: list[Block] = []
    items: list[dict] = []
    rows: list[list[str]] = []
    for n, t in enumerate(chosen, 1):
        label: str | None = str(n)
        question, answer = t.question, _parts(t.answer)
        if style == EXEMPTION_TABLE:
            label = str(n) if v == 0 else f"Q{n}"
            none = "None" if v == 0 else "N/A"
            rows.append([label, question, _cell(t.answer), _cited(t, v, none)])
            answer = []
        elif style == HANGING:
            rows += [[f"{n}." if v == 0 else f"({n})", question], ["", _cell(t.answer)]]
            answer = []
        elif style == FORM:
            held = "Yes, in part" if t.exemption else "Yes"
            if v == 0:
                blocks.append(P(f"Request {n}: {question}", "bold"))
                blocks += [
                    P(f"Information held: {held}"),
                    P(f"Exemption applied: {_cited(t, 0, 'None')}"),
                ]
                answer = _parts(t.answer, "Response: ")
            else:
                blocks += [P(f"{n}. {question}"), P(f"Held by the Trust? {held}")]
                blocks += [P(f"Exemptions: {_cited(t, 1, 'none')}"), P("Our reply", "bold")]
        elif style == QUOTED:
            label = None
            blocks.append(P(f"\u201c{question}\u201d" if v == 0 else f'**"{question}"**'))
        elif style == NOUN_PHRASES:
            question = t.item
            blocks.append(P(f"{n}. {question}" if v == 0 else f"Point {n} \u2013 {question}"))
        elif style == SPELLED:
            word = NUMBER_WORDS[n - 1]
            if v == 0:
                blocks.append(P(f"Question {word}: {question}", "bold"))
                answer = _parts(t.answer, f"Answer {word}: ")
            else:
                blocks += [P(f"Request number {word.lower()}", "bold"), P(question)]
        blocks += answer
        items.append({"label": label, "question": question, "answer": answer_text(t.answer)})
    if style == EXEMPTION_TABLE:
        head = (
            ["No.", "Information requested", "Response", "Exemption"]
            if v == 0
            else ["Ref", "Your request", "Trust response", "Exemption applied"]
        )
        blocks.append(Grid([head, *rows], header=True))
    elif style == HANGING:
        blocks.append(Grid(rows, borders=False, widths=(1, 12)))
    return blocks, items


def _closing(v: int, rnd: random.Random, trust: tuple, cited: list[str]) -> list[Block]:
    blocks: list[Block] = [P(EXPLANATIONS[s]) for s in cited if v == 1]
    kinds = ["review", "regulator", *rnd.sample(["reuse", "thanks"], rnd.randint(0, 2))]
    blocks += [P(CLOSINGS[k][v]) for k in kinds]
    return blocks + [P(line) for line in SIGNATURES[v]] + [P(trust[0])]


def _email(v: int, trust: tuple, ref: str, rec: str, resp: str, chosen, rnd) -> tuple:
    """An e-mail reply: the answers numbered as the request was, the signature, then the
    requester's original e-mail quoted below with the questions."""
    box = "foi@" + trust[0].split()[0].lower() + ".nhs.example"
    sent = (
        (lambda iso: f"{weekday_date(iso)} 14:{rnd.randint(10, 59)}")
        if v == 0
        else (lambda iso: f"{slash_date(iso)} 09:{rnd.randint(10, 59)}")
    )
    blocks: list[Block] = [
        P(f"From: FOI Team <{box}>"),
        P(f"Sent: {sent(resp)}"),
        P("To: 'R Applicant' <r.applicant@mail.example>"),
        P(f"Subject: RE: Freedom of Information request [{ref}]"),
        P("Dear R Applicant,"),
        P(
            "Please find the Trust's responses below, numbered as in your e-mail, which is "
            "copied underneath for reference."
        ),
    ]
    items = []
    for n, t in enumerate(chosen, 1):
        blocks += _parts(t.answer, f"{n}. " if v == 0 else f"({n}) ")
        items.append({"label": str(n), "question": t.question, "answer": answer_text(t.answer)})
    blocks += _closing(v, rnd, trust, sorted({t.exemption for t in chosen if t.exemption}))
    blocks.append(P("-----Original Message-----" if v == 0 else "_" * 32))
    blocks += [
        P("From: R Applicant <r.applicant@mail.example>"),
        P(f"Sent: {sent(rec)}"),
        P(f"To: {box}"),
        P("Subject: Freedom of Information request"),
        P("Dear FOI team,"),
        P("Under the Freedom of Information Act, please could you answer the following:"),
    ]
    blocks += [
        P(f"{n}. {t.question}" if v == 0 else f"({n}) {t.question}")
        for n, t in enumerate(chosen, 1)
    ]
    blocks += [P("Many thanks,"), P("R Applicant")]
    return blocks, items


def _accordion(v: int, trust: tuple, ref: str, rec: str, resp: str, chosen) -> tuple:
    """A disclosure-log page for one request: its fields, then a panel a question."""
    blocks: list[Block] = [
        H(f"Freedom of information request {ref}"),
        P(f"Published by {trust[0]}"),
        P(f"Date received: {slash_date(rec)}" if v == 0 else f"Received: {short_date(rec)}"),
        P(f"Date of response: {slash_date(resp)}" if v == 0 else f"Answered: {short_date(resp)}"),
        P("Open each question below to read our answer." if v == 0 else "Select a question."),
    ]
    items = []
    for n, t in enumerate(chosen, 1):
        summary = t.question if v == 0 else f"Question {n}: {t.question}"
        blocks.append(Details(summary, list(t.answer)))
        items.append(
            {
                "label": None if v == 0 else str(n),
                "question": t.question,
                "answer": answer_text(t.answer),
            }
        )
    blocks.append(P(CLOSINGS["review"][v]))
    blocks.append(P(CLOSINGS["regulator"][v]))
    return blocks, items


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-h/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    pool = [t for t in TOPICS if style not in IN_CELL or not t.has_table]
    chosen = rnd.sample(pool, rnd.randint(3, 5))
    rec, resp = _dates(rnd)
    ref = trust[2].format(y=rec[2:4], n=rnd.randint(100, 9999))
    cited = sorted({t.exemption for t in chosen if t.exemption})
    if style == EMAIL:
        blocks, items = _email(v, trust, ref, rec, resp, chosen, rnd)
    elif style == ACCORDION:
        blocks, items = _accordion(v, trust, ref, rec, resp, chosen)
    else:
        qa, items = _qa(style, v, chosen)
        head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp)
        blocks = [*head, *qa, *_closing(v, rnd, trust, cited)]
    truth = {
        "items": items,
        "reference": ref,
        "received_date": rec,
        "responded_date": resp,
        "exemptions": [{"law": "FOIA", "section": s} for s in cited],
    }
    return Letter(style, "ab"[v], k, trust[0], blocks, truth, FORMATS[style])


def letters(per_style: int = PER_STYLE) -> list[Letter]:
    return [generate(s, k) for s in STYLES for k in range(per_style)]
