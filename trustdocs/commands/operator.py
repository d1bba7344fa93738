"""The operator's commands: the nightly `run`, and `scrape`, `parse`, `ingest`, `status`,
`trusts`, `discover`, `import-national`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from trustdocs.commands.options import (
    EXIT_OK,
    EXIT_PARTIAL,
    KINDS,
    Fatal,
    common_options,
    limit_options,
    scrape_options,
)
from trustdocs.settings import RunLock, Settings, open_db


def _registry_rows(settings: Settings) -> list[dict[str, Any]]:
    from trustdocs.registry import RegistryError, load_registry, merge_overrides

    try:
        rows = load_registry(settings.registry_path)
        if settings.overrides_path and settings.overrides_path.exists():
            rows = merge_overrides(rows, load_registry(settings.overrides_path, validate=False))
    except (RegistryError, OSError) as exc:
        raise Fatal(f"cannot read the trust registry: {exc}") from exc
    return rows


def _scrape_config(allow_private: bool, delay: float | None, workers: int | None):
    from scrapers.config import ScrapeConfig

    config = ScrapeConfig(allow_private=allow_private)
    if delay is not None:
        config.min_delay = delay
    if workers:
        config.workers = workers
    return config


def _fetch_line(ods: str, fetched) -> str:
    state = fetched.error or ("not modified" if fetched.from_cache else f"{fetched.size} bytes")
    return f"  {ods} {fetched.status_code or '---'} {fetched.url} {state}"


def _do_scrape(settings: Settings, db, rows, trusts, kind, allow_private, delay, workers):
    from db.save import upsert_trusts
    from trustdocs.pipeline import scrape, select_sites
    from trustdocs.progress import progress_wanted, scrape_progress

    upsert_trusts(db, rows)
    try:
        sites = select_sites(rows, trusts)
    except ValueError as exc:
        raise Fatal(str(exc)) from exc
    config = _scrape_config(allow_private, delay, workers)
    if not settings.quiet:
        click.echo(f"Scraping {len(sites)} trust(s)…", err=True)
    with scrape_progress(len(sites), progress_wanted(settings.quiet)) as bars:

        def on_fetch(ods: str, fetched) -> None:
            bars.on_fetch(ods, fetched)
            if settings.verbose and not settings.quiet:
                bars.write(_fetch_line(ods, fetched))

        return scrape(db, sites, settings.store_dir, KINDS[kind], config, on_fetch, bars.on_trust)


def _do_parse(settings: Settings, db, limits, force=False, sha256=None):
    from trustdocs.pipeline import parse
    from trustdocs.progress import parse_progress, progress_wanted

    with parse_progress(progress_wanted(settings.quiet)) as progress:
        return parse(
            db, settings.store_dir, force=force, sha256=sha256, progress=progress, limits=limits
        )


def _print_scrape_report(summary) -> None:
    from trustdocs.report import format_scrape_report

    click.echo(format_scrape_report(summary))


def _print_parse_report(summary) -> None:
    from trustdocs.report import format_parse_report

    click.echo(format_parse_report(summary))


@click.command()
@common_options
@scrape_options
@limit_options
def run(settings: Settings, trusts, kind, allow_private, delay, workers, limits) -> int:
    """What the nightly job calls: scrape, parse, index; prints a run report."""
    with RunLock(settings.db_path):
        db = open_db(settings.db_path)
        rows = _registry_rows(settings)
        scraped = _do_scrape(settings, db, rows, trusts, kind, allow_private, delay, workers)
        parsed = _do_parse(settings, db, limits)
        _print_scrape_report(scraped)
        _print_parse_report(parsed)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return EXIT_PARTIAL if scraped.needs_attention or parsed.failures else EXIT_OK


@click.command()
@common_options
@scrape_options
def scrape(settings: Settings, trusts, kind, allow_private, delay, workers) -> int:
    """Fetch only: download new and changed documents into the raw store."""
    with RunLock(settings.db_path):
        db = open_db(settings.db_path)
        scraped = _do_scrape(
            settings, db, _registry_rows(settings), trusts, kind, allow_private, delay, workers
        )
        _print_scrape_report(scraped)
    return EXIT_PARTIAL if scraped.needs_attention else EXIT_OK


@click.command()
@common_options
@click.option("--force", is_flag=True, help="parse every document again")
@click.option(
    "--document", "sha256", metavar="SHA256", help="only this document (even if quarantined)"
)
@limit_options
def parse(settings: Settings, force: bool, sha256: str | None, limits) -> int:
    """Parse what is new or was parsed by an older parser version."""
    with RunLock(settings.db_path):
        db = open_db(settings.db_path)
        if sha256 and not db["documents"].count_where("sha256 = ?", [sha256]):
            raise Fatal(f"no document with sha256 {sha256}")
        parsed = _do_parse(settings, db, limits, force=force, sha256=sha256)
        _print_parse_report(parsed)
    return EXIT_PARTIAL if parsed.failures else EXIT_OK


@click.command()
@common_options
@click.option("--json", "as_json", is_flag=True, help="print JSON rows instead of a table")
def status(settings: Settings, as_json: bool) -> int:
    """Per-trust health: last success, documents, errors."""
    from trustdocs.report import format_status

    if not settings.db_path.exists():
        raise Fatal(f"no database at {settings.db_path}")
    db = open_db(settings.db_path)
    rows = [
        dict(r)
        for r in db.query(
            "SELECT * FROM trust_health WHERE last_run IS NOT NULL OR foi_documents + wres_documents > 0 ORDER BY trust_ods"
        )
    ]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
    else:
        click.echo(format_status(rows, db))
    failing = [r for r in rows if r["last_run_ok"] == 0]
    return EXIT_PARTIAL if failing else EXIT_OK


@click.command()
@common_options
@click.option("--csv", "as_csv", is_flag=True, help="CSV with a header row, as a registry file")
def trusts(settings: Settings, as_csv: bool) -> int:
    """The registry in force (bundled or --registry), as a table or CSV."""
    from trustdocs.registry import write_registry_csv

    rows = _registry_rows(settings)
    if as_csv:
        write_registry_csv(rows, sys.stdout)
        return EXIT_OK
    for r in rows:
        flag = (
            ""
            if str(r.get("active", "1")) in ("1", "True", "true")
            else f"  (closed → {r.get('successor_ods') or '?'})"
        )
        click.echo(
            f"{r['ods_code']:<6} {r['name'][:60]:<60} {(r.get('region') or '')[:24]:<24} {r.get('trust_type') or ''}{flag}"
        )
    click.echo(f"{len(rows)} trusts", err=True)
    return EXIT_OK


@click.command()
@common_options
@click.option(
    "--trust",
    "trusts",
    multiple=True,
    metavar="ODS",
    help="only this trust (repeatable) [every trust missing an entry point]",
)
@click.option(
    "--allow-private", is_flag=True, help="permit loopback and private addresses (demo, tests)"
)
@click.option(
    "--overrides",
    "overrides",
    type=click.Path(dir_okay=False, path_type=Path),
    help="override CSV to write [beside the database, or $TRUSTDOCS_OVERRIDES]",
)
@click.option("--delay", type=float, help="seconds between requests to one host [1.0]")
def discover(
    settings: Settings, trusts, allow_private: bool, overrides: Path | None, delay: float | None
) -> int:
    """Find trusts' FOI disclosure logs and WRES pages; propose them in an override CSV."""
    from trustdocs.discovery import discover_trusts, format_proposals

    rows = _registry_rows(settings)
    target = overrides or settings.overrides_path
    try:
        proposals = discover_trusts(
            rows, list(trusts), _scrape_config(allow_private, delay, None), target
        )
    except ValueError as exc:
        raise Fatal(str(exc)) from exc
    click.echo(format_proposals(proposals))
    click.echo(f"Proposals written to {target}: review them; `trustdocs run` applies them.")
    missing = [p for p in proposals if not (p.foi_url and p.wres_url)]
    return EXIT_PARTIAL if missing else EXIT_OK


@click.command("import-national")
@common_options
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--source", help="name of the source [the file name]")
@click.option(
    "--period", metavar="YYYY/YY", help="financial year of the figures [from the file name]"
)
def import_national(settings: Settings, file: Path, source: str | None, period: str | None) -> int:
    """Load national per-trust WRES figures beside the trusts' own publications."""
    from trustdocs.national import import_national as load

    with RunLock(settings.db_path):
        db = open_db(settings.db_path)
        try:
            count = load(db, file, source=source, period=period)
        except ValueError as exc:
            raise Fatal(str(exc)) from exc
    click.echo(
        f"Imported {count} figures from {file}; compare them in the wres_self_vs_national view."
    )
    return EXIT_OK


@click.command()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--trust", "trust_ods", required=True, metavar="ODS", help="the trust that sent these documents"
)
@click.option("--kind", type=click.Choice(["foi", "wres"]), default="foi", show_default=True)
@common_options
@limit_options
def ingest(settings: Settings, files, trust_ods: str, kind: str, limits) -> int:
    """Add local documents (e.g. a response a requester received) and parse them."""
    from trustdocs.ingest import ingest_files

    with RunLock(settings.db_path):
        db = open_db(settings.db_path)
        try:
            added = ingest_files(
                db, settings.store_dir, _registry_rows(settings), files, trust_ods.upper(), kind
            )
        except ValueError as exc:
            raise Fatal(str(exc)) from exc
        parsed = _do_parse(settings, db, limits)
        for path, sha in added:
            click.echo(f"{sha[:12]}  {path}")
        _print_parse_report(parsed)
    return EXIT_PARTIAL if parsed.failures else EXIT_OK
