"""A responsive HTML table repeats each column's head inside every cell for narrow
screens (a visually hidden span, "This year (2024/25) 31.2%"): the extractor cuts it,
so the table reads as a wide screen shows it (parsers/extract/html_tables.py). A cell
that merely begins with its head's word in a table that does not do this is kept.
Pages built here for a fictional trust."""

from __future__ import annotations

from parsers.extract import extract
from parsers.wres.parse import parse_wres

HEADS = ("Measure", "Group", "This year (2024/25)", "Last year (2023/24)")
ROWS = (
    ("1. Staff in post (%)", "Minority ethnic", "31.2%", "29.8%"),
    ("1. Staff in post (%)", "White", "66.0%", "67.5%"),
    ("6. Harassment, bullying or abuse from staff (%)", "Minority ethnic", "26.1%", "27.4%"),
    ("6. Harassment, bullying or abuse from staff (%)", "White", "20.3%", "21.0%"),
)


def _page(cells_open_with_heads: bool, hidden: str = 'class="sr-only"') -> bytes:
    def cell(head: str, text: str) -> str:
        label = f"<span {hidden}>{head} </span>" if cells_open_with_heads else ""
        return f"<td>{label}{text}</td>"

    head = "".join(f"<th>{h}</th>" for h in HEADS)
    body = "".join(
        "<tr>" + "".join(cell(h, t) for h, t in zip(HEADS, row, strict=True)) + "</tr>"
        for row in ROWS
    )
    return (
        "<html><head><title>Brackenholm NHS Trust</title></head><body><main>"
        "<h1>Brackenholm NHS Trust: Workforce Race Equality Standard</h1>"
        f"<table><caption>WRES indicators</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table></main></body></html>"
    ).encode()


def _rows(data: bytes) -> list[list[str]]:
    (table,) = [i for i in extract(data, filename="wres.html").items if hasattr(i, "rows")]
    return table.rows


def test_heads_repeated_in_cells_are_cut():
    for hidden in ('class="sr-only"', 'aria-hidden="true"', 'class="rt-label"'):
        assert _rows(_page(True, hidden)) == [list(HEADS), *map(list, ROWS)]


def test_a_table_without_repeated_heads_is_kept_as_printed():
    data = _page(False).replace(b"<td>66.0%", b"<td>This year (2024/25) 66.0%")
    rows = _rows(data)
    assert rows[2][2] == "This year (2024/25) 66.0%"  # one cell alone: no pattern, kept


def test_the_responsive_table_reads_as_the_wide_one():
    wide, _ = parse_wres(extract(_page(False), filename="wres.html"))
    stacked, _ = parse_wres(extract(_page(True), filename="wres.html"))
    keyed = {(*m.key(), m.value) for m in wide.metrics}
    assert keyed and {(*m.key(), m.value) for m in stacked.metrics} == keyed
