"""Serving and publishing the database with Datasette.

* `serve_datasette` runs Datasette on this machine, read-only, with metadata.yml and
  the trustdocs plugin (``trustdocs/plugins``: stored copies of documents under
  ``/-/raw/<sha256>``, provenance links, safe full-text queries).
* `publish_bundle` writes a folder that can be deployed anywhere a container runs:
  a copy of the database, metadata.yml, the plugins folder, the stored copies of the
  published documents, requirements.txt and a Containerfile/Dockerfile. It does
  nothing when neither the database's content nor the site's configuration changed
  since the last publish (a content hash is kept in ``publish.json``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata as importlib_metadata
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


def datasette_command(
    db_path: Path,
    host: str,
    port: int,
    *,
    metadata: Path | None = None,
    plugins_dir: Path | None = PLUGINS_DIR,
) -> list[str]:
    """The `datasette serve` command line for a public read-only site."""
    command = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        "--immutable",
        str(db_path),
        "--metadata",
        str(metadata or METADATA),
        "--host",
        host,
        "--port",
        str(port),
        "--cors",
    ]
    if plugins_dir is not None:
        command += ["--plugins-dir", str(plugins_dir)]
    for name, value in DATASETTE_SETTINGS.items():
        command += ["--setting", name, value]
    return command


def serve_datasette(
    db_path: Path, store_dir: Path, host: str = "127.0.0.1", port: int = 8001
) -> int:
    db_path = Path(db_path)
    checkpoint(db_path)
    env = dict(os.environ, TRUSTDOCS_STORE=str(Path(store_dir).resolve()))
    with tempfile.TemporaryDirectory(prefix="trustdocs-serve-") as tmp:
        metadata = METADATA
        if db_path.stem != DATABASE_NAME:
            metadata = Path(tmp) / "metadata.yml"
            metadata.write_text(yaml.safe_dump(site_metadata(db_path.stem), sort_keys=False))
        print(f"Serving {db_path} at http://{host}:{port}/  (Ctrl-C to stop)", flush=True)
        try:
            return subprocess.call(
                datasette_command(db_path, host, port, metadata=metadata), env=env
            )
        except KeyboardInterrupt:
            return 0


# --- publishing a deployable bundle ---------------------------------------------


def database_content_hash(db_path: Path) -> str:
    """SHA-256 of the database's logical content: schema and every row of every table.

    Independent of the file's bytes, which change on every open (WAL, change counter)
    even when nothing was written. Full-text shadow tables are derived, so skipped.
    """
    h = hashlib.sha256()
    conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    try:
        objects = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "ORDER BY type, name"
        ).fetchall()
        fts = {name for _, name, sql in objects if sql and "USING FTS" in sql.upper()}
        for kind, name, sql in objects:
            h.update(f"{kind}\0{name}\0{sql}\0".encode())
            if kind != "table" or name in fts or any(name.startswith(f + "_") for f in fts):
                continue
            pks = [
                r[1]
                for r in sorted(conn.execute(f"PRAGMA table_info([{name}])"), key=lambda r: r[5])
                if r[5]
            ]
            order = " ORDER BY " + ", ".join(f"[{c}]" for c in pks) if pks else ""
            cur = conn.execute(f"SELECT * FROM [{name}]{order}")
            while rows := cur.fetchmany(5000):
                h.update(repr(rows).encode())
    finally:
        conn.close()
    return h.hexdigest()


def _site_hash() -> str:
    """SHA-256 of what shapes the site besides the data: metadata and plugins."""
    h = hashlib.sha256(METADATA.read_bytes())
    for path in [*sorted(PLUGINS_DIR.glob("*.py")), *VENDORED.values()]:
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _version(dist: str) -> str | None:
    try:
        return importlib_metadata.version(dist)
    except importlib_metadata.PackageNotFoundError:
        return None


def requirements_txt() -> str:
    lines = [f"datasette=={_version('datasette') or '0.65.5'}"]
    for name in SITE_PLUGINS:
        version = _version(name)
        lines.append(f"{name}=={version}" if version else name)
    return "\n".join(lines) + "\n"


def containerfile() -> str:
    settings = " ".join(f"--setting {n} {v}" for n, v in DATASETTE_SETTINGS.items())
    return f"""# The published trustdocs site: Datasette, read-only, with the stored documents.
# Build and run:  docker build -t trustdocs-site . && docker run -p 8001:8001 trustdocs-site
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY {DATABASE_NAME}.db metadata.yml ./
COPY plugins/ plugins/
COPY raw/ raw/
ENV TRUSTDOCS_STORE=/app/raw PORT=8001
EXPOSE 8001
RUN datasette inspect {DATABASE_NAME}.db --inspect-file inspect-data.json
CMD ["sh", "-c", "exec datasette serve --immutable {DATABASE_NAME}.db --inspect-file inspect-data.json --metadata metadata.yml --plugins-dir plugins --host 0.0.0.0 --port ${{PORT}} --cors {settings}"]
"""


@dataclass
class PublishResult:
    out_dir: Path
    changed: bool
    content_hash: str
    actions: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if not self.changed:
            return (
                f"{self.out_dir}: unchanged since the last publish "
                f"(content {self.content_hash[:12]}); nothing to do"
            )
        return f"Published to {self.out_dir} (content {self.content_hash[:12]}):\n" + "\n".join(
            f"  {a}" for a in self.actions
        )


def _copy_database(src: Path, dest: Path) -> None:
    """A consistent copy (SQLite backup API) in rollback-journal mode, for --immutable."""
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{src.resolve()}?mode=ro", uri=True)
    target = sqlite3.connect(tmp)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        target.commit()
    finally:
        target.close()
        source.close()
    os.replace(tmp, dest)


def _published_shas(db_path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db_path.resolve()}?mode=ro", uri=True)
    try:
        return [
            r[0]
            for r in conn.execute(
                "SELECT sha256 FROM documents WHERE url LIKE 'http://%' OR url LIKE 'https://%' "
                "ORDER BY sha256"
            )
        ]
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def _copy_raw(db_path: Path, store_dir: Path, raw_out: Path) -> tuple[int, int, int]:
    """Copy the stored files of published documents; returns (copied, kept, missing).

    Hard links when the store is on the same filesystem; files already in the bundle
    are kept (content-addressed, so same name means same bytes); files no longer
    referenced are removed.
    """
    copied = kept = missing = 0
    wanted = set()
    for sha in _published_shas(db_path):
        rel = Path(sha[:2]) / sha[2:4] / sha
        wanted.add(rel)
        dest = raw_out / rel
        if dest.is_file():
            kept += 1
            continue
        src = store_dir / rel
        if not src.is_file():
            missing += 1
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(src, dest)
        except OSError:
            shutil.copyfile(src, dest)
        copied += 1
    if raw_out.is_dir():
        for path in raw_out.rglob("*"):
            if path.is_file() and path.relative_to(raw_out) not in wanted:
                path.unlink()
    return copied, kept, missing


def publish_bundle(
    db_path: Path, store_dir: Path, out_dir: Path, *, include_raw: bool = True, force: bool = False
) -> PublishResult:
    """Write (or refresh) a deployable bundle in ``out_dir``; see the module docstring."""
    db_path, store_dir, out_dir = Path(db_path), Path(store_dir), Path(out_dir)
    if not db_path.is_file():
        raise FileNotFoundError(f"no database at {db_path}")
    with contextlib.suppress(sqlite3.Error):
        checkpoint(db_path)
    content_hash = hashlib.sha256(
        (database_content_hash(db_path) + _site_hash() + str(include_raw)).encode()
    ).hexdigest()
    manifest_path = out_dir / "publish.json"
    previous = {}
    if manifest_path.is_file():
        with contextlib.suppress(ValueError):
            previous = json.loads(manifest_path.read_text())
    if (
        not force
        and previous.get("content_hash") == content_hash
        and (out_dir / f"{DATABASE_NAME}.db").is_file()
    ):
        return PublishResult(out_dir, False, content_hash)

    out_dir.mkdir(parents=True, exist_ok=True)
    actions = []
    db_out = out_dir / f"{DATABASE_NAME}.db"
    _copy_database(db_path, db_out)
    actions.append(f"wrote {db_out.name} ({db_out.stat().st_size / 1e6:.1f} MB)")

    meta = site_metadata(DATABASE_NAME)
    (out_dir / "metadata.yml").write_text(
        yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8"
    )
    actions.append("wrote metadata.yml")

    plugins_out = out_dir / "plugins"
    if plugins_out.exists():
        shutil.rmtree(plugins_out)
    plugins_out.mkdir()
    for path in sorted(PLUGINS_DIR.glob("*.py")):
        shutil.copyfile(path, plugins_out / path.name)
    package = plugins_out / "vendor" / VENDOR_PACKAGE
    package.mkdir(parents=True)
    (package / "__init__.py").write_text('"""Copied from trustdocs parsers/wres/."""\n')
    for name, path in VENDORED.items():
        shutil.copyfile(path, package / name)
    actions.append(f"wrote plugins/ ({len(list(plugins_out.glob('*.py')))} file(s))")

    raw_out = out_dir / "raw"
    raw_out.mkdir(exist_ok=True)
    if include_raw:
        copied, kept, missing = _copy_raw(db_path, store_dir, raw_out)
        actions.append(
            f"raw/: {copied} stored document(s) copied, {kept} kept"
            + (f", {missing} missing from {store_dir}" if missing else "")
        )
    (out_dir / "requirements.txt").write_text(requirements_txt())
    actions.append("wrote requirements.txt")
    text = containerfile()
    (out_dir / "Containerfile").write_text(text)
    (out_dir / "Dockerfile").write_text(text)
    actions.append("wrote Containerfile and Dockerfile")

    manifest = {
        "content_hash": content_hash,
        "published_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "source_database": str(db_path.resolve()),
        "datasette": _version("datasette"),
        "plugins": {name: _version(name) for name in SITE_PLUGINS},
        "include_raw": include_raw,
    }
    tmp = manifest_path.with_suffix(".json.part")
    tmp.write_text(json.dumps(manifest, indent=2) + "\n")
    os.replace(tmp, manifest_path)
    actions.append("wrote publish.json")
    return PublishResult(out_dir, True, content_hash, actions)


# --- a fictional sample database (tests, screenshots, benchmarks) -----------------
