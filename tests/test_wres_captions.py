"""The WRES attribution engine on three structures (brief h17wres), each in documents
built here for fictional trusts, in HTML, PDF and DOCX:

- an infographic: each figure printed alone, its caption on the line below ("41.7%" /
  "of BME colleagues ..."), a run of them read as one paragraph, under a heading that
  names the staff survey's year;
- board-paper prose giving last year's figure in brackets after this year's
  ("19.3% (31 March 2024: 18.0%)", "48.8% (2023: 45.5%)"), one group per clause;
- definition lists under an indicator heading that names its survey year, with a
  comparator's line among the trust's.

Every figure must be found with its key and nothing else published; a figure whose
key is not settled is skipped and counted.
"""

from __future__ import annotations

import pytest

from benchmarks.wres_heldout import FORMATS, render
from benchmarks.wres_score import KEY, score
from parsers.extract import extract
from parsers.extract.model import Extracted, TextBlock
from parsers.wres.narrative_bind import _restated
from parsers.wres.narrative_terms import _figures
from parsers.wres.parse import UNSETTLED, parse_wres


def _t(ind, measure, sg, group, period, value) -> dict:
    return dict(zip((*KEY, "value"), (ind, measure, sg, None, group, period, value), strict=True))


def _h(text: str) -> TextBlock:
    return TextBlock(text=text, style="heading")


def _read(items, fmt):
    data, filename = render(items, fmt)
    return parse_wres(extract(data, filename=filename))


def _explain(s) -> str:
    lines = [f"missing {tuple(t[k] for k in KEY)} {t['value']}" for t in s["missing"]]
    lines += [f"extra {tuple(getattr(m, k) for k in KEY)} {m.value}" for m in s["extra"]]
    return "\n".join(lines)


def _exact(items, truth, fmt) -> list[str]:
    report, warnings = _read(items, fmt)
    s = score(report.metrics, truth)
    assert s["matched"] == len(truth) and not s["extra"], _explain(s)
    return warnings


INFOGRAPHIC = [
    _h("Brindlecombe Community Services NHS Trust"),
    _h("What our people told us: the 2024 NHS Staff Survey in numbers"),
    TextBlock(text="41.7%", style="bold"),
    TextBlock(
        text="of BME colleagues faced harassment, bullying or abuse from patients, service "
        "users or their relatives"
    ),
    TextBlock(text="36.0%", style="bold"),
    TextBlock(text="of White colleagues said so too"),
    TextBlock(text="9.8%", style="bold"),
    TextBlock(text="of BME colleagues experienced discrimination at work from a colleague"),
    _h("Shortlisting in 2024/25"),
    TextBlock(text="1.52", style="bold"),
    TextBlock(
        text="times as likely: White candidates appointed from shortlisting compared with "
        "BME candidates"
    ),
]
INFOGRAPHIC_TRUTH = [
    _t(5, "percentage", None, "BME", "2024/25", 41.7),
    _t(5, "percentage", None, "White", "2024/25", 36.0),
    _t(8, "percentage", None, "BME", "2024/25", 9.8),
    _t(2, "relative_likelihood", None, "White", "2024/25", 1.52),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_infographic_figure_is_read_with_the_caption_below_it(fmt):
    warnings = _exact(INFOGRAPHIC, INFOGRAPHIC_TRUTH, fmt)
    assert not [w for w in warnings if w.startswith(UNSETTLED)]


def test_a_captioned_figure_is_not_the_value_of_the_label_line_above_it():
    # "Our White colleagues" / "22.0%" looks like a label and its value, but the caption
    # under "22.0%" says whose it is
    doc = Extracted(
        items=[
            _h("Workforce Race Equality Standard"),
            _h("Indicator 6: harassment, bullying or abuse from staff (2024 NHS Staff Survey)"),
            TextBlock(text="Our White colleagues"),
            TextBlock(text="22.0%"),
            TextBlock(text="of BME colleagues reported it from other staff"),
        ],
        format="html",
    )
    report, _ = parse_wres(doc)
    assert {(m.indicator, m.ethnic_group, m.period, m.value) for m in report.metrics} == {
        (6, "BME", "2024/25", 22.0)
    }


BOARD = [
    _h("Board of Directors, 9 May 2025: Workforce Race Equality Standard"),
    TextBlock(text="Paper from the Director of People, Hollinsford Valley NHS Trust"),
    _h("Our workforce"),
    TextBlock(
        text="At 31 March 2025 BME staff were 19.3% of the Trust workforce (31 March 2024: "
        "18.0%), and White staff 78.4% (31 March 2024: 79.9%)."
    ),
    _h("2024 NHS Staff Survey"),
    TextBlock(
        text="The share of BME staff believing the organisation offers equal opportunities "
        "for career progression or promotion rose to 48.8% (2023: 45.5%); for White staff "
        "the figure was 58.1% (2023: 59.0%)."
    ),
]
BOARD_TRUTH = [
    _t(1, "percentage", "overall", "BME", "2024/25", 19.3),
    _t(1, "percentage", "overall", "BME", "2023/24", 18.0),
    _t(1, "percentage", "overall", "White", "2024/25", 78.4),
    _t(1, "percentage", "overall", "White", "2023/24", 79.9),
    _t(7, "percentage", None, "BME", "2024/25", 48.8),
    _t(7, "percentage", None, "BME", "2023/24", 45.5),
    _t(7, "percentage", None, "White", "2024/25", 58.1),
    _t(7, "percentage", None, "White", "2023/24", 59.0),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_last_years_figure_in_brackets_takes_this_years_group(fmt):
    _exact(BOARD, BOARD_TRUTH, fmt)


def test_a_bracketed_figure_restates_the_group_of_the_figure_before_it():
    s = "BME staff were 19.3% of our people (31 March 2024: 18.0%) and 2.1% (unknown)."
    groups: list[str | None] = ["BME", None, None]
    _restated(s, _figures(s), groups)
    assert groups == ["BME", "BME", None]  # "(unknown)" names no time: not a restatement


def test_a_bare_bracketed_year_without_a_survey_heading_stays_unsettled():
    # indicator 8 with a bare year: the 2023 survey or the 2023/24 data year? skipped
    doc = Extracted(
        items=[
            _h("Workforce Race Equality Standard"),
            _h("Indicator 8"),
            TextBlock(
                text="Discrimination from a colleague was reported by 11.0% of BME staff "
                "(2023: 12.4%)."
            ),
        ],
        format="html",
    )
    report, warnings = parse_wres(doc)
    assert 12.4 not in {m.value for m in report.metrics}
    assert any(w.startswith(UNSETTLED) and "12.4" in w for w in warnings)


def test_a_clause_naming_two_groups_gives_neither_to_an_unlabelled_figure():
    doc = Extracted(
        items=[
            _h("Workforce Race Equality Standard"),
            _h("2024 NHS Staff Survey"),
            TextBlock(
                text="Among BME and White staff alike, abuse from the public was reported "
                "by 30.5%; White staff reported 26.2% for abuse from the public."
            ),
        ],
        format="html",
    )
    report, _ = parse_wres(doc)
    assert 30.5 not in {m.value for m in report.metrics}


DEFINITIONS = [
    _h("Tollerton Partnership NHS Trust: WRES 2024/25"),
    _h(
        "Indicator 5: harassment, bullying or abuse from patients, relatives or the public "
        "(2024 NHS Staff Survey)"
    ),
    TextBlock(text="White staff", style="bold"),
    TextBlock(text="24.4%"),
    TextBlock(text="BME staff", style="bold"),
    TextBlock(text="29.9%"),
    TextBlock(text="Comparator trusts (BME)", style="bold"),
    TextBlock(text="31.2%"),
]
DEFINITIONS_TRUTH = [
    _t(5, "percentage", None, "White", "2024/25", 24.4),
    _t(5, "percentage", None, "BME", "2024/25", 29.9),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_terms_under_an_indicator_heading_that_names_its_survey_year(fmt):
    warnings = _exact(DEFINITIONS, DEFINITIONS_TRUTH, fmt)
    assert not [w for w in warnings if w.startswith(UNSETTLED)]


def test_an_html_definition_list_with_a_comparators_term():
    page = (
        "<!DOCTYPE html><html><head><title>WRES</title></head><body>"
        "<h1>Tollerton Partnership NHS Trust: WRES 2024/25</h1>"
        "<h2>Indicator 7: belief in equal opportunities for career progression or promotion "
        "(2024 NHS Staff Survey)</h2>"
        "<dl><dt>White staff</dt><dd>60.4%</dd><dt>BME staff</dt><dd>47.3%</dd>"
        "<dt>Sector median (BME)</dt><dd>45.0%</dd></dl></body></html>"
    )
    report, warnings = parse_wres(extract(page.encode(), filename="wres.html"))
    got = {(m.indicator, m.ethnic_group, m.period): m.value for m in report.metrics}
    assert got == {(7, "White", "2024/25"): 60.4, (7, "BME", "2024/25"): 47.3}
    assert not [w for w in warnings if w.startswith(UNSETTLED)]
