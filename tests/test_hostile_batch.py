"""Issue #15's acceptance case: one batch mixing good letters with every hostile class
(tests/hostile.py), parsed by the real pipeline in its isolated workers. Every good
letter is read, every hostile document is recorded with a status and a reason, nothing
reads a local file, a second run neither crashes nor stalls, and memory stays bounded."""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest

from db.save import register_local_document, upsert_trusts
from scrapers.store import RawStore
from tests import hostile
from trustdocs.isolation import Limits
from trustdocs.pipeline import parse
from trustdocs.settings import open_db

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "foi"
# Small real letters whose truth (tests/truth/foi) has numbered questions.
REAL_LETTERS = ("bdct-FOI-1670-housing-support.docx", "cwpt-FOI-2103-accommodation.pdf")
# Generous for a loaded CI machine; the hostile documents are bounded by the readers'
# own budgets well inside it (tests/test_fuzz.py times each class alone).
LIMITS = Limits(timeout_s=90, memory_mb=2048, max_pages=500)
TRUST = {"ods_code": "RXX", "name": "Example Hospitals NHS Foundation Trust", "active": "1"}


def good_letter(n: int) -> bytes:
    return (
        f"Freedom of Information Request FOI 2025-{n:04d}\n\n"
        "Date received: 6 January 2025\nDate of response: 27 January 2025\n\n"
        f"1. How many beds did ward {n} have on 1 December 2024?\n"
        f"Ward {n} had {n + 20} beds.\n\n"
        "2. How many of them were closed for refurbishment?\nNone were closed.\n"
    ).encode()


def add(db, store: RawStore, name: str, data: bytes, content_type: str | None) -> str:
    sha = store.put(data)
    register_local_document(
        db,
        sha256=sha,
        trust_ods="RXX",
        url=f"file:///batch/{name}",
        kind="foi_response",
        title=name,
        content_type=content_type,
        size=len(data),
    )
    return sha


def test_a_hostile_batch_reads_every_good_letter_and_records_every_hostile_one(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(hostile.SECRET)
    db = open_db(tmp_path / "t.db")
    upsert_trusts(db, [TRUST])
    store = RawStore(tmp_path / "raw")

    good: dict[str, int] = {}  # sha -> questions expected
    for n in range(1, 6):
        good[add(db, store, f"letter-{n}.txt", good_letter(n), "text/plain")] = 2
    real = [CORPUS / name for name in REAL_LETTERS if (CORPUS / name).is_file()]
    for path in real:
        good[add(db, store, path.name, path.read_bytes(), None)] = 1
    bad: dict[str, hostile.Case] = {}
    for case in hostile.cases(str(secret)):
        name = case.filename or f"{case.name}.bin"
        sha = add(db, store, f"{case.name}/{name}", case.make(), case.content_type)
        bad.setdefault(sha, case)  # two classes may make the same bytes

    started = time.monotonic()
    summary = parse(db, tmp_path / "raw", limits=LIMITS)
    assert summary.parsed == len(good) + len(bad)

    for sha, questions in good.items():
        status, error = db.execute(
            "SELECT parse_status, parse_error FROM documents WHERE sha256 = ?", [sha]
        ).fetchone()
        assert status == "ok", (sha, error)
        items = db.execute(
            "SELECT count(*) FROM foi_items i JOIN foi_requests r ON r.id = i.request_id "
            "WHERE r.document_sha256 = ?",
            [sha],
        ).fetchone()[0]
        assert items >= questions, sha

    for sha, case in bad.items():
        status, error = db.execute(
            "SELECT parse_status, parse_error FROM documents WHERE sha256 = ?", [sha]
        ).fetchone()
        assert status in case.statuses, (case.name, status, error)
        if status in ("failed", "unsupported"):
            assert error, case.name  # a reason a person can read
        assert "timed out" not in (error or ""), case.name  # budgets hold inside the limit

    stored = " ".join(
        str(v)
        for table in ("foi_requests", "foi_items", "doc_tables", "documents")
        for row in db[table].rows
        for v in row.values()
    )
    assert hostile.SECRET not in stored  # no XXE read a local file

    # the next night: nothing to do, and nothing hangs on the poison documents
    again_started = time.monotonic()
    again = parse(db, tmp_path / "raw", limits=LIMITS)
    assert again.parsed == 0
    assert time.monotonic() - again_started < 30
    first_run = time.monotonic() - started
    assert first_run < 20 * 60

    # ru_maxrss is in KiB on Linux: the largest worker (or earlier child) of this process
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert peak_mib < 2048, peak_mib


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_the_real_letters_of_the_batch_are_present():
    """The batch above reads real letters only where ../shared is beside the clone."""
    assert all((CORPUS / name).is_file() for name in REAL_LETTERS)
