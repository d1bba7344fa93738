"""Every hostile class of issue #15 through `parse_document` (the function
`trustdocs parse-file` calls), each in a forked child with a time and memory
limit: the result is a recorded status with a clean reason, never an exception,
a hang or a dead process. Then a little mutation fuzzing of generated letters
(`make bench-fuzz` runs ≥ 10,000 mutations)."""

from __future__ import annotations

import random

import pytest

from tests import hostile
from tests.fuzzrun import run_case, warm_imports

CASE_TIMEOUT = 60.0  # a case past this is a hang (they take under 10 s, even on a busy machine)


@pytest.fixture(scope="module")
def secret_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("xxe") / "secret.txt"
    path.write_text(hostile.SECRET)
    warm_imports()
    return str(path)


CASE_NAMES = [c.name for c in hostile.cases("/nonexistent")]


@pytest.mark.parametrize("name", CASE_NAMES)
def test_hostile_case_is_recorded_not_raised(name, secret_file):
    case = next(c for c in hostile.cases(secret_file) if c.name == name)
    outcome = run_case(case.make(), case.filename, case.content_type, timeout=CASE_TIMEOUT)
    assert outcome.kind == "result", f"{name}: {outcome.kind} {outcome.detail}"
    assert outcome.status in case.statuses, (name, outcome.status, outcome.error)
    if outcome.status in ("failed", "unsupported"):
        assert outcome.error, f"{name}: failed without a reason"
    for text in case.forbidden:
        assert text not in outcome.output, f"{name}: output contains {text!r}"
    said = " ".join([outcome.error or "", *outcome.warnings])
    if case.expect_error:
        assert case.expect_error in (outcome.error or ""), (name, outcome.error)
    if case.expect_warning:
        assert case.expect_warning in said, (name, said)
    if case.max_confidence is not None:
        assert (outcome.confidence or 0) <= case.max_confidence, (name, outcome.confidence)


def _parse(data: bytes, **kw):
    from parsers import parse_document

    return parse_document(data, **kw)


def test_shifted_font_is_flagged_but_a_plain_letter_is_not():
    bad = _parse(hostile.pdf_shifted_font())
    good = _parse(hostile.pdf_letter())
    assert bad.status == "partial" and bad.confidence <= 0.3
    assert any("does not read as language" in w for w in bad.warnings)
    assert good.status == "ok" and good.confidence >= 0.9
    assert not any("language" in w for w in good.warnings)


def test_rotated_page_is_read_in_reading_direction():
    result = _parse(hostile.pdf_rotated_letter())
    assert result.kind == "foi_response"
    assert result.foi.responded_date.isoformat() == "2025-06-03"
    pairs = [(it.question, it.answer) for it in result.foi.items]
    assert ("How many beds does the Trust have?", "The Trust has 120 beds.") in pairs
    assert any("sideways" in w for w in result.warnings)


def test_implausible_dates_are_not_letter_dates():
    result = _parse(hostile.pdf_date_9999())
    assert result.foi.responded_date is None  # "1 January 9999"
    assert result.foi.received_date is None  # "1 January 1066"


def test_docx_roman_numbering_from_10_to_the_18_is_clamped():
    from parsers.extract import extract

    doc = extract(hostile.docx_roman_huge())
    texts = [b.text for b in doc.blocks]
    assert texts == ["100000. How many beds?", "100000. How many staff?"]


def test_docx_bad_numbering_attribute_keeps_the_document():
    from parsers.extract import extract

    doc = extract(hostile.docx_bad_attribute())
    text = doc.text
    assert "I. Freedom of Information" in text  # start="one": numbering from 1
    assert "III. Dear Requester," in text
    assert "Last line." in text


def test_docx_40_nested_tables_keep_the_deepest_text_and_warn():
    from parsers.extract import extract

    doc = extract(hostile.docx_nested_tables(40))
    assert "deepest answer text" in doc.text
    assert any("nested more than 5 deep" in w for w in doc.warnings)


def test_html_charset_outside_the_allow_list_is_ignored():
    from parsers.extract.html import allowed_charset, extract_html

    assert allowed_charset("punycode") is None and allowed_charset("Windows-1252")
    doc = extract_html(b'<html><head><meta charset="rot13"></head><body><p>Beds</p>')
    assert doc.text == "Beds"


def test_lone_surrogates_never_reach_the_result():
    import json
    from dataclasses import asdict

    result = _parse(hostile.thread_lone_surrogate(), filename="thread.json")
    json.dumps(asdict(result), default=str, ensure_ascii=False).encode("utf-8")


def test_ocr_resolution_is_capped_for_enormous_pages():
    from parsers.extract.ocr import MAX_PIXELS, page_resolution

    assert page_resolution(595, 842) == 200
    dpi = page_resolution(7000, 7000)
    assert 0 < dpi < 50 and (7000 / 72 * dpi) ** 2 <= MAX_PIXELS
    assert page_resolution(1e7, 1e7) == 0


def test_language_score_separates_prose_from_shifted_text():
    from parsers.extract.language import language_score

    prose = " ".join(hostile.LETTER_LINES) * 3
    shifted = "".join(
        chr((ord(ch) - 96) % 26 + 97) if "a" <= ch <= "z" else ch for ch in prose.lower()
    )
    assert language_score(prose) >= 0.9
    assert language_score(shifted) < 0.35
    assert language_score("12 34 56") is None


@pytest.mark.parametrize("seed_index", range(len(hostile.seeds())))
def test_mutated_letters_never_crash_or_hang(seed_index, secret_file):
    name, data = hostile.seeds()[seed_index]
    rng = random.Random(1000 + seed_index)
    for _ in range(6):
        mutated = hostile.mutate(data, rng)
        outcome = run_case(mutated, name, None, timeout=CASE_TIMEOUT)
        assert outcome.kind == "result", f"{name}: {outcome.kind} {outcome.detail}"
