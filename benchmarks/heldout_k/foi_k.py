"""Held-out set K, FOI half: letters in eight house styles that neither sets D to J
(benchmarks/heldout_d .. heldout_j) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Besides the style, the letters carry date forms the earlier sets did not
("05-Mar-2024", "5th of March 2024", "05 MARCH 2024", "Tue 05/03/2024"), reference
forms of their own (a financial-year prefix "2425-FOI-0087", initials "FOI/24/00123/HQ",
"CRM:00012345"), a reference panel laid out as a two-column table, and a capitals
"RE:" subject line.

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to J apply them): `label` is the question's number or letter as printed without
punctuation ("(a)" -> "a", "Q3." -> "Q3", "Question 2:" -> "2", "Part 1:" -> "1"), None
when unnumbered; `question`/`answer` are the text without labels and markers
("Response:"); an answer's paragraphs are joined by spaces; an answer that is only a
table is its rows (cells joined by " | ", a line a row), a table after an answer's text
is not part of it; an item answered in one cell of a shared table row is that cell;
site-by-site answers are their lines joined by spaces; a scanned letter's words are
the words as typed, without the hyphens and line breaks of its wrapping; the
exemptions are the FOIA sections the answers apply, in whatever wording ("s.40(2)",
"section 43, subsection (2)", "FOIA s21") and section 12 for a cost-limit refusal;
section 16 advice, the section 17 notice, closings and signatures are in no answer.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_k import foi_k_text as tx
from benchmarks.heldout_k.foi_k_text import (
    caps_date,
    cite,
    dash_date,
    ordinal_date,
    weekday_slash_date,
    wrap,
)
from benchmarks.heldout_k.render import Block, F, Grid, H, P, T

PER_STYLE = 4

FONT = "answers typed in another typeface (Courier New) beneath each question, no markers"
SIDEBAR = "letter inside a borderless layout table, contact details in a left sidebar"
SCANNED = "scanned-style text: hard line breaks inside paragraphs, words hyphenated at line ends"
COSTS = "section 12 cost-limit refusal of some parts, section 16 advice after the answers"
YEARS = "answers as year-by-year sub-tables under each question"
SITES = "answers split per hospital site, one line or sub-heading a site"
CITES = "refusal notice up front, exemptions cited as 's.40(2)' / 'section 43, subsection (2)'"
ROW = "requested items listed up front, all answered in one table row, a column per item"

# Two fictional trusts per style: (name, address, reference format, sites).
TRUSTS: dict[str, list[tuple[str, str, str, tuple[str, ...]]]] = {
    FONT: [
        ("Quarley Down NHS Trust", "Down Lane, Quarley QD2 5DL", "FOI/{y}/{n:05d}/HQ", ()),
        ("Rendcombe Vale NHS Foundation Trust", "Vale House, Rendcombe RV7 1VH", "CRM:{m:08d}", ()),
    ],
    SIDEBAR: [
        (
            "Shalbourne Hospitals NHS Trust",
            "Mill Yard, Shalbourne SB3 8MY",
            "{y}{z}-FOI-{n:04d}",
            (),
        ),
        (
            "Tidcombe Community Health NHS Trust",
            "Tidcombe Lodge, Tidcombe TC1 4TL",
            "TCH:{n}:{y}",
            (),
        ),
    ],
    SCANNED: [
        ("Upavon Royal Hospitals NHS Trust", "Royal Road, Upavon UR6 2RR", "FOIR-{n:04d}-{y}", ()),
        ("Vernham Dean NHS Trust", "Dean Close, Vernham VD4 9DC", "VD/IG/{y}/{n}", ()),
    ],
    COSTS: [
        (
            "Wexcombe Heath NHS Foundation Trust",
            "Heath Road, Wexcombe WH5 3HR",
            "{y}{z}-FOI-{n:04d}",
            (),
        ),
        (
            "Yarnfield General NHS Trust",
            "General Street, Yarnfield YG2 6GS",
            "Case {y}-{n:04d}",
            (),
        ),
    ],
    YEARS: [
        ("Zeals Valley NHS Trust", "Valley Drive, Zeals ZV8 1VD", "ZVT/FOI/{n}/{y}{z}", ()),
        ("Alvediston Partnership NHS Trust", "Ebble Road, Alvediston AP3 7ER", "AP-{m:08d}", ()),
    ],
    SITES: [
        (
            "Burbage Wharf NHS Foundation Trust",
            "Wharf Street, Burbage BW4 2WS",
            "BWF/{n}",
            ("Burbage General Hospital", "Wharfside Community Hospital", "Kennet Day Unit"),
        ),
        (
            "Chute Forest Hospitals NHS Trust",
            "Forest Road, Chute CF6 8FR",
            "CFH FOI {y}/{n}",
            ("Chute Forest Hospital", "Collingbourne Infirmary"),
        ),
    ],
    CITES: [
        ("Durrington Walls NHS Trust", "Walls Lane, Durrington DW1 5WL", "DWT-FOIA-{n}", ()),
        ("Enford Mental Health NHS Trust", "Avon Close, Enford EM2 4AC", "IR/{y}/{n:04d}", ()),
    ],
    ROW: [
        (
            "Figheldean University NHS Trust",
            "College Road, Figheldean FU7 3CR",
            "FUT{y}{n:05d}",
            (),
        ),
        ("Grafton Mere NHS Trust", "Mere Side, Grafton GM9 6MS", "GM/FOI/{n}", ()),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf") for s in STYLES} | {
    s: ("docx", "pdf", "html") for s in (FONT, SIDEBAR, YEARS, SITES, ROW)
}


def _dates(rnd: random.Random) -> tuple[str, str]:
    rec = dt.date(2024, 2, 1) + dt.timedelta(days=rnd.randint(0, 270))
    resp = rec + dt.timedelta(days=rnd.randint(8, 26))
    return rec.isoformat(), resp.isoformat()


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address = trust[0], trust[1]
    if kind == 0:  # a reference panel laid out as a two-column table
        return [
            H(name),
            P(address),
            Grid(
                [
                    ["Our reference", ref],
                    ["Request received", dash_date(rec)],
                    ["Date of response", dash_date(resp)],
                ],
                widths=(5, 9),
            ),
            P("Dear Applicant"),
            P("Thank you for your request under the Freedom of Information Act 2000."),
        ]
    if kind == 1:  # a capitals subject line
        return [
            P(name, "bold"),
            P(address),
            P(caps_date(resp)),
            P(f"RE: FREEDOM OF INFORMATION REQUEST {ref}", "bold"),
            P("Dear Sir/Madam"),
            P(
                f"I write in reply to your request which we received on the {ordinal_date(rec)}. "
                "The Trust's answers follow."
            ),
        ]
    return [
        P(f"{name}, {address}"),
        P(f"Issued: {weekday_slash_date(resp)}"),
        P(f"Please quote {ref} in any reply", "italic"),
        P("Dear Correspondent,"),
        P(
            f"Your e-mail of {weekday_slash_date(rec)} asked for the information below. We have "
            "now completed our searches."
        ),
    ]


def _closing(v: int, rnd: random.Random, trust: tuple) -> list[P]:
    kinds = ["review", "regulator", *(["reuse"] if rnd.random() < 0.5 else [])]
    return [P(tx.CLOSINGS[k][v]) for k in kinds] + [P(x) for x in tx.SIGNATURES[v]] + [P(trust[0])]


def _item(label: str | None, question: str, answer: str) -> dict:
    return {"label": label, "question": question, "answer": answer}


def _scanned(b: P, v: int) -> list[Block]:
    lines = wrap(b.text)
    return [P("\n".join(lines), b.style)] if v == 0 else [P(x, b.style) for x in lines]


def _body(style: str, v: int, rnd: random.Random, trust: tuple) -> tuple[list[Block], list[dict]]:
    """The question/answer blocks of a letter and its items."""
    blocks: list[Block] = []
    items: list[dict] = []
    plain = [t for t in tx.TOPICS if not t.exemption]
    if style in (FONT, SCANNED):
        for n, t in enumerate(rnd.sample(tx.TOPICS, rnd.randint(3, 5)), 1):
            if style == FONT:
                label = str(n) if v == 0 else None
                blocks.append(P(f"{n}. {t.question}" if v == 0 else t.question))
                blocks += [F(p) for p in t.answer]
            else:
                label = str(n) if v == 0 else f"Q{n}"
                blocks.append(P(f"{n}) {t.question}" if v == 0 else f"Q{n}. {t.question}"))
                blocks += [P(p) for p in t.answer]
            items.append(_item(label, t.question, " ".join(t.answer)))
    elif style == COSTS:
        chosen = [(t.question, t.answer) for t in rnd.sample(plain, rnd.randint(2, 3))]
        chosen += [(q, [a]) for q, a in rnd.sample(tx.COSTLY, rnd.randint(1, 2))]
        rnd.shuffle(chosen)
        for n, (q, answer) in enumerate(chosen, 1):
            label = str(n) if v == 0 else "abcdef"[n - 1]
            blocks.append(P(f"{n}. {q}", "bold") if v == 0 else P(f"({label}) {q}"))
            blocks += [P(p) for p in answer]
            items.append(_item(label, q, " ".join(answer)))
        blocks.append(P(tx.ADVICE))
    elif style == YEARS:
        for n, (q, measure, unit, lo, hi) in enumerate(
            rnd.sample(tx.NUMERIC, rnd.randint(3, 4)), 1
        ):
            values = [f"{unit}{rnd.randint(lo, hi):,}" for _ in tx.YEARS]
            if v == 0:
                rows = [["Financial year", *tx.YEARS], [measure, *values]]
                blocks += [P(f"{n}. {q}", "bold"), T(rows)]
                answer = "\n".join(" | ".join(r) for r in rows)
            else:
                answer = f"{measure} for each year is shown below; {tx.YEARS[-1]} is the latest."
                rows = [["Year", measure], *([y, x] for y, x in zip(tx.YEARS, values, strict=True))]
                blocks += [P(f"Q{n}. {q}"), P(answer), Grid(rows, header=True, widths=(4, 6))]
            items.append(_item(str(n) if v == 0 else f"Q{n}", q, answer))
    elif style == SITES:
        for n, (q, unit) in enumerate(rnd.sample(tx.PER_SITE, rnd.randint(3, 4)), 1):
            lines = [(site, f"{rnd.randint(2, 240)} {unit}") for site in trust[3]]
            if v == 0:
                blocks.append(P(f"{n}. {q}", "bold"))
                blocks += [P(f"**{site}:** {x}") for site, x in lines]
                answer = " ".join(f"{site}: {x}" for site, x in lines)
            else:
                blocks.append(P(q, "italic"))
                for site, x in lines:
                    blocks += [P(site, "bold"), P(x)]
                answer = " ".join(f"{site} {x}" for site, x in lines)
            items.append(_item(str(n) if v == 0 else None, q, answer))
    elif style == CITES:
        chosen = rnd.sample([t for t in tx.TOPICS if t.exemption], rnd.randint(1, 2))
        chosen += rnd.sample(plain, rnd.randint(2, 3))
        rnd.shuffle(chosen)
        refused = [str(n) for n, t in enumerate(chosen, 1) if t.exemption]
        blocks.append(
            P(
                f"This letter is a refusal notice under section 17 of the Act for part"
                f"{'s' if len(refused) > 1 else ''} {' and '.join(refused)} of your request: "
                "the exemptions are explained in the answers."
            )
        )
        for n, t in enumerate(chosen, 1):
            answer = [cite(p, t.exemption, v) for p in t.answer]
            blocks.append(
                P(f"Part {n}: {t.question}", "bold") if v == 0 else P(f"{n}. {t.question}")
            )
            blocks += [P(p) for p in answer]
            items.append(_item(str(n), t.question, " ".join(answer)))
    else:  # ROW
        chosen = sorted(rnd.sample(range(len(tx.PROCUREMENT)), rnd.randint(4, 6)))
        blocks.append(
            P("You asked for the following about your electronic patient record contract:")
        )
        head, row = [], []
        for n, i in enumerate(chosen, 1):
            item, heading, answers = tx.PROCUREMENT[i]
            blocks.append(P(f"{n}. {item}" if v == 0 else f"({n}) {item}"))
            head.append(f"{n}. {heading}" if v == 0 else f"({n}) {heading}")
            row.append(answers[v])
            items.append(_item(str(n), item, answers[v]))
        blocks += [P("Our response" if v == 0 else "The information held:", "bold")]
        blocks.append(Grid([head, row], header=True))
    return blocks, items


def _sidebar(trust: tuple, v: int, head: list[Block], body: list[Block], tail: list[P]) -> Grid:
    """The whole letter in a borderless two-column table: contacts on the left."""
    slug = trust[0].split()[0].lower()
    side = [
        "Information Governance",
        f"Tel 01632 960 {200 + 17 * v}",
        f"foi@{slug}.example",
        "Chair: Philippa Ardent" if v == 0 else "Chief Executive: Marcus Ilbury",
    ]

    def text(b: Block) -> str:
        if isinstance(b, Grid):
            return "\n".join(" ".join(r) for r in b.rows)
        return b.text

    rows = [["\n".join(side), "\n".join(text(b) for b in head)]]
    chunk: list[str] = []
    for b in body:
        if b.style == "bold" and chunk:  # a question starts a new row
            rows.append(["", "\n".join(chunk)])
            chunk = []
        chunk.append(b.text)
    rows.append(["", "\n".join(chunk)])
    rows.append(["", "\n".join(b.text for b in tail)])
    return Grid(rows, borders=False, widths=(5, 11))


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-k/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    y = int(rec[2:4])
    ref = trust[2].format(y=y, z=y + 1, n=rnd.randint(100, 9999), m=rnd.randint(10**6, 10**7))
    head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp)
    if style == SIDEBAR:
        body, items = _body(FONT, 0, rnd, trust)
        body = [P(b.text, "bold") if not isinstance(b, F) else P(b.text) for b in body]
        if v == 1:  # "Question 1:" lines and a "Response:" marker
            body, items = _sidebar_b(body, items)
        blocks: list[Block] = [_sidebar(trust, v, head, body, _closing(v, rnd, trust))]
    else:
        body, items = _body(style, v, rnd, trust)
        tail = _closing(v, rnd, trust)
        blocks = [*head, *body, *tail]
        if style == SCANNED:
            blocks = [*head, *(x for b in [*body, *tail] for x in _scanned(b, v))]
    cited = {t.exemption for t in tx.TOPICS if t.exemption and _asked(t.question, items)}
    if any(_asked(q, items) for q, _ in tx.COSTLY):
        cited.add("12")
    truth = {
        "items": items,
        "reference": ref,
        "received_date": rec,
        "responded_date": resp,
        "exemptions": [{"law": "FOIA", "section": s} for s in sorted(cited)],
    }
    return Letter(style, "ab"[v], k, trust[0], blocks, truth, FORMATS[style])


def _sidebar_b(body: list[P], items: list[dict]) -> tuple[list[P], list[dict]]:
    out, n, first = [], 0, False
    for b in body:
        if b.style == "bold":
            n += 1
            question = b.text.split(". ", 1)[1]
            out.append(P(f"Question {n}: {question}", "bold"))
            first = True
        else:
            out.append(P(f"Response: {b.text}" if first else b.text))
            first = False
    return out, items


def _asked(question: str, items: list[dict]) -> bool:
    return any(item["question"] == question for item in items)


def letters(per_style: int = PER_STYLE) -> list[Letter]:
    return [generate(s, k) for s in STYLES for k in range(per_style)]
