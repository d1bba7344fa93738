"""A reply typed as a plain-text e-mail (set AF's style): each question underlined by
a line of '-' or '=', the answer beneath, the signature after the '-- ' delimiter, the
case reference only in the 'Subject:' line. On a web page it is one <pre> block whose
paragraphs are parted by blank lines (parsers.extract.html_pre); in DOCX and PDF each
line is a paragraph. The underline is in no answer (parsers.foi.typed_rules), the
reference is read from the subject line (parsers.foi.references).

Every letter is made up and built in code."""

from __future__ import annotations

import html
from contextlib import nullcontext

import pytest

from parsers import parse_document
from parsers.extract.html_pre import pre_paragraphs
from parsers.foi.labeller import using_labeller
from parsers.foi.typed_rules import typed_rule
from tests.foi_letters import P
from tests.test_foi_styles import norm, read

QA = [
    ("How many dietitians work in the stroke unit?", ["Three dietitians work there."]),
    (
        "What was spent on agency radiographers in 2024?",
        ["£96,400 was spent.", "The agency's day rates are withheld under section 43(2)."],
    ),
    ("Is the hydrotherapy pool open at weekends?", ["No, it opens on weekdays only."]),
]


def _lines(rule: str) -> list[str]:
    lines = ["Subject: Re: your information request - ref WDV-25-0412", "Date: 2 June 2025", ""]
    lines += ["Hello,", "", "Thank you for your request, which we received on 9 May 2025.", ""]
    for n, (question, answer) in enumerate(QA, 1):
        asked = f"Q{n}. {question}"
        lines += [asked, rule * len(asked), *answer, ""]
    lines += [
        "If you are unhappy with this reply you may ask for an internal review.",
        "You may also complain to the Information Commissioner's Office.",
        "",
        "-- ",
        "Freya Lindqvist",
        "Wharfedale Valley NHS Trust",
    ]
    return lines


def _read_pre(lines: list[str]):
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>FOI reply</title></head>"
        f"<body><main><pre>{html.escape(chr(10).join(lines))}</pre></main></body></html>"
    )
    result = parse_document(page.encode(), filename="reply.html", kind_hint="foi")
    assert result.foi is not None, result.error
    return result.foi


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", ["docx", "pdf", "html", "pre"])
@pytest.mark.parametrize("rule", ["-", "="])
def test_underlined_questions_keep_the_underline_out_of_the_answers(rule, fmt, model):
    lines = _lines(rule)
    with using_labeller(None) if model == "rules only" else nullcontext():
        if fmt == "pre":
            foi = _read_pre(lines)
        else:
            foi = read([P(x) for x in lines if x.strip()], fmt)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(f"Q{n}", q, " ".join(a)) for n, (q, a) in enumerate(QA, 1)]
    assert foi.reference == "WDV-25-0412"
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "43(2)")]


def test_a_typed_rule_is_one_mark_repeated():
    assert typed_rule("=========") and typed_rule("-----  ----") and typed_rule("___")
    assert not typed_rule("--") and not typed_rule("-=-=-=") and not typed_rule("— 4 —")


def test_pre_text_is_parted_at_blank_lines():
    assert pre_paragraphs("One\nline two\n\n  \nThree\n") == ["One\nline two", "Three"]
