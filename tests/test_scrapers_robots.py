"""robots.txt handling: Protego rules, status codes, delays."""

from __future__ import annotations

import pytest

from scrapers.http import HttpClient
from scrapers.politeness import HostGate
from scrapers.robots import RobotsCache, parse_robots

try:
    from faultserver import FaultServer, fast_config
except ImportError:  # pragma: no cover
    from tests.faultserver import FaultServer, fast_config

pytestmark = pytest.mark.network

RULES = """
User-agent: *
Disallow: /private/
Disallow: /*.xlsx$
Disallow: /foi/*/draft
Allow: /private/public-page
Crawl-delay: 0.25

User-agent: otherbot
Disallow: /
"""


def test_wildcards_with_protego():
    rp = parse_robots(RULES)
    ok = lambda path: rp.can_fetch("http://h" + path, "trustdocs")  # noqa: E731
    assert ok("/foi/log")
    assert not ok("/private/x.pdf")
    assert ok("/private/public-page")
    assert not ok("/files/a.xlsx")
    assert ok("/files/a.xlsx?download=1")
    assert not ok("/foi/2023/draft")
    assert ok("/foi/2023/final")
    assert rp.crawl_delay("trustdocs") == 0.25


def _cache_and_client(**kw):
    cfg = fast_config(**kw)
    gate = HostGate(cfg.min_delay, cfg.breaker_threshold, keep_starts=True)
    return RobotsCache(cfg), HttpClient(cfg, gate)


def test_rules_fetched_once_and_delay_applied():
    with FaultServer("127.0.0.2") as fs:
        fs.robots(RULES)
        robots, client = _cache_and_client()
        assert robots.allowed(fs.url("/foi/log"), client)
        assert not robots.allowed(fs.url("/x.xlsx"), client)
        assert not robots.allowed(fs.url("/private/a"), client)
        assert len(fs.requests("/robots.txt")) == 1
        assert client.gate.delay("127.0.0.2") == 0.25


def test_request_rate():
    with FaultServer("127.0.0.2") as fs:
        fs.robots("User-agent: *\nRequest-rate: 1/2s\nCrawl-delay: 0.5\n")
        robots, client = _cache_and_client()
        assert robots.allowed(fs.url("/"), client)
        assert client.gate.delay("127.0.0.2") == 2.0


def test_specific_agent_group():
    with FaultServer("127.0.0.2") as fs:
        fs.robots("User-agent: trustdocs\nDisallow: /foi/\n\nUser-agent: *\nDisallow:\n")
        robots, client = _cache_and_client()
        assert not robots.allowed(fs.url("/foi/log"), client)
        assert robots.allowed(fs.url("/about"), client)


@pytest.mark.parametrize("status", [404, 410, 403])
def test_4xx_allows_all(status):
    with FaultServer("127.0.0.2") as fs:
        fs.robots("User-agent: *\nDisallow: /\n", status=status)
        robots, client = _cache_and_client()
        rules = robots.get(fs.url("/"), client)
        assert rules.available and rules.can_fetch(fs.url("/anything"), "trustdocs")


@pytest.mark.parametrize("status", [500, 503, 429])
def test_5xx_skips_host(status):
    with FaultServer("127.0.0.2") as fs:
        fs.robots("", status=status)
        robots, client = _cache_and_client()
        rules = robots.get(fs.url("/"), client)
        assert not rules.available and "robots.txt unavailable" in rules.error
        assert not rules.can_fetch(fs.url("/x"), "trustdocs")
        assert len(fs.requests("/robots.txt")) == 2  # robots_retries=1


def test_unreachable_skips_host():
    fs = FaultServer("127.0.0.2")
    url = fs.url("/")
    fs._server.server_close()  # nothing listens on that port any more
    robots, client = _cache_and_client(connect_timeout=0.3)
    rules = robots.get(url, client)
    assert not rules.available


def test_huge_crawl_delay_skips_host():
    with FaultServer("127.0.0.2") as fs:
        fs.robots("User-agent: *\nCrawl-delay: 86400\n")
        robots, client = _cache_and_client(max_crawl_delay=60)
        rules = robots.get(fs.url("/"), client)
        assert not rules.available and "86400" in rules.error
