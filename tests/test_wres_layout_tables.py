"""Layout tables in Word: a borderless table used to set the page out, not to hold
data (parsers/extract/docx_layout_tables.py, parsers/wres/layout_tables.py). Two
designs of our own, for a made-up trust: each indicator's prose in a wide cell with a
shaded box of its figures in the cell beside it, a label over each figure; and panels
two to a row, each a bold title over a small table nested in its cell. The cells are
read as flowing content, the nested tables as tables; every figure must be found with
its key and nothing else."""

from __future__ import annotations

import io

from parsers.extract import extract
from parsers.extract.model import Table
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, likelihood, percentage

TRUST = "Fellbridge Valley Hospitals NHS Trust"
PROSE = {
    3: (
        "We want any formal process to be fair and used only when informal routes have "
        "been tried first.",
        "The picture across the country is set out in the national report.",
    ),
    6: (
        "How we treat one another matters as much as how patients treat us.",
        "We are running workshops with every team over the coming year.",
    ),
}
TITLES = {
    3: "Indicator 3 – entering the formal disciplinary process",
    6: "Indicator 6 – harassment, bullying or abuse from staff",
}
BOX = {
    3: [("Relative likelihood, 2023/24", "1.42"), ("Relative likelihood, 2022/23", "1.19")],
    6: [
        ("BME staff, 2023 staff survey", "27.3%"),
        ("White staff, 2023 staff survey", "22.8%"),
        ("BME staff, 2022 staff survey", "29.0%"),
        ("White staff, 2022 staff survey", "23.5%"),
    ],
}
PANELS = [
    (
        "3 · Formal disciplinary process",
        [["", "2023/24", "2022/23"], ["Relative likelihood", "1.42", "1.19"]],
    ),
    (
        "6 · Harassment, bullying or abuse from staff",
        [
            ["", "2023 staff survey", "2022 staff survey"],
            ["BME", "27.3%", "29.0%"],
            ["White", "22.8%", "23.5%"],
        ],
    ),
]


def _truth() -> list[dict]:
    return [
        likelihood(3, "BME", "2023/24", 1.42),
        likelihood(3, "BME", "2022/23", 1.19),
        percentage(6, "BME", "2023/24", 27.3),
        percentage(6, "White", "2023/24", 22.8),
        percentage(6, "BME", "2022/23", 29.0),
        percentage(6, "White", "2022/23", 23.5),
    ]


def _start():
    import docx

    document = docx.Document()
    document.add_heading(TRUST, level=1)
    document.add_heading("Our race equality report 2023/24", level=2)
    return document


def _saved(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _sidebar_docx(box_first: bool) -> bytes:
    document = _start()
    for i in (3, 6):
        document.add_heading(TITLES[i], level=3)
        prose, box = document.add_table(rows=1, cols=2).rows[0].cells  # no borders
        if box_first:
            prose, box = box, prose
        prose.text = PROSE[i][0]
        prose.add_paragraph(PROSE[i][1])
        box.text = "Key numbers"
        for label, figure in BOX[i]:
            box.add_paragraph(label)
            box.add_paragraph().add_run(figure).bold = True
    return _saved(document)


def _panels_docx() -> bytes:
    document = _start()
    layout = document.add_table(rows=1, cols=2)
    for cell, (title, rows) in zip(layout.rows[0].cells, PANELS, strict=True):
        cell.text = title
        inner = cell.add_table(rows=len(rows), cols=len(rows[0]))
        inner.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                inner.cell(r, c).text = text
        cell.add_paragraph("")
    return _saved(document)


def _read(data: bytes):
    report, _warnings = parse_wres(extract(data, filename="report.docx"))
    return report


def test_prose_beside_a_box_of_figures_is_read_as_the_page_sets_it():
    assert_exact(_read(_sidebar_docx(box_first=False)), _truth())


def test_a_box_of_figures_on_the_left_of_the_prose():
    assert_exact(_read(_sidebar_docx(box_first=True)), _truth())


def test_panels_two_to_a_row_each_with_a_nested_table():
    assert_exact(_read(_panels_docx()), _truth())


def test_a_bordered_data_table_is_not_a_layout():
    document = _start()
    grid = document.add_table(rows=2, cols=2)
    grid.style = "Table Grid"
    grid.cell(0, 0).text = "Group"
    grid.cell(0, 1).text = "2023/24"
    grid.cell(1, 0).text = "BME"
    grid.cell(1, 1).text = "27.3%"
    tables = [t for t in extract(_saved(document), filename="a.docx").items if isinstance(t, Table)]
    assert len(tables) == 1 and tables[0].flow is None
