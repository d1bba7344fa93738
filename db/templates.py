"""Each trust's letter template in the database: learned from the hashes of its FOI
letters (`foi_shingles`), stored in `trust_templates`, and the letters whose stored
parse was read with another part of it (parsers.foi.template)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from db.save import now_iso
from parsers.foi.template import (
    LetterShingles,
    decode,
    effective_fingerprint,
    encode,
    fingerprint,
    learn_template,
)


@dataclass(frozen=True)
class Template:
    hashes: frozenset[str] = frozenset()
    fingerprint: str | None = None
    letters: int = 0


def stored_templates(
    db: sqlite_utils.Database, trusts: Iterable[str | None]
) -> dict[str, Template]:
    """The templates last learned for `trusts` (a trust without one is absent)."""
    wanted = sorted({t for t in trusts if t})
    out: dict[str, Template] = {}
    for start in range(0, len(wanted), 500):  # SQLite's bound on parameters
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for trust, hashes, fp, letters in db.execute(
            "SELECT trust_ods, hashes, fingerprint, letters FROM trust_templates "
            f"WHERE trust_ods IN ({marks})",
            chunk,
        ).fetchall():
            out[trust] = Template(decode(hashes), fp, letters)
    return out


def _letters(db: sqlite_utils.Database, trust: str) -> list[LetterShingles]:
    rows = db.execute(
        "SELECT hashes, question_hashes, answer_hashes FROM foi_shingles WHERE trust_ods = ?",
        [trust],
    ).fetchall()
    return [LetterShingles(decode(h), decode(q), decode(a)) for h, q, a in rows]


def _shipped() -> frozenset[str]:
    """The shipped boilerplate every letter is read with (parsers/foi/boilerplate.json)."""
    from parsers.foi.boilerplate import Boilerplate

    return frozenset(Boilerplate.load().hashes)


def learn_and_store(db: sqlite_utils.Database, trust: str) -> Template:
    """Learn `trust`'s template from its stored letters and store it; under
    parsers.foi.template.MIN_LETTERS letters it has none (the shipped set alone)."""
    letters = _letters(db, trust)
    hashes = learn_template(letters, _shipped())
    template = Template(hashes, fingerprint(hashes), len(letters))
    with db.conn:
        if hashes:
            db.conn.execute(
                "INSERT OR REPLACE INTO trust_templates "
                "(trust_ods, hashes, letters, fingerprint, learned_at) VALUES (?, ?, ?, ?, ?)",
                [trust, encode(hashes), len(letters), template.fingerprint, now_iso()],
            )
        else:
            db.conn.execute("DELETE FROM trust_templates WHERE trust_ods = ?", [trust])
    return template


def stale_letters(db: sqlite_utils.Database, trust: str, template: Template) -> list[str]:
    """The trust's letters whose stored parse saw another part of the template than
    `template` would show them: the only ones a re-parse could change."""
    rows = db.execute(
        "SELECT document_sha256, hashes, template_fingerprint FROM foi_shingles "
        "WHERE trust_ods = ? ORDER BY document_sha256",
        [trust],
    ).fetchall()
    return [
        sha
        for sha, hashes, used in rows
        if effective_fingerprint(decode(hashes), template.hashes) != used
    ]


def documents(db: sqlite_utils.Database, shas: list[str]) -> list[dict[str, Any]]:
    """The documents rows the parse jobs need, in the order given."""
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(shas), 500):
        chunk = shas[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        cursor = db.execute(
            "SELECT sha256, trust_ods, url, kind, title, content_type FROM documents "
            f"WHERE sha256 IN ({marks})",
            chunk,
        )
        names = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            out[row[0]] = dict(zip(names, row, strict=True))
    return [out[s] for s in shas if s in out]
