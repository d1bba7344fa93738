"""Held-out set F, FOI half: letters in eight house styles that neither set D
(benchmarks/heldout_d), set E (benchmarks/heldout_e) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). The truth follows benchmarks/foi_score.py and set D's conventions
(benchmarks/heldout_d/foi_d.py's docstring): `label` is the question's number or letter
as printed without punctuation ("(ii)" -> "ii", "b)" -> "b"), None when unnumbered;
`question`/`answer` are the text without labels and markers, an answer's paragraphs
(or bullet points) joined by spaces; exemptions are the FOIA sections the answers
cite; closings and signatures are in no answer.
"""

from __future__ import annotations

import random

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_d.render import B, Block, H, P
from benchmarks.heldout_f.foi_f_text import CLOSINGS, SIGNATURES, TOPICS, Topic

PER_STYLE = 4
MONTHS = "January February March April May June July August September October November December"
ROMAN = ("i", "ii", "iii", "iv", "v")

# Two fictional trusts per style: (name, address, reference format).
TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    "roman numerals (i)/(ii)": [
        ("Fallowfield Abbey NHS Trust", "Abbey Close, Fallowfield FA3 2AB", "FAT{n}"),
        ("Penhallow Coastal NHS Foundation Trust", "Cliff Road, Penhallow PH8 8CR", "PC/{y}/{n}"),
    ],
    "lettered a)/b), Response: prefix": [
        ("Ravensmoor Hospitals NHS Trust", "Moor Lane, Ravensmoor RM2 6ML", "RMH-{n}"),
        ("Stilbury Community NHS Trust", "Stilbury Centre, Stilbury ST4 1SC", "SCT {y}/{n}"),
    ],
    "Question N / Response headings": [
        ("Hazelbrook Royal NHS Foundation Trust", "Royal Parade, Hazelbrook HZ1 1RP", "HR{y}-{n}"),
        ("Idlecombe Health NHS Trust", "Combe House, Idlecombe IC5 3CH", "IHT/{n}"),
    ],
    "plain question, bold answer": [
        ("Juniper Fields NHS Trust", "Fields Avenue, Juniper JF7 7FA", "JFT-FOI-{n}"),
        ("Caddington Mental Health NHS Trust", "Grange Road, Caddington CM3 9GR", "CMH{n}"),
    ],
    "answers as bullet points": [
        ("Loxbeare University Hospitals NHS Trust", "College Street, Loxbeare LX2 4CS", "LUH{n}"),
        ("Nettlecombe Partnership NHS Trust", "Nettle Yard, Combe NC6 2NY", "NPT/{y}/{n}"),
    ],
    "unnumbered Q. / A.": [
        ("Ormskirk Vale Hospitals NHS Trust", "Vale Way, Ormsvale OV8 1VW", "OVH {n}"),
        ("Wrayfield Children's NHS Trust", "Playfield Road, Wrayfield WC2 2PR", "WCT-{y}-{n}"),
    ],
    "question as a heading": [
        ("Tamsworth General NHS Trust", "General Street, Tamsworth TG6 6GS", "TGT{y}{n}"),
        ("Ellerby Moor NHS Foundation Trust", "Moorside, Ellerby EM9 4MS", "EMF/{n}"),
    ],
    "1) question, 'Response from the Trust' line": [
        ("Quenford Ambulance NHS Trust", "Beacon Park, Quenford QA1 5BP", "QAT-{n}"),
        ("Ashcombe Priory NHS Trust", "Priory Walk, Ashcombe AP3 3PW", "APT {y}-{n}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf") for s in STYLES} | {
    "Question N / Response headings": ("docx", "pdf", "html"),
    "answers as bullet points": ("html", "docx", "pdf"),
    "unnumbered Q. / A.": ("docx", "pdf", "html"),
}


def _long(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d} {MONTHS.split()[m - 1]} {y}"


def _dates(rnd: random.Random) -> tuple[str, str]:
    month, day = rnd.randint(1, 9), rnd.randint(2, 19)
    return f"2024-{month:02d}-{day:02d}", f"2024-{month + 1:02d}-{day + rnd.randint(0, 8):02d}"


def _head(v: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address, _ = trust
    if v == 0:
        return [
            H(name),
            P(address),
            P(f"Our ref: {ref}"),
            P(f"Date: {_long(resp)}"),
            P("Dear Requester,"),
            P(
                f"Your Freedom of Information request reached us on {_long(rec)}. Please find "
                "our response to each part below."
            ),
        ]
    slash = lambda iso: "/".join(reversed(iso.split("-")))  # noqa: E731
    return [
        P(f"**{name}**"),
        P(address),
        P(f"Request reference: {ref}"),
        P(f"Received: {slash(rec)}"),
        P(f"Responded: {slash(resp)}"),
        P("Dear Sir or Madam"),
        P("We have now completed the searches your request needed."),
    ]


def _qa(style: str, v: int, chosen: list[Topic]) -> tuple[list[Block], list[dict]]:
    blocks: list[Block] = []
    items: list[dict] = []
    for n, t in enumerate(chosen, 1):
        label: str | None = str(n)
        answer = [P(a) for a in t.answer]
        if style == "roman numerals (i)/(ii)":
            label = ROMAN[n - 1]
            blocks.append(P(f"({label}) {t.question}" if v == 0 else f"{label}. {t.question}"))
        elif style == "lettered a)/b), Response: prefix":
            label = "abcde"[n - 1]
            blocks.append(P(f"{label}) {t.question}", "bold" if v == 0 else None))
            answer[0] = P(f"Response: {t.answer[0]}")
        elif style == "Question N / Response headings":
            blocks += [H(f"Question {n}"), P(t.question), H("Response" if v == 0 else "Our reply")]
        elif style == "plain question, bold answer":
            blocks.append(P(f"{n}. {t.question}" if v == 0 else f"{n} - {t.question}"))
            answer = [P(a, "bold") for a in t.answer]
        elif style == "answers as bullet points":
            blocks.append(P(f"{n}. {t.question}", "bold" if v == 1 else None))
            answer = [B(a) for a in t.answer]
        elif style == "unnumbered Q. / A.":
            label = None
            blocks.append(P(f"Q. {t.question}" if v == 0 else f"**Q.** {t.question}"))
            answer[0] = P(f"A. {t.answer[0]}" if v == 0 else f"**A.** {t.answer[0]}")
        elif style == "question as a heading":
            blocks.append(H(f"{n}. {t.question}" if v == 0 else f"{n} {t.question}"))
        elif style == "1) question, 'Response from the Trust' line":
            blocks.append(P(f"{n}) {t.question}"))
            blocks.append(P("Response from the Trust:" if v == 0 else "Trust response", "bold"))
        blocks += answer
        items.append({"label": label, "question": t.question, "answer": " ".join(t.answer)})
    return blocks, items


def _closing(v: int, rnd: random.Random, trust: tuple) -> list[Block]:
    kinds = rnd.sample(list(CLOSINGS), rnd.randint(2, len(CLOSINGS)))
    blocks: list[Block] = [P(CLOSINGS[k][v]) for k in kinds]
    return blocks + [P(line) for line in SIGNATURES[v]] + [P(trust[0])]


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-f/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    chosen = rnd.sample(TOPICS, rnd.randint(3, 5))
    rec, resp = _dates(rnd)
    ref = trust[2].format(y=rec[2:4], n=rnd.randint(100, 9999))
    qa, items = _qa(style, v, chosen)
    exemptions = sorted({t.exemption for t in chosen if t.exemption})
    blocks = _head(v, trust, ref, rec, resp) + qa + _closing(v, rnd, trust)
    truth = {
        "items": items,
        "reference": ref,
        "received_date": rec,
        "responded_date": resp,
        "exemptions": [{"law": "FOIA", "section": s} for s in exemptions],
    }
    return Letter(style, "ab"[v], k, trust[0], blocks, truth, FORMATS[style])


def letters(per_style: int = PER_STYLE) -> list[Letter]:
    return [generate(s, k) for s in STYLES for k in range(per_style)]
