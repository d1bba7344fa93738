"""Saving what the scrapers fetched and the parsers extracted.

Every function commits its own transaction, so a run killed at any point leaves
each document either fully saved or not at all. The trust registry is saved here;
runs, fetches and documents in db/save_fetched.py; parse results in db/save_parsed.py.
Callers import all of them from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlite_utils

from db.save_fetched import (  # noqa: F401 - re-exported
    finish_run,
    load_cache,
    now_iso,
    previous_counts,
    record_fetch,
    register_local_document,
    start_run,
)
from db.save_parsed import (  # noqa: F401 - re-exported
    GENERIC_LINK_TEXT,
    documents_to_parse,
    is_generic_title,
    mark_parse_failed,
    save_parse,
)

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
