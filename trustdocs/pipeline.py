"""Wiring: registry → scrapers → raw store + documents → parsers → db.

Each stage is a plain function over a database, so the command line, the demo and
the tests drive exactly the same code.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from db import save
from parsers.kinds import hint_for
from parsers.records import ParseResult
from scrapers.models import Fetched, TrustSite

log = logging.getLogger("trustdocs")


@dataclass
class ScrapeSummary:
    run_id: int
    status: str
    report: Any
    seconds: float

    @property
    def failed_trusts(self) -> list[Any]:
        return [o for o in _outcomes(self.report) if not o.ok]

    @property
    def failed_documents(self) -> int:
        return sum(o.failed for o in _outcomes(self.report))

    @property
    def needs_attention(self) -> bool:
        """A trust or a document failed: the run exits 3 so that a person looks."""
        return bool(self.failed_trusts) or self.failed_documents > 0


@dataclass
class ParseSummary:
    parsed: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (url, error)
    seconds: float = 0.0
    round_robin_groups: int | None = None


def _outcomes(report: Any) -> list[Any]:
    trusts = report.trusts
    return list(trusts.values()) if isinstance(trusts, dict) else list(trusts)


def select_sites(rows: list[dict[str, Any]], only: Iterable[str] = ()) -> list[TrustSite]:
    from trustdocs.registry import to_trust_sites

    wanted = {code.upper() for code in only}
    unknown = wanted - {r["ods_code"] for r in rows}
    if unknown:
        raise ValueError(f"unknown trust code(s): {', '.join(sorted(unknown))}")
    chosen = [r for r in rows if (not wanted or r["ods_code"] in wanted)]
    if not wanted:
        chosen = [r for r in chosen if str(r.get("active", "1")) in ("1", "True", "true")]
    return to_trust_sites(chosen)


def scrape(
    db: sqlite_utils.Database,
    sites: list[TrustSite],
    store_dir: Path,
    kinds: set[str],
    config: Any,
    progress: Callable[[str, Fetched], None] | None = None,
    on_trust: Callable[[Any], None] | None = None,
) -> ScrapeSummary:
    """Fetch every listed document that is new or changed; record the run.

    `progress(ods, fetched)` follows each fetch and `on_trust(outcome)` each finished
    trust (both on this thread), for progress bars."""
    from scrapers.crawl import crawl
    from scrapers.store import RawStore

    started = time.monotonic()
    run_id = save.start_run(db)
    store = RawStore(store_dir)
    store.clean_partials(0)

    def on_result(fetched: Fetched) -> None:
        save.record_fetch(db, run_id, fetched)

    report = crawl(
        sites,
        kinds,
        save.load_cache(db),
        store,
        config,
        on_result,
        previous_counts=save.previous_counts(db),
        progress=progress,
        on_trust=on_trust,
    )
    store.clean_partials(0)  # the crawl is over: any unfinished download is garbage
    status = save.finish_run(db, run_id, report)
    return ScrapeSummary(run_id, status, report, time.monotonic() - started)


def _parse_one(job: tuple[str, str, str | None, str | None]) -> ParseResult:
    """Runs in a worker process: bytes in, a ParseResult out, never an exception."""
    from parsers import PARSER_VERSION, parse_document

    path, url, content_type, kind_hint = job
    try:
        data = Path(path).read_bytes()
        return parse_document(data, filename=url, content_type=content_type, kind_hint=kind_hint)
    except Exception as exc:  # a parser bug must not stop the run
        return ParseResult(
            kind="unknown",
            parser_version=PARSER_VERSION,
            status="failed",
            error=f"{type(exc).__name__}: {exc}",
        )


def parse(
    db: sqlite_utils.Database,
    store_dir: Path,
    force: bool = False,
    sha256: str | None = None,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ParseSummary:
    """Parse documents that are new or were parsed by an older parser version."""
    from parsers import PARSER_VERSION
    from scrapers.store import RawStore

    started = time.monotonic()
    store = RawStore(store_dir)
    summary = ParseSummary()
    todo = save.documents_to_parse(db, PARSER_VERSION, force=force, sha256=sha256)
    jobs = []
    for doc in todo:
        if not store.exists(doc["sha256"]):
            save.mark_parse_failed(
                db, doc["sha256"], "failed", "raw file missing from the store", PARSER_VERSION
            )
            summary.failures.append((doc["url"], "raw file missing from the store"))
            continue
        jobs.append(
            (
                doc,
                (
                    str(store.path(doc["sha256"])),
                    doc["url"],
                    doc["content_type"],
                    hint_for(doc["kind"]),
                ),
            )
        )
    workers = workers or min(4, os.cpu_count() or 1)
    results: Iterable[ParseResult]
    if workers > 1 and len(jobs) > 8:
        pool = ProcessPoolExecutor(max_workers=workers)
        results = pool.map(_parse_one, [j for _, j in jobs], chunksize=4)
    else:
        pool = None
        results = map(_parse_one, [j for _, j in jobs])
    try:
        for done, ((doc, _), result) in enumerate(zip(jobs, results, strict=True), start=1):
            save.save_parse(db, doc["sha256"], doc["trust_ods"], result)
            summary.parsed += 1
            summary.by_status[result.status] = summary.by_status.get(result.status, 0) + 1
            if result.status in ("failed", "unsupported"):
                summary.failures.append((doc["url"], result.error or result.status))
            if progress:
                progress(done, len(jobs))
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    if summary.parsed:
        from db.roundrobin import rebuild_round_robin

        summary.round_robin_groups = rebuild_round_robin(db)
    from db.derived import refresh_derived

    refresh_derived(db)  # the views' derived tables: recomputes only what changed, if anything
    summary.seconds = time.monotonic() - started
    return summary
