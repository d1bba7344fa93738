"""`trustdocs scrape` against a small misbehaving web that is not our demo: it stores
exactly the good documents, obeys robots.txt and its delays, marks the dead site failed
with exit 3, and asks only conditionally on the second run."""

from __future__ import annotations

import socket

import pytest
import sqlite_utils
from faultserver import FaultServer, spacing_shortfalls

from trustdocs.cli import main
from trustdocs.registry import write_registry_csv

pytestmark = [pytest.mark.network, pytest.mark.slow]

CRAWL_DELAY = 0.3


def pdf_bytes(text: str) -> bytes:
    return b"%PDF-1.4\n% " + text.encode() + b"\n%%EOF\n"


def free_port(host: str) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def run_cli(monkeypatch, *args: str) -> int:
    monkeypatch.setattr("sys.argv", ["trustdocs", *args])
    with pytest.raises(SystemExit) as stop:
        main()
    return stop.value.code


@pytest.fixture
def web():
    good = FaultServer("127.0.0.20").start()
    limited = FaultServer("127.0.0.21").start()
    good.robots(f"User-agent: *\nCrawl-delay: {CRAWL_DELAY}\nDisallow: /foi/private/\n")
    good.listing(
        "/foi/",
        [
            ("/foi/FOI-001.pdf", "FOI 001 response"),
            ("/foi/FOI-002.pdf", "FOI 002 response"),
            ("/foi/private/FOI-003.pdf", "FOI 003 response"),
            ("/foi/FOI-004.pdf", "FOI 004 response"),
            ("/foi/FOI-005.pdf", "FOI 005 response"),
            ("/foi/FOI-006.pdf", "FOI 006 response"),
        ],
    )
    good.route(
        "/foi/FOI-001.pdf", body=pdf_bytes("one"), content_type="application/pdf", etag='"v1"'
    )
    good.route(
        "/foi/FOI-002.pdf",
        body=pdf_bytes("two"),
        content_type="application/pdf",
        last_modified="Tue, 03 Jun 2025 10:00:00 GMT",
    )
    good.route("/foi/private/FOI-003.pdf", body=pdf_bytes("hidden"), content_type="application/pdf")
    good.route(
        "/foi/FOI-004.pdf",
        body=pdf_bytes("four" * 200),
        content_type="application/pdf",
        truncate_to=40,
    )
    good.route(
        "/foi/FOI-005.pdf",
        body=pdf_bytes("five"),
        content_type="application/pdf",
        fail_first=2,
        etag='"v5"',
    )
    good.route(
        "/foi/FOI-006.pdf",
        body=b"<!DOCTYPE html><html><body><p>Response</p></body></html>",
        content_type="application/pdf",
        etag='"v6"',
    )
    limited.robots("User-agent: *\nAllow: /\n")
    limited.listing(
        "/log", [("/docs/R-1.pdf", "FOI R-1")], fail_first=1, fail_status=429, retry_after="1"
    )
    limited.route(
        "/docs/R-1.pdf", body=pdf_bytes("r1"), content_type="application/pdf", etag='"r1"'
    )
    dead = f"http://127.0.0.22:{free_port('127.0.0.22')}/"
    try:
        yield good, limited, dead
    finally:
        good.stop()
        limited.stop()


def test_scrape_a_misbehaving_web(web, tmp_path, monkeypatch):
    good, limited, dead = web
    rows = [
        {"ods_code": "XG1", "name": "Good Trust", "region": "London", "website": good.base + "/",
         "foi_url": good.url("/foi/"), "site_type": "generic", "active": 1},
        {"ods_code": "XG2", "name": "Limited Trust", "region": "London", "website": limited.base + "/",
         "foi_url": limited.url("/log"), "site_type": "generic", "active": 1},
        {"ods_code": "XG3", "name": "Dead Trust", "region": "London", "website": dead,
         "foi_url": dead + "foi/", "site_type": "generic", "active": 1},
    ]  # fmt: skip
    registry = tmp_path / "registry.csv"
    with registry.open("w", newline="") as fh:
        write_registry_csv(rows, fh)
    args = ["scrape", "--registry", str(registry), "--allow-private", "--delay", "0.05",
            "--db", str(tmp_path / "t.db"), "--store", str(tmp_path / "raw"), "-q"]  # fmt: skip

    assert run_cli(monkeypatch, *args) == 3
    db = sqlite_utils.Database(tmp_path / "t.db")
    stored = {r["url"].rsplit("/", 1)[1] for r in db.query("select url from documents")}
    assert stored == {"FOI-001.pdf", "FOI-002.pdf", "FOI-005.pdf", "FOI-006.pdf", "R-1.pdf"}
    types = {
        r["url"].rsplit("/", 1)[1]: r["content_type"] for r in db.query("select * from documents")
    }
    assert "html" in types["FOI-006.pdf"]  # sniffed, not trusted, and the mismatch logged
    logged = [
        r["error"] for r in db.query("select error from fetches where url like '%FOI-006.pdf'")
    ]
    assert logged and logged[0].startswith("warning:") and "pdf" in logged[0].lower()
    assert not good.requests("/foi/private/FOI-003.pdf"), "robots.txt disallows it"
    # (ignoring Crawl-delay would leave the --delay of 0.05 s between requests)
    assert not spacing_shortfalls(good.times(), CRAWL_DELAY)
    health = {r["trust_ods"]: r for r in db.query("select * from trust_health")}
    assert health["XG3"]["last_run_ok"] == 0 and health["XG3"]["last_error"]
    assert health["XG1"]["last_run_ok"] == 1 and health["XG2"]["last_run_ok"] == 1
    truncated = list(db.query("select * from fetches where url like '%FOI-004.pdf'"))
    assert truncated and all(f["error"] for f in truncated)

    good.reset_log()
    limited.reset_log()
    assert run_cli(monkeypatch, *args) == 3  # the dead site is still dead
    for path, header in (
        ("/foi/FOI-001.pdf", "If-None-Match"),
        ("/foi/FOI-002.pdf", "If-Modified-Since"),
        ("/foi/FOI-005.pdf", "If-None-Match"),
    ):
        hits = good.requests(path)
        assert hits and all(header.lower() in {k.lower() for k in h.headers} for h in hits), path
    assert all(
        "if-none-match" in {k.lower() for k in h.headers} for h in limited.requests("/docs/R-1.pdf")
    )
    run = next(db.query("select * from scrape_runs order by id desc limit 1"))
    assert run["documents_new"] == 0 and run["documents_changed"] == 0
