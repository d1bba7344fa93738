"""Content-addressed raw store: every document's bytes once, under their sha256.

Layout: ``root/ab/cd/<sha256>`` (the first two pairs of hex digits make the
folders). Writes are atomic: bytes go to a temporary file on the same
filesystem, are fsync'd, then ``os.replace``d into place, so a reader never
sees half a file and a run killed mid-download leaves only a stray temp file
(cleaned up by the next ``RawStore``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_TMP_DIR = ".tmp"
_STALE_TMP_SECONDS = 6 * 3600
HEAD_BYTES = 8192  # kept from the start of every blob, for content sniffing


def _check_sha(sha: str) -> str:
    if not isinstance(sha, str) or not _SHA_RE.match(sha):
        raise ValueError(f"not a sha256 hex digest: {sha!r}")
    return sha


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


class PendingBlob:
    """A blob being written: ``write`` chunks, then ``commit`` (or ``discard``).

    Used as a context manager it discards itself unless committed, so an
    exception mid-download never leaves anything in the store.
    """

    def __init__(self, store: RawStore) -> None:
        self._store = store
        fd, name = tempfile.mkstemp(prefix="blob-", suffix=".part", dir=store.tmp_dir)
        self._file: BinaryIO | None = os.fdopen(fd, "wb")
        self.tmp_path = Path(name)
        self._hash = hashlib.sha256()
        self.size = 0
        self.head = b""
        self.sha256: str | None = None

    def write(self, chunk: bytes) -> None:
        if self._file is None:
            raise ValueError("blob already committed or discarded")
        if not chunk:
            return
        if len(self.head) < HEAD_BYTES:
            self.head += chunk[: HEAD_BYTES - len(self.head)]
        self._hash.update(chunk)
        self._file.write(chunk)
        self.size += len(chunk)

    def commit(self) -> str:
        """Move the bytes into place; returns their sha256."""
        if self._file is None:
            if self.sha256 is not None:
                return self.sha256
            raise ValueError("blob was discarded")
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        self._file = None
        sha = self._hash.hexdigest()
        final = self._store.path(sha)
        if final.exists():
            # Same bytes are already there: keep the stored copy untouched.
            self.tmp_path.unlink(missing_ok=True)
        else:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.tmp_path, final)
            _fsync_dir(final.parent)
        self.sha256 = sha
        return sha

    def discard(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        self.tmp_path.unlink(missing_ok=True)

    def __enter__(self) -> PendingBlob:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.sha256 is None:
            self.discard()


class RawStore:
    """Bytes under their sha256, written once and atomically."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.tmp_dir = self.root / _TMP_DIR
        self.tmp_dir.mkdir(exist_ok=True)
        self.clean_partials()

    def clean_partials(self, max_age_seconds: float = _STALE_TMP_SECONDS) -> None:
        """Remove unfinished downloads older than max_age_seconds. A run that holds the
        database lock passes 0: any partial file then belongs to a killed run."""
        cutoff = time.time() - max_age_seconds
        with contextlib.suppress(OSError):
            for p in self.tmp_dir.iterdir():
                with contextlib.suppress(OSError):
                    if p.name.startswith("blob-") and p.stat().st_mtime < cutoff:
                        p.unlink()

    def path(self, sha: str) -> Path:
        sha = _check_sha(sha)
        return self.root / sha[:2] / sha[2:4] / sha

    def exists(self, sha: str) -> bool:
        try:
            return self.path(sha).is_file()
        except ValueError:
            return False

    def read(self, sha: str) -> bytes:
        return self.path(sha).read_bytes()

    def open(self, sha: str) -> BinaryIO:
        return self.path(sha).open("rb")

    def pending(self) -> PendingBlob:
        """A blob to stream into; see `PendingBlob`."""
        return PendingBlob(self)

    def put_stream(
        self, chunks: Iterable[bytes] | BinaryIO, *, max_bytes: int | None = None
    ) -> str:
        """Store an iterable of byte chunks (or a binary file); returns the sha256.

        Never holds more than one chunk in memory. Raises ``ValueError`` (and
        stores nothing) when more than ``max_bytes`` arrive.
        """
        if hasattr(chunks, "read"):
            f = chunks

            def _iter() -> Iterable[bytes]:
                while True:
                    block = f.read(1 << 16)  # type: ignore[union-attr]
                    if not block:
                        return
                    yield block

            chunks = _iter()
        with self.pending() as blob:
            for chunk in chunks:  # type: ignore[union-attr]
                blob.write(chunk)
                if max_bytes is not None and blob.size > max_bytes:
                    raise ValueError(f"more than {max_bytes} bytes")
            return blob.commit()

    def put(self, data: bytes) -> str:
        """Store bytes; returns their sha256. Writing the same bytes twice is a no-op."""
        sha = hashlib.sha256(data).hexdigest()
        final = self.path(sha)
        if final.is_file():
            return sha
        final.parent.mkdir(parents=True, exist_ok=True)
        # Temporary files live in one folder so that a killed run's leftovers are found.
        fd, name = tempfile.mkstemp(prefix="blob-", suffix=".part", dir=self.tmp_dir)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(name, final)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(name)
            raise
        _fsync_dir(final.parent)
        return sha
