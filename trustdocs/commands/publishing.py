"""Commands that show the database to readers: `serve`, `publish`, and the offline
`demo` and `demo-web`."""

from __future__ import annotations

from pathlib import Path

import click

from trustdocs.commands.options import EXIT_FATAL, EXIT_OK, Fatal, common_options
from trustdocs.settings import Settings


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
    import sqlite3

    from trustdocs.publish import serve_datasette
    from trustdocs.settings import is_unreadable

    try:
        status = serve_datasette(db_path, store_dir, host=host, port=port)
    except sqlite3.DatabaseError as exc:  # from the checkpoint before Datasette starts
        if is_unreadable(exc):
            raise Fatal(f"cannot serve {db_path}: {exc}") from exc
        raise
    # Datasette's own exit status (1 when it could not start) is fatal, never "partial".
    return EXIT_OK if status == 0 else EXIT_FATAL


def _demo_hosts() -> list[str]:
    from trustdocs.demo.facts import demo_trusts

    return [t.host for t in demo_trusts()]


@click.command()
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


@click.command()
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


@click.command()
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


@click.command("demo-web")
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
