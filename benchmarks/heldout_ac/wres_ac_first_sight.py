"""Held-out set AC's WRES half (wres_ac.py) at first sight: scored ONCE with
benchmarks/heldout_score.py (`wres_table(hs, wres_scores(hs))`) after the set and its
test were finished and committed (c270873), the parser that of main at 20dc011 (this
branch never touches parsers/). For the lead to merge into score.py's FIRST_SIGHT.

Rows: (found with the right key, precision, misattributed, found, truth), rounded to 3
places as benchmarks/heldout_ab/score.py's WRES rows are.
"""

from __future__ import annotations

FIRST_SIGHT_COMMIT = "20dc011"
# Seen at first sight (from the scores and the figures read; no truth changed): 501 of
# 723 found, precision 0.791, 36 misattributed, all 36 by the band field.
# - Three years with a change column and trend words: every figure, every format
#   (135 of 135); the signed changes and the trend words gave no figure.
# - Reporting template: the 30 figures outside indicator 1's bands read right in every
#   format; none of the 44 band-within-staff-group rows (non-clinical, clinical,
#   medical and dental) is read at all (no figure, no extra): 90 of 222.
# - Bullets with last year's figure after a bare year: this year's figures and the
#   bracketed '(2023: x%)' of indicators 1 to 4 and 9 read right (2022/23); the
#   bracketed '(2022: x%)' of the survey indicators 5 to 8 are not read (8 a rendering):
#   66 of 90, no extra.
# - Workforce profile: Table 1's plain bands ('Band 4' .. 'Band 8a') and the rest read
#   right; its three ranged bands are keyed with the band reworded ('Bands 1 to 3',
#   'Bands 8b to 8d', 'Bands 9 to VSM' for 'Bands 1-3', 'Band 8b-8d', 'Band 9 and VSM'
#   as printed): 12 a rendering, the 36 misattributed, the same conflict of
#   conventions set AB's first sight found (groups, years and values right). Table 2
#   (each group's staff spread over the bands, read down) is read as indicator 1 too:
#   32 extra figures a rendering keyed like band shares, with the census row left out.
#   150 of 186, precision 0.532.
# - Responsive web table: nothing at all read from the HTML page (0 figures parsed),
#   where the cells open with their hidden column headings; the PDF and DOCX (the plain
#   table) read 30 of 30: 60 of 90.
FIRST_SIGHT_WRES: dict[str, tuple[float, ...]] = {
    "WRES, all": (0.693, 0.791, 36, 501, 723),
    "WRES, HTML": (0.61, 0.77, 12, 147, 241),
    "WRES, PDF": (0.734, 0.801, 12, 177, 241),
    "WRES, DOCX": (0.734, 0.801, 12, 177, 241),
    "WRES, the NHS England reporting template table ('Indicator | Description | Ethnicity | Data for reporting year (2023/24) | Data for previous year (2022/23) | Narrative'), indicator 1 split into non-clinical, clinical and medical and dental rows by grouped band ('Clinical workforce: Bands 5-7', 'Medical and dental workforce: Consultants'), BME and White rows under each": (
        0.405,
        1.0,
        0,
        90,
        222,
    ),
    "WRES, one table of three years side by side, oldest first ('2021/22 | 2022/23 | 2023/24'), a signed 'Change on last year' column ('+1.3 pts', '-0.12') and a 'Trend' column of words ('Improved', 'Deteriorated', 'No change')": (
        1.0,
        1.0,
        0,
        135,
        135,
    ),
    "WRES, a section an indicator: its heading, the indicator's title in italics, a line naming the dates, then bullet lines 'BME: 23.7% (2023: 22.1%)', last year's figure in brackets after a bare year (the snapshot's year for 1 to 4 and 9, the survey's for 5 to 8)": (
        0.733,
        1.0,
        0,
        66,
        90,
    ),
    "WRES, a workforce profile printing indicator 1 twice: each pay band's share by ethnicity read across (the indicator, with an 'All staff' and a 'Local population (Census 2021)' row), then each group's staff spread over the bands read down ('BME staff' columns adding to 100%) under the same '31 March' heads": (
        0.806,
        0.532,
        36,
        150,
        186,
    ),
    "WRES, a web page's responsive table ('Indicator | Ethnic group | This year (2023/24) | Last year (2022/23)'), each cell opening with its column heading in a span hidden on wide screens ('This year (2023/24) 25.5%'), as page templates stack tables for phones; printed as the plain table": (
        0.667,
        1.0,
        0,
        60,
        90,
    ),
}
