"""Finding prior disclosures: full-text search, re-ranked by a measure that survives rewording.

bm25 rewards shared rare words but misses a question asked in other words; character
trigram similarity (on stemmed, stop-word-free text) catches rewording but not synonyms.
Together they rank the original of a reworded question near the top.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import sqlite_utils

STOP_WORDS = frozenset(
    """a about above after again all also am an and any are as at be been before being
    below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself
    just me more most my no nor not now of off on once only or other our ours out over own
    please provide same she should so some such than that the their theirs them then there
    these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours trust trusts foi request
    information could kindly tell us number""".split()
)

_WORD = re.compile(r"[a-z0-9]+")

# Words requesters use interchangeably for the same thing. The first word of each
# group stands for the group when texts are compared; a search asks for all of them.
SYNONYM_GROUPS: list[tuple[str, ...]] = [
    ("staff", "employees", "employee", "workforce", "colleagues", "personnel", "workers"),
    ("phones", "phone", "handsets", "handset", "mobiles", "smartphones"),
    ("interpreting", "interpreters", "interpreter", "interpretation", "translation"),
    ("spend", "spent", "cost", "costs", "expenditure", "paid"),
    ("agency", "locum", "locums", "temporary"),
    ("ai", "artificial", "intelligence", "machine", "learning"),
    ("doctors", "doctor", "medics", "physicians", "consultants"),
    ("nurses", "nurse", "nursing"),
    ("patients", "patient", "service", "users"),
    ("wait", "waiting", "waits"),
    ("policy", "policies", "procedure", "guidance"),
    ("contract", "contracts", "supplier", "suppliers", "provider", "providers", "company"),
    ("overseas", "international", "internationally", "abroad", "foreign"),
    ("incidents", "incident", "events", "reports"),
    ("sickness", "sick", "illness"),
    ("face", "person"),  # "face-to-face" and "in person"
]
_CANONICAL = {word: group[0] for group in SYNONYM_GROUPS for word in group}
_GROUP = {word: group for group in SYNONYM_GROUPS for word in group}


@dataclass
class Match:
    score: float
    trust_ods: str
    trust_name: str | None
    reference: str | None
    responded_date: str | None
    label: str | None
    question: str
    answer: str | None
    url: str | None
    item_id: int


def _stem(word: str) -> str:
    for suffix in ("ingly", "edly", "ings", "ing", "ied", "ies", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """Stop-word-free, synonym-folded, lightly stemmed words of a text."""
    return [
        _stem(_CANONICAL.get(w, w))
        for w in _WORD.findall(text.lower())
        if w not in STOP_WORDS and len(w) > 1
    ]


def _trigrams(words: list[str]) -> Counter:
    joined = " " + " ".join(words) + " "
    return Counter(joined[i : i + 3] for i in range(len(joined) - 2))


def trigram_similarity(a: str, b: str) -> float:
    """Cosine similarity of character trigrams of the content words, 0 to 1."""
    ta, tb = _trigrams(content_words(a)), _trigrams(content_words(b))
    if not ta or not tb:
        return 0.0
    dot = sum(ta[g] * tb[g] for g in ta.keys() & tb.keys())
    return dot / math.sqrt(sum(v * v for v in ta.values()) * sum(v * v for v in tb.values()))


def fts_query(text: str) -> str | None:
    """An FTS5 OR-query of the draft's content words (quoted, so no syntax leaks in)."""
    words = [w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS and len(w) > 1]
    expanded = [alt for w in words for alt in _GROUP.get(w, (w,)) if len(alt) > 1]
    unique = list(dict.fromkeys(expanded))[:60]
    return " OR ".join(f'"{w}"' for w in unique) or None


def similar(db: sqlite_utils.Database, text: str, limit: int = 10, pool: int = 200) -> list[Match]:
    """Prior disclosures that answer a draft request, best first."""
    query = fts_query(text)
    if not query:
        return []
    rows = db.execute(
        """
        select i.id, bm25(foi_items_fts, 2.0, 1.0) as rank, r.trust_ods, t.name, r.reference,
               r.responded_date, i.label, i.question, i.answer, d.url
        from foi_items_fts
        join foi_items i on i.rowid = foi_items_fts.rowid
        join foi_requests r on r.id = i.request_id
        left join trusts t on t.ods_code = r.trust_ods
        left join documents d on d.sha256 = r.document_sha256
        where foi_items_fts match ?
        order by rank limit ?
        """,
        [query, pool],
    ).fetchall()
    if not rows:
        return []
    best_bm25 = min(r[1] for r in rows)  # bm25 is negative: lower is better
    matches = []
    for item_id, rank, ods, name, ref, responded, label, question, answer, url in rows:
        lexical = rank / best_bm25 if best_bm25 else 0.0
        reworded = trigram_similarity(text, question or "")
        score = 0.4 * lexical + 0.6 * reworded
        matches.append(
            Match(
                round(score, 4),
                ods,
                name,
                ref,
                responded,
                label,
                question or "",
                answer,
                url,
                item_id,
            )
        )
    matches.sort(key=lambda m: (-m.score, m.item_id))
    return matches[:limit]
