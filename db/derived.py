"""Derived tables: the window-function comparisons behind the WRES views and
foi_response_times, computed once per change instead of on every page view.

SQLite cannot push a page's filters (indicator, period, trust) into a window function, so
at national scale (benchmarks/bench_datasette.py: 200 trusts × 10 years of WRES, 200,000
FOI responses) every view page recomputed every rank and median: seconds per page, past
Datasette's time limit for some. Here the results are kept in plain, indexed tables:

* ``wres_values_cache`` — wres_values (one figure per trust, metric and period), with
  ``latest`` (the figure wres_latest shows) and ``series_ods`` / ``series_name`` /
  ``trust_name`` (the trust carrying the figure on today and the reporting trust, behind
  wres_series);
* ``wres_benchmark_cache`` and ``wres_trends_cache`` — the rows of those views;
* ``foi_response_time_stats`` — the rows of foi_response_times;
* ``derived_state`` — per group ('wres', 'foi'): stale or fresh, when last refreshed.

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

GROUPS = ("wres", "foi")

STATE_TABLE = "derived_state"

TABLES: dict[str, str] = {
    "derived_state": """CREATE TABLE [derived_state] (
   [name] TEXT PRIMARY KEY,
   [stale] INTEGER NOT NULL DEFAULT 1,
   [refreshed_at] TEXT,
   [seconds] REAL,
   [rows] INTEGER
)""",
    "wres_values_cache": """CREATE TABLE [wres_values_cache] (
   [id] INTEGER PRIMARY KEY,
   [report_id] INTEGER,
   [trust_ods] TEXT,
   [indicator] INTEGER,
   [measure] TEXT,
   [staff_group] TEXT,
   [band] TEXT,
   [ethnic_group] TEXT,
   [period] TEXT,
   [period_label] TEXT,
   [value] REAL,
   [numerator] REAL,
   [denominator] REAL,
   [redacted] INTEGER,
   [unit] TEXT,
   [source_table] TEXT,
   [source_page] INTEGER,
   [validation] TEXT,
   [reporting_year] TEXT,
   [document_sha256] TEXT,
   [latest] INTEGER NOT NULL,
   [series_ods] TEXT,
   [series_name] TEXT,
   [trust_name] TEXT
)""",
    "wres_benchmark_cache": """CREATE TABLE [wres_benchmark_cache] (
   [trust_ods] TEXT,
   [trust_name] TEXT,
   [region] TEXT,
   [trust_type] TEXT,
   [indicator] INTEGER,
   [measure] TEXT,
   [staff_group] TEXT,
   [band] TEXT,
   [ethnic_group] TEXT,
   [period] TEXT,
   [value] REAL,
   [unit] TEXT,
   [rank_national] INTEGER,
   [trusts_national] INTEGER,
   [percentile_national] REAL,
   [rank_region] INTEGER,
   [trusts_region] INTEGER,
   [percentile_region] REAL,
   [rank_trust_type] INTEGER,
   [trusts_trust_type] INTEGER,
   [percentile_trust_type] REAL,
   [document_sha256] TEXT,
   [source_table] TEXT,
   [source_page] INTEGER,
   [direction] TEXT,
   [interpretation] TEXT,
   [rank_best_national] INTEGER,
   [rank_best_region] INTEGER,
   [rank_best_trust_type] INTEGER
)""",
    "wres_trends_cache": """CREATE TABLE [wres_trends_cache] (
   [trust_ods] TEXT,
   [trust_name] TEXT,
   [trust_type] TEXT,
   [indicator] INTEGER,
   [measure] TEXT,
   [staff_group] TEXT,
   [band] TEXT,
   [ethnic_group] TEXT,
   [period] TEXT,
   [value] REAL,
   [unit] TEXT,
   [direction] TEXT,
   [previous_period] TEXT,
   [previous_value] REAL,
   [change] REAL,
   [better_or_worse] TEXT,
   [peer_median] REAL,
   [peers] INTEGER,
   [vs_peers] TEXT,
   [document_sha256] TEXT,
   [source_table] TEXT,
   [source_page] INTEGER
)""",
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
}

_GROUP_OF = {
    "wres_values_cache": "wres",
    "wres_benchmark_cache": "wres",
    "wres_trends_cache": "wres",
    "foi_response_time_stats": "foi",
}

# The columns Datasette's filters use on each view (indicator, period, trust), so that a
# filtered page, its count and its facets read an index range, never the whole table.
INDEXES: list[str] = [
    "CREATE INDEX IF NOT EXISTS [idx_wres_values_cache_indicator] ON [wres_values_cache] "
    "([indicator], [period])",
    "CREATE INDEX IF NOT EXISTS [idx_wres_values_cache_period] ON [wres_values_cache] ([period])",
    "CREATE INDEX IF NOT EXISTS [idx_wres_values_cache_trust_period] ON [wres_values_cache] "
    "([trust_ods], [indicator], [period])",
    "CREATE INDEX IF NOT EXISTS [idx_wres_values_cache_series] ON [wres_values_cache] "
    "([series_ods], [indicator])",
    # wres_latest's rows only, for its filters and facets
    "CREATE INDEX IF NOT EXISTS [idx_wres_values_cache_latest] ON [wres_values_cache] "
    "([indicator], [period]) WHERE [latest] = 1",
    "CREATE INDEX IF NOT EXISTS [idx_wres_benchmark_cache_indicator] ON [wres_benchmark_cache] "
    "([indicator], [period])",
    "CREATE INDEX IF NOT EXISTS [idx_wres_benchmark_cache_period] ON [wres_benchmark_cache] "
    "([period])",
    "CREATE INDEX IF NOT EXISTS [idx_wres_benchmark_cache_trust] ON [wres_benchmark_cache] "
    "([trust_ods], [indicator])",
    "CREATE INDEX IF NOT EXISTS [idx_wres_trends_cache_indicator] ON [wres_trends_cache] "
    "([indicator], [period])",
    "CREATE INDEX IF NOT EXISTS [idx_wres_trends_cache_period] ON [wres_trends_cache] ([period])",
    "CREATE INDEX IF NOT EXISTS [idx_wres_trends_cache_trust] ON [wres_trends_cache] "
    "([trust_ods], [indicator])",
]


def _mark(groups: tuple[str, ...]) -> str:
    names = ", ".join(f"'{g}'" for g in groups)
    return f"UPDATE [derived_state] SET [stale] = 1 WHERE [name] IN ({names}) AND [stale] = 0;"


# Which base-table changes make which group stale. Trust rows matter through their name,
# type, region (peer groups) and successor (series across mergers); a registry refresh
# that rewrites them unchanged marks nothing.
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
    ("trusts", "INSERT", "", GROUPS),
    ("trusts", "UPDATE", _TRUST_CHANGED, GROUPS),
    ("trusts", "DELETE", "", GROUPS),
]


def _trigger_name(table: str, event: str) -> str:
    return f"derived_stale_{table}_{event.split()[0].lower()}"


TRIGGERS: dict[str, str] = {
    _trigger_name(table, event): (
        f"CREATE TRIGGER [{_trigger_name(table, event)}] AFTER {event} ON [{table}]"
        + (f" WHEN {when}" if when else "")
        + f" BEGIN {_mark(groups)} END"
    )
    for table, event, when, groups in _WATCH
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


def _insert(conn, table: str, columns: list[str], select: str, order: str = "") -> int:
    conn.execute(f"DELETE FROM [{table}]")
    cols = ", ".join(f"[{c}]" for c in columns)
    cursor = conn.execute(
        f"INSERT INTO [{table}] ({cols}) SELECT {cols} FROM ({select})"
        + (f" ORDER BY {order}" if order else "")
    )
    return cursor.rowcount


_KEY = ("indicator", "measure", "staff_group", "band", "ethnic_group")
_KEY_ORDER = ", ".join(_KEY)
_M_KEY = ", ".join(f"m.{c}" for c in _KEY)
_SAME_KEY = " AND ".join(f"p.{c} IS v.{c}" for c in _KEY)


def _order_key(value):
    """How SQLite's ORDER BY orders a non-null value: numbers, then text, then blobs."""
    if isinstance(value, int | float):
        return (0, value, b"")
    if isinstance(value, str):
        return (1, 0, value.encode())
    return (2, 0, bytes(value))


def _ranks(values: list) -> tuple[list[int], int]:
    """rank() over `values` in ascending order (ties share the lowest rank), and n."""
    keys = [_order_key(v) for v in values]
    ordered = sorted(keys)
    first: dict = {}
    for pos, key in enumerate(ordered, start=1):
        first.setdefault(key, pos)
    return [first[k] for k in keys], len(keys)


# The window functions of wres_benchmark and wres_trends are computed here in Python:
# SQLite's window machinery costs about 4 µs per row per window, and wres_benchmark has
# nine windows (seconds at national scale); sorting each peer group in Python costs a
# fraction of that. Everything else (direction, interpretation, better or worse, rounding)
# stays in the SQL of db/views.py, and tests/test_derived.py checks that the tables
# equal the views' own computation.
def _benchmark_ranks(conn) -> None:
    from db.views import _BADNESS, WRES_DIRECTION

    direction = WRES_DIRECTION.format(m="v.")
    rows = conn.execute(
        f"""SELECT v.id, v.indicator, v.measure, v.staff_group, v.band, v.ethnic_group,
                   v.period, t.region, t.trust_type, v.value,
                   {_BADNESS.format(d=f"({direction})", v="v.value")}
            FROM wres_values_cache v JOIN trusts t ON t.ods_code = v.trust_ods
            WHERE v.value IS NOT NULL"""
    ).fetchall()
    out: dict[int, list] = {r[0]: [r[0]] + [None] * 12 for r in rows}
    # (slot in the output row, peer group columns, ordered by value (9) or badness (10))
    for slot, extra, by in (
        (1, (), 9),
        (4, (7,), 9),
        (7, (8,), 9),
        (10, (), 10),
        (11, (7,), 10),
        (12, (8,), 10),
    ):
        groups: dict[tuple, list] = {}
        for r in rows:
            if r[by] is not None:
                groups.setdefault(r[1:7] + tuple(r[i] for i in extra), []).append(r)
        for members in groups.values():
            ranks, n = _ranks([r[by] for r in members])
            for r, rank in zip(members, ranks, strict=True):
                row = out[r[0]]
                row[slot] = rank
                if by == 9:  # with the count and percent_rank() of the same window
                    row[slot + 1] = n
                    row[slot + 2] = (rank - 1) / (n - 1) if n > 1 else 0.0
    conn.execute("DROP TABLE IF EXISTS temp.derived_ranks")
    conn.execute(
        "CREATE TEMP TABLE derived_ranks (id INTEGER PRIMARY KEY, rank_national, "
        "trusts_national, pr_national, rank_region, trusts_region, pr_region, "
        "rank_trust_type, trusts_trust_type, pr_trust_type, rank_best_national, "
        "rank_best_region, rank_best_trust_type)"
    )
    conn.executemany(f"INSERT INTO temp.derived_ranks VALUES ({', '.join('?' * 13)})", out.values())


def _trend_medians(conn) -> None:
    rows = conn.execute(
        f"""SELECT t.trust_type, {_KEY_ORDER.replace("indicator", "v.indicator")}, v.period,
                   v.value
            FROM wres_values_cache v JOIN trusts t ON t.ods_code = v.trust_ods
            WHERE v.value IS NOT NULL AND t.trust_type IS NOT NULL
              AND v.period GLOB '[12][0-9][0-9][0-9]/[0-9][0-9]'"""
    ).fetchall()
    groups: dict[tuple, list] = {}
    for r in rows:
        groups.setdefault(r[:-1], []).append(r[-1])
    medians = []
    for key, values in groups.items():
        values.sort(key=_order_key)
        n = len(values)
        middle = {(n + 1) // 2, (n + 2) // 2}  # 1-based, as in wres_trends_sql
        picked = [values[i - 1] for i in sorted(middle)]
        medians.append((*key, sum(picked) / len(picked), n))
    conn.execute("DROP TABLE IF EXISTS temp.derived_medians")
    conn.execute(
        "CREATE TEMP TABLE derived_medians (trust_type TEXT, indicator INTEGER, measure TEXT, "
        "staff_group TEXT, band TEXT, ethnic_group TEXT, period TEXT, peer_median REAL, "
        "peers INTEGER)"
    )
    conn.execute(
        "CREATE INDEX temp.idx_derived_medians ON derived_medians "
        "(trust_type, indicator, period, measure, ethnic_group)"
    )
    conn.executemany("INSERT INTO temp.derived_medians VALUES (?,?,?,?,?,?,?,?,?)", medians)


def _refresh_wres(conn) -> int:
    from db.views import (
        BENCHMARK_COLUMNS,
        LINEAGE_CTE,
        TRENDS_COLUMNS,
        WRES_DIRECTION,
        WRES_INTERPRETATION,
        WRES_LATEST_COLUMNS,
        _verdict,
    )

    # wres_values (see wres_values_sql): the pick is made on narrow rows, then joined
    # back; series_ods is the lineage of wres_series_sql.
    values = f"""
WITH RECURSIVE {LINEAGE_CTE},
picked AS (
  SELECT id FROM (
    SELECT m.id, row_number() OVER (PARTITION BY m.trust_ods, {_M_KEY}, m.period
                                    ORDER BY r.reporting_year DESC, m.id DESC) AS _pick
    FROM wres_metrics m JOIN wres_reports r ON r.id = m.report_id
  ) WHERE _pick = 1
)
SELECT m.id, m.report_id, m.trust_ods, {_M_KEY}, m.period, m.period_label,
       m.value, m.numerator, m.denominator, m.redacted, m.unit, m.source_table,
       m.source_page, m.validation, r.reporting_year, r.document_sha256, 0 AS latest,
       coalesce(f.current_ods, m.trust_ods) AS series_ods, cur.name AS series_name,
       rep.name AS trust_name
FROM picked p JOIN wres_metrics m ON m.id = p.id JOIN wres_reports r ON r.id = m.report_id
LEFT JOIN final f ON f.ods_code = m.trust_ods
LEFT JOIN trusts cur ON cur.ods_code = coalesce(f.current_ods, m.trust_ods)
LEFT JOIN trusts rep ON rep.ods_code = m.trust_ods
"""
    rows = _insert(
        conn,
        "wres_values_cache",
        [*WRES_LATEST_COLUMNS, "latest", "series_ods", "series_name", "trust_name"],
        values,
        f"trust_ods, {_KEY_ORDER}, period",
    )
    # wres_latest (see wres_latest_sql): per trust and metric, the non-null figure of
    # the latest period (SQLite takes the bare id from the row holding max(period); a
    # metric printed only without a period has one row).
    conn.execute(
        f"""UPDATE wres_values_cache SET latest = 1 WHERE id IN (
              SELECT id FROM (
                SELECT id, max(period) FROM wres_values_cache WHERE value IS NOT NULL
                GROUP BY trust_ods, {_KEY_ORDER}))"""
    )
    _benchmark_ranks(conn)
    direction = WRES_DIRECTION.format(m="v.")
    benchmark = f"""
SELECT v.trust_ods, t.name AS trust_name, t.region, t.trust_type, v.indicator, v.measure,
       v.staff_group, v.band, v.ethnic_group, v.period, v.value, v.unit,
       k.rank_national, k.trusts_national, round(100.0 * k.pr_national, 1) AS percentile_national,
       k.rank_region, k.trusts_region, round(100.0 * k.pr_region, 1) AS percentile_region,
       k.rank_trust_type, k.trusts_trust_type,
       round(100.0 * k.pr_trust_type, 1) AS percentile_trust_type,
       v.document_sha256, v.source_table, v.source_page, {direction} AS direction,
       {WRES_INTERPRETATION.format(m="v.")} AS interpretation,
       k.rank_best_national, k.rank_best_region, k.rank_best_trust_type
FROM temp.derived_ranks k
JOIN wres_values_cache v ON v.id = k.id
JOIN trusts t ON t.ods_code = v.trust_ods
"""
    rows += _insert(
        conn,
        "wres_benchmark_cache",
        BENCHMARK_COLUMNS,
        benchmark,
        f"{_KEY_ORDER}, period, rank_national, trust_ods",
    )
    _trend_medians(conn)
    trends = f"""
WITH base AS (
  SELECT v.id, v.trust_ods, t.name AS trust_name, t.trust_type,
         v.{_KEY_ORDER.replace(", ", ", v.")}, v.period, v.value, v.unit,
         printf('%d/%02d', CAST(substr(v.period, 1, 4) AS INTEGER) - 1,
                CAST(substr(v.period, 3, 2) AS INTEGER)) AS previous_period,
         {direction} AS direction,
         v.document_sha256, v.source_table, v.source_page
  FROM wres_values_cache v LEFT JOIN trusts t ON t.ods_code = v.trust_ods
  WHERE v.value IS NOT NULL AND v.period GLOB '[12][0-9][0-9][0-9]/[0-9][0-9]'
)
SELECT b.trust_ods, b.trust_name, b.trust_type, b.indicator, b.measure, b.staff_group,
       b.band, b.ethnic_group, b.period, b.value, b.unit, b.direction,
       b.previous_period, p.value AS previous_value,
       round(b.value - p.value, 4) AS change,
       {_verdict("b.direction", "b.value", "p.value")} AS better_or_worse,
       md.peer_median, md.peers,
       CASE WHEN md.peers >= 2 THEN {_verdict("b.direction", "b.value", "md.peer_median")} END
         AS vs_peers,
       b.document_sha256, b.source_table, b.source_page
FROM base b
LEFT JOIN wres_values_cache p ON p.trust_ods = b.trust_ods AND p.indicator = b.indicator
  AND p.period = b.previous_period AND p.value IS NOT NULL
  AND p.period GLOB '[12][0-9][0-9][0-9]/[0-9][0-9]'
  AND {_SAME_KEY.replace("v.", "b.")}
LEFT JOIN temp.derived_medians md ON md.trust_type = b.trust_type
  AND md.indicator = b.indicator AND md.period = b.period
  AND {_SAME_KEY.replace("p.", "md.").replace("v.", "b.")}
"""
    rows += _insert(
        conn, "wres_trends_cache", TRENDS_COLUMNS, trends, f"trust_ods, {_KEY_ORDER}, period"
    )
    conn.execute("DROP TABLE temp.derived_ranks")
    conn.execute("DROP TABLE temp.derived_medians")
    return rows


def _refresh_foi(conn) -> int:
    from db.views import FOI_RESPONSE_TIMES_COLUMNS, foi_response_times_sql

    return _insert(
        conn,
        "foi_response_time_stats",
        FOI_RESPONSE_TIMES_COLUMNS,
        foi_response_times_sql(),
        "trust_ods",
    )


_REFRESH = {"wres": _refresh_wres, "foi": _refresh_foi}


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
