"""The WRES readers of line layouts first met in held-out set L (brief wresl-lines),
each in documents built here for fictional trusts, in words and figures of our own,
printed to HTML, PDF and DOCX:

- dashboard cards: a card an indicator (a grid of table cells, or headings and lines
  on a web page), this year's value with an arrow, the previous year's under it, a
  target or a national comparator beside them (parsers/wres/cards.py);
- year-first lines under each indicator heading: one ratio, "group value" pairs,
  dashes, "n/a" and footnote daggers, a comparator's line (parsers/wres/year_lines.py);
- a relative likelihood printed after the two groups' "x of y" counts, the group
  nearest the ratio being the comparator (parsers/wres/narrative_counts.py).

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

from html import escape

import pytest

from benchmarks.heldout_k.render import B, Grid, H, Html, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.narrative_counts import counts_ratio
from parsers.wres.narrative_terms import _figures, _group_marks
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt, title=blocks[0].text, site=blocks[0].text)
    return parse_wres(extract(data, filename=name))


# ---------------------------------------------------------------------------
# 1. dashboard cards

# metric: (title, [(label, now, previous, extra line or "")])
CARDS = {
    1: (
        "Metric 1 - Ethnic minority colleagues in our workforce",
        [("Ethnic minority colleagues", "31.2%", "29.8%", "Ambition: 33.0%")],
    ),
    3: (
        "Metric 3 - Relative likelihood of BME colleagues entering formal disciplinary",
        [("Relative likelihood", "0.84", "1.12", "")],
    ),
    6: (
        "Metric 6 - Bullying, harassment or abuse from colleagues",
        [
            ("BME colleagues", "22.4%", "24.0%", "National average: 27.3%"),
            ("White colleagues", "18.5%", "19.9%", ""),
        ],
    ),
    9: (
        "Metric 9 - Voting board membership",
        [("Board members from BME backgrounds", "18.8%", "12.5%", "Ambition: 20.0%")],
    ),
}


def _cards_doc() -> list:
    cells, markup = [], []
    for title, entries in CARDS.values():
        lines, html = [title], [f"<h4>{escape(title)}</h4>"]
        for label, now, before, extra in entries:
            arrow = "\u2191" if float(now.rstrip("%")) > float(before.rstrip("%")) else "\u2193"
            block = [f"{label}: {now} {arrow}", f"Previous year: {before}"]
            block += [extra] if extra else []
            lines += block
            html += [f"<p>{escape(x)}</p>" for x in block]
        cells.append("\n".join(lines))
        markup.append(f"<div class='tile'>{''.join(html)}</div>")
    rows = [cells[:2], cells[2:]]
    return [
        H("Hollinsclough Community Health NHS Trust"),
        H("WRES scorecard 2023"),
        P("Each tile gives this year's figure and the previous year's."),
        Html(f"<section>{''.join(markup)}</section>", [Grid(rows, borders=True, widths=(1, 1))]),
    ]


CARDS_TRUTH = [
    truth_row(1, "percentage", "overall", None, "BME", "2022/23", 31.2),
    truth_row(1, "percentage", "overall", None, "BME", "2021/22", 29.8),
    likelihood(3, "BME", "2022/23", 0.84),
    likelihood(3, "BME", "2021/22", 1.12),
    percentage(6, "BME", "2022/23", 22.4),
    percentage(6, "BME", "2021/22", 24.0),
    percentage(6, "White", "2022/23", 18.5),
    percentage(6, "White", "2021/22", 19.9),
    truth_row(9, "percentage", "board_voting", None, "BME", "2022/23", 18.8),
    truth_row(9, "percentage", "board_voting", None, "BME", "2021/22", 12.5),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_cards_this_year_and_the_previous_year(fmt):
    report, _warnings = read(_cards_doc(), fmt)
    exactly(report, CARDS_TRUTH)


def test_lines_without_a_previous_year_are_no_card():
    from parsers.extract.model import Extracted, TextBlock
    from parsers.wres.cards import read_cards

    doc = Extracted(
        items=[
            TextBlock("WRES 2023 summary", page=1, style="heading"),
            TextBlock("Metric 6 - Bullying from colleagues", page=1, style="heading"),
            TextBlock("BME colleagues: 22.4%", page=1),
            TextBlock("Target: 20.0%", page=1),
        ],
        pages=1,
        format="html",
    )
    assert read_cards(doc) == ([], set(), [])


# ---------------------------------------------------------------------------
# 2. year-first lines


def _year_doc() -> list:
    return [
        H("Wetherden Priory NHS Foundation Trust"),
        H("Race equality: our trends"),
        H("Metric 1 - Our workforce"),
        B("31 March 2021: BAME 8.1%, White 90.2%"),
        B("31 March 2022: BAME 8.9%, White 89.0%"),
        H("Metric 4 - White staff accessing non-mandatory training compared with BME"),
        B("2020/21: 0.91"),
        B("2021/22: n/a"),
        H("Metric 7 - Belief in equal opportunities for career progression"),
        B("2020: BAME 44.0%*, White 57.5%"),
        B("2021: BAME \u2013, White \u2013 (not asked)"),
        P("Regional 2021: BAME 41.2%", "italic"),
        H("Metric 9 - Voting members of the board from BAME backgrounds"),
        B("31 March 2021: 6.3%"),
        B("31 March 2022: 12.5%"),
        P("* under 40 BAME respondents; \u2013 not asked that year."),
    ]


YEAR_TRUTH = [
    truth_row(1, "percentage", "overall", None, "BME", "2020/21", 8.1),
    truth_row(1, "percentage", "overall", None, "White", "2020/21", 90.2),
    truth_row(1, "percentage", "overall", None, "BME", "2021/22", 8.9),
    truth_row(1, "percentage", "overall", None, "White", "2021/22", 89.0),
    likelihood(4, "White", "2020/21", 0.91),
    percentage(7, "BME", "2020/21", 44.0),
    percentage(7, "White", "2020/21", 57.5),
    truth_row(9, "percentage", "board_voting", None, "BME", "2020/21", 6.3),
    truth_row(9, "percentage", "board_voting", None, "BME", "2021/22", 12.5),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_year_first_lines(fmt):
    report, _warnings = read(_year_doc(), fmt)
    exactly(report, YEAR_TRUTH)


@pytest.mark.parametrize("fmt", ["html"])
def test_survey_bare_years_unsettled_without_a_dated_series(fmt):
    # survey years alone: a survey's own year or a WRES year? nothing says
    blocks = [
        H("Wetherden Priory NHS Foundation Trust"),
        H("Race equality: our trends"),
        H("Metric 7 - Belief in equal opportunities for career progression"),
        B("2020: BAME 44.0%, White 57.5%"),
        B("2021: BAME 45.1%, White 58.0%"),
    ]
    report, _warnings = read(blocks, fmt)
    assert not [m for m in report.metrics if m.indicator == 7]


# ---------------------------------------------------------------------------
# 3. a ratio after the groups' counts

COUNTS = [
    (
        "Indicator 2: 317 of 1,904 shortlisted White applicants were appointed, compared "
        "with 96 of 822 shortlisted BME applicants: a relative likelihood of 1.43.",
        "White",
    ),
    (
        "Indicator 3: BME staff 12 out of 688 and White staff 31 out of 3,012; ratio 1.69.",
        "BME",
    ),
]


@pytest.mark.parametrize(("sentence", "group"), COUNTS)
def test_counts_ratio_takes_the_group_the_arithmetic_fits(sentence, group):
    figs = _figures(sentence)
    got = counts_ratio(sentence, figs, _group_marks(sentence))
    assert got is not None and got.group == group


def test_counts_ratio_undecided_when_the_arithmetic_fits_neither():
    s = "317 of 1,904 White applicants, against 96 of 822 BME applicants: 2.50."
    assert counts_ratio(s, _figures(s), _group_marks(s)) is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_counts_ratio_in_a_report(fmt):
    blocks = [
        H("Nether Wallop NHS Trust"),
        H("WRES 2023 in brief"),
        B(COUNTS[0][0]),
        B(COUNTS[1][0]),
    ]
    report, _warnings = read(blocks, fmt)
    exactly(
        report, [likelihood(2, "White", "2022/23", 1.43), likelihood(3, "BME", "2022/23", 1.69)]
    )


def test_a_key_read_with_two_values_publishes_neither():
    from parsers.records import WresMetric
    from parsers.wres.skipped import one_value_per_key

    def fig(ind: int, value: float, page: int) -> WresMetric:
        return WresMetric(ind, "percentage", "BME", "2023/24", value, source_page=page)

    kept = one_value_per_key(
        [fig(5, 21.4, 1), fig(6, 18.0, 1), fig(5, 21.4, 2), fig(6, 19.5, 2), fig(6, 18.0, 3)]
    )
    assert [(m.indicator, m.value, m.source_page) for m in kept] == [(5, 21.4, 1)]
