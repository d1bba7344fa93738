"""The figures of held-out set S's WRES layouts (wres_s.py), typed by hand: fictional
trusts, figures of our own, nothing from the corpus. Strings as printed (one decimal
for percentages, two for relative likelihoods). Two-year figures are {indicator:
{group: (2023/24, 2022/23)}} and {indicator: (2023/24, 2022/23)} for the relative
likelihoods; the bar chart's are three years (2021/22, 2022/23, 2023/24), oldest
first. NOT_KEYED holds, per layout, the national figures and gaps each prints that
must stay out of the truth."""

from __future__ import annotations

WORDS = {
    1: "Share of the workforce",
    5: "Harassment, bullying or abuse from patients and the public",
    6: "Harassment, bullying or abuse from staff",
    7: "Belief in equal opportunities for career progression",
    8: "Discrimination from a manager or colleague",
    9: "Voting membership of the Board",
}
RATIO_WORDS = {
    2: "Appointment after shortlisting",
    3: "Entry into the formal disciplinary process",
    4: "Access to non-mandatory training and CPD",
}

# 1. 'Key finding:' callout boxes, two years in a sentence
CALLOUT = {
    1: {"BME": ("21.3", "19.8"), "White": ("75.9", "77.2")},
    5: {"BME": ("29.4", "31.2"), "White": ("24.0", "25.3")},
    6: {"BME": ("27.8", "26.1"), "White": ("21.7", "22.9")},
    7: {"BME": ("44.6", "42.3"), "White": ("59.1", "58.4")},
    8: {"BME": ("16.3", "17.9"), "White": ("6.6", "7.4")},
    9: {"BME": ("13.3", "7.1"), "White": ("86.7", "92.9")},
}
CALLOUT_RATIOS = {2: ("1.42", "1.57"), 3: ("1.18", "1.36"), 4: ("1.07", "1.15")}
CALLOUT_NATIONAL = {5: "28.6", 6: "25.4", 8: "16.9"}

# 2. a bar chart drawn in text: three years, oldest first
BAR_YEARS = ("2021/22", "2022/23", "2023/24")
BARS = {
    1: {"BME": ("15.6", "17.2", "18.9"), "White": ("81.3", "79.8", "78.1")},
    5: {"BME": ("33.7", "32.4", "30.8"), "White": ("28.2", "27.1", "26.5")},
    6: {"BME": ("29.9", "28.8", "27.3"), "White": ("23.8", "23.1", "22.0")},
    7: {"BME": ("39.4", "41.7", "43.9"), "White": ("56.3", "57.1", "58.8")},
    8: {"BME": ("18.7", "17.6", "15.9"), "White": ("8.9", "8.1", "7.7")},
    9: {"BME": ("6.7", "12.5", "18.8"), "White": ("93.3", "87.5", "81.3")},
}
BAR_RATIOS = {
    2: ("1.62", "1.49", "1.38"),
    3: ("1.51", "1.29", "1.24"),
    4: ("1.19", "1.03", "0.97"),
}

# 3. one table, the years as section rows, a gap column
SECTIONS = {
    1: {"BME": ("24.1", "22.6"), "White": ("73.2", "74.9")},
    5: {"BME": ("31.6", "33.0"), "White": ("25.9", "26.8")},
    6: {"BME": ("26.2", "27.5"), "White": ("20.4", "21.2")},
    7: {"BME": ("47.3", "45.8"), "White": ("61.5", "60.9")},
    8: {"BME": ("14.4", "15.6"), "White": ("6.1", "6.9")},
    9: {"BME": ("15.8", "10.5"), "White": ("84.2", "89.5")},
}
SECTION_RATIOS = {2: ("1.31", "1.44"), 3: ("1.27", "1.39"), 4: ("1.02", "1.09")}

# 4. a borderless grid, indicator names in a left gutter, years shortened '23/24'
GUTTER = {
    1: {"BME": ("17.7", "16.4"), "White": ("79.5", "80.8")},
    5: {"BME": ("30.9", "32.1"), "White": ("26.7", "27.4")},
    6: {"BME": ("28.4", "29.8"), "White": ("22.8", "23.5")},
    7: {"BME": ("41.2", "39.9"), "White": ("57.6", "56.8")},
    8: {"BME": ("17.5", "18.3"), "White": ("7.3", "8.2")},
    9: {"BME": ("11.1", "5.9"), "White": ("88.9", "94.1")},
}
GUTTER_RATIOS = {2: ("1.47", "1.61"), 3: ("1.22", "1.33"), 4: ("0.94", "1.06")}

# 5. BME over White stacked in one cell, a key saying which is which
STACKED = {
    1: {"BME": ("26.8", "25.2"), "White": ("70.3", "71.9")},
    5: {"BME": ("32.5", "34.6"), "White": ("27.2", "28.3")},
    6: {"BME": ("25.7", "26.9"), "White": ("19.8", "20.6")},
    7: {"BME": ("48.9", "46.2"), "White": ("62.4", "61.3")},
    8: {"BME": ("13.6", "14.8"), "White": ("5.9", "6.4")},
    9: {"BME": ("20.0", "14.3"), "White": ("80.0", "85.7")},
}
STACKED_RATIOS = {2: ("1.26", "1.35"), 3: ("1.45", "1.21"), 4: ("1.11", "1.08")}


def _gaps(figures: dict) -> list[str]:
    """The 'Gap (points)' a table prints beside the survey indicators: BME less White."""
    out = []
    for ind in (5, 6, 7, 8):
        for j in (0, 1):
            b, w = figures[ind]["BME"][j], figures[ind]["White"][j]
            out.append(f"{float(b) - float(w):+.1f}")
    return out


SECTION_GAPS = _gaps(SECTIONS)

NOT_KEYED: dict[int, list[str]] = {
    0: list(CALLOUT_NATIONAL.values()),
    1: [],
    2: SECTION_GAPS,
    3: [],
    4: [],
}
