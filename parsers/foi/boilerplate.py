"""Boilerplate learned from many letters: paragraphs that recur are not answers.

A paragraph is reduced to word shingles (runs of `K` normalised words, digits
folded to 0) and each shingle to a short stable hash. A *fingerprint set* holds
the hashes seen in at least `min_docs` distinct documents (or distinct trusts):
the review-rights paragraph, the regulator's address, the copyright notice, a
trust's own standard wording. A block's similarity to boilerplate is the share
of its shingles in the set. Only hashes are stored, never the text.

`learn_boilerplate` learns across documents (the shipped set, learned across
trusts from the corpus by scripts/train_foi_labeller.py); `learn_trust_template`
learns one trust's template from its disclosure log (a nightly run has all of a
trust's letters) and is combined with the shipped set via `Boilerplate.union`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

K = 5  # words per shingle: long enough to be specific, short enough to survive rewording
DEFAULT_PATH = Path(__file__).with_name("boilerplate.json")


def _words(text: str) -> list[str]:
    text = re.sub(r"\d+", "0", text.lower())
    return re.findall(r"[a-z0]+", text)


def shingles(text: str, k: int = K) -> set[str]:
    """The hashed k-word shingles of a paragraph (a short paragraph is one shingle)."""
    words = _words(text)
    if not words:
        return set()
    if len(words) < k:
        grams = [" ".join(words)]
    else:
        grams = [" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]
    return {hashlib.blake2b(g.encode(), digest_size=6).hexdigest() for g in grams}


@dataclass
class Boilerplate:
    """A set of shingle hashes known to be boilerplate."""

    hashes: set[str] = field(default_factory=set)

    def similarity(self, text: str) -> float:
        """Share of the paragraph's shingles that are boilerplate (0 for an empty set)."""
        sh = shingles(text)
        if not sh or not self.hashes:
            return 0.0
        return len(sh & self.hashes) / len(sh)

    def union(self, other: Boilerplate) -> Boilerplate:
        return Boilerplate(self.hashes | other.hashes)

    def save(self, path: Path) -> None:
        path.write_text(json.dumps({"k": K, "hashes": sorted(self.hashes)}) + "\n")

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> Boilerplate:
        if not path.exists():
            return cls()
        data = json.loads(path.read_text())
        if data.get("k") != K:
            return cls()
        return cls(set(data.get("hashes", [])))


def learn_boilerplate(groups: Iterable[Iterable[str]], min_docs: int = 3) -> Boilerplate:
    """Shingles found in at least `min_docs` of the groups. A group is the
    paragraphs of one document, or of one trust's documents when learning what
    recurs *across* trusts (so one trust's many letters do not make its own
    wording look universal)."""
    seen: Counter[str] = Counter()
    for paragraphs in groups:
        doc_hashes: set[str] = set()
        for p in paragraphs:
            doc_hashes |= shingles(p)
        seen.update(doc_hashes)
    return Boilerplate({h for h, n in seen.items() if n >= min_docs})


def learn_trust_template(
    letters: Iterable[Iterable[str]], min_docs: int = 3, question_texts: Iterable[str] = ()
) -> Boilerplate:
    """One trust's template from its letters (each a list of paragraphs): the
    shingles in at least `min_docs` letters, less any shingle of the requests
    themselves (a round-robin request repeats across letters but is no template)."""
    learned = learn_boilerplate(letters, min_docs=min_docs)
    asked: set[str] = set()
    for q in question_texts:
        asked |= shingles(q)
    return Boilerplate(learned.hashes - asked)
