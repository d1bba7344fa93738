"""Every document is hostile: a parse that hangs, blows its memory or kills its worker
fails that document alone, with a plain reason; the rest of the batch is saved; a
document that does it twice is quarantined until the parser version changes; SIGTERM
leaves no worker behind; text SQLite refuses is cleaned, not fatal.

Poison documents are plain text files whose first word tells `poison_parse` (the
parse function handed to the workers, the pipeline's seam for it) how to misbehave;
everything else goes to the real parser.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from db import attempts
from db.save import register_local_document, save_parse, upsert_trusts
from parsers import PARSER_VERSION
from parsers.records import ParseResult
from scrapers.store import RawStore
from tests.poison import poison_parse
from trustdocs import pipeline
from trustdocs.cli import cli
from trustdocs.isolation import Job, Limits
from trustdocs.settings import RunLock, open_db
from trustdocs.workerpool import parse_isolated

LIMITS = Limits(timeout_s=3, memory_mb=300, max_pages=500)
TRUST = {"ods_code": "RXX", "name": "Example Hospitals NHS Foundation Trust", "active": "1"}


def letter(n: int) -> str:
    return (
        f"Freedom of Information Request FOI 2024-{n:04d}\n\n"
        "Date received: 3 January 2024\nDate of response: 20 January 2024\n\n"
        f"1. How many agency nurses did the Trust employ in ward {n}?\n"
        f"The Trust employed {n + 10} agency nurses.\n\n"
        "2. What was the total spend on agency staff?\nThe total spend was £1.2 million.\n"
    )


def add(db: sqlite_utils.Database, store: RawStore, name: str, data: bytes) -> str:
    sha = store.put(data)
    register_local_document(
        db,
        sha256=sha,
        trust_ods="RXX",
        url=f"file:///letters/{name}",
        kind="foi_response",
        title=name,
        content_type="text/plain",
        size=len(data),
    )
    return sha


@pytest.fixture
def batch(tmp_path):
    db = open_db(tmp_path / "t.db")
    upsert_trusts(db, [TRUST])
    store = RawStore(tmp_path / "raw")
    return db, store, tmp_path / "raw"


def status_of(db: sqlite_utils.Database, sha: str) -> tuple[str, str | None]:
    return tuple(
        db.execute(
            "SELECT parse_status, parse_error FROM documents WHERE sha256 = ?", [sha]
        ).fetchone()
    )


def test_poison_documents_fail_alone_and_are_not_retried(batch):
    db, store, store_dir = batch
    good = [add(db, store, f"letter{n}.txt", letter(n).encode()) for n in range(5)]
    poison = {
        word: add(db, store, f"{word}.txt", word.encode() + b" poison")
        for word in ("HANG", "BOMB", "ABRT", "KILL")
    }
    started = time.monotonic()
    summary = pipeline.parse(db, store_dir, workers=2, limits=LIMITS, parse_fn=poison_parse)
    assert time.monotonic() - started < 60
    assert summary.parsed == 9
    for sha in good:
        assert status_of(db, sha)[0] == "ok"
    assert status_of(db, poison["HANG"]) == ("failed", "timed out after 3 s")
    assert status_of(db, poison["BOMB"]) == ("failed", "over 300 MB of memory")
    assert status_of(db, poison["ABRT"]) == ("failed", "worker crashed (signal 6)")
    assert status_of(db, poison["KILL"])[1].startswith("worker crashed (signal 9)")
    assert {url.rsplit("/", 1)[1] for url, _ in summary.failures} == {
        "HANG.txt",
        "BOMB.txt",
        "ABRT.txt",
        "KILL.txt",
    }
    assert db.execute("SELECT count(*) FROM foi_items").fetchone()[0] == 10
    # documents waiting behind a poison one in a dying worker were not blamed
    blamed = {r[0] for r in db.execute("SELECT sha256 FROM parse_attempts WHERE crashes > 0")}
    assert blamed == set(poison.values())
    # the next night does not try them again
    again = pipeline.parse(db, store_dir, workers=2, limits=LIMITS, parse_fn=poison_parse)
    assert again.parsed == 0


def test_two_crashes_quarantine_until_the_parser_version_changes(batch, tmp_path):
    db, store, store_dir = batch
    ok = add(db, store, "letter.txt", letter(1).encode())
    bad = add(db, store, "abort.txt", b"ABRT poison")
    pipeline.parse(db, store_dir, workers=1, limits=LIMITS, parse_fn=poison_parse)
    assert status_of(db, bad) == ("failed", "worker crashed (signal 6)")
    forced = pipeline.parse(
        db, store_dir, force=True, workers=1, limits=LIMITS, parse_fn=poison_parse
    )
    assert forced.parsed == 2
    state, error = status_of(db, bad)
    assert state == "failed" and error.startswith("quarantined after 2 crashed")
    assert "signal 6" in error
    queue = dict(db.execute("SELECT sha256, reason FROM review_queue").fetchall())
    assert "quarantined" in queue[bad] and ok not in queue
    # set aside: not even --force tries it
    skipped = pipeline.parse(
        db, store_dir, force=True, workers=1, limits=LIMITS, parse_fn=poison_parse
    )
    assert skipped.parsed == 1 and skipped.quarantined_skipped == 1
    shown = CliRunner().invoke(cli, ["status", "--db", str(tmp_path / "t.db")])
    assert "1 document(s) quarantined" in shown.output
    # a new parser version (here: the parser fixed) tries it afresh
    with db.conn:
        db.conn.execute("UPDATE documents SET parser_version = '0.0.1+old'")
        db.conn.execute("UPDATE parse_attempts SET parser_version = '0.0.1+old'")
    fixed = pipeline.parse(db, store_dir, workers=1, limits=LIMITS)
    assert fixed.parsed == 2
    assert status_of(db, bad)[0] != "failed"
    row = db.execute("SELECT crashes, quarantined FROM parse_attempts WHERE sha256 = ?", [bad])
    assert row.fetchone() == (0, 0)


def test_attempts_left_open_by_a_dead_run_count_as_crashes(batch):
    db, store, store_dir = batch
    sha = add(db, store, "letter.txt", letter(2).encode())
    attempts.begin_attempt(db, sha, PARSER_VERSION)  # the run died with it in a worker
    summary = pipeline.parse(db, store_dir, workers=1, limits=LIMITS)
    assert summary.parsed == 1 and not summary.quarantined_now
    assert status_of(db, sha)[0] == "ok"
    row = db.execute("SELECT attempts, crashes, in_flight FROM parse_attempts").fetchone()
    assert row == (2, 1, 0)
    with db.conn:  # and died under it once more
        db.conn.execute("UPDATE documents SET parser_version = NULL, parse_status = NULL")
    attempts.begin_attempt(db, sha, PARSER_VERSION)
    summary = pipeline.parse(db, store_dir, workers=1, limits=LIMITS)
    assert summary.quarantined_now == [sha] and summary.parsed == 0
    state, error = status_of(db, sha)
    assert state == "failed" and "quarantined" in error and attempts.DIED_UNDER in error


def test_a_document_that_cannot_be_saved_fails_alone(batch, monkeypatch):
    db, store, store_dir = batch
    shas = [add(db, store, f"letter{n}.txt", letter(n).encode()) for n in range(3)]

    def flaky_save(db_, sha256, trust_ods, result):
        if sha256 == shas[1]:
            raise ValueError("refused by the database")
        save_parse(db_, sha256, trust_ods, result)

    monkeypatch.setattr(pipeline.save, "save_parse", flaky_save)
    summary = pipeline.parse(db, store_dir, workers=2, limits=LIMITS)
    assert summary.parsed == 3
    assert status_of(db, shas[1]) == (
        "failed",
        "could not save the parse: ValueError: refused by the database",
    )
    assert status_of(db, shas[0])[0] == status_of(db, shas[2])[0] == "ok"


# A small WhatDoTheyKnow-like thread export whose JSON escapes hold lone surrogates
# (issue #15's 448-byte case stopped every run in save_parse).
THREAD_EXPORT = (
    '{"title": "Agency nurses", "events": ['
    '{"type": "outgoing", "created_at": "2024-01-03T10:00:00Z", "content": '
    '["Dear Trust, please tell me how many agency nurses \\ud800 you employed in 2023."]}, '
    '{"type": "incoming", "created_at": "2024-01-20T10:00:00Z", "content": '
    '["Dear Requester, the Trust employed 42 agency nurses \\udfff in 2023. '
    'Yours sincerely, FOI Team"]}]}'
)


def test_lone_surrogates_and_nuls_are_saved_cleaned(batch):
    db, store, store_dir = batch
    sha = add(db, store, "thread.json", THREAD_EXPORT.encode())
    good = add(db, store, "letter.txt", letter(3).encode())
    summary = pipeline.parse(db, store_dir, workers=1, limits=LIMITS)
    assert summary.parsed == 2 and status_of(db, good)[0] == "ok"
    assert status_of(db, sha)[0] in ("ok", "partial")
    text = db.execute("SELECT request_text FROM foi_requests WHERE document_sha256 = ?", [sha])
    saved = text.fetchone()[0]
    assert "agency nurses \ufffd you employed" in saved
    # straight through save_parse too: title, error and table cells
    result = ParseResult(
        kind="other",
        parser_version=PARSER_VERSION,
        status="partial",
        error="odd \x00 byte",
        title="Title \udc80",
    )
    from parsers.extract.model import Table

    result.tables = [Table(rows=[["a\ud800", "b\x00"]], page=1)]
    save_parse(db, good, "RXX", result)
    error = db.execute("SELECT parse_error FROM documents WHERE sha256 = ?", [good]).fetchone()[0]
    assert error == "odd \ufffd byte"
    cells = db.execute("SELECT rows_json FROM doc_tables WHERE document_sha256 = ?", [good])
    assert json.loads(cells.fetchone()[0]) == [["a\ufffd", "b\ufffd"]]


def many_pages_pdf(path: Path, pages: int) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=9)
    for n in range(pages):
        pdf.add_page()
        for line in range(40):
            pdf.cell(0, 6, f"Page {n + 1} line {line}: the Trust holds the information asked for.")
            pdf.ln()
    pdf.output(str(path))
    return path


def test_parse_file_reports_a_limit_instead_of_dying(tmp_path):
    slow = many_pages_pdf(tmp_path / "slow.pdf", 150)
    runner = CliRunner()
    timed = runner.invoke(
        cli, ["parse-file", str(slow), "--parse-timeout", "0.5"], standalone_mode=False
    )
    assert timed.return_value == 3
    out = json.loads(timed.output)
    assert out["status"] == "failed" and out["error"] == "timed out after 0.5 s"
    capped = runner.invoke(cli, ["parse-file", str(slow), "--max-pages", "5"])
    out = json.loads(capped.output)
    assert out["status"] == "partial" and out["pages"] == 150
    assert "150 pages: first 5 read" in out["warnings"]


def test_limits_from_options_environment_and_defaults():
    assert Limits.resolve(env={}) == Limits(120.0, 2048, 500)
    env = {"TRUSTDOCS_PARSE_TIMEOUT": "30", "TRUSTDOCS_PARSE_MEMORY_MB": "512"}
    assert Limits.resolve(max_pages=50, env=env) == Limits(30.0, 512, 50)
    assert Limits.resolve(timeout_s=5, env=env).timeout_s == 5
    assert Limits(memory_mb=2048).memory_text() == "over 2 GB of memory"
    with pytest.raises(ValueError, match="TRUSTDOCS_MAX_PAGES"):
        Limits.resolve(env={"TRUSTDOCS_MAX_PAGES": "lots"})
    outcome = parse_isolated(Job("x", "/nonexistent/file.pdf"), LIMITS)
    assert outcome.result.status == "failed" and "FileNotFoundError" in outcome.result.error


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _in_flight(db_path: Path) -> int:
    db = sqlite_utils.Database(db_path)
    try:
        return db.execute("SELECT count(*) FROM parse_attempts WHERE in_flight = 1").fetchone()[0]
    finally:
        db.close()


def _start_and_wait_for_workers(command: list[str], env: dict, db_path: Path):
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and _in_flight(db_path) < 2 and proc.poll() is None:
        time.sleep(0.2)
    if _in_flight(db_path) < 2:
        proc.kill()
        pytest.fail("the parse workers did not start")
    time.sleep(0.5)  # both are reading a document now
    return proc, _children(proc.pid)  # the workers (and multiprocessing's helper)


def test_a_stopped_or_killed_parse_leaves_no_worker_and_no_lock(batch, tmp_path):
    db, store, store_dir = batch
    for n in range(3):
        data = many_pages_pdf(tmp_path / f"long{n}.pdf", 250 + n).read_bytes()
        add(db, store, f"long{n}.pdf", data)
    db.close()
    env = {**os.environ, "TRUSTDOCS_DB": str(tmp_path / "t.db")}
    command = [sys.executable, "-m", "trustdocs.cli", "parse", "-q", "--store", str(store_dir)]
    for sig in (signal.SIGTERM, signal.SIGKILL):  # as timeout/cron send; as the OOM killer
        proc, workers = _start_and_wait_for_workers(command, env, tmp_path / "t.db")
        try:
            proc.send_signal(sig)
            _, err = proc.communicate(timeout=20)
        finally:
            if proc.poll() is None:
                proc.kill()
        if sig == signal.SIGTERM:
            assert proc.returncode == 1 and b"Interrupted" in err
        time.sleep(0.5)
        assert not [pid for pid in workers if _alive(pid)], f"orphaned workers after {sig!r}"
        with RunLock(tmp_path / "t.db"):  # the lock is free again
            pass
        # a clean stop blames no document; a killed run leaves its attempts open
        assert _in_flight(tmp_path / "t.db") == (2 if sig == signal.SIGKILL else 0)
    # and the next run goes on: the documents time out (1 s) and are recorded; those in
    # the workers when the run was killed have now failed twice and are quarantined
    done = subprocess.run(
        [*command, "--parse-timeout", "1"], env=env, capture_output=True, timeout=60
    )
    assert done.returncode == 3, done.stderr[-2000:]
    db = sqlite_utils.Database(tmp_path / "t.db")
    errors = [r[0] for r in db.execute("SELECT parse_error FROM documents")]
    quarantined = [e for e in errors if e.startswith("quarantined after 2 crashed")]
    assert len(quarantined) == 2 and all("timed out after 1 s" in e for e in quarantined)
    assert set(errors) - set(quarantined) == {"timed out after 1 s"}


def test_a_scrape_stopped_by_sigterm_closes_its_run_as_interrupted(batch, monkeypatch):
    import scrapers.crawl
    from trustdocs.isolation import Terminated

    db, _, store_dir = batch

    def stopped(*args, **kwargs):
        raise Terminated("stopped by signal 15")

    monkeypatch.setattr(scrapers.crawl, "crawl", stopped)
    with pytest.raises(Terminated):
        pipeline.scrape(db, [], store_dir, {"foi"}, config=None)
    runs = db.execute("SELECT status, finished_at FROM scrape_runs").fetchall()
    assert len(runs) == 1 and runs[0][0] == "interrupted" and runs[0][1]
