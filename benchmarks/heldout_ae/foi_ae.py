"""Held-out set AE, FOI half: letters in eight house styles that neither sets D to AD
(benchmarks/heldout_d .. heldout_ad, set Y's and Z's grid cells among them) nor the
synthetic training styles (scripts/foi_synthetic.py) print, built in code with their
truth and scored at first sight (score.py here). Nothing under parsers/ was read while
writing it.

Weighted like real disclosure logs: FOUR styles are ORDINARY letters (numbered
questions, each answer's paragraphs beneath, exemptions explained in the answers, a
closing with review rights, the ICO and re-use terms), each with ONE ordinary
variation: a glossary of the abbreviations the answers use, after the answers; some
answers opening with a sentence on how the trust read a word of the question (in
italics, trust a; in round brackets, trust b); one question refused as a repeat of
the requester's earlier request under section 14(2), naming that request's reference
and reply date; one question the requester withdrew while the request was open,
answered by a note giving the day it was withdrawn. FOUR are harder forms disclosure
logs publish: a partial reply under section 1(3), the unclear questions answered only
by a pointer to a 'Clarification needed' part after the answers that asks the
requester the trust's own numbered questions ('(i)', 'a.'); a case-management export
with no letter frame, one table row a question, the request's reference and dates
repeated on every row; the whole correspondence published as one bundle (the
acknowledgement, a section 10(3) extension letter, then the response), each letter
with its own head and date; the questions listed up front, then the answers grouped
in another order, each closed by a tag naming the question it answers ('[Q3]',
'(question 3)'). Each style is printed by two fictional trusts with their own
variants (trust "a" and "b").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to AD apply them): `label` is the question's number as printed without its
punctuation ("1." "1)" -> "1", "Q1" -> "Q1"); `question`/`answer` are the text
without labels, headings and markers; an answer's paragraphs are joined by spaces;
`received_date` is the day the request arrived, `responded_date` the date of the
reply; the exemptions are the FOIA sections the answers apply (as "43(2)", "38(1)",
"21", and, as set K and AB count section 12, "14(2)"); closings, signatures and the
lines of the head are in no item. New conventions, stated before scoring:

- a glossary after the answers: its heading or lead line and its lines are in no item;
- a reading of the question: the sentence is the first paragraph of the answer, as
  printed (trust b's round brackets kept), since it is the trust's reply;
- a repeated request: the question is an item, its answer the refusal as printed; the
  earlier request's reference and reply date in it are no reference and no date of the
  truth; section 14(2) is an exemption;
- a withdrawn question: an item, its answer the note as printed; the day it was
  withdrawn is no date of the truth;
- a clarification under section 1(3): the unclear questions are items whose answers
  are the pointers as printed; the 'Clarification needed' part (heading, leads, the
  trust's own questions, the note on section 1(3)) is in no item; section 1(3) is no
  exemption;
- a case export: each row is an item, labelled by its 'Q'/'Question no.' cell, the
  question its question cell, the answer its response cell (lines joined by spaces);
  the reference is the one repeated on every row; the received date is the
  'Received'/'Date logged' cell, the responded date the 'Closed'/'Date sent' cell; the
  title and the line giving the day of the export are in no item, the export's day no
  date of the truth;
- a correspondence bundle: the items are the response's; the reference is the one all
  three letters print; the received date the day the acknowledgement names; the
  responded date the response's own; the acknowledgement's and the extension's dates
  and the due dates they give are no dates of the truth; their text, the part titles
  ('Acknowledgement', 'Letter 1 of 3') and section 10(3) are in no item nor exemption;
- answers tagged in another order: label and question come from the list up front; the
  answer is its paragraphs without the tag ('[Q3]', '(question 3)'); the headings and
  the lead explaining the order are in no item.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from benchmarks.heldout_aa.foi_aa import _question_line, _ref  # set AA's, imported
from benchmarks.heldout_ae import foi_ae_text as tx
from benchmarks.heldout_ae.foi_ae_text import ordinal_date, short_date
from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import Block, H, P, T
from benchmarks.heldout_r.foi_r import _item  # set R's item piece, imported
from benchmarks.heldout_w.foi_w import _dates  # set W's request/reply dates, imported

PER_STYLE = 4

ORD_GLOSSARY = (
    "an ordinary letter of numbered questions with the answers beneath, a glossary of "
    "the abbreviations the answers use ('WTE – whole-time equivalent') after the answers"
)
ORD_READING = (
    "an ordinary letter of numbered questions with the answers beneath, some answers "
    "opening with a sentence on how the trust read a word of the question, in italics "
    "or in round brackets"
)
ORD_REPEAT = (
    "an ordinary letter of numbered questions with the answers beneath, one question "
    "refused under section 14(2) as repeating the requester's earlier request, whose "
    "reference and reply date the answer names"
)
ORD_WITHDRAWN = (
    "an ordinary letter of numbered questions with the answers beneath, one question the "
    "requester withdrew while the request was open, answered by a note giving the day it "
    "was withdrawn"
)
CLARIFY = (
    "a partial reply under section 1(3): the unclear questions answered only by a pointer "
    "to a 'Clarification needed' part after the answers, which asks the requester the "
    "trust's own numbered questions ('(i)', 'a.')"
)
EXPORT = (
    "a case-management export with no letter frame: one table row a question, the "
    "request's reference and received and closed dates repeated on every row, a line "
    "giving the day of the export"
)
BUNDLE = (
    "the correspondence published as one bundle: the acknowledgement, a section 10(3) "
    "extension letter and then the response, each letter with its own head and date"
)
TAGGED = (
    "the questions listed up front, then the answers grouped in another order, each "
    "closed by a tag naming the question it answers ('[Q3]', '(question 3)')"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    ORD_GLOSSARY: [
        ("Burrow Mump NHS Trust", "Causeway Road, Burrowbridge BM7 2CR", "FOI {n:04d}"),
        ("Westhay Moor NHS Foundation Trust", "Peat Works Lane, Westhay WM3 8PL", "IG-{Y}-{n:04d}"),
    ],
    ORD_READING: [
        ("Meare Heath NHS Trust", "Fish House Lane, Meare MH2 5FL", "FOI/{Y}/{n:04d}"),
        ("Godney Fen NHS Trust", "Lake Village Road, Godney GF6 1LV", "REQ-{n:05d}"),
    ],
    ORD_REPEAT: [
        ("Shapwick Heath NHS Foundation Trust", "Decoy Lane, Shapwick SH4 9DL", "FOI-{y}-{n:04d}"),
        ("Catcott Lows NHS Trust", "Manor Road, Catcott CL8 3MR", "IGR {n:05d}"),
    ],
    ORD_WITHDRAWN: [
        ("Huntspill River NHS Trust", "Sluice Road, Huntspill HR5 6SR", "FOI{y}-{n:04d}"),
        ("Sedgemoor Drove NHS Trust", "Drove Lane, Westonzoyland SD2 7DL", "INFO/{n:05d}"),
    ],
    CLARIFY: [
        ("Othery Rhyne NHS Trust", "North Lane, Othery OR3 4NL", "FOI {Y}/{n:04d}"),
        ("Moorlinch Hill NHS Foundation Trust", "Church Hill, Moorlinch MH9 2CH", "RFI-{n:05d}"),
    ],
    EXPORT: [
        ("Aller Moor NHS Trust", "Wagg Drove, Aller AM4 6WD", "FOI-{Y}-{n:04d}"),
        ("Langport Lock NHS Trust", "Bow Street, Langport LL1 9BS", "CASE{n:05d}"),
    ],
    BUNDLE: [
        ("Muchelney Abbey NHS Trust", "Abbey Green, Muchelney MA5 3AG", "FOI/{y}/{n:04d}"),
        ("Thorney Mead NHS Foundation Trust", "Mead Lane, Thorney TM2 8ML", "IG{Y}{n:04d}"),
    ],
    TAGGED: [
        ("Stathe Causeway NHS Trust", "Riverside, Stathe SC6 1RS", "FOI {n:05d}"),
        ("Athelney Hill NHS Trust", "Lyng Road, Athelney AH7 4LR", "AH-FOI-{y}-{n:04d}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
DATE_FORMS = (ordinal_date, short_date)
ORDINARY = STYLES[:4]
ROMAN = ("i", "ii", "iii", "iv")


def _iso(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _letterhead(v: int, trust: tuple, ref: str, day: str) -> list[Block]:
    """The trust's name and address, the reference and date lines."""
    form = DATE_FORMS[v]
    if v == 0:
        return [H(trust[0]), P(trust[1]), P(f"Ref: {ref}"), P(f"Date sent: {form(day)}")]
    return [P(trust[0], "bold"), P(trust[1]), P(form(day)), P(f"Request number {ref}")]


def _hello(v: int) -> P:
    return P("Dear Applicant," if v == 0 else "Dear Enquirer")


def _sign(v: int, trust: tuple) -> list[P]:
    return [*(P(x) for x in tx.SIGNATURES[v]), P(trust[0])]


def _closing(v: int, trust: tuple) -> list[P]:
    order = ("review", "regulator", "reuse") if v == 0 else ("reuse", "review", "regulator")
    return [*(P(tx.CLOSINGS[k][v]) for k in order), *_sign(v, trust)]


def _frame(v: int, trust: tuple, ref: str, rec: str, resp: str, opening: str = "") -> list[Block]:
    said = (opening or tx.OPENINGS[v]).format(rec=DATE_FORMS[v](rec))
    return [*_letterhead(v, trust, ref, resp), _hello(v), P(said)]


def _numbered(rows: list[tuple[str, list[Block], str]], v: int):
    """Numbered questions, each with its answer's blocks beneath: rows of (question,
    blocks as printed, answer as the truth spells it)."""
    blocks: list[Block] = []
    items = []
    for n, (question, printed, answer) in enumerate(rows, 1):
        blocks += [_question_line(n, question, v), *printed]
        items.append(_item(str(n), question, answer))
    return blocks, items


def _plain(t: tx.Topic) -> tuple[str, list[Block], str]:
    return t.question, [P(a) for a in t.answer], " ".join(t.answer)


def _foia(applied: list[str | None]) -> list[dict]:
    return [{"law": "FOIA", "section": s} for s in sorted({a for a in applied if a})]


def _glossary(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    def abbreviations(t: tx.Topic) -> list[str]:
        text = " ".join((t.question, *t.answer))
        return [a for a in tx.GLOSSARY if re.search(rf"\b{a}\b", text)]

    with_abbr = [t for t in tx.TOPICS if abbreviations(t)]
    topics = rnd.sample(with_abbr, 2) + rnd.sample([t for t in tx.TOPICS if t not in with_abbr], 2)
    rnd.shuffle(topics)
    blocks, items = _numbered([_plain(t) for t in topics], v)
    used = [a for a in tx.GLOSSARY if any(a in abbreviations(t) for t in topics)]
    head = P(tx.GLOSSARY_HEADS[v], "bold" if v == 0 else None)
    lines = [P(f"{a}{tx.GLOSSARY_SEPS[v]}{tx.GLOSSARY[a]}") for a in used]
    letter = [*_frame(v, trust, ref, rec, resp), *blocks, head, *lines, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


def _reading(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    read = rnd.sample([t for t in tx.TOPICS if t.reading[0]], 2)
    topics = read + rnd.sample([t for t in tx.TOPICS if not t.reading[0]], rnd.randint(1, 3))
    rnd.shuffle(topics)
    rows = []
    for t in topics:
        if t in read:
            note = t.reading[v]
            printed = [P(note, "italic" if v == 0 else None), *(P(a) for a in t.answer)]
            rows.append((t.question, printed, " ".join((note, *t.answer))))
        else:
            rows.append(_plain(t))
    blocks, items = _numbered(rows, v)
    letter = [*_frame(v, trust, ref, rec, resp), *blocks, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


def _repeat(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    topics = rnd.sample(tx.TOPICS, rnd.randint(2, 4))
    earlier = _iso(rec, -rnd.randint(90, 300))
    old = _ref(trust, earlier, rnd.randint(1000, 9999))
    refusal = tx.REPEAT_ANSWERS[v].format(old=old, when=DATE_FORMS[v](_iso(earlier, 15)))
    rows = [_plain(t) for t in topics]
    rows.insert(rnd.randint(0, len(rows)), (tx.REPEAT_QUESTIONS[v], [P(refusal)], refusal))
    blocks, items = _numbered(rows, v)
    letter = [*_frame(v, trust, ref, rec, resp), *blocks, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics] + ["14(2)"])


def _withdrawn(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    topics = rnd.sample(tx.TOPICS, rnd.randint(2, 4))
    open_days = (dt.date.fromisoformat(resp) - dt.date.fromisoformat(rec)).days
    when = _iso(rec, rnd.randint(1, max(1, open_days - 1)))  # while the request was open
    note = tx.WITHDRAWN_NOTES[v].format(when=DATE_FORMS[v](when))
    rows = [_plain(t) for t in topics]
    printed = P(note, "italic" if v == 1 else None)
    rows.insert(rnd.randint(1, len(rows)), (tx.WITHDRAWN_QUESTIONS[v], [printed], note))
    blocks, items = _numbered(rows, v)
    letter = [*_frame(v, trust, ref, rec, resp), *blocks, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


def _asked_back(v: int, n: int, unclear: tx.Unclear) -> list[Block]:
    """The trust's own questions back to the requester about question n."""
    marks = [tx.CLARIFY_MARKS[v].format(r=ROMAN[i], a="abcd"[i]) for i in range(len(unclear.asks))]
    return [P(tx.CLARIFY_LEADS[v].format(n=n))] + [
        P(f"{m} {ask}") for m, ask in zip(marks, unclear.asks, strict=True)
    ]


def _clarify(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    topics = rnd.sample(tx.TOPICS, rnd.randint(2, 4))
    unclear = rnd.sample(tx.UNCLEAR, rnd.randint(1, 2))
    rows: list = [_plain(t) for t in topics]
    for u in unclear:
        pointer = tx.UNCLEAR_POINTERS[v]
        rows.insert(rnd.randint(1, len(rows)), (u.question, [P(pointer)], pointer))
    blocks, items = _numbered(rows, v)
    part: list[Block] = [H(tx.CLARIFY_HEADS[0]) if v == 0 else P(tx.CLARIFY_HEADS[1], "bold")]
    for n, row in enumerate(rows, 1):
        for u in unclear:
            if row[0] == u.question:
                part += _asked_back(v, n, u)
    part.append(P(tx.CLARIFY_NOTES[v]))
    frame = _frame(v, trust, ref, rec, resp, tx.CLARIFY_OPENINGS[v])
    letter = [*frame, *blocks, *part, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


def _export(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    form = DATE_FORMS[v]
    table = [list(tx.EXPORT_HEADS[v])]
    items = []
    for n, t in enumerate(topics, 1):
        label = str(n) if v == 0 else f"Q{n}"
        said = "\n".join(t.answer)
        if v == 0:
            table.append([ref, form(rec), form(resp), label, t.question, said])
        else:
            table.append([ref, label, t.question, said, form(rec), form(resp)])
        items.append(_item(label, t.question, " ".join(t.answer)))
    exported = form(_iso(resp, rnd.randint(3, 20)))
    note = P(tx.EXPORT_NOTES[v].format(when=exported))
    title = [P(trust[0], "bold"), H(tx.EXPORT_TITLES[v])]
    letter = [*title, T(table), note] if v == 0 else [*title, note, T(table)]
    return letter, items, _foia([t.exemption for t in topics])


def _bundle(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    withheld = [t for t in tx.TOPICS if t.exemption in ("43(2)", "38(1)")]
    topics = rnd.sample([t for t in tx.TOPICS if t not in withheld], rnd.randint(2, 3))
    k = rnd.randint(1, len(topics) + 1)
    topics.insert(k - 1, rnd.choice(withheld))
    form = DATE_FORMS[v]
    ack, ext = _iso(rec, rnd.randint(1, 3)), _iso(rec, rnd.randint(20, 26))
    due1, due2 = _iso(rec, 28), _iso(rec, 56)
    titles = tx.BUNDLE_PARTS[v]

    def title(i: int) -> Block:
        return H(titles[i]) if v == 0 else P(titles[i], "bold")

    first = [title(0), *_letterhead(v, trust, ref, ack), _hello(v)]
    first += [P(tx.BUNDLE_ACKS[v].format(rec=form(rec), due=form(due1))), *_sign(v, trust)]
    second = [title(1), *_letterhead(v, trust, ref, ext), _hello(v)]
    second += [P(tx.BUNDLE_EXTENSIONS[v].format(k=k, due=form(due2))), *_sign(v, trust)]
    blocks, items = _numbered([_plain(t) for t in topics], v)
    third = [title(2), *_frame(v, trust, ref, rec, resp), *blocks, *_closing(v, trust)]
    return [*first, *second, *third], items, _foia([t.exemption for t in topics])


def _tagged(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    order = list(range(len(topics)))
    while order == sorted(order):
        rnd.shuffle(order)
    heads = [H(h) if v == 0 else P(h, "bold") for h in tx.TAG_HEADS[v]]
    listed = [_question_line(n, t.question, v) for n, t in enumerate(topics, 1)]
    answers: list[Block] = [heads[1], P(tx.TAG_LEADS[v])]
    for i in order:
        paras = list(topics[i].answer)
        paras[-1] += tx.TAG_FORMS[v].format(n=i + 1)
        answers += [P(a) for a in paras]
    items = [_item(str(n), t.question, " ".join(t.answer)) for n, t in enumerate(topics, 1)]
    body = [heads[0], *listed, *answers]
    letter = [*_frame(v, trust, ref, rec, resp), *body, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


BUILDERS = {
    ORD_GLOSSARY: _glossary,
    ORD_READING: _reading,
    ORD_REPEAT: _repeat,
    ORD_WITHDRAWN: _withdrawn,
    CLARIFY: _clarify,
    EXPORT: _export,
    BUNDLE: _bundle,
    TAGGED: _tagged,
}


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-ae/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    if style == BUNDLE:  # the response comes after an extension of the deadline
        resp = _iso(rec, rnd.randint(34, 48))
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
