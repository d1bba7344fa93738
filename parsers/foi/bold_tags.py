"""Unnumbered questions each opened by a short bold tag run into the same paragraph,
the answer in the paragraphs beneath (since set W):

    **Pharmacy:** How many pharmacists does the Trust employ?
    The Trust employs 41 pharmacists.

Read by the change of face, not by the words: extraction keeps a paragraph's one bold
stretch beside its text (parsers.extract.bold_runs). Where the paragraph opens with
that stretch, the stretch is a tag (a few words ending in a colon or a spaced dash,
no question of its own) and the text after it asks (parsers.foi.line_kinds), the tag is dropped (it files
the question under a topic; it is no part of the question) and the question is set in
bold as a paragraph of its own, as a letter printing bold questions over plain answers
would: parsers.foi.emphasis_pairs then reads them by their face. At least two such
paragraphs in a letter, so that one bold opening of a sentence is no structure. A tag
that is a request or answer marker ("Request:") or a label ("Q3:") is the segmenter's
own. Part of the
FOI parser; called by parsers.foi.units._units on the extracted items.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.extract.model import TextBlock
from parsers.foi.line_kinds import _question_like, _request_like
from parsers.foi.markers import answer_marker, request_marker
from parsers.foi.patterns import normalise
from parsers.foi.spelled import figured_label
from parsers.foi.units import _label_of, _range_of

MIN_TAGS = 2
MAX_TAG_WORDS = 4
# a tag ends in a colon or a dash set after a space ("Pharmacy –"): the tag's own words
# are not counted among its end
_TAG_ENDS = (":", " –", " —", " -")


def bold_tag(block: TextBlock) -> str | None:
    """The question after a paragraph's opening bold tag, else None."""
    run = normalise(block.bold_run or "")
    text = normalise(block.text)
    if not run.endswith(_TAG_ENDS) or "?" in run or len(run.split()) > MAX_TAG_WORDS:
        return None
    if not text.startswith(run) or len(run) < 2:
        return None
    if request_marker(text) is not None or answer_marker(text) is not None:
        return None
    figured = figured_label(text)  # "Query One:" is "Query 1:", a label too
    if _label_of(figured) is not None or _range_of(figured) is not None:
        return None  # a bold label ("Q3:", "Query One:") numbers the question: no topic
    rest = text[len(run) :].strip()
    if not rest or not (_question_like(rest) or _request_like(rest)):
        return None
    return rest


def bold_tag_items(items: list) -> list:
    """The extracted items with each bold-tagged question rewritten as a bold
    paragraph of the question alone (see the docstring); unchanged with fewer than
    MIN_TAGS."""
    tagged = {k: q for k, b in enumerate(items) if isinstance(b, TextBlock) and (q := bold_tag(b))}
    if len(tagged) < MIN_TAGS:
        return items
    return [
        replace(b, text=tagged[k], style="bold", bold_run=None) if k in tagged else b
        for k, b in enumerate(items)
    ]
