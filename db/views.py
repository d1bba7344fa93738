"""Views for comparison, benchmarking and operations (names fixed by DESIGN.md).

The WRES comparison views and foi_response_times rank, pick and take medians with window
functions over the whole database, which SQLite cannot narrow by a page's filters: at
national scale they took seconds per page (foi_exemptions_by_trust, an aggregate over
every exemption cited, about a quarter of a second). Their results are therefore kept in
derived tables (db/derived.py) that `refresh_derived` recomputes after every parse, and
each of those views has two definitions:

* `DERIVED_VIEWS`: a thin SELECT over its derived table, in force while the derived
  tables are fresh (`derived_state`). SQLite flattens it into Datasette's page, count
  and facet queries, so filters on indicator, period or trust use the tables' indexes;
* `VIEWS`: the computation from the base tables (the `*_sql()` builders below), in force
  until the first refresh (a new or never-refreshed database, bulk-loaded samples) and
  whenever the database is shaped while stale. It is also the reference that
  tests/test_derived.py compares the derived tables with.

`db.derived.sync_views` installs whichever definition the state calls for; it runs in
`ensure_db_shape` and at the end of every refresh.
"""

from __future__ import annotations

from db.wres_indicators import (
    BADNESS_SQL,
    DIRECTION_SQL,
    HEADLINE_SQL,
    INTERPRETATION_SQL,
    benchmark_extras,
)

_METRIC_KEY = "m.indicator, m.measure, m.staff_group, m.band, m.ethnic_group"

# The columns of each view (the contract; extend, never rename).
WRES_LATEST_COLUMNS = [
    "id",
    "report_id",
    "trust_ods",
    "indicator",
    "measure",
    "staff_group",
    "band",
    "ethnic_group",
    "period",
    "period_label",
    "value",
    "numerator",
    "denominator",
    "redacted",
    "unit",
    "source_table",
    "source_page",
    "validation",
    "reporting_year",
    "document_sha256",
]
WRES_VALUES_COLUMNS = [*WRES_LATEST_COLUMNS, "_pick"]


def wres_values_sql() -> str:
    """One figure per trust, metric key and period: when several reports print the same
    period (each report repeats earlier years), the most recent report wins."""
    return f"""
SELECT * FROM (
  SELECT m.id, m.report_id, m.trust_ods, {_METRIC_KEY}, m.period, m.period_label,
         m.value, m.numerator, m.denominator, m.redacted, m.unit, m.source_table,
         m.source_page, m.validation, r.reporting_year, r.document_sha256,
         row_number() OVER (
           PARTITION BY m.trust_ods, {_METRIC_KEY}, m.period
           ORDER BY r.reporting_year DESC, m.id DESC
         ) AS _pick
  FROM wres_metrics m JOIN wres_reports r ON r.id = m.report_id
) WHERE _pick = 1
"""


_LATEST_COLS = ", ".join(WRES_LATEST_COLUMNS)


def wres_latest_sql(values: str) -> str:
    """The latest non-null figure per trust and metric key, from `values`."""
    return f"""
SELECT {_LATEST_COLS}
FROM (
  SELECT v.*, row_number() OVER (
    PARTITION BY v.trust_ods, v.indicator, v.measure, v.staff_group, v.band, v.ethnic_group
    ORDER BY v.period DESC
  ) AS _latest
  FROM {values} v WHERE v.value IS NOT NULL
) WHERE _latest = 1
"""


_PEERS = "v.indicator, v.measure, v.staff_group, v.band, v.ethnic_group, v.period"

# Which way is better, the headline figure, names and plain-words readings: one
# definition, the wres_indicators table (db/wres_indicators.py), read by every view.
WRES_DIRECTION = DIRECTION_SQL
_BADNESS = BADNESS_SQL

# What a relative likelihood says, and the reading columns of wres_benchmark.
WRES_INTERPRETATION = INTERPRETATION_SQL


# The order wres_benchmark opens in: headline figures first, the latest year first, best
# first (highest value first where there is no better or worse). The derived table is
# written in this order; the computed view sorts by it.
BENCHMARK_ORDER = (
    "headline DESC, indicator, period DESC, measure, staff_group, band, ethnic_group, "
    "rank_best_national IS NULL, rank_best_national, value DESC, trust_name, trust_ods"
)


def wres_benchmark_sql(values: str) -> str:
    """Each figure ranked among all trusts, in its region and among trusts of its type."""
    return f"""
WITH scored AS (
  SELECT v.*, t.name AS trust_name, t.region, t.trust_type,
         {WRES_DIRECTION.format(m="v.")} AS direction
  FROM {values} v JOIN trusts t ON t.ods_code = v.trust_ods
  WHERE v.value IS NOT NULL
), ranked AS (
  SELECT s.*, {_BADNESS.format(d="s.direction", v="s.value")} AS _badness FROM scored s
)
SELECT {_cols(BENCHMARK_COLUMNS)} FROM (
SELECT v.trust_ods, v.trust_name, v.region, v.trust_type,
       v.indicator, v.measure, v.staff_group, v.band, v.ethnic_group, v.period,
       v.value, v.unit,
       rank() OVER (PARTITION BY {_PEERS} ORDER BY v.value) AS rank_national,
       count(*) OVER (PARTITION BY {_PEERS}) AS trusts_national,
       round(100.0 * percent_rank() OVER (PARTITION BY {_PEERS} ORDER BY v.value), 1)
         AS percentile_national,
       rank() OVER (PARTITION BY {_PEERS}, v.region ORDER BY v.value) AS rank_region,
       count(*) OVER (PARTITION BY {_PEERS}, v.region) AS trusts_region,
       round(100.0 * percent_rank() OVER (PARTITION BY {_PEERS}, v.region ORDER BY v.value), 1)
         AS percentile_region,
       rank() OVER (PARTITION BY {_PEERS}, v.trust_type ORDER BY v.value) AS rank_trust_type,
       count(*) OVER (PARTITION BY {_PEERS}, v.trust_type) AS trusts_trust_type,
       round(100.0 * percent_rank() OVER (PARTITION BY {_PEERS}, v.trust_type ORDER BY v.value), 1)
         AS percentile_trust_type,
       v.document_sha256, v.source_table, v.source_page,
       v.direction,
       {WRES_INTERPRETATION.format(m="v.")} AS interpretation,
       CASE WHEN v._badness IS NOT NULL THEN
         rank() OVER (PARTITION BY {_PEERS}, v._badness IS NULL ORDER BY v._badness) END
         AS rank_best_national,
       CASE WHEN v._badness IS NOT NULL THEN
         rank() OVER (PARTITION BY {_PEERS}, v.region, v._badness IS NULL ORDER BY v._badness) END
         AS rank_best_region,
       CASE WHEN v._badness IS NOT NULL THEN
         rank() OVER (PARTITION BY {_PEERS}, v.trust_type, v._badness IS NULL
                      ORDER BY v._badness) END
         AS rank_best_trust_type,
       {benchmark_extras("v.", "v.direction")}
FROM ranked v
)
ORDER BY {BENCHMARK_ORDER}
"""


_KEY = "indicator, measure, staff_group, band, ethnic_group"
_SAME_KEY = " AND ".join(f"{{b}}.{c} IS {{a}}.{c}" for c in _KEY.split(", "))


def _verdict(direction: str, new: str, old: str) -> str:
    """'better' | 'worse' | 'same' | NULL for a move from `old` to `new`."""
    new_b = _BADNESS.format(d=direction, v=new)
    old_b = _BADNESS.format(d=direction, v=old)
    return f"""CASE
  WHEN {direction} IS NULL OR {new} IS NULL OR {old} IS NULL THEN NULL
  WHEN abs(({new_b}) - ({old_b})) < 1e-9 THEN 'same'
  WHEN ({new_b}) < ({old_b}) THEN 'better'
  ELSE 'worse'
END"""


# The order wres_trends opens in (its derived table is written in it): headline figures
# first, the latest year first, then by trust.
TRENDS_ORDER = (
    f"{HEADLINE_SQL.format(m='')} DESC, indicator, period DESC, measure, staff_group, band, "
    "ethnic_group, trust_name, trust_ods"
)


def wres_trends_sql(values: str) -> str:
    """Each trust's figure against its own previous year and against the median of
    trusts of the same type for the same figure and year."""
    return f"""
WITH base AS (
  SELECT v.trust_ods, t.name AS trust_name, t.trust_type, v.{_KEY.replace(", ", ", v.")},
         v.period, v.value, v.unit,
         printf('%d/%02d', CAST(substr(v.period, 1, 4) AS INTEGER) - 1,
                CAST(substr(v.period, 3, 2) AS INTEGER)) AS previous_period,
         {WRES_DIRECTION.format(m="v.")} AS direction,
         v.document_sha256, v.source_table, v.source_page
  FROM {values} v LEFT JOIN trusts t ON t.ods_code = v.trust_ods
  WHERE v.value IS NOT NULL AND v.period GLOB '[12][0-9][0-9][0-9]/[0-9][0-9]'
), ordered AS (
  SELECT b.*,
         row_number() OVER (PARTITION BY b.trust_type, {_KEY}, b.period ORDER BY b.value)
           AS _pos,
         count(*) OVER (PARTITION BY b.trust_type, {_KEY}, b.period) AS _n
  FROM base b WHERE b.trust_type IS NOT NULL
), medians AS (
  SELECT trust_type, {_KEY}, period, avg(value) AS peer_median, max(_n) AS peers
  FROM ordered WHERE _pos IN ((_n + 1) / 2, (_n + 2) / 2)
  GROUP BY trust_type, {_KEY}, period
)
SELECT {_cols(TRENDS_COLUMNS)} FROM (
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
LEFT JOIN base p ON p.trust_ods = b.trust_ods AND p.period = b.previous_period
  AND {_SAME_KEY.format(a="b", b="p")}
LEFT JOIN medians md ON md.trust_type IS b.trust_type AND md.period = b.period
  AND {_SAME_KEY.format(a="b", b="md")}
)
ORDER BY {TRENDS_ORDER}
"""


# The trust that carries each trust on today: trusts.successor_ods followed to its end
# (at most 20 steps, so a loop in the data cannot hang a query).
LINEAGE_CTE = """lineage(ods_code, current_ods, depth) AS (
  SELECT ods_code, ods_code, 0 FROM trusts
  UNION ALL
  SELECT l.ods_code, t.successor_ods, l.depth + 1
  FROM lineage l JOIN trusts t ON t.ods_code = l.current_ods
  WHERE t.successor_ods IS NOT NULL AND t.successor_ods <> t.ods_code AND l.depth < 20
), final AS (
  SELECT ods_code, current_ods FROM (
    SELECT ods_code, current_ods,
           row_number() OVER (PARTITION BY ods_code ORDER BY depth DESC) AS _last
    FROM lineage
  ) WHERE _last = 1
)"""


def wres_series_sql(values: str) -> str:
    """A trust's series across mergers: every figure is shown under the code of the
    trust that carries it on today, with the code of the trust that reported it."""
    return f"""
WITH RECURSIVE {LINEAGE_CTE}
SELECT coalesce(f.current_ods, v.trust_ods) AS trust_ods, cur.name AS trust_name,
       v.trust_ods AS reported_by_ods, rep.name AS reported_by_name,
       coalesce(f.current_ods, v.trust_ods) <> v.trust_ods AS via_merger,
       v.indicator, v.measure, v.staff_group, v.band, v.ethnic_group, v.period,
       v.period_label, v.value, v.numerator, v.denominator, v.redacted, v.unit,
       v.reporting_year, v.document_sha256, v.source_table, v.source_page
FROM {values} v
LEFT JOIN final f ON f.ods_code = v.trust_ods
LEFT JOIN trusts cur ON cur.ods_code = coalesce(f.current_ods, v.trust_ods)
LEFT JOIN trusts rep ON rep.ods_code = v.trust_ods
"""


def foi_response_times_sql() -> str:
    """Per trust: requests, median and longest working days, share on time, refusals.
    The median comes from a histogram of working days per trust (a covering-index scan
    of idx_foi_requests_trust_days, no sort of every request)."""
    return """
WITH hist AS (
  SELECT trust_ods, working_days AS d, count(*) AS c FROM foi_requests
  WHERE working_days IS NOT NULL
  GROUP BY trust_ods, working_days
), cum AS (
  SELECT trust_ods, d, sum(c) OVER (PARTITION BY trust_ods ORDER BY d) AS upto,
         sum(c) OVER (PARTITION BY trust_ods) AS n
  FROM hist
), med AS (
  SELECT trust_ods, (min(CASE WHEN upto >= (n + 1) / 2 THEN d END)
                   + min(CASE WHEN upto >= n / 2 + 1 THEN d END)) / 2.0 AS median_working_days
  FROM cum GROUP BY trust_ods
)
SELECT t.ods_code AS trust_ods, t.name AS trust_name, t.region, t.trust_type,
       count(f.id) AS requests, m.median_working_days,
       max(f.working_days) AS max_working_days,
       sum(f.within_deadline) AS on_time,
       round(100.0 * avg(f.within_deadline), 1) AS pct_on_time,
       sum(f.outcome = 'refused') AS refused,
       sum(f.outcome = 'not_held') AS not_held
FROM trusts t JOIN foi_requests f ON f.trust_ods = t.ods_code
LEFT JOIN med m ON m.trust_ods = t.ods_code  -- one row per trust
GROUP BY t.ods_code
"""


def foi_exemptions_by_trust_sql() -> str:
    """Per trust and exemption (law, section, label): citations, citing requests, the
    latest response date and that response's reference.

    The latest reference is the one SQLite's bare column beside max() gave in the
    exemptions_by_trust query before this view, which met a trust's citations in request
    order (exemptions are saved request by request): the citing request with the latest
    responded_date, the lowest request id among those tied on that date, and, where no
    citing request has a date, the highest request id (the row max() saw last)."""
    return """
WITH cited AS (
  SELECT r.trust_ods, e.law, e.section, e.label, e.request_id, r.responded_date, r.reference,
         row_number() OVER (
           PARTITION BY r.trust_ods, e.law, e.section, e.label
           ORDER BY r.responded_date IS NULL, r.responded_date DESC,
                    CASE WHEN r.responded_date IS NULL THEN -e.request_id ELSE e.request_id END
         ) AS _latest
  FROM foi_exemptions e JOIN foi_requests r ON r.id = e.request_id
)
SELECT trust_ods, law, section, label, count(*) AS citations,
       count(DISTINCT request_id) AS requests, max(responded_date) AS last_cited,
       max(CASE WHEN _latest = 1 THEN reference END) AS latest_reference
FROM cited
GROUP BY trust_ods, law, section, label
"""


TRUST_HEALTH = """
SELECT t.ods_code AS trust_ods, t.name AS trust_name, t.active,
       (SELECT max(r.started_at) FROM trust_runs tr JOIN scrape_runs r ON r.id = tr.run_id
         WHERE tr.trust_ods = t.ods_code AND tr.ok = 1) AS last_success,
       (SELECT max(r.started_at) FROM trust_runs tr JOIN scrape_runs r ON r.id = tr.run_id
         WHERE tr.trust_ods = t.ods_code) AS last_run,
       (SELECT tr.ok FROM trust_runs tr WHERE tr.trust_ods = t.ods_code
         ORDER BY tr.run_id DESC LIMIT 1) AS last_run_ok,
       (SELECT count(*) FROM documents d WHERE d.trust_ods = t.ods_code
         AND d.kind = 'foi_response') AS foi_documents,
       (SELECT count(*) FROM documents d WHERE d.trust_ods = t.ods_code
         AND d.kind = 'wres_report') AS wres_documents,
       (SELECT count(*) FROM documents d WHERE d.trust_ods = t.ods_code
         AND d.kind = 'other') AS other_documents,
       (SELECT count(*) FROM documents d WHERE d.trust_ods = t.ods_code
         AND d.parse_status IN ('failed', 'unsupported')) AS parse_failures,
       (SELECT count(*) FROM trust_runs tr WHERE tr.trust_ods = t.ods_code AND tr.ok = 0)
         AS failed_runs,
       (SELECT tr.error FROM trust_runs tr WHERE tr.trust_ods = t.ods_code
         AND tr.error IS NOT NULL ORDER BY tr.run_id DESC LIMIT 1) AS last_error
FROM trusts t
WHERE t.active = 1 OR EXISTS (SELECT 1 FROM documents d WHERE d.trust_ods = t.ods_code)
"""

REVIEW_QUEUE = """
SELECT d.sha256, d.trust_ods, d.url, d.kind, d.title, d.parse_status, d.confidence,
       CASE
         WHEN d.parse_status IN ('failed', 'unsupported', 'scanned', 'partial')
           THEN d.parse_status || coalesce(': ' || d.parse_error, '')
         WHEN d.confidence IS NOT NULL AND d.confidence < 0.6
           THEN 'low confidence ' || d.confidence
         ELSE (SELECT count(*) || ' WRES figure(s) failed validation, e.g. ' || min(m.validation)
               FROM wres_metrics m JOIN wres_reports r ON r.id = m.report_id
               WHERE r.document_sha256 = d.sha256 AND m.validation IS NOT NULL)
       END AS reason
FROM documents d
WHERE d.parse_status IN ('failed', 'unsupported', 'scanned', 'partial')
   OR (d.confidence IS NOT NULL AND d.confidence < 0.6)
   OR EXISTS (SELECT 1 FROM wres_metrics m JOIN wres_reports r ON r.id = m.report_id
              WHERE r.document_sha256 = d.sha256 AND m.validation IS NOT NULL)
"""

ROUND_ROBIN_ANSWERS = """
SELECT g.id AS group_id, g.question AS common_question, g.trusts AS trusts_answering,
       r.trust_ods, t.name AS trust_name, r.reference, r.responded_date, i.label,
       i.question, i.answer, i.answer_kind, d.url AS source_url
FROM foi_question_groups g
JOIN foi_question_group_items gi ON gi.group_id = g.id
JOIN foi_items i ON i.id = gi.item_id
JOIN foi_requests r ON r.id = i.request_id
LEFT JOIN trusts t ON t.ods_code = r.trust_ods
LEFT JOIN documents d ON d.sha256 = r.document_sha256
"""

# In the order a reader needs them: what, who, the figure, which way is better, the
# best-first rank; then the figure's key, the peer ranks and the source.
BENCHMARK_COLUMNS = [
    "indicator",
    "indicator_name",
    "trust_name",
    "period",
    "value",
    "unit",
    "direction",
    "better",
    "rank_best_national",
    "trusts_national",
    "reading",
    "ethnic_group",
    "staff_group",
    "band",
    "measure",
    "headline",
    "rank_best_region",
    "trusts_region",
    "rank_best_trust_type",
    "trusts_trust_type",
    "trust_ods",
    "region",
    "trust_type",
    "interpretation",
    "rank_national",
    "percentile_national",
    "rank_region",
    "percentile_region",
    "rank_trust_type",
    "percentile_trust_type",
    "document_sha256",
    "source_table",
    "source_page",
]
# What moved and which way first; then the figure's key, the peers and the source.
TRENDS_COLUMNS = [
    "indicator",
    "trust_name",
    "period",
    "value",
    "unit",
    "better_or_worse",
    "previous_period",
    "previous_value",
    "change",
    "vs_peers",
    "peer_median",
    "peers",
    "direction",
    "ethnic_group",
    "staff_group",
    "band",
    "measure",
    "trust_ods",
    "trust_type",
    "document_sha256",
    "source_table",
    "source_page",
]
FOI_RESPONSE_TIMES_COLUMNS = [
    "trust_ods",
    "trust_name",
    "region",
    "trust_type",
    "requests",
    "median_working_days",
    "max_working_days",
    "on_time",
    "pct_on_time",
    "refused",
    "not_held",
]
FOI_EXEMPTIONS_BY_TRUST_COLUMNS = [
    "trust_ods",
    "law",
    "section",
    "label",
    "citations",
    "requests",
    "last_cited",
    "latest_reference",
]


def _cols(columns: list[str], prefix: str = "") -> str:
    return ", ".join(prefix + c for c in columns)


# Computed from the base tables (in force until the derived tables are fresh).
WRES_VALUES = wres_values_sql()
WRES_LATEST = wres_latest_sql("wres_values")
WRES_BENCHMARK = wres_benchmark_sql("wres_values")
WRES_TRENDS = wres_trends_sql("wres_values")
WRES_SERIES = wres_series_sql("wres_values")
FOI_RESPONSE_TIMES = foi_response_times_sql()
FOI_EXEMPTIONS_BY_TRUST = foi_exemptions_by_trust_sql()

# Order matters: a view may only use views created before it.
VIEWS: dict[str, str] = {
    "wres_values": WRES_VALUES,
    "wres_latest": WRES_LATEST,
    "wres_benchmark": WRES_BENCHMARK,
    "wres_trends": WRES_TRENDS,
    "wres_series": WRES_SERIES,
    "foi_response_times": FOI_RESPONSE_TIMES,
    "foi_exemptions_by_trust": FOI_EXEMPTIONS_BY_TRUST,
    "trust_health": TRUST_HEALTH,
    "review_queue": REVIEW_QUEUE,
    "round_robin_answers": ROUND_ROBIN_ANSWERS,
}

# Thin definitions over the derived tables, in force while their group is fresh:
# view name -> (group in derived_state, SQL). The series needs no table of its own:
# wres_values_cache.series_ods is the trust that carries each figure on today (with
# both trusts' names, so that no join stands between Datasette's facets and the indexes).
DERIVED_VIEWS: dict[str, tuple[str, str]] = {
    "wres_values": (
        "wres",
        f"\nSELECT {_LATEST_COLS}, 1 AS _pick FROM wres_values_cache\n",
    ),
    "wres_latest": (
        "wres",
        f"\nSELECT {_LATEST_COLS} FROM wres_values_cache WHERE latest = 1\n",
    ),
    "wres_benchmark": (
        "wres",
        f"\nSELECT {_cols(BENCHMARK_COLUMNS)} FROM wres_benchmark_cache\n",
    ),
    "wres_trends": ("wres", f"\nSELECT {_cols(TRENDS_COLUMNS)} FROM wres_trends_cache\n"),
    "wres_series": (
        "wres",
        """
SELECT series_ods AS trust_ods, series_name AS trust_name,
       trust_ods AS reported_by_ods, trust_name AS reported_by_name,
       series_ods <> trust_ods AS via_merger,
       indicator, measure, staff_group, band, ethnic_group, period,
       period_label, value, numerator, denominator, redacted, unit,
       reporting_year, document_sha256, source_table, source_page
FROM wres_values_cache
""",
    ),
    "foi_response_times": (
        "foi",
        f"\nSELECT {_cols(FOI_RESPONSE_TIMES_COLUMNS)} FROM foi_response_time_stats\n",
    ),
    "foi_exemptions_by_trust": (
        "exemptions",
        f"\nSELECT {_cols(FOI_EXEMPTIONS_BY_TRUST_COLUMNS)} FROM foi_exemption_stats\n",
    ),
}
