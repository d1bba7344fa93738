"""Views for comparison, benchmarking and operations (names fixed by DESIGN.md)."""

from __future__ import annotations

_METRIC_KEY = "m.indicator, m.measure, m.staff_group, m.band, m.ethnic_group"

# One figure per trust, metric key and period: when several reports print the same
# period (each report repeats earlier years), the most recent report wins.
WRES_VALUES = f"""
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

WRES_LATEST = """
SELECT id, report_id, trust_ods, indicator, measure, staff_group, band, ethnic_group,
       period, period_label, value, numerator, denominator, redacted, unit,
       source_table, source_page, validation, reporting_year, document_sha256
FROM (
  SELECT v.*, row_number() OVER (
    PARTITION BY v.trust_ods, v.indicator, v.measure, v.staff_group, v.band, v.ethnic_group
    ORDER BY v.period DESC
  ) AS _latest
  FROM wres_values v WHERE v.value IS NOT NULL
) WHERE _latest = 1
"""

_PEERS = "v.indicator, v.measure, v.staff_group, v.band, v.ethnic_group, v.period"

WRES_BENCHMARK = f"""
SELECT v.trust_ods, t.name AS trust_name, t.region, t.trust_type,
       v.indicator, v.measure, v.staff_group, v.band, v.ethnic_group, v.period,
       v.value, v.unit,
       rank() OVER (PARTITION BY {_PEERS} ORDER BY v.value) AS rank_national,
       count(*) OVER (PARTITION BY {_PEERS}) AS trusts_national,
       round(100.0 * percent_rank() OVER (PARTITION BY {_PEERS} ORDER BY v.value), 1)
         AS percentile_national,
       rank() OVER (PARTITION BY {_PEERS}, t.region ORDER BY v.value) AS rank_region,
       count(*) OVER (PARTITION BY {_PEERS}, t.region) AS trusts_region,
       round(100.0 * percent_rank() OVER (PARTITION BY {_PEERS}, t.region ORDER BY v.value), 1)
         AS percentile_region,
       rank() OVER (PARTITION BY {_PEERS}, t.trust_type ORDER BY v.value) AS rank_trust_type,
       count(*) OVER (PARTITION BY {_PEERS}, t.trust_type) AS trusts_trust_type,
       round(100.0 * percent_rank() OVER (PARTITION BY {_PEERS}, t.trust_type ORDER BY v.value), 1)
         AS percentile_trust_type,
       v.document_sha256, v.source_table, v.source_page
FROM wres_values v JOIN trusts t ON t.ods_code = v.trust_ods
WHERE v.value IS NOT NULL
"""

FOI_RESPONSE_TIMES = """
WITH timed AS (
  SELECT trust_ods, working_days,
         row_number() OVER (PARTITION BY trust_ods ORDER BY working_days) AS pos,
         count(*) OVER (PARTITION BY trust_ods) AS n
  FROM foi_requests WHERE working_days IS NOT NULL
)
SELECT t.ods_code AS trust_ods, t.name AS trust_name, t.region, t.trust_type,
       count(f.id) AS requests,
       (SELECT avg(working_days) FROM timed
         WHERE timed.trust_ods = t.ods_code AND pos IN ((n + 1) / 2, (n + 2) / 2))
         AS median_working_days,
       max(f.working_days) AS max_working_days,
       sum(f.within_deadline) AS on_time,
       round(100.0 * avg(f.within_deadline), 1) AS pct_on_time,
       sum(f.outcome = 'refused') AS refused,
       sum(f.outcome = 'not_held') AS not_held
FROM trusts t JOIN foi_requests f ON f.trust_ods = t.ods_code
GROUP BY t.ods_code
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

# Order matters: a view may only use views created before it.
VIEWS: dict[str, str] = {
    "wres_values": WRES_VALUES,
    "wres_latest": WRES_LATEST,
    "wres_benchmark": WRES_BENCHMARK,
    "foi_response_times": FOI_RESPONSE_TIMES,
    "trust_health": TRUST_HEALTH,
    "review_queue": REVIEW_QUEUE,
    "round_robin_answers": ROUND_ROBIN_ANSWERS,
}
