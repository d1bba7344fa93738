"""WRES data of the demo trusts and the layout of their reports.

The tables follow the national template's indicators, one table each: Table 1
(indicator 1 by pay band), Tables 2-4 (indicators 2-4, relative likelihoods with
their rates and counts), Tables 5-8 (5-8, staff survey), Table 9 (board) and the
action plan. Captions, notes and the action plan are the demo's own words.
`report(trust, index, year)` returns both the facts (`DemoWres`) and the document
items, built from the same numbers, so every printed figure is in the facts.

Printing rules (what a parser sees):
* percentages "25.6%" = round(100 * N / M, 1); counts "N out of M";
* Table 1: a band whose BAME or White headcount is below 10 prints "R" in both
  its percentage and count cells (figure: redacted, value/numerator/denominator None);
* Table 3: a disciplinary count below 10 prints "R%" and "R out of M"
  (figure: redacted, value and numerator None, denominator M);
* staff survey subgroup counts print "R" unless both the count and the rest of
  the group are at least 10 (figure: the percentage, numerator/denominator None,
  not redacted); subgroup rows are empty for the two oldest survey years;
* relative likelihood = round(rate_a / rate_b, 2) from the unrounded rates;
* Table 9 difference = round(board % - workforce %, 1) from the rounded
  percentages, printed like "-8.9%".
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from parsers.extract.model import Item, Table, TextBlock

if TYPE_CHECKING:
    from trustdocs.demo.facts import DemoTrust, DemoWres, DemoWresAction, DemoWresFigure

REPORT_YEARS = ("2022/23", "2023/24", "2024/25")
SUBGROUPS = ("Asian", "Black", "Mixed", "Other")

# (row label as printed, staff_group, band, share of the workforce, BAME share multiplier)
BAND_ROWS: tuple[tuple[str, str, str | None, float, float], ...] = (
    ("Non-clin Apprentices", "non_clinical", "Apprentices", 0.004, 1.0),
    ("Non-clinical Band 2", "non_clinical", "Band 2", 0.05, 1.45),
    ("Non-clinical Band 3", "non_clinical", "Band 3", 0.055, 1.3),
    ("Non-clinical Band 4", "non_clinical", "Band 4", 0.035, 1.05),
    ("Non-clinical Band 5", "non_clinical", "Band 5", 0.028, 1.15),
    ("Non-clinical Band 6", "non_clinical", "Band 6", 0.022, 1.1),
    ("Non-clinical Band 7", "non_clinical", "Band 7", 0.019, 0.95),
    ("Non-clinical Band 8a", "non_clinical", "Band 8a", 0.011, 0.9),
    ("Non-clinical Band 8b", "non_clinical", "Band 8b", 0.006, 0.55),
    ("Non-clinical Band 8c", "non_clinical", "Band 8c", 0.003, 0.45),
    ("Non-clinical Band 8d", "non_clinical", "Band 8d", 0.0015, 0.4),
    ("Non-clinical Band 9", "non_clinical", "Band 9", 0.0008, 0.4),
    ("Non-clinical VSM", "non_clinical", "VSM", 0.0012, 0.4),
    ("Clinical Apprentices", "clinical", "Apprentices", 0.006, 1.0),
    ("Clinical Band 2", "clinical", "Band 2", 0.09, 1.5),
    ("Clinical Band 3", "clinical", "Band 3", 0.09, 0.8),
    ("Clinical Band 4", "clinical", "Band 4", 0.05, 0.6),
    ("Clinical Band 5", "clinical", "Band 5", 0.13, 1.0),
    ("Clinical Band 6", "clinical", "Band 6", 0.2, 0.7),
    ("Clinical Band 7", "clinical", "Band 7", 0.08, 0.65),
    ("Clinical Band 8a", "clinical", "Band 8a", 0.03, 0.45),
    ("Clinical Band 8b", "clinical", "Band 8b", 0.011, 0.5),
    ("Clinical Band 8c", "clinical", "Band 8c", 0.004, 0.4),
    ("Clinical Band 8d", "clinical", "Band 8d", 0.0015, 0.4),
    ("Clinical VSM", "clinical", "VSM", 0.0005, 0.4),
    ("Medical Trainee Grade", "medical", "Medical trainee", 0.014, 2.7),
    ("Medical Non-consultant", "medical", "Medical non-consultant", 0.006, 2.1),
    ("Medical Consultant", "medical", "Medical consultant", 0.02, 2.5),
)

_SIZE = {
    "Mental health and learning disability": 5600,
    "Acute": 9800,
    "Community": 3400,
    "Ambulance": 4600,
}
_MEDICAL_FACTOR = {"Acute": 3.5, "Ambulance": 0.08, "Community": 0.4}
_BME_SHARE = {"XA1": 0.24, "XA2": 0.31, "XA3": 0.14, "XA4": 0.08, "XA5": 0.12, "XA6": 0.46}
_BME_SHARE.update({"XA7": 0.38, "XA8": 0.11, "XA9": 0.17, "XA0": 0.06})
_SUBGROUP_MIX = {
    "XA1": (0.62, 0.24, 0.09, 0.05),
    "XA2": (0.55, 0.28, 0.1, 0.07),
    "XA3": (0.45, 0.3, 0.17, 0.08),
    "XA4": (0.4, 0.25, 0.25, 0.1),
    "XA5": (0.5, 0.25, 0.15, 0.1),
    "XA6": (0.38, 0.42, 0.1, 0.1),
    "XA7": (0.48, 0.32, 0.12, 0.08),
    "XA8": (0.6, 0.2, 0.12, 0.08),
    "XA9": (0.52, 0.26, 0.14, 0.08),
    "XA0": (0.42, 0.28, 0.2, 0.1),
}


def fy_label(end_year: int) -> str:
    """2023 -> '2022/23' (the financial year ending in March of `end_year`)."""
    return f"{end_year - 1}/{end_year % 100:02d}"


def pct(n: int, m: int) -> float:
    return round(100 * n / m, 1)


def fmt_pct(value: float) -> str:
    return f"{value:.1f}%"


@dataclass
class _Counts:
    n: int
    m: int


@dataclass
class TrustData:
    """Underlying numbers by year: March snapshot / financial year ending in `year`,
    staff survey held in calendar year `year`."""

    bands: dict[int, list[_Counts]]  # per March year, one per BAND_ROWS entry
    recruitment: dict[int, dict[str, _Counts]]  # FY end year -> White/BME shortlisted->appointed
    discipline: dict[int, dict[str, _Counts]]
    training: dict[int, dict[str, _Counts]]
    survey: dict[int, dict[int, dict[str, _Counts]]]  # indicator -> survey year -> group
    board: dict[int, dict[str, _Counts]]  # March year -> board / board_voting / board_executive

    def overall(self, year: int) -> _Counts:
        rows = self.bands[year]
        return _Counts(sum(c.n for c in rows), sum(c.m for c in rows))


def trust_data(trust: DemoTrust) -> TrustData:
    rng = random.Random(f"trustdocs-demo-wres-{trust.ods_code}")
    size = _SIZE[trust.trust_type] * rng.uniform(0.85, 1.15)
    share = _BME_SHARE[trust.ods_code]
    medical = _MEDICAL_FACTOR.get(trust.trust_type, 1.0)
    bands: dict[int, list[_Counts]] = {}
    for year in range(2019, 2026):
        total = size * (1 + 0.025 * (year - 2019))
        drift = 1 + 0.035 * (year - 2019)
        rows = []
        for _, group, _, frac, mult in BAND_ROWS:
            m = max(
                1,
                round(
                    total * frac * (medical if group == "medical" else 1) * rng.uniform(0.93, 1.07)
                ),
            )
            p = min(0.9, share * mult * drift * rng.uniform(0.9, 1.1))
            rows.append(_Counts(round(m * p), m))
        bands[year] = rows
    data = TrustData(bands, {}, {}, {}, {5: {}, 6: {}, 7: {}, 8: {}}, {})
    rate_w = rng.uniform(0.10, 0.18)
    gap = rng.uniform(1.15, 1.9)
    disc_w = rng.uniform(0.002, 0.009)
    disc_gap = rng.uniform(0.8, 2.2)
    train_w = rng.uniform(0.55, 0.88)
    train_gap = rng.uniform(0.97, 1.2)
    for year in range(2019, 2026):
        over = data.overall(year)
        white, bme = over.m - over.n, over.n
        sw = round(size * rng.uniform(0.55, 0.75))
        sb = round(size * share * rng.uniform(1.2, 1.9))
        rw = rate_w * rng.uniform(0.85, 1.15)
        rb = rw / (gap * rng.uniform(0.85, 1.15))
        data.recruitment[year] = {
            "White": _Counts(round(sw * rw), sw),
            "BME": _Counts(round(sb * rb), sb),
        }
        dw = disc_w * rng.uniform(0.7, 1.3)
        db = dw * disc_gap * rng.uniform(0.7, 1.3)
        data.discipline[year] = {
            "White": _Counts(max(1, round(white * dw)), white),
            "BME": _Counts(max(1, round(bme * db)), bme),
        }
        tw = train_w * rng.uniform(0.9, 1.05)
        tb = tw / (train_gap * rng.uniform(0.95, 1.05))
        data.training[year] = {
            "White": _Counts(round(white * tw), white),
            "BME": _Counts(round(bme * tb), bme),
        }
        v, vb = rng.randrange(11, 17), 0
        vb = min(v, round(v * share * rng.uniform(0.2, 1.3)))
        e = rng.randrange(6, 10)
        eb = min(e, round(e * share * rng.uniform(0.0, 1.1)))
        nv = rng.randrange(1, 4)
        ab = min(v + nv, vb + rng.randrange(0, 2))
        data.board[year] = {
            "board": _Counts(ab, v + nv),
            "board_voting": _Counts(vb, v),
            "board_executive": _Counts(eb, e),
        }
    base = {
        5: (rng.uniform(0.15, 0.3), rng.uniform(0.95, 1.5), (0.8, 1.6, 1.2, 1.1)),
        6: (rng.uniform(0.15, 0.25), rng.uniform(1.0, 1.4), (0.9, 1.2, 1.1, 1.0)),
        7: (rng.uniform(0.55, 0.7), rng.uniform(0.7, 0.95), (1.05, 0.8, 1.0, 0.95)),
        8: (rng.uniform(0.04, 0.08), rng.uniform(1.5, 2.8), (0.8, 1.7, 1.1, 1.1)),
    }
    mix = _SUBGROUP_MIX[trust.ods_code]
    for year in range(2018, 2026):
        response = rng.uniform(0.35, 0.55)
        over = data.overall(min(max(year, 2019), 2025))
        resp_w = round((over.m - over.n) * response)
        resp_b = round(over.n * response * rng.uniform(0.85, 1.05))
        for indicator, (rw, ratio, group_factor) in base.items():
            m_w = round(resp_w * rng.uniform(0.97, 1.0))
            m_b = round(resp_b * rng.uniform(0.97, 1.0))
            w = rw * rng.uniform(0.9, 1.1)
            groups = {"White": _Counts(round(m_w * w), m_w)}
            subs = []
            remaining = m_b
            for i, g in enumerate(SUBGROUPS):
                m_g = remaining if i == len(SUBGROUPS) - 1 else round(m_b * mix[i])
                remaining -= m_g
                r_g = min(0.95, w * ratio * group_factor[i] * rng.uniform(0.85, 1.15))
                subs.append((g, _Counts(round(m_g * r_g), m_g)))
            groups["BME"] = _Counts(sum(c.n for _, c in subs), m_b)
            groups.update(subs)
            data.survey[indicator][year] = groups
    return data


# ---------------------------------------------------------------- report layout


class _Builder:
    def __init__(self, trust: DemoTrust, year: str):
        self.trust = trust
        self.year = year
        self.items: list[Item] = []
        self.figures: list[DemoWresFigure] = []

    def para(self, text: str, style: str | None = None) -> None:
        self.items.append(TextBlock(text=text, style=style))

    def table(self, rows: list[list[str]]) -> None:
        self.items.append(Table(rows=rows))

    def fig(self, **kw) -> None:
        from trustdocs.demo.facts import DemoWresFigure

        self.figures.append(DemoWresFigure(**kw))


def _count_cell(c: _Counts) -> str:
    return f"{c.n} out of {c.m}"


def _small(c: _Counts) -> bool:
    return c.n < 10 or c.m - c.n < 10


def _table1(b: _Builder, data: TrustData, end: int, name: str) -> None:
    years = [end - 2, end - 1, end]
    b.para(
        f"Table 1: Metric 1: {name} staff on substantive contracts whose ethnicity is recorded, "
        f"pay band by pay band, counted in March {years[0]}, March {years[1]} and March {years[2]}",
        "bold",
    )
    pct_headers = [f"Percentage BAME colleagues March {y}" for y in years]
    header = ["Pay Band", *pct_headers, *[f"Number of BAME colleagues\nMarch\n{y}" for y in years]]
    rows = [header]
    specs = [("Substantive Colleagues Overall", "overall", None)] + [
        (r[0], r[1], r[2]) for r in BAND_ROWS
    ]
    for index, (label, group, band) in enumerate(specs):
        pcts, counts = [], []
        for y, ph in zip(years, pct_headers, strict=True):
            c = data.overall(y) if index == 0 else data.bands[y][index - 1]
            common = dict(
                indicator=1,
                measure="percentage",
                ethnic_group="BME",
                period=fy_label(y),
                staff_group=group,
                band=band,
                period_label=ph,
                source_table="Table 1",
            )
            if index and _small(c):
                pcts.append("R")
                counts.append("R")
                b.fig(value=None, redacted=True, **common)
            else:
                v = pct(c.n, c.m)
                pcts.append(fmt_pct(v))
                counts.append(_count_cell(c))
                b.fig(value=v, numerator=c.n, denominator=c.m, **common)
        rows.append([label, *pcts, *counts])
    b.table(rows)


def _likelihood_table(
    b: _Builder,
    *,
    number: int,
    indicator: int,
    caption: str,
    title: str,
    years: list[int],
    source: dict[int, dict[str, _Counts]],
    first: str,
    rl_label: str,
    pct_label: str,
    n_label: str,
    redact_small: bool,
) -> None:
    second = "BME" if first == "White" else "White"
    printed = {"White": "White", "BME": "BAME"}
    labels = [fy_label(y) for y in years]
    b.para(caption, "bold")
    rows = [[title, *labels]]
    rl_row, pct_rows, n_rows = [rl_label], {first: [], second: []}, {first: [], second: []}
    for y, label in zip(years, labels, strict=True):
        a, c = source[y][first], source[y][second]
        rl = round((a.n / a.m) / (c.n / c.m), 2)
        rl_row.append(f"{rl:.2f}")
        table = f"Table {number}"
        b.fig(
            indicator=indicator,
            measure="relative_likelihood",
            ethnic_group=first,
            period=fy_label(y),
            value=rl,
            period_label=label,
            source_table=table,
        )
        for g in (first, second):
            counts = source[y][g]
            common = dict(
                indicator=indicator,
                measure="rate",
                ethnic_group=g,
                period=fy_label(y),
                period_label=label,
                source_table=table,
            )
            if redact_small and counts.n < 10:
                pct_rows[g].append("R%")
                n_rows[g].append(f"R out of {counts.m}")
                b.fig(value=None, denominator=counts.m, redacted=True, **common)
            else:
                v = pct(counts.n, counts.m)
                pct_rows[g].append(fmt_pct(v))
                n_rows[g].append(_count_cell(counts))
                b.fig(value=v, numerator=counts.n, denominator=counts.m, **common)
    rows.append(rl_row)
    for g in (first, second):
        rows.append([pct_label.format(g=printed[g]), *pct_rows[g]])
    for g in (first, second):
        rows.append([n_label.format(g=printed[g]), *n_rows[g]])
    b.table(rows)


def _survey_table(
    b: _Builder,
    *,
    number: int,
    indicator: int,
    caption: str,
    title: str,
    years: list[int],
    data: TrustData,
    subgroups: bool,
    print_sub_counts: bool,
) -> None:
    b.para(caption, "bold")
    labels = [str(y) for y in years]
    rows = [[title, *labels]]
    survey = data.survey[indicator]
    table = f"Table {number}"
    show_sub = years[-2:] if subgroups else []
    for g, row_label in (("White", "% White colleagues"), ("BME", "% BAME colleagues")):
        row = [row_label]
        for y in years:
            c = survey[y][g]
            v = pct(c.n, c.m)
            row.append(fmt_pct(v))
            b.fig(
                indicator=indicator,
                measure="percentage",
                ethnic_group=g,
                period=fy_label(y + 1),
                value=v,
                numerator=c.n,
                denominator=c.m,
                period_label=str(y),
                source_table=table,
            )
        rows.append(row)
    sub_counts: dict[str, list[str]] = {}
    if subgroups:
        for g in SUBGROUPS:
            row, counts = [g], [g]
            for y in years:
                if y not in show_sub:
                    row.append("")
                    counts.append("")
                    continue
                c = survey[y][g]
                v = pct(c.n, c.m)
                row.append(fmt_pct(v))
                common = dict(
                    indicator=indicator,
                    measure="percentage",
                    ethnic_group=g,
                    period=fy_label(y + 1),
                    value=v,
                    period_label=str(y),
                    source_table=table,
                )
                if print_sub_counts and not _small(c):
                    counts.append(_count_cell(c))
                    b.fig(numerator=c.n, denominator=c.m, **common)
                else:
                    counts.append("R")
                    b.fig(**common)
            rows.append(row)
            sub_counts[g] = counts
    for g, row_label in (("White", "n. White colleagues"), ("BME", "n. BAME colleagues")):
        rows.append([row_label, *[_count_cell(survey[y][g]) for y in years]])
    for g in sub_counts:
        rows.append(sub_counts[g])
    b.table(rows)


def _table13(b: _Builder, data: TrustData, end: int, name: str) -> None:
    years = [end - 3, end - 2, end - 1, end]
    labels = [f"March {y}" for y in years]
    b.para(
        "Table 9: Metric 9. The BAME share of the board (all members, voting members and "
        "executives) set against the BAME share of all substantive staff, counted in "
        + ", ".join(labels[:-1])
        + f" and {labels[-1]}",
        "bold",
    )
    rows = [["Board representation", *labels]]
    wf_row = ["Percentage BAME in the substantive workforce overall"]
    wf: dict[int, float] = {}
    for y, label in zip(years, labels, strict=True):
        c = data.overall(y)
        wf[y] = pct(c.n, c.m)
        wf_row.append(fmt_pct(wf[y]))
        b.fig(
            indicator=9,
            measure="percentage",
            ethnic_group="BME",
            period=fy_label(y),
            value=wf[y],
            staff_group="overall",
            period_label=label,  # the counts are in Table 1, not printed here
            source_table="Table 9",
        )
    rows.append(wf_row)
    for group, text in (
        (
            "board",
            "Difference: whole board compared with all substantive staff (%BAME)",
        ),
        (
            "board_voting",
            "Difference: voting board members compared with all substantive staff (%BAME)",
        ),
        (
            "board_executive",
            "Difference: executive board members compared with all substantive staff (%BAME)",
        ),
    ):
        row = [text]
        for y, label in zip(years, labels, strict=True):
            c = data.board[y][group]
            diff = round(pct(c.n, c.m) - wf[y], 1)
            row.append(fmt_pct(diff))
            b.fig(
                indicator=9,
                measure="difference",
                ethnic_group="BME",
                period=fy_label(y),
                value=diff,
                staff_group=group,
                period_label=label,
                source_table="Table 9",
            )
        rows.append(row)
    b.table(rows)


OBJECTIVES = (
    (
        "Make hiring fair at every step, so that an applicant's chance of being offered a post does not depend on their ethnicity.",
        (
            (
                "Review the Recruitment and Selection Policy with the Race Equality Network",
                "Deputy Director of People and Resourcing Manager",
                "Review and engagement with stakeholders; revised policy approved",
                "2, 7",
            ),
            (
                "Introduce diverse interview panels for all posts at Band 7 and above",
                "Resourcing Manager",
                "Panel membership recorded on the recruitment system; quarterly audit",
                "2, 7",
            ),
            (
                "Refresh recruitment and selection training to include de-biasing",
                "Head of EDI",
                "New training launched; 80% of recruiting managers trained",
                "2",
            ),
        ),
    ),
    (
        "Open talent schemes and promotion routes fairly to staff of every ethnic group.",
        (
            (
                "Establish talent management and succession planning processes with positive action for under-represented groups",
                "Head of Organisational Development",
                "Talent panels in place for Band 8a and above",
                "1, 2, 7",
            ),
            (
                "Provide interview skills coaching and mock interviews for Black, Asian and minority ethnic colleagues",
                "Resourcing Manager",
                "Sessions advertised and delivered quarterly",
                "1, 2",
            ),
            (
                "Run the Stepping Up leadership programme locally",
                "Head of Organisational Development",
                "Cohort recruited; evaluation report to the People Committee",
                "1, 7",
            ),
        ),
    ),
    (
        "Build a workplace where Black, Asian and minority ethnic staff feel they belong, shown by better staff survey results on indicators 5 to 8.",
        (
            (
                "Deliver listening events for Black, Asian and minority ethnic colleagues",
                "Chairs and executive sponsors of staff networks",
                "Timetable agreed; themes reported to the EDI Workforce Group",
                "6, 7, 8",
            ),
            (
                "Relaunch the zero tolerance campaign on abuse from patients and the public",
                "EDI Specialist and Communications",
                "Campaign relaunched; incident reporting monitored",
                "5, 8",
            ),
            (
                "Deliver a reverse mentoring programme for the Board",
                "Head of EDI",
                "Cohort completed and evaluated",
                "7, 8, 9",
            ),
        ),
    ),
    (
        "Review disciplinary processes to ensure equity among all colleagues.",
        (
            (
                "Review disciplinary processes for substantive and bank staff against just culture principles",
                "Head of Employee Relations",
                "Review completed; findings presented to the People Committee",
                "3",
            ),
            (
                "Introduce a pre-formal decision checklist with independent review",
                "Head of Employee Relations and Head of EDI",
                "Checklist in use for all cases",
                "3",
            ),
        ),
    ),
)
PROGRESS = (
    "Work has started and is on track.",
    "Completed and embedded in business as usual.",
    "Delayed by operational pressures; revised date agreed.",
    "Monitoring shows improvement in the last two quarters.",
    None,
)
RAG_FOR = {0: "A", 1: "B", 2: "R", 3: "G", 4: None}


def _action_plan(b: _Builder, rng: random.Random, end: int, name: str) -> list[DemoWresAction]:
    from trustdocs.demo.facts import DemoWresAction

    b.para(name)
    b.para(f"WRES Action Plan {end} - {end + 2}", "heading")
    chosen = sorted(rng.sample(range(len(OBJECTIVES)), rng.choice((2, 3))))
    actions: list[DemoWresAction] = []
    for number, index in enumerate(chosen, start=1):
        text, bank = OBJECTIVES[index]
        objective = f"Objective {number}. {text}"
        b.para(objective)
        rows = [
            [
                "Ref",
                "Action",
                "Owner",
                "Target date",
                "Milestone",
                "Progress update",
                "Metrics it should move",
                "RAG",
            ]
        ]
        for n, (action, lead, milestone, metrics) in enumerate(
            rng.sample(bank, rng.randrange(2, len(bank) + 1)), start=1
        ):
            state = rng.randrange(len(PROGRESS))
            due = rng.choice((f"March {end + 1}", f"September {end}", "Ongoing", f"December {end}"))
            progress, rag = PROGRESS[state], RAG_FOR[state]
            actions.append(
                DemoWresAction(
                    str(n), objective, action, lead, due, milestone, progress, metrics, rag
                )
            )
            rows.append([str(n), action, lead, due, milestone, progress or "", metrics, rag or ""])
        b.table(rows)
    return actions


_FILENAMES = {
    "XA1": "WRES-Report-{a}-{b2}",
    "XA2": "eastvale-wres-report-{a}-{b}",
    "XA3": "Workforce-Race-Equality-Standard-{a}-{b2}",
    "XA4": "WRES_{a}-{b2}_final",
    "XA5": "wres-annual-report-{b}",
    "XA6": "KMH-WRES-{a}-{b2}",
    "XA7": "Harrowfield-WRES-Report-{a}-{b2}",
    "XA8": "lowmarsh-wres-report-{a}-{b}",
    "XA9": "workforce-race-equality-standard-report-{b}",
    "XA0": "WRES-{a}-{b2}-Eskdale",
}


def report(trust: DemoTrust, index: int, year: str) -> tuple[DemoWres, list[Item]]:
    from trustdocs.demo.facts import DemoWres

    data = trust_data(trust)
    end = int(year[:4]) + 1
    rng = random.Random(f"trustdocs-demo-wres-report-{trust.ods_code}-{year}")
    name = trust.name
    title = f"Workforce Race Equality Standard (WRES) Report {year}"
    b = _Builder(trust, year)
    over = data.overall(end)
    prev = data.overall(end - 1)
    b.para(title, "heading")
    b.para(name, "bold")
    b.para("Summary", "heading")
    b.para(
        f"At {trust.short_name} in {year}, colleagues from a Black, Asian or minority ethnic "
        f"background made up {fmt_pct(pct(over.n, over.m))} ({over.n}/{over.m}) of the substantive "
        f"workforce of known ethnicity, compared with {fmt_pct(pct(prev.n, prev.m))} a year earlier."
    )
    b.para("Note on data:", "bold")
    b.para(
        "Where a group has fewer than 10 people, its count is printed as R, and so is any other "
        "count from which the small one could be worked out."
    )
    b.para("Note on terminology:", "bold")
    b.para(
        "We write “BAME” because the WRES templates do. Where the numbers are large enough, we "
        "also show results for Asian, Black, Mixed and Other ethnic groups."
    )
    b.para("Metric 1. Pay Bands", "heading")
    b.para(
        "How the BAME share of staff in each Agenda for Change band (1 to 9, and VSM with the "
        "executive directors) compares with the BAME share of everyone we employ, with clinical "
        "and non-clinical staff shown apart."
    )
    _table1(b, data, end, name)
    b.para("Metric 2. Recruitment", "heading")
    years4 = [end - 3, end - 2, end - 1, end]
    _likelihood_table(
        b,
        number=2,
        indicator=2,
        caption=(
            f"Table 2: Metric 2: At {name}, how much more likely a shortlisted White applicant was "
            "to be offered the post than a shortlisted BAME applicant, in "
            + ", ".join(fy_label(y) for y in years4[:-1])
            + f", and {fy_label(end)}"
        ),
        title="Recruitment",
        years=years4,
        source=data.recruitment,
        first="White",
        rl_label="Relative likelihood of appointment from shortlisting (White/BAME)",
        pct_label="% {g} people appointed from shortlisting",
        n_label="Number of {g} people appointed from shortlisting",
        redact_small=False,
    )
    b.para("Metric 3. Formal disciplinary process", "heading")
    years3 = [end - 2, end - 1, end]
    _likelihood_table(
        b,
        number=3,
        indicator=3,
        caption=(
            "Table 3: Metric 3 (one-year windows): relative likelihood that a BAME member of staff, "
            "rather than a White one, was taken into a formal disciplinary case, per year: "
            + ", ".join(fy_label(y) for y in years3[:-1])
            + f", and {fy_label(end)}"
        ),
        title="Formal disciplinary process",
        years=years3,
        source=data.discipline,
        first="BME",
        rl_label="Relative likelihood (BAME/White)",
        pct_label="% {g} colleagues entering formal disciplinary",
        n_label="n. {g} colleagues entering formal disciplinary",
        redact_small=True,
    )
    b.para("Metric 4. Non-mandatory training", "heading")
    _likelihood_table(
        b,
        number=4,
        indicator=4,
        caption=(
            "Table 4: Metric 4: relative likelihood that White staff, compared with BAME staff, "
            "took up non-mandatory training or development in "
            + ", ".join(fy_label(y) for y in years4[:-1])
            + f", and {fy_label(end)}"
        ),
        title="Non-mandatory training",
        years=years4,
        source=data.training,
        first="White",
        rl_label="Relative likelihood of accessing training (White/BAME)",
        pct_label="% {g} colleagues accessing training",
        n_label="n. {g} colleagues accessing training",
        redact_small=False,
    )
    survey_years = [end - 4, end - 3, end - 2, end - 1]
    sub_counts = trust.ods_code != "XA1"
    for number, indicator, heading, caption, title_, subgroups in (
        (
            5,
            5,
            "Metric 5. Harassment, bullying or abuse by patients, relatives or the public",
            "Table 5: Metric 5: Share of White and of BAME respondents to the Staff Survey reporting harassment, bullying or abuse by patients, their families or the public",
            "Harassment, bullying or abuse by patients, relatives or the public",
            True,
        ),
        (
            6,
            6,
            "Metric 6. Harassment, bullying or abuse from other colleagues",
            "Table 6: Metric 6: Share of White and of BAME Staff Survey respondents reporting harassment, bullying or abuse by fellow staff, managers included",
            "Harassment, bullying or abuse from other colleagues",
            False,
        ),
        (
            7,
            7,
            "Metric 7. Equal opportunities for career progression or promotion",
            "Table 7: Metric 7. Share of White and of BAME Staff Survey respondents who believe the Trust gives everyone an equal chance of career progression or promotion",
            "Equal opportunities for career progression or promotion",
            True,
        ),
        (
            8,
            8,
            "Metric 8. Discrimination at work by a manager, team leader or colleague",
            "Table 8: Metric 8: Share of White and of BAME Staff Survey respondents who were discriminated against at work by a manager, team leader or colleague in the past year",
            "Discrimination at work by a manager / team leader or colleague",
            True,
        ),
    ):
        b.para(heading, "heading")
        _survey_table(
            b,
            number=number,
            indicator=indicator,
            caption=caption,
            title=title_,
            years=survey_years,
            data=data,
            subgroups=subgroups,
            print_sub_counts=sub_counts,
        )
    b.para("Metric 9. Board representation", "heading")
    _table13(b, data, end, name)
    actions = _action_plan(b, rng, end, name)
    fmt = ("pdf", "docx")[(index + REPORT_YEARS.index(year)) % 2]
    a, b2 = year[:4], year[5:]
    filename = _FILENAMES[trust.ods_code].format(a=a, b=end, b2=b2) + "." + fmt
    published = date(end, 10, 10 + rng.randrange(0, 21))
    wres = DemoWres(
        trust_ods=trust.ods_code,
        reporting_year=year,
        fmt=fmt,
        filename=filename,
        title=title,
        figures=tuple(b.figures),
        actions=tuple(actions),
        published=published,
    )
    return wres, b.items


def trust_reports(trust: DemoTrust, index: int) -> list[DemoWres]:
    return [report(trust, index, year)[0] for year in REPORT_YEARS]
