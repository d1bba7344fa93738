"""The operations views: trust_health (each trust's last runs and failures, behind
`trustdocs status`) and review_queue (documents a person should look at)."""

from __future__ import annotations

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
