"""Round-robin requests: the same question sent to many trusts, grouped so that every
trust's answer can be read side by side.

A question's fingerprint is its content words, stemmed, in order. Items sharing a
fingerprint across two or more trusts form a group; near-identical wordings (a
requester trimming or retyping a question) join the group whose fingerprint shares
at least 85% of their trigrams.
"""

from __future__ import annotations

import sqlite_utils

from db.search import content_words, trigram_similarity

MIN_WORDS = 4  # "Yes/no?" and "Other" are not round-robin questions
FUZZY = 0.85


def fingerprint(question: str) -> str:
    return " ".join(content_words(question))


def rebuild_round_robin(db: sqlite_utils.Database) -> int:
    """Regroup every question; returns the number of groups (two or more trusts)."""
    rows = db.execute(
        "select i.id, i.question, r.trust_ods from foi_items i "
        "join foi_requests r on r.id = i.request_id where i.question is not null"
    ).fetchall()
    by_print: dict[str, list[tuple[int, str, str]]] = {}
    for item_id, question, ods in rows:
        key = fingerprint(question)
        if len(key.split()) >= MIN_WORDS:
            by_print.setdefault(key, []).append((item_id, question, ods))
    # Merge near-identical fingerprints into the most common wording, bucketed by
    # the first two words so that the comparison stays far from quadratic.
    buckets: dict[str, list[str]] = {}
    for key in sorted(by_print, key=lambda k: -len(by_print[k])):
        buckets.setdefault(" ".join(key.split()[:2]), []).append(key)
    merged: dict[str, list[tuple[int, str, str]]] = {}
    for keys in buckets.values():
        heads: list[str] = []
        for key in keys:
            head = next((h for h in heads if trigram_similarity(h, key) >= FUZZY), None)
            if head is None:
                heads.append(key)
                merged[key] = list(by_print[key])
            else:
                merged[head].extend(by_print[key])
    with db.conn:
        db.conn.execute("DELETE FROM foi_question_group_items")
        db.conn.execute("DELETE FROM foi_question_groups")
        groups = 0
        for key, members in sorted(merged.items()):
            trusts = {ods for _, _, ods in members}
            if len(trusts) < 2:
                continue
            question = members[0][1]
            cursor = db.conn.execute(
                "INSERT INTO foi_question_groups (question, fingerprint, trusts, items) VALUES (?,?,?,?)",
                [question, key, len(trusts), len(members)],
            )
            groups += 1
            db.conn.executemany(
                "INSERT OR IGNORE INTO foi_question_group_items (group_id, item_id) VALUES (?, ?)",
                [(cursor.lastrowid, item_id) for item_id, _, _ in members],
            )
    return groups
