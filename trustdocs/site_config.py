"""What the Datasette site is made of, for serving here (trustdocs.publish) and for the
deployable bundle (trustdocs.bundle): metadata.yml, the plugins and the modules they
vendor, the database name, and the settings of a public read-only site."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import yaml

from trustdocs.settings import REPO_ROOT

METADATA = REPO_ROOT / "metadata.yml"
PLUGINS_DIR = REPO_ROOT / "trustdocs" / "plugins"
# Modules the plugins use from the trustdocs packages, copied into the bundle's
# plugins/vendor/ (the container installs Datasette only; see trustdocs_params.py).
# The WRES vocabulary (cells.py and the vocab.py it imports, standard library only) goes
# in as a package of its own, VENDOR_PACKAGE, so it can never shadow an installed parsers.
VENDOR_PACKAGE = "trustdocs_vocab"
VENDORED = {
    "bands.py": REPO_ROOT / "parsers" / "wres" / "bands.py",
    "cells.py": REPO_ROOT / "parsers" / "wres" / "cells.py",
    "vocab.py": REPO_ROOT / "parsers" / "wres" / "vocab.py",
}
DATABASE_NAME = "trustdocs"  # the name metadata.yml describes (databases: trustdocs:)

# Settings for a public, read-only site: a short SQL time limit, bounded result
# sizes, no facet suggestions (they run many queries per page on big tables).
DATASETTE_SETTINGS = {
    "sql_time_limit_ms": "3000",
    "max_returned_rows": "2000",
    "facet_time_limit_ms": "200",
    "default_page_size": "50",
    "allow_download": "on",
    "suggest_facets": "off",
    "default_cache_ttl": "3600",
    "truncate_cells_html": "600",
}


def typed_settings(**overrides: str) -> dict:
    """DATASETTE_SETTINGS typed as ``Datasette(settings=...)`` wants them (the CLI parses)."""
    out: dict = {}
    for name, value in {**DATASETTE_SETTINGS, **overrides}.items():
        value = str(value)
        out[name] = value == "on" if value in ("on", "off") else int(value)
    return out


# Datasette plugins the published site uses (installed from PyPI in the bundle).
SITE_PLUGINS = ["datasette-dashboards"]


def checkpoint(db_path: Path) -> None:
    """Fold the write-ahead log into the main file, so an immutable reader sees everything."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def site_metadata(db_name: str = DATABASE_NAME, store_dir: Path | None = None) -> dict:
    """metadata.yml as a dict, re-keyed for a database file named ``db_name``.

    Datasette names a database after its file, and metadata applies by that name; a
    database saved as ``other.db`` gets the same descriptions, queries and charts.
    """
    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    if db_name != DATABASE_NAME:
        dbs = meta.get("databases", {})
        if DATABASE_NAME in dbs:
            dbs[db_name] = dbs.pop(DATABASE_NAME)
        for key in ("description_html", "description"):
            if isinstance(meta.get(key), str):
                meta[key] = meta[key].replace(f"/{DATABASE_NAME}/", f"/{db_name}/")
        dashboards = meta.get("plugins", {}).get("datasette-dashboards", {})
        for board in dashboards.values():
            for chart in board.get("charts", {}).values():
                if chart.get("db") == DATABASE_NAME:
                    chart["db"] = db_name
                if chart.get("library") == "markdown" and isinstance(chart.get("display"), str):
                    chart["display"] = chart["display"].replace(
                        f"/{DATABASE_NAME}/", f"/{db_name}/"
                    )
            for flt in board.get("filters", {}).values():
                if flt.get("db") == DATABASE_NAME:
                    flt["db"] = db_name
    if store_dir is not None:
        meta.setdefault("plugins", {}).setdefault("trustdocs", {})["store"] = str(
            Path(store_dir).resolve()
        )
    return meta
