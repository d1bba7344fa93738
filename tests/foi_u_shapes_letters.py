"""Letters for the tests of the FOI structures learned from held-out set U's first
sight (tests/test_foi_table_shapes_u.py, tests/test_foi_value_lines_u.py): a made-up
trust, questions and figures in wordings of their own, rendered by set P's renderer
and read as `parse-file` would, by the rules alone or with the shipped labeller."""

from __future__ import annotations

from benchmarks.heldout_p.render import H, P, render
from parsers import parse_document
from tests.foi_p_structures import model_context

FORMATS = ["docx", "pdf", "html"]
TRUST = "Ferndown Reach NHS Trust"
HEAD = [
    H(TRUST),
    P("Our reference: FRT/2291"),
    P("Date: 11 March 2025"),
    P("Dear Dr Quayle"),
    P("Thank you for your request of 17 February 2025, which we have now considered."),
]
SIGN_OFF = [
    P("If you are not satisfied you may ask for an internal review within 40 working days."),
    P("Yours faithfully"),
    P("Disclosure Team"),
]


def read_letter(blocks: list, fmt: str, model: str):
    """The letter's body between HEAD and SIGN_OFF, rendered to `fmt` and parsed."""
    data, name = render([*HEAD, *blocks, *SIGN_OFF], fmt, title=TRUST, site="Ferndown")
    with model_context(model):
        return parse_document(data, filename=name, kind_hint="foi").foi


def pairs(foi) -> list[tuple[str | None, str, str]]:
    """(label, question, answer) of each item, the answer's whitespace collapsed."""
    return [(i.label, i.question, " ".join((i.answer or "").split())) for i in foi.items]
