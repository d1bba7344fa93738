"""crawl(): the whole scraper against fault servers on loopback."""

from __future__ import annotations

import threading
import time

import pytest

from scrapers.crawl import crawl
from scrapers.models import CacheEntry, Fetched, TrustSite
from scrapers.store import RawStore

try:
    from faultserver import FaultServer, fast_config, spacing_shortfalls
except ImportError:  # pragma: no cover
    from tests.faultserver import FaultServer, fast_config, spacing_shortfalls

pytestmark = pytest.mark.network

PDF = b"%PDF-1.4\n%%EOF\n"


def pdf(name: str) -> bytes:
    return b"%PDF-1.4\n% " + name.encode() + b"\n%%EOF\n"


def make_site(fs: FaultServer, ods: str, n_docs: int, *, etag: bool = True) -> TrustSite:
    links = []
    for i in range(n_docs):
        path = f"/foi/doc-{ods}-{i}.pdf"
        fs.route(
            path,
            body=pdf(f"{ods}-{i}"),
            content_type="application/pdf",
            etag=f'"{ods}-{i}"' if etag else None,
        )
        links.append((path, f"FOI {ods}/{i}", f"0{1 + i % 9}/03/2023"))
    fs.listing("/foi/log", links)
    return TrustSite(ods, f"Trust {ods}", website=fs.base, foi_url=fs.url("/foi/log"))


class Collector:
    def __init__(self):
        self.results: list[Fetched] = []
        self.threads: set[str] = set()

    def __call__(self, f: Fetched) -> None:
        self.threads.add(threading.current_thread().name)
        self.results.append(f)

    def docs(self):
        return [r for r in self.results if r.link is not None]

    def cache(self):
        return {
            r.url: CacheEntry(r.url, r.sha256, r.etag, r.last_modified)
            for r in self.docs()
            if r.sha256
        }


@pytest.fixture
def store(tmp_path):
    return RawStore(tmp_path / "raw")


def test_spacing_check_tolerates_late_stamps_not_a_crawler_that_ignores_the_delay():
    # one arrival stamped 0.04 s late: its gaps are 0.19 and 0.11, the schedule was kept
    assert not spacing_shortfalls([0.0, 0.19, 0.30, 0.45], 0.15)
    # the 0.05 s floor instead of a 0.15 s Crawl-delay
    assert spacing_shortfalls([0.0, 0.05, 0.10, 0.15], 0.15)
    # one request sent early is short of its neighbour by more than a late stamp
    assert spacing_shortfalls([0.0, 0.15, 0.19, 0.45], 0.15)


def test_three_hosts_in_parallel_keep_per_host_spacing(store):
    delays = {"127.0.0.2": 0.3, "127.0.0.3": 0.15, "127.0.0.4": 0.15}
    with (
        FaultServer("127.0.0.2") as a,
        FaultServer("127.0.0.3") as b,
        FaultServer("127.0.0.4") as c,
    ):
        sites = []
        for fs, ods in ((a, "A"), (b, "B"), (c, "C")):
            fs.robots(f"User-agent: *\nCrawl-delay: {delays[fs.host]}\n")
            sites.append(make_site(fs, ods, 4))
        col = Collector()
        t0 = time.monotonic()
        report = crawl(sites, {"foi"}, {}, store, fast_config(min_delay=0.05), col)
        wall = time.monotonic() - t0
        assert report.trusts_ok == 3 and report.new == 12 and report.failed == 0
        for fs in (a, b, c):
            assert len(fs.times()) == 6  # robots, listing, 4 documents
            assert not spacing_shortfalls(fs.times(), delays[fs.host]), fs.host
        slowest = 5 * 0.3
        assert wall < slowest * 1.25 + 0.3, wall
        # the hosts really overlapped: B and C were busy while A was
        assert max(b.times()) < max(a.times()) and min(c.times()) < max(a.times())
    assert col.threads == {threading.current_thread().name}


def test_results_and_second_run_new_changed_unchanged(store):
    with FaultServer("127.0.0.2") as fs:
        site = make_site(fs, "R", 3)
        fs.route("/foi/plain.pdf", body=pdf("plain"), content_type="application/pdf")
        fs.route("/foi/moving.pdf", body=pdf("v1"), content_type="application/pdf")
        fs.listing(
            "/foi/log",
            [(f"/foi/doc-R-{i}.pdf", f"FOI R/{i}", "01/03/2023") for i in range(3)]
            + [("/foi/plain.pdf", "FOI plain"), ("/foi/moving.pdf", "FOI moving")],
        )
        cfg = fast_config()
        col = Collector()
        progress = []
        r1 = crawl([site], {"foi"}, {}, store, cfg, col, progress=lambda o, f: progress.append(o))
        o = r1.trusts[0]
        assert (o.ok, o.new, o.changed, o.unchanged, o.failed) == (True, 5, 0, 0, 0)
        assert o.documents_listed == 5 and o.listing_pages == 1
        assert len(progress) == len(col.results) and set(progress) == {"R"}
        listing = [r for r in col.results if r.link is None and r.url.endswith("/foi/log")]
        assert len(listing) == 1 and listing[0].ok and store.exists(listing[0].sha256)
        doc = next(r for r in col.docs() if r.url.endswith("doc-R-0.pdf"))
        assert doc.link.title == "FOI R/0" and doc.link.published_date == "2023-03-01"
        assert store.read(doc.sha256) == pdf("R-0")

        fs.route("/foi/moving.pdf", body=pdf("v2"), content_type="application/pdf")
        fs.reset_log()
        col2 = Collector()
        r2 = crawl([site], {"foi"}, col.cache(), store, cfg, col2, previous_counts={"R": 5})
        o = r2.trusts[0]
        assert (o.ok, o.new, o.changed, o.unchanged, o.failed) == (True, 0, 1, 4, 0)
        by = {r.url.rsplit("/", 1)[-1]: r for r in col2.docs()}
        assert by["doc-R-0.pdf"].from_cache and by["doc-R-0.pdf"].status_code == 304
        assert by["doc-R-0.pdf"].size == 0
        assert not by["plain.pdf"].from_cache  # no validators: downloaded, same bytes
        assert store.read(by["moving.pdf"].sha256) == pdf("v2")
        # the listing page is always fetched again, unconditionally
        assert "If-None-Match" not in fs.requests("/foi/log")[0].headers


def test_robots_disallowed_links_skipped_not_fetched(store):
    with FaultServer("127.0.0.2") as fs:
        fs.robots("User-agent: *\nDisallow: /foi/*-1.pdf$\nDisallow: /foi/doc-S-2\n")
        site = make_site(fs, "S", 4)
        col = Collector()
        report = crawl([site], {"foi"}, {}, store, fast_config(), col)
        o = report.trusts[0]
        assert o.ok and o.skipped_robots == 2 and o.new == 2
        fetched = {h.path for h in fs.requests()}
        assert "/foi/doc-S-1.pdf" not in fetched and "/foi/doc-S-2.pdf" not in fetched
        assert "/foi/doc-S-3.pdf" in fetched


def test_robots_500_fails_trust_without_crawling(store):
    with FaultServer("127.0.0.2") as fs:
        fs.robots("", status=500)
        site = make_site(fs, "F", 2)
        report = crawl([site], {"foi"}, {}, store, fast_config(), Collector())
        o = report.trusts[0]
        assert not o.ok and "robots.txt unavailable" in o.error
        assert {h.path for h in fs.requests()} == {"/robots.txt"}
        assert report.trusts_failed == 1 and not report.ok


def test_robots_404_allows_everything(store):
    with FaultServer("127.0.0.2") as fs:
        site = make_site(fs, "N", 2)  # no /robots.txt route: 404
        report = crawl([site], {"foi"}, {}, store, fast_config(), Collector())
        assert report.trusts[0].ok and report.new == 2


def test_zero_yield_after_previous_is_failure(store):
    with FaultServer("127.0.0.2") as fs:
        fs.listing("/foi/log", [])
        site = TrustSite("Z", "Z", website=fs.base, foi_url=fs.url("/foi/log"))
        report = crawl([site], {"foi"}, {}, store, fast_config(), Collector(), {"Z": 12})
        o = report.trusts[0]
        assert not o.ok and o.error == "listing yielded 0 documents, previously 12"
        report = crawl([site], {"foi"}, {}, store, fast_config(), Collector(), {})
        assert report.trusts[0].ok  # never had any: nothing to miss


def test_listing_error_fails_trust(store):
    with FaultServer("127.0.0.2") as fs:
        fs.route("/foi/log", status=500, fail_first=100, fail_status=500)
        site = TrustSite("L", "L", website=fs.base, foi_url=fs.url("/foi/log"))
        col = Collector()
        report = crawl([site], {"foi"}, {}, store, fast_config(retries=1), col)
        o = report.trusts[0]
        assert not o.ok and "HTTP 500" in o.error and o.failed == 1
        assert any(r.link is None and r.status_code == 500 for r in col.results)


def test_circuit_breaker_abandons_host_and_fails_trust(store):
    with FaultServer("127.0.0.2") as fs:
        site = make_site(fs, "B", 8)
        for i in range(8):
            fs.route(f"/foi/doc-B-{i}.pdf", fail_first=100, fail_status=503)
        cfg = fast_config(retries=0, breaker_threshold=3)
        col = Collector()
        report = crawl([site], {"foi"}, {}, store, cfg, col)
        o = report.trusts[0]
        assert not o.ok and "abandoned" in o.error and o.failed == 8
        doc_hits = [h for h in fs.requests() if h.path.startswith("/foi/doc-")]
        assert len(doc_hits) == 3
        assert len(col.docs()) == 8 and all(r.error for r in col.docs())


def test_truncated_document_not_stored_and_counted_failed(store):
    with FaultServer("127.0.0.2") as fs:
        site = make_site(fs, "T", 2)
        fs.route("/foi/doc-T-1.pdf", body=PDF * 500, truncate_to=50)
        col = Collector()
        report = crawl([site], {"foi"}, {}, store, fast_config(retries=1), col)
        o = report.trusts[0]
        assert o.new == 1 and o.failed == 1 and o.ok  # one bad document is not a failed trust
        bad = next(r for r in col.docs() if r.url.endswith("doc-T-1.pdf"))
        assert bad.sha256 is None and "truncated" in bad.error
        assert not report.ok


def test_private_addresses_refused_without_allow_private(store):
    with FaultServer("127.0.0.2") as fs:
        site = make_site(fs, "P", 1)
        report = crawl([site], {"foi"}, {}, store, fast_config(allow_private=False), Collector())
        o = report.trusts[0]
        assert not o.ok and "non-public address" in o.error
        assert fs.requests() == []


def test_off_site_links_ignored_and_document_hosts_used(store):
    with FaultServer("127.0.0.2") as fs, FaultServer("127.0.0.3") as cdn:
        cdn.route("/files/a.pdf", body=pdf("cdn"))
        with FaultServer("127.0.0.4") as evil:
            evil.route("/x.pdf", body=pdf("evil"))
            fs.listing(
                "/foi/log",
                [(cdn.url("/files/a.pdf"), "FOI on cdn"), (evil.url("/x.pdf"), "FOI elsewhere")],
            )
            site = TrustSite(
                "D", "D", website=fs.base, foi_url=fs.url("/foi/log"),
                document_hosts=("127.0.0.3",),
            )  # fmt: skip
            report = crawl([site], {"foi"}, {}, store, fast_config(), Collector())
            assert report.trusts[0].new == 1 and report.trusts[0].documents_listed == 1
            assert evil.requests() == []
            assert {h.path for h in cdn.requests()} == {"/robots.txt", "/files/a.pdf"}


def test_pagination_and_html_responses_with_attachments(store):
    with FaultServer("127.0.0.2") as fs:
        fs.listing("/foi/log", [("/foi/log/foi-1", "FOI 1 beds")], next_href="/foi/log?page=2")
        fs.listing("/foi/log?page=2", [("/foi/log/foi-2", "FOI 2 parking")])
        fs.route(
            "/foi/log/foi-1",
            body=b"<html><body><main><p>Answer</p><a href='/files/foi-1.docx'>annex</a></main></body></html>",
        )
        fs.route("/foi/log/foi-2", body=b"<html><body><main><p>Answer 2</p></main></body></html>")
        fs.route("/files/foi-1.docx", body=b"PK\x03\x04word/document.xml")
        site = TrustSite("H", "H", website=fs.base, foi_url=fs.url("/foi/log"))
        col = Collector()
        report = crawl([site], {"foi"}, {}, store, fast_config(), col)
        o = report.trusts[0]
        assert o.ok and o.listing_pages == 2 and o.documents_listed == 3 and o.new == 3
        annex = next(r for r in col.docs() if r.url.endswith(".docx"))
        assert annex.link.listing_page == fs.url("/foi/log/foi-1")


def test_on_result_failure_stops_the_crawl(store):
    with FaultServer("127.0.0.2") as fs:
        site = make_site(fs, "E", 3)

        def boom(f):
            raise RuntimeError("database is locked")

        with pytest.raises(RuntimeError):
            crawl([site], {"foi"}, {}, store, fast_config(), boom)


def test_inactive_and_unknown_site_type(store):
    active = TrustSite("U", "U", foi_url="http://127.0.0.2:9/foi", site_type="nonesuch")
    gone = TrustSite("G", "G", foi_url="http://127.0.0.2:9/foi", active=False)
    report = crawl([active, gone], {"foi"}, {}, store, fast_config(), Collector())
    assert [t.ods for t in report.trusts] == ["U"]
    assert not report.trusts[0].ok and "unknown site type" in report.trusts[0].error


def test_interrupt_stops_promptly_and_leaves_no_partial_files(store):
    with FaultServer("127.0.0.2") as fs, FaultServer("127.0.0.3") as fs2:
        sites = [make_site(fs, "I", 20), make_site(fs2, "J", 20)]
        seen = []

        def progress(ods, f):
            seen.append(f)
            if len(seen) == 6:
                raise KeyboardInterrupt

        t0 = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            crawl(sites, {"foi"}, {}, store, fast_config(min_delay=0.2), lambda f: None,
                  progress=progress)  # fmt: skip
        assert time.monotonic() - t0 < 3
        n = len(fs.requests()) + len(fs2.requests())
        time.sleep(0.5)
        assert len(fs.requests()) + len(fs2.requests()) == n  # nothing after the stop
        assert list((store.root / ".tmp").iterdir()) == []
