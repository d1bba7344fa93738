"""Held-out set AC, FOI half: letters in eight house styles that neither sets D to AB
(benchmarks/heldout_d .. heldout_ab, set Y's and Z's grid cells among them) nor the
synthetic training styles (scripts/foi_synthetic.py) print, built in code with their
truth and scored at first sight (score.py here). Nothing under parsers/ was read while
writing it.

Weighted like real disclosure logs: FOUR styles are ORDINARY letters of the kind most
English NHS trusts print (numbered questions, each answer's paragraphs beneath it,
exemptions explained in the answers, a closing with review rights and the ICO), each
with ONE ordinary variation: a request that came in through the Patient Advice and
Liaison Service (PALS), the opening naming the day PALS received it and the later day
it was passed to the FOI office; one reply sent by the FOI office two trusts of a
hospital group share, both trusts named in the head and the signature; a reply
answering the environmental questions under the Environmental Information Regulations
2004 (EIR) and the rest under the Act, a paragraph before the questions saying which,
an EIR exception cited as 'regulation 12(5)(e)'; one answer pointing to an earlier
response on the disclosure log by its reference and date (section 21). FOUR are
harder structures disclosure logs publish: a request-site web page (as a public FOI
request site prints a request) with the requester's message of numbered questions, the
trust's acknowledgement giving the reference and the date a reply is due, and the
trust's reply answering by number only; a round-robin response sent to several
requesters, its head listing each one's request reference and received date under the
round-robin's own reference; a partial reply holding one question back under section
10(3) while the public interest in a qualified exemption is weighed; a fresh response
issued to comply with an Information Commissioner's decision notice, the head citing
the ICO's case reference and the opening the first request, the first refusal and the
notice with their dates. Each style is printed by two fictional trusts with their own
variants (trust "a" and "b").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to AB apply them): `label` is the question's number as printed without its
punctuation ("1." "1)" "(1)" -> "1"); `question`/`answer` are the text without labels,
headings and markers; an answer's paragraphs are joined by spaces; `received_date` is
the day the request arrived, `responded_date` the date of the reply; the exemptions are
the FOIA sections the answers apply; closings, signatures and the lines of the head are
in no item. New conventions, stated before scoring:

- PALS route: the request arrived at the trust the day PALS received it, so that is the
  received date; the later day it was passed to the FOI office is no date of the truth;
  the opening that tells this is in no item;
- a hospital group's shared office: the letter's trust is the first named; the second
  trust's name and address, the group's name, the opening and the 'on behalf of' line
  of the signature are in no item;
- EIR: the exemptions hold the FOIA sections the FOIA answers apply and, with law
  "EIR", the EIR regulations the EIR answers apply ('regulation 12(5)(e)' -> law "EIR",
  section "12(5)(e)"); the paragraph saying which questions fall under the EIR is in no
  item; an EIR question is an item like any other;
- an earlier response pointed to: the letter's reference is its own; the earlier
  request's reference and date printed in the answer are part of that answer and no
  reference or date of the truth; the exemption is section 21;
- a request-site page: no letter frame; the received date is the date of the
  requester's message, the responded date that of the trust's reply; the reference is
  the one the trust's acknowledgement gives; the due date in the acknowledgement is no
  date of the truth; the n-th numbered answer in the reply answers the n-th numbered
  question in the request; the page's title and status lines, the message headers, the
  requester's greeting, lead-in and sign-off, the acknowledgement and the reply's lead-in
  and closing are in no item; the marker 'Answer 1:' (trust b) is in no answer;
- a round-robin: the reference is the round-robin's own (the one the response is filed
  and published under, 'Round-robin reference'); the requesters' own references listed
  in the head are no reference of the truth; the received date is the earliest of the
  listed requests' dates (the day the request first reached the trust); the list, the
  opening and 'Dear Requester' are in no item;
- a section 10(3) extension: the held-back question's answer is the notice printed
  beneath it; the section the notice says is being considered is applied to nothing
  (nothing is withheld yet) and is no exemption, nor is section 10(3); the date the
  notice promises is no date of the truth; the lead-in saying one answer will follow is
  in no item;
- a fresh response after a decision notice: the reference is the trust's own ('Our
  ref'), not the ICO's case reference; the received date is the day of the original
  request; the dates of the first refusal and of the notice are no dates of the truth;
  the section of the first refusal, which the notice overturned, is no exemption unless
  an answer of this letter applies it (none does); the opening is in no item.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.heldout_aa.foi_aa import _question_line, _ref  # set AA's, imported
from benchmarks.heldout_ac import foi_ac_text as tx
from benchmarks.heldout_ac.foi_ac_text import long_date, slash_date
from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import Block, H, P, T
from benchmarks.heldout_r.foi_r import _item  # set R's item piece, imported
from benchmarks.heldout_w.foi_w import _dates  # set W's request/reply dates, imported

PER_STYLE = 4

ORD_PALS = (
    "an ordinary letter of numbered questions with the answers beneath, the request having "
    "come in through the Patient Advice and Liaison Service (PALS): the opening names the "
    "day PALS received it and the later day PALS passed it to the FOI office"
)
ORD_GROUP = (
    "an ordinary letter of numbered questions with the answers beneath, sent by the FOI "
    "office two trusts of a hospital group share: both trusts named in the head, the "
    "opening saying the one reply answers for both, signed on behalf of both"
)
ORD_EIR = (
    "an ordinary letter of numbered questions with the answers beneath, the environmental "
    "questions answered under the Environmental Information Regulations 2004 and the rest "
    "under the Act, a paragraph before the questions saying which, an EIR exception cited "
    "as 'regulation 12(5)(e)'"
)
ORD_EARLIER = (
    "an ordinary letter of numbered questions with the answers beneath, one answer pointing "
    "to an earlier response published on the disclosure log by that request's own "
    "reference and date, withheld under section 21"
)
THREAD = (
    "a request-site web page: the requester's message of numbered questions, the trust's "
    "acknowledgement giving its reference and the date a reply is due, then the trust's "
    "reply answering by number only, each message under its sender and date"
)
ROUND_ROBIN = (
    "a round-robin response sent to several requesters: its head listing each requester's "
    "own request reference and received date under the round-robin's reference, 'Dear "
    "Requester', the numbered questions with the answers beneath"
)
EXTENSION = (
    "a partial reply: the numbered questions answered beneath except one held back under "
    "section 10(3) while the public interest in a qualified exemption is weighed, its "
    "answer a notice naming the section considered and the date a reply will follow"
)
DECISION = (
    "a fresh response issued to comply with an Information Commissioner's decision notice: "
    "the head citing the ICO's case reference, the opening giving the original request's, "
    "the first refusal's and the notice's dates, then the questions answered anew"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    ORD_PALS: [
        ("Dunkery Beacon NHS Trust", "Cloutsham Lane, Wootton DB4 2CL", "FOI {n:04d}"),
        ("Tarr Steps NHS Foundation Trust", "Barle Bank, Liscombe TS7 3BB", "IR/{Y}/{n:04d}"),
    ],
    ORD_GROUP: [
        ("Watersmeet NHS Trust", "Hoar Oak Road, Lynbridge WM2 6HO", "TRG-{n:05d}"),
        ("Porlock Weir NHS Trust", "Harbour Row, Porlock PW5 1HR", "FOI/{y}/{n:04d}"),
    ],
    ORD_EIR: [
        ("Winsford Hill NHS Trust", "Wambarrows Way, Winsford WH3 8WW", "EIR-FOI {n:04d}"),
        ("Exford Common NHS Trust", "Green Lane, Exford EC9 4GL", "RFI{y}-{n:04d}"),
    ],
    ORD_EARLIER: [
        ("Simonsbath Barrow NHS Trust", "Barle Road, Simonsbath SB6 2BR", "FOI {n:04d}"),
        ("Withypool Common NHS Trust", "Kitridge Lane, Withypool WC1 7KL", "IR-{Y}-{n:04d}"),
    ],
    THREAD: [
        ("Culbone Wood NHS Trust", "Church Combe, Culbone CW8 3CC", "FOI-{n:05d}"),
        ("Selworthy Green NHS Trust", "Allerford Lane, Selworthy SG2 5AL", "{Y}/FOI/{n:04d}"),
    ],
    ROUND_ROBIN: [
        ("Wheddon Cross NHS Trust", "Cutcombe Road, Wheddon WX4 1CR", "RR/{y}/{n:04d}"),
        ("Brendon Commons NHS Trust", "Farley Water Lane, Brendon BC3 9FW", "RR-{Y}-{n:04d}"),
    ],
    EXTENSION: [
        ("Dulverton Weir NHS Trust", "Northmoor Road, Dulverton DW7 2NR", "FOI/{y}{n:04d}"),
        ("Oare Water NHS Foundation Trust", "Doone Valley Road, Oare OW1 6DV", "RFI-{n:05d}"),
    ],
    DECISION: [
        ("County Gate NHS Trust", "Coast Road, Countisbury CG5 8CR", "FOI {n:04d}"),
        ("Horner Wood NHS Trust", "Webbers Post, Horner HW6 4WP", "IR-{Y}-{n:04d}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
DATE_FORMS = (long_date, slash_date)
ORDINARY = STYLES[:4]
PARTNERS = {  # the second trust of each hospital group (ORD_GROUP)
    "Watersmeet NHS Trust": ("Lyn Gorge NHS Foundation Trust", "East Lyn Road, Lynmouth LG3 2EL"),
    "Porlock Weir NHS Trust": ("Bossington Hill NHS Trust", "Hurlstone Lane, Bossington BH8 4HL"),
}
# the requesters' own references in a round-robin's head
ROUND_REFS = ("FOI {n:04d}", "REQ-{Y}-{n:04d}")


def _iso(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _letterhead(v: int, trust: tuple, ref: str, resp: str, ref_label: str = "") -> list[Block]:
    """The trust's name and address, the reference and date lines."""
    form = DATE_FORMS[v]
    top: list[Block] = [H(trust[0]) if v == 0 else P(trust[0], "bold"), P(trust[1])]
    if v == 0:
        return [*top, P(f"{ref_label or 'Our ref'}: {ref}"), P(f"Date: {form(resp)}")]
    return [*top, P(form(resp)), P(f"{ref_label or 'Reference'}: {ref}")]


def _hello(v: int) -> P:
    return P("Dear Sir or Madam" if v == 0 else "Dear Requester,")


def _opening(v: int, rec: str) -> P:
    if v == 0:
        return P(
            f"Thank you for your request under the Freedom of Information Act 2000, received "
            f"on {long_date(rec)}."
        )
    return P(
        f"We received your Freedom of Information request on {slash_date(rec)} and reply below."
    )


def _closing(v: int, trust: tuple, signed: str = "") -> list[P]:
    lines = [P(tx.CLOSINGS[k][v]) for k in ("review", "regulator")]
    lines += [P(x) for x in tx.SIGNATURES[v]]
    return [*lines, P(signed or trust[0])]


def _numbered(topics: list[tx.Topic], v: int, answers: dict[int, list[str]] | None = None):
    """Numbered questions, each answer's paragraphs beneath (`answers` replaces the
    topic's answer for the numbers it holds)."""
    blocks: list[Block] = []
    items = []
    for n, t in enumerate(topics, 1):
        answer = (answers or {}).get(n, list(t.answer))
        blocks += [_question_line(n, t.question, v), *(P(a) for a in answer)]
        items.append(_item(str(n), t.question, " ".join(answer)))
    return blocks, items


def _foia(applied: list[str | None]) -> list[dict]:
    return [{"law": "FOIA", "section": s} for s in sorted({a for a in applied if a})]


def _pals(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    form = DATE_FORMS[v]
    passed = _iso(rec, rnd.randint(1, 4))
    opening = P(tx.PALS_OPENINGS[v].format(rec=form(rec), passed=form(passed)))
    blocks, items = _numbered(topics, v)
    head = [*_letterhead(v, trust, ref, resp), _hello(v), opening]
    return [*head, *blocks, *_closing(v, trust)], items, _foia([t.exemption for t in topics])


def _group(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    partner, partner_address = PARTNERS[trust[0]]
    group = tx.GROUP_NAMES[v]
    head = _letterhead(v, trust, ref, resp)
    head[2:2] = [P(partner, "bold") if v == 0 else P(partner), P(partner_address)]
    opening = P(tx.GROUP_OPENINGS[v].format(rec=DATE_FORMS[v](rec), group=group))
    signed = tx.GROUP_SIGNED[v].format(a=trust[0], b=partner, group=group)
    blocks, items = _numbered(topics, v)
    letter = [*head, _hello(v), opening, *blocks, *_closing(v, trust, signed)]
    return letter, items, _foia([t.exemption for t in topics])


def _eir(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    """The gas price (regulation 12(5)(e)) and one more EIR question among FOIA ones."""
    eir = [tx.EIR_TOPICS[0], rnd.choice(tx.EIR_TOPICS[1:])]
    topics = eir + rnd.sample(tx.TOPICS, rnd.randint(2, 3))
    rnd.shuffle(topics)
    nums = [str(n) for n, t in enumerate(topics, 1) if t in eir]
    note = P(tx.EIR_NOTES[v].format(nums=" and ".join(nums)))
    blocks, items = _numbered(topics, v)
    head = [*_letterhead(v, trust, ref, resp), _hello(v), _opening(v, rec), note]
    exemptions = _foia([t.exemption for t in topics if t not in eir])
    exemptions += [{"law": "EIR", "section": t.exemption} for t in eir if t.exemption]
    return [*head, *blocks, *_closing(v, trust)], items, exemptions


def _earlier(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    topics = rnd.sample(tx.TOPICS, rnd.randint(2, 4))
    pointed = tx.Topic(rnd.choice(tx.EARLIER_TOPICS), (), "21")
    at = rnd.randint(0, len(topics))
    topics.insert(at, pointed)
    before = _iso(rec, -rnd.randint(60, 300))
    old_ref = _ref(trust, before, rnd.randint(1000, 9999))
    answer = tx.EARLIER_ANSWERS[v].format(ref=old_ref, date=DATE_FORMS[v](before))
    blocks, items = _numbered(topics, v, {at + 1: [answer]})
    head = [*_letterhead(v, trust, ref, resp), _hello(v), _opening(v, rec)]
    return [*head, *blocks, *_closing(v, trust)], items, _foia([t.exemption for t in topics])


def _thread(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    """The request, the acknowledgement and the reply, as the request site prints them."""
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    form = DATE_FORMS[v]
    person = tx.REQUESTERS[v]
    office = f"Freedom of Information Office, {trust[0]}"
    acked, due = _iso(rec, rnd.randint(1, 2)), _iso(rec, 28)

    def header(who: str, day: str) -> Block:
        return P(f"{who} – {form(day)}", "bold") if v == 0 else H(f"{who}, {form(day)}")

    blocks: list[Block] = [
        H(f"{tx.SITE_NAME}: a request to {trust[0]}"),
        P(tx.THREAD_STATUS[v]),
        header(person, rec),
        P(f"Dear {trust[0]},"),
        P(tx.THREAD_ASKS[v]),
    ]
    for n, t in enumerate(topics, 1):
        blocks.append(P(f"{n}. {t.question}" if v == 0 else f"({n}) {t.question}"))
    blocks += [P("Yours faithfully,"), P(person)]
    blocks += [header(office, acked), P(tx.THREAD_ACKS[v].format(ref=ref, due=form(due)))]
    blocks += [header(office, resp), P(f"Dear {person},"), P(f"Re: {ref}")]
    blocks.append(P(tx.THREAD_REPLY_LEADS[v]))
    items = []
    for n, t in enumerate(topics, 1):
        mark = f"{n}. " if v == 0 else f"Answer {n}: "
        blocks += [P(mark + t.answer[0]), *(P(a) for a in t.answer[1:])]
        items.append(_item(str(n), t.question, " ".join(t.answer)))
    blocks += _closing(v, trust)
    return blocks, items, _foia([t.exemption for t in topics])


def _round_robin(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    form = DATE_FORMS[v]
    days = sorted({rec, *(_iso(rec, rnd.randint(1, 4)) for _ in range(rnd.randint(2, 3)))})
    own = [_ref(("", "", ROUND_REFS[v]), d, rnd.randint(1000, 9999)) for d in days]
    head = _letterhead(v, trust, ref, resp, "Round-robin reference")
    if v == 0:
        listed: list[Block] = [P(tx.ROUND_LISTS[0])]
        listed += [P(f"{r} (received {form(d)})") for r, d in zip(own, days, strict=True)]
    else:
        rows = [tx.ROUND_LISTS[1].split(" | ")]
        listed = [T(rows + [[r, form(d)] for r, d in zip(own, days, strict=True)])]
    blocks, items = _numbered(topics, v)
    letter = [*head, *listed, P("Dear Requester"), P(tx.ROUND_OPENINGS[v]), *blocks]
    return [*letter, *_closing(v, trust)], items, _foia([t.exemption for t in topics])


def _extension(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    considered = ("43(2)", "38(1)")[v]
    pool = [t for t in tx.TOPICS if t.exemption != considered]
    topics = rnd.sample(pool, rnd.randint(2, 4))
    held = rnd.randint(2, len(topics) + 1)
    topics.insert(held - 1, tx.Topic(tx.EXTENSION_QUESTIONS[v], ()))
    due = DATE_FORMS[v](_iso(resp, 28))
    notice = tx.EXTENSION_NOTICES[v].format(s=considered, due=due)
    blocks, items = _numbered(topics, v, {held: [notice]})
    head = [*_letterhead(v, trust, ref, resp), _hello(v), _opening(v, rec)]
    head.append(P(tx.EXTENSION_LEADS[v]))
    applied = [t.exemption for n, t in enumerate(topics, 1) if n != held]
    return [*head, *blocks, *_closing(v, trust)], items, _foia(applied)


def _decision(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    first = tx.FIRST_REFUSALS[v]
    topics = rnd.sample([t for t in tx.TOPICS if t.exemption != first], rnd.randint(3, 5))
    form = DATE_FORMS[v]
    refused = _iso(rec, rnd.randint(12, 19))
    notice = _iso(refused, rnd.randint(90, 140))
    case = f"IC-{rnd.randint(200000, 399999)}-{rnd.choice('BDFHKMPRTW')}{rnd.randint(1, 9)}"
    case += f"{rnd.choice('CGJLNQSVXZ')}{rnd.randint(1, 9)}"
    head = _letterhead(v, trust, ref, resp)
    head.insert(3, P(f"ICO case reference: {case}"))
    opening = tx.NOTICE_OPENINGS[v].format(
        rec=form(rec), refused=form(refused), notice=form(notice), s=first
    )
    blocks, items = _numbered(topics, v)
    letter = [*head, _hello(v), P(opening), *blocks, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


BUILDERS = {
    ORD_PALS: _pals,
    ORD_GROUP: _group,
    ORD_EIR: _eir,
    ORD_EARLIER: _earlier,
    THREAD: _thread,
    ROUND_ROBIN: _round_robin,
    EXTENSION: _extension,
    DECISION: _decision,
}


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-ac/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    if style == DECISION:  # the fresh response comes months after the request
        resp = _iso(rec, rnd.randint(175, 215))
    ref = _ref(trust, rec, rnd.randint(1000, 9999))
    blocks, items, exemptions = BUILDERS[style](rnd, v, trust, ref, rec, resp)
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
