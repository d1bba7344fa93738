"""A loopback web server imitating the websites of the demo trusts.

Each trust gets its own address (127.0.0.2, 127.0.0.3, ...) on one shared
port, so a scraper sees distinct hosts (separate politeness queues, robots.txt
files and crawl delays)::

    with DemoWeb() as web:
        sites = web.trust_sites()          # scrapers.models.TrustSite, site_type "generic"
        web.base_url("XA1")                # "http://127.0.0.2:PORT/"
        web.requests                       # [(host, path, method, monotonic, status), ...]

Responses carry Content-Type, Content-Length, ETag (sha256 of the body, quoted)
and Last-Modified (fixed per document); If-None-Match / If-Modified-Since give
304. A path without its trailing slash is redirected (301) to the slash form.
Hooks for tests: `fail()` (serve an error status a number of times),
`replace()` (change a document's bytes), `remove()` (404 from now on).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from db.save import TRUST_COLUMNS  # noqa: F401 - re-exported for the demo
from scrapers.models import TrustSite
from trustdocs.demo.facts import DemoFoi, DemoTrust, DemoWres, demo_trusts, foi_facts, wres_facts
from trustdocs.demo.site import Resource, TrustSiteContent, build_sites

RequestRecord = tuple[
    str, str, str, float, int
]  # host, path (with query), method, monotonic, status


@dataclass
class _Failure:
    status: int
    times: int
    retry_after: str | None


class _RequestLog(list):
    """A list of RequestRecord that threads append to safely."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()

    def add(self, record: RequestRecord) -> None:
        with self._lock:
            self.append(record)

    def snapshot(self) -> list[RequestRecord]:
        with self._lock:
            return list(self)

    def reset(self) -> None:
        with self._lock:
            self.clear()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], web: DemoWeb, site: TrustSiteContent):
        self.web = web
        self.site = site
        super().__init__(address, _Handler)

    def handle_error(self, request, client_address) -> None:
        """A client that hangs up mid-request (a killed run, a timeout) is normal here."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "DemoTrustWeb/1.0"
    protocol_version = "HTTP/1.1"
    timeout = 10  # idle keep-alive connections are closed

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def _send(self, status: int, body: bytes, headers: dict[str, str], head: bool) -> None:
        host = self.server.server_address[0]
        self.server.web.requests.add((host, self.path, self.command, time.monotonic(), status))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and status != 304 and body:
            self.wfile.write(body)

    def _serve(self, head: bool) -> None:
        web = self.server.web
        site = self.server.site
        host = self.server.server_address[0]
        split = urlsplit(self.path)
        path = split.path or "/"
        failure = web._take_failure(host, path)
        if failure is not None:
            headers = {"Content-Type": "text/plain; charset=utf-8"}
            if failure.retry_after is not None:
                headers["Retry-After"] = failure.retry_after
            self._send(failure.status, f"error {failure.status}\n".encode(), headers, head)
            return
        key = path
        page = parse_qs(split.query).get("page")
        if page:
            if not page[0].isdigit():
                self._send(404, b"not found\n", {"Content-Type": "text/plain"}, head)
                return
            if page[0] != "1":
                key = f"{path}?page={int(page[0])}"
        resource = web._resource(host, key, site)
        if resource is None and site.dynamic is not None and (host, key) not in web._overrides:
            # answers computed per request (wp-json searches, sitemaps naming absolute URLs)
            base = f"http://{host}:{self.server.server_address[1]}"
            resource = site.dynamic(path, parse_qs(split.query), base)
        if resource is None:
            slashed = path + "/"
            if not path.endswith("/") and web._resource(host, slashed, site) is not None:
                location = slashed + (f"?{split.query}" if split.query else "")
                self._send(301, b"", {"Location": location, "Content-Type": "text/plain"}, head)
                return
            body = b"<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>"
            self._send(404, body, {"Content-Type": "text/html; charset=utf-8"}, head)
            return
        headers = {
            "Content-Type": resource.content_type,
            "ETag": resource.etag,
            "Last-Modified": format_datetime(resource.last_modified, usegmt=True),
            "Cache-Control": "public, max-age=0",
        }
        if self._not_modified(resource):
            self._send(304, b"", headers, head)
            return
        self._send(200, resource.body, headers, head)

    def _not_modified(self, resource: Resource) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
            return "*" in tags or resource.etag in tags
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                since = parsedate_to_datetime(ims)
            except (TypeError, ValueError):
                return False
            if since.tzinfo is None:
                since = since.replace(tzinfo=UTC)
            return resource.last_modified <= since
        return False


class DemoWeb:
    """The demo trusts' websites on 127.0.0.2 ... 127.0.0.11, one shared port."""

    FIRST_HOST = 2

    def __init__(self, port: int = 0, hosts: int | None = None):
        trusts = demo_trusts()
        n = len(trusts) if hosts is None else max(1, min(hosts, len(trusts)))
        self.trusts: list[DemoTrust] = trusts[:n]
        self.requested_port = port
        self.port: int | None = None
        self.requests = _RequestLog()
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._failures: dict[tuple[str, str], list[_Failure]] = {}
        self._overrides: dict[tuple[str, str], Resource | None] = {}
        self.sites: dict[str, TrustSiteContent] = {}

    # ------------------------------------------------------------ lifecycle

    def __enter__(self) -> DemoWeb:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        if self._servers:
            return
        sites = build_sites()
        self.sites = {t.ods_code: sites[t.ods_code] for t in self.trusts}
        attempts = 1 if self.requested_port else 50
        last_error: OSError | None = None
        for _ in range(attempts):
            servers: list[_Server] = []
            try:
                port = self.requested_port
                for trust in self.trusts:
                    server = _Server((trust.host, port), self, self.sites[trust.ods_code])
                    servers.append(server)
                    port = server.server_address[1]
            except OSError as error:
                for server in servers:
                    server.server_close()
                last_error = error
                if error.errno == errno.EADDRNOTAVAIL:
                    raise OSError(
                        error.errno,
                        "cannot bind 127.0.0.x loopback aliases (Linux binds all of 127.0.0.0/8; "
                        "elsewhere add the aliases)",
                    ) from error
                continue
            self._servers = servers
            self.port = port
            break
        else:
            raise OSError(f"no free port for the demo web: {last_error}")
        for server in self._servers:
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.1},
                name=f"demo-web-{server.server_address[0]}",
                daemon=True,
            )
            thread.start()
            self._threads.append(thread)

    def close(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=2)
        self._servers = []
        self._threads = []

    # ------------------------------------------------------------ addresses

    def _trust(self, ods: str) -> DemoTrust:
        for trust in self.trusts:
            if trust.ods_code == ods:
                return trust
        raise KeyError(f"{ods} is not served by this DemoWeb")

    def host(self, ods: str) -> str:
        return self._trust(ods).host

    def base_url(self, ods: str) -> str:
        if self.port is None:
            raise RuntimeError("DemoWeb is not started")
        return f"http://{self.host(ods)}:{self.port}/"

    def url(self, ods: str, path: str) -> str:
        return self.base_url(ods) + path.lstrip("/")

    def foi_url(self, ods: str) -> str:
        return self.url(ods, self.sites[ods].layout.foi_path)

    def wres_url(self, ods: str) -> str:
        return self.url(ods, self.sites[ods].layout.wres_path)

    def listing_urls(self, ods: str) -> list[str]:
        return [self.url(ods, p) for p in self.sites[ods].listing_pages]

    def document_url(self, ods: str, filename: str) -> str:
        site = self.sites[ods]
        path = site.foi_paths.get(filename) or site.wres_paths[filename]
        return self.url(ods, path)

    def trust_sites(self) -> list[TrustSite]:
        return [
            TrustSite(
                ods_code=t.ods_code,
                name=t.name,
                website=self.base_url(t.ods_code),
                foi_url=self.foi_url(t.ods_code),
                wres_url=self.wres_url(t.ods_code),
                site_type="generic",
                short_name=t.short_name,
                trust_type=t.trust_type,
                region=t.region,
                successor_ods=None,
                active=True,
            )
            for t in self.trusts
        ]

    # ------------------------------------------------------------ facts by URL

    def foi_facts(self) -> list[DemoFoi]:
        served = {t.ods_code for t in self.trusts}
        return [f for f in foi_facts() if f.trust_ods in served]

    def wres_facts(self) -> list[DemoWres]:
        served = {t.ods_code for t in self.trusts}
        return [r for r in wres_facts() if r.trust_ods in served]

    def fact_for_url(self, url: str) -> DemoFoi | DemoWres | None:
        """The facts behind a document URL (None for pages that are not documents)."""
        split = urlsplit(url)
        for trust in self.trusts:
            if trust.host != split.hostname:
                continue
            site = self.sites[trust.ods_code]
            for fact in self.foi_facts() + self.wres_facts():
                if fact.trust_ods != trust.ods_code:
                    continue
                paths = site.foi_paths if isinstance(fact, DemoFoi) else site.wres_paths
                if paths.get(fact.filename) == split.path:
                    return fact
        return None

    def resource(self, ods: str, path: str) -> Resource | None:
        return self._resource(self.host(ods), path, self.sites[ods])

    # ------------------------------------------------------------ test hooks

    def fail(
        self, ods: str, path: str, status: int = 503, times: int = 1, retry_after: str | None = None
    ) -> None:
        """Answer the next `times` requests for `path` (no query) with `status`."""
        with self._lock:
            self._failures.setdefault((self.host(ods), path), []).append(
                _Failure(status, times, retry_after)
            )

    def replace(
        self, ods: str, path: str, body: bytes, last_modified: datetime | None = None
    ) -> None:
        """Serve new bytes at `path` (a changed document); ETag follows the bytes."""
        current = self.resource(ods, path)
        content_type = current.content_type if current else "application/octet-stream"
        stamp = last_modified or datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
        with self._lock:
            self._overrides[(self.host(ods), path)] = Resource(body, content_type, stamp)

    def remove(self, ods: str, path: str) -> None:
        """Answer 404 for `path` from now on."""
        with self._lock:
            self._overrides[(self.host(ods), path)] = None

    def reset(self) -> None:
        """Drop failures, replacements, removals and the request log."""
        with self._lock:
            self._failures.clear()
            self._overrides.clear()
        self.requests.reset()

    def _take_failure(self, host: str, path: str) -> _Failure | None:
        with self._lock:
            queue = self._failures.get((host, path))
            if not queue:
                return None
            failure = queue[0]
            failure.times -= 1
            if failure.times <= 0:
                queue.pop(0)
            return failure

    def _resource(self, host: str, key: str, site: TrustSiteContent) -> Resource | None:
        with self._lock:
            if (host, key) in self._overrides:
                return self._overrides[(host, key)]
        return site.pages.get(key)

    def requests_for(self, ods: str) -> list[RequestRecord]:
        host = self.host(ods)
        return [r for r in self.requests.snapshot() if r[0] == host]


# The demo's own wording of a trust's type, mapped to the registry's closed vocabulary.
REGISTRY_TRUST_TYPES = {"Mental health and learning disability": "Mental health"}


def demo_registry_rows(web: DemoWeb) -> list[dict[str, Any]]:
    """Rows for the `trusts` table (columns in DESIGN.md order) for a running DemoWeb.

    The site-type trusts (`trustdocs.demo.sitetypes`) have no foi_url/wres_url and
    site type "generic": `trustdocs.discovery` has to find their entry points."""
    hidden = {ods for ods, site in web.sites.items() if site.discover}
    return [
        {
            "ods_code": s.ods_code,
            "name": s.name,
            "short_name": s.short_name,
            "trust_type": REGISTRY_TRUST_TYPES.get(s.trust_type, s.trust_type),
            "region": s.region,
            "website": s.website,
            "foi_url": "" if s.ods_code in hidden else s.foi_url,
            "wres_url": "" if s.ods_code in hidden else s.wres_url,
            "site_type": s.site_type,
            "successor_ods": s.successor_ods,
            "active": 1 if s.active else 0,
        }
        for s in web.trust_sites()
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the trustdocs demo web on loopback.")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    with DemoWeb(port=args.port) as web:
        for site in web.trust_sites():
            print(f"{site.ods_code}  {site.website}  {site.name}")
        print("Ctrl-C to stop.")
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)


if __name__ == "__main__":
    main()
