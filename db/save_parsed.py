"""Saving what the parsers extracted: each document's records replaced in one
transaction, or its failure recorded. Re-exported by db.save."""

from __future__ import annotations

import json
import re
from typing import Any

import sqlite_utils

from db.clean import clean_text, clean_value
from parsers.kinds import OTHER, stored_kind
from parsers.records import ParseResult, foi_to_rows, wres_to_rows

# Link text that names the file rather than its contents ("PDF (2KB)", "Download",
# "Click here"): the parsed title is better.
GENERIC_LINK_TEXT = re.compile(
    r"^\W*(pdf|docx?|word|excel|odt|web ?page|html?|download|view|open|click here|here|"
    r"read more|more|link|file|document|attachment)\b[\w\s().,:-]*$",
    re.IGNORECASE,
)


def is_generic_title(title: str | None) -> bool:
    return not title or len(title.strip()) < 4 or bool(GENERIC_LINK_TEXT.match(title.strip()))


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
