"""Finding prior disclosures: full-text search, re-ranked by a measure that survives rewording.

bm25 rewards shared rare words but misses a question asked in other words; character
trigram similarity (on stemmed, stop-word-free text) catches rewording but not synonyms.
Together they rank the original of a reworded question near the top.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

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

# A request's frame, not its topic: when ("in the last financial year", "each month
# since 2019") and what form of answer ("how many", "the total", "a breakdown"). Left
# out of `similar`'s relevance (coverage and trigram similarity); bm25 still sees them.
FRAME_WORDS = frozenset(
    """last past previous since year years yearly annual
    annually financial calendar month months monthly week weeks weekly daily period date
    dates time times today ago each per often january february march april may june july august
    september october november december many much total amount figure figures breakdown
    broken list copy details data""".split()
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
    """A prior disclosure for a draft; `score` is its relevance, 0 to 1 (see `relevance`)."""

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
    coverage: float = 0.0  # share of the draft's idf weight this disclosure matches
    similarity: float = 0.0  # trigram similarity of the draft and the question
    missing: list[str] = field(default_factory=list)  # the draft's words not found here

    @property
    def partial(self) -> bool:
        """Some of the draft's words were not matched: it may answer only part of it."""
        return bool(self.missing)


def _stem(word: str) -> str:
    for suffix in ("ingly", "edly", "ings", "ing", "ied", "ies", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_words(text: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """Stop-word-free, synonym-folded, lightly stemmed words of a text (nor those in
    `skip`)."""
    return [
        _stem(_CANONICAL.get(w, w))
        for w in _WORD.findall(text.lower())
        if w not in STOP_WORDS and w not in skip and len(w) > 1
    ]


def topic_words(text: str) -> list[str]:
    """content_words without the request's frame (FRAME_WORDS, bare numbers)."""
    return [w for w in content_words(text, FRAME_WORDS) if not w.isdigit()]


def _trigrams(words: list[str]) -> Counter:
    joined = " " + " ".join(words) + " "
    return Counter(joined[i : i + 3] for i in range(len(joined) - 2))


def trigram_similarity(a: str, b: str, words: Callable[[str], list[str]] = content_words) -> float:
    """Cosine similarity of character trigrams of the content words, 0 to 1."""
    ta, tb = _trigrams(words(a)), _trigrams(words(b))
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


# --- relevance: the draft's distinctive words count most ------------------------

# relevance = COVERAGE_WEIGHT × coverage + (1 − COVERAGE_WEIGHT) × trigram similarity.
# Coverage carries the topic (a rare word such as "restraint" outweighs "patients",
# "mental", "health"); the trigram similarity keeps the reworded original of a question
# above a disclosure that merely shares its words. Measured in benchmarks/bench_similar.py.
COVERAGE_WEIGHT = 0.7
# A word found only in the answer or the request's title counts for this share of its
# weight: it is about the topic, but may not be what was asked.
CONTEXT_CREDIT = 0.5
IDF_POWER = 1.5


@dataclass(frozen=True)
class Term:
    """One content word of the draft: its folded stem, the word as typed, its weight."""

    stem: str
    word: str
    idf: float

    @property
    def weight(self) -> float:
        """idf^IDF_POWER: above 1 so that one rare word outweighs several commoner
        ones (a tf-idf cosine, where a shared word counts its idf on both sides, is
        idf²; 1.5 ranked best on benchmarks/bench_similar.py, 2 lost a top-1 hit)."""
        return self.idf**IDF_POWER


@dataclass
class Candidate:
    item_id: int
    bm25: float
    trust_ods: str
    trust_name: str | None
    reference: str | None
    responded_date: str | None
    label: str | None
    heading: str | None
    question: str
    answer: str | None
    url: str | None
    title: str | None


def _draft_words(text: str) -> list[tuple[str, str]]:
    """(folded stem, word as typed) for each distinct content word of the draft."""
    seen: dict[str, str] = {}
    for word in _WORD.findall(text.lower()):
        if word in STOP_WORDS or word in FRAME_WORDS or len(word) <= 1 or word.isdigit():
            continue
        seen.setdefault(_stem(_CANONICAL.get(word, word)), word)
    return [(stem, word) for stem, word in seen.items()]


def _stems_match(a: str, b: str) -> bool:
    """Equal stems, or one a prefix of the other for long words ("restrain", "restraint")
    that the light stemmer leaves apart."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and long_.startswith(short) and len(long_) - len(short) <= 3


def _contains(stem: str, words: set[str]) -> bool:
    return stem in words or any(_stems_match(stem, w) for w in words)


def _fts_alternatives(word: str) -> str:
    alternatives = [word, *_GROUP.get(word, ())]
    return " OR ".join(f'"{w}"' for w in dict.fromkeys(alternatives) if len(w) > 1)


def draft_terms(db: sqlite_utils.Database, text: str) -> list[Term]:
    """The draft's content words weighted by inverse document frequency over every
    question and answer (bm25's idf: ln(1 + (N − df + 0.5) / (df + 0.5))); a word no
    disclosure contains gets the highest weight, so missing it costs the most."""
    words = _draft_words(text)
    if not words:
        return []
    total = db.execute("select count(*) from foi_items").fetchone()[0]
    terms = []
    for stem, word in words:
        df = db.execute(
            "select count(*) from foi_items_fts where foi_items_fts match ?",
            [_fts_alternatives(word)],
        ).fetchone()[0]
        terms.append(Term(stem, word, math.log(1 + (total - df + 0.5) / (df + 0.5))))
    return terms


def coverage(terms: list[Term], asked: str, context: str = "") -> tuple[float, list[str]]:
    """Share of the draft's idf weight found in `asked` (the question and its heading),
    words found only in `context` (answer, title) counting CONTEXT_CREDIT; and the
    draft's words found in neither."""
    total = sum(t.weight for t in terms)
    if not total:
        return 0.0, []
    in_asked, in_context = set(topic_words(asked)), set(topic_words(context))
    got, missing = 0.0, []
    for term in terms:
        if _contains(term.stem, in_asked):
            got += term.weight
        elif _contains(term.stem, in_context):
            got += CONTEXT_CREDIT * term.weight
        else:
            missing.append(term.word)
    return got / total, missing


def relevance(cover: float, similarity: float) -> float:
    """The blend `similar` ranks by, 0 to 1, comparable between drafts."""
    return COVERAGE_WEIGHT * cover + (1 - COVERAGE_WEIGHT) * similarity


def candidates(db: sqlite_utils.Database, text: str, pool: int = 200) -> list[Candidate]:
    """Disclosures sharing any (synonym-expanded) word with the draft, best bm25 first."""
    query = fts_query(text)
    if not query:
        return []
    rows = db.execute(
        """
        select i.id, bm25(foi_items_fts, 2.0, 1.0) as rank, r.trust_ods, t.name, r.reference,
               r.responded_date, i.label, i.heading, i.question, i.answer, d.url, r.title
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
    return [Candidate(*row[:8], row[8] or "", *row[9:]) for row in rows]


def similar(db: sqlite_utils.Database, text: str, limit: int = 10, pool: int = 200) -> list[Match]:
    """Prior disclosures that answer a draft request, most relevant first.

    Full-text search (bm25) finds the candidates; each is scored by `relevance`: the
    share of the draft's idf weight it matches (distinctive words count most), blended
    with the trigram similarity of draft and question. `missing` lists the draft's
    words a disclosure does not contain.
    """
    found = candidates(db, text, pool)
    if not found:
        return []
    terms = draft_terms(db, text)
    matches = []
    for c in found:
        asked = f"{c.heading or ''} {c.question}"
        cover, missing = coverage(terms, asked, f"{c.answer or ''} {c.title or ''}")
        similarity = trigram_similarity(text, c.question, topic_words)
        matches.append(
            Match(
                round(relevance(cover, similarity), 4),
                c.trust_ods,
                c.trust_name,
                c.reference,
                c.responded_date,
                c.label,
                c.question,
                c.answer,
                c.url,
                c.item_id,
                round(cover, 4),
                round(similarity, 4),
                missing,
            )
        )
    matches.sort(key=lambda m: (-m.score, m.item_id))
    return matches[:limit]
