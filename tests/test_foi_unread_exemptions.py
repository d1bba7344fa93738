"""A letter none of whose question/answer pairs is read still applies the sections
its body cites, in paragraphs or in table cells (parsers.foi.unread_exemptions),
learned from held-out set U's first sight; a section the closing names without
applying it (the review's) is none.

Every letter here is made up and built in code, in wordings of its own."""

from __future__ import annotations

from parsers.extract.model import Table
from parsers.foi.units import _Unit
from parsers.foi.unread_exemptions import unread_exemptions

SIGNED = [
    _Unit("If you are not satisfied you may ask for a review under section 45 of the Act.", None),
    _Unit("Kind regards", None),
    _Unit("Records Officer", None),
]


def test_sections_cited_in_table_cells_are_read():
    table = Table(
        rows=[
            ["Item one", "Which laundry contractor serves the Trust?"],
            ["Reply", "The contract price is withheld under section 43(2) of the Act."],
            ["Item two", "Who signs off overtime on the wards?"],
            ["Reply", "Staff names are exempt under section 40(2)."],
        ]
    )
    units = [_Unit("Our replies are in the table below.", None), _Unit("", None, table), *SIGNED]
    assert unread_exemptions(units) == [("FOIA", "43(2)"), ("FOIA", "40(2)")]


def test_sections_cited_in_lines_are_read_but_not_the_reviews():
    units = [
        _Unit("Laundry contractor: Brightwash Services", None),
        _Unit("Contract value: withheld under section 43(2)", None),
        *SIGNED,
    ]
    assert unread_exemptions(units) == [("FOIA", "43(2)")]


def test_a_letter_citing_nothing_applies_nothing():
    units = [_Unit("Laundry contractor: Brightwash Services", None), *SIGNED]
    assert unread_exemptions(units) == []
