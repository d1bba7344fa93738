"""A crawl: every trust's listings, then every document they link to.

Trusts are grouped by the host they publish on; groups run concurrently in a
thread pool (``config.workers``), each group's trusts one after another. Every
request goes through the shared `HostGate` (one request in flight per host,
spaced starts), so the run costs little more than its slowest host.

Results travel from the workers through a ``queue.Queue``; ``on_result`` (and
``progress``/``on_trust``) are called only on the calling thread, so the caller
may write to SQLite from them.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urlsplit

from scrapers.config import ScrapeConfig
from scrapers.http import AddressGuard, HostPolicy, HttpClient, Page, utcnow_iso
from scrapers.models import CacheEntry, CrawlReport, Fetched, Link, TrustOutcome, TrustSite
from scrapers.politeness import HostGate, Stopped, host_key
from scrapers.robots import RobotsCache, RobotsRules
from scrapers.sites import get_site_type
from scrapers.store import RawStore

log = logging.getLogger(__name__)

KIND_URLS = (("foi", "foi_url"), ("wres", "wres_url"))


def start_urls(site: TrustSite, kinds: Iterable[str]) -> list[str]:
    out = []
    for kind, attr in KIND_URLS:
        u = getattr(site, attr)
        if kind in kinds and u:
            out.append(urldefrag(u)[0])
    return out


def _group_key(site: TrustSite) -> str:
    for u in (site.foi_url, site.wres_url, site.website):
        if u:
            if "://" not in u:
                u = "https://" + u
            try:
                return host_key(urlsplit(u).hostname) or site.ods_code
            except ValueError:
                break
    return site.ods_code


@dataclass
class _Shared:
    config: ScrapeConfig
    gate: HostGate
    robots: RobotsCache
    store: RawStore
    cache: dict[str, CacheEntry]
    kinds: set[str]
    previous_counts: dict[str, int]
    out: queue.Queue
    stop: threading.Event
    guard: AddressGuard
    reported_robots: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)


class SiteClient:
    """What a site module's `discover` gets: polite listing-page fetches for one trust."""

    def __init__(
        self, site: TrustSite, client: HttpClient, shared: _Shared, outcome: TrustOutcome
    ) -> None:
        self.site = site
        self.client = client
        self.shared = shared
        self.outcome = outcome
        self.policy = HostPolicy.for_site(site)
        self.max_pages = shared.config.max_pages
        self.listing_errors: list[str] = []
        self._starts = set(start_urls(site, ("foi", "wres")))

    # -- PageClient protocol -----------------------------------------------
    def allows_url(self, url: str) -> bool:
        return self.policy.allows_url(url)

    def warn(self, message: str) -> None:
        self.outcome.warnings.append(message)

    def get_page(self, url: str) -> Page | None:
        sh = self.shared
        if sh.stop.is_set():
            raise Stopped("run stopped")
        url = urldefrag(url)[0]
        is_start = url in self._starts
        if not self.policy.allows_url(url):
            self._listing_problem(url, "not on the trust's hosts", is_start)
            return None
        rules = self.rules(url)
        if not rules.available:
            self._listing_problem(url, rules.error or "robots.txt unavailable", is_start)
            return None
        if not rules.can_fetch(url, sh.robots.agent):
            self.outcome.skipped_robots += 1
            if is_start:
                self._listing_problem(url, "disallowed by robots.txt", True)
            else:
                self.warn(f"listing page {url} disallowed by robots.txt")
            return None
        page = self.client.fetch_page(
            url,
            trust_ods=self.site.ods_code,
            policy=self.policy,
            store=sh.store if sh.config.store_listings else None,
            can_fetch=self.can_fetch,
        )
        f = page.fetched
        self.outcome.listing_pages += 1
        self.outcome.bytes += f.size
        self.outcome.requests += f.attempts
        self.emit(f)
        if f.error is not None or page.body is None:
            self.outcome.failed += 1
            self._listing_problem(url, f.error or "no body", is_start, counted=True)
            return None
        if f.content_type not in ("text/html", "text/plain", "application/xml") and not is_start:
            self.warn(f"listing page {url} is {f.content_type}, not HTML")
        return page

    # -- helpers ------------------------------------------------------------
    def _listing_problem(self, url: str, why: str, is_start: bool, counted: bool = False) -> None:
        del is_start, counted  # every listing problem fails the trust (see _crawl_trust_inner)
        self.listing_errors.append(f"listing page {url}: {why}")

    def rules(self, url: str) -> RobotsRules:
        sh = self.shared
        rules = sh.robots.get(url, self.client, self.site.ods_code)
        if rules.fetched is not None:
            with sh.lock:
                first = rules.origin not in sh.reported_robots
                sh.reported_robots.add(rules.origin)
            if first:
                rf = rules.fetched
                self.outcome.requests += rf.attempts
                self.outcome.bytes += rf.size
                # the robots.txt request is a fetch of this trust's site, too
                self.emit(
                    Fetched(
                        url=rf.url,
                        trust_ods=self.site.ods_code,
                        status_code=rf.status_code,
                        sha256=None,
                        content_type=rf.content_type,
                        declared_type=rf.declared_type,
                        size=rf.size,
                        elapsed_ms=rf.elapsed_ms,
                        error=rf.error,
                        fetched_at=rf.fetched_at,
                        warnings=list(rf.warnings),
                        final_url=rf.final_url,
                        attempts=rf.attempts,
                    )
                )
        return rules

    def can_fetch(self, url: str) -> bool:
        return self.rules(url).can_fetch(url, self.shared.robots.agent)

    def emit(self, f: Fetched) -> None:
        self.shared.out.put(("result", f))


def _classify(f: Fetched, entry: CacheEntry | None, outcome: TrustOutcome) -> None:
    outcome.bytes += f.size
    outcome.requests += f.attempts
    if f.error is not None or f.sha256 is None:
        outcome.failed += 1
    elif f.from_cache:
        outcome.unchanged += 1
    elif entry is None:
        outcome.new += 1
    elif entry.sha256 == f.sha256:
        outcome.unchanged += 1
    else:
        outcome.changed += 1


def _crawl_trust(site: TrustSite, client: HttpClient, shared: _Shared) -> TrustOutcome:
    outcome = TrustOutcome(ods=site.ods_code)
    t0 = time.monotonic()
    try:
        _crawl_trust_inner(site, client, shared, outcome)
    except Stopped:
        outcome.fail("run stopped before this trust finished")
        raise
    except Exception as exc:  # a bug or a surprise in one trust must not stop the run
        log.error("trust %s: %s\n%s", site.ods_code, exc, traceback.format_exc())
        outcome.fail(f"internal error: {exc.__class__.__name__}: {exc}")
    finally:
        outcome.seconds = round(time.monotonic() - t0, 3)
    return outcome


def _crawl_trust_inner(
    site: TrustSite, client: HttpClient, shared: _Shared, outcome: TrustOutcome
) -> None:
    cfg = shared.config
    ods = site.ods_code
    try:
        module = get_site_type(site.site_type)
    except KeyError as exc:
        outcome.fail(str(exc.args[0] if exc.args else exc))
        return
    sc = SiteClient(site, client, shared, outcome)
    starts = start_urls(site, shared.kinds)
    previously = shared.previous_counts.get(ods, 0)
    if not starts:
        outcome.warnings.append(f"no listing URL for {', '.join(sorted(shared.kinds))}")
        if previously:
            outcome.fail(f"no listing URL, previously {previously} documents")
        return

    # robots.txt of the listing hosts first: 5xx/unreachable skips the trust.
    for u in starts:
        rules = sc.rules(u)
        if not rules.available:
            outcome.fail(rules.error or "robots.txt unavailable")
            return

    links: list[Link] = []
    try:
        for link in module.discover(sc, site, set(shared.kinds)):
            links.append(link)
    except Stopped:
        raise
    except Exception as exc:
        log.warning("trust %s: discovery failed: %s", ods, exc, exc_info=True)
        outcome.fail(f"discovery failed: {exc.__class__.__name__}: {exc}")
    if sc.listing_errors:
        shown = "; ".join(sc.listing_errors[:3])
        more = len(sc.listing_errors) - 3
        outcome.fail(shown + (f" (and {more} more)" if more > 0 else ""))

    outcome.documents_listed = len(links)
    if not links and previously > 0:
        outcome.fail(f"listing yielded 0 documents, previously {previously}")

    seen = {link.url for link in links}
    attach = getattr(module, "attachments", None) if cfg.follow_attachments else None
    work = list(links)
    attempted = failed_before = 0
    failed_before = outcome.failed
    i = 0
    while i < len(work):
        if shared.stop.is_set():
            raise Stopped("run stopped")
        link = work[i]
        i += 1
        url = urldefrag(link.url)[0]
        if not sc.policy.allows_url(url):
            outcome.warnings.append(f"skipped off-site link {url}")
            continue
        host = host_key(urlsplit(url).hostname)
        abandoned = shared.gate.abandoned(host)
        if abandoned:
            outcome.failed += 1
            sc.emit(_error_fetched(link, f"host {host} abandoned for this run ({abandoned})"))
            continue
        rules = sc.rules(url)
        if not rules.available:
            outcome.failed += 1
            sc.emit(_error_fetched(link, rules.error or "robots.txt unavailable"))
            continue
        if not rules.can_fetch(url, shared.robots.agent):
            outcome.skipped_robots += 1
            continue
        entry = shared.cache.get(url)
        attempted += 1
        f = client.fetch(
            url,
            trust_ods=ods,
            policy=sc.policy,
            cache=entry,
            store=shared.store,
            link=link,
            can_fetch=sc.can_fetch,
        )
        _classify(f, entry, outcome)
        sc.emit(f)
        if attach is not None and f.sha256 and not f.error:
            for extra in _attachments(attach, f, site, link, sc, shared):
                if extra.url not in seen:
                    seen.add(extra.url)
                    work.append(extra)
                    outcome.documents_listed += 1

    if attempted and outcome.failed - failed_before >= attempted:
        outcome.fail(f"all {attempted} document fetches failed")
    hosts = {host_key(urlsplit(u).hostname) for u in starts} | {
        host_key(urlsplit(link.url).hostname) for link in work
    }
    for h in sorted(hosts):
        why = shared.gate.abandoned(h)
        if why:
            outcome.fail(f"host {h} abandoned: {why}")


def _attachments(attach, f: Fetched, site: TrustSite, link: Link, sc: SiteClient, shared: _Shared):
    """Documents linked from an HTML response page (read back from the store)."""
    if not shared.store.exists(f.sha256 or ""):  # e.g. a 304 whose copy has gone
        return []
    ctype = f.content_type
    try:
        path = shared.store.path(f.sha256 or "")
        if path.stat().st_size > shared.config.max_page_bytes:
            return []
        if ctype is None:
            with path.open("rb") as fh:
                head = fh.read(2048).lstrip().lower()
            ctype = "text/html" if head.startswith((b"<!doctype html", b"<html")) else None
        if ctype != "text/html":
            return []
        body = path.read_bytes()
    except (OSError, ValueError):
        return []
    try:
        return list(attach(body, f.final_url or f.url, site, link, sc.allows_url))
    except Exception as exc:
        sc.warn(f"could not read attachments of {f.url}: {exc}")
        return []


def _error_fetched(link: Link, error: str) -> Fetched:
    return Fetched(
        url=link.url,
        trust_ods=link.trust_ods,
        status_code=None,
        error=error,
        link=link,
        fetched_at=utcnow_iso(),
    )


def _work_group(group: list[TrustSite], shared: _Shared) -> None:
    client = HttpClient(shared.config, shared.gate, guard=shared.guard)
    try:
        for site in group:
            if shared.stop.is_set():
                return
            try:
                outcome = _crawl_trust(site, client, shared)
            except Stopped:
                return
            shared.out.put(("outcome", outcome))
    finally:
        client.close()


def crawl(
    sites: list[TrustSite],
    kinds: set[str],
    cache: dict[str, CacheEntry],
    store: RawStore,
    config: ScrapeConfig,
    on_result: Callable[[Fetched], None],
    previous_counts: dict[str, int] | None = None,
    progress: Callable[[str, Fetched], None] | None = None,
    *,
    on_trust: Callable[[TrustOutcome], None] | None = None,
    gate: HostGate | None = None,
    stop: threading.Event | None = None,
) -> CrawlReport:
    """Crawl ``sites`` for documents of ``kinds`` ({"foi", "wres"}).

    ``cache`` maps URL → what an earlier run stored (for conditional GET and to
    tell new from changed). Every fetch (listing pages with ``link=None``,
    robots.txt, documents) is passed to ``on_result`` — on this thread only —
    as soon as it is known; ``progress(ods, fetched)`` follows each, and
    ``on_trust(outcome)`` follows each finished trust. Inactive trusts are
    skipped. Ctrl-C stops new requests, delivers what already finished, and
    re-raises.
    """
    kinds = {k.lower() for k in kinds} or {"foi", "wres"}
    report = CrawlReport(started_at=utcnow_iso())
    stop = stop or threading.Event()
    gate = gate or HostGate(config.min_delay, config.breaker_threshold, stop=stop)
    if gate.stop is not stop:
        gate.stop = stop
    shared = _Shared(
        config=config,
        gate=gate,
        robots=RobotsCache(config),
        store=store,
        cache=cache,
        kinds=kinds,
        previous_counts=dict(previous_counts or {}),
        out=queue.Queue(),
        stop=stop,
        guard=AddressGuard(config.allow_private),
    )
    active = [s for s in sites if s.active]
    groups: dict[str, list[TrustSite]] = {}
    for s in active:
        groups.setdefault(_group_key(s), []).append(s)
    outcomes: dict[str, TrustOutcome] = {}

    def deliver(item: tuple[str, object]) -> None:
        kind, payload = item
        if kind == "result":
            assert isinstance(payload, Fetched)
            on_result(payload)
            if progress is not None:
                progress(payload.trust_ods, payload)
        elif kind == "outcome":
            assert isinstance(payload, TrustOutcome)
            outcomes[payload.ods] = payload
            if on_trust is not None:
                on_trust(payload)

    n_workers = max(1, min(config.workers, len(groups)))
    pool = ThreadPoolExecutor(max_workers=n_workers, thread_name_prefix="trustdocs-crawl")
    futures: list[Future] = [pool.submit(_work_group, g, shared) for g in groups.values()]
    delivering = False
    try:
        while True:
            try:
                item = shared.out.get(timeout=0.05)
            except queue.Empty:
                if all(f.done() for f in futures) and shared.out.empty():
                    break
                continue
            delivering = True
            deliver(item)
            delivering = False
        for fut in futures:
            exc = fut.exception()
            if exc is not None and not isinstance(exc, Stopped):  # pragma: no cover
                log.error("crawl worker failed: %r", exc)
    except BaseException:
        # Ctrl-C (or on_result failing): no new requests; what finished while
        # we were waiting is still handed over unless on_result itself failed.
        report.interrupted = True
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
        if not delivering:
            while True:
                try:
                    deliver(shared.out.get_nowait())
                except queue.Empty:
                    break
        raise
    finally:
        pool.shutdown(wait=True)

    for s in active:
        o = outcomes.get(s.ods_code)
        if o is None:
            o = TrustOutcome(ods=s.ods_code)
            o.fail("not crawled (worker stopped)")
        report.trusts.append(o)
    report.finished_at = utcnow_iso()
    return report


__all__ = ["SiteClient", "crawl", "start_urls"]
