"""An exemption named only in a key/value table beneath an answer ("Exemption |
Section 41(1) – information provided in confidence") is one the letter applies
(parsers.foi.exemption_tables.row_cited), learned from held-out set Y's grid; the
table is read across its rows, not down a column.

Every letter here is made up and built in code, in wordings of its own."""

from __future__ import annotations

import pytest

from parsers.extract.model import Table
from parsers.foi.exemption_tables import row_cited
from tests.foi_letters import SIGN_OFF, P, T
from tests.test_foi_styles import FORMATS, read

LETTER = [
    P("Dear Requester"),
    P("Thank you for your request received on 9 March 2026. Our reply follows."),
    P("1. Which pharmacy wholesaler supplies the Trust?"),
    P("Northgate Pharma Distribution supplies all three hospital sites."),
    P("2. What discount does the wholesaler give the Trust?"),
    P("The Trust holds the discount rates but does not release them."),
    T(
        [
            ["Exemption", "Section 41(1) – information provided in confidence"],
            ["Reason", "The rates were given to the Trust under a duty of confidence."],
        ]
    ),
    P("3. How often are deliveries made to the main pharmacy?"),
    P("Deliveries arrive twice each weekday."),
    *SIGN_OFF,
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_exemption_in_a_table_row_beneath_an_answer_is_applied(fmt):
    foi = read(LETTER, fmt)
    assert [it.label for it in foi.items] == ["1", "2", "3"]
    assert {(e.law, e.section) for e in foi.exemptions} == {("FOIA", "41(1)")}


def test_rows_are_read_across_only_under_an_exemption_key():
    table = Table(
        rows=[
            ["Provision relied on", "s.36(2)(c)"],
            ["Notes", "Section 40(2) is not relied on here"],
        ]
    )
    assert row_cited(table) == [("FOIA", "36(2)(c)")]
    assert row_cited(Table(rows=[["Contract", "Section 9 of the supply terms"]])) == []
