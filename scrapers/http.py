"""The polite HTTP client: retries, backoff, Retry-After and the circuit breaker.

One `HttpClient` per worker thread (each owns a ``requests.Session``); all of
them share a `HostGate`, which keeps one request in flight per host and spaces
request starts. `HttpClient.fetch` streams a document into the raw store;
`HttpClient.fetch_page` returns a listing page's bytes as well.

Nothing here raises for a failed fetch: the outcome is a `Fetched` whose
``error`` says what went wrong, so one bad URL never stops a run.

This module keeps the decisions about *when* to ask again; the rules about
where a request may go are in `scrapers.http_guard`, and the handling of a
body once it arrives is in `scrapers.http_download`. The names other code
imports from here are re-exported so ``scrapers.http`` stays the one import.
"""

from __future__ import annotations

import dataclasses
import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urldefrag, urljoin

import requests

from scrapers.config import ScrapeConfig
from scrapers.http_download import CHUNK as CHUNK
from scrapers.http_download import download
from scrapers.http_download import essence as essence
from scrapers.http_download import sniff_type as sniff_type
from scrapers.http_download import type_mismatch as type_mismatch
from scrapers.http_guard import AddressGuard as AddressGuard
from scrapers.http_guard import FetchError as FetchError
from scrapers.http_guard import HostPolicy as HostPolicy
from scrapers.http_guard import TransientError as TransientError
from scrapers.http_guard import _short, check_hop, check_redirect
from scrapers.models import CacheEntry, Fetched, Link
from scrapers.models import Page as Page  # re-exported: it was defined here
from scrapers.politeness import HostGate, Stopped
from scrapers.store import RawStore

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


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


# ---------------------------------------------------------------------------
# the client
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Request:
    """One fetch as asked for: where to, for whom, under which limits, into what."""

    url: str
    trust_ods: str
    policy: HostPolicy | None
    cache: CacheEntry | None  # for a conditional GET
    store: RawStore | None
    link: Link | None
    can_fetch: Callable[[str], bool] | None  # robots.txt, checked again on every redirect
    keep_body: bool  # hold the body in memory (a page) rather than only in the store
    max_bytes: int
    success: frozenset[int] = frozenset({200})  # statuses whose body is the answer


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
        max_bytes = max_bytes if max_bytes is not None else self.config.max_bytes
        request = _Request(url, trust_ods, policy, cache, store, link, can_fetch, False, max_bytes)
        fetched, _ = self._fetch(request, retries)
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
        success: frozenset[int] = frozenset({200}),
    ) -> Page:
        """Fetch a page into memory (unconditionally); also stored when ``store`` is given.

        ``success`` are the statuses whose body is the page (robots.txt takes any 2xx)."""
        max_bytes = max_bytes if max_bytes is not None else self.config.max_page_bytes
        request = _Request(
            url, trust_ods, policy, None, store, None, can_fetch, True, max_bytes, success
        )
        fetched, body = self._fetch(request, retries)
        return Page(fetched, body if fetched.error is None else None)

    # -- internals ----------------------------------------------------------
    def _fetch(self, request: _Request, retries: int | None) -> tuple[Fetched, bytes | None]:
        cfg = self.config
        request = dataclasses.replace(request, url=urldefrag(request.url)[0])
        result = Fetched(
            url=request.url,
            trust_ods=request.trust_ods,
            status_code=None,
            link=request.link,
            fetched_at=utcnow_iso(),
        )
        # A cached entry whose bytes have left the store cannot answer a 304.
        cache, store = request.cache, request.store
        if cache is not None and store is not None and not store.exists(cache.sha256):
            result.warnings.append("cached copy missing from the store; fetched unconditionally")
            request = dataclasses.replace(request, cache=None)
        n_retries = cfg.retries if retries is None else retries
        stats = {"attempts": 0, "elapsed": 0.0}
        body: bytes | None = None
        for attempt in range(n_retries + 1):
            try:
                body = self._attempt(request, result, stats)
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

    def _attempt(self, request: _Request, result: Fetched, stats: dict[str, float]) -> bytes | None:
        cfg = self.config
        url, cache = request.url, request.cache
        current = url
        seen = {current}
        hops = 0
        while True:
            host = check_hop(current, hops, request.policy, self.guard, request.can_fetch)
            abandoned = self.gate.abandoned(host)
            if abandoned:
                raise FetchError(f"host {host} abandoned for this run ({abandoned})")

            headers = _conditional_headers(cache)
            next_url: str | None = None
            with self.gate.slot(host):
                stats["attempts"] += 1
                t0 = time.monotonic()
                resp = self._send(current, host, headers, t0, stats)
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
                    elif status not in request.success:
                        self.gate.record_success(host)  # the server works; the URL does not
                        raise FetchError(f"HTTP {status}", status)
                    else:
                        self.gate.record_success(host)
                        return download(
                            resp,
                            current,
                            url,
                            result,
                            request.store,
                            request.keep_body,
                            request.max_bytes,
                            t0,
                            cfg.max_fetch_seconds,
                        )
                finally:
                    resp.close()
                    stats["elapsed"] += time.monotonic() - t0
            # a redirect: the slot is released before the next hop
            assert next_url is not None
            hops += 1
            check_redirect(next_url, seen, hops, cfg.max_redirects, result.status_code)
            seen.add(next_url)
            current = next_url

    def _send(
        self, current: str, host: str, headers: dict[str, str], t0: float, stats: dict[str, float]
    ) -> requests.Response:
        """One GET (no redirects followed), its failures turned into our two errors."""
        try:
            return self.session.get(
                current,
                headers=headers,
                timeout=self.config.timeout,
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


def _conditional_headers(cache: CacheEntry | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from a cached copy (none without one)."""
    headers: dict[str, str] = {}
    if cache is not None:
        if cache.etag:
            headers["If-None-Match"] = cache.etag
        if cache.last_modified:
            headers["If-Modified-Since"] = cache.last_modified
    return headers


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
