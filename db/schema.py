"""The database schema, created by one idempotent `ensure_db_shape()`.

The DDL is written out in full (rather than inferred by sqlite-utils from the first
rows) so that column types, keys and constraints are exactly what DESIGN.md says
and a test can assert them.
"""

from __future__ import annotations

import sqlite_utils

from db import wres_indicators

SCHEMA_VERSION = 1

TABLES: dict[str, str] = {
    "trusts": """CREATE TABLE [trusts] (
   [ods_code] TEXT PRIMARY KEY,
   [name] TEXT NOT NULL,
   [short_name] TEXT,
   [trust_type] TEXT,
   [region] TEXT,
   [website] TEXT,
   [foi_url] TEXT,
   [wres_url] TEXT,
   [site_type] TEXT NOT NULL DEFAULT 'generic',
   [successor_ods] TEXT REFERENCES [trusts]([ods_code]),
   [active] INTEGER NOT NULL DEFAULT 1
)""",
    "scrape_runs": """CREATE TABLE [scrape_runs] (
   [id] INTEGER PRIMARY KEY,
   [started_at] TEXT NOT NULL,
   [finished_at] TEXT,
   [status] TEXT NOT NULL DEFAULT 'running',
   [trusts_ok] INTEGER NOT NULL DEFAULT 0,
   [trusts_failed] INTEGER NOT NULL DEFAULT 0,
   [documents_new] INTEGER NOT NULL DEFAULT 0,
   [documents_changed] INTEGER NOT NULL DEFAULT 0,
   [documents_unchanged] INTEGER NOT NULL DEFAULT 0,
   [bytes_downloaded] INTEGER NOT NULL DEFAULT 0
)""",
    "fetches": """CREATE TABLE [fetches] (
   [id] INTEGER PRIMARY KEY,
   [run_id] INTEGER REFERENCES [scrape_runs]([id]),
   [trust_ods] TEXT REFERENCES [trusts]([ods_code]),
   [url] TEXT NOT NULL,
   [status_code] INTEGER,
   [bytes] INTEGER,
   [elapsed_ms] INTEGER,
   [from_cache] INTEGER NOT NULL DEFAULT 0,
   [error] TEXT,
   [fetched_at] TEXT NOT NULL
)""",
    "documents": """CREATE TABLE [documents] (
   [sha256] TEXT PRIMARY KEY,
   [trust_ods] TEXT REFERENCES [trusts]([ods_code]),
   [url] TEXT,
   [kind] TEXT NOT NULL DEFAULT 'other',
   [title] TEXT,
   [content_type] TEXT,
   [bytes] INTEGER,
   [pages] INTEGER,
   [listed_on] TEXT,
   [published_date] TEXT,
   [first_seen] TEXT NOT NULL,
   [last_seen] TEXT NOT NULL,
   [parse_status] TEXT,
   [parse_error] TEXT,
   [parser_version] TEXT,
   [confidence] REAL
)""",
    "document_urls": """CREATE TABLE [document_urls] (
   [url] TEXT NOT NULL,
   [sha256] TEXT NOT NULL REFERENCES [documents]([sha256]),
   [first_seen] TEXT NOT NULL,
   [last_seen] TEXT NOT NULL,
   PRIMARY KEY ([url], [sha256])
)""",
    "foi_requests": """CREATE TABLE [foi_requests] (
   [id] INTEGER PRIMARY KEY,
   [document_sha256] TEXT NOT NULL REFERENCES [documents]([sha256]),
   [trust_ods] TEXT REFERENCES [trusts]([ods_code]),
   [reference] TEXT,
   [title] TEXT,
   [received_date] TEXT,
   [responded_date] TEXT,
   [working_days] INTEGER,
   [within_deadline] INTEGER,
   [outcome] TEXT NOT NULL DEFAULT 'unknown',
   [request_text] TEXT,
   [response_text] TEXT
)""",
    "foi_items": """CREATE TABLE [foi_items] (
   [id] INTEGER PRIMARY KEY,
   [request_id] INTEGER NOT NULL REFERENCES [foi_requests]([id]),
   [seq] INTEGER NOT NULL,
   [label] TEXT,
   [heading] TEXT,
   [question] TEXT,
   [answer] TEXT,
   [answer_kind] TEXT
)""",
    "foi_exemptions": """CREATE TABLE [foi_exemptions] (
   [request_id] INTEGER NOT NULL REFERENCES [foi_requests]([id]),
   [item_id] INTEGER REFERENCES [foi_items]([id]),
   [law] TEXT NOT NULL,
   [section] TEXT NOT NULL,
   [label] TEXT
)""",
    "wres_reports": """CREATE TABLE [wres_reports] (
   [id] INTEGER PRIMARY KEY,
   [document_sha256] TEXT NOT NULL REFERENCES [documents]([sha256]),
   [trust_ods] TEXT REFERENCES [trusts]([ods_code]),
   [reporting_year] TEXT,
   [title] TEXT
)""",
    "wres_metrics": """CREATE TABLE [wres_metrics] (
   [id] INTEGER PRIMARY KEY,
   [report_id] INTEGER NOT NULL REFERENCES [wres_reports]([id]),
   [trust_ods] TEXT REFERENCES [trusts]([ods_code]),
   [indicator] INTEGER NOT NULL,
   [measure] TEXT NOT NULL,
   [staff_group] TEXT,
   [band] TEXT,
   [ethnic_group] TEXT,
   [period] TEXT,
   [period_label] TEXT,
   [value] REAL,
   [numerator] REAL,
   [denominator] REAL,
   [redacted] INTEGER NOT NULL DEFAULT 0,
   [unit] TEXT,
   [source_table] TEXT,
   [source_page] INTEGER,
   [validation] TEXT
)""",
    "wres_actions": """CREATE TABLE [wres_actions] (
   [report_id] INTEGER NOT NULL REFERENCES [wres_reports]([id]),
   [number] TEXT,
   [objective] TEXT,
   [action] TEXT,
   [lead] TEXT,
   [due] TEXT,
   [milestone] TEXT,
   [progress] TEXT,
   [metrics] TEXT,
   [rag] TEXT
)""",
    "doc_tables": """CREATE TABLE [doc_tables] (
   [id] INTEGER PRIMARY KEY,
   [document_sha256] TEXT NOT NULL REFERENCES [documents]([sha256]),
   [page] INTEGER,
   [index_on_page] INTEGER,
   [caption] TEXT,
   [n_rows] INTEGER,
   [n_cols] INTEGER,
   [rows_json] TEXT,
   [confidence] REAL
)""",
    # Extension beyond DESIGN.md: HTTP validators per URL for conditional GET.
    "http_cache": """CREATE TABLE [http_cache] (
   [url] TEXT PRIMARY KEY,
   [trust_ods] TEXT REFERENCES [trusts]([ods_code]),
   [sha256] TEXT,
   [etag] TEXT,
   [last_modified] TEXT,
   [checked_at] TEXT
)""",
    # Extension beyond DESIGN.md: each trust's outcome in each run, behind trust_health.
    "trust_runs": """CREATE TABLE [trust_runs] (
   [run_id] INTEGER NOT NULL REFERENCES [scrape_runs]([id]),
   [trust_ods] TEXT NOT NULL REFERENCES [trusts]([ods_code]),
   [ok] INTEGER NOT NULL,
   [error] TEXT,
   [documents_listed] INTEGER NOT NULL DEFAULT 0,
   [documents_new] INTEGER NOT NULL DEFAULT 0,
   [documents_changed] INTEGER NOT NULL DEFAULT 0,
   [documents_unchanged] INTEGER NOT NULL DEFAULT 0,
   [documents_failed] INTEGER NOT NULL DEFAULT 0,
   [skipped_robots] INTEGER NOT NULL DEFAULT 0,
   [bytes] INTEGER NOT NULL DEFAULT 0,
   [seconds] REAL,
   PRIMARY KEY ([run_id], [trust_ods])
)""",
    # Extension: round-robin requests, the same question answered by many trusts.
    "foi_question_groups": """CREATE TABLE [foi_question_groups] (
   [id] INTEGER PRIMARY KEY,
   [question] TEXT NOT NULL,
   [fingerprint] TEXT NOT NULL,
   [trusts] INTEGER NOT NULL,
   [items] INTEGER NOT NULL
)""",
    "foi_question_group_items": """CREATE TABLE [foi_question_group_items] (
   [group_id] INTEGER NOT NULL REFERENCES [foi_question_groups]([id]),
   [item_id] INTEGER NOT NULL REFERENCES [foi_items]([id]),
   PRIMARY KEY ([group_id], [item_id])
)""",
    # What each WRES indicator means and which way is better (rows: db/wres_indicators.py);
    # headline_group, headline_staff_group and better extend DESIGN.md's columns.
    "wres_indicators": wres_indicators.DDL,
    # Extension: parse attempts per document, written before each goes to a worker, so
    # that a document whose parse keeps crashing or hanging is quarantined (db/attempts.py).
    "parse_attempts": """CREATE TABLE [parse_attempts] (
   [sha256] TEXT PRIMARY KEY REFERENCES [documents]([sha256]),
   [parser_version] TEXT NOT NULL,
   [attempts] INTEGER NOT NULL DEFAULT 0,
   [crashes] INTEGER NOT NULL DEFAULT 0,
   [in_flight] INTEGER NOT NULL DEFAULT 0,
   [last_error] TEXT,
   [last_attempt_at] TEXT,
   [quarantined] INTEGER NOT NULL DEFAULT 0
)""",
    # Extension: each FOI letter as hashes of its blocks, questions and earlier answers
    # (never text), from which its trust's letter template is learned
    # (parsers.foi.template); template_fingerprint names the part of the template the
    # stored parse was read with.
    "foi_shingles": """CREATE TABLE [foi_shingles] (
   [document_sha256] TEXT PRIMARY KEY REFERENCES [documents]([sha256]),
   [trust_ods] TEXT REFERENCES [trusts]([ods_code]),
   [hashes] TEXT NOT NULL,
   [question_hashes] TEXT NOT NULL,
   [answer_hashes] TEXT NOT NULL,
   [template_fingerprint] TEXT
)""",
    # Extension: each trust's learned letter template (hashes only), after a run's parse.
    "trust_templates": """CREATE TABLE [trust_templates] (
   [trust_ods] TEXT PRIMARY KEY REFERENCES [trusts]([ods_code]),
   [hashes] TEXT NOT NULL,
   [letters] INTEGER NOT NULL,
   [fingerprint] TEXT,
   [learned_at] TEXT NOT NULL
)""",
    # Extension: bookkeeping for migrations.
    "schema_meta": """CREATE TABLE [schema_meta] (
   [key] TEXT PRIMARY KEY,
   [value] TEXT
)""",
}

INDEXES: list[str] = [
    "CREATE INDEX IF NOT EXISTS [idx_fetches_run] ON [fetches] ([run_id])",
    "CREATE INDEX IF NOT EXISTS [idx_fetches_trust] ON [fetches] ([trust_ods])",
    "CREATE INDEX IF NOT EXISTS [idx_documents_trust] ON [documents] ([trust_ods])",
    "CREATE INDEX IF NOT EXISTS [idx_document_urls_sha] ON [document_urls] ([sha256])",
    "CREATE INDEX IF NOT EXISTS [idx_foi_requests_doc] ON [foi_requests] ([document_sha256])",
    "CREATE INDEX IF NOT EXISTS [idx_foi_requests_trust] ON [foi_requests] ([trust_ods])",
    "CREATE INDEX IF NOT EXISTS [idx_foi_items_request] ON [foi_items] ([request_id])",
    "CREATE INDEX IF NOT EXISTS [idx_foi_exemptions_request] ON [foi_exemptions] ([request_id])",
    "CREATE INDEX IF NOT EXISTS [idx_wres_reports_doc] ON [wres_reports] ([document_sha256])",
    "CREATE INDEX IF NOT EXISTS [idx_wres_metrics_report] ON [wres_metrics] ([report_id])",
    "CREATE INDEX IF NOT EXISTS [idx_wres_metrics_key] ON [wres_metrics] "
    "([indicator], [measure], [period], [trust_ods])",
    "CREATE INDEX IF NOT EXISTS [idx_wres_actions_report] ON [wres_actions] ([report_id])",
    "CREATE INDEX IF NOT EXISTS [idx_doc_tables_doc] ON [doc_tables] ([document_sha256])",
    "CREATE INDEX IF NOT EXISTS [idx_foi_shingles_trust] ON [foi_shingles] ([trust_ods])",
    # For the published site's canned queries at national scale (benchmarks/bench_datasette.py).
    "CREATE INDEX IF NOT EXISTS [idx_foi_requests_trust_days] ON [foi_requests] "
    "([trust_ods], [working_days], [within_deadline], [outcome])",
    "CREATE INDEX IF NOT EXISTS [idx_documents_trust_kind] ON [documents] "
    "([trust_ods], [kind], [parse_status])",
    "CREATE INDEX IF NOT EXISTS [idx_wres_metrics_indicator_period] ON [wres_metrics] "
    "([indicator], [period])",
    "CREATE INDEX IF NOT EXISTS [idx_foi_exemptions_section] ON [foi_exemptions] "
    "([section], [request_id])",
]

FTS: dict[str, list[str]] = {
    "foi_requests": ["title", "request_text", "response_text"],
    "foi_items": ["question", "answer"],
}


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create every table, index, full-text index and view that is missing. Idempotent."""
    db.conn.execute("PRAGMA foreign_keys = ON")
    if db.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.conn.execute("PRAGMA journal_mode = WAL")
    existing = set(db.table_names())
    with db.conn:
        for name, ddl in TABLES.items():
            if name not in existing:
                db.conn.execute(ddl)
        for ddl in INDEXES:
            db.conn.execute(ddl)
        db.conn.execute(
            "INSERT OR REPLACE INTO schema_meta (key, value) VALUES ('schema_version', ?)",
            [str(SCHEMA_VERSION)],
        )
        indicators_changed = wres_indicators.ensure_indicators(db.conn)
    for table, columns in FTS.items():
        if not db[table].detect_fts():
            db[table].enable_fts(columns, create_triggers=True, tokenize="porter")
    # Derived tables (db/derived.py) before the views that read them; each derived view
    # is thin over its table while fresh, else computed from the base tables.
    from db.derived import ensure_derived_shape, sync_views

    ensure_derived_shape(db)
    with db.conn:
        if indicators_changed:  # directions, names or readings in the caches are stale
            db.conn.execute("UPDATE derived_state SET stale = 1 WHERE name = 'wres'")
        sync_views(db.conn)
    from db.national import ensure_national_shape

    ensure_national_shape(db)
