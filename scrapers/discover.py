"""Find a trust's FOI disclosure log and WRES report page without being told.

`discover_entry_points(client, site)` returns a `Proposal`: ``foi_url``,
``wres_url``, the ``site_type`` to crawl with, and the ``evidence`` (what was
seen where), for an operator to review. It looks, in this order, spending few
requests (every one through the crawl's polite machinery: robots.txt,
per-host spacing, the trust's host policy):

1. the home page's links ("Freedom of Information", "Disclosure log",
   "Workforce Race Equality Standard", "WRES", and hubs such as "About us",
   "Publications", "Equality, diversity and inclusion"), followed best-first
   for a few pages;
2. the WordPress REST API (``/wp-json/``: its site search finds the pages,
   its media library the uploads; its presence makes the site type
   ``wordpress``);
3. the sitemaps (robots.txt ``Sitemap:`` lines, ``/sitemap.xml``), when the
   links did not lead to both pages;
4. a handful of common paths (``/foi``, ``/freedom-of-information``, …), last.

A candidate page is *verified* by fetching it and counting the links on it
that `parsers.linkclass.classify_link` takes for FOI responses or WRES reports;
the best verified page wins. The site type is ``wordpress`` when the API lists
the trust's uploads, ``html_table`` when the disclosure log is a table with
reference/date/title columns, ``sitemap`` when only the sitemaps led to the
documents, else ``generic``.

`PoliteSession` builds the crawl's HttpClient / RobotsCache / HostGate /
AddressGuard for discovery; `DiscoveryClient` is the per-trust PageClient
(both in `scrapers.discover_session`, importable from here). How links are
scored is in `scrapers.discover_scores`, the best-first exploration in
`scrapers.discover_explore`.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin

from parsers.linkclass import classify_link
from scrapers.discover_explore import Candidate, Explorer
from scrapers.discover_scores import link_scores
from scrapers.discover_session import DiscoveryClient, PoliteSession
from scrapers.models import TrustSite
from scrapers.sites import sitemap, wordpress
from scrapers.sites._common import load_json, optional_page
from scrapers.urls import is_document_url, strip_fragment

MAX_PAGES = 14  # HTML pages fetched per trust while exploring
MAX_SITEMAP_FILES = 6
COMMON_PATHS: dict[str, tuple[str, ...]] = {
    "foi": (
        "/foi/",
        "/freedom-of-information/",
        "/about-us/freedom-of-information/disclosure-log/",
        "/publications/",
    ),
    "wres": ("/equality-diversity-and-inclusion/", "/wres/"),
}
WP_SEARCHES = ("disclosure log", "freedom of information", "workforce race equality")


@dataclass
class Proposal:
    """What discovery proposes for one trust (empty strings: not found)."""

    foi_url: str
    wres_url: str
    site_type: str
    evidence: list[str] = field(default_factory=list)
    ods_code: str = ""
    requests: int = 0
    error: str | None = None

    @property
    def found(self) -> bool:
        return bool(self.foi_url and self.wres_url)


def _from_home(ex: Explorer, site: TrustSite) -> None:
    """Start at the home page (or the origin) and follow its most promising links."""
    home = site.website or ex.origin + "/"
    if "://" not in home:
        home = "https://" + home
    ex.offer(home, "home", "home page", 0)
    if home in ex.cands:
        ex.cands[home].score["hub"] = 9.0
        ex.seq += 1
        heapq.heappush(ex.heap, (-9.0, ex.seq, strip_fragment(home)))
    ex.explore(MAX_PAGES // 2)


def _from_wordpress(
    ex: Explorer, client: DiscoveryClient, site: TrustSite
) -> tuple[str | None, int]:
    """Offer the pages the WordPress site search finds; (API root, kinds with uploads)."""
    wp_root = wordpress.api_root(client, site)
    wp_docs = 0
    if not wp_root:
        return None, 0
    ex.evidence.append(f"WordPress REST API at {wp_root}")
    for term in WP_SEARCHES:
        for _, item in _first_page(client, wp_root, term):
            url = str(item.get("url") or "")
            if url:
                ex.offer(urljoin(wp_root, url), wordpress._text(item.get("title")),
                         f"WordPress search {term!r}", 1)  # fmt: skip
    for kind in ("foi", "wres"):
        first = next(iter(wordpress.media_links(client, site, wp_root, kind)), None)
        if first is not None:
            wp_docs += 1
            ex.evidence.append(
                f"WordPress media library lists {kind.upper()} uploads, e.g. {first.url}"
            )
    ex.explore(MAX_PAGES // 2)
    return wp_root, wp_docs


def _from_sitemaps(ex: Explorer, client: DiscoveryClient, site: TrustSite) -> dict[str, int]:
    """Offer the sitemaps' pages; count the documents they list of each kind."""
    sitemap_docs = {"foi": 0, "wres": 0}
    try:
        for loc, _lastmod, _sm_url in sitemap.read_sitemaps(
            client, site, max_files=MAX_SITEMAP_FILES, well_known=("/sitemap.xml",)
        ):
            hint = classify_link(loc).hint
            if hint:
                sitemap_docs[hint] += 1
            elif not is_document_url(loc):
                ex.offer(loc, "", "sitemap", 1)
        if sum(sitemap_docs.values()):
            ex.evidence.append(
                f"sitemaps list {sitemap_docs['foi']} FOI and {sitemap_docs['wres']} WRES documents"
            )
    except sitemap.SitemapError as exc:
        ex.evidence.append(f"no sitemap: {exc}")
    ex.explore(MAX_PAGES)
    return sitemap_docs


def _from_common_paths(ex: Explorer) -> None:
    """Try the usual paths for each kind still missing, and the links on them."""
    for kind in ("foi", "wres"):
        if ex.best(kind) is not None:
            continue
        for path in COMMON_PATHS[kind]:
            ex.offer(ex.origin + path, path.strip("/").replace("-", " "), "common path", 1)
            url = strip_fragment(ex.origin + path)
            if url in ex.cands and not ex.cands[url].verified.get("_fetched"):
                page = ex.verify(url)
                if page is not None:
                    ex.links_of(page, 2, f"link on {url}")
            if ex.best(kind) is not None:
                break
    ex.explore(MAX_PAGES // 2)


def _site_type(
    foi: Candidate | None, wp_root: str | None, wp_docs: int, sitemap_docs: dict[str, int]
) -> tuple[str, str | None]:
    """The site type to crawl with, and the evidence for it (None for ``generic``)."""
    if wp_root and wp_docs:
        return "wordpress", None
    if foi is not None and foi.table:
        return "html_table", "the disclosure log is a table with reference/date/title columns"
    if (foi is not None and foi.sources == {"sitemap"} and sitemap_docs["foi"]) or (
        foi is None and sitemap_docs["foi"]
    ):
        return "sitemap", "only the sitemaps lead to the FOI documents"
    return "generic", None


def discover_entry_points(client: DiscoveryClient, site: TrustSite) -> Proposal:
    """The FOI disclosure log, the WRES page and the site type of one trust."""
    ex = Explorer(client, site)
    ev = ex.evidence
    _from_home(ex, site)
    wp_root, wp_docs = _from_wordpress(ex, client, site)
    # sitemaps, when links did not lead to both pages; common paths last
    sitemap_docs = {"foi": 0, "wres": 0} if ex.done() else _from_sitemaps(ex, client, site)
    if not ex.done():
        _from_common_paths(ex)

    foi, wres = ex.best("foi"), ex.best("wres")
    for kind, c in (("foi", foi), ("wres", wres)):
        if c is None:
            ev.append(f"{kind.upper()}: no page listing {kind.upper()} documents found")
            continue
        how = ", ".join(sorted(c.sources))
        said = f" ({c.text.strip()!r})" if c.text.strip() else ""
        ev.append(f"{kind.upper()}: {c.url}{said} via {how}; lists {c.docs.get(kind, 0)} documents")
    site_type, why = _site_type(foi, wp_root, wp_docs, sitemap_docs)
    if why:
        ev.append(why)
    ev.append(f"{ex.fetched} pages examined, {client.requests} requests")
    ev.extend(f"warning: {w}" for w in client.warnings[:5])
    return Proposal(
        foi_url=foi.url if foi else "",
        wres_url=wres.url if wres else "",
        site_type=site_type,
        evidence=ev,
        ods_code=site.ods_code,
        requests=client.requests,
    )


def _first_page(client: DiscoveryClient, root: str, term: str) -> Iterable[tuple[str, dict]]:
    url = wordpress._endpoint(root, "wp/v2/search", {"search": term, "per_page": 20})
    data = load_json(optional_page(client, url))
    return [(url, d) for d in data if isinstance(d, dict)] if isinstance(data, list) else []


__all__ = [
    "COMMON_PATHS",
    "DiscoveryClient",
    "PoliteSession",
    "Proposal",
    "discover_entry_points",
    "link_scores",
]
