"""The grid keyer (parsers/wres/grid_keys.py): a table of a shape no reader knows, each
figure keyed by the labels framing it. Tables built here in words of our own."""

from __future__ import annotations

from parsers.wres.grid_keys import read_grid
from parsers.wres.skipped import PART_OF_TRUST
from parsers.wres.tables import Tab
from parsers.wres.unread_tables import ReadLog


def _tab(rows, above=(), caption=None, section=None) -> Tab:
    return Tab(
        rows=[list(r) for r in rows],
        row_pages=[1] * len(rows),
        caption=caption,
        label="table 1 on page 1",
        heading_indicator=None,
        objective=None,
        lines_above=list(above),
        section_heading=section,
    )


def _keys(metrics) -> set[tuple]:
    return {
        (m.indicator, m.measure, m.staff_group, m.band, m.ethnic_group, m.period, m.value)
        for m in metrics
    }


def test_year_merged_over_group_columns_indicators_as_numbered_rows():
    tab = _tab(
        [
            ["", "2024/25", "", "2023/24", ""],
            ["Measure", "White", "Black and minority ethnic", "White", "Black and minority ethnic"],
            ["1. Share of our staff", "70.5%", "26.0%", "72.0%", "24.1%"],
            ["6. Bullied or harassed by colleagues", "19.5%", "24.0%", "20.2%", "25.5%"],
        ],
        above=["Fenwick Moor NHS Trust: equality data"],
    )
    metrics, skipped = read_grid(tab)
    assert _keys(metrics) == {
        (1, "percentage", "overall", None, "White", "2024/25", 70.5),
        (1, "percentage", "overall", None, "BME", "2024/25", 26.0),
        (1, "percentage", "overall", None, "White", "2023/24", 72.0),
        (1, "percentage", "overall", None, "BME", "2023/24", 24.1),
        (6, "percentage", None, None, "White", "2024/25", 19.5),
        (6, "percentage", None, None, "BME", "2024/25", 24.0),
        (6, "percentage", None, None, "White", "2023/24", 20.2),
        (6, "percentage", None, None, "BME", "2023/24", 25.5),
    }
    assert not skipped


def test_merged_caption_row_and_comparator_and_change_columns_are_not_the_trusts():
    tab = _tab(
        [
            ["Staff survey 2024", "", "", "", ""],
            ["Question", "BME", "White", "Change since 2023", "National BME"],
            ["Discriminated against by a manager or colleague", "13.0%", "6.5%", "-1.0", "16.2%"],
        ],
        above=["Survey results"],
    )
    metrics, _ = read_grid(tab)
    assert _keys(metrics) == {
        (8, "percentage", None, None, "BME", "2024/25", 13.0),
        (8, "percentage", None, None, "White", "2024/25", 6.5),
    }


def test_this_year_and_last_year_heads_dated_by_the_caption():
    tab = _tab(
        [
            ["Likelihood ratio", "Last year", "This year"],
            [
                "Relative likelihood of BME staff entering a formal disciplinary case",
                "0.88",
                "1.31",
            ],
        ],
        caption="Table 4: ratios for 2022/23 and 2023/24",
    )
    metrics, _ = read_grid(tab)
    assert _keys(metrics) == {
        (3, "relative_likelihood", None, None, "BME", "2022/23", 0.88),
        (3, "relative_likelihood", None, None, "BME", "2023/24", 1.31),
    }


def test_a_withheld_likelihood_is_a_withheld_likelihood_not_a_rate():
    tab = _tab(
        [
            ["Likelihood ratio", "2023/24", "2024/25"],
            ["Relative likelihood of BME staff entering a formal disciplinary case", "*", "1.31"],
        ]
    )
    metrics, _ = read_grid(tab)
    withheld = [m for m in metrics if m.redacted]
    assert [(m.indicator, m.measure, m.ethnic_group, m.period) for m in withheld] == [
        (3, "relative_likelihood", "BME", "2023/24")
    ]
    assert withheld[0].value is None


def test_directorate_rows_are_parts_of_the_trust_but_the_trusts_own_row():
    tab = _tab(
        [
            ["Directorate", "BME staff, 31 March 2025"],
            ["Trust total", "23.4%"],
            ["Surgery", "30.1%"],
            ["Estates", "12.0%"],
        ],
        above=["Indicator 1: representation"],
    )
    metrics, skipped = read_grid(tab)
    assert _keys(metrics) == {(1, "percentage", "overall", None, "BME", "2024/25", 23.4)}
    assert [s.why for s in skipped] == [PART_OF_TRUST, PART_OF_TRUST]


def test_two_organisations_columns_leave_the_key_unsettled():
    tab = _tab(
        [
            ["Indicator", "Ashdown NHS Trust", "Beechley NHS Trust"],
            ["7. BME staff who believe there are equal chances of promotion", "44.0%", "51.0%"],
        ],
        above=["WRES 2025"],
    )
    metrics, skipped = read_grid(tab)
    assert metrics == []
    assert {s.value for s in skipped} == {44.0, 51.0}


def test_likelihood_named_in_a_column_head_with_both_groups_years_down_the_side():
    tab = _tab(
        [
            ["Year", "Indicator 4: White staff accessing CPD relative to BME staff"],
            ["2022/23", "1.12"],
            ["2023/24", "0.97"],
        ]
    )
    metrics, _ = read_grid(tab)
    assert _keys(metrics) == {
        (4, "relative_likelihood", None, None, "White", "2022/23", 1.12),
        (4, "relative_likelihood", None, None, "White", "2023/24", 0.97),
    }


def test_survey_years_down_a_column_headed_as_survey_years():
    tab = _tab(
        [["Survey year", "White", "BME"], ["2022", "25.0%", "30.5%"], ["2023", "24.0%", "28.0%"]],
        section="Indicator 5: abuse from patients or the public",
    )
    metrics, _ = read_grid(tab)
    assert (5, "percentage", None, None, "BME", "2022/23", 30.5) in _keys(metrics)
    assert (5, "percentage", None, None, "White", "2023/24", 24.0) in _keys(metrics)


def test_board_rows_by_kind_and_the_difference_row():
    tab = _tab(
        [
            ["", "White", "BME"],
            ["Executive directors", "80.0%", "20.0%"],
            ["Voting members", "75.0%", "25.0%"],
            ["Difference from the workforce (percentage points)", "", "-3.5"],
        ],
        above=["Indicator 9: the board at 31 March 2025"],
    )
    metrics, _ = read_grid(tab)
    assert _keys(metrics) == {
        (9, "percentage", "board_executive", None, "White", "2024/25", 80.0),
        (9, "percentage", "board_executive", None, "BME", "2024/25", 20.0),
        (9, "percentage", "board_voting", None, "White", "2024/25", 75.0),
        (9, "percentage", "board_voting", None, "BME", "2024/25", 25.0),
        (9, "difference", "board_voting", None, "BME", "2024/25", -3.5),
    }


def test_bands_in_columns_staff_group_in_the_row_figures_without_signs():
    tab = _tab(
        [
            ["Staff group", "Ethnicity", "Band 3", "Band 6"],
            ["Clinical", "BME", "35.5", "28.0"],
            ["Clinical", "White", "60.0", "68.5"],
        ],
        above=["Indicator 1: percentage of each band by ethnicity, 31 March 2025"],
    )
    metrics, _ = read_grid(tab)
    assert (1, "percentage", "clinical", "Band 3", "BME", "2024/25", 35.5) in _keys(metrics)
    assert (1, "percentage", "clinical", "Band 6", "White", "2024/25", 68.5) in _keys(metrics)
    assert len(metrics) == 4


def test_what_the_labels_do_not_settle_is_counted_never_guessed():
    tab = _tab(
        [
            ["", "BME", "White"],
            ["Harassment from other staff", "31", "24"],  # counts or shares? no sign, no words
            ["Something else entirely", "12.0%", "9.0%"],  # no indicator
        ],
        above=["WRES data for 2024/25"],
    )
    metrics, skipped = read_grid(tab)
    assert metrics == []
    assert {s.why for s in skipped} == {"a bare number: a count or a share?", "no one indicator"}
    # a bare year under a staff survey indicator: the survey's, or the WRES return's?
    # ("WRES 2025" would say: the report's data year, test_report_year_heading_...)
    metrics, skipped = read_grid(_tab(tab.rows[:2], above=["Equality results 2025"]))
    assert metrics == [] and skipped[0].why == "a bare year: the staff survey's or the WRES's?"


def test_read_log_names_the_tables_that_gave_nothing_but_not_those_set_aside():
    first, second, third = (_tab([["a", "1%"]]) for _ in range(3))
    found: list[int] = []
    log = ReadLog()
    log.begin(first, found)
    found.append(1)  # the first table gave a figure
    log.begin(second, found)  # the second gave nothing
    log.begin(third, found)
    log.set_aside_last()  # the third was set aside on purpose
    assert log.unread(found) == [second]
    assert ReadLog().unread(found) == []


def test_report_year_heading_dates_the_survey_rows_with_its_data_year():
    """'WRES 2025' above a table of workforce and survey rows: the report's data year,
    2024/25, whose staff survey is the 2024 one; a survey row under it is not 2025/26."""
    tab = _tab(
        [
            ["Indicator", "Minority ethnic", "White"],
            ["Workforce at 31 March (%)", "19.4", "77.9"],
            ["Staff survey: harassment, bullying or abuse from colleagues (%)", "25.1", "20.8"],
        ],
        above=["Kelderby Vale NHS Trust", "WRES 2025"],
    )
    metrics, _ = read_grid(tab)
    assert _keys(metrics) == {
        (1, "percentage", "overall", None, "BME", "2024/25", 19.4),
        (1, "percentage", "overall", None, "White", "2024/25", 77.9),
        (6, "percentage", None, None, "BME", "2024/25", 25.1),
        (6, "percentage", None, None, "White", "2024/25", 20.8),
    }


def _published(value, indicator, group, period, table="table 1 on page 1"):
    from parsers.records import WresMetric

    return WresMetric(
        indicator=indicator,
        measure="percentage",
        ethnic_group=group,
        period=period,
        value=value,
        staff_group="overall" if indicator == 1 else None,
        source_table=table,
        source_page=1,
    )


def test_a_figure_two_readings_key_apart_is_withdrawn_for_review():
    """A shape reader published a cell under one indicator; the keyer, reading the same
    table by its labels, keys that cell (its value printed once) under another: the
    figure is withdrawn and counted for review. A value printed twice in the table
    names no one cell and disputes nothing."""
    from parsers.wres.unread_tables import read_gaps, withdraw_disputed

    tab = _tab(
        [
            ["", "BME", "White"],
            ["Harassment, bullying or abuse from colleagues (%)", "27.5%", "21.0%"],
            ["Discrimination from a manager or colleague (%)", "14.0%", "21.0%"],
        ],
        above=["Staff survey 2024"],
    )
    wrong = _published(27.5, 5, "BME", "2024/25")  # a misread: indicator 5, not 6
    right = _published(14.0, 8, "BME", "2024/25")
    twice = _published(21.0, 7, "White", "2024/25")  # printed in two cells
    second = read_gaps([tab], None, [wrong, right, twice])
    assert [(m.value, o.indicator) for m, o in second.disputed] == [(27.5, 6)]
    kept, skipped = withdraw_disputed([wrong, right, twice], second.disputed)
    assert kept == [right, twice]
    assert [(s.value, s.why.split(":")[0]) for s in skipped] == [
        (27.5, "two readings of its table disagree")
    ]
    # 21.0 is printed in two cells and was published from one: the keyer's reading of
    # one more cell printing it is free (27.5 and 14.0 were published, printed once)
    assert [(m.value, m.indicator) for m in second.found] == [(21.0, 6)]


def test_the_workforce_row_beside_the_board_is_the_workforces():
    tab = _tab(
        [
            ["", "31 March 2025"],
            ["Board members: minority ethnic", "25.0%"],
            ["Minority ethnic staff", "14.1%"],
        ],
        section="Indicator 9: who sits on our board",
    )
    metrics, _ = read_grid(tab)
    assert _keys(metrics) == {
        (9, "percentage", "board", None, "BME", "2024/25", 25.0),
        (1, "percentage", "overall", None, "BME", "2024/25", 14.1),
    }


def test_indicator_numbers_on_the_first_of_each_indicators_rows_are_labels():
    """The national template numbers each indicator once, on its first row, and leaves
    the number cell blank on the rows below: that column is a label column, not one of
    figures, and the band rows under indicator 1 are keyed by their labels."""
    tab = _tab(
        [
            ["Indicator", "Description", "Ethnicity", "Data for reporting year (2024/25)"],
            ["1", "Staff in each of the AfC bands compared with the workforce", "", ""],
            ["", "Clinical workforce: Band 6", "BME", "30.5%"],
            ["", "", "White", "66.2%"],
            ["", "Non-clinical workforce: Band 8a", "BME", "12.0%"],
            ["", "", "White", "85.0%"],
            ["6", "Harassment, bullying or abuse from staff", "BME", "24.0%"],
        ]
    )
    metrics, _ = read_grid(tab)
    assert _keys(metrics) >= {
        (1, "percentage", "clinical", "Band 6", "BME", "2024/25", 30.5),
        (1, "percentage", "clinical", "Band 6", "White", "2024/25", 66.2),
        (1, "percentage", "non_clinical", "Band 8a", "BME", "2024/25", 12.0),
        (1, "percentage", "non_clinical", "Band 8a", "White", "2024/25", 85.0),
    }


def test_a_withheld_cell_the_readers_left_is_filled_by_the_keyer():
    """A cell withheld ('*') that no shape reader published is the keyer's to fill, as
    a figure's would be; the withheld figure is published as redacted, no value."""
    from parsers.wres.unread_tables import read_gaps

    tab = _tab(
        [
            ["", "BME", "White"],
            ["Harassment, bullying or abuse from colleagues (%)", "*", "21.0%"],
        ],
        above=["Staff survey 2024"],
    )
    published = [_published(21.0, 6, "White", "2024/25")]
    second = read_gaps([tab], None, published)
    assert [(m.indicator, m.ethnic_group, m.redacted) for m in second.found] == [(6, "BME", True)]
    assert second.disputed == []
