"""Held-out set Z, FOI half: a PAIRS grid. Set Y (benchmarks/heldout_y/foi_y.py)
changes one structural dimension of an ordinary base letter at a time; set Z changes
exactly TWO of Y's dimensions at once, each value as Y's grid defines it, so that a
miss says which INTERACTION of two structural readings is missing. The pairs are in
foi_z_pairs.py: every pair of Y's ten dimensions at least once, the combinations
commonly printed together more often ("Q1." x "Response:", a two-column table x
"s.43(2)", bullets x a table answer, "(a)" x all questions then all answers, sub-parts
x the three-column table, unnumbered x bold answers, the reference in the subject
line x "12/03/2024" ...). Each cell is printed by Y's three topics (foi_y_text.TOPICS)
in DOCX, PDF and HTML; its style is "<dimension>: <value> + <dimension>: <value>",
dimensions in Y's grid order. Nothing under parsers/ was read while writing it.

Y's builders are reused (imported) wherever Y's letter already combines the two
values (head, closing, exemption, content, numbering, marker); only the body builder
is generalised, because Y's placements other than "beneath" print every other
dimension at its base value. The truth is Y's (foi_y.py's docstring, every convention
unchanged). New conventions, stated before scoring:

- numbering with another placement: all questions then all answers prints the
  numbering's prefix before each question and before each answer ("(a) ..." twice),
  or, with the "A1." marker, "1." before the question and "A1." before its answer;
  the two-column table prints the prefix before the question in its cell; the
  three-column table prints the prefix in the No. column; the label is the
  numbering's label as in Y;
- a marker with another placement: the shaded-box question is followed by the
  marked answer paragraph as in Y's "beneath" placement;
- a marker with sub-parts: each part's answer paragraph carries the marker;
- sub-parts in the three-column table: the stem is a row of its own (its number, the
  stem, an empty response cell), each part a row "2(a)" | part | answer; the stem is in
  no item and each part is an item labelled "2a" (Y's convention);
- answer content with sub-parts (both replace Y's second question): the content value
  replaces the FIRST question, the parts the second;
- a multi-paragraph answer in a table cell is its paragraphs joined by spaces (Y's
  table convention).

`letters()` gives every letter; `STYLES` the cells; `CELLS[style]` a cell's config;
`PAIR_OF[style]` its two dimensions.
"""

from __future__ import annotations

from benchmarks.heldout_p.render import Block, Grid, H, P, S
from benchmarks.heldout_y import foi_y as y
from benchmarks.heldout_y import foi_y_text as tx
from benchmarks.heldout_y.foi_y import BASE, EX, GRID, PL, RF, M, Unit, YLetter
from benchmarks.heldout_y.foi_y_numbering import label_of, prefix_of
from benchmarks.heldout_z.foi_z_pairs import PAIRS

_AUTO = "Word/HTML auto-numbered list"  # the list draws the number: no prefix to print


def _cell(k1: str, i1: int, k2: str, i2: int) -> tuple[str, dict[str, str]]:
    v1, v2 = GRID[k1][1][i1], GRID[k2][1][i2]
    assert k1 != k2 and i1 and i2, (k1, k2)
    return f"{GRID[k1][0]}: {v1} + {GRID[k2][0]}: {v2}", BASE | {k1: v1, k2: v2}


CELLS: dict[str, dict[str, str]] = dict(_cell(*p) for p in PAIRS)
STYLES = list(CELLS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}
PAIR_OF: dict[str, tuple[str, str]] = {
    s: (GRID[k1][0], GRID[k2][0]) for s, (k1, _, k2, _) in zip(STYLES, PAIRS, strict=True)
}


def units(t: tx.Topic, cfg: dict[str, str]) -> tuple[list[Unit], str]:
    """Y's units; with both content and parts changed, the content takes question 1."""
    if cfg["content"] == BASE["content"] or cfg["parts"] == BASE["parts"]:
        return y.units(t, cfg)
    out, section = y.units(t, cfg | {"content": BASE["content"]})
    out[0] = y._special(t, cfg["content"])
    return out, section


def _beneath(us: list[Unit], cfg: dict[str, str]) -> list[Block]:
    """Y's "beneath" placement with any numbering and marker, the marker also on each
    sub-part's answer."""
    blocks: list[Block] = []
    for n, u in enumerate(us, 1):
        paras = u.paras
        if cfg["marker"] == M[10] and paras:
            blocks.append(y._question(u, n, cfg, run_on=paras[0]))
            blocks += [P(x) for x in paras[1:]]
        else:
            blocks.append(y._question(u, n, cfg))
            blocks += y._answer(paras, n, cfg["marker"])
        for x, (part, answer) in zip("abc", u.parts, strict=False):
            blocks += [P(f"({x}) {part}"), *y._answer((answer,), n, cfg["marker"])]
        blocks += u.after
    return blocks


def _prefixed(prefix: str, text: str) -> str:
    return f"{prefix} {text}" if prefix else text


def _all_then_all(us: list[Unit], cfg: dict[str, str]) -> list[Block]:
    """All questions, then all answers numbered alike (the numbering's prefix, or
    "A1." for the A1. marker)."""
    num, marker = cfg["numbering"], cfg["marker"]
    assert marker in (M[0], M[3]) and label_of(num, 1) and num != _AUTO
    qs = [P(_prefixed(prefix_of(num, n), u.question)) for n, u in enumerate(us, 1)]
    answers: list[Block] = []
    for n, u in enumerate(us, 1):
        assert not u.parts, "parts are not printed all-then-all"
        first = f"A{n}." if marker == M[3] else prefix_of(num, n)
        answers += [P(_prefixed(first, u.paras[0])), *map(P, u.paras[1:]), *u.after]
    return [H("Your request"), *qs, H("Our response"), *answers]


def _table_rows(us: list[Unit], cfg: dict[str, str], three: bool) -> list[list[str]]:
    num = cfg["numbering"]
    rows = [["No.", "Request", "Response"]] if three else [["Question", "Response"]]
    for n, u in enumerate(us, 1):
        assert not u.after, "a table cell holds no table or bullets"
        answer = "\n".join(u.paras)
        if not three:
            assert not u.parts
            rows.append([_prefixed(prefix_of(num, n), u.question), answer])
            continue
        no = str(n) if num == BASE["numbering"] else prefix_of(num, n)
        rows.append([no, u.question, answer])
        rows += [[f"{n}({x})", p, a] for x, (p, a) in zip("abc", u.parts, strict=False)]
    return rows


def _boxed(us: list[Unit], cfg: dict[str, str]) -> list[Block]:
    """Each question in a shaded box, its (marked) answer in prose after it."""
    blocks: list[Block] = []
    for n, u in enumerate(us, 1):
        assert not u.parts
        blocks += [S(_prefixed(prefix_of(cfg["numbering"], n), u.question))]
        blocks += [*y._answer(u.paras, n, cfg["marker"]), *u.after]
    return blocks


def body(us: list[Unit], cfg: dict[str, str]) -> list[Block]:
    pl = cfg["placement"]
    if pl == PL[0]:
        return _beneath(us, cfg)
    if pl == PL[1]:
        return _all_then_all(us, cfg)
    if pl == PL[4]:
        return _boxed(us, cfg)
    rows = _table_rows(us, cfg, three=pl == PL[3])
    widths = (1, 6, 8) if pl == PL[3] else None
    return [Grid(rows, header=True, widths=widths) if widths else Grid(rows, header=True)]


def generate(style: str, k: int) -> YLetter:
    """Topic k's letter for one pair cell (deterministic), built as Y builds its own."""
    cfg = CELLS[style]
    t = tx.TOPICS[k]
    us, section = units(t, cfg)
    blocks = body(us, cfg)
    if cfg["exemption"] == EX[6]:
        blocks += [
            P(f"Section {t.exempt.section} – {t.exempt.reason}", "bold"),
            P(t.exempt.explanation),
        ]
    closing = y._closing(t, cfg["closing"])
    if cfg["reference"] == RF[5]:
        closing = [*closing, P(f"Our ref: {t.ref}")]
    head = y._head(t, cfg)
    truth = {
        "items": y._items(us, cfg),
        "reference": t.ref,
        "received_date": t.received,
        "responded_date": t.responded,
        "exemptions": [{"law": "FOIA", "section": section}],
    }
    parts = {"head": head, "body": blocks, "closing": closing}
    doc = [*head, *blocks, *closing]
    return YLetter(style, "abc"[k], k, t.trust, doc, truth, FORMATS[style], dict(cfg), parts)


def letters() -> list[YLetter]:
    return [generate(s, k) for s in STYLES for k in range(len(tx.TOPICS))]
