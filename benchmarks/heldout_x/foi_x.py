"""Held-out set X, FOI half: letters in eight house styles that neither sets D to W
(benchmarks/heldout_d .. heldout_w) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here). Nothing under parsers/ was read while writing it.

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Three of the styles are ORDINARY letters (numbered questions, answers beneath,
exemptions explained in the answers, a standard closing) with an ordinary variation:
two consecutive questions answered together beneath the second, an answer that
neither confirms nor denies (with a 'Your ref' line in the head), a question printed
as the requester's context paragraph and then the question itself. The letters carry
date forms the earlier sets did not ("5th March 2024", "5 Mar 2024", "05.03.2024") and
reference forms of their own ("FOI 2024-0173", "FOIA/0173/2024", "REQ-24-0173").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to W apply them): `label` is the question's number as printed without its
punctuation ("1." -> "1"), None when unnumbered; `question`/`answer` are the text
without labels, headings and markers; an answer's paragraphs are joined by spaces. In
set X besides:

- two questions answered together by one answer printed after the second (under a
  line 'Response to questions 3 and 4:') each have that answer, as set D's shared
  replies; the lead-in line is in no item;
- a numbered question printed as two paragraphs (the requester's context, then the
  question) is both paragraphs joined by a space;
- a letter's only request, quoted in its opening paragraph inside quotation marks, is
  one item labelled None: the question is the quoted words without the marks, the
  answer the paragraphs after it (an 'Our response' heading is in no item);
- a survey-style code 'A1', 'B2' before a question under a section heading ('Section
  A – Workforce') is its label ("A1"); the section headings are in no item;
- a question number printed alone on its own line ('1.') is the label of the question
  beneath it;
- a policy extract quoted in an answer (an italic paragraph in quotation marks after a
  lead-in sentence) is the answer's last part, its quotation marks kept as printed;
- a letter completing an earlier reply numbers its questions on from the earlier
  letter ('5.', '6.'): the labels are those numbers; the sentence about the earlier
  letter is in no item;

the exemptions are the FOIA sections the answers apply (a neither-confirm-nor-deny
answer applies its own section, '40(5B)', '31(3)'); closings and signatures are in no
item.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import Block, H, P
from benchmarks.heldout_r.foi_r import _item  # set R's item piece, imported
from benchmarks.heldout_w.foi_w import _dates  # set W's request/reply dates, imported
from benchmarks.heldout_x import foi_x_text as tx
from benchmarks.heldout_x.foi_x_text import dotted_date, ordinal_date, short_month_date

PER_STYLE = 4

ORD_JOINT = (
    "an ordinary letter of numbered questions with the answers beneath, two consecutive "
    "questions answered together by one answer after the second, under a 'Response to "
    "questions 3 and 4:' line"
)
ORD_NCND = (
    "an ordinary letter of numbered questions with the answers beneath, one answer "
    "neither confirming nor denying that information is held, and a 'Your ref' line "
    "beside 'Our ref' in the head"
)
ORD_CONTEXT = (
    "an ordinary letter of numbered questions, each printed as the requester's context "
    "paragraph followed by the question in a paragraph of its own, the answer beneath"
)
SINGLE = (
    "a letter answering a single request quoted in quotation marks in its opening "
    "paragraph, the answer in several unlabelled paragraphs after it"
)
CODED = (
    "survey-style questions coded 'A1', 'A2', 'B1' under lettered section headings "
    "('Section A – Workforce'), the answer beneath each"
)
NUM_ALONE = (
    "each question's number printed alone on a line of its own ('1.') above the "
    "question, the answer beneath the question"
)
POLICY = (
    "numbered questions, some answered by a lead-in sentence and an extract of a Trust "
    "policy quoted in italics in a paragraph of its own"
)
CONTINUED = (
    "a second letter completing an earlier reply: its questions numbered on from that "
    "letter ('5.', '6.', …), a sentence up front saying which were answered before"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    ORD_JOINT: [
        ("Brampton Bierlow NHS Trust", "Bierlow Lane, Brampton BB3 7BL", "FOI {Y}-{n:04d}"),
        ("Thorpe Hesley NHS Foundation Trust", "Hesley Road, Thorpe TH5 2HR", "FOIA/{n:04d}/{Y}"),
    ],
    ORD_NCND: [
        ("Kimberworth Vale NHS Trust", "Vale Street, Kimberworth KV2 8VS", "REQ-{y}-{n:04d}"),
        ("Greasbrough Fields NHS Trust", "Fields Way, Greasbrough GF4 1FW", "FOI {Y}-{n:04d}"),
    ],
    ORD_CONTEXT: [
        ("Wentworth Woodhouse NHS Trust", "Park Drive, Wentworth WW3 5PD", "FOIA/{n:04d}/{Y}"),
        ("Harley Moor NHS Foundation Trust", "Moor Lane, Harley HM7 2ML", "REQ-{y}-{n:04d}"),
    ],
    SINGLE: [
        ("Tankersley Ridge NHS Trust", "Ridge Road, Tankersley TR6 3RR", "FOI {Y}-{n:04d}"),
        ("Pilley Green NHS Trust", "Green Lane, Pilley PG1 4GL", "FOIA/{n:04d}/{Y}"),
    ],
    CODED: [
        ("Birdwell Chase NHS Trust", "Chase Road, Birdwell BC8 2CR", "REQ-{y}-{n:04d}"),
        (
            "Worsbrough Mill NHS Foundation Trust",
            "Mill Lane, Worsbrough WM3 9ML",
            "FOI {Y}-{n:04d}",
        ),
    ],
    NUM_ALONE: [
        ("Stairfoot Junction NHS Trust", "Junction Road, Stairfoot SJ2 6JR", "FOIA/{n:04d}/{Y}"),
        ("Ardsley Moor NHS Trust", "Moorside, Ardsley AM5 1MS", "REQ-{y}-{n:04d}"),
    ],
    POLICY: [
        ("Monk Bretton Priory NHS Trust", "Priory Road, Monk Bretton MB4 7PR", "FOI {Y}-{n:04d}"),
        ("Carlton Marsh NHS Trust", "Marsh Lane, Carlton CM6 2ML", "FOIA/{n:04d}/{Y}"),
    ],
    CONTINUED: [
        ("Shafton Two Gates NHS Trust", "Gate Street, Shafton ST9 3GS", "REQ-{y}-{n:04d}"),
        (
            "Brierley Common NHS Foundation Trust",
            "Common Road, Brierley BR2 5CR",
            "FOI {Y}-{n:04d}",
        ),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
DATE_FORMS = (ordinal_date, short_month_date, dotted_date)


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str, your_ref: bool) -> list[Block]:
    name, address = trust[0], trust[1]
    form = DATE_FORMS[kind]
    refs = [P(f"Our ref: {ref}")]
    if your_ref:
        refs.append(P(f"Your ref: email of {form(rec)}"))
    if kind == 0:
        return [
            H(name),
            P(address),
            *refs,
            P(f"Date: {form(resp)}"),
            P("Dear Requester,"),
            P(
                f"Freedom of Information Act 2000 – request received {form(rec)}. Thank "
                "you for your request; the Trust's response is set out below."
            ),
        ]
    if kind == 1:
        return [
            P(name, "bold"),
            P(address),
            P(form(resp)),
            *refs,
            P("Dear Applicant"),
            P(f"We received your request for information on {form(rec)}. Our reply follows."),
        ]
    return [
        H(name),
        P(address),
        *refs,
        P(f"Date received: {form(rec)}"),
        P(f"Date of reply: {form(resp)}"),
        P("Dear Sir or Madam"),
        P("I write in reply to your Freedom of Information request."),
    ]


def _closing(v: int, trust: tuple) -> list[P]:
    return [P(tx.CLOSINGS[k][v]) for k in ("review", "regulator")] + [
        *(P(x) for x in tx.SIGNATURES[v]),
        P(trust[0]),
    ]


def _joined(t: tx.Topic) -> str:
    return " ".join(t.answer)


def _topics(rnd: random.Random, lo: int = 3, hi: int = 5) -> list[tx.Topic]:
    return rnd.sample(tx.TOPICS, rnd.randint(lo, hi))


def _plain(numbered: list[tuple[int, tx.Topic]], bold: bool) -> tuple[list[Block], list]:
    """Numbered questions, the answer's paragraphs beneath: the ordinary letter's body."""
    blocks: list[Block] = []
    for n, t in numbered:
        blocks += [P(f"{n}. {t.question}", "bold" if bold else None), *(P(a) for a in t.answer)]
    return blocks, [_item(str(n), t.question, _joined(t)) for n, t in numbered]


def _ord_joint(rnd: random.Random, v: int):
    topics = _topics(rnd, 2, 4)
    cut = rnd.randint(1, len(topics) - 1)
    blocks, items = _plain(list(enumerate(topics[:cut], 1)), bold=v == 0)
    a = cut + 1
    answer = " ".join(tx.JOINT_ANSWER)
    for k, q in enumerate(tx.JOINT_QUESTIONS):
        blocks.append(P(f"{a + k}. {q}", "bold" if v == 0 else None))
        items.append(_item(str(a + k), q, answer))
    blocks.append(P(tx.JOINT_LEADS[v].format(a=a, b=a + 1), "bold" if v == 1 else None))
    blocks += [P(x) for x in tx.JOINT_ANSWER]
    rest = list(enumerate(topics[cut:], a + 2))
    more_blocks, more_items = _plain(rest, bold=v == 0)
    return blocks + more_blocks, items + more_items, [t.exemption for t in topics]


def _ord_ncnd(rnd: random.Random, v: int):
    topics: list[tx.Topic | tx.Ncnd] = [*_topics(rnd, 2, 4), tx.NCND[v]]
    rnd.shuffle(topics)
    blocks: list[Block] = []
    items = []
    for n, t in enumerate(topics, 1):
        blocks.append(P(f"{n}. {t.question}" if v == 0 else f"{n}) {t.question}"))
        paras = [t.answer] if isinstance(t, tx.Ncnd) else list(t.answer)
        blocks += [P(a) for a in paras]
        items.append(_item(str(n), t.question, " ".join(paras)))
    return blocks, items, [t.exemption for t in topics]


def _ord_context(rnd: random.Random, v: int):
    topics = _topics(rnd)
    blocks: list[Block] = []
    items = []
    for n, t in enumerate(topics, 1):
        style = "bold" if v == 0 else "italic"
        blocks += [P(f"{n}. {t.context}", style), P(t.question, style)]
        blocks += [P(a) for a in t.answer]
        items.append(_item(str(n), f"{t.context} {t.question}", _joined(t)))
    return blocks, items, [t.exemption for t in topics]


def _single(rnd: random.Random, v: int, rec: str):
    s = tx.SINGLES[rnd.randrange(len(tx.SINGLES))]
    form = DATE_FORMS[v]
    blocks: list[Block] = [
        P(f"On {form(rec)} you asked: “{s.request}”")
        if v == 0
        else P(f"Your request, received on {form(rec)}, was as follows: “{s.request}”")
    ]
    if v == 0:
        blocks.append(H("Our response"))
    blocks += [P(a) for a in s.answer]
    return blocks, [_item(None, s.request, " ".join(s.answer))], []


def _coded(rnd: random.Random, v: int):
    topics = _topics(rnd, 4, 6)
    cuts = sorted(rnd.sample(range(1, len(topics)), 2))
    groups = [topics[: cuts[0]], topics[cuts[0] : cuts[1]], topics[cuts[1] :]]
    blocks: list[Block] = []
    items = []
    for letter, title, group in zip("ABC", tx.SECTIONS[v], groups, strict=True):
        blocks.append(
            P(f"Section {letter} – {title}", "bold") if v == 0 else H(f"{letter}. {title}")
        )
        for k, t in enumerate(group, 1):
            code = f"{letter}{k}"
            blocks.append(P(f"{code}. {t.question}" if v == 0 else f"{code} {t.question}"))
            blocks += [P(a) for a in t.answer]
            items.append(_item(code, t.question, _joined(t)))
    return blocks, items, [t.exemption for t in topics]


def _num_alone(rnd: random.Random, v: int):
    topics = _topics(rnd)
    blocks: list[Block] = []
    for n, t in enumerate(topics, 1):
        blocks += [P(f"{n}." if v == 0 else f"{n}", "bold"), P(t.question, "bold")]
        blocks += [P(a) for a in t.answer]
    items = [_item(str(n), t.question, _joined(t)) for n, t in enumerate(topics, 1)]
    return blocks, items, [t.exemption for t in topics]


def _policy(rnd: random.Random, v: int):
    mixed: list[tx.Topic | tx.Policy] = [
        *_topics(rnd, 1, 2),
        *rnd.sample(tx.POLICIES, rnd.randint(2, 3)),
    ]
    rnd.shuffle(mixed)
    blocks: list[Block] = []
    items = []
    for n, x in enumerate(mixed, 1):
        blocks.append(P(f"{n}. {x.question}", "bold" if v == 1 else None))
        if isinstance(x, tx.Policy):
            blocks += [P(x.lead), P(x.extract, "italic")]
            items.append(_item(str(n), x.question, f"{x.lead} {x.extract}"))
        else:
            blocks += [P(a) for a in x.answer]
            items.append(_item(str(n), x.question, _joined(x)))
    return blocks, items, [x.exemption for x in mixed if isinstance(x, tx.Topic)]


def _continued(rnd: random.Random, v: int, rec: str):
    first = rnd.randint(3, 5)
    topics = _topics(rnd, 2, 4)
    earlier = dt.date.fromisoformat(rec) + dt.timedelta(days=4)
    note = tx.EARLIER_LETTER.format(k=first - 1, d=DATE_FORMS[v](earlier.isoformat()))
    body, items = _plain(list(enumerate(topics, first)), bold=v == 1)
    return [P(note), *body], items, [t.exemption for t in topics]


BODIES = {
    ORD_JOINT: _ord_joint,
    ORD_NCND: _ord_ncnd,
    ORD_CONTEXT: _ord_context,
    CODED: _coded,
    NUM_ALONE: _num_alone,
    POLICY: _policy,
}


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-x/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    ref = trust[2].format(y=rec[2:4], Y=rec[:4], n=rnd.randint(100, 9999))
    if style == SINGLE:
        body, items, applied = _single(rnd, v, rec)
    elif style == CONTINUED:
        body, items, applied = _continued(rnd, v, rec)
    else:
        body, items, applied = BODIES[style](rnd, v)
    kind = (STYLES.index(style) + k) % 3
    head = _head(kind, trust, ref, rec, resp, your_ref=style == ORD_NCND)
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
