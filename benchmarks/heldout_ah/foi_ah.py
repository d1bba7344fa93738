"""Held-out set AH, FOI half: letters in eight house styles that neither sets D to AF
(benchmarks/heldout_d .. heldout_af, set Y's and Z's grid cells among them) nor the
synthetic training styles (scripts/foi_synthetic.py) print, built in code with their
truth and scored at first sight (score.py here). Nothing under parsers/ was read while
writing it.

Weighted like real disclosure logs: FOUR styles are ORDINARY letters (numbered
questions, each answer's paragraphs beneath, exemptions explained in the answers, a
closing with review rights, the ICO and re-use terms), each with ONE ordinary
variation: one answer citing two exemptions in one phrase ('sections 41(1) and 43(2)',
'section 36(2)(b)(i) and (ii)'); one question and its answer naming sections of another
Act (the Mental Health Act 1983's sections 136 and 2, the National Health Service Act
2006's section 75); one question asking for a copy of a policy, answered by saying it
is attached, with its document number, file name and the day it was approved; an
opening naming the day the request arrived without its year ('your e-mail of 3 May',
'on the 3rd of May'). FOUR are harder forms, in how the letter words and orders its
parts: each question paraphrased in reported speech opening its numbered paragraph
('1. You asked how many …', '1) You wanted to know whether …'), the answer run on after
it or beneath it; the questions listed up front, then the answers in another order,
each pointing to its question by a phrase quoted from it rather than by its number
('On “taxis for patients”: …', 'Your question about “MRI scanners”'); questions of two
parts answered part by part, each part quoted again before its own reply (one part
released, the other withheld or not held: a partial refusal); chains of questions
building on earlier ones by number ('Of the midwives in question 1, …'), the answers
pointing back likewise ('Question 1 covers 53 leavers. …', 'Q1's total …'). Each style
is printed by two fictional trusts with their own variants (trust "a" and "b"), in
date forms of the set's own ('Friday, 3 May 2024', '03-05-2024'), replying on a weekday.

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to AF apply them): `label` is the question's number as printed without its
punctuation ("1." "1)" "(1)" -> "1", "Q1." -> "Q1", "Request 1:" -> "1"), None for an
unnumbered question; `question`/`answer` are the text without labels, headings and
markers; an answer's paragraphs are joined by spaces; `received_date` is the day the
request arrived, `responded_date` the date of the reply; the exemptions are the FOIA
sections the answers apply (as "43(2)", "31(1)(a)", "21"). Closings, signatures and the
lines of the head are in no item. New conventions, stated before scoring:

- two exemptions cited in one phrase: each is an exemption of the truth; 'sections 41(1)
  and 43(2)' gives "41(1)" and "43(2)", 'section 36(2)(b)(i) and (ii)' gives
  "36(2)(b)(i)" and "36(2)(b)(ii)" (the second spelled out in full);
- sections of another Act ('section 136 of the Mental Health Act 1983', 'section 2 of the
  Act' there, 'section 75'): no exemption; they are part of the question and answer;
- the attached policy: the answer as printed, its document number ('HS-027'), file name
  and approval date inside it; they are no reference and no date of the truth;
- an opening without the year: `received_date` is that day in the year the reply is
  dated;
- reported speech: the question is the reported clause without its lead words ('You
  asked', 'You wanted to know'), ending with the full stop that closes it ("how many
  portering staff the Trust employed at the end of March 2024."); trust a's answer is
  the rest of that paragraph and the paragraphs beneath; the sentence before the first
  question saying the questions are summarised is in no item;
- answers pointing by a quoted phrase: label and question come from the list up front;
  each answer is its paragraphs without the pointer ('On “…”:', the bold line 'Your
  question about “…”'); the heading or sentence before the answers is in no item;
- two-part questions: the question as printed whole; the answer is the replies to its
  parts joined by spaces, without the parts quoted again (trust a's italic lines, trust
  b's bold quoted run and the dash after it); the sentence before the first question is
  in no item; a question of one part (one a letter may carry) is answered as usual;
- chained questions: questions and answers as printed, their pointers to other
  questions ('question 1', 'Q1', 'Question 1 covers …') part of their text.
"""

from __future__ import annotations

import datetime as dt
import functools
import random

from benchmarks.heldout_aa.foi_aa import _ref  # set AA's, imported
from benchmarks.heldout_ah import foi_ah_text as tx
from benchmarks.heldout_ah.foi_ah_text import dashed_date, weekday_date
from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import Block, H, P
from benchmarks.heldout_r.foi_r import _item  # set R's item piece, imported
from benchmarks.heldout_w.foi_w import _dates  # set W's request/reply dates, imported

PER_STYLE = 4

ORD_PAIR = (
    "an ordinary letter of numbered questions with the answers beneath, one answer citing "
    "two exemptions in one phrase ('sections 41(1) and 43(2)', 'section 36(2)(b)(i) and (ii)')"
)
ORD_OTHER_ACT = (
    "an ordinary letter of numbered questions with the answers beneath, one question and its "
    "answer naming sections of another Act ('section 136 of the Mental Health Act 1983', "
    "'section 75 of the National Health Service Act 2006'), which apply no exemption"
)
ORD_ATTACHED = (
    "an ordinary letter of numbered questions with the answers beneath, one question asking "
    "for a copy of a policy, answered by saying it is attached, with its document number, "
    "file name and the day it was approved"
)
ORD_NOYEAR = (
    "an ordinary letter of numbered questions with the answers beneath, its opening naming "
    "the day the request arrived without the year ('your e-mail of 3 May', 'on the 3rd of "
    "May')"
)
REPORTED = (
    "each question paraphrased in reported speech opening its numbered paragraph ('1. You "
    "asked how many …', '1) You wanted to know whether …'), the answer run on after it or "
    "beneath it"
)
KEYED = (
    "the questions listed up front, then the answers in another order, each pointing to its "
    "question by a phrase quoted from it ('On “taxis for patients”: …', 'Your question "
    "about “MRI scanners”') rather than by its number"
)
PARTS = (
    "questions of two parts answered part by part, each part quoted again before its own "
    "reply, one part released and the other withheld or not held"
)
CHAINED = (
    "chains of questions building on earlier ones by number ('Of the midwives in question "
    "1, …'), the answers pointing back likewise ('Question 1 covers …', 'Q1's total …')"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    ORD_PAIR: [
        ("Wensum Valley NHS Trust", "Mill Reach, Lenwade WV3 4MR", "WVT/IG/{n:05d}"),
        ("Glaven Water NHS Foundation Trust", "Quay Lane, Glandford GW8 2QL", "GW-{Y}-{n:04d}-FOI"),
    ],
    ORD_OTHER_ACT: [
        ("Lune Valley Mental Health NHS Trust", "Caton Road, Halton LV2 6CR", "LV FOI {n:04d}/{y}"),
        (
            "Hodder Bridge Partnership NHS Foundation Trust",
            "Whitewell Lane, Dunsop HB5 1WL",
            "HBP.FOI.{n:05d}",
        ),
    ],
    ORD_ATTACHED: [
        ("Tavy Water NHS Trust", "Abbey Bridge, Tavistock TW7 3AB", "TW{y}FOI{n:04d}"),
        ("Fowey Estuary NHS Trust", "Passage Street, Lostwithiel FE4 9PS", "FE/{Y}/{n:04d}"),
    ],
    ORD_NOYEAR: [
        ("Windrush Valley NHS Trust", "Burford Road, Minster Lovell WD6 2BR", "WND-{n:04d}-{y}"),
        ("Evenlode NHS Foundation Trust", "Station Lane, Charlbury EV3 7SL", "EV{Y}.{n:04d}"),
    ],
    REPORTED: [
        ("Cherwell Reach NHS Trust", "Wharf Road, Cropredy CR5 1WR", "CR/FOI/{y}/{n:04d}"),
        ("Torridge Vale NHS Trust", "New Street, Great Torrington TV9 4NS", "TV-{n:05d}"),
    ],
    KEYED: [
        ("Colne Estuary NHS Trust", "Hythe Quay, Wivenhoe CE2 8HQ", "CE FOI-{n:04d}"),
        ("Yealm Head NHS Foundation Trust", "Riverside, Newton Ferrers YH6 1RS", "YH/{n:04d}/{Y}"),
    ],
    PARTS: [
        ("Frome Meadows NHS Trust", "Vallis Way, Frome FM3 5VW", "FM{n:05d}"),
        ("Brue Levels NHS Trust", "Glaston Road, Meare BL7 2GR", "BL-FOI/{Y}/{n:04d}"),
    ],
    CHAINED: [
        ("Lugg Valley NHS Trust", "Bridge Street, Leominster LG4 6BS", "LVT.{y}.{n:04d}"),
        ("Waveney Marshes NHS Foundation Trust", "Staithe Road, Beccles WM1 8SR", "WM/{Y}-{n:04d}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
DATE_FORMS = (weekday_date, dashed_date)
NOYEAR_FORMS = (tx.day_month, tx.ordinal_of_month)
ORDINARY = STYLES[:4]


def _iso(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _reply_dates(rnd: random.Random) -> tuple[str, str]:
    """Set W's request and reply days, the reply moved on to a working day (a request
    may arrive at a weekend; a trust replies on a weekday)."""
    rec, resp = _dates(rnd)
    day = dt.date.fromisoformat(resp)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return rec, day.isoformat()


def _letterhead(v: int, trust: tuple, ref: str, day: str) -> list[Block]:
    """The trust's name and address, the reference and date lines."""
    form = DATE_FORMS[v]
    if v == 0:
        return [H(trust[0]), P(trust[1]), P(f"Our ref: {ref}"), P(f"Date: {form(day)}")]
    return [
        P(trust[0], "bold"),
        P(trust[1]),
        P(f"Request number: {ref}"),
        P(f"Date of response: {form(day)}"),
    ]


def _closing(v: int, trust: tuple) -> list[P]:
    order = ("review", "regulator", "reuse") if v == 0 else ("reuse", "review", "regulator")
    return [*(P(tx.CLOSINGS[k][v]) for k in order), *(P(x) for x in tx.SIGNATURES[v]), P(trust[0])]


def _frame(v: int, trust: tuple, ref: str, rec: str, resp: str, said: str = "") -> list[Block]:
    """The head, the greeting and the opening (`said`, else the style's usual one)."""
    said = said or tx.OPENINGS[v].format(rec=DATE_FORMS[v](rec))
    return [*_letterhead(v, trust, ref, resp), P(tx.GREETINGS[v]), P(said)]


def _label(n: int, v: int) -> str:
    return str(n) if v == 0 else f"Q{n}"


def _asked(n: int, question: str, v: int) -> P:
    """A numbered question as the ordinary letters print it: '1. …' or 'Q1. …', bold."""
    return P(f"{n}. {question}" if v == 0 else f"Q{n}. {question}", "bold")


Row = tuple[str, tuple[str, ...], list[str]]  # question, answer's paragraphs, sections


def _topic_row(t: tx.Topic) -> Row:
    return t.question, t.answer, [t.exemption] if t.exemption else []


def _foia(applied: list[str]) -> list[dict]:
    return [{"law": "FOIA", "section": s} for s in sorted(set(applied))]


def _numbered(rows: list[Row], v: int) -> tuple[list[Block], list[dict], list[str]]:
    blocks: list[Block] = []
    items, applied = [], []
    for n, (question, answer, sections) in enumerate(rows, 1):
        blocks += [_asked(n, question, v), *(P(a) for a in answer)]
        items.append(_item(_label(n, v), question, " ".join(answer)))
        applied += sections
    return blocks, items, applied


def _ordinary(rnd: random.Random, v, trust, ref, rec, resp, own: Row, said: str = ""):
    """An ordinary letter of 2-4 topics with the style's own question put among them."""
    rows = [_topic_row(t) for t in rnd.sample(tx.TOPICS, rnd.randint(2, 4))]
    rows.insert(rnd.randint(0, len(rows)), own)
    return _ordinary_rows(v, trust, ref, rec, resp, rows, said)


def _pair(rnd, v, trust, ref, rec, resp):
    question, answer, sections = tx.PAIR_ROWS[v]
    return _ordinary(rnd, v, trust, ref, rec, resp, (question, answer, list(sections)))


def _other_act(rnd, v, trust, ref, rec, resp):
    question, answer = tx.OTHER_ACT_ROWS[v]
    return _ordinary(rnd, v, trust, ref, rec, resp, (question, answer, []))


def _attached(rnd, v, trust, ref, rec, resp):
    approved = DATE_FORMS[v](_iso(rec, -rnd.randint(200, 900)))
    answer = tuple(a.format(approved=approved) for a in tx.ATTACHED_ANSWERS[v])
    return _ordinary(rnd, v, trust, ref, rec, resp, (tx.ATTACHED_QUESTIONS[v], answer, []))


def _noyear(rnd, v, trust, ref, rec, resp):
    said = tx.NOYEAR_OPENINGS[v].format(rec=NOYEAR_FORMS[v](rec))
    rows = [_topic_row(t) for t in rnd.sample(tx.TOPICS, rnd.randint(3, 5))]
    return _ordinary_rows(v, trust, ref, rec, resp, rows, said)


def _ordinary_rows(v, trust, ref, rec, resp, rows: list[Row], said: str = ""):
    blocks, items, applied = _numbered(rows, v)
    letter = [*_frame(v, trust, ref, rec, resp, said), *blocks, *_closing(v, trust)]
    return letter, items, _foia(applied)


def _reported(rnd, v, trust, ref, rec, resp):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    lead = tx.REPORTED_LEADS[v]
    blocks: list[Block] = [P(tx.REPORTED_INTROS[v])]
    for n, t in enumerate(topics, 1):
        first, *rest = t.answer
        if v == 0:  # the answer run on after the reported question
            blocks += [P(f"{n}. {lead} {t.reported}. {first}"), *(P(a) for a in rest)]
        else:
            blocks += [P(f"{n}) {lead} {t.reported}.", "bold"), *(P(a) for a in t.answer)]
    items = [_item(str(n), f"{t.reported}.", " ".join(t.answer)) for n, t in enumerate(topics, 1)]
    letter = [*_frame(v, trust, ref, rec, resp), *blocks, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics if t.exemption])


def _shuffled(rnd: random.Random, n: int) -> list[int]:
    """A random order of range(n) that is not the asked order."""
    order = list(range(n))
    while order == sorted(order):
        rnd.shuffle(order)
    return order


def _keyed(rnd, v, trust, ref, rec, resp):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    listed = [
        P(f"{n}. {t.question}" if v == 0 else f"({n}) {t.question}")
        for n, t in enumerate(topics, 1)
    ]
    intro = H(tx.KEYED_INTROS[v]) if v == 0 else P(tx.KEYED_INTROS[v])
    blocks: list[Block] = [*listed, intro]
    for i in _shuffled(rnd, len(topics)):
        t = topics[i]
        pointer = tx.KEYED_POINTERS[v].format(key=t.key)
        first, *rest = t.answer
        if v == 0:  # the pointer run into the first paragraph
            blocks += [P(f"{pointer} {first}"), *(P(a) for a in rest)]
        else:
            blocks += [P(pointer, "bold"), *(P(a) for a in t.answer)]
    items = [_item(str(n), t.question, " ".join(t.answer)) for n, t in enumerate(topics, 1)]
    letter = [*_frame(v, trust, ref, rec, resp), *blocks, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics if t.exemption])


def _part_blocks(v: int, tp: tx.TwoPart) -> list[Block]:
    if v == 0:
        return [b for part, reply in tp.parts for b in (P(f"“{part}”", "italic"), P(reply))]
    return [P(f"**“{part}”** – {reply}") for part, reply in tp.parts]


def _parts(rnd, v, trust, ref, rec, resp):
    chosen: list = rnd.sample(tx.TWO_PARTS, rnd.randint(2, 4))
    if rnd.random() < 0.5:  # one question of one part among them, answered as usual
        chosen.insert(rnd.randint(0, len(chosen)), rnd.choice(tx.TOPICS))
    blocks: list[Block] = [P(tx.PARTS_INTROS[v])]
    items, applied = [], []
    for n, q in enumerate(chosen, 1):
        blocks.append(P(f"{n}. {q.question}" if v == 0 else f"Request {n}: {q.question}", "bold"))
        if isinstance(q, tx.TwoPart):
            blocks += _part_blocks(v, q)
            answer = " ".join(reply for _, reply in q.parts)
        else:
            blocks += [P(a) for a in q.answer]
            answer = " ".join(q.answer)
        items.append(_item(str(n), q.question, answer))
        applied += [q.exemption] if q.exemption else []
    letter = [*_frame(v, trust, ref, rec, resp), *blocks, *_closing(v, trust)]
    return letter, items, _foia(applied)


def _chain_order(rnd: random.Random, links: list, others: list) -> list:
    """The chain's links in their order with the other topics put among them."""
    order = list(links)
    for t in others:
        order.insert(rnd.randint(0, len(order)), t)
    return order


def _chained(rnd, v, trust, ref, rec, resp, k: int = 0):
    links = tx.CHAINS[k % len(tx.CHAINS)]  # the k-th letter the k-th chain: each is printed
    order = _chain_order(rnd, links, rnd.sample(tx.TOPICS, rnd.randint(1, 2)))
    lower, upper = tx.CHAIN_REFS[v]
    refs: dict[str, str] = {}
    for i, link in enumerate(links):
        n = order.index(link) + 1
        refs |= {f"q{i}": lower.format(n=n), f"Q{i}": upper.format(n=n)}
    rows: list[Row] = []
    for q in order:
        if isinstance(q, tx.Link):
            answer = tuple(a.format(**refs) for a in q.answer)
            rows.append((q.question.format(**refs), answer, [q.exemption] if q.exemption else []))
        else:
            rows.append(_topic_row(q))
    return _ordinary_rows(v, trust, ref, rec, resp, rows)


BUILDERS = {
    ORD_PAIR: _pair,
    ORD_OTHER_ACT: _other_act,
    ORD_ATTACHED: _attached,
    ORD_NOYEAR: _noyear,
    REPORTED: _reported,
    KEYED: _keyed,
    PARTS: _parts,
    CHAINED: _chained,
}


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-ah/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _reply_dates(rnd)
    ref = _ref(trust, rec, rnd.randint(1000, 9999))
    build = BUILDERS[style]
    if style == CHAINED:
        build = functools.partial(_chained, k=k)
    blocks, items, exemptions = build(rnd, v, trust, ref, rec, resp)
    truth = {
        "items": items,
        "reference": ref,
        "received_date": rec,
        "responded_date": resp,
        "exemptions": exemptions,
    }
    return Letter(style, "ab"[v], k, trust[0], blocks, truth, FORMATS[style])


def letters(per_style: int = PER_STYLE) -> list[Letter]:
    return [generate(s, k) for s in STYLES for k in range(per_style)]
