"""Exploring a trust's site best-first: candidate pages, and verifying them by their links.

A link is *offered* with the words it was found under; promising ones are queued
by score (less the clicks from the home page). A candidate is *verified* by
fetching it and counting the links on it that `parsers.linkclass.classify_link`
takes for FOI responses or WRES reports; the best verified page of each kind wins.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from parsers.linkclass import FOI, OTHER, WRES, classify_link
from scrapers.discover_scores import link_scores, norm_words, page_title, title_names
from scrapers.discover_session import DiscoveryClient
from scrapers.models import Page, TrustSite
from scrapers.sites import html_table
from scrapers.sites._common import site_origin
from scrapers.sites._listing import parse_listing
from scrapers.urls import is_document_url, page_number, strip_fragment


@dataclass
class Candidate:
    """A page that may be an entry point: how it was found, what it promised, what it held."""

    url: str
    sources: set[str] = field(default_factory=set)
    text: str = ""
    score: dict[str, float] = field(default_factory=lambda: {"foi": 0.0, "wres": 0.0, "hub": 0.0})
    verified: dict[str, float] = field(default_factory=dict)  # kind -> content score
    docs: dict[str, int] = field(default_factory=dict)
    table: bool = False
    depth: int = 0


class Explorer:
    """Best-first exploration of one trust's site within a page budget."""

    def __init__(self, client: DiscoveryClient, site: TrustSite) -> None:
        self.client = client
        self.site = site
        self.origin = site_origin(site) or ""
        self.cands: dict[str, Candidate] = {}
        self.heap: list[tuple[float, int, str]] = []
        self.seq = 0
        self.fetched = 0
        self.evidence: list[str] = []

    # -- candidates --------------------------------------------------------
    def offer(self, url: str, text: str, source: str, depth: int) -> None:
        url = strip_fragment(url)
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not self.client.allows_url(url):
            return
        if is_document_url(url) or page_number(url) is not None:
            return
        if classify_link(url, text).kind != OTHER:
            return  # one response or one report, not the page that lists them
        if parts.path.rsplit(".", 1)[-1].lower() in ("xml", "json", "css", "js", "jpg", "png"):
            return
        c = self.cands.get(url)
        if c is None:
            c = self.cands[url] = Candidate(url, depth=depth)
        c.sources.add(source)
        c.depth = min(c.depth, depth)
        s = link_scores(text, url)
        if sum(s.values()) > sum(c.score.values()):
            c.score, c.text = s, text
        priority = max(s["foi"], s["wres"], s["hub"]) - 0.25 * depth
        if priority >= 1.5 and url not in self._visited():
            self.seq += 1
            heapq.heappush(self.heap, (-priority, self.seq, url))

    def _visited(self) -> set[str]:
        return {u for u, c in self.cands.items() if c.verified.get("_fetched")}

    def links_of(self, page: Page, depth: int, source: str) -> None:
        soup = BeautifulSoup(page.body or b"", "lxml")
        base = page.url
        for a in soup.find_all("a", href=True)[:1500]:
            href = str(a["href"]).strip()
            if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
                continue
            text = a.get_text(" ") or str(a.get("title") or "")
            self.offer(urljoin(base, href), text, source, depth)

    # -- verification -----------------------------------------------------
    def verify(self, url: str) -> Page | None:
        c = self.cands[url]
        page = self.client.get_page(url)
        c.verified["_fetched"] = 1.0
        self.fetched += 1
        if (
            page is None
            or page.body is None
            or page.fetched.content_type not in ("text/html", None)
        ):
            return None
        final = strip_fragment(page.url)
        listing = parse_listing(
            page.body, final, trust_ods=self.site.ods_code, kind=None,
            allows_url=self.client.allows_url,
        )  # fmt: skip
        kinds = [classify_link(d.url, d.title).kind for d in listing.documents]
        n_foi, n_wres = kinds.count(FOI), kinds.count(WRES)
        c.docs = {"foi": n_foi, "wres": n_wres}
        soup_title = norm_words(page_title(page.body))
        if n_foi >= 2 and n_foi >= n_wres:
            c.verified["foi"] = 5 + min(n_foi, 10) + (2 if listing.pages else 0)
            if title_names("foi", soup_title):
                c.verified["foi"] += 2
            table = html_table.parse_table(
                page.body, final, trust_ods=self.site.ods_code, kind="foi",
                allows_url=self.client.allows_url,
            )  # fmt: skip
            c.table = table.tables > 0 and len(table.documents) >= 2
        if n_wres >= 1 and n_wres > n_foi / 3:
            c.verified["wres"] = 5 + 2 * min(n_wres, 4)
            if title_names("wres", soup_title):
                c.verified["wres"] += 2
        return page

    def explore(self, budget: int) -> None:
        while self.heap and budget > 0 and not self.done():
            _, _, url = heapq.heappop(self.heap)
            c = self.cands[url]
            if c.verified.get("_fetched"):
                continue
            page = self.verify(url)
            budget -= 1
            if page is not None and c.depth < 3:
                self.links_of(page, c.depth + 1, f"link on {url}")

    def best(self, kind: str) -> Candidate | None:
        scored = [
            (c.verified[kind] + c.score[kind] / 2, c.url, c)
            for c in self.cands.values()
            if kind in c.verified
        ]
        if not scored:
            return None
        return max(scored, key=lambda t: (t[0], -len(t[1])))[2]

    def done(self) -> bool:
        f, w = self.best("foi"), self.best("wres")
        return bool(f and w and f.verified["foi"] >= 9 and w.verified["wres"] >= 7)
