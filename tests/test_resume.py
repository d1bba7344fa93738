"""A run killed with SIGKILL at any moment, then started again, ends with the same
database as an uninterrupted run; a second run on a locked database exits 1."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

from trustdocs.demo.server import DemoWeb
from trustdocs.demo_run import discovered_demo_rows
from trustdocs.registry import write_registry_csv
from trustdocs.settings import RunLock

pytestmark = [pytest.mark.network, pytest.mark.slow]

# (query, columns) pairs whose rows must be identical, order aside.
SNAPSHOT = {
    "documents": "select sha256, trust_ods, url, kind, parse_status, parser_version from documents",
    "document_urls": "select url, sha256 from document_urls",
    "http_cache": "select url, sha256, etag from http_cache",
    "foi_requests": "select document_sha256, reference, received_date, responded_date, working_days, outcome from foi_requests",
    "foi_items": "select r.document_sha256, i.seq, i.label, i.question, i.answer, i.answer_kind "
    "from foi_items i join foi_requests r on r.id = i.request_id",
    "foi_exemptions": "select r.document_sha256, e.section from foi_exemptions e join foi_requests r on r.id = e.request_id",
    "wres_metrics": "select r.document_sha256, m.indicator, m.measure, m.staff_group, m.band, "
    "m.ethnic_group, m.period, m.value, m.redacted from wres_metrics m join wres_reports r on r.id = m.report_id",
    "doc_tables": "select document_sha256, page, index_on_page, rows_json from doc_tables",
}


def snapshot(db_path: Path) -> dict[str, list[tuple]]:
    db = sqlite_utils.Database(db_path)
    return {name: sorted(db.execute(sql).fetchall(), key=repr) for name, sql in SNAPSHOT.items()}


def run_command(registry: Path, workdir: Path) -> list[str]:
    return [
        sys.executable, "-m", "trustdocs.cli", "run", "-q",
        "--registry", str(registry), "--allow-private", "--delay", "0",
        "--db", str(workdir / "t.db"), "--store", str(workdir / "raw"),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def demo_registry(tmp_path_factory):
    folder = tmp_path_factory.mktemp("resume")
    with DemoWeb(port=0) as web:
        registry = folder / "registry.csv"
        with registry.open("w", newline="") as fh:
            write_registry_csv(discovered_demo_rows(web), fh)
        yield registry, folder


def test_killed_runs_resume_to_the_same_database(demo_registry):
    registry, folder = demo_registry
    straight = folder / "straight"
    done = subprocess.run(
        run_command(registry, straight), capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    expected = snapshot(straight / "t.db")
    assert len(expected["documents"]) > 150

    resumed = folder / "resumed"
    kills = 0
    for after in (0.8, 2.5, 5.0, 9.0):
        proc = subprocess.Popen(
            run_command(registry, resumed), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(after)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait(timeout=30)
    assert kills >= 2, "the run finished before it could be killed: kill earlier"
    final = subprocess.run(
        run_command(registry, resumed), capture_output=True, text=True, timeout=300
    )
    assert final.returncode == 0, final.stderr[-2000:]
    got = snapshot(resumed / "t.db")
    for name in SNAPSHOT:
        assert got[name] == expected[name], f"{name} differs after resuming"
    leftovers = [p for p in (resumed / "raw").rglob("*") if p.is_file() and len(p.name) != 64]
    assert not leftovers, f"temporary files left in the store: {leftovers[:3]}"
    statuses = [
        r[0]
        for r in sqlite_utils.Database(resumed / "t.db").execute(
            "select status from scrape_runs order by id"
        )
    ]
    assert statuses[-1] == "ok"
    assert "running" not in statuses


def test_second_run_on_a_locked_database_exits_1(demo_registry, tmp_path):
    registry, _ = demo_registry
    with RunLock(tmp_path / "t.db"):
        blocked = subprocess.run(
            run_command(registry, tmp_path), capture_output=True, text=True, timeout=60
        )
    assert blocked.returncode == 1
    assert "another trustdocs run" in blocked.stderr
