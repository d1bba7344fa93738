"""Shared pieces of the tests of the FOI structures learned from held-out set R: made-up
topics (a subject, a question, its answer's paragraphs), a letter read in one format by
the rules alone or with the shipped labeller, and the pairs expected."""

from __future__ import annotations

from parsers import parse_document
from tests.foi_letters import RENDER
from tests.foi_p_structures import model_context

TOPICS = [
    (
        "Hydrotherapy pool",
        "How many hours a week is the hydrotherapy pool open to outpatients?",
        ["The pool is open to outpatients for 22 hours a week.", "Evening sessions began in May."],
    ),
    (
        "Interpreting",
        "Please state what the Trust spent on telephone interpreting in 2024.",
        ["Telephone interpreting cost £96,480 in 2024."],
    ),
    (
        "Car parking",
        "How many parking permits were issued to staff at the Eastgate site?",
        ["We issued 1,312 permits.", "A further 240 staff are on the waiting list."],
    ),
]


def read_reply(blocks: list, fmt: str, model: str):
    data = RENDER[fmt](blocks)
    with model_context(model):
        return parse_document(data, filename=f"reply.{fmt}", kind_hint="foi").foi


def want_pairs(numbered: bool) -> list[tuple[str | None, str, str]]:
    return [(str(n) if numbered else None, q, " ".join(a)) for n, (_, q, a) in enumerate(TOPICS, 1)]
