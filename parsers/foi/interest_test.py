"""A public interest test set out after an answer withheld under a qualified
exemption: a short heading (or none), then the arguments on each side as two
paragraphs opened by parallel run-in leads (the same words but one: "Arguments for
release:" / "Arguments against release:", "For disclosure:" / "Against disclosure:"),
then the balance struck. It explains the exemption the answer applied; it is no part
of the answer, so the answer ends before it.

Read by structure: the answer before it cites an exemption (parsers.foi.classify),
the two leads are parallel (they share their first or their last word and differ, and
name no section: notes on sections 21 and 43 are no two sides), and the heading, when
there is one, is a short line with no sentence's full stop. The paragraph after the
two sides is the balance struck. The test is taken out of the
letter's units before they are segmented. Part of the FOI parser, called by
parsers.foi.units.
"""

from __future__ import annotations

import re

from parsers.foi.answer_lists import _ANSWER_SPAN, _asks, _plain
from parsers.foi.classify import find_exemptions
from parsers.foi.line_kinds import _question_like
from parsers.foi.units import _label_of, _Unit

# a run-in lead: a few words ending in ":" that open the paragraph
_RE_LEAD = re.compile(r"^([^:.?!]{2,80}):\s+\S")
_LEAD_WORDS = 8
_HEADING_WORDS = 10


def _lead(text: str) -> list[str] | None:
    """The words of the run-in lead opening `text`, lower-cased, or None."""
    m = _RE_LEAD.match(text.strip())
    if m is None:
        return None
    words = m.group(1).lower().split()
    # (a lead naming a section, "Note on section 21:", titles a note, not a side)
    if any(ch.isdigit() for ch in m.group(1)):
        return None
    return words if 1 <= len(words) <= _LEAD_WORDS else None


def parallel_leads(first: str, second: str) -> bool:
    """Two paragraphs opened by leads that weigh one side against the other: the
    leads differ but share their first or their last word."""
    a, b = _lead(first), _lead(second)
    if a is None or b is None or a == b:
        return False
    return a[0] == b[0] or a[-1] == b[-1]


def _heading(text: str) -> bool:
    """A short line standing as a heading: no sentence's end, no run-in lead."""
    t = text.strip()
    return (
        0 < len(t.split()) <= _HEADING_WORDS
        and not t.endswith((".", "?", "!", ":"))
        and _lead(t) is None
    )


def _test_span(units: list[_Unit], i: int) -> tuple[int, int] | None:
    """(start, end) of a public interest test whose weighed sides open at unit i, or
    None: the sides follow an answer citing an exemption (a heading may stand
    between), and the one paragraph after them is the balance struck."""
    if i + 1 >= len(units) or not all(_plain(u) for u in units[i : i + 2]):
        return None
    if not parallel_leads(units[i].text, units[i + 1].text):
        return None
    # (the heading may be set in emphasis: it asks nothing and carries no label)
    head = units[i - 1] if i >= 1 else None
    titled = head is not None and head.table is None and _heading(head.text)
    start = i - 1 if titled and not _question_like(head.text) and not _label_of(head.text) else i
    cited = False
    for u in reversed(units[max(0, start - _ANSWER_SPAN) : start]):
        if _asks(u) or not _plain(u):
            break
        cited = cited or bool(find_exemptions(u.text))
    if not cited:
        return None
    end = i + 2
    if end < len(units) and _plain(units[end]) and _lead(units[end].text) is None:
        end += 1  # the conclusion
    return start, end


def without_interest_tests(units: list[_Unit]) -> list[_Unit]:
    """The units less each public interest test set out after an answer."""
    drop: set[int] = set()
    for i in range(len(units)):
        span = _test_span(units, i) if i not in drop else None
        if span is not None:
            drop.update(range(*span))
    return [u for k, u in enumerate(units) if k not in drop] if drop else units
