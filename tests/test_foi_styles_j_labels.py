"""FOI text styles learned from held-out set J's label and layout classes after its
first sight (issue #13), read as grammars and structures rather than set J's phrases:

* question labels abbreviated with a stop ("Q.3", "Qu. 2") or counted out of the
  whole ("Question 2 of 4"), the answer after an arrow ("→", "=>") or an abbreviated
  marker ("Ans:", "Ans.");
* a question and its short answer on one line, a leader of dots, spaced dots, middle
  dots or underscores between them;
* the exemptions gathered in a table of their own (a column headed as exemptions or
  sections of the Act), which is in no answer;
* parts named as such ("Part B – …", "Section C: …") with the questions numbered
  afresh under each, so labels repeat.

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.extract.model import Table
from parsers.foi.exemption_tables import exemption_column, tabled_exemptions
from parsers.foi.labeller import using_labeller
from parsers.foi.leaders import leader_split
from parsers.foi.markers import answer_marker
from parsers.foi.units import _label_of
from tests.foi_letters import SIGN_OFF, B, H, P, T
from tests.test_foi_styles import FORMATS, pairs, read

MODELS = ["rules only", "labeller"]

QS = [
    (
        "How many physiotherapists work in the Trust's community teams?",
        "Our community teams include 27 physiotherapists (24.2 whole-time equivalent).",
    ),
    (
        "What did the Trust spend on interpreting services in 2022/23?",
        "Interpreting services cost £211,640 in 2022/23, most of it for telephone interpreting.",
    ),
    (
        "Which company supplies the Trust's hospital beds?",
        "Hospital beds are supplied by Redbank Medical Furniture Ltd under a framework contract.",
    ),
    (
        "How many complaints about discharge did the Trust receive in 2023?",
        "We received 93 complaints in 2023 that concerned discharge from hospital.",
    ),
]


def _head() -> list:
    return [
        H("Wealdbrook Community NHS Trust"),
        P("Our ref: WCT-IG-5520"),
        P("Date: 14 November 2024"),
        P("Dear Applicant"),
        P("Thank you for your request under the Freedom of Information Act 2000."),
    ]


def _read(blocks: list, fmt: str, model: str):
    with using_labeller(None) if model == "rules only" else nullcontext():
        return read(blocks, fmt)


# ---------------------------------------------------------------- labels and markers


@pytest.mark.parametrize(
    "line, key, rest",
    [
        ("Q.3 How many wards?", "Q3", "How many wards?"),
        ("Q. 4: Which supplier?", "Q4", "Which supplier?"),
        ("Qu. 2 How many beds?", "2", "How many beds?"),
        ("Question 2 of 4: What is the budget?", "2", "What is the budget?"),
        ("Request 3 of 7 – Please send the policy.", "3", "Please send the policy."),
        ("[5] How many porters?", "5", "How many porters?"),
    ],
)
def test_abbreviated_and_counted_labels(line, key, rest):
    lab = _label_of(line)
    assert lab is not None and (lab.key, lab.rest) == (key, rest)


@pytest.mark.parametrize(
    "line, rest",
    [
        ("→ 27 physiotherapists.", "27 physiotherapists."),
        ("=> Yes", "Yes"),
        ("⇒ Not held", "Not held"),
        ("Ans: The Trust holds no record.", "The Trust holds no record."),
        ("Ans. 412 beds.", "412 beds."),
        ("A.3 The Trust holds no record.", "The Trust holds no record."),
        ("A.3: None.", "None."),
    ],
)
def test_arrows_and_abbreviations_mark_answers(line, rest):
    assert answer_marker(line) == rest


@pytest.mark.parametrize("line", ["- a bulleted point", "Answering machines are used.", "Q.5"])
def test_lines_that_mark_no_answer(line):
    assert answer_marker(line) is None


def _arrow_letter(head: str, mark: str) -> list:
    blocks = _head()
    for n, (q, a) in enumerate(QS, 1):
        blocks += [P(head.format(n=n, total=len(QS), q=q)), P(f"{mark} {a}")]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "head, mark, key",
    [
        ("**Q.{n}** {q}", "→", "Q{n}"),
        ("Question {n} of {total}: {q}", "Ans:", "{n}"),
        ("Qu. {n} {q}", "=>", "{n}"),
    ],
)
def test_abbreviated_labels_with_arrow_or_abbreviated_answers(head, mark, key, fmt, model):
    foi = _read(_arrow_letter(head, mark), fmt, model)
    assert pairs(foi) == [(key.format(n=n), q, a) for n, (q, a) in enumerate(QS, 1)]


# ---------------------------------------------------------------- dotted leaders

CLOSED = [
    ("Does the Trust have a chaplaincy service?", "Yes"),
    ("Number of operating theatres", "14"),
    ("Is car parking free for blue badge holders?", "Yes"),
    ("Does the Trust keep a register of gifts?", "Not held"),
    ("Number of hospital sites", "3"),
]


@pytest.mark.parametrize(
    "line, want",
    [
        ("Number of theatres ........ 14", ("Number of theatres", "14")),
        ("Is parking free? . . . . . . Yes", ("Is parking free?", "Yes")),
        ("Number of sites ·········· 3", ("Number of sites", "3")),
        ("Register of gifts held? ______ Not held", ("Register of gifts held?", "Not held")),
        ("Number of sites\t3", ("Number of sites", "3")),
    ],
)
def test_a_leader_parts_a_question_from_its_answer(line, want):
    assert leader_split(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "Signed ........................",  # a form's blank: no answer
        "See page 4 .... for the figures of each year and each of our sites in full",
        "The Trust spent £4.5m in 2023.",
    ],
)
def test_lines_without_a_leader_and_short_answer(line):
    assert leader_split(line) is None


def _leaders_letter(numbered: bool, leader: str) -> list:
    blocks = [*_head(), P("**Summary of our answers**")]
    for n, (q, a) in enumerate(CLOSED, 1):
        fill = leader * max(4, 30 - len(q) // 3)
        blocks.append(P(f"{n}. {q} {fill} {a}" if numbered else f"{q} {fill} {a}"))
    return blocks + SIGN_OFF


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("numbered", [True, False])
@pytest.mark.parametrize("leader", [".", ". ", "_"])
def test_questions_answered_after_a_dotted_leader(leader, numbered, fmt, model):
    foi = _read(_leaders_letter(numbered, leader), fmt, model)
    want = [(str(n) if numbered else None, q, a) for n, (q, a) in enumerate(CLOSED, 1)]
    assert pairs(foi) == want


def test_one_dotted_line_is_no_layout():
    blocks = [
        *_head(),
        P("1. How many operating theatres are there?"),
        P("There are 14 theatres on two sites."),
        P("Contents of the attached pack .......... 12"),
    ]
    foi = _read(blocks + SIGN_OFF, "docx", "rules only")
    assert foi.items[0].label == "1"
    assert "Contents" in (foi.items[0].answer or "")


# ---------------------------------------------------------------- an exemptions table

EXEMPT_QS = [
    (
        "Please send the names of the Trust's bank nurses.",
        "We hold a list of 240 bank nurses; their names are withheld (see the table below).",
    ),
    (
        "How many agency porters did the Trust use in 2023?",
        "The Trust used 31 agency porters in 2023.",
    ),
    (
        "What discount does the Trust receive from its fuel supplier?",
        "The discount is withheld; the exemption is listed below.",
    ),
]


def _exempt_letter(header: list[str], heading: str) -> list:
    blocks = _head()
    for n, (q, a) in enumerate(EXEMPT_QS, 1):
        blocks += [P(f"**{n}. {q}**"), P(a)]
    rows = [
        header,
        ["1", "Section 40(2)", "Third parties' personal data."],
        ["3", "s.43(2)", "Prejudice to commercial interests."],
    ]
    return [*blocks, P(f"**{heading}**"), T(rows), *SIGN_OFF]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "header, heading",
    [
        (["No.", "Exemption", "Explanation"], "Exemptions we have relied on"),
        (["Question", "Section of the Act", "Reason"], "Information withheld"),
    ],
)
def test_exemptions_gathered_in_a_table(header, heading, fmt, model):
    foi = _read(_exempt_letter(header, heading), fmt, model)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(EXEMPT_QS, 1)]
    assert sorted((e.law, e.section, e.item_seq) for e in foi.exemptions) == [
        ("FOIA", "40(2)", 1),
        ("FOIA", "43(2)", 3),
    ]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item", [P, B])
def test_exemptions_gathered_in_a_list_after_the_answers(item, fmt, model):
    blocks = _head()
    for n, (q, a) in enumerate(EXEMPT_QS, 1):
        blocks += [P(f"**{n}. {q}**"), P(a)]
    blocks += [
        P("**Exemptions applied to this reply**"),
        item("Section 40(2) – personal data of people other than the requester"),
        item("Section 43(2) – harm to the commercial interests of the Trust's supplier"),
    ]
    foi = _read(blocks + SIGN_OFF, fmt, model)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(EXEMPT_QS, 1)]
    assert sorted((e.law, e.section) for e in foi.exemptions) == [
        ("FOIA", "40(2)"),
        ("FOIA", "43(2)"),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_sections_listed_under_a_question_stay_its_answer(fmt):
    listed = "Section 43(2) – harm to the supplier's commercial interests"
    blocks = [
        *_head(),
        P("1. What discount does the Trust receive from its fuel supplier?"),
        P("The discount is withheld."),
        P("Exemptions applied"),
        P(listed),
        P("2. How many agency porters did the Trust use in 2023?"),
        P("The Trust used 31 agency porters in 2023."),
    ]
    foi = _read(blocks + SIGN_OFF, fmt, "rules only")
    assert foi.items[0].answer == f"The discount is withheld. Exemptions applied {listed}"
    assert [(e.section, e.item_seq) for e in foi.exemptions] == [("43(2)", 1)]


def test_a_table_of_figures_is_no_exemptions_table():
    table = Table(rows=[["Section", "Beds"], ["Ward 4", "22"], ["Ward 5", "18"]], page=1)
    assert exemption_column(table) is None
    assert tabled_exemptions([table]) == []


# ---------------------------------------------------------------- parts numbered afresh

PARTS = {
    "Facilities": QS[:2],
    "Purchasing and suppliers": QS[2:],
}


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("form", ["Part {x} – {name}", "Section {x}: {name}"])
def test_questions_numbered_afresh_under_named_parts(form, fmt, model):
    blocks = _head()
    for x, (name, qs) in zip("AB", PARTS.items(), strict=True):
        blocks.append(P(form.format(x=x, name=name.lower().capitalize())))
        for n, (q, a) in enumerate(qs, 1):
            blocks += [P(f"{n}) {q}"), P(a)]
    foi = _read(blocks + SIGN_OFF, fmt, model)
    want = [(str(n), q, a) for qs in PARTS.values() for n, (q, a) in enumerate(qs, 1)]
    assert pairs(foi) == want


# ---------------------------------------------------------------- the closing

FURTHER_CLOSING = [
    P("Any complaint about this reply should go first to our Records Manager."),
    P("You may then refer your complaint to the regulator if the matter is not resolved."),
    P("Re-use of this information for profit needs our written consent."),
    P("We hope you find the information useful."),
    P("Best wishes"),
    P("Head of Records, Corporate Affairs Directorate"),
    P("records.office@wealdbrook.nhs.example"),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaint_and_taking_it_further_close_the_letter(fmt):
    blocks = _head()
    for n, (q, a) in enumerate(QS, 1):
        blocks += [P(f"Q.{n} {q}"), P(f"→ {a}")]
    foi = _read(blocks + FURTHER_CLOSING, fmt, "rules only")
    assert pairs(foi) == [(f"Q{n}", q, a) for n, (q, a) in enumerate(QS, 1)]
