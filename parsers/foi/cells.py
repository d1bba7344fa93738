"""A question/answer table row whose questions all share one cell and whose
replies share the other: the cells are split into their items and each reply
is paired with its question by number, by where it stands on the page (PDF
line positions) or by order. Part of the FOI parser (parsers.foi.parse)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# a cell item numbered "1.", "1)" or "(1)" at the start of a line
_RE_ITEM_NUM = re.compile(r"^\(?(\d{1,2})[.)]\s+(\S.*)$")
# the same, inside text whose line breaks were lost: "… operate? 2. How old …"
_RE_INLINE_NUM = re.compile(r"(?:^|(?<=[\s]))\(?(\d{1,2})[.)]\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.?!)”\"]$")
# a reply within this many points above its question's first line still pairs with it
_TOP_SLACK = 3.0


@dataclass
class CellItem:
    label: str | None
    text: str
    top: float | None = None


def _cell_label(line: str) -> tuple[str, int, str, str] | None:
    """(kind, place in its sequence, label, text) of a line that opens with an
    item label, read like a paragraph's labels (parsers.foi.units._label_of):
    "1." / "(1)" / "1)" are numbers (place = the number; a reply may open with
    a figure, "1. 412"), "a)" / "(b)" / "c." letters (place = a → 1)."""
    m = _RE_ITEM_NUM.match(line)
    if m:
        return "num", int(m.group(1)), m.group(1), m.group(2)
    from parsers.foi.units import _label_of

    lab = _label_of(line)
    if lab is None or lab.kind != "let" or not lab.letter or len(lab.letter) != 1:
        return None
    return "let", ord(lab.letter) - ord("a") + 1, lab.letter, lab.rest


def _numbered(lines: list[tuple[float | None, str]]) -> list[CellItem] | None:
    """Items labelled 1, 2, 3 … (or a, b, c …) in sequence at the start of lines
    (or inline, when the cell is one line); None unless there are at least two."""
    items: list[CellItem] = []
    kind = None
    for top, line in lines:
        lab = _cell_label(line)
        if lab and lab[1] == len(items) + 1 and kind in (None, lab[0]):
            kind = lab[0]
            items.append(CellItem(lab[2], lab[3], top))
        elif items:
            items[-1].text += " " + line
        else:
            return None
    if len(items) == 1 and len(lines) == 1:
        return _inline_numbered(lines[0][1], lines[0][0]) or items
    return items


def _inline_numbered(text: str, top: float | None) -> list[CellItem] | None:
    starts: list[tuple[int, int, str]] = []
    for m in _RE_INLINE_NUM.finditer(text):
        if int(m.group(1)) == len(starts) + 1:
            starts.append((m.start(), m.end(), m.group(1)))
    if len(starts) < 2 or starts[0][0] != 0:
        return None
    out = []
    for k, (_, end, num) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        out.append(CellItem(num, text[end:stop].strip(), top))
    return out


def _paragraphs(lines: list[tuple[float | None, str]], printed: bool) -> list[CellItem]:
    """Unnumbered items: a DOCX/HTML cell's paragraphs; a PDF cell's lines
    joined until one ends a sentence (a wrapped line continues its item)."""
    items: list[CellItem] = []
    for top, line in lines:
        if items and printed and not _SENTENCE_END.search(items[-1].text):
            items[-1].text += " " + line
        else:
            items.append(CellItem(None, line, top))
    return items


def cell_items(text: str, lines: list[tuple[float, str]] | None) -> list[CellItem]:
    printed: list[tuple[float | None, str]]
    if lines:
        printed = [(top, t) for top, t in lines if t.strip()]
    else:
        printed = [(None, t.strip()) for t in text.split("\n") if t.strip()]
    if not printed:
        return []
    return _numbered(printed) or _paragraphs(printed, lines is not None and bool(lines))


def pair_cells(
    q_text: str,
    a_text: str,
    q_lines: list[tuple[float, str]] | None = None,
    a_lines: list[tuple[float, str]] | None = None,
) -> list[tuple[str | None, str, str]] | None:
    """(label, question, answer) for a row whose question cell holds several
    questions; None when the cell holds one, or when the replies cannot be
    paired with certainty (then the row stays one item)."""
    qs = cell_items(q_text, q_lines)
    if len(qs) < 2:
        return None
    answers = cell_items(a_text, a_lines)
    if not answers:
        return None
    if all(q.label for q in qs) and all(a.label for a in answers):
        by_label = {a.label: a.text for a in answers}
        if set(by_label) <= {q.label for q in qs}:
            return [(q.label, q.text, by_label.get(q.label, "")) for q in qs]
    if len(answers) == 1 and (all(q.label for q in qs) or all(q.text.endswith("?") for q in qs)):
        # one reply for every question in the cell (numbered, or each a question)
        return [(q.label, q.text, answers[0].text) for q in qs]
    if all(q.top is not None for q in qs) and all(a.top is not None for a in answers):
        # side by side on the page: a reply belongs to the last question that
        # starts at or above it
        got: list[list[str]] = [[] for _ in qs]
        for a in answers:
            k = max((i for i, q in enumerate(qs) if q.top <= a.top + _TOP_SLACK), default=None)
            if k is None:
                return None
            got[k].append(a.text)
        if all(got):
            return [(q.label, q.text, " ".join(g)) for q, g in zip(qs, got, strict=True)]
        return None
    if len(answers) == len(qs):
        return [(q.label or a.label, q.text, a.text) for q, a in zip(qs, answers, strict=True)]
    return None


def form_pairs(rows: list[list[str]]) -> list[tuple[str, str]]:
    """A disclosure-log entry printed as a two-column form ("Reference | …",
    "Information Requested | …", "Response | …"): (question, answer) for each
    request field, with the answer field after it. The field names are the
    letter's own request and answer markers standing alone."""
    from parsers.foi.patterns import _RE_REQUEST, answer_marker, normalise

    pairs: list[list[str]] = []
    for row in rows:
        cells = [normalise(c) for c in row if normalise(c)]
        if len(cells) != 2:
            continue
        key, value = cells[0].rstrip(":").strip(), cells[1]
        m = _RE_REQUEST.match(key)
        if m and not m.group(1):
            pairs.append([value, ""])
        elif answer_marker(key) == "" and pairs and not pairs[-1][1]:
            pairs[-1][1] = value
    return [(q, a) for q, a in pairs if a]


def number_cell_label(text: str) -> str | None:
    """A number column's cell read as the label it prints, by the paragraph labels'
    grammar (parsers.foi.units._label_of): "Q3" keeps its letter as "Q3." before a
    question does, "Question 3" / "3." / "(3)" are 3; None when empty."""
    from parsers.foi.units import _label_of

    cell = text.strip()
    if not cell:
        return None
    lab = _label_of(f"{cell} x")  # a label cell stands before its question's text
    if lab is not None and lab.rest == "x":
        return lab.key
    return re.sub(r"^(?:question|q)\s*", "", cell, flags=re.I).rstrip(".):") or None
