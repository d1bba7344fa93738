"""Derived tables: the window-function comparisons and aggregates behind the WRES views,
foi_response_times and foi_exemptions_by_trust, computed once per change instead of on
every page view.

SQLite cannot push a page's filters (indicator, period, trust) into a window function, so
at national scale (benchmarks/bench_datasette.py: 200 trusts × 10 years of WRES, 200,000
FOI responses) every view page recomputed every rank and median: seconds per page, past
Datasette's time limit for some. Here the results are kept in plain, indexed tables, one
group of them per set of base tables they read:

* 'wres' — ``wres_values_cache``, ``wres_benchmark_cache`` and ``wres_trends_cache``
  (db/derived_wres.py), behind wres_values, wres_latest, wres_benchmark, wres_trends and
  wres_series;
* 'foi' — ``foi_response_time_stats``, the rows of foi_response_times;
* 'exemptions' — ``foi_exemption_stats``, the rows of foi_exemptions_by_trust (per trust
  and exemption: citations, requests, last cited; behind the exemptions_by_trust query);
* ``derived_state`` — per group: stale or fresh, when last refreshed.

While a group is fresh its views (db/views.py) are thin SELECTs over these tables, so
Datasette's filters, counts and facets use their indexes. Triggers on the base tables
mark a group stale as soon as a row it depends on changes; the views then keep showing
the last refresh (a consistent snapshot, still fast) until ``refresh_derived``
recomputes the group, or until ``ensure_db_shape`` finds it stale and installs the views
that compute from the base tables (always current, slow at national scale). A new
database, or one bulk-loaded without a refresh, therefore shows its data at once.

The pipeline calls ``refresh_derived`` at the end of every parse (whether or not anything
was parsed) and after import-national; it recomputes only stale groups (every group with
``force=True``) in one transaction, installs the thin views, and is idempotent.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import sqlite_utils

from db.derived_wres import WRES_INDEXES, WRES_TABLES, refresh_wres

GROUPS = ("wres", "foi", "exemptions")

STATE_TABLE = "derived_state"

TABLES: dict[str, str] = {
    "derived_state": """CREATE TABLE [derived_state] (
   [name] TEXT PRIMARY KEY,
   [stale] INTEGER NOT NULL DEFAULT 1,
   [refreshed_at] TEXT,
   [seconds] REAL,
   [rows] INTEGER
)""",
    **WRES_TABLES,
    "foi_response_time_stats": """CREATE TABLE [foi_response_time_stats] (
   [trust_ods] TEXT PRIMARY KEY,
   [trust_name] TEXT,
   [region] TEXT,
   [trust_type] TEXT,
   [requests] INTEGER,
   [median_working_days] REAL,
   [max_working_days] INTEGER,
   [on_time] INTEGER,
   [pct_on_time] REAL,
   [refused] INTEGER,
   [not_held] INTEGER
)""",
    "foi_exemption_stats": """CREATE TABLE [foi_exemption_stats] (
   [trust_ods] TEXT,
   [law] TEXT,
   [section] TEXT,
   [label] TEXT,
   [citations] INTEGER,
   [requests] INTEGER,
   [last_cited] TEXT,
   [latest_reference] TEXT
)""",
}

_GROUP_OF = {
    "wres_values_cache": "wres",
    "wres_benchmark_cache": "wres",
    "wres_trends_cache": "wres",
    "foi_response_time_stats": "foi",
    "foi_exemption_stats": "exemptions",
}

INDEXES: list[str] = [
    *WRES_INDEXES,
    # exemptions_by_trust's two filters (one trust; one section)
    "CREATE INDEX IF NOT EXISTS [idx_foi_exemption_stats_trust] ON [foi_exemption_stats] "
    "([trust_ods], [section])",
    "CREATE INDEX IF NOT EXISTS [idx_foi_exemption_stats_section] ON [foi_exemption_stats] "
    "([section])",
]


def _mark(groups: tuple[str, ...]) -> str:
    names = ", ".join(f"'{g}'" for g in groups)
    return f"UPDATE [derived_state] SET [stale] = 1 WHERE [name] IN ({names}) AND [stale] = 0;"


# Which base-table changes make which group stale. Trust rows matter through their name,
# type, region (peer groups) and successor (series across mergers); a registry refresh
# that rewrites them unchanged marks nothing. The exemption counts read no trust column
# (the query joins the trust's name when it runs), only foi_exemptions and the citing
# request's id, trust, reference and date.
_TRUST_CHANGED = (
    "old.ods_code IS NOT new.ods_code OR old.name IS NOT new.name "
    "OR old.trust_type IS NOT new.trust_type OR old.region IS NOT new.region "
    "OR old.successor_ods IS NOT new.successor_ods"
)
_WATCH: list[tuple[str, str, str, tuple[str, ...]]] = [
    # (table, event, WHEN condition or "", groups)
    ("wres_metrics", "INSERT", "", ("wres",)),
    ("wres_metrics", "UPDATE", "", ("wres",)),
    ("wres_metrics", "DELETE", "", ("wres",)),
    ("wres_reports", "INSERT", "", ("wres",)),
    ("wres_reports", "UPDATE", "", ("wres",)),
    ("wres_reports", "DELETE", "", ("wres",)),
    ("foi_requests", "INSERT", "", ("foi",)),
    ("foi_requests", "UPDATE OF trust_ods, working_days, within_deadline, outcome", "", ("foi",)),
    ("foi_requests", "DELETE", "", ("foi",)),
    ("trusts", "INSERT", "", ("wres", "foi")),
    ("trusts", "UPDATE", _TRUST_CHANGED, ("wres", "foi")),
    ("trusts", "DELETE", "", ("wres", "foi")),
    ("foi_exemptions", "INSERT", "", ("exemptions",)),
    ("foi_exemptions", "UPDATE", "", ("exemptions",)),
    ("foi_exemptions", "DELETE", "", ("exemptions",)),
    ("foi_requests", "INSERT", "", ("exemptions",)),
    ("foi_requests", "UPDATE OF id, trust_ods, reference, responded_date", "", ("exemptions",)),
    ("foi_requests", "DELETE", "", ("exemptions",)),
]


def _trigger_names() -> list[str]:
    """derived_stale_<table>_<insert|update|delete>; a second trigger on the same table
    and event (another group's) adds its groups to the name."""
    names, seen = [], set()
    for table, event, _, groups in _WATCH:
        name = f"derived_stale_{table}_{event.split()[0].lower()}"
        if name in seen:
            name += "_" + "_".join(groups)
        seen.add(name)
        names.append(name)
    return names


TRIGGERS: dict[str, str] = {
    name: (
        f"CREATE TRIGGER [{name}] AFTER {event} ON [{table}]"
        + (f" WHEN {when}" if when else "")
        + f" BEGIN {_mark(groups)} END"
    )
    for name, (table, event, when, groups) in zip(_trigger_names(), _WATCH, strict=True)
}


def ensure_derived_shape(db: sqlite_utils.Database) -> None:
    """Create the derived tables, their indexes and the staleness triggers where missing.
    Idempotent. New derived tables start stale, so the views compute from the base
    tables until the first refresh (a database from before this module stays correct);
    `sync_views` then installs the definitions the state calls for."""
    stored = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    triggers = {
        name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    with db.conn:
        for name, ddl in TABLES.items():
            if stored.get(name) == ddl:
                continue
            # Derived tables hold nothing that cannot be recomputed: a table made by an
            # older version of this module is replaced, and its group recomputed.
            if name in stored:
                db.conn.execute(f"DROP TABLE [{name}]")
                if name != STATE_TABLE:
                    db.conn.execute(
                        "UPDATE derived_state SET stale = 1 WHERE name = ?", [_GROUP_OF[name]]
                    )
            db.conn.execute(ddl)
        for ddl in INDEXES:
            db.conn.execute(ddl)
        for name, ddl in TRIGGERS.items():
            if name not in triggers:
                db.conn.execute(ddl)
        for group in GROUPS:
            db.conn.execute(
                "INSERT OR IGNORE INTO derived_state (name, stale) VALUES (?, 1)", [group]
            )


def replace_rows(conn, table: str, columns: list[str], select: str, order: str = "") -> int:
    """Replace every row of `table` with the rows of `select`; returns how many."""
    conn.execute(f"DELETE FROM [{table}]")
    cols = ", ".join(f"[{c}]" for c in columns)
    cursor = conn.execute(
        f"INSERT INTO [{table}] ({cols}) SELECT {cols} FROM ({select})"
        + (f" ORDER BY {order}" if order else "")
    )
    return cursor.rowcount


def _refresh_foi(conn) -> int:
    from db.views import FOI_RESPONSE_TIMES_COLUMNS, foi_response_times_sql

    return replace_rows(
        conn,
        "foi_response_time_stats",
        FOI_RESPONSE_TIMES_COLUMNS,
        foi_response_times_sql(),
        "trust_ods",
    )


def _refresh_exemptions(conn) -> int:
    from db.views import FOI_EXEMPTIONS_BY_TRUST_COLUMNS, foi_exemptions_by_trust_sql

    return replace_rows(
        conn,
        "foi_exemption_stats",
        FOI_EXEMPTIONS_BY_TRUST_COLUMNS,
        foi_exemptions_by_trust_sql(),
        "trust_ods, law, section, label",
    )


_REFRESH = {"wres": refresh_wres, "foi": _refresh_foi, "exemptions": _refresh_exemptions}


def view_definitions(conn) -> dict[str, str]:
    """Every view of db/views.py with the definition the derived tables' state calls
    for: thin over the derived table where its group is fresh, else computed."""
    from db.views import DERIVED_VIEWS, VIEWS

    state = dict(conn.execute("SELECT name, stale FROM derived_state").fetchall())
    wanted = dict(VIEWS)
    for name, (group, thin) in DERIVED_VIEWS.items():
        if state.get(group) == 0:
            wanted[name] = thin
    return wanted


def sync_views(conn) -> int:
    """(Re)create every view whose stored definition differs from `view_definitions`;
    returns how many changed. Runs in the caller's transaction."""
    return replace_changed_views(conn, view_definitions(conn))


def replace_changed_views(conn, definitions: dict[str, str]) -> int:
    """Create each view of `definitions` (name -> SELECT) that is missing or defined
    differently; returns how many changed. Runs in the caller's transaction."""
    current = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'"))
    changed = 0
    for name, sql in definitions.items():
        wanted = f"CREATE VIEW [{name}] AS {sql}"
        if current.get(name) == wanted:
            continue
        if name in current:
            conn.execute(f"DROP VIEW [{name}]")
        conn.execute(wanted)
        changed += 1
    return changed


def stale_groups(db: sqlite_utils.Database) -> list[str]:
    """The groups whose derived tables no longer match the base tables."""
    state = dict(db.execute("SELECT name, stale FROM derived_state").fetchall())
    return [g for g in GROUPS if state.get(g, 1)]


def refresh_derived(db: sqlite_utils.Database, *, force: bool = False) -> dict[str, int]:
    """Recompute the derived tables of every stale group (every group with ``force``)
    and install the thin views over them, in one transaction; returns the rows written
    per group refreshed ({} when all were fresh). Idempotent: a second call finds nothing
    stale and does nothing.

    Called inside an open transaction it joins it (the caller commits); otherwise it
    takes the write lock at once (BEGIN IMMEDIATE) so that nothing changes under it."""
    if STATE_TABLE not in db.table_names():  # a database shaped before db/derived.py
        ensure_derived_shape(db)
    conn = db.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        todo = list(GROUPS) if force else stale_groups(db)
        done: dict[str, int] = {}
        for group in todo:
            started = time.perf_counter()
            done[group] = _REFRESH[group](conn)
            conn.execute(
                "INSERT INTO derived_state (name, stale, refreshed_at, seconds, rows) "
                "VALUES (?, 0, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET stale = 0, "
                "refreshed_at = excluded.refreshed_at, seconds = excluded.seconds, "
                "rows = excluded.rows",
                [
                    group,
                    datetime.now(UTC).replace(microsecond=0).isoformat(),
                    round(time.perf_counter() - started, 3),
                    done[group],
                ],
            )
        sync_views(conn)  # thin views over what was just computed
        if own:
            conn.commit()
    except BaseException:
        if own:
            conn.rollback()
        raise
    return done
