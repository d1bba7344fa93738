"""The WRES prose reader on structures first met in held-out set K (brief wresk-prose),
in documents built here for fictional trusts, in words and figures of our own, printed
to HTML, PDF and DOCX:

- a heading in question form names the indicator of the prose answer under it
  ("How are we doing on indicator 3?");
- a group named a few filler words after its figure ("16.2% of our people were from
  a minority ethnic background");
- a sentence that restates the previous one's figures for another date ("The year
  before, as at 31 March 2023, the corresponding figures were ..."): the groups in
  order, the relative date in apposition to the absolute one;
- a relative likelihood written "x times that of" its comparator, and a pronoun for
  it in the next sentence ("For 2022/23 it was 1.16.");
- one named division's or directorate's figures beside the trust's: not keyed,
  counted for review.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import H, P
from benchmarks.wres_heldout import FORMATS
from parsers.wres.narrative_refer import names_one_part
from parsers.wres.question_heading import question_indicator
from parsers.wres.skipped import PART_OF_TRUST, UNSETTLED
from tests.test_wres_j_classes import exactly, read
from tests.wres_docs import likelihood, percentage, truth_row


def overall(group: str, period: str, value: float) -> dict:
    return truth_row(1, "percentage", "overall", None, group, period, value)


# ---------------------------------------------------------------------------
# 1. questions as headings


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("How are we doing on indicator 3?", 3),
        ("What did WRES indicator 7 show this year?", 7),
        ("Where does metric 1 leave us?", 1),
        ("What do indicators 5 and 6 show?", None),  # two indicators
        ("How do indicator 2 and indicator 4 compare?", None),
        ("Indicator 5 results", None),  # no question (the usual heading reader's)
        ("What does this tell us?", None),  # no indicator
    ],
)
def test_question_heading_names_one_indicator(text: str, indicator: int | None) -> None:
    assert question_indicator(text) == indicator


QUESTIONS_DOC = [
    H("Fenwick Marsh Mental Health NHS Trust"),
    H("Race equality at work 2024: questions and answers"),
    H("How are we doing on indicator 3?"),
    P("In 2023/24 the ratio stood at 1.27."),
    H("How are we doing on indicator 4?"),
    P("In 2023/24 the ratio stood at 0.88."),
]
QUESTIONS_TRUTH = [likelihood(3, "BME", "2023/24", 1.27), likelihood(4, "White", "2023/24", 0.88)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_question_heading_gives_the_prose_its_indicator(fmt: str) -> None:
    report, _ = read(QUESTIONS_DOC, fmt)
    exactly(report, QUESTIONS_TRUTH)


# ---------------------------------------------------------------------------
# 2. a group named after filler words; figures restated for the year before

SHARES_DOC = [
    H("Ottery Vale Community Health NHS Trust"),
    H("Indicator 1: who works for us"),
    P(
        "On 31 March 2024, 16.2% of our people were from a minority ethnic background "
        "and 80.9% were White."
    ),
]
SHARES_TRUTH = [overall("BME", "2023/24", 16.2), overall("White", "2023/24", 80.9)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_group_after_filler_words(fmt: str) -> None:
    report, _ = read(SHARES_DOC, fmt)
    exactly(report, SHARES_TRUTH)


RESTATED_DOC = [
    H("Ottery Vale Community Health NHS Trust"),
    H("Indicator 1: who works for us"),
    P(
        "On 31 March 2024, 16.2% of our people were BME and 80.9% were White. The year "
        "before, as at 31 March 2023, the corresponding figures were 15.1% and 82.3%."
    ),
]
RESTATED_TRUTH = [
    *SHARES_TRUTH,
    overall("BME", "2022/23", 15.1),
    overall("White", "2022/23", 82.3),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_figures_restated_for_the_year_before_take_its_groups(fmt: str) -> None:
    report, _ = read(RESTATED_DOC, fmt)
    exactly(report, RESTATED_TRUTH)


# ---------------------------------------------------------------------------
# 3. "x times that of" its comparator, and "it was" for it

THAT_OF_DOC = [
    H("Harrowden Lakes Hospitals NHS Trust"),
    H("Our WRES findings for 2024"),
    P(
        "For 2023/24, the likelihood of White colleagues accessing non-mandatory training "
        "was 1.09 times that of BME colleagues. For 2022/23 it was 1.16."
    ),
    P(
        "For 2023/24, the chance of a shortlisted White candidate being appointed was "
        "1.42 times that of a shortlisted BME candidate."
    ),
]
THAT_OF_TRUTH = [
    likelihood(4, "White", "2023/24", 1.09),
    likelihood(4, "White", "2022/23", 1.16),
    likelihood(2, "White", "2023/24", 1.42),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_likelihood_times_that_of_and_a_pronoun_for_it(fmt: str) -> None:
    report, _ = read(THAT_OF_DOC, fmt)
    exactly(report, THAT_OF_TRUTH)


# ---------------------------------------------------------------------------
# 4. one named part of the trust beside the trust's own figures


@pytest.mark.parametrize(
    ("sentence", "one_part"),
    [
        ("Figures for the Surgery Directorate alone: BME 33.4%, White 27.9%.", True),
        ("Women's and Children's Division: 31.0% of BME staff.", True),
        ("Directorate only, 2023 survey: BME 30.2%.", True),
        ("Each division will agree its actions with staff.", False),
        ("Across all divisions, 21.4% of staff were BME.", False),
        ("In every directorate BME staff reported more harassment.", False),
    ],
)
def test_names_one_part(sentence: str, one_part: bool) -> None:
    assert names_one_part(sentence) is one_part


PART_DOC = [
    H("Stourmead Acute NHS Trust"),
    H("Indicator 6: harassment, bullying or abuse from colleagues"),
    P("2023 staff survey: BME 26.6%, White 21.2%."),
    P("Figures for the Surgery Directorate alone, 2023 staff survey: BME 33.4%, White 27.9%."),
]
PART_TRUTH = [percentage(6, "BME", "2023/24", 26.6), percentage(6, "White", "2023/24", 21.2)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_directorates_figures_are_not_the_trusts(fmt: str) -> None:
    report, warnings = read(PART_DOC, fmt)
    exactly(report, PART_TRUTH)
    (unsettled,) = [w for w in warnings if w.startswith(UNSETTLED)]
    assert f"({PART_OF_TRUST})" in unsettled
