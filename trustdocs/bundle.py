"""The deployable bundle: a folder that runs anywhere a container runs (see
`publish_bundle`). Re-exported by trustdocs.publish."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata as importlib_metadata
from pathlib import Path

import yaml

from trustdocs.site_config import (
    DATABASE_NAME,
    DATASETTE_SETTINGS,
    METADATA,
    PLUGINS_DIR,
    SITE_PLUGINS,
    VENDOR_PACKAGE,
    VENDORED,
    checkpoint,
    site_metadata,
)


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
    if include_raw:
        raw_out.mkdir(exist_ok=True)
        copied, kept, missing = _copy_raw(db_path, store_dir, raw_out)
        actions.append(
            f"raw/: {copied} stored document(s) copied, {kept} kept"
            + (f", {missing} missing from {store_dir}" if missing else "")
        )
    else:
        # an earlier publish's copies must not ship in a bundle asked to leave them out;
        # raw/ stays, empty, for the Containerfile's COPY
        if raw_out.is_dir():
            shutil.rmtree(raw_out)
        raw_out.mkdir()
        actions.append("raw/: left empty (--no-raw)")
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
