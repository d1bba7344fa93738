"""The WRES table readers on classes of layout first met in held-out set M (brief
wresm-tables), each in documents built here for fictional trusts, in words and figures
of our own, printed to HTML, PDF and DOCX:

- a summary table whose value columns are organisations: the reporting trust (named by
  the document's title heading) beside a partner trust and a national column, under a
  heading naming only a WRES year; only the reporting trust's column is keyed, and
  when the document does not say which trust it is, neither column is;
- the old "Metric N" numbering with the unit in the column headings ("BME (%)"), an
  indicator 1 row labelled by the workforce in post, withheld cells, and the relative
  likelihoods in a second table printed straight under the first.

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_d.render import H, P, T, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.wres.own_trust import core, org_names
from parsers.wres.parse import parse_wres
from parsers.wres.summary_rows import workforce_share
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row


def read(blocks, fmt: str):
    data, name = render(blocks, fmt)
    return parse_wres(extract(data, filename=name))


def _share(group: str, period: str, value: float) -> dict:
    return truth_row(1, "percentage", "overall", None, group, period, value)


# ---------------------------------------------------------------------------
# 1. the reporting trust beside a partner trust

US, PARTNER = "Harbourside NHS Foundation Trust", "Moorland and Vale NHS Trust"
PAIR_ROWS = [  # label, partner, us, national
    ("Indicator 1: Ethnic minority colleagues as a % of the workforce", "31.2%", "12.4%", "27.0%"),
    ("Indicator 1: White colleagues as a % of the workforce", "66.0%", "85.1%", "70.1%"),
    (
        "Indicator 2: Relative likelihood of White applicants being appointed",
        "1.71",
        "1.22",
        "1.61",
    ),
    (
        "Indicator 6: Ethnic minority staff experiencing bullying from colleagues",
        "30.5%",
        "25.8%",
        "28.0%",
    ),
    ("Indicator 6: White staff experiencing bullying from colleagues", "24.4%", "19.9%", "23.0%"),
    ("Indicator 9: Ethnic minority voting board members", "22.2%", "9.1%", "14.5%"),
]


def _pair_doc(title: str) -> list:
    rows = [["WRES indicator", PARTNER, US, "National"]]
    rows += [[label, a, b, c] for label, a, b, c in PAIR_ROWS]
    return [
        H(title),
        P("Our figures are shown next to our sister trust's, which reports separately."),
        P("WRES 2023"),
        T(rows),
    ]


def _pair_truth() -> list[dict]:
    year = "2022/23"  # WRES 2023: data year 2022/23, its staff survey the 2022 one
    return [
        _share("BME", year, 12.4),
        _share("White", year, 85.1),
        likelihood(2, "White", year, 1.22),
        percentage(6, "BME", year, 25.8),
        percentage(6, "White", year, 19.9),
        truth_row(9, "percentage", "board_voting", None, "BME", year, 9.1),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_only_the_reporting_trusts_column_is_read(fmt):
    report, _warnings = read(_pair_doc(US), fmt)
    exactly(report, _pair_truth())


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_trust_column_is_guessed_when_the_report_names_no_trust(fmt):
    report, _warnings = read(_pair_doc("Race equality in our hospital group"), fmt)
    values = {m.value for m in report.metrics}
    assert not values & {12.4, 31.2, 1.22, 1.71, 9.1, 22.2}


def test_organisation_names():
    assert org_names("Moorland and Vale NHS Trust, 2023 figures") == ["Moorland and Vale NHS Trust"]
    assert org_names("Tarn Valley University Health Board") == [
        "Tarn Valley University Health Board"
    ]
    assert core("The Harbourside NHS Foundation Trust") == "harbourside"
    assert not org_names("Trust overall")
    assert not org_names("Our Trust")


# ---------------------------------------------------------------------------
# 2. the old "Metric N" numbering, the unit in the headings, ratios in a second table

METRICS = {  # metric: (words, ethnic minority, white, not known, regional)
    1: ("Employees in post on 31 March", "9.6", "86.2", "4.2", "21.7"),
    6: ("Bullying or abuse from other staff", "24.1", "20.3", "–", "26.9"),
    8: ("Discrimination from a manager or colleague", "12.7", "6.2", "*", "15.4"),
}
RATIOS = {2: "1.38", 3: "0.87"}


def _metric_doc(unit: str = " (%)") -> list:
    groups = ("Ethnic minority", "White", "Not known", "Regional ethnic minority")
    grid = [["Metric", "What is measured", *(f"{g}{unit}" for g in groups)]]
    grid += [[f"Metric {m}", *row] for m, row in METRICS.items()]
    ratios = [["Metric", "What is measured", "Relative likelihood"]]
    ratios += [
        ["Metric 2", "Appointment from shortlisting, White to ethnic minority", RATIOS[2]],
        ["Metric 3", "Entering formal disciplinary action, ethnic minority to White", RATIOS[3]],
    ]
    return [
        H("Longmere Community NHS Trust"),
        H("Our race equality metrics"),
        P("All figures are for the year named above each table."),
        P("Year 2021/22"),
        T(grid),
        T(ratios),
    ]


def _metric_truth(with_shares: bool = True) -> list[dict]:
    year = "2021/22"
    out = [likelihood(2, "White", year, 1.38), likelihood(3, "BME", year, 0.87)]
    for m, (_w, bme, white, unknown, _regional) in METRICS.items():
        if m == 1:
            if with_shares:
                out += [
                    _share(g, year, float(x))
                    for g, x in zip(("BME", "White", "Unknown"), (bme, white, unknown), strict=True)
                ]
            continue
        out += [percentage(m, "BME", year, float(bme)), percentage(m, "White", year, float(white))]
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_metric_numbering_with_units_in_the_headings(fmt):
    report, _warnings = read(_metric_doc(), fmt)
    exactly(report, _metric_truth())


@pytest.mark.parametrize("fmt", FORMATS)
def test_staff_in_post_without_a_unit_is_a_headcount(fmt):
    report, _warnings = read(_metric_doc(unit=""), fmt)
    assert not [m for m in report.metrics if m.indicator == 1 and m.value is not None]


def test_workforce_share():
    assert workforce_share("1. Ethnic minority staff, % of workforce") == "share"
    assert workforce_share("Metric 1 Employees in post on 31 March 2022") == "post"
    assert workforce_share("Staff in post (%)") == "share"
    assert workforce_share("1b Clinical staff, % of workforce") is None
    assert workforce_share("1. Band 8a staff in post") is None
    assert workforce_share("1. Applicants shortlisted") is None
