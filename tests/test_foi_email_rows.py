"""The requester's e-mail quoted paragraph by paragraph in a two-column table beside the
trust's reply (set AF's style): greeting, context and sign-off rows ask nothing (their
reply cell empty or a remark such as "Noted"), the questions are unnumbered rows. The
items are the rows whose reply answers a question (parsers.foi.email_rows); "What you
wrote" heads the request column (parsers.foi.markers).

Every letter is made up and built in code, read from DOCX, PDF and HTML."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from parsers.foi.email_rows import asks_nothing
from parsers.foi.labeller import using_labeller
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.test_foi_styles import FORMATS, norm, read

QA = [
    ("How many community nurses does the Trust employ?", "The Trust employs 212 community nurses."),
    (
        "Please send the Trust's policy on lone working.",
        "The policy is attached.\nIt was last reviewed in March 2025.",
    ),
]


def _letter(heads: tuple[str, str], remark: str) -> list:
    rows = [
        list(heads),
        ["Good afternoon,", ""],
        ["I am researching community services for a local campaign group.", remark],
        *([q, a] for q, a in QA),
        ["My thanks in advance for your help with this.", remark],
        ["Best wishes, [Redacted]", ""],
    ]
    return [
        H("Nidderdale NHS Trust"),
        P("Our ref: ND-FOI-2290"),
        P("Date: 14 July 2025"),
        P("Dear Requester"),
        P("Thank you for your e-mail of 20 June 2025. Our replies are beside your words."),
        T(rows),
        *SIGN_OFF,
    ]


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "heads, remark",
    [(("What you wrote", "Our reply"), ""), (("Your message", "Response"), "Noted.")],
)
def test_only_the_rows_that_ask_are_items(heads, remark, fmt, model):
    with using_labeller(None) if model == "rules only" else nullcontext():
        foi = read(_letter(heads, remark), fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(None, q, norm(a)) for q, a in QA]


def test_rows_that_ask_nothing():
    assert asks_nothing("Hi there,", "")
    assert asks_nothing("Thanks very much, J.", "")
    assert asks_nothing("We run a small charity for carers.", "")
    assert asks_nothing("This may already be on your website.", "N/A – nothing asked")
    assert not asks_nothing("How many beds are there?", "")
    assert not asks_nothing("We run a small charity for carers.", "The charity is registered.")
    assert not asks_nothing("Please list the wards.", "Noted.")
