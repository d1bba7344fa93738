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
* `VIEWS`: the computation from the base tables (the `*_sql()` builders of the modules named below), in force
  until the first refresh (a new or never-refreshed database, bulk-loaded samples) and
  whenever the database is shaped while stale. It is also the reference that
  tests/test_derived.py compares the derived tables with.

`db.derived.sync_views` installs whichever definition the state calls for; it runs in
`ensure_db_shape` and at the end of every refresh.

The computations live by subject: db/views_wres.py, db/views_foi.py and db/views_ops.py
(trust_health, review_queue); their public names are re-exported here.
"""

from __future__ import annotations

from db.views_foi import (
    FOI_EXEMPTIONS_BY_TRUST_COLUMNS,
    FOI_RESPONSE_TIMES_COLUMNS,
    ROUND_ROBIN_ANSWERS,
    foi_exemptions_by_trust_sql,
    foi_response_times_sql,
)
from db.views_ops import REVIEW_QUEUE, TRUST_HEALTH
from db.views_wres import (  # noqa: F401 - re-exported
    _LATEST_COLS,
    BENCHMARK_COLUMNS,
    BENCHMARK_ORDER,
    LINEAGE_CTE,
    TRENDS_COLUMNS,
    TRENDS_ORDER,
    WRES_DIRECTION,
    WRES_INTERPRETATION,
    WRES_LATEST_COLUMNS,
    WRES_VALUES_COLUMNS,
    _cols,
    benchmark_extras,
    wres_benchmark_sql,
    wres_latest_sql,
    wres_series_sql,
    wres_trends_sql,
    wres_values_sql,
)

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
