"""Held-out set G, FOI half: letters in eight house styles that neither set D, E nor F
(benchmarks/heldout_d, _e, _f) nor the synthetic training styles (scripts/foi_synthetic.py)
print, built in code with their truth and scored at first sight (score.py here).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Besides the style, the letters carry what real ones do and the earlier sets did
not: a running page header and a "Page x of y" footer, a letterhead laid out as a
table, dates as "3rd March 2024" or "03.03.2024", a requester's own reference beside
the Trust's, a quoted original request, answers with a table of figures by year, an
exemption applied to one part of an answer only and cited as "s.43(2)", and an
explanation of the exemptions after the answers.

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring):
`label` is the question's number or letter as printed without its punctuation
("1.2" stays "1.2", "(B)" -> "B", "Item 3" -> "3"; an automatically numbered list's
number is printed by Word even though the DOCX text lacks it), None when unnumbered;
`question`/`answer` are the text without labels and markers; an answer's paragraphs
are joined by spaces, a table after an answer's text is not part of it and an answer
that is only a table is its rows (cells joined by " | ", a line a row); exemptions are
the FOIA sections the answers cite; explanations, closings and signatures are in no
answer; the reference is the Trust's, not the requester's.
"""

from __future__ import annotations

import random

from benchmarks.heldout_d.foi_d import Letter, answer_text
from benchmarks.heldout_d.render import DL, B, H, P, T
from benchmarks.heldout_g.foi_g_text import CLOSINGS, EXPLANATIONS, SIGNATURES, TOPICS, Topic
from benchmarks.heldout_g.render import Block, N, Running

PER_STYLE = 4
MONTHS = "January February March April May June July August September October November December"
CAPITALS = "ABCDE"

# Two fictional trusts per style: (name, address, reference format).
TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    "auto-numbered questions (Word list numbering)": [
        ("Harrowden Valley NHS Trust", "Valley Road, Harrowden HV4 2VR", "HVT-FOI-{n}"),
        (
            "Bellcaster Teaching Hospitals NHS Trust",
            "Minster Way, Bellcaster BC1 7MW",
            "BTH{y}/{n}",
        ),
    ],
    "decimal numbering under subject headings": [
        ("Coldharbour Mental Health NHS Trust", "Harbour Lane, Coldharbour CH2 8HL", "CMHT {n}"),
        ("Wystan Green NHS Foundation Trust", "Green Street, Wystan WG5 1GS", "WG/FOI/{y}/{n}"),
    ],
    "one table per question, Question/Answer rows": [
        ("Dunholme Royal Infirmary NHS Trust", "Infirmary Square, Dunholme DR3 3IS", "DRI{n}"),
        ("Marlcliff Community NHS Trust", "Cliff House, Marlcliff MC7 4CH", "MCT-{y}-{n}"),
    ],
    "Information requested / Information supplied": [
        ("Pelsworth Hospitals NHS Trust", "Pel Road, Pelsworth PW6 6PR", "PHT/{n}"),
        ("Threlkeld Fells NHS Foundation Trust", "Fellside, Threlkeld TF9 2FS", "TFF{y}{n}"),
    ],
    "questions as bullet points, answers beneath": [
        ("Corringham Bay NHS Trust", "Bay Parade, Corringham CB8 5BP", "CBT {y}/{n}"),
        ("Askerton Vale NHS Trust", "Vale Mill, Askerton AV2 9VM", "AVT-{n}"),
    ],
    "answer in a one-cell box": [
        ("Rushden Moor Hospitals NHS Trust", "Moor Street, Rushden RM5 5MS", "RMH/{y}/{n}"),
        ("Glaisdale Partnership NHS Trust", "Dale Court, Glaisdale GP1 3DC", "GPT{n}"),
    ],
    "capital letters A./(B), 'Trust's answer' marker": [
        ("Ottringham Coast NHS Trust", "Sea Lane, Ottringham OC4 4SL", "OCT-{y}-{n}"),
        ("Pendleby General Hospital NHS Trust", "Hospital Road, Pendleby PG2 2HR", "PGH {n}"),
    ],
    "definition list, question as term": [
        ("Stainforth Healthcare NHS Trust", "Forth Street, Stainforth SH3 1FS", "SHT{y}-{n}"),
        ("Kirkbride Children's NHS Foundation Trust", "Play Lane, Kirkbride KC6 6PL", "KCF/{n}"),
    ],
}
STYLES = list(TRUSTS)
# styles whose answer sits in one cell (or one <dd>) take no topic answered by a table
IN_CELL = {
    "one table per question, Question/Answer rows",
    "answer in a one-cell box",
    "definition list, question as term",
}
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf") for s in STYLES} | {
    "decimal numbering under subject headings": ("docx", "pdf", "html"),
    "questions as bullet points, answers beneath": ("html", "docx", "pdf"),
    "definition list, question as term": ("html", "docx", "pdf"),
    "auto-numbered questions (Word list numbering)": ("docx", "pdf", "html"),
}


def _dmy(iso: str) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in iso.split("-"))
    return d, m, y


def long_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d} {MONTHS.split()[m - 1]} {y}"


def ordinal_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix} {MONTHS.split()[m - 1]} {y}"


def dotted_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d:02d}.{m:02d}.{y}"


def _dates(rnd: random.Random) -> tuple[str, str]:
    month, day = rnd.randint(1, 9), rnd.randint(1, 19)
    return f"2024-{month:02d}-{day:02d}", f"2024-{month + 1:02d}-{day + rnd.randint(0, 9):02d}"


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str, rnd: random.Random):
    name, address, _ = trust
    theirs = f"Your ref: {rnd.choice(['JS', 'AK', 'MP'])}/{rnd.randint(10, 99)}"
    if kind == 0:  # classic letterhead, ordinal dates, the requester's own reference too
        return [
            H(name),
            P(address),
            P(f"Our ref: {ref}"),
            P(theirs),
            P(ordinal_date(resp)),
            P("Dear Requester"),
            P(
                f"Thank you for your request for information, which we received on "
                f"{ordinal_date(rec)}. We have dealt with it under the Freedom of "
                "Information Act 2000."
            ),
        ]
    if kind == 1:  # letterhead as a two-cell table, dotted dates
        return [
            T(
                [
                    [
                        f"{name}\n{address}",
                        f"Our reference: {ref}\nDate received: {dotted_date(rec)}\n"
                        f"Date of response: {dotted_date(resp)}",
                    ]
                ]
            ),
            P("Dear Sir/Madam"),
            P(
                "Re: Freedom of Information request. We write in reply to your e-mail, in "
                "which you asked for the information below."
            ),
        ]
    return [  # a subject heading naming the reference, long dates, quoted original request
        P(f"**{name}**"),
        H(f"Freedom of Information Act 2000: request {ref}"),
        P(f"Request received: {long_date(rec)}"),
        P(f"Response issued: {long_date(resp)}"),
        P("Dear Requester,"),
        P(
            'Your original e-mail read: "I am researching how hospital trusts in the region '
            'manage their services and costs and would be grateful for the answers below."'
        ),
        P("We have set out each part of your request with our response."),
    ]


def _parts(parts: list, first: str = "", style: str | None = None) -> list[Block]:
    """An answer's blocks; `first` (a marker) opens its first paragraph."""
    out: list[Block] = []
    for i, p in enumerate(parts):
        out.append(T(p) if isinstance(p, list) else P((first if i == 0 else "") + p, style))
    if parts and isinstance(parts[0], list) and first:
        out.insert(0, P(first.strip()))
    return out


def _cell(parts: list) -> str:
    """An answer printed in one table cell: a line a paragraph."""
    return "\n".join(p for p in parts if isinstance(p, str))


def _by_area(chosen: list[Topic]) -> list[Topic]:
    order = list(dict.fromkeys(t.area for t in chosen))
    return sorted(chosen, key=lambda t: order.index(t.area))


def _qa(style: str, v: int, chosen: list[Topic]) -> tuple[list[Block], list[dict]]:
    blocks: list[Block] = []
    items: list[dict] = []
    area, sub = None, 0
    for n, t in enumerate(chosen, 1):
        label: str | None = str(n)
        answer = _parts(t.answer)
        if style == "auto-numbered questions (Word list numbering)":
            blocks.append(N(t.question, n, "bold" if v == 1 else None))
        elif style == "decimal numbering under subject headings":
            if t.area != area:
                area, sub = t.area, 0
                blocks.append(H(f"{len({x.area for x in chosen[:n]})}. {t.area}"))
            sub += 1
            label = f"{len({x.area for x in chosen[:n]})}.{sub}"
            blocks.append(
                P(f"{label} {t.question}", "bold") if v == 0 else P(f"{label}  {t.question}")
            )
        elif style == "one table per question, Question/Answer rows":
            if v == 0:
                blocks.append(T([[f"Question {n}", t.question], ["Answer", _cell(t.answer)]]))
            else:
                blocks.append(H(f"Item {n}"))
                blocks.append(T([["Request", t.question], ["Trust response", _cell(t.answer)]]))
            answer = []
        elif style == "Information requested / Information supplied":
            if v == 0:
                blocks.append(P(f"{n}. Information requested: {t.question}"))
                answer = _parts(t.answer, "Information supplied: ")
            else:
                blocks += [P(f"Information requested ({n})", "bold"), P(t.question)]
                answer = [P("Information supplied", "bold"), *_parts(t.answer)]
        elif style == "questions as bullet points, answers beneath":
            label = None
            blocks.append(B(t.question if v == 0 else f"**{t.question}**"))
        elif style == "answer in a one-cell box":
            blocks.append(P(f"{n}. {t.question}" if v == 0 else f"No. {n}: {t.question}"))
            answer = [T([[_cell(t.answer)]])]
        elif style == "capital letters A./(B), 'Trust's answer' marker":
            label = CAPITALS[n - 1]
            if v == 0:
                blocks.append(P(f"{label}. {t.question}"))
                answer = _parts(t.answer, "Trust's answer: ")
            else:
                blocks.append(P(f"({label}) {t.question}", "bold"))
                answer = [P("The Trust's answer", "italic"), *_parts(t.answer)]
        elif style == "definition list, question as term":
            label = None if v == 0 else str(n)
            term = t.question if v == 0 else f"{n}. {t.question}"
            blocks.append(DL([(term, " ".join(p for p in t.answer if isinstance(p, str)))]))
            answer = []
        blocks += answer
        items.append({"label": label, "question": t.question, "answer": answer_text(t.answer)})
    return blocks, items


def _closing(v: int, rnd: random.Random, trust: tuple, cited: list[str]) -> list[Block]:
    blocks: list[Block] = [P(EXPLANATIONS[s]) for s in cited if v == 0]
    kinds = rnd.sample(list(CLOSINGS), rnd.randint(2, len(CLOSINGS)))
    blocks += [P(CLOSINGS[k][v]) for k in kinds]
    return blocks + [P(line) for line in SIGNATURES[v]] + [P(trust[0])]


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-g/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    pool = [t for t in TOPICS if style not in IN_CELL or not t.has_table]
    chosen = rnd.sample(pool, rnd.randint(3, 5))
    if style == "decimal numbering under subject headings":
        chosen = _by_area(chosen)
    rec, resp = _dates(rnd)
    ref = trust[2].format(y=rec[2:4], n=rnd.randint(100, 9999))
    qa, items = _qa(style, v, chosen)
    cited = sorted({t.exemption for t in chosen if t.exemption})
    head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp, rnd)
    running = Running(
        "OFFICIAL" if v == 0 else f"{trust[0]}: Freedom of Information",
        f"{trust[0]} | FOI {ref}" if v == 0 else "Information Governance",
    )
    blocks = [running, *head, *qa, *_closing(v, rnd, trust, cited)]
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
