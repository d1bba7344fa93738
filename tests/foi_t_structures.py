"""Letters for the tests of the FOI structures learned from held-out set T's first
sight (tests/test_foi_structures_t.py): made-up trusts, questions and figures in
wordings of their own, rendered by set P's renderer (which keeps italic and bold
faces) and read as `parse-file` would."""

from __future__ import annotations

from benchmarks.heldout_p.render import H, P, render
from parsers import parse_document
from tests.foi_p_structures import model_context

FORMATS = ["docx", "pdf", "html"]

HEAD = [
    H("Allerdale Moor NHS Trust"),
    P("Our reference: AMT-4471"),
    P("Date: 3 February 2025"),
    P("Dear Mr Pellow"),
    P("Thank you for your request of 9 January 2025, answered below."),
]
SIGN_OFF = [
    P("If you are dissatisfied you may ask for an internal review within 40 working days."),
    P("Yours sincerely"),
    P("Records Office"),
]
TOPICS = [
    (
        "How many hearing aids did the audiology service fit in 2024?",
        ["The service fitted 2,315 hearing aids in 2024.", "Repairs are not counted."],
    ),
    (
        "What does the Trust pay each year for its window cleaning contract?",
        ["Window cleaning costs £18,900 a year."],
    ),
    (
        "Which wards have a dedicated dementia nurse?",
        ["Wards 4 and 9 each have a dedicated dementia nurse.", "Others share one."],
    ),
]


def read_letter(blocks: list, fmt: str, model: str):
    data, name = render(blocks, fmt, title="Allerdale Moor NHS Trust", site="Allerdale")
    with model_context(model):
        return parse_document(data, filename=name, kind_hint="foi").foi


def pairs(foi) -> list[tuple[str | None, str, str]]:
    return [(i.label, i.question, i.answer) for i in foi.items]


def want_pairs(numbered: bool = True) -> list[tuple[str | None, str, str]]:
    return [(str(n) if numbered else None, q, " ".join(a)) for n, (q, a) in enumerate(TOPICS, 1)]
