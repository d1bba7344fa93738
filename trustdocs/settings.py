"""Where things live: database, raw store, registry. Command-line options win over
environment variables, which win over the defaults."""

from __future__ import annotations

import fcntl
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from db.schema import ensure_db_shape

DEFAULT_DB = Path("data/trustdocs.db")
DEFAULT_STORE = Path("data/raw")
REPO_ROOT = Path(__file__).resolve().parents[1]
OVERRIDES_NAME = "registry-overrides.csv"


@dataclass
class Settings:
    db_path: Path = DEFAULT_DB
    store_dir: Path = DEFAULT_STORE
    registry_path: Path | None = None
    overrides_path: Path | None = None
    verbose: int = 0
    quiet: bool = False

    @classmethod
    def from_options(
        cls,
        db: str | None,
        store: str | None,
        registry: str | None,
        verbose: int = 0,
        quiet: bool = False,
    ) -> Settings:
        db_path = Path(db or os.environ.get("TRUSTDOCS_DB") or DEFAULT_DB)
        store_dir = Path(store or os.environ.get("TRUSTDOCS_STORE") or DEFAULT_STORE)
        # Operator's corrections to the registry (written by `trustdocs discover`), beside
        # the database unless TRUSTDOCS_OVERRIDES says otherwise.
        overrides = os.environ.get("TRUSTDOCS_OVERRIDES")
        return cls(
            db_path=db_path,
            store_dir=store_dir,
            registry_path=Path(registry) if registry else None,
            overrides_path=Path(overrides) if overrides else db_path.parent / OVERRIDES_NAME,
            verbose=verbose,
            quiet=quiet,
        )


def open_db(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) a database with the current schema."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    try:
        db.conn.execute("PRAGMA busy_timeout = 10000")
        ensure_db_shape(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        if is_unreadable(exc):
            raise DatabaseUnreadable(f"{path}: {exc}") from exc
        raise
    return db


class DatabaseLocked(RuntimeError):
    pass


class DatabaseUnreadable(sqlite3.DatabaseError):
    """The file given as the database is not one (or is damaged): a one-line error."""


def is_unreadable(exc: sqlite3.Error) -> bool:
    """Not a database or a damaged one, as opposed to a busy or read-only one."""
    return getattr(exc, "sqlite_errorname", None) in ("SQLITE_NOTADB", "SQLITE_CORRUPT")


class RunLock:
    """An exclusive lock beside the database, so two runs never share it.

    flock is released by the kernel when the process dies, so a killed run
    never leaves a stale lock behind.
    """

    def __init__(self, db_path: Path):
        self.path = Path(str(db_path) + ".lock")
        self._fh = None

    def __enter__(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(self.path, "a+")
        try:
            fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._fh.seek(0)
            holder = self._fh.read().strip()
            self._fh.close()
            raise DatabaseLocked(
                f"another trustdocs run is using {self.path.with_suffix('')}"
                + (f" (pid {holder})" if holder else "")
                + "; wait for it to finish"
            ) from None
        self._fh.seek(0)
        self._fh.truncate()
        self._fh.write(str(os.getpid()))
        self._fh.flush()
        return self

    def __exit__(self, *exc) -> None:
        if self._fh:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
