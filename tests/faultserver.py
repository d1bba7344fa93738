"""A fault-injecting HTTP server on a loopback address, for scraper tests.

Each path is configured with a `Route`: a body and status, and optionally a
fault — 429/503 bursts with Retry-After, slow headers or bodies, a connection
reset, a truncated body (Content-Length larger than what is sent), redirects
(loops, off-site), oversized bodies, a lying Content-Type, ETag/Last-Modified
with 304 answers. Every request is recorded with a server-side
``time.monotonic()`` timestamp, so tests can check per-host spacing.

Distinct addresses in 127.0.0.0/8 (127.0.0.2, 127.0.0.3, ...) are distinct
hosts to the scraper. Never listens beyond loopback.
"""

from __future__ import annotations

import contextlib
import html
import itertools
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None  # sent, and If-None-Match answered with 304
    last_modified: str | None = None  # sent, and If-Modified-Since (exact match) answered with 304
    fail_first: int = 0  # the first N requests get fail_status
    fail_status: int = 503
    retry_after: str | None = None  # Retry-After header on failures
    header_delay: float = 0.0  # sleep before the status line
    body_delay: float = 0.0  # sleep between headers and body
    truncate_to: int | None = None  # send only this many body bytes, then close
    reset: bool = False  # reset the connection instead of answering
    reset_first: int = 0  # reset the first N requests, then answer normally
    location: str | None = None  # a redirect (status defaults to 302)
    send_length: bool = True  # False: no Content-Length, body ends when the connection closes
    size: int | None = None  # generate a body of this many bytes (starting with body)
    drip: float = 0.0  # send the body a byte at a time, sleeping this long between bytes
    hits: int = 0


@dataclass
class Hit:
    t: float  # time.monotonic() when the request line was read
    method: str
    path: str
    headers: dict[str, str]
    host: str


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    def _reset(self) -> None:
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass

    def _serve(self, head: bool) -> None:
        fs = self.server.fault
        t = time.monotonic()
        with fs.lock:
            fs.hits.append(Hit(t, self.command, self.path, dict(self.headers.items()), fs.host))
            route = fs.routes.get(self.path) or fs.routes.get(urlsplit(self.path).path)
            n = 0
            if route is not None:
                route.hits += 1
                n = route.hits
        if route is None:
            self._send(404, b"not found", {"Content-Type": "text/plain"}, head)
            return
        if route.reset or n <= route.reset_first:
            self._reset()
            return
        if route.header_delay:
            time.sleep(route.header_delay)
        if n <= route.fail_first:
            hdrs = {"Content-Type": "text/plain"}
            if route.retry_after is not None:
                hdrs["Retry-After"] = route.retry_after
            self._send(route.fail_status, b"try later", hdrs, head)
            return
        hdrs = dict(route.headers)
        if route.content_type:
            hdrs["Content-Type"] = route.content_type
        if route.location is not None:
            hdrs["Location"] = route.location
            status = route.status if 300 <= route.status < 400 else 302
            self._send(status, b"", hdrs, head)
            return
        if route.etag:
            hdrs["ETag"] = route.etag
        if route.last_modified:
            hdrs["Last-Modified"] = route.last_modified
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if (route.etag and inm == route.etag) or (
            route.last_modified and not route.etag and ims == route.last_modified
        ):
            self._send(304, b"", {k: v for k, v in hdrs.items() if k != "Content-Type"}, head)
            return
        body = route.body
        if route.size is not None and route.size > len(body):
            body = body + b"0" * (route.size - len(body))
        self._send(route.status, body, hdrs, head, route)

    def _send(
        self,
        status: int,
        body: bytes,
        headers: dict[str, str],
        head: bool,
        route: Route | None = None,
    ) -> None:
        try:
            self.send_response(status)
            send_length = route.send_length if route is not None else True
            for k, v in headers.items():
                self.send_header(k, v)
            if status in (204, 304):
                pass
            elif send_length:
                self.send_header("Content-Length", str(len(body)))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            self.wfile.flush()
            if head or status in (204, 304):
                return
            if route is not None and route.body_delay:
                time.sleep(route.body_delay)
            if route is not None and route.truncate_to is not None:
                self.wfile.write(body[: route.truncate_to])
                self.wfile.flush()
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)
                return
            if route is not None and route.drip:
                for i in range(len(body)):
                    self.wfile.write(body[i : i + 1])
                    self.wfile.flush()
                    time.sleep(route.drip)
                return
            view = memoryview(body)
            for i in range(0, len(body), 65536):
                self.wfile.write(view[i : i + 65536])
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, OSError):
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64
    fault: FaultServer


class FaultServer:
    """``with FaultServer("127.0.0.2") as fs: fs.route("/x.pdf", body=...)``"""

    def __init__(self, host: str = "127.0.0.2", port: int = 0) -> None:
        if not host.startswith("127."):
            raise ValueError("the fault server only listens on loopback")
        self.host = host
        self.lock = threading.Lock()
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self._server = _Server((host, port), _Handler)
        self._server.fault = self
        self.port = self._server.server_address[1]
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------
    def start(self) -> FaultServer:
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- configuration ------------------------------------------------------
    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, **kw: object) -> Route:
        r = Route(**kw)  # type: ignore[arg-type]
        with self.lock:
            self.routes[path] = r
        return r

    def robots(self, text: str, status: int = 200) -> Route:
        return self.route(
            "/robots.txt", body=text.encode(), status=status, content_type="text/plain"
        )

    def pdf(self, path: str, text: str = "", **kw: object) -> Route:
        body = b"%PDF-1.4\n% " + (text or path).encode() + b"\n%%EOF\n"
        kw.setdefault("content_type", "application/pdf")
        return self.route(path, body=body, **kw)

    def listing(
        self,
        path: str,
        links: list[tuple[str, str] | tuple[str, str, str]],
        next_href: str | None = None,
        **kw: object,
    ) -> Route:
        return self.route(path, body=listing_html(links, next_href).encode(), **kw)

    # -- observation ----------------------------------------------------------
    def requests(self, path: str | None = None) -> list[Hit]:
        with self.lock:
            return [h for h in self.hits if path is None or h.path == path]

    def times(self, path: str | None = None) -> list[float]:
        return [h.t for h in self.requests(path)]

    def gaps(self) -> list[float]:
        ts = sorted(self.times())
        return [b - a for a, b in itertools.pairwise(ts)]

    def reset_log(self) -> None:
        with self.lock:
            self.hits.clear()
            for r in self.routes.values():
                r.hits = 0


def spacing_shortfalls(
    times: list[float], delay: float, stamp_jitter: float = 0.05
) -> list[tuple[int, int, float]]:
    """The pairs of requests (i, j, seconds apart) closer together than `delay` a gap
    allows. Arrival times are stamped when the server's handler starts, and on a
    loaded machine a connection can be accepted late, which shortens the gap after it
    by as much as it lengthens the one before: so every pair, not only neighbours, is
    held to (j - i) delays, less one stamp's lateness. A crawler that ignored the delay
    falls short on pairs two or more apart even where one gap hides in the jitter."""
    ts = sorted(times)
    return [
        (i, j, ts[j] - ts[i])
        for i in range(len(ts))
        for j in range(i + 1, len(ts))
        if ts[j] - ts[i] < (j - i) * delay - stamp_jitter
    ]


def listing_html(
    links: list[tuple[str, str] | tuple[str, str, str]], next_href: str | None = None
) -> str:
    """A disclosure-log page: a table of (href, title[, date]) rows, a nav and a pager."""
    rows = []
    for item in links:
        href, title = item[0], item[1]
        when = item[2] if len(item) > 2 else ""
        rows.append(
            f'<tr><td><a href="{html.escape(href)}">{html.escape(title)}</a></td>'
            f"<td>{html.escape(when)}</td></tr>"
        )
    pager = (
        f'<nav class="pagination"><a rel="next" href="{html.escape(next_href)}">Next</a></nav>'
        if next_href
        else ""
    )
    return (
        "<!DOCTYPE html><html><head><title>Disclosure log</title></head><body>"
        '<header><nav><a href="/">Home</a> <a href="/about-us">About</a>'
        ' <a href="/foi/policy.pdf">FOI policy</a></nav></header>'
        "<main><h1>Disclosure log</h1><table>" + "".join(rows) + "</table>" + pager + "</main>"
        '<footer><a href="/privacy">Privacy</a></footer></body></html>'
    )


def fast_config(**overrides: object):
    """A ScrapeConfig with test-sized delays and timeouts (loopback allowed)."""
    from scrapers.config import ScrapeConfig

    kw: dict[str, object] = {
        "min_delay": 0.05,
        "allow_private": True,
        "backoff_base": 0.02,
        "backoff_max": 0.2,
        "connect_timeout": 1.0,
        "read_timeout": 0.5,
        "retries": 3,
        "robots_retries": 1,
        "max_retry_after": 2.0,
        "contact": "https://example.invalid/contact",
    }
    kw.update(overrides)
    return ScrapeConfig(**kw)  # type: ignore[arg-type]
