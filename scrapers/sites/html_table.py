"""The html_table site type: a disclosure log published as one HTML table.

Columns are recognised by their header names (``Reference``/``Ref``/``FOI
number``, ``Date``/``Date published``/``Response date``, ``Title``/
``Subject``/``Request``, ``Link``/``Download``/``Response``); each row gives one
`Link` whose ``title`` is the title column's text, ``published_date`` the
date column's date and ``url`` the row's link (in the link column, else
anywhere in the row). Pagination is followed as the generic site type follows
it. A page without a recognisable table is read as a generic listing.

`parse_table` is a pure function of the HTML (tested on fixtures).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Tag

from scrapers.models import Link, TrustSite
from scrapers.sites import PageClient
from scrapers.sites._anchors import document_base, title_for, web_anchors_of
from scrapers.sites._dates import parse_date
from scrapers.sites._listing import ListingParse, crawl_listing, listings, new_urls
from scrapers.sites.generic import attachments  # HTML responses' documents are fetched too

_COLUMN_RULES: dict[str, re.Pattern[str]] = {
    "ref": re.compile(
        r"^(?:ref\.?|reference|our ref|foi ref|request (?:ref|id|no\.?|number)|"
        r"(?:foi|eir|case|request) (?:no\.?|number|id|reference)|id|no\.?|number)$"
    ),
    "date": re.compile(r"\bdate\b|published|responded|response sent|closed|received|^when$"),
    "title": re.compile(
        r"^(?:title|subject|topic|request title|request|summary|description|"
        r"request summary|details|foi request|information requested|category)$|title|subject"
    ),
    "link": re.compile(
        r"^(?:link|download|document|documents|response|file|files|view|attachment|pdf|"
        r"response document|our response|disclosure)$"
    ),
}
# among several date columns, the publication date wins, then the response date
_DATE_PREFERENCE = (
    re.compile(r"publish"),
    re.compile(r"respon|sent|closed"),
    re.compile(r"^date$"),
    re.compile(r"date"),
    re.compile(r"receiv"),
)


def _cell_text(cell: Tag) -> str:
    return re.sub(r"\s+", " ", cell.get_text(" ")).strip()


def header_columns(headers: list[str]) -> dict[str, int]:
    """Which column holds what: {"ref": i, "date": j, "title": k, "link": l} (those found)."""
    names = [re.sub(r"[^a-z0-9. ]+", " ", h.lower()).strip() for h in headers]
    names = [re.sub(r"\s+", " ", n) for n in names]
    out: dict[str, int] = {}
    dates = [i for i, n in enumerate(names) if _COLUMN_RULES["date"].search(n)]
    for rx in _DATE_PREFERENCE:
        hit = [i for i in dates if rx.search(names[i])]
        if hit:
            out["date"] = hit[0]
            break
    for key in ("link", "ref", "title"):
        for i, n in enumerate(names):
            if i in out.values() or not n:
                continue
            if _COLUMN_RULES[key].search(n):
                out[key] = i
                break
    return out


def _rows(table: Tag) -> list[list[Tag]]:
    rows = []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue  # a nested table's rows
        cells = [c for c in tr.find_all(["th", "td"], recursive=False)]
        if cells:
            rows.append(cells)
    return rows


def _expand(cells: list[Tag]) -> list[Tag]:
    out: list[Tag] = []
    for c in cells:
        try:
            span = max(1, min(int(str(c.get("colspan") or 1)), 20))
        except ValueError:
            span = 1
        out.extend([c] * span)
    return out


@dataclass
class TableParse:
    documents: list[Link] = field(default_factory=list)
    columns: dict[str, int] = field(default_factory=dict)
    tables: int = 0  # disclosure-log tables recognised on the page


def parse_table(
    html: bytes | str,
    page_url: str,
    *,
    trust_ods: str,
    kind: str | None,
    allows_url: Callable[[str], bool] | None = None,
) -> TableParse:
    """Rows of the page's disclosure-log table(s) as Links."""
    soup = BeautifulSoup(html, "lxml")
    base = document_base(soup, page_url)
    out = TableParse()
    seen: set[str] = set()
    for table in soup.find_all("table"):
        rows = _rows(table)
        if len(rows) < 2:
            continue
        head_i = next((i for i, r in enumerate(rows[:3]) if all(c.name == "th" for c in r)), None)
        if head_i is None:
            head_i = 0  # a header made of <td>s: accept it only if the names fit
        headers = [_cell_text(c) for c in _expand(rows[head_i])]
        cols = header_columns(headers)
        if not ({"title", "ref"} & cols.keys()) or not ({"date", "link"} & cols.keys()):
            continue
        out.tables += 1
        out.columns = cols
        for cells in rows[head_i + 1 :]:
            cells = _expand(cells)
            if all(c.name == "th" for c in cells):
                continue

            def cell(key: str, cells: list[Tag] = cells, cols: dict[str, int] = cols) -> Tag | None:
                i = cols.get(key)
                return cells[i] if i is not None and i < len(cells) else None

            anchors: list[Tag] = []
            link_cell = cell("link")
            if link_cell is not None:
                anchors = link_cell.find_all("a", href=True)
            if not anchors:
                anchors = [a for c in cells for a in c.find_all("a", href=True)]
            title_cell, ref_cell, date_cell = cell("title"), cell("ref"), cell("date")
            title = _cell_text(title_cell) if title_cell is not None else ""
            ref = _cell_text(ref_cell) if ref_cell is not None else ""
            if not title:
                title = ref
            published = parse_date(_cell_text(date_cell)) if date_cell is not None else None
            if published is None and date_cell is not None:
                t = date_cell.find("time")
                if isinstance(t, Tag):
                    published = parse_date(str(t.get("datetime") or ""))
            for a, url in web_anchors_of(anchors, base):
                if url in seen:
                    continue
                if allows_url is not None and not allows_url(url):
                    continue
                seen.add(url)
                out.documents.append(
                    Link(
                        url=url,
                        trust_ods=trust_ods,
                        kind_hint=kind,
                        title=title or title_for(a, None, url),
                        listing_page=page_url,
                        published_date=published,
                    )
                )
    return out


def crawl_table(client: PageClient, site: TrustSite, kind: str, start: str) -> Iterator[Link]:
    """Walk one table listing's pages (pagination as in the generic site type)."""

    def documents_of(body: bytes, page_url: str, listing: ListingParse) -> list[Link]:
        table = parse_table(
            body, page_url, trust_ods=site.ods_code, kind=kind, allows_url=client.allows_url
        )
        if table.tables:
            return table.documents
        client.warn(f"no disclosure-log table on {page_url}; read it as a generic listing")
        return listing.documents

    return crawl_listing(client, site, kind, start, documents_of=documents_of)


def discover(client: PageClient, site: TrustSite, kinds: set[str]) -> Iterator[Link]:
    """FOI responses from the table disclosure log; WRES reports as a generic listing."""
    seen: set[str] = set()
    for kind, start in listings(site, kinds):
        if not start:
            continue
        crawl_kind = crawl_table if kind == "foi" else crawl_listing
        yield from new_urls(crawl_kind(client, site, kind, start), seen)


__all__ = ["TableParse", "attachments", "crawl_table", "discover", "header_columns", "parse_table"]
