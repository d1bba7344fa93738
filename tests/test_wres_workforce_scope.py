"""Tables scoped to one part of the workforce (parsers/wres/workforce_scope.py), in
documents built here for fictional trusts, in words and figures of our own, printed
to HTML, PDF and DOCX: a table printed per part of the workforce beside the whole
trust's gives only the whole trust's figures; the parts' are counted for review,
never published under the indicators' keys. Tables printed per year are no family."""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.parse import UNSETTLED, parse_wres
from parsers.wres.tables import Tab
from parsers.wres.workforce_scope import PART, WHOLE, families, heading_scope
from tests.wres_docs import assert_exact, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


LABELS = [
    "Harassment from patients or the public",
    "Harassment from colleagues",
    "Believe career progression is fair",
    "Discriminated against by a manager",
]
HEAD = ["Measure", "White (%)", "BME (%)"]
# {heading: [(White, BME) per label]}: two parts named only by where they work, then
# the whole trust's
POPULATIONS = {
    "Community teams": [("21.0", "26.3"), ("17.2", "23.9"), ("61.4", "50.8"), ("5.2", "12.7")],
    "Acute wards": [("29.8", "33.1"), ("22.4", "28.0"), ("55.0", "43.9"), ("7.9", "16.5")],
    "Trust overall": [("26.1", "30.5"), ("20.3", "26.2"), ("57.7", "46.6"), ("6.8", "15.0")],
}


def _grid(values) -> list[list[str]]:
    return [HEAD, *([label, w, b] for label, (w, b) in zip(LABELS, values, strict=True))]


def _family_doc() -> list:
    blocks = [
        H("Fernbrook Valley NHS Trust"),
        H("Race equality data 2023/24"),
        P("Staff survey results for two of our services, then for the Trust as a whole."),
    ]
    for heading, values in POPULATIONS.items():
        blocks += [P(heading, "bold"), T(_grid(values))]
    return blocks


def _whole_truth(year: str = "2023/24") -> list[dict]:
    out = []
    for ind, (w, b) in zip((5, 6, 7, 8), POPULATIONS["Trust overall"], strict=True):
        out += [percentage(ind, "White", year, float(w)), percentage(ind, "BME", year, float(b))]
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_only_the_whole_trusts_table_of_a_family_is_read(fmt):
    report, warnings = read(_family_doc(), fmt)
    assert_exact(report, _whole_truth())
    assert any(w.startswith(UNSETTLED) for w in warnings)  # the parts, for review


def _named_part_doc() -> list:
    whole = [["Measure", "White", "BME"], ["1. Staff in post (%)", "84.0%", "14.1%"]]
    whole += [["6. Harassment from colleagues", "20.3%", "26.2%"]]
    part = [["Measure", "White", "BME"], ["Harassment from colleagues", "18.8%", "27.5%"]]
    part.append(["Discriminated against by a manager", "5.9%", "13.3%"])
    return [
        H("Larkspur Hill NHS Foundation Trust"),
        H("Race equality data 2022/23"),
        T(whole),
        P("Nursing and midwifery staff", "bold"),
        T(part),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_under_a_staff_group_heading_is_not_read_as_the_indicators(fmt):
    report, warnings = read(_named_part_doc(), fmt)
    year = "2022/23"
    truth = [
        truth_row(1, "percentage", "overall", None, "White", year, 84.0),
        truth_row(1, "percentage", "overall", None, "BME", year, 14.1),
        percentage(6, "White", year, 20.3),
        percentage(6, "BME", year, 26.2),
    ]
    assert_exact(report, truth)
    assert any(w.startswith(UNSETTLED) for w in warnings)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_family_with_no_whole_trust_member_publishes_none_of_it(fmt):
    blocks = [H("Heronsgate NHS Trust"), H("Race equality data 2023/24")]
    for heading in ("Team North", "Team South"):
        blocks += [P(heading, "bold"), T(_grid(POPULATIONS["Acute wards"]))]
    blocks[-1] = T(_grid(POPULATIONS["Community teams"]))
    report, warnings = read(blocks, fmt)
    assert report.metrics == []
    assert any(w.startswith(UNSETTLED) for w in warnings)


@pytest.mark.parametrize("fmt", FORMATS)
def test_tables_printed_per_year_are_no_family(fmt):
    blocks = [H("Fernbrook Valley NHS Trust"), H("Staff survey by ethnic group")]
    years = {"2023 survey": "Trust overall", "2022 survey": "Acute wards"}
    for heading, source in years.items():
        blocks += [P(heading, "bold"), T(_grid(POPULATIONS[source]))]
    report, _warnings = read(blocks, fmt)
    truth = _whole_truth("2023/24")
    for ind, (w, b) in zip((5, 6, 7, 8), POPULATIONS["Acute wards"], strict=True):
        truth += [percentage(ind, "White", "2022/23", float(w))]
        truth += [percentage(ind, "BME", "2022/23", float(b))]
    assert_exact(report, truth)


@pytest.mark.parametrize(
    "heading, scope",
    [
        ("Doctors and dentists", PART),
        ("Non-medical staff", PART),
        ("Agenda for Change staff", PART),
        ("Surgery division", PART),
        ("All our staff", WHOLE),
        ("Whole organisation", WHOLE),
        ("Our Trust", WHOLE),
        ("Clinical and non-clinical staff", WHOLE),
        ("Medical staff and the whole trust", None),  # both: neither
        ("Team North", None),  # nothing said: only a family can tell
    ],
)
def test_heading_scope(heading, scope):
    assert heading_scope(heading) == scope


def _tab(heading: str, rows: list[list[str]]) -> Tab:
    return Tab(
        rows=rows,
        row_pages=[1] * len(rows),
        caption=None,
        label=None,
        heading_indicator=None,
        objective=None,
        lines_above=[heading],
    )


def test_families_need_one_shape_and_population_headings():
    a = _tab("Team North", _grid(POPULATIONS["Acute wards"]))
    b = _tab("Team South", _grid(POPULATIONS["Community teams"]))
    other = _tab("Team East", [["Measure", "White", "BME"], ["Board members", "90", "10"]])
    assert families([a, b, other]) == [[0, 1]]
    everyone = _tab("All staff", _grid(POPULATIONS["Trust overall"]))
    assert families([a, b, everyone]) == [[0, 1, 2]]  # "All" is no ethnic group here
    dated = [_tab("2023/24", a.rows), _tab("2022/23", b.rows)]
    assert families(dated) == []  # one table per year
    grouped = [_tab("White staff", a.rows), _tab("BME staff", b.rows)]
    assert families(grouped) == []  # one table per ethnic group


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_family_titled_in_a_row_spanning_each_table(fmt):
    blocks = [H("Fernbrook Valley NHS Trust"), H("Race equality data 2023/24")]
    titles = {"Community teams": "Doctors and dentists", "Acute wards": "Estates and facilities"}
    titles["Trust overall"] = "The Trust"
    for source, title in titles.items():
        blocks.append(T(_grid(POPULATIONS[source]), spans=[(title, 3)]))
    report, warnings = read(blocks, fmt)
    assert_exact(report, _whole_truth())
    assert any(w.startswith(UNSETTLED) for w in warnings)
