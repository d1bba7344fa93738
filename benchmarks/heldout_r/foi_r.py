"""Held-out set R, FOI half: letters in eight house styles that neither sets D to Q
(benchmarks/heldout_d .. heldout_q) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Besides the style, the letters carry date forms the earlier sets did not ("March
5, 2024", "5th March, 2024", "Tues 5 March 2024") and reference forms of their own
("RFI/24-0173", "00173/IG/24", "FOI-R-240173", "ACC24.173").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to Q apply them): `label` is the question's number as printed without its
punctuation ("1." -> "1", "(2)" -> "2", "Q3" as printed), None when unnumbered;
`question`/`answer` are the text without labels, headings and markers; an answer's
paragraphs (or table rows) are joined by spaces. In set R besides:

- a "Question N (continued)" heading repeated inside an answer is no part of it, and
  the answer is its paragraphs on both sides of that heading;
- a theme row of a table ("Workforce") belongs to no item;
- a response that runs on into a second table row is one answer, its rows joined;
- a question printed as a bold run opening a paragraph is that run, the answer the
  rest of the paragraph;
- a question with lettered sub-parts: its stem ("Regarding mortuary capacity:") is in
  no item and each part is one, labelled with the number and the letter ("1a"), as in
  set L; the one paragraph below answering all the parts is each part's answer, as a
  shared reply is in set D;
- an answer that only points to an annex ("The figures are set out in Annex A …") is
  that sentence; the annex after the signature belongs to no item;
- a numbered subject heading ("3. Taxi spend") gives its number as the label; the
  subject and the "You asked:" / "Our response:" lines are in no item;
- questions quoted in a box at the top are answered by the numbered paragraphs below
  the box, a paragraph each;

the exemptions are the FOIA sections the answers apply; closings and signatures are in
no item.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import Banded, Block, Grid, H, P, Running
from benchmarks.heldout_r import foi_r_text as tx
from benchmarks.heldout_r.foi_r_text import month_comma_date, ordinal_comma_date, weekday_long_date

PER_STYLE = 4

CONTINUED = (
    "a long answer broken by a repeated 'Question N (continued)' heading, as where it ran "
    "over a page, the rest of the answer beneath it"
)
THEMED = (
    "a two-column question/answer table divided by grey merged theme rows ('Workforce', "
    "'Finance') that are neither question nor answer"
)
SPILL = (
    "a 'No. | Request | Response' table where a long response runs on into a second row "
    "whose number and request cells are empty"
)
RUNIN = (
    "each question a bold run opening its paragraph, the answer carrying on in plain type "
    "in the same paragraph, with no label or separator"
)
SUBPARTS = (
    "questions with lettered sub-parts on lines of their own ('(a) …', '(b) …'), all the "
    "parts answered together in one paragraph"
)
ANNEX = (
    "a question answered only by a pointer to an 'Annex A' / 'Appendix 1' table printed "
    "after the signature, the annex in no answer"
)
NUMSUBJ = (
    "each question under a numbered subject heading ('3. Taxi spend'), then 'You asked:' / "
    "'Our response:' lines, the heading's number its label"
)
BOXREQ = (
    "the request quoted in a bordered box at the top with its questions numbered inside "
    "it, the numbered answers below the box without the questions repeated"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    CONTINUED: [
        ("Greyrigg Forest NHS Trust", "Forest Road, Greyrigg GR3 8FR", "RFI/{y}-{n:04d}"),
        ("Whinfell Community NHS Trust", "Whinfell Lane, Grayrigg WC6 2WL", "{n:05d}/IG/{y}"),
    ],
    THEMED: [
        ("Bannisdale Hospitals NHS Trust", "Dale Head, Bannisdale BD2 4DH", "FOI-R-{y}{n:04d}"),
        ("Borrowdale Edge NHS Foundation Trust", "Edge Road, Selside BE5 1ER", "ACC{y}.{n}"),
    ],
    SPILL: [
        ("Shap Wells NHS Trust", "Wells Lane, Shap SW4 7WL", "RFI/{y}-{n:04d}"),
        ("Wet Sleddale Healthcare NHS Trust", "Sleddale Road, Shap WS9 3SR", "ACC{y}.{n}"),
    ],
    RUNIN: [
        ("Crosby Ravensworth NHS Trust", "Ravens Row, Crosby CR1 6RR", "{n:05d}/IG/{y}"),
        ("Orton Scar NHS Foundation Trust", "Scar Lane, Orton OS8 2SL", "FOI-R-{y}{n:04d}"),
    ],
    SUBPARTS: [
        ("Tebay Gorge NHS Trust", "Gorge Road, Tebay TG2 5GR", "ACC{y}.{n}"),
        ("Ravenstonedale NHS Trust", "Fell End, Ravenstonedale RV7 3FE", "RFI/{y}-{n:04d}"),
    ],
    ANNEX: [
        ("Mallerstang Edge NHS Trust", "Edge Farm Road, Outhgill ME4 9EF", "FOI-R-{y}{n:04d}"),
        ("Howgill Fells Healthcare NHS Trust", "Fells Road, Howgill HF1 2FR", "{n:05d}/IG/{y}"),
    ],
    NUMSUBJ: [
        ("Wasdale Pike NHS Trust", "Pike Road, Wasdale WP3 4PR", "ACC{y}.{n}"),
        ("Docker Nook Community NHS Trust", "Nook Lane, Docker DN6 1NL", "RFI/{y}-{n:04d}"),
    ],
    BOXREQ: [
        ("Lambrigg Moss NHS Foundation Trust", "Moss Lane, Lambrigg LM2 8ML", "{n:05d}/IG/{y}"),
        (
            "Killington Reservoir NHS Trust",
            "Reservoir Road, Killington KR5 6RR",
            "FOI-R-{y}{n:04d}",
        ),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
CONTINUED_HEADS = ("Question {n} (continued)", "Request {n} (cont.)")
ANSWER_HEADS = (("You asked:", "Our response:"), ("What you asked for", "What we can tell you"))


def _dates(rnd: random.Random) -> tuple[str, str]:
    rec = dt.date(2024, 1, 15) + dt.timedelta(days=rnd.randint(0, 290))
    resp = rec + dt.timedelta(days=rnd.randint(8, 26))
    return rec.isoformat(), resp.isoformat()


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address = trust[0], trust[1]
    if kind == 0:
        return [
            H(name),
            P(address),
            P(f"Reference: {ref}"),
            P(f"Date: {month_comma_date(resp)}"),
            P("Dear Enquirer,"),
            P(
                f"Thank you for your email of {ordinal_comma_date(rec)}, which we have "
                "dealt with under the Freedom of Information Act 2000."
            ),
        ]
    if kind == 1:
        return [
            P(name, "bold"),
            P(address),
            P(f"{weekday_long_date(resp)}"),
            P(f"Please quote {ref} in any reply."),
            P("Dear Sir or Madam"),
            P(
                f"We received your request for information on {month_comma_date(rec)} and "
                "respond to it below under the Freedom of Information Act 2000."
            ),
        ]
    return [
        Grid([["Our reference", ref], ["Date of reply", ordinal_comma_date(resp)]], widths=(5, 9)),
        P(name, "bold"),
        P("Dear Applicant,"),
        P(
            f"Your Freedom of Information request dated {weekday_long_date(rec)} has now "
            "been processed and our reply follows."
        ),
    ]


def _closing(v: int, trust: tuple) -> list[P]:
    return [P(tx.CLOSINGS[k][v]) for k in ("review", "regulator")] + [
        *(P(x) for x in tx.SIGNATURES[v]),
        P(trust[0]),
    ]


def _item(label: str | None, question: str, answer: str) -> dict:
    return {"label": label, "question": question, "answer": answer}


def _joined(t: tx.Topic) -> str:
    return " ".join(t.answer)


def _parted_lines(p: tx.Parted, v: int) -> list[tuple[str, str]]:
    """(letter, printed line) for each sub-part of a question."""
    return [
        (x, f"({x}) {part}" if v == 0 else f"{x}. {part}")
        for x, part in zip("abcdef", p.parts, strict=False)
    ]


def _continued(numbered, v: int, rnd: random.Random):
    blocks: list[Block] = []
    if v == 0:
        blocks.append(Running("Freedom of Information response", "Information Governance Office"))
    broken = set(rnd.sample([n for n, _ in numbered], 2))
    for n, t in numbered:
        head = f"Question {n}" if v == 0 else f"Request {n}"
        blocks += [H(head) if v == 0 else P(head, "bold"), P(t.question, "italic")]
        blocks.append(P(t.answer[0]))
        if n in broken:
            again = CONTINUED_HEADS[v].format(n=n)
            blocks.append(H(again) if v == 0 else P(again, "bold"))
        blocks.append(P(t.answer[1]))
    return blocks, [_item(str(n), t.question, _joined(t)) for n, t in numbered]


def _themed(chosen, v: int):
    order = sorted(chosen, key=lambda t: t.theme)
    rows: list[str | tuple[str, str]] = [("Your question", "Our answer")] if v == 0 else []
    items = []
    for n, t in enumerate(order, 1):
        if not items or order[n - 2].theme != t.theme:
            rows.append(t.theme)
        rows.append((f"{n}. {t.question}" if v == 0 else t.question, "\n".join(t.answer)))
        items.append(_item(str(n) if v == 0 else None, t.question, _joined(t)))
    return [Banded(rows)], items


def _spill(numbered, v: int, rnd: random.Random):
    head = ["No.", "Request", "Response"] if v == 0 else ["Ref", "What you asked", "Our reply"]
    rows = [head]
    runs_on = set(rnd.sample([n for n, _ in numbered], 2))
    for n, t in numbered:
        if n in runs_on:
            rows += [[str(n), t.question, t.answer[0]], ["", "", t.answer[1]]]
        else:
            rows.append([str(n), t.question, _joined(t)])
    items = [_item(str(n), t.question, _joined(t)) for n, t in numbered]
    return [Grid(rows, header=True, widths=(1, 6, 8))], items


def _runin(numbered, v: int):
    blocks: list[Block] = []
    for n, t in numbered:
        lead = f"{n}. " if v == 1 else ""
        blocks.append(P(f"{lead}**{t.question}** {_joined(t)}"))
    return blocks, [_item(str(n) if v == 1 else None, t.question, _joined(t)) for n, t in numbered]


def _subparts(chosen, v: int, rnd: random.Random):
    parted = rnd.sample(tx.PARTED, 2)
    mixed: list[tx.Topic | tx.Parted] = [*chosen[:2], *parted]
    rnd.shuffle(mixed)
    blocks: list[Block] = []
    items = []
    for n, q in enumerate(mixed, 1):
        lead = f"{n}." if v == 0 else f"{n})"
        if isinstance(q, tx.Parted):
            # the stem is in no item; each part is one, the shared paragraph its answer
            lines = _parted_lines(q, v)
            blocks += [
                P(f"{lead} {q.stem}", "bold"),
                *(P(x, "bold") for _, x in lines),
                P(q.answer),
            ]
            items += [
                _item(f"{n}{x}", part, q.answer) for x, part in zip("abcdef", q.parts, strict=False)
            ]
        else:
            blocks += [P(f"{lead} {q.question}", "bold"), *(P(x) for x in q.answer)]
            items.append(_item(str(n), q.question, _joined(q)))
    return blocks, items


def _annex(numbered, v: int, rnd: random.Random):
    at = rnd.randint(1, len(numbered) - 1)
    blocks: list[Block] = []
    items = []
    n = 0
    for j, (_, t) in enumerate(numbered):
        if j == at:
            n += 1
            ask = f"{n}. {tx.ANNEX_QUESTION}" if v == 0 else f"({n}) {tx.ANNEX_QUESTION}"
            blocks += [P(ask, "bold"), P(tx.ANNEX_POINTERS[v])]
            items.append(_item(str(n), tx.ANNEX_QUESTION, tx.ANNEX_POINTERS[v]))
        n += 1
        blocks += [P(f"{n}. {t.question}" if v == 0 else f"({n}) {t.question}", "bold")]
        blocks += [P(x) for x in t.answer]
        items.append(_item(str(n), t.question, _joined(t)))
    return blocks, items


def _numsubj(numbered, v: int):
    asked, said = ANSWER_HEADS[v]
    blocks: list[Block] = []
    for n, t in numbered:
        title = f"{n}. {t.subject}"
        blocks += [H(title) if v == 0 else P(title, "bold"), P(asked, "bold"), P(t.question)]
        blocks += [P(said, "bold"), *(P(x) for x in t.answer)]
    return blocks, [_item(str(n), t.question, _joined(t)) for n, t in numbered]


def _boxreq(numbered, v: int):
    mark = "{n}." if v == 0 else "({n})"
    quoted = "\n".join(f"{mark.format(n=n)} {t.question}" for n, t in numbered)
    blocks: list[Block] = [
        P("You wrote to us as follows:" if v == 0 else "Your request read:"),
        Grid([[quoted]]),
        P("Our reply" if v == 0 else "The Trust's response", "bold"),
    ]
    blocks += [P(f"{mark.format(n=n)} {_joined(t)}") for n, t in numbered]
    return blocks, [_item(str(n), t.question, _joined(t)) for n, t in numbered]


def _body(style: str, v: int, rnd: random.Random):
    """The question/answer blocks of a letter, its items and any annex after it."""
    chosen = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    numbered = list(enumerate(chosen, 1))
    annex: list[Block] = []
    if style == CONTINUED:
        blocks, items = _continued(numbered, v, rnd)
    elif style == THEMED:
        blocks, items = _themed(chosen, v)
    elif style == SPILL:
        blocks, items = _spill(numbered, v, rnd)
    elif style == RUNIN:
        blocks, items = _runin(numbered, v)
    elif style == SUBPARTS:
        blocks, items = _subparts(chosen, v, rnd)
    elif style == ANNEX:
        blocks, items = _annex(numbered, v, rnd)
        annex = [H(tx.ANNEX_TITLES[v]) if v == 0 else P(tx.ANNEX_TITLES[v], "bold")]
        annex.append(Grid(tx.ANNEX_ROWS, header=True))
    elif style == NUMSUBJ:
        blocks, items = _numsubj(numbered, v)
    else:
        blocks, items = _boxreq(numbered, v)
    return blocks, items, annex


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-r/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    y = int(rec[2:4])
    ref = trust[2].format(y=y, n=rnd.randint(100, 9999))
    head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp)
    body, items, annex = _body(style, v, rnd)
    blocks = [*head, *body, *_closing(v, trust), *annex]
    answers = " ".join(i["answer"] for i in items)
    cited = {t.exemption for t in tx.TOPICS if t.exemption and _joined(t) in answers}
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
