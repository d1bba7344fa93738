"""How the tests open the published site in-process: one Datasette, read-only, with the
site's metadata and plugins and a SQL time limit long enough for a loaded machine.

The tests check that pages and queries answer correctly; how fast they answer is
benchmarks/bench_datasette.py's business. Datasette's default limit (1 s) made a chart
query fail when the test run shared two cores with other work.
"""

from __future__ import annotations

from pathlib import Path

from datasette.app import Datasette

from trustdocs.publish import PLUGINS_DIR

TEST_SETTINGS = {"sql_time_limit_ms": 30_000}


def open_site(
    db: Path, metadata: dict, *, plugins_dir: Path = PLUGINS_DIR, mutable: bool = False
) -> Datasette:
    """The site over `db` as `trustdocs serve` publishes it (immutable unless `mutable`)."""
    files = [str(db)] if mutable else []
    immutables = [] if mutable else [str(db)]
    return Datasette(
        files,
        immutables=immutables,
        metadata=metadata,
        plugins_dir=str(plugins_dir),
        settings=TEST_SETTINGS,
    )
