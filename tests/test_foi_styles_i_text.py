"""FOI house styles learned from held-out set I's text classes after its first sight
(issue #13), read as structures and grammars rather than set I's phrases:

* question labels as one grammar, a word ("Item 4") or a sign for "number" ("#4",
  "No. 4") before the figure, the answer beneath;
* every question a clause of one sentence ("(1) …; (2) …; and (3) …"), the answers
  numbered below;
* a plain-text e-mail whose quoted (">") request has the answers typed between its
  lines, the mail client's attribution line dating the request;
* received dates in a participle clause ("your request, registered by us on …"),
  ordinal, dotted and spreadsheet dates.

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML."""

from __future__ import annotations

import pytest

from parsers.foi.labeller import using_labeller
from parsers.foi.units import _label_of
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, pairs, read

QS = [
    (
        "How many midwives left the Trust in 2023?",
        "41 midwives left, 12 of them on retirement.",
    ),
    (
        "Which company maintains the Trust's lifts?",
        "Upward Engineering Services Ltd holds the maintenance contract.",
    ),
    (
        "How much did the Trust pay for taxis for patients in 2023/24?",
        "Patient taxis cost the Trust £318,902 in 2023/24.",
    ),
]
TABLE = [["Site", "Beds"], ["Castle Hospital", "412"], ["Ferry Unit", "38"]]
TABLE_TEXT = "Site | Beds Castle Hospital | 412 Ferry Unit | 38"


def _head(dated: str = "Date: 9 December 2024") -> list:
    return [
        H("Harrowgate Fields NHS Trust"),
        P("Our ref: HF/IG/7731"),
        P(dated),
        P("Dear Enquirer"),
        P("Our reply to your request for information is given below."),
    ]


# ---------------------------------------------------------------- the label grammar


@pytest.mark.parametrize(
    "line, key, rest",
    [
        ("#2 How many wards closed?", "2", "How many wards closed?"),
        ("# 3 – What is the budget?", "3", "What is the budget?"),
        ("No. 4 Which supplier was used?", "4", "Which supplier was used?"),
        ("№ 5: Please send the policy.", "5", "Please send the policy."),
        ("No 6: Is the unit open?", "6", "Is the unit open?"),
    ],
)
def test_a_sign_for_number_labels_a_question(line, key, rest):
    lab = _label_of(line)
    assert lab is not None and (lab.key, lab.rest) == (key, rest)


@pytest.mark.parametrize(
    "line",
    [
        "#12 staff were redeployed.",  # a figure in a sentence, not a label
        "No 3 wards were closed.",  # "No" without its stop runs in no question
        "No, the Trust does not hold this.",
        "#1",
    ],
)
def test_lines_a_sign_does_not_label(line):
    assert _label_of(line) is None


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("form", ["#{n} {q}", "**No. {n}** {q}"])
def test_sign_labels_run_in_with_the_answer_beneath(form, fmt):
    blocks = _head()
    for n, (q, a) in enumerate(QS, 1):
        blocks += [P(form.format(n=n, q=q)), P(a)]
    blocks += [P("#4 How many beds does each site have?"), T(TABLE)]
    foi = read(blocks + SIGN_OFF, fmt)
    want = [(str(n), q, a) for n, (q, a) in enumerate(QS, 1)]
    assert pairs(foi)[:3] == want
    assert [(it.label, it.answer_kind) for it in foi.items[3:]] == [("4", "table")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sign_alone_heads_the_question_beneath(fmt):
    blocks = _head()
    for n, (q, a) in enumerate(QS, 1):
        blocks += [P(f"**#{n}**"), P(q), P(a)]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(QS, 1)]


CONTACT_CLOSING = [
    P("You are entitled to ask for a review of how we handled your request."),
    P("Please tell us within two months if you would like one."),
    P("Thank you for writing to the records team."),
    P("With best wishes"),
    P("Records Manager"),
    P("Telephone 01632 960 771"),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_closing_signed_with_a_telephone_line_ends_the_last_answer(fmt):
    # by the rules alone: the closing run ends signed with a contact line, and its
    # prose bids the reader write to the Trust or thanks them
    blocks = _head()
    for n, (q, a) in enumerate(QS, 1):
        blocks += [P(f"#{n} {q}"), P(a)]
    with using_labeller(None):
        foi = read(blocks + CONTACT_CLOSING, fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(QS, 1)]


# ---------------------------------------------------------------- one enumerating sentence

CLAUSES = [
    ("the number of midwives who left the Trust in 2023", "41 midwives left."),
    ("the name of the lift maintenance contractor", "Upward Engineering Services Ltd."),
    ("the beds at each of the Trust's sites", None),
    ("the cost of patient taxis in 2023/24", "The cost was £318,902."),
]


def _enumerated(labels: list[str], answer_form: str) -> list:
    clauses = [f"({lab}) {c}" for lab, (c, _) in zip(labels, CLAUSES, strict=True)]
    sentence = ", ".join(clauses[:-1]) + ", and " + clauses[-1] + "."
    blocks = [
        *_head(),
        P("In your e-mail you requested " + sentence),
        P("**Response**"),
    ]
    for lab, (_, a) in zip(labels, CLAUSES, strict=True):
        if a is None:
            blocks += [P(answer_form.format(lab).strip()), T(TABLE)]
        else:
            blocks.append(P(answer_form.format(lab) + a))
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "labels, answer_form",
    [
        (["1", "2", "3", "4"], "{}) "),
        (["a", "b", "c", "d"], "{}. "),
        (["1", "2", "3", "4"], "({}) "),
    ],
)
def test_questions_enumerated_in_one_sentence_answered_by_number(labels, answer_form, fmt):
    foi = read(_enumerated(labels, answer_form), fmt)
    want = [
        (lab, c, a if a is not None else TABLE_TEXT)
        for lab, (c, a) in zip(labels, CLAUSES, strict=True)
    ]
    assert pairs(foi) == want


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_subsection_in_a_sentence_is_no_enumeration(fmt):
    (q1, a1), (q2, a2), _ = QS
    blocks = [
        *_head(),
        P("Some names are withheld under section 40(2) of the Act (1) as noted."),
        P(f"1. {q1}"),
        P(a1),
        P(f"2. {q2}"),
        P(a2),
    ]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [("1", q1, a1), ("2", q2, a2)]


# ---------------------------------------------------------------- answers typed into the quoted e-mail


def _typed_between(numbered: bool) -> list:
    blocks = [
        P("From: Harrowgate Fields NHS Trust <records@harrowgate.nhs.example>"),
        P("Date: Mon, 9 Dec 2024 15:02"),
        P("To: A Requester <a.requester@post.example>"),
        P("Subject: RE: information request HF/IG/7731"),
        P("Hello,"),
        P("We have put our answers under each of your questions."),
        P("> On Wed, 13 Nov 2024 at 19:47, A Requester <a.requester@post.example> wrote:"),
        P("> Good evening,"),
        P("> Under the Freedom of Information Act, please could you tell me:"),
    ]
    for n, (q, a) in enumerate(QS, 1):
        blocks += [P(f"> {n}) {q}" if numbered else f"> {q}"), P(a)]
        if n == 2:
            blocks.append(P("The contract was renewed in April."))
    blocks += [P("> Many thanks,"), P("> A Requester")]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("numbered", [True, False])
def test_answers_typed_between_the_quoted_questions(numbered, fmt):
    foi = read(_typed_between(numbered), fmt)
    want = [(str(n) if numbered else None, q, a) for n, (q, a) in enumerate(QS, 1)]
    want[1] = (want[1][0], want[1][1], f"{want[1][2]} The contract was renewed in April.")
    assert pairs(foi) == want
    assert str(foi.received_date) == "2024-11-13"
    assert str(foi.responded_date) == "2024-12-09"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_quoted_question_of_two_paragraphs_under_an_unquoted_attribution(fmt):
    (q1, a1), (q2, a2), _ = QS
    blocks = [
        P("Subject: RE: Freedom of Information - midwives and lifts"),
        P("Dear Requester, please find our replies in your message below."),
        P("On Nov 13, 2024, at 7:47 PM, A Requester <a.requester@post.example> wrote:"),
        P("> " + q1),
        P("> Please give the figure for each quarter if you can."),
        P(a1),
        P("> " + q2),
        P(a2),
        P("> Thanks in advance"),
    ]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [
        (None, f"{q1} Please give the figure for each quarter if you can.", a1),
        (None, q2, a2),
    ]
    assert str(foi.received_date) == "2024-11-13"


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "dated, received, want",
    [
        (
            "2nd December 2024",
            "Your request, registered by our team on 11th November 2024, is answered below.",
            ("2024-11-11", "2024-12-02"),
        ),
        (
            "02.12.2024",
            "We answer your enquiry, recorded at the Trust on 11.11.2024, below.",
            ("2024-11-11", "2024-12-02"),
        ),
        (
            "02-Dec-24",
            "Your request, logged with the records office on 11-Nov-24, is answered below.",
            ("2024-11-11", "2024-12-02"),
        ),
    ],
)
def test_received_in_a_participle_clause_and_new_date_forms(dated, received, want, fmt):
    (q1, a1), (q2, a2), _ = QS
    blocks = [
        H("Harrowgate Fields NHS Trust"),
        P(dated),
        P("Our ref: HF/IG/7731"),
        P("Dear Enquirer"),
        P(received),
        P(f"1. {q1}"),
        P(a1),
        P(f"2. {q2}"),
        P(a2),
    ]
    foi = read(blocks + SIGN_OFF, fmt)
    assert (str(foi.received_date), str(foi.responded_date)) == want
