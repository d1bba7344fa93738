"""Where a fetch may go, and the two ways a fetch can fail.

A trust's crawl must never wander onto someone else's site, nor be steered
(by a link or a redirect) at a private or loopback address inside our own
network. Those refusals are checked again on every redirect hop, so they live
here, apart from the retry machinery in `scrapers.http`, where they can be read
and tested as rules rather than as branches of a request loop.

`FetchError` and `TransientError` live here too because every layer of a fetch
(these checks, the download, the client) raises them, and this module imports
nothing else from the fetch code.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapers.models import TrustSite
from scrapers.politeness import host_key

if TYPE_CHECKING:  # scrapers.robots imports the client, which imports this module
    from scrapers.robots import RobotsRules


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


def _short(exc: BaseException) -> str:
    msg = str(exc) or exc.__class__.__name__
    return msg if len(msg) <= 300 else msg[:297] + "..."


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


@dataclass(frozen=True)
class Refusal:
    """Why a trust may not request a URL."""

    why: str
    robots: bool  # robots.txt disallows it (rather than it being off-site or unreachable)


def refusal(
    url: str, policy: HostPolicy, rules_of: Callable[[str], RobotsRules], agent: str
) -> Refusal | None:
    """Why a trust may not request ``url`` (None: it may): off the trust's hosts, its
    host's robots.txt unavailable, or disallowed by it. ``rules_of`` gives the rules."""
    if not policy.allows_url(url):
        return Refusal("not on the trust's hosts", robots=False)
    rules = rules_of(url)
    if not rules.available:
        return Refusal(rules.error or "robots.txt unavailable", robots=False)
    if not rules.can_fetch(url, agent):
        return Refusal("disallowed by robots.txt", robots=True)
    return None


def check_hop(
    current: str,
    hops: int,
    policy: HostPolicy | None,
    guard: AddressGuard,
    can_fetch: Callable[[str], bool] | None,
) -> str:
    """The host of ``current`` if a request may go there; else raise `FetchError`.

    ``hops`` is how many redirects led here (0 for the URL asked for).
    """
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
    problem = guard.problem(host, port)
    if problem:
        raise FetchError(problem)
    if hops and can_fetch is not None and not can_fetch(current):
        raise FetchError(f"redirect target {current} is disallowed by robots.txt")
    return host


def check_redirect(
    next_url: str, seen: set[str], hops: int, max_redirects: int, status: int | None
) -> None:
    """Raise `FetchError` if following ``next_url`` (hop number ``hops``) would loop
    or go past ``max_redirects``."""
    if next_url in seen:
        raise FetchError(f"redirect loop at {next_url}", status)
    if hops > max_redirects:
        raise FetchError(f"more than {max_redirects} redirects", status)
