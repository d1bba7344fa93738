"""Parse attempts and the quarantine of poison documents.

An attempt is written *before* a document goes to a worker and closed when its
outcome arrives. An attempt still open when the next run starts belongs to a run
that died under it (killed by a limit, the OOM killer, a power cut), so it counts
like a crash. After QUARANTINE_AFTER crashed or timed-out attempts under one parser
version the document is set aside: `parse_status` failed with a reason saying so,
and no run (not even `parse --force`) tries it again until PARSER_VERSION changes.
"""

from __future__ import annotations

import sqlite_utils

from db.save import mark_parse_failed, now_iso

QUARANTINE_AFTER = 2
DIED_UNDER = "the run stopped while parsing it (killed or crashed)"


def quarantine_text(crashes: int, last_error: str | None) -> str:
    return (
        f"quarantined after {crashes} crashed or timed-out attempts "
        f"(last: {last_error or 'unknown'}); retried when the parser version changes"
    )


def begin_attempt(db: sqlite_utils.Database, sha256: str, parser_version: str) -> None:
    """Record that `sha256` is being handed to a worker now. A row from another parser
    version starts again from nothing: the new parser deserves its own chances."""
    with db.conn:
        db.conn.execute(
            "INSERT INTO parse_attempts (sha256, parser_version, attempts, crashes, in_flight, "
            "last_error, last_attempt_at, quarantined) VALUES (?, ?, 1, 0, 1, NULL, ?, 0) "
            "ON CONFLICT(sha256) DO UPDATE SET "
            "attempts = CASE WHEN parser_version = excluded.parser_version "
            "  THEN attempts + 1 ELSE 1 END, "
            "crashes = CASE WHEN parser_version = excluded.parser_version THEN crashes ELSE 0 END, "
            "quarantined = CASE WHEN parser_version = excluded.parser_version "
            "  THEN quarantined ELSE 0 END, "
            "last_error = CASE WHEN parser_version = excluded.parser_version "
            "  THEN last_error ELSE NULL END, "
            "parser_version = excluded.parser_version, in_flight = 1, "
            "last_attempt_at = excluded.last_attempt_at",
            [sha256, parser_version, now_iso()],
        )


def end_attempt(db: sqlite_utils.Database, sha256: str, crashed: bool, error: str | None) -> int:
    """Close the open attempt; returns the document's crashed attempts so far."""
    with db.conn:
        if crashed:
            db.conn.execute(
                "UPDATE parse_attempts SET in_flight = 0, crashes = crashes + 1, last_error = ? "
                "WHERE sha256 = ?",
                [error, sha256],
            )
        else:
            db.conn.execute("UPDATE parse_attempts SET in_flight = 0 WHERE sha256 = ?", [sha256])
    row = db.execute("SELECT crashes FROM parse_attempts WHERE sha256 = ?", [sha256]).fetchone()
    return int(row[0]) if row else 0


def quarantine(db: sqlite_utils.Database, sha256: str) -> None:
    with db.conn:
        db.conn.execute("UPDATE parse_attempts SET quarantined = 1 WHERE sha256 = ?", [sha256])


def release_open_attempts(db: sqlite_utils.Database) -> None:
    """The run is stopping cleanly (SIGTERM, Ctrl-C): the documents in the workers were
    not to blame, so their attempts close without counting."""
    with db.conn:
        db.conn.execute("UPDATE parse_attempts SET in_flight = 0 WHERE in_flight = 1")


def settle_dead_runs(db: sqlite_utils.Database, parser_version: str) -> list[str]:
    """Count attempts left open by a run that died as crashes (the caller holds the run
    lock, so no live run owns them); quarantine what reached the limit. Returns the
    sha256 of the documents quarantined now."""
    with db.conn:
        db.conn.execute(
            "UPDATE parse_attempts SET in_flight = 0, crashes = crashes + 1, last_error = ? "
            "WHERE in_flight = 1",
            [DIED_UNDER],
        )
    rows = db.execute(
        "SELECT sha256, crashes, last_error FROM parse_attempts WHERE quarantined = 0 "
        "AND crashes >= ? AND parser_version = ?",
        [QUARANTINE_AFTER, parser_version],
    ).fetchall()
    for sha256, crashes, last_error in rows:
        quarantine(db, sha256)
        mark_parse_failed(
            db, sha256, "failed", quarantine_text(crashes, last_error), parser_version
        )
    return [r[0] for r in rows]


def quarantined(db: sqlite_utils.Database, parser_version: str) -> set[str]:
    rows = db.execute(
        "SELECT sha256 FROM parse_attempts WHERE quarantined = 1 AND parser_version = ?",
        [parser_version],
    ).fetchall()
    return {r[0] for r in rows}
