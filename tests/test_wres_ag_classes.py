"""The WRES readers on styles first met in held-out set AG (brief learn_ag-wres1), in
documents built here for fictional trusts, in words and figures of our own, printed to
HTML, PDF and DOCX:

- tables captioned beneath: each small table named only by the numbered caption Word
  prints under it, the first table with no caption above it (parsers/wres/
  captions_beneath.py); a report captioning above, or whose captions fit both
  readings, is read as before;
- a summary table numbering its indicators in a column of their own, the number
  printed again on each group's row ("5 | … | BME", "5 | … | White"), its year heads
  typed with an en dash (parsers/wres/numbered_rows.py);
- a financial year joined by an en dash, an em dash, a hyphen, a slash, in full
  ("2024-2025") or "2024 to 2025", in table heads, headings and sentences alike
  (parsers/wres/year_spans.py).

Every figure must be found with its key and nothing else published.
"""

from __future__ import annotations

import pytest

from benchmarks.heldout_p.render import Grid, H, P, render
from benchmarks.wres_heldout import FORMATS
from parsers.extract import extract
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.wres.captions_beneath import captioned_beneath
from parsers.wres.parse import parse_wres
from parsers.wres.year_spans import hyphenated
from tests.wres_docs import assert_exact as exactly
from tests.wres_docs import likelihood, percentage, truth_row

TRUST = "Harrowdene Valley NHS Trust"
NOW, BEFORE = "2024/25", "2023/24"


def read(blocks, fmt: str):
    data, name = render(blocks, fmt, title=TRUST, site="harrowdene")
    return parse_wres(extract(data, filename=name))


def overall(group: str, period: str, value: float) -> dict:
    return truth_row(1, "percentage", "overall", None, group, period, value)


def board(group: str, period: str, value: float) -> dict:
    return truth_row(9, "percentage", "board_voting", None, group, period, value)


# ---------------------------------------------------------------------------
# 1. tables captioned beneath

# (indicator, caption words, rows under "Group | 2024/25 | 2023/24", truth builder)
_CAPTIONED = [
    (1, "Indicator 1: ethnic make-up of our whole workforce at 31 March", [("BME", "19.4%", "18.1%"), ("White", "76.2%", "77.9%")]),
    (2, "Indicator 2: likelihood of White applicants being appointed after shortlisting relative to BME applicants", [("Relative likelihood", "1.31", "1.46")]),
    (3, "Indicator 3: likelihood of BME colleagues entering a formal disciplinary process relative to White colleagues", [("Relative likelihood", "1.17", "0.92")]),
    (6, "Indicator 6: colleagues reporting harassment, bullying or abuse from other colleagues", [("BME", "26.6%", "27.3%"), ("White", "21.2%", "22.0%")]),
    (9, "Indicator 9: ethnic make-up of the board's voting members at 31 March", [("BME", "18.2%", "9.1%"), ("White", "81.8%", "90.9%")]),
]  # fmt: skip


def _captioned_truth() -> list[dict]:
    out: list[dict] = []
    for ind, _words, rows in _CAPTIONED:
        for label, now, before in rows:
            for period, printed in ((NOW, now), (BEFORE, before)):
                value = float(printed.rstrip("%"))
                if label == "Relative likelihood":
                    out.append(likelihood(ind, "BME" if ind == 3 else "White", period, value))
                elif ind == 1:
                    out.append(overall(label, period, value))
                elif ind == 9:
                    out.append(board(label, period, value))
                else:
                    out.append(percentage(ind, label, period, value))
    return out


def _captioned_blocks(beneath: bool, notes: bool = True) -> list:
    blocks: list = [
        H(TRUST),
        H("Race equality in our workforce: WRES report 2025"),
        P("The tables give our figures for 2024/25 with 2023/24 beside them."),
        H("Part A: figures from our own records"),
    ]
    for n, (ind, words, rows) in enumerate(_CAPTIONED, start=1):
        if ind == 6:
            blocks.append(H("Part B: figures from the staff survey"))
        caption = P(f"Table A.{n} \u2013 {words}", "italic")
        grid = Grid([["Group", NOW, BEFORE], *([*r] for r in rows)], header=True)
        blocks += [grid, caption] if beneath else [caption, grid]
        if notes and ind in (1, 3, 9):
            blocks.append(P("We describe the work behind this figure in our action plan."))
    return blocks


@pytest.mark.parametrize("fmt", FORMATS)
def test_tables_captioned_beneath_take_the_caption_under_them(fmt):
    report, _ = read(_captioned_blocks(beneath=True), fmt)
    exactly(report, _captioned_truth())


@pytest.mark.parametrize("fmt", FORMATS)
def test_tables_captioned_beneath_with_no_text_between_them(fmt):
    # every caption but the last stands between two tables: only the last, under the
    # last table and above none, and the first table's bare top say which way it runs
    report, _ = read(_captioned_blocks(beneath=True, notes=False), fmt)
    exactly(report, _captioned_truth())


@pytest.mark.parametrize("notes", [True, False])
def test_tables_captioned_above_are_read_as_before(notes):
    report, _ = read(_captioned_blocks(beneath=False, notes=notes), "html")
    exactly(report, _captioned_truth())


def _doc(*items: str) -> Extracted:
    """A document of text blocks and tables: "T" a table, anything else a line."""
    grid = [["Group", NOW], ["BME", "20.0%"]]
    return Extracted(items=[Table(rows=grid) if t == "T" else TextBlock(text=t) for t in items])


def test_which_way_a_report_captions():
    cap = ("Table 1: Indicator 1", "Table 2: Indicator 2", "Table 3: Indicator 3")
    assert captioned_beneath(_doc("T", cap[0], "Note.", "T", cap[1]))
    assert captioned_beneath(_doc("T", cap[0], "T", cap[1], "T", cap[2], "Ends."))
    # captions above: the first caption follows text
    assert not captioned_beneath(_doc(cap[0], "T", cap[1], "T", cap[2], "T"))
    # a table with no caption, then captions above: each caption fits both readings
    assert not captioned_beneath(_doc("T", cap[0], "T", cap[1], "T"))
    # one caption beneath and one above: no one habit
    assert not captioned_beneath(_doc("T", cap[0], "Text.", cap[1], "T"))
    # numbers that do not run down the report, and a sentence naming a table
    assert not captioned_beneath(_doc("T", cap[1], "Text.", "T", cap[0]))
    assert not captioned_beneath(_doc("T", "Table 1 shows our workforce.", "T", cap[1]))


# ---------------------------------------------------------------------------
# 2. a column numbering the indicators, the number on each group's row

_DASH_NOW, _DASH_BEFORE = "2024\u201325", "2023\u201324"


def _numbered_rows() -> list[list[str]]:
    return [
        ["No.", "WRES indicator", "Group", _DASH_NOW, _DASH_BEFORE],
        ["1", "Proportion of the overall workforce from each ethnic group", "BME", "22.5%", "21.0%"],
        ["1", "Proportion of the overall workforce from each ethnic group", "White", "74.1%", "75.6%"],
        ["2", "Relative likelihood of White applicants being appointed from shortlisting", "Relative likelihood", "1.52", "1.61"],
        ["5", "Staff experiencing harassment, bullying or abuse from patients or the public", "BME", "30.8%", "32.2%"],
        ["5", "Staff experiencing harassment, bullying or abuse from patients or the public", "White", "25.9%", "26.4%"],
        ["9", "Board voting membership by ethnic group", "BME", "20.0%", "10.0%"],
        ["9", "Board voting membership by ethnic group", "White", "80.0%", "90.0%"],
    ]  # fmt: skip


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_number_column_repeated_on_each_groups_row(fmt):
    blocks = [
        H("Ferncastle Community Health NHS Trust"),
        H(f"WRES data {_DASH_NOW}"),
        P(
            f"Survey figures under {_DASH_NOW} are from the 2024 staff survey and under "
            f"{_DASH_BEFORE} from the 2023 survey."
        ),
        Grid(_numbered_rows(), header=True, widths=(1, 7, 3, 2, 2)),
    ]
    report, _ = read(blocks, fmt)
    exactly(
        report,
        [
            overall("BME", NOW, 22.5),
            overall("BME", BEFORE, 21.0),
            overall("White", NOW, 74.1),
            overall("White", BEFORE, 75.6),
            likelihood(2, "White", NOW, 1.52),
            likelihood(2, "White", BEFORE, 1.61),
            percentage(5, "BME", NOW, 30.8),
            percentage(5, "BME", BEFORE, 32.2),
            percentage(5, "White", NOW, 25.9),
            percentage(5, "White", BEFORE, 26.4),
            board("BME", NOW, 20.0),
            board("BME", BEFORE, 10.0),
            board("White", NOW, 80.0),
            board("White", BEFORE, 90.0),
        ],
    )


# ---------------------------------------------------------------------------
# 3. a financial year however its two years are joined

_JOINS = {
    "slash": "{a}/{b2}",
    "hyphen": "{a}-{b2}",
    "en dash": "{a}\u2013{b2}",
    "em dash": "{a}\u2014{b2}",
    "spaced en dash": "{a} \u2013 {b2}",
    "in full": "{a}-{b}",
    "in full, en dash": "{a}\u2013{b}",
    "to": "{a} to {b}",
}


def _year(join: str, start: int) -> str:
    return _JOINS[join].format(a=start, b=start + 1, b2=f"{(start + 1) % 100:02d}")


def test_years_joined_by_any_dash_or_to_are_hyphenated():
    assert hyphenated("in 2024\u201325 and 2023\u201424.") == "in 2024-25 and 2023-24."
    assert hyphenated("2024 \u2013 2025") == "2024-2025"
    assert hyphenated("financial year 2024 to 2025") == "financial year 2024-2025"
    # a change between two years, years that do not follow, and a decimal stay
    for text in ("rose from 2023 to 2024", "between 2023 to 2024", "2021 to 2024", "2024\u20132.5"):
        assert hyphenated(text) == text


def _dated_blocks(join: str) -> list:
    now, before = _year(join, 2024), _year(join, 2023)
    return [
        H("Kestrel Moor Hospitals NHS Foundation Trust"),
        H(f"Workforce Race Equality Standard {now}"),
        H("Indicator 1: our workforce"),
        Grid([["Ethnic group", now, before], ["BME", "17.3%", "16.0%"], ["White", "79.8%", "81.1%"]], header=True),
        H("Indicator 3: formal disciplinary process"),
        P(
            "The relative likelihood of BME staff entering the formal disciplinary process "
            f"compared with White staff was 1.22 in {now} and 1.35 in {before}."
        ),
        H("Indicator 4: non-mandatory training and CPD"),
        P(f"{now}: 1.04"),
        P(f"{before}: 0.96"),
    ]  # fmt: skip


_DATED_TRUTH = [
    overall("BME", NOW, 17.3),
    overall("BME", BEFORE, 16.0),
    overall("White", NOW, 79.8),
    overall("White", BEFORE, 81.1),
    likelihood(3, "BME", NOW, 1.22),
    likelihood(3, "BME", BEFORE, 1.35),
    likelihood(4, "White", NOW, 1.04),
    likelihood(4, "White", BEFORE, 0.96),
]


@pytest.mark.parametrize("join", list(_JOINS))
def test_a_year_however_joined_in_heads_headings_and_sentences(join):
    report, _ = read(_dated_blocks(join), "html")
    exactly(report, _DATED_TRUTH)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_en_dash_years_in_word_and_pdf(fmt):
    report, _ = read(_dated_blocks("en dash"), fmt)
    exactly(report, _DATED_TRUTH)
