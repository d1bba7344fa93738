"""Held-out set AF, FOI half: letters in eight house styles that neither sets D to AE
(benchmarks/heldout_d .. heldout_ae, set Y's and Z's grid cells among them) nor the
synthetic training styles (scripts/foi_synthetic.py) print, built in code with their
truth and scored at first sight (score.py here). Nothing under parsers/ was read while
writing it.

Weighted like real disclosure logs: FOUR styles are ORDINARY letters (numbered
questions, each answer's paragraphs beneath, exemptions explained in the answers, a
closing with review rights, the ICO and re-use terms), each with ONE ordinary
variation: one question asking for an explanation or a view, answered by a note that
the Act covers only recorded information and then an explanation given outside it;
drafting notes the letter template left in print in square brackets ('[Guidance: …]',
'[DRAFTING NOTE – …]'), one after an answer in the middle and one after the last; one
question quoting the trust's earlier reply by that request's reference and date; one
answer withholding staff names under section 40(2) with its condition cited beside it
('by virtue of section 40(3A)(a)', 'by virtue of subsection (3A)(a)'). FOUR are
harder forms: the questions listed up front, then every answer run together in ONE
paragraph, each opened by a marker ('(2)', 'Answer 2:'); an e-mail reply typed as
plain text (a <pre> block in HTML), each question underlined by a line of '-' or '='
and the signature after the '-- ' delimiter; the online request form's record (field
lines or a field table: a submission ID, the day and time submitted, the request
details with the numbered questions) above the trust's numbered answers; the
requester's e-mail set out paragraph by paragraph in a two-column table beside the
trust's reply, the greeting, context and sign-off rows asking nothing (their reply cell
empty, or 'Noted – …'), the questions unnumbered. Each style is printed by two
fictional trusts with their own variants (trust "a" and "b").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to AE apply them): `label` is the question's number as printed without its
punctuation ("1." "1)" -> "1", "Q1." -> "Q1"), None for an unnumbered question;
`question`/`answer` are the text without labels, headings and markers; an answer's
paragraphs are joined by spaces; `received_date` is the day the request arrived,
`responded_date` the date of the reply; the exemptions are the FOIA sections the
answers apply (as "43(2)", "31(1)(a)", "21"). Closings, signatures and the lines of the
head are in no item. New conventions, stated before scoring:

- an explanation outside the Act: the question is an item; its answer is the note and
  the explanation as printed, joined by a space (both are the trust's reply);
- template drafting notes: in no item (they belong to no answer), and no exemption;
- a question quoting the earlier reply: the question as printed, the earlier request's
  reference and date inside it; they are no reference and no date of the truth;
- section 40(2) with its condition: the exemption is "40(2)" alone; "40(3A)(a)" and
  "(3A)(a)" name the condition under which it applies, no exemption of their own;
- answers run together: label and question come from the list up front; each answer
  is the run between its marker and the next, without the marker; the lead line is in
  no item;
- the plain-text e-mail: the 'Subject:' line, the underlines and the '-- ' delimiter
  are in no item; labels as printed ('Q1.' -> "Q1", '1)' -> "1");
- the web form: its title and field lines (or rows) are in no item; the submission ID
  or form reference is no reference of the truth (the trust's FOI reference is); the
  received date is the day submitted (its time no part of it); the questions are the
  numbered lines of the request-details field, the answers those numbered alike under
  the reply's heading;
- the e-mail table: each question row is an item (label None), its answer the reply
  cell's lines joined by spaces; the header, greeting, context and sign-off rows and
  their reply cells are in no item.
"""

from __future__ import annotations

import datetime as dt
import html
import random

from benchmarks.heldout_aa.foi_aa import _question_line, _ref  # set AA's, imported
from benchmarks.heldout_af import foi_af_text as tx
from benchmarks.heldout_af.foi_af_text import padded_date, slashed_date
from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import Block, H, Html, P, T
from benchmarks.heldout_r.foi_r import _item  # set R's item piece, imported
from benchmarks.heldout_w.foi_w import _dates  # set W's request/reply dates, imported

PER_STYLE = 4

ORD_OUTSIDE = (
    "an ordinary letter of numbered questions with the answers beneath, one question "
    "asking for an explanation or a view, answered by a note that the Act covers only "
    "recorded information and then an explanation given outside the Act"
)
ORD_TEMPLATE = (
    "an ordinary letter of numbered questions with the answers beneath, the template's "
    "drafting notes left in print in square brackets ('[Guidance: …]', '[DRAFTING NOTE "
    "– …]'), one after an answer in the middle and one after the last answer"
)
ORD_EARLIER = (
    "an ordinary letter of numbered questions with the answers beneath, one question "
    "quoting the trust's earlier reply by that request's reference and date"
)
ORD_VIRTUE = (
    "an ordinary letter of numbered questions with the answers beneath, one answer "
    "withholding staff names under section 40(2) with its condition cited beside it "
    "('by virtue of section 40(3A)(a)')"
)
RUNON = (
    "the questions listed up front, then every answer run together in one paragraph, "
    "each opened by a marker naming its question ('(2)', 'Answer 2:')"
)
PLAIN = (
    "an e-mail reply typed as plain text (a <pre> block on the web page): each question "
    "underlined by a line of '-' or '=', the answer beneath, the signature after '-- '"
)
WEBFORM = (
    "the online request form's record (a submission ID, the day and time submitted, the "
    "request details with the numbered questions) as field lines or a field table, "
    "above the trust's numbered answers"
)
EMAIL_TABLE = (
    "the requester's e-mail set out paragraph by paragraph in a two-column table beside "
    "the trust's reply: greeting, context and sign-off rows ask nothing, the questions "
    "are unnumbered rows answered in the cell beside them"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    ORD_OUTSIDE: [
        ("Kinder Scout NHS Trust", "Edale Road, Hayfield KS4 2ER", "FOI.{Y}.{n:04d}"),
        ("Mam Tor NHS Foundation Trust", "Winnats Pass, Castleton MT6 8WP", "MT/FOI/{n:05d}"),
    ],
    ORD_TEMPLATE: [
        ("Stanage Edge NHS Trust", "Long Causeway, Hathersage SE3 1LC", "IGFOI-{n:04d}"),
        ("Curbar Gap NHS Trust", "Baslow Road, Curbar CG7 4BR", "F{y}/{n:04d}"),
    ],
    ORD_EARLIER: [
        ("Bleaklow Moor NHS Foundation Trust", "Snake Road, Glossop BM2 9SR", "FOI_{Y}_{n:04d}"),
        ("Win Hill NHS Trust", "Reservoir Lane, Bamford WH5 3RL", "RFI{y}-{n:04d}"),
    ],
    ORD_VIRTUE: [
        ("Lose Hill NHS Trust", "Back Tor Lane, Hope LH8 2BT", "FOI {y}/{n:04d}"),
        ("Chrome Hill NHS Foundation Trust", "Dowel Dale, Earl Sterndale CH1 7DD", "CH{Y}-{n:04d}"),
    ],
    RUNON: [
        ("Thorpe Cloud NHS Trust", "Dovedale Lane, Thorpe TC3 5DL", "FOI-{n:05d}"),
        ("Shutlingsloe NHS Trust", "Wildboarclough Road, Macclesfield SH9 4WR", "S{Y}/{n:04d}"),
    ],
    PLAIN: [
        ("Froggatt Edge NHS Trust", "Grindleford Road, Froggatt FE2 6GR", "FOI{Y}{n:04d}"),
        ("Axe Edge NHS Foundation Trust", "Buxton Road, Axe Edge AE7 1BR", "AXE-{y}-{n:04d}"),
    ],
    WEBFORM: [
        ("Higger Tor NHS Trust", "Fiddlers Elbow, Hathersage HT4 8FE", "FOI/{n:05d}"),
        ("Rushup Edge NHS Trust", "Chapel Gate, Barber Booth RE6 2CG", "RE-FOI-{Y}-{n:04d}"),
    ],
    EMAIL_TABLE: [
        ("Shining Tor NHS Trust", "Cats Tor Road, Kettleshulme ST5 9CT", "FOI {Y}-{n:04d}"),
        ("Derwent Edge NHS Foundation Trust", "Ladybower Lane, Bamford DE3 4LL", "DE/{y}/{n:04d}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
DATE_FORMS = (padded_date, slashed_date)
ORDINARY = STYLES[:4]


def _iso(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _letterhead(v: int, trust: tuple, ref: str, day: str) -> list[Block]:
    """The trust's name and address, the reference and date lines."""
    form = DATE_FORMS[v]
    if v == 0:
        return [H(trust[0]), P(trust[1]), P(f"Our reference: {ref}"), P(f"Date: {form(day)}")]
    return [P(trust[0], "bold"), P(trust[1]), P(form(day)), P(f"Case reference – {ref}")]


def _hello(v: int) -> P:
    return P("Dear Sir or Madam," if v == 0 else "Good morning,")


def _sign(v: int, trust: tuple) -> list[P]:
    return [*(P(x) for x in tx.SIGNATURES[v]), P(trust[0])]


def _closing_paras(v: int) -> list[str]:
    order = ("review", "regulator", "reuse") if v == 0 else ("reuse", "review", "regulator")
    return [tx.CLOSINGS[k][v] for k in order]


def _closing(v: int, trust: tuple) -> list[P]:
    return [*(P(x) for x in _closing_paras(v)), *_sign(v, trust)]


def _frame(v: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    said = tx.OPENINGS[v].format(rec=DATE_FORMS[v](rec))
    return [*_letterhead(v, trust, ref, resp), _hello(v), P(said)]


Row = tuple[str, list[Block], str]  # question, blocks as printed, answer as the truth spells it


def _numbered(rows: list[Row], v: int):
    blocks: list[Block] = []
    items = []
    for n, (question, printed, answer) in enumerate(rows, 1):
        blocks += [_question_line(n, question, v), *printed]
        items.append(_item(str(n), question, answer))
    return blocks, items


def _plain(t: tx.Topic) -> Row:
    return t.question, [P(a) for a in t.answer], " ".join(t.answer)


def _said(question: str, paras: tuple[str, ...] | list[str]) -> Row:
    return question, [P(a) for a in paras], " ".join(paras)


def _foia(applied: list[str | None]) -> list[dict]:
    return [{"law": "FOIA", "section": s} for s in sorted({a for a in applied if a})]


def _ordinary(rnd: random.Random, v, trust, ref, rec, resp, own: Row, extra: list[str]):
    """An ordinary letter of 2-4 topics with the style's own question put among them."""
    topics = rnd.sample(tx.TOPICS, rnd.randint(2, 4))
    rows = [_plain(t) for t in topics]
    rows.insert(rnd.randint(0, len(rows)), own)
    blocks, items = _numbered(rows, v)
    letter = [*_frame(v, trust, ref, rec, resp), *blocks, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics] + extra)


def _outside(rnd, v, trust, ref, rec, resp):
    note = tx.OUTSIDE_NOTES[v]
    printed = [P(note, "italic" if v == 1 else None), P(tx.OUTSIDE_EXPLANATIONS[v])]
    answer = f"{note} {tx.OUTSIDE_EXPLANATIONS[v]}"
    return _ordinary(rnd, v, trust, ref, rec, resp, (tx.OUTSIDE_QUESTIONS[v], printed, answer), [])


def _template(rnd, v, trust, ref, rec, resp):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    middle = rnd.randint(1, len(topics) - 1)  # the note after answer `middle`
    blocks: list[Block] = []
    for n, t in enumerate(topics, 1):
        blocks += [_question_line(n, t.question, v), *(P(a) for a in t.answer)]
        if n == middle:
            blocks.append(P(tx.TEMPLATE_NOTES[v][0]))
    blocks.append(P(tx.TEMPLATE_NOTES[v][1]))
    items = [_item(str(n), t.question, " ".join(t.answer)) for n, t in enumerate(topics, 1)]
    letter = [*_frame(v, trust, ref, rec, resp), *blocks, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


def _earlier(rnd, v, trust, ref, rec, resp):
    before = _iso(rec, -rnd.randint(120, 400))
    old = _ref(trust, before, rnd.randint(1000, 9999))
    question = tx.EARLIER_QUESTIONS[v].format(old=old, when=DATE_FORMS[v](_iso(before, 18)))
    own = _said(question, tx.EARLIER_ANSWERS[v])
    return _ordinary(rnd, v, trust, ref, rec, resp, own, [])


def _virtue(rnd, v, trust, ref, rec, resp):
    own = _said(tx.NAMED_QUESTIONS[v], tx.NAMED_ANSWERS[v])
    return _ordinary(rnd, v, trust, ref, rec, resp, own, ["40(2)"])


def _runon(rnd, v, trust, ref, rec, resp):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    listed = [_question_line(n, t.question, v) for n, t in enumerate(topics, 1)]
    runs = [
        f"{tx.RUNON_MARKS[v].format(n=n)} {' '.join(t.answer)}" for n, t in enumerate(topics, 1)
    ]
    body = [*listed, P(tx.RUNON_LEADS[v], "bold" if v == 1 else None), P(" ".join(runs))]
    items = [_item(str(n), t.question, " ".join(t.answer)) for n, t in enumerate(topics, 1)]
    letter = [*_frame(v, trust, ref, rec, resp), *body, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


def _plain_lines(v: int, trust: tuple, ref: str, rec: str, resp: str, topics) -> list[str]:
    """The e-mail's lines as typed ('' a blank line)."""
    form = DATE_FORMS[v]
    lines = [tx.PLAIN_INTRO[v].format(ref=ref), f"Date: {form(resp)}", ""]
    lines += [_hello(v).text, "", tx.OPENINGS[v].format(rec=form(rec)), ""]
    for n, t in enumerate(topics, 1):
        asked = f"Q{n}. {t.question}" if v == 0 else f"{n}) {t.question}"
        lines += [asked, tx.PLAIN_MARKS[v] * min(len(asked), 72), *t.answer, ""]
    lines += [*_closing_paras(v), "", tx.SIG_DELIMITER, *tx.SIGNATURES[v][1:], trust[0]]
    return lines


def _plain_email(rnd, v, trust, ref, rec, resp):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    lines = _plain_lines(v, trust, ref, rec, resp, topics)
    pre = f"<pre>{html.escape(chr(10).join(lines))}</pre>"
    printed: list[Block] = [P(line) for line in lines if line.strip()]
    items = [
        _item(f"Q{n}" if v == 0 else str(n), t.question, " ".join(t.answer))
        for n, t in enumerate(topics, 1)
    ]
    return [Html(pre, printed)], items, _foia([t.exemption for t in topics])


def _webform(rnd, v, trust, ref, rec, resp):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    form = DATE_FORMS[v]
    names = tx.FORM_FIELDS[v]
    submission = f"{rnd.randint(100000, 999999)}-{rnd.choice('ABCDEFGH')}{rnd.randint(10, 99)}"
    values = [submission, f"{form(rec)} {tx.FORM_TIMES[v]}", *tx.FORM_VALUES]
    asked = [f"{n}. {t.question}" for n, t in enumerate(topics, 1)]
    if v == 0:
        record: list[Block] = [P(f"{k}: {x}") for k, x in zip(names, values, strict=False)]
        record += [P(f"{names[-1]}:"), *(P(q) for q in asked)]
    else:
        rows = [[k, x] for k, x in zip(names, values, strict=False)]
        record = [T([*rows, [names[-1], "\n".join(asked)]])]
    head = H(tx.FORM_TITLES[v]) if v == 0 else P(tx.FORM_TITLES[v], "bold")
    reply_lines = [x.format(ref=ref, resp=form(resp)) for x in tx.FORM_REPLY_LINES[v]]
    reply: list[Block] = [H(tx.FORM_REPLY_HEADS[v]), *(P(x) for x in reply_lines)]
    reply.append(P(tx.OPENINGS[v].format(rec=form(rec))))
    for n, t in enumerate(topics, 1):
        first, *rest = t.answer
        reply += [P(f"{n}. {first}"), *(P(a) for a in rest)]
    items = [_item(str(n), t.question, " ".join(t.answer)) for n, t in enumerate(topics, 1)]
    letter = [P(trust[0], "bold"), head, *record, *reply, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


def _email_table(rnd, v, trust, ref, rec, resp):
    topics = rnd.sample(tx.TOPICS, rnd.randint(2, 4))
    contexts = rnd.sample(tx.EMAIL_CONTEXTS, 2)
    rows: list[list[str]] = [list(tx.EMAIL_HEADS[v]), [tx.EMAIL_GREETINGS[v], ""]]
    rows.append([contexts[0], tx.EMAIL_NOTED[v]])
    for t in topics:
        rows.append([t.question, "\n".join(t.answer)])
    rows.insert(rnd.randint(3, len(rows)), [contexts[1], tx.EMAIL_NOTED[v]])
    rows.append([tx.EMAIL_SIGNOFFS[v], ""])
    items = [_item(None, t.question, " ".join(t.answer)) for t in topics]
    letter = [*_frame(v, trust, ref, rec, resp), T(rows), *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


BUILDERS = {
    ORD_OUTSIDE: _outside,
    ORD_TEMPLATE: _template,
    ORD_EARLIER: _earlier,
    ORD_VIRTUE: _virtue,
    RUNON: _runon,
    PLAIN: _plain_email,
    WEBFORM: _webform,
    EMAIL_TABLE: _email_table,
}


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-af/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
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
