"""Saving what the scrapers fetched: scrape runs, the fetch log, the documents and their
URLs, and the HTTP cache validators. Re-exported by db.save.

Every function commits its own transaction, so a run killed at any point leaves
each document either fully saved or not at all.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from parsers.kinds import kind_from_hint, stored_kind
from scrapers.models import CacheEntry, Fetched


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def start_run(db: sqlite_utils.Database) -> int:
    """Open a run. Runs still marked running belong to a killed process (the caller holds
    the database lock), so they are closed as interrupted first."""
    with db.conn:
        db.conn.execute("UPDATE scrape_runs SET status = 'interrupted' WHERE status = 'running'")
        cursor = db.conn.execute(
            "INSERT INTO scrape_runs (started_at, status) VALUES (?, 'running')", [now_iso()]
        )
    return int(cursor.lastrowid)


def finish_run(db: sqlite_utils.Database, run_id: int, report: Any) -> str:
    """Close a run from a scrapers CrawlReport; returns its status (ok | failed | partial)."""
    outcomes = (
        list(report.trusts.values()) if isinstance(report.trusts, dict) else list(report.trusts)
    )
    failed = sum(1 for o in outcomes if not o.ok)
    status = "ok" if failed == 0 else ("failed" if failed == len(outcomes) else "partial")
    with db.conn:
        for o in outcomes:
            db.conn.execute(
                "INSERT OR REPLACE INTO trust_runs (run_id, trust_ods, ok, error, documents_listed, "
                "documents_new, documents_changed, documents_unchanged, documents_failed, "
                "skipped_robots, bytes, seconds) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    run_id,
                    o.ods,
                    int(o.ok),
                    o.error,
                    o.documents_listed,
                    o.new,
                    o.changed,
                    o.unchanged,
                    o.failed,
                    o.skipped_robots,
                    o.bytes,
                    round(o.seconds, 3),
                ],
            )
        db.conn.execute(
            "UPDATE scrape_runs SET finished_at=?, status=?, trusts_ok=?, trusts_failed=?, "
            "documents_new=?, documents_changed=?, documents_unchanged=?, bytes_downloaded=? "
            "WHERE id=?",
            [
                now_iso(),
                status,
                len(outcomes) - failed,
                failed,
                sum(o.new for o in outcomes),
                sum(o.changed for o in outcomes),
                sum(o.unchanged for o in outcomes),
                sum(o.bytes for o in outcomes),
                run_id,
            ],
        )
    return status


def load_cache(db: sqlite_utils.Database) -> dict[str, CacheEntry]:
    rows = db.execute(
        "SELECT url, sha256, etag, last_modified FROM http_cache WHERE sha256 IS NOT NULL"
    )
    return {url: CacheEntry(url, sha, etag, lm) for url, sha, etag, lm in rows.fetchall()}


def previous_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Documents each trust's listing yielded in its last successful run."""
    rows = db.execute(
        "SELECT trust_ods, documents_listed FROM trust_runs tr WHERE run_id = ("
        "SELECT max(run_id) FROM trust_runs t2 WHERE t2.trust_ods = tr.trust_ods AND t2.ok = 1)"
    )
    return dict(rows.fetchall())


def record_fetch(db: sqlite_utils.Database, run_id: int | None, fetched: Fetched) -> None:
    """Log one fetch; for a document, register its bytes, URL and cache validators."""
    at = fetched.fetched_at or now_iso()
    with db.conn:
        db.conn.execute(
            "INSERT INTO fetches (run_id, trust_ods, url, status_code, bytes, elapsed_ms, "
            "from_cache, error, fetched_at) VALUES (?,?,?,?,?,?,?,?,?)",
            [
                run_id,
                fetched.trust_ods,
                fetched.url,
                fetched.status_code,
                fetched.size,
                fetched.elapsed_ms,
                int(fetched.from_cache),
                fetched.error or _warning_text(fetched.warnings),
                at,
            ],
        )
        if fetched.link is None or not fetched.ok:
            return
        link = fetched.link
        _register_document(
            db,
            sha256=fetched.sha256,
            trust_ods=fetched.trust_ods,
            url=fetched.url,
            kind=stored_kind(kind_from_hint(link.kind_hint)),
            title=link.title,
            content_type=fetched.content_type,
            size=fetched.size if not fetched.from_cache else None,
            listed_on=link.listing_page,
            published_date=link.published_date,
            at=at,
        )
        db.conn.execute(
            "INSERT INTO http_cache (url, trust_ods, sha256, etag, last_modified, checked_at) "
            "VALUES (?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET sha256=excluded.sha256, "
            "etag=coalesce(excluded.etag, http_cache.etag), "
            "last_modified=coalesce(excluded.last_modified, http_cache.last_modified), "
            "checked_at=excluded.checked_at",
            [
                fetched.url,
                fetched.trust_ods,
                fetched.sha256,
                fetched.etag,
                fetched.last_modified,
                at,
            ],
        )


def _warning_text(warnings: list[str]) -> str | None:
    """Warnings (e.g. a declared content type the bytes contradict) are kept in the
    fetch log's error column, marked so they are not mistaken for failures."""
    return "warning: " + "; ".join(warnings) if warnings else None


def _register_document(
    db, *, sha256, trust_ods, url, kind, title, content_type, size, listed_on, published_date, at
) -> None:
    db.conn.execute(
        "INSERT INTO documents (sha256, trust_ods, url, kind, title, content_type, bytes, "
        "listed_on, published_date, first_seen, last_seen) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(sha256) DO UPDATE SET last_seen=excluded.last_seen, "
        "title=coalesce(documents.title, excluded.title), "
        "published_date=coalesce(documents.published_date, excluded.published_date)",
        [
            sha256,
            trust_ods,
            url,
            kind,
            title,
            content_type,
            size,
            listed_on,
            published_date,
            at,
            at,
        ],
    )
    db.conn.execute(
        "INSERT INTO document_urls (url, sha256, first_seen, last_seen) VALUES (?,?,?,?) "
        "ON CONFLICT(url, sha256) DO UPDATE SET last_seen=excluded.last_seen",
        [url, sha256, at, at],
    )


def register_local_document(
    db: sqlite_utils.Database,
    *,
    sha256: str,
    trust_ods: str,
    url: str,
    kind: str,
    title: str | None,
    content_type: str | None,
    size: int,
) -> None:
    """A document that came from a file rather than a website (`trustdocs ingest`)."""
    with db.conn:
        _register_document(
            db,
            sha256=sha256,
            trust_ods=trust_ods,
            url=url,
            kind=kind,
            title=title,
            content_type=content_type,
            size=size,
            listed_on=None,
            published_date=None,
            at=now_iso(),
        )
