"""A citation kept as deep as the letter prints it: section 36's sub-paragraphs in roman
numerals ("36(2)(b)(ii)"), listed parts of one section at any level ("36(2)(b)(i) and
(ii)", "36(2)(b)(ii) and (c)", "31(1)(a) and (b)") and a subsection named in words
("subsection (2)(b)(i) of section 36"): parsers.foi.citations and the exemption
reader (parsers.foi.classify). Every letter is made up, in DOCX, PDF and HTML."""

from __future__ import annotations

import pytest

from parsers.foi.classify import find_exemptions
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, read


@pytest.mark.parametrize(
    ("text", "sections"),
    [
        ("The minutes are withheld under section 36(2)(b)(ii).", ["36(2)(b)(ii)"]),
        ("We rely on section 36 (2) (b) (i) for the draft.", ["36(2)(b)(i)"]),
        (
            "The notes are exempt under section 36(2)(b)(i) and (ii) of the Act.",
            ["36(2)(b)(i)", "36(2)(b)(ii)"],
        ),
        (
            "The paper is exempt under s.36(2)(b)(ii) and (c).",
            ["36(2)(b)(ii)", "36(2)(c)"],
        ),
        (
            "Sections 36(2)(a)(i) and 43(2) apply to the briefing.",
            ["36(2)(a)(i)", "43(2)"],
        ),
        (
            "We have applied subsection (2)(b)(i) of section 36 to the emails.",
            ["36(2)(b)(i)"],
        ),
        ("Section 36(2)(c) applies to the remaining notes.", ["36(2)(c)"]),
        (
            "The plans are withheld under section 31(1)(a) and (b).",
            ["31(1)(a)", "31(1)(b)"],
        ),
        ("The names are withheld under section 40(2) and (3).", ["40(2)", "40(3)"]),
    ],
)
def test_a_citation_keeps_its_whole_chain(text, sections):
    assert [s for _, s in find_exemptions(text)] == sections


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_letter_citing_a_sub_paragraph_gives_it_whole(fmt):
    blocks = [
        H("Fernhollow Valley NHS Trust"),
        P("Our reference: FV-2025-1184"),
        P("Date: 9 May 2025"),
        P("Dear Requester"),
        P("Thank you for your request received on 10 April 2025."),
        P("1. Please send me the options paper on closing the minor injuries unit."),
        P(
            "The options paper is withheld under section 36(2)(b)(ii), as releasing it now "
            "would inhibit the free and frank exchange of views among the directors."
        ),
        P("2. How many patients used the minor injuries unit in March 2025?"),
        P("The unit saw 1,204 patients in March 2025."),
        *SIGN_OFF,
    ]
    foi = read(blocks, fmt)
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "36(2)(b)(ii)")]
