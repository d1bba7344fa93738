"""The WRES attribution engine on layouts that differ only in structure (brief h16wres):
transposed tables, a caption or a merged header cell carrying part of the key, a
figure printed alone with its description below, last year's figure in brackets,
definition lists and "Label - value" lines, a change column. Documents are built in
code (benchmarks/wres_structure.py and below), for fictional trusts; every figure must
be found with its key, nothing else published, and a figure whose key is not settled
skipped and counted."""

from __future__ import annotations

import pytest

from benchmarks.wres_heldout import FORMATS, render
from benchmarks.wres_score import KEY, score
from benchmarks.wres_structure import LAYOUTS
from parsers.extract import extract
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.wres.context import Context, Key, heading_key
from parsers.wres.narrative_terms import _figures, _times
from parsers.wres.narrative_times import _bind_times
from parsers.wres.parse import UNSETTLED, parse_wres


def _explain(s) -> str:
    lines = [f"missing {tuple(t[k] for k in KEY)} {t['value']}" for t in s["missing"]]
    lines += [f"extra {tuple(getattr(m, k) for k in KEY)} {m.value}" for m in s["extra"]]
    return "\n".join(lines)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_structure_layouts(layout, fmt):
    items, truth = LAYOUTS[layout]
    data, filename = render(items, fmt)
    report, warnings = parse_wres(extract(data, filename=filename))
    s = score(report.metrics, truth)
    assert s["matched"] == len(truth) and not s["extra"], _explain(s)
    assert not [w for w in warnings if w.startswith(UNSETTLED)]


def _html(body: str) -> Extracted:
    page = f"<!DOCTYPE html><html><head><title>WRES</title></head><body>{body}</body></html>"
    return extract(page.encode("utf-8"), filename="wres.html")


def test_definition_lists_pair_each_term_with_its_value():
    doc = _html(
        "<h1>Quarrybank Community NHS Trust: Workforce Race Equality Standard 2024</h1>"
        "<h2>Indicator 1 - Workforce by ethnicity</h2><p>Position at 31 March 2024</p>"
        "<dl><dt>White</dt><dd>71.4%</dd><dt>BME</dt><dd>26.2%</dd>"
        "<dt>Not stated</dt><dd>2.4%</dd></dl>"
        "<h2>Indicator 2 - Relative likelihood of White applicants being appointed from "
        "shortlisting compared to BME applicants</h2>"
        "<dl><dt>2023/24</dt><dd>1.29</dd><dt>2022/23</dt><dd>1.51</dd>"
        "<dt>National average 2023/24</dt><dd>1.59</dd></dl>"
    )
    report, warnings = parse_wres(doc)
    got = {m.key(): m.value for m in report.metrics}
    assert got == {
        (1, "percentage", "overall", None, "White", "2023/24"): 71.4,
        (1, "percentage", "overall", None, "BME", "2023/24"): 26.2,
        (1, "percentage", "overall", None, "Unknown", "2023/24"): 2.4,
        (2, "relative_likelihood", None, None, "White", "2023/24"): 1.29,
        (2, "relative_likelihood", None, None, "White", "2022/23"): 1.51,
    }  # the national average is a comparator's, not the trust's
    assert not [w for w in warnings if w.startswith(UNSETTLED)]


def test_a_term_whose_period_nothing_states_is_skipped_and_counted():
    doc = _html(
        "<h1>Quarrybank Community NHS Trust: Workforce Race Equality Standard</h1>"
        "<h2>Indicator 3 - Likelihood of entering the formal disciplinary process</h2>"
        "<dl><dt>Relative likelihood</dt><dd>1.07</dd></dl>"
    )
    report, warnings = parse_wres(doc)
    assert 1.07 not in {m.value for m in report.metrics}
    unsettled = [w for w in warnings if w.startswith(UNSETTLED)]
    assert unsettled and "1 figure(s) skipped" in unsettled[0]


def test_a_change_column_is_never_published():
    items, _truth = LAYOUTS["S1: change column beside the years"]
    for fmt in FORMATS:
        data, filename = render(items, fmt)
        report, _ = parse_wres(extract(data, filename=filename))
        values = {m.value for m in report.metrics}
        assert values.isdisjoint({1.9, -1.9, 0.14, -0.14}), fmt


def test_a_figure_alone_joins_only_a_description_below_it():
    doc = Extracted(
        items=[
            TextBlock(text="Workforce Race Equality Standard 2024", style="heading"),
            TextBlock(text="Indicator 1", style="heading"),
            TextBlock(text="31.5%"),
            TextBlock(text="Indicator 2", style="heading"),
            TextBlock(text="White applicants were 1.40 times more likely to be appointed."),
        ],
        format="html",
    )
    report, _ = parse_wres(doc)
    # "31.5%" has no description: no group, no reading; the sentence below is its own
    assert 31.5 not in {m.value for m in report.metrics}
    assert {(m.indicator, m.value) for m in report.metrics} == {(2, 1.40)}


def test_a_bracketed_year_labels_the_figure_after_it():
    s = "BME colleagues made up 27.3% of the workforce at 31 March 2024 (2023: 25.0%)."
    figs = _figures(s)
    bound, sentence_time = _bind_times(s, figs, _times(s))
    assert bound[1].text == "2023"
    assert sentence_time is not None and "2024" in sentence_time.text
    # without the label's colon the bracket is an aside, and two dates stay unsure
    s2 = "BME colleagues made up 27.3% of the workforce at 31 March 2024 (2023 data 25.0%)."
    assert _bind_times(s2, _figures(s2), _times(s2)) is None


def test_a_transposed_table_with_one_indicator_column_is_left_as_printed():
    # one indicator across the top is an ordinary table: not turned into a summary
    doc = Extracted(
        items=[
            TextBlock(text="Workforce Race Equality Standard 2024", style="heading"),
            TextBlock(text="Indicator 9 - Board membership", style="heading"),
            Table(rows=[["Year", "Indicator 9"], ["2023/24", "-8.0%"]]),
        ],
        format="html",
    )
    report, _ = parse_wres(doc)
    assert all(m.indicator == 9 for m in report.metrics)


def test_the_shared_context_merges_local_over_lead_in_over_headings():
    ctx = Context(default="2023/24")
    ctx.heading(*heading_key("Indicator 1 - Our workforce by ethnicity"))
    ctx.heading(*heading_key("Position at 31 March 2024"))
    ctx.lead = Key(staff_group="clinical", band="Band 6")
    key = ctx.figure_key(Key(ethnic_group="BME"))
    assert (key.indicator, key.staff_group, key.band, key.ethnic_group) == (
        1,
        "clinical",
        "Band 6",
        "BME",
    )
    assert ctx.period == "2023/24"
    ctx.end_lead()  # a table ends the lead-ins, not the headings
    assert ctx.key.staff_group is None and ctx.section == 1 and ctx.period == "2023/24"
    ctx.heading(1, Key(indicator=5))  # a new indicator ends the dated heading too
    assert ctx.period is None and ctx.section == 5


@pytest.mark.parametrize(
    ("text", "level", "group", "dated"),
    [
        ("BME staff by pay band, 31 March 2024", 3, "BME", True),
        ("White colleagues", 4, "White", False),
        ("Clinical staff - Band 8a", 2, None, False),
        ("Actions to be completed by 31 March 2025", None, None, False),
        ("White and BME staff", None, None, False),
    ],
)
def test_what_a_heading_settles(text, level, group, dated):
    head = heading_key(text)
    if level is None:
        assert head is None or head[1].time is None
        return
    assert head is not None and head[0] == level
    assert head[1].ethnic_group == group
    assert (head[1].time is not None) == dated


def test_an_indicator_1_heading_naming_a_staff_group_keys_the_lines_below():
    doc = Extracted(
        items=[
            TextBlock(text="Workforce Race Equality Standard 2024", style="heading"),
            TextBlock(text="Indicator 1 - Non-clinical workforce", style="heading"),
            TextBlock(text="Position at 31 March 2024"),
            TextBlock(text="Band 4: White 79.0%"),
            TextBlock(text="Band 4: BME 18.8%"),
        ],
        format="html",
    )
    report, _ = parse_wres(doc)
    assert {(m.staff_group, m.band, m.ethnic_group): m.value for m in report.metrics} == {
        ("non_clinical", "Band 4", "White"): 79.0,
        ("non_clinical", "Band 4", "BME"): 18.8,
    }


def test_a_group_heading_yields_to_a_label_and_ends_at_the_next_indicator():
    doc = Extracted(
        items=[
            TextBlock(text="Workforce Race Equality Standard 2024", style="heading"),
            TextBlock(text="Indicator 5 - Harassment from patients", style="heading"),
            TextBlock(text="2023 NHS Staff Survey"),
            TextBlock(text="BME colleagues"),
            TextBlock(text="Respondents: 27.0%"),
            TextBlock(text="White: 23.1%"),
            TextBlock(text="Indicator 6 - Harassment from staff", style="heading"),
            TextBlock(text="2023 NHS Staff Survey"),
            TextBlock(text="Respondents: 22.2%"),
        ],
        format="html",
    )
    report, warnings = parse_wres(doc)
    got = {(m.indicator, m.ethnic_group): m.value for m in report.metrics}
    assert got == {(5, "BME"): 27.0, (5, "White"): 23.1}
    # indicator 6's line names no group, and the heading above indicator 6 is gone
    assert any(w.startswith(UNSETTLED) for w in warnings)


def test_a_table_flattened_into_lines_is_not_read_as_label_value_pairs():
    from parsers.wres.lines import _text_lines

    doc = Extracted(
        items=[
            TextBlock(text="Indicator 1"),
            TextBlock(text="Position at 31 March 2024"),
            # a table row printed one cell a line: which figure is the label's?
            TextBlock(text="White\n21.4%\n78.2%"),
            TextBlock(text="R\n20.0%"),  # a rating's letter is no label
            TextBlock(text="BME\n19.6%\nNext heading"),
        ],
        format="text",
    )
    joined = [t.parts for t in _text_lines(doc) if t.parts]
    assert joined == [("BME", "19.6%")]


def test_html_rowspan_and_colspan_keep_every_column_under_its_header():
    doc = _html(
        "<h1>Fenwick Mental Health NHS Trust - WRES 2024</h1><h2>Staff survey indicators</h2>"
        "<table><tr><th rowspan='2'>Indicator</th><th colspan='2'>2022 NHS Staff Survey</th>"
        "<th colspan='2'>2023 NHS Staff Survey</th></tr>"
        "<tr><th>White</th><th>BME</th><th>White</th><th>BME</th></tr>"
        "<tr><td>Indicator 5</td><td>26.0%</td><td>29.4%</td><td>24.7%</td><td>27.3%</td></tr>"
        "</table>"
    )
    table = next(i for i in doc.items if isinstance(i, Table))
    assert table.rows[1] == ["", "White", "BME", "White", "BME"]
    report, _ = parse_wres(doc)
    assert {(m.ethnic_group, m.period): m.value for m in report.metrics} == {
        ("White", "2022/23"): 26.0,
        ("BME", "2022/23"): 29.4,
        ("White", "2023/24"): 24.7,
        ("BME", "2023/24"): 27.3,
    }


def _sentence(heading: str, sentence: str) -> set[tuple]:
    doc = Extracted(
        items=[
            TextBlock(text="Workforce Race Equality Standard 2024", style="heading"),
            TextBlock(text=heading, style="heading"),
            TextBlock(text=sentence),
        ],
        format="html",
    )
    report, _ = parse_wres(doc)
    return {(m.staff_group, m.ethnic_group, m.value) for m in report.metrics}


def test_who_reported_a_figure_is_not_a_change_but_a_rise_by_one_is():
    got = _sentence(
        "Indicator 8",
        "Discrimination was reported by 12.5% of BME staff in the 2023 NHS Staff Survey.",
    )
    assert got == {(None, "BME", 12.5)}
    got = _sentence(
        "Indicator 8",
        "Discrimination reported by BME staff rose by 2.5% in the 2023 NHS Staff Survey.",
    )
    assert 2.5 not in {v for _sg, _g, v in got}


def test_the_workforce_share_beside_the_boards_is_the_workforces():
    got = _sentence(
        "Indicator 9",
        "At 31 March 2024, 15.4% of our board members were BME, compared with 24.9% of the "
        "overall workforce.",
    )
    assert got == {("board", "BME", 15.4), ("overall", "BME", 24.9)}


def test_one_table_giving_a_key_two_values_publishes_neither():
    # two columns the rules cannot tell apart (sites, not bands or years): which is it?
    doc = Extracted(
        items=[
            TextBlock(text="Workforce Race Equality Standard 2024", style="heading"),
            TextBlock(text="Indicator 1 - Our workforce, 31 March 2024", style="heading"),
            Table(
                rows=[
                    ["Ethnicity", "North site", "South site"],
                    ["White", "70.5%", "77.0%"],
                    ["BME", "27.0%", "21.1%"],
                ]
            ),
        ],
        format="html",
    )
    report, warnings = parse_wres(doc)
    assert {70.5, 77.0, 27.0, 21.1}.isdisjoint({m.value for m in report.metrics})
    assert any(w.startswith(UNSETTLED) for w in warnings)
