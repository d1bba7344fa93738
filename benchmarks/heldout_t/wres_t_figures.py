"""The figures of held-out set T's WRES layouts (wres_t.py): fictional trusts, figures
of our own, nothing from the corpus, typed by hand. Strings as printed (one decimal for percentages, two for
relative likelihoods). {indicator: {group: (2023/24, 2022/23)}} and {indicator:
(2023/24, 2022/23)} for the relative likelihoods. NOT_KEYED holds, per layout, what it
prints that must stay out of the truth (national figures, targets, changes)."""

from __future__ import annotations

WORDS = {
    1: "BME and White staff as a share of the workforce",
    5: "Staff experiencing harassment, bullying or abuse from patients, relatives or the public",
    6: "Staff experiencing harassment, bullying or abuse from colleagues",
    7: "Staff believing the organisation provides equal opportunities for promotion",
    8: "Staff personally experiencing discrimination at work from a manager or team member",
    9: "Board voting members by ethnicity",
}
RATIO_WORDS = {
    2: "Likelihood of White applicants being appointed from shortlisting compared to BME",
    3: "Likelihood of BME staff entering the formal disciplinary process compared to White",
    4: "Likelihood of White staff accessing non-mandatory training and CPD compared to BME",
}

# 1. one wide table: the groups as rows, each indicator a column group of two years
WIDE = {
    1: {"BME": ("22.4", "20.9"), "White": ("74.1", "75.7")},
    5: {"BME": ("30.2", "31.9"), "White": ("25.1", "26.3")},
    6: {"BME": ("28.7", "27.4"), "White": ("21.5", "22.8")},
    7: {"BME": ("43.8", "41.5"), "White": ("58.2", "57.9")},
    8: {"BME": ("15.7", "16.8"), "White": ("6.9", "7.6")},
    9: {"BME": ("14.3", "8.3"), "White": ("85.7", "91.7")},
}
WIDE_RATIOS = {2: ("1.39", "1.52"), 3: ("1.21", "1.34"), 4: ("1.04", "1.13")}

# 2. a slide deck: one indicator a page, a big figure, a 'vs 2022/23:' line
SLIDES = {
    1: {"BME": ("19.6", "18.2"), "White": ("77.8", "79.1")},
    5: {"BME": ("27.9", "29.5"), "White": ("23.4", "24.7")},
    6: {"BME": ("26.6", "28.1"), "White": ("20.9", "21.6")},
    7: {"BME": ("46.1", "44.7"), "White": ("60.3", "59.8")},
    8: {"BME": ("14.9", "16.2"), "White": ("6.4", "7.1")},
    9: {"BME": ("16.7", "11.8"), "White": ("83.3", "88.2")},
}
SLIDE_RATIOS = {2: ("1.33", "1.48"), 3: ("1.16", "1.27"), 4: ("0.98", "1.07")}
SLIDE_TARGETS = {5: "25.0", 7: "52.0", 8: "12.0"}

# 3. an appendix table in long format: Indicator | Year | Group | Value | Notes
LONG = {
    1: {"BME": ("25.3", "23.7"), "White": ("71.8", "73.6")},
    5: {"BME": ("33.1", "34.4"), "White": ("27.6", "28.9")},
    6: {"BME": ("29.3", "30.6"), "White": ("23.2", "24.1")},
    7: {"BME": ("40.7", "38.6"), "White": ("55.4", "54.9")},
    8: {"BME": ("18.1", "19.4"), "White": ("8.3", "8.8")},
    9: {"BME": ("12.5", "6.3"), "White": ("87.5", "93.8")},
}
LONG_RATIOS = {2: ("1.58", "1.71"), 3: ("1.29", "1.42"), 4: ("1.12", "1.19")}
REVISED = {(5, "BME", "2022/23"), (8, "White", "2022/23"), (3, None, "2022/23")}

# 4. a paragraph list: '• Indicator 5: BME 30.2%, White 25.1% (2023/24)'
BULLETS = {
    1: {"BME": ("16.9", "15.8"), "White": ("80.6", "81.5")},
    5: {"BME": ("31.4", "32.7"), "White": ("26.2", "27.7")},
    6: {"BME": ("27.1", "28.3"), "White": ("22.3", "23.0")},
    7: {"BME": ("45.2", "43.1"), "White": ("61.7", "60.4")},
    8: {"BME": ("17.2", "18.6"), "White": ("7.8", "8.4")},
    9: {"BME": ("10.0", "9.1"), "White": ("90.0", "90.9")},
}
BULLET_RATIOS = {2: ("1.44", "1.36"), 3: ("1.31", "1.19"), 4: ("1.09", "0.96")}
BULLET_NATIONAL = {5: "28.4", 6: "24.6", 7: "44.4"}

# 5. a table a group ('BME staff', 'White staff'), year columns and a change column,
# with a summary in words ('around one in five') above it
CHANGE = {
    1: {"BME": ("20.6", "19.3"), "White": ("76.5", "77.9")},
    5: {"BME": ("28.8", "30.4"), "White": ("24.6", "25.5")},
    6: {"BME": ("25.9", "27.2"), "White": ("19.7", "21.1")},
    7: {"BME": ("49.3", "47.6"), "White": ("63.1", "62.2")},
    8: {"BME": ("13.8", "15.3"), "White": ("5.7", "6.3")},
    9: {"BME": ("22.2", "18.2"), "White": ("77.8", "81.8")},
}
CHANGE_RATIOS = {2: ("1.23", "1.41"), 3: ("1.37", "1.26"), 4: ("1.14", "1.02")}


def _changes(figures: dict) -> list[str]:
    """The change column ('+1.3' / '-1.6'): this year less last year."""
    return [
        f"{float(now) - float(before):+.1f}"
        for groups in figures.values()
        for now, before in groups.values()
    ]


NOT_KEYED: dict[int, list[str]] = {
    0: [],
    1: list(SLIDE_TARGETS.values()),
    2: [],
    3: list(BULLET_NATIONAL.values()),
    4: _changes(CHANGE),
}
