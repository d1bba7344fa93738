"""The `trustdocs` command line: a thin layer over trustdocs.pipeline and friends."""

from __future__ import annotations

import functools
import json
import logging
import sys
from pathlib import Path
from typing import Any

import click

from trustdocs.settings import DatabaseLocked, RunLock, Settings, open_db

EXIT_OK, EXIT_FATAL, EXIT_PARTIAL = 0, 1, 3
KINDS = {"foi": {"foi"}, "wres": {"wres"}, None: {"foi", "wres"}}


class Fatal(click.ClickException):
    exit_code = EXIT_FATAL


# The common options work before the subcommand (`trustdocs -v run`) and after it
# (`trustdocs run -v`); a value after the subcommand wins, -v counts add up. No click
# envvar here: Settings.from_options reads TRUSTDOCS_DB/TRUSTDOCS_STORE, so that an
# environment variable never beats an option given before the subcommand.
_COMMON = [
    click.option("--db", "db_path", help="SQLite database [data/trustdocs.db, $TRUSTDOCS_DB]"),
    click.option("--store", "store_dir", help="raw document store [data/raw, $TRUSTDOCS_STORE]"),
    click.option(
        "--registry",
        "registry",
        type=click.Path(dir_okay=False),
        help="trust registry CSV [bundled]",
    ),
    click.option("-v", "--verbose", count=True, help="more detail (repeat for debug)"),
    click.option(
        "-q", "--quiet", is_flag=True, help="only errors and the final summary; no progress bars"
    ),
]


def _with_common(func):
    for option in reversed(_COMMON):
        func = option(func)
    return func


def _merged(ctx: click.Context, given: dict[str, Any]) -> dict[str, Any]:
    """This command's common options over those given before the subcommand."""
    before = (ctx.find_root().obj or {}).get("common", {})
    return {
        "db_path": given["db_path"] or before.get("db_path"),
        "store_dir": given["store_dir"] or before.get("store_dir"),
        "registry": given["registry"] or before.get("registry"),
        "verbose": (given["verbose"] or 0) + (before.get("verbose") or 0),
        "quiet": bool(given["quiet"] or before.get("quiet")),
    }


def _configure_logging(verbose: int, quiet: bool) -> None:
    level = (
        logging.WARNING
        if quiet
        else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    )
    # Not forced: when something (a test runner) already set logging up, it is left alone.
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def common_options(func):
    """--db, --store, --registry, -v, -q on every command (DESIGN.md)."""

    @_with_common
    @functools.wraps(func)
    def wrapper(db_path, store_dir, registry, verbose, quiet, **kwargs):
        opts = _merged(
            click.get_current_context(),
            dict(
                db_path=db_path,
                store_dir=store_dir,
                registry=registry,
                verbose=verbose,
                quiet=quiet,
            ),
        )
        settings = Settings.from_options(
            opts["db_path"], opts["store_dir"], opts["registry"], opts["verbose"], opts["quiet"]
        )
        _configure_logging(settings.verbose, settings.quiet)
        return func(settings, **kwargs)

    return wrapper


def scrape_options(func):
    @click.option(
        "--trust", "trusts", multiple=True, metavar="ODS", help="only this trust (repeatable)"
    )
    @click.option(
        "--kind", type=click.Choice(["foi", "wres"]), help="only FOI responses or WRES reports"
    )
    @click.option(
        "--allow-private", is_flag=True, help="permit loopback and private addresses (demo, tests)"
    )
    @click.option(
        "--delay",
        type=float,
        help="seconds between requests to one host [1.0; robots Crawl-delay wins if longer]",
    )
    @click.option("--workers", type=int, help="hosts fetched at once [8]")
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def limit_options(func):
    """Per-document parse limits (trustdocs.isolation): option, else environment, else default."""

    @click.option(
        "--parse-timeout",
        type=float,
        metavar="SECONDS",
        help="wall-clock limit per document [$TRUSTDOCS_PARSE_TIMEOUT or 120]",
    )
    @click.option(
        "--parse-memory-mb",
        type=int,
        metavar="MB",
        help="memory limit per parse worker [$TRUSTDOCS_PARSE_MEMORY_MB or 2048]",
    )
    @click.option(
        "--max-pages",
        type=int,
        metavar="N",
        help="PDF pages read, the rest left with a warning [$TRUSTDOCS_MAX_PAGES or 500]",
    )
    @functools.wraps(func)
    def wrapper(*args, parse_timeout, parse_memory_mb, max_pages, **kwargs):
        from trustdocs.isolation import Limits

        try:
            limits = Limits.resolve(parse_timeout, parse_memory_mb, max_pages)
        except ValueError as exc:
            raise Fatal(str(exc)) from exc
        return func(*args, limits=limits, **kwargs)

    return wrapper


@click.group()
@click.version_option(package_name="trustdocs")
@_with_common
@click.pass_context
def cli(ctx: click.Context, db_path, store_dir, registry, verbose, quiet) -> None:
    """Collect, parse and publish what NHS trusts in England disclose: FOI responses
    and Workforce Race Equality Standard (WRES) reports.

    The common options (--db, --store, --registry, -v, -q) go before or after the
    command."""
    ctx.ensure_object(dict)["common"] = dict(
        db_path=db_path, store_dir=store_dir, registry=registry, verbose=verbose, quiet=quiet
    )


def main() -> None:
    """Entry point: map errors to the documented exit codes (1 fatal, 3 partial)."""
    import signal

    from trustdocs.isolation import Terminated, WorkersCannotStart, raise_terminated

    # SIGTERM (timeout, cron, systemd) unwinds like Ctrl-C: parse workers are stopped,
    # the run is closed as interrupted and the lock released.
    signal.signal(signal.SIGTERM, raise_terminated)
    try:
        code = cli.main(standalone_mode=False)
    except Terminated as exc:
        click.echo(f"Interrupted: {exc}; what was finished is saved.", err=True)
        sys.exit(EXIT_FATAL)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(EXIT_FATAL)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_FATAL)
    except (DatabaseLocked, WorkersCannotStart) as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_FATAL)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


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


def _port(param: str, hosts: list[str], port: int, what: str) -> int:
    """A free port for `what`, checked before any slow work: the next free one when the
    default is busy (said on stderr), a one-line error when `--port` asked for a busy one."""
    from click.core import ParameterSource

    from trustdocs.ports import PortBusy, choose_port

    source = click.get_current_context().get_parameter_source(param)
    explicit = source not in (None, ParameterSource.DEFAULT)
    try:
        chosen = choose_port(hosts, port, explicit, what)
    except PortBusy as exc:
        raise Fatal(f"{what}: {exc}") from exc
    if chosen != port:
        click.echo(f"Port {port} is in use; {what} uses port {chosen} instead.", err=True)
    return chosen


def _serve(db_path: Path, store_dir: Path, host: str, port: int) -> int:
    from trustdocs.publish import serve_datasette

    # Datasette's own exit status (1 when it could not start) is fatal, never "partial".
    return EXIT_OK if serve_datasette(db_path, store_dir, host=host, port=port) == 0 else EXIT_FATAL


def _demo_hosts() -> list[str]:
    from trustdocs.demo.facts import demo_trusts

    return [t.host for t in demo_trusts()]


def _print_scrape_report(summary) -> None:
    from trustdocs.report import format_scrape_report

    click.echo(format_scrape_report(summary))


def _print_parse_report(summary) -> None:
    from trustdocs.report import format_parse_report

    click.echo(format_parse_report(summary))


@cli.command()
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


@cli.command()
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


@cli.command()
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


@cli.command()
@common_options
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--host", default="127.0.0.1", show_default=True)
def serve(settings: Settings, port: int, host: str) -> int:
    """Serve the database with Datasette and metadata.yml (read-only).

    A busy default port moves to the next free one; a busy --port is an error."""
    if not settings.db_path.exists():
        raise Fatal(
            f"no database at {settings.db_path}: run `trustdocs run` or `trustdocs demo` first"
        )
    port = _port("port", [host], port, "Datasette")
    return _serve(settings.db_path, settings.store_dir, host, port)


@cli.command()
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


@cli.command()
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


@cli.command()
@common_options
@click.argument("text")
@click.option("--limit", default=10, show_default=True, type=int)
@click.option("--json", "as_json", is_flag=True, help="print JSON")
def similar(settings: Settings, text: str, limit: int, as_json: bool) -> int:
    """Prior disclosures, from every trust, that answer a draft request.

    Relevance runs from 0 to 1 and compares across drafts: 0.7 × the share of the
    draft's words matched, each weighted by how rare it is among all disclosures, plus
    0.3 × the character-trigram similarity of draft and question. The words a
    disclosure lacks are listed after its relevance."""
    from dataclasses import asdict

    from db.search import similar as find_similar

    if not settings.db_path.exists():
        raise Fatal(
            f"no database at {settings.db_path}: run `trustdocs run` or `trustdocs demo` first"
        )
    matches = find_similar(open_db(settings.db_path), text, limit=limit)
    if as_json:
        rows = [{**asdict(m), "partial": m.partial} for m in matches]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not matches:
        click.echo("No prior disclosure matches that text.")
    elif all(m.partial for m in matches):
        click.echo(
            "No prior disclosure matches every word of the draft; the closest follow, "
            "with the words each one lacks.\n"
        )
    for n, m in enumerate(matches, start=1):
        answer = " ".join((m.answer or "").split())
        lacks = f"; lacks: {', '.join(m.missing)}" if m.missing else ""
        click.echo(
            f"{n}. {m.trust_name or m.trust_ods} — {m.reference or 'no reference'}, "
            f"{m.responded_date or 'date unknown'}  (relevance {m.score:.2f}{lacks})"
        )
        click.echo(f"   Q{m.label or ''}: {' '.join(m.question.split())[:200]}")
        click.echo(f"   A: {answer[:240]}{'…' if len(answer) > 240 else ''}")
        click.echo(f"   {m.url or ''}")
    return EXIT_OK


@cli.command()
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


@cli.command("import-national")
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


@cli.command("parse-file")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--kind", type=click.Choice(["foi", "wres"]), help="skip classification")
@click.option("--json", "as_json", is_flag=True, default=True, help="print JSON (the default)")
@limit_options
def parse_file(file: Path, kind: str | None, as_json: bool, limits) -> int:
    """Print what the parsers extract from one file, as JSON, touching no database.
    The file is read in a worker under the same limits as a run."""
    from trustdocs.isolation import Job
    from trustdocs.report import parse_result_json
    from trustdocs.workerpool import parse_isolated

    job = Job(key=str(file), path=str(file), filename=file.name, kind_hint=kind)
    result = parse_isolated(job, limits).result
    click.echo(json.dumps(parse_result_json(result), indent=2, ensure_ascii=False))
    return EXIT_OK if result.status in ("ok", "partial", "scanned") else EXIT_PARTIAL


@cli.command()
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


@cli.command()
@common_options
@click.option("--no-serve", is_flag=True, help="build the database and exit")
@click.option("--port", default=8001, show_default=True, type=int, help="Datasette port")
@click.option(
    "--workdir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("data/demo"),
    show_default=True,
)
@click.option(
    "--web-port",
    default=8780,
    show_default=True,
    type=int,
    help="port of the demo web on 127.0.0.2…; a fixed port keeps re-runs incremental (0 = any free port)",
)
def demo(settings: Settings, no_serve: bool, port: int, workdir: Path, web_port: int) -> int:
    """Offline demo: start the bundled demo web on loopback, run the whole pipeline
    against it, then serve Datasette.

    Both ports are checked before the build: a busy default moves to the next free
    port, a busy --port / --web-port is an error."""
    from trustdocs.demo_run import build_demo
    from trustdocs.progress import progress_wanted

    if not no_serve:
        port = _port("port", ["127.0.0.1"], port, "Datasette")
    web_port = _port("web_port", _demo_hosts(), web_port, "the demo web")
    show = progress_wanted(settings.quiet)
    if show:  # the bars start after the demo web is up and its trusts' pages are found
        click.echo("Starting the demo web and finding each trust's pages…", err=True)
    result = build_demo(workdir, web_port=web_port, quiet=settings.quiet, show_progress=show)
    click.echo(result.summary())
    if no_serve:
        return EXIT_OK
    return _serve(result.db_path, result.store_dir, "127.0.0.1", port)


@cli.command()
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--no-raw", is_flag=True, help="leave the stored documents out of the bundle")
@click.option("--force", is_flag=True, help="write the bundle even when nothing changed")
@common_options
def publish(settings: Settings, out_dir: Path, no_raw: bool, force: bool) -> int:
    """Write a deployable Datasette bundle (database, metadata, plugins, stored documents,
    Containerfile) to OUT_DIR; does nothing when the database is unchanged since the last
    publish."""
    import sqlite3

    from trustdocs.publish import publish_bundle

    if not settings.db_path.exists():
        raise Fatal(f"no database at {settings.db_path}")
    try:
        result = publish_bundle(
            settings.db_path, settings.store_dir, out_dir, include_raw=not no_raw, force=force
        )
    except (OSError, sqlite3.Error) as exc:
        raise Fatal(f"cannot publish: {exc}") from exc
    click.echo(result.summary())
    return EXIT_OK


@cli.command("demo-web")
@click.option("--port", default=8780, show_default=True, type=int, help="port on 127.0.0.2…")
@click.option(
    "--registry-out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="write the demo trusts' registry CSV here, for `trustdocs run --registry`",
)
def demo_web(port: int, registry_out: Path | None) -> int:
    """Serve only the offline demo web, so `run` and `scrape` can be tried against it."""
    import time

    from trustdocs.demo.server import DemoWeb
    from trustdocs.demo_run import discovered_demo_rows
    from trustdocs.registry import write_registry_csv

    port = _port("port", _demo_hosts(), port, "the demo web")
    with DemoWeb(port=port) as web:
        rows = discovered_demo_rows(web)
        if registry_out:
            registry_out.parent.mkdir(parents=True, exist_ok=True)
            with registry_out.open("w", newline="") as fh:
                write_registry_csv(rows, fh)
            click.echo(f"Registry of the demo trusts written to {registry_out}")
        for row in rows:
            click.echo(f"{row['ods_code']}  {row['website']}  {row['name']}")
        click.echo("Serving the demo web; Ctrl-C to stop.")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return EXIT_OK


if __name__ == "__main__":
    main()
