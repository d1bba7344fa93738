"""The figures of held-out set AI's WRES layouts (wres_ai.py): ten fictional trusts,
two a layout, figures of our own, nothing from the corpus, typed by hand. Each trust's
figures are typed as a small grid, one line an indicator, strings as printed:

    <indicator> <BME this year> <BME last year> <White this year> <White last year>
    <indicator> <ratio this year> <ratio last year>            (2 to 4)

The first trust of each layout reports 2024/25 beside 2023/24, the second 2023/24
beside 2022/23. The board shares are whole members of a board ('3 of 14' is 21.4%).
"""

from __future__ import annotations

from dataclasses import dataclass

RATIOS = (2, 3, 4)
GROUPS = ("BME", "White")


@dataclass(frozen=True)
class Trust:
    name: str
    years: tuple[str, str]  # this year, last year: '2024/25', '2023/24'
    figures: dict[int, dict[str, tuple[str, str]]]  # {indicator: {group: (this, last)}}
    ratios: dict[int, tuple[str, str]]  # {indicator: (this, last)}

    @property
    def snapshots(self) -> tuple[str, str]:
        """The 31 March dates closing the two years."""
        return tuple(f"31 March 20{y[-2:]}" for y in self.years)  # type: ignore[return-value]

    @property
    def surveys(self) -> tuple[str, str]:
        """The staff survey years of the two years ('2024' for 2024/25)."""
        return tuple(y[:4] for y in self.years)  # type: ignore[return-value]


def _grid(text: str) -> tuple[dict, dict]:
    figures: dict[int, dict[str, tuple[str, str]]] = {}
    ratios: dict[int, tuple[str, str]] = {}
    for line in text.strip().splitlines():
        i, *values = line.split()
        if int(i) in RATIOS:
            ratios[int(i)] = (values[0], values[1])
        else:
            figures[int(i)] = {"BME": (values[0], values[1]), "White": (values[2], values[3])}
    return figures, ratios


def _trust(name: str, years: tuple[str, str], text: str) -> Trust:
    return Trust(name, years, *_grid(text))


NEW = ("2024/25", "2023/24")
OLD = ("2023/24", "2022/23")

# 1. the summary table printed to two decimal places
TWO_PLACES = (
    _trust(
        "Lydbrook Cross NHS Foundation Trust",
        NEW,
        """
        1 22.47 21.08 74.36 75.81
        2 1.34 1.46
        3 1.18 1.29
        4 1.06 0.98
        5 29.63 31.12 25.40 26.05
        6 26.18 27.74 20.93 21.47
        7 45.82 43.96 58.27 59.10
        8 15.36 16.21 7.04 7.58
        9 14.29 7.69 85.71 92.31
        """,
    ),
    _trust(
        "Stoneleigh Fen Community NHS Trust",
        OLD,
        """
        1 17.93 16.42 79.85 81.20
        2 1.52 1.61
        3 1.41 1.12
        4 0.93 1.08
        5 27.05 28.66 24.71 25.38
        6 23.49 25.02 19.36 20.15
        7 47.31 46.70 60.44 61.02
        8 13.88 14.95 6.57 7.13
        9 16.67 8.33 83.33 91.67
        """,
    ),
)

# 2. a section a table, under a contents page, running heads and page numbers
FURNISHED = (
    _trust(
        "Corvedale and Wrekin Hospitals NHS Trust",
        NEW,
        """
        1 25.3 23.9 71.2 72.8
        2 1.27 1.35
        3 1.09 1.24
        4 1.02 1.11
        5 30.4 31.8 26.2 26.9
        6 27.6 28.1 21.4 22.6
        7 44.1 42.5 57.6 58.3
        8 16.4 17.2 7.9 8.3
        9 18.8 13.3 81.3 86.7
        """,
    ),
    _trust(
        "Hatherleigh Moor NHS Foundation Trust",
        OLD,
        """
        1 12.6 11.8 84.9 85.5
        2 1.61 1.73
        3 1.36 1.52
        4 1.14 1.07
        5 26.3 27.9 23.1 24.0
        6 22.8 24.5 18.6 19.2
        7 48.9 47.3 61.7 62.4
        8 12.5 13.6 5.8 6.4
        9 7.7 7.1 92.3 92.9
        """,
    ),
)

# 3. a narrative report calling the BME group 'racially minoritised' colleagues
MINORITISED = (
    _trust(
        "Ravenglass Fell NHS Trust",
        NEW,
        """
        1 28.7 26.9 68.4 70.3
        2 1.22 1.30
        3 1.15 1.38
        4 0.96 1.04
        5 31.2 32.5 27.1 27.8
        6 25.9 27.3 20.2 21.0
        7 46.3 44.8 56.9 57.5
        8 17.1 16.4 8.2 8.0
        9 23.1 21.4 76.9 78.6
        """,
    ),
    _trust(
        "Kennet Downs Mental Health NHS Foundation Trust",
        OLD,
        """
        1 19.4 18.1 77.2 78.6
        2 1.43 1.55
        3 1.26 1.17
        4 1.10 1.16
        5 28.2 29.6 24.5 25.7
        6 24.3 26.0 19.8 20.6
        7 43.6 41.9 55.4 56.8
        8 14.7 15.8 6.9 7.5
        9 11.1 10.0 88.9 90.0
        """,
    ),
)

# 4. a designed report: the prose in one column, the figures in a sidebar box beside it
SIDEBAR = (
    _trust(
        "Redesdale Forest NHS Trust",
        NEW,
        """
        1 21.6 20.3 75.1 76.4
        2 1.31 1.42
        3 1.24 1.33
        4 1.01 1.09
        5 29.1 30.7 24.8 25.6
        6 26.7 27.2 20.5 21.8
        7 45.4 43.1 58.8 59.7
        8 15.9 17.0 7.2 7.7
        9 20.0 13.3 80.0 86.7
        """,
    ),
    _trust(
        "Charnwood Brook University Hospitals NHS Foundation Trust",
        OLD,
        """
        1 15.2 14.0 82.3 83.6
        2 1.48 1.39
        3 1.05 1.21
        4 1.12 1.19
        5 27.7 28.9 23.9 24.6
        6 24.6 25.8 18.9 20.1
        7 49.2 47.7 62.3 63.1
        8 13.2 14.4 6.1 6.6
        9 12.5 6.7 87.5 93.3
        """,
    ),
)
# what each section's prose says of the country (not the trust's: in no truth)
NATIONAL = {
    1: "27.9%",
    2: "1.59",
    3: "1.14",
    4: "1.06",
    5: "28.4%",
    6: "25.1%",
    7: "45.9%",
    8: "16.3%",
    9: "16.5%",
}

# 5. a dashboard of tiles two to a row, a small table in each tile
TILES = (
    _trust(
        "Wyre Estuary NHS Trust",
        NEW,
        """
        1 26.8 25.1 70.6 72.2
        2 1.29 1.37
        3 1.31 1.44
        4 1.03 0.95
        5 30.9 32.2 25.9 26.4
        6 28.4 29.6 22.1 22.7
        7 43.7 42.2 56.3 57.4
        8 16.8 18.1 8.4 8.9
        9 21.4 15.4 78.6 84.6
        """,
    ),
    _trust(
        "Ashdown Heath Community Health NHS Trust",
        OLD,
        """
        1 9.8 9.1 87.6 88.4
        2 1.57 1.66
        3 1.47 1.28
        4 1.08 1.13
        5 25.8 27.4 22.7 23.5
        6 21.9 23.3 17.4 18.3
        7 50.6 48.8 63.2 63.9
        8 11.9 12.7 5.5 6.1
        9 10.0 9.1 90.0 90.9
        """,
    ),
)

SHORT = {
    1: "Workforce",
    2: "Appointment from shortlisting",
    3: "Formal disciplinary process",
    4: "Non-mandatory training and CPD",
    5: "Harassment, bullying or abuse from patients, relatives or the public",
    6: "Harassment, bullying or abuse from colleagues",
    7: "Equal opportunities for career progression or promotion",
    8: "Discrimination from a manager, team leader or colleague",
    9: "Voting membership of the board",
}
