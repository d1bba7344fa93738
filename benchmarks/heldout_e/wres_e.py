"""Held-out set E, WRES half: six layouts not in benchmarks/wres_heldout.py,
benchmarks/wres_structure*.py or set D (benchmarks/heldout_d/wres_d.py), written for
issue #13 in words and figures of our own (fictional trusts), truth typed by hand.

The truth follows the conventions of benchmarks/wres_heldout.py's docstring: a
31 March snapshot is the financial year it closes; a bare year heading a WRES table
is the WRES data year ("2024" -> 2023/24, whose staff survey is the 2023 one); a staff
survey year is its own financial year ("2023 survey" -> 2023/24); relative likelihoods
take their numerator group (White for 2 and 4, BME for 3); changes, RAG ratings,
targets, headcounts and national figures are not in the truth (DESIGN.md: headcounts
alone give no figure); a footnote marker is not part of the figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.heldout_d.render import B, Block, H, P, T
from benchmarks.heldout_e.render import Slide

KEY = ("indicator", "measure", "staff_group", "band", "ethnic_group", "period")
ALL_FORMATS = ("html", "pdf", "docx")


@dataclass
class Layout:
    name: str
    title: str  # the trust, also the HTML page's title and site name
    blocks: list[Block | Slide]
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


# 1. a summary table: the nine indicators as rows, two WRES years, change and RAG
def _nine_rows() -> Layout:
    rows = [
        ["Indicator", "2023", "2024", "Change", "RAG"],
        ["1. BME staff as a percentage of the whole workforce", "18.9%", "20.7%", "+1.8", "Green"],
        [
            "2. Relative likelihood of White applicants being appointed from shortlisting "
            "compared to BME applicants",
            "1.52",
            "1.38",
            "-0.14",
            "Amber",
        ],
        [
            "3. Relative likelihood of BME staff entering the formal disciplinary process "
            "compared to White staff",
            "1.21",
            "1.34",
            "+0.13",
            "Red",
        ],
        [
            "4. Relative likelihood of White staff accessing non-mandatory training and CPD "
            "compared to BME staff",
            "0.97",
            "1.05",
            "+0.08",
            "Amber",
        ],
        [
            "5. BME staff experiencing harassment, bullying or abuse from patients, relatives "
            "or the public",
            "30.4%",
            "28.8%",
            "-1.6",
            "Green",
        ],
        ["6. BME staff experiencing harassment, bullying or abuse from staff", "27.1%", "25.3%"],
        [
            "7. BME staff believing the trust provides equal opportunities for career "
            "progression or promotion",
            "46.2%",
            "48.9%",
            "+2.7",
            "Green",
        ],
        [
            "8. BME staff experiencing discrimination at work from a manager, team leader or "
            "other colleagues",
            "15.8%",
            "14.1%",
            "-1.7",
            "Green",
        ],
        ["9. BME members of the board", "8.3%", "12.5%", "+4.2", "Green"],
    ]
    rows[6] += ["-1.8", "Green"]
    blocks: list[Block | Slide] = [
        H("Pennington Lea NHS Foundation Trust"),
        H("WRES summary: 2023 and 2024 submissions"),
        P("Each row shows our figure in the WRES 2023 and WRES 2024 data returns."),
        T(rows),
    ]
    periods = ("2022/23", "2023/24")
    truth = []
    for r in rows[1:]:
        ind = int(r[0][0])
        for period, cell in zip(periods, r[1:3], strict=True):
            v = float(cell.rstrip("%"))
            if ind in (2, 3, 4):
                truth.append(_rl(ind, period, v))
            elif ind == 1:
                truth.append(_t(1, "percentage", "overall", None, "BME", period, v))
            elif ind == 9:
                truth.append(_t(9, "percentage", "board", None, "BME", period, v))
            else:
                truth.append(_pc(ind, "BME", period, v))
    return Layout(
        "nine indicators as rows, year/change/RAG columns",
        "Pennington Lea NHS Foundation Trust",
        blocks,
        truth,
    )


# 2. an action plan whose "baseline" column holds the figures
def _action_plan() -> Layout:
    rows = [
        ["Indicator", "Baseline (2023/24)", "What we will do", "Lead", "By"],
        [
            "Indicator 2: appointment from shortlisting",
            "White applicants 1.46 times as likely to be appointed as BME applicants",
            "Diverse interview panels for every post at Band 7 and above",
            "Head of Resourcing",
            "March 2025",
        ],
        [
            "Indicator 5: harassment from patients, relatives or the public",
            "BME 32.6%, White 27.4%",
            "Launch a zero-tolerance campaign in the emergency department",
            "Director of Nursing",
            "June 2025",
        ],
        [
            "Indicator 7: equal opportunities for career progression",
            "BME 44.0%; White 58.3%",
            "Reverse mentoring for the executive team; a shadowing scheme for Bands 5-7",
            "Chief People Officer",
            "December 2025",
        ],
        [
            "Indicator 8: discrimination from a manager or colleague",
            "BME 16.2% / White 7.5%",
            "Train every line manager in fair treatment and speaking up",
            "Head of Organisational Development",
            "September 2025",
        ],
    ]
    blocks: list[Block | Slide] = [
        H("Ottery Bridge Hospitals NHS Trust"),
        H("WRES action plan 2024-25"),
        P(
            "Baselines are our 2023/24 WRES figures; staff survey baselines come from the 2023 "
            "NHS Staff Survey."
        ),
        T(rows),
    ]
    p = "2023/24"
    truth = [
        _rl(2, p, 1.46),
        _pc(5, "BME", p, 32.6),
        _pc(5, "White", p, 27.4),
        _pc(7, "BME", p, 44.0),
        _pc(7, "White", p, 58.3),
        _pc(8, "BME", p, 16.2),
        _pc(8, "White", p, 7.5),
    ]
    return Layout(
        "action plan, figures in a baseline column",
        "Ottery Bridge Hospitals NHS Trust",
        blocks,
        truth,
    )


# 3. bullet points, each giving this year's and last year's figure
def _two_year_bullets() -> Layout:
    blocks: list[Block | Slide] = [
        H("Sandleford Partnership NHS Trust: WRES 2024 key points"),
        P("What the 2024 data tell us:"),
        B(
            "BME staff reporting harassment, bullying or abuse from patients, relatives or the "
            "public fell from 31.2% in the 2022 staff survey to 29.0% in the 2023 survey."
        ),
        B(
            "White staff reporting harassment, bullying or abuse from patients, relatives or "
            "the public: 25.8% in the 2023 survey, up from 24.9% in the 2022 survey."
        ),
        B(
            "The relative likelihood of White applicants being appointed from shortlisting "
            "compared to BME applicants was 1.33 in 2023/24, against 1.61 in 2022/23."
        ),
        B(
            "BME staff made up 16.4% of our workforce at 31 March 2024, compared with 14.9% at "
            "31 March 2023."
        ),
        B(
            "In 2023/24 BME staff were 1.12 times as likely as White staff to enter the formal "
            "disciplinary process (2022/23: 0.88)."
        ),
    ]
    truth = [
        _pc(5, "BME", "2022/23", 31.2),
        _pc(5, "BME", "2023/24", 29.0),
        _pc(5, "White", "2023/24", 25.8),
        _pc(5, "White", "2022/23", 24.9),
        _rl(2, "2023/24", 1.33),
        _rl(2, "2022/23", 1.61),
        _t(1, "percentage", "overall", None, "BME", "2023/24", 16.4),
        _t(1, "percentage", "overall", None, "BME", "2022/23", 14.9),
        _rl(3, "2023/24", 1.12),
        _rl(3, "2022/23", 0.88),
    ]
    return Layout(
        "bullet points mixing two years", "Sandleford Partnership NHS Trust", blocks, truth
    )


# 4. indicator 1 as headcounts by band with a total row and a "% BME" column
COUNTS = [  # band, White, BME, Unknown
    ("Band 2", 412, 96, 12),
    ("Band 3", 301, 58, 9),
    ("Band 5", 640, 301, 21),
    ("Band 6", 588, 174, 18),
    ("Band 7", 402, 71, 11),
    ("Band 8a", 120, 14, 3),
]


def _counts_by_band() -> Layout:
    def row(label: str, w: int, b: int, u: int) -> list[str]:
        total = w + b + u
        return [label, f"{w:,}", f"{b:,}", f"{u:,}", f"{total:,}", f"{100 * b / total:.1f}%"]

    body = [row(*c) for c in COUNTS]
    sums = [sum(c[i] for c in COUNTS) for i in (1, 2, 3)]
    body.append(row("Total", *sums))
    blocks: list[Block | Slide] = [
        H("Yarrowfield Hospitals NHS Trust: WRES 2024"),
        H("Indicator 1: clinical workforce by Agenda for Change band at 31 March 2024"),
        P("Headcount of substantive clinical staff by ethnic group."),
        T([["Band", "White", "BME", "Not stated", "Total", "% BME"], *body]),
    ]
    truth = [
        _t(
            1,
            "percentage",
            "clinical",
            r[0] if r[0] != "Total" else None,
            "BME",
            "2023/24",
            float(r[5].rstrip("%")),
        )
        for r in body
    ]
    return Layout(
        "indicator 1 headcounts by band, total row",
        "Yarrowfield Hospitals NHS Trust",
        blocks,
        truth,
    )


# 5. a slide deck exported to PDF: one indicator a page, a big figure and its caption
def _slides() -> Layout:
    blocks: list[Block | Slide] = [
        Slide(
            "Welbourne Vale NHS Trust",
            "WRES 2024",
            "Workforce Race Equality Standard: results for the Board",
        ),
        Slide(
            "Indicator 5: abuse from patients and the public",
            "29.4%",
            "of BME staff experienced harassment, bullying or abuse from patients, relatives "
            "or the public (2023 NHS Staff Survey)",
            ["White staff: 24.1%"],
        ),
        Slide(
            "Indicator 6: abuse from colleagues",
            "24.8%",
            "of BME staff experienced harassment, bullying or abuse from staff (2023 NHS "
            "Staff Survey)",
            ["White staff: 20.2%"],
        ),
        Slide(
            "Indicator 2: recruitment",
            "1.27",
            "times as likely: White applicants appointed from shortlisting compared with BME "
            "applicants, 2023/24",
        ),
        Slide(
            "Indicator 9: our board",
            "14.3%",
            "of voting board members are from BME backgrounds (31 March 2024)",
            ["Whole workforce at 31 March 2024: 21.0% BME"],
        ),
    ]
    p = "2023/24"
    truth = [
        _pc(5, "BME", p, 29.4),
        _pc(5, "White", p, 24.1),
        _pc(6, "BME", p, 24.8),
        _pc(6, "White", p, 20.2),
        _rl(2, p, 1.27),
        _t(9, "percentage", "board_voting", None, "BME", p, 14.3),
        _t(9, "percentage", "overall", None, "BME", p, 21.0),
    ]
    return Layout(
        "slide deck, one indicator a page", "Welbourne Vale NHS Trust", blocks, truth, ("pdf",)
    )


# 6. figures carrying footnote markers ("28.6%*", "1.18¹")
def _footnotes() -> Layout:
    survey = [
        ["Indicator", "White", "BME"],
        [
            "5. Harassment, bullying or abuse from patients, relatives or the public",
            "23.7%*",
            "28.6%*",
        ],
        ["6. Harassment, bullying or abuse from staff", "19.5%", "26.9%\u2020"],
        ["7. Equal opportunities for career progression or promotion", "60.4%", "47.2%\u2021"],
        ["8. Discrimination from a manager, team leader or colleague", "6.9%", "13.5%*"],
    ]
    ratios = [
        ["Indicator", "2023/24"],
        [
            "2. Relative likelihood of White applicants being appointed from shortlisting",
            "1.18\u00b9",
        ],
        [
            "3. Relative likelihood of BME staff entering the formal disciplinary process",
            "1.44\u00b2",
        ],
        ["4. Relative likelihood of White staff accessing non-mandatory training", "1.09"],
    ]
    blocks: list[Block | Slide] = [
        H("Cobham Heath Community NHS Trust"),
        H("WRES 2023/24: staff survey indicators (2023 NHS Staff Survey)"),
        T(survey),
        P("* Fewer than 60 responses in a directorate were combined with the next directorate."),
        P("\u2020 Includes bank staff who answered the survey."),
        P("\u2021 Question wording changed in 2023."),
        H("WRES 2023/24: relative likelihoods"),
        T(ratios),
        P("\u00b9 Excludes medical posts recruited through the deanery."),
        P("\u00b2 Cases per 1,000 staff averaged over two years."),
    ]
    p = "2023/24"
    clean = lambda c: float(c.rstrip("*%\u2020\u2021\u00b9\u00b2"))  # noqa: E731
    truth = []
    for r in survey[1:]:
        truth += [
            _pc(int(r[0][0]), "White", p, clean(r[1])),
            _pc(int(r[0][0]), "BME", p, clean(r[2])),
        ]
    truth += [_rl(int(r[0][0]), p, clean(r[1])) for r in ratios[1:]]
    return Layout("footnote markers on figures", "Cobham Heath Community NHS Trust", blocks, truth)


LAYOUTS: list[Layout] = [
    _nine_rows(),
    _action_plan(),
    _two_year_bullets(),
    _counts_by_band(),
    _slides(),
    _footnotes(),
]
