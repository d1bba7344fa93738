"""The polite machinery discovery fetches through, built as the crawl builds it.

`PoliteSession` holds what a discovery run shares across threads (the host gate,
the robots.txt cache, the address guard); `DiscoveryClient` is the per-trust
`PageClient`: robots.txt, per-host spacing, the trust's host policy and a page
cache, so a guess fetched twice costs one request.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from scrapers.config import ScrapeConfig
from scrapers.http import AddressGuard, HostPolicy, HttpClient
from scrapers.http_guard import refusal
from scrapers.models import Page, TrustSite
from scrapers.politeness import HostGate, Stopped
from scrapers.robots import RobotsCache, RobotsRules
from scrapers.urls import strip_fragment


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
        url = strip_fragment(url)
        if url in self._pages:
            return self._pages[url]
        if self.session.stop.is_set():
            raise Stopped("discovery stopped")
        page: Page | None = None
        refused = refusal(url, self.policy, self.rules, self.session.robots.agent)
        if refused is not None:
            self.warn(f"{url}: {refused.why}")
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
