"""Serving the database with Datasette."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from trustdocs.settings import REPO_ROOT

METADATA = REPO_ROOT / "metadata.yml"

# Settings for a public, read-only site: short SQL time limit, bounded result sizes.
DATASETTE_SETTINGS = {
    "sql_time_limit_ms": "3000",
    "max_returned_rows": "2000",
    "facet_time_limit_ms": "500",
    "default_page_size": "50",
    "allow_download": "on",
}


def checkpoint(db_path: Path) -> None:
    """Fold the write-ahead log into the main file, so an immutable reader sees everything."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def datasette_command(db_path: Path, host: str, port: int) -> list[str]:
    command = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        "--immutable",
        str(db_path),
        "--metadata",
        str(METADATA),
        "--host",
        host,
        "--port",
        str(port),
    ]
    for name, value in DATASETTE_SETTINGS.items():
        command += ["--setting", name, value]
    return command


def serve_datasette(
    db_path: Path, store_dir: Path, host: str = "127.0.0.1", port: int = 8001
) -> int:
    checkpoint(db_path)
    print(f"Serving {db_path} at http://{host}:{port}/  (Ctrl-C to stop)", flush=True)
    try:
        return subprocess.call(datasette_command(db_path, host, port))
    except KeyboardInterrupt:
        return 0
