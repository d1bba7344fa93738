"""Held-out set E, FOI half: letters in eight house styles that neither set D
(benchmarks/heldout_d) nor the synthetic training styles (scripts/foi_synthetic.py)
print, built in code with their truth and scored at first sight (score.py here).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). The truth follows benchmarks/foi_score.py and set D's conventions
(benchmarks/heldout_d/foi_d.py's docstring): `label` is the question's number as
printed without punctuation ("1a)" and "1(a)" -> "1a"), None when unnumbered;
`question`/`answer` are the text without labels and markers, an answer's paragraphs
joined by spaces; a table after an answer's text is the item's table, not its text;
exemptions are the FOIA sections the answers cite; closings, notices, exemption
explanations, signatures and appendices are in no answer.
"""

from __future__ import annotations

import random

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_d.render import Block, H, P, T
from benchmarks.heldout_e.foi_e_text import CLOSINGS, EXPLANATIONS, SIGNATURES, TOPICS, Topic

PER_STYLE = 6
MONTHS = "January February March April May June July August September October November December"

# Two fictional trusts per style: (name, address, reference format).
TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    "inline answer after the question": [
        ("Harrowdene General Hospital NHS Trust", "Mill Road, Harrowdene HD2 4LT", "HGH-{n}"),
        ("Cressington Coast NHS Trust", "Esplanade House, Cressington CC7 1EA", "CCT/{y}/{n}"),
    ],
    "italic question, plain answer beneath": [
        ("Bramblehurst Mental Health NHS Trust", "Orchard Way, Bramblehurst BH1 9QP", "BMH{n}"),
        ("Tollgate Community Services NHS Trust", "Tollgate Yard, Tollbury TB4 2NE", "TCS {y}/{n}"),
    ],
    "numbered answers, questions in appendix": [
        ("Wexcombe Royal Hospitals NHS Trust", "Castle Street, Wexcombe WX3 3RH", "WRH-{y}-{n}"),
        ("Linthorpe Moor NHS Foundation Trust", "Moorgate, Linthorpe LM6 5FT", "LMF{n}"),
    ],
    "multi-part questions 1a/1b": [
        ("Sedgefold Valley NHS Trust", "Valley Road, Sedgefold SV2 8AA", "SVT{y}{n}"),
        ("Amberlow Children's NHS Foundation Trust", "Park Row, Amberlow AL5 6CH", "ACH/{n}"),
    ],
    "Part 1 / Part 2 sections": [
        ("Kestrelwick Health NHS Trust", "Hawk Lane, Kestrelwick KW9 2HT", "KH {n}"),
        ("Dovecote Partnership NHS Trust", "Dovecote House, Ribbling DP3 3DP", "DPT-FOI-{n}"),
    ],
    "section 21 links, request headings": [
        ("Furzebrook University Hospitals NHS Trust", "Heath Road, Furzebrook FB8 1UH", "FB{n}"),
        ("Quarrydown NHS Foundation Trust", "Quarry Hill, Quarrydown QD1 7QD", "QD/{y}/{n}"),
    ],
    "e-mail reply": [
        ("Greyfriars Community NHS Trust", "Greyfriars Walk, Wellsby GF2 2GF", "GCT-{n}"),
        ("Marlpit Ambulance NHS Trust", "Marlpit Depot, Orfield MA4 4MA", "MAT{y}-{n}"),
    ],
    "boxed review notice, Query/Reply": [
        ("Hollinsend Teaching NHS Trust", "Hollins Square, Hollinsend HT5 5HT", "HTT {y}-{n}"),
        ("Rookwood Care NHS Foundation Trust", "Rookery Lane, Rookwood RW6 0RW", "RCF/{n}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf") for s in STYLES} | {
    "italic question, plain answer beneath": ("docx", "pdf", "html"),
    "Part 1 / Part 2 sections": ("docx", "pdf", "html"),
    "section 21 links, request headings": ("html", "docx", "pdf"),
    "e-mail reply": ("html", "docx", "pdf"),
}


def answer_text(parts: list) -> str:
    """An answer as the truth spells it (set D's rule): paragraphs joined by spaces; a
    table only when the answer has no text."""
    texts = [p for p in parts if isinstance(p, str)]
    if texts:
        return " ".join(texts)
    return "\n".join("\n".join(" | ".join(r) for r in p) for p in parts if isinstance(p, list))


def _answer_blocks(parts: list, first: str = "", style: str | None = None) -> list[Block]:
    out: list[Block] = []
    for i, p in enumerate(parts):
        out.append(T(p) if isinstance(p, list) else P((first if i == 0 else "") + p, style))
    return out


def _long(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d} {MONTHS.split()[m - 1]} {y}"


def _dates(rnd: random.Random) -> tuple[str, str]:
    month, day = rnd.randint(2, 10), rnd.randint(1, 18)
    return f"2024-{month:02d}-{day:02d}", f"2024-{month + 1:02d}-{day + rnd.randint(0, 9):02d}"


def _head(v: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address, _ = trust
    if v == 0:
        return [
            H(name),
            P(address),
            P(f"FOI reference: {ref}"),
            P(f"Response date: {_long(resp)}"),
            P("Dear Applicant"),
            P(
                f"We received your request for information on {_long(rec)} and have dealt "
                "with it under the Freedom of Information Act 2000. Our reply is set out "
                "below."
            ),
        ]
    dot = lambda iso: ".".join(reversed(iso.split("-")))  # noqa: E731
    return [
        P(f"**{name}**"),
        P(address),
        P(f"Case number: {ref}"),
        P(f"Request logged: {dot(rec)}"),
        P(f"Reply sent: {dot(resp)}"),
        P("Dear Enquirer"),
        P("Thank you for writing to the Trust. We hold the information below."),
    ]


def _email_head(v: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    """An e-mail reply: no letterhead, the reference in the subject line."""
    box = "foi@" + trust[0].split()[0].lower() + ".example"
    return [
        P(f"From: Freedom of Information <{box}>"),
        P(f"Sent: {_long(resp)}"),
        P(f"Subject: RE: FOI request {ref}"),
        P("Hi," if v == 0 else "Hello,"),
        P(
            f"Thanks for your email of {_long(rec)}. I've put our answers under each of your "
            "questions."
            if v == 0
            else f"Following up your request received on {_long(rec)}, here is what we found."
        ),
    ]


def _item(items: list, label, question: str, answer: str) -> None:
    items.append({"label": label, "question": question, "answer": answer})


def _qa(style: str, v: int, chosen: list[Topic], rnd: random.Random) -> tuple[list, list, list]:
    """(blocks between the head and the closing, truth items, blocks after the signature)."""
    blocks: list[Block] = []
    items: list[dict] = []
    tail: list[Block] = []
    if style == "inline answer after the question":
        for n, t in enumerate(chosen, 1):
            text = (
                f"{n}. {t.question} - {t.short}" if v == 0 else f"{n} {t.question} \u2014 {t.short}"
            )
            blocks.append(P(text))
            _item(items, str(n), t.question, t.short)
    elif style == "italic question, plain answer beneath":
        for n, t in enumerate(chosen, 1):
            blocks.append(P(f"{n}. {t.question}" if v == 0 else t.question, "italic"))
            blocks += _answer_blocks(t.answer)
            _item(items, str(n) if v == 0 else None, t.question, answer_text(t.answer))
    elif style == "numbered answers, questions in appendix":
        blocks.append(
            P(
                "Our answers are numbered to match your questions, which are repeated in the "
                "appendix at the end of this letter."
            )
        )
        for n, t in enumerate(chosen, 1):
            blocks += _answer_blocks(t.answer, f"{n}. " if v == 0 else f"Answer {n}: ")
            _item(items, str(n), t.question, answer_text(t.answer))
        head = ["No.", "Question"] if v == 0 else ["Ref", "Your request"]
        tail.append(H("Appendix: your questions" if v == 0 else "Annex A - the request"))
        tail.append(T([head, *[[str(n), t.question] for n, t in enumerate(chosen, 1)]]))
    elif style == "multi-part questions 1a/1b":
        cut = rnd.randint(1, len(chosen) - 1)
        parts = [(1, chosen[:cut]), (2, chosen[cut:])]
        for num, group in parts:
            for letter, t in zip("abcde", group, strict=False):
                label = f"{num}{letter}"
                shown = f"{label}) " if v == 0 else f"{num}({letter}) "
                blocks.append(P(shown + t.question, "bold" if v == 0 else None))
                blocks += _answer_blocks(t.answer, "" if v == 0 else "Answer: ")
                _item(items, label, t.question, answer_text(t.answer))
    elif style == "Part 1 / Part 2 sections":
        cut = rnd.randint(1, len(chosen) - 1)
        titles = (["Part 1: Workforce", "Part 2: Services"], ["PART ONE", "PART TWO"])[v]
        for title, group in zip(titles, (chosen[:cut], chosen[cut:]), strict=True):
            blocks.append(H(title))
            for n, t in enumerate(group, 1):
                if v == 0:
                    blocks.append(P(f"{n}. {t.question}"))
                    blocks += _answer_blocks(t.answer, "Trust's answer: ")
                else:
                    blocks.append(P(f"{n}. {t.question}", "bold"))
                    blocks += _answer_blocks(t.answer)
                _item(items, str(n), t.question, answer_text(t.answer))
    elif style == "section 21 links, request headings":
        for n, t in enumerate(chosen, 1):
            if v == 0:
                blocks += [H(f"Request {n}"), P(t.question)]
                blocks += _answer_blocks(t.answer)
            else:
                blocks.append(P(f"**Item {n}:** {t.question}"))
                blocks += _answer_blocks(t.answer, "**Our position:** ")
            _item(items, str(n), t.question, answer_text(t.answer))
    elif style == "e-mail reply":
        for n, t in enumerate(chosen, 1):
            blocks.append(
                P(f"> {n}. {t.question}" if v == 0 else f"Your question {n}: {t.question}")
            )
            blocks += _answer_blocks(t.answer)
            _item(items, str(n), t.question, answer_text(t.answer))
    elif style == "boxed review notice, Query/Reply":
        for n, t in enumerate(chosen, 1):
            if v == 0:
                blocks.append(P(f"**Query {n}:** {t.question}"))
                blocks += _answer_blocks(t.answer, "**Reply:** ")
            else:
                blocks += [P(f"Query {n}.", "bold"), P(t.question)]
                blocks += _answer_blocks(t.answer, style="italic")
            _item(items, str(n), t.question, answer_text(t.answer))
    return blocks, items, tail


def _closing(style: str, v: int, exemptions: list[str], rnd: random.Random, trust) -> list:
    """Exemption explanations, closings (a boxed notice in one style), signature."""
    blocks: list[Block] = [P(EXPLANATIONS[ex][v]) for ex in exemptions]
    if style == "boxed review notice, Query/Reply":
        notice = f"{CLOSINGS['review'][v]} {CLOSINGS['regulator'][v]}"
        blocks += [T([["Internal review"], [notice]]), P(CLOSINGS["reuse"][v], "italic")]
    else:
        kinds = rnd.sample(list(CLOSINGS), rnd.randint(2, len(CLOSINGS)))
        blocks += [P(CLOSINGS[k][v]) for k in kinds]
    blocks += [P(line) for line in SIGNATURES[v]]
    if style != "e-mail reply":  # an e-mail signs off with no postal address
        blocks += [P(trust[0]), P(trust[1])]
    return blocks


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-e/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    chosen = rnd.sample(TOPICS, rnd.randint(3, 5))
    if style == "section 21 links, request headings" and not any(
        t.exemption == "21" for t in chosen
    ):
        chosen[rnd.randrange(len(chosen))] = next(t for t in TOPICS if t.exemption == "21")
    rec, resp = _dates(rnd)
    ref = trust[2].format(y=rec[2:4], n=rnd.randint(100, 4999))
    qa, items, tail = _qa(style, v, chosen, rnd)
    head = _email_head if style == "e-mail reply" else _head
    exemptions = sorted({t.exemption for t in chosen if t.exemption})
    blocks = head(v, trust, ref, rec, resp) + qa + _closing(style, v, exemptions, rnd, trust)
    truth = {
        "items": items,
        "reference": ref,
        "received_date": rec,
        "responded_date": resp,
        "exemptions": [{"law": "FOIA", "section": s} for s in exemptions],
    }
    return Letter(style, "ab"[v], k, trust[0], blocks + tail, truth, FORMATS[style])


def letters(per_style: int = PER_STYLE) -> list[Letter]:
    return [generate(s, k) for s in STYLES for k in range(per_style)]
