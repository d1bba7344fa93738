"""robots.txt politeness against loopback servers: every 2xx answer's rules apply."""

from __future__ import annotations

import pytest

from scrapers.crawl import crawl
from scrapers.http import HttpClient
from scrapers.models import Fetched, TrustSite
from scrapers.politeness import HostGate
from scrapers.robots import RobotsCache
from scrapers.store import RawStore

try:
    from faultserver import FaultServer, fast_config
except ImportError:  # pragma: no cover
    from tests.faultserver import FaultServer, fast_config

# every server is local and fast_config keeps timeouts under a second: each test is bounded
pytestmark = pytest.mark.network

# a house style no one here has seen: an "Information requests" archive under /records/
LOG = "/records/information-requests"
ROBOTS = f"User-agent: *\nDisallow: {LOG}\nDisallow: /staff-only/\n"


def _rules(fs: FaultServer):
    cfg = fast_config()
    client = HttpClient(cfg, HostGate(cfg.min_delay, cfg.breaker_threshold))
    return RobotsCache(cfg).get(fs.url("/"), client)


# -- any 2xx answer is a robots.txt ---------------------------------------------


@pytest.mark.parametrize("status", [200, 201, 202, 203, 206])
def test_every_2xx_robots_body_applies(status):
    with FaultServer("127.0.0.2") as fs:
        fs.robots(ROBOTS, status=status)
        rules = _rules(fs)
        assert rules.available and rules.status == status
        assert not rules.can_fetch(fs.url("/staff-only/rota.pdf"), "trustdocs")
        assert rules.can_fetch(fs.url("/records/annual-report.pdf"), "trustdocs")


def test_204_robots_means_no_rules():
    with FaultServer("127.0.0.2") as fs:
        fs.robots("User-agent: *\nDisallow: /\n", status=204)  # a 204 carries no body
        rules = _rules(fs)
        assert rules.available and rules.parser is None
        assert rules.can_fetch(fs.url("/staff-only/rota.pdf"), "trustdocs")


@pytest.mark.parametrize(("status", "available"), [(401, True), (451, True), (502, False)])
def test_4xx_allows_all_and_5xx_skips_the_host(status, available):
    with FaultServer("127.0.0.2") as fs:
        fs.robots(ROBOTS, status=status)
        rules = _rules(fs)
        assert rules.available is available
        assert rules.can_fetch(fs.url("/staff-only/x"), "trustdocs") is available


def test_a_203_robots_keeps_the_crawl_off_disallowed_documents(tmp_path):
    with FaultServer("127.0.0.3") as fs:
        fs.robots("User-agent: *\nDisallow: /papers/withheld-\n", status=203)
        for name in ("released-1", "withheld-2"):
            fs.route(
                f"/papers/{name}.pdf", body=b"%PDF-1.4\n%%EOF\n", content_type="application/pdf"
            )
        fs.listing(LOG, [("/papers/released-1.pdf", "IR 1"), ("/papers/withheld-2.pdf", "IR 2")])
        site = TrustSite("R1", "R1", website=fs.base, foi_url=fs.url(LOG))
        report = crawl([site], {"foi"}, {}, RawStore(tmp_path / "raw"), fast_config(), _drop)
        o = report.trusts[0]
        assert o.ok and o.new == 1 and o.skipped_robots == 1
        assert not fs.requests("/papers/withheld-2.pdf")


def _drop(_: Fetched) -> None:
    pass
