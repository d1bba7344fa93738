"""Tables a PDF prints without a full grid (only horizontal rules, or none at all):
rebuilt from word positions by parsers.extract.pdf_layout_tables.

Every WRES layout of test_wres_layouts is printed here with fpdf2 as a real PDF whose
tables have no vertical rules, and must read back to the same figures as the ruled
version, none misattributed; prose and two-column text must stay text."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from parsers.extract import extract
from parsers.extract.model import Table, TextBlock
from parsers.extract.pdf_layout_tables import Word, find_layout_tables
from parsers.wres.parse import parse_wres
from tests.test_wres_layouts import LAYOUTS, score

# the old NHS England template is a grid of free text in five columns: without rules
# its rows cannot be told apart, so it is read only when ruled (no figure is invented)
NOT_READ_UNRULED = {"publication_template"}
# the description column wraps at two words a line; two of its figures' rows are lost
PARTLY_READ = {"summary_with_descriptions": 24}


def _latin1(text: str) -> str:
    return text.replace("\u2013", "-").encode("latin-1", "replace").decode("latin-1")


def render_unruled(items, borders: str) -> bytes:
    """A PDF like a report's: a wide first column, landscape for wide tables, and
    `borders` one of fpdf2's layouts without vertical rules."""
    wide = any(isinstance(i, Table) and i.n_cols > 8 for i in items)
    pdf = FPDF(orientation="L" if wide else "P", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=8)
    for item in items:
        if isinstance(item, Table):
            n = item.n_cols
            widths = [3.5 if n > 4 else 2.5] + [1] * (n - 1)
            with pdf.table(
                borders_layout=borders,
                first_row_as_headings=False,
                line_height=4,
                text_align="LEFT",
                col_widths=widths,
            ) as table:
                for row in item.rows:
                    table.row([_latin1(c) for c in row] + [""] * (n - len(row)))
            pdf.ln(3)
        else:
            pdf.multi_cell(0, 5, _latin1(item.text), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize("borders", ["NONE", "HORIZONTAL_LINES"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_unruled_wres_tables_read_back(layout, borders):
    items, truth = LAYOUTS[layout]()
    report, _ = parse_wres(extract(render_unruled(items, borders), filename="x.pdf"))
    s = score(report.metrics, truth)
    assert s["misattributed"] == []
    assert s["extra"] == []
    if layout in NOT_READ_UNRULED:
        return
    assert s["matched"] >= PARTLY_READ.get(layout, len(truth)), s["missing"]


def _words(rows: list[tuple[float, list[tuple[float, str]]]]) -> list[Word]:
    """Words from (top, [(x0, text), ...]) lines, 5 pt per character, 8 pt high."""
    out = []
    for top, cells in rows:
        for x0, text in cells:
            x = x0
            for w in text.split():
                out.append(Word(w, x, x + 5 * len(w), top, top + 8))
                x += 5 * len(w) + 3
    return out


def test_top_aligned_labels_wrap_below_their_figures():
    words = _words(
        [
            (10, [(200, "2023"), (260, "2024")]),
            (22, [(10, "Relative likelihood of White"), (200, "1.45"), (260, "1.30")]),
            (32, [(10, "applicants being appointed")]),
            (44, [(10, "Relative likelihood of BME"), (200, "0.98"), (260, "1.10")]),
            (54, [(10, "staff entering the disciplinary")]),
        ]
    )
    (table,) = find_layout_tables(words, rules=[])
    assert table.rows == [
        ["", "2023", "2024"],
        ["Relative likelihood of White\napplicants being appointed", "1.45", "1.30"],
        ["Relative likelihood of BME\nstaff entering the disciplinary", "0.98", "1.10"],
    ]


def test_centred_figures_take_the_label_lines_around_them():
    words = _words(
        [
            (10, [(10, "Indicator"), (200, "White"), (260, "BME")]),
            (22, [(10, "Percentage of staff experiencing")]),
            (27, [(200, "25.1%"), (260, "28.0%")]),
            (32, [(10, "harassment from the public")]),
            (44, [(10, "Percentage believing the trust")]),
            (49, [(200, "58.2%"), (260, "44.1%")]),
            (54, [(10, "provides equal opportunities")]),
        ]
    )
    (table,) = find_layout_tables(words, rules=[])
    assert table.rows[1] == [
        "Percentage of staff experiencing\nharassment from the public",
        "25.1%",
        "28.0%",
    ]
    assert table.rows[2][0] == "Percentage believing the trust\nprovides equal opportunities"


def test_horizontal_rules_cut_the_rows():
    words = _words(
        [
            (10, [(10, "Band"), (200, "White"), (260, "BME")]),
            (22, [(10, "Band 5"), (200, "120"), (260, "45")]),
            (32, [(10, "Nursing and Midwifery")]),
            (44, [(10, "Band 6"), (200, "98"), (260, "30")]),
        ]
    )
    rules = [(20.0, 5.0, 300.0), (42.0, 5.0, 300.0)]
    (table,) = find_layout_tables(words, rules)
    assert table.rows == [
        ["Band", "White", "BME"],
        ["Band 5\nNursing and Midwifery", "120", "45"],
        ["Band 6", "98", "30"],
    ]


def test_prose_and_two_columns_of_text_stay_text():
    prose = _words(
        [
            (10, [(10, "At March 2024 BME colleagues made up 25.6% of the workforce,")]),
            (20, [(10, "up from 24.4% in March 2023; 180 colleagues had no ethnicity")]),
        ]
    )
    columns = _words(
        [
            (10, [(10, "Our staff network met"), (300, "The board agreed a new")]),
            (20, [(10, "six times this year"), (300, "action plan in October")]),
        ]
    )
    assert find_layout_tables(prose, rules=[]) == []
    assert find_layout_tables(columns, rules=[]) == []


def test_a_pdf_of_paragraphs_has_no_tables():
    items = [
        TextBlock(
            "The number of BAME people in the workforce at 31 March 2021 was 908, or 24.7% "
            "of the workforce overall. Medical and dental staff was 58.5% (n.188) BME. "
            "Band 2 had the largest proportion at 55% (n. 180), followed by band 9 at 30%."
        ),
        TextBlock("White staff 44.3%, BME staff 32.8% (2020); White 45.1%, BME 30.0% (2021)."),
    ]
    doc = extract(render_unruled(items, "NONE"), filename="x.pdf")
    assert doc.tables == []


def test_a_lone_figure_under_a_note_ends_the_search():
    """A line of figures that makes no table, under a short line over its figure column
    (as in two real FOI letters): the search must move on, not start again above it."""
    import signal

    words = _words([(10, [(200, "see note")]), (20, [(10, "Total"), (200, "42")])])

    def hung(*_):
        raise TimeoutError("find_layout_tables did not finish")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(5)
    try:
        assert find_layout_tables(words, rules=[]) == []
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_bar_chart_legend_and_axis_is_not_a_table():
    """A chart's text layer: a legend of groups above an axis of evenly spaced values."""
    words = _words(
        [
            (10, [(10, "Indicator 5"), (200, "White"), (260, "BME")]),
            (22, [(10, "0%"), (80, "10%"), (150, "20%"), (220, "30%"), (290, "40%")]),
        ]
    )
    assert find_layout_tables(words, rules=[]) == []


@pytest.mark.parametrize("borders", ["NONE", "HORIZONTAL_LINES"])
def test_seed_report_printed_without_vertical_rules(borders):
    """The seed's 13 tables (headings wrapped over five lines, "1221 out of 5203" split
    over two, "R%" and "R out of 1171" redactions) read as from the ruled PDF."""
    from tests.seedrender import SEEDS, seed_items, seed_text
    from tests.test_wres_seed import SEED, _truth
    from tests.test_wres_seed import score as seed_score

    if not SEEDS.exists():
        pytest.skip("../shared seeds not present")
    items = seed_items(seed_text(SEED))
    report, _ = parse_wres(extract(render_unruled(items, borders), filename="x.pdf"))
    s = seed_score(report.metrics, _truth()["metrics"])
    assert s["matched"] == s["truth"] == 225
    assert not s["wrong_indicator"]
