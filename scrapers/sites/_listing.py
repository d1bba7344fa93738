"""Listing pages: the documents one page links to, and the walk through its pages.

`parse_listing` reads one page (a pure function of the HTML, tested on fixtures):
links to document files on the trust's hosts, HTML pages that look like single
responses (deeper under the listing's path, or whose words carry a reference),
and the listing's further pages (``rel=next``, "Next", numbered pages,
``?page=N``, ``/page/N``) within the listing's path. `crawl_listing` walks
those pages breadth-first through a polite `PageClient`.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import SplitResult, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from scrapers.models import Link, TrustSite
from scrapers.sites import PageClient
from scrapers.sites._anchors import (
    document_base,
    in_navigation,
    is_pager_link,
    norm_text,
    row_of,
    title_for,
    web_anchors,
)
from scrapers.sites._dates import date_for
from scrapers.urls import (
    NON_HTML_EXTS,
    is_document_url,
    listing_prefix,
    page_number,
    path_ext,
    strip_fragment,
    under_prefix,
)

_PAGE_TYPES = frozenset({"text/html", "text/plain", "application/xml", None})
_DOC_TYPES = frozenset(
    {
        "application/pdf",
        "application/msword",
        "application/vnd.ms-excel",
        "application/rtf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
    }
)
_REF_RE = re.compile(
    r"^\s*(?:FOI|FOIA|EIR|FOISR)\b|\b(?:FOI|EIR|REF|Ref)[\s.:#_/-]*\d|\b\d{2,6}[/-]\d{2,6}\b",
    re.I,
)


@dataclass
class ListingParse:
    documents: list[Link] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)  # further listing pages, in order
    next_page: str | None = None


def listings(site: TrustSite, kinds: set[str]) -> Iterator[tuple[str, str | None]]:
    """(kind, listing URL or None) of each kind asked for: FOI first, then WRES."""
    for kind, start in (("foi", site.foi_url), ("wres", site.wres_url)):
        if kind in kinds:
            yield kind, start


def new_urls(links: Iterable[Link], seen: set[str]) -> Iterator[Link]:
    """The links whose URL is not in ``seen`` yet, adding each to it as it passes
    (a document two listings, or two searches, both find is yielded once)."""
    for link in links:
        if link.url not in seen:
            seen.add(link.url)
            yield link


def link_from_anchor(
    a: Tag, url: str, *, trust_ods: str, kind: str | None, page_url: str, parent: Link | None = None
) -> Link:
    """The `Link` an anchor on ``page_url`` stands for: its title and the date in its row
    (a ``parent`` link lends its own where the anchor shows none)."""
    row = row_of(a)
    title = title_for(a, row, url)
    published = date_for(a, row)
    if parent is not None:
        title, published = title or parent.title, published or parent.published_date
    return Link(
        url=url,
        trust_ods=trust_ods,
        kind_hint=kind,
        title=title,
        listing_page=page_url,
        published_date=published,
    )


def _same_listing(url: str, page_parts: SplitResult, prefix: str) -> bool:
    parts = urlsplit(url)
    if (parts.hostname or "").lower() != (page_parts.hostname or "").lower():
        return False
    return under_prefix(parts.path.rstrip("/") or "/", prefix) or parts.path == page_parts.path


def _head_next_links(
    soup: BeautifulSoup, base: str, page_parts: SplitResult, prefix: str
) -> list[str]:
    """``<link rel="next">`` targets in the page's head that stay within the listing."""
    out = []
    for ln in soup.find_all("link", href=True):
        rel = ln.get("rel") or []
        rels = [r.lower() for r in (rel if isinstance(rel, list) else str(rel).split())]
        if "next" in rels:
            u = strip_fragment(urljoin(base, str(ln["href"]).strip()))
            if _same_listing(u, page_parts, prefix):
                out.append(u)
    return out


def parse_listing(
    html: bytes | str,
    page_url: str,
    *,
    trust_ods: str,
    kind: str | None,
    prefix: str | None = None,
    allows_url: Callable[[str], bool] | None = None,
    listing_url: str | None = None,
) -> ListingParse:
    """Document links and further listing pages found on one listing page."""
    soup = BeautifulSoup(html, "lxml")
    base = document_base(soup, page_url)
    if prefix is None:
        prefix = listing_prefix(listing_url or page_url)
    page_parts = urlsplit(page_url)
    listing_path = urlsplit(listing_url or page_url).path.rstrip("/")
    out = ListingParse()
    seen: set[str] = set()

    for u in _head_next_links(soup, base, page_parts, prefix):
        out.next_page = u
        out.pages.append(u)

    def take(a: Tag, url: str) -> None:
        seen.add(url)
        out.documents.append(
            link_from_anchor(a, url, trust_ods=trust_ods, kind=kind, page_url=page_url)
        )

    def refused(url: str) -> bool:
        return url in seen or (allows_url is not None and not allows_url(url))

    for a, url in web_anchors(soup, base):
        parts = urlsplit(url)
        text = norm_text(a.get_text(" "))
        pager, is_next = is_pager_link(a, text)
        if is_document_url(url, str(a.get("type") or "")):
            if not refused(url) and not in_navigation(a):
                take(a, url)
            continue
        same_host = (parts.hostname or "").lower() == (page_parts.hostname or "").lower()
        if not same_host:
            continue
        looks_paged = page_number(url) is not None and _same_listing(url, page_parts, prefix)
        if pager or looks_paged:
            if _same_listing(url, page_parts, prefix) and url != page_url:
                if is_next and out.next_page is None:
                    out.next_page = url
                if url not in out.pages:
                    out.pages.append(url)
            continue
        if in_navigation(a) or path_ext(parts.path) in NON_HTML_EXTS:
            continue
        path = parts.path.rstrip("/")
        if path == listing_path or url == page_url:
            continue
        deeper = prefix != "" and path.startswith(prefix + "/") and len(path) > len(prefix) + 1
        referenced = bool(_REF_RE.search(text)) and under_prefix(path, prefix.rsplit("/", 1)[0])
        if ((deeper and page_number(url) is None) or referenced) and not refused(url):
            take(a, url)
    return out


def crawl_listing(
    client: PageClient,
    site: TrustSite,
    kind: str,
    start: str,
    documents_of: Callable[[bytes, str, ListingParse], list[Link]] | None = None,
) -> Iterator[Link]:
    """Walk one listing's pages breadth-first (bounded by ``client.max_pages``).

    ``documents_of(body, page_url, listing)`` lets another site type read the documents
    of each page its own way while sharing this pagination walk."""
    start = strip_fragment(start)
    queue: deque[str] = deque([start])
    queued = {start}
    fetched_pages: set[str] = set()
    prefix: str | None = None
    listing_url = start
    n = 0
    while queue:
        if n >= client.max_pages:
            client.warn(
                f"listing {start} has more than {client.max_pages} pages; stopped at {client.max_pages}"
            )
            return
        url = queue.popleft()
        page = client.get_page(url)
        n += 1
        if page is None or page.body is None:
            continue
        final = strip_fragment(page.url)
        if final in fetched_pages:
            continue
        fetched_pages.add(final)
        queued.add(final)
        if page.fetched.content_type not in _PAGE_TYPES:
            # the registry points straight at a document (e.g. a WRES report PDF)
            if page.fetched.content_type in _DOC_TYPES or is_document_url(final):
                yield Link(
                    url=strip_fragment(url),
                    trust_ods=site.ods_code,
                    kind_hint=kind,
                    title=None,
                    listing_page=None,
                )
            continue
        if prefix is None:  # the first page, after redirects, sets the listing's path
            listing_url = final
            prefix = listing_prefix(final)
        parsed = parse_listing(
            page.body,
            final,
            trust_ods=site.ods_code,
            kind=kind,
            prefix=prefix,
            allows_url=client.allows_url,
            listing_url=listing_url,
        )
        yield from (documents_of(page.body, final, parsed) if documents_of else parsed.documents)
        for p in parsed.pages:
            if p not in queued:
                queued.add(p)
                queue.append(p)
