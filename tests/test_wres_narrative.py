"""WRES figures stated in sentences (parsers/wres/narrative.py), and how parse_wres
merges them with the tables (tables win; a key is never repeated)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.records import WresMetric
from parsers.wres.narrative import default_period, is_national_summary, parse_narrative
from parsers.wres.parse import parse_wres

TRUTH = Path(__file__).parent / "truth" / "wres" / "lpt-wres-2021-22.json"


def doc(*paragraphs: str | Table, title: str | None = "WRES report 2022") -> Extracted:
    items = [p if isinstance(p, Table) else TextBlock(p) for p in paragraphs]
    return Extracted(items=items, format="text", title=title)


def figures(*paragraphs, title="WRES report 2022") -> set[tuple]:
    metrics, _ = parse_narrative(doc(*paragraphs, title=title))
    return {(*m.key(), m.value) for m in metrics}


def test_relative_likelihoods_and_their_groups():
    got = figures(
        "White applicants were 1.79 times more likely to be appointed from shortlisting "
        "than BME applicants.",
        "BAME colleagues were 1.64 times as likely to enter a formal process compared to "
        "White colleagues.",
        "White staff are 1.17 times more likely to access non mandatory training and CPD "
        "than BAME staff.",
    )
    assert got == {
        (2, "relative_likelihood", None, None, "White", "2021/22", 1.79),
        (3, "relative_likelihood", None, None, "BME", "2021/22", 1.64),
        (4, "relative_likelihood", None, None, "White", "2021/22", 1.17),
    }


def test_comparator_must_be_white_or_bme():
    assert not figures(
        "White colleagues were 1.15 times more likely than Asian colleagues to access "
        "non-mandatory training."
    )
    assert not figures("White staff are 1.2 times less likely to be shortlisted than BME staff.")


def test_percentages_with_groups_after_or_before():
    got = figures(
        "Similarly likely as White colleagues to suffer harassment, bullying or abuse from "
        "the public (24.3% BAME, 21.8% White).",
        "The staff survey showed 12.7% of global majority staff experienced discrimination "
        "at work, compared to 4.1% of white staff.",
    )
    assert got == {
        (5, "percentage", None, None, "BME", "2021/22", 24.3),
        (5, "percentage", None, None, "White", "2021/22", 21.8),
        (8, "percentage", None, None, "BME", "2021/22", 12.7),
        (8, "percentage", None, None, "White", "2021/22", 4.1),
    }


def test_workforce_share_with_count_and_periods():
    metrics, _ = parse_narrative(
        doc(
            "At March 2022, BAME colleagues made up 25.6% (1409/5511) of our substantive "
            "workforce, up from 24.4% (1287/5278) in March 2021."
        )
    )
    got = {(m.period, m.value, m.numerator, m.denominator, m.staff_group) for m in metrics}
    assert got == {
        ("2021/22", 25.6, 1409, 5511, "overall"),
        ("2020/21", 24.4, 1287, 5278, "overall"),
    }
    assert all(m.source_table == "narrative" and m.indicator == 1 for m in metrics)


def test_board_difference():
    got = figures(
        "Indicator 9",
        "In March 2022, compared to the level of representation in the workforce overall, "
        "BAME people were underrepresented:",
        "amongst board members overall (-8.9% difference in representation),",
        "amongst voting board members (+1.7% difference in representation).",
    )
    assert got == {
        (9, "difference", "board", None, "BME", "2021/22", -8.9),
        (9, "difference", "board_voting", None, "BME", "2021/22", 1.7),
    }


def test_section_heading_attributes_sentences_without_vocabulary():
    got = figures(
        "Metric 2: Appointments",
        "White staff are 3.2 times more likely to be appointed compared to BAME staff. "
        "The gap has widened from being 2.2 times more likely in 2021.",
    )
    assert (2, "relative_likelihood", None, None, "White", "2020/21", 2.2) in got
    assert (2, "relative_likelihood", None, None, "White", "2021/22", 3.2) in got


def test_national_comparators_targets_and_changes_are_not_the_trusts():
    got = figures(
        "Our BME staff make up 24.0% of the workforce, compared with a national average of 28.6%.",
        "LPT's results were better than Trusts of a similar type in the benchmark group "
        "(31.8% BAME colleagues and 26.2% White colleagues) for harassment from patients.",
        "Our target is that BAME staff will be 30% of the workforce by 2025.",
        "The proportion of BAME staff in the workforce grew by 5% over three years.",
    )
    assert got == {(1, "percentage", "overall", None, "BME", "2021/22", 24.0)}


def test_relative_likelihood_printed_as_percentage_is_skipped():
    metrics, warnings = parse_narrative(
        doc(
            "The relative likelihood of White applicants being appointed from shortlisting "
            "compared to BME applicants is 17.16%."
        )
    )
    assert metrics == []
    assert any("17.16" in w for w in warnings)


def test_bank_staff_and_managers_only_are_not_wres():
    assert not figures(
        "BAME bank colleagues were more likely to experience bullying from patients (37.5%) "
        "compared to White bank colleagues (23.0%).",
        "Black (11.7%) and Mixed (18.0%) people report more bullying, harassment and abuse from "
        "managers than White (9.4%) colleagues do.",
    )


def test_ambiguous_sentences_are_skipped():
    # two indicators' vocabulary, no heading to choose
    assert not figures(
        "BAME staff experiencing harassment from patients and discrimination: 24% and 14%."
    )
    # a bare year is ambiguous for a staff survey indicator
    assert not figures("In 2021, 12.7% of BAME staff experienced discrimination at work.")
    # a staff survey year named as such is not
    assert figures("In the 2021 staff survey, 12.7% of BAME staff experienced discrimination.") == {
        (8, "percentage", None, None, "BME", "2021/22", 12.7)
    }


def test_shares_of_the_whole_workforce_are_not_band_shares():
    metrics, warnings = parse_narrative(
        doc("Indicator 1\nNon-Clinical\nBand 7 and above\n- BAME = 1.75%\n- White = 16.8%")
    )
    assert metrics == []
    assert any("do not add up" in w for w in warnings)
    assert not figures(
        "11.1% of the overall workforce is made up of non-medical BAME staff and 4.1% of the "
        "overall workforce is made up of medical BAME staff."
    )


def test_national_summary_document():
    d = doc(
        "The WRES 2024 Data Analysis Report for NHS trusts highlights the experience of BME staff.",
        "28.6 per cent of the workforce across NHS trusts came from a BME background.",
        "24.9 per cent of BME staff reported experiencing harassment, bullying or abuse from "
        "staff in the last 12 months.",
    )
    assert is_national_summary(d)
    assert parse_narrative(d)[0] == []


def test_default_period():
    assert default_period(doc(title="Workforce Race Equality Standard Action Plan 2022-2023")) == (
        "2021/22"
    )
    assert default_period(doc(title="WRES annual report 2021/22")) == "2021/22"
    assert default_period(doc(title="WRES 2019 Report")) == "2018/19"


def _table_metric(value: float) -> WresMetric:
    return WresMetric(2, "relative_likelihood", "White", "2021/22", value, source_table="Table 3")


def test_tables_win_and_contradicting_sentences_are_dropped():
    d = doc(
        "White people were 1.79 times more likely than BAME people to be appointed from "
        "shortlisting, and 8.7% of BAME applicants were appointed.",
    )
    metrics, _ = parse_narrative(d, tables=[_table_metric(1.79)])
    # the relative likelihood is the table's; the rate is new
    assert [(m.measure, m.value) for m in metrics] == [("rate", 8.7)]
    metrics, warnings = parse_narrative(d, tables=[_table_metric(1.46)])
    assert metrics == []  # the sentence disagrees with the table: not read at all
    assert any("disagrees with the tables" in w for w in warnings)


def test_parse_wres_keeps_table_figure_over_narrative():
    table = Table(
        rows=[
            ["Recruitment", "2021/22"],
            ["Relative likelihood of appointment from shortlisting (White/BAME)", "1.79"],
        ],
        caption="Table 3: Metric 2: appointment from shortlisting",
    )
    d = doc(
        "Table 3: Metric 2: appointment from shortlisting",
        table,
        "In 2021/22 White people were 1.79 times more likely than BAME people to be appointed "
        "from shortlisting.",
    )
    report, _ = parse_wres(d)
    assert [(m.source_table, m.value) for m in report.metrics] == [("Table 3", 1.79)]


# ---------------------------------------------------------------------------
# the seed report: its narrative adds exactly the figures only the narrative states


def _seed_doc() -> Extracted:
    from tests.seedrender import SEEDS, seed_items, seed_text

    if not SEEDS.exists():
        pytest.skip("../shared seeds not present")
    return Extracted(items=seed_items(seed_text("lpt-wres-2021-22.txt")), format="text")


def _truth_keys(rows) -> set[tuple]:
    return {
        (
            r["indicator"],
            r["measure"],
            r["staff_group"],
            r["band"],
            r["ethnic_group"],
            r["period"],
            r["value"],
        )
        for r in rows
    }


def test_seed_narrative_adds_only_what_the_tables_lack():
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    report, _ = parse_wres(_seed_doc())
    added = {(*m.key(), m.value) for m in report.metrics if m.source_table == "narrative"}
    assert added == _truth_keys(truth["narrative_metrics"])
    keys = [(*m.key(), m.period_label) for m in report.metrics]
    assert len(keys) == len(set(keys))


def test_seed_narrative_alone_is_exact():
    """Without the tables, every figure the narrative reads is one the seed states."""
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    known = _truth_keys(truth["metrics"]) | _truth_keys(truth["narrative_metrics"])
    text_only = Extracted(items=[i for i in _seed_doc().items if isinstance(i, TextBlock)])
    metrics, _ = parse_narrative(text_only)
    got = {(*m.key(), m.value) for m in metrics}
    assert len(got) >= 25
    assert got <= known, got - known


def test_ethnic_make_up_of_senior_bands_to_vsm():
    """ "The ethnic make-up of our senior leaders (band 8a - 9 and VSM) is 19.4%": the
    BME share of the grouped bands 8a to VSM, across the whole workforce."""
    got = figures(
        "The ethnic make-up of our senior leaders (band 8a – 9 and VSM) is 19.4%, so work remains."
    )
    assert got == {(1, "percentage", "overall", "Bands 8a to VSM", "BME", "2021/22", 19.4)}
    # a separate band and VSM stay two bands (ambiguous: not read)
    assert figures("The ethnic make-up of band 9 and VSM is 12.5%.") == set()


def test_table_rows_flattened_into_text():
    """A PDF table the extractor did not find arrives as lines of text: a ratio row
    names the comparator right before its figure, and a survey row repeats each group
    for two undated years. Neither may give a wrong group or year."""
    got = figures(
        "Relative likelihood of White staff accessing non-mandatory training and CPD "
        "compared to BME staff 1.06",
        "5. KF 25. Percentage of staff experiencing harassment, bullying or abuse from "
        "patients, relatives or the public in last 12 months White 25.1% BME 28.0% "
        "White 26.3% BME 30.4%",
    )
    assert got == {(4, "relative_likelihood", None, None, "White", "2021/22", 1.06)}


def test_last_year_is_the_year_before_the_report():
    """ "compared with 1.62 times last year" gives last year's figure; "an improvement
    on last year" or "increased since last year" dates nothing (the figure is this
    year's). Before: the whole sentence was dropped, or dated a year early."""
    got = figures(
        "White applicants were 1.45 times more likely to be appointed from shortlisting "
        "than BME applicants, compared with 1.62 times last year.",
        "Black colleagues were more likely to suffer harassment, bullying or abuse from "
        "patients (43.7%, 45/103), and this figure has increased since last year.",
        title="WRES report 2023/24",
    )
    assert got == {
        (2, "relative_likelihood", None, None, "White", "2023/24", 1.45),
        (2, "relative_likelihood", None, None, "White", "2022/23", 1.62),
        (5, "percentage", None, None, "Black", "2023/24", 43.7),
    }


def test_last_year_without_a_report_year_is_not_guessed():
    got = figures(
        "Last year 28.0% of BME staff experienced harassment, bullying or abuse from "
        "patients, against 25.1% of White staff.",
        title=None,
    )
    assert got == set()


def test_a_previous_likelihood_after_the_comparison():
    """ "... than BME staff, down from 1.30 times in 2022/23": the second figure is the
    same likelihood a year earlier (it was skipped as having no numerator group)."""
    got = figures(
        "White staff were 1.12 times more likely to access non-mandatory training than "
        "BME staff, down from 1.30 times in 2022/23.",
        "BME staff were 1.40 times more likely to enter the formal disciplinary process "
        "than White staff, up from 1.10 in 2022/23.",
        title="WRES report 2023/24",
    )
    assert got == {
        (4, "relative_likelihood", None, None, "White", "2023/24", 1.12),
        (4, "relative_likelihood", None, None, "White", "2022/23", 1.30),
        (3, "relative_likelihood", None, None, "BME", "2023/24", 1.40),
        (3, "relative_likelihood", None, None, "BME", "2022/23", 1.10),
    }
