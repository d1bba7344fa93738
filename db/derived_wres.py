"""The WRES derived tables: the window-function comparisons behind wres_values,
wres_latest, wres_benchmark, wres_trends and wres_series (group 'wres').

* ``wres_values_cache`` — wres_values (one figure per trust, metric and period), with
  ``latest`` (the figure wres_latest shows) and ``series_ods`` / ``series_name`` /
  ``trust_name`` (the trust carrying the figure on today and the reporting trust, behind
  wres_series);
* ``wres_benchmark_cache`` and ``wres_trends_cache`` — the rows of those views.

The machinery (state, staleness triggers, refresh, view installation) is in db/derived.py,
which owns these definitions through ``WRES_TABLES``, ``WRES_INDEXES`` and ``refresh_wres``.
"""

from __future__ import annotations

WRES_TABLES: dict[str, str] = {
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
    # columns as db.views.BENCHMARK_COLUMNS (tests/test_derived.py checks)
    "wres_benchmark_cache": """CREATE TABLE [wres_benchmark_cache] (
   [indicator] INTEGER,
   [indicator_name] TEXT,
   [trust_name] TEXT,
   [period] TEXT,
   [value] REAL,
   [unit] TEXT,
   [direction] TEXT,
   [better] TEXT,
   [rank_best_national] INTEGER,
   [trusts_national] INTEGER,
   [reading] TEXT,
   [ethnic_group] TEXT,
   [staff_group] TEXT,
   [band] TEXT,
   [measure] TEXT,
   [headline] INTEGER,
   [rank_best_region] INTEGER,
   [trusts_region] INTEGER,
   [rank_best_trust_type] INTEGER,
   [trusts_trust_type] INTEGER,
   [trust_ods] TEXT,
   [region] TEXT,
   [trust_type] TEXT,
   [interpretation] TEXT,
   [rank_national] INTEGER,
   [percentile_national] REAL,
   [rank_region] INTEGER,
   [percentile_region] REAL,
   [rank_trust_type] INTEGER,
   [percentile_trust_type] REAL,
   [document_sha256] TEXT,
   [source_table] TEXT,
   [source_page] INTEGER
)""",
    # columns as db.views.TRENDS_COLUMNS
    "wres_trends_cache": """CREATE TABLE [wres_trends_cache] (
   [indicator] INTEGER,
   [trust_name] TEXT,
   [period] TEXT,
   [value] REAL,
   [unit] TEXT,
   [better_or_worse] TEXT,
   [previous_period] TEXT,
   [previous_value] REAL,
   [change] REAL,
   [vs_peers] TEXT,
   [peer_median] REAL,
   [peers] INTEGER,
   [direction] TEXT,
   [ethnic_group] TEXT,
   [staff_group] TEXT,
   [band] TEXT,
   [measure] TEXT,
   [trust_ods] TEXT,
   [trust_type] TEXT,
   [document_sha256] TEXT,
   [source_table] TEXT,
   [source_page] INTEGER
)""",
}

# The columns Datasette's filters use on each view (indicator, period, trust), so that a
# filtered page, its count and its facets read an index range, never the whole table.
WRES_INDEXES: list[str] = [
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
# stays in the SQL of db/views_wres.py, and tests/test_derived.py checks that the tables
# equal the views' own computation.
def _benchmark_ranks(conn) -> None:
    from db.views_wres import _BADNESS, WRES_DIRECTION

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


def refresh_wres(conn) -> int:
    """Recompute the WRES derived tables; returns the rows written."""
    from db.derived import replace_rows
    from db.views_wres import (
        BENCHMARK_COLUMNS,
        BENCHMARK_ORDER,
        LINEAGE_CTE,
        TRENDS_COLUMNS,
        TRENDS_ORDER,
        TRENDS_SELECT,
        WRES_DIRECTION,
        WRES_INTERPRETATION,
        WRES_LATEST_COLUMNS,
        benchmark_extras,
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
    rows = replace_rows(
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
       k.rank_best_national, k.rank_best_region, k.rank_best_trust_type,
       {benchmark_extras("v.", direction)}
FROM temp.derived_ranks k
JOIN wres_values_cache v ON v.id = k.id
JOIN trusts t ON t.ods_code = v.trust_ods
"""
    rows += replace_rows(
        conn,
        "wres_benchmark_cache",
        BENCHMARK_COLUMNS,
        benchmark,
        BENCHMARK_ORDER,  # the order the view opens in
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
{TRENDS_SELECT}
FROM base b
LEFT JOIN wres_values_cache p ON p.trust_ods = b.trust_ods AND p.indicator = b.indicator
  AND p.period = b.previous_period AND p.value IS NOT NULL
  AND p.period GLOB '[12][0-9][0-9][0-9]/[0-9][0-9]'
  AND {_SAME_KEY.replace("v.", "b.")}
LEFT JOIN temp.derived_medians md ON md.trust_type = b.trust_type
  AND md.indicator = b.indicator AND md.period = b.period
  AND {_SAME_KEY.replace("p.", "md.").replace("v.", "b.")}
"""
    rows += replace_rows(conn, "wres_trends_cache", TRENDS_COLUMNS, trends, TRENDS_ORDER)
    conn.execute("DROP TABLE temp.derived_ranks")
    conn.execute("DROP TABLE temp.derived_medians")
    return rows
