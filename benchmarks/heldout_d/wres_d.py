"""Held-out set D, WRES half: seven layouts not in benchmarks/wres_heldout.py, written
for issue #13 in words and figures of our own (fictional trusts), truth typed by hand.

The truth follows the conventions of benchmarks/wres_heldout.py (read its docstring):
a 31 March snapshot is the financial year it closes; a staff survey year is its own
financial year ("2023 NHS Staff Survey" -> 2023/24); a year printed as "2023/24" is that
year; relative likelihoods take their numerator group (White for 2 and 4, BME for 3);
national or comparator figures and changes between years are not the trust's figures
and are not in the truth.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.heldout_d.render import DL, Block, H, P, T

KEY = ("indicator", "measure", "staff_group", "band", "ethnic_group", "period")
ALL_FORMATS = ("html", "pdf", "docx")


@dataclass
class Layout:
    name: str
    title: str  # the trust, also the HTML page's title and site name
    blocks: list[Block]
    truth: list[dict]
    formats: tuple[str, ...] = ALL_FORMATS

    @property
    def site(self) -> str:
        return self.title


def _t(ind, measure, sg, band, group, period, value) -> dict:
    return dict(zip((*KEY, "value"), (ind, measure, sg, band, group, period, value), strict=True))


def _rl(ind: int, period: str, value: float) -> dict:
    return _t(ind, "relative_likelihood", None, None, "BME" if ind == 3 else "White", period, value)


def _pc(ind: int, group: str, period: str, value: float) -> dict:
    return _t(ind, "percentage", None, None, group, period, value)


# 1. a transposed table: indicators as columns, years as rows
def _transposed() -> Layout:
    rl_rows = [["2021/22", "1.58", "1.34", "1.11"], ["2022/23", "1.47", "1.19", "0.98"]]
    rl_rows.append(["2023/24", "1.29", "1.08", "1.03"])
    ss_rows = [["2022 survey", "27.9%", "31.6%", "23.4%", "29.0%"]]
    ss_rows.append(["2023 survey", "26.5%", "29.2%", "22.8%", "27.7%"])
    blocks: list[Block] = [
        H("Calderbrook Teaching Hospitals NHS Trust: WRES data 2024"),
        P("The tables below show our WRES results with one row for each year."),
        H("Relative likelihoods (indicators 2 to 4)"),
        T(
            [
                [
                    "Year",
                    "Indicator 2: White applicants appointed from shortlisting relative to BME "
                    "applicants",
                    "Indicator 3: BME staff entering the formal disciplinary process relative to "
                    "White staff",
                    "Indicator 4: White staff accessing non-mandatory training and CPD relative "
                    "to BME staff",
                ],
                *rl_rows,
            ]
        ),
        H("Staff survey indicators 5 and 6"),
        T(
            [
                [
                    "Survey",
                    "Indicator 5 White",
                    "Indicator 5 BME",
                    "Indicator 6 White",
                    "Indicator 6 BME",
                ],
                *ss_rows,
            ]
        ),
        P(
            "Indicator 5 is harassment, bullying or abuse from patients, relatives or the "
            "public; indicator 6 is harassment, bullying or abuse from staff."
        ),
    ]
    truth = [_rl(i, row[0], float(row[i - 1])) for row in rl_rows for i in (2, 3, 4)]
    for row in ss_rows:
        period = "2022/23" if row[0].startswith("2022") else "2023/24"
        for (ind, group), cell in zip(
            ((5, "White"), (5, "BME"), (6, "White"), (6, "BME")), row[1:], strict=True
        ):
            truth.append(_pc(ind, group, period, float(cell[:-1])))
    return Layout("transposed: indicators as columns", blocks[0].text.split(":")[0], blocks, truth)


# 2. an infographic page: each figure a big number over a short caption line
def _infographic() -> Layout:
    blocks: list[Block] = [
        H("Ravensholt Community Healthcare NHS Trust"),
        H("Race equality at a glance: our 2023 NHS Staff Survey results"),
        P("38.2%", "bold"),
        P(
            "of BME staff experienced harassment, bullying or abuse from patients, relatives or "
            "the public"
        ),
        P("33.5%", "bold"),
        P("of White staff said the same"),
        P("44.1%", "bold"),
        P(
            "of BME staff believe the Trust provides equal opportunities for career progression "
            "or promotion"
        ),
        P("57.9%", "bold"),
        P(
            "of White staff believe the Trust provides equal opportunities for career "
            "progression or promotion"
        ),
        P("12.6%", "bold"),
        P(
            "of BME staff personally experienced discrimination at work from a manager, team "
            "leader or other colleague"
        ),
        H("Recruitment in 2023/24"),
        P("1.36", "bold"),
        P(
            "times as likely: White applicants being appointed from shortlisting compared with "
            "BME applicants"
        ),
    ]
    truth = [
        _pc(5, "BME", "2023/24", 38.2),
        _pc(5, "White", "2023/24", 33.5),
        _pc(7, "BME", "2023/24", 44.1),
        _pc(7, "White", "2023/24", 57.9),
        _pc(8, "BME", "2023/24", 12.6),
        _rl(2, "2023/24", 1.36),
    ]
    return Layout(
        "infographic caption lines", "Ravensholt Community Healthcare NHS Trust", blocks, truth
    )


# 3. a two-year comparison table with a change column
def _comparison() -> Layout:
    rows = [
        ["Indicator", "2022/23", "2023/24", "Change"],
        [
            "2. Relative likelihood of White applicants being appointed from shortlisting "
            "compared to BME applicants",
            "1.44",
            "1.31",
            "-0.13",
        ],
        [
            "3. Relative likelihood of BME staff entering the formal disciplinary process "
            "compared to White staff",
            "1.62",
            "1.25",
            "-0.37",
        ],
        [
            "4. Relative likelihood of White staff accessing non-mandatory training and CPD "
            "compared to BME staff",
            "1.02",
            "1.06",
            "+0.04",
        ],
    ]
    blocks: list[Block] = [
        H("Ellerby and Wrayton NHS Foundation Trust"),
        H("WRES indicators 2 to 4: this year against last year"),
        P("A relative likelihood of 1.00 means both groups are equally likely."),
        T(rows),
    ]
    truth = [
        _rl(int(r[0][0]), period, float(v))
        for r in rows[1:]
        for period, v in (("2022/23", r[1]), ("2023/24", r[2]))
    ]
    return Layout(
        "two-year comparison with change column",
        "Ellerby and Wrayton NHS Foundation Trust",
        blocks,
        truth,
    )


# 4. board-paper prose with last year's figure in brackets
def _board_prose() -> Layout:
    blocks: list[Block] = [
        H("Trust Board, 14 March 2024: Workforce Race Equality Standard"),
        P("Report of the Chief People Officer, Stanwick Moor Hospitals NHS Trust"),
        H("Workforce"),
        P(
            "At 31 March 2024 BME colleagues made up 24.6% of the workforce (31 March 2023: "
            "22.1%), and White colleagues 72.8% (31 March 2023: 75.0%)."
        ),
        H("2023 NHS Staff Survey"),
        P(
            "The proportion of BME staff reporting discrimination at work from a manager, team "
            "leader or colleague fell to 14.2% (2022: 16.9%); for White staff it was 6.3% "
            "(2022: 6.8%)."
        ),
        P(
            "Harassment, bullying or abuse from other staff was reported by 27.0% of BME staff "
            "(2022: 28.3%), against 21.7% of White staff (2022: 22.9%)."
        ),
        P("The Board is asked to note the report and approve the action plan at Appendix A."),
    ]
    truth = [
        _t(1, "percentage", "overall", None, "BME", "2023/24", 24.6),
        _t(1, "percentage", "overall", None, "BME", "2022/23", 22.1),
        _t(1, "percentage", "overall", None, "White", "2023/24", 72.8),
        _t(1, "percentage", "overall", None, "White", "2022/23", 75.0),
        _pc(8, "BME", "2023/24", 14.2),
        _pc(8, "BME", "2022/23", 16.9),
        _pc(8, "White", "2023/24", 6.3),
        _pc(8, "White", "2022/23", 6.8),
        _pc(6, "BME", "2023/24", 27.0),
        _pc(6, "BME", "2022/23", 28.3),
        _pc(6, "White", "2023/24", 21.7),
        _pc(6, "White", "2022/23", 22.9),
    ]
    return Layout(
        "board-paper prose, (last year) in brackets",
        "Stanwick Moor Hospitals NHS Trust",
        blocks,
        truth,
    )


# 5. an appendix of band-by-band percentages, groups as columns
def _appendix_bands() -> Layout:
    rows = [
        ["Pay band", "BME %", "White %", "Unknown %"],
        ["Band 2", "31.4", "66.0", "2.6"],
        ["Band 3", "22.8", "74.9", "2.3"],
        ["Band 4", "17.5", "80.2", "2.3"],
        ["Band 5", "14.1", "83.6", "2.3"],
        ["Band 6", "11.9", "86.0", "2.1"],
        ["Band 7", "9.7", "88.4", "1.9"],
        ["Band 8a", "7.2", "91.1", "1.7"],
        ["VSM", "4.0", "96.0", "0.0"],
    ]
    blocks: list[Block] = [
        H("Aldwick Marsh NHS Trust WRES report 2024"),
        H("Appendix B: Indicator 1, non-clinical workforce by Agenda for Change band"),
        P("Percentage of staff in each band by ethnic group, at 31 March 2024."),
        T(rows),
    ]
    truth = [
        _t(1, "percentage", "non_clinical", r[0], group, "2023/24", float(v))
        for r in rows[1:]
        for group, v in zip(("BME", "White", "Unknown"), r[1:], strict=True)
    ]
    return Layout(
        "appendix: band by band, groups as columns", "Aldwick Marsh NHS Trust", blocks, truth
    )


# 6. an HTML page of definition lists
def _definition_lists() -> Layout:
    blocks: list[Block] = [
        H("Quenby Health and Care NHS Trust: WRES 2023/24"),
        H("Indicator 6: Harassment, bullying or abuse from staff (2023 NHS Staff Survey)"),
        DL([("White staff", "19.8%"), ("BME staff", "25.1%"), ("National average (BME)", "27.4%")]),
        H(
            "Indicator 7: Belief that the Trust provides equal opportunities for career "
            "progression or promotion (2023 NHS Staff Survey)"
        ),
        DL([("White staff", "61.2%"), ("BME staff", "49.5%")]),
        H(
            "Indicator 3: Relative likelihood of BME staff entering the formal disciplinary "
            "process compared to White staff"
        ),
        DL([("2022/23", "1.41"), ("2023/24", "1.17")]),
    ]
    truth = [
        _pc(6, "White", "2023/24", 19.8),
        _pc(6, "BME", "2023/24", 25.1),
        _pc(7, "White", "2023/24", 61.2),
        _pc(7, "BME", "2023/24", 49.5),
        _rl(3, "2022/23", 1.41),
        _rl(3, "2023/24", 1.17),
    ]
    return Layout("definition lists", "Quenby Health and Care NHS Trust", blocks, truth)


# 7. a table whose year headers are merged cells above White/BME columns
def _merged_header() -> Layout:
    body = [
        ["Indicator", "White", "BME", "White", "BME"],
        [
            "5. Harassment, bullying or abuse from patients, relatives or the public",
            "25.2%",
            "29.8%",
            "24.0%",
            "28.1%",
        ],
        ["6. Harassment, bullying or abuse from staff", "20.4%", "26.6%", "19.9%", "24.3%"],
        [
            "7. Believing that the trust provides equal opportunities for career progression or "
            "promotion",
            "59.3%",
            "45.0%",
            "60.1%",
            "47.8%",
        ],
        [
            "8. Experienced discrimination at work from manager, team leader or other colleagues",
            "7.1%",
            "15.9%",
            "6.6%",
            "14.3%",
        ],
    ]
    blocks: list[Block] = [
        H("Fairhaven Mental Health NHS Foundation Trust"),
        H("WRES staff survey indicators"),
        T(body, spans=[("", 1), ("2022 NHS Staff Survey", 2), ("2023 NHS Staff Survey", 2)]),
    ]
    truth = []
    for r in body[1:]:
        ind = int(r[0][0])
        for (group, period), cell in zip(
            (("White", "2022/23"), ("BME", "2022/23"), ("White", "2023/24"), ("BME", "2023/24")),
            r[1:],
            strict=True,
        ):
            truth.append(_pc(ind, group, period, float(cell[:-1])))
    return Layout(
        "merged header cells over groups",
        "Fairhaven Mental Health NHS Foundation Trust",
        blocks,
        truth,
    )


LAYOUTS: list[Layout] = [
    _transposed(),
    _infographic(),
    _comparison(),
    _board_prose(),
    _appendix_bands(),
    _definition_lists(),
    _merged_header(),
]
