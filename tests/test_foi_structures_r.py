"""FOI structures learned from held-out set R's first sight, read as structures rather
than set R's phrases:

- a numbered subject heading over a request marker and a reply line labels the pair
  (parsers.foi.numbered_subjects);
- a question's label repeated with a bracketed continuation mark inside its answer
  (parsers.foi.continued_heads);
- an annex printed after the signature (parsers.foi.annexes).

Every letter here is made up and built in code, in wordings of its own, and read from
DOCX, PDF and HTML, by the rules alone and with the shipped labeller."""

from __future__ import annotations

import pytest

from parsers.extract.model import Table
from parsers.foi.annexes import annex_start
from parsers.foi.continued_heads import without_continued_headings
from parsers.foi.numbered_subjects import numbered_subject_units
from tests.foi_letters import SIGN_OFF, H, P, T
from tests.foi_p_structures import HEAD, MODELS, unit
from tests.foi_r_structures import TOPICS, read_reply, want_pairs
from tests.test_foi_styles import FORMATS, pairs

# ---------------------------------------------------------------- numbered subjects


def _subject_letter(reply_line: str) -> list:
    blocks = list(HEAD)
    for n, (subject, question, answer) in enumerate(TOPICS, 1):
        blocks += [H(f"{n}. {subject}"), P("**Your request**"), P(question)]
        blocks += [P(f"**{reply_line}**"), *(P(x) for x in answer)]
    return blocks + SIGN_OFF


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("reply_line", ["Answer", "Reply given"])
def test_numbered_subject_heading_labels_its_marker_pair(reply_line, model, fmt):
    foi = read_reply(_subject_letter(reply_line), fmt, model)
    assert pairs(foi) == want_pairs(True)


def test_numbered_subjects_need_a_request_marker_under_each_heading():
    units = [
        unit("1. Car parking", "heading"),
        unit("Your request:", "bold"),
        unit("How many permits?"),
        unit("Answer:", "bold"),
        unit("We issued 1,312."),
        unit("2. Interpreting", "heading"),
        unit("Telephone interpreting cost £96,480."),
    ]
    assert numbered_subject_units(units) == units
    units[5:] = [
        unit("2. Interpreting", "heading"),
        unit("Your request: What did interpreting cost?", "bold"),
        unit("Answer:", "bold"),
        unit("£96,480."),
    ]
    texts = [u.text for u in numbered_subject_units(units)]
    assert texts == [
        "1. How many permits?",
        "Answer:",
        "We issued 1,312.",
        "2. What did interpreting cost?",
        "Answer:",
        "£96,480.",
    ]


# ---------------------------------------------------------------- continued headings


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
def test_label_repeated_with_a_continuation_mark_continues_the_answer(model, fmt):
    blocks = list(HEAD)
    for n, (_, question, answer) in enumerate(TOPICS, 1):
        blocks += [P(f"**Q{n} {question}**"), P(answer[0])]
        if len(answer) > 1:
            blocks += [H(f"Q{n} (contd)"), P(answer[1])]
    foi = read_reply(blocks + SIGN_OFF, fmt, model)
    assert pairs(foi) == [(f"Q{n}", q, a) for n, (_, q, a) in enumerate(want_pairs(True), 1)]


def test_a_first_label_with_a_bracketed_remark_stays_a_question():
    units = [unit("Q1 (urgent)"), unit("Q1 How many?"), unit("Q1 (contd)"), unit("Fourteen.")]
    assert [u.text for u in without_continued_headings(units)] == [
        "Q1 (urgent)",
        "Q1 How many?",
        "Fourteen.",
    ]
    # a sub-part's bracketed letter after a label seen before is no continuation mark
    parts = [unit("Q2 How many wards?"), unit("Q2 (b)"), unit("How many beds?")]
    assert without_continued_headings(parts) == parts


# ---------------------------------------------------------------- annex after the signature


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("model", MODELS)
def test_annex_after_the_signature_is_in_no_answer(model, fmt):
    blocks = list(HEAD)
    for n, (_, question, answer) in enumerate(TOPICS, 1):
        blocks += [P(f"**{n}. {question}**"), *(P(x) for x in answer)]
    blocks += [P("**4. Please list the theatre sessions cancelled in 2024 by month.**")]
    blocks += [P("The monthly counts are given in Schedule B below.")]
    annex = [H("Schedule B: theatre sessions cancelled"), T([["Month", "Sessions"], ["Jan", "31"]])]
    foi = read_reply(blocks + SIGN_OFF + annex, fmt, model)
    want = [
        *want_pairs(True),
        (
            "4",
            "Please list the theatre sessions cancelled in 2024 by month.",
            "The monthly counts are given in Schedule B below.",
        ),
    ]
    assert pairs(foi) == want


def test_annex_start_wants_a_signature_before_a_titled_table():
    table = Table(rows=[["Month", "Sessions"], ["Jan", "31"]])
    signed = [unit("We hold the figures."), unit("Yours sincerely"), unit("Ward Manager")]
    titled = [unit("Schedule B: sessions", "heading"), unit("")]
    titled[1].table = table
    assert annex_start(signed + titled) == 3
    assert annex_start([unit("We hold the figures."), *titled]) is None
