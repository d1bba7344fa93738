"""The wordpress, sitemap and html_table site types: pure parsers on fixtures,
and each site type against its demo trust (loopback only)."""

from __future__ import annotations

import gzip
from dataclasses import replace

import pytest

from scrapers.config import ScrapeConfig
from scrapers.discover import PoliteSession
from scrapers.http import Page
from scrapers.models import Fetched, TrustSite
from scrapers.sites import SITE_TYPES, get_site_type, html_table, sitemap, wordpress
from trustdocs.demo.server import DemoWeb
from trustdocs.demo.site import published_on

# ---------------------------------------------------------------- fakes


class FakeClient:
    """A PageClient over a dict of URL -> (bytes, content type); others are missing."""

    max_pages = 20

    def __init__(self, pages: dict[str, tuple[bytes, str]], host: str = "trust.example"):
        self.pages = pages
        self.host = host
        self.asked: list[str] = []
        self.warnings: list[str] = []
        self.since = None

    def get_page(self, url: str) -> Page | None:
        self.asked.append(url)
        if url not in self.pages:
            return None
        body, ctype = self.pages[url]
        return Page(Fetched(url=url, trust_ods="X", status_code=200, content_type=ctype), body)

    def allows_url(self, url: str) -> bool:
        return f"//{self.host}" in url

    def warn(self, message: str) -> None:
        self.warnings.append(message)


SITE = TrustSite("XZ1", "Test Trust", website="https://trust.example/")


# ---------------------------------------------------------------- registry


def test_site_types_are_registered():
    assert {"generic", "wordpress", "sitemap", "html_table"} <= set(SITE_TYPES)
    for name in ("wordpress", "sitemap", "html_table"):
        module = get_site_type(name)
        assert callable(module.discover) and callable(module.attachments)


# ---------------------------------------------------------------- sitemap


URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://trust.example/foi/disclosure-log/</loc><lastmod>2025-01-01</lastmod></url>
<url><loc>https://trust.example/media/foi/FOI-2024-0012.pdf</loc><lastmod>2024-05-03T10:00:00+01:00</lastmod></url>
<url><loc>https://trust.example/media/foi/foi-request-form.docx</loc></url>
<url><loc>https://trust.example/media/equality/wres-report-2024-25.pdf</loc><lastmod>2024-10-20</lastmod></url>
<url><loc>https://trust.example/media/equality/wdes-report-2024.pdf</loc></url>
<url><loc>https://elsewhere.example/FOI-2024-0099.pdf</loc></url>
</urlset>"""


def _index(*children: tuple[str, str]) -> bytes:
    rows = "".join(f"<sitemap><loc>{u}</loc><lastmod>{d}</lastmod></sitemap>" for u, d in children)
    return (
        "<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        f"{rows}</sitemapindex>"
    ).encode()


def test_parse_sitemap_urlset_index_and_gzip():
    sm = sitemap.parse_sitemap(URLSET)
    assert sm.kind == "urlset" and len(sm.entries) == 6
    assert sm.entries[1] == ("https://trust.example/media/foi/FOI-2024-0012.pdf", "2024-05-03")
    assert sitemap.parse_sitemap(gzip.compress(URLSET)).entries == sm.entries
    idx = sitemap.parse_sitemap(_index(("https://trust.example/a.xml", "2024-01-02")))
    assert idx.kind == "index" and idx.entries == [("https://trust.example/a.xml", "2024-01-02")]
    assert sitemap.parse_sitemap(URLSET, max_urls=2).truncated


@pytest.mark.parametrize(
    "evil",
    [
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
        b"<urlset><url><loc>&lol2;</loc></url></urlset>",
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b"<urlset><url><loc>&e;</loc></url></urlset>",
        b"<html><body>not a sitemap</body></html>",
        b"\x1f\x8b not really gzip",
    ],
)
def test_parse_sitemap_refuses_hostile_xml(evil):
    with pytest.raises(sitemap.SitemapError):
        sitemap.parse_sitemap(evil)


def test_gzip_bomb_is_capped():
    bomb = gzip.compress(b"<" * (2 * 1024 * 1024))
    with pytest.raises(sitemap.SitemapError, match="unpacks to more than"):
        sitemap.gunzip_bounded(bomb, limit=1024 * 1024)


def test_sitemap_discover_classifies_and_follows_robots_and_index():
    base = "https://trust.example"
    client = FakeClient(
        {
            base + "/robots.txt": (
                b"User-agent: *\nSitemap: https://trust.example/idx.xml\n",
                "text/plain",
            ),
            base + "/idx.xml": (
                _index((base + "/old.xml.gz", "2020-01-01"), (base + "/new.xml", "2025-01-01")),
                "application/xml",
            ),
            base + "/new.xml": (URLSET, "application/xml"),
            base + "/old.xml.gz": (
                gzip.compress(URLSET.replace(b"2024-0012", b"2019-0001")),
                "application/octet-stream",
            ),
        }
    )
    links = list(sitemap.discover(client, SITE, {"foi", "wres"}))
    by_url = {link.url: link for link in links}
    assert set(by_url) == {
        base + "/media/foi/FOI-2024-0012.pdf",
        base + "/media/foi/FOI-2019-0001.pdf",
        base + "/media/equality/wres-report-2024-25.pdf",
    }
    assert by_url[base + "/media/foi/FOI-2024-0012.pdf"].published_date == "2024-05-03"
    assert by_url[base + "/media/equality/wres-report-2024-25.pdf"].kind_hint == "wres"
    # newest child first
    assert client.asked.index(base + "/new.xml") < client.asked.index(base + "/old.xml.gz")
    # incremental: a client that knows when it last looked skips older sitemaps and entries
    client.asked.clear()
    client.since = "2024-06-01"
    again = list(sitemap.discover(client, SITE, {"foi", "wres"}))
    assert base + "/old.xml.gz" not in client.asked
    assert {link.url for link in again} == {base + "/media/equality/wres-report-2024-25.pdf"}
    assert {link.url for link in sitemap.discover(client, SITE, {"wres"})} <= set(by_url)


def test_sitemap_without_any_sitemap_raises():
    client = FakeClient({})
    with pytest.raises(sitemap.SitemapError, match="no sitemap"):
        list(sitemap.discover(client, SITE, {"foi"}))


# ---------------------------------------------------------------- html_table


TABLE = b"""<html><body><main><h1>Disclosure log</h1>
<table><thead><tr><th>Date received</th><th>FOI number</th><th>Date of response</th>
<th>Request</th><th>Response</th></tr></thead><tbody>
<tr><td>1 May 2024</td><td>FOI-24-101</td><td>14 May 2024</td><td>Agency nurse spend</td>
<td><a href="files/FOI-24-101.pdf">Download</a></td></tr>
<tr><td>2 May 2024</td><td>FOI-24-102</td><td>20/05/2024</td><td>Car parking charges</td>
<td><a href="/log/FOI-24-102.docx">Download</a></td></tr>
</tbody></table>
<nav class="pagination"><a href="?page=2" rel="next">Next</a></nav></main></body></html>"""


def test_header_columns_by_name():
    cols = html_table.header_columns(["Ref.", "Subject", "Date published", "Date received", "Link"])
    assert cols == {"ref": 0, "title": 1, "date": 2, "link": 4}
    assert html_table.header_columns(["Name", "Telephone"]) == {}


def test_parse_table_titles_and_dates_from_their_columns():
    parsed = html_table.parse_table(
        TABLE, "https://trust.example/log/", trust_ods="XZ1", kind="foi"
    )
    assert parsed.tables == 1
    assert [(d.url, d.title, d.published_date) for d in parsed.documents] == [
        ("https://trust.example/log/files/FOI-24-101.pdf", "Agency nurse spend", "2024-05-14"),
        ("https://trust.example/log/FOI-24-102.docx", "Car parking charges", "2024-05-20"),
    ]
    assert html_table.parse_table(b"<table><tr><td>a</td></tr></table>", "https://t/", trust_ods="X",
                                  kind="foi").tables == 0  # fmt: skip


def test_html_table_follows_pagination_and_falls_back():
    page2 = (
        TABLE.replace(b"101", b"201").replace(b"102", b"202").replace(b'rel="next"', b'rel="prev"')
    )
    client = FakeClient(
        {
            "https://trust.example/log/": (TABLE, "text/html"),
            "https://trust.example/log/?page=2": (page2, "text/html"),
            "https://trust.example/wres/": (
                b"<main><a href='/d/wres-2024.pdf'>WRES report 2024</a></main>",
                "text/html",
            ),
        }
    )
    site = replace(
        SITE, foi_url="https://trust.example/log/", wres_url="https://trust.example/wres/"
    )
    links = list(html_table.discover(client, site, {"foi", "wres"}))
    assert len([x for x in links if x.kind_hint == "foi"]) == 4
    assert [x.url for x in links if x.kind_hint == "wres"] == [
        "https://trust.example/d/wres-2024.pdf"
    ]


# ---------------------------------------------------------------- wordpress


def test_wordpress_falls_back_to_listing_pages_without_api():
    listing = b"<main><ul><li><a href='/wp-content/uploads/FOI-1.pdf'>FOI 1</a></li></ul></main>"
    client = FakeClient({"https://trust.example/foi/": (listing, "text/html")})
    site = replace(SITE, foi_url="https://trust.example/foi/")
    links = list(wordpress.discover(client, site, {"foi"}))
    assert [x.url for x in links] == ["https://trust.example/wp-content/uploads/FOI-1.pdf"]
    assert any("no WordPress REST API" in w for w in client.warnings)
    assert "https://trust.example/wp-json/" in client.asked


# ---------------------------------------------------------------- against the demo web


@pytest.fixture(scope="module")
def web():
    with DemoWeb() as demo:
        yield demo


def _client(web, ods: str, **kw):
    config = ScrapeConfig(allow_private=True, min_delay=0.0)
    session = PoliteSession(config)
    site = TrustSite(
        ods,
        ods,
        website=web.base_url(ods),
        foi_url=web.foi_url(ods),
        wres_url=web.wres_url(ods),
        **kw,
    )
    http = session.http_client()
    return session.client_for(site, http), site, http


def _expected(web, ods: str) -> dict[str, tuple[str, str | None]]:
    out = {}
    for f in web.foi_facts():
        if f.trust_ods == ods:
            out[web.document_url(ods, f.filename)] = ("foi", published_on(f).isoformat())
    for r in web.wres_facts():
        if r.trust_ods == ods:
            out[web.document_url(ods, r.filename)] = ("wres", None)
    return out


@pytest.mark.network
def test_wordpress_api_lists_uploads_with_dates(web):
    client, site, http = _client(web, "XA7", site_type="wordpress")
    try:
        links = list(wordpress.discover(client, site, {"foi", "wres"}))
    finally:
        http.close()
    expected = _expected(web, "XA7")
    got = {x.url: x for x in links}
    assert set(got) == set(expected)
    for url, (kind, day) in expected.items():
        assert got[url].kind_hint == kind
        if day and not url.endswith(".html"):
            assert got[url].published_date == day
            assert got[url].title.startswith("FOI/")
    assert all("/wp-json/" in x.listing_page for x in links)
    # the media search never offered the request form, WDES or board papers
    assert not [u for u in got if "request-form" in u or "wdes" in u or "board-papers" in u]


@pytest.mark.network
def test_sitemap_site_type_on_the_demo(web):
    client, site, http = _client(web, "XA8", site_type="sitemap")
    try:
        links = list(sitemap.discover(client, site, {"foi", "wres"}))
    finally:
        http.close()
    expected = _expected(web, "XA8")
    assert {x.url for x in links} == set(expected)
    assert all(x.published_date for x in links)
    assert any(x.listing_page.endswith(".xml.gz") for x in links)


@pytest.mark.network
def test_html_table_site_type_on_the_demo(web):
    client, site, http = _client(web, "XA9", site_type="html_table")
    try:
        links = list(html_table.discover(client, site, {"foi"}))
    finally:
        http.close()
    facts = {
        web.document_url("XA9", f.filename): f for f in web.foi_facts() if f.trust_ods == "XA9"
    }
    assert {x.url for x in links} == set(facts)
    for x in links:
        assert x.title == facts[x.url].title
        assert x.published_date == published_on(facts[x.url]).isoformat()
