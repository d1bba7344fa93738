"""A table built of <div>s with ARIA roles (a CSS grid with role="table", "row",
"columnheader", "cell") is read as the table it is (parsers/extract/html_aria.py), and
its WRES figures as those of the same <table>. Pages built here for a fictional trust."""

from __future__ import annotations

from parsers.extract import extract
from parsers.wres.parse import parse_wres

ROWS = (
    ("Indicator", "Group", "2024/25", "2023/24"),
    ("1. Workforce", "BME", "18.9%", "17.6%"),
    ("1. Workforce", "White", "77.0%", "78.4%"),
    ("6. Harassment, bullying or abuse from staff", "BME", "25.2%", "26.7%"),
    ("6. Harassment, bullying or abuse from staff", "White", "19.8%", "20.1%"),
)


def _page(body: str) -> bytes:
    return (
        "<html><head><title>Fennick Dale NHS Trust</title></head><body><main>"
        "<h1>Fennick Dale NHS Trust: Workforce Race Equality Standard</h1>"
        f"{body}</main></body></html>"
    ).encode()


def _divs(role: str = "table") -> str:
    def row(cells, kind):
        return (
            '<div role="row">' + "".join(f'<div role="{kind}">{c}</div>' for c in cells) + "</div>"
        )

    rows = [row(ROWS[0], "columnheader"), *(row(r, "cell") for r in ROWS[1:])]
    return f'<div class="grid" role="{role}" aria-label="WRES indicators">{"".join(rows)}</div>'


def _table() -> str:
    head = "<tr>" + "".join(f"<th>{c}</th>" for c in ROWS[0]) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS[1:])
    return f"<table><caption>WRES indicators</caption>{head}{body}</table>"


def _tables(data: bytes) -> list:
    return [i for i in extract(data, filename="wres.html").items if hasattr(i, "rows")]


def test_a_grid_of_divs_with_table_roles_is_a_table():
    for role in ("table", "grid"):
        (table,) = _tables(_page(_divs(role)))
        assert table.rows == [list(r) for r in ROWS]
        assert table.caption == "WRES indicators"


def test_its_figures_are_those_of_the_same_table():
    divs, _ = parse_wres(extract(_page(_divs()), filename="wres.html"))
    table, _ = parse_wres(extract(_page(_table()), filename="wres.html"))
    keyed = {(*m.key(), m.value) for m in table.metrics}
    assert len(keyed) == 8 and {(*m.key(), m.value) for m in divs.metrics} == keyed


def test_divs_without_a_table_role_stay_text():
    page = _page("<div><div>Our results</div><div>are below.</div></div>")
    assert _tables(page) == []
