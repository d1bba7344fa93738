"""The WRES line readers' shared primitives (parsers/wres/line_parts.py), on lines
written here: a line's bullet and leading time, its parts, and one part's figure."""

from __future__ import annotations

from parsers.wres.line_parts import (
    Line,
    Part,
    figure_part,
    line_metric,
    line_period,
    one_group,
    strip_bullet,
    value_parts,
    year_line,
)


def _line(indicator: int, title: str, opening: str = "2019: 1.3") -> Line:
    got = year_line(opening)
    assert got is not None
    return Line(indicator, title, None, got[0], [], opening, 3)


def test_bullet_and_number_stripped_once():
    assert strip_bullet("3) 2020: 1.2") == "2020: 1.2"
    assert strip_bullet("▪ - text") == "- text"
    assert strip_bullet("No bullet here") == "No bullet here"


def test_year_line_splits_the_time_from_the_rest():
    got = year_line("▪ 2020/21: White 12.0%")
    assert got is not None
    time, rest = got
    assert (time.text, time.kind, rest) == ("2020/21", "fy", "White 12.0%")
    assert year_line("Regional 2021: BME 2%") is None  # not opened by its time
    assert year_line("2021 was a year of change") is None  # no colon after the time


def test_value_parts_of_labelled_figures_with_markers_and_notes():
    parts = value_parts("Black and minority ethnic 31.4%‡; White 27.0% (provisional)")
    assert parts == [Part("BME", 31.4, True, 1), Part("White", 27.0, True, 1)]


def test_value_parts_one_bare_value_or_a_mark_for_none():
    assert value_parts("1.45") == [Part(None, 1.45, False, 2)]
    assert value_parts("n/a") == [Part(None, None, False, 0)]


def test_value_parts_refuse_what_is_not_only_values():
    assert value_parts("BME 1,318") is None  # a thousands comma, not two parts
    assert value_parts("National average 30.1%") is None  # a comparator's
    assert value_parts("up on the year before") is None


def test_figure_part_keeps_the_printed_decimals():
    assert figure_part("Asian", "7.25", True) == Part("Asian", 7.25, True, 2)
    assert figure_part(None, "12", False).decimals == 0


def test_one_group_names_one_group_only():
    assert one_group("Asian staff") == "Asian"
    assert one_group("White and BME") is None


def test_line_period_of_a_bare_year_by_indicator():
    assert line_period(_line(3, "Disciplinary"), {}) == "2018/19"  # a WRES year
    survey = _line(6, "Harassment from colleagues")
    assert line_period(survey, {}) is None  # unsettled survey year
    assert line_period(survey, {6: 0}) == "2019/20"
    assert line_period(survey, {6: -1}) == "2018/19"


def test_line_metric_measures_a_part_by_its_indicator():
    ratio = _line(3, "Relative likelihood of White staff entering formal disciplinary")
    m = line_metric(ratio, figure_part(None, "1.30", False), "2018/19")
    assert m is not None
    assert (m.measure, m.ethnic_group, m.value, m.unit) == (
        "relative_likelihood",
        "White",
        1.3,
        "ratio",
    )
    assert line_metric(ratio, figure_part(None, "13", True), "2018/19") is None  # a rate
    share = line_metric(_line(1, "Workforce"), figure_part("BME", "8.0", True), "2018/19")
    assert share is not None
    assert (share.staff_group, share.unit, share.period_label) == ("overall", "%", "2019")
