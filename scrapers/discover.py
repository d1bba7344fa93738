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
AddressGuard for discovery; `DiscoveryClient` is the per-trust PageClient.
"""

from __future__ import annotations

import heapq
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from parsers.linkclass import FOI, OTHER, WRES, classify_link
from scrapers.config import ScrapeConfig
from scrapers.http import AddressGuard, HostPolicy, HttpClient, Page
from scrapers.models import TrustSite
from scrapers.politeness import HostGate, Stopped
from scrapers.robots import RobotsCache, RobotsRules
from scrapers.sites import generic, html_table, sitemap, wordpress
from scrapers.sites._common import site_origin

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

# ---------------------------------------------------------------- the client


@dataclass
class PoliteSession:
    """What a discovery run shares across threads, built as `scrapers.crawl` builds it."""

    config: ScrapeConfig
    gate: HostGate = field(init=False)
    robots: RobotsCache = field(init=False)
    guard: AddressGuard = field(init=False)
    stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.gate = HostGate(self.config.min_delay, self.config.breaker_threshold, stop=self.stop)
        self.robots = RobotsCache(self.config)
        self.guard = AddressGuard(self.config.allow_private)

    def http_client(self) -> HttpClient:
        """One per thread (each owns a requests.Session); close it when done."""
        return HttpClient(self.config, self.gate, guard=self.guard)

    def client_for(self, site: TrustSite, http: HttpClient) -> DiscoveryClient:
        return DiscoveryClient(site, http, self)


class DiscoveryClient:
    """A PageClient for one trust: robots.txt, per-host spacing, host policy, a budget.

    A page that fails is None and a warning, never a failed listing: during
    discovery most guesses are meant to miss.
    """

    def __init__(self, site: TrustSite, http: HttpClient, session: PoliteSession) -> None:
        self.site = site
        self.http = http
        self.session = session
        self.policy = HostPolicy.for_site(site)
        self.max_pages = 3
        self.warnings: list[str] = []
        self.requests = 0
        self._pages: dict[str, Page | None] = {}

    def allows_url(self, url: str) -> bool:
        return self.policy.allows_url(url)

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def rules(self, url: str) -> RobotsRules:
        rules = self.session.robots.get(url, self.http, self.site.ods_code)
        if rules.fetched is not None and not getattr(rules, "_counted", False):
            self.requests += rules.fetched.attempts
            rules._counted = True  # type: ignore[attr-defined]
        return rules

    def can_fetch(self, url: str) -> bool:
        return self.rules(url).can_fetch(url, self.session.robots.agent)

    def get_page(self, url: str) -> Page | None:
        url = generic.strip_fragment(url)
        if url in self._pages:
            return self._pages[url]
        if self.session.stop.is_set():
            raise Stopped("discovery stopped")
        page: Page | None = None
        if not self.policy.allows_url(url):
            self.warn(f"{url}: not on the trust's hosts")
        else:
            rules = self.rules(url)
            if not rules.available:
                self.warn(f"{url}: {rules.error}")
            elif not rules.can_fetch(url, self.session.robots.agent):
                self.warn(f"{url}: disallowed by robots.txt")
            else:
                got = self.http.fetch_page(
                    url,
                    trust_ods=self.site.ods_code,
                    policy=self.policy,
                    can_fetch=self.can_fetch,
                    retries=1,
                )
                self.requests += got.fetched.attempts
                page = got if got.ok else None
        self._pages[url] = page
        return page

    probe_page = get_page


# ---------------------------------------------------------------- proposals


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


_FOI_TEXT = [
    (re.compile(r"disclosure log|disclosures|published (?:foi )?(?:requests|responses)|"
                r"foi responses|responses we have published|previous (?:foi )?requests|foi log"), 6.0),
    (re.compile(r"freedom of information|\bfoi\b|\bfoia\b"), 3.0),
    (re.compile(r"information rights|access to information|information governance"), 1.5),
]  # fmt: skip
_FOI_NEG = re.compile(
    r"publication scheme|how to make|make a request|request form|contact|charges|"
    r"privacy|subject access|policy|complain"
)
_WRES_TEXT = [
    (re.compile(r"workforce race equality|\bwres\b|race equality standard"), 6.0),
    (re.compile(r"race equality"), 3.0),
    (re.compile(r"equality|diversity|inclusion|\bedi\b"), 2.5),
]
_WRES_NEG = re.compile(r"wdes|disability|gender pay|pay gap")
_HUB = re.compile(
    r"^(?:about(?: us| the trust)?|who we are|corporate(?: information)?|publications?|"
    r"our publications|freedom of information|foi|equality.*|.*inclusion|diversity.*|our people|"
    r"working (?:for|with) us|governance|transparency|information rights|"
    r"information governance|our organisation|key documents|reports and publications)$"
)
_URL_FOI = [
    (re.compile(r"disclosure[-_]?log|published[-_]responses|foi[-_]?(?:log|disclosures|responses)|responses-we-have-published"), 4.0),
    (re.compile(r"(?:^|/)foi(?:/|$)|freedom[-_]of[-_]information|information[-_]rights"), 2.0),
]  # fmt: skip
_URL_WRES = [
    (re.compile(r"(?:^|[/_-])wres(?:[/_-]|$)|workforce[-_]race[-_]equality|race[-_]equality"), 4.0),
    (re.compile(r"equality|inclusion|(?:^|/)edi(?:/|$)"), 1.0),
]


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").lower().replace("&", "and")).strip(" :|»›-")


def link_scores(text: str | None, url: str) -> dict[str, float]:
    """How much a link (its words and its URL) promises each entry point, and a hub."""
    t = _norm(text)
    path = urlsplit(url).path.lower()
    out = {"foi": 0.0, "wres": 0.0, "hub": 0.0}
    for rx, w in _FOI_TEXT:
        if rx.search(t):
            out["foi"] = max(out["foi"], w)
    for rx, w in _URL_FOI:
        if rx.search(path):
            out["foi"] += w / 2
    if _FOI_NEG.search(t) or "publication-scheme" in path:
        out["foi"] = min(out["foi"], 1.0)
    for rx, w in _WRES_TEXT:
        if rx.search(t):
            out["wres"] = max(out["wres"], w)
    for rx, w in _URL_WRES:
        if rx.search(path):
            out["wres"] += w / 2
    if _WRES_NEG.search(t):
        out["wres"] = 0.0
    if _HUB.match(t):
        out["hub"] = 2.0
    return out


@dataclass
class _Candidate:
    url: str
    sources: set[str] = field(default_factory=set)
    text: str = ""
    score: dict[str, float] = field(default_factory=lambda: {"foi": 0.0, "wres": 0.0, "hub": 0.0})
    verified: dict[str, float] = field(default_factory=dict)  # kind -> content score
    docs: dict[str, int] = field(default_factory=dict)
    table: bool = False
    depth: int = 0


class _Explorer:
    def __init__(self, client: DiscoveryClient, site: TrustSite) -> None:
        self.client = client
        self.site = site
        self.origin = site_origin(site) or ""
        self.cands: dict[str, _Candidate] = {}
        self.heap: list[tuple[float, int, str]] = []
        self.seq = 0
        self.fetched = 0
        self.evidence: list[str] = []

    # -- candidates --------------------------------------------------------
    def offer(self, url: str, text: str, source: str, depth: int) -> None:
        url = generic.strip_fragment(url)
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not self.client.allows_url(url):
            return
        if generic.is_document_url(url) or generic.page_number(url) is not None:
            return
        if classify_link(url, text).kind != OTHER:
            return  # one response or one report, not the page that lists them
        if parts.path.rsplit(".", 1)[-1].lower() in ("xml", "json", "css", "js", "jpg", "png"):
            return
        c = self.cands.get(url)
        if c is None:
            c = self.cands[url] = _Candidate(url, depth=depth)
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
        final = generic.strip_fragment(page.url)
        listing = generic.parse_listing(
            page.body, final, trust_ods=self.site.ods_code, kind=None,
            allows_url=self.client.allows_url,
        )  # fmt: skip
        kinds = [classify_link(d.url, d.title).kind for d in listing.documents]
        n_foi, n_wres = kinds.count(FOI), kinds.count(WRES)
        c.docs = {"foi": n_foi, "wres": n_wres}
        soup_title = _norm(_page_title(page.body))
        if n_foi >= 2 and n_foi >= n_wres:
            c.verified["foi"] = 5 + min(n_foi, 10) + (2 if listing.pages else 0)
            if any(rx.search(soup_title) for rx, _ in _FOI_TEXT[:1]):
                c.verified["foi"] += 2
            table = html_table.parse_table(
                page.body, final, trust_ods=self.site.ods_code, kind="foi",
                allows_url=self.client.allows_url,
            )  # fmt: skip
            c.table = table.tables > 0 and len(table.documents) >= 2
        if n_wres >= 1 and n_wres > n_foi / 3:
            c.verified["wres"] = 5 + 2 * min(n_wres, 4)
            if any(rx.search(soup_title) for rx, _ in _WRES_TEXT[:1]):
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

    def best(self, kind: str) -> _Candidate | None:
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


def _page_title(body: bytes | None) -> str:
    m = re.search(rb"<title[^>]*>(.*?)</title>", body or b"", re.I | re.S)
    h = re.search(rb"<h1[^>]*>(.*?)</h1>", body or b"", re.I | re.S)
    text = b" ".join(x[1] for x in (m, h) if x)
    return re.sub(r"<[^>]+>", " ", text.decode("utf-8", "replace"))


def discover_entry_points(client: DiscoveryClient, site: TrustSite) -> Proposal:
    """The FOI disclosure log, the WRES page and the site type of one trust."""
    ex = _Explorer(client, site)
    ev = ex.evidence
    home = site.website or ex.origin + "/"
    if "://" not in home:
        home = "https://" + home
    ex.offer(home, "home", "home page", 0)
    if home in ex.cands:
        ex.cands[home].score["hub"] = 9.0
        ex.seq += 1
        heapq.heappush(ex.heap, (-9.0, ex.seq, generic.strip_fragment(home)))
    ex.explore(MAX_PAGES // 2)

    # the WordPress REST API
    wp_root = wordpress.api_root(client, site)
    wp_docs = 0
    if wp_root:
        ev.append(f"WordPress REST API at {wp_root}")
        for term in ("disclosure log", "freedom of information", "workforce race equality"):
            for _, item in _first_page(client, wp_root, term):
                url = str(item.get("url") or "")
                if url:
                    ex.offer(urljoin(wp_root, url), wordpress._text(item.get("title")),
                             f"WordPress search {term!r}", 1)  # fmt: skip
        for kind in ("foi", "wres"):
            first = next(iter(wordpress.media_links(client, site, wp_root, kind)), None)
            if first is not None:
                wp_docs += 1
                ev.append(f"WordPress media library lists {kind.upper()} uploads, e.g. {first.url}")
        ex.explore(MAX_PAGES // 2)

    # sitemaps, when links did not lead to both pages
    sitemap_docs = {"foi": 0, "wres": 0}
    if not ex.done():
        try:
            for loc, _lastmod, _sm_url in sitemap.read_sitemaps(
                client, site, max_files=MAX_SITEMAP_FILES, well_known=("/sitemap.xml",)
            ):
                hint = classify_link(loc).hint
                if hint:
                    sitemap_docs[hint] += 1
                elif not generic.is_document_url(loc):
                    ex.offer(loc, "", "sitemap", 1)
            if sum(sitemap_docs.values()):
                ev.append(
                    f"sitemaps list {sitemap_docs['foi']} FOI and {sitemap_docs['wres']} WRES documents"
                )
        except sitemap.SitemapError as exc:
            ev.append(f"no sitemap: {exc}")
        ex.explore(MAX_PAGES)

    # common paths, last
    if not ex.done():
        tried = 0
        for kind in ("foi", "wres"):
            if ex.best(kind) is not None:
                continue
            for path in COMMON_PATHS[kind]:
                ex.offer(ex.origin + path, path.strip("/").replace("-", " "), "common path", 1)
                url = generic.strip_fragment(ex.origin + path)
                if url in ex.cands and not ex.cands[url].verified.get("_fetched"):
                    page = ex.verify(url)
                    tried += 1
                    if page is not None:
                        ex.links_of(page, 2, f"link on {url}")
                if ex.best(kind) is not None:
                    break
        ex.explore(MAX_PAGES // 2)

    foi, wres = ex.best("foi"), ex.best("wres")
    for kind, c in (("foi", foi), ("wres", wres)):
        if c is None:
            ev.append(f"{kind.upper()}: no page listing {kind.upper()} documents found")
            continue
        how = ", ".join(sorted(c.sources))
        said = f" ({c.text.strip()!r})" if c.text.strip() else ""
        ev.append(f"{kind.upper()}: {c.url}{said} via {how}; lists {c.docs.get(kind, 0)} documents")

    site_type = "generic"
    if wp_root and wp_docs:
        site_type = "wordpress"
    elif foi is not None and foi.table:
        site_type = "html_table"
        ev.append("the disclosure log is a table with reference/date/title columns")
    elif (foi is not None and foi.sources == {"sitemap"} and sitemap_docs["foi"]) or (
        foi is None and sitemap_docs["foi"]
    ):
        site_type = "sitemap"
        ev.append("only the sitemaps lead to the FOI documents")
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
    from scrapers.sites._common import load_json, optional_page

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
