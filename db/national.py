"""National (third-party or NHS England) WRES figures per trust, beside the trusts'
own publications, and a view comparing the two.

`ensure_national_shape(db)` is idempotent; call it after `db.schema.ensure_db_shape`
(the view reads `wres_values`). The rows are loaded by `trustdocs.national.import_national`.
"""

from __future__ import annotations

import sqlite_utils

WRES_NATIONAL = """CREATE TABLE [wres_national] (
   [source] TEXT NOT NULL,
   [trust_ods] TEXT NOT NULL,
   [indicator] INTEGER NOT NULL,
   [measure] TEXT NOT NULL,
   [ethnic_group] TEXT NOT NULL,
   [period] TEXT NOT NULL,
   [value] REAL,
   [numerator] REAL,
   [denominator] REAL,
   [imported_at] TEXT NOT NULL,
   PRIMARY KEY ([source], [trust_ods], [indicator], [measure], [ethnic_group], [period])
)"""

INDEXES = [
    "CREATE INDEX IF NOT EXISTS [idx_wres_national_key] ON [wres_national] "
    "([trust_ods], [indicator], [measure], [period])",
]

# Each trust's self-published figure (wres_values) beside a national source's figure for
# the same indicator, measure, ethnic group and period. National figures are for the
# whole trust, so only whole-trust self-published figures are compared (no band; staff
# group null for indicators 2-8, "overall" for 1 and 9).
WRES_SELF_VS_NATIONAL = """
SELECT v.trust_ods, t.name AS trust_name, t.region, t.trust_type,
       v.indicator, v.measure, v.ethnic_group, v.period,
       v.value AS self_value, n.value AS national_value,
       round(v.value - n.value, 4) AS difference,
       n.source AS national_source, n.numerator AS national_numerator,
       n.denominator AS national_denominator,
       v.unit, v.document_sha256, v.source_table, v.source_page
FROM wres_values v
JOIN wres_national n ON n.trust_ods = v.trust_ods AND n.indicator = v.indicator
  AND n.measure = v.measure AND n.ethnic_group = v.ethnic_group AND n.period = v.period
LEFT JOIN trusts t ON t.ods_code = v.trust_ods
WHERE v.value IS NOT NULL AND v.band IS NULL
  AND (v.staff_group IS NULL OR v.staff_group = 'overall')
"""

VIEWS = {"wres_self_vs_national": WRES_SELF_VS_NATIONAL}


def ensure_national_shape(db: sqlite_utils.Database) -> None:
    """Create the wres_national table, its index and the wres_self_vs_national view
    when missing (a changed view definition is replaced). Idempotent."""
    with db.conn:
        if "wres_national" not in db.table_names():
            db.conn.execute(WRES_NATIONAL)
        for ddl in INDEXES:
            db.conn.execute(ddl)
    from db.derived import replace_changed_views

    with db.conn:
        replace_changed_views(db.conn, VIEWS)
