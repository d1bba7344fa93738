"""Held-out set AB, FOI half: letters in eight house styles that neither sets D to AA
(benchmarks/heldout_d .. heldout_aa, set Y's and Z's grid cells among them) nor the
synthetic training styles (scripts/foi_synthetic.py) print, built in code with their
truth and scored at first sight (score.py here). Nothing under parsers/ was read while
writing it.

Weighted like real disclosure logs: FOUR styles are ORDINARY letters of the kind most
English NHS trusts print (numbered questions, each answer's paragraphs beneath it,
exemptions explained in the answers, a closing with review rights and the ICO), each
with ONE ordinary variation: an opening sentence ending 'regarding:-' with the
request's subject on a line of its own and a line 'I can confirm the following
information:-' before the questions; a paragraph before the questions setting out the
requester's rights under section 1(1); the head as a disclosure log publishes it, the
requester's name and address lines replaced by '[Redacted]' and the salutation 'Dear
[Name redacted]'; questions running on into a second paragraph of the requester's own
('Please break this down by …'). FOUR are harder structures disclosure logs commonly
publish: a disclosure-log web page entry with no letter frame (title, reference and
date lines, a 'Request' heading over the numbered questions, a 'Response' heading over
the numbered answers); an e-mail reply whose answers are typed into the requester's
original message quoted beneath it ('-----Original Message-----'); a covering letter
whose answers are in an 'Annex A' table after the closing and signature; a reply
answering the first question(s) and refusing the rest under section 12, each refused
question answered only by a pointer to a section 12 part after the answers that breaks
the cost estimate down in bulleted lines. Each style is printed by two fictional
trusts with their own variants (trust "a" and "b").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to AA apply them): `label` is the question's number as printed without its
punctuation ("1." "1)" -> "1"); `question`/`answer` are the text without labels,
headings and markers; an answer's paragraphs are joined by spaces; `received_date` is
the day the request arrived, `responded_date` the date of the reply; the exemptions are
the FOIA sections the answers apply (section 12 for a cost-limit refusal, as set K);
closings, signatures and the lines of the head are in no item. New conventions, stated
before scoring:

- the 'regarding:-' opening, the subject line under it and the 'I can confirm the
  following information:-' line are in no item;
- the paragraph on the requester's rights under section 1(1) is in no item, and
  section 1(1) is no exemption (it grants the right; it withholds nothing);
- the '[Redacted]' lines of the head and the 'Dear [Name redacted]' salutation are in
  no item;
- a question's second paragraph (the requester's 'Please break this down by …') is
  part of the question, joined to it by a space; the answer is what follows it;
- a disclosure-log page: the reference, received and responded dates are read from its
  lines ('Reference', 'Date received', 'Date of response'); the 'Published' date and the
  title are in no item; the n-th numbered answer under 'Response' answers the n-th
  numbered question under 'Request'; the line introducing the questions is in no item;
- an e-mail reply with the answers typed into the quoted original: the received date is
  the original message's 'Sent' date, the responded date the reply's; the reference is
  the one in the reply's subject line; each answer is the text typed beneath its
  question (the 'Response:' marker of trust b in no item); the headers, greetings,
  sign-offs and the reply's own sentences are in no item;
- an annex table: each row is an item, its number cell the label, its question and
  response cells the question and answer; the header row and the covering letter's
  pointer to the annex are in no item;
- a section 12 refusal: each refused question's answer is the pointer printed beneath
  it; the section 12 part after the answers (heading, explanation, bulleted estimate,
  advice on narrowing the request) is in no item; the exemptions hold '12'.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.heldout_aa.foi_aa import _question_line, _ref  # set AA's, imported
from benchmarks.heldout_ab import foi_ab_text as tx
from benchmarks.heldout_ab.foi_ab_text import long_date, sent_date, slash_date
from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import DL, B, Block, H, P, T
from benchmarks.heldout_r.foi_r import _item  # set R's item piece, imported
from benchmarks.heldout_w.foi_w import _dates  # set W's request/reply dates, imported

PER_STYLE = 4

ORD_SUBJECT = (
    "an ordinary letter of numbered questions with the answers beneath, its opening "
    "sentence ending 'regarding:-' with the request's subject on a line of its own, and "
    "a line 'I can confirm the following information:-' before the first question"
)
ORD_RIGHTS = (
    "an ordinary letter of numbered questions with the answers beneath, a paragraph "
    "before the first question setting out the requester's rights under section 1(1) of "
    "the Act (to be told whether information is held, and to have it)"
)
ORD_REDACTED = (
    "an ordinary letter of numbered questions with the answers beneath, as the disclosure "
    "log publishes it: the requester's name and address lines replaced by '[Redacted]' "
    "in the head and the salutation 'Dear [Name redacted]'"
)
ORD_MORE = (
    "an ordinary letter of numbered questions with the answers beneath, some questions "
    "running on into a second paragraph of the requester's own ('Please break this down "
    "by …') before the answer"
)
LOG_PAGE = (
    "a disclosure-log web page entry with no letter frame: the request's title, lines for "
    "the reference and the received, response and published dates, a 'Request' heading "
    "over the numbered questions and a 'Response' heading over the numbered answers"
)
EMAIL_INLINE = (
    "an e-mail reply whose answers are typed into the requester's original message quoted "
    "beneath it ('-----Original Message-----', 'From:', 'Sent:', 'Subject:'), each answer "
    "under its question"
)
ANNEX = (
    "a covering letter saying the answers are in an annex, its closing and signature, "
    "then 'Annex A' after them: a 'No. | Question | Response' table with a row a question"
)
COST = (
    "numbered questions, the first one or two answered and the rest each answered only by "
    "a pointer to a section 12 refusal after the answers, its cost estimate broken down "
    "in bulleted lines, then advice on narrowing the request"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    ORD_SUBJECT: [
        ("Widecombe Moor NHS Trust", "Church Green, Widecombe WM3 5CG", "FOI {n:04d}"),
        (
            "Postbridge Clapper NHS Foundation Trust",
            "East Dart Lane, Postbridge PC1 4ED",
            "RFI-{n:05d}",
        ),
    ],
    ORD_RIGHTS: [
        ("Haytor Vale NHS Trust", "Quarry Road, Haytor HV6 2QR", "FOI/{y}{n:04d}"),
        ("Hound Tor NHS Trust", "Medieval Way, Manaton HT4 9MW", "IR-{Y}-{n:04d}"),
    ],
    ORD_REDACTED: [
        ("Princetown Leat NHS Trust", "Tavistock Road, Princetown PL2 7TR", "RFI-{n:05d}"),
        ("Merrivale Rows NHS Trust", "Stone Row Lane, Merrivale MR8 1SR", "FOI {n:04d}"),
    ],
    ORD_MORE: [
        (
            "Lydford Gorge NHS Foundation Trust",
            "Castle Street, Lydford LG5 3CS",
            "IR-{Y}-{n:04d}",
        ),
        ("Chagford Bridge NHS Trust", "Mill Street, Chagford CB7 8MS", "FOI/{y}{n:04d}"),
    ],
    LOG_PAGE: [
        ("Holne Chase NHS Trust", "Chase Lane, Holne HC1 2CL", "FOI {n:04d}"),
        ("Okehampton Camp NHS Trust", "Camp Road, Okehampton OC3 6CR", "IR-{Y}-{n:04d}"),
    ],
    EMAIL_INLINE: [
        ("Belstone Cleave NHS Trust", "Tongue End, Belstone BC4 0TE", "RFI-{n:05d}"),
        ("Sheepstor Dam NHS Trust", "Burrator Road, Sheepstor SD9 5BR", "FOI/{y}{n:04d}"),
    ],
    ANNEX: [
        ("Manaton Rocks NHS Trust", "Bowerman's Lane, Manaton MR2 8BL", "IR-{Y}-{n:04d}"),
        (
            "Lustleigh Cleave NHS Foundation Trust",
            "Wreyland Path, Lustleigh LC6 1WP",
            "FOI {n:04d}",
        ),
    ],
    COST: [
        (
            "Buckland Beacon NHS Trust",
            "Ten Commandments Stone Road, Buckland BB7 3TC",
            "FOI/{y}{n:04d}",
        ),
        ("Bellever Forest NHS Trust", "Forest Road, Bellever BF5 4FR", "RFI-{n:05d}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
DATE_FORMS = (long_date, slash_date)
ORDINARY = STYLES[:4]


def _head(v: int, trust: tuple, ref: str, rec: str, resp: str, style: str) -> list[Block]:
    """The letterhead, reference, date, salutation and opening; the style's own
    variation where it is in the head."""
    form = DATE_FORMS[v]
    top: list[Block] = [H(trust[0]) if v == 0 else P(trust[0], "bold"), P(trust[1])]
    refs = [P(f"Our reference: {ref}"), P(f"Date: {form(resp)}")]
    if v == 1:
        refs = [P(f"{form(resp)}"), P(f"Ref: {ref}")]
    hello = P("Dear Sir or Madam" if v == 0 else "Dear Requester,")
    addressee: list[Block] = []
    if style == ORD_REDACTED:
        addressee = [P(line) for line in tx.REDACTED[v]]
        hello = P(tx.SALUTATION_REDACTED[v])
    if style == ORD_SUBJECT:
        return [*top, *refs, *addressee, hello]  # the opening is the style's body
    opening = (
        f"Thank you for your request for information, which the Trust received on "
        f"{form(rec)}." + ("" if style == ANNEX else " Our response is set out below.")
        if v == 0
        else f"Your Freedom of Information request reached us on {form(rec)}."
    )
    return [*top, *refs, *addressee, hello, P(opening)]


def _closing(v: int, trust: tuple) -> list[P]:
    return [P(tx.CLOSINGS[k][v]) for k in ("review", "regulator")] + [
        *(P(x) for x in tx.SIGNATURES[v]),
        P(trust[0]),
    ]


def _topics(rnd: random.Random, lo: int = 3, hi: int = 5) -> list[tx.Topic]:
    return rnd.sample(tx.TOPICS, rnd.randint(lo, hi))


def _numbered(topics: list[tx.Topic], v: int, more: bool = False):
    """Numbered questions (with `more`, the requester's second paragraph after those
    that have one), each answer's paragraphs beneath."""
    blocks: list[Block] = []
    items = []
    for n, t in enumerate(topics, 1):
        blocks.append(_question_line(n, t.question, v))
        question = t.question
        if more and t.more:
            blocks.append(P(t.more, "bold") if v == 0 else P(t.more))
            question = f"{t.question} {t.more}"
        blocks += [P(a) for a in t.answer]
        items.append(_item(str(n), question, " ".join(t.answer)))
    return blocks, items


def _ordinary(style: str):
    def body(rnd: random.Random, v: int, rec: str):
        if style == ORD_MORE:
            with_more = [t for t in tx.TOPICS if t.more]
            topics = rnd.sample(with_more, 2) + rnd.sample(
                [t for t in tx.TOPICS if not t.more], rnd.randint(1, 3)
            )
            rnd.shuffle(topics)
        else:
            topics = _topics(rnd)
        blocks, items = _numbered(topics, v, more=style == ORD_MORE)
        if style == ORD_SUBJECT:
            lead, confirm = tx.SUBJECT_OPENINGS[v]
            title = rnd.choice(tx.REQUEST_TITLES)
            subject = P(title, "bold") if v == 0 else H(title)
            blocks = [P(lead.format(r=DATE_FORMS[v](rec))), subject, P(confirm), *blocks]
        if style == ORD_RIGHTS:
            blocks = [P(tx.RIGHTS[v]), *blocks]
        return blocks, items, [t.exemption for t in topics]

    return body


def _cost(rnd: random.Random, v: int, _rec: str):
    topics = _topics(rnd, 3, 5)
    answered = 1 if v == 0 else rnd.randint(1, 2)
    blocks: list[Block] = []
    items = []
    for n, t in enumerate(topics, 1):
        answer = list(t.answer) if n <= answered else [tx.COST_POINTER[v]]
        blocks += [_question_line(n, t.question, v), *(P(a) for a in answer)]
        items.append(_item(str(n), t.question, " ".join(answer)))
    heading = H(tx.COST_HEADING[v]) if v == 0 else P(tx.COST_HEADING[v], "bold")
    blocks += [heading, P(tx.COST_LEAD[v]), *(B(x) for x in tx.COST_LINES[v])]
    blocks.append(P(tx.COST_ADVICE[v]))
    return blocks, items, [t.exemption for t in topics[:answered]] + ["12"]


def _log_page(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    """A disclosure-log entry: title, date lines, 'Request' and 'Response' sections."""
    topics = _topics(rnd)
    form = DATE_FORMS[v]
    published = (dt.date.fromisoformat(resp) + dt.timedelta(days=rnd.randint(3, 20))).isoformat()
    subject = rnd.choice(tx.REQUEST_TITLES)
    title = f"{subject} ({ref})" if v == 0 else subject
    meta = [
        ("Reference", ref),
        ("Date received", form(rec)),
        ("Date of response", form(resp)),
        ("Published", form(published)),
    ]
    lines: list[Block] = (
        [P(f"{k}: {x}") for k, x in meta] if v == 0 else [DL([(k, x) for k, x in meta])]
    )
    blocks: list[Block] = [H(title), *lines, H("Request"), P(tx.LOG_ASKS[v])]
    blocks += [P(f"{n}. {t.question}") for n, t in enumerate(topics, 1)]
    blocks.append(H("Response"))
    items = []
    for n, t in enumerate(topics, 1):
        mark = f"{n}. " if v == 0 else f"{n}) "
        blocks += [P(mark + t.answer[0]), *(P(a) for a in t.answer[1:])]
        items.append(_item(str(n), t.question, " ".join(t.answer)))
    return blocks, items, [t.exemption for t in topics]


def _email(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    """The reply's headers and sentences, then the original with the answers typed in."""
    topics = _topics(rnd)
    box = "foi@" + "".join(trust[0].split(" NHS")[0].lower().split()) + ".nhs.example"
    asker = "requester@mail.example"
    blocks: list[Block] = [
        P(f"From: Freedom of Information <{box}>"),
        P(f"Sent: {sent_date(resp, f'1{rnd.randint(0, 6)}:{rnd.randint(10, 59)}')}"),
        P(f"To: {asker}"),
        P(f"Subject: RE: Freedom of Information request – {ref}"),
        P("Dear Requester," if v == 0 else "Hello,"),
        P(tx.EMAIL_INTROS[v]),
        *_closing(v, trust),
        P("-----Original Message-----"),
        P(f"From: {asker}"),
        P(f"Sent: {sent_date(rec, f'0{rnd.randint(7, 9)}:{rnd.randint(10, 59)}')}"),
        P(f"To: {box}"),
        P("Subject: Freedom of Information request"),
        P(tx.EMAIL_GREETINGS[v]),
        P(tx.EMAIL_ASKS[v]),
    ]
    items = []
    for n, t in enumerate(topics, 1):
        blocks.append(P(f"{n}. {t.question}"))
        if v == 0:
            blocks += [P(a, "bold") for a in t.answer]
        else:
            blocks += [P(f"Response: {t.answer[0]}"), *(P(a) for a in t.answer[1:])]
        items.append(_item(str(n), t.question, " ".join(t.answer)))
    blocks += [P(tx.EMAIL_SIGNOFFS[v]), P("[Name redacted]")]
    return blocks, items, [t.exemption for t in topics]


def _annex(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    """A covering letter, its closing, then Annex A's table of every answer."""
    topics = _topics(rnd)
    title = f"Annex A – Response to request {ref}" if v == 0 else "ANNEX A"
    rows = [list(tx.ANNEX_HEADS[v])]
    rows += [[str(n), t.question, " ".join(t.answer)] for n, t in enumerate(topics, 1)]
    blocks: list[Block] = [
        *_head(v, trust, ref, rec, resp, ANNEX),
        P(tx.ANNEX_POINTERS[v]),
        *_closing(v, trust),
        H(title),
        T(rows),
    ]
    items = [_item(str(n), t.question, " ".join(t.answer)) for n, t in enumerate(topics, 1)]
    return blocks, items, [t.exemption for t in topics]


BODIES = {
    ORD_SUBJECT: _ordinary(ORD_SUBJECT),
    ORD_RIGHTS: _ordinary(ORD_RIGHTS),
    ORD_REDACTED: _ordinary(ORD_REDACTED),
    ORD_MORE: _ordinary(ORD_MORE),
    COST: _cost,
}
WHOLE = {LOG_PAGE: _log_page, EMAIL_INLINE: _email, ANNEX: _annex}  # no letter frame


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-ab/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    ref = _ref(trust, rec, rnd.randint(1000, 9999))
    if style in WHOLE:
        blocks, items, applied = WHOLE[style](rnd, v, trust, ref, rec, resp)
    else:
        body, items, applied = BODIES[style](rnd, v, rec)
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
