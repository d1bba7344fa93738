"""An FOI letter's dates read where and how letters print them (set J's learning,
issue #13), from DOCX, PDF and HTML:

* the request dated in prose with the requester as the subject ("On … you asked",
  "You contacted us on …"), the date perhaps restated in brackets;
* a label alone on its line over the date on the next;
* a one-line strip of fields between separators, with bare labels ("Logged:",
  "Closed:") and the letter's own "Date:" among them;
* the letter's date as an ordinal ("the 14th of …") or restated in brackets;
* a label in one table cell and the date in the next;
* ISO timestamps and month-first dates (only when day first is no date) in labels;

and dates that are not the letter's (a period asked about, a field-like line in an
answer, "On … you made no …") left alone. Every letter is made up, in wordings of its
own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, read

RECEIVED = date(2023, 11, 2)
ANSWERED = date(2023, 11, 24)

BODY = [
    P("1. How many MRI scanners does the Trust operate?"),
    P("We operate three MRI scanners, one of them a mobile unit."),
    P("2. How many scans were reported by outsourced radiologists in 2022/23?"),
    P("Outsourced radiologists reported 14,208 scans in 2022/23."),
    *SIGN_OFF,
]


def letter(head: list, after_salutation: list | None = None, body: list | None = None) -> list:
    return [
        H("Thornbury Heath NHS Trust"),
        P("Heath Lane, Thornbury TH4 2HL"),
        *head,
        P("Dear Applicant"),
        *(after_salutation or []),
        *(body or BODY),
    ]


def dates_of(blocks: list, fmt: str) -> tuple[date | None, date | None]:
    foi = read(blocks, fmt)
    return foi.received_date, foi.responded_date


PROSE = [
    "On Thursday 2nd November 2023 (02/11/2023) you asked the Trust for the following.",
    "On 2 Nov. 2023 you wrote to our information governance team.",
    "You contacted us on 2 November 2023 with the questions below.",
    "You sent us your request on the 2nd of November 2023, and we answer it here.",
    "On 2023-11-02 you submitted an online request form.",
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence", PROSE)
def test_request_dated_in_prose_with_the_requester_as_subject(fmt, sentence):
    blocks = letter([P("24 November 2023")], [P(sentence)])
    assert dates_of(blocks, fmt) == (RECEIVED, ANSWERED)


@pytest.mark.parametrize("fmt", FORMATS)
def test_label_alone_over_its_date(fmt):
    head = [
        P("Case number: TH/2219"),
        P("Request logged:"),
        P("02/11/2023"),
        P("Date of reply:"),
        P("Friday 24 November 2023"),
    ]
    assert dates_of(letter(head), fmt) == (RECEIVED, ANSWERED)


@pytest.mark.parametrize("fmt", FORMATS)
def test_label_alone_over_the_letters_date(fmt):
    head = [P("Date:"), P("24th November 2023"), P("Case number: TH/2219")]
    blocks = letter(head, [P("Thank you for your request of 2 November 2023.")])
    assert dates_of(blocks, fmt) == (RECEIVED, ANSWERED)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "strip",
    [
        "Case TH/2219 · Logged: 2 Nov 2023 · Closed: 24 Nov 2023",
        "Case TH/2219 • Opened: 02.11.2023 • Issued: 24.11.2023",
        "Case: TH/2219 | Date: 24/11/2023 | Request logged: 02/11/2023",
    ],
)
def test_strip_of_fields(fmt, strip):
    assert dates_of(letter([P(strip)]), fmt) == (RECEIVED, ANSWERED)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "dated", ["Date: the 24th of November 2023", "24 November 2023 (2023-11-24)"]
)
def test_letters_own_date_as_ordinal_or_restated(fmt, dated):
    blocks = letter([P(dated)], [P("Your request dated 2 November 2023 is answered below.")])
    assert dates_of(blocks, fmt) == (RECEIVED, ANSWERED)


@pytest.mark.parametrize("fmt", FORMATS)
def test_label_cell_beside_its_date(fmt):
    head = [
        T(
            [
                ["Case number", "TH/2219"],
                ["Request received", "2 November 2023"],
                ["Response sent", "24 November 2023"],
            ]
        )
    ]
    assert dates_of(letter(head), fmt) == (RECEIVED, ANSWERED)


@pytest.mark.parametrize("fmt", FORMATS)
def test_timestamp_and_month_first_labels(fmt):
    head = [P("Date received: 2023-11-02T09:14:00Z"), P("Response date: 11/24/2023")]
    assert dates_of(letter(head), fmt) == (RECEIVED, ANSWERED)


NOT_THE_LETTERS = [
    [
        P("1. How many referrals did you accept between 1 May 2022 and 30 April 2023?"),
        P("From 1 May 2022 to 30 April 2023 the service accepted 912 referrals."),
    ],
    [
        P("1. Which theatres were refurbished?"),
        P("Theatre 4 | Logged: 3 March 2023 | Closed: 9 June 2023"),
    ],
    [
        P("1. When was the fire risk assessment recorded?"),
        P("Date logged:"),
        P("3 March 2023"),
    ],
    [
        P("1. Did I book a clinic for 6 March 2023?"),
        P("On 6 March 2023 you made no booking with the clinic."),
    ],
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("body", NOT_THE_LETTERS, ids=["period", "strip", "label", "prose"])
def test_dates_inside_answers_are_not_the_letters(fmt, body):
    blocks = letter([P("24 November 2023")], body=[*body, *SIGN_OFF])
    assert dates_of(blocks, fmt) == (None, ANSWERED)


CLOSING_LABELS = ["Date closed", "Closed date", "Date completed", "Completed on"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("label", CLOSING_LABELS)
def test_case_log_closing_date_is_the_response(fmt, label):
    """A case system's log closes the request the day it answers it."""
    head = [
        P("Case number: TH/2219"),
        P("Date received: 2 November 2023"),
        P(f"{label}: 24 November 2023"),
    ]
    assert dates_of(letter(head), fmt) == (RECEIVED, ANSWERED)
