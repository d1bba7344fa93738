"""The polite HTTP client: retries, size caps, conditional GET, safe redirects.

One `HttpClient` per worker thread (each owns a ``requests.Session``); all of
them share a `HostGate`, which keeps one request in flight per host and spaces
request starts. `HttpClient.fetch` streams a document into the raw store;
`HttpClient.fetch_page` returns a listing page's bytes as well.

Nothing here raises for a failed fetch: the outcome is a `Fetched` whose
``error`` says what went wrong, so one bad URL never stops a run.
"""

from __future__ import annotations

import contextlib
import email.utils
import io
import ipaddress
import random
import socket
import threading
import time
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urldefrag, urljoin, urlsplit

import requests

from scrapers.config import ScrapeConfig
from scrapers.models import CacheEntry, Fetched, Link, TrustSite
from scrapers.politeness import HostGate, Stopped, host_key
from scrapers.store import HEAD_BYTES, RawStore

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CHUNK = 64 * 1024


# ---------------------------------------------------------------------------
# small pure helpers
# ---------------------------------------------------------------------------


def utcnow_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if value is None:
        return None
    v = value.strip()
    if not v:
        return None
    try:
        secs = float(v)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(v)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        secs = (when - (now or datetime.now(UTC))).total_seconds()
    if secs != secs:  # NaN
        return None
    return max(0.0, secs)


def backoff_delay(
    attempt: int, base: float, cap: float, jitter: float = 0.5, rng: random.Random | None = None
) -> float:
    """Exponential backoff with jitter: ~base * 2**attempt, capped at ``cap``."""
    d = min(cap, base * (2**attempt))
    j = max(0.0, min(1.0, jitter))
    r = (rng or random).uniform(0.0, d * j)
    return d * (1.0 - j) + r


_ZIP_KINDS = (
    ("word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
)
_ODF_PREFIX = b"mimetypeapplication/vnd.oasis.opendocument."


def _zip_type(head: bytes, open_zip: Callable[[], zipfile.ZipFile] | None) -> str:
    # ODF puts an uncompressed "mimetype" entry first.
    i = head.find(_ODF_PREFIX)
    if 0 <= i < 100:
        end = i + len(b"mimetype")
        rest = head[end : end + 80]
        kind = rest.split(b"PK", 1)[0].decode("ascii", "replace").strip()
        if kind.startswith("application/"):
            return kind
    names: list[str] = []
    if open_zip is not None:
        try:
            with open_zip() as z:
                names = z.namelist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            names = []
    if not names:  # fall back to the local headers we have
        text = head.decode("latin-1")
        names = [p for p, _ in _ZIP_KINDS if p in text]
    for prefix, mime in _ZIP_KINDS:
        if any(n.startswith(prefix) for n in names):
            return mime
    return "application/zip"


def sniff_type(head: bytes, open_zip: Callable[[], zipfile.ZipFile] | None = None) -> str:
    """The content type the bytes themselves show (not what a server claimed)."""
    if not head:
        return "application/x-empty"
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_type(head, open_zip)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "application/x-ole-storage"  # legacy .doc / .xls / .msg
    if head.startswith(b"{\\rtf"):
        return "application/rtf"
    if head[:4] in (b"\x89PNG", b"GIF8") or head[:3] == b"\xff\xd8\xff":
        return {b"\x89PN": "image/png", b"GIF": "image/gif"}.get(head[:3], "image/jpeg")
    text = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or (
        text.startswith((b"<!--", b"<?xml", b"<!doctype")) and b"<html" in head[:4096].lower()
    ):
        return "text/html"
    if text.startswith(b"<?xml"):
        return "application/xml"
    sample = head[:4096]
    if b"\x00" in sample:
        return "application/octet-stream"
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:  # not merely a character cut at the end
            return "application/octet-stream"
    if b"<a " in sample.lower() or b"<div" in sample.lower() or b"<p>" in sample.lower():
        return "text/html"
    return "text/plain"


_VAGUE_TYPES = frozenset(
    {
        "",
        "application/octet-stream",
        "binary/octet-stream",
        "application/force-download",
        "application/download",
        "application/x-download",
        "application/unknown",
    }
)
_FAMILIES = {
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/zip": "zip",
    "application/x-zip-compressed": "zip",
    "application/msword": "ole",
    "application/vnd.ms-excel": "ole",
    "application/x-ole-storage": "ole",
    "application/vnd.ms-office": "ole",
    "text/plain": "text",
    "text/csv": "text",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
}


def _family(mime: str) -> str:
    if mime in _FAMILIES:
        return _FAMILIES[mime]
    if mime.startswith("application/vnd.openxmlformats-officedocument") or mime.startswith(
        "application/vnd.oasis.opendocument"
    ):
        return "zip"
    if mime.startswith("image/"):
        return "image"
    return mime


def essence(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def type_mismatch(declared: str | None, sniffed: str) -> str | None:
    """A warning when the server's Content-Type disagrees with the bytes."""
    d = essence(declared)
    if d in _VAGUE_TYPES:
        return None
    fd, fs = _family(d), _family(sniffed)
    if fd == fs:
        return None
    if (fs == "text" and fd in ("html", "text")) or (d.startswith("text/") and fs == "text"):
        return None
    if fd == "html" and fs in ("text", "application/xml"):
        return None
    return f"declared content type {d} but the bytes look like {sniffed}"


# ---------------------------------------------------------------------------
# where we may go
# ---------------------------------------------------------------------------


class HostPolicy:
    """Hosts a trust's fetches may reach: its own domains (and their subdomains)
    and the document hosts it uses."""

    def __init__(self, domains: Iterable[str] = (), hosts: Iterable[str] = ()) -> None:
        self.domains: set[str] = set()  # host or any subdomain
        self.exact: set[str] = set()
        for d in domains:
            d = host_key(d)
            if not d:
                continue
            if _is_ip(d):
                self.exact.add(d)
            else:
                self.domains.add(d[4:] if d.startswith("www.") else d)
        for h in hosts:
            h = host_key(h.strip())
            if "://" in h:
                h = host_key(urlsplit(h).hostname)
            if h.startswith("*."):
                self.domains.add(h[2:])
            elif h.startswith("."):
                self.domains.add(h[1:])
            elif h:
                self.exact.add(h)

    @classmethod
    def for_site(cls, site: TrustSite) -> HostPolicy:
        urls = [u for u in (site.website, site.foi_url, site.wres_url) if u]
        hosts = []
        for u in urls:
            if "://" not in u:
                u = "https://" + u
            with contextlib.suppress(ValueError):
                hosts.append(urlsplit(u).hostname or "")
        return cls(hosts, site.document_hosts)

    def allows(self, host: str | None) -> bool:
        h = host_key(host)
        if not h:
            return False
        if h in self.exact or h in self.domains:
            return True
        if _is_ip(h):
            return False
        return any(h.endswith("." + d) for d in self.domains)

    def allows_url(self, url: str) -> bool:
        try:
            parts = urlsplit(url)
        except ValueError:
            return False
        return parts.scheme in ("http", "https") and self.allows(parts.hostname)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


class FetchError(Exception):
    """A fetch that will not succeed by trying again."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class TransientError(Exception):
    """A fetch that may succeed later (429/5xx, connection trouble, truncation)."""

    def __init__(
        self,
        message: str,
        host: str,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.host = host
        self.status = status
        self.retry_after = retry_after


class AddressGuard:
    """Refuses hosts that resolve to private, loopback, link-local or otherwise
    non-global addresses (unless allowed). Results are cached per run."""

    def __init__(self, allow_private: bool = False) -> None:
        self.allow_private = allow_private
        self._cache: dict[tuple[str, int], str | None] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _bad(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
        mapped = getattr(ip, "ipv4_mapped", None)
        if mapped is not None:
            ip = mapped
        return not ip.is_global or ip.is_multicast

    def problem(self, host: str, port: int) -> str | None:
        """None when the host may be fetched, else why not."""
        if self.allow_private:
            return None
        key = (host_key(host), port)
        with self._lock:
            if key in self._cache:
                return self._cache[key]
        result = self._check(key[0], port)
        with self._lock:
            self._cache[key] = result
        return result

    def _check(self, host: str, port: int) -> str | None:
        h = host.strip("[]")
        try:
            ips = [ipaddress.ip_address(h.split("%", 1)[0])]
        except ValueError:
            if h == "localhost" or h.endswith(".localhost"):
                return f"{host} is a loopback name (use --allow-private for local tests)"
            try:
                infos = socket.getaddrinfo(h, port, type=socket.SOCK_STREAM)
            except (socket.gaierror, UnicodeError, OSError) as exc:
                return f"cannot resolve {host}: {exc}"
            ips = []
            for info in infos:
                with contextlib.suppress(ValueError):
                    ips.append(ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]))
            if not ips:
                return f"cannot resolve {host}"
        for ip in ips:
            if self._bad(ip):
                return (
                    f"{host} resolves to non-public address {ip} "
                    "(refused; --allow-private permits it)"
                )
        return None


# ---------------------------------------------------------------------------
# the client
# ---------------------------------------------------------------------------


@dataclass
class Page:
    """A listing page: what `fetch_page` returns."""

    fetched: Fetched
    body: bytes | None

    @property
    def url(self) -> str:
        return self.fetched.final_url or self.fetched.url

    @property
    def ok(self) -> bool:
        return self.fetched.error is None and self.body is not None


class _Sink:
    """Where a body goes while it downloads: memory (bounded) or a store blob."""

    def __init__(self, store: RawStore | None, keep_body: bool) -> None:
        self.buf = io.BytesIO() if keep_body or store is None else None
        self.blob = store.pending() if (store is not None and self.buf is None) else None
        self.size = 0
        self.head = b""

    def write(self, chunk: bytes) -> None:
        if len(self.head) < HEAD_BYTES:
            self.head += chunk[: HEAD_BYTES - len(self.head)]
        self.size += len(chunk)
        if self.buf is not None:
            self.buf.write(chunk)
        else:
            assert self.blob is not None
            self.blob.write(chunk)

    def discard(self) -> None:
        if self.blob is not None:
            self.blob.discard()


class HttpClient:
    """A polite fetcher. Create one per worker thread; share the `HostGate`."""

    def __init__(
        self,
        config: ScrapeConfig,
        gate: HostGate | None = None,
        *,
        guard: AddressGuard | None = None,
        session: requests.Session | None = None,
        rng: random.Random | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self.config = config
        self.gate = gate or HostGate(config.min_delay, config.breaker_threshold)
        self.guard = guard or AddressGuard(config.allow_private)
        self.session = session or self.new_session(config)
        self.rng = rng or random.Random()

    @staticmethod
    def new_session(config: ScrapeConfig) -> requests.Session:
        s = requests.Session()
        s.headers["User-Agent"] = config.user_agent
        s.headers["Accept"] = (
            "text/html,application/xhtml+xml,application/pdf,"
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
            "application/msword,*/*;q=0.8"
        )
        s.headers["Accept-Language"] = "en-GB,en;q=0.8"
        s.max_redirects = config.max_redirects
        return s

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public -------------------------------------------------------------
    def fetch(
        self,
        url: str,
        *,
        trust_ods: str = "",
        policy: HostPolicy | None = None,
        cache: CacheEntry | None = None,
        store: RawStore | None = None,
        link: Link | None = None,
        can_fetch: Callable[[str], bool] | None = None,
        max_bytes: int | None = None,
        retries: int | None = None,
    ) -> Fetched:
        """Fetch a document into ``store`` (conditional GET when ``cache`` is given).

        Returns a `Fetched`: ``sha256`` set on success (the bytes are in the
        store), ``from_cache`` on 304, ``error`` set on failure (nothing stored).
        """
        fetched, _ = self._fetch(
            url,
            trust_ods=trust_ods,
            policy=policy,
            cache=cache,
            store=store,
            link=link,
            can_fetch=can_fetch,
            keep_body=False,
            max_bytes=max_bytes if max_bytes is not None else self.config.max_bytes,
            retries=retries,
        )
        return fetched

    def fetch_page(
        self,
        url: str,
        *,
        trust_ods: str = "",
        policy: HostPolicy | None = None,
        store: RawStore | None = None,
        can_fetch: Callable[[str], bool] | None = None,
        max_bytes: int | None = None,
        retries: int | None = None,
    ) -> Page:
        """Fetch a page into memory (unconditionally); also stored when ``store`` is given."""
        fetched, body = self._fetch(
            url,
            trust_ods=trust_ods,
            policy=policy,
            cache=None,
            store=store,
            link=None,
            can_fetch=can_fetch,
            keep_body=True,
            max_bytes=max_bytes if max_bytes is not None else self.config.max_page_bytes,
            retries=retries,
        )
        return Page(fetched, body if fetched.error is None else None)

    # -- internals ----------------------------------------------------------
    def _fetch(
        self,
        url: str,
        *,
        trust_ods: str,
        policy: HostPolicy | None,
        cache: CacheEntry | None,
        store: RawStore | None,
        link: Link | None,
        can_fetch: Callable[[str], bool] | None,
        keep_body: bool,
        max_bytes: int,
        retries: int | None,
    ) -> tuple[Fetched, bytes | None]:
        cfg = self.config
        url = urldefrag(url)[0]
        result = Fetched(
            url=url, trust_ods=trust_ods, status_code=None, link=link, fetched_at=utcnow_iso()
        )
        # A cached entry whose bytes have left the store cannot answer a 304.
        if cache is not None and store is not None and not store.exists(cache.sha256):
            result.warnings.append("cached copy missing from the store; fetched unconditionally")
            cache = None
        n_retries = cfg.retries if retries is None else retries
        stats = {"attempts": 0, "elapsed": 0.0}
        body: bytes | None = None
        for attempt in range(n_retries + 1):
            try:
                body = self._attempt(
                    url, result, policy, cache, store, can_fetch, keep_body, max_bytes, stats
                )
                result.error = None
                break
            except FetchError as exc:
                result.error = str(exc)
                if exc.status is not None:
                    result.status_code = exc.status
                break
            except TransientError as exc:
                result.error = str(exc)
                result.status_code = exc.status
                if exc.retry_after is not None and exc.retry_after > cfg.max_retry_after:
                    reason = (
                        f"Retry-After {exc.retry_after:.0f}s exceeds {cfg.max_retry_after:.0f}s"
                    )
                    self.gate.abandon(exc.host, reason)
                    result.error = f"{exc} ({reason}; host abandoned for this run)"
                    break
                if attempt >= n_retries or self.gate.abandoned(exc.host):
                    if self.gate.record_failure(exc.host, str(exc)):
                        result.warnings.append(f"host {exc.host} abandoned: circuit breaker")
                    break
                wait = backoff_delay(
                    attempt, cfg.backoff_base, cfg.backoff_max, cfg.jitter, self.rng
                )
                if exc.retry_after is not None:
                    wait = max(exc.retry_after, 0.0)
                self.gate.defer(exc.host, wait)
        result.attempts = stats["attempts"]
        result.elapsed_ms = int(stats["elapsed"] * 1000)
        return result, body

    def _attempt(
        self,
        url: str,
        result: Fetched,
        policy: HostPolicy | None,
        cache: CacheEntry | None,
        store: RawStore | None,
        can_fetch: Callable[[str], bool] | None,
        keep_body: bool,
        max_bytes: int,
        stats: dict[str, float],
    ) -> bytes | None:
        cfg = self.config
        current = url
        seen = {current}
        hops = 0
        while True:
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https"):
                raise FetchError(f"refused non-http(s) URL {current}")
            host = host_key(parts.hostname)
            if not host:
                raise FetchError(f"no host in URL {current}")
            if policy is not None and not policy.allows(host):
                what = "redirect to" if hops else "URL on"
                raise FetchError(f"{what} off-site host {host} refused ({current})")
            try:
                port = parts.port or (443 if parts.scheme == "https" else 80)
            except ValueError as exc:
                raise FetchError(f"bad port in {current}") from exc
            problem = self.guard.problem(host, port)
            if problem:
                raise FetchError(problem)
            if hops and can_fetch is not None and not can_fetch(current):
                raise FetchError(f"redirect target {current} is disallowed by robots.txt")
            abandoned = self.gate.abandoned(host)
            if abandoned:
                raise FetchError(f"host {host} abandoned for this run ({abandoned})")

            headers: dict[str, str] = {}
            if cache is not None:
                if cache.etag:
                    headers["If-None-Match"] = cache.etag
                if cache.last_modified:
                    headers["If-Modified-Since"] = cache.last_modified
            next_url: str | None = None
            with self.gate.slot(host):
                stats["attempts"] += 1
                t0 = time.monotonic()
                try:
                    resp = self.session.get(
                        current,
                        headers=headers,
                        timeout=cfg.timeout,
                        stream=True,
                        allow_redirects=False,
                    )
                except requests.exceptions.SSLError as exc:
                    stats["elapsed"] += time.monotonic() - t0
                    raise FetchError(f"TLS error: {_short(exc)}") from exc
                except requests.exceptions.Timeout as exc:
                    stats["elapsed"] += time.monotonic() - t0
                    raise TransientError(f"timeout: {_short(exc)}", host) from exc
                except requests.exceptions.InvalidURL as exc:
                    raise FetchError(f"invalid URL: {_short(exc)}") from exc
                except requests.exceptions.RequestException as exc:
                    stats["elapsed"] += time.monotonic() - t0
                    raise TransientError(f"connection error: {_short(exc)}", host) from exc
                try:
                    status = resp.status_code
                    result.status_code = status
                    if status in REDIRECT_STATUSES:
                        loc = resp.headers.get("Location")
                        if not loc:
                            raise FetchError(f"HTTP {status} without a Location", status)
                        next_url = urldefrag(urljoin(current, loc.strip()))[0]
                    elif status in RETRY_STATUSES:
                        ra = parse_retry_after(resp.headers.get("Retry-After"))
                        raise TransientError(f"HTTP {status}", host, status, ra)
                    elif status == 304 and cache is not None:
                        self.gate.record_success(host)
                        result.from_cache = True
                        result.sha256 = cache.sha256
                        result.etag = resp.headers.get("ETag") or cache.etag
                        result.last_modified = (
                            resp.headers.get("Last-Modified") or cache.last_modified
                        )
                        result.final_url = current if current != url else None
                        return None
                    elif status != 200:
                        self.gate.record_success(host)  # the server works; the URL does not
                        raise FetchError(f"HTTP {status}", status)
                    else:
                        self.gate.record_success(host)
                        return self._download(
                            resp, current, url, result, store, keep_body, max_bytes, t0
                        )
                finally:
                    resp.close()
                    stats["elapsed"] += time.monotonic() - t0
            # a redirect: the slot is released before the next hop
            assert next_url is not None
            hops += 1
            if next_url in seen:
                raise FetchError(f"redirect loop at {next_url}", result.status_code)
            if hops > cfg.max_redirects:
                raise FetchError(f"more than {cfg.max_redirects} redirects", result.status_code)
            seen.add(next_url)
            current = next_url

    def _download(
        self,
        resp: requests.Response,
        current: str,
        url: str,
        result: Fetched,
        store: RawStore | None,
        keep_body: bool,
        max_bytes: int,
        t0: float,
    ) -> bytes | None:
        cfg = self.config
        host = host_key(urlsplit(current).hostname)
        declared_len: int | None = None
        cl = resp.headers.get("Content-Length")
        if cl is not None:
            with contextlib.suppress(ValueError):
                declared_len = int(cl.strip())
        if declared_len is not None and declared_len > max_bytes:
            raise FetchError(
                f"too large: Content-Length {declared_len} exceeds the {max_bytes}-byte cap", 200
            )
        encoded = bool(
            resp.headers.get("Content-Encoding", "").strip().lower() not in ("", "identity")
        )
        sink = _Sink(store, keep_body)
        deadline = t0 + cfg.max_fetch_seconds
        too_slow = FetchError(f"download took longer than {cfg.max_fetch_seconds:g}s", 200)
        # A server dripping bytes never trips the read timeout: a watchdog cuts it off.
        expired = threading.Event()
        watchdog = threading.Timer(
            max(0.0, deadline - time.monotonic()), _abort_response, args=(resp, expired)
        )
        watchdog.daemon = True
        watchdog.start()
        try:
            try:
                for chunk in resp.iter_content(CHUNK):
                    sink.write(chunk)
                    if sink.size > max_bytes:
                        raise FetchError(f"too large: more than {max_bytes} bytes", 200)
                    if expired.is_set() or time.monotonic() > deadline:
                        raise too_slow
            except (requests.exceptions.RequestException, OSError, ValueError) as exc:
                if expired.is_set():
                    raise too_slow from exc
                msg = _short(exc)
                if "IncompleteRead" in msg or "Connection broken" in msg:
                    raise TransientError(
                        f"truncated body ({sink.size} bytes"
                        + (f" of {declared_len}" if declared_len is not None else "")
                        + f"): {msg}",
                        host,
                        200,
                    ) from exc
                raise TransientError(f"error while downloading: {msg}", host, 200) from exc
            raw_read = _raw_bytes_read(resp)
            got = raw_read if (encoded and raw_read is not None) else sink.size
            if declared_len is not None and got < declared_len:
                raise TransientError(f"truncated body ({got} of {declared_len} bytes)", host, 200)
            if expired.is_set():
                raise too_slow
        except BaseException:
            sink.discard()
            raise
        finally:
            watchdog.cancel()

        declared = resp.headers.get("Content-Type")
        result.declared_type = essence(declared) or None
        result.etag = resp.headers.get("ETag")
        result.last_modified = resp.headers.get("Last-Modified")
        result.size = sink.size
        result.final_url = current if current != url else None
        body: bytes | None = None
        if sink.buf is not None:
            body = sink.buf.getvalue()
            result.content_type = sniff_type(
                sink.head, lambda: zipfile.ZipFile(io.BytesIO(body or b""))
            )
            if store is not None:
                result.sha256 = store.put(body)
            else:
                import hashlib

                result.sha256 = hashlib.sha256(body).hexdigest()
        else:
            assert sink.blob is not None
            blob = sink.blob
            head = sink.head
            tmp = blob.tmp_path
            # Sniff before commit, while the temp file is ours.
            try:
                blob._file.flush()  # type: ignore[union-attr]
                result.content_type = sniff_type(head, lambda: zipfile.ZipFile(tmp))
                result.sha256 = blob.commit()
            except BaseException:
                blob.discard()
                raise
        if result.content_type == "application/x-ole-storage":
            # legacy Office: the bytes say "OLE", the name says which
            ext = urlsplit(current).path.lower().rsplit(".", 1)[-1]
            result.content_type = {
                "xls": "application/vnd.ms-excel",
                "msg": "application/vnd.ms-outlook",
            }.get(ext, "application/msword")
        warn = type_mismatch(declared, result.content_type or "")
        if warn:
            result.warnings.append(warn)
        return body


def _abort_response(resp: requests.Response, expired: threading.Event) -> None:
    """Cut a download off from another thread (shutting the socket wakes the reader)."""
    expired.set()
    raw = getattr(resp, "raw", None)
    sock = None
    conn = getattr(raw, "_connection", None)
    sock = getattr(conn, "sock", None)
    if sock is None:
        with contextlib.suppress(AttributeError):
            sock = raw._fp.fp.raw._sock  # type: ignore[union-attr]
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _raw_bytes_read(resp: requests.Response) -> int | None:
    raw = getattr(resp, "raw", None)
    tell = getattr(raw, "tell", None)
    if tell is None:
        return None
    try:
        return int(tell())
    except Exception:
        return None


def _short(exc: BaseException) -> str:
    msg = str(exc) or exc.__class__.__name__
    return msg if len(msg) <= 300 else msg[:297] + "..."


__all__ = [
    "AddressGuard",
    "FetchError",
    "HostPolicy",
    "HttpClient",
    "Page",
    "Stopped",
    "TransientError",
    "backoff_delay",
    "parse_retry_after",
    "sniff_type",
    "type_mismatch",
]
