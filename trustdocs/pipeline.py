"""Wiring: registry → scrapers → raw store + documents → parsers → db.

Each stage is a plain function over a database, so the command line, the demo and
the tests drive exactly the same code.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from db import attempts, save
from db.templates import Template, stored_templates
from parsers.kinds import hint_for
from parsers.records import ParseResult
from scrapers.models import Fetched, TrustSite
from trustdocs.isolation import Job, Limits, Outcome, ParseFn, failed_result, parse_job
from trustdocs.workerpool import WorkerPool

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
    quarantined_now: list[str] = field(default_factory=list)  # sha256 set aside this run
    quarantined_skipped: int = 0  # set aside earlier, not tried again
    templates_learned: int = 0  # trusts whose letter template was learned this run
    reparsed: int = 0  # letters read again with their trust's new template
    template_seconds: float = 0.0  # spent learning templates and reading letters again


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

    try:
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
    except BaseException:  # SIGTERM, Ctrl-C: what was fetched is saved; say so
        _close_interrupted(db, run_id)
        raise
    store.clean_partials(0)  # the crawl is over: any unfinished download is garbage
    status = save.finish_run(db, run_id, report)
    return ScrapeSummary(run_id, status, report, time.monotonic() - started)


def _close_interrupted(db: sqlite_utils.Database, run_id: int) -> None:
    with db.conn:
        db.conn.execute(
            "UPDATE scrape_runs SET status = 'interrupted', finished_at = ? "
            "WHERE id = ? AND status = 'running'",
            [save.now_iso(), run_id],
        )


def _jobs(
    db: sqlite_utils.Database,
    store: Any,
    todo: list[dict[str, Any]],
    summary: ParseSummary,
    templates: dict[str, Template],
) -> list[Job]:
    """A job per document whose raw file is in the store, with its trust's learned
    template; the others fail here."""
    from parsers import PARSER_VERSION

    jobs = []
    for doc in todo:
        if not store.exists(doc["sha256"]):
            save.mark_parse_failed(
                db, doc["sha256"], "failed", "raw file missing from the store", PARSER_VERSION
            )
            summary.failures.append((doc["url"], "raw file missing from the store"))
            continue
        template = templates.get(doc["trust_ods"] or "", Template())
        jobs.append(
            Job(
                key=doc["sha256"],
                path=str(store.path(doc["sha256"])),
                filename=doc["url"],
                content_type=doc["content_type"],
                kind_hint=hint_for(doc["kind"]),
                template=template.hashes,
                template_fingerprint=template.fingerprint,
            )
        )
    return jobs


def _record(db: sqlite_utils.Database, doc: dict[str, Any], outcome: Outcome) -> ParseResult:
    """Close the attempt, quarantine a repeat offender, and save the result; a failure
    to save marks that one document failed and the run goes on."""
    from parsers import PARSER_VERSION

    result = outcome.result
    crashes = attempts.end_attempt(db, doc["sha256"], outcome.killed, result.error)
    if outcome.killed and crashes >= attempts.QUARANTINE_AFTER:
        attempts.quarantine(db, doc["sha256"])
        result.error = attempts.quarantine_text(crashes, result.error)
    try:
        save.save_parse(db, doc["sha256"], doc["trust_ods"], result)
    except Exception as exc:  # e.g. a value SQLite refuses: this document only
        log.exception("saving the parse of %s failed", doc["url"])
        error = f"could not save the parse: {type(exc).__name__}: {exc}"[:500]
        save.mark_parse_failed(db, doc["sha256"], "failed", error, PARSER_VERSION)
        result = failed_result(error)
    return result


def parse(
    db: sqlite_utils.Database,
    store_dir: Path,
    force: bool = False,
    sha256: str | None = None,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    limits: Limits | None = None,
    parse_fn: ParseFn = parse_job,
) -> ParseSummary:
    """Parse documents that are new or were parsed by an older parser version, each in
    a worker process under `limits`, saving each result as it arrives. Quarantined
    documents are skipped (even with `force`) unless asked for by `sha256`."""
    from parsers import PARSER_VERSION
    from scrapers.store import RawStore

    started = time.monotonic()
    limits = limits or Limits.resolve()
    summary = ParseSummary()
    summary.quarantined_now = attempts.settle_dead_runs(db, PARSER_VERSION)
    todo = save.documents_to_parse(db, PARSER_VERSION, force=force, sha256=sha256)
    if not sha256:
        skipped = attempts.quarantined(db, PARSER_VERSION)
        summary.quarantined_skipped = sum(1 for d in todo if d["sha256"] in skipped)
        todo = [d for d in todo if d["sha256"] not in skipped]
    docs = {d["sha256"]: d for d in todo}
    store = RawStore(store_dir)
    jobs = _jobs(db, store, todo, summary, stored_templates(db, docs_trusts(todo)))
    # workers start as jobs need them; the template pass reuses them
    size = max(1, workers or default_workers())
    # Three small commits per document (attempt opened, closed, result saved): in WAL
    # mode synchronous=NORMAL keeps the database consistent through any crash and skips
    # an fsync per commit; a power cut can only lose the last few, which the next run
    # redoes. Without it the parent's fsyncs kept the workers waiting.
    synchronous = db.execute("PRAGMA synchronous").fetchone()[0]
    db.execute("PRAGMA synchronous = NORMAL")
    statuses: dict[str, str] = {}
    try:
        with WorkerPool(size, limits, parse_fn) as pool:
            run = _Pass(db, summary, pool, progress, statuses)
            run.parse(jobs, docs)
            if not sha256 and statuses:
                _template_pass(run, store, docs_trusts(docs[k] for k in statuses))
    except BaseException:  # SIGTERM or Ctrl-C: the documents in flight are not to blame
        attempts.release_open_attempts(db)
        raise
    finally:
        db.execute(f"PRAGMA synchronous = {int(synchronous)}")
    for status in statuses.values():
        summary.by_status[status] = summary.by_status.get(status, 0) + 1
    if summary.parsed:
        from db.roundrobin import rebuild_round_robin

        summary.round_robin_groups = rebuild_round_robin(db)
    from db.derived import refresh_derived

    refresh_derived(db)  # the views' derived tables: recomputes only what changed, if anything
    summary.seconds = time.monotonic() - started
    return summary


def docs_trusts(rows: Iterable[dict[str, Any]]) -> set[str]:
    return {r["trust_ods"] for r in rows if r.get("trust_ods")}


@dataclass
class _Pass:
    """Hands jobs to the pool's workers and records each outcome as it arrives."""

    db: sqlite_utils.Database
    summary: ParseSummary
    pool: WorkerPool
    progress: Callable[[int, int], None] | None
    statuses: dict[str, str]  # the run's documents' statuses, by sha256
    done: int = 0
    total: int = 0

    def parse(self, jobs: list[Job], docs: dict[str, dict[str, Any]], again: bool = False) -> None:
        from parsers import PARSER_VERSION

        self.total += len(jobs)
        outcomes = self.pool.run(
            jobs, on_start=lambda job: attempts.begin_attempt(self.db, job.key, PARSER_VERSION)
        )
        for outcome in outcomes:
            doc = docs[outcome.job.key]
            result = _record(self.db, doc, outcome)
            if again:
                self.summary.reparsed += 1
                if doc["sha256"] in self.statuses:  # read in this run: its status changes
                    self.statuses[doc["sha256"]] = result.status
            else:
                self.summary.parsed += 1
                self.statuses[doc["sha256"]] = result.status
            if result.status in ("failed", "unsupported"):
                self.summary.failures.append((doc["url"], result.error or result.status))
            self.done += 1
            if self.progress:
                self.progress(self.done, self.total)


def _template_pass(run: _Pass, store: Any, trusts: set[str]) -> None:
    """Learn the letter template of every trust whose letters were read, then read
    again, once, the letters whose stored parse saw another part of it. Bounded: one
    pass, only letters of the trusts touched; the next run finds them current."""
    from db import templates as tpl
    from parsers import PARSER_VERSION

    started = time.monotonic()
    learned: dict[str, Template] = {}
    stale: list[str] = []
    for trust in sorted(trusts):
        try:
            template = tpl.learn_and_store(run.db, trust)
            stale += tpl.stale_letters(run.db, trust, template)
        except Exception:  # a refinement: its letters stand as read, the run goes on
            log.exception("learning the letter template of %s failed", trust)
            continue
        if template.hashes:
            run.summary.templates_learned += 1
        learned[trust] = template
    skipped = attempts.quarantined(run.db, PARSER_VERSION)
    # a letter whose raw file is gone keeps the reading it has rather than fail
    rows = [
        d
        for d in tpl.documents(run.db, stale)
        if d["sha256"] not in skipped and store.exists(d["sha256"])
    ]
    jobs = _jobs(run.db, store, rows, run.summary, learned)
    run.parse(jobs, {d["sha256"]: d for d in rows}, again=True)
    run.summary.template_seconds = time.monotonic() - started


def default_workers() -> int:
    return min(4, os.cpu_count() or 1)
