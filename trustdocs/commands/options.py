"""What every `trustdocs` subcommand shares: exit codes, the fatal error, and the option
groups (common, scrape, parse limits) with the rules that merge them."""

from __future__ import annotations

import functools
import logging
from typing import Any

import click

from trustdocs.settings import Settings

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
