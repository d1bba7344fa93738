"""Held-out set AI, FOI half: letters in eight house styles that neither sets D to AH
(benchmarks/heldout_d .. heldout_ah, set Y's and Z's grid cells among them) nor the
synthetic training styles (scripts/foi_synthetic.py) print, built in code with their
truth and scored at first sight (score.py here). Nothing under parsers/ was read while
writing it.

Weighted like real disclosure logs: FOUR styles are ORDINARY letters (numbered
questions, each answer's paragraphs beneath, exemptions explained in the answers, a
closing with review rights, the ICO and re-use terms), each with ONE ordinary
variation: one answer withheld under section 22 until a later publication, naming the
day it will be published; questions naming the period they ask about by full dates
('between 1 April 2023 and 31 March 2024', 'on 31 December 2023'), the answers
repeating them; a subject line and an opening citing section 8 of the Act (the request
is valid), which is no exemption; a letterhead of many contact lines (telephone, text
relay, e-mail, web address) around the reference and date lines. FOUR are harder
layouts: the question's number hung in the left margin ('Q1', '1.') with a hanging
indent, the answer beneath it under a hung 'A:' or 'Reply'; unnumbered questions as
first-level bullets, each answer's paragraphs as second-level bullets beneath its
question; one three-column table where each question takes two rows, its number cell
merged DOWN over both, 'Request'/'Response' (or 'Question'/'Answer') in the middle
column; a small table per question titled 'Request 1' (or 'Q1'), its rows the
question, whether the information is held, the exemption applied and the response.
Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"), in date forms of the set's own ('03 May 2024', '03/05/24'), replying on a weekday.

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to AH apply them): `label` is the question's number as printed without its
punctuation ("1." -> "1", "Q1" -> "Q1", "Request 1" -> "1"), None for an unnumbered
question; `question`/`answer` are the text without labels, headings and markers; an
answer's paragraphs are joined by spaces; `received_date` is the day the request
arrived, `responded_date` the date of the reply; the exemptions are the FOIA sections
the answers apply (as "43(2)", "31(1)(a)", "21"). Closings, signatures and the lines
of the head are in no item. New conventions, stated before scoring:

- section 22 with the day of publication: "22" (or "22(1)" as printed) is an exemption;
  the day of publication is inside the answer and is no date of the truth;
- full dates inside questions and answers: part of their text, no date of the truth;
- section 8 of the Act in the subject line or the opening: no exemption, in no item;
- the contact lines of the head: in no item; the reference is the one after 'Our
  reference:' / 'Our ref.', not a telephone number;
- margin labels: 'Q1' gives "Q1", '1.' gives "1"; the hung 'A:' / 'Reply' is a marker,
  in no answer; the answer's later paragraphs (indented, no label) are part of it;
- bullets: label None; the question is the first-level item, the answer its
  second-level items joined by spaces; the line above the list is in no item;
- the merged-number table: label from the merged cell ('1' / 'Q1'), question and
  answer the text cells beside 'Request'/'Question' and 'Response'/'Answer'; the
  header row is in no item;
- the table per question: label from its title ('Request 1' -> "1", 'Q1' -> "Q1"),
  question from the 'Information requested'/'Question' row, answer the 'Response' /
  'Answer' row only; the held and exemption rows are in no answer (the exemption they
  name is also cited in the answer, and is an exemption of the truth).
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.heldout_ai import foi_ai_text as tx
from benchmarks.heldout_ai.foi_ai_text import padded_date, short_slashed_date
from benchmarks.heldout_ai.render_ai import Block, Hang, Outline, Stacked
from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import H, P, T
from benchmarks.heldout_r.foi_r import _item  # set R's item piece, imported
from benchmarks.heldout_w.foi_w import _dates  # set W's request/reply dates, imported

PER_STYLE = 4

ORD_LATER = (
    "an ordinary letter of numbered questions with the answers beneath, one answer withheld "
    "under section 22 until a later publication, naming the day it will be published"
)
ORD_PERIOD = (
    "an ordinary letter of numbered questions with the answers beneath, two questions naming "
    "the period they ask about by full dates ('between 1 April 2023 and 31 March 2024', 'on "
    "31 December 2023'), the answers repeating them"
)
ORD_SECTION8 = (
    "an ordinary letter of numbered questions with the answers beneath, a subject line and "
    "an opening saying the request is valid under section 8 of the Act"
)
ORD_CONTACT = (
    "an ordinary letter of numbered questions with the answers beneath, its head a block of "
    "contact lines (telephone, text relay, e-mail, web address) around the reference and "
    "date lines"
)
MARGIN = (
    "the question's number hung in the left margin ('Q1', '1.') with a hanging indent, the "
    "answer beneath under a hung 'A:' or 'Reply', its later paragraphs indented alike"
)
OUTLINE = (
    "unnumbered questions as first-level bullets, each answer's paragraphs as second-level "
    "bullets beneath its question"
)
STACKED = (
    "one three-column table where each question takes two rows, its number cell merged down "
    "over both, 'Request' / 'Response' (or 'Question' / 'Answer') in the middle column"
)
KV_TABLE = (
    "a small two-column table per question titled 'Request 1' or 'Q1', its rows the question, "
    "whether the information is held, the exemption applied and the response"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    ORD_LATER: [
        ("Ouse Meadows NHS Trust", "Ferry Lane, Hemingford OM2 5FL", "OMT-FOI-{n:04d}"),
        ("Nene Washes NHS Foundation Trust", "Dog in a Doublet Road, Thorney NW6 1DD", "NW{n:05d}"),
    ],
    ORD_PERIOD: [
        ("Ribble Moss NHS Trust", "Preston New Road, Salmesbury RM4 2PN", "RM/{Y}/{n:04d}"),
        ("Wyre Sands NHS Trust", "Breck Road, Poulton WS8 3BR", "WST FOI {n:04d}"),
    ],
    ORD_SECTION8: [
        ("Tamar Quays NHS Trust", "Quay Road, Calstock TQ1 7QR", "TQ-{y}-{n:04d}"),
        ("Otter Vale NHS Foundation Trust", "Mill Street, Ottery OV5 2MS", "OV/FOI/{n:05d}"),
    ],
    ORD_CONTACT: [
        ("Rother Levels NHS Trust", "Station Approach, Robertsbridge RL3 9SA", "RLT{n:05d}"),
        ("Arun Downs NHS Foundation Trust", "Castle Hill, Amberley AD7 4CH", "AD.{Y}.{n:04d}"),
    ],
    MARGIN: [
        ("Derwent Fells NHS Trust", "Lake Road, Keswick DF2 6LR", "DF FOI/{n:04d}"),
        ("Eden Gorge NHS Trust", "Bridge End, Armathwaite EG9 1BE", "EG-{Y}-{n:05d}"),
    ],
    OUTLINE: [
        ("Teme Orchards NHS Trust", "Cross Street, Tenbury TO3 8CS", "TOT/{y}/{n:04d}"),
        ("Arrow Valley Community NHS Trust", "High Street, Alcester AV4 2HS", "AVC{n:05d}"),
    ],
    STACKED: [
        ("Kennet Downs NHS Trust", "Bath Road, Marlborough KD8 1BR", "KDT-{n:04d}-FOI"),
        ("Loddon Fields NHS Trust", "Church Lane, Stratfield LF6 3CL", "LF{Y}/{n:04d}"),
    ],
    KV_TABLE: [
        ("Tees Gate NHS Trust", "Yarm Lane, Egglescliffe TG5 2YL", "TG FOI {n:05d}"),
        (
            "Swale Dales NHS Foundation Trust",
            "Market Place, Richmond SD1 4MP",
            "SD-FOI-{Y}-{n:04d}",
        ),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
DATE_FORMS = (padded_date, short_slashed_date)
ORDINARY = STYLES[:4]


def _ref(trust: tuple, rec: str, n: int) -> str:
    """The trust's reference pattern filled in: '{n}' the number, '{Y}' / '{y}' the year
    the request arrived (four or two figures)."""
    return trust[2].format(n=n, Y=rec[:4], y=rec[2:4])


def _reply_dates(rnd: random.Random) -> tuple[str, str]:
    """Set W's request and reply days, the reply moved on to a working day."""
    rec, resp = _dates(rnd)
    day = dt.date.fromisoformat(resp)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return rec, day.isoformat()


def _domain(trust: tuple) -> str:
    return "".join(w.lower() for w in trust[0].split()[:2]) + ".nhs.example"


def _letterhead(v: int, trust: tuple, ref: str, day: str, contact: bool = False) -> list[Block]:
    """The trust's name and address, (`contact`) its contact lines, the reference and date."""
    form = DATE_FORMS[v]
    lines = [f"Our reference: {ref}", f"Date: {form(day)}"]
    if v == 1:
        lines = [f"Our ref. {ref}", f"Date of reply: {form(day)}"]
    if contact:
        c = [x.format(domain=_domain(trust)) for x in tx.CONTACT_LINES[v]]
        # trust a prints its reference among the contact lines, trust b after them
        lines = [c[0], c[1], lines[0], c[2], c[3], lines[1]] if v == 0 else [*c, *lines]
    head: list[Block] = [H(trust[0]) if v == 0 else P(trust[0], "bold"), P(trust[1])]
    return [*head, *(P(x) for x in lines)]


def _closing(v: int, trust: tuple) -> list[P]:
    order = ("review", "regulator", "reuse") if v == 0 else ("reuse", "review", "regulator")
    return [*(P(tx.CLOSINGS[k][v]) for k in order), *(P(x) for x in tx.SIGNATURES[v]), P(trust[0])]


def _frame(v, trust, ref, rec, resp, said: str = "", contact: bool = False) -> list[Block]:
    """The head, the greeting and the opening (`said`, else the style's usual one)."""
    said = said or tx.OPENINGS[v].format(rec=DATE_FORMS[v](rec))
    return [*_letterhead(v, trust, ref, resp, contact), P(tx.GREETINGS[v]), P(said)]


Row = tuple[str, tuple[str, ...], list[str]]  # question, answer's paragraphs, sections


def _topic_rows(rnd: random.Random, lo: int, hi: int) -> list[Row]:
    topics = rnd.sample(tx.TOPICS, rnd.randint(lo, hi))
    return [(t.question, t.answer, [t.exemption] if t.exemption else []) for t in topics]


def _foia(rows: list[Row]) -> list[dict]:
    applied = {s for _, _, sections in rows for s in sections}
    return [{"law": "FOIA", "section": s} for s in sorted(applied)]


def _label(n: int, v: int) -> str:
    return str(n) if v == 0 else f"Q{n}"


def _numbered(rows: list[Row], v: int) -> tuple[list[Block], list[dict]]:
    """Bold numbered questions ('1. …' or 'Q1 …'), each answer's paragraphs beneath."""
    blocks: list[Block] = []
    for n, (question, answer, _) in enumerate(rows, 1):
        lead = f"{n}." if v == 0 else f"Q{n}"
        blocks += [P(f"{lead} {question}", "bold"), *(P(a) for a in answer)]
    items = [_item(_label(n, v), q, " ".join(a)) for n, (q, a, _) in enumerate(rows, 1)]
    return blocks, items


def _ordinary(v, trust, ref, rec, resp, rows: list[Row], said="", subject="", contact=False):
    blocks, items = _numbered(rows, v)
    frame = _frame(v, trust, ref, rec, resp, said, contact)
    if subject:  # the subject line under the greeting
        frame.insert(-1, P(subject, "bold"))
    return [*frame, *blocks, *_closing(v, trust)], items, _foia(rows)


def _later(rnd, v, trust, ref, rec, resp):
    question, answer, section = tx.LATER_ROWS[v]
    day = DATE_FORMS[v](
        (dt.date.fromisoformat(resp) + dt.timedelta(rnd.randint(20, 80))).isoformat()
    )
    rows = _topic_rows(rnd, 2, 4)
    rows.insert(
        rnd.randint(0, len(rows)), (question, tuple(a.format(day=day) for a in answer), [section])
    )
    return _ordinary(v, trust, ref, rec, resp, rows)


def _period(rnd, v, trust, ref, rec, resp):
    rows = _topic_rows(rnd, 2, 3)
    for question, answer in tx.PERIOD_ROWS[v]:
        rows.insert(rnd.randint(0, len(rows)), (question, answer, []))
    return _ordinary(v, trust, ref, rec, resp, rows)


def _section8(rnd, v, trust, ref, rec, resp):
    said = tx.SECTION8_OPENINGS[v].format(rec=DATE_FORMS[v](rec))
    rows = _topic_rows(rnd, 3, 5)
    return _ordinary(v, trust, ref, rec, resp, rows, said, tx.SECTION8_SUBJECTS[v])


def _contact(rnd, v, trust, ref, rec, resp):
    return _ordinary(v, trust, ref, rec, resp, _topic_rows(rnd, 3, 5), contact=True)


def _margin(rnd, v, trust, ref, rec, resp):
    rows = _topic_rows(rnd, 3, 5)
    blocks: list[Block] = []
    for n, (question, answer, _) in enumerate(rows, 1):
        first, *rest = answer
        label = f"Q{n}" if v == 0 else f"{n}."
        blocks += [Hang(label, question, bold=True), Hang(tx.MARGIN_ANSWER[v], first)]
        blocks += [Hang("", a) for a in rest]
    items = [
        _item(f"Q{n}" if v == 0 else str(n), q, " ".join(a)) for n, (q, a, _) in enumerate(rows, 1)
    ]
    letter = [*_frame(v, trust, ref, rec, resp), *blocks, *_closing(v, trust)]
    return letter, items, _foia(rows)


def _outline(rnd, v, trust, ref, rec, resp):
    rows = _topic_rows(rnd, 3, 5)
    intro = P(tx.OUTLINE_INTROS[v]) if v == 0 else H(tx.OUTLINE_INTROS[v])
    blocks: list[Block] = [intro, Outline([(q, list(a)) for q, a, _ in rows], bold=v == 1)]
    items = [_item(None, q, " ".join(a)) for q, a, _ in rows]
    letter = [*_frame(v, trust, ref, rec, resp), *blocks, *_closing(v, trust)]
    return letter, items, _foia(rows)


def _stacked(rnd, v, trust, ref, rec, resp):
    rows = _topic_rows(rnd, 3, 5)
    asked, said = tx.STACKED_LABELS[v]
    table = [(_label(n, v), asked, q, said, "\n".join(a)) for n, (q, a, _) in enumerate(rows, 1)]
    items = [_item(_label(n, v), q, " ".join(a)) for n, (q, a, _) in enumerate(rows, 1)]
    letter = [*_frame(v, trust, ref, rec, resp), Stacked(table, tx.STACKED_HEADS[v])]
    return [*letter, *_closing(v, trust)], items, _foia(rows)


def _kv_table(rnd, v, trust, ref, rec, resp):
    rows = _topic_rows(rnd, 3, 5)
    asked, held, exempt, said = tx.KV_ROWS[v]
    blocks: list[Block] = []
    for n, (question, answer, sections) in enumerate(rows, 1):
        applied = ", ".join(f"Section {s}" for s in sections) or tx.KV_NONE[v]
        body = [[asked, question], [held, tx.KV_HELD[v]], [exempt, applied]]
        body.append([said, "\n".join(answer)])
        blocks.append(T(body, [(tx.KV_TITLES[v].format(n=n), 2)]))
    items = [_item(_label(n, v), q, " ".join(a)) for n, (q, a, _) in enumerate(rows, 1)]
    letter = [*_frame(v, trust, ref, rec, resp), *blocks, *_closing(v, trust)]
    return letter, items, _foia(rows)


BUILDERS = {
    ORD_LATER: _later,
    ORD_PERIOD: _period,
    ORD_SECTION8: _section8,
    ORD_CONTACT: _contact,
    MARGIN: _margin,
    OUTLINE: _outline,
    STACKED: _stacked,
    KV_TABLE: _kv_table,
}


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-ai/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _reply_dates(rnd)
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
