"""A withheld answer quoting the provision it applies, its subsections on lines of
their own ('(1) …', '(a) …'), after a lead ending with a colon: the quoted lines are
the answer's (the labeller does not stop the answers inside them), and a section the
quoted wording mentions is no section applied (parsers.foi.quoted_provisions). Read by
the layout (bracketed markers after an introducing line), not by the Act's words.

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.quoted_provisions import applied_text, provision_runs, quoted_lines
from parsers.foi.units import _Unit
from tests.foi_letters import SIGN_OFF, H, P
from tests.test_foi_styles import FORMATS, norm, pairs, read

HEAD = [
    H("Kettlewell Dale NHS Trust"),
    P("Our reference: KDT-0571-25"),
    P("Date: 14 May 2025"),
    P("Dear Enquirer"),
    P("We received your request on 22 April 2025. Our replies follow."),
]
# (the lead naming the section applied, the provision's lines as quoted)
QUOTATIONS = {
    "a cross-reference in the wording": (
        "The minutes record advice given to a government department, so they are withheld "
        "under section 36 of the Freedom of Information Act 2000, which provides:",
        [
            "(1) This section applies to—",
            "(a) information which is held by a government department and is not exempt "
            "information by virtue of section 35, and",
            "(b) information which is held by any other public authority, and is exempt from "
            "disclosure under this Act where subsection (2) is met.",
        ],
    ),
    "a provision on health and safety": (
        "Releasing the rota would put named staff at risk, so it is withheld under section 38 "
        "of the Act, which reads:",
        [
            "(1) Information is exempt information if its disclosure under this Act would, or "
            "would be likely to—",
            "(a) endanger the physical or mental health of any individual, or",
            "(b) endanger the safety of any individual.",
        ],
    ),
    "a provision on confidences": (
        "The letters were given to us in confidence and are withheld under section 41 of the "
        "Act, which says:",
        [
            "(1) Information is exempt information if—",
            "(a) it was obtained by the public authority from any other person (including "
            "another public authority), and",
            "(b) the disclosure of the information to the public (otherwise than under this "
            "Act) by the public authority holding it would constitute a breach of confidence "
            "actionable by that or any other person.",
        ],
    ),
}
LEAD, QUOTED = QUOTATIONS["a cross-reference in the wording"]
AFTER = "A qualified person at the Trust gave this opinion on 2 May 2025."
FIRST = ("How many porters work night shifts at the Trust?", "Eleven porters work nights.")
LAST = (
    "What did the Trust spend on taxis for discharged patients in 2024?",
    "The Trust spent £23,907 on patient taxis in 2024.",
)
ASKED = "Please send the minutes of the Trust's meeting with the regional health office."


def _letter(quoting_last: bool, lead: str = LEAD, lines: tuple = tuple(QUOTED)) -> list:
    quoted = [P(f"2. {ASKED}"), P(lead), *(P(x) for x in lines), P(AFTER)]
    rest = [P(f"3. {LAST[0]}"), P(LAST[1])]
    if quoting_last:
        quoted = [P(f"2. {LAST[0]}"), P(LAST[1]), P(f"3. {ASKED}"), *quoted[1:]]
        rest = []
    return [*HEAD, P(f"1. {FIRST[0]}"), P(FIRST[1]), *quoted, *rest, *SIGN_OFF]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("quoting_last", [True, False], ids=["last answer", "mid letter"])
@pytest.mark.parametrize("quotation", list(QUOTATIONS))
def test_a_quoted_provision_stays_in_its_answer(fmt, model, quoting_last, quotation):
    lead, lines = QUOTATIONS[quotation]
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(quoting_last, lead, tuple(lines)), fmt)
    got = pairs(foi)
    assert [lab for lab, _, _ in got] == ["1", "2", "3"]
    quoting = got[2] if quoting_last else got[1]
    assert quoting[1] == ASKED
    assert quoting[2] == norm(" ".join([lead, *lines, AFTER]))
    # the section the lead names is applied; one the quoted wording mentions is not
    named = lead.split("section ")[1].split()[0]
    assert sorted(e.section for e in foi.exemptions) == [named]


def test_runs_need_an_introducing_line_and_two_subsection_lines():
    texts = [LEAD, *QUOTED, AFTER]
    assert provision_runs(texts) == [(1, 4)]
    # no colon or dash before them: a list of its own, no quotation
    assert provision_runs(["Two points.", *QUOTED[1:]]) == []
    # one bracketed line is no layout
    assert provision_runs([LEAD, QUOTED[0], AFTER]) == []


def test_the_applied_text_drops_only_the_quoted_lines():
    units = [_Unit(t) for t in [LEAD, *QUOTED, AFTER]]
    quoted = quoted_lines(units)
    answer = norm(" ".join([LEAD, *QUOTED, AFTER]))
    applied = applied_text(answer, quoted)
    assert "section 35" not in applied
    assert applied == norm(f"{LEAD} {AFTER}")


def test_a_lettered_list_after_a_lead_citing_nothing_keeps_its_sections():
    lines = [
        "The Trust holds three reports:",
        "(a) the 2023 audit, attached;",
        "(b) the 2024 audit, withheld under section 43(2) while its tender runs.",
    ]
    units = [_Unit(t) for t in lines]
    assert quoted_lines(units) == []
    answer = norm(" ".join(lines))
    assert applied_text(answer, quoted_lines(units)) == answer
