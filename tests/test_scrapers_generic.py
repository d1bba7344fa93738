"""scrapers.sites.generic on saved-style HTML, with a fake page client."""

from __future__ import annotations

import pytest

from scrapers.http import Page
from scrapers.models import Fetched, Link, TrustSite
from scrapers.sites import SITE_TYPES, generic, get_site_type
from scrapers.sites.generic import (
    attachments,
    is_document_url,
    listing_prefix,
    page_number,
    parse_date,
    parse_listing,
)

BASE = "https://www.trust.nhs.uk"


def test_registry():
    assert SITE_TYPES["generic"] is generic
    assert get_site_type(None) is generic
    assert get_site_type("Generic") is generic
    with pytest.raises(KeyError):
        get_site_type("no_such_site_type")
    with pytest.raises(KeyError):
        get_site_type("../../os")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Published 12/03/2023", "2023-03-12"),
        ("2023-03-12", "2023-03-12"),
        ("1st April 2022", "2022-04-01"),
        ("12 Sept 2021", "2021-09-12"),
        ("March 5, 2020", "2020-03-05"),
        ("Date: 5.6.22", "2022-06-05"),
        ("31/02/2023", None),
        ("no date here", None),
        ("FOI 2023-045", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_listing_prefix_and_page_number():
    assert listing_prefix(BASE + "/foi/disclosure-log") == "/foi/disclosure-log"
    assert listing_prefix(BASE + "/foi/disclosure-log/") == "/foi/disclosure-log"
    assert listing_prefix(BASE + "/foi/log.aspx") == "/foi"
    assert page_number(BASE + "/foi?page=3") == 3
    assert page_number(BASE + "/foi/page/4/") == 4
    assert page_number(BASE + "/foi?sort=date") is None
    assert is_document_url(BASE + "/media/FOI-123.PDF?v=2")
    assert is_document_url(BASE + "/download?file=foi-123.docx")
    assert not is_document_url(BASE + "/foi/123")


LISTING = """<!DOCTYPE html><html><head><title>Disclosure log</title>
<link rel="next" href="/foi/disclosure-log?page=2"></head><body>
<header><nav><a href="/">Home</a><a href="/foi/policy.pdf">FOI policy</a>
<a href="/foi/disclosure-log/about">About the log</a></nav></header>
<div class="breadcrumbs"><a href="/foi">FOI</a></div>
<main>
<table>
<tr><th>Title</th><th>Date</th></tr>
<tr><td><a href="/media/foi-001.pdf#page=2">FOI 001 Agency spend</a></td><td>12/03/2023</td></tr>
<tr><td><a href="https://cdn.example.com/foi-002.docx">FOI 002 Beds</a></td><td>1 April 2023</td></tr>
<tr><td><a href="https://evil.example.org/foi-003.pdf">FOI 003 elsewhere</a></td><td></td></tr>
<tr><td>FOI 004 Parking</td><td><a href="/media/foi-004.odt">Download</a></td></tr>
<tr><td><a href="/media/foi-001.pdf">duplicate</a></td><td></td></tr>
</table>
<ul>
<li><a href="/foi/disclosure-log/foi-005-waiting-times">Waiting times</a> <time datetime="2023-05-02">2 May</time></li>
<li><a href="/foi/responses/ref-2023-06">FOI 2023/06 response</a></li>
<li><a href="/news/latest">Latest news</a></li>
<li><a href="mailto:foi@trust.nhs.uk">Email us</a></li>
<li><a href="/foi/disclosure-log/logo.png">logo</a></li>
</ul>
<nav class="pagination"><a href="/foi/disclosure-log?page=1">1</a>
<a href="/foi/disclosure-log?page=2">2</a><a href="/foi/disclosure-log?page=3">3</a>
<a href="/foi/disclosure-log?page=2" aria-label="Next page">»</a></nav>
</main>
<footer><a href="/accessibility.pdf">Accessibility statement</a></footer>
</body></html>"""


def _allows(url: str) -> bool:
    from scrapers.http import HostPolicy

    return HostPolicy(["www.trust.nhs.uk"], ["cdn.example.com"]).allows_url(url)


def test_parse_listing_documents_and_pages():
    page_url = BASE + "/foi/disclosure-log"
    p = parse_listing(LISTING, page_url, trust_ods="RT5", kind="foi", allows_url=_allows)
    urls = [d.url for d in p.documents]
    assert urls == [
        BASE + "/media/foi-001.pdf",
        "https://cdn.example.com/foi-002.docx",
        BASE + "/media/foi-004.odt",
        BASE + "/foi/disclosure-log/foi-005-waiting-times",
        BASE + "/foi/responses/ref-2023-06",
    ]
    by = {d.url: d for d in p.documents}
    d1 = by[BASE + "/media/foi-001.pdf"]
    assert d1.title == "FOI 001 Agency spend" and d1.published_date == "2023-03-12"
    assert d1.kind_hint == "foi" and d1.trust_ods == "RT5" and d1.listing_page == page_url
    assert by["https://cdn.example.com/foi-002.docx"].published_date == "2023-04-01"
    assert by[BASE + "/media/foi-004.odt"].title == "FOI 004 Parking"
    assert by[BASE + "/foi/disclosure-log/foi-005-waiting-times"].published_date == "2023-05-02"
    assert p.next_page == BASE + "/foi/disclosure-log?page=2"
    assert BASE + "/foi/disclosure-log?page=3" in p.pages
    assert all("page=" in u for u in p.pages)


def test_parse_listing_next_text_variants():
    for anchor in (
        '<a href="?page=2">Next</a>',
        '<a href="?page=2">Next page</a>',
        '<a href="?page=2">›</a>',
        '<a href="/foi/log/page/2/">»</a>',
        '<a rel="next" href="/foi/log/p2">Older</a>',
    ):
        html = f"<html><body><main>{anchor}</main></body></html>"
        p = parse_listing(html, BASE + "/foi/log", trust_ods="X", kind="foi")
        assert p.next_page is not None, anchor
        assert p.documents == [], anchor


def test_parse_listing_pagination_outside_prefix_not_followed():
    html = '<html><body><a href="/news?page=2">Next</a></body></html>'
    p = parse_listing(html, BASE + "/foi/log", trust_ods="X", kind="foi")
    assert p.pages == [] and p.next_page is None


def test_parse_listing_base_href():
    html = '<html><head><base href="https://www.trust.nhs.uk/docs/"></head><body><a href="x.pdf">FOI 9</a></body></html>'
    p = parse_listing(html, BASE + "/foi/log", trust_ods="X", kind="foi")
    assert [d.url for d in p.documents] == [BASE + "/docs/x.pdf"]


class FakeClient:
    def __init__(self, pages: dict[str, str], max_pages: int = 200):
        self.pages = pages
        self.max_pages = max_pages
        self.requested: list[str] = []
        self.warnings: list[str] = []

    def get_page(self, url):
        self.requested.append(url)
        body = self.pages.get(url)
        if body is None:
            return None
        return Page(Fetched(url=url, trust_ods="X", status_code=200), body.encode())

    def allows_url(self, url):
        return url.startswith(BASE)

    def warn(self, message):
        self.warnings.append(message)


def _page(docs, nxt=None):
    rows = "".join(f'<li><a href="{d}">FOI {d}</a></li>' for d in docs)
    pager = f'<a href="{nxt}">Next</a>' if nxt else ""
    return f"<html><body><main><ul>{rows}</ul>{pager}</main></body></html>"


def test_discover_follows_pagination_and_dedupes():
    log = BASE + "/foi/log"
    pages = {
        log: _page(["/a.pdf", "/b.pdf"], "?page=2"),
        log + "?page=2": _page(["/b.pdf", "/c.pdf"], "?page=3"),
        log + "?page=3": _page(["/d.pdf"], "?page=1"),
        log + "?page=1": _page(["/a.pdf"], "?page=2"),
        BASE + "/wres": _page(["/wres-2022.pdf", "/a.pdf"]),
    }
    site = TrustSite("X", "T", website=BASE, foi_url=log, wres_url=BASE + "/wres")
    client = FakeClient(pages)
    links = list(generic.discover(client, site, {"foi", "wres"}))
    assert [link.url.removeprefix(BASE) for link in links] == [
        "/a.pdf", "/b.pdf", "/c.pdf", "/d.pdf", "/wres-2022.pdf"
    ]  # fmt: skip
    assert links[-1].kind_hint == "wres" and links[0].kind_hint == "foi"
    assert len(client.requested) == len(set(client.requested))
    only_wres = list(generic.discover(FakeClient(pages), site, {"wres"}))
    assert [link.kind_hint for link in only_wres] == ["wres", "wres"]


def test_discover_max_pages():
    log = BASE + "/foi/log"
    pages = {log: _page(["/p1.pdf"], "?page=2")}
    for i in range(2, 50):
        pages[f"{log}?page={i}"] = _page([f"/p{i}.pdf"], f"?page={i + 1}")
    client = FakeClient(pages, max_pages=5)
    links = list(generic.discover(client, TrustSite("X", "T", foi_url=log), {"foi"}))
    assert len(links) == 5 and len(client.requested) == 5
    assert client.warnings and "more than 5 pages" in client.warnings[0]


def test_attachments_of_response_page():
    html = b"""<html><body><header><a href="/policy.pdf">policy</a></header>
    <main><h1>FOI 123</h1><p>See <a href="/files/foi-123-annex.xlsx">annex</a> and
    <a href="https://elsewhere.org/x.pdf">x</a> <a href="/files/foi-123.pdf">response</a></p></main></body></html>"""
    parent = Link(BASE + "/foi/log/foi-123", "X", "foi", "FOI 123", BASE + "/foi/log", "2023-01-02")
    out = attachments(html, parent.url, TrustSite("X", "T"), parent, lambda u: u.startswith(BASE))
    assert [a.url for a in out] == [BASE + "/files/foi-123-annex.xlsx", BASE + "/files/foi-123.pdf"]
    assert all(a.kind_hint == "foi" and a.listing_page == parent.url for a in out)
    assert out[0].published_date == "2023-01-02"


def test_strip_fragment_canonicalises():
    from scrapers.sites.generic import strip_fragment

    assert strip_fragment("HTTPS://WWW.Trust.NHS.uk:443/a b.pdf#p2") == BASE + "/a%20b.pdf"
    assert strip_fragment(BASE + "/a%20b.pdf") == BASE + "/a%20b.pdf"
    assert strip_fragment("http://h:8080") == "http://h:8080/"
    html = '<main><a href="/x y.pdf">FOI 1</a><a href="/x%20y.pdf#page=3">FOI 1 again</a></main>'
    p = parse_listing(html, BASE + "/foi/log", trust_ods="X", kind="foi")
    assert [d.url for d in p.documents] == [BASE + "/x%20y.pdf"]


def test_listing_url_that_is_a_document_yields_itself():
    class PdfClient(FakeClient):
        def get_page(self, url):
            self.requested.append(url)
            f = Fetched(url=url, trust_ods="X", status_code=200, content_type="application/pdf")
            return Page(f, b"%PDF-1.4")

    site = TrustSite("X", "T", wres_url=BASE + "/docs/wres-2023.pdf")
    links = list(generic.discover(PdfClient({}), site, {"wres"}))
    assert [(lk.url, lk.kind_hint) for lk in links] == [(BASE + "/docs/wres-2023.pdf", "wres")]
