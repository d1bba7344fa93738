"""The generic site type: a listing page (or a paginated run of them) of links.

Start at ``foi_url`` (kind ``foi``) and ``wres_url`` (kind ``wres``); follow
pagination (``rel=next``, "Next", "Next page", "›", "»", numbered pages,
``?page=N``, ``/page/N``) within the listing's path; collect links to
PDF/DOCX/DOC/ODT/XLSX/... files on the trust's hosts, and links to HTML pages
that look like individual responses (under the listing's path, or whose text
starts with "FOI"/carries a reference), skipping navigation, header and footer
links. Titles come from the link text, ``published_date`` from a date shown in
the link's row.

The reading lives in helpers this module puts together: `scrapers.urls` (URL
spelling and what a URL names), `scrapers.sites._anchors` (one link's place and
words), `scrapers.sites._dates` (dates in listings) and `scrapers.sites._listing`
(one listing page, and the walk through its pages). Their public names are
importable from here as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from bs4 import BeautifulSoup

from scrapers.models import Link, TrustSite
from scrapers.sites import PageClient

# names other modules and the tests import from here (re-exported: see __all__)
from scrapers.sites._anchors import (
    GENERIC_TITLES,
    NEXT_TEXTS,
    OTHER_PAGER_TEXTS,
    document_base,
    in_navigation,
    web_anchors,
)
from scrapers.sites._dates import parse_date
from scrapers.sites._listing import (
    ListingParse,
    crawl_listing,
    link_from_anchor,
    listings,
    new_urls,
    parse_listing,
)
from scrapers.urls import (
    DOC_EXTS,
    DOC_MIME_HINTS,
    NON_HTML_EXTS,
    PAGE_PARAMS,
    is_document_url,
    listing_prefix,
    page_number,
    strip_fragment,
    under_prefix,
)


def discover(client: PageClient, site: TrustSite, kinds: set[str]) -> Iterator[Link]:
    """Links to the trust's FOI responses and WRES reports, listing page by page."""
    seen: set[str] = set()
    for kind, start in listings(site, kinds):
        if start:
            yield from new_urls(crawl_listing(client, site, kind, start), seen)


def attachments(
    body: bytes,
    page_url: str,
    site: TrustSite,
    parent: Link,
    allows_url: Callable[[str], bool],
) -> list[Link]:
    """Document files (PDF, DOCX, ...) linked from an HTML response page's content."""
    soup = BeautifulSoup(body, "lxml")
    out: list[Link] = []
    seen: set[str] = set()
    for a, url in web_anchors(soup, document_base(soup, page_url)):
        if not is_document_url(url, str(a.get("type") or "")) or in_navigation(a):
            continue
        if url in seen or not allows_url(url):
            continue
        seen.add(url)
        out.append(
            link_from_anchor(
                a,
                url,
                trust_ods=site.ods_code,
                kind=parent.kind_hint,
                page_url=page_url,
                parent=parent,
            )
        )
    return out


__all__ = [
    "DOC_EXTS",
    "DOC_MIME_HINTS",
    "GENERIC_TITLES",
    "NEXT_TEXTS",
    "NON_HTML_EXTS",
    "OTHER_PAGER_TEXTS",
    "PAGE_PARAMS",
    "ListingParse",
    "attachments",
    "crawl_listing",
    "discover",
    "is_document_url",
    "listing_prefix",
    "page_number",
    "parse_date",
    "parse_listing",
    "strip_fragment",
    "under_prefix",
]
