"""Held-out set AD, FOI half: letters in eight house styles that neither sets D to AC
(benchmarks/heldout_d .. heldout_ac, set Y's and Z's grid cells among them) nor the
synthetic training styles (scripts/foi_synthetic.py) print, built in code with their
truth and scored at first sight (score.py here). Nothing under parsers/ was read while
writing it.

Weighted like real disclosure logs: FOUR styles are ORDINARY letters of the kind most
English NHS trusts print (numbered questions, each answer's paragraphs beneath it,
exemptions explained in the answers, a closing with review rights and the ICO), each
with ONE ordinary variation: a short paragraph before the first question summarising
the outcome (which questions are answered in full, which in part, the sections
applied); staff names blacked out inside the answers, each printed as a marker
('[Redacted – s40(2)]', '[name removed]') and a note on the redactions after the
answers; one question asking for the requester's own records, answered by a pointer
to a subject access request under section 40(1); the requester's narrative request
quoted, then the numbered questions the trust read in it, each answered. FOUR are
harder structures disclosure logs publish: a disclosure log's cover sheet (reference,
subject, received, responded and published dates, outcome) above the response letter;
the requester's questionnaire returned with tick boxes ticked ('☒ Yes ☐ No') and a
comments line; the requester's data template returned filled in, a 'Ref | Data item |
Guidance | Trust response' table whose guidance column is the requester's note on what
to count; a reissued response replacing an earlier one that held an error, its head
marked 'AMENDED RESPONSE', the opening giving the first response's date, the corrected
answer tagged. Each style is printed by two fictional trusts with their own variants
(trust "a" and "b").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to AC apply them): `label` is the question's number as printed without its
punctuation ("1." "1)" -> "1"); `question`/`answer` are the text without labels,
headings and markers; an answer's paragraphs are joined by spaces; `received_date` is
the day the request arrived, `responded_date` the date of the reply; the exemptions are
the FOIA sections the answers apply (as "40(2)", "40(1)", "43(2)", "38(1)", "21");
closings, signatures and the lines of the head are in no item. New conventions,
stated before scoring:

- a summary paragraph up front: in no item; the sections it names are exemptions only
  because the answers below apply them (they always do here);
- inline redactions: the marker as printed ('[Redacted – s40(2)]', '[name removed]') is
  part of the answer's text where it stands; the note on redactions after the answers
  (and its heading 'Redactions', trust a) is in no item; the exemption is section 40(2);
- the requester's own records: the question is an item like any other, its answer the
  pointer to subject access as printed; the exemption is section 40(1);
- a narrative request quoted, then the trust's numbered questions: the quoted request,
  its heading ('Your request', 'What you asked for') and the lead-in before the
  questions are in no item; the questions are the numbered ones as the trust prints
  them, labelled by their numbers;
- a cover sheet: its title, subject and outcome lines are in no item; the reference is
  the one both the sheet and the letter print; the date published is no date of the
  truth;
- a returned questionnaire: label the question's number; the answer is the ticked
  option's words (without the box), followed by the comments line's text (without
  'Comments:' / 'Further details:') when there is one; the unticked options are in no
  answer; the exemptions are those the comments apply;
- a data template: each row is an item; label the 'Ref'/'No.' cell ("A1" -> "A1",
  "3" -> "3"); the question is the data item cell alone; the guidance cell (the
  requester's note on what to count) is in no item; the answer is the response cell;
- a reissued response: the responded date is the reissue's date (the letter's own);
  the first response's date in the opening is no date of the truth; the marker line
  ('AMENDED RESPONSE', 'Reissued response – …') and the opening are in no item; the
  tag on the corrected answer ('Amended answer:' on a line of its own, trust a;
  '[Corrected]' opening its first paragraph, trust b) is in no answer.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.heldout_aa.foi_aa import _question_line, _ref  # set AA's, imported
from benchmarks.heldout_ad import foi_ad_text as tx
from benchmarks.heldout_ad.foi_ad_text import long_date, slash_date
from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import Block, H, P, T
from benchmarks.heldout_r.foi_r import _item  # set R's item piece, imported
from benchmarks.heldout_w.foi_w import _dates  # set W's request/reply dates, imported

PER_STYLE = 4

ORD_SUMMARY = (
    "an ordinary letter of numbered questions with the answers beneath, a short paragraph "
    "before the first question summarising the outcome: which questions are answered in "
    "full, which in part, and the sections applied"
)
ORD_REDACTED = (
    "an ordinary letter of numbered questions with the answers beneath, staff names "
    "blacked out inside the answers as a marker ('[Redacted – s40(2)]', '[name removed]') "
    "and a note on the redactions after the answers"
)
ORD_SAR = (
    "an ordinary letter of numbered questions with the answers beneath, one question "
    "asking for the requester's own records answered by a pointer to a subject access "
    "request under section 40(1)"
)
ORD_INTERPRETED = (
    "an ordinary letter quoting the requester's narrative request, then setting out the "
    "numbered questions the trust read in it, each answered beneath"
)
COVER = (
    "a disclosure log's cover sheet (title, reference, subject, received, responded and "
    "published dates, outcome) above the response letter of numbered questions with the "
    "answers beneath"
)
QUESTIONNAIRE = (
    "the requester's questionnaire returned with its tick boxes ticked ('☒ Yes ☐ No', "
    "'[X] Yes [ ] No') under each numbered question, and a comments line beneath some"
)
TEMPLATE = (
    "the requester's data template returned filled in: a 'Ref | Data item | Guidance | "
    "Trust response' table, a row an item, the guidance column the requester's note on "
    "what to count"
)
REISSUED = (
    "a reissued response replacing an earlier one that held an error: the head marked "
    "'AMENDED RESPONSE', the opening giving the first response's date and the question "
    "corrected, the corrected answer tagged"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    ORD_SUMMARY: [
        ("Ranworth Broad NHS Trust", "Staithe Lane, Ranworth RB3 7SL", "FOI {n:04d}"),
        ("Ludham Bridge NHS Foundation Trust", "Johnson Street, Ludham LB6 2JS", "IG/{Y}/{n:04d}"),
    ],
    ORD_REDACTED: [
        ("Wroxham Reach NHS Trust", "Riverside Quay, Wroxham WR4 1RQ", "FOI-{y}-{n:04d}"),
        ("Potter Heigham Bridge NHS Trust", "Bridge Road, Potter Heigham PH2 8BR", "REQ {n:05d}"),
    ],
    ORD_SAR: [
        ("Acle Marshes NHS Trust", "Old Road, Acle AM5 3OR", "FOI/{y}/{n:04d}"),
        ("Halvergate Levels NHS Foundation Trust", "Marsh Lane, Halvergate HL1 9ML", "IRR-{n:05d}"),
    ],
    ORD_INTERPRETED: [
        ("Reedham Ferry NHS Trust", "Ferry Road, Reedham RF7 4FR", "FOI {Y}-{n:04d}"),
        ("Somerleyton Marsh NHS Trust", "The Street, Somerleyton SM8 1TS", "IG-{n:05d}"),
    ],
    COVER: [
        ("Breydon Water NHS Trust", "Berney Road, Breydon BW2 6BR", "DL-{Y}-{n:04d}"),
        ("Martham Ferry NHS Foundation Trust", "Repps Road, Martham MF9 5RR", "FOI{y}/{n:04d}"),
    ],
    QUESTIONNAIRE: [
        ("Stalham Staithe NHS Trust", "Mill Road, Stalham SS1 4MR", "FOI {n:04d}"),
        ("Barton Turf NHS Trust", "Pleasure Hill, Barton Turf BT3 2PH", "RFI/{Y}/{n:04d}"),
    ],
    TEMPLATE: [
        ("Salhouse Carr NHS Trust", "Lower Street, Salhouse SC5 7LS", "FOI-{n:05d}"),
        ("Cantley Sugar Mill NHS Trust", "Station Road, Cantley CM4 3SR", "IR {y}/{n:04d}"),
    ],
    REISSUED: [
        ("Thurne Mouth NHS Trust", "The Staithe, Thurne TM6 1TS", "FOI/{Y}/{n:04d}"),
        (
            "Hoveton Great Broad NHS Foundation Trust",
            "Horning Road, Hoveton HG8 2HR",
            "INF-{n:05d}",
        ),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
DATE_FORMS = (long_date, slash_date)
ORDINARY = STYLES[:4]
TEMPLATE_REFS = ("A{n}", "{n}")  # the 'Ref' / 'No.' cell of a template row


def _iso(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _letterhead(v: int, trust: tuple, ref: str, resp: str) -> list[Block]:
    """The trust's name and address, the reference and date lines."""
    form = DATE_FORMS[v]
    top: list[Block] = [H(trust[0]) if v == 0 else P(trust[0], "bold"), P(trust[1])]
    if v == 0:
        return [*top, P(f"Our reference: {ref}"), P(f"Date: {form(resp)}")]
    return [*top, P(form(resp)), P(f"FOI reference: {ref}")]


def _hello(v: int) -> P:
    return P("Dear Requester" if v == 0 else "Dear Sir/Madam,")


def _opening(v: int, rec: str) -> P:
    return P(tx.OPENINGS[v].format(rec=DATE_FORMS[v](rec)))


def _closing(v: int, trust: tuple) -> list[P]:
    lines = [P(tx.CLOSINGS[k][v]) for k in ("review", "regulator")]
    return [*lines, *(P(x) for x in tx.SIGNATURES[v]), P(trust[0])]


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


def _frame(v: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    return [*_letterhead(v, trust, ref, resp), _hello(v), _opening(v, rec)]


def _numbers(ns: list[int]) -> str:
    """'question 2', 'questions 1, 3 and 4'."""
    if len(ns) == 1:
        return f"question {ns[0]}"
    return "questions " + ", ".join(map(str, ns[:-1])) + f" and {ns[-1]}"


def _summary(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    part = [n for n, t in enumerate(topics, 1) if t.exemption]
    full = [n for n, t in enumerate(topics, 1) if not t.exemption]
    if not part:
        said = tx.SUMMARY_FULL[v].format(n=len(topics))
    else:
        secs = sorted({t.exemption for t in topics if t.exemption})
        named = " and ".join(f"section {s}" for s in secs)
        said = tx.SUMMARY_PART[v].format(
            full=_numbers(full) if full else "none", part=_numbers(part), secs=named
        )
        said = said[0].upper() + said[1:] if v == 1 else said
    summary = P(f"{tx.SUMMARY_LEADS[v]} {said}")
    blocks, items = _numbered(topics, v)
    letter = [*_frame(v, trust, ref, rec, resp), summary, *blocks, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


def _redacted(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    named = rnd.sample(tx.REDACT_TOPICS, rnd.randint(1, 2))
    marked = [
        tx.Topic(
            t.question,
            t.gist,
            tuple(a.replace("{R}", tx.REDACT_MARKS[v]) for a in t.answer),
            t.exemption,
        )
        for t in named
    ]
    topics = rnd.sample(tx.TOPICS, rnd.randint(2, 3)) + marked
    rnd.shuffle(topics)
    blocks, items = _numbered(topics, v)
    note: list[Block] = [P(tx.REDACT_HEADS[v], "bold")] if tx.REDACT_HEADS[v] else []
    note.append(P(tx.REDACT_NOTES[v]))
    letter = [*_frame(v, trust, ref, rec, resp), *blocks, *note, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


def _sar(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    topics = rnd.sample(tx.TOPICS, rnd.randint(2, 4))
    own = tx.Topic(tx.SAR_QUESTIONS[v], "", tx.SAR_ANSWERS[v], "40(1)")
    topics.insert(rnd.randint(1, len(topics)), own)
    blocks, items = _numbered(topics, v)
    letter = [*_frame(v, trust, ref, rec, resp), *blocks, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


def _interpreted(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    gists = [t.gist for t in topics]
    asked = tx.INTERPRET_ASKS[v].format(gists=", ".join(gists[:-1]) + f" and {gists[-1]}")
    quoted: list[Block] = (
        [H(tx.INTERPRET_HEADS[v])] if v == 0 else [P(tx.INTERPRET_HEADS[v], "bold")]
    )
    quoted += [P(f"“{asked}”", "italic" if v == 0 else None), P(tx.INTERPRET_LEADS[v])]
    blocks, items = _numbered(topics, v)
    letter = [*_frame(v, trust, ref, rec, resp), *quoted, *blocks, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


def _cover(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    form = DATE_FORMS[v]
    published = _iso(resp, rnd.randint(7, 30))
    outcome = tx.COVER_OUTCOMES[any(t.exemption for t in topics)]
    fields = [
        ("Reference", ref),
        ("Subject", tx.COVER_SUBJECTS[v]),
        ("Date received", form(rec)),
        ("Date responded", form(resp)),
        ("Date published", form(published)),
        ("Outcome", outcome),
    ]
    sheet: list[Block] = [H(tx.COVER_TITLES[v]), P(trust[0])]
    if v == 0:
        sheet.append(T([list(f) for f in fields]))
    else:
        sheet += [P(f"{k}: {x}") for k, x in fields]
    blocks, items = _numbered(topics, v)
    letter = [*sheet, *_frame(v, trust, ref, rec, resp), *blocks, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in topics])


def _ticked(v: int, tick: tx.Tick) -> list[Block]:
    """The options under a question, the chosen one's box ticked."""
    on, off = tx.TICK_BOXES[v]
    boxes = [f"{on if i == tick.chosen else off} {o}" for i, o in enumerate(tick.options)]
    lines = [P(b) for b in boxes] if v == 0 else [P("   ".join(boxes))]
    if tick.comment:
        lines.append(P(f"{tx.TICK_COMMENTS[v]} {tick.comment}"))
    return lines


def _questionnaire(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    ticks = rnd.sample(tx.TICKS, rnd.randint(3, 5))
    blocks: list[Block] = [P(tx.TICK_LEADS[v])]
    items = []
    for n, tick in enumerate(ticks, 1):
        blocks += [_question_line(n, tick.question, v), *_ticked(v, tick)]
        answer = " ".join(x for x in (tick.options[tick.chosen], tick.comment) if x)
        items.append(_item(str(n), tick.question, answer))
    letter = [*_frame(v, trust, ref, rec, resp), *blocks, *_closing(v, trust)]
    return letter, items, _foia([t.exemption for t in ticks])


def _template(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    rows = rnd.sample(tx.TEMPLATE_ROWS, rnd.randint(4, 6))
    table = [list(tx.TEMPLATE_HEADS[v])]
    items = []
    for n, (asked, guidance, response, _) in enumerate(rows, 1):
        label = TEMPLATE_REFS[v].format(n=n)
        table.append([label, asked, guidance, response])
        items.append(_item(label, asked, response))
    blocks = [P(tx.TEMPLATE_LEADS[v]), T(table)]
    letter = [*_frame(v, trust, ref, rec, resp), *blocks, *_closing(v, trust)]
    return letter, items, _foia([r[3] for r in rows])


def _reissued(rnd: random.Random, v: int, trust: tuple, ref: str, rec: str, resp: str):
    topics = rnd.sample(tx.TOPICS, rnd.randint(3, 5))
    form = DATE_FORMS[v]
    first = _iso(rec, rnd.randint(8, 18))
    k = rnd.randint(1, len(topics))
    mark = P(tx.AMENDED_MARKS[v], "bold")
    opening = P(tx.AMENDED_OPENINGS[v].format(first=form(first), rec=form(rec), k=k))
    blocks, items = _numbered(topics, v)
    at = blocks.index(_question_line(k, topics[k - 1].question, v)) + 1
    if v == 0:
        blocks.insert(at, P(tx.AMENDED_TAGS[0], "bold"))
    else:
        blocks[at] = P(f"{tx.AMENDED_TAGS[1]} {topics[k - 1].answer[0]}")
    head = [mark, *_letterhead(v, trust, ref, resp), _hello(v), opening]
    return [*head, *blocks, *_closing(v, trust)], items, _foia([t.exemption for t in topics])


BUILDERS = {
    ORD_SUMMARY: _summary,
    ORD_REDACTED: _redacted,
    ORD_SAR: _sar,
    ORD_INTERPRETED: _interpreted,
    COVER: _cover,
    QUESTIONNAIRE: _questionnaire,
    TEMPLATE: _template,
    REISSUED: _reissued,
}


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-ad/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    if style == REISSUED:  # the reissue comes weeks after the first response
        resp = _iso(rec, rnd.randint(40, 70))
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
