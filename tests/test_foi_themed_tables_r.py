"""An FOI structure learned from held-out set R's first sight, read as a structure
rather than set R's phrases: a two-column question/answer table divided by merged
theme rows that belong to no item (parsers.foi.themed_tables), told from set P's
banded tables (parsers.foi.banded_tables).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

import pytest

from parsers import parse_document
from parsers.extract.model import Table
from parsers.foi.themed_tables import themed_pairs
from tests.foi_p_structures import HEAD, MODELS, model_context
from tests.foi_r_structures import TOPICS, want_pairs
from tests.test_foi_banded_tables import _BANDED
from tests.test_foi_styles import FORMATS, pairs

# ---------------------------------------------------------------- themed tables

THEMED_ROWS = [
    ["Therapies", ""],
    ["1. " + TOPICS[0][1], "\n".join(TOPICS[0][2])],
    ["Support services", ""],
    ["2. " + TOPICS[1][1], "\n".join(TOPICS[1][2])],
    ["3. " + TOPICS[2][1], "\n".join(TOPICS[2][2])],
]


def test_themed_pairs_skip_the_theme_rows():
    got = themed_pairs(Table(rows=[["Question", "Reply"], *THEMED_ROWS]))
    assert got == [(r[0], r[1].replace("\n", " ")) for r in THEMED_ROWS if r[1]]


def test_a_banded_table_is_no_themed_table():
    rows = [
        ["Is the pool open?", ""],
        ["Reply", "Yes."],
        ["Is parking free?", ""],
        ["Reply", "No."],
    ]
    assert themed_pairs(Table(rows=rows)) is None


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("numbered", [True, False])
def test_theme_rows_belong_to_no_item(numbered, model, fmt):
    rows = [r if not r[1] or numbered else [r[0][3:], r[1]] for r in THEMED_ROWS]
    data = _BANDED[fmt](HEAD, rows)
    with model_context(model):
        foi = parse_document(data, filename=f"reply.{fmt}", kind_hint="foi").foi
    assert pairs(foi) == want_pairs(numbered)
