"""Answers that find their question by the number they refer to, wherever they
stand: under a heading naming the number over the question quoted again
(parsers.foi.quoted_heads), beneath a question tagged with its number at its end
(parsers.foi.tagged_questions), numbered as decimals of their question's number
(parsers.foi.decimal_answers), in a summary of one-liners opening with it
(parsers.foi.summary_lines), or after the list in any order, each tagged with it
(parsers.foi.tagged_answers). Run by parsers.foi.passes.
"""

from __future__ import annotations

from parsers.foi.decimal_answers import decimal_answer_items
from parsers.foi.quoted_heads import quoted_head_items
from parsers.foi.segment_items import _Q
from parsers.foi.summary_lines import summary_line_items
from parsers.foi.tagged_answers import tagged_answer_items
from parsers.foi.tagged_questions import tagged_items
from parsers.foi.units import _Unit


def referenced_items(units: list[_Unit]) -> list[_Q] | None:
    """The items of a letter whose answers refer to their questions by number in one
    of the shapes above, else None."""
    return (
        quoted_head_items(units)
        or tagged_items(units)
        or decimal_answer_items(units)
        or summary_line_items(units)
        or tagged_answer_items(units)
    )
