"""FOI house styles learned from held-out set G's failure classes after its first
sight (issue #13), read as structures rather than set G's phrases: decimal labels
under numbered subject headings, capital letters as the top-level numbering, "No.
n:" labels, a label followed by a request marker, a request marker numbering its
question, and one two-row table per question. Every letter here is made up and
built in code, in wordings of its own, and read from DOCX, PDF and HTML."""

from __future__ import annotations

import pytest

from parsers import parse_document
from parsers.extract import extract
from parsers.foi.units import _label_of, _units
from tests.foi_letters import RENDER, SIGN_OFF, B, H, P, T
from tests.test_foi_styles import FORMATS, pairs, read

# ---------------------------------------------------------------- the grammars


@pytest.mark.parametrize(
    "line, key, rest",
    [
        ("3.2 Which theatres were refurbished?", "3.2", "Which theatres were refurbished?"),
        (
            "1.10  Please list the catering suppliers.",
            "1.10",
            "Please list the catering suppliers.",
        ),
        ("C. How many porters are employed?", "C", "How many porters are employed?"),
        ("(D) Please send the parking policy.", "D", "Please send the parking policy."),
        ("B) Does the Trust own its laundry?", "B", "Does the Trust own its laundry?"),
        ("No. 4: How many lifts are there?", "4", "How many lifts are there?"),
    ],
)
def test_decimal_capital_and_numero_labels(line, key, rest):
    lab = _label_of(line)
    assert lab is not None and (lab.key, lab.rest) == (key, rest)


@pytest.mark.parametrize(
    "line",
    [
        "1.5 million meals were served last year.",
        "A. The Trust does not hold this information.",  # a Q. / A. letter's answer
        "A. N. Other, Head of Estates",
        "A. Please see the attached spreadsheet.",
        "No. 1 priority for the Trust is safety.",
    ],
)
def test_lines_that_are_not_these_labels(line):
    lab = _label_of(line)
    assert lab is None or lab.key not in ("1.5", "A", "1")


# ---------------------------------------------------------------- letters

QS = [
    ("How many hydrotherapy pools does the Trust run?", "Two pools, at the Eastgate site."),
    ("Which company maintains the pools?", "Maintenance is done by Aquaserve Ltd."),
    ("How many porters were employed in May 2024?", "We employed 58 porters in May 2024."),
]


def _head() -> list:
    return [
        H("Brackenfold Hospitals NHS Trust"),
        P("Our ref: BHT-7731"),
        P("Date: 9 August 2024"),
        P("Dear Applicant"),
        P("Thank you for your request, which we have answered below."),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_decimal_labels_under_numbered_subject_headings(fmt):
    (q1, a1), (q2, a2), (q3, a3) = QS
    blocks = [
        *_head(),
        H("1. Therapy services"),
        P(f"1.1 {q1}"),
        P(a1),
        P(f"1.2 {q2}"),
        P(a2),
        H("2. Support staff"),
        P(f"2.1 {q3}"),
        P(a3),
    ]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [("1.1", q1, a1), ("1.2", q2, a2), ("2.1", q3, a3)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("form", ["{}.", "({})"])
def test_capital_letters_with_an_owned_answer_marker(form, fmt):
    blocks = _head()
    for letter, (q, a) in zip("ABC", QS, strict=True):
        blocks += [P(f"{form.format(letter)} {q}"), P(f"Our reply: {a}")]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [(x, q, a) for x, (q, a) in zip("ABC", QS, strict=True)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_numero_labels_with_answers_in_one_cell_boxes(fmt):
    blocks = _head()
    for n, (q, a) in enumerate(QS, 1):
        blocks += [P(f"No. {n}: {q}"), T([[a]])]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(QS, 1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_label_then_a_request_marker(fmt):
    blocks = _head()
    for n, (q, a) in enumerate(QS, 1):
        blocks += [P(f"{n}. What you asked for: {q}"), P(f"Our reply: {a}")]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(QS, 1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_request_marker_numbering_its_question(fmt):
    blocks = _head()
    for n, (q, a) in enumerate(QS, 1):
        blocks += [P(f"**What you asked for [{n}]**"), P(q), P("**Our reply**"), P(a)]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [(str(n), q, a) for n, (q, a) in enumerate(QS, 1)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("form", ["labelled cell", "worded heading"])
def test_one_two_row_table_per_question(form, fmt):
    blocks = _head()
    for n, (q, a) in enumerate(QS, 1):
        if form == "labelled cell":
            blocks.append(T([[f"Query {n}", q], ["Our reply", f"{a}\nNo other record is held."]]))
        else:
            blocks += [H(f"Point {n}"), T([["Your request", q], ["Response", a]])]
    foi = read(blocks + SIGN_OFF, fmt)
    extra = " No other record is held." if form == "labelled cell" else ""
    assert pairs(foi) == [(str(n), q, a + extra) for n, (q, a) in enumerate(QS, 1)]


def _html_page(body: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head><title>FOI reply</title></head><body><main>"
        "<h1>Brackenfold Hospitals NHS Trust</h1><p>Our ref: BHT-7731</p>"
        f"<p>Dear Applicant</p>{body}<p>Yours sincerely</p></main></body></html>"
    ).encode()


@pytest.mark.parametrize("split", [False, True])
def test_html_ordered_list_items_carry_their_numbers(split):
    """An `<ol>` draws its numbers: the items are questions 1, 2, 3 (one list a
    question, numbered by `start` or by the item's `value`, as word processors
    export a numbered list broken by the answers)."""
    if split:
        body = "".join(
            f"<ol start='{n}'><li>{q}</li></ol><p>{a}</p>" for n, (q, a) in enumerate(QS, 1)
        )
    else:
        body = "".join(
            f"<ol><li value='{n}'>{q}</li></ol><p>{a}</p>" for n, (q, a) in enumerate(QS, 1)
        )
    result = parse_document(_html_page(body), filename="reply.html", kind_hint="foi")
    assert pairs(result.foi) == [(str(n), q, a) for n, (q, a) in enumerate(QS, 1)]


@pytest.mark.parametrize(
    "html, first",
    [
        ("<ol type='a'><li>x</li><li>y</li></ol>", ["a. x", "b. y"]),
        ("<ol start='4'><li>x</li><li value='9'>y</li></ol>", ["4. x", "9. y"]),
        ("<ul><li>x</li></ul>", ["x"]),
    ],
)
def test_html_list_numbers(html, first):
    doc = extract(_html_page(html), filename="x.html")
    texts = [b.text for b in doc.items if getattr(b, "style", None) == "list"]
    assert texts == first


@pytest.mark.parametrize("fmt", FORMATS)
def test_bulleted_questions_with_answers_beneath(fmt):
    blocks = _head()
    for q, a in QS:
        blocks += [B(q), P(a)]
    foi = read(blocks + SIGN_OFF, fmt)
    assert pairs(foi) == [(None, q, a) for q, a in QS]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bulleted_request_list_before_the_answers_is_not_this_style(fmt):
    """Asking bullets together are one request list: not a question per bullet
    with its answer beneath (the list is read as it was before)."""
    blocks = [*_head(), *(B(q) for q, _ in QS), P("Our response follows."), P(QS[0][1])]
    units = _units(extract(RENDER[fmt](blocks + SIGN_OFF), filename=f"r.{fmt}"))
    assert not any(u.text.startswith("Request: ") for u in units)


@pytest.mark.parametrize(
    "heading, ref",
    [
        ("Freedom of Information Act 2000: request KHT-5512", "KHT-5512"),
        ("Your FOI enquiry no. ESX 4410", "ESX 4410"),
        ("Reply to request MW/FOI/2024/118", "MW/FOI/2024/118"),
    ],
)
def test_reference_named_in_the_subject_heading(heading, ref):
    blocks = [H("Marrowfield NHS Trust"), H(heading), P("Dear Applicant"), P(f"1. {QS[0][0]}")]
    foi = read([*blocks, P(QS[0][1]), *SIGN_OFF], "docx")
    assert foi.reference == ref


def test_a_free_reference_keeps_its_own_prefix():
    blocks = [H("Marrowfield NHS Trust"), P("Please quote MFT-FOI-2291 in any reply.")]
    foi = read([*blocks, P(f"1. {QS[0][0]}"), P(QS[0][1]), *SIGN_OFF], "docx")
    assert foi.reference == "MFT-FOI-2291"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("form", ["standing alone, numbered", "run in"])
def test_two_labels_taking_turns_are_a_marker_pair(form, fmt):
    """Labels in words no marker grammar lists ("Details sought" / "Details given",
    "Enquiry:" / "Outcome:") that alternate through the letter mark the questions
    and their answers."""
    blocks = _head()
    for n, (q, a) in enumerate(QS, 1):
        if form == "run in":
            blocks += [P(f"Enquiry: {q}"), P(f"Outcome: {a}")]
        else:
            blocks += [P(f"**Details sought ({n})**"), P(q), P("**Details given**"), P(a)]
    foi = read(blocks + SIGN_OFF, fmt)
    label = (lambda n: None) if form == "run in" else str
    assert pairs(foi) == [(label(n), q, a) for n, (q, a) in enumerate(QS, 1)]


def test_labels_that_do_not_take_turns_are_no_marker_pair():
    from parsers.foi.marker_pairs import _Head, alternating_pair

    def heads(keys):
        return [_Head(k, key, None, "") for k, key in enumerate(keys)]

    assert alternating_pair(heads(["ask", "reply", "ask", "reply"])) == ("ask", "reply")
    assert alternating_pair(heads(["ask", "ask", "reply", "reply"])) is None
    assert alternating_pair(heads(["ask", "reply", "ask"])) is None  # one turn and a half
    assert alternating_pair(heads(["ask", "reply", "note", "ask", "note", "reply"])) is None


def test_a_letterhead_repeated_in_the_footer_is_no_marker_pair():
    """The trust's address printed at the top and again at the foot ("Eastgate" /
    "EG4 2PL" twice) takes turns too, but a marker alone has its text under it."""
    address = [P("Brackenfold Hospitals NHS Trust"), P("Eastgate"), P("EG4 2PL")]
    blocks = [*address, P("Dear Applicant"), P(f"1. {QS[0][0]}"), P(QS[0][1]), *SIGN_OFF]
    units = _units(extract(RENDER["docx"](blocks + address[1:]), filename="r.docx"))
    assert not any(u.text in ("Request:", "Answer:") for u in units)
