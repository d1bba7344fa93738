"""Held-out set J, FOI half: letters in eight house styles that neither sets D to I
(benchmarks/heldout_d .. heldout_i) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Besides the style, the letters carry date forms the earlier sets did not
("Tuesday 5 March 2024", "5/3/2024", "2024-03-05", "March 5, 2024", "5 Mar. 2024"),
a one-line reference strip ("Ref ... | Received ... | Replied ..."), answers told
apart from questions only by their colour or by a web page's CSS classes, a letter
set in two text columns, and exemptions explained in a table at the end.

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to I apply them): `label` is the question's number as printed without its
punctuation ("Q.1" -> "Q1", "[2]" -> "2", "Request 3 of 5" -> "3"); numbers that
restart in each section of a letter are each question's own printed number, so labels
repeat; None when unnumbered; `question`/`answer` are the text without labels and
markers ("→", "Ans:") and without the dotted leader between a question and its
one-word answer; an answer's paragraphs are joined by spaces; the exemptions are the
FOIA sections the letter applies, whether cited in an answer or listed in a final
"Exemptions applied" table (the table is in no answer); closings and signatures are
in no answer.
"""

from __future__ import annotations

import datetime as dt
import random
from html import escape

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_d.render import H, P
from benchmarks.heldout_j.foi_j_text import CLOSED, CLOSINGS, REASONS, SIGNATURES, TOPICS, Topic
from benchmarks.heldout_j.render import Block, C, Columns, Grid, Html

PER_STYLE = 4
MONTHS = "January February March April May June July August September October November December"

COLOUR = "answers marked only by colour ('our responses are in blue'), no labels"
COLUMNS = "letter set in two text columns"
DIVS = "web page of <div class=...> blocks: question and answer told apart only by class"
ARROW = "'Q.1' / 'Request 1 of 5' labels, answers after '→' or 'Ans:'"
SECTIONS = "questions numbered afresh in each lettered section, so labels repeat"
LEADERS = "dotted leaders: 'question ........ Yes', one-word answers on the same line"
EXEMPT_TABLE = "exemptions gathered in a final 'Exemptions applied' table"
MARGIN = "request in a left margin column, answer on the right, no table borders"

# Two fictional trusts per style: (name, address, reference format).
TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    COLOUR: [
        ("Amberley Downs NHS Trust", "Downs Road, Amberley AD3 9DR", "FOI.20{y}.{n:04d}"),
        ("Birchanger Royal Hospitals NHS Trust", "Royal Way, Birchanger BR1 2RW", "IG-FOI-{n}-{y}"),
    ],
    COLUMNS: [
        ("Copplestone Community NHS Trust", "Old Market, Copplestone CP4 6OM", "R/{n}/20{y}"),
        ("Dorrington Fields NHS Foundation Trust", "Field Lane, Dorrington DF2 7FL", "DFT{y}-{n}"),
    ],
    DIVS: [
        ("Eastling Marsh NHS Trust", "Marsh Lane, Eastling EM5 1ML", "20{y}/FOI/{n:05d}"),
        ("Fairlight Hospitals NHS Trust", "Cliff Road, Fairlight FL8 3CR", "FOIA#{n}"),
    ],
    ARROW: [
        ("Gorsley Common NHS Trust", "Common Side, Gorsley GC6 2CS", "GCT/FOI/{n}"),
        ("Hartfield Mental Health NHS Trust", "Priory Walk, Hartfield HM3 8PW", "HMH {y}-{n:04d}"),
    ],
    SECTIONS: [
        ("Ingleby Cross NHS Foundation Trust", "Cross Street, Ingleby IC2 4CS", "ICF{n}/{y}"),
        ("Jevington Healthcare NHS Trust", "Jevington Park, Jevington JH7 5JP", "FOI-J-{n}"),
    ],
    LEADERS: [
        ("Kingsdown Valley NHS Trust", "Valley Road, Kingsdown KV1 3VR", "KVT.{n}"),
        ("Lamberhurst General NHS Trust", "General Road, Lamberhurst LG4 6GR", "LGH/{y}/{n}"),
    ],
    EXEMPT_TABLE: [
        ("Milbourne Hospitals NHS Trust", "Bourne Street, Milbourne MB9 2BS", "MHT-FOI-{n}"),
        ("Newlyn Bay Community NHS Trust", "Bay View, Newlyn NB3 7BV", "NBC/{n}/{y}"),
    ],
    MARGIN: [
        ("Oakhanger University NHS Trust", "Hanger Lane, Oakhanger OU5 1HL", "OUT FOI {n}"),
        ("Pevensey Levels NHS Foundation Trust", "Levels Road, Pevensey PL2 9LR", "PLF{y}{n}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf") for s in STYLES} | {
    COLOUR: ("docx", "pdf", "html"),
    DIVS: ("html", "pdf"),  # a web page, and the page printed from a browser
    EXEMPT_TABLE: ("docx", "pdf", "html"),
    MARGIN: ("docx", "pdf", "html"),
}
INK = ("#1F4E9C", "#C00000")  # blue for trust "a", red for trust "b"


def _dmy(iso: str) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in iso.split("-"))
    return d, m, y


def weekday_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    day = dt.date(y, m, d).strftime("%A")
    return f"{day} {d} {MONTHS.split()[m - 1]} {y}"


def slash_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d}/{m}/{y}"


def iso_date(iso: str) -> str:
    return iso


def us_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{MONTHS.split()[m - 1]} {d}, {y}"


def abbrev_date(iso: str) -> str:
    d, m, y = _dmy(iso)
    return f"{d} {MONTHS.split()[m - 1][:3]}. {y}"


DATE_FORMS = (weekday_date, slash_date, iso_date, us_date, abbrev_date)


def _dates(rnd: random.Random) -> tuple[str, str]:
    rec = dt.date(2024, 1, 15) + dt.timedelta(days=rnd.randint(0, 290))
    resp = rec + dt.timedelta(days=rnd.randint(10, 27))
    return rec.isoformat(), resp.isoformat()


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address, _ = trust
    if kind == 0:  # letterhead, the day of the week in the dates
        return [
            H(name),
            P(address),
            P(f"Date: {weekday_date(resp)}"),
            P(f"Our reference: {ref}"),
            P("Dear Requester"),
            P(
                f"Your request of {weekday_date(rec)} has been considered under the Freedom of "
                "Information Act 2000, and our reply follows."
            ),
        ]
    if kind == 1:  # a one-line reference strip
        return [
            P(name, "bold"),
            P(address),
            P(f"Ref: {ref} | Received: {slash_date(rec)} | Replied: {slash_date(resp)}"),
            P("Dear Sir or Madam,"),
            P("Thank you for contacting the Trust. The information you asked for is below."),
        ]
    return [  # the trust's line, a month-first date, the request's date abbreviated
        P(f"{name} | {address}"),
        P(us_date(resp)),
        P(f"Request number {ref}", "bold"),
        P("Dear Enquirer,"),
        P(
            f"On {abbrev_date(rec)} ({iso_date(rec)}) you wrote to us asking for information "
            "held by the Trust. Please find our answers below."
        ),
    ]


def _closing(v: int, rnd: random.Random, trust: tuple) -> list[Block]:
    kinds = ["review", "regulator", *rnd.sample(["reuse", "thanks"], rnd.randint(0, 2))]
    return [P(CLOSINGS[k][v]) for k in kinds] + [P(x) for x in SIGNATURES[v]] + [P(trust[0])]


def _item(label: str | None, question: str, answer: str) -> dict:
    return {"label": label, "question": question, "answer": answer}


def _text(t: Topic) -> str:
    return " ".join(t.answer)


def _qa(style: str, v: int, chosen: list[Topic]) -> tuple[list[Block], list[dict]]:
    """The question/answer blocks of COLOUR, COLUMNS, ARROW and EXEMPT_TABLE."""
    blocks: list[Block] = []
    items: list[dict] = []
    total = len(chosen)
    for n, t in enumerate(chosen, 1):
        answer = t.answer
        if style == COLOUR:
            label = str(n) if v == 0 else None
            blocks.append(P(f"{n}. {t.question}" if v == 0 else t.question))
            blocks += [C(p, INK[v]) for p in answer]
        elif style == COLUMNS:
            label = str(n) if v == 0 else None
            blocks.append(P(f"{n}. {t.question}", "bold") if v == 0 else P(t.question, "italic"))
            blocks += [P(p) for p in answer]
        elif style == ARROW:
            label = f"Q{n}" if v == 0 else str(n)
            first = "→ " if v == 0 else "Ans: "
            head = f"Q.{n} {t.question}" if v == 0 else f"Request {n} of {total}: {t.question}"
            blocks.append(P(head, "bold" if v == 0 else None))
            blocks += [P(first + p if i == 0 else p) for i, p in enumerate(answer)]
        else:  # EXEMPT_TABLE: an exempt answer points to the table at the end
            label = str(n)
            answer = [t.withheld] if t.exemption else answer
            blocks.append(P(f"{n}. {t.question}" if v == 0 else f"[{n}] {t.question}", "bold"))
            blocks += [P(p) for p in answer]
        items.append(_item(label, t.question, " ".join(answer)))
    if style == EXEMPT_TABLE:
        rows = [["Question", "Exemption", "Reason"] if v == 0 else ["Item", "FOIA section", "Why"]]
        rows += [
            [str(n), f"Section {t.exemption}", REASONS[t.exemption]]
            for n, t in enumerate(chosen, 1)
            if t.exemption
        ]
        title = "Exemptions applied" if v == 0 else "Exemptions applied to this request"
        blocks += [P(title, "bold"), Grid(rows, header=True, widths=(3, 4, 12))]
    return blocks, items


def _sections(v: int, rnd: random.Random) -> tuple[list[Block], list[dict]]:
    """Two or three lettered sections, the questions numbered afresh in each."""
    themes = rnd.sample(sorted({t.theme for t in TOPICS}), rnd.randint(2, 3))
    blocks: list[Block] = []
    items: list[dict] = []
    for s, theme in enumerate(themes):
        letter = "ABC"[s]
        blocks.append(H(f"Section {letter}: {theme}") if v == 0 else P(f"Part {letter} - {theme}"))
        pool = [t for t in TOPICS if t.theme == theme]
        for n, t in enumerate(rnd.sample(pool, 2), 1):
            label = str(n) if v == 0 else f"Q{n}"
            blocks.append(P(f"{n}. {t.question}", "bold") if v == 0 else P(f"Q{n}. {t.question}"))
            blocks += [P(p) for p in t.answer]
            items.append(_item(label, t.question, _text(t)))
    return blocks, items


def _leaders(v: int, rnd: random.Random) -> tuple[list[Block], list[dict]]:
    """Closed questions, each answered on its own line after a dotted leader."""
    chosen = rnd.sample(CLOSED, rnd.randint(5, 7))
    blocks: list[Block] = [
        P("Your questions and our answers" if v == 0 else "Summary of responses", "bold")
    ]
    items = []
    for n, (q, a) in enumerate(chosen, 1):
        dots = max(6, 78 - len(q) - len(a)) if v == 0 else max(4, 40 - len(q) // 2)
        leader = "." * dots if v == 0 else " ".join("." * dots)
        blocks.append(P(f"{n}. {q} {leader} {a}" if v == 0 else f"{q} {leader} {a}"))
        items.append(_item(str(n) if v == 0 else None, q, a))
    return blocks, items


def _margin(v: int, chosen: list[Topic]) -> tuple[list[Block], list[dict]]:
    """A borderless two-column table: the request on the left, the answer on the right."""
    rows = [["Your request", "Our response"]] if v == 0 else []
    items = []
    for n, t in enumerate(chosen, 1):
        rows.append([t.question if v == 0 else f"{n}. {t.question}", "\n".join(t.answer)])
        items.append(_item(None if v == 0 else str(n), t.question, _text(t)))
    return [Grid(rows, header=v == 0, borders=False, widths=(5, 11))], items


def _divs(v: int, chosen: list[Topic]) -> tuple[list[Block], list[dict]]:
    """A page built of <div>s: question and answer told apart only by class (and CSS)."""
    css = (
        "<style>.title{font-size:1.5em}.title,.bold,.foi-q{font-weight:bold}"
        ".foi-q{margin-top:1em}.foi-a{margin-left:1em}</style>"
        if v == 0
        else "<style>.x-title{font-size:1.4em;font-weight:600}.x-bold{font-weight:600}"
        ".rq{font-style:italic;color:#555}.rs{padding:4px}.n{float:left}</style>"
    )
    divs, printed, items = [], [], []
    for n, t in enumerate(chosen, 1):
        if v == 0:
            answer = "".join(f"<div class='foi-a'>{escape(p)}</div>" for p in t.answer)
            divs.append(
                f"<div class='foi-item'><div class='foi-q'>{escape(t.question)}</div>{answer}</div>"
            )
            printed += [P(t.question, "bold"), *(P(p) for p in t.answer)]
        else:
            answer = "".join(f"<div class='rs'>{escape(p)}</div>" for p in t.answer)
            divs.append(
                f"<div class='row'><div class='n'>{n}</div><div class='rq'>"
                f"{escape(t.question)}</div>{answer}</div>"
            )
            printed += [P(f"{n}"), P(t.question, "italic"), *(P(p) for p in t.answer)]
        items.append(_item(None if v == 0 else str(n), t.question, _text(t)))
    html = f"{css}<div class='foi-body'>{''.join(divs)}</div>"
    return [Html(html, printed)], items


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-j/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    plain = [t for t in TOPICS if not t.exemption]
    if style == EXEMPT_TABLE:  # a letter with an exemptions table has one or two to list
        chosen = rnd.sample([t for t in TOPICS if t.exemption], rnd.randint(1, 2))
        chosen += rnd.sample(plain, rnd.randint(2, 3))
        rnd.shuffle(chosen)
    else:
        chosen = rnd.sample(TOPICS, rnd.randint(4, 5) if style == COLUMNS else rnd.randint(3, 5))
    rec, resp = _dates(rnd)
    ref = trust[2].format(y=rec[2:4], n=rnd.randint(100, 9999))
    head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp)
    if style == SECTIONS:
        qa, items = _sections(v, rnd)
    elif style == LEADERS:
        qa, items = _leaders(v, rnd)
    elif style == MARGIN:
        qa, items = _margin(v, chosen)
    elif style == DIVS:
        qa, items = _divs(v, chosen)
    else:
        qa, items = _qa(style, v, chosen)
    if style == COLOUR:
        intro = (
            "Our responses are shown in blue below."
            if v == 0
            else "The Trust's replies are printed in red beneath each of your questions."
        )
        qa = [P(intro), *qa]
    if style == COLUMNS:
        head = [*head, Columns()]
    blocks = [*head, *qa, *_closing(v, rnd, trust)]
    if style == DIVS:  # the whole page is <div>s, not only its questions and answers
        blocks = [_div_page(blocks, v)]
    cited = sorted({t.exemption for t in TOPICS if t.exemption and _question_in(t, items)})
    truth = {
        "items": items,
        "reference": ref,
        "received_date": rec,
        "responded_date": resp,
        "exemptions": [{"law": "FOIA", "section": s} for s in cited],
    }
    return Letter(style, "ab"[v], k, trust[0], blocks, truth, FORMATS[style])


def _div_page(blocks: list[Block], v: int) -> Html:
    """Every block of a letter as one page of <div>s: headings, lines and the question
    and answer pieces told apart only by class."""
    html, printed = [], []
    for b in blocks:
        if isinstance(b, Html):
            html.append(b.html)
            printed += b.printed
            continue
        kind = "title" if isinstance(b, H) else getattr(b, "style", None) or "line"
        html.append(f"<div class='{('' if v == 0 else 'x-')}{kind}'>{escape(b.text)}</div>")
        printed.append(P(b.text, "bold") if isinstance(b, H) else b)
    return Html("".join(html), printed)


def _question_in(t: Topic, items: list[dict]) -> bool:
    return any(item["question"] == t.question for item in items)


def letters(per_style: int = PER_STYLE) -> list[Letter]:
    return [generate(s, k) for s in STYLES for k in range(per_style)]
