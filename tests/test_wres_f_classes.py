"""The WRES reader on two classes of layout first met in held-out set F (brief h21wres),
each in documents built here for fictional trusts, in words and figures of our own,
printed to HTML, PDF and DOCX:

- relative likelihoods printed as ratios to one ("1.18:1"), in a summary table and in
  one indicator's table; a ratio turned round ("1:1.25") says not whose likelihood it
  is, so it is skipped and counted, never guessed;
- snapshot dates written in figures ("31.03.2022", "31/03/23") or with a short month
  ("31-Mar-23") heading the columns of a staff-group table; a publication date is no
  period.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.wres_heldout import FORMATS, render
from benchmarks.wres_score import KEY, score
from parsers.extract import extract
from parsers.extract.model import Table, TextBlock
from parsers.wres.cell_figures import is_figure, parse_cell
from parsers.wres.cells import parse_period
from parsers.wres.narrative_terms import _times
from parsers.wres.parse import UNSETTLED, parse_wres


def _t(ind, measure, sg, band, group, period, value) -> dict:
    return dict(zip((*KEY, "value"), (ind, measure, sg, band, group, period, value), strict=True))


def _rl(ind: int, group: str, period: str, value: float) -> dict:
    return _t(ind, "relative_likelihood", None, None, group, period, value)


def _h(text: str) -> TextBlock:
    return TextBlock(text=text, style="heading")


def _p(text: str) -> TextBlock:
    return TextBlock(text=text)


def _read(items, fmt):
    data, filename = render(items, fmt)
    return parse_wres(extract(data, filename=filename))


def _explain(s) -> str:
    lines = [f"missing {tuple(t[k] for k in KEY)} {t['value']}" for t in s["missing"]]
    lines += [f"extra {tuple(getattr(m, k) for k in KEY)} {m.value}" for m in s["extra"]]
    return "\n".join(lines)


def _exact(items, truth, fmt):
    report, warnings = _read(items, fmt)
    s = score(report.metrics, truth)
    assert s["matched"] == len(truth) and not s["extra"], _explain(s)
    return report, warnings


# ---------------------------------------------------------------------------
# 1. likelihoods as ratios to one


@pytest.mark.parametrize(
    "text,kind,value",
    [
        ("1.18:1", "ratio", 1.18),
        ("0.87 : 1", "ratio", 0.87),
        ("2.05:1.00", "ratio", 2.05),
        ("1:1", "ratio", 1.0),
        ("1:1.25", "inverted_ratio", None),  # whose likelihood? not said
        ("09:45", "text", None),  # a time of day is no ratio
    ],
)
def test_a_ratio_to_one_is_a_likelihood_cell(text, kind, value):
    cell = parse_cell(text)
    assert (cell.kind, cell.value) == (kind, value)
    assert is_figure(cell) == (kind != "text")


RATIO_SUMMARY = [
    _h("Thornbury Heath Community NHS Trust"),
    _h("How likely, relatively: recruitment, discipline and development"),
    Table(
        rows=[
            ["Measure", "2021/22", "2022/23"],
            ["Indicator 2 - appointed after shortlisting, White to BME", "1.74:1", "1.18:1"],
            ["Indicator 3 - formal disciplinary investigation, BME to White", "0.87:1", "1.06:1"],
            ["Indicator 4 - non-mandatory training, White to BME", "1:1", "1.11 : 1"],
        ]
    ),
]
RATIO_SUMMARY_TRUTH = [
    _rl(2, "White", "2021/22", 1.74),
    _rl(2, "White", "2022/23", 1.18),
    _rl(3, "BME", "2021/22", 0.87),
    _rl(3, "BME", "2022/23", 1.06),
    _rl(4, "White", "2021/22", 1.0),
    _rl(4, "White", "2022/23", 1.11),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_ratios_to_one_in_a_summary_table_are_relative_likelihoods(fmt):
    _exact(RATIO_SUMMARY, RATIO_SUMMARY_TRUTH, fmt)


def test_a_ratio_turned_round_is_skipped_and_counted():
    rows = [list(r) for r in RATIO_SUMMARY[2].rows]
    rows[1][2] = "1:1.32"  # indicator 2's latest year, printed the other way round
    report, warnings = _read([*RATIO_SUMMARY[:2], Table(rows=rows)], "html")
    read = {(m.indicator, m.period) for m in report.metrics}
    assert (2, "2022/23") not in read and (2, "2021/22") in read
    assert any(w.startswith(UNSETTLED) and "1:1.32" in w for w in warnings), warnings


ONE_INDICATOR = [
    _h("Indicator 2: shortlisting to appointment"),
    Table(
        rows=[
            ["", "2020/21", "2021/22", "2022/23"],
            ["White applicants appointed (%)", "21.4%", "20.9%", "22.6%"],
            ["BME applicants appointed (%)", "12.2%", "15.0%", "16.1%"],
            ["Relative likelihood (White : BME)", "1.75:1", "1.39:1", "1:0.71"],
        ]
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_ratio_row_under_one_indicators_rates_keeps_both(fmt):
    truth = [
        _t(2, "rate", None, None, g, p, v)
        for g, vals in (("White", (21.4, 20.9, 22.6)), ("BME", (12.2, 15.0, 16.1)))
        for p, v in zip(("2020/21", "2021/22", "2022/23"), vals, strict=True)
    ] + [_rl(2, "White", "2020/21", 1.75), _rl(2, "White", "2021/22", 1.39)]
    _report, warnings = _exact(ONE_INDICATOR, truth, fmt)
    assert any(w.startswith(UNSETTLED) and "1:0.71" in w for w in warnings), warnings


# ---------------------------------------------------------------------------
# 2. snapshot dates in figures


@pytest.mark.parametrize(
    "text,period",
    [
        ("Share at 31/03/2022", "2021/22"),
        ("31.03.2023", "2022/23"),
        ("31-03-2023", "2022/23"),
        ("as at 31/03/23", "2022/23"),
        ("31-Mar-23", "2022/23"),
        ("30/09/2022", "2022/23"),  # a mid-year snapshot opens its financial year
        ("Published 12/07/2023", None),  # a publication date dates no figure
        ("Board meeting 5 September 2023", None),
        ("4.1.20", None),  # a paragraph number, not a date
        ("31/13/2023", None),
    ],
)
def test_a_snapshot_date_in_figures_is_its_financial_year(text, period):
    p = parse_period(text)
    assert (p.period if p else None) == period


def test_a_date_in_figures_in_a_sentence_is_a_snapshot():
    (time,) = _times("Headcount at 31.03.2023 was 5,120.")
    assert (time.kind, time.year) == ("month", 2022)


SNAPSHOT_TABLE = [
    _h("Pellworth Valley Hospitals NHS Trust"),
    _h("Indicator 1: ethnic minority staff in each part of the workforce"),
    _p("Shares of headcount from the electronic staff record."),
    Table(
        rows=[
            ["Part of the workforce", "BME share 31.03.2022", "BME share 31-Mar-23"],
            ["Medical and dental", "41.7%", "44.3%"],
            ["Clinical", "19.5%", "21.2%"],
            ["Non-clinical", "8.8%", "9.6%"],
            ["Whole workforce", "17.0%", "18.4%"],
        ]
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_staff_groups_under_snapshot_dates_in_figures(fmt):
    groups = ("medical", "clinical", "non_clinical", "overall")
    values = ((41.7, 44.3), (19.5, 21.2), (8.8, 9.6), (17.0, 18.4))
    truth = [
        _t(1, "percentage", sg, None, "BME", p, v)
        for sg, vals in zip(groups, values, strict=True)
        for p, v in zip(("2021/22", "2022/23"), vals, strict=True)
    ]
    _exact(SNAPSHOT_TABLE, truth, fmt)


def test_a_publication_date_column_gives_no_period():
    rows = [list(r) for r in SNAPSHOT_TABLE[3].rows]
    rows[0][2] = "Published 30/06/2023"
    report, _warnings = _read([*SNAPSHOT_TABLE[:3], Table(rows=rows)], "html")
    assert {m.period for m in report.metrics} == {"2021/22"}


# ---------------------------------------------------------------------------
# 3. a title's year and the table's own years


def test_the_tables_own_years_beat_the_titles_year():
    items = [_h("Thornbury Heath Community NHS Trust: WRES 2025"), *RATIO_SUMMARY[1:]]
    _exact(items, RATIO_SUMMARY_TRUTH, "html")


def test_a_title_year_alone_is_the_wres_data_year():
    rows = [["Measure", "Ratio"], *[[r[0], r[2]] for r in RATIO_SUMMARY[2].rows[1:]]]
    items = [_h("Thornbury Heath Community NHS Trust"), _h("WRES 2023"), Table(rows=rows)]
    truth = [t | {"period": "2022/23"} for t in RATIO_SUMMARY_TRUTH if t["period"] == "2022/23"]
    _exact(items, truth, "html")
