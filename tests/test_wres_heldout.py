"""The WRES reader on the held-out layouts of benchmarks/wres_heldout.py (issue #13,
failure class 5 and the region-word rule): documents written in code, in our own
words and figures, each rendered to HTML, PDF and DOCX. Every figure must be found
with its key, nothing else published."""

from __future__ import annotations

import pytest

from benchmarks.wres_heldout import FORMATS, LAYOUTS, render
from benchmarks.wres_score import KEY, score
from parsers.extract import extract
from parsers.extract.model import Extracted, TextBlock
from parsers.wres.parse import UNSETTLED, parse_wres


def _read(items, fmt):
    data, filename = render(items, fmt)
    report, warnings = parse_wres(extract(data, filename=filename))
    return report, warnings


def _explain(s) -> str:
    lines = [f"missing {tuple(t[k] for k in KEY)} {t['value']}" for t in s["missing"]]
    lines += [f"extra {tuple(getattr(m, k) for k in KEY)} {m.value}" for m in s["extra"]]
    return "\n".join(lines)


@pytest.mark.parametrize("fmt", FORMATS)
def test_region_word_in_a_trust_name_keeps_its_figures(fmt):
    items, truth = LAYOUTS["region word in a trust name"]
    report, _ = _read(items, fmt)
    s = score(report.metrics, truth)
    assert s["matched"] == len(truth) and not s["extra"], _explain(s)


def test_the_region_itself_is_still_a_comparator():
    doc = Extracted(
        items=[
            TextBlock(text="Workforce Race Equality Standard 2022"),
            TextBlock(
                text="In London, 44.0% of the NHS workforce were BME at 31 March 2022; "
                "in the North West the figure was 12.1%."
            ),
        ],
        format="text",
    )
    report, _ = parse_wres(doc)
    assert {m.value for m in report.metrics}.isdisjoint({44.0, 12.1})


# the four families of failure class 5, in two batches of wording (see wres_heldout)
CLASS_5 = [name for name in LAYOUTS if name != "region word in a trust name"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("layout", CLASS_5)
def test_failure_class_5_layouts(layout, fmt):
    items, truth = LAYOUTS[layout]
    report, warnings = _read(items, fmt)
    s = score(report.metrics, truth)
    assert s["matched"] == len(truth) and not s["extra"], _explain(s)
    assert not [w for w in warnings if w.startswith(UNSETTLED)]


def test_comparator_lines_are_not_the_trusts():
    items, _truth = LAYOUTS["trust-and-year labels"]
    report, _ = _read(items, "html")
    assert {1.54, 1.14}.isdisjoint({m.value for m in report.metrics})


def _doc(*lines: str) -> Extracted:
    return Extracted(items=[TextBlock(text=t) for t in lines], format="text")


def test_a_line_whose_period_is_not_stated_is_skipped_and_counted():
    # a staff survey figure under a bare year: the survey year or the WRES year?
    doc = _doc(
        "Indicator 6 - Harassment, bullying or abuse from staff",
        "2023",
        "White 22.4%",
        "BME 27.9%",
    )
    report, warnings = parse_wres(doc)
    assert report.metrics == []
    unsettled = [w for w in warnings if w.startswith(UNSETTLED)]
    assert unsettled and ": 2 figure(s) skipped" in unsettled[0]


def test_unsettled_figures_send_the_document_to_review():
    from parsers import parse_document
    from trustdocs.demo.render import render_html

    items = [
        # no year in the title: nothing dates the figures but the bare "2023" above
        TextBlock(text="Workforce Race Equality Standard: staff survey results", style="heading"),
        TextBlock(text="Indicator 6 - Harassment, bullying or abuse from staff"),
        TextBlock(text="2023"),
        TextBlock(text="White 22.4%"),
        TextBlock(text="BME 27.9%"),
    ]
    result = parse_document(render_html(items), filename="wres.html", kind_hint="wres")
    assert any(w.startswith(UNSETTLED) for w in result.warnings)
    assert result.confidence is not None and result.confidence < 0.6  # review_queue


def test_a_dated_heading_gives_its_year_to_the_lines_below_only():
    doc = _doc(
        "Indicator 1 - Workforce by ethnicity",
        "Position at 31 March 2024",
        "White 70.0%",
        "BME 28.0%",
        "Position at 31 March 2023",
        "White 72.5%",
        "BME 25.5%",
    )
    report, _ = parse_wres(doc)
    got = {(m.ethnic_group, m.period): m.value for m in report.metrics}
    assert got == {
        ("White", "2023/24"): 70.0,
        ("BME", "2023/24"): 28.0,
        ("White", "2022/23"): 72.5,
        ("BME", "2022/23"): 25.5,
    }
    assert {m.staff_group for m in report.metrics} == {"overall"}


def test_a_band_heading_reaches_only_the_table_below():
    from parsers.extract.model import Table

    rows = [["", "2022/23"], ["White", "80.0%"], ["BME", "18.0%"], ["Unknown", "2.0%"]]
    doc = Extracted(
        items=[
            TextBlock(text="Indicator 1: our workforce by ethnicity"),
            TextBlock(text="Clinical staff - Band 6"),
            Table(rows=rows),
            TextBlock(text="All staff in the workforce"),
            Table(rows=[rows[0], ["White", "75.0%"], ["BME", "23.0%"], ["Unknown", "2.0%"]]),
        ],
        format="text",
    )
    report, _ = parse_wres(doc)
    got = {(m.staff_group, m.band, m.ethnic_group): m.value for m in report.metrics}
    assert got[("clinical", "Band 6", "White")] == 80.0
    assert got[("overall", None, "White")] == 75.0


@pytest.mark.parametrize(
    "text, dated",
    [
        ("Position at 31 March 2023", True),
        ("As at 30 June 2023", True),
        ("2022 NHS Staff Survey", True),
        ("2023/24", True),
        ("March 2024", True),
        ("June 2023", False),  # an action plan's deadline
        ("Published 31 March 2023", False),
        ("Action plan 2023/24", False),
        ("Review by December 2024", False),
    ],
)
def test_which_headings_date_the_figures_below(text, dated):
    from parsers.wres.context import heading_key

    head = heading_key(text)
    assert (head is not None and head[0] == 3) == dated


def test_a_deadline_under_an_indicator_does_not_date_the_sentence_below():
    doc = _doc(
        "Workforce Race Equality Standard report 2022",
        "Indicator 2",
        "June 2023",
        "White applicants were 1.52 times more likely to be appointed from shortlisting "
        "than BME applicants.",
    )
    report, _ = parse_wres(doc)
    assert [(m.period, m.value) for m in report.metrics] == [("2021/22", 1.52)]


def test_changes_and_counts_on_label_lines_are_not_figures():
    doc = _doc(
        "Indicator 2: Relative likelihood of White applicants being appointed from "
        "shortlisting compared to BME applicants",
        "Trust 2024: 1.30",
        "Change 2024: 0.12",
        "Indicator 1 - Workforce",
        "Position at 31 March 2024",
        "BME staff 412",
        "BME 21.0%",
    )
    report, warnings = parse_wres(doc)
    got = {(m.indicator, m.measure, m.period): m.value for m in report.metrics}
    assert got == {
        (2, "relative_likelihood", "2023/24"): 1.30,
        (1, "percentage", "2023/24"): 21.0,
    }
    assert not [w for w in warnings if w.startswith(UNSETTLED)]  # a count is not unsettled


def test_a_table_without_labels_takes_its_row_from_the_heading():
    from parsers.extract.model import Table

    doc = Extracted(
        items=[
            TextBlock(text="WRES report 2024"),
            TextBlock(
                text="Indicator 3: Relative likelihood of BME staff entering the formal "
                "disciplinary process compared to White staff"
            ),
            Table(rows=[["2022/23", "2023/24"], ["1.10", "0.95"]]),
        ],
        format="text",
    )
    report, _ = parse_wres(doc)
    assert {(m.measure, m.ethnic_group, m.period): m.value for m in report.metrics} == {
        ("relative_likelihood", "BME", "2022/23"): 1.10,
        ("relative_likelihood", "BME", "2023/24"): 0.95,
    }


def test_table_rows_no_rule_understands_are_counted():
    from parsers.extract.model import Table

    doc = Extracted(
        items=[
            TextBlock(text="Indicator 2"),
            Table(
                rows=[
                    ["", "2022/23", "2023/24"],
                    ["Relative likelihood", "1.40", "1.30"],
                    ["Panel members trained", "12.5", "14.0"],
                ]
            ),
        ],
        format="text",
    )
    report, warnings = parse_wres(doc)
    assert {m.value for m in report.metrics} == {1.40, 1.30}
    assert any(w.startswith(UNSETTLED) and "1 figure(s)" in w for w in warnings)


def test_sentences_whose_period_is_not_settled_are_counted():
    # a staff survey figure beside a bare year: the survey's year or the WRES year?
    doc = _doc(
        "Indicator 8",
        "In 2023, 14.2% of BME staff said they had experienced discrimination at work from "
        "a manager, team leader or other colleagues.",
    )
    report, warnings = parse_wres(doc)
    assert report.metrics == []
    assert any(w.startswith(UNSETTLED) and "period not settled" in w for w in warnings)


def test_an_unlisted_redaction_is_no_extra_figure_but_a_wrong_value_is():
    from parsers.records import WresMetric

    key = (1, "percentage", "overall", None, "BME", "2023/24", 12.5)
    truth = [dict(zip((*KEY, "value"), key, strict=True))]
    found = WresMetric(1, "percentage", "BME", "2023/24", 12.5, staff_group="overall")
    suppressed = WresMetric(1, "percentage", "Mixed", "2023/24", None, "overall", redacted=True)
    wrong = WresMetric(1, "percentage", "White", "2023/24", 80.0, staff_group="overall")
    s = score([found, suppressed, wrong], truth)
    assert s["matched"] == 1 and s["parsed"] == 2
    assert s["redactions"] == [suppressed] and s["extra"] == [wrong]
