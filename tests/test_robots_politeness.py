"""robots.txt politeness against loopback servers: every 2xx answer's rules apply, and a
listing robots.txt forbids fails its trust however the registry spells the listing URL."""

from __future__ import annotations

import pytest

from scrapers.crawl import crawl
from scrapers.http import HttpClient
from scrapers.models import Fetched, TrustSite
from scrapers.politeness import HostGate
from scrapers.robots import RobotsCache
from scrapers.store import RawStore
from scrapers.urls import wire_url

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


# -- a forbidden listing fails its trust, however it is spelled -------------------


def _drop(_: Fetched) -> None:
    pass


def _crawl_one(tmp_path, foi_url: str, website: str):
    site = TrustSite("R2", "R2", website=website, foi_url=foi_url)
    report = crawl([site], {"foi"}, {}, RawStore(tmp_path / "raw"), fast_config(), _drop)
    return report.trusts[0]


def _serve_log(fs: FaultServer) -> None:
    fs.robots(ROBOTS)
    fs.route("/papers/ir-1.pdf", body=b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    fs.listing(LOG, [("/papers/ir-1.pdf", "IR 1")])
    fs.listing(LOG + "/", [("/papers/ir-1.pdf", "IR 1")])


def _assert_failed_unfetched(o, fs: FaultServer) -> None:
    assert not o.ok
    assert "disallowed by robots.txt" in o.error and "information-requests" in o.error
    assert not fs.requests(LOG) and not fs.requests(LOG + "/")
    assert not fs.requests("/papers/ir-1.pdf")


@pytest.mark.parametrize(
    "spell",
    [
        lambda base: base + LOG,  # as robots.txt writes it
        lambda base: base + LOG + "/",  # trailing slash
        lambda base: base + "/records/./information-requests",  # ./ segment
        lambda base: base + "/records/archive/../information-requests",  # ../ segment
        lambda base: base + "/%72ecords/information%2Drequests",  # percent-encoded letters
    ],
    ids=["plain", "trailing-slash", "dot-segment", "dotdot-segment", "percent-encoding"],
)
def test_forbidden_listing_fails_trust_whatever_its_spelling(tmp_path, spell):
    with FaultServer("127.0.0.4") as fs:
        _serve_log(fs)
        o = _crawl_one(tmp_path, spell(fs.base), fs.base)
        _assert_failed_unfetched(o, fs)


def test_forbidden_listing_with_upper_case_host_fails_trust(tmp_path):
    with FaultServer("127.0.0.1") as fs:
        _serve_log(fs)
        base = fs.base.replace("127.0.0.1", "LocalHost")
        o = _crawl_one(tmp_path, base + LOG, base)
        _assert_failed_unfetched(o, fs)


def test_forbidden_listing_with_default_port_spelled_out_fails_trust(tmp_path):
    try:
        fs = FaultServer("127.0.0.61", port=80)
    except OSError:
        pytest.skip("cannot listen on port 80 here")
    with fs:
        _serve_log(fs)
        o = _crawl_one(tmp_path, "http://127.0.0.61:80" + LOG, "http://127.0.0.61")
        _assert_failed_unfetched(o, fs)


def test_redirect_to_a_forbidden_listing_fails_trust(tmp_path):
    with FaultServer("127.0.0.5") as fs:
        _serve_log(fs)
        fs.route("/foi", location=LOG + "/")
        o = _crawl_one(tmp_path, fs.url("/foi"), fs.base)
        assert not o.ok and "disallowed by robots.txt" in o.error
        assert not fs.requests(LOG + "/")


def test_forbidden_listing_is_recorded_as_the_trusts_failure(tmp_path):
    from db.save import upsert_trusts
    from trustdocs.pipeline import scrape
    from trustdocs.settings import open_db

    with FaultServer("127.0.0.6") as fs:
        _serve_log(fs)
        db = open_db(tmp_path / "t.db")
        row = {"ods_code": "R3", "name": "R3", "website": fs.base}
        row["foi_url"] = fs.base + "/records/./information-requests"
        upsert_trusts(db, [row])
        site = TrustSite("R3", "R3", website=row["website"], foi_url=row["foi_url"])
        summary = scrape(db, [site], tmp_path / "raw", {"foi"}, fast_config())
        ok, error = db.conn.execute(
            "SELECT ok, error FROM trust_runs WHERE run_id = ? AND trust_ods = 'R3'",
            [summary.run_id],
        ).fetchone()
        assert ok == 0 and "disallowed by robots.txt" in error


def test_wire_url_is_one_spelling_of_the_request():
    same = {
        wire_url(u)
        for u in (
            "https://www.trust.nhs.uk/records/information-requests",
            "HTTPS://WWW.Trust.NHS.uk:443/records/information-requests",
            "https://www.trust.nhs.uk/records/./information-requests#top",
            "https://www.trust.nhs.uk/%72ecords/information%2Drequests",
        )
    }
    assert same == {"https://www.trust.nhs.uk/records/information-requests"}
    # path case and trailing slashes are the server's to judge: they stay apart
    assert wire_url("https://h/Records/") != wire_url("https://h/records/")
    assert wire_url("https://h/records/") != wire_url("https://h/records")


# -- a robots.txt that redirects to another host (RFC 9309 2.3.1.2) ---------------


def test_robots_redirected_to_another_host_is_read_for_the_host_asked_about():
    # a trust renamed after a merger: its old domain sends robots.txt to the new one
    with FaultServer("127.0.0.2") as old, FaultServer("127.0.0.3") as new:
        old.route("/robots.txt", status=301, location=new.url("/robots.txt"))
        new.robots(ROBOTS)
        rules = _rules(old)
        assert rules.available and rules.origin == old.base
        assert not rules.can_fetch(old.url(LOG), "trustdocs")
        assert rules.can_fetch(old.url("/records/annual-report.pdf"), "trustdocs")
        assert len(new.requests("/robots.txt")) == 1


def test_robots_redirect_loop_across_hosts_skips_the_host():
    with FaultServer("127.0.0.2") as a, FaultServer("127.0.0.3") as b:
        a.route("/robots.txt", status=302, location=b.url("/robots.txt"))
        b.route("/robots.txt", status=302, location=a.url("/robots.txt"))
        rules = _rules(a)
        assert not rules.available and "redirect loop" in (rules.error or "")
        assert not rules.can_fetch(a.url("/records/annual-report.pdf"), "trustdocs")


def test_crawl_keeps_off_a_listing_forbidden_by_a_redirected_robots(tmp_path):
    with FaultServer("127.0.0.4") as old, FaultServer("127.0.0.5") as new:
        old.route("/robots.txt", status=308, location=new.url("/robots.txt"))
        new.robots(ROBOTS)
        _serve_log(old)  # serves its own robots.txt: the redirect below replaces it
        old.route("/robots.txt", status=308, location=new.url("/robots.txt"))
        o = _crawl_one(tmp_path, old.url(LOG), old.base)
        _assert_failed_unfetched(o, old)
