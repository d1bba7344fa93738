"""Held-out set AA, FOI half: letters in eight house styles that neither sets D to Z
(benchmarks/heldout_d .. heldout_z, set Y's and Z's grid cells among them) nor the
synthetic training styles (scripts/foi_synthetic.py) print, built in code with their
truth and scored at first sight (score.py here). Nothing under parsers/ was read while
writing it.

Weighted like real disclosure logs: FIVE styles are ORDINARY letters of the kind most
English NHS trusts print (numbered questions, each answer's paragraphs beneath it,
exemptions explained in the answers, a closing with review rights and the ICO), each
with ONE ordinary variation: a withheld answer quoting the exemption's wording from the
Act with its subsections '(1)', '(a)', '(b)' on lines of their own; an opening sentence
naming both the request's own date and the day it arrived; answers ending with a web
address on a line of its own; an apology for a late reply before the questions; a head
marked 'PRIVATE AND CONFIDENTIAL' / 'Sent by e-mail only'. THREE are harder structures
real trusts print: one letter answering two requests, each under a heading with its own
reference and numbered from 1; the questions listed up front and answered in prose
paragraphs opening with ordinals ('In answer to your second question: …'); a response
form, a two-column table whose 'Information requested' cell holds every numbered
question and whose 'Response' cell every numbered answer. Each style is printed by two
fictional trusts with their own variants (trust "a" and "b").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to Z apply them): `label` is the question's number as printed without its
punctuation ("1." "1)" -> "1"), None when unnumbered (a bullet); `question`/`answer` are
the text without labels, headings and markers; an answer's paragraphs (and lines) are
joined by spaces; `received_date` is the day the request arrived, `responded_date` the
date of the letter; the exemptions are the FOIA sections the answers apply; closings,
signatures and the lines of the head are in no item. New conventions, stated before
scoring:

- the exemption's wording quoted from the Act in an answer (its lead sentence, each
  subsection line, the sentence after) is all the answer's, joined by spaces; its
  '(a)', '(b)' lines are no questions; the section applied is the one the lead sentence
  names ('22', '31(1)');
- an opening sentence naming the request's own date and the day it arrived: the
  received date is the day it arrived ('which we received on …', 'reached the Trust
  on …'), not the date the requester wrote;
- a web address printed on a line of its own after an answer is the answer's last
  part;
- an apology for a late reply before the first question, and the head's 'PRIVATE AND
  CONFIDENTIAL' / 'Sent by e-mail only' lines, are in no item;
- a letter answering two requests: the reference is the letter's 'Our ref' (the first
  request's, printed in the head and its heading); the second request's reference in
  its heading is in no item; the questions keep their printed numbers, so labels
  repeat ('1', '2', then '1', '2' again); the headings are in no item;
- questions listed up front and answered in prose: each answer is its question's (the
  n-th ordinal to the n-th question); the ordinal lead-in ('In answer to your second
  question: ', 'Turning to your second question – ') is a marker in no item; the
  questions' label is their number ("1") or None when they are bullets; the intro line
  before the list is in no item;
- a response form: the reference and dates are read from its rows ('2024-03-04' is a
  date); each numbered line of the 'Information requested' cell is a question, the
  numbered line of the 'Response' cell with its number its answer; the row labels are
  in no item.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.heldout_aa import foi_aa_text as tx
from benchmarks.heldout_aa.foi_aa_text import long_date, slash_date
from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import B, Banded, Block, H, P
from benchmarks.heldout_r.foi_r import _item  # set R's item piece, imported
from benchmarks.heldout_w.foi_w import _dates  # set W's request/reply dates, imported
from benchmarks.heldout_w.foi_w_text import iso_date  # set W's ISO date form, imported

PER_STYLE = 4

ORD_ACT = (
    "an ordinary letter of numbered questions with the answers beneath, one withheld "
    "answer quoting the exemption's wording from the Act, its subsections '(1)', '(a)', "
    "'(b)' on lines of their own"
)
ORD_TWO_DATES = (
    "an ordinary letter of numbered questions with the answers beneath, its opening "
    "sentence naming both the date of the requester's e-mail and the day it was received"
)
ORD_LINKS = (
    "an ordinary letter of numbered questions with the answers beneath, several answers "
    "ending with a web address on a line of its own"
)
ORD_DELAY = (
    "an ordinary letter of numbered questions with the answers beneath, an apology for "
    "the late reply in a paragraph before the first question"
)
ORD_CONFIDENTIAL = (
    "an ordinary letter of numbered questions with the answers beneath, its head marked "
    "'PRIVATE AND CONFIDENTIAL' and 'Sent by e-mail only' above the salutation"
)
TWO_REQUESTS = (
    "one letter answering two requests from the same requester, each under a heading "
    "with its own reference and subject, the questions numbered from 1 under each"
)
ORDINAL = (
    "the questions listed together up front, then answered in prose paragraphs in the "
    "same order, each opening with an ordinal lead-in ('In answer to your second "
    "question:') and no number"
)
FORM = (
    "a response form: a two-column table of labelled rows (reference, dates), one cell "
    "holding every numbered question and the 'Response' cell every numbered answer"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    ORD_ACT: [
        ("Wymondham Abbey NHS Trust", "Abbey Road, Wymondham WA4 2AR", "FOI/{Y}/{n:04d}"),
        ("Blakeney Point NHS Foundation Trust", "Quay Street, Blakeney BP1 7QS", "IG{n:05d}"),
    ],
    ORD_TWO_DATES: [
        ("Reepham Moor NHS Trust", "Station Road, Reepham RM2 6SR", "FOI{n:05d}"),
        ("Hickling Broad NHS Trust", "Staithe Lane, Hickling HB8 3SL", "FOIR {y}/{n:03d}"),
    ],
    ORD_LINKS: [
        ("Aylsham Weir NHS Foundation Trust", "Mill Row, Aylsham AW5 1MR", "FOI/{Y}/{n:04d}"),
        ("Horsey Mere NHS Trust", "Mere Side, Horsey HM9 2MS", "IG{n:05d}"),
    ],
    ORD_DELAY: [
        ("Mundesley Sands NHS Trust", "Cliff Road, Mundesley MS3 8CR", "FOIR {y}/{n:03d}"),
        ("Swaffham Heath NHS Trust", "Heath Lane, Swaffham SH6 4HL", "FOI{n:05d}"),
    ],
    ORD_CONFIDENTIAL: [
        ("Loddon Staithe NHS Trust", "Bridge Street, Loddon LS7 2BS", "IG{n:05d}"),
        (
            "Brancaster Marsh NHS Foundation Trust",
            "Marsh Road, Brancaster BM2 9MR",
            "FOI/{Y}/{n:04d}",
        ),
    ],
    TWO_REQUESTS: [
        ("Happisburgh Cliff NHS Trust", "Lighthouse Lane, Happisburgh HC4 1LL", "FOI{n:05d}"),
        ("Walsingham Priory NHS Trust", "Friday Market, Walsingham WP2 5FM", "FOIR {y}/{n:03d}"),
    ],
    ORDINAL: [
        ("Sheringham Heath NHS Trust", "Beeston Road, Sheringham SH1 3BR", "FOI/{Y}/{n:04d}"),
        ("Cley Windmill NHS Foundation Trust", "Holt Road, Cley CW8 4HR", "IG{n:05d}"),
    ],
    FORM: [
        ("Burnham Overy NHS Trust", "Overy Staithe, Burnham BO3 2OS", "FOIR {y}/{n:03d}"),
        ("Holt Lowes NHS Trust", "Lowes Lane, Holt HL5 7LL", "FOI{n:05d}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
DATE_FORMS = (long_date, slash_date, iso_date)


def _ref(trust: tuple, rec: str, n: int) -> str:
    return trust[2].format(y=rec[2:4], Y=rec[:4], n=n)


def _head(v: int, trust: tuple, ref: str, rec: str, resp: str, style: str) -> list[Block]:
    """The letterhead, reference, date, salutation and opening sentence; the style's
    own variation where it is in the head."""
    form = DATE_FORMS[v]
    top: list[Block] = [H(trust[0]) if v == 0 else P(trust[0], "bold"), P(trust[1])]
    refs = [P(f"Our ref: {ref}"), P(f"Date: {form(resp)}")]
    if v == 1:
        refs = [P(form(resp)), P(f"Reference: {ref}")]
    marks: list[Block] = []
    if style == ORD_CONFIDENTIAL:
        marks = [P(tx.CONFIDENTIAL[v][0], "bold"), P(tx.CONFIDENTIAL[v][1])]
    hello = P("Dear Requester" if v == 0 else "Dear Sir or Madam,")
    if style == ORD_TWO_DATES:
        written = (dt.date.fromisoformat(rec) - dt.timedelta(days=2 + v)).isoformat()
        opening = tx.TWO_DATES[v].format(w=form(written), r=form(rec))
    elif v == 0:
        opening = (
            f"Thank you for your request under the Freedom of Information Act 2000, "
            f"received on {form(rec)}. The Trust's answers are below."
        )
    else:
        opening = f"We received your Freedom of Information request on {form(rec)}."
    return [*top, *marks, *refs, hello, P(opening)]


def _closing(v: int, trust: tuple) -> list[P]:
    return [P(tx.CLOSINGS[k][v]) for k in ("review", "regulator")] + [
        *(P(x) for x in tx.SIGNATURES[v]),
        P(trust[0]),
    ]


def _topics(rnd: random.Random, lo: int = 3, hi: int = 5) -> list[tx.Topic]:
    return rnd.sample(tx.TOPICS, rnd.randint(lo, hi))


def _question_line(n: int, q: str, v: int) -> P:
    return P(f"{n}. {q}", "bold") if v == 0 else P(f"{n}) {q}")


def _site(trust: tuple) -> str:
    """The trust's web site: 'https://www.aylshamweir.nhs.uk'."""
    words = trust[0].split(" NHS")[0].lower().split()
    return f"https://www.{''.join(words)}.nhs.uk"


def _numbered(topics: list, v: int, first: int = 1, site: str = ""):
    """Numbered questions, each answer's paragraphs beneath (and, with a `site`, the
    web address of the topic's page on it)."""
    blocks: list[Block] = []
    items = []
    for n, t in enumerate(topics, first):
        paras = list(t.answer) + ([site + t.link] if site and t.link else [])
        blocks += [_question_line(n, t.question, v), *(P(a) for a in paras)]
        items.append(_item(str(n), t.question, " ".join(paras)))
    return blocks, items


def _ord_act(rnd: random.Random, v: int, _trust: tuple):
    topics = _topics(rnd, 2, 4)
    act = tx.ACT_QUOTED[v]
    at = rnd.randint(0, len(topics))
    blocks, items = _numbered(topics[:at], v)
    n = at + 1
    quoted = [P(line, "italic" if v == 1 else None) for line in act.wording]
    blocks += [_question_line(n, act.question, v), P(act.lead), *quoted, P(act.after)]
    answer = " ".join([act.lead, *act.wording, act.after])
    items.append(_item(str(n), act.question, answer))
    more, more_items = _numbered(topics[at:], v, first=n + 1)
    return blocks + more, items + more_items, [t.exemption for t in topics] + [act.exemption]


def _ordinary(style: str):
    def body(rnd: random.Random, v: int, trust: tuple):
        if style == ORD_LINKS:
            with_link = [t for t in tx.TOPICS if t.link]
            topics = rnd.sample(with_link, 3) + rnd.sample(
                [t for t in tx.TOPICS if not t.link], rnd.randint(0, 2)
            )
            rnd.shuffle(topics)
        else:
            topics = _topics(rnd)
        blocks, items = _numbered(topics, v, site=_site(trust) if style == ORD_LINKS else "")
        if style == ORD_DELAY:
            blocks = [P(tx.DELAYS[v]), *blocks]
        return blocks, items, [t.exemption for t in topics]

    return body


def _two_requests(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str):
    topics = _topics(rnd, 4, 6)
    cut = rnd.randint(2, len(topics) - 2)
    second = _ref(trust, rec, rnd.randint(100, 999))
    blocks: list[Block] = []
    items = []
    for r, subject, group in zip(
        (ref, second), tx.SUBJECTS[v], (topics[:cut], topics[cut:]), strict=True
    ):
        title = f"Request {r} – {subject}" if v == 0 else f"{subject} (your request {r})"
        blocks.append(H(title) if v == 0 else P(title, "bold"))
        more, more_items = _numbered(group, v)
        blocks += more
        items += more_items
    return blocks, items, [t.exemption for t in topics]


def _ordinal(rnd: random.Random, v: int, _trust: tuple):
    topics = _topics(rnd, 3, 5)
    blocks: list[Block] = [P(tx.ORDINAL_INTRO[v])]
    for n, t in enumerate(topics, 1):
        blocks.append(P(f"{n}. {t.question}") if v == 0 else B(t.question))
    items = []
    for n, t in enumerate(topics, 1):
        lead = tx.ORDINAL_LEADS[v].format(o=tx.ORDINALS[n - 1])
        blocks += [P(lead + t.answer[0]), *(P(a) for a in t.answer[1:])]
        items.append(_item(str(n) if v == 0 else None, t.question, " ".join(t.answer)))
    return blocks, items, [t.exemption for t in topics]


def _form(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    topics = _topics(rnd, 3, 5)
    form = DATE_FORMS[2] if v == 0 else DATE_FORMS[1]
    questions = "\n".join(f"{n}. {t.question}" for n, t in enumerate(topics, 1))
    answers = "\n".join(f"{n}. {' '.join(t.answer)}" for n, t in enumerate(topics, 1))
    rows: list[str | tuple[str, str]] = [
        ("Our reference", ref),
        ("Date request received", form(rec)),
        ("Date of response", form(resp)),
        ("Information requested", questions),
        ("Response", answers),
    ]
    if v == 1:
        rows = [rows[0], rows[3], rows[4], rows[1], rows[2]]
    blocks: list[Block] = [
        H(trust[0]) if v == 0 else P(trust[0], "bold"),
        P(trust[1]),
        H(tx.FORM_INTRO[v]),
        Banded(rows),
    ]
    items = [_item(str(n), t.question, " ".join(t.answer)) for n, t in enumerate(topics, 1)]
    return blocks, items, [t.exemption for t in topics]


BODIES = {
    ORD_ACT: _ord_act,
    ORD_TWO_DATES: _ordinary(ORD_TWO_DATES),
    ORD_LINKS: _ordinary(ORD_LINKS),
    ORD_DELAY: _ordinary(ORD_DELAY),
    ORD_CONFIDENTIAL: _ordinary(ORD_CONFIDENTIAL),
    ORDINAL: _ordinal,
}


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-aa/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    ref = _ref(trust, rec, rnd.randint(1000, 9999))
    if style == FORM:
        blocks, items, applied = _form(rnd, v, trust, ref, rec, resp)
        blocks += _closing(v, trust)
    else:
        if style == TWO_REQUESTS:
            body, items, applied = _two_requests(rnd, v, trust, ref, rec)
        else:
            body, items, applied = BODIES[style](rnd, v, trust)
        blocks = [*_head(v, trust, ref, rec, resp, style), *body, *_closing(v, trust)]
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
