"""RawStore: content-addressed, atomic, streaming."""

from __future__ import annotations

import hashlib
import io
import os

import pytest

from scrapers.store import RawStore


def test_put_path_read_exists(tmp_path):
    store = RawStore(tmp_path)
    data = b"%PDF-1.4 hello"
    sha = store.put(data)
    assert sha == hashlib.sha256(data).hexdigest()
    assert store.path(sha) == tmp_path / sha[:2] / sha[2:4] / sha
    assert store.exists(sha)
    assert store.read(sha) == data
    assert store.put(data) == sha  # idempotent
    assert not store.exists("0" * 64)
    assert not store.exists("not-a-sha")


def test_path_rejects_non_sha(tmp_path):
    store = RawStore(tmp_path)
    with pytest.raises(ValueError):
        store.path("../../etc/passwd")


def test_put_stream_chunks_and_file(tmp_path):
    store = RawStore(tmp_path)
    chunks = [b"a" * 100_000, b"b" * 50_000, b""]
    sha = store.put_stream(chunks)
    assert sha == hashlib.sha256(b"".join(chunks)).hexdigest()
    assert store.read(sha) == b"".join(chunks)
    sha2 = store.put_stream(io.BytesIO(b"xyz" * 1000))
    assert store.read(sha2) == b"xyz" * 1000
    assert list((tmp_path / ".tmp").iterdir()) == []


def test_put_stream_over_cap_leaves_nothing(tmp_path):
    store = RawStore(tmp_path)
    with pytest.raises(ValueError):
        store.put_stream([b"x" * 10, b"y" * 10], max_bytes=15)
    assert list((tmp_path / ".tmp").iterdir()) == []
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_pending_blob_discarded_on_error(tmp_path):
    store = RawStore(tmp_path)
    with pytest.raises(RuntimeError), store.pending() as blob:
        blob.write(b"partial")
        raise RuntimeError("connection dropped")
    assert list((tmp_path / ".tmp").iterdir()) == []


def test_pending_blob_commit_and_head(tmp_path):
    store = RawStore(tmp_path)
    with store.pending() as blob:
        blob.write(b"PK\x03\x04" + b"z" * 20_000)
        sha = blob.commit()
    assert blob.head.startswith(b"PK\x03\x04") and len(blob.head) == 8192
    assert blob.size == 20_004
    assert store.exists(sha)


def test_same_bytes_twice_keeps_one_file(tmp_path):
    store = RawStore(tmp_path)
    a = store.put_stream([b"same"])
    b = store.put_stream([b"sa", b"me"])
    assert a == b
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) == 1


def test_stale_temp_files_cleaned(tmp_path):
    (tmp_path / ".tmp").mkdir()
    stale = tmp_path / ".tmp" / "blob-old.part"
    stale.write_bytes(b"x")
    os.utime(stale, (0, 0))
    fresh = tmp_path / ".tmp" / "blob-new.part"
    fresh.write_bytes(b"x")
    RawStore(tmp_path)
    assert not stale.exists()
    assert fresh.exists()


def test_put_writes_its_temporary_file_where_clean_partials_finds_it(tmp_path, monkeypatch):
    """A run killed by SIGKILL between write and rename leaves its temporary file behind:
    it must be in the store's temporary folder, which the next run clears."""
    import tempfile

    from scrapers.store import RawStore

    store = RawStore(tmp_path)
    folders = []
    real_mkstemp = tempfile.mkstemp

    def recording_mkstemp(*args, **kwargs):
        folders.append(kwargs.get("dir"))
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", recording_mkstemp)
    store.put(b"%PDF-1.4 whole")
    assert folders and all(str(folder) == str(store.tmp_dir) for folder in folders)
    (store.tmp_dir / "blob-left-by-a-killed-run.part").write_bytes(b"half")
    store.clean_partials(0)
    assert [p.name for p in store.tmp_dir.iterdir()] == []
