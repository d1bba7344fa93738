"""A section of its own after the last answer (since set Q's learning): a letter that
numbers its questions, each answered in plain paragraphs beneath it, may close the run
with a short heading (set as a heading or in bold, no number) over notes that belong to
no question: caveats about the figures, where the reply will be published. Without a
rule the last answer ran on through the heading and its notes to the letter's closing.

Read by structure, not by the heading's words: two or more labelled questions, each
followed by unlabelled text (its answer) before the next; after the last one's answer
has begun, the first line shown as a heading (face, not wording), short, with no label
and no sentence of its own, that is no answer or request marker, no lead-in (":"), and
not a caption straight over a table. The answers above must hold no such line of
their own (where they do, headings are part of this letter's answers). Part of the FOI
parser (parsers.foi.passes cuts the units there before segmenting).
"""

from __future__ import annotations

from parsers.foi.markers import answer_marker, request_marker
from parsers.foi.regrouped import group_heading
from parsers.foi.units import _label_of, _Unit

MIN_QUESTIONS = 2
_FACES = ("heading", "bold")


def _labelled(u: _Unit) -> bool:
    return u.table is None and _label_of(u.text) is not None


def _section_heading(u: _Unit) -> bool:
    """A short line shown as a heading by its face, no label, no sentence, no
    marker, not a lead-in ending in a colon."""
    t = u.text.strip()
    return (
        u.style in _FACES
        and group_heading(u)
        and not t.endswith(":")
        and answer_marker(t) is None
        and request_marker(t) is None
    )


def _answered_run(units: list[_Unit], labelled: list[int]) -> bool:
    """Each labelled question has unlabelled, non-heading text under it before the
    next (its answer), and no heading line among it."""
    bounds = [*labelled[1:], None]
    for k, end in zip(labelled, bounds, strict=True):
        if end is None:
            return True
        between = units[k + 1 : end]
        if not between or any(_section_heading(u) for u in between):
            return False
    return True


def trailing_section_start(units: list[_Unit]) -> int | None:
    """The index of the heading that opens a section after the last answer, or None
    when the letter has no such section (or is not a numbered run of answers)."""
    labelled = [k for k, u in enumerate(units) if _labelled(u)]
    if len(labelled) < MIN_QUESTIONS or not _answered_run(units, labelled):
        return None
    last = labelled[-1]
    if last + 1 >= len(units) or _section_heading(units[last + 1]):
        return None  # (the last question has no answer under it before the heading)
    for k in range(last + 2, len(units)):
        if not _section_heading(units[k]):
            continue
        if k + 1 < len(units) and units[k + 1].table is not None:
            return None  # (a caption over a table: part of the answer)
        return k  # (with nothing under it, where the labeller cut the letter: no answer)
    return None


def section_after_answers(units: list[_Unit], starts: list[int]) -> int | None:
    """For answers listed after their questions, opening at `starts`: the index of a
    section heading after the last one's opening (as `trailing_section_start` reads
    it: face, no label, no sentence; not a caption over a table), where none stands
    among the answers above it; else None (since set Z: an exemption's own heading
    and note after all the answers)."""
    if any(_section_heading(u) for u in units[starts[0] : starts[-1]]):
        return None
    for k in range(starts[-1] + 1, len(units)):
        if _section_heading(units[k]):
            return None if k + 1 < len(units) and units[k + 1].table is not None else k
    return None
