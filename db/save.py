"""Saving what the scrapers fetched and the parsers extracted.

Every function commits its own transaction, so a run killed at any point leaves
each document either fully saved or not at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from db.clean import clean_text, clean_value
from parsers.kinds import OTHER, kind_from_hint, stored_kind
from parsers.records import ParseResult, foi_to_rows, wres_to_rows
from scrapers.models import CacheEntry, Fetched

# Link text that names the file rather than its contents ("PDF (2KB)", "Download",
# "Click here"): the parsed title is better.
GENERIC_LINK_TEXT = re.compile(
    r"^\W*(pdf|docx?|word|excel|odt|web ?page|html?|download|view|open|click here|here|"
    r"read more|more|link|file|document|attachment)\b[\w\s().,:-]*$",
    re.IGNORECASE,
)


def is_generic_title(title: str | None) -> bool:
    return not title or len(title.strip()) < 4 or bool(GENERIC_LINK_TEXT.match(title.strip()))


TRUST_COLUMNS = (
    "ods_code",
    "name",
    "short_name",
    "trust_type",
    "region",
    "website",
    "foi_url",
    "wres_url",
    "site_type",
    "successor_ods",
    "active",
)


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def upsert_trusts(db: sqlite_utils.Database, rows: Iterable[dict[str, Any]]) -> int:
    """Insert or update registry rows; successors are written after the trusts they name."""
    clean = []
    for row in rows:
        record = {c: (row.get(c) if row.get(c) != "" else None) for c in TRUST_COLUMNS}
        record["active"] = int(
            str(record["active"] if record["active"] is not None else 1) in ("1", "True", "true")
        )
        record["site_type"] = record["site_type"] or "generic"
        clean.append(record)
    with db.conn:
        for record in clean:
            db.conn.execute(
                "INSERT INTO trusts (ods_code, name, short_name, trust_type, region, website, "
                "foi_url, wres_url, site_type, successor_ods, active) "
                "VALUES (:ods_code, :name, :short_name, :trust_type, :region, :website, :foi_url, "
                ":wres_url, :site_type, NULL, :active) ON CONFLICT(ods_code) DO UPDATE SET "
                "name=excluded.name, short_name=excluded.short_name, trust_type=excluded.trust_type, "
                "region=excluded.region, website=excluded.website, foi_url=excluded.foi_url, "
                "wres_url=excluded.wres_url, site_type=excluded.site_type, active=excluded.active",
                record,
            )
        for record in clean:
            db.conn.execute(
                "UPDATE trusts SET successor_ods = ? WHERE ods_code = ?",
                [record["successor_ods"], record["ods_code"]],
            )
    return len(clean)


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


def documents_to_parse(
    db: sqlite_utils.Database, parser_version: str, force: bool = False, sha256: str | None = None
) -> list[dict[str, Any]]:
    where = ["1 = 1"]
    params: list[Any] = []
    if sha256:
        where.append("sha256 = ?")
        params.append(sha256)
    if not force and not sha256:
        where.append("(parser_version IS NULL OR parser_version != ?)")
        params.append(parser_version)
    sql = f"SELECT sha256, trust_ods, url, kind, title, content_type FROM documents WHERE {' AND '.join(where)} ORDER BY first_seen, sha256"
    return [dict(r) for r in _dict_rows(db, sql, params)]


def _dict_rows(db, sql, params):
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _delete_parsed(db: sqlite_utils.Database, sha256: str) -> None:
    request_ids = "SELECT id FROM foi_requests WHERE document_sha256 = ?"
    report_ids = "SELECT id FROM wres_reports WHERE document_sha256 = ?"
    db.conn.execute(
        "DELETE FROM foi_question_group_items WHERE item_id IN "
        f"(SELECT id FROM foi_items WHERE request_id IN ({request_ids}))",
        [sha256],
    )
    db.conn.execute(f"DELETE FROM foi_exemptions WHERE request_id IN ({request_ids})", [sha256])
    db.conn.execute(f"DELETE FROM foi_items WHERE request_id IN ({request_ids})", [sha256])
    db.conn.execute("DELETE FROM foi_requests WHERE document_sha256 = ?", [sha256])
    db.conn.execute(f"DELETE FROM wres_metrics WHERE report_id IN ({report_ids})", [sha256])
    db.conn.execute(f"DELETE FROM wres_actions WHERE report_id IN ({report_ids})", [sha256])
    db.conn.execute("DELETE FROM wres_reports WHERE document_sha256 = ?", [sha256])
    db.conn.execute("DELETE FROM doc_tables WHERE document_sha256 = ?", [sha256])
    db.conn.execute("DELETE FROM foi_shingles WHERE document_sha256 = ?", [sha256])


def _insert(db: sqlite_utils.Database, table: str, row: dict[str, Any]) -> int:
    columns = ", ".join(f"[{c}]" for c in row)
    marks = ", ".join("?" for _ in row)
    cursor = db.conn.execute(
        f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", clean_value(list(row.values()))
    )
    return int(cursor.lastrowid)


def save_parse(
    db: sqlite_utils.Database, sha256: str, trust_ods: str | None, result: ParseResult
) -> None:
    """Replace everything parsed from one document with `result`, in one transaction."""
    with db.conn:
        _delete_parsed(db, sha256)
        # a document parse-file calls "unknown" keeps the kind its link gave it
        kind = result.kind if stored_kind(result.kind) != OTHER else None
        current = db.execute("SELECT title FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        title = current[0] if current else None
        if result.title and is_generic_title(title):
            title = result.title
        db.conn.execute(
            "UPDATE documents SET parse_status=?, parse_error=?, parser_version=?, confidence=?, "
            "pages=?, kind=coalesce(?, kind), title=? WHERE sha256=?",
            clean_value(
                [
                    result.status,
                    result.error,
                    result.parser_version,
                    result.confidence,
                    result.pages or None,
                    kind,
                    title,
                    sha256,
                ]
            ),
        )
        table_ids: dict[int, int] = {}
        for index, table in enumerate(result.tables):
            table_ids[index] = _insert(
                db,
                "doc_tables",
                {
                    "document_sha256": sha256,
                    "page": table.page,
                    "index_on_page": table.index_on_page,
                    "caption": table.caption,
                    "n_rows": table.n_rows,
                    "n_cols": table.n_cols,
                    "rows_json": json.dumps(clean_value(table.rows), ensure_ascii=False),
                    "confidence": table.confidence,
                },
            )
        if result.foi is not None:
            _save_foi(db, sha256, trust_ods, result)
            if result.shingles is not None:
                _save_shingles(db, sha256, trust_ods, result)
        if result.wres is not None:
            _save_wres(db, sha256, trust_ods, result)


def _save_foi(db, sha256: str, trust_ods: str | None, result: ParseResult) -> None:
    row = foi_to_rows(result.foi)
    items = row.pop("items")
    exemptions = row.pop("exemptions")
    row.pop("id")
    row.update(document_sha256=sha256, trust_ods=trust_ods)
    request_id = _insert(db, "foi_requests", row)
    item_ids: dict[int, int] = {}
    for item in items:
        local_id = item.pop("id")
        item.update(request_id=request_id)
        item_ids[local_id] = _insert(db, "foi_items", item)
    for ex in exemptions:
        ex.update(request_id=request_id, item_id=item_ids.get(ex["item_id"]))
        _insert(db, "foi_exemptions", ex)


def _save_shingles(db, sha256: str, trust_ods: str | None, result: ParseResult) -> None:
    from parsers.foi.template import encode

    sh = result.shingles
    _insert(
        db,
        "foi_shingles",
        {
            "document_sha256": sha256,
            "trust_ods": trust_ods,
            "hashes": encode(sh.hashes),
            "question_hashes": encode(sh.question_hashes),
            "answer_hashes": encode(sh.answer_hashes),
            "template_fingerprint": result.template_fingerprint,
        },
    )


def _save_wres(db, sha256: str, trust_ods: str | None, result: ParseResult) -> None:
    row = wres_to_rows(result.wres)
    metrics = row.pop("metrics")
    actions = row.pop("actions")
    row.pop("id")
    row.update(document_sha256=sha256, trust_ods=trust_ods)
    report_id = _insert(db, "wres_reports", row)
    for metric in metrics:
        metric.pop("id")
        metric.update(report_id=report_id, trust_ods=trust_ods)
        _insert(db, "wres_metrics", metric)
    for action in actions:
        action.update(report_id=report_id)
        _insert(db, "wres_actions", action)


def mark_parse_failed(
    db: sqlite_utils.Database, sha256: str, status: str, error: str, parser_version: str
) -> None:
    with db.conn:
        db.conn.execute(
            "UPDATE documents SET parse_status=?, parse_error=?, parser_version=? WHERE sha256=?",
            [status, clean_text(error), parser_version, sha256],
        )
