"""The figures of held-out set AJ's WRES layouts (wres_aj.py): ten fictional trusts,
two a layout, figures of our own, nothing from the corpus, typed by hand. Each trust's
figures are typed as a small grid, one line an indicator, strings as printed:

    <indicator> <BME this year> <BME last year> <White this year> <White last year>
    <indicator> <ratio this year> <ratio last year>            (2 to 4)

The first trust of each layout reports 2024/25 beside 2023/24, the second 2023/24
beside 2022/23. The board shares are whole members of a board ('2 of 13' is 15.4%).
The integrated care systems' figures (layout 3) are typed the same way and are in no
truth.
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

# 1. a board paper: its cover sheet, then the plain summary table
COVER = (
    _trust(
        "Wansbeck Vale Hospitals NHS Foundation Trust",
        NEW,
        """
        1 18.9 17.6 78.4 79.8
        2 1.36 1.48
        3 1.21 1.35
        4 1.05 0.97
        5 30.2 31.5 25.7 26.3
        6 27.1 28.4 21.6 22.9
        7 44.8 43.2 57.9 58.6
        8 16.1 17.3 7.6 8.1
        9 15.4 8.3 84.6 91.7
        """,
    ),
    _trust(
        "Lambourn Reach Community NHS Trust",
        OLD,
        """
        1 11.4 10.7 85.9 86.8
        2 1.58 1.64
        3 1.32 1.19
        4 1.09 1.12
        5 26.6 27.8 23.4 24.2
        6 23.8 24.9 18.7 19.5
        7 47.9 46.1 61.2 61.9
        8 12.9 14.1 6.3 6.9
        9 18.2 9.1 81.8 90.9
        """,
    ),
)

# 2. the summary table under month-range period heads ('Apr 2024 – Mar 2025')
PERIODS = (
    _trust(
        "Nidd Ings NHS Trust",
        NEW,
        """
        1 23.6 22.2 73.1 74.5
        2 1.25 1.39
        3 1.17 1.28
        4 0.99 1.06
        5 29.8 31.0 25.1 25.9
        6 26.4 27.9 20.7 21.3
        7 45.9 44.4 58.1 59.3
        8 15.7 16.6 7.3 7.9
        9 21.4 14.3 78.6 85.7
        """,
    ),
    _trust(
        "Teign Edge Mental Health NHS Foundation Trust",
        OLD,
        """
        1 14.8 13.9 82.6 83.7
        2 1.47 1.53
        3 1.39 1.46
        4 1.13 1.04
        5 27.4 28.3 24.0 24.8
        6 24.7 25.6 19.1 19.9
        7 46.6 45.2 59.8 60.7
        8 14.2 15.0 6.8 7.2
        9 12.5 6.3 87.5 93.8
        """,
    ),
)

# 3. the trust's summary table, then its integrated care system's in the same shape
ICS = (
    _trust(
        "Severnside Teaching Hospitals NHS Trust",
        NEW,
        """
        1 27.5 25.8 69.7 71.4
        2 1.24 1.33
        3 1.28 1.41
        4 1.07 1.01
        5 31.4 32.7 26.5 27.2
        6 28.9 29.8 22.4 23.1
        7 42.7 41.3 55.8 56.9
        8 17.6 18.4 8.6 9.2
        9 23.5 17.6 76.5 82.4
        """,
    ),
    _trust(
        "Fenland Marsh NHS Foundation Trust",
        OLD,
        """
        1 13.1 12.3 84.2 85.1
        2 1.62 1.71
        3 1.11 1.26
        4 1.15 1.08
        5 25.9 27.1 22.8 23.6
        6 22.4 23.7 17.9 18.8
        7 49.7 48.3 62.5 63.4
        8 12.2 13.4 5.9 6.2
        9 16.7 8.3 83.3 91.7
        """,
    ),
)
# each trust's integrated care system (all its NHS trusts together): in no truth
SYSTEMS = (
    _trust(
        "Lower Severn Integrated Care System",
        NEW,
        """
        1 24.1 22.9 72.6 73.8
        2 1.35 1.42
        3 1.19 1.30
        4 1.02 1.05
        5 30.1 31.2 25.8 26.6
        6 27.3 28.5 21.5 22.2
        7 44.0 42.9 57.1 58.0
        8 16.5 17.1 8.0 8.5
        9 19.6 16.2 78.3 81.9
        """,
    ),
    _trust(
        "Wissey and Stour Integrated Care System",
        OLD,
        """
        1 16.3 15.4 80.7 81.9
        2 1.49 1.57
        3 1.22 1.31
        4 1.10 1.06
        5 27.0 28.2 23.5 24.1
        6 23.9 25.0 18.8 19.6
        7 47.6 46.4 60.3 61.1
        8 13.6 14.5 6.6 7.0
        9 13.9 11.8 84.7 86.5
        """,
    ),
)

# 4. the staff survey indicators as the survey's answer distributions
ANSWERS = (
    _trust(
        "Coquetdale Moor NHS Trust",
        NEW,
        """
        1 20.7 19.4 76.1 77.5
        2 1.33 1.44
        3 1.26 1.37
        4 1.04 0.96
        5 28.8 30.3 24.6 25.2
        6 25.5 27.0 19.9 20.8
        7 46.1 44.7 58.4 59.5
        8 15.2 16.0 7.1 7.4
        9 26.7 20.0 73.3 80.0
        """,
    ),
    _trust(
        "Crouch Saltings Community Health NHS Trust",
        OLD,
        """
        1 30.4 28.9 66.2 67.8
        2 1.21 1.29
        3 1.45 1.52
        4 0.94 1.02
        5 32.6 33.9 27.7 28.5
        6 29.3 30.1 23.0 23.8
        7 41.8 40.6 54.9 55.7
        8 18.3 19.0 9.0 9.4
        9 25.0 16.7 75.0 83.3
        """,
    ),
)

# 5. this year's figures in the text, last year's only in numbered endnotes
ENDNOTES = (
    _trust(
        "Parrett Levels NHS Foundation Trust",
        NEW,
        """
        1 17.2 16.0 80.1 81.3
        2 1.41 1.50
        3 1.14 1.23
        4 1.08 1.14
        5 28.1 29.5 23.7 24.4
        6 25.2 26.6 19.4 20.3
        7 46.9 45.7 60.1 60.8
        8 14.9 15.5 6.7 7.1
        9 22.2 11.1 77.8 88.9
        """,
    ),
    _trust(
        "Wharfe Gorge University Hospitals NHS Trust",
        OLD,
        """
        1 22.9 21.7 74.0 75.2
        2 1.30 1.38
        3 1.34 1.22
        4 1.01 1.10
        5 29.5 30.8 24.9 25.5
        6 26.0 27.5 20.4 21.1
        7 45.1 43.8 57.4 58.2
        8 16.7 17.5 7.8 8.2
        9 14.3 7.1 85.7 92.9
        """,
    ),
)

SHORT = {
    1: "Workforce by ethnicity",
    2: "Appointment after shortlisting",
    3: "Entering a formal disciplinary process",
    4: "Access to non-mandatory training and CPD",
    5: "Harassment, bullying or abuse from patients, relatives or the public",
    6: "Harassment, bullying or abuse from staff",
    7: "Belief in equal opportunities for career progression or promotion",
    8: "Discrimination from a manager, team leader or other colleague",
    9: "Ethnicity of the board's voting members",
}
