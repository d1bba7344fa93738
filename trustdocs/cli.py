"""The `trustdocs` command line: a thin layer over trustdocs.pipeline and friends.

The group and the entry point are here; the subcommands live in trustdocs/commands/,
grouped by who uses them: operator.py (run, scrape, parse, ingest, status, trusts,
discover, import-national), research.py (similar, parse-file) and publishing.py (serve,
publish, demo, demo-web). Their shared options and exit codes are in options.py."""

from __future__ import annotations

import sys

import click

from trustdocs.commands.operator import (
    discover,
    import_national,
    ingest,
    parse,
    run,
    scrape,
    status,
    trusts,
)
from trustdocs.commands.options import (  # noqa: F401 - re-exported: the documented names
    EXIT_FATAL,
    EXIT_OK,
    EXIT_PARTIAL,
    Fatal,
    _with_common,
    common_options,
)
from trustdocs.commands.publishing import demo, demo_web, publish, serve
from trustdocs.commands.research import parse_file, similar
from trustdocs.settings import DatabaseLocked, DatabaseUnreadable


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
    except (DatabaseLocked, DatabaseUnreadable, WorkersCannotStart) as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_FATAL)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


# In the order they were written; `trustdocs --help` lists them by name.
for _command in (
    run,
    scrape,
    parse,
    serve,
    status,
    trusts,
    similar,
    discover,
    import_national,
    parse_file,
    ingest,
    demo,
    publish,
    demo_web,
):
    cli.add_command(_command)


if __name__ == "__main__":
    main()
