"""Four more demo websites, one per site type that discovery must recognise.

Their registry rows (`demo_registry_rows`) carry no ``foi_url``/``wres_url``:
`trustdocs.discovery` has to find them, and propose the site type.

* XA7 ``wordpress``: a WordPress site whose REST API answers
  ``/wp-json/``, ``/wp-json/wp/v2/media?search=…`` and ``/wp-json/wp/v2/search?search=…``;
  the home page links neither the disclosure log nor the WRES page.
* XA8 ``sitemap``: nothing on the home page leads to a document; robots.txt
  names a sitemap index whose children (some gzipped) list every page and file.
* XA9 ``html_table``: the disclosure log is one HTML table (FOI number, date of
  response, request, a "Download" link); the WRES page is two clicks away.
* XA0 ``generic``, two clicks deep: home → "About us" → "Freedom of
  Information" → "Disclosure log" (and "About us" → "Equality, diversity and
  inclusion" → "Workforce Race Equality Standard").

Every site also carries documents that are *not* FOI responses or WRES reports
(an FOI request form, a publication scheme, a WDES report, board papers) so
that link classification is measured on what real sites mix in.
"""

from __future__ import annotations

import gzip
import html
import json
from collections.abc import Callable
from datetime import date, datetime
from urllib.parse import unquote

from parsers.extract.model import TextBlock
from trustdocs.demo.documents import foi_title, render_foi, render_items
from trustdocs.demo.facts import DemoFoi, DemoTrust, DemoWres
from trustdocs.demo.site import (
    CONTENT_TYPES,
    Resource,
    SiteLayout,
    TrustSiteContent,
    _dir,
    _href,
    _listing_body,
    _size_label,
    _stamp,
    publish_wres_reports,
    published_on,
)

JSON_TYPE = "application/json; charset=UTF-8"
XML_TYPE = "application/xml; charset=utf-8"
GZIP_TYPE = "application/x-gzip"
FIXED = _stamp(date(2025, 1, 6))

# site type, layout, navigation (text, href) of every page, home page links
SPECS: dict[str, dict] = {
    "XA7": {
        "site_type": "wordpress",
        "layout": SiteLayout(
            foi_path="/freedom-of-information/disclosure-log/",
            wres_path="/about-us/equality-diversity-and-inclusion/workforce-race-equality-standard/",
            doc_dir="/wp-content/uploads/{yyyy}/{mm}/",
            html_dir="/freedom-of-information/disclosure-log/",
            listing="list",
            per_page=10,
            link_style="root",
            wres_dir="/wp-content/uploads/{yyyy}/{mm}/",
            robots="User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
        ),
        "nav": [("Home", "/"), ("Our services", "/our-services/"), ("Contact us", "/contact-us/")],
        "home": [("Find a service", "/our-services/"), ("News", "/news/")],
    },
    "XA8": {
        "site_type": "sitemap",
        "layout": SiteLayout(
            foi_path="/information/foi-disclosures/",
            wres_path="/information/workforce-race-equality-standard/",
            doc_dir="/files/foi/{yyyy}/",
            html_dir="/information/foi-disclosures/",
            listing="cards",
            per_page=10,
            link_style="root",
            next_text="Next »",
            wres_dir="/files/equality/",
            robots=None,  # dynamic: names the sitemap index by absolute URL
        ),
        "nav": [("Home", "/"), ("Our services", "/our-services/"), ("Contact us", "/contact-us/")],
        "home": [("News", "/news/"), ("Find a service", "/our-services/")],
    },
    "XA9": {
        "site_type": "html_table",
        "layout": SiteLayout(
            foi_path="/corporate/freedom-of-information/disclosure-log/",
            wres_path="/corporate/equality-diversity-and-inclusion/wres/",
            doc_dir="/uploads/foi/{yyyy}/",
            html_dir="/corporate/freedom-of-information/disclosure-log/",
            listing="table",
            per_page=10,
            link_style="relative",
            next_text="Next",
            wres_dir="/uploads/equality/",
            robots="User-agent: *\nDisallow: /search/\n",
        ),
        "nav": [("Home", "/"), ("Contact us", "/contact-us/")],
        "home": [
            ("Freedom of Information", "/corporate/freedom-of-information/disclosure-log/"),
            ("Equality, diversity and inclusion", "/corporate/equality-diversity-and-inclusion/"),
            ("News", "/news/"),
        ],
    },
    "XA0": {
        "site_type": "generic",
        "layout": SiteLayout(
            foi_path="/who-we-are/information-rights/responses-we-have-published/",
            wres_path="/who-we-are/inclusion/race-equality-reports/",
            doc_dir="/media/documents/foi/{yyyy}/",
            html_dir="/who-we-are/information-rights/responses-we-have-published/",
            listing="cards",
            per_page=10,
            link_style="root",
            next_text="Older responses",
            wres_dir="/media/documents/equality/",
            robots="User-agent: *\nDisallow:\n",
        ),
        "nav": [("Home", "/"), ("About us", "/who-we-are/"), ("Contact us", "/contact-us/")],
        "home": [("About us", "/who-we-are/"), ("News", "/news/")],
    },
}

# documents that sit beside the responses and reports but are neither
OTHER_DOCUMENTS: tuple[tuple[str, str, str], ...] = (
    ("foi", "foi-request-form.docx", "Freedom of Information request form"),
    ("corporate", "publication-scheme-2024.pdf", "Publication scheme 2024"),
    ("corporate", "board-papers-2025-03.pdf", "Board papers March 2025"),
    ("equality", "wdes-report-2024.pdf", "Workforce Disability Equality Standard (WDES) report 2024"),
    ("equality", "gender-pay-gap-report-2024.pdf", "Gender pay gap report 2024"),
)  # fmt: skip


def _page(
    title: str, site_name: str, body: str, nav: list[tuple[str, str]], head: str = ""
) -> bytes:
    items = "".join(f"<li><a href='{h}'>{html.escape(t)}</a></li>" for t, h in nav)
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)} - {html.escape(site_name)}</title>{head}"
        "<link rel='stylesheet' href='/assets/site.css'></head><body>"
        f"<header><a href='/' class='logo'>{html.escape(site_name)}</a><nav><ul>{items}</ul></nav>"
        f"</header><main id='main'><h1>{html.escape(title)}</h1>\n{body}\n</main>"
        "<footer><p>&copy; NHS demo trust</p></footer></body></html>"
    ).encode()


def _links(pairs: list[tuple[str, str]]) -> str:
    return (
        "<ul>" + "".join(f"<li><a href='{h}'>{html.escape(t)}</a></li>" for t, h in pairs) + "</ul>"
    )


def _table_listing(
    site: TrustSiteContent, docs: list[tuple[DemoFoi, str, Resource]], page: int, n_pages: int
) -> str:
    """XA9's log: FOI number, date of response, request, and a bare "Download" link."""
    layout = site.layout
    out = [
        "<table class='disclosure-log'><thead><tr><th>FOI number</th><th>Date of response</th>"
        "<th>Request</th><th>Response</th></tr></thead><tbody>"
    ]
    for foi, path, res in docs:
        day = published_on(foi)
        out.append(
            f"<tr><td>{html.escape(foi.reference)}</td><td>{day.day} {day:%B %Y}</td>"
            f"<td>{html.escape(foi.title)}</td><td><a href='"
            f"{html.escape(_href(path, layout.foi_path, layout.link_style))}'>Download</a> "
            f"({foi.fmt.upper()}, {_size_label(len(res.body))})</td></tr>"
        )
    out.append("</tbody></table>")
    nav = ["<nav class='pagination' aria-label='Pagination'>"]
    if page > 1:
        nav.append(f"<a href='?page={page - 1}' rel='prev'>Previous</a>")
    for n in range(1, n_pages + 1):
        nav.append(f"<span>{n}</span>" if n == page else f"<a href='?page={n}'>{n}</a>")
    if page < n_pages:
        nav.append(f"<a href='?page={page + 1}' rel='next'>{layout.next_text}</a>")
    out.append(" ".join(nav) + "</nav>")
    return "\n".join(out)


def build_site_type_site(
    trust: DemoTrust, fois: list[DemoFoi], reports: list[DemoWres], engine: str = "fast"
) -> TrustSiteContent:
    spec = SPECS[trust.ods_code]
    layout: SiteLayout = spec["layout"]
    site = TrustSiteContent(trust=trust, layout=layout, site_type=spec["site_type"], discover=True)
    nav = spec["nav"]
    name = trust.name

    def page(path: str, title: str, body: str, stamp: datetime = FIXED, head: str = "") -> None:
        site.pages[path] = Resource(
            _page(title, name, body, nav, head), CONTENT_TYPES["html"], stamp
        )

    # FOI responses
    listed: list[tuple[DemoFoi, str, Resource]] = []
    for foi in fois:
        day = published_on(foi)
        folder = layout.html_dir if foi.fmt == "html" else _dir(layout.doc_dir, day)
        path = folder + foi.filename
        res = Resource(render_foi(foi, engine, chrome=name), CONTENT_TYPES[foi.fmt], _stamp(day))
        site.pages[path] = res
        site.foi_paths[foi.filename] = path
        listed.append((foi, path, res))
    listed.sort(key=lambda t: (published_on(t[0]), t[0].reference), reverse=True)
    newest = _stamp(published_on(listed[0][0]), 10) if listed else FIXED
    n_pages = max(1, -(-len(listed) // layout.per_page))
    for n in range(1, n_pages + 1):
        chunk = listed[(n - 1) * layout.per_page : n * layout.per_page]
        listing = (
            _table_listing(site, chunk, n, n_pages)
            if spec["site_type"] == "html_table"
            else _listing_body(site, chunk, n, n_pages)
        )
        body = (
            "<p>Responses to Freedom of Information requests that may interest others. "
            f"Page {n} of {n_pages}.</p>\n" + listing
        )
        key = layout.foi_path if n == 1 else f"{layout.foi_path}?page={n}"
        site.pages[key] = Resource(
            _page("Freedom of Information disclosure log", name, body, nav),
            CONTENT_TYPES["html"],
            newest,
        )
        site.listing_pages.append(key)

    # WRES reports
    items, latest = publish_wres_reports(site, reports, layout, engine)
    page(
        layout.wres_path,
        "Workforce Race Equality Standard",
        "<p>The Workforce Race Equality Standard (WRES) compares the experiences of White and "
        "Black, Asian and minority ethnic staff. Our annual reports:</p><ul class='documents'>"
        + "".join(items)
        + "</ul>",
        latest,
    )

    # documents that are neither
    others: dict[str, tuple[str, str]] = {}
    folder = {"foi": _dir(layout.doc_dir, date(2022, 1, 1)), "equality": layout.wres_dir}
    for where, filename, title in OTHER_DOCUMENTS:
        path = folder.get(where, "/files/corporate/") + filename
        fmt = filename.rsplit(".", 1)[-1]
        body = render_items(
            [TextBlock(text=title, style="heading"), TextBlock(text=name)], fmt, title
        )
        site.pages[path] = Resource(body, CONTENT_TYPES[fmt], FIXED)
        others[path] = (title, fmt)

    # furniture every site has
    page("/", name, f"<p>Welcome to {html.escape(name)}.</p>" + _links(spec["home"]))
    page("/contact-us/", "Contact us", "<p>Write to us at the address below.</p>")
    page("/news/", "News", "<p>Our latest news.</p>")
    page("/our-services/", "Our services", "<p>What we do, and where.</p>")
    site.pages["/assets/site.css"] = Resource(b"body{font-family:sans-serif}", "text/css", FIXED)
    if layout.robots is not None:
        site.pages["/robots.txt"] = Resource(layout.robots.encode(), CONTENT_TYPES["txt"], FIXED)

    builder = {"XA7": _wordpress, "XA8": _sitemap, "XA9": _table, "XA0": _two_clicks}
    builder[trust.ods_code](site, page, listed, others)
    return site


# ---------------------------------------------------------------- per site type


def _wordpress(site: TrustSiteContent, page: Callable, listed, others) -> None:
    """Pages reachable only through the REST API's search (or the about page)."""
    layout = site.layout
    page(
        "/about-us/",
        "About us",
        "<p>Who we are.</p>"
        + _links(
            [
                (
                    "Equality, diversity and inclusion",
                    "/about-us/equality-diversity-and-inclusion/",
                ),
                ("Our board", "/about-us/our-board/"),
            ]
        ),
    )
    page(
        "/about-us/equality-diversity-and-inclusion/",
        "Equality, diversity and inclusion",
        "<p>Our commitments.</p>"
        + _links([("Workforce Race Equality Standard", layout.wres_path)]),
    )
    page("/about-us/our-board/", "Our board", "<p>Board members and papers.</p>")
    page(
        "/freedom-of-information/",
        "Freedom of Information",
        "<p>How to ask us for information.</p>"
        + _links(
            [("Disclosure log", layout.foi_path), ("Publication scheme", "/publication-scheme/")]
        ),
    )
    page("/publication-scheme/", "Publication scheme", "<p>What we publish.</p>")
    home = site.pages["/"]
    site.pages["/"] = Resource(
        home.body.replace(
            b"<link rel='stylesheet'",
            b"<link rel='https://api.w.org/' href='/wp-json/'><link rel='stylesheet'",
            1,
        ),
        home.content_type,
        home.last_modified,
    )

    media: list[dict] = []
    posts: list[dict] = []
    for i, (foi, path, _res) in enumerate(sorted(listed, key=lambda t: published_on(t[0]))):
        stamp = f"{published_on(foi).isoformat()}T09:00:00"
        if foi.fmt == "html":
            posts.append({"id": 500 + i, "title": foi_title(foi), "path": path, "subtype": "page"})
            continue
        media.append(
            {
                "id": 1000 + i,
                "date": stamp,
                "modified": stamp,
                "slug": foi.filename.rsplit(".", 1)[0].lower(),
                "title": foi_title(foi),
                "mime_type": CONTENT_TYPES[foi.fmt],
                "path": path,
            }
        )
    for j, (filename, path) in enumerate(sorted(site.wres_paths.items())):
        res = site.pages[path]
        year = filename.split("-")[-2] if filename.count("-") >= 2 else ""
        media.append(
            {
                "id": 2000 + j,
                "date": res.last_modified.strftime("%Y-%m-%dT%H:%M:%S"),
                "modified": res.last_modified.strftime("%Y-%m-%dT%H:%M:%S"),
                "slug": filename.rsplit(".", 1)[0].lower(),
                "title": f"Workforce Race Equality Standard Report {year}".strip(),
                "mime_type": CONTENT_TYPES[filename.rsplit(".", 1)[-1]],
                "path": path,
            }
        )
    for k, (path, (title, fmt)) in enumerate(sorted(others.items())):
        media.append(
            {
                "id": 3000 + k,
                "date": "2024-06-03T10:00:00",
                "modified": "2024-06-03T10:00:00",
                "slug": path.rsplit("/", 1)[-1].rsplit(".", 1)[0],
                "title": title,
                "mime_type": CONTENT_TYPES[fmt],
                "path": path,
            }
        )
    posts += [
        {"id": 10, "title": "Freedom of Information", "path": "/freedom-of-information/", "subtype": "page"},
        {"id": 11, "title": "Freedom of Information disclosure log", "path": layout.foi_path, "subtype": "page"},
        {"id": 12, "title": "Workforce Race Equality Standard (WRES)", "path": layout.wres_path, "subtype": "page"},
        {"id": 13, "title": "Equality, diversity and inclusion", "path": "/about-us/equality-diversity-and-inclusion/", "subtype": "page"},
        {"id": 14, "title": "Publication scheme", "path": "/publication-scheme/", "subtype": "page"},
    ]  # fmt: skip

    def matches(item: dict, terms: list[str]) -> bool:
        hay = f"{item['title']} {item.get('slug', '')} {item['path']}".lower()
        return all(t in hay for t in terms)

    def paged(items: list[dict], query: dict[str, list[str]]) -> list[dict] | None:
        try:
            per = max(1, min(100, int(query.get("per_page", ["10"])[0])))
            n = max(1, int(query.get("page", ["1"])[0]))
        except ValueError:
            return None
        if (n - 1) * per >= len(items) and n > 1:
            return None
        return items[(n - 1) * per : n * per]

    def answer(body: object, status_ok: bool = True) -> Resource:
        return Resource(json.dumps(body).encode(), JSON_TYPE, FIXED)

    def dynamic(path: str, query: dict[str, list[str]], base: str) -> Resource | None:
        terms = unquote(query.get("search", [""])[0]).lower().split()
        if path in ("/wp-json/", "/wp-json"):
            return answer(
                {
                    "name": site.trust.name,
                    "url": base,
                    "namespaces": ["oembed/1.0", "wp/v2"],
                    "routes": {"/": {}, "/wp/v2": {}, "/wp/v2/media": {}, "/wp/v2/search": {}},
                }
            )
        if path in ("/wp-json/wp/v2/media", "/wp-json/wp/v2/media/"):
            hits = sorted(
                (m for m in media if matches(m, terms)), key=lambda m: m["date"], reverse=True
            )
            chunk = paged(hits, query)
            if chunk is None:
                return None  # WordPress answers 400 rest_post_invalid_page_number
            return answer(
                [
                    {
                        "id": m["id"],
                        "date": m["date"],
                        "modified": m["modified"],
                        "slug": m["slug"],
                        "type": "attachment",
                        "link": base + m["path"].rsplit(".", 1)[0] + "/",
                        "title": {"rendered": html.escape(m["title"])},
                        "mime_type": m["mime_type"],
                        "source_url": base + m["path"],
                    }
                    for m in chunk
                ]
            )
        if path in ("/wp-json/wp/v2/search", "/wp-json/wp/v2/search/"):
            hits = [p for p in posts if matches(p, terms)]
            chunk = paged(hits, query)
            if chunk is None:
                return None
            return answer(
                [
                    {
                        "id": p["id"],
                        "title": html.escape(p["title"]),
                        "url": base + p["path"],
                        "type": "post",
                        "subtype": p["subtype"],
                    }
                    for p in chunk
                ]
            )
        return None

    site.dynamic = dynamic


def _sitemap(site: TrustSiteContent, page: Callable, listed, others) -> None:
    """robots.txt → sitemap index → per-year document sitemaps (some gzipped) and pages."""
    page("/about-us/", "About us", "<p>Who we are and what we do.</p>")
    pages = ["/", "/about-us/", "/contact-us/", "/news/", "/our-services/"]
    pages += [site.layout.foi_path, site.layout.wres_path]
    by_year: dict[int, list[tuple[str, date]]] = {}
    for foi, path, _res in listed:
        day = published_on(foi)
        by_year.setdefault(day.year, []).append((path, day))
    equality = [(p, site.pages[p].last_modified.date()) for p in site.wres_paths.values()]
    equality += [(p, FIXED.date()) for p in others]

    def urlset(entries: list[tuple[str, date]], base: str) -> bytes:
        rows = "".join(
            f"<url><loc>{base}{html.escape(p)}</loc><lastmod>{d.isoformat()}</lastmod></url>"
            for p, d in sorted(entries)
        )
        return (
            "<?xml version='1.0' encoding='UTF-8'?>\n"
            f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{rows}</urlset>"
        ).encode()

    files: dict[str, tuple[list[tuple[str, date]], bool]] = {
        "/sitemap-pages.xml": ([(p, FIXED.date()) for p in pages], False),
        "/sitemap-documents.xml": (equality, False),
    }
    for year, entries in by_year.items():
        files[f"/sitemap-foi-{year}.xml" + (".gz" if year % 2 == 0 else "")] = (
            entries,
            year % 2 == 0,
        )

    def dynamic(path: str, query: dict[str, list[str]], base: str) -> Resource | None:
        if path == "/robots.txt":
            text = f"User-agent: *\nDisallow: /search/\n\nSitemap: {base}/sitemap_index.xml\n"
            return Resource(text.encode(), CONTENT_TYPES["txt"], FIXED)
        if path == "/sitemap_index.xml":
            rows = "".join(
                f"<sitemap><loc>{base}{name}</loc><lastmod>{max(d for _, d in entries).isoformat()}"
                "</lastmod></sitemap>"
                for name, (entries, _gz) in sorted(files.items())
            )
            body = (
                "<?xml version='1.0' encoding='UTF-8'?>\n"
                f"<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{rows}</sitemapindex>"
            ).encode()
            return Resource(body, XML_TYPE, FIXED)
        if path in files:
            entries, gz = files[path]
            body = urlset(entries, base)
            if gz:
                return Resource(gzip.compress(body, mtime=0), GZIP_TYPE, FIXED)
            return Resource(body, XML_TYPE, FIXED)
        return None

    site.dynamic = dynamic


def _table(site: TrustSiteContent, page: Callable, listed, others) -> None:
    """The WRES page is two clicks away: home → EDI → WRES."""
    page("/about-us/", "About us", "<p>Who we are.</p>")
    page(
        "/corporate/equality-diversity-and-inclusion/",
        "Equality, diversity and inclusion",
        "<p>How we meet the public sector equality duty.</p>"
        + _links(
            [
                ("Workforce Race Equality Standard", site.layout.wres_path),
                (
                    "Gender pay gap report 2024",
                    site.layout.wres_dir + "gender-pay-gap-report-2024.pdf",
                ),
            ]
        ),
    )


def _two_clicks(site: TrustSiteContent, page: Callable, listed, others) -> None:
    """home → About us → Freedom of Information → Disclosure log (and → EDI → WRES)."""
    layout = site.layout
    page(
        "/who-we-are/",
        "About us",
        "<p>Who we are.</p>"
        + _links(
            [
                ("Our board", "/who-we-are/our-board/"),
                ("Freedom of Information", "/who-we-are/information-rights/"),
                ("Equality, diversity and inclusion", "/who-we-are/inclusion/"),
            ]
        ),
    )
    page("/who-we-are/our-board/", "Our board", "<p>Board members.</p>")
    page(
        "/who-we-are/information-rights/",
        "Freedom of Information",
        "<p>You have the right to ask for information we hold.</p>"
        + _links(
            [
                ("How to make a request", "/who-we-are/information-rights/make-a-request/"),
                ("Disclosure log", layout.foi_path),
                ("Publication scheme", "/who-we-are/information-rights/publication-scheme/"),
            ]
        ),
    )
    page(
        "/who-we-are/information-rights/make-a-request/",
        "How to make a request",
        "<p>Write to us.</p>",
    )
    page(
        "/who-we-are/information-rights/publication-scheme/",
        "Publication scheme",
        "<p>Classes.</p>",
    )
    page(
        "/who-we-are/inclusion/",
        "Equality, diversity and inclusion",
        "<p>Our equality duties.</p>"
        + _links([("Workforce Race Equality Standard", layout.wres_path)]),
    )


def expected_entry_points(site: TrustSiteContent) -> dict[str, str]:
    """What discovery should propose for a demo site (paths, site type)."""
    return {
        "foi_path": site.layout.foi_path,
        "wres_path": site.layout.wres_path,
        "site_type": site.site_type,
    }
