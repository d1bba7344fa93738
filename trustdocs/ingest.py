"""`trustdocs ingest`: documents a requester received, added as if published."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlite_utils

from db.save import register_local_document, upsert_trusts
from parsers.extract import sniff
from scrapers.store import RawStore

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "html": "text/html",
    "text": "text/plain",
}


def ingest_files(
    db: sqlite_utils.Database,
    store_dir: Path,
    registry_rows: list[dict[str, Any]],
    files: list[Path],
    trust_ods: str,
    kind: str,
) -> list[tuple[Path, str]]:
    """Store each file and register it under `trust_ods`; returns (path, sha256) pairs."""
    row = next((r for r in registry_rows if r["ods_code"] == trust_ods), None)
    if row is None:
        raise ValueError(f"unknown trust code {trust_ods}: see `trustdocs trusts`")
    upsert_trusts(db, [row])
    store = RawStore(store_dir)
    added = []
    for path in files:
        data = path.read_bytes()
        sha = store.put(data)
        register_local_document(
            db,
            sha256=sha,
            trust_ods=trust_ods,
            url=path.resolve().as_uri(),
            kind={"foi": "foi_response", "wres": "wres_report"}[kind],
            title=path.stem,
            content_type=CONTENT_TYPES.get(sniff(data)),
            size=len(data),
        )
        added.append((path, sha))
    return added
