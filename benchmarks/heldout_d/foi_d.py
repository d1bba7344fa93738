"""Held-out set D, FOI half: letters in eight house styles built in code with their
truth, written for issue #13 and scored at first sight (benchmarks/heldout_d/score.py).

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"): marker wording, numbering form, closing wording family, header layout. The truth
follows benchmarks/foi_score.py and the corpus truth's conventions:

- `label` is the question's number as printed without its punctuation ("1)", "(1)",
  "Question 1 -" -> "1"; "Q1:" -> "Q1"); unnumbered questions have `None`;
- `question` and `answer` are the text without their labels and markers ("You asked:",
  "A1:", "Response -"); an answer's paragraphs are joined by spaces; a table after an
  answer's text is not part of it (the project links it by `table_index`, DESIGN.md),
  and an answer that is only a table is its rows, cells joined by " | ", a line a row;
- one reply naming several questions ("Questions 2-4: ...") is each one's answer;
- a quoted original request after a refined one is not a question;
- exemptions are the FOIA sections the answers cite;
- closings, exemption explanations after the answers, and signatures are in no answer.

`letters()` gives every letter; `STYLES` names the styles; `FORMATS[style]` its formats.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from benchmarks.heldout_d.foi_d_text import (
    CLOSINGS,
    EXPLANATIONS,
    SIGNATURES,
    TOPICS,
    Part,
    Topic,
)
from benchmarks.heldout_d.render import Block, H, P, T

PER_STYLE = 6

# Two fictional trusts per style: (name, address, reference format).
TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    "request/reply table": [
        ("Brackenmoor Hospitals NHS Trust", "Fellside Road, Brackenmoor BM4 7QT", "FOI/{y}/{n}"),
        ("Oxley Vale Community NHS Trust", "12 Canal Wharf, Oxley OV2 9HD", "OVC-{n}"),
    ],
    "you asked / we said": [
        ("Saltmarsh Coast NHS Foundation Trust", "Harbour House, Saltmarsh SC1 3LN", "{n}/{y}"),
        ("Dunholm Valley Health NHS Trust", "Riverside Offices, Dunholm DV6 2PA", "DVH FOI {n}"),
    ],
    "bold question, plain answer": [
        ("Pellworth University Hospitals NHS Trust", "Bell Lane, Pellworth PW3 8RS", "FOI-{n}"),
        ("Ashgrove Mental Health NHS Trust", "The Lodge, Ashgrove AG9 1XY", "AMH/FOI/{n}"),
    ],
    "bracketed numbers": [
        ("Thornbury Fen NHS Foundation Trust", "Fen Road, Thornbury TF2 5JJ", "TFT {y}-{n}"),
        ("Kilnsey Moor Healthcare NHS Trust", "Moor Street, Kilnsey KM7 4EE", "REQ{n}"),
    ],
    "Q1: / A1:": [
        ("Coldharbour Community Health NHS Trust", "Unit 4, Coldharbour CH5 6GG", "CCH{n}"),
        ("Marrick Bay Hospitals NHS Trust", "Bay Road, Marrick MB1 2ZZ", "MB-FOI-{y}-{n}"),
    ],
    "Question N - / shared reply": [
        ("Hesketh Green NHS Foundation Trust", "Green Lane, Hesketh HG3 3HH", "HG{y}{n}"),
        ("Wyndle Partnership NHS Trust", "Wyndle House, Wyndle WP8 8WP", "FOI {n}"),
    ],
    "refined request quoted": [
        ("Garside Royal Infirmary NHS Trust", "Infirmary Square, Garside GR2 1AA", "GRI/{n}"),
        ("Elmstead Health and Care NHS Trust", "Elm Court, Elmstead EH4 4EH", "EHC-{y}-{n}"),
    ],
    "shared-cell table": [
        ("Lowther Fields NHS Trust", "Lowther House, Fields Road LF3 0QR", "LF/FOI/{n}"),
        ("Brightwater Community NHS Trust", "Quay Street, Brightwater BW5 5BW", "BCT{y}-{n}"),
    ],
    "disclosure-log page": [
        ("Polwhele Hospitals NHS Trust", "Trelawny Road, Polwhele PL9 9PP", "FOI{y}{n}"),
        ("Northwick Ambulance Service NHS Trust", "Station Road, Northwick NW1 1NW", "NAS {n}"),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf") for s in STYLES} | {
    "you asked / we said": ("docx", "pdf", "html"),
    "Q1: / A1:": ("docx", "pdf", "html"),
    "shared-cell table": ("docx", "pdf", "html"),
    "disclosure-log page": ("html", "docx", "pdf"),
}
MONTHS = "January February March April May June July August September October November December"


@dataclass
class Letter:
    style: str
    variant: str  # "a" or "b": which of the style's two trusts
    index: int  # its number within the style (letter k is trust "ab"[k % 2]'s)
    trust: str
    blocks: list[Block]
    truth: dict
    formats: tuple[str, ...] = field(default_factory=tuple)


def answer_text(parts: list[Part]) -> str:
    """An answer as the truth spells it: its paragraphs joined by spaces; a table only
    when the answer has no text (else the table is the item's table, not its text)."""
    texts = [p for p in parts if isinstance(p, str)]
    if texts:
        return " ".join(texts)
    return "\n".join("\n".join(" | ".join(r) for r in p) for p in parts if isinstance(p, list))


def _answer_blocks(parts: list[Part], first: str = "", style: str | None = None) -> list[Block]:
    """An answer's blocks; `first` (a marker such as "A1: ") opens its first paragraph."""
    out: list[Block] = []
    for i, p in enumerate(parts):
        if isinstance(p, list):
            out.append(T(p))
        else:
            out.append(P((first if i == 0 else "") + p, style))
    if parts and isinstance(parts[0], list) and first:  # a marker before a bare table
        out.insert(0, P(first.strip()))
    return out


def _long_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d} {MONTHS.split()[m - 1]} {y}"


def _dates(rnd: random.Random) -> tuple[str, str]:
    month = rnd.randint(1, 10)
    day = rnd.randint(1, 18)
    return f"2024-{month:02d}-{day:02d}", f"2024-{month + 1:02d}-{day + rnd.randint(0, 9):02d}"


def _head(style: str, v: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    """Letterhead, reference and dates, salutation and preamble, varied by style/trust."""
    name, address, _ = trust
    r, s = _long_date(rec), _long_date(resp)
    dmy = lambda iso: "/".join(reversed(iso.split("-")))  # noqa: E731
    heads = [
        [H(name), P(address), P(f"Our ref: {ref}"), P(f"Date: {s}")],
        [P(f"**{name}**"), P(address), P(f"Reference: {ref}"), P(f"Date of response: {s}")],
    ]
    blocks = heads[v]
    if v == 0:
        blocks += [P(f"Date request received: {r}"), P("Dear Requester")]
        blocks.append(
            P(
                "Thank you for contacting us under the Freedom of Information Act 2000. "
                "Please find our response to each part of your request below."
            )
        )
    else:
        blocks += [P(f"Received: {dmy(rec)}"), P("Dear Sir or Madam")]
        blocks.append(
            P(
                "Re: your Freedom of Information request. We confirm that the Trust holds "
                "some of the information you asked for; our answers follow."
            )
        )
    return blocks


def _qa(style: str, v: int, chosen: list[Topic], rnd: random.Random) -> tuple[list, list]:
    """The question/answer blocks of one style and their truth items."""
    blocks: list[Block] = []
    items: list[dict] = []

    def item(label, topic: Topic, answer: str | None = None) -> None:
        items.append(
            {
                "label": label,
                "question": topic.question,
                "answer": answer or answer_text(topic.answer),
            }
        )

    if style == "request/reply table":
        head = [["Your request", "Our reply"], ["No.", "Information requested", "Trust response"]]
        rows = [head[v]]
        for n, t in enumerate(chosen, 1):
            reply = "\n".join(p for p in t.answer if isinstance(p, str))
            rows.append([f"{n}. {t.question}", reply] if v == 0 else [str(n), t.question, reply])
            item(str(n), t)
        blocks.append(T(rows))
    elif style == "shared-cell table":
        # all the questions in one cell and all the replies in the other, in order
        labels = (
            [str(n) for n in range(1, len(chosen) + 1)] if v == 0 else list("abcde")[: len(chosen)]
        )
        form = "{}. {}" if v == 0 else "{}) {}"
        asked = "\n".join(
            form.format(lab, t.question) for lab, t in zip(labels, chosen, strict=True)
        )
        said = "\n".join(
            form.format(lab, answer_text(t.answer)) for lab, t in zip(labels, chosen, strict=True)
        )
        head = ["Request", "Response"] if v == 0 else ["What you asked for", "Our response"]
        blocks.append(T([head, [asked, said]]))
        for lab, t in zip(labels, chosen, strict=True):
            item(lab, t)
    elif style == "you asked / we said":
        for t in chosen:
            if v == 0:
                blocks += [P("You asked:", "bold"), P(t.question), P("We said:", "bold")]
                blocks += _answer_blocks(t.answer)
            else:
                blocks.append(P(f"**You asked:** {t.question}"))
                blocks += _answer_blocks(t.answer, "**We said:** ")
            item(None, t)
    elif style == "bold question, plain answer":
        for t in chosen:
            blocks.append(P(t.question, "bold"))
            blocks += _answer_blocks(t.answer, style="italic" if v else None)
            item(None, t)
    elif style == "bracketed numbers":
        for n, t in enumerate(chosen, 1):
            blocks.append(P(f"{n}) {t.question}" if v == 0 else f"({n}) {t.question}"))
            blocks += _answer_blocks(t.answer, "" if v == 0 else "Response \u2013 ")
            item(str(n), t)
    elif style == "Q1: / A1:":
        for n, t in enumerate(chosen, 1):
            blocks.append(P(f"Q{n}: {t.question}" if v == 0 else f"**Q{n}:** {t.question}"))
            if v == 0:
                blocks += _answer_blocks(t.answer, f"A{n}: ")
                item(f"Q{n}", t)
                continue
            # trust b's answers quote the question back before answering it
            quoted = [f"In answer to \u201c{t.question}\u201d: {t.answer[0]}", *t.answer[1:]]
            if isinstance(t.answer[0], list):
                quoted = [f"In answer to \u201c{t.question}\u201d:", *t.answer]
            blocks += _answer_blocks(quoted)
            item(f"Q{n}", t, answer_text(quoted))
    elif style == "Question N - / shared reply":
        blocks += _shared(v, chosen, item)
    elif style == "refined request quoted":
        for n, t in enumerate(chosen, 1):
            blocks.append(P(f"{n}. {t.question}", "bold" if v == 0 else None))
            blocks += _answer_blocks(t.answer, "Response: " if v == 0 else "Our answer: ")
            item(str(n), t)
        original = (
            "Please provide all information the Trust holds about "
            + rnd.choice(["staffing, spending and facilities", "its estates and workforce"])
            + " for every year since 2010."
        )
        lead = (
            "For your reference, your original request, before it was refined, read as follows: "
            if v == 0
            else "Your request as first submitted (superseded by the refined request above): "
        )
        blocks.append(P(f"{lead}\u201c{original}\u201d"))
    return blocks, items


def _shared(v: int, chosen: list[Topic], item) -> list[Block]:
    """ "Question N - ..." items where one reply after a run of questions covers them."""
    blocks: list[Block] = []
    dash = " - " if v == 0 else " \u2013 "
    first, rest = chosen[0], chosen[1:]
    blocks.append(P(f"Question 1{dash}{first.question}"))
    blocks += _answer_blocks(first.answer, f"Answer{dash}")
    item("1", first)
    shared = (
        "We do not hold this information in a form that answers these questions. The "
        "figures are not recorded centrally and could only be found by reading individual "
        "records, which we are not required to do."
    )
    for n, t in enumerate(rest, 2):
        blocks.append(P(f"Question {n}{dash}{t.question}"))
        item(str(n), t, shared)
    last = len(chosen)
    cover = f"Questions 2-{last}: " if v == 0 else f"Answer to questions 2 to {last}{dash}"
    if last == 2:
        cover = "Question 2: " if v == 0 else f"Answer to question 2{dash}"
    blocks.append(P(cover + shared))
    return blocks


def _disclosure_log(v: int, ref: str, rec: str, resp: str, chosen, item_out) -> list:
    """A disclosure-log entry: its fields, the request (one unnumbered question in two
    sentences for trust a, numbered questions for trust b) and the response."""
    r, s = _long_date(rec), _long_date(resp)
    subject = chosen[0].question.split(",")[0].rstrip("?")
    blocks: list[Block] = [H(f"{ref}: {subject}")]
    if v == 0:
        t = chosen[0]
        blocks += [P(f"Reference: {ref}"), P(f"Date received: {r}"), P(f"Date responded: {s}")]
        question = f"I am researching NHS services in my area. {t.question}"
        blocks += [H("Request"), P(question), H("Response")]
        blocks += _answer_blocks(t.answer)
        item_out.append({"label": None, "question": question, "answer": answer_text(t.answer)})
        return blocks
    blocks += [P(f"Request number: {ref}"), P(f"Received: {r}"), P(f"Response sent: {s}")]
    blocks.append(H("Information requested"))
    blocks += [P(f"{n}. {t.question}") for n, t in enumerate(chosen, 1)]
    blocks.append(H("Information provided"))
    for n, t in enumerate(chosen, 1):
        blocks += _answer_blocks(t.answer, f"{n}. ")
        item_out.append({"label": str(n), "question": t.question, "answer": answer_text(t.answer)})
    return blocks


def _closing(v: int, exemptions: list[str], rnd: random.Random, trust) -> list[Block]:
    """Exemption explanations, then the closing paragraphs and the signature block."""
    blocks: list[Block] = [P(EXPLANATIONS[ex][v]) for ex in exemptions]
    kinds = rnd.sample(list(CLOSINGS), rnd.randint(3, len(CLOSINGS)))
    blocks += [P(CLOSINGS[k][v]) for k in kinds]
    blocks += [P(line) for line in SIGNATURES[v]]
    blocks += [P(trust[0]), P(trust[1])]
    return blocks


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-d/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    pool = TOPICS
    if style in ("request/reply table", "shared-cell table"):  # replies live in cells
        pool = [t for t in TOPICS if "table" not in t.tags]
    chosen = rnd.sample(pool, rnd.randint(3 if style.startswith("Question N") else 2, 5))
    rec, resp = _dates(rnd)
    ref = trust[2].format(y=rec[2:4], n=rnd.randint(100, 4999))
    items: list[dict] = []
    if style == "disclosure-log page":
        if v == 0:
            chosen = chosen[:1]
        blocks = _disclosure_log(v, ref, rec, resp, chosen, items)
    else:
        qa, items = _qa(style, v, chosen, rnd)
        blocks = _head(style, v, trust, ref, rec, resp) + qa
    exemptions = sorted({t.exemption for t in chosen if t.exemption})
    if style == "Question N - / shared reply":  # only question 1's answer is its own
        exemptions = [chosen[0].exemption] if chosen[0].exemption else []
    blocks += _closing(v, exemptions, rnd, trust)
    truth = {
        "items": items,
        "reference": ref,
        "received_date": rec,
        "responded_date": resp,
        "exemptions": [{"law": "FOIA", "section": s} for s in exemptions],
    }
    return Letter(style, "ab"[v], k, trust[0], blocks, truth, FORMATS[style])


def letters(per_style: int = PER_STYLE) -> list[Letter]:
    return [generate(s, k) for s in STYLES for k in range(per_style)]
