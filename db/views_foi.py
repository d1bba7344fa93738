"""The FOI views' computation from the base tables: foi_response_times,
foi_exemptions_by_trust and round_robin_answers (names fixed by DESIGN.md)."""

from __future__ import annotations

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
