"""A figure in prose that a hedge word right before it makes approximate ("around 27%",
"nearly 40%", "c. 1.3 times": parsers.wres.vocab.APPROXIMATE) is a rounded figure, not
the trust's level: counted for review (the UNSETTLED warning), never published. The
sentence's exact figures, and the same words elsewhere in it, are read as before.
Documents built here for a fictional trust, in words of our own, printed to HTML, PDF
and DOCX."""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.narrative_levels import approximate
from parsers.wres.parse import parse_wres
from parsers.wres.skipped import UNSETTLED
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import percentage

_TRUST = "Glenholm Valley NHS Trust"


def _read(blocks, fmt: str):
    data, name = render(blocks, fmt, title=_TRUST, site="glenholm")
    return parse_wres(extract(data, filename=name))


@pytest.mark.parametrize(
    "lead",
    ["Around ", "was roughly ", "and about ", "stood at nearly ", "(approx. ", "is c. ", "~"],
)
def test_a_hedge_word_right_before_the_figure(lead):
    assert approximate(lead)


@pytest.mark.parametrize(
    "lead",
    ["In 2023/24 ", "we talked about harassment, and ", "around the Trust, ", "roughly half said "],
)
def test_a_hedge_word_elsewhere_in_the_sentence(lead):
    assert not approximate(lead)  # it qualifies another word, not the figure


def _doc():
    return [
        H(f"{_TRUST}: race equality summary"),
        H("Indicator 8: discrimination from a manager or colleague"),
        P(
            "In the 2023 staff survey, 13.4% of ethnic minority colleagues said they had "
            "been discriminated against at work, against 6.1% of White colleagues."
        ),
        H("Indicator 7: equal opportunities for career progression"),
        P(
            "In the 2023 staff survey nearly 44% of ethnic minority colleagues believed the "
            "Trust gives equal opportunities for career progression, and about 57% of White "
            "colleagues did."
        ),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_approximate_figures_are_counted_for_review_never_published(fmt):
    report, warnings = _read(_doc(), fmt)
    exactly(
        report,
        [percentage(8, "BME", "2023/24", 13.4), percentage(8, "White", "2023/24", 6.1)],
    )
    assert any(w.startswith(UNSETTLED) and "2 figure(s)" in w for w in warnings), warnings


def test_without_the_hedges_the_same_sentence_is_read():
    blocks = _doc()
    blocks[-1] = P(blocks[-1].text.replace("nearly ", "").replace("about ", ""))
    report, warnings = _read(blocks, "html")
    exactly(
        report,
        [
            percentage(8, "BME", "2023/24", 13.4),
            percentage(8, "White", "2023/24", 6.1),
            percentage(7, "BME", "2023/24", 44.0),
            percentage(7, "White", "2023/24", 57.0),
        ],
    )
    assert not any(w.startswith(UNSETTLED) for w in warnings)
