"""The WRES views' computation from the base tables: wres_values, wres_latest,
wres_benchmark, wres_trends and wres_series (names fixed by DESIGN.md; see db/views.py
for when these definitions are in force and when the derived tables' are).
db/derived_wres.py reuses their pieces, so that the tables compute the same thing."""

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


def _cols(columns: list[str], prefix: str = "") -> str:
    return ", ".join(prefix + c for c in columns)


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


# A trend row from its figure b, the same figure a year earlier p and its peers' median
# md: one SELECT list for the view and its derived table (db/derived_wres.py).
TRENDS_SELECT = f"""SELECT b.trust_ods, b.trust_name, b.trust_type, b.indicator, b.measure, b.staff_group,
       b.band, b.ethnic_group, b.period, b.value, b.unit, b.direction,
       b.previous_period, p.value AS previous_value,
       round(b.value - p.value, 4) AS change,
       {_verdict("b.direction", "b.value", "p.value")} AS better_or_worse,
       md.peer_median, md.peers,
       CASE WHEN md.peers >= 2 THEN {_verdict("b.direction", "b.value", "md.peer_median")} END
         AS vs_peers,
       b.document_sha256, b.source_table, b.source_page"""


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
{TRENDS_SELECT}
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
