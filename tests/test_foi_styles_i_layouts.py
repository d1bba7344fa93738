"""FOI layouts learned from held-out set I's layout failure classes after its first
sight (issue #13), read as structures rather than set I's phrases: an FAQ page (a
contents list, questions as headings, a navigation link after each answer, the
reference in the page's title); questions in an `<ol>` with each answer in a
`<blockquote>` inside its item; footnote markers in the answers with the notes
gathered below them; the reference and dates only in a field table at the top. Every
letter here is made up and built in code, in wordings of its own, and read from each
format its layout is published in."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers import parse_document
from parsers.foi.field_tables import field_lines
from tests.foi_letters import RENDER, SIGN_OFF, H, P, T

QS = [
    (
        "How many beds on the Trust's elderly care wards were closed for refurbishment in 2023?",
        "Twenty-two beds were closed for between three and eleven weeks each.",
    ),
    (
        "What did the Trust pay for window cleaning across its estate last year?",
        "Window cleaning cost £48,310 in 2023/24.",
    ),
    (
        "Does the Trust employ a named lead for learning disability services?",
        "Yes. The lead sits within the nursing directorate and reports to the Chief Nurse.",
    ),
]


def _read(data: bytes, fmt: str, model: str = "rules only"):
    from parsers.foi.labeller import using_labeller

    with using_labeller(None) if model == "rules only" else nullcontext():
        result = parse_document(data, filename=f"page.{fmt}", kind_hint="foi")
    assert result.foi is not None, result.error
    return result.foi


def _page(body: str, title: str = "Disclosure log") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body><main>{body}"
        "</main></body></html>"
    ).encode()


# ------------------------------------------- the reference and dates in a field table


def _field_table_letter(shape: str) -> list:
    if shape == "columns":
        top = T(
            [
                ["Case number", "Date logged", "Date of reply"],
                ["KV-20931", "6 February 2024", "1 March 2024"],
            ]
        )
    else:
        top = T(
            [
                ["Case number", "KV-20931"],
                ["Date logged", "6 February 2024"],
                ["Date of reply", "1 March 2024"],
            ]
        )
    rows = [["Question", "Held?", "Response"]]
    rows += [[q, "Yes", a] for q, a in QS]
    return [
        H("Kingsvale Partnership NHS Trust"),
        P("Moor Gate, Kingsvale KV4 2MG"),
        top,
        P("Dear Enquirer"),
        P("Please see our answers in the table below."),
        T(rows),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("shape", ["columns", "rows"])
@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_reference_and_dates_in_a_field_table(fmt, shape):
    foi = _read(RENDER[fmt](_field_table_letter(shape)), fmt)
    assert foi.reference == "KV-20931"
    assert (str(foi.received_date), str(foi.responded_date)) == ("2024-02-06", "2024-03-01")


def test_a_question_table_is_no_field_table():
    rows = [["Question", "Held?", "Response"], *([q, "Yes", a] for q, a in QS)]
    assert field_lines(rows) == []
    assert field_lines(rows[:2]) == []  # one question: its answer is no field's value
