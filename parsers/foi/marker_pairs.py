"""A pair of labels that alternate through a letter is a request/answer marker pair,
whatever its words (since 0.6.6): "Details sought (1)" … "Details given" … "Details
sought (2)" …, or run in, "Enquiry: …" then "Outcome: …". Two short labels, each
followed by text, that take turns at least twice: the first of the pair marks the
question, the second its answer. Rewritten as the markers the segmenter knows
("Request 2" over the question, "Answer:"), so the grammar of markers
(parsers.foi.markers) need not list a house's words. Since set P's learning a pair
the grammar knows already ("Your request" / "Our response" as a definition list's
terms, "Request 2" / "Response 2") is rewritten too where the segmenter would misread
it, and a label framing the letter (the trust's name over the letterhead and under
the signature) takes no turn. Part of the FOI parser; called by
parsers.foi.house_units."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from parsers.foi.form_fields import form_field_indices
from parsers.foi.markers import answer_marker, request_marker
from parsers.foi.meta_patterns import _RE_META_KEY
from parsers.foi.patterns import _RE_ASKING
from parsers.foi.units import _label_of, _Unit

# a label run in before its text: a few words, an optional number, then a colon or
# a spaced dash ("Enquiry: …", "Point raised (3) – …")
_RE_RUN_IN = re.compile(
    r"^((?-i:[A-Z])[\w'’]*(?:\s[\w'’]+){0,3}?)\s*(?:[(\[]\s*(\d{1,2})\s*[)\]]|(\d{1,2}))?"
    r"\s*(?::|\s[-–—])\s+(\S.*)$"
)
# a label standing alone: a few words and an optional number, no sentence's end
_RE_ALONE = re.compile(
    r"^((?-i:[A-Z])[\w'’]*(?:\s[\w'’]+){0,3}?)\s*(?:[(\[]\s*(\d{1,2})\s*[)\]]|(\d{1,2}))?\s*:?$"
)
MIN_TURNS = 2


@dataclass
class _Head:
    index: int  # the unit's position
    key: str  # the label's words, lower case
    number: str | None
    rest: str  # the text run in after it ("" standing alone)


def _head(k: int, u: _Unit) -> _Head | None:
    if u.table is not None or _label_of(u.text) is not None or _RE_META_KEY.match(u.text):
        return None
    m = _RE_RUN_IN.match(u.text)
    if m:
        return _Head(k, m.group(1).lower(), m.group(2) or m.group(3), m.group(4))
    m = _RE_ALONE.match(u.text)
    if m and len(u.text) <= 40:
        return _Head(k, m.group(1).lower(), m.group(2) or m.group(3), "")
    return None


def alternating_pair(heads: list[_Head]) -> tuple[str, str] | None:
    """The two label words that take turns (A, B, A, B …) at least MIN_TURNS times,
    with no other recurring label between them; None when there is no such pair."""
    counts: dict[str, int] = {}
    for h in heads:
        counts[h.key] = counts.get(h.key, 0) + 1
    framing = _framing_keys(heads, {k for k, n in counts.items() if n >= MIN_TURNS})
    recurring = [h.key for h in heads if counts[h.key] >= MIN_TURNS and h.key not in framing]
    keys = list(dict.fromkeys(recurring))
    if len(keys) != 2 or len(recurring) < 2 * MIN_TURNS:
        return None
    first, second = keys
    if any(key != (first, second)[i % 2] for i, key in enumerate(recurring)):
        return None
    if len(recurring) % 2:
        return None
    return first, second


def _framing_keys(heads: list[_Head], recurring: set[str]) -> set[str]:
    """Recurring labels that only frame the others: none of their lines stands
    between the first and the last line of the other recurring labels (the trust's
    name over the letterhead and again under the signature), so they take no turns."""
    framing: set[str] = set()
    for key in recurring:
        others = [h.index for h in heads if h.key in recurring and h.key != key]
        if others and not any(min(others) < h.index < max(others) for h in heads if h.key == key):
            framing.add(key)
    return framing if len(framing) < len(recurring) else set()


def marker_pair_units(units: list[_Unit]) -> list[_Unit]:
    """The units with an alternating label pair read as request and answer markers;
    unchanged when there is none, or when the markers' grammar reads both already and
    the segmenter reads them as they stand (`_needs_turns`)."""
    fields = form_field_indices(units)  # a per-question form's fields take no turns
    heads = [h for k, u in enumerate(units) if k not in fields and (h := _head(k, u)) is not None]
    pair = alternating_pair(heads)
    if pair is None:
        return units
    ask, reply = pair
    turns = [h for h in heads if h.key in pair]
    if any(not a.rest and b.index == a.index + 1 for a, b in pairwise(turns)):
        return units  # a label alone must have its text under it (not address lines)
    known = request_marker(ask) is not None and answer_marker(reply) is not None
    if known and not _needs_turns(turns, ask):
        return units
    if _asked_before_each(units, [h for h in turns if h.key == ask]):
        return units
    out: list[_Unit | None] = list(units)
    for h in heads:
        if h.key not in pair:
            continue
        u = units[h.index]
        rest = h.rest
        if h.key == ask and not rest and not h.number and _text_under(units, h.index, heads):
            # a request marker alone over its question is joined to it: a bare marker
            # inside the answer before it would be read as that answer's text
            rest = units[h.index + 1].text
            out[h.index + 1] = None
        if h.key == reply:
            text = f"Answer: {rest}" if rest else "Answer:"
        elif h.number:
            text = f"Question {int(h.number)}: {rest}" if rest else f"Request {int(h.number)}"
        else:
            text = f"Request: {rest}" if rest else "Request:"
        out[h.index] = _Unit(text, u.style, lines=[text], page=u.page, size=u.size, indent=u.indent)
    return [u for u in out if u is not None]


def _text_under(units: list[_Unit], k: int, heads: list[_Head]) -> bool:
    """The unit under units[k] is text and no label of its own."""
    nxt = units[k + 1] if k + 1 < len(units) else None
    return nxt is not None and nxt.table is None and all(h.index != k + 1 for h in heads)


def _needs_turns(turns: list[_Head], ask: str) -> bool:
    """A pair the markers' grammar reads already needs rewriting as its turns only
    where the segmenter would misread it: a request marker standing alone over its
    question (inside the answer before it, a bare marker is that answer's text), or
    the two carrying each question's number ("Request 2" … "Response 2": the
    reply's number is its question's, not a run-in answer "2")."""
    for h in turns:
        if h.key == ask and not h.rest and not h.number:
            return True
        if h.key != ask and h.number and not h.rest:
            return True
    return False


def _asked_before_each(units: list[_Unit], asks: list[_Head]) -> bool:
    """Every turn of the pair opens straight after a question of its own (an asking
    paragraph, no label of the pair): the two labels are sub-headings of each answer,
    a line per hospital site or per year ("North Site" … "South Site" under every
    question), not the question's and the answer's markers."""
    before = [units[h.index - 1] if h.index > 0 else None for h in asks]
    return all(
        u is not None and u.table is None and _head(h.index - 1, u) is None and _asks(u.text)
        for h, u in zip(asks, before, strict=True)
    )


def _asks(text: str) -> bool:
    return bool(_RE_ASKING.match(text)) or text.rstrip().endswith("?")
