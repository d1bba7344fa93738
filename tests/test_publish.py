"""Serving and publishing: the Datasette command, the deployable bundle, the stored-copy
route and the provenance links of the trustdocs plugin."""

from __future__ import annotations

import asyncio
import hashlib
import importlib.util
import json
import sqlite3
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from datasette.app import Datasette

from tests.site_util import open_site
from trustdocs import publish
from trustdocs.publish import (
    DATASETTE_SETTINGS,
    PLUGINS_DIR,
    datasette_command,
    publish_bundle,
    site_metadata,
)
from trustdocs.sample_db import build_sample_database


def _load_plugin():
    spec = importlib.util.spec_from_file_location(
        "trustdocs_site", PLUGINS_DIR / "trustdocs_site.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


site = _load_plugin()


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("pub")
    db = build_sample_database(
        root / "trustdocs.db", store_dir=root / "raw", trusts=4, years=2, requests_per_trust=3
    )
    return db, root / "raw"


def _ds(db: Path, store: Path) -> Datasette:
    return open_site(db, site_metadata(db.stem, store_dir=store))


# --- serve ---------------------------------------------------------------------------


def test_datasette_command_is_read_only_and_bounded(tmp_path):
    cmd = datasette_command(tmp_path / "trustdocs.db", "127.0.0.1", 8123)
    assert cmd[1:4] == ["-m", "datasette", "serve"]
    assert cmd[cmd.index("--immutable") + 1] == str(tmp_path / "trustdocs.db")
    assert cmd[cmd.index("--plugins-dir") + 1] == str(PLUGINS_DIR)
    assert cmd[cmd.index("--metadata") + 1].endswith("metadata.yml")
    assert cmd[cmd.index("--port") + 1] == "8123"
    settings = {cmd[i + 1]: cmd[i + 2] for i, a in enumerate(cmd) if a == "--setting"}
    assert settings == DATASETTE_SETTINGS
    assert int(settings["sql_time_limit_ms"]) <= 5000
    assert int(settings["max_returned_rows"]) <= 5000


def test_serve_datasette_passes_store_and_renames_metadata(monkeypatch, tmp_path, sample):
    db, store = sample
    other = tmp_path / "nightly.db"
    other.write_bytes(db.read_bytes())
    seen = {}

    def fake_call(cmd, env):
        seen["cmd"], seen["env"] = cmd, env
        meta = yaml.safe_load(Path(cmd[cmd.index("--metadata") + 1]).read_text())
        seen["meta"] = meta
        return 0

    monkeypatch.setattr(publish.subprocess, "call", fake_call)
    assert publish.serve_datasette(other, store, host="127.0.0.1", port=8009) == 0
    assert seen["env"]["TRUSTDOCS_STORE"] == str(store.resolve())
    assert "nightly" in seen["meta"]["databases"] and "trustdocs" not in seen["meta"]["databases"]
    charts = seen["meta"]["plugins"]["datasette-dashboards"]["wres"]["charts"]
    assert {c.get("db") for c in charts.values()} <= {"nightly", None}
    assert "/nightly/before_you_ask" in seen["meta"]["description_html"]


# --- the plugin: stored copies --------------------------------------------------------


def test_raw_route_serves_published_documents_only(sample):
    db, store = sample
    conn = sqlite3.connect(db)
    published = conn.execute(
        "SELECT sha256 FROM documents WHERE url LIKE 'https://%' LIMIT 1"
    ).fetchone()[0]
    private = conn.execute("SELECT sha256 FROM documents WHERE url LIKE 'file:%'").fetchone()[0]
    conn.close()
    raw = site.raw_path(store, published)
    assert raw.is_file() and hashlib.sha256(raw.read_bytes()).hexdigest() == published

    async def run():
        ds = _ds(db, store)
        r = await ds.client.get(f"/-/raw/{published}")
        assert r.status_code == 200
        assert r.content == raw.read_bytes()
        assert r.headers["content-type"] == "application/pdf"
        assert r.headers["content-disposition"].startswith("inline")
        assert r.headers["x-content-type-options"] == "nosniff"
        # a requester's own (ingested) response is in the store but never served
        assert site.raw_path(store, private).is_file()
        assert (await ds.client.get(f"/-/raw/{private}")).status_code == 404
        # only 64 lower-case hex digits; never a path
        for bad in (
            "../../etc/passwd",
            "%2e%2e%2fetc%2fpasswd",
            published.upper(),
            published[:40],
            "0" * 64,
        ):
            r = await ds.client.get(f"/-/raw/{bad}")
            assert r.status_code in (302, 404), bad  # 302: Datasette normalising the path
            assert b"%PDF" not in r.content and b"root:" not in r.content

    asyncio.run(run())


def test_raw_route_missing_file_and_hostile_html(tmp_path):
    db = build_sample_database(tmp_path / "trustdocs.db", trusts=1, years=1, requests_per_trust=1)
    store = tmp_path / "raw"
    page = b"<!DOCTYPE html><html><script>alert(1)</script></html>"
    sha = hashlib.sha256(page).hexdigest()
    target = site.raw_path(store, sha)
    target.parent.mkdir(parents=True)
    target.write_bytes(page)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "INSERT INTO documents (sha256, trust_ods, url, kind, first_seen, last_seen) "
            "VALUES (?, 'RA0', 'https://www.ashford.nhs.uk/foi/x.html', 'foi_response', 'now', 'now')",
            [sha],
        )
    missing = conn.execute(
        "SELECT sha256 FROM documents WHERE url LIKE 'https%' LIMIT 1"
    ).fetchone()[0]
    conn.close()

    async def run():
        ds = _ds(db, store)
        r = await ds.client.get(f"/-/raw/{sha}")
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/html")
        assert "sandbox" in r.headers["content-security-policy"]
        r = await ds.client.get(f"/-/raw/{missing}")  # published, but not in this store
        assert r.status_code == 404 and "https://" in r.text

    asyncio.run(run())


def test_store_from_environment(monkeypatch, sample):
    db, store = sample
    monkeypatch.setenv("TRUSTDOCS_STORE", str(store))
    ds = open_site(db, site_metadata(db.stem))
    assert site.store_root(ds) == store


# --- the plugin: provenance links and safe full-text queries ----------------------------


def test_every_figure_and_answer_links_to_its_source(sample):
    db, store = sample

    async def run():
        ds = _ds(db, store)
        for path, page in (
            ("/trustdocs/wres_metrics?_size=5", True),
            ("/trustdocs/wres_benchmark?_size=5", True),
            ("/trustdocs/foi_items?_size=5", False),
            ("/trustdocs/foi_requests?_size=5", False),
            ("/trustdocs/documents?_size=5", False),
            ("/trustdocs/wres_indicator_ranking?indicator=1&period=", True),
            ("/trustdocs/before_you_ask?text=agency+nurses", False),
        ):
            r = await ds.client.get(path)
            assert r.status_code == 200, path
            pattern = r'href="/-/raw/[0-9a-f]{64}' + (r"#page=\d+" if page else "")
            assert __import__("re").search(pattern, r.text), f"no stored-copy link on {path}"
            assert 'href="https://www.' in r.text, f"no original link on {path}"

    asyncio.run(run())


@pytest.mark.parametrize(
    "text, mode, column, expected",
    [
        (
            "How much did the Trust spend on agency nurses?",
            "any",
            None,
            '"spend" OR "agency" OR "nurses"',
        ),
        ("agency nurses", "all", "question", 'question : ("agency" AND "nurses")'),
        ("bed's \"NEAR( OR *", "any", None, '"bed" OR "near"'),
        ("2022/23", "all", None, '"2022" AND "23"'),
        ("", "any", None, '""'),
        ("the of and", "all", "question", '""'),
        (None, "any", None, '""'),
    ],
)
def test_fts_query(text, mode, column, expected):
    assert site.fts_query(text, mode, column) == expected


def test_fts_query_is_valid_fts5_for_anything():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(question, answer, tokenize='porter')")
    conn.execute("INSERT INTO f VALUES ('Agency nurses spend 2022/23', 'none')")
    for text in ['"', "(", "a:b", "NEAR/3", "^x", "-y", "éclair café", "x" * 500]:
        for mode in ("any", "all"):
            conn.execute(
                "SELECT * FROM f WHERE f MATCH ?", [site.fts_query(text, mode, "question")]
            )
    assert conn.execute(
        "SELECT count(*) FROM f WHERE f MATCH ?", [site.fts_query("nurse spending", "all")]
    ).fetchone() == (1,)  # porter stemming still applies to quoted terms
    with pytest.raises(ValueError):
        site.fts_query("x", "any", "question) OR (answer")


# --- publish -----------------------------------------------------------------------------


def test_publish_bundle_writes_everything_then_does_nothing_when_unchanged(tmp_path, sample):
    src_dir = tmp_path / "src"
    src_dir.mkdir()
    db, store = sample
    src = src_dir / "trustdocs.db"
    src.write_bytes(db.read_bytes())
    out = tmp_path / "site"

    first = publish_bundle(src, store, out)
    assert first.changed
    for name in (
        "trustdocs.db",
        "metadata.yml",
        "requirements.txt",
        "Containerfile",
        "Dockerfile",
        "publish.json",
    ):
        assert (out / name).is_file(), name
    assert (out / "plugins" / "trustdocs_site.py").is_file()
    assert (out / "plugins" / "trustdocs_params.py").is_file()
    # the parsers' vocabulary the forgiving parameters use, for a container without trustdocs
    assert (out / "plugins" / "vendor" / "trustdocs_vocab" / "cells.py").is_file()
    assert (out / "plugins" / "vendor" / "trustdocs_vocab" / "vocab.py").is_file()
    manifest = json.loads((out / "publish.json").read_text())
    assert manifest["content_hash"] == first.content_hash
    assert "datasette==" in (out / "requirements.txt").read_text()
    assert "datasette-dashboards" in (out / "requirements.txt").read_text()
    container = (out / "Containerfile").read_text()
    assert "--immutable trustdocs.db" in container and "--plugins-dir plugins" in container
    assert "TRUSTDOCS_STORE=/app/raw" in container
    # the copy is complete, readable without its WAL, and holds the same content
    conn = sqlite3.connect(out / "trustdocs.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM foi_items").fetchone()[0] > 0
    conn.close()
    # stored copies: published documents only
    copied = {p.name for p in (out / "raw").rglob("*") if p.is_file()}
    conn = sqlite3.connect(src)
    published = {r[0] for r in conn.execute("SELECT sha256 FROM documents WHERE url LIKE 'http%'")}
    private = {r[0] for r in conn.execute("SELECT sha256 FROM documents WHERE url LIKE 'file:%'")}
    conn.close()
    assert copied == published and not copied & private

    mtime = (out / "trustdocs.db").stat().st_mtime_ns
    # opening the database (as every command does) changes its bytes, not its content
    conn = sqlite3.connect(src)
    conn.execute(
        "INSERT OR REPLACE INTO schema_meta VALUES ('schema_version', (SELECT value FROM schema_meta WHERE key = 'schema_version'))"
    )
    conn.commit()
    conn.close()
    second = publish_bundle(src, store, out)
    assert not second.changed
    assert "nothing to do" in second.summary()
    assert (out / "trustdocs.db").stat().st_mtime_ns == mtime

    conn = sqlite3.connect(src)
    with conn:
        conn.execute("UPDATE foi_items SET answer = 'Corrected answer' WHERE id = 1")
    conn.close()
    third = publish_bundle(src, store, out)
    assert third.changed and third.content_hash != first.content_hash
    assert "wrote trustdocs.db" in third.summary()


def test_publish_without_raw_removes_the_stored_copies_an_earlier_publish_wrote(tmp_path, sample):
    db, store = sample
    out = tmp_path / "site"
    publish_bundle(db, store, out)
    assert any(p.is_file() for p in (out / "raw").rglob("*"))
    without = publish_bundle(db, store, out, include_raw=False)
    assert without.changed
    # --no-raw means no stored document in the bundle, not the previous publish's copies
    assert (out / "raw").is_dir() and not any(p.is_file() for p in (out / "raw").rglob("*"))
    assert not json.loads((out / "publish.json").read_text())["include_raw"]


def test_published_bundle_serves(tmp_path, sample):
    db, store = sample
    out = tmp_path / "site"
    publish_bundle(db, store, out)
    meta = yaml.safe_load((out / "metadata.yml").read_text())

    async def run():
        import os

        os.environ["TRUSTDOCS_STORE"] = str(out / "raw")
        try:
            ds = open_site(out / "trustdocs.db", meta, plugins_dir=out / "plugins")
            assert (await ds.client.get("/trustdocs/before_you_ask?text=agency")).status_code == 200
            r = await ds.client.get(
                "/trustdocs/wres_indicator_ranking.json",
                params={"indicator": "5", "ethnic_group": "BAME", "period": "2023-24"},
            )
            assert r.status_code == 200 and r.json()["rows"], r.text[:300]
            sha = next(p.name for p in (out / "raw").rglob("*") if p.is_file())
            assert (await ds.client.get(f"/-/raw/{sha}")).status_code == 200
        finally:
            del os.environ["TRUSTDOCS_STORE"]

    asyncio.run(run())


def test_publish_command(tmp_path, sample):
    from trustdocs.cli import cli

    db, store = sample
    src = tmp_path / "trustdocs.db"
    src.write_bytes(db.read_bytes())
    runner = CliRunner()
    args = ["publish", str(tmp_path / "site"), "--db", str(src), "--store", str(store)]
    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert "Published to" in first.output and "trustdocs.db" in first.output
    second = runner.invoke(cli, args)
    assert second.exit_code == 0
    assert "unchanged since the last publish" in second.output
    missing = runner.invoke(
        cli, ["publish", str(tmp_path / "x"), "--db", str(tmp_path / "none.db")]
    )
    assert missing.exit_code != 0


def test_the_bundles_plugin_finds_its_vendored_vocabulary(tmp_path, sample):
    """Without the trustdocs packages (as in the container) the forgiving parameters
    read the copy of parsers/wres/cells.py and vocab.py in plugins/vendor/."""
    import importlib.util

    db, store = sample
    out = tmp_path / "site"
    publish_bundle(db, store, out)
    spec = importlib.util.spec_from_file_location(
        "bundle_params", out / "plugins" / "trustdocs_params.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cells = module.load_cells(prefer_package=False)
    vendor = out / "plugins" / "vendor" / "trustdocs_vocab"
    assert cells.__file__ == str(vendor / "cells.py")
    # its vocabulary is the bundle's copy too, not the installed parsers package
    assert sys.modules[cells.__package__ + ".vocab"].__file__ == str(vendor / "vocab.py")
    assert cells.ethnic_groups("global majority") == ["BME"]
    assert cells.parse_period("2023-24").period == "2023/24"
