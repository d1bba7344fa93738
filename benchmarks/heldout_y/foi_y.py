"""Held-out set Y, FOI half: a factorial GRID of letters, one structural dimension at a
time. One ordinary BASE letter (letterhead of a fictional trust, "Our ref:", the date
of reply, the received date in the opening sentence, questions numbered "1." each with
its plain answer paragraph beneath, one answer withholding information under section
43(2) followed by a paragraph explaining the public interest test, and the standard
closing: review rights, the ICO's address, re-use) and, for each DIMENSION (`GRID`),
several realistic VALUES; each cell changes exactly one dimension from the base and
keeps every other at the base value. The base is a cell too ("base"). Each cell is
printed by three topics (`foi_y_text.TOPICS`: other trusts, other words, 4, 5 and 3
questions) in DOCX, PDF and HTML. A letter's `style` is "<dimension>: <value>", so the
score per style says which structural reading is missing. Nothing under parsers/ was
read while writing it.

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to W apply them), stated here before scoring:

- `label` is the question's number or letter as printed without its punctuation
  ("1." "1)" "(1)" "Question 1:" "Question 1 -" -> "1"; "Q1." "Q1:" -> "Q1"; "a)" "(a)"
  -> "a"; "i)" "(i)" -> "i"; "I." "(I)" -> "I"); a Word/HTML auto-numbered list item is
  labelled with the number the list draws ("1", as set G); unnumbered paragraphs and
  bullets have None;
- `question` and `answer` are the text without labels and markers ("Answer:", "A:",
  "A1.", "Response:", "Trust response:", "Reply –", the dash that runs an answer on
  after its question); an answer's paragraphs (and its bullet lines) are joined by
  spaces; the paragraph explaining an exemption printed beneath the answer that
  applies it is the answer's last paragraph;
- an answer that is only a table is its rows, header row among them, cells joined by
  " | ", a line a row (sets D, K, T); a table printed after an answer's text (the
  exemption row table) is not part of the answer (set D);
- an exemption cited in a separate paragraph after all the answers (and its
  explanation) is in no answer (set D);
- when all questions are printed first and all answers after, numbered alike, each
  answer is its question's; the "Your request" / "Our response" headings are in no item;
- in a question/answer table (two or three columns) the answer is the response cell,
  its lines joined by spaces, the label the number printed in the row;
- a question with lettered parts answered part by part (set L's and R's convention):
  the stem ("Regarding disabled parking bays:") is in no item; each part is an item,
  labelled with the question's number and the part's letter ("2a"), its answer the
  paragraph beneath the part;
- the reference is the trust's reference wherever printed (head, subject line, header
  table, foot); `received_date` the day the opening sentence names, `responded_date`
  the date of the letter;
- the exemptions are the FOIA sections the answers apply; closings, signatures, the
  re-use and feedback paragraphs are in no item.

`letters()` gives every letter; `STYLES` the cells; `CELLS[style]` a cell's config.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_g.render import N
from benchmarks.heldout_p.render import B, Block, Grid, H, Html, P, S
from benchmarks.heldout_y import foi_y_text as tx
from benchmarks.heldout_y.foi_y_numbering import NUMBERING, label_of, prefix_of

BASE_STYLE = "base"

# key -> (dimension name, values); each list's first value is the base's
GRID: dict[str, tuple[str, list[str]]] = {
    "numbering": ("question numbering", list(NUMBERING)),
    "marker": (
        "answer marker",
        [
            "none, the answer paragraph beneath",
            "'Answer:'",
            "'A:'",
            "'A1.'",
            "'Response:'",
            "'Trust response:'",
            "'Reply –'",
            "answer in bold",
            "answer in italic",
            "answer indented",
            "answer run on the question's line after a dash",
        ],
    ),
    "placement": (
        "placement",
        [
            "each answer beneath its question",
            "all questions, then all answers numbered alike",
            "two-column table Question | Response, a row each",
            "three-column table No. | Request | Response",
            "each question quoted in a shaded box, the answer in prose after it",
        ],
    ),
    "exemption": (
        "exemption citation",
        [
            "'section 43(2)' in the answer's sentence",
            "'Section 43(2)'",
            "'s.43(2)'",
            "'S43(2) FOIA'",
            "'section 43(2) of the Freedom of Information Act 2000'",
            "'Section 21 – information accessible by other means'",
            "in a separate paragraph after all the answers",
            "in a table row beneath the answer",
        ],
    ),
    "reference": (
        "reference",
        [
            "'Our ref:' line in the head",
            "'Reference:' line in the head",
            "'FOI Request No.' line in the head",
            "in the subject line 'Re: Freedom of Information Request <ref>'",
            "in a header table",
            "'Our ref:' line at the foot, after the signature",
        ],
    ),
    "date": ("date form", list(tx.DATE_FORMS)),
    "received": ("received-date wording", list(tx.RECEIVED)),
    "closing": (
        "closing",
        [
            "review rights, ICO address, re-use, sign-off",
            "without the ICO's address",
            "a long re-use licence",
            "a feedback survey paragraph",
            "a signature block with a name and job title",
            "a 'further information' paragraph",
            "none at all",
        ],
    ),
    "content": (
        "answer content",
        [
            "one-paragraph answers",
            "a table answer",
            "a bulleted list answer",
            "a multi-paragraph answer",
            "a 'Nil'/'0' answer",
            "'Information not held'",
            "a yes/no answer with a sentence",
        ],
    ),
    "parts": (
        "sub-parts",
        ["no parts", "a question with (a)/(b)/(c) parts answered part by part"],
    ),
}
BASE: dict[str, str] = {key: values[0] for key, (_, values) in GRID.items()}
CELLS: dict[str, dict[str, str]] = {BASE_STYLE: dict(BASE)} | {
    f"{dim}: {value}": BASE | {key: value}
    for key, (dim, values) in GRID.items()
    for value in values[1:]
}
STYLES = list(CELLS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
DIMENSION_OF: dict[str, str] = {BASE_STYLE: BASE_STYLE} | {
    s: GRID[k][0] for s, cfg in CELLS.items() for k in GRID if cfg[k] != BASE[k]
}
M = GRID["marker"][1]
PL = GRID["placement"][1]
EX = GRID["exemption"][1]
RF = GRID["reference"][1]
CL = GRID["closing"][1]
CT = GRID["content"][1]


@dataclass
class YLetter(Letter):
    """A grid letter: its cell's config and its blocks in three parts (head, body,
    closing) so that a test can see which part a cell changed."""

    config: dict[str, str] = field(default_factory=dict)
    parts: dict[str, list] = field(default_factory=dict)


@dataclass
class Unit:
    """One question of a letter as printed: its paragraphs, blocks printed after them
    (bullets, a table), its truth answer, and lettered parts (part, answer) if any."""

    question: str
    paras: tuple[str, ...]
    after: list[Block] = field(default_factory=list)
    truth: str = ""
    parts: tuple[tuple[str, str], ...] = ()


def _plain(qa: tx.QA) -> Unit:
    return Unit(qa.question, qa.answer, truth=" ".join(qa.answer))


def _exempt(e: tx.Exempt, value: str) -> tuple[Unit, str]:
    """The exempt question as the exemption value prints it, and the section applied."""
    forms = ("section {s}", "Section {s}", "s.{s}", "S{s} FOIA")
    cites = dict(zip(EX[:4], forms, strict=True))
    cites[EX[4]] = "section {s} of the Freedom of Information Act 2000"
    if value == EX[5]:
        return Unit(e.question, (e.s21,), truth=e.s21), "21"
    if value in cites:
        paras = (e.withheld.format(cite=cites[value].format(s=e.section)), e.explanation)
        return Unit(e.question, paras, truth=" ".join(paras)), e.section
    bare = e.withheld.replace(" under {cite}", "")
    after: list[Block] = []
    if value == EX[7]:
        after = [
            Grid(
                [
                    ["Exemption", f"Section {e.section} – {e.reason}"],
                    ["Public interest test", e.explanation],
                ]
            )
        ]
    return Unit(e.question, (bare,), after=after, truth=bare), e.section


def _special(t: tx.Topic, value: str) -> Unit:
    if value == CT[1]:
        question, rows = t.table
        return Unit(
            question,
            (),
            after=[Grid([list(r) for r in rows], header=True)],
            truth="\n".join(" | ".join(r) for r in rows),
        )
    if value == CT[2]:
        question, lead, items = t.bullets
        return Unit(question, (lead,), after=[B(x) for x in items], truth=" ".join([lead, *items]))
    qa = {CT[3]: t.multi, CT[4]: t.nil, CT[5]: t.not_held, CT[6]: t.yes_no}[value]
    return _plain(qa)


def units(t: tx.Topic, cfg: dict[str, str]) -> tuple[list[Unit], str]:
    """The letter's questions in order and the exemption section its answers apply."""
    out = [_plain(qa) for qa in t.qas]
    exempt, section = _exempt(t.exempt, cfg["exemption"])
    out.insert(t.exempt_at, exempt)
    if cfg["content"] != BASE["content"]:
        out[tx.SPECIAL_AT] = _special(t, cfg["content"])
    if cfg["parts"] != BASE["parts"]:
        stem, parts = t.parts
        out[tx.SPECIAL_AT] = Unit(stem, (), parts=parts)
    return out, section


def _question(u: Unit, n: int, cfg: dict[str, str], run_on: str = "") -> Block:
    text = f"{u.question} – {run_on}" if run_on else u.question
    if cfg["numbering"] == "bullets":
        return B(text)
    if cfg["numbering"] == "Word/HTML auto-numbered list":
        return N(text, n)
    prefix = prefix_of(cfg["numbering"], n)
    return P(f"{prefix} {text}" if prefix else text)


def _answer(paras: tuple[str, ...], n: int, marker: str) -> list[Block]:
    if not paras:
        return []
    if marker == M[7] or marker == M[8]:
        return [P(x, "bold" if marker == M[7] else "italic") for x in paras]
    if marker == M[9]:
        inner = "".join(f"<p>{x}</p>" for x in paras)
        printed = Grid([["", "\n".join(paras)]], borders=False, widths=(1, 9))
        return [Html(f"<blockquote>{inner}</blockquote>", [printed])]
    words = {M[1]: "Answer:", M[2]: "A:", M[3]: f"A{n}.", M[4]: "Response:"}
    words |= {M[5]: "Trust response:", M[6]: "Reply –"}
    first = f"{words[marker]} {paras[0]}" if marker in words else paras[0]
    return [P(first), *(P(x) for x in paras[1:])]


def _beneath(us: list[Unit], cfg: dict[str, str]) -> list[Block]:
    """Each answer beneath its question (the base placement), with the marker."""
    blocks: list[Block] = []
    for n, u in enumerate(us, 1):
        paras = u.paras
        if cfg["marker"] == M[10] and paras:
            blocks.append(_question(u, n, cfg, run_on=paras[0]))
            paras = paras[1:]
            blocks += [P(x) for x in paras]
        else:
            blocks.append(_question(u, n, cfg))
            blocks += _answer(paras, n, cfg["marker"])
        for x, (part, answer) in zip("abc", u.parts, strict=False):
            blocks += [P(f"({x}) {part}"), P(answer)]
        blocks += u.after
    return blocks


def _placed(us: list[Unit], value: str) -> list[Block]:
    """The other placements (every other dimension at its base value)."""
    cell = "\n".join
    if value == PL[1]:
        qs = [P(f"{n}. {u.question}") for n, u in enumerate(us, 1)]
        answers = [
            [P(f"{n}. {u.paras[0]}"), *(P(x) for x in u.paras[1:])] for n, u in enumerate(us, 1)
        ]
        return [H("Your request"), *qs, H("Our response"), *(b for a in answers for b in a)]
    if value == PL[2]:
        rows = [["Question", "Response"]]
        rows += [[f"{n}. {u.question}", cell(u.paras)] for n, u in enumerate(us, 1)]
        return [Grid(rows, header=True)]
    if value == PL[3]:
        rows = [["No.", "Request", "Response"]]
        rows += [[str(n), u.question, cell(u.paras)] for n, u in enumerate(us, 1)]
        return [Grid(rows, header=True, widths=(1, 6, 8))]
    return [b for n, u in enumerate(us, 1) for b in (S(f"{n}. {u.question}"), *map(P, u.paras))]


def _items(us: list[Unit], cfg: dict[str, str]) -> list[dict]:
    out = []
    for n, u in enumerate(us, 1):
        label = label_of(cfg["numbering"], n)
        if u.parts:
            out += [
                {"label": f"{label}{x}", "question": part, "answer": answer}
                for x, (part, answer) in zip("abc", u.parts, strict=False)
            ]
        else:
            out.append({"label": label, "question": u.question, "answer": u.truth})
    return out


def _head(t: tx.Topic, cfg: dict[str, str]) -> list[Block]:
    date = tx.DATE_FORMS[cfg["date"]]
    ref = {RF[0]: f"Our ref: {t.ref}", RF[1]: f"Reference: {t.ref}"}
    ref[RF[2]] = f"FOI Request No. {t.ref}"
    blocks: list[Block] = [H(t.trust), P(t.address)]
    if cfg["reference"] in ref:
        blocks.append(P(ref[cfg["reference"]]))
    elif cfg["reference"] == RF[4]:
        blocks.append(
            Grid([["Our reference", t.ref], ["Enquiries to", "Information Governance Team"]])
        )
    subject = "Re: Freedom of Information Request"
    if cfg["reference"] == RF[3]:
        subject += f" {t.ref}"
    return [
        *blocks,
        P(date(t.responded)),
        P("Dear Requester,"),
        P(subject, "bold"),
        P(tx.RECEIVED[cfg["received"]].format(d=date(t.received))),
    ]


def _closing(t: tx.Topic, value: str) -> list[Block]:
    if value == CL[6]:
        return []
    c = tx.CLOSINGS
    review = [*c["further"], *c["review"]] if value == CL[5] else list(c["review"])
    ico = c["ico_short"] if value == CL[1] else c["ico"]
    reuse = (
        [P(c["reuse_long"][0], "bold"), *map(P, c["reuse_long"][1:])]
        if value == CL[2]
        else [P(c["reuse"][0])]
    )
    survey = [P(c["survey"][0])] if value == CL[3] else []
    sign = tx.SIGNATURE if value == CL[4] else tx.SIGN_OFF
    return [*map(P, review), *map(P, ico), *reuse, *survey, *map(P, sign), P(t.trust)]


def generate(style: str, k: int) -> YLetter:
    """Topic k's letter for one grid cell (deterministic)."""
    cfg = CELLS[style]
    t = tx.TOPICS[k]
    us, section = units(t, cfg)
    if cfg["placement"] == BASE["placement"]:
        body = _beneath(us, cfg)
    else:
        body = _placed(us, cfg["placement"])
    if cfg["exemption"] == EX[6]:
        body += [
            P(f"Section {t.exempt.section} – {t.exempt.reason}", "bold"),
            P(t.exempt.explanation),
        ]
    closing = _closing(t, cfg["closing"])
    if cfg["reference"] == RF[5]:
        closing = [*closing, P(f"Our ref: {t.ref}")]
    head = _head(t, cfg)
    truth = {
        "items": _items(us, cfg),
        "reference": t.ref,
        "received_date": t.received,
        "responded_date": t.responded,
        "exemptions": [{"law": "FOIA", "section": section}],
    }
    parts = {"head": head, "body": body, "closing": closing}
    return YLetter(
        style,
        "abc"[k],
        k,
        t.trust,
        [*head, *body, *closing],
        truth,
        FORMATS[style],
        dict(cfg),
        parts,
    )


def letters() -> list[YLetter]:
    return [generate(s, k) for s in STYLES for k in range(len(tx.TOPICS))]
