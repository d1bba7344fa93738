"""A per-question form (since 0.6.7): under each numbered question the same short
fields in the same order ("Held by the Trust? Yes", "Exemptions: none"), then the
reply. The fields say whether the information is held and which exemption applies;
they are not the answer, and they are not a request/answer marker pair either (a
field recurs under every question, but it takes no turns with the question's
label). They are read by their structure: a short key run in before a short value,
the same key under at least two questions, straight after the question or after
another field. Lines whose values are all bare figures ("North site: <5") are a
figure per key answering the question (since set W), no form.

Part of the FOI parser (parsers.foi.parse); parsers.foi.marker_pairs leaves the
fields out of the labels it pairs.
"""

from __future__ import annotations

import re

from parsers.foi.markers import answer_marker, request_marker
from parsers.foi.units import _label_of, _Unit

# "Key: value" or "Key? value": a key of a few words, then a value of a few
MAX_KEY_WORDS = 5
MAX_VALUE_WORDS = 6
_RE_FIELD = re.compile(r"^((?-i:[A-Z])[\w'’]*(?:\s+[\w'’]+){0,4})\s*[:?]\s+(\S.*)$")
# a field recurs under this many questions at least
MIN_QUESTIONS = 2
# a value that is a bare figure: a count, a sum or a share, perhaps a bound ("<5")
_RE_FIGURE_VALUE = re.compile(r"^[<>≤≥~]?\s*[£$€]?\s*\d[\d,.]*\s*%?$")


def field_key(text: str) -> str | None:
    """The key of a short "key: value" field line, lower case, or None."""
    m = _RE_FIELD.match(text.strip())
    if m is None or len(m.group(2).split()) > MAX_VALUE_WORDS or m.group(2).endswith("?"):
        return None
    if len(m.group(1).split()) > MAX_KEY_WORDS:
        return None
    return m.group(1).lower()


def _asks(u: _Unit) -> bool:
    """A question as labelled or marked."""
    return u.table is None and (_label_of(u.text) is not None or bool(request_marker(u.text)))


def form_field_indices(units: list[_Unit]) -> set[int]:
    """The positions of the form's field lines: each straight under a labelled
    question (or under another field there), its key recurring under at least
    MIN_QUESTIONS questions."""
    under: dict[str, list[int]] = {}
    # whether each question's run of fields went straight on to the next question
    runs_end_at_question: list[bool] = []
    for k, u in enumerate(units):
        if not _asks(u):
            continue
        j = k + 1
        while j < len(units) and units[j].table is None:
            key = field_key(units[j].text)
            if key is None or answer_marker(units[j].text) is not None:
                break
            under.setdefault(key, []).append(j)
            j += 1
        if j > k + 1:
            runs_end_at_question.append(j < len(units) and _asks(units[j]))
    if _lines_are_the_answers(runs_end_at_question):
        return set()
    found = {j for spots in under.values() if len(spots) >= MIN_QUESTIONS for j in spots}
    if found and all(_figure_value(units[j].text) for j in found):
        # every value a bare figure: a figure per key (per site, per year) answers the
        # question; a form's fields state whether it is held and what is withheld
        return set()
    return found


def _figure_value(text: str) -> bool:
    m = _RE_FIELD.match(text.strip())
    return m is not None and bool(_RE_FIGURE_VALUE.match(m.group(2).strip()))


def _lines_are_the_answers(runs_end_at_question: list[bool]) -> bool:
    """Key/value lines with no reply after them are the answer itself, a figure per
    site or per year ("North Hospital: 14 beds" under each question): every run of
    them but the last goes straight on to the next question. A form's fields are
    followed by the reply they introduce."""
    before_last = runs_end_at_question[:-1]
    return bool(before_last) and all(before_last)
