"""The WRES parser against the layouts most trusts use (NHS England reporting
template tables, summary tables, HTML pages), built in code, read directly and
round-tripped through real DOCX, PDF and HTML files. Truth is typed by hand below.

Scored like the corpus: a truth figure counts when the parser gives the same key
(indicator, measure, staff_group, band, ethnic_group, period) and value; a parsed
figure whose value is a truth value of the same ethnic group under another key is
misattributed (benchmarks/wres_score.py)."""

from __future__ import annotations

import pytest

from benchmarks.wres_score import score
from parsers.extract import extract
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.wres.parse import parse_wres
from trustdocs.demo.render import render_docx, render_html, render_pdf

KEY = ("indicator", "measure", "staff_group", "band", "ethnic_group", "period")


def T(ind, measure, sg, band, group, period, value, num=None, den=None):
    return dict(
        zip(
            (*KEY, "value", "numerator", "denominator"),
            (ind, measure, sg, band, group, period, value, num, den),
            strict=True,
        )
    )


# ---------------------------------------------------------------------------
# layout 1: indicator 1 per-band headcounts and percentages, two years side by side

_I1_BANDS = {
    "non_clinical": [
        ("Under Band 1", (0, 0, 0), (0, 0, 0)),
        ("Band 1", (12, 3, 1), (10, 4, 1)),
        ("Band 2", (310, 95, 12), (298, 110, 10)),
        ("Band 3", (402, 88, 15), (395, 101, 14)),
        ("Band 8a", (61, 9, 2), (63, 11, 1)),
        ("VSM", (9, 1, 0), (8, 2, 0)),
    ],
    "clinical": [
        ("Band 5", (520, 410, 21), (505, 462, 19)),
        ("Band 6", (610, 205, 18), (618, 240, 17)),
        ("Band 8b", (33, 4, 1), (35, 5, 1)),
    ],
    "medical": [
        ("Consultants", (140, 120, 8), (141, 131, 7)),
        ("of which Senior medical manager", (6, 1, 0), (6, 2, 0)),
        ("Non-consultant career grade", (30, 55, 3), (28, 61, 2)),
        ("Trainee grades", (90, 110, 9), (85, 128, 8)),
    ],
}
_HEAD = {
    "non_clinical": "Non-Clinical workforce",
    "clinical": "Clinical workforce",
    "medical": "Medical and Dental workforce",
}
_BAND_KEY = {
    "Consultants": "Medical consultant",
    "of which Senior medical manager": "Medical senior manager",
    "Non-consultant career grade": "Medical non-consultant",
    "Trainee grades": "Medical trainee",
}


def _pct(n, total):
    return round(100 * n / total, 1) if total else 0.0


def layout_indicator1(with_pct: bool):
    items: list = [
        TextBlock("Workforce Race Equality Standard 2024", style="heading"),
        TextBlock(
            "Indicator 1: Percentage of staff in each of the AfC Bands 1-9 and VSM "
            "(including executive Board members) compared with the percentage of staff "
            "in the overall workforce.",
            style="heading",
        ),
    ]
    truth = []
    for sg, bands in _I1_BANDS.items():
        items.append(TextBlock(_HEAD[sg], style="bold"))
        per_year = ["White", "BME", "Ethnicity unknown/null", "Total"]
        if with_pct:
            per_year += ["% White", "% BME", "% Unknown"]
        top = (
            [""]
            + (["31 March 2023"] + [""] * (len(per_year) - 1))
            + (["31 March 2024"] + [""] * (len(per_year) - 1))
        )
        rows = [top, ["Pay band"] + per_year * 2]
        for label, y1, y2 in bands:
            row = [label]
            for year, (w, b, u) in (("2022/23", y1), ("2023/24", y2)):
                total = w + b + u
                row += [str(w), str(b), str(u), str(total)]
                if with_pct:
                    pw, pb, pu = _pct(w, total), _pct(b, total), _pct(u, total)
                    row += [f"{pw:.1f}%", f"{pb:.1f}%", f"{pu:.1f}%"]
                    band = _BAND_KEY.get(label) or (
                        "Under Band 1" if label == "Under Band 1" else label
                    )
                    for g, v, n in (("White", pw, w), ("BME", pb, b), ("Unknown", pu, u)):
                        truth.append(T(1, "percentage", sg, band, g, year, v, n, total))
            rows.append(row)
        items.append(Table(rows=rows))
    return items, truth


# ---------------------------------------------------------------------------
# layout 2: indicators 2-4 in template form (group columns; per-year ratio rows)


def layout_indicators_2_4():
    items = [
        TextBlock("WRES 2024 data", style="heading"),
        TextBlock(
            "Indicator 2: Relative likelihood of staff being appointed from shortlisting "
            "across all posts (2023/24)",
            style="heading",
        ),
        Table(
            rows=[
                ["Descriptor", "White", "BME", "Ethnicity unknown/null"],
                ["Number of shortlisted applicants", "4,512", "3,208", "120"],
                ["Number appointed from shortlisting", "948", "417", "12"],
                ["Likelihood of shortlisting/appointed", "0.21", "0.13", "0.10"],
                [
                    "Relative likelihood of White staff being appointed from shortlisting "
                    "compared to BME staff",
                    "1.62",
                    "",
                    "",
                ],
            ]
        ),
        TextBlock(
            "Indicator 3: Relative likelihood of staff entering the formal disciplinary "
            "process, as measured by entry into a formal disciplinary investigation"
        ),
        Table(
            rows=[
                ["", "2023", "2024"],
                [
                    "Relative likelihood of BME staff entering the formal disciplinary process "
                    "compared to White staff",
                    "1.31",
                    "0.87",
                ],
            ]
        ),
        TextBlock(
            "Indicator 4: Relative likelihood of staff accessing non-mandatory training and CPD"
        ),
        Table(
            rows=[
                ["", "2023", "2024"],
                [
                    "Relative likelihood of White staff accessing non-mandatory training and CPD "
                    "compared to BME staff",
                    "1.05",
                    "0.98",
                ],
            ]
        ),
    ]
    truth = [
        T(2, "rate", None, None, "White", "2023/24", 21.0, 948, 4512),
        T(2, "rate", None, None, "BME", "2023/24", 13.0, 417, 3208),
        T(2, "rate", None, None, "Unknown", "2023/24", 10.0, 12, 120),
        T(2, "relative_likelihood", None, None, "White", "2023/24", 1.62),
        T(3, "relative_likelihood", None, None, "BME", "2022/23", 1.31),
        T(3, "relative_likelihood", None, None, "BME", "2023/24", 0.87),
        T(4, "relative_likelihood", None, None, "White", "2022/23", 1.05),
        T(4, "relative_likelihood", None, None, "White", "2023/24", 0.98),
    ]
    return items, truth


# ---------------------------------------------------------------------------
# layout 3: indicators 5-8, trust vs benchmark group (the benchmark is not the trust's)

_SURVEY = [
    (
        5,
        "Percentage of staff experiencing harassment, bullying or abuse from patients, "
        "relatives or the public in last 12 months",
        (25.1, 28.0, 27.6),
        (24.0, 27.1, 29.4),
    ),
    (
        6,
        "Percentage of staff experiencing harassment, bullying or abuse from staff in last "
        "12 months",
        (20.3, 24.9, 22.1),
        (19.8, 23.7, 25.5),
    ),
    (
        7,
        "Percentage believing that trust provides equal opportunities for career progression "
        "or promotion",
        (58.2, 44.1, 56.0),
        (59.0, 45.6, 47.3),
    ),
    (
        8,
        "In the last 12 months have you personally experienced discrimination at work from "
        "any of the following? b) Manager / team leader or other colleagues",
        (6.1, 14.2, 6.8),
        (5.9, 13.0, 15.8),
    ),
]


def layout_indicators_5_8():
    rows = [
        [
            "Indicator",
            "Ethnicity",
            "Trust 2022",
            "Trust 2023",
            "Average (median) for benchmark group 2023",
        ]
    ]
    truth = []
    for ind, text, white, bme in _SURVEY:
        rows.append([f"{ind}. {text}", "White", f"{white[0]}%", f"{white[1]}%", f"{white[2]}%"])
        rows.append(["", "BME", f"{bme[0]}%", f"{bme[1]}%", f"{bme[2]}%"])
        truth += [
            T(ind, "percentage", None, None, "White", "2022/23", white[0]),
            T(ind, "percentage", None, None, "White", "2023/24", white[1]),
            T(ind, "percentage", None, None, "BME", "2022/23", bme[0]),
            T(ind, "percentage", None, None, "BME", "2023/24", bme[1]),
        ]
    items = [TextBlock("Staff Survey indicators (5 to 8)", style="heading"), Table(rows=rows)]
    return items, truth


# ---------------------------------------------------------------------------
# layout 4: indicator 9 template (board vs workforce, counts and percentages)


def layout_indicator9():
    rows = [
        ["Indicator 9", "2023", "", "", "", "", "", "2024", "", "", "", "", ""],
        [
            "",
            "White",
            "BME",
            "Unknown",
            "% White",
            "% BME",
            "% Unknown",
            "White",
            "BME",
            "Unknown",
            "% White",
            "% BME",
            "% Unknown",
        ],
        [
            "Board voting membership",
            "10",
            "2",
            "0",
            "83.3%",
            "16.7%",
            "0.0%",
            "9",
            "3",
            "0",
            "75.0%",
            "25.0%",
            "0.0%",
        ],
        [
            "Board executive membership",
            "6",
            "1",
            "0",
            "85.7%",
            "14.3%",
            "0.0%",
            "5",
            "2",
            "0",
            "71.4%",
            "28.6%",
            "0.0%",
        ],
        [
            "Board non-executive membership",
            "5",
            "1",
            "0",
            "83.3%",
            "16.7%",
            "0.0%",
            "5",
            "1",
            "0",
            "83.3%",
            "16.7%",
            "0.0%",
        ],
        [
            "Overall workforce",
            "5,210",
            "1,820",
            "150",
            "72.6%",
            "25.3%",
            "2.1%",
            "5,300",
            "2,010",
            "140",
            "71.1%",
            "27.0%",
            "1.9%",
        ],
        [
            "Percentage difference between the organisations' Board voting membership and its "
            "overall workforce",
            "",
            "",
            "",
            "10.7%",
            "-8.6%",
            "-2.1%",
            "",
            "",
            "",
            "3.9%",
            "-2.0%",
            "-1.9%",
        ],
    ]
    truth = []
    for sg, y1, y2 in (
        ("board_voting", (83.3, 16.7, 0.0, 10, 2, 0), (75.0, 25.0, 0.0, 9, 3, 0)),
        ("board_executive", (85.7, 14.3, 0.0, 6, 1, 0), (71.4, 28.6, 0.0, 5, 2, 0)),
        ("overall", (72.6, 25.3, 2.1, 5210, 1820, 150), (71.1, 27.0, 1.9, 5300, 2010, 140)),
    ):
        for period, v in (("2022/23", y1), ("2023/24", y2)):
            for k, g in enumerate(("White", "BME", "Unknown")):
                truth.append(T(9, "percentage", sg, None, g, period, v[k], v[k + 3]))
    for period, v in (("2022/23", (10.7, -8.6, -2.1)), ("2023/24", (3.9, -2.0, -1.9))):
        for k, g in enumerate(("White", "BME", "Unknown")):
            truth.append(T(9, "difference", "board_voting", None, g, period, v[k]))
    items = [TextBlock("Board representation", style="heading"), Table(rows=rows)]
    return items, truth


# ---------------------------------------------------------------------------
# layout 5: a summary table of the nine indicators, two years and a change column


def layout_summary():
    rows = [
        ["Indicator", "Ethnicity", "2023", "2024", "Change"],
        ["1. Percentage of BME staff in the overall workforce", "", "24.1%", "26.3%", "+2.2"],
        [
            "2. Relative likelihood of White applicants being appointed from shortlisting "
            "compared to BME applicants",
            "",
            "1.52",
            "1.41",
            "-0.11",
        ],
        [
            "3. Relative likelihood of BME staff entering the formal disciplinary process "
            "compared to White staff",
            "",
            "1.10",
            "0.95",
            "-0.15",
        ],
        [
            "4. Relative likelihood of White staff accessing non-mandatory training and CPD "
            "compared to BME staff",
            "",
            "1.02",
            "0.98",
            "-0.04",
        ],
        [
            "5. Harassment, bullying or abuse from patients, relatives or the public",
            "White",
            "26.2%",
            "25.0%",
            "-1.2",
        ],
        ["", "BME", "29.9%", "28.4%", "-1.5"],
        ["6. Harassment, bullying or abuse from staff", "White", "21.0%", "20.1%", "-0.9"],
        ["", "BME", "25.2%", "24.6%", "-0.6"],
        [
            "7. Equal opportunities for career progression or promotion",
            "White",
            "57.5%",
            "58.8%",
            "+1.3",
        ],
        ["", "BME", "43.0%", "46.1%", "+3.1"],
        [
            "8. Discrimination at work from manager / team leader or colleagues",
            "White",
            "6.4%",
            "6.0%",
            "-0.4",
        ],
        ["", "BME", "15.1%", "14.0%", "-1.1"],
        [
            "9. Percentage difference between the organisation's Board voting membership and "
            "its overall workforce",
            "",
            "-7.5%",
            "-3.2%",
            "+4.3",
        ],
    ]
    truth = [
        T(1, "percentage", "overall", None, "BME", "2022/23", 24.1),
        T(1, "percentage", "overall", None, "BME", "2023/24", 26.3),
        T(2, "relative_likelihood", None, None, "White", "2022/23", 1.52),
        T(2, "relative_likelihood", None, None, "White", "2023/24", 1.41),
        T(3, "relative_likelihood", None, None, "BME", "2022/23", 1.10),
        T(3, "relative_likelihood", None, None, "BME", "2023/24", 0.95),
        T(4, "relative_likelihood", None, None, "White", "2022/23", 1.02),
        T(4, "relative_likelihood", None, None, "White", "2023/24", 0.98),
        T(9, "difference", "board_voting", None, "BME", "2022/23", -7.5),
        T(9, "difference", "board_voting", None, "BME", "2023/24", -3.2),
    ]
    for ind, w1, w2, b1, b2 in (
        (5, 26.2, 25.0, 29.9, 28.4),
        (6, 21.0, 20.1, 25.2, 24.6),
        (7, 57.5, 58.8, 43.0, 46.1),
        (8, 6.4, 6.0, 15.1, 14.0),
    ):
        truth += [
            T(ind, "percentage", None, None, "White", "2022/23", w1),
            T(ind, "percentage", None, None, "White", "2023/24", w2),
            T(ind, "percentage", None, None, "BME", "2022/23", b1),
            T(ind, "percentage", None, None, "BME", "2023/24", b2),
        ]
    items = [
        TextBlock("Summary of WRES indicators 2023 and 2024", style="heading"),
        Table(rows=rows),
    ]
    return items, truth


LAYOUTS = {
    "indicator1_counts_and_pct": lambda: layout_indicator1(True),
    "indicators_2_4_template": layout_indicators_2_4,
    "indicators_5_8_benchmark": layout_indicators_5_8,
    "indicator9_template": layout_indicator9,
    "summary_nine_indicators": layout_summary,
}


# ---------------------------------------------------------------------------
# reading a layout in one format


def _read(items, fmt: str):
    if fmt == "direct":
        return parse_wres(Extracted(items=list(items), pages=1, format="docx"))
    render = {"docx": render_docx, "pdf": render_pdf, "html": render_html}[fmt]
    doc = extract(render(items, title="WRES report 2024"), filename=f"wres.{fmt}")
    return parse_wres(doc)


def check_layout(layout: str, fmt: str) -> dict:
    """Parse one layout in one format; assert >= 95% exact and 0 misattributed."""
    items, truth = LAYOUTS[layout]()
    report, _warnings = _read(items, fmt)
    s = score(report.metrics, truth)
    detail = [f"missed {tuple(t[k] for k in KEY)} {t['value']}" for t in s["missing"][:8]]
    detail += [f"extra {m.key()} {m.value}" for m in s["extra"][:8]]
    ratio = s["matched"] / s["truth"]
    print(f"{layout} {fmt}: {s['matched']}/{s['truth']} exact, {len(s['extra'])} extra")
    assert not s["misattributed"], s["misattributed"]
    assert ratio >= 0.95, "\n".join(detail)
    return s


# ---------------------------------------------------------------------------
# layout 6: a trust's WRES web page (HTML with thead, colspan and rowspan)

HTML_PAGE = """<!doctype html><html><head><title>Workforce Race Equality Standard (WRES)
report 2024 | Example NHS Foundation Trust</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About us</a></nav>
<main>
<h1>Workforce Race Equality Standard (WRES) report 2024</h1>
<p>This page sets out our WRES data as submitted to NHS England in 2024. Workforce data
are at 31 March 2024; staff survey indicators are from the 2023 NHS Staff Survey.</p>
<h2>Indicator 1: workforce by pay band</h2>
<p>Percentage of staff in each of the AfC Bands 1-9 and VSM compared with the percentage
of staff in the overall workforce.</p>
<table>
<thead>
<tr><th rowspan="2">Pay band</th><th colspan="3">2023</th><th colspan="3">2024</th></tr>
<tr><th>% White</th><th>% BAME</th><th>% Unknown</th><th>% White</th><th>% BAME</th>
<th>% Unknown</th></tr>
</thead>
<tbody>
<tr><th colspan="7">Non-clinical</th></tr>
<tr><td>Band 2</td><td>71.2%</td><td>26.5%</td><td>2.3%</td><td>69.0%</td><td>28.9%</td><td>2.1%</td></tr>
<tr><td>Band 8a</td><td>88.1%</td><td>10.2%</td><td>1.7%</td><td>86.4%</td><td>12.0%</td><td>1.6%</td></tr>
<tr><th colspan="7">Clinical</th></tr>
<tr><td>Band 5</td><td>52.0%</td><td>46.1%</td><td>1.9%</td><td>49.8%</td><td>48.5%</td><td>1.7%</td></tr>
<tr><td>Band 7</td><td>74.3%</td><td>23.9%</td><td>1.8%</td><td>72.6%</td><td>25.6%</td><td>1.8%</td></tr>
<tr><td>VSM</td><td>90.0%</td><td>10.0%</td><td>0.0%</td><td>87.5%</td><td>12.5%</td><td>0.0%</td></tr>
</tbody></table>
<h2>Indicators 2 to 4</h2>
<table>
<tr><th>Indicator</th><th>2023</th><th>2024</th></tr>
<tr><td>Indicator 2: relative likelihood of White applicants being appointed from
shortlisting compared to BAME applicants</td><td>1.45</td><td>1.38</td></tr>
<tr><td>Indicator 3: relative likelihood of BAME staff entering the formal disciplinary
process compared to White staff</td><td>1.92</td><td>1.20</td></tr>
<tr><td>Indicator 4: relative likelihood of White staff accessing non-mandatory training
and CPD compared to BAME staff</td><td>1.01</td><td>1.04</td></tr>
</table>
<h2>Staff survey indicators</h2>
<table>
<thead><tr><th>Indicator</th><th>Ethnicity</th><th>2022</th><th>2023</th>
<th>National average 2023</th></tr></thead>
<tbody>
<tr><td rowspan="2">Indicator 5: harassment, bullying or abuse from patients, relatives or
the public</td><td>White</td><td>27.0%</td><td>26.1%</td><td>25.2%</td></tr>
<tr><td>BAME</td><td>30.2%</td><td>29.0%</td><td>28.9%</td></tr>
<tr><td rowspan="2">Indicator 6: harassment, bullying or abuse from staff</td><td>White</td>
<td>22.4%</td><td>21.5%</td><td>23.3%</td></tr>
<tr><td>BAME</td><td>27.7%</td><td>26.0%</td><td>27.2%</td></tr>
<tr><td rowspan="2">Indicator 7: equal opportunities for career progression or
promotion</td><td>White</td><td>57.9%</td><td>59.3%</td><td>58.7%</td></tr>
<tr><td>BAME</td><td>44.6%</td><td>47.2%</td><td>44.4%</td></tr>
<tr><td rowspan="2">Indicator 8: discrimination at work from a manager, team leader or
colleague</td><td>White</td><td>6.9%</td><td>6.5%</td><td>6.6%</td></tr>
<tr><td>BAME</td><td>16.0%</td><td>15.2%</td><td>16.6%</td></tr>
</tbody></table>
<h2>Indicator 9: board representation</h2>
<table>
<tr><th></th><th>2023</th><th>2024</th></tr>
<tr><td>BAME board voting members (%)</td><td>14.3%</td><td>18.2%</td></tr>
<tr><td>BAME staff in the overall workforce (%)</td><td>22.0%</td><td>24.1%</td></tr>
<tr><td>Difference between voting board membership and overall workforce</td><td>-7.7</td>
<td>-5.9</td></tr>
</table>
</main><footer>Example NHS Foundation Trust</footer></body></html>"""


def html_truth():
    t = []
    for sg, band, y23, y24 in (
        ("non_clinical", "Band 2", (71.2, 26.5, 2.3), (69.0, 28.9, 2.1)),
        ("non_clinical", "Band 8a", (88.1, 10.2, 1.7), (86.4, 12.0, 1.6)),
        ("clinical", "Band 5", (52.0, 46.1, 1.9), (49.8, 48.5, 1.7)),
        ("clinical", "Band 7", (74.3, 23.9, 1.8), (72.6, 25.6, 1.8)),
        ("clinical", "VSM", (90.0, 10.0, 0.0), (87.5, 12.5, 0.0)),
    ):
        for period, v in (("2022/23", y23), ("2023/24", y24)):
            for k, g in enumerate(("White", "BME", "Unknown")):
                t.append(T(1, "percentage", sg, band, g, period, v[k]))
    for ind, g, a, b in (
        (2, "White", 1.45, 1.38),
        (3, "BME", 1.92, 1.20),
        (4, "White", 1.01, 1.04),
    ):
        t += [
            T(ind, "relative_likelihood", None, None, g, "2022/23", a),
            T(ind, "relative_likelihood", None, None, g, "2023/24", b),
        ]
    for ind, w, m in (
        (5, (27.0, 26.1), (30.2, 29.0)),
        (6, (22.4, 21.5), (27.7, 26.0)),
        (7, (57.9, 59.3), (44.6, 47.2)),
        (8, (6.9, 6.5), (16.0, 15.2)),
    ):
        for period, k in (("2022/23", 0), ("2023/24", 1)):
            t += [
                T(ind, "percentage", None, None, "White", period, w[k]),
                T(ind, "percentage", None, None, "BME", period, m[k]),
            ]
    for period, bv, ov, d in (("2022/23", 14.3, 22.0, -7.7), ("2023/24", 18.2, 24.1, -5.9)):
        t += [
            T(9, "percentage", "board_voting", None, "BME", period, bv),
            T(9, "percentage", "overall", None, "BME", period, ov),
            T(9, "difference", "board_voting", None, "BME", period, d),
        ]
    return t


def test_html_wres_page():
    doc = extract(HTML_PAGE.encode("utf-8"), filename="wres.html")
    report, _warnings = parse_wres(doc)
    s = score(report.metrics, html_truth())
    detail = [f"missed {tuple(t[k] for k in KEY)} {t['value']}" for t in s["missing"][:10]]
    detail += [f"extra {m.key()} {m.value}" for m in s["extra"][:10]]
    print(f"html page: {s['matched']}/{s['truth']} exact, {len(s['extra'])} extra")
    assert not s["misattributed"], s["misattributed"]
    assert s["matched"] / s["truth"] >= 0.95, "\n".join(detail)
    national = {25.2, 28.9, 23.3, 27.2, 58.7, 44.4, 6.6, 16.6}  # not the trust's figures
    assert not national & {m.value for m in report.metrics if m.indicator in (5, 6, 7, 8)}


# ---------------------------------------------------------------------------
# layout 7: indicators 2-4 with a row per ethnic group (the template turned round)


def layout_indicators_2_4_group_rows():
    items = [
        TextBlock(
            "Indicator 4 - Relative likelihood of staff accessing non-mandatory training "
            "and CPD (2023/24)",
            style="heading",
        ),
        Table(
            rows=[
                [
                    "Ethnicity",
                    "Number of staff in workforce",
                    "Number of staff accessing non-mandatory training and CPD",
                    "Likelihood of staff accessing non-mandatory training and CPD",
                ],
                ["White", "5,300", "1,802", "0.34"],
                ["BME", "2,010", "643", "0.32"],
                ["Unknown", "140", "38", "0.27"],
                [
                    "Relative likelihood of White staff accessing non-mandatory training and CPD "
                    "compared to BME staff",
                    "",
                    "",
                    "1.06",
                ],
            ]
        ),
        TextBlock(
            "Indicator 3 - Relative likelihood of staff entering the formal disciplinary "
            "process, 2023/24",
            style="heading",
        ),
        Table(
            rows=[
                [
                    "",
                    "Headcount",
                    "Number entering the formal disciplinary process",
                    "Likelihood of entering the formal disciplinary process",
                ],
                ["White", "5,300", "21", "0.0040"],
                ["BME", "2,010", "11", "0.0055"],
                [
                    "Relative likelihood of BME staff entering the formal disciplinary process "
                    "compared to White staff",
                    "",
                    "",
                    "1.38",
                ],
            ]
        ),
    ]
    truth = [
        T(4, "rate", None, None, "White", "2023/24", 34.0, 1802, 5300),
        T(4, "rate", None, None, "BME", "2023/24", 32.0, 643, 2010),
        T(4, "rate", None, None, "Unknown", "2023/24", 27.0, 38, 140),
        T(4, "relative_likelihood", None, None, "White", "2023/24", 1.06),
        T(3, "rate", None, None, "White", "2023/24", 0.40, 21, 5300),
        T(3, "rate", None, None, "BME", "2023/24", 0.55, 11, 2010),
        T(3, "relative_likelihood", None, None, "BME", "2023/24", 1.38),
    ]
    return items, truth


# ---------------------------------------------------------------------------
# layout 8: indicator 9 as the NHS England template's "% by Ethnicity" rows


def layout_indicator9_pct_rows():
    rows = [
        ["", "White", "BME", "Ethnicity unknown/null"],
        ["Total Board members - % by Ethnicity", "78.6%", "21.4%", "0.0%"],
        ["Voting Board Member - % by Ethnicity", "75.0%", "25.0%", "0.0%"],
        ["Non Voting Board Member - % by Ethnicity", "100.0%", "0.0%", "0.0%"],
        ["Executive Board Member - % by Ethnicity", "83.3%", "16.7%", "0.0%"],
        ["Non Executive Board Member - % by Ethnicity", "75.0%", "25.0%", "0.0%"],
        ["Overall workforce - % by Ethnicity", "70.2%", "27.6%", "2.2%"],
        ["Difference (Total Board - Overall workforce)", "8.4%", "-6.2%", "-2.2%"],
        ["Difference (Voting membership - Overall Workforce)", "4.8%", "-2.6%", "-2.2%"],
        ["Difference (Executive membership - Overall Workforce)", "13.1%", "-10.9%", "-2.2%"],
    ]
    items = [
        TextBlock("Indicator 9: Board representation at 31 March 2024", style="heading"),
        Table(rows=rows),
    ]
    truth = []
    for measure, sg, vals in (
        ("percentage", "board", (78.6, 21.4, 0.0)),
        ("percentage", "board_voting", (75.0, 25.0, 0.0)),
        ("percentage", "board_executive", (83.3, 16.7, 0.0)),
        ("percentage", "overall", (70.2, 27.6, 2.2)),
        ("difference", "board", (8.4, -6.2, -2.2)),
        ("difference", "board_voting", (4.8, -2.6, -2.2)),
        ("difference", "board_executive", (13.1, -10.9, -2.2)),
    ):
        for k, g in enumerate(("White", "BME", "Unknown")):
            truth.append(T(9, measure, sg, None, g, "2023/24", vals[k]))
    return items, truth


LAYOUTS.update(
    {
        "indicators_2_4_group_rows": layout_indicators_2_4_group_rows,
        "indicator9_pct_rows": layout_indicator9_pct_rows,
    }
)


@pytest.mark.parametrize("fmt", ["direct", "docx", "pdf"])
def test_headcounts_alone_give_no_percentages(fmt):
    """Indicator 1 printed as headcounts only: percentages are never computed, and a
    headcount is never read as a percentage."""
    items, truth = layout_indicator1(False)
    assert truth == []
    report, _warnings = _read(items, fmt)
    assert report.metrics == []


# ---------------------------------------------------------------------------
# layout 9: summary table with number, description and ethnicity columns and a
# national comparator (the comparator is not the trust's figure)


def layout_summary_with_descriptions():
    rows = [
        ["WRES indicator", "Description", "Ethnicity", "2023", "2024", "National 2024"],
        [
            "Indicator 1",
            "Percentage of BME staff in the overall workforce",
            "",
            "18.0%",
            "19.5%",
            "26.4%",
        ],
        [
            "Indicator 2",
            "Relative likelihood of White applicants being appointed from "
            "shortlisting compared to BME applicants",
            "",
            "1.61",
            "1.55",
            "1.54",
        ],
        [
            "Indicator 3",
            "Relative likelihood of BME staff entering the formal disciplinary "
            "process compared to White staff",
            "",
            "0.89",
            "1.12",
            "1.03",
        ],
        [
            "Indicator 4",
            "Relative likelihood of White staff accessing non-mandatory training "
            "and CPD compared to BME staff",
            "",
            "1.13",
            "1.08",
            "1.12",
        ],
        [
            "Indicator 5",
            "Harassment, bullying or abuse from patients, relatives or the public",
            "White",
            "26%",
            "25%",
            "27%",
        ],
        ["", "", "BME", "31%", "29%", "30%"],
        ["Indicator 6", "Harassment, bullying or abuse from staff", "White", "22%", "21%", "23%"],
        ["", "", "BME", "28%", "27%", "28.5%"],
        [
            "Indicator 7",
            "Equal opportunities for career progression or promotion",
            "White",
            "60%",
            "61%",
            "58%",
        ],
        ["", "", "BME", "45%", "48%", "44%"],
        [
            "Indicator 8",
            "Discrimination at work from manager / team leader or colleagues",
            "White",
            "7%",
            "6%",
            "7.2%",
        ],
        ["", "", "BME", "17%", "16%", "16.4%"],
        [
            "Indicator 9",
            "Difference between BME board voting membership and overall workforce",
            "",
            "-12.1%",
            "-9.8%",
            "",
        ],
    ]
    truth = [
        T(1, "percentage", "overall", None, "BME", "2022/23", 18.0),
        T(1, "percentage", "overall", None, "BME", "2023/24", 19.5),
        T(9, "difference", "board_voting", None, "BME", "2022/23", -12.1),
        T(9, "difference", "board_voting", None, "BME", "2023/24", -9.8),
    ]
    for ind, g, a, b in (
        (2, "White", 1.61, 1.55),
        (3, "BME", 0.89, 1.12),
        (4, "White", 1.13, 1.08),
    ):
        truth += [
            T(ind, "relative_likelihood", None, None, g, "2022/23", a),
            T(ind, "relative_likelihood", None, None, g, "2023/24", b),
        ]
    for ind, w, m in (
        (5, (26, 25), (31, 29)),
        (6, (22, 21), (28, 27)),
        (7, (60, 61), (45, 48)),
        (8, (7, 6), (17, 16)),
    ):
        for period, k in (("2022/23", 0), ("2023/24", 1)):
            truth += [
                T(ind, "percentage", None, None, "White", period, w[k]),
                T(ind, "percentage", None, None, "BME", period, m[k]),
            ]
    items = [TextBlock("WRES summary", style="heading"), Table(rows=rows)]
    return items, truth


LAYOUTS["summary_with_descriptions"] = layout_summary_with_descriptions


# ---------------------------------------------------------------------------
# layout 10: the template's pay clusters in one table, staff-group totals opening
# each section, "Band 8 - Range A" style bands in a second table

_CLUSTERS = [
    ("Non-Clinical workforce (total)", "non_clinical", None, (78.1, 19.9, 2.0), (76.0, 22.1, 1.9)),
    (
        "Cluster 1 (Bands 1 - 4)",
        "non_clinical",
        "Bands 1 - 4",
        (74.2, 23.8, 2.0),
        (72.0, 26.1, 1.9),
    ),
    (
        "Cluster 2 (Band 5 - 7)",
        "non_clinical",
        "Band 5 - 7",
        (84.5, 13.6, 1.9),
        (83.1, 15.2, 1.7),
    ),
    (
        "Cluster 3 (Bands 8a - 8b)",
        "non_clinical",
        "Bands 8a - 8b",
        (88.0, 10.1, 1.9),
        (86.9, 11.4, 1.7),
    ),
    (
        "Cluster 4 (Bands 8c – 9 & VSM)",
        "non_clinical",
        "Bands 8c - 9 & VSM",
        (92.3, 7.7, 0.0),
        (90.0, 10.0, 0.0),
    ),
    ("Clinical workforce (total)", "clinical", None, (61.0, 37.2, 1.8), (58.8, 39.5, 1.7)),
    ("Cluster 1 (Bands 1 - 4)", "clinical", "Bands 1 - 4", (63.3, 34.9, 1.8), (61.0, 37.3, 1.7)),
    ("Cluster 2 (Band 5 - 7)", "clinical", "Band 5 - 7", (57.6, 40.6, 1.8), (55.2, 43.1, 1.7)),
    ("Medical and Dental workforce (total)", "medical", None, (45.0, 52.1, 2.9), (43.2, 54.1, 2.7)),
    (
        "Cluster 5 (Medical and Dental Staff, Consultants)",
        "medical",
        "Medical consultant",
        (55.1, 42.0, 2.9),
        (53.0, 44.4, 2.6),
    ),
    (
        "Cluster 6 (M&D staff, Non-consultants career grade)",
        "medical",
        "Medical non-consultant",
        (30.2, 66.7, 3.1),
        (28.9, 68.2, 2.9),
    ),
    (
        "Cluster 7 (M&D staff, Medical and dental trainee grades)",
        "medical",
        "Medical trainee",
        (40.0, 57.1, 2.9),
        (38.5, 58.8, 2.7),
    ),
]


def layout_clusters():
    rows = [
        [
            "Staff group / pay cluster",
            "% White 2023",
            "% BME 2023",
            "% Unknown 2023",
            "% White 2024",
            "% BME 2024",
            "% Unknown 2024",
        ]
    ]
    truth = []
    for label, sg, band, y1, y2 in _CLUSTERS:
        rows.append([label, *(f"{v:.1f}%" for v in (*y1, *y2))])
        for period, v in (("2022/23", y1), ("2023/24", y2)):
            for k, g in enumerate(("White", "BME", "Unknown")):
                truth.append(T(1, "percentage", sg, band, g, period, v[k]))
    bands = [
        ["Non-clinical", "White", "BME", "Unknown", "% BME"],
        ["Band 8 - Range A", "120", "25", "3", "16.9%"],
        ["Band 8 - Range B", "60", "9", "1", "12.9%"],
        ["Band 8 - Range C", "31", "3", "0", "8.8%"],
    ]
    truth += [
        T(1, "percentage", "non_clinical", "Band 8a", "BME", "2023/24", 16.9, 25),
        T(1, "percentage", "non_clinical", "Band 8b", "BME", "2023/24", 12.9, 9),
        T(1, "percentage", "non_clinical", "Band 8c", "BME", "2023/24", 8.8, 3),
    ]
    items = [
        TextBlock("Indicator 1: workforce by pay cluster", style="heading"),
        Table(rows=rows),
        TextBlock("Senior non-clinical bands at 31 March 2024"),
        Table(rows=bands),
    ]
    return items, truth


LAYOUTS["indicator1_clusters"] = layout_clusters


# ---------------------------------------------------------------------------
# layout 11: a workforce profile table (rows by ethnicity, counts and shares) as on
# NCIC's page, and the overall workforce with years down the side


def layout_profile():
    items = [
        TextBlock("Ethnicity Workforce Profile – March 2025", style="heading"),
        TextBlock("7422 colleagues were employed by the Trust as of 31st March 2025"),
        Table(
            rows=[
                ["Ethnicity", "Number of colleagues", "% of workforce"],
                ["BME", "990", "13%"],
                ["White", "6,307", "85%"],
                ["Not declared", "125", "2%"],
                ["Total", "7,422", "100%"],
            ]
        ),
        TextBlock("Indicator 1: overall workforce by ethnicity", style="heading"),
        Table(
            rows=[
                ["Year", "White", "BME", "Unknown"],
                ["2023", "70.1%", "27.9%", "2.0%"],
                ["2024", "68.0%", "30.1%", "1.9%"],
            ]
        ),
        TextBlock("Applicants by ethnicity 2024/25"),  # not the workforce: not read
        Table(
            rows=[["Ethnicity", "Number", "%"], ["BME", "1,990", "31%"], ["White", "4,307", "67%"]]
        ),
    ]
    truth = [
        T(1, "percentage", "overall", None, "BME", "2024/25", 13, 990, 7422),
        T(1, "percentage", "overall", None, "White", "2024/25", 85, 6307, 7422),
        T(1, "percentage", "overall", None, "Unknown", "2024/25", 2, 125, 7422),
    ]
    for period, v in (("2022/23", (70.1, 27.9, 2.0)), ("2023/24", (68.0, 30.1, 1.9))):
        for k, g in enumerate(("White", "BME", "Unknown")):
            truth.append(T(1, "percentage", "overall", None, g, period, v[k]))
    return items, truth


LAYOUTS["workforce_profile"] = layout_profile


@pytest.mark.parametrize("fmt", ["direct", "docx", "pdf", "html"])
def test_workforce_profile_counts_and_traps(fmt):
    items, _truth = layout_profile()
    report, _ = _read(items, fmt)
    assert not {31.0, 67.0} & {m.value for m in report.metrics}
    bme = next(m for m in report.metrics if m.ethnic_group == "BME" and m.period == "2024/25")
    assert (bme.numerator, bme.denominator) == (990, 7422)


# ---------------------------------------------------------------------------
# layout 12: the NHS England WRES publication template ("Data for reporting year",
# "Data for previous year", narrative), staff-survey cells holding both groups


def layout_publication_template():
    d = "The implications of the data and any additional background explanatory narrative"
    rows = [
        [
            "Indicator",
            "Data for reporting year",
            "Data for previous year",
            d,
            "Action taken and planned including e.g. does the indicator link to EDS2 evidence",
        ],
        [
            "1. Percentage of staff in each of the AfC Bands 1-9 and VSM (including executive "
            "Board members) compared with the percentage of staff in the overall workforce",
            "See Appendix 1",
            "See Appendix 1",
            "BME representation increased in bands 5 to 7.",
            "Reverse mentoring",
        ],
        [
            "2. Relative likelihood of staff being appointed from shortlisting across all posts",
            "1.45",
            "1.62",
            "An improvement of 0.17 on last year.",
            "Diverse panels",
        ],
        [
            "3. Relative likelihood of staff entering the formal disciplinary process, as "
            "measured by entry into a formal disciplinary investigation",
            "0.98",
            "1.21",
            "Parity reached.",
            "Just culture review",
        ],
        [
            "4. Relative likelihood of staff accessing non-mandatory training and CPD",
            "1.03",
            "1.10",
            "",
            "",
        ],
        [
            "5. KF 25. Percentage of staff experiencing harassment, bullying or abuse from "
            "patients, relatives or the public in last 12 months",
            "White 25.1% BME 28.0%",
            "White 26.3% BME 30.4%",
            "",
            "",
        ],
        [
            "6. KF 26. Percentage of staff experiencing harassment, bullying or abuse from staff "
            "in last 12 months",
            "White 20.5% BME 26.1%",
            "White 21.0% BME 27.5%",
            "",
            "",
        ],
        [
            "7. KF 21. Percentage believing that trust provides equal opportunities for career "
            "progression or promotion",
            "White 59.2% BME 47.0%",
            "White 58.1% BME 44.3%",
            "",
            "",
        ],
        [
            "8. In the last 12 months have you personally experienced discrimination at work "
            "from any of the following? b) Manager/team leader or other colleagues",
            "White 6.2% BME 15.0%",
            "White 6.8% BME 16.2%",
            "",
            "",
        ],
        [
            "9. Percentage difference between the organisations' Board voting membership and its "
            "overall workforce",
            "-8.4%",
            "-11.0%",
            "",
            "",
        ],
    ]
    truth = [
        T(2, "relative_likelihood", None, None, "White", "2023/24", 1.45),
        T(2, "relative_likelihood", None, None, "White", "2022/23", 1.62),
        T(3, "relative_likelihood", None, None, "BME", "2023/24", 0.98),
        T(3, "relative_likelihood", None, None, "BME", "2022/23", 1.21),
        T(4, "relative_likelihood", None, None, "White", "2023/24", 1.03),
        T(4, "relative_likelihood", None, None, "White", "2022/23", 1.10),
        T(9, "difference", "board_voting", None, "BME", "2023/24", -8.4),
        T(9, "difference", "board_voting", None, "BME", "2022/23", -11.0),
    ]
    for ind, now, before in (
        (5, (25.1, 28.0), (26.3, 30.4)),
        (6, (20.5, 26.1), (21.0, 27.5)),
        (7, (59.2, 47.0), (58.1, 44.3)),
        (8, (6.2, 15.0), (6.8, 16.2)),
    ):
        for period, v in (("2023/24", now), ("2022/23", before)):
            truth += [
                T(ind, "percentage", None, None, "White", period, v[0]),
                T(ind, "percentage", None, None, "BME", period, v[1]),
            ]
    items = [
        TextBlock(
            "Workforce Race Equality Standard (WRES) reporting template 2024", style="heading"
        ),
        TextBlock("Report on the WRES indicators"),
        Table(rows=rows),
    ]
    return items, truth


LAYOUTS["publication_template"] = layout_publication_template


# ---------------------------------------------------------------------------
# every layout, read directly and through real DOCX, PDF and HTML files

FORMATS = ["direct", "docx", "pdf", "html"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_layout_exact_match(layout, fmt):
    check_layout(layout, fmt)
