"""The demo websites: every page and document of every demo trust, in memory.

`build_sites()` renders everything once (cached); `generate_sites()` renders
afresh (tests compare two generations). Paths differ per trust so the sites
look different to a scraper; all links are relative (root-relative or
path-relative).
"""

from __future__ import annotations

import functools
import hashlib
import html
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from trustdocs.demo.documents import render_foi, render_wres
from trustdocs.demo.facts import DemoFoi, DemoTrust, DemoWres, demo_trusts, foi_facts, wres_facts

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
}


@dataclass(frozen=True)
class Resource:
    body: bytes
    content_type: str
    last_modified: datetime  # timezone-aware UTC, whole seconds

    @functools.cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()

    @property
    def etag(self) -> str:
        return f'"{self.sha256}"'


@dataclass(frozen=True)
class SiteLayout:
    """How one trust's site is organised."""

    foi_path: str  # the disclosure log, page 1
    wres_path: str
    doc_dir: str  # where FOI files live ("{yyyy}/{mm}" filled from the publication date)
    html_dir: str  # where HTML responses live
    listing: str  # list | table | cards
    per_page: int
    link_style: str  # root | relative (relative to the listing page's directory)
    next_text: str = "Next"
    wres_dir: str = "/documents/"
    archive_dir: str | None = None  # FOI files robots.txt disallows
    robots: str | None = None  # None: no robots.txt (404)


LAYOUTS: dict[str, SiteLayout] = {
    "XA1": SiteLayout(
        foi_path="/foi/disclosure-log/",
        wres_path="/about-us/equality-diversity-and-inclusion/wres/",
        doc_dir="/wp-content/uploads/{yyyy}/{mm}/",
        html_dir="/foi/disclosure-log/",
        listing="list",
        per_page=10,
        link_style="root",
        wres_dir="/wp-content/uploads/{yyyy}/{mm}/",
        robots=("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"),
    ),
    "XA2": SiteLayout(
        foi_path="/publications/freedom-of-information/disclosure-log/",
        wres_path="/about-us/equality/workforce-race-equality-standard/",
        doc_dir="/publications/freedom-of-information/disclosure-log/files/",
        html_dir="/publications/freedom-of-information/disclosure-log/responses/",
        listing="table",
        per_page=10,
        link_style="relative",
        next_text="Next page",
        wres_dir="/about-us/equality/workforce-race-equality-standard/files/",
        robots="User-agent: *\nCrawl-delay: 0.3\nDisallow: /search\n",
    ),
    "XA3": SiteLayout(
        foi_path="/foi/responses/",
        wres_path="/our-people/wres/",
        doc_dir="/foi/responses/docs/",
        html_dir="/foi/responses/",
        listing="cards",
        per_page=10,
        link_style="root",
        next_text="Next »",
        wres_dir="/our-people/wres/docs/",
        archive_dir="/foi/archive/",
        robots="User-agent: *\nDisallow: /foi/archive/\n",
    ),
    "XA4": SiteLayout(
        foi_path="/about/foi/disclosure-log",
        wres_path="/about/equality/wres",
        doc_dir="/media/foi/",
        html_dir="/about/foi/disclosure-log/",
        listing="list",
        per_page=10,
        link_style="relative",
        wres_dir="/media/wres/",
        robots="User-agent: *\nDisallow:\n",
    ),
    "XA5": SiteLayout(
        foi_path="/freedom-of-information/published-responses/",
        wres_path="/working-for-us/equality-and-diversity/",
        doc_dir="/download/foi/{yyyy}/",
        html_dir="/freedom-of-information/published-responses/",
        listing="table",
        per_page=9,
        link_style="root",
        wres_dir="/download/equality/",
        robots=(
            "User-agent: BadBot\nDisallow: /\n\nUser-agent: *\nDisallow: /*?print=1\n"
            "Disallow: /intranet/\n"
        ),
    ),
    "XA6": SiteLayout(
        foi_path="/about-us/foi/log/",
        wres_path="/about-us/equality/wres/",
        doc_dir="/assets/documents/foi/",
        html_dir="/about-us/foi/log/",
        listing="cards",
        per_page=10,
        link_style="relative",
        next_text="Older responses",
        wres_dir="/assets/documents/equality/",
        robots=None,
    ),
}


@dataclass
class TrustSiteContent:
    trust: DemoTrust
    layout: SiteLayout
    pages: dict[str, Resource] = field(default_factory=dict)  # "path" or "path?page=N"
    foi_paths: dict[str, str] = field(default_factory=dict)  # filename -> path
    wres_paths: dict[str, str] = field(default_factory=dict)
    listing_pages: list[str] = field(default_factory=list)  # paths incl. ?page=N, page 1 first
    # the four site-type trusts (trustdocs.demo.sitetypes): the site type discovery
    # should propose, and answers computed per request (wp-json, sitemaps, robots.txt
    # naming absolute URLs): dynamic(path, query, base_url) -> Resource | None
    site_type: str = "generic"
    discover: bool = False  # registry rows carry no foi_url/wres_url: discovery finds them
    dynamic: Callable[[str, dict[str, list[str]], str], Resource | None] | None = None

    @property
    def n_listing_pages(self) -> int:
        return len(self.listing_pages)


def _stamp(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=UTC)


def published_on(foi: DemoFoi) -> date:
    """The disclosure log publishes a response a few days after it is sent."""
    return foi.responded + timedelta(
        days=(int(foi.reference[-1]) if foi.reference[-1].isdigit() else 1) % 4 + 1
    )


def _dir(template: str, day: date) -> str:
    return template.format(yyyy=f"{day:%Y}", mm=f"{day:%m}")


def _href(target: str, page_path: str, style: str) -> str:
    """A relative link from `page_path` to `target`."""
    if style == "root":
        return target
    base = page_path if page_path.endswith("/") else page_path.rsplit("/", 1)[0] + "/"
    base_parts = [p for p in base.split("/") if p]
    target_parts = target.split("/")[1:]
    common = 0
    while (
        common < len(base_parts)
        and common < len(target_parts) - 1
        and base_parts[common] == target_parts[common]
    ):
        common += 1
    ups = len(base_parts) - common
    rel = "/".join([".."] * ups + target_parts[common:])
    return rel if ups else rel or "./"


def _page(title: str, site_name: str, body: str) -> bytes:
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)} - {html.escape(site_name)}</title>"
        "<link rel='stylesheet' href='/assets/site.css'></head><body>"
        "<a class='skip' href='#main'>Skip to content</a>"
        f"<header><a href='/' class='logo'>{html.escape(site_name)}</a><nav><ul>"
        "<li><a href='/'>Home</a></li><li><a href='/about-us/'>About us</a></li>"
        "<li><a href='/contact-us/'>Contact us</a></li></ul></nav></header>"
        f"<main id='main'><h1>{html.escape(title)}</h1>\n{body}\n</main>"
        "<footer><p><a href='mailto:enquiries@example.invalid'>enquiries@example.invalid</a></p>"
        "<p>&copy; NHS demo trust</p></footer></body></html>"
    ).encode()


def _size_label(n: int) -> str:
    return f"{max(1, round(n / 1024))}KB"


def _listing_body(
    site: TrustSiteContent, docs: list[tuple[DemoFoi, str, Resource]], page: int, n_pages: int
) -> str:
    layout = site.layout
    page_path = layout.foi_path
    out: list[str] = []
    if layout.listing == "list":
        out.append("<ul class='disclosure-log'>")
        for foi, path, _res in docs:
            out.append(
                f"<li><a href='{html.escape(_href(path, page_path, layout.link_style))}'>"
                f"{html.escape(foi.title)}</a> <span class='ref'>{html.escape(foi.reference)}</span> "
                f"<time datetime='{published_on(foi).isoformat()}'>"
                f"{published_on(foi).day} {published_on(foi):%B %Y}</time></li>"
            )
        out.append("</ul>")
    elif layout.listing == "table":
        out.append(
            "<table class='foi-log'><thead><tr><th>Reference</th><th>Title</th>"
            "<th>Date published</th><th>Download</th></tr></thead><tbody>"
        )
        for foi, path, res in docs:
            label = {"pdf": "PDF", "docx": "Word", "html": "Web page"}[foi.fmt]
            out.append(
                f"<tr><td>{html.escape(foi.reference)}</td><td>{html.escape(foi.title)}</td>"
                f"<td>{published_on(foi):%d/%m/%Y}</td><td><a href='"
                f"{html.escape(_href(path, page_path, layout.link_style))}' "
                f"title='{html.escape(foi.title)}'>{label} ({_size_label(len(res.body))})</a></td></tr>"
            )
        out.append("</tbody></table>")
    else:
        for foi, path, _res in docs:
            out.append(
                "<article class='foi-item'>"
                f"<h3><a href='{html.escape(_href(path, page_path, layout.link_style))}'>"
                f"{html.escape(foi.title)}</a></h3>"
                f"<p class='meta'>Reference {html.escape(foi.reference)} &middot; published "
                f"{published_on(foi).day} {published_on(foi):%B %Y}</p></article>"
            )
    nav = ["<nav class='pagination' aria-label='Pagination'>"]
    if page > 1:
        nav.append(f"<a href='?page={page - 1}' rel='prev'>Previous</a>")
    for n in range(1, n_pages + 1):
        nav.append(
            f"<span class='current'>{n}</span>" if n == page else f"<a href='?page={n}'>{n}</a>"
        )
    if page < n_pages:
        nav.append(f"<a href='?page={page + 1}' rel='next'>{html.escape(layout.next_text)}</a>")
    nav.append("</nav>")
    out.append(" ".join(nav))
    return "\n".join(out)


def publish_wres_reports(site, reports, layout, engine) -> tuple[list[str], datetime]:
    """Add each WRES report to the site; returns its list items and the newest date."""
    links = []
    latest = _stamp(date(2023, 1, 1))
    for report in sorted(reports, key=lambda r: r.reporting_year, reverse=True):
        day = report.published or date(2023, 10, 31)
        path = _dir(layout.wres_dir, day) + report.filename
        res = Resource(render_wres(report, engine), CONTENT_TYPES[report.fmt], _stamp(day))
        site.pages[path] = res
        site.wres_paths[report.filename] = path
        latest = max(latest, res.last_modified)
        links.append(
            f"<li><a href='{html.escape(_href(path, layout.wres_path, layout.link_style))}'>"
            f"Workforce Race Equality Standard report {report.reporting_year} "
            f"({report.fmt.upper()}, {_size_label(len(res.body))})</a></li>"
        )
    return links, latest


def build_trust_site(
    trust: DemoTrust, fois: list[DemoFoi], reports: list[DemoWres], engine: str = "fast"
) -> TrustSiteContent:
    if trust.ods_code not in LAYOUTS:
        from trustdocs.demo.sitetypes import build_site_type_site

        return build_site_type_site(trust, fois, reports, engine)
    layout = LAYOUTS[trust.ods_code]
    site = TrustSiteContent(trust=trust, layout=layout)
    # documents
    listed: list[tuple[DemoFoi, str, Resource]] = []
    for foi in fois:
        day = published_on(foi)
        if foi.disallowed and layout.archive_dir:
            folder = layout.archive_dir
        elif foi.fmt == "html":
            folder = layout.html_dir
        else:
            folder = _dir(layout.doc_dir, day)
        path = folder + foi.filename
        res = Resource(
            render_foi(foi, engine, chrome=trust.name),
            CONTENT_TYPES[foi.fmt],
            _stamp(day),
        )
        site.pages[path] = res
        site.foi_paths[foi.filename] = path
        listed.append((foi, path, res))
    listed.sort(key=lambda t: (published_on(t[0]), t[0].reference), reverse=True)
    newest = _stamp(published_on(listed[0][0]), 10) if listed else _stamp(date(2026, 1, 1))
    # disclosure log pages
    n_pages = max(1, -(-len(listed) // layout.per_page))
    for page in range(1, n_pages + 1):
        chunk = listed[(page - 1) * layout.per_page : page * layout.per_page]
        body = (
            "<p>We publish a selection of our responses to Freedom of Information requests. "
            f"Page {page} of {n_pages}.</p>\n" + _listing_body(site, chunk, page, n_pages)
        )
        res = Resource(
            _page("Freedom of Information disclosure log", trust.name, body),
            CONTENT_TYPES["html"],
            newest,
        )
        key = layout.foi_path if page == 1 else f"{layout.foi_path}?page={page}"
        site.pages[key] = res
        site.listing_pages.append(key)
    # WRES page
    links, latest_wres = publish_wres_reports(site, reports, layout, engine)
    wres_body = (
        "<p>The Workforce Race Equality Standard (WRES) compares the experiences of White and "
        "Black, Asian and minority ethnic staff. Our annual reports and action plans:</p>"
        "<ul class='documents'>" + "".join(links) + "</ul>"
    )
    site.pages[layout.wres_path] = Resource(
        _page("Workforce Race Equality Standard", trust.name, wres_body),
        CONTENT_TYPES["html"],
        latest_wres,
    )
    # home and furniture
    home_body = (
        f"<p>Welcome to {html.escape(trust.name)}.</p><ul class='quick-links'>"
        f"<li><a href='{html.escape(layout.foi_path)}'>Freedom of Information disclosure log</a></li>"
        f"<li><a href='{html.escape(layout.wres_path)}'>Workforce Race Equality Standard (WRES)</a></li>"
        "<li><a href='/about-us/'>About us</a></li><li><a href='/contact-us/'>Contact us</a></li>"
        "<li><a href='#main'>Back to top</a></li></ul>"
    )
    fixed = _stamp(date(2025, 1, 6))
    site.pages["/"] = Resource(
        _page(trust.name, trust.name, home_body), CONTENT_TYPES["html"], fixed
    )
    site.pages["/about-us/"] = Resource(
        _page(
            "About us",
            trust.name,
            f"<p>{html.escape(trust.name)} is a {html.escape(trust.trust_type.lower())} trust in the {html.escape(trust.region)} region.</p>",
        ),
        CONTENT_TYPES["html"],
        fixed,
    )
    site.pages["/contact-us/"] = Resource(
        _page("Contact us", trust.name, "<p>Write to the Freedom of Information team.</p>"),
        CONTENT_TYPES["html"],
        fixed,
    )
    site.pages["/assets/site.css"] = Resource(
        b"body{font-family:sans-serif;max-width:60em;margin:auto}", "text/css; charset=utf-8", fixed
    )
    if layout.robots is not None:
        site.pages["/robots.txt"] = Resource(layout.robots.encode(), CONTENT_TYPES["txt"], fixed)
    return site


def generate_sites(engine: str = "fast") -> dict[str, TrustSiteContent]:
    """Render every site afresh (no cache)."""
    fois = foi_facts()
    reports = wres_facts()
    return {
        trust.ods_code: build_trust_site(
            trust,
            [f for f in fois if f.trust_ods == trust.ods_code],
            [r for r in reports if r.trust_ods == trust.ods_code],
            engine,
        )
        for trust in demo_trusts()
    }


_LOCK = threading.Lock()
_CACHE: dict[str, TrustSiteContent] | None = None


def build_sites() -> dict[str, TrustSiteContent]:
    """Every site, rendered once per process."""
    global _CACHE
    with _LOCK:
        if _CACHE is None:
            _CACHE = generate_sites()
        return _CACHE
