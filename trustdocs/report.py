"""Human-readable reports and the parse-file JSON."""

from __future__ import annotations

from typing import Any

from parsers.records import ParseResult, foi_to_rows, wres_to_rows


def _human_bytes(n: int) -> str:
    size = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


def format_scrape_report(summary: Any) -> str:
    report = summary.report
    outcomes = (
        list(report.trusts.values()) if isinstance(report.trusts, dict) else list(report.trusts)
    )
    lines = [
        f"Run {summary.run_id}: {summary.status} in {summary.seconds:.1f} s",
        f"{'trust':<7}{'listed':>7}{'new':>6}{'changed':>8}{'same':>6}{'failed':>7}{'robots':>7}{'bytes':>10}{'secs':>7}  error",
    ]
    for o in sorted(outcomes, key=lambda o: o.ods):
        lines.append(
            f"{o.ods:<7}{o.documents_listed:>7}{o.new:>6}{o.changed:>8}{o.unchanged:>6}"
            f"{o.failed:>7}{o.skipped_robots:>7}{_human_bytes(o.bytes):>10}{o.seconds:>7.1f}  {o.error or ''}"
        )
    totals = (
        sum(o.new for o in outcomes),
        sum(o.changed for o in outcomes),
        sum(o.unchanged for o in outcomes),
        sum(o.failed for o in outcomes),
        sum(o.bytes for o in outcomes),
    )
    failed = [o.ods for o in outcomes if not o.ok]
    lines.append(
        f"Total: {totals[0]} new, {totals[1]} changed, {totals[2]} unchanged, {totals[3]} failed, "
        f"{_human_bytes(totals[4])} downloaded; {len(outcomes) - len(failed)} trust(s) ok, "
        f"{len(failed)} failed{': ' + ', '.join(failed) if failed else ''}"
    )
    return "\n".join(lines)


def format_parse_report(summary: Any) -> str:
    counts = ", ".join(f"{n} {status}" for status, n in sorted(summary.by_status.items()))
    lines = [
        f"Parsed {summary.parsed} document(s) in {summary.seconds:.1f} s"
        + (f": {counts}" if counts else "")
    ]
    reparsed = getattr(summary, "reparsed", 0)
    if reparsed:
        lines.append(
            f"  {reparsed} letter(s) read again with their trust's learned template "
            f"({summary.templates_learned} template(s), {summary.template_seconds:.1f} s)"
        )
    quarantined = len(getattr(summary, "quarantined_now", []))
    skipped = getattr(summary, "quarantined_skipped", 0)
    if quarantined:
        lines.append(
            f"  {quarantined} document(s) quarantined: a run stopped twice while parsing them"
        )
    if skipped:
        lines.append(
            f"  {skipped} quarantined document(s) not tried again until the parser version changes"
        )
    for url, error in summary.failures[:20]:
        lines.append(f"  failed: {url}: {error}")
    if len(summary.failures) > 20:
        lines.append(f"  … and {len(summary.failures) - 20} more (see the review_queue view)")
    return "\n".join(lines)


def format_status(rows: list[dict[str, Any]], db: Any) -> str:
    if not rows:
        return "No runs yet: run `trustdocs run` (or `trustdocs demo`)."
    lines = [
        f"{'trust':<7}{'last success':<27}{'ok':>3}{'FOI':>6}{'WRES':>6}{'parse fail':>11}  last error"
    ]
    for r in rows:
        ok = {1: "yes", 0: "NO", None: "-"}[r["last_run_ok"]]
        lines.append(
            f"{r['trust_ods']:<7}{(r['last_success'] or 'never'):<27}{ok:>3}{r['foi_documents']:>6}"
            f"{r['wres_documents']:>6}{r['parse_failures']:>11}  {r['last_error'] or ''}"
        )
    queue = db.execute("SELECT count(*) FROM review_queue").fetchone()[0]
    lines.append(f"{len(rows)} trust(s); {queue} document(s) in the review queue")
    quarantined = db.execute(
        "SELECT count(*) FROM parse_attempts a JOIN documents d ON d.sha256 = a.sha256 "
        "WHERE a.quarantined = 1 AND a.parser_version = d.parser_version"
    ).fetchone()[0]
    if quarantined:
        lines.append(
            f"{quarantined} document(s) quarantined: their parse crashed or timed out twice; "
            "retried when the parser version changes (see review_queue)"
        )
    return "\n".join(lines)


def parse_result_json(result: ParseResult) -> dict[str, Any]:
    """The parse-file JSON of DESIGN.md: same names as the tables, null never missing;
    text cleaned of what JSON consumers refuse (lone surrogates, NULs)."""
    from db.clean import clean_value

    return clean_value(_result_json(result))


def _result_json(result: ParseResult) -> dict[str, Any]:
    return {
        "kind": result.kind,
        "parser_version": result.parser_version,
        "status": result.status,
        "error": result.error,
        "confidence": result.confidence,
        "pages": result.pages,
        "title": result.title,
        "foi": foi_to_rows(result.foi) if result.foi is not None else None,
        "wres": wres_to_rows(result.wres) if result.wres is not None else None,
        "tables": [
            {
                "id": None,
                "document_sha256": None,
                "page": t.page,
                "index_on_page": t.index_on_page,
                "caption": t.caption,
                "n_rows": t.n_rows,
                "n_cols": t.n_cols,
                "rows": t.rows,
                "confidence": t.confidence,
            }
            for t in result.tables
        ],
        "warnings": list(result.warnings),
    }
