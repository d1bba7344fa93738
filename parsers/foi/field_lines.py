"""A short field line between each question and its answer (since set O's learning):
a house prints each question's outcome on a line of its own before the reply,

    2. How many beds were closed in May?
    Decision: Partly released – section 40(2)
    Eleven beds were closed …

"Decision: …", "Result – …", "Disclosure: …". Read by structure, not by the label's
word:

- a field line is a short label (one to three words, no figure) run in before a
  short value with a colon or a spaced dash, the whole no sentence that asks;
- the same label repeats at the same place at least twice: each time straight after
  a question (a labelled paragraph, a request marker's, one that asks, or one set in
  a face of its own) and straight before the answer's text (a paragraph that is no
  question, or a table);
- the label is no answer or request marker of the segmenter's grammar
  (parsers.foi.markers): "Response: …" opens the answer itself;
- the label is the only one run in at that place: a field's name does not change
  from question to question, while an answer opening with its verdict ("Held – …"
  after one question, "Not held – …" after another, since set V's learning) runs
  in different words there; then no line is a field line.

Such a line is the question's status, neither the question's text nor the start of
its answer: it is taken out of the units. The sections of the Act it cites are kept
on the paragraph after it (`_Unit.note`), so that the exemption is still found and
tied to the question it answers (`field_exemptions`, read by parsers.foi.parse).
Part of the FOI parser; called by parsers.foi.house_units.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from parsers.foi.classify import find_exemptions
from parsers.foi.markers import answer_marker, request_marker
from parsers.foi.patterns import _RE_ASKING, normalise
from parsers.foi.units import _label_of, _Unit

MIN_REPEATS = 2
MAX_VALUE_WORDS = 12
MAX_VALUE_CHARS = 90
# a label run in before its value: one to three words (no figure), then a colon or
# a spaced dash
_RE_FIELD = re.compile(
    r"^((?-i:[A-Z])[A-Za-z'’]*(?:\s[A-Za-z'’]+){0,2}?)\s*(?::|\s[-–—])\s+(\S.*)$"
)
# the faces a question may be set in, apart from the letter's plain text
_FACES = ("bold", "italic", "underline", "heading")


def field_of(text: str) -> tuple[str, str] | None:
    """(label in lower case, value) for a short field line, else None."""
    m = _RE_FIELD.match(text.strip())
    if m is None:
        return None
    value = m.group(2).strip()
    if len(value) > MAX_VALUE_CHARS or len(value.split()) > MAX_VALUE_WORDS:
        return None
    if value.endswith("?") or answer_marker(text) is not None or request_marker(text) is not None:
        return None
    return m.group(1).lower(), value


def _question(u: _Unit) -> bool:
    """A paragraph that reads as a question: labelled, after a request marker,
    asking, or set in a face of its own; not itself a run-in field."""
    if u.table is not None:
        return False
    if _label_of(u.text) is not None or request_marker(u.text) is not None:
        return True
    if field_of(u.text) is not None:
        return False
    return bool(_RE_ASKING.match(u.text)) or (u.style or "") in _FACES


def _answer_text(u: _Unit) -> bool:
    """A paragraph (or table) that can open an answer: no question, no field."""
    if u.table is not None:
        return True
    return (
        _label_of(u.text) is None
        and request_marker(u.text) is None
        and field_of(u.text) is None
        and not u.text.rstrip().endswith("?")
    )


def field_line_indices(units: list[_Unit]) -> list[int]:
    """The positions of the field lines (see the module's docstring)."""
    by_label: dict[str, list[int]] = defaultdict(list)
    for k, u in enumerate(units):
        field = field_of(u.text) if u.table is None else None
        if field is not None:
            by_label[field[0]].append(k)
    if len(_labels_at_field_place(units, by_label)) > 1:
        # a field's label is the house's name for it, the same at every question;
        # run-in words that change from question to question at that place
        # ("Held – …", "Not held – …") are the answers' own openings, their verdicts
        return []
    found: list[int] = []
    for spots in by_label.values():
        if len(spots) < MIN_REPEATS:
            continue
        if all(_at_field_place(units, k) for k in spots):
            found += spots
    # (a label found so may run in a longer value once, "Earlier reply: …" quoting a
    # whole sentence: at the same place it is the same field)
    labels = {field_of(units[k].text)[0] for k in found}
    found += [k for k in _long_fields(units, labels) if k not in found]
    return sorted(found)


def _labels_at_field_place(units: list[_Unit], by_label: dict[str, list[int]]) -> set[str]:
    """The labels run in at a field's place, straight after a question, at least once."""
    return {
        label for label, spots in by_label.items() if any(_at_field_place(units, k) for k in spots)
    }


def _at_field_place(units: list[_Unit], k: int) -> bool:
    return 0 < k < len(units) - 1 and _question(units[k - 1]) and _answer_text(units[k + 1])


def _long_fields(units: list[_Unit], labels: set[str]) -> list[int]:
    """The lines at a field's place run in with one of `labels`, whatever their length."""
    out: list[int] = []
    for k, u in enumerate(units):
        m = _RE_FIELD.match(u.text.strip()) if u.table is None else None
        if m is not None and m.group(1).lower() in labels and _at_field_place(units, k):
            out.append(k)
    return out


def field_lines_dropped(units: list[_Unit]) -> list[_Unit]:
    """The units without their field lines; the sections a field line cites are
    noted on the paragraph after it."""
    spots = set(field_line_indices(units))
    if not spots:
        return units
    out: list[_Unit] = []
    cited = ""
    for k, u in enumerate(units):
        if k in spots:
            cited = units[k].text
            continue
        if cited:
            u = replace(u, note=" ".join(x for x in (u.note, cited) if x))
            cited = ""
        out.append(u)
    return out


def field_exemptions(units: list[_Unit], answers: list[str | None]) -> list[tuple[str, str, int]]:
    """(law, section, the 1-based place of the answer) for each section a dropped field
    line cited: tied to the answer that holds the paragraph noted with it (0 when
    none does)."""
    found: list[tuple[str, str, int]] = []
    texts = [normalise(a or "") for a in answers]
    for u in units:
        if not u.note:
            continue
        own = normalise(u.text) if u.table is None else ""
        # (the paragraph may since have been marked as the answer: "Answer: …")
        own = answer_marker(own) or own
        seq = next((i for i, a in enumerate(texts, 1) if own and own in a), 0)
        found += [(law, section, seq) for law, section in find_exemptions(u.note)]
    return found
