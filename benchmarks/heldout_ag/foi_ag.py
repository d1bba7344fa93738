"""Held-out set AG, FOI half: letters in eight house styles that neither sets D to AF
(benchmarks/heldout_d .. heldout_af, set Y's and Z's grid cells among them) nor the
synthetic training styles (scripts/foi_synthetic.py) print, built in code with their
truth and scored at first sight (score.py here). Nothing under parsers/ was read while
writing it.

Weighted like real disclosure logs: FOUR styles are ORDINARY letters (numbered
questions, each answer's paragraphs beneath, exemptions explained in the answers, a
closing with review rights, the ICO and re-use terms), each with ONE ordinary
variation: one answer citing two exemptions together in the plural ('sections 40(2)
and 43(2)', 'Sections 31(1)(a) and 38(1)(a) apply'); one answer saying the information
is not held and citing section 1(1)(a) for it; one answer withheld under section 36 on
the qualified person's opinion, naming that person and the day the opinion was given;
the reference printed only inside a sentence of running text (the opening, or a
'Please quote …' sentence before the closing), no reference line in the head. FOUR are
harder forms, all about how the page is built: the questions and answers on CARDS set
two or three to a row (a bordered table of cards, a CSS grid of cards), read row by
row; a response FORM whose every value sits in a Word content control (run-level in
the head's lines, block-level under each field's title, or inside a two-column table
of titles and values), the form's read-only view of labelled values on the web page;
a plain-text
e-mail whose 'question | response' table was turned into a fixed-width LISTING, each
cell's text wrapped inside its column (space-aligned under a rule of dashes, or an
ASCII grid of '+---+' and '|'), so a line holds a piece of the question and a piece of
the answer side by side; headed paper whose reference and date are only in the
letterhead's floating TEXT BOX at the top right (anchored in the body, or in the first
page's own header; a Word-saved web page's VML text box and its fallback), with the
board's names in the page footer. Each style is printed by two fictional trusts with
their own variants (trust "a" and "b").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to AF apply them): `label` is the question's number as printed without its
punctuation ("1." "1)" -> "1", "Q1" -> "Q1"), None for an unnumbered question;
`question`/`answer` are the text without labels, headings and markers; an answer's
paragraphs are joined by spaces; `received_date` is the day the request arrived,
`responded_date` the date of the reply; the exemptions are the FOIA sections the
answers apply (as "43(2)", "31(1)(a)", "21"). Closings, signatures and the lines of the
head are in no item. New conventions, stated before scoring:

- two exemptions cited together in the plural: each section named is an exemption
  ('sections 40(2) and 43(2)' -> "40(2)" and "43(2)"); the answer as printed;
- section 1(1)(a) cited for information not held: no exemption (it is the duty to say
  whether information is held; it withholds nothing); the answer as printed;
- section 36 on the qualified person's opinion: the exemption is the subsection cited
  ("36(2)(b)(ii)", "36(2)(c)"); the day the opinion was given, inside the answer, is no
  date of the truth;
- the reference in running text: the reference is the one the sentence gives; the
  sentence is in no item (an opening, or a line before the closing);
- cards: each card is an item, its title ('Question 2', or '2' alone) the label, its
  other lines the question (the first, in italics or bold) and the answer; cards are
  read row by row, left to right; an empty cell is nothing; the lead line is in no item;
- the form: the field titles ('Request 2', 'Response 2', 'Question 2', 'Trust answer')
  are labels and markers in no item; the label is the number in the question's title;
  the reference and dates are the head fields' values; the form's title and its
  'Completed by' / 'Response approved by' field are in no item;
- the fixed-width listing: the column heads, the rule under them and the grid's
  borders are in no item; the label is the first column's value ('1', 'Q1'); the
  question is the question column's pieces joined by spaces, the answer the response
  column's pieces joined by spaces (its paragraphs too, as everywhere);
- the text box: its lines are in no item; its 'Our ref' / 'Please quote' value is the
  reference and its date the date of the reply; the recipient lines on the left and
  the page footer are in no item.
"""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from itertools import zip_longest

from benchmarks.heldout_aa.foi_aa import _question_line, _ref  # set AA's, imported
from benchmarks.heldout_ag import foi_ag_text as tx
from benchmarks.heldout_ag.foi_ag_text import long_date, short_month_date
from benchmarks.heldout_ag.render_ag import Block, Cards, Clear, Field, Footer, Form, Mono, Panel
from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import H, P
from benchmarks.heldout_r.foi_r import _item  # set R's item piece, imported
from benchmarks.heldout_w.foi_w import _dates  # set W's request/reply dates, imported

PER_STYLE = 4

ORD_PLURAL = (
    "an ordinary letter of numbered questions with the answers beneath, one answer citing "
    "two exemptions together in the plural ('sections 40(2) and 43(2)')"
)
ORD_NOT_HELD = (
    "an ordinary letter of numbered questions with the answers beneath, one answer saying "
    "the information is not held and citing section 1(1)(a) for it"
)
ORD_QP = (
    "an ordinary letter of numbered questions with the answers beneath, one answer "
    "withheld under section 36 on the qualified person's opinion, naming that person and "
    "the day the opinion was given"
)
ORD_REF_TEXT = (
    "an ordinary letter of numbered questions with the answers beneath, its reference "
    "printed only inside a sentence of running text (the opening, or a 'Please quote …' "
    "line before the closing), no reference line in the head"
)
CARDS = (
    "question cards set two or three to a row (a bordered table of cards, a CSS grid of "
    "cards): each card holds the question's number, the question and its answer"
)
FORM = (
    "a response form whose values sit in Word content controls (run-level in the head's "
    "lines, block-level under each field's title, or in a two-column table of titles and "
    "values), the form's read-only view of labelled values on the web page"
)
LISTING = (
    "a plain-text e-mail whose question and response table was turned into a fixed-width "
    "listing: each cell's text wrapped inside its column, so a line holds a piece of the "
    "question beside a piece of the answer"
)
TEXT_BOX = (
    "headed paper whose reference and date are only in the letterhead's floating text box "
    "at the top right (anchored in the body or in the first page's header), the board's "
    "names in the page footer"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    ORD_PLURAL: [
        ("Curlew Bay NHS Trust", "Saltings Road, Curlew Bay CB3 7SR", "CB-FOI/{n:04d}"),
        ("Lapwing Fields NHS Foundation Trust", "Furrow Lane, Lapford LF9 2FL", "LF{Y}/{n:05d}"),
    ],
    ORD_NOT_HELD: [
        ("Kittiwake Coast NHS Trust", "Cliff Terrace, Seahouses KC5 1CT", "KC.FOI.{y}.{n:04d}"),
        ("Siskin Park NHS Trust", "Alder Drive, Siskin Park SP2 8AD", "FOIR-{n:04d}-{y}"),
    ],
    ORD_QP: [
        ("Plover Green NHS Foundation Trust", "Green Street, Ploverton PG6 3GS", "PG/{Y}/{n:04d}"),
        ("Wagtail Common NHS Trust", "Common Lane, Wagtail WC4 9CL", "WCT{n:05d}"),
    ],
    ORD_REF_TEXT: [
        ("Nightjar Heath NHS Trust", "Heathside Road, Nightjar NH7 2HR", "NH-{Y}-{n:04d}"),
        ("Goldcrest Gate NHS Trust", "Pine Walk, Goldcrest GG1 5PW", "GCG/FOI/{y}/{n:04d}"),
    ],
    CARDS: [
        ("Linnet Cross NHS Trust", "Market Cross, Linnet LC8 4MC", "LCFOI{Y}{n:04d}"),
        ("Avocet Point NHS Foundation Trust", "Point Road, Avocet AP2 6PR", "AP-RFI-{n:04d}"),
    ],
    FORM: [
        ("Dunlin Sands NHS Trust", "Dune Parade, Dunlin DS5 3DP", "DS/FOI/{n:05d}"),
        ("Merlin Square NHS Trust", "2 Merlin Square, Falconbury MS8 1MS", "MSQ-{y}-{n:04d}"),
    ],
    LISTING: [
        ("Corncrake Meadow NHS Trust", "Hayfield Way, Corncrake CM6 2HW", "FOI-CM-{n:04d}"),
        ("Shrike Lane Community NHS Trust", "Shrike Lane, Thornwood SL3 7SL", "SLC{y}/{n:04d}"),
    ],
    TEXT_BOX: [
        (
            "Osprey Quay NHS Foundation Trust",
            "Harbour Wing, Osprey Quay OQ1 4HW",
            "OQ/FOI/{Y}/{n:04d}",
        ),
        ("Redstart Yard NHS Trust", "Block C, Redstart Yard RY9 3BC", "RY-{n:05d}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
DATE_FORMS = (short_month_date, long_date)
ORDINARY = STYLES[:4]

LISTING_WIDTHS = ((4, 32, 38), (4, 30, 36))  # the number, question and response columns

Row = tuple[str, list[Block], str]  # question, blocks as printed, answer as the truth spells it


def _iso(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _letterhead(v: int, trust: tuple, ref: str | None, day: str) -> list[Block]:
    """The trust's name and address, the reference (if printed there) and date lines."""
    form = DATE_FORMS[v]
    if v == 0:
        refs = [P(f"Our ref: {ref}")] if ref else []
        return [H(trust[0]), P(trust[1]), *refs, P(f"Date: {form(day)}")]
    refs = [P(f"FOI reference: {ref}")] if ref else []
    return [P(trust[0], "bold"), P(trust[1]), P(form(day)), *refs]


def _opening(v: int, rec: str) -> P:
    return P(tx.OPENINGS[v].format(rec=DATE_FORMS[v](rec)))


def _closing_paras(v: int) -> list[str]:
    order = ("review", "regulator", "reuse") if v == 0 else ("reuse", "review", "regulator")
    return [tx.CLOSINGS[k][v] for k in order]


def _closing(v: int, trust: tuple) -> list[P]:
    sign = [P(x) for x in tx.SIGNATURES[v]]
    return [*(P(x) for x in _closing_paras(v)), *sign, P(trust[0])]


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
    head = [*_letterhead(v, trust, ref, resp), P(tx.GREETINGS[v]), _opening(v, rec)]
    letter = [*head, *blocks, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics] + extra)


def _plural(rnd, v, trust, ref, rec, resp):
    own = _said(tx.PLURAL_QUESTIONS[v], tx.PLURAL_ANSWERS[v])
    return _ordinary(rnd, v, trust, ref, rec, resp, own, list(tx.PLURAL_SECTIONS[v]))


def _not_held(rnd, v, trust, ref, rec, resp):
    own = _said(tx.NOT_HELD_QUESTIONS[v], tx.NOT_HELD_ANSWERS[v])
    return _ordinary(rnd, v, trust, ref, rec, resp, own, [])


def _qp(rnd, v, trust, ref, rec, resp):
    gap = (dt.date.fromisoformat(resp) - dt.date.fromisoformat(rec)).days
    day = DATE_FORMS[v](_iso(rec, rnd.randint(1, gap - 1)))  # between request and reply
    own = _said(tx.QP_QUESTIONS[v], [a.format(day=day) for a in tx.QP_ANSWERS[v]])
    return _ordinary(rnd, v, trust, ref, rec, resp, own, [tx.QP_SECTIONS[v]])


def _ref_text(rnd, v, trust, ref, rec, resp):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    blocks, items = _numbered([_plain(t) for t in topics], v)
    said = tx.REF_OPENINGS[v].format(rec=DATE_FORMS[v](rec), ref=ref)
    head = [*_letterhead(v, trust, None, resp), P(tx.GREETINGS[v]), P(said)]
    quote = [P(tx.REF_QUOTE.format(ref=ref))] if v == 1 else []
    letter = [*head, *blocks, *quote, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


def _frame(v: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    return [*_letterhead(v, trust, ref, resp), P(tx.GREETINGS[v]), _opening(v, rec)]


def _cards(rnd, v, trust, ref, rec, resp):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    cards = []
    for n, t in enumerate(topics, 1):
        title = (tx.CARD_TITLES[v].format(n=n), "title")
        asked = (t.question, "italic" if v == 0 else "bold")
        cards.append([title, asked, *((a, None) for a in t.answer)])
    items = [_item(str(n), t.question, " ".join(t.answer)) for n, t in enumerate(topics, 1)]
    body = [P(tx.CARD_LEADS[v]), Cards(cards, per_row=2 if v == 0 else 3)]
    letter = [*_frame(v, trust, ref, rec, resp), *body, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


def _form(rnd, v, trust, ref, rec, resp):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    form = DATE_FORMS[v]
    heads = tx.FORM_HEAD_FIELDS[v]
    fields = [
        Field(heads[0], [ref], inline=True),
        Field(heads[1], [form(rec)], inline=True),
        Field(heads[2], [form(resp)], inline=True),
    ]
    for n, t in enumerate(topics, 1):
        fields.append(Field(tx.FORM_ASK[v].format(n=n), [t.question]))
        fields.append(Field(tx.FORM_REPLY[v].format(n=n), list(t.answer)))
    name, role = tx.SIGNATURES[v][1:]
    fields.append(Field(tx.FORM_DONE[v], [f"{name}, {role}"], inline=True))
    title = H(tx.FORM_TITLES[v]) if v == 0 else P(tx.FORM_TITLES[v], "bold")
    head = [P(trust[0], "bold"), P(trust[1]), title]
    letter = [*head, Form(fields, table=v == 1), *(P(x) for x in _closing_paras(v))]
    items = [_item(str(n), t.question, " ".join(t.answer)) for n, t in enumerate(topics, 1)]
    return letter, items, _foia([t.exemption for t in topics])


def _wrap(text: str, width: int) -> list[str]:
    # hyphenated words stay whole, so the pieces joined by spaces are the text again
    return textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False)


def _listing_rows(v: int, topics) -> list[str]:
    """The table as fixed-width lines: heads, rules or borders, wrapped cells."""
    widths = LISTING_WIDTHS[v]
    heads = tx.LISTING_HEADS[v]
    if v == 0:
        line = "  ".join(f"{{:<{w}}}" for w in widths)
        out = [line.format(*heads).rstrip(), "  ".join("-" * w for w in widths)]
    else:
        line = "| " + " | ".join(f"{{:<{w}}}" for w in widths) + " |"
        border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
        out = [border, line.format(*heads), border]
    for n, t in enumerate(topics, 1):
        label = [str(n) if v == 0 else f"Q{n}"]
        asked = _wrap(t.question, widths[1])
        said = [piece for a in t.answer for piece in _wrap(a, widths[2])]
        for cells in zip_longest(label, asked, said, fillvalue=""):
            out.append(line.format(*cells).rstrip() if v == 0 else line.format(*cells))
        out.append("" if v == 0 else border)
    return out[:-1] if v == 0 else out


def _listing(rnd, v, trust, ref, rec, resp):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    form = DATE_FORMS[v]
    lines = [f"Subject: Freedom of Information request {ref} - response", f"Date: {form(resp)}"]
    lines += ["", tx.GREETINGS[v], "", tx.OPENINGS[v].format(rec=form(rec)), ""]
    lines += [tx.LISTING_LEADS[v], "", *_listing_rows(v, topics), ""]
    for para in _closing_paras(v):
        lines += [para, ""]
    lines += [*tx.SIGNATURES[v], trust[0]]
    items = [
        _item(str(n) if v == 0 else f"Q{n}", t.question, " ".join(t.answer))
        for n, t in enumerate(topics, 1)
    ]
    return [Mono(lines)], items, _foia([t.exemption for t in topics])


def _text_box(rnd, v, trust, ref, rec, resp):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    panel = [x.format(ref=ref, resp=DATE_FORMS[v](resp)) for x in tx.PANEL_LINES[v]]
    name = H(trust[0]) if v == 0 else P(trust[0], "bold")
    head = [Panel(panel, header=v == 1), name, *(P(x) for x in tx.RECIPIENT), Clear()]
    blocks, items = _numbered([_plain(t) for t in topics], v)
    body = [P(tx.GREETINGS[v]), _opening(v, rec), *blocks, *_closing(v, trust)]
    letter = [*head, *body, Footer(tx.FOOTERS[v])]
    return letter, items, _foia([t.exemption for t in topics])


BUILDERS = {
    ORD_PLURAL: _plural,
    ORD_NOT_HELD: _not_held,
    ORD_QP: _qp,
    ORD_REF_TEXT: _ref_text,
    CARDS: _cards,
    FORM: _form,
    LISTING: _listing,
    TEXT_BOX: _text_box,
}


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-ag/{style}/{k}")
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
