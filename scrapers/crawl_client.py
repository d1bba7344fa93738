"""What one trust's crawl fetches pages through: `SiteClient`, and the run it shares.

`CrawlShared` is what every worker thread of a crawl shares (the host gate, the
robots.txt cache, the raw store, the result queue). A `SiteClient` is the
`PageClient` a site module's ``discover`` gets for one trust: each page it
fetches has passed the trust's host policy and robots.txt first, and is counted
on the trust's outcome. A listing page it cannot fetch fails the trust; a probe
(`probe_page`: a guessed path, an API, a sitemap) that finds nothing does not.
"""

from __future__ import annotations

import dataclasses
import queue
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urldefrag

from scrapers.config import ScrapeConfig
from scrapers.http import AddressGuard, HostPolicy, HttpClient
from scrapers.http_guard import Refusal, refusal
from scrapers.models import CacheEntry, Fetched, Page, TrustOutcome, TrustSite
from scrapers.politeness import HostGate, Stopped
from scrapers.robots import RobotsCache, RobotsRules
from scrapers.store import RawStore
from scrapers.urls import wire_url

KIND_URLS = (("foi", "foi_url"), ("wres", "wres_url"))
_PAGE_TYPES = ("text/html", "text/plain", "application/xml")


def start_urls(site: TrustSite, kinds: Iterable[str]) -> list[str]:
    """The trust's listing URLs (``foi_url``, ``wres_url``) for ``kinds``, as registered."""
    out = []
    for kind, attr in KIND_URLS:
        u = getattr(site, attr)
        if kind in kinds and u:
            out.append(urldefrag(u)[0])
    return out


@dataclass
class CrawlShared:
    """What the worker threads of one crawl share."""

    config: ScrapeConfig
    gate: HostGate
    robots: RobotsCache
    store: RawStore
    cache: dict[str, CacheEntry]
    kinds: set[str]
    previous_counts: dict[str, int]
    out: queue.Queue
    stop: threading.Event
    guard: AddressGuard
    reported_robots: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)


class SiteClient:
    """What a site module's `discover` gets: polite listing-page fetches for one trust."""

    def __init__(
        self, site: TrustSite, client: HttpClient, shared: CrawlShared, outcome: TrustOutcome
    ) -> None:
        self.site = site
        self.client = client
        self.shared = shared
        self.outcome = outcome
        self.policy = HostPolicy.for_site(site)
        self.max_pages = shared.config.max_pages
        self.listing_errors: list[str] = []
        # compared as requested on the wire, so another spelling of a listing URL
        # (host case, default port, percent-encoding, ./ segments) is still that listing
        self._starts = {wire_url(u) for u in start_urls(site, ("foi", "wres"))}

    # -- PageClient protocol -----------------------------------------------
    def allows_url(self, url: str) -> bool:
        return self.policy.allows_url(url)

    def warn(self, message: str) -> None:
        self.outcome.warnings.append(message)

    def get_page(self, url: str) -> Page | None:
        """A listing page; None (and the trust failed, or a warning) when it cannot be had."""
        url = urldefrag(url)[0]
        is_start = wire_url(url) in self._starts
        refused = self._refusal(url)
        if refused is not None:
            if refused.robots:
                self.outcome.skipped_robots += 1
            if refused.robots and not is_start:
                self.warn(f"listing page {url} {refused.why}")
            else:
                self._listing_problem(url, refused.why)
            return None
        page = self._fetch(url, self.shared.store if self.shared.config.store_listings else None)
        f = page.fetched
        self.outcome.listing_pages += 1
        self.emit(f)
        if f.error is not None or page.body is None:
            self.outcome.failed += 1
            self._listing_problem(url, f.error or "no body")
            return None
        if f.content_type not in _PAGE_TYPES and not is_start:
            self.warn(f"listing page {url} is {f.content_type}, not HTML")
        return page

    def probe_page(self, url: str) -> Page | None:
        """A page that may well not exist (an API, a sitemap, a guessed path): None when it
        is missing, refused or disallowed, and only a successful fetch is reported."""
        if self._refusal(url) is not None:
            return None
        page = self._fetch(url, None, retries=1)
        f = page.fetched
        if f.error is not None or page.body is None:
            return None
        self.outcome.listing_pages += 1
        self.emit(f)
        return page

    # -- helpers ------------------------------------------------------------
    def _refusal(self, url: str) -> Refusal | None:
        """Why ``url`` may not be requested for this trust (None: it may)."""
        if self.shared.stop.is_set():
            raise Stopped("run stopped")
        return refusal(url, self.policy, self.rules, self.shared.robots.agent)

    def _fetch(self, url: str, store: RawStore | None, retries: int | None = None) -> Page:
        """One polite page fetch for this trust (robots.txt re-checked on redirects), counted."""
        page = self.client.fetch_page(
            url,
            trust_ods=self.site.ods_code,
            policy=self.policy,
            store=store,
            can_fetch=self.can_fetch,
            retries=retries,
        )
        self._count(page.fetched)
        return page

    def _count(self, f: Fetched) -> None:
        self.outcome.requests += f.attempts
        self.outcome.bytes += f.size

    def _listing_problem(self, url: str, why: str) -> None:
        # every listing problem fails the trust (see crawl_trust)
        self.listing_errors.append(f"listing page {url}: {why}")

    def rules(self, url: str) -> RobotsRules:
        sh = self.shared
        rules = sh.robots.get(url, self.client, self.site.ods_code)
        if rules.fetched is not None:
            with sh.lock:
                first = rules.origin not in sh.reported_robots
                sh.reported_robots.add(rules.origin)
            if first:
                rf = rules.fetched
                self._count(rf)
                # the robots.txt request is a fetch of this trust's site, too
                self.emit(
                    dataclasses.replace(
                        rf,
                        trust_ods=self.site.ods_code,
                        sha256=None,
                        etag=None,
                        last_modified=None,
                        from_cache=False,
                        link=None,
                        warnings=list(rf.warnings),
                    )
                )
        return rules

    def can_fetch(self, url: str) -> bool:
        return self.rules(url).can_fetch(url, self.shared.robots.agent)

    def emit(self, f: Fetched) -> None:
        self.shared.out.put(("result", f))
