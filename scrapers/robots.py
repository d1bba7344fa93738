"""robots.txt, fetched once per host per run and parsed with Protego.

Protego understands ``*`` and ``$`` wildcards, ``Crawl-delay`` and
``Request-rate`` (the standard library's parser does none of them).

What a robots.txt response means (RFC 9309 section 2.3.1, and as Google documents it):

* any 2xx: the body's rules apply (a 204, which has no body, means no rules);
* 4xx (404, 410, 403...): no rules, everything allowed;
* 5xx, 429, or no answer at all: the host is not crawled this run;
* a redirect is followed, to another host too (a trust that moved to a new domain
  often sends its old robots.txt there), up to ``max_redirects`` hops; the rules it
  leads to apply to the host asked about. Every hop still passes the address guard,
  so a redirect into a private network is refused, and a loop or too many hops skips
  the host as an unanswered robots.txt does.

Rules are matched against the URL as the request will ask for it
(`scrapers.urls.wire_url`): ``/foi/./log``, ``/%66oi/log`` and ``/foi/log``
are one path to the server, so they are one path to its robots.txt too.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from scrapers.config import ScrapeConfig
from scrapers.http import HttpClient
from scrapers.models import Fetched
from scrapers.urls import wire_url

SUCCESS = frozenset(range(200, 300))  # a robots.txt answered with any 2xx is read


class RobotsUnavailable(Exception):
    """robots.txt answered 5xx or not at all: the host is skipped this run."""


@dataclass
class RobotsRules:
    origin: str
    status: int | None  # HTTP status of robots.txt (None: not fetched / unreachable)
    parser: Protego | None  # None: allow everything
    error: str | None = None  # set when the host must be skipped
    fetched: Fetched | None = None

    @property
    def available(self) -> bool:
        return self.error is None

    def can_fetch(self, url: str, agent: str) -> bool:
        if self.error is not None:
            return False
        if self.parser is None:
            return True
        try:
            return bool(self.parser.can_fetch(wire_url(url), agent))
        except Exception:  # a parser hiccup on odd input: be permissive, as for no rules
            return True

    def delay(self, agent: str) -> float | None:
        """Seconds between requests this robots.txt asks of us (Crawl-delay or Request-rate)."""
        if self.parser is None:
            return None
        delays: list[float] = []
        try:
            cd = self.parser.crawl_delay(agent)
            if cd is not None:
                delays.append(float(cd))
            rr = self.parser.request_rate(agent)
            if rr is not None and rr.requests:
                delays.append(float(rr.seconds) / float(rr.requests))
        except Exception:
            return None
        return max(delays) if delays else None


def origin_of(url: str) -> str:
    """``scheme://host[:port]``, lower case, without a default port (one robots.txt each)."""
    p = urlsplit(url)
    scheme = p.scheme.lower()
    netloc = (p.hostname or "").lower()
    if p.port and (scheme, p.port) not in (("http", 80), ("https", 443)):
        netloc = f"{netloc}:{p.port}"
    return f"{scheme}://{netloc}"


def parse_robots(text: str) -> Protego:
    return Protego.parse(text)


class RobotsCache:
    """robots.txt per origin, fetched once per run; safe to share between threads."""

    def __init__(self, config: ScrapeConfig) -> None:
        self.config = config
        self.agent = config.robots_agent
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def known(self, url: str) -> RobotsRules | None:
        return self._rules.get(origin_of(url))

    def get(self, url: str, client: HttpClient, trust_ods: str = "") -> RobotsRules:
        """The rules for ``url``'s origin, fetching robots.txt on first use."""
        origin = origin_of(url)
        rules = self._rules.get(origin)
        if rules is not None:
            return rules
        with self._lock:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:
            rules = self._rules.get(origin)
            if rules is None:
                rules = self._fetch(origin, client, trust_ods)
                d = rules.delay(self.agent)
                host = urlsplit(origin).hostname or ""
                if d is not None and rules.error is None:
                    if d > self.config.max_crawl_delay:
                        rules.error = (
                            f"robots.txt asks for {d:g}s between requests, more than the "
                            f"{self.config.max_crawl_delay:g}s this run allows; host skipped"
                        )
                    else:
                        client.gate.set_delay(host, d)
                self._rules[origin] = rules
        return rules

    def allowed(self, url: str, client: HttpClient, trust_ods: str = "") -> bool:
        return self.get(url, client, trust_ods).can_fetch(url, self.agent)

    def _fetch(self, origin: str, client: HttpClient, trust_ods: str) -> RobotsRules:
        robots_url = origin + "/robots.txt"
        # No host policy: RFC 9309 (2.3.1.2) has robots.txt redirects followed across hosts.
        f = client.fetch_page(
            robots_url,
            trust_ods=trust_ods,
            policy=None,
            max_bytes=None,
            retries=self.config.robots_retries,
            success=SUCCESS,
        )
        status = f.fetched.status_code
        if f.fetched.error is None and status == 204:  # "No Content": no rules
            return RobotsRules(origin, status, None, None, f.fetched)
        if f.fetched.error is None and f.body is not None and status in SUCCESS:
            text = f.body[: self.config.max_robots_bytes].decode("utf-8", "replace")
            try:
                parser = parse_robots(text)
            except Exception:  # unparseable: treat as no rules
                return RobotsRules(origin, status, None, None, f.fetched)
            return RobotsRules(origin, status, parser, None, f.fetched)
        if status is not None and 400 <= status < 500 and status != 429:
            return RobotsRules(origin, status, None, None, f.fetched)
        if f.fetched.error and "too large" in f.fetched.error:
            return RobotsRules(origin, status, None, None, f.fetched)
        reason = f.fetched.error or f"HTTP {status}"
        return RobotsRules(
            origin, status, None, f"robots.txt unavailable at {robots_url}: {reason}", f.fetched
        )
