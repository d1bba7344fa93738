"""The figures of held-out set AG's WRES layouts (wres_ag.py): fictional trusts, figures
of our own, nothing from the corpus, typed by hand. Strings as printed (one decimal for
percentages, two for ratios). {indicator: {group: (2023/24, 2022/23)}} and
{indicator: (2023/24, 2022/23)} for the relative likelihoods."""

from __future__ import annotations

# 1. a table an indicator, each named only by the caption printed beneath it
CAPTIONED = {
    1: {"BME": ("23.6", "22.1"), "White": ("73.2", "74.9")},
    5: {"BME": ("31.2", "29.7"), "White": ("26.4", "27.1")},
    6: {"BME": ("27.8", "28.5"), "White": ("22.3", "21.6")},
    7: {"BME": ("44.7", "43.2"), "White": ("57.9", "58.6")},
    8: {"BME": ("16.1", "17.4"), "White": ("7.4", "7.9")},
    9: {"BME": ("15.4", "8.3"), "White": ("84.6", "91.7")},
}
CAPTIONED_RATIOS = {2: ("1.34", "1.52"), 3: ("1.21", "1.09"), 4: ("1.06", "0.97")}

# 2. a narrative report, each paragraph opened by a bold run-in head
RUN_IN = {
    1: {"BME": ("18.9", "17.6"), "White": ("77.4", "78.8")},
    5: {"BME": ("29.1", "30.6"), "White": ("24.3", "25.2")},
    6: {"BME": ("25.7", "26.9"), "White": ("20.8", "21.1")},
    7: {"BME": ("41.5", "40.2"), "White": ("55.6", "56.9")},
    8: {"BME": ("14.9", "16.3"), "White": ("6.2", "6.9")},
    9: {"BME": ("21.4", "14.3"), "White": ("78.6", "85.7")},
}
RUN_IN_RATIOS = {2: ("1.29", "1.41"), 3: ("1.15", "1.33"), 4: ("1.02", "1.08")}

# 3. the plain summary table, its year heads typed with an en dash ('2023–24')
EN_DASH = {
    1: {"BME": ("27.3", "25.8"), "White": ("69.9", "71.6")},
    5: {"BME": ("32.6", "31.9"), "White": ("27.7", "28.2")},
    6: {"BME": ("29.3", "30.1"), "White": ("23.9", "22.8")},
    7: {"BME": ("46.1", "44.9"), "White": ("60.8", "61.3")},
    8: {"BME": ("18.4", "19.1"), "White": ("8.9", "9.6")},
    9: {"BME": ("16.7", "9.1"), "White": ("83.3", "90.9")},
}
EN_DASH_RATIOS = {2: ("1.47", "1.58"), 3: ("1.26", "1.18"), 4: ("1.12", "1.03")}

# 4. one table whose indicator and source cells are merged down across their rows
ROWSPAN = {
    1: {"BME": ("16.2", "15.1"), "White": ("80.3", "81.5")},
    5: {"BME": ("27.4", "28.8"), "White": ("23.1", "24.6")},
    6: {"BME": ("24.5", "25.9"), "White": ("19.6", "20.2")},
    7: {"BME": ("39.8", "38.6"), "White": ("52.7", "54.1")},
    8: {"BME": ("13.6", "15.2"), "White": ("5.8", "6.4")},
    9: {"BME": ("17.6", "11.8"), "White": ("82.4", "88.2")},
}
ROWSPAN_RATIOS = {2: ("1.38", "1.26"), 3: ("1.44", "1.31"), 4: ("0.94", "1.05")}

# 5. a bulleted list nested three deep: indicator, then group, then a line a year
OUTLINE = {
    1: {"BME": ("20.7", "19.3"), "White": ("76.1", "77.8")},
    5: {"BME": ("30.3", "31.7"), "White": ("25.5", "26.1")},
    6: {"BME": ("26.2", "27.4"), "White": ("21.7", "23.0")},
    7: {"BME": ("43.8", "42.5"), "White": ("59.4", "60.0")},
    8: {"BME": ("17.9", "16.6"), "White": ("8.1", "7.6")},
    9: {"BME": ("23.1", "15.4"), "White": ("76.9", "84.6")},
}
OUTLINE_RATIOS = {2: ("1.51", "1.63"), 3: ("1.12", "1.27"), 4: ("1.09", "1.14")}
