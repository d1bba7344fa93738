"""The wordpress site type: ask the WordPress REST API what the trust uploaded.

Many trust websites run WordPress, whose media library knows every uploaded
PDF and Word file with its title and upload date. For each kind this module
searches ``wp-json/wp/v2/media?search=…&per_page=100&page=N`` (PDF and Word
uploads; ``date`` gives ``published_date``, else ``modified``) and
``wp-json/wp/v2/search?search=…`` (pages and posts: HTML responses), keeps
what `parsers.linkclass.classify_link` calls a response or a report of that
kind, and yields one `Link` per upload.

When the API is absent, switched off or forbidden (404, 401, 403, HTML
instead of JSON), or finds nothing for a kind, the trust's ``foi_url`` /
``wres_url`` are walked as the generic site type does.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlencode, urljoin

from parsers.linkclass import classify_link
from scrapers.models import Link, TrustSite
from scrapers.sites import PageClient
from scrapers.sites._common import load_json, optional_page, site_origin
from scrapers.sites._dates import parse_date
from scrapers.sites._listing import crawl_listing, listings, new_urls
from scrapers.sites.generic import attachments  # HTML responses' documents are fetched too
from scrapers.sites.generic import discover as discover_listings
from scrapers.urls import is_document_url, strip_fragment

SEARCHES: dict[str, tuple[str, ...]] = {
    "foi": ("freedom of information", "FOI", "disclosure"),
    "wres": ("workforce race equality", "WRES"),
}
DOC_MIME = (
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
)
PER_PAGE = 100
MAX_API_PAGES = 20  # per search term: 2,000 uploads
_FIELDS = "id,date,modified,title,source_url,mime_type,link"


def api_root(client: PageClient, site: TrustSite) -> str | None:
    """The REST API's root (``…/wp-json/`` or ``…/?rest_route=/``), or None."""
    origin = site_origin(site)
    if origin is None:
        return None
    for root in (origin + "/wp-json/", origin + "/?rest_route=/"):
        data = load_json(optional_page(client, root))
        if isinstance(data, dict) and (
            "wp/v2" in (data.get("namespaces") or []) or "/wp/v2" in (data.get("routes") or {})
        ):
            return root
    return None


def _endpoint(root: str, route: str, params: dict[str, Any]) -> str:
    if "rest_route=" in root:
        return root.split("?", 1)[0] + "?" + urlencode({"rest_route": "/" + route, **params})
    return urljoin(root, route) + "?" + urlencode(params)


def _text(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("rendered") or value.get("raw") or ""
    text = re.sub(r"<[^>]+>", " ", str(value or ""))
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def _pages(client: PageClient, root: str, route: str, term: str) -> Iterator[tuple[str, dict]]:
    """Every item a search returns, page by page (stops at a short or failed page)."""
    for n in range(1, MAX_API_PAGES + 1):
        params = {"search": term, "per_page": PER_PAGE, "page": n}
        if route.endswith("media"):
            params["_fields"] = _FIELDS
        url = _endpoint(root, route, params)
        data = load_json(optional_page(client, url))
        if not isinstance(data, list):
            return
        for item in data:
            if isinstance(item, dict):
                yield url, item
        if len(data) < PER_PAGE:
            return
    client.warn(f"WordPress search {term!r} has more than {MAX_API_PAGES} pages; stopped")


def _found_links(
    client: PageClient,
    site: TrustSite,
    root: str,
    kind: str,
    route: str,
    read_item: Callable[[dict], tuple[str, str | None] | None],
) -> Iterator[Link]:
    """What a search of ``route`` finds for ``kind``: one Link per item that ``read_item``
    turns into (URL, published date) and `classify_link` takes for that kind."""
    for term in SEARCHES[kind]:
        for api_url, item in _pages(client, root, route, term):
            read = read_item(item)
            if read is None:
                continue
            url = strip_fragment(urljoin(root, read[0]))
            title = _text(item.get("title")) or None
            if classify_link(url, None, title).hint != kind or not client.allows_url(url):
                continue
            yield Link(
                url=url,
                trust_ods=site.ods_code,
                kind_hint=kind,
                title=title,
                listing_page=api_url,
                published_date=read[1],
            )


def _upload(item: dict) -> tuple[str, str | None] | None:
    """A media-library item's file URL and upload date, if it is a document."""
    url = str(item.get("source_url") or "")
    mime = str(item.get("mime_type") or "").lower()
    if not url or (mime and mime not in DOC_MIME and not is_document_url(url)):
        return None
    stamp = str(item.get("date") or item.get("modified") or "")
    return url, parse_date(stamp[:10]) if stamp else None


def _page(item: dict) -> tuple[str, str | None] | None:
    """A site-search item's page URL (the search gives no date)."""
    url = str(item.get("url") or "")
    return (url, None) if url else None


def media_links(client: PageClient, site: TrustSite, root: str, kind: str) -> Iterator[Link]:
    """Uploads (PDF, Word, ...) that the media library's search finds for ``kind``."""
    return _found_links(client, site, root, kind, "wp/v2/media", _upload)


def page_links(client: PageClient, site: TrustSite, root: str, kind: str) -> Iterator[Link]:
    """Pages and posts (HTML responses and reports) that the site search finds."""
    return _found_links(client, site, root, kind, "wp/v2/search", _page)


def discover(client: PageClient, site: TrustSite, kinds: set[str]) -> Iterator[Link]:
    """FOI responses and WRES reports from the REST API, else from the listing pages."""
    root = api_root(client, site)
    if root is None:
        client.warn("no WordPress REST API (wp-json) answered; walked the listing pages instead")
        yield from discover_listings(client, site, kinds)
        return
    seen: set[str] = set()
    for kind, start in listings(site, kinds):
        found = 0
        searched = (*media_links(client, site, root, kind), *page_links(client, site, root, kind))
        for link in new_urls(searched, seen):
            found += 1
            yield link
        if not found and start:
            client.warn(f"the WordPress API found no {kind} documents; walked {start} instead")
            yield from new_urls(crawl_listing(client, site, kind, start), seen)


__all__ = ["SEARCHES", "api_root", "attachments", "discover", "media_links", "page_links"]
