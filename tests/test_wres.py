"""Unit tests of the WRES parser on small hand-made tables, and property tests of its
cell, period and validation rules."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.records import WresMetric
from parsers.wres.cell_figures import Cell, parse_cell
from parsers.wres.cells import band_and_group, ethnic_groups, financial_year_in, fy, parse_period
from parsers.wres.parse import parse_wres
from parsers.wres.ratio_pairs import numerator_group
from parsers.wres.validate import check_difference, check_percentage, check_relative_likelihood


def _doc(*items, title=None) -> Extracted:
    return Extracted(items=list(items), title=title)


def _parse(*items, title=None):
    report, warnings = parse_wres(_doc(*items, title=title))
    return report, warnings


def _find(metrics, **kw) -> list[WresMetric]:
    return [m for m in metrics if all(getattr(m, k) == v for k, v in kw.items())]


def _one(metrics, **kw) -> WresMetric:
    found = _find(metrics, **kw)
    assert len(found) == 1, (kw, found)
    return found[0]


# ---------------------------------------------------------------------------
# cells


@pytest.mark.parametrize(
    "text,kind,value,num,den",
    [
        ("23.5%", "pct", 23.5, None, None),
        ("-8.9%", "pct", -8.9, None, None),
        ("1.79", "num", 1.79, None, None),
        ("1.79 times", "num", 1.79, None, None),
        ("1221 out of 5203", "count", None, 1221, 5203),
        ("1,221 out of 5,203", "count", None, 1221, 5203),
        ("1221/5203", "count", None, 1221, 5203),
        ("(12 of 60)", "count", None, 12, 60),
        ("12 of 60", "count", None, 12, 60),
        ("R out of 1409", "count", None, None, 1409),
        ("23.5% (1221/5203)", "pct", 23.5, 1221, 5203),
        ("R", "redacted", None, None, None),
        ("R%", "redacted", None, None, None),
        ("*", "redacted", None, None, None),
        ("<10", "redacted", None, None, None),
        ("< 5", "redacted", None, None, None),
        ("-", "redacted", None, None, None),
        ("", "empty", None, None, None),
        ("n/a", "empty", None, None, None),
        ("2021/22", "period", None, None, None),
        ("March 2022", "period", None, None, None),
    ],
)
def test_parse_cell(text, kind, value, num, den):
    cell = parse_cell(text)
    assert cell.kind == kind
    assert cell.value == value
    assert cell.numerator == num
    assert cell.denominator == den


def test_redacted_numerator_keeps_denominator():
    cell = parse_cell("<10 out of 1409")
    assert cell.kind == "count" and cell.numerator is None and cell.numerator_redacted
    assert cell.denominator == 1409


# ---------------------------------------------------------------------------
# ethnic groups


@pytest.mark.parametrize(
    "label,groups",
    [
        ("% BAME colleagues", ["BME"]),
        ("BME staff", ["BME"]),
        ("B.A.M.E.", ["BME"]),
        ("Black, Asian and minority ethnic staff", ["BME"]),
        ("Black, Asian or Minority Ethnic colleagues", ["BME"]),
        ("Ethnic minority staff", ["BME"]),
        ("Minority ethnic colleagues", ["BME"]),
        ("Global Majority colleagues", ["BME"]),
        # "Black" inside the long form of BME is not the Black group
        ("Black and Minority Ethnic (BME) applicants", ["BME"]),
        ("Black & Minority Ethnic staff", ["BME"]),
        ("Ethnically diverse colleagues", ["BME"]),
        ("Racially minoritised staff", ["BME"]),
        ("People of Colour", ["BME"]),
        ("Black staff", ["Black"]),
        ("% White people appointed", ["White"]),
        ("n. White colleagues", ["White"]),
        ("Asian", ["Asian"]),
        ("Black", ["Black"]),
        ("Mixed", ["Mixed"]),
        ("Other", ["Other"]),
        ("% Other colleagues", ["Other"]),
        ("Harassment, bullying or abuse from other colleagues", []),
        ("Not stated", ["Unknown"]),
    ],
)
def test_ethnic_groups(label, groups):
    assert ethnic_groups(label) == groups


@pytest.mark.parametrize(
    "label,group",
    [
        ("Relative likelihood of appointment from shortlisting (White/BAME)", "White"),
        ("Relative likelihood (BAME/White)", "BME"),
        ("Relative likelihood of BME staff entering the process compared to White staff", "BME"),
        ("Relative likelihood of white staff accessing training compared to BME staff", "White"),
    ],
)
def test_numerator_group(label, group):
    assert numerator_group(label) == group


# ---------------------------------------------------------------------------
# periods


@pytest.mark.parametrize(
    "text,survey,period,label",
    [
        ("March 2022", False, "2021/22", "March 2022"),
        ("31 March 2022", False, "2021/22", "March 2022"),
        ("Mar-22", False, "2021/22", "Mar-22"),
        ("April 2021", False, "2021/22", "April 2021"),
        ("Percentage BAME colleagues March 2020", False, "2019/20", "March 2020"),
        ("Number of BAME colleagues\nMarch\n2020", False, "2019/20", "March 2020"),
        ("2021", True, "2021/22", "2021"),
        ("2022", False, "2021/22", "2022"),
        ("2021/22", False, "2021/22", "2021/22"),
        ("2021-22", False, "2021/22", "2021-22"),
        ("2021/2022", False, "2021/22", "2021/2022"),
        ("2020/21 to 2021/22", False, "2021/22", "2020/21 to 2021/22"),
        ("2020/21 to\n2021/22", False, "2021/22", "2020/21 to 2021/22"),
        ("2017-18 - 2018-19", False, "2018/19", "2017-18 - 2018-19"),
    ],
)
def test_parse_period(text, survey, period, label):
    p = parse_period(text, survey=survey)
    assert p is not None
    assert (p.period, p.label) == (period, label)


def test_parse_period_none():
    assert parse_period("Recruitment") is None
    assert parse_period("2021/23") is None or parse_period("2021/23").kind == "year"


@pytest.mark.parametrize(
    "text,year",
    [
        ("Workforce Race Equality Standard report 2021/22", "2021/22"),
        ("WRES 2021-22", "2021/22"),
        ("WRES report 2022", "2021/22"),
        ("Workforce Race Equality Standard 2021 - 2022", "2021/22"),
        ("Annual report", None),
    ],
)
def test_financial_year_in(text, year):
    assert financial_year_in(text) == year


@pytest.mark.parametrize(
    "label,group,band",
    [
        ("Substantive Colleagues Overall", "overall", None),
        ("Non-clin Apprentices", "non_clinical", "Apprentices"),
        ("Non-clinical Band 8A", "non_clinical", "Band 8a"),
        ("Clinical Band 2", "clinical", "Band 2"),
        ("Clinical VSM", "clinical", "VSM"),
        ("Clinical Bands 6 to VSM", "clinical", "Bands 6 to VSM"),
        ("Non-clinical Bands 8b to VSM", "non_clinical", "Bands 8b to VSM"),
        ("Medical Trainee Grade", "medical", "Medical trainee"),
        ("Medical Non-consultant", "medical", "Medical non-consultant"),
        ("Medical Consultant", "medical", "Medical consultant"),
        ("Medical Senior Manager", "medical", "Medical senior manager"),
        ("Medics (all grades)", "medical", None),
        ("Below Band 2 - clinical and non-clinical", "overall", "Below Band 2"),
        ("Band 5", None, "Band 5"),
    ],
)
def test_band_and_group(label, group, band):
    assert band_and_group(label) == (group, band)


# ---------------------------------------------------------------------------
# tables

IND1_HEAD = [
    "Pay Band",
    "Percentage BAME colleagues March 2021",
    "Percentage BAME colleagues March 2022",
    "Number of BAME colleagues\nMarch\n2021",
    "Number of BAME colleagues\nMarch\n2022",
]


def test_indicator1_counts_and_redactions():
    table = Table(
        rows=[
            IND1_HEAD,
            ["Substantive Colleagues Overall", "24.4%", "25.6%", "1287/5278", "(1409 of 5511)"],
            ["Non-clinical Band 8b", "*", "<10", "*", "<10"],
            ["Clinical Apprentices", "33.3%", "-", "R", "R"],
            ["Clinical Band 5", "", "25.0%", "", "179 out of 717"],
        ],
        page=4,
    )
    report, warnings = _parse(TextBlock("Table 1: Metric 1: pay bands"), table)
    m = report.metrics
    overall = _one(m, staff_group="overall", period="2021/22")
    assert (overall.value, overall.numerator, overall.denominator) == (25.6, 1409, 5511)
    assert overall.indicator == 1 and overall.ethnic_group == "BME" and overall.unit == "%"
    assert overall.source_table == "Table 1" and overall.source_page == 4
    assert overall.period_label == "Percentage BAME colleagues March 2022"
    assert _one(m, staff_group="overall", period="2020/21").numerator == 1287
    for p in ("2020/21", "2021/22"):
        r = _one(m, band="Band 8b", period=p)
        assert r.redacted and r.value is None and r.numerator is None
    kept = _one(m, band="Apprentices", period="2020/21")  # count withheld, percentage kept
    assert (kept.value, kept.redacted, kept.numerator) == (33.3, False, None)
    assert _one(m, band="Apprentices", period="2021/22").redacted
    assert not _find(m, band="Band 5", period="2020/21")  # empty cells: no row
    assert not warnings


def test_bme_synonyms_in_headings():
    table = Table(
        rows=[
            [
                "Band",
                "% Global Majority staff March 2023",
                "Number of Global Majority staff March 2023",
            ],
            ["Clinical Band 6", "20.0%", "20 out of 100"],
        ]
    )
    report, _ = _parse(TextBlock("Table 2: Indicator 1"), table)
    row = _one(report.metrics, band="Band 6")
    assert (row.ethnic_group, row.period, row.numerator) == ("BME", "2022/23", 20)


def test_indicator2_rates_counts_and_validation():
    table = Table(
        rows=[
            ["Recruitment", "2021/22", "2022/23"],
            ["Relative likelihood of appointment from shortlisting (White/BAME)", "1.79", "1.50"],
            ["% White people appointed from shortlisting", "15.5%", "20.0%"],
            ["% BAME people appointed from shortlisting", "8.7%", "10.0%"],
            ["Number of White people appointed from shortlisting", "596 out of 3842", "200/1000"],
            ["Number of BAME people appointed from shortlisting", "207 out of 2386", "100/1000"],
        ]
    )
    report, warnings = _parse(TextBlock("Table 3: Metric 2: recruitment"), table)
    m = report.metrics
    rl = _one(m, measure="relative_likelihood", period="2021/22")
    assert (rl.ethnic_group, rl.value, rl.unit, rl.validation) == ("White", 1.79, "ratio", None)
    bad = _one(m, measure="relative_likelihood", period="2022/23")
    assert bad.validation and "relative likelihood 1.5 disagrees" in bad.validation
    white = _one(m, measure="rate", ethnic_group="White", period="2021/22")
    assert (white.value, white.numerator, white.denominator, white.staff_group) == (
        15.5,
        596,
        3842,
        None,
    )
    assert any("relative likelihood 1.5" in w for w in warnings)


def test_percentage_disagreement_is_reported_not_corrected():
    table = Table(
        rows=[
            [*IND1_HEAD[:2], IND1_HEAD[3]],
            ["Substantive Colleagues Overall", "23.5%", "1221 out of 5000"],
        ]
    )
    report, warnings = _parse(TextBlock("Table 1: Metric 1"), table)
    row = _one(report.metrics, staff_group="overall")
    assert row.value == 23.5
    assert row.validation == "percentage 23.5 disagrees with 1221/5000"
    assert any("percentage 23.5 disagrees with 1221/5000" in w for w in warnings)


def test_repeated_window_heading_is_inferred_with_warning():
    table = Table(
        rows=[
            [
                "Formal disciplinary process",
                "2018/19 to 2019/20",
                "2019/20 to 2020/21",
                "2019/20 to 2020/21",
            ],
            ["Relative likelihood (BAME/White)", "0.59", "0.74", "1.41"],
            ["% BAME colleagues entering formal disciplinary", "R%", "R%", "R%"],
            [
                "n. BAME colleagues entering formal disciplinary",
                "R out of 1221",
                "R out of 1287",
                "R out of 1409",
            ],
        ]
    )
    caption = TextBlock("Table 4: Historic Metric 3 (two-year windows) ... and 2020/21 to 2021/22")
    report, warnings = _parse(caption, table)
    rl = _one(report.metrics, measure="relative_likelihood", value=1.41)
    assert (rl.period, rl.period_label, rl.ethnic_group) == ("2021/22", "2020/21 to 2021/22", "BME")
    assert any("read as '2020/21 to 2021/22'" in w for w in warnings)
    rate = _one(report.metrics, measure="rate", period="2021/22")
    assert (
        rate.redacted and rate.value is None and rate.denominator == 1409 and rate.numerator is None
    )


def test_repeated_year_heading_is_inferred():
    table = Table(
        rows=[
            ["Non-mandatory training", "2020/21", "2021/22", "2021/22"],
            ["Relative likelihood of accessing training (White/BAME)", "1.06", "1.07", "1.10"],
        ]
    )
    report, warnings = _parse(TextBlock("Table 6: Metric 4"), table)
    assert _one(report.metrics, value=1.10).period == "2022/23"
    assert warnings


def test_survey_tables_groups_and_redacted_counts():
    table = Table(
        rows=[
            [
                "Harassment, bullying or abuse from patients, relatives or the public",
                "2020",
                "2021",
            ],
            ["% White colleagues", "22.3%", "21.8%"],
            ["% BAME colleagues", "24.4%", "24.3%"],
            ["Asian", "", "16.9%"],
            ["n. White colleagues", "487 out of 2183", "488 out of 2237"],
            ["n. BAME colleagues", "126 out of 516", "139 out of 571"],
            ["Asian", "", "R"],
        ]
    )
    report, warnings = _parse(TextBlock("Table 7: Metric 5"), table)
    m = report.metrics
    assert len(m) == 5
    asian = _one(m, ethnic_group="Asian")
    assert (asian.period, asian.period_label, asian.value, asian.redacted) == (
        "2021/22",
        "2021",
        16.9,
        False,
    )
    assert asian.numerator is None and asian.staff_group is None
    white = _one(m, ethnic_group="White", period="2020/21")
    assert (white.value, white.numerator, white.denominator, white.indicator) == (
        22.3,
        487,
        2183,
        5,
    )
    assert not warnings


def test_survey_question_tables_are_skipped():
    table = Table(
        rows=[
            ["Harassment, bullying or abuse from managers", "2020", "2021"],
            ["% White colleagues", "10.6%", "9.4%"],
            ["% BAME colleagues", "12.7%", "9.8%"],
        ]
    )
    report, _ = _parse(TextBlock("Table 9: Staff Survey Question 14b: from managers"), table)
    assert report.metrics == []
    report, _ = _parse(table)  # without a caption: headings say "from managers"
    assert report.metrics == []


def test_indicator9_with_board_shares():
    table = Table(
        rows=[
            ["Board representation", "March 2022", "March 2023"],
            ["Percentage BAME in the substantive workforce overall", "25.6%", "26.0%"],
            ["Percentage BAME board members", "16.7%", "20.0%"],
            [
                "Difference between all board members and the substantive workforce overall (%BAME)",
                "-8.9%",
                "-3.0%",
            ],
            [
                "Difference between voting board members and the substantive workforce overall (%BAME)",
                "1.7%",
                "2.0%",
            ],
            [
                "Difference between executive board members and the substantive workforce overall (%BAME)",
                "-8.9%",
                "-6.0%",
            ],
        ]
    )
    report, warnings = _parse(TextBlock("Table 13: Metric 9. Board"), table)
    m = report.metrics
    work = _one(m, measure="percentage", staff_group="overall", period="2021/22")
    assert (work.value, work.unit, work.indicator) == (25.6, "%", 9)
    board = _one(m, measure="percentage", staff_group="board", period="2022/23")
    assert board.value == 20.0
    d = _one(m, measure="difference", staff_group="board", period="2021/22")
    assert (d.value, d.unit, d.validation) == (-8.9, "pp", None)
    bad = _one(m, measure="difference", staff_group="board", period="2022/23")
    assert bad.validation == "difference -3 disagrees with board 20 - workforce 26 = -6.0"
    assert _one(m, staff_group="board_voting", period="2022/23").validation is None
    assert _one(m, staff_group="board_executive", period="2022/23").value == -6.0
    assert len(warnings) == 1


def test_docx_shapes_label_row_split_from_values():
    """A blank paragraph in a DOCX label cell can split one row into a label-only row
    and a row of values shifted left (the seed's Tables 3 and 13)."""
    table = Table(
        rows=[
            ["Board representation", "", ""],
            ["March 2021", "March 2022", ""],
            ["Percentage BAME in the substantive workforce overall", "", ""],
            ["24.4%", "25.6%", ""],
            [
                "Difference between all board members and the substantive workforce overall (%BAME)",
                "-12.6%",
                "-8.9%",
            ],
        ]
    )
    report, _ = _parse(TextBlock("Table 13: Metric 9."), table)
    assert _one(report.metrics, measure="percentage", period="2021/22").value == 25.6
    assert _one(report.metrics, measure="difference", period="2020/21").value == -12.6


def test_pdf_table_split_across_pages():
    head = [
        "Pay Band",
        "Percentage BAME\ncolleagues March\n2022",
        "Number of BAME\ncolleagues\nMarch\n2022",
    ]
    part1 = Table(rows=[head, ["Non-clinical Band 2", "39.2%", "104 out of\n265"]], page=3)
    part2 = Table(rows=[["Non-clinical Band 3", "35.1%", "105 out of 299"]], page=4)
    part3 = Table(rows=[head, ["Clinical Band 2", "38.1%", "175 out of 459"]], page=5)
    report, warnings = _parse(
        TextBlock("Table 1: Metric 1: by pay band"),
        part1,
        TextBlock("Page 3", page=3),
        part2,
        part3,
    )
    m = report.metrics
    assert [(x.staff_group, x.band, x.source_page) for x in m] == [
        ("non_clinical", "Band 2", 3),
        ("non_clinical", "Band 3", 4),
        ("clinical", "Band 2", 5),
    ]
    assert _one(m, band="Band 3").numerator == 105
    assert {x.source_table for x in m} == {"Table 1"}
    assert not warnings


def test_table_classified_by_headings_without_caption():
    table = Table(
        rows=[
            ["", "2021/22"],
            [
                "Relative likelihood of White staff being appointed from shortlisting compared to BME staff",
                "1.30",
            ],
            ["% White applicants appointed from shortlisting", "13.0%"],
            ["% BME applicants appointed from shortlisting", "10.0%"],
        ]
    )
    report, _ = _parse(table)
    assert {m.indicator for m in report.metrics} == {2}
    assert _one(report.metrics, measure="relative_likelihood").ethnic_group == "White"


def test_summary_table_across_indicators_is_not_misattributed():
    table = Table(
        rows=[
            ["Indicator", "2021/22", "2022/23"],
            [
                "2. Relative likelihood of White applicants appointed from shortlisting",
                "1.46",
                "1.79",
            ],
            [
                "3. Relative likelihood of BME staff entering the disciplinary process",
                "1.24",
                "1.64",
            ],
            [
                "4. Relative likelihood of White staff accessing non-mandatory training",
                "1.06",
                "1.07",
            ],
        ]
    )
    report, warnings = _parse(table)
    got = {(m.indicator, m.ethnic_group, m.period, m.value) for m in report.metrics}
    assert got == {
        (2, "White", "2021/22", 1.46),
        (2, "White", "2022/23", 1.79),
        (3, "BME", "2021/22", 1.24),
        (3, "BME", "2022/23", 1.64),
        (4, "White", "2021/22", 1.06),
        (4, "White", "2022/23", 1.07),
    }
    assert {m.measure for m in report.metrics} == {"relative_likelihood"}
    assert any("several WRES indicators" in w for w in warnings)


def test_transposed_table_years_in_rows():
    table = Table(
        rows=[
            ["Year", "% White colleagues", "% BME colleagues"],
            ["2020", "66.0%", "49.7%"],
            ["2021", "67.1%", "52.8%"],
        ]
    )
    report, _ = _parse(TextBlock("Table 11: Metric 7. Equal opportunities"), table)
    assert _one(report.metrics, ethnic_group="BME", period="2021/22").value == 52.8
    assert len(report.metrics) == 4


def test_duplicate_figures_across_tables_kept_once():
    t1 = Table(
        rows=[[*IND1_HEAD[:2], IND1_HEAD[3]], ["Clinical Band 2", "37.0%", "194 out of 524"]]
    )
    t2 = Table(
        rows=[
            ["Pay Band Group", *IND1_HEAD[1:2], IND1_HEAD[3]],
            ["Clinical Band 2", "37.0%", "194 out of 524"],
        ]
    )
    report, warnings = _parse(
        TextBlock("Table 1: Metric 1"), t1, TextBlock("Table 2: Metric 1"), t2
    )
    assert len(report.metrics) == 1 and report.metrics[0].source_table == "Table 1"
    assert not warnings


def test_reporting_year_and_title():
    report, _ = _parse(
        TextBlock("Some intro"), title="Workforce Race Equality Standard report 2022"
    )
    assert report.reporting_year == "2021/22"
    assert report.title == "Workforce Race Equality Standard report 2022"
    report, _ = _parse(TextBlock("At the Trust in 2022/23, colleagues..."))
    assert report.reporting_year == "2022/23"


def test_actions_with_objectives_and_page_split_rows():
    head = [
        "No.",
        "Action",
        "Lead",
        "By When",
        "Milestone",
        "Progress",
        "Improvement to Metric(s)",
        "RAG",
    ]
    t1 = Table(
        rows=[
            head,
            [
                "1",
                "[bookmark: X]Review recruitment",
                "HR",
                "March 2024",
                "· Start",
                "Underway",
                "2, 7",
                "A",
            ],
        ],
        page=10,
    )
    t2 = Table(rows=[["", "and selection training", "", "", "", "More", "", ""]], page=11)
    t3 = Table(
        rows=[head, ["1", "Review discipline", "HR, EDI", "Summer 2023", "", "", "3", "B"]], page=11
    )
    report, _ = _parse(
        TextBlock("Objective 1. Fair recruitment"),
        t1,
        t2,
        TextBlock("Objective 2: fair discipline"),
        t3,
    )
    a1, a2 = report.actions
    assert a1.objective == "Objective 1. Fair recruitment"
    assert a1.action == "Review recruitment\nand selection training"
    assert (a1.number, a1.lead, a1.due, a1.metrics, a1.rag) == (
        "1",
        "HR",
        "March 2024",
        "2, 7",
        "A",
    )
    assert a1.progress == "Underway\nMore"
    assert a2.objective == "Objective 2: fair discipline" and a2.milestone is None
    assert report.metrics == []


# ---------------------------------------------------------------------------
# property tests of the rules

_counts = st.integers(min_value=1, max_value=20000).flatmap(
    lambda d: st.tuples(st.integers(min_value=0, max_value=d), st.just(d))
)


def _metric(value, num=None, den=None, measure="percentage", group="BME", decimals=None):
    m = WresMetric(
        indicator=1,
        measure=measure,
        ethnic_group=group,
        period="2021/22",
        value=value,
        numerator=num,
        denominator=den,
    )
    if decimals is not None:
        m._decimals = decimals  # type: ignore[attr-defined]
    return m


@settings(max_examples=300, deadline=None)
@given(_counts, st.integers(min_value=0, max_value=2))
def test_rounded_percentage_always_agrees(counts, dp):
    n, d = counts
    value = round(100 * n / d, dp)
    assert check_percentage(_metric(value, n, d, decimals=dp)) is None


@settings(max_examples=300, deadline=None)
@given(_counts, st.floats(min_value=0.12, max_value=50))
def test_percentage_off_by_more_than_rounding_is_flagged(counts, off):
    n, d = counts
    value = round(100 * n / d, 1) + off
    msg = check_percentage(_metric(value, n, d, decimals=1))
    assert msg is not None and msg.startswith("percentage ") and f"{n}/{d}" in msg


@settings(max_examples=300, deadline=None)
@given(_counts, _counts)
def test_relative_likelihood_from_counts(top, bottom):
    n1, d1 = top
    n2, d2 = bottom
    if n2 == 0:
        return
    ratio = (n1 / d1) / (n2 / d2)
    t = _metric(round(100 * n1 / d1, 1), n1, d1, "rate", "White")
    b = _metric(round(100 * n2 / d2, 1), n2, d2, "rate", "BME")
    ok = _metric(round(ratio, 2), measure="relative_likelihood", group="White", decimals=2)
    assert check_relative_likelihood(ok, t, b) is None
    bad = _metric(round(ratio, 2) + 0.05, measure="relative_likelihood", group="White", decimals=2)
    assert check_relative_likelihood(bad, t, b) is not None


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=10, max_value=1000), st.integers(min_value=10, max_value=1000))
def test_relative_likelihood_from_printed_rates(r1, r2):
    """Rates printed to 0.1 (1.0%..100.0%): the ratio of the printed rates, rounded,
    always passes; one 0.1 above the tolerance never does."""
    v1, v2 = r1 / 10, r2 / 10
    t = _metric(v1, measure="rate", group="White", decimals=1)
    b = _metric(v2, measure="rate", group="BME", decimals=1)
    assert (
        check_relative_likelihood(_metric(round(v1 / v2, 2), measure="relative_likelihood"), t, b)
        is None
    )
    tol = 0.02 + (v1 / v2) * (0.05 / v1 + 0.05 / v2)
    far = _metric(round(v1 / v2 + tol + 0.1, 2), measure="relative_likelihood")
    assert check_relative_likelihood(far, t, b) is not None


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=1000), st.integers(min_value=0, max_value=1000))
def test_difference_rule(board10, work10):
    board, work = board10 / 10, work10 / 10
    b = _metric(board, decimals=1)
    w = _metric(work, decimals=1)
    assert (
        check_difference(_metric(round(board - work, 1), measure="difference", decimals=1), b, w)
        is None
    )
    off = _metric(round(board - work + 0.3, 1), measure="difference", decimals=1)
    assert check_difference(off, b, w) is not None


@given(st.integers(min_value=2000, max_value=2097))
def test_period_labels_round_trip(y):
    assert parse_period(fy(y)).period == fy(y)
    assert parse_period(f"{y}-{(y + 1) % 100:02d}").period == fy(y)
    assert parse_period(f"March {y + 1}").period == fy(y)
    assert parse_period(f"{y}", survey=True).period == fy(y)
    assert parse_period(f"{fy(y)} to {fy(y + 1)}").period == fy(y + 1)


@given(_counts)
def test_count_cells_round_trip(counts):
    n, d = counts
    forms = [f"{n} out of {d}", f"{n}/{d}", f"({n} of {d})", f"{n:,} out of {d:,}"]
    if 1990 <= n <= 2100 and d == n + 1:
        forms.remove(f"{n}/{d}")  # "2000/2001" is a financial year, rightly
    for text in forms:
        cell = parse_cell(text)
        assert (cell.kind, cell.numerator, cell.denominator) == ("count", n, d)


_TOKENS = st.sampled_from(
    [
        "",
        "R",
        "*",
        "<10",
        "-",
        "n/a",
        "23.5%",
        "-8.9%",
        "1.79",
        "12 out of 60",
        "R out of 99",
        "(3 of 4)",
        "2021/22",
        "March 2022",
        "2021",
        "2019/20 to 2020/21",
        "% White colleagues",
        "% BAME colleagues",
        "Asian",
        "Other",
        "n. BME colleagues",
        "Relative likelihood (White/BAME)",
        "Clinical Band 5",
        "Medical Consultant",
        "Board",
        "Difference between voting board members",
        "No.",
        "Action",
        "Lead",
        "RAG",
        "\n",
        "0/0",
        "1e9",
        "99999999999999999999",
    ]
)
_CAPTIONS = st.sampled_from(
    [
        "Table 1: Metric 1",
        "Table 3: Metric 2",
        "Table 4: Metric 3",
        "Table 7: Metric 5",
        "Table 13: Metric 9",
        "Table 9: Staff Survey Question 14b",
        "Objective 1. Be fair",
        "Page 2",
    ]
)


@settings(max_examples=200, deadline=None)
# a table whose head row is empty above a period section row (found by this test)
@example(parts=[("Table 1: Metric 1", [[], ["2021/22", ""], [], []], 1)])
@given(
    st.lists(
        st.tuples(
            _CAPTIONS,
            st.lists(st.lists(_TOKENS, min_size=0, max_size=6), min_size=0, max_size=6),
            st.integers(min_value=1, max_value=3),
        ),
        max_size=4,
    )
)
def test_parser_never_crashes(parts):
    items = []
    for caption, rows, page in parts:
        items.append(TextBlock(caption, page=page))
        items.append(Table(rows=rows, page=page))
    report, warnings = parse_wres(_doc(*items))
    for m in report.metrics:
        assert 1 <= m.indicator <= 9
        assert m.redacted == (m.value is None)
        assert m.unit in ("%", "ratio", "pp")
    assert all(isinstance(w, str) for w in warnings)


def test_group_and_year_columns_are_not_repeats():
    """ "White 2022" and "BME 2022" share a year without repeating a heading; a
    benchmark column is not the trust's figure."""
    table = Table(
        rows=[
            ["", "White 2022", "BME 2022", "White 2023", "BME 2023", "Benchmark BME 2023"],
            [
                "Percentage of staff experiencing harassment from patients",
                "25%",
                "28%",
                "24%",
                "27%",
                "30%",
            ],
        ]
    )
    report, warnings = _parse(TextBlock("Indicator 5"), table)
    got = {(m.indicator, m.ethnic_group, m.period, m.value) for m in report.metrics}
    assert got == {
        (5, "White", "2022/23", 25.0),
        (5, "BME", "2022/23", 28.0),
        (5, "White", "2023/24", 24.0),
        (5, "BME", "2023/24", 27.0),
    }
    assert not warnings


def test_likelihood_of_one_group_is_a_rate_in_percent():
    table = Table(
        rows=[
            ["", "2023", "2024"],
            ["Likelihood of White applicants being appointed from shortlisting", "0.21", "0.22"],
            ["Likelihood of BME applicants being appointed from shortlisting", "0.13", "0.15"],
            [
                "Relative likelihood of White applicants being appointed compared to BME",
                "1.62",
                "1.47",
            ],
        ]
    )
    report, _ = _parse(TextBlock("Indicator 2"), table)
    m = report.metrics
    assert _one(m, measure="rate", ethnic_group="White", period="2022/23").value == 21.0
    assert _one(m, measure="rate", ethnic_group="BME", period="2023/24").value == 15.0
    assert _one(m, measure="relative_likelihood", period="2022/23").value == 1.62
    # indicator 3: small bare rates are left as printed unless headed likelihood/proportion
    table3 = Table(
        rows=[["", "2023", "2024"], ["White staff", "0.4", "0.5"], ["BME staff", "0.6", "0.7"]]
    )
    report, _ = _parse(TextBlock("Indicator 3: disciplinary rate (%)"), table3)
    assert _one(report.metrics, ethnic_group="White", period="2022/23").value == 0.4


def test_template_band_names():
    assert band_and_group("Band 8 - Range A") == (None, "Band 8a")
    # a grouped band is kept as printed, every dash a hyphen (DESIGN.md)
    assert band_and_group("Cluster 4 (Bands 8c – 9 & VSM)") == (None, "Bands 8c - 9 & VSM")
    assert band_and_group("of which Senior medical manager") == (
        "medical",
        "Medical senior manager",
    )


def test_summary_sub_rows_counts_are_not_ratios():
    table = Table(
        rows=[
            ["Indicator", "", "2023", "2024"],
            ["2. Shortlisting", "White", "0.21", "0.22"],
            ["", "BME", "0.13", "0.15"],
            ["", "Relative likelihood", "1.62", "1.47"],
            ["3. Disciplinary", "Number of cases", "12", "15"],
            ["", "Relative likelihood of BME staff entering", "1.20", "0.90"],
            ["4. Number of staff accessing training", "", "4512", "4600"],
            ["5. Harassment from patients", "White", "25%", "24%"],
            ["", "BME", "28%", "27%"],
        ]
    )
    report, _ = _parse(table)
    got = {(m.indicator, m.measure, m.ethnic_group, m.period, m.value) for m in report.metrics}
    assert got == {
        (2, "relative_likelihood", "White", "2022/23", 1.62),
        (2, "relative_likelihood", "White", "2023/24", 1.47),
        (3, "relative_likelihood", "BME", "2022/23", 1.2),
        (3, "relative_likelihood", "BME", "2023/24", 0.9),
        (5, "percentage", "White", "2022/23", 25.0),
        (5, "percentage", "White", "2023/24", 24.0),
        (5, "percentage", "BME", "2022/23", 28.0),
        (5, "percentage", "BME", "2023/24", 27.0),
    }


def test_headcount_with_percentage_in_brackets_and_board_directors():
    assert parse_cell("1,221 (23.5%)") == Cell(
        "pct", value=23.5, decimals=1, numerator=1221, raw="1,221 (23.5%)"
    )
    table = Table(
        rows=[
            ["", "White", "BAME", "Not stated"],
            ["Executive directors", "5 (71.4%)", "2 (28.6%)", "0 (0.0%)"],
            ["Non-executive directors", "6 (85.7%)", "1 (14.3%)", "0 (0.0%)"],
            ["Voting board members", "10 (83.3%)", "2 (16.7%)", "0 (0.0%)"],
            ["Trust workforce", "5,300 (71.1%)", "2,010 (27.0%)", "140 (1.9%)"],
        ]
    )
    report, _ = _parse(TextBlock("Indicator 9 - board membership at 31 March 2024"), table)
    m = report.metrics
    assert len(m) == 9
    assert {x.period for x in m} == {"2023/24"}
    bme = _one(m, staff_group="board_executive", ethnic_group="BME")
    assert (bme.value, bme.numerator) == (28.6, 2)
    assert _one(m, staff_group="overall", ethnic_group="Unknown").value == 1.9
    assert not _find(m, value=14.3)  # non-executive directors: not a WRES board group


def test_table_without_a_caption_is_still_traceable():
    """Every figure names its table: the printed "Table N" when there is one, else
    the table's order in the document and its page."""
    survey = Table(
        rows=[
            ["Indicator", "Ethnicity", "2022", "2023"],
            [
                "Harassment, bullying or abuse from patients, relatives or the public",
                "White",
                "25.1%",
                "28.0%",
            ],
            ["", "BME", "24.0%", "27.1%"],
        ],
        page=3,
    )
    report, _ = _parse(TextBlock("Workforce Race Equality Standard 2023"), survey)
    assert report.metrics
    assert {m.source_table for m in report.metrics} == {"table 1 on page 3"}
