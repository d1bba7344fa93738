"""Serving and publishing the database with Datasette.

* `serve_datasette` runs Datasette on this machine, read-only, with metadata.yml and
  the trustdocs plugin (``trustdocs/plugins``: stored copies of documents under
  ``/-/raw/<sha256>``, provenance links, safe full-text queries).
* `publish_bundle` writes a folder that can be deployed anywhere a container runs:
  a copy of the database, metadata.yml, the plugins folder, the stored copies of the
  published documents, requirements.txt and a Containerfile/Dockerfile. It does
  nothing when neither the database's content nor the site's configuration changed
  since the last publish (a content hash is kept in ``publish.json``).

The site's ingredients (metadata, plugins, settings) are in trustdocs/site_config.py and
the bundle in trustdocs/bundle.py; their names are re-exported here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from trustdocs.bundle import (  # noqa: F401 - re-exported
    PublishResult,
    containerfile,
    database_content_hash,
    publish_bundle,
    requirements_txt,
)
from trustdocs.site_config import (  # noqa: F401 - re-exported
    DATABASE_NAME,
    DATASETTE_SETTINGS,
    METADATA,
    PLUGINS_DIR,
    SITE_PLUGINS,
    VENDOR_PACKAGE,
    VENDORED,
    checkpoint,
    site_metadata,
    typed_settings,
)


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
