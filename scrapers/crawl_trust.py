"""One trust's crawl: its listings through a `SiteClient`, then every document they link to.

`crawl_trust` never raises for a trust's own trouble (a failed listing, a
surprise in a site module): it records it on the trust's `TrustOutcome`, so one
trust never stops the run. Only `Stopped` (the run is being stopped) goes up.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from types import ModuleType
from urllib.parse import urldefrag, urlsplit

from scrapers.crawl_client import CrawlShared, SiteClient, start_urls
from scrapers.http import HttpClient, utcnow_iso
from scrapers.models import CacheEntry, Fetched, Link, TrustOutcome, TrustSite
from scrapers.politeness import Stopped, host_key
from scrapers.sites import get_site_type

log = logging.getLogger(__name__)

Attach = Callable[[bytes, str, TrustSite, Link, Callable[[str], bool]], list[Link]]


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


def crawl_trust(site: TrustSite, client: HttpClient, shared: CrawlShared) -> TrustOutcome:
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
    site: TrustSite, client: HttpClient, shared: CrawlShared, outcome: TrustOutcome
) -> None:
    try:
        module = get_site_type(site.site_type)
    except KeyError as exc:
        outcome.fail(str(exc.args[0] if exc.args else exc))
        return
    sc = SiteClient(site, client, shared, outcome)
    starts = start_urls(site, shared.kinds)
    previously = shared.previous_counts.get(site.ods_code, 0)
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

    links = _discover_links(module, sc, site, shared, outcome)
    outcome.documents_listed = len(links)
    if not links and previously > 0:
        outcome.fail(f"listing yielded 0 documents, previously {previously}")
    fetched_links = _fetch_documents(links, module, sc, shared, outcome)
    hosts = {host_key(urlsplit(u).hostname) for u in starts} | {
        host_key(urlsplit(link.url).hostname) for link in fetched_links
    }
    for h in sorted(hosts):
        why = shared.gate.abandoned(h)
        if why:
            outcome.fail(f"host {h} abandoned: {why}")


def _discover_links(
    module: ModuleType, sc: SiteClient, site: TrustSite, shared: CrawlShared, outcome: TrustOutcome
) -> list[Link]:
    """What the site module finds on the trust's listings; listing problems fail the trust."""
    links: list[Link] = []
    try:
        for link in module.discover(sc, site, set(shared.kinds)):
            links.append(link)
    except Stopped:
        raise
    except Exception as exc:
        log.warning("trust %s: discovery failed: %s", site.ods_code, exc, exc_info=True)
        outcome.fail(f"discovery failed: {exc.__class__.__name__}: {exc}")
    if sc.listing_errors:
        shown = "; ".join(sc.listing_errors[:3])
        more = len(sc.listing_errors) - 3
        outcome.fail(shown + (f" (and {more} more)" if more > 0 else ""))
    return links


def _fetch_documents(
    links: list[Link],
    module: ModuleType,
    sc: SiteClient,
    shared: CrawlShared,
    outcome: TrustOutcome,
) -> list[Link]:
    """Fetch every listed document (and those HTML responses link to); returns all links
    worked through. Fails the trust when every fetch it attempted failed."""
    seen = {link.url for link in links}
    attach = getattr(module, "attachments", None) if shared.config.follow_attachments else None
    work = list(links)
    attempted = 0
    failed_before = outcome.failed
    i = 0
    while i < len(work):
        if shared.stop.is_set():
            raise Stopped("run stopped")
        link = work[i]
        i += 1
        f = _fetch_document(link, sc, shared, outcome)
        if f is None:
            continue
        attempted += 1
        if attach is not None and f.sha256 and not f.error:
            for extra in _attachments(attach, f, sc.site, link, sc, shared):
                if extra.url not in seen:
                    seen.add(extra.url)
                    work.append(extra)
                    outcome.documents_listed += 1
    if attempted and outcome.failed - failed_before >= attempted:
        outcome.fail(f"all {attempted} document fetches failed")
    return work


def _fetch_document(
    link: Link, sc: SiteClient, shared: CrawlShared, outcome: TrustOutcome
) -> Fetched | None:
    """Fetch one document politely and count it; None when no request was made for it
    (off-site, its host abandoned, robots.txt unavailable or disallowing it)."""
    url = urldefrag(link.url)[0]
    if not sc.policy.allows_url(url):
        outcome.warnings.append(f"skipped off-site link {url}")
        return None
    host = host_key(urlsplit(url).hostname)
    abandoned = shared.gate.abandoned(host)
    if abandoned:
        outcome.failed += 1
        sc.emit(_error_fetched(link, f"host {host} abandoned for this run ({abandoned})"))
        return None
    rules = sc.rules(url)
    if not rules.available:
        outcome.failed += 1
        sc.emit(_error_fetched(link, rules.error or "robots.txt unavailable"))
        return None
    if not rules.can_fetch(url, shared.robots.agent):
        outcome.skipped_robots += 1
        return None
    entry = shared.cache.get(url)
    f = sc.client.fetch(
        url,
        trust_ods=sc.site.ods_code,
        policy=sc.policy,
        cache=entry,
        store=shared.store,
        link=link,
        can_fetch=sc.can_fetch,
    )
    _classify(f, entry, outcome)
    sc.emit(f)
    return f


def _attachments(
    attach: Attach, f: Fetched, site: TrustSite, link: Link, sc: SiteClient, shared: CrawlShared
) -> list[Link]:
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
