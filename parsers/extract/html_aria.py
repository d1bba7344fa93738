"""A table built of <div>s with ARIA roles, as a real <table>, for parsers.extract.html.

Web pages draw tables with CSS grids: a container with role="table" (or "grid",
"treegrid"), rows with role="row", cells with role="cell", "gridcell", "columnheader"
or "rowheader". Screen readers read them as tables; the page reader knows <table>, so
each such container is rewritten as one (a header cell as <th>) before the page is
walked, and is then read like any other table.
"""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

_TABLE_ROLES = ("table", "grid", "treegrid")
_CELL_ROLES = {"cell": "td", "gridcell": "td", "columnheader": "th", "rowheader": "th"}


def _roles(el: Tag) -> set[str]:
    return set((el.get("role") or "").split())


def _rows(container: Tag) -> list[Tag]:
    """The container's rows, not those of a table nested inside one of its cells."""
    rows = []
    for el in container.find_all(attrs={"role": "row"}):
        owner = el.find_parent(lambda t: bool(_roles(t) & set(_TABLE_ROLES)))
        if owner is container:
            rows.append(el)
    return rows


def _cells(row: Tag) -> list[tuple[Tag, str]]:
    out = []
    for el in row.find_all(attrs={"role": list(_CELL_ROLES)}):
        if el.find_parent(attrs={"role": "row"}) is row:
            out.append((el, _CELL_ROLES[(el.get("role") or "").split()[0]]))
    return out


def aria_tables_as_tables(soup: BeautifulSoup) -> None:
    """Rewrite every ARIA table that is not a <table> as a <table>, in place."""
    containers = [
        el
        for el in soup.find_all(attrs={"role": list(_TABLE_ROLES)})
        if el.name != "table" and _roles(el) & set(_TABLE_ROLES)
    ]
    for container in reversed(containers):  # innermost first
        rows = _rows(container)
        if not rows:
            continue
        table = soup.new_tag("table")
        label = container.get("aria-label")
        if label:
            caption = soup.new_tag("caption")
            caption.string = label
            table.append(caption)
        for row in rows:
            tr = soup.new_tag("tr")
            for cell, name in _cells(row):
                new = soup.new_tag(name)
                for child in list(cell.children):
                    new.append(child.extract())
                tr.append(new)
            table.append(tr)
        container.replace_with(table)


__all__ = ["aria_tables_as_tables"]
