"""A request enumerated inside one sentence, answered by number below (since 0.6.9):
"You asked for: (1) the number of …; (2) the cost of …; and (3) a copy of …." and
then the answers as numbered paragraphs ("1. …", "2." over a table, "(3) …"). The
sentence is the only place the questions are printed, so each bracketed label of the
enumeration opens a question (the clause up to the next label, less the joining
"; and"), and the answer of the same number below is its answer.

Read only where the labels run in sequence from the first (1, 2, 3 … or a, b, c …),
the first label stands inside the sentence (after its opening words, so a list of
labelled paragraphs is not read as one), and two or more of the answers below carry
the enumeration's labels in the same order. A PDF line that starts with a label was
split into a unit of its own; the sentence's units are joined again while a unit
ends mid-sentence and the next opens with the next label.
"""

from __future__ import annotations

import re

from parsers.foi.email_reply import answered_by_key
from parsers.foi.point_leads import lead_answers
from parsers.foi.segment import _Q
from parsers.foi.units import _Unit

# a bracketed label inside a sentence: "(2) ", "(b) ", or "2) " after a space (not a
# subsection's "40(2) ")
_RE_INLINE_LABEL = re.compile(r"(?:(?<![\w(])\(|(?<=\s))(\d{1,2}|[a-z])\)\s+")
# an answer's paragraph opened by its label: "1. …", "2.", "(3) …", "(c)", "d) …"
_RE_ANSWER_LABEL = re.compile(r"^\(?(\d{1,2}|[a-z])(?:\.(?!\d)|\))\s*(.*)$")
_SENTENCE_END = (".", "?", "!")


def _successor(key: str) -> str:
    return str(int(key) + 1) if key.isdigit() else chr(ord(key) + 1)


def _enumeration(text: str) -> list[tuple[str, int, int]]:
    """(label, start of the label, start of its clause) of the labels of an
    enumeration in `text`, in sequence from "1" or "a", the first after some words
    of the sentence; [] when there is none."""
    out: list[tuple[str, int, int]] = []
    want = None
    for m in _RE_INLINE_LABEL.finditer(text):
        key = m.group(1)
        start = m.start() if text[m.start()] == "(" else m.start(1)
        if want is None:
            if key not in ("1", "a") or not text[:start].strip():
                continue
        elif key != want:
            continue
        out.append((key, start, m.end()))
        want = _successor(key)
    return out


def _clause(text: str) -> str:
    """A clause of the enumeration without the words that join it to the next."""
    t = text.strip()
    t = re.sub(r"(?:[;,]\s*|\s+)(?:and|or)$", "", t).strip()
    # (the last clause of a quoted sentence keeps no closing quotation mark)
    return t.rstrip(';,.”’"').strip()


def _clauses(text: str, labels: list[tuple[str, int, int]]) -> list[str]:
    """Each label's clause: from the label to the next one."""
    ends = [start for _, start, _ in labels[1:]] + [len(text)]
    raw = [
        text[body:end].strip().rstrip('”’"').strip()
        for (_, _, body), end in zip(labels, ends, strict=True)
    ]
    if all(r.endswith(_SENTENCE_END) and r[:1].isupper() for r in raw):
        return raw  # (each piece a sentence of its own: it keeps its stop)
    return [_clause(r) for r in raw]


def _sentence(units: list[_Unit], k: int) -> tuple[str, int] | None:
    """The enumerating sentence that starts in unit k (joined with the units a PDF
    split it into) and the index after it; None when unit k opens none."""
    u = units[k]
    if u.table is not None or u.listed or not _enumeration(u.text):
        return None
    text = u.text
    end = k + 1
    while end < len(units) and units[end].table is None and not text.endswith(_SENTENCE_END):
        labels = _enumeration(text)
        nxt = _successor(labels[-1][0])
        if not units[end].text.startswith((f"({nxt})", f"{nxt})")):
            break
        text = f"{text} {units[end].text}"
        end += 1
    return text, end


def _answers(units: list[_Unit], keys: list[str]) -> list[tuple[str, int, str]]:
    """(label, index, text after the label) of each paragraph labelled as one of the
    questions, in the questions' order."""
    out: list[tuple[str, int, str]] = []
    want = 0
    for k, u in enumerate(units):
        m = _RE_ANSWER_LABEL.match(u.text) if u.table is None else None
        if m is None or want >= len(keys):
            continue
        if m.group(1) in keys[want:]:
            want = keys.index(m.group(1)) + 1
            out.append((m.group(1), k, m.group(2)))
    # (no answer labelled: each perhaps opened by a lead naming its number,
    # parsers.foi.point_leads)
    return out if len(out) >= 2 else lead_answers(units, keys) or out


def _read(units: list[_Unit]) -> tuple[str, list, int, list] | None:
    """(the sentence, its labels, the index after it, the answers below it) of the
    letter's first enumerating sentence whose labels two or more answers carry."""
    for k in range(len(units)):
        found = _sentence(units, k)
        if found is None:
            continue
        text, after = found
        labels = _enumeration(text)
        if len(labels) < 2:
            continue
        answers = _answers(units[after:], [key for key, _, _ in labels])
        clauses = [c.lower()[:40] for c in _clauses(text, labels)]
        if any(opening.lower().startswith(c) for _, _, opening in answers for c in clauses):
            return None  # the questions printed again below, each under its label
        if len(answers) >= 2:
            return text, labels, after, answers
    return None


def last_enumerated_answer(units: list[_Unit]) -> int | None:
    """The index of the last answer label of an enumerating sentence's answers (the
    block labeller's closing may not begin before it), or None."""
    read = _read(units)
    return read[2] + read[3][-1][1] if read is not None else None


def inline_enumeration_items(units: list[_Unit]) -> list[_Q] | None:
    """The questions of an enumerating sentence, each with the answer of its label
    below; None unless the letter has one whose labels two or more answers carry."""
    read = _read(units)
    if read is None:
        return None
    text, labels, after, answers = read
    rest = units[after:]
    items: list[_Q] = []
    for (key, _, _), clause in zip(labels, _clauses(text, labels), strict=True):
        items.append(answered_by_key(_Q(label=key, heading=None, parts=[clause]), answers, rest))
    return items
