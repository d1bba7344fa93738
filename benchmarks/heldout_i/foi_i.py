"""Held-out set I, FOI half: letters in eight house styles that neither sets D to H
(benchmarks/heldout_d .. heldout_h) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Besides the style, the letters carry what real ones do and the earlier sets did
not: ordinal dates ("5th March 2024"), dotted dates ("05.03.2024"), spreadsheet dates
("05-Mar-24"), a mail client's quoted-reply line ("On Tue, 5 Mar 2024 at 10:14, ...
wrote:"), dates that are printed only in a table at the top, a status column saying
whether the information is held, footnote markers with the notes gathered below the
answers, and the questions and answers set out in an annex after the signature.

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G and H apply them): `label` is the question's number or letter as printed
without its punctuation ("(2)" -> "2", "#3" -> "3", "Item 4" -> "4", "Q1" stays "Q1"),
and the number a browser draws for an `<ol>` item is its label, as Word's list
numbering is in set G; None when unnumbered; `question`/`answer` are the text without
labels, markers (footnote markers too) and quotation marks (an e-mail's ">" quote
marks too); a question asked as a clause of one sentence is that clause; a status
column ("Held", "Not held") is not the answer, nor are footnotes, nor "Back to top"
links; an answer's paragraphs are joined by spaces and an answer that is only a table
is its rows (cells joined by " | ", a line a row); exemptions are the FOIA sections
the answers cite; closings and signatures are in no answer; the received date of an
e-mail reply is the date the quoted request was sent.
"""

from __future__ import annotations

import datetime as dt
import random
from html import escape

from benchmarks.heldout_d.foi_d import Letter, answer_text
from benchmarks.heldout_d.render import H, P, T, _html_block
from benchmarks.heldout_h.render import Grid
from benchmarks.heldout_i.foi_i_text import CLOSINGS, EXPLANATIONS, SIGNATURES, TOPICS, Topic
from benchmarks.heldout_i.render import Block, Html

PER_STYLE = 4
MONTHS = "January February March April May June July August September October November December"
SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"

ITEM = "'Item 1' / '#1' labels, the answer beneath"
FAQ = "FAQ page: contents links, questions as <h3>, 'Back to top' after each answer"
OL_QUOTE = "web page: questions in an <ol>, each answer in a <blockquote>"
FOOTNOTES = "answers with footnote markers, the notes gathered below the answers"
ANNEX = "questions and answers in an annex after the signature"
STATUS = "dates only in a table at the top, a Held / Not held status column"
INTERLEAVED = "plain-text e-mail: questions quoted with '>', answers typed between them"
INLINE = "all questions in one sentence (1) ... (2) ..., answers numbered below"

# Two fictional trusts per style: (name, address, reference format).
TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    ITEM: [
        ("Ashcombe Levels NHS Trust", "Levels House, Ashcombe AL2 4LH", "FOI/20{y}/{n:04d}"),
        ("Bramwick Teaching Hospitals NHS Trust", "Infirmary Row, Bramwick BW7 1IR", "REQ-{n:06d}"),
    ],
    FAQ: [
        ("Coldharbour Community NHS Trust", "Harbour Court, Coldharbour CH3 8HC", "F{y}-{n:04d}"),
        ("Dunmere Valley Healthcare NHS Trust", "Mill Lane, Dunmere DV5 2ML", "DVH.{n}.{y}"),
    ],
    OL_QUOTE: [
        ("Elmsworth Mental Health NHS Trust", "Elm Walk, Elmsworth EW1 6EW", "EMH/FOISR/{n}"),
        ("Foxley Heath NHS Foundation Trust", "Heath Road, Foxley FH8 3HR", "FHT {y}{n}"),
    ],
    FOOTNOTES: [
        ("Glenridge General NHS Trust", "Ridge Way, Glenridge GR4 9RW", "GGT-FOI-{y}-{n}"),
        ("Holmbury Coast Hospitals NHS Trust", "Esplanade, Holmbury HB6 1ES", "H{n}/{y}"),
    ],
    ANNEX: [
        ("Ivybridge Moor NHS Trust", "Moor View, Ivybridge IM2 5MV", "IMT FOI {n}"),
        ("Kettlewell Partnership NHS Trust", "Beck Side, Kettlewell KW3 7BS", "KPT/IG/{y}/{n}"),
    ],
    STATUS: [
        ("Lindholme Royal Hospitals NHS Trust", "Royal Parade, Lindholme LR9 2RP", "LRH{y}{n}"),
        ("Meresham Community Health NHS Trust", "Mere Street, Meresham MC1 4MS", "MCHT-{n}"),
    ],
    INTERLEAVED: [
        ("Netherwood University NHS Trust", "Wood Lane, Netherwood NW5 5WL", "NUT{n}"),
        ("Orchard Vale NHS Foundation Trust", "Pippin Road, Orchard Vale OV2 8PR", "OVF-{y}-{n}"),
    ],
    INLINE: [
        ("Portholme Ambulance NHS Trust", "Station Approach, Portholme PA6 3SA", "PAT/{n}/{y}"),
        ("Quarrington Hospitals NHS Trust", "Quarry Hill, Quarrington QH4 1QH", "QHT FOI{n}"),
    ],
}
STYLES = list(TRUSTS)
# styles whose answer sits in one table cell or plain-text line take no table answer
NO_TABLE = {STATUS, INTERLEAVED}
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf") for s in STYLES} | {
    FAQ: ("html", "pdf"),  # a web page, and the page printed from a browser
    OL_QUOTE: ("html", "pdf"),
    STATUS: ("docx", "pdf", "html"),
    INTERLEAVED: ("pdf", "docx", "html"),
}


def _dmy(iso: str) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in iso.split("-"))
    return d, m, y


def ordinal_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    suffix = "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix} {MONTHS.split()[m - 1]} {y}"


def dotted_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d:02d}.{m:02d}.{y}"


def sheet_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d:02d}-{MONTHS.split()[m - 1][:3]}-{y % 100:02d}"


def mail_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    day = "Mon Tue Wed Thu Fri Sat Sun".split()[dt.date(y, m, d).weekday()]
    return f"{day}, {d} {MONTHS.split()[m - 1][:3]} {y}"


def long_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d} {MONTHS.split()[m - 1]} {y}"


DATE_FORMS = (ordinal_date, dotted_date, sheet_date, mail_date, long_date)


def _dates(rnd: random.Random) -> tuple[str, str]:
    rec = dt.date(2024, 1, 8) + dt.timedelta(days=rnd.randint(0, 300))
    resp = rec + dt.timedelta(days=rnd.randint(12, 28))
    return rec.isoformat(), resp.isoformat()


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address, _ = trust
    if kind == 0:  # letterhead, ordinal dates
        return [
            H(name),
            P(address),
            P(f"{ordinal_date(resp)}"),
            P(f"Our ref: {ref}"),
            P("Dear Requester"),
            P(
                f"Thank you for your request for information, which the Trust received on "
                f"{ordinal_date(rec)}. We have dealt with it under the Freedom of Information "
                "Act 2000."
            ),
        ]
    if kind == 1:  # reference, received and sent dates on lines of their own, dotted
        return [
            P(name, "bold"),
            P(f"Information Governance, {address}"),
            P(f"FOI reference: {ref}"),
            P(f"Request received: {dotted_date(rec)}"),
            P(f"Response sent: {dotted_date(resp)}"),
            P("Dear Applicant,"),
            P("Please find below the Trust's response to your Freedom of Information request."),
        ]
    return [  # a dated line, then "Re:" and the request's date in the first sentence
        P(f"{name}, {address}"),
        P(sheet_date(resp)),
        P(f"Re: Freedom of Information request {ref}", "bold"),
        P("Dear Sir/Madam"),
        P(
            f"I write in reply to your request, logged by the Trust on {sheet_date(rec)}, for "
            "the information set out below."
        ),
    ]


def _parts(parts: list, first: str = "", last: str = "") -> list[Block]:
    """An answer's blocks; `first` opens its first paragraph, `last` ends its first
    paragraph (a footnote marker)."""
    out: list[Block] = []
    done = False
    for i, p in enumerate(parts):
        if isinstance(p, list):
            out.append(T(p))
            continue
        text = (first if i == 0 else "") + p + ("" if done else last)
        done = True
        out.append(P(text))
    if parts and isinstance(parts[0], list) and first:
        out.insert(0, P(first.strip()))
    if not done and last:
        out.append(P(last.strip()))
    return out


def _closing(v: int, rnd: random.Random, trust: tuple, cited: list[str]) -> list[Block]:
    blocks: list[Block] = [P(EXPLANATIONS[s]) for s in cited if v == 0]
    kinds = ["review", "regulator", *rnd.sample(["reuse", "thanks"], rnd.randint(0, 2))]
    blocks += [P(CLOSINGS[k][v]) for k in kinds]
    return blocks + [P(line) for line in SIGNATURES[v]] + [P(trust[0])]


def _item(label, t: Topic) -> dict:
    return {"label": label, "question": t.question, "answer": answer_text(t.answer)}


def _letter_qa(style: str, v: int, chosen: list[Topic]) -> tuple[list[Block], list[dict]]:
    """The question/answer blocks of ITEM, FOOTNOTES and ANNEX and their truth items."""
    blocks: list[Block] = []
    items: list[dict] = []
    notes: list[str] = []
    for n, t in enumerate(chosen, 1):
        items.append(_item(str(n), t))
        if style == ITEM:
            if v == 0:
                blocks += [P(f"Item {n}", "bold"), P(t.question, "italic")]
            else:
                blocks.append(P(f"#{n} {t.question}", "bold"))
            blocks += _parts(t.answer)
        elif style == FOOTNOTES:
            marker = ""
            if t.note:
                notes.append(t.note)
                marker = SUPERSCRIPTS[len(notes) - 1] if v == 0 else f" [{len(notes)}]"
            blocks.append(P(f"{n}. {t.question}" if v == 0 else f"({n}) {t.question}", "bold"))
            blocks += _parts(t.answer, last=marker)
        elif style == ANNEX:
            if v == 0:
                blocks += [P(f"{n}. {t.question}", "bold")]
                blocks += _parts(t.answer)
            else:
                blocks.append(P(f"Request {n}: {t.question}"))
                blocks += _parts(t.answer, "Response: ")
    if notes:
        blocks.append(P("Notes" if v == 0 else "_" * 20, "bold" if v == 0 else None))
        for i, note in enumerate(notes, 1):
            blocks.append(P(f"{SUPERSCRIPTS[i - 1]} {note}" if v == 0 else f"[{i}] {note}"))
    return blocks, items


def _status(v: int, trust, ref, rec, resp, chosen, rnd) -> tuple[list[Block], list[dict]]:
    """Dates only in a table at the top; then a table a question a row, with whether the
    information is held in a column of its own and the answer's paragraphs in one cell."""
    name, address, _ = trust
    top = (
        [
            ["Our reference", "Date received", "Date responded"],
            [ref, long_date(rec), long_date(resp)],
        ]
        if v == 0
        else [
            ["FOI number", "Received", "Due", "Responded"],
            [ref, dotted_date(rec), "20 working days", dotted_date(resp)],
        ]
    )
    blocks: list[Block] = [
        H(name),
        P(address),
        Grid(top, header=True),
        P("Dear Requester," if v == 0 else "Dear Enquirer"),
        P(
            "Each part of your request is answered in the table below, which also shows whether "
            "the Trust holds the information."
            if v == 0
            else "Our response to your Freedom of Information request is tabulated below."
        ),
    ]
    rows = [
        ["No.", "Your question", "Status", "Our answer"]
        if v == 0
        else ["Ref", "Information requested", "Held?", "Response"]
    ]
    items = []
    for n, t in enumerate(chosen, 1):
        label = str(n) if v == 0 else f"Q{n}"
        status = t.status if v == 0 else {"Held": "Yes", "Not held": "No"}.get(t.status, "Partly")
        rows.append(
            [label, t.question, status, "\n".join(p for p in t.answer if isinstance(p, str))]
        )
        items.append(_item(label, t))
    blocks.append(Grid(rows, header=True, widths=(2, 8, 3, 12)))
    cited = sorted({t.exemption for t in chosen if t.exemption})
    return blocks + _closing(v, rnd, trust, cited), items


def _interleaved(v: int, trust, ref, rec, resp, chosen, rnd) -> tuple[list[Block], list[dict]]:
    """A plain-text e-mail reply: the requester's e-mail quoted line by line with ">",
    each answer typed under its question."""
    box = "information.requests@" + trust[0].split()[0].lower() + ".nhs.example"
    hour = rnd.randint(8, 17)
    blocks: list[Block] = [
        P(f"From: {trust[0]} Information Requests <{box}>"),
        P(f"Date: {mail_date(resp)} {hour}:{rnd.randint(10, 59)}"),
        P("To: Jo Enquirer <jo.enquirer@post.example>"),
        P(f"Subject: Re: FOI request - our ref {ref}"),
        P("Dear Jo,"),
        P(
            "Thank you for your e-mail. The Trust's answers are typed beneath each of your "
            "questions in the text below."
            if v == 0
            else "Please see our replies in line with your original message below."
        ),
        P(
            f"> On {mail_date(rec)} at {hour - 1:02d}:{rnd.randint(10, 59)}, Jo Enquirer "
            "<jo.enquirer@post.example> wrote:"
        ),
        P("> Dear Freedom of Information Officer,"),
        P("> I would like to request the following information under the FOI Act:"),
    ]
    items = []
    for n, t in enumerate(chosen, 1):
        label = str(n) if v == 0 else None
        blocks.append(P(f"> {n}. {t.question}" if v == 0 else f"> {t.question}"))
        blocks += _parts(t.answer)
        items.append(_item(label, t))
    blocks += [P("> Kind regards,"), P("> Jo Enquirer")]
    cited = sorted({t.exemption for t in chosen if t.exemption})
    return blocks + _closing(v, rnd, trust, cited), items


def _inline(v: int, chosen: list[Topic]) -> tuple[list[Block], list[dict]]:
    """Every question a clause of one sentence, the answers numbered below."""
    labels = [str(n) if v == 0 else "abcdefgh"[n - 1] for n in range(1, len(chosen) + 1)]
    clauses = [f"({lab}) {t.clause}" for lab, t in zip(labels, chosen, strict=True)]
    sentence = "; ".join(clauses[:-1]) + "; and " + clauses[-1] + "."
    blocks: list[Block] = [
        P(("You asked for: " if v == 0 else "Your request was for ") + sentence, "italic"),
        P("Our response" if v == 0 else "The Trust's reply", "bold"),
    ]
    items = []
    for lab, t in zip(labels, chosen, strict=True):
        blocks += _parts(t.answer, f"{lab}. " if v == 0 else f"({lab}) ")
        items.append({"label": lab, "question": t.clause, "answer": answer_text(t.answer)})
    return blocks, items


def _answer_html(t: Topic) -> str:
    return "".join(_html_block(T(p) if isinstance(p, list) else P(p)) for p in t.answer)


def _answer_printed(t: Topic) -> list[Block]:
    return [T(p) if isinstance(p, list) else P(p) for p in t.answer]


def _faq(v: int, trust, ref, rec, resp, chosen) -> tuple[list[Block], list[dict]]:
    """A disclosure page as an FAQ: a contents list of links to the questions, each
    question an <h3>, its answer, and a "Back to top" link."""
    heads = [t.question if v == 0 else f"{n}. {t.question}" for n, t in enumerate(chosen, 1)]
    contents = "".join(f"<li><a href='#q{n}'>{escape(q)}</a></li>" for n, q in enumerate(heads, 1))
    body = "".join(
        f"<h3 id='q{n}'>{escape(q)}</h3>{_answer_html(t)}<p><a href='#top'>Back to top</a></p>"
        for n, (q, t) in enumerate(zip(heads, chosen, strict=True), 1)
    )
    printed: list[Block] = [P("On this page", "bold"), *(P(q) for q in heads)]
    for q, t in zip(heads, chosen, strict=True):
        printed += [P(q, "bold"), *_answer_printed(t), P("Back to top")]
    blocks: list[Block] = [
        H(f"{ref}: your questions answered" if v == 0 else f"Freedom of Information - {ref}"),
        P(
            f"Request received {ordinal_date(rec)}"
            if v == 0
            else f"Date received: {dotted_date(rec)}"
        ),
        P(f"Answered {ordinal_date(resp)}" if v == 0 else f"Date of reply: {dotted_date(resp)}"),
        Html(
            f"<nav class='contents'><h2 id='top'>On this page</h2><ul>{contents}</ul></nav>{body}",
            printed,
        ),
        P(CLOSINGS["review"][v]),
        P(CLOSINGS["regulator"][v]),
    ]
    items = [_item(None if v == 0 else str(n), t) for n, t in enumerate(chosen, 1)]
    return blocks, items


def _ol(v: int, trust, ref, rec, resp, chosen) -> tuple[list[Block], list[dict]]:
    """A request page: questions in an <ol> (the browser draws the numbers), each answer in
    a <blockquote> inside its item."""
    lis = "".join(
        f"<li><p>{escape(t.question)}</p><blockquote>{_answer_html(t)}</blockquote></li>"
        for t in chosen
    )
    printed: list[Block] = []
    for n, t in enumerate(chosen, 1):
        printed += [P(f"{n}. {t.question}"), *_answer_printed(t)]
    blocks: list[Block] = [
        H(trust[0]),
        H(f"FOI request {ref}" if v == 0 else f"Disclosure: request {ref}"),
        P(
            f"Received: {sheet_date(rec)}. Responded: {sheet_date(resp)}."
            if v == 0
            else f"This request was received on {long_date(rec)} and answered on {long_date(resp)}."
        ),
        P("The requester asked:" if v == 0 else "Questions and the Trust's answers"),
        Html(f"<ol class='foi-questions'>{lis}</ol>", printed),
        P(CLOSINGS["reuse"][v]),
    ]
    return blocks, [_item(str(n), t) for n, t in enumerate(chosen, 1)]


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-i/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    pool = [t for t in TOPICS if style not in NO_TABLE or not t.has_table]
    if style == FOOTNOTES:  # a letter with footnotes has at least two notes
        noted = [t for t in pool if t.note]
        chosen = rnd.sample(noted, 2) + rnd.sample([t for t in pool if not t.note], 2)
        rnd.shuffle(chosen)
    else:
        chosen = rnd.sample(pool, rnd.randint(3, 5))
    rec, resp = _dates(rnd)
    ref = trust[2].format(y=rec[2:4], n=rnd.randint(100, 9999))
    cited = sorted({t.exemption for t in chosen if t.exemption})
    head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp)
    if style == STATUS:
        blocks, items = _status(v, trust, ref, rec, resp, chosen, rnd)
    elif style == INTERLEAVED:
        blocks, items = _interleaved(v, trust, ref, rec, resp, chosen, rnd)
    elif style == FAQ:
        blocks, items = _faq(v, trust, ref, rec, resp, chosen)
    elif style == OL_QUOTE:
        blocks, items = _ol(v, trust, ref, rec, resp, chosen)
    elif style == INLINE:
        qa, items = _inline(v, chosen)
        blocks = [*head, *qa, *_closing(v, rnd, trust, cited)]
    elif style == ANNEX:
        qa, items = _letter_qa(style, v, chosen)
        annex = "Annex A: your questions and our answers" if v == 0 else "Schedule of responses"
        blocks = [
            *head,
            P(
                "Our answer to each of your questions is set out in the annex to this letter."
                if v == 0
                else "The schedule attached below gives the response to every item you raised."
            ),
            *_closing(v, rnd, trust, cited),
            H(annex),
            P(f"Reference {ref}"),
            *qa,
        ]
    else:
        qa, items = _letter_qa(style, v, chosen)
        blocks = [*head, *qa, *_closing(v, rnd, trust, cited)]
    truth = {
        "items": items,
        "reference": ref,
        "received_date": rec,
        "responded_date": resp,
        "exemptions": [{"law": "FOIA", "section": s} for s in cited],
    }
    return Letter(style, "ab"[v], k, trust[0], blocks, truth, FORMATS[style])


def letters(per_style: int = PER_STYLE) -> list[Letter]:
    return [generate(s, k) for s in STYLES for k in range(per_style)]
