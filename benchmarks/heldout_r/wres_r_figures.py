"""The figures of held-out set R's WRES layouts (wres_r.py), typed by hand: fictional
trusts, figures of our own, nothing from the corpus. Strings as printed (one decimal
for percentages, two for relative likelihoods). Two-year figures are {indicator:
{group: (2023/24, 2022/23)}} and {indicator: (2023/24, 2022/23)} for the relative
likelihoods; the chart layout's are three years (2021/22, 2022/23, 2023/24), oldest
first. NOT_KEYED holds, per layout, the national figures and headcounts each prints
that must stay out of the truth."""

from __future__ import annotations

WORDS = {
    1: "Workforce",
    5: "Abuse from the public",
    6: "Abuse from colleagues",
    7: "Equal chances of promotion",
    8: "Discrimination by managers or colleagues",
    9: "Board voting membership",
}
RATIO_WORDS = {
    2: "Appointment from shortlisting",
    3: "Formal disciplinary process",
    4: "Non-mandatory training and CPD",
}

# 1. indicator 1, a table per staff group, bands as rows, two snapshot years
#    {staff group: [(band, (White 2024, BME 2024, White 2023, BME 2023), headcount)]}
BANDED = {
    "clinical": [
        ("Band 2", ("61.3", "35.8", "63.9", "33.1"), "412"),
        ("Band 3", ("68.2", "29.4", "69.7", "27.6"), "537"),
        ("Band 4", ("74.6", "22.1", "76.0", "20.8"), "298"),
        ("Band 5", ("55.7", "41.9", "58.2", "39.3"), "1,318"),
        ("Band 6", ("70.4", "27.2", "72.9", "24.6"), "1,006"),
        ("Band 7", ("79.8", "17.9", "81.5", "16.0"), "652"),
    ],
    "non_clinical": [
        ("Band 2", ("83.4", "14.1", "84.6", "12.9"), "276"),
        ("Band 3", ("86.1", "11.5", "87.3", "10.2"), "389"),
        ("Band 4", ("87.9", "9.8", "88.6", "9.0"), "214"),
        ("Band 5", ("85.2", "12.3", "86.8", "10.7"), "141"),
        ("Band 6", ("89.5", "8.1", "90.3", "7.2"), "93"),
        ("Band 7", ("91.6", "6.0", "92.4", "5.3"), "68"),
    ],
}

# 2. infographic cards, this year's figure large, last year's beneath
CARDS = {
    1: {"BME": ("20.6", "19.2"), "White": ("76.8", "78.3")},
    5: {"BME": ("33.4", "35.1"), "White": ("27.5", "28.9")},
    6: {"BME": ("28.1", "29.6"), "White": ("22.6", "23.4")},
    7: {"BME": ("42.8", "40.5"), "White": ("56.9", "57.7")},
    8: {"BME": ("17.2", "18.8"), "White": ("7.9", "8.3")},
    9: {"BME": ("12.5", "6.3"), "White": ("87.5", "93.8")},
}
CARD_RATIOS = {2: ("1.41", "1.58"), 3: ("1.26", "1.44"), 4: ("1.04", "1.12")}

# 3. chart data printed as 'Series:' lines, three years, oldest first
CHART_YEARS = ("2021/22", "2022/23", "2023/24")
SERIES = {
    1: {"White": ("80.2", "78.9", "77.1"), "BME": ("16.9", "18.3", "20.0")},
    5: {"White": ("27.9", "26.4", "25.8"), "BME": ("32.6", "31.7", "30.2")},
    6: {"White": ("24.4", "23.0", "22.3"), "BME": ("30.5", "29.3", "27.7")},
    7: {"White": ("55.1", "56.0", "57.4"), "BME": ("38.7", "40.2", "43.1")},
    8: {"White": ("8.6", "7.8", "7.2"), "BME": ("19.9", "18.4", "16.6")},
    9: {"White": ("92.9", "86.7", "85.7"), "BME": ("7.1", "13.3", "14.3")},
}
SERIES_RATIOS = {
    2: ("1.69", "1.51", "1.33"),
    3: ("1.48", "1.35", "1.22"),
    4: ("1.14", "1.09", "0.96"),
}
SERIES_NATIONAL = {  # a 'National' series on some charts: not the trust's figures
    5: ("29.4", "28.5", "27.6"),
    8: ("15.3", "14.8", "14.1"),
}

# 4. a long narrative: figures only in sentences
NARRATIVE = {
    1: {"BME": ("18.6", "17.1"), "White": ("78.0", "79.9")},
    5: {"BME": ("29.6", "31.0"), "White": ("25.2", "26.8")},
    6: {"BME": ("26.5", "28.7"), "White": ("21.3", "22.4")},
    7: {"BME": ("45.1", "44.0"), "White": ("58.3", "57.6")},
    8: {"BME": ("15.8", "16.9"), "White": ("6.8", "7.5")},
    9: {"BME": ("15.4", "7.7"), "White": ("84.6", "92.3")},
}
NARRATIVE_RATIOS = {2: ("1.37", "1.55"), 3: ("1.19", "1.41"), 4: ("1.06", "0.98")}
NARRATIVE_NATIONAL = {5: "28.8", 6: "24.9", 8: "16.4"}

# 5. a line a year inside each cell, footnote marks, '*' and 'n/a' cells
#    None is a cell printed '*' (suppressed) or 'n/a' (not collected): not a figure
CELLS: dict[int, dict[str, tuple[str | None, str | None]]] = {
    1: {"BME": ("23.7", "22.0"), "White": ("72.9", "74.8")},
    5: {"BME": ("31.9", "34.2"), "White": ("26.3", "27.0")},
    6: {"BME": ("25.4", "27.1"), "White": ("20.9", "21.8")},
    7: {"BME": ("46.6", None), "White": ("60.2", None)},
    8: {"BME": ("14.9", "16.2"), "White": ("6.5", "7.0")},
    9: {"BME": ("14.3", None), "White": ("85.7", "93.3")},
}
CELL_RATIOS: dict[int, tuple[str | None, str | None]] = {
    2: ("1.29", "1.46"),
    3: ("1.33", "1.17"),
    4: ("1.08", "1.21"),
}
NOT_PRINTED = {(7, "BME", 1): "n/a", (7, "White", 1): "n/a", (9, "BME", 1): "*"}
MARKED = {(1, "BME", 0): "¹", (5, "White", 1): "²", (8, "BME", 0): "¹", (3, None, 0): "²"}
NOTES = (
    "¹ Includes staff on fixed-term contracts for the first time.",
    "² Restated after the data were validated; the figure first published was different.",
    "* Fewer than five people; not shown to protect their identity.",
    "n/a The question was not asked in that year's survey.",
)

NOT_KEYED: dict[int, list[str]] = {
    0: [h for rows in BANDED.values() for _, _, h in rows],
    1: [],
    2: [x for years in SERIES_NATIONAL.values() for x in years],
    3: list(NARRATIVE_NATIONAL.values()),
    4: [],
}
