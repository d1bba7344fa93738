"""Held-out set V, FOI half: letters in eight house styles that neither sets D to U
(benchmarks/heldout_d .. heldout_u) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here). Nothing under parsers/ was read while writing it.

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Four of the styles are ORDINARY letters (numbered questions, answers beneath, a
standard closing) with an ordinary variation: exemptions explained once after the
answers, a long request of short questions (numbers past 9, conditional follow-ups),
answers in italics, yearly figures run into one line. The letters carry date forms the
earlier sets did not ("5/3/2024", "5 Mar. 2024", "5th of March 2024") and reference
forms of their own ("FOIR-24-0173", "IR/24/00173", "Req. 173 (2024)").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to U apply them): `label` is the question's number as printed without its
punctuation ("1." -> "1", "(b)" -> "b", "Q4" as printed), None when unnumbered;
`question`/`answer` are the text without labels, headings and markers; an answer's
paragraphs (and its bullet lines) are joined by spaces. In set V besides:

- an 'Exemptions' part after all the answers, a paragraph explaining each section
  cited, is in no item (the answer that points to it keeps its own words);
- a conditional follow-up ('If so, how many …?') is a question of its own, and its
  answer ('Not applicable.') an answer;
- in a 'Ref | Question | Response | Comments' table the label is the Ref cell, the
  answer the Response cell followed (after a space) by the Comments cell when that is
  not empty;
- an answer opening with a bold verdict ('Held –', 'Not held –', 'Withheld –') keeps
  the verdict: the answer is "Held – " and the answer's paragraphs;
- a shared lead-in ending in a colon before lettered questions is in no item; the
  question is the lettered paragraph's text, the letter its label;
- an answer made of an introductory sentence and bullet lines is the sentence and the
  lines joined by spaces;
- yearly figures run into one line ('2021/22: 1,118; 2022/23: 1,264; …') and the
  sentence after them are the answer, joined by a space;

the exemptions are the FOIA sections the answers apply; closings and signatures are in
no item.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import B, Block, Grid, H, P
from benchmarks.heldout_r.foi_r import _item  # set R's item piece, imported
from benchmarks.heldout_v import foi_v_text as tx
from benchmarks.heldout_v.foi_v_text import dotted_month_date, of_date, slash_date

PER_STYLE = 4

ORD_EXEMPT = (
    "an ordinary letter of numbered questions with the answers beneath, withheld answers "
    "pointing to an 'Exemptions' part after all the answers that explains each section "
    "cited once"
)
ORD_LONG = (
    "an ordinary letter answering a long request: eight to twelve short numbered "
    "questions (numbers past 9), conditional follow-ups ('If so, …') among them, each "
    "answered in one short sentence beneath"
)
COMMENTS = (
    "a four-column 'Ref | Question | Response | Comments' table, a row a question, the "
    "comments cell empty in most rows"
)
VERDICT = (
    "numbered questions, each answer opening with a bold verdict run into its first "
    "paragraph ('Held –', 'Not held –', 'Withheld –')"
)
STEM = (
    "a shared lead-in ending in a colon ('For the year April 2023 to March 2024, please "
    "tell me:') followed by lettered questions '(a)', '(b)', each answered beneath"
)
ITALIC_ANSWER = (
    "an ordinary letter of numbered questions in plain type, each answer in italics "
    "beneath it with no label or marker"
)
INTRO_BULLETS = (
    "numbered questions each answered by an introductory sentence ending in a colon and "
    "a short bulleted list completing it"
)
INLINE_YEARS = (
    "an ordinary letter of numbered questions about yearly figures, each answer the "
    "years run into one line ('2021/22: 1,118; 2022/23: 1,264; 2023/24: 1,397') and a "
    "sentence after it"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    ORD_EXEMPT: [
        ("Ferrybridge Vale NHS Trust", "Vale Road, Ferrybridge FV2 6VR", "FOIR-{y}-{n:04d}"),
        ("Castleford Ings NHS Foundation Trust", "Ings Lane, Castleford CI5 1IL", "IR/{y}/{n:05d}"),
    ],
    ORD_LONG: [
        ("Knottingley Locks NHS Trust", "Lock Street, Knottingley KL3 9LS", "Req. {n} (20{y})"),
        ("Pontefract Liquorice NHS Trust", "Baghill Lane, Pontefract PL8 2BL", "FOIR-{y}-{n:04d}"),
    ],
    COMMENTS: [
        ("Normanton Junction NHS Trust", "Station Road, Normanton NJ1 4SR", "IR/{y}/{n:05d}"),
        ("Ossett Spa NHS Trust", "Spa Street, Ossett OS6 3SS", "Req. {n} (20{y})"),
    ],
    VERDICT: [
        ("Horbury Bridge NHS Trust", "Bridge Road, Horbury HB4 7BR", "FOIR-{y}-{n:04d}"),
        ("Hemsworth Moor NHS Foundation Trust", "Moor Lane, Hemsworth HM9 5ML", "IR/{y}/{n:05d}"),
    ],
    STEM: [
        ("Featherstone Green NHS Trust", "Green Lane, Featherstone FG2 8GL", "Req. {n} (20{y})"),
        ("Sharlston Common NHS Trust", "Common Road, Sharlston SC7 1CR", "FOIR-{y}-{n:04d}"),
    ],
    ITALIC_ANSWER: [
        ("Walton Hall NHS Trust", "Hall Drive, Walton WH3 2HD", "IR/{y}/{n:05d}"),
        ("Crigglestone Cliff NHS Trust", "Cliff Road, Crigglestone CC5 4CR", "Req. {n} (20{y})"),
    ],
    INTRO_BULLETS: [
        ("Ackworth Moor Top NHS Trust", "Moor Top, Ackworth AM1 6MT", "FOIR-{y}-{n:04d}"),
        ("South Elmsall Fields NHS Trust", "Field Lane, South Elmsall SE4 9FL", "IR/{y}/{n:05d}"),
    ],
    INLINE_YEARS: [
        ("Stanley Ferry NHS Foundation Trust", "Ferry Lane, Stanley SF6 3FL", "Req. {n} (20{y})"),
        ("Upton Beck NHS Trust", "Beck Side, Upton UB2 7BS", "FOIR-{y}-{n:04d}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}


def _dates(rnd: random.Random) -> tuple[str, str]:
    rec = dt.date(2024, 1, 15) + dt.timedelta(days=rnd.randint(0, 290))
    resp = rec + dt.timedelta(days=rnd.randint(6, 26))
    return rec.isoformat(), resp.isoformat()


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address = trust[0], trust[1]
    if kind == 0:
        return [
            H(name),
            P(address),
            P(f"Date: {slash_date(resp)}"),
            P(f"Reference: {ref}"),
            P("Dear Requester,"),
            P(
                f"Request under the Freedom of Information Act 2000 – received {slash_date(rec)}. "
                "The information you asked for is given below."
            ),
        ]
    if kind == 1:
        return [
            P(name, "bold"),
            P(address),
            P(f"Your reference: none   Our reference: {ref}"),
            P(dotted_month_date(resp)),
            P("Dear Sir or Madam"),
            P(
                f"Thank you for your e-mail of {dotted_month_date(rec)} requesting information "
                "under the Freedom of Information Act 2000. Our response follows."
            ),
        ]
    return [
        H(name),
        P(address),
        P(f"Freedom of Information request {ref}"),
        P(f"Sent {of_date(resp)}"),
        P("Dear Applicant"),
        P(f"We acknowledge your request, which reached us on the {of_date(rec)}."),
    ]


def _closing(v: int, trust: tuple) -> list[P]:
    return [P(tx.CLOSINGS[k][v]) for k in ("review", "regulator")] + [
        *(P(x) for x in tx.SIGNATURES[v]),
        P(trust[0]),
    ]


def _joined(t: tx.Topic) -> str:
    return " ".join(t.answer)


def _topics(rnd: random.Random, lo: int = 3, hi: int = 5) -> list[tuple[int, tx.Topic]]:
    return list(enumerate(rnd.sample(tx.TOPICS, rnd.randint(lo, hi)), 1))


def _ord_exempt(rnd: random.Random, v: int):
    numbered = _topics(rnd, 4, 5)
    if not any(t.exemption for _, t in numbered):  # every letter cites one
        withheld = [t for t in tx.TOPICS if t.exemption]
        numbered[-1] = (numbered[-1][0], rnd.choice(withheld))
    blocks: list[Block] = []
    items = []
    for n, t in numbered:
        first = t.answer[0]
        second = (
            f"This information is withheld under section {t.exemption}; please see "
            "'Exemptions' below."
            if t.exemption
            else t.answer[1]
        )
        blocks += [P(f"{n}. {t.question}", "bold" if v == 1 else None), P(first), P(second)]
        items.append(_item(str(n), t.question, f"{first} {second}"))
    cited = sorted({t.exemption for _, t in numbered if t.exemption})
    blocks.append(H("Exemptions"))
    blocks += [P(tx.EXPLAINED[s]) for s in cited]
    return blocks, items, cited


def _ord_long(rnd: random.Random, v: int):
    starts = [i for i, s in enumerate(tx.SHORTS[:-8]) if not s.question.startswith("If")]
    start = rnd.choice(starts)  # a request opens with a question, not a follow-up
    chosen = tx.SHORTS[start : start + rnd.randint(8, 12)]
    blocks: list[Block] = []
    items = []
    for n, s in enumerate(chosen, 1):
        lab = f"{n}." if v == 0 else f"({n})"
        blocks += [P(f"{lab} {s.question}"), P(s.answer)]
        items.append(_item(str(n), s.question, s.answer))
    return blocks, items, []


def _comments(rnd: random.Random, v: int):
    numbered = _topics(rnd)
    head = (
        ["Ref", "Question", "Response", "Comments"]
        if v == 0
        else ["No.", "Your question", "Our response", "Notes"]
    )
    rows = [head]
    items = []
    for n, t in numbered:
        ref = f"Q{n}" if v == 0 else str(n)
        rows.append([ref, t.question, "\n".join(t.answer), t.note])
        answer = _joined(t) + (f" {t.note}" if t.note else "")
        items.append(_item(ref, t.question, answer))
    lead = P("Our answers are set out in the table below.")
    return (
        [lead, Grid(rows, header=True, widths=(1, 5, 6, 3))],
        items,
        [t.exemption for _, t in numbered],
    )


def _verdict(rnd: random.Random, v: int):
    numbered = _topics(rnd)
    blocks: list[Block] = []
    items = []
    for n, t in numbered:
        q = f"{n}. {t.question}" if v == 0 else f"Q{n}. {t.question}"
        blocks += [P(q), P(f"**{t.verdict} –** {t.answer[0]}"), P(t.answer[1])]
        items.append(
            _item(str(n) if v == 0 else f"Q{n}", t.question, f"{t.verdict} – {_joined(t)}")
        )
    return blocks, items, [t.exemption for _, t in numbered]


def _stem(rnd: random.Random, v: int):
    numbered = _topics(rnd)
    blocks: list[Block] = [P(tx.STEMS[v], "bold" if v == 0 else None)]
    items = []
    for n, t in numbered:
        letter = "abcdefgh"[n - 1]
        blocks += [P(f"({letter}) {t.question}" if v == 0 else f"{letter}. {t.question}")]
        blocks += [P(x) for x in t.answer]
        items.append(_item(letter, t.question, _joined(t)))
    return blocks, items, [t.exemption for _, t in numbered]


def _italic(rnd: random.Random, v: int):
    numbered = _topics(rnd)
    blocks: list[Block] = []
    for n, t in numbered:
        blocks += [P(f"{n}. {t.question}" if v == 0 else f"{n} {t.question}")]
        blocks += [P(x, "italic") for x in t.answer]
    items = [_item(str(n), t.question, _joined(t)) for n, t in numbered]
    return blocks, items, [t.exemption for _, t in numbered]


def _intro_bullets(rnd: random.Random, v: int):
    numbered = list(enumerate(rnd.sample(tx.LISTED, rnd.randint(3, 4)), 1))
    blocks: list[Block] = []
    items = []
    for n, x in numbered:
        blocks += [P(f"{n}. {x.question}", "bold" if v == 0 else None), P(x.intro)]
        blocks += [B(b) for b in x.bullets]
        items.append(_item(str(n), x.question, " ".join([x.intro, *x.bullets])))
    return blocks, items, []


def _inline_years(rnd: random.Random, v: int):
    numbered = list(enumerate(rnd.sample(tx.YEARLY, rnd.randint(3, 4)), 1))
    blocks: list[Block] = []
    items = []
    for n, y in numbered:
        sep = "; " if v == 0 else ", "
        line = sep.join(f"{yr}: {f}" for yr, f in zip(tx.YEARS, y.figures, strict=True))
        blocks += [P(f"{n}. {y.question}"), P(line), P(y.after)]
        items.append(_item(str(n), y.question, f"{line} {y.after}"))
    return blocks, items, []


BODIES = {
    ORD_EXEMPT: _ord_exempt,
    ORD_LONG: _ord_long,
    COMMENTS: _comments,
    VERDICT: _verdict,
    STEM: _stem,
    ITALIC_ANSWER: _italic,
    INTRO_BULLETS: _intro_bullets,
    INLINE_YEARS: _inline_years,
}


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-v/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    y = int(rec[2:4])
    ref = trust[2].format(y=y, n=rnd.randint(100, 9999))
    body, items, applied = BODIES[style](rnd, v)
    head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp)
    blocks = [*head, *body, *_closing(v, trust)]
    truth = {
        "items": items,
        "reference": ref,
        "received_date": rec,
        "responded_date": resp,
        "exemptions": [{"law": "FOIA", "section": s} for s in sorted({a for a in applied if a})],
    }
    return Letter(style, "ab"[v], k, trust[0], blocks, truth, FORMATS[style])


def letters(per_style: int = PER_STYLE) -> list[Letter]:
    return [generate(s, k) for s in STYLES for k in range(per_style)]
