"""Held-out set AJ, FOI half: letters in eight house styles that neither sets D to AI
(benchmarks/heldout_d .. heldout_ai, set Y's and Z's grid cells among them) nor the
synthetic training styles (scripts/foi_synthetic.py) print, built in code with their
truth and scored at first sight (score.py here). Nothing under parsers/ was read while
writing it.

Weighted like real disclosure logs: FOUR styles are ORDINARY letters (numbered
questions, each answer's paragraphs beneath, exemptions explained in the answers, a
closing with review rights, the ICO and re-use terms), each with ONE ordinary
variation: a head of labelled lines giving the day received, the statutory day the
reply is due and the day it was sent; the letter sent to the requester's address on a
request-relay website ('request-812345-5f3e9a1b@…'), its long number beside the
reference; the requester's own numbering kept, one number missed out ('1.', '2.',
'4.'); a question ending with the requester's note on the section 12 cost limit, the
answer giving everything (section 12 applied nowhere). FOUR are harder layouts: the
requester's text returned with the answers typed in under Word's track changes, never
accepted (DOCX insertions, a PDF printed with the markup, a web page of `<ins>`); each
question and its answer inside a bordered box (paragraph borders / a fieldset, not a
table) titled on its top edge; the answers pasted from the FOI tracker spreadsheet with
its row numbers and column letters printed round it; one table whose first column
names a theme merged down over the rows of its questions. Each style is printed by two
fictional trusts with their own variants (trust "a" and "b"), in date forms of the
set's own ('3rd May, 2024', 'Fri 3 May 2024'), replying on a weekday.

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to AI apply them): `label` is the question's number as printed without its
punctuation ("1." -> "1", "Q1" -> "Q1", "Question 1" -> "1"), None for an unnumbered
question; `question`/`answer` are the text without labels, headings and markers; an
answer's paragraphs are joined by spaces; `received_date` is the day the request
arrived, `responded_date` the date of the reply; the exemptions are the FOIA sections
the answers apply (as "43(2)", "31(1)(a)", "21"). Closings, signatures and the lines
of the head are in no item. New conventions, stated before scoring:

- the due day ('Response due:', 'Statutory deadline') is no date of the truth; the
  received and sent lines are;
- the relay address and its number are in no item and are no reference; the
  reference is the one after 'Our ref:';
- the requester's numbering is kept as printed: labels "1", "2", "4" (no "3");
- the requester's cost-limit note is part of its question; section 12 is no exemption;
- tracked changes: the question is the requester's text after its number, the answer
  the inserted text (as the document reads with the changes accepted);
- boxes: the label from the box's title ('Question 1' / 'Enquiry 1' -> "1"), the
  question its first (bold) paragraph, the answer the rest; trust b's 'Our answer' line
  is a marker, in no answer;
- the spreadsheet: the label from the number column ('1', 'Q1'), not the sheet's row
  number; the title row, the column heads, the row numbers, the column letters and
  (trust b) the 'Exemption' column are in no item (the section named there is cited in
  the answer too);
- the grouped table: the theme cell is in no item; label from the 'No.' / 'Ref' column.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.heldout_aj import foi_aj_text as tx
from benchmarks.heldout_aj.foi_aj_text import ordinal_comma_date, short_weekday_date
from benchmarks.heldout_aj.render_aj import Block, Framed, Grouped, Tracked
from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import H, P, T
from benchmarks.heldout_r.foi_r import _item  # set R's item piece, imported
from benchmarks.heldout_w.foi_w import _dates  # set W's request days, imported

PER_STYLE = 4

ORD_DUE = (
    "an ordinary letter of numbered questions with the answers beneath, its head a block of "
    "labelled lines giving the day the request was received, the statutory day the reply is "
    "due and the day it was sent"
)
ORD_RELAY = (
    "an ordinary letter of numbered questions with the answers beneath, sent to the "
    "requester's address on a request-relay website ('request-812345-5f3e9a1b@…'), its long "
    "number printed near the reference"
)
ORD_GAP = (
    "an ordinary letter of numbered questions with the answers beneath, keeping the "
    "requester's own numbering with one number missed out ('1.', '2.', '4.')"
)
ORD_COST_NOTE = (
    "an ordinary letter of numbered questions with the answers beneath, one question ending "
    "with the requester's note on the section 12 cost limit, answered in full"
)
TRACKED = (
    "the requester's questions returned with the answers typed in under Word's track "
    "changes, never accepted: insertions in the document, printed with the markup "
    "(underlined in colour, a change bar), <ins> on the web page"
)
FRAMED = (
    "each question and its answer inside a bordered box drawn with paragraph borders (a "
    "fieldset on the web page), not a table, titled 'Question 1' / 'Enquiry 1' on its top edge"
)
SHEET = (
    "the answers pasted from the FOI tracker spreadsheet: a table printed with the sheet's "
    "row numbers and column letters round it, a title row and a head row above the questions"
)
THEMED = (
    "one table whose first column names a theme ('Staffing', 'Estates') merged down over the "
    "rows of its questions, the number, question and response in the other columns"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    ORD_DUE: [
        ("Calder Holme NHS Trust", "Wharf Street, Sowerby CH3 6WS", "CHT/FOI/{n:04d}"),
        ("Mersey Banks NHS Foundation Trust", "Ferry Road, Eastham MB2 8FR", "MBF{Y}-{n:04d}"),
    ],
    ORD_RELAY: [
        ("Lune Crossing NHS Trust", "Aqueduct Road, Halton LC4 1AR", "LCT {n:05d}"),
        ("Looe Harbour NHS Trust", "Quay Lane, Polperro LH7 2QL", "LH/{y}/{n:04d}"),
    ],
    ORD_GAP: [
        ("Stour Marshes NHS Trust", "Sandwich Road, Ash SM5 3SR", "SMT-{n:05d}"),
        ("Test Valley Hospitals NHS Trust", "Mill Lane, Stockbridge TV9 4ML", "TVH.FOI.{n:04d}"),
    ],
    ORD_COST_NOTE: [
        ("Wear Bridges NHS Trust", "Quayside, Fatfield WB1 5QS", "WB-{Y}-{n:04d}"),
        ("Colne Fields NHS Foundation Trust", "Hythe Hill, Rowhedge CF6 2HH", "CFT{n:05d}"),
    ],
    TRACKED: [
        ("Dove Dale NHS Trust", "Mill Close, Hartington DD8 3MC", "DDT/FOI/{Y}/{n:04d}"),
        ("Waveney Broads NHS Trust", "Staithe Road, Beccles WB5 9SR", "WVB-{n:04d}"),
    ],
    FRAMED: [
        ("Severn Vale Community NHS Trust", "Quay Street, Upton SV3 4QS", "SVC FOI {n:04d}"),
        ("Mole Gap NHS Trust", "Box Hill Road, Westhumble MG2 6BH", "MG{y}/{n:05d}"),
    ],
    SHEET: [
        ("Avon Gorge NHS Trust", "Bridge Valley Road, Clifton AG4 8BV", "AGT-FOI-{n:05d}"),
        ("Nidd Gorge NHS Foundation Trust", "Abbey Road, Knaresborough NG1 7AR", "NGF/{n:04d}"),
    ],
    THEMED: [
        ("Irwell Meadows NHS Trust", "Bury New Road, Prestwich IM6 2BN", "IMT{Y}{n:04d}"),
        ("Hamble Creek NHS Trust", "Satchell Lane, Bursledon HC3 5SL", "HC-FOI-{n:04d}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
DATE_FORMS = (ordinal_comma_date, short_weekday_date)
ORDINARY = STYLES[:4]


def _ref(trust: tuple, rec: str, n: int) -> str:
    """The trust's reference pattern filled in: '{n}' the number, '{Y}' / '{y}' the year
    the request arrived (four or two figures)."""
    return trust[2].format(n=n, Y=rec[:4], y=rec[2:4])


def _weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _reply_dates(rnd: random.Random) -> tuple[str, str]:
    """Set W's request day, the reply 5 to 20 days later on a working day, so always
    before the statutory due day."""
    rec, _ = _dates(rnd)
    resp = _weekday(dt.date.fromisoformat(rec) + dt.timedelta(days=rnd.randint(5, 20)))
    return rec, resp.isoformat()


def due_day(rec: str) -> str:
    """The twentieth working day after the day received (bank holidays aside)."""
    day, left = dt.date.fromisoformat(rec), 20
    while left:
        day += dt.timedelta(days=1)
        left -= day.weekday() < 5
    return day.isoformat()


def _letterhead(v: int, trust: tuple, ref: str, day: str) -> list[Block]:
    form = DATE_FORMS[v]
    lines = [f"Our ref: {ref}", f"Date: {form(day)}"]
    head: list[Block] = [H(trust[0]) if v == 0 else P(trust[0], "bold"), P(trust[1])]
    return [*head, *(P(x) for x in lines)]


def _closing(v: int, trust: tuple) -> list[P]:
    order = ("review", "regulator", "reuse") if v == 0 else ("reuse", "review", "regulator")
    return [*(P(tx.CLOSINGS[k][v]) for k in order), *(P(x) for x in tx.SIGNATURES[v]), P(trust[0])]


def _frame(v, trust, ref, rec, resp, said: str = "", head=None, greeting="") -> list[Block]:
    """The head (`head`, else the usual one), the greeting and the opening."""
    said = said or tx.OPENINGS[v]
    head = head if head is not None else _letterhead(v, trust, ref, resp)
    greet = greeting or tx.GREETINGS[v]
    return [*head, P(greet), P(said.format(rec=DATE_FORMS[v](rec)))]


Row = tuple[str, tuple[str, ...], list[str]]  # question, answer's paragraphs, sections


def _topic_rows(rnd: random.Random, lo: int, hi: int) -> list[Row]:
    topics = rnd.sample(tx.TOPICS, rnd.randint(lo, hi))
    return [(t.question, t.answer, [t.exemption] if t.exemption else []) for t in topics]


def _foia(rows: list[Row]) -> list[dict]:
    applied = {s for _, _, sections in rows for s in sections}
    return [{"law": "FOIA", "section": s} for s in sorted(applied)]


def _label(n: int, v: int) -> str:
    return str(n) if v == 0 else f"Q{n}"


def _numbered(rows: list[Row], v: int, numbers: list[int]) -> tuple[list[Block], list[dict]]:
    """Bold numbered questions ('1. …' or 'Q1 …'), each answer's paragraphs beneath."""
    blocks: list[Block] = []
    for n, (question, answer, _) in zip(numbers, rows, strict=True):
        lead = f"{n}." if v == 0 else f"Q{n}"
        blocks += [P(f"{lead} {question}", "bold"), *(P(a) for a in answer)]
    items = [
        _item(_label(n, v), q, " ".join(a)) for n, (q, a, _) in zip(numbers, rows, strict=True)
    ]
    return blocks, items


def _ordinary(v, trust, frame: list[Block], rows: list[Row], numbers: list[int] | None = None):
    blocks, items = _numbered(rows, v, numbers or list(range(1, len(rows) + 1)))
    return [*frame, *blocks, *_closing(v, trust)], items, _foia(rows)


def _due(rnd, v, trust, ref, rec, resp):
    labels, form = tx.DUE_LABELS[v], DATE_FORMS[v]
    values = (ref, form(rec), form(due_day(rec)), form(resp))
    lines = [P(f"{label} {value}") for label, value in zip(labels, values, strict=True)]
    head = [H(trust[0]) if v == 0 else P(trust[0], "bold"), P(trust[1]), *lines]
    frame = _frame(v, trust, ref, rec, resp, tx.DUE_OPENINGS[v], head=head)
    return _ordinary(v, trust, frame, _topic_rows(rnd, 3, 5))


def _relay(rnd, v, trust, ref, rec, resp):
    name, greeting = tx.RELAY_NAMES[v]
    address = tx.RELAY_ADDRESS.format(
        n=rnd.randint(700_000, 999_999), tag=f"{rnd.getrandbits(32):08x}"
    )
    to = [P(name), P(f"{tx.RELAY_LABELS[v]} {address}")]
    head = _letterhead(v, trust, ref, resp)
    head = [*head[:2], *to, *head[2:]] if v == 0 else [*head, *to]
    frame = _frame(v, trust, ref, rec, resp, tx.RELAY_OPENINGS[v], head=head, greeting=greeting)
    return _ordinary(v, trust, frame, _topic_rows(rnd, 3, 5))


def _gap(rnd, v, trust, ref, rec, resp):
    rows = _topic_rows(rnd, 3, 5)
    missed = rnd.randint(2, len(rows))  # a number after the first is missed out
    numbers = [n if n < missed else n + 1 for n in range(1, len(rows) + 1)]
    frame = _frame(v, trust, ref, rec, resp, tx.GAP_OPENINGS[v])
    return _ordinary(v, trust, frame, rows, numbers)


def _cost_note(rnd, v, trust, ref, rec, resp):
    rows = _topic_rows(rnd, 2, 4)
    question, answer = tx.COST_NOTE_ROWS[v]
    rows.insert(rnd.randint(0, len(rows)), (question, answer, []))
    return _ordinary(v, trust, _frame(v, trust, ref, rec, resp), rows)


def _tracked(rnd, v, trust, ref, rec, resp):
    rows = _topic_rows(rnd, 3, 5)
    paras: list[list[tuple[str, bool]]] = []
    for n, (question, answer, _) in enumerate(rows, 1):
        asked = (f"{n}. " if v == 0 else f"Q{n} ") + question
        if v == 0:  # each answer paragraph typed in as a paragraph of its own
            paras += [[(asked, False)], *([(a, True)] for a in answer)]
        else:  # the first typed on after a line break in the question's paragraph
            first, *rest = answer
            paras += [[(asked, False), ("\n" + first, True)], *([(a, True)] for a in rest)]
    items = [_item(_label(n, v), q, " ".join(a)) for n, (q, a, _) in enumerate(rows, 1)]
    block = Tracked(paras, tx.TRACKED_AUTHORS[v], resp)
    frame = _frame(v, trust, ref, rec, resp, tx.TRACKED_OPENINGS[v])
    return [*frame, block, *_closing(v, trust)], items, _foia(rows)


def _framed(rnd, v, trust, ref, rec, resp):
    rows = _topic_rows(rnd, 3, 5)
    boxes: list[Block] = []
    for n, (question, answer, _) in enumerate(rows, 1):
        paras = [question, *([tx.FRAME_ANSWER_LINE] if v == 1 else []), *answer]
        boxes.append(Framed(tx.FRAME_TITLES[v].format(n=n), paras))
    items = [_item(str(n), q, " ".join(a)) for n, (q, a, _) in enumerate(rows, 1)]
    return [*_frame(v, trust, ref, rec, resp), *boxes, *_closing(v, trust)], items, _foia(rows)


def _sheet(rnd, v, trust, ref, rec, resp):
    rows = _topic_rows(rnd, 3, 5)
    heads = tx.SHEET_HEADS[v]
    width = len(heads)
    body = [[tx.SHEET_TITLES[v], *[""] * (width - 1)], list(heads)]
    for n, (question, answer, sections) in enumerate(rows, 1):
        cells = [_label(n, v), question, "\n".join(answer)]
        if v == 1:
            cells.append(", ".join(f"s{s}" for s in sections))
        body.append(cells)
    letters = [("", 1), *((chr(ord("A") + i), 1) for i in range(width))]
    sheet = T([[str(r), *cells] for r, cells in enumerate(body, 1)], letters)
    items = [_item(_label(n, v), q, " ".join(a)) for n, (q, a, _) in enumerate(rows, 1)]
    return [*_frame(v, trust, ref, rec, resp), sheet, *_closing(v, trust)], items, _foia(rows)


def _themed(rnd, v, trust, ref, rec, resp):
    picked = _topic_rows(rnd, 4, 6)
    theme_of = {t.question: t.theme for t in tx.TOPICS}
    themes = list(dict.fromkeys(theme_of[q] for q, _, _ in picked))
    rows = [r for theme in themes for r in picked if theme_of[r[0]] == theme]  # grouped
    groups: list[tuple[str, list[tuple[str, ...]]]] = []
    n = 0
    for theme in themes:
        cells = []
        for question, answer, _ in (r for r in rows if theme_of[r[0]] == theme):
            n += 1
            cells.append((_label(n, v), question, "\n".join(answer)))
        groups.append((theme, cells))
    items = [_item(_label(n, v), q, " ".join(a)) for n, (q, a, _) in enumerate(rows, 1)]
    table = Grouped(tx.GROUPED_HEADS[v], groups)
    return [*_frame(v, trust, ref, rec, resp), table, *_closing(v, trust)], items, _foia(rows)


BUILDERS = {
    ORD_DUE: _due,
    ORD_RELAY: _relay,
    ORD_GAP: _gap,
    ORD_COST_NOTE: _cost_note,
    TRACKED: _tracked,
    FRAMED: _framed,
    SHEET: _sheet,
    THEMED: _themed,
}


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-aj/{style}/{k}")
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
