"""scrapers.http: helpers, and the client against the fault server."""

from __future__ import annotations

import random
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from scrapers.config import ScrapeConfig
from scrapers.http import (
    AddressGuard,
    HostPolicy,
    HttpClient,
    backoff_delay,
    parse_retry_after,
    sniff_type,
    type_mismatch,
)
from scrapers.models import CacheEntry, TrustSite
from scrapers.politeness import HostGate
from scrapers.store import RawStore

try:
    from faultserver import FaultServer, fast_config, spacing_shortfalls
except ImportError:  # pragma: no cover - tests imported as a package
    from tests.faultserver import FaultServer, fast_config, spacing_shortfalls

pytestmark = pytest.mark.network

PDF = b"%PDF-1.4\n%test\n%%EOF\n"


# -- pure helpers -------------------------------------------------------------


def test_parse_retry_after_seconds_and_date():
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(" 0 ") == 0.0
    assert parse_retry_after("-5") == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
    now = datetime(2024, 1, 1, 12, 0, 0, tzinfo=UTC)
    when = format_datetime(now + timedelta(seconds=90), usegmt=True)
    assert parse_retry_after(when, now=now) == pytest.approx(90)
    past = format_datetime(now - timedelta(seconds=90), usegmt=True)
    assert parse_retry_after(past, now=now) == 0.0


def test_backoff_grows_caps_and_jitters():
    rng = random.Random(1)
    vals = [backoff_delay(a, 1.0, 60.0, 0.5, rng) for a in range(10)]
    for a, v in enumerate(vals):
        d = min(60.0, 2**a)
        assert d * 0.5 <= v <= d
    assert max(vals) <= 60.0
    assert backoff_delay(3, 1.0, 60.0, 0.0) == 8.0


def test_sniff_type():
    assert sniff_type(PDF) == "application/pdf"
    assert sniff_type(b"\n\n%PDF-1.7") == "application/pdf"
    assert sniff_type(b"<!DOCTYPE html><html>") == "text/html"
    assert sniff_type(b"\xef\xbb\xbf  <html lang=en>") == "text/html"
    assert sniff_type(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest") == "application/x-ole-storage"
    assert sniff_type(b"plain words") == "text/plain"
    assert sniff_type(b"") == "application/x-empty"
    assert sniff_type(b"\x00\x01\x02\xff") == "application/octet-stream"


def test_sniff_docx_and_odt(tmp_path):
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "x" * 10_000)
        z.writestr("word/document.xml", "<w/>")
    data = buf.getvalue()
    assert sniff_type(data[:8192], lambda: zipfile.ZipFile(io.BytesIO(data))) == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<x/>")
    assert sniff_type(buf.getvalue()) == "application/vnd.oasis.opendocument.text"
    # mimetype not the first member (or absent): the member list tells
    for members in (("content.xml", "mimetype"), ("content.xml",)):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr("META-INF/manifest.xml", "<manifest/>" + "x" * 10_000)
            for name in members:
                z.writestr(name, "application/vnd.oasis.opendocument.text")
        data = buf.getvalue()
        assert sniff_type(data[:8192], lambda d=data: zipfile.ZipFile(io.BytesIO(d))) == (
            "application/vnd.oasis.opendocument.text"
        )


def test_type_mismatch():
    assert type_mismatch("application/pdf", "application/pdf") is None
    assert type_mismatch("application/octet-stream", "application/pdf") is None
    assert type_mismatch(None, "text/html") is None
    assert type_mismatch("text/html; charset=utf-8", "text/html") is None
    assert "text/html" in type_mismatch("application/pdf", "text/html")
    assert (
        type_mismatch(
            "application/zip",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
        is None
    )


def test_host_policy():
    site = TrustSite(
        "RT5",
        "T",
        website="https://www.leicspart.nhs.uk/",
        foi_url="https://www.leicspart.nhs.uk/foi/",
        document_hosts=("cdn.example.com", "*.blob.core.windows.net"),
    )
    p = HostPolicy.for_site(site)
    assert p.allows("www.leicspart.nhs.uk")
    assert p.allows("leicspart.nhs.uk")
    assert p.allows("docs.leicspart.nhs.uk")
    assert p.allows("CDN.example.com")
    assert p.allows("x.blob.core.windows.net")
    assert not p.allows("example.com")
    assert not p.allows("evilleicspart.nhs.uk")
    assert not p.allows("nhs.uk")
    assert not p.allows_url("ftp://www.leicspart.nhs.uk/x.pdf")
    assert p.allows_url("http://leicspart.nhs.uk/x.pdf")
    ip = HostPolicy(["127.0.0.2"])
    assert ip.allows("127.0.0.2") and not ip.allows("1.127.0.0.2")


def test_address_guard():
    g = AddressGuard(allow_private=False)
    for host in ("127.0.0.1", "10.1.2.3", "192.168.0.1", "169.254.169.254", "::1", "localhost"):
        assert g.problem(host, 80), host
    assert g.problem("8.8.8.8", 80) is None
    assert g.problem("::ffff:127.0.0.1", 80)
    assert AddressGuard(allow_private=True).problem("127.0.0.1", 80) is None


def test_user_agent(monkeypatch):
    monkeypatch.setenv("TRUSTDOCS_CONTACT", "mailto:ops@example.org")
    monkeypatch.setenv("TRUSTDOCS_DELAY", "2.5")
    cfg = ScrapeConfig()
    assert cfg.user_agent.startswith("trustdocs/")
    assert cfg.user_agent.endswith("(+mailto:ops@example.org)")
    assert cfg.min_delay == 2.5
    monkeypatch.setenv("TRUSTDOCS_DELAY", "abc")
    with pytest.raises(ValueError):
        ScrapeConfig()


# -- against the fault server ------------------------------------------------


@pytest.fixture
def fs():
    with FaultServer("127.0.0.2") as server:
        yield server


@pytest.fixture
def store(tmp_path):
    return RawStore(tmp_path / "raw")


def _client(**kw):
    cfg = fast_config(**kw)
    return HttpClient(cfg, HostGate(cfg.min_delay, cfg.breaker_threshold))


def _stored_files(store):
    return [p for p in store.root.rglob("*") if p.is_file()]


def test_fetch_stores_and_sends_user_agent(fs, store):
    fs.route("/a.pdf", body=PDF, content_type="application/pdf", etag='"v1"')
    c = _client()
    f = c.fetch(fs.url("/a.pdf"), trust_ods="X", store=store)
    assert f.ok and f.status_code == 200 and f.size == len(PDF)
    assert store.read(f.sha256) == PDF
    assert f.content_type == "application/pdf" and f.declared_type == "application/pdf"
    assert f.etag == '"v1"' and not f.warnings
    ua = fs.requests("/a.pdf")[0].headers["User-Agent"]
    assert ua.startswith("trustdocs/") and "example.invalid/contact" in ua


def test_conditional_get_304(fs, store):
    fs.route("/a.pdf", body=PDF, content_type="application/pdf", etag='"v1"',
             last_modified="Mon, 01 Jan 2024 00:00:00 GMT")  # fmt: skip
    c = _client()
    first = c.fetch(fs.url("/a.pdf"), store=store)
    entry = CacheEntry(first.url, first.sha256, first.etag, first.last_modified)
    again = c.fetch(fs.url("/a.pdf"), store=store, cache=entry)
    assert again.status_code == 304 and again.from_cache and again.size == 0
    assert again.sha256 == first.sha256 and again.ok
    hdrs = fs.requests("/a.pdf")[1].headers
    assert hdrs["If-None-Match"] == '"v1"'
    assert hdrs["If-Modified-Since"] == "Mon, 01 Jan 2024 00:00:00 GMT"


def test_conditional_get_skipped_when_blob_missing(fs, store):
    fs.route("/a.pdf", body=PDF, content_type="application/pdf", etag='"v1"')
    entry = CacheEntry(fs.url("/a.pdf"), "ab" * 32, '"v1"', None)
    f = _client().fetch(fs.url("/a.pdf"), store=store, cache=entry)
    assert f.status_code == 200 and f.ok and not f.from_cache
    assert "If-None-Match" not in fs.requests("/a.pdf")[0].headers


def test_503_burst_then_success(fs, store):
    fs.route("/a.pdf", body=PDF, content_type="application/pdf", fail_first=2, fail_status=503)
    f = _client().fetch(fs.url("/a.pdf"), store=store)
    assert f.ok and f.attempts == 3
    assert len(fs.requests("/a.pdf")) == 3


def test_429_retry_after_honoured(fs, store):
    fs.route("/a.pdf", body=PDF, fail_first=1, fail_status=429, retry_after="1")
    f = _client().fetch(fs.url("/a.pdf"), store=store)
    assert f.ok
    t = fs.times("/a.pdf")
    assert t[1] - t[0] >= 0.95


def test_retry_after_http_date(fs, store):
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=1.5), usegmt=True)
    fs.route("/a.pdf", body=PDF, fail_first=1, fail_status=503, retry_after=when)
    f = _client().fetch(fs.url("/a.pdf"), store=store)
    assert f.ok
    t = fs.times("/a.pdf")
    assert t[1] - t[0] >= 0.4  # HTTP-dates have 1 s resolution


def test_retry_after_beyond_cap_abandons_host(fs, store):
    fs.route("/a.pdf", body=PDF, fail_first=5, fail_status=503, retry_after="3600")
    c = _client()
    f = c.fetch(fs.url("/a.pdf"), store=store)
    assert not f.ok and "Retry-After" in f.error
    assert len(fs.requests("/a.pdf")) == 1
    assert c.gate.abandoned("127.0.0.2")


def test_retries_exhausted(fs, store):
    fs.route("/a.pdf", body=PDF, fail_first=100, fail_status=500)
    f = _client(retries=2).fetch(fs.url("/a.pdf"), store=store)
    assert not f.ok and f.status_code == 500 and "HTTP 500" in f.error
    assert len(fs.requests("/a.pdf")) == 3
    assert _stored_files(store) == []


def test_404_not_retried(fs, store):
    f = _client().fetch(fs.url("/missing.pdf"), store=store)
    assert f.status_code == 404 and f.error == "HTTP 404"
    assert len(fs.requests()) == 1


def test_truncated_body_never_stored(fs, store):
    fs.route("/t.pdf", body=PDF + b"x" * 5000, truncate_to=100, content_type="application/pdf")
    f = _client(retries=1).fetch(fs.url("/t.pdf"), store=store)
    assert not f.ok and f.sha256 is None and "truncated" in f.error
    assert len(fs.requests("/t.pdf")) == 2  # retried once
    assert _stored_files(store) == []


def test_truncated_then_whole(fs, store):
    r = fs.route("/t.pdf", body=PDF + b"x" * 5000, truncate_to=100)
    c = _client()
    f = c.fetch(fs.url("/t.pdf"), store=store)
    assert not f.ok
    r.truncate_to = None
    f = c.fetch(fs.url("/t.pdf"), store=store)
    assert f.ok and f.size == len(PDF) + 5000


def test_oversize_by_content_length_refused(fs, store):
    fs.route("/big.pdf", body=PDF, size=200_000, content_type="application/pdf")
    f = _client(max_bytes=100_000).fetch(fs.url("/big.pdf"), store=store)
    assert not f.ok and "too large" in f.error
    assert len(fs.requests("/big.pdf")) == 1
    assert _stored_files(store) == []


def test_oversize_streamed_without_length_refused(fs, store):
    fs.route("/big.pdf", body=PDF, size=300_000, send_length=False)
    f = _client(max_bytes=100_000).fetch(fs.url("/big.pdf"), store=store)
    assert not f.ok and "too large" in f.error
    assert _stored_files(store) == []


def test_html_served_as_pdf_warns(fs, store):
    fs.route("/fake.pdf", body=b"<!DOCTYPE html><html><body>Login</body></html>",
             content_type="application/pdf")  # fmt: skip
    f = _client().fetch(fs.url("/fake.pdf"), store=store)
    assert f.ok and f.content_type == "text/html" and f.declared_type == "application/pdf"
    assert any("application/pdf" in w and "text/html" in w for w in f.warnings)


def test_slow_body_times_out(fs, store):
    fs.route("/slow.pdf", body=PDF, body_delay=1.5)
    t0 = time.monotonic()
    f = _client(retries=0, read_timeout=0.3).fetch(fs.url("/slow.pdf"), store=store)
    assert not f.ok
    assert time.monotonic() - t0 < 1.4
    assert _stored_files(store) == []


def test_slow_headers_time_out_then_retry(fs, store):
    fs.route("/slow.pdf", body=PDF, header_delay=0.8)
    f = _client(retries=1, read_timeout=0.2).fetch(fs.url("/slow.pdf"), store=store)
    assert not f.ok and "timeout" in f.error.lower()
    assert len(fs.requests("/slow.pdf")) == 2


def test_connection_reset_retried(fs, store):
    fs.route("/r.pdf", body=PDF, reset_first=1)
    f = _client().fetch(fs.url("/r.pdf"), store=store)
    assert f.ok and f.attempts == 2


def test_redirect_followed_within_site(fs, store):
    fs.route("/old.pdf", location="/new.pdf", status=301)
    fs.route("/new.pdf", body=PDF)
    policy = HostPolicy(["127.0.0.2"])
    f = _client().fetch(fs.url("/old.pdf"), store=store, policy=policy)
    assert f.ok and f.final_url == fs.url("/new.pdf") and f.url == fs.url("/old.pdf")


def test_redirect_loop_stopped(fs, store):
    fs.route("/a", location="/b")
    fs.route("/b", location="/a")
    f = _client().fetch(fs.url("/a"), store=store)
    assert not f.ok and "loop" in f.error
    assert len(fs.requests()) == 2


def test_too_many_redirects(fs, store):
    for i in range(10):
        fs.route(f"/r{i}", location=f"/r{i + 1}")
    f = _client(max_redirects=3).fetch(fs.url("/r0"), store=store)
    assert not f.ok and "redirects" in f.error
    assert len(fs.requests()) == 4


def test_off_site_redirect_refused(fs, store):
    with FaultServer("127.0.0.3") as other:
        other.route("/x.pdf", body=PDF)
        fs.route("/go.pdf", location=other.url("/x.pdf"))
        policy = HostPolicy(["127.0.0.2"])
        f = _client().fetch(fs.url("/go.pdf"), store=store, policy=policy)
        assert not f.ok and "off-site" in f.error
        assert other.requests() == []


def test_redirect_to_document_host_allowed(fs, store):
    with FaultServer("127.0.0.3") as other:
        other.route("/x.pdf", body=PDF)
        fs.route("/go.pdf", location=other.url("/x.pdf"))
        policy = HostPolicy(["127.0.0.2"], ["127.0.0.3"])
        f = _client().fetch(fs.url("/go.pdf"), store=store, policy=policy)
        assert f.ok and f.final_url == other.url("/x.pdf")


def test_redirect_to_non_http_refused(fs, store):
    fs.route("/go.pdf", location="file:///etc/passwd")
    f = _client().fetch(fs.url("/go.pdf"), store=store)
    assert not f.ok and "non-http" in f.error


def test_private_address_refused_without_allow_private(fs, store):
    fs.route("/a.pdf", body=PDF)
    f = _client(allow_private=False).fetch(fs.url("/a.pdf"), store=store)
    assert not f.ok and "non-public address" in f.error
    assert fs.requests() == []


def test_redirect_to_private_refused(store):
    # A public-looking start is impossible offline, so check the guard on the hop:
    # allow_private covers the first host only via a guard that refuses the second.
    class Guard(AddressGuard):
        def problem(self, host, port):
            return None if host == "127.0.0.2" else f"{host} resolves to non-public address"

    with FaultServer("127.0.0.2") as a, FaultServer("127.0.0.3") as b:
        b.route("/x.pdf", body=PDF)
        a.route("/go.pdf", location=b.url("/x.pdf"))
        cfg = fast_config()
        c = HttpClient(cfg, HostGate(cfg.min_delay), guard=Guard(False))
        f = c.fetch(a.url("/go.pdf"), store=store)
        assert not f.ok and "non-public" in f.error
        assert b.requests() == []


def test_circuit_breaker(fs, store):
    fs.route("/a.pdf", fail_first=1000, fail_status=503)
    c = _client(retries=0, breaker_threshold=3)
    errors = [c.fetch(fs.url("/a.pdf"), store=store).error for _ in range(5)]
    assert all(errors)
    assert len(fs.requests()) == 3
    assert "abandoned" in errors[-1]


def test_fetch_page_keeps_body(fs, store):
    fs.route("/log", body=b"<html><body>hi</body></html>")
    page = _client().fetch_page(fs.url("/log"), store=store)
    assert page.ok and page.body == b"<html><body>hi</body></html>"
    assert store.read(page.fetched.sha256) == page.body


def test_one_request_in_flight_per_host(fs, store):
    fs.route("/slow.pdf", body=PDF, body_delay=0.2)
    cfg = fast_config(min_delay=0.0)
    gate = HostGate(0.0)
    results = []

    def worker():
        c = HttpClient(cfg, gate)
        results.append(c.fetch(fs.url("/slow.pdf"), store=store))

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert all(r.ok for r in results)
    assert not spacing_shortfalls(fs.times(), 0.2)


def test_slow_drip_cut_off_by_wall_clock_cap(fs, store):
    fs.route("/drip.pdf", body=PDF * 10, drip=0.05)  # ~11 s if left alone
    t0 = time.monotonic()
    f = _client(read_timeout=0.5, max_fetch_seconds=0.6).fetch(fs.url("/drip.pdf"), store=store)
    assert not f.ok and "longer than" in f.error
    assert time.monotonic() - t0 < 3
    assert _stored_files(store) == []
    assert len(fs.requests("/drip.pdf")) == 1  # not retried


def test_gzip_encoded_body_is_not_mistaken_for_truncated(fs, store):
    import gzip

    data = PDF + b"x" * 50_000
    fs.route("/z.pdf", body=gzip.compress(data), headers={"Content-Encoding": "gzip"},
             content_type="application/pdf")  # fmt: skip
    f = _client().fetch(fs.url("/z.pdf"), store=store)
    assert f.ok and f.size == len(data) and store.read(f.sha256) == data


def test_gzip_bomb_capped_on_decoded_size(fs, store):
    import gzip

    fs.route("/bomb.pdf", body=gzip.compress(PDF + b"\0" * 5_000_000),
             headers={"Content-Encoding": "gzip"})  # fmt: skip
    f = _client(max_bytes=1_000_000).fetch(fs.url("/bomb.pdf"), store=store)
    assert not f.ok and "too large" in f.error
    assert _stored_files(store) == []
