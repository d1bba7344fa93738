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
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from urllib.parse import urlsplit

from scrapers.config import ScrapeConfig
from scrapers.crawl_client import CrawlShared, SiteClient, start_urls
from scrapers.crawl_trust import crawl_trust
from scrapers.http import AddressGuard, HttpClient, utcnow_iso
from scrapers.models import CacheEntry, CrawlReport, Fetched, TrustOutcome, TrustSite
from scrapers.politeness import HostGate, Stopped, host_key
from scrapers.robots import RobotsCache
from scrapers.store import RawStore

log = logging.getLogger(__name__)


def _group_key(site: TrustSite) -> str:
    """The host a trust publishes on: trusts sharing one are crawled one after another."""
    for u in (site.foi_url, site.wres_url, site.website):
        if u:
            if "://" not in u:
                u = "https://" + u
            try:
                return host_key(urlsplit(u).hostname) or site.ods_code
            except ValueError:
                break
    return site.ods_code


def _work_group(group: list[TrustSite], shared: CrawlShared) -> None:
    client = HttpClient(shared.config, shared.gate, guard=shared.guard)
    try:
        for site in group:
            if shared.stop.is_set():
                return
            try:
                outcome = crawl_trust(site, client, shared)
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
    shared = CrawlShared(
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
