"""The schema is the contract of DESIGN.md: exact columns, keys and views."""

from __future__ import annotations

import sqlite_utils

from db.schema import TABLES, ensure_db_shape

# Written out from DESIGN.md, independently of db/schema.py.
DESIGN_COLUMNS = {
    "trusts": "ods_code name short_name trust_type region website foi_url wres_url site_type successor_ods active",
    "scrape_runs": "id started_at finished_at status trusts_ok trusts_failed documents_new documents_changed documents_unchanged bytes_downloaded",
    "fetches": "id run_id trust_ods url status_code bytes elapsed_ms from_cache error fetched_at",
    "documents": "sha256 trust_ods url kind title content_type bytes pages listed_on published_date first_seen last_seen parse_status parse_error parser_version confidence",
    "document_urls": "url sha256 first_seen last_seen",
    "foi_requests": "id document_sha256 trust_ods reference title received_date responded_date working_days within_deadline outcome request_text response_text",
    "foi_items": "id request_id seq label heading question answer answer_kind",
    "foi_exemptions": "request_id item_id law section label",
    "wres_reports": "id document_sha256 trust_ods reporting_year title",
    "wres_metrics": "id report_id trust_ods indicator measure staff_group band ethnic_group period period_label value numerator denominator redacted unit source_table source_page validation",
    "wres_actions": "report_id number objective action lead due milestone progress metrics rag",
    "doc_tables": "id document_sha256 page index_on_page caption n_rows n_cols rows_json confidence",
    # DESIGN.md's seven columns, then the headline figure's group and staff group and the
    # direction in words (extension)
    "wres_indicators": "indicator short_name wording measure unit direction parity headline_group headline_staff_group better",
}
PRIMARY_KEYS = {
    "trusts": ["ods_code"],
    "scrape_runs": ["id"],
    "fetches": ["id"],
    "documents": ["sha256"],
    "document_urls": ["url", "sha256"],
    "foi_requests": ["id"],
    "foi_items": ["id"],
    "wres_reports": ["id"],
    "wres_metrics": ["id"],
    "doc_tables": ["id"],
    "wres_indicators": ["indicator"],
}
FOREIGN_KEYS = {
    ("trusts", "successor_ods", "trusts", "ods_code"),
    ("fetches", "run_id", "scrape_runs", "id"),
    ("fetches", "trust_ods", "trusts", "ods_code"),
    ("documents", "trust_ods", "trusts", "ods_code"),
    ("document_urls", "sha256", "documents", "sha256"),
    ("foi_requests", "document_sha256", "documents", "sha256"),
    ("foi_requests", "trust_ods", "trusts", "ods_code"),
    ("foi_items", "request_id", "foi_requests", "id"),
    ("foi_exemptions", "request_id", "foi_requests", "id"),
    ("foi_exemptions", "item_id", "foi_items", "id"),
    ("wres_reports", "document_sha256", "documents", "sha256"),
    ("wres_reports", "trust_ods", "trusts", "ods_code"),
    ("wres_metrics", "report_id", "wres_reports", "id"),
    ("wres_metrics", "trust_ods", "trusts", "ods_code"),
    ("wres_actions", "report_id", "wres_reports", "id"),
    ("doc_tables", "document_sha256", "documents", "sha256"),
}
VIEWS = {"wres_latest", "wres_benchmark", "foi_response_times", "trust_health", "review_queue"}


def fresh_db() -> sqlite_utils.Database:
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    return db


def test_tables_have_exactly_the_design_columns_in_order():
    db = fresh_db()
    for table, columns in DESIGN_COLUMNS.items():
        assert [c.name for c in db[table].columns] == columns.split(), table


def test_primary_and_foreign_keys():
    db = fresh_db()
    for table, pks in PRIMARY_KEYS.items():
        assert db[table].pks == pks, table
    found = {
        (fk.table, fk.column, fk.other_table, fk.other_column)
        for table in DESIGN_COLUMNS
        for fk in db[table].foreign_keys
    }
    assert found >= FOREIGN_KEYS


def test_exact_ddl_is_what_sqlite_stores():
    db = fresh_db()
    stored = dict(db.execute("select name, sql from sqlite_master where type = 'table'").fetchall())
    for name, ddl in TABLES.items():
        assert stored[name] == ddl


def test_views_and_full_text_search():
    db = fresh_db()
    assert set(db.view_names()) >= VIEWS
    assert db["foi_requests"].detect_fts() == "foi_requests_fts"
    assert db["foi_items"].detect_fts() == "foi_items_fts"
    fts_columns = [c.name for c in db["foi_items_fts"].columns]
    assert fts_columns == ["question", "answer"]
    assert [c.name for c in db["foi_requests_fts"].columns] == [
        "title",
        "request_text",
        "response_text",
    ]


def test_ensure_db_shape_is_idempotent_and_keeps_rows(tmp_path):
    db = sqlite_utils.Database(tmp_path / "t.db")
    ensure_db_shape(db)
    db["trusts"].insert({"ods_code": "RT5", "name": "Leicestershire Partnership NHS Trust"})
    before = db.execute("select name, sql from sqlite_master order by name").fetchall()
    ensure_db_shape(db)
    ensure_db_shape(db)
    assert db.execute("select name, sql from sqlite_master order by name").fetchall() == before
    assert db["trusts"].count == 1


def test_foreign_keys_are_enforced():
    import sqlite3

    import pytest

    db = fresh_db()
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "insert into documents (sha256, trust_ods, first_seen, last_seen) values ('x', 'NOPE', 'a', 'a')"
        )


def test_wres_indicators_say_which_way_is_better():
    """The WRES technical guidance's directions, written out here independently."""
    db = fresh_db()
    got = {r["indicator"]: r for r in db.query("SELECT * FROM wres_indicators")}
    assert sorted(got) == list(range(1, 10))
    expected = {
        1: ("percentage", "%", None, None),
        2: ("relative_likelihood", "ratio", "closer_to_parity", 1.0),
        3: ("relative_likelihood", "ratio", "closer_to_parity", 1.0),
        4: ("relative_likelihood", "ratio", "closer_to_parity", 1.0),
        5: ("percentage", "%", "lower_is_better", None),
        6: ("percentage", "%", "lower_is_better", None),
        7: ("percentage", "%", "higher_is_better", None),
        8: ("percentage", "%", "lower_is_better", None),
        9: ("difference", "pp", "closer_to_zero", 0.0),
    }
    for n, (measure, unit, direction, parity) in expected.items():
        row = got[n]
        assert (row["measure"], row["unit"], row["direction"], row["parity"]) == (
            measure,
            unit,
            direction,
            parity,
        ), n
        assert row["short_name"] and len(row["wording"]) > len(row["short_name"])
    assert "patients" in got[5]["wording"] and "from staff" in got[6]["wording"]
    assert "White applicants" in got[2]["wording"] and "BME staff" in got[3]["wording"]
    assert (got[2]["headline_group"], got[3]["headline_group"]) == ("White", "BME")
    assert got[9]["headline_staff_group"] == "board"
    assert got[7]["better"] == "higher is better ↑" and got[1]["better"] == "no better or worse"


def test_wres_indicators_are_restored_and_mark_the_derived_tables_stale(tmp_path):
    from db.derived import refresh_derived, stale_groups

    db = sqlite_utils.Database(tmp_path / "t.db")
    ensure_db_shape(db)
    refresh_derived(db)
    assert stale_groups(db) == []
    with db.conn:
        db.conn.execute(
            "UPDATE wres_indicators SET direction = 'lower_is_better' WHERE indicator = 7"
        )
    ensure_db_shape(db)
    assert db.execute("SELECT direction FROM wres_indicators WHERE indicator = 7").fetchone() == (
        "higher_is_better",
    )
    assert stale_groups(db) == ["wres"]


def test_parse_attempts_extends_the_schema_without_touching_documents(tmp_path):
    db = fresh_db()
    assert [c.name for c in db["parse_attempts"].columns] == [
        "sha256",
        "parser_version",
        "attempts",
        "crashes",
        "in_flight",
        "last_error",
        "last_attempt_at",
        "quarantined",
    ]
    assert db["parse_attempts"].pks == ["sha256"]
    fks = {(fk.column, fk.other_table, fk.other_column) for fk in db["parse_attempts"].foreign_keys}
    assert fks == {("sha256", "documents", "sha256")}
    # a database made before the table existed gets it on open, rows kept
    old = sqlite_utils.Database(tmp_path / "old.db")
    ensure_db_shape(old)
    old.execute("DROP TABLE parse_attempts")
    old["trusts"].insert({"ods_code": "RT5", "name": "Leicestershire Partnership NHS Trust"})
    ensure_db_shape(old)
    assert "parse_attempts" in old.table_names() and old["trusts"].count == 1
