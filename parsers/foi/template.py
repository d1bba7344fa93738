"""A trust's letter template, learned from its disclosure log in the nightly run.

The worker reduces each FOI letter to hashes (`letter_shingles`): the shingles
(parsers.foi.boilerplate.shingles) of its blocks, of its questions and of its
answers but the last (the last may have swallowed the closing). Only hashes are
kept, never text. After a run's parse pass the trust's template is the hashes
that recur in enough of its letters, less any hash of a question or of an earlier
answer (`learn_template`): the trust's closing, review-rights paragraph, sign-off
and letterhead, which the block labeller then treats as boilerplate
(parsers.foi.labeller.labeller_for_trust).

A letter's parse depends on the template only through the template hashes its own
blocks contain (a block's boilerplate similarity is the share of its shingles in
the set). `effective_fingerprint(letter, template)` names that part, so a letter
is read again only when a new template changes what it sees.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from parsers.foi.boilerplate import K, _words, shingles

MIN_LETTERS = 3  # a trust with fewer letters keeps the shipped boilerplate alone
# share of a trust's letters a shingle must be in (and in at least MIN_LETTERS):
# a template changes over the years, an answer's common phrase is in few letters
MIN_SHARE = 0.2


@dataclass(frozen=True)
class LetterShingles:
    """One letter as hashes: its blocks', its questions' and its earlier answers'."""

    hashes: frozenset[str]
    question_hashes: frozenset[str] = frozenset()
    answer_hashes: frozenset[str] = frozenset()


def block_shingles(texts: Iterable[str]) -> set[str]:
    """Shingles of the blocks of at least K words. A shorter block is one whole-text
    shingle, so learning it would make a short answer ("Yes.", "Not held.") that
    recurs across letters read as all boilerplate."""
    out: set[str] = set()
    for text in texts:
        if len(_words(text)) >= K:
            out |= shingles(text)
    return out


def letter_shingles(
    block_texts: Iterable[str], questions: Iterable[str], answers: list[str]
) -> LetterShingles:
    """What the template needs from one parsed letter (no text)."""
    # the last answer may hold the closing: it must stay learnable
    return LetterShingles(
        frozenset(block_shingles(block_texts)),
        frozenset(block_shingles(questions)),
        frozenset(block_shingles(answers[:-1])),
    )


def min_letters_for(n: int) -> int:
    """In how many of a trust's `n` letters a shingle must be to be its template."""
    return max(MIN_LETTERS, math.ceil(MIN_SHARE * n))


def learn_template(
    letters: list[LetterShingles], known: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The trust's template: hashes in enough of its letters, less any hash of a
    question (a round-robin request repeats but is no template) or of an answer
    other than a letter's last (a standard answer is no closing), and less the
    `known` (shipped) boilerplate it is read with anyway, so that a letter is not
    read again for what it already saw. Empty under MIN_LETTERS letters."""
    if len(letters) < MIN_LETTERS:
        return frozenset()
    seen: Counter[str] = Counter()
    excluded: set[str] = set(known)
    for letter in letters:
        seen.update(letter.hashes)
        excluded |= letter.question_hashes | letter.answer_hashes
    need = min_letters_for(len(letters))
    return frozenset(h for h, n in seen.items() if n >= need and h not in excluded)


def fingerprint(hashes: Iterable[str]) -> str | None:
    """A short stable name for a set of hashes; None for the empty set."""
    ordered = sorted(set(hashes))
    if not ordered:
        return None
    return hashlib.blake2b(" ".join(ordered).encode(), digest_size=8).hexdigest()


def effective_fingerprint(letter_hashes: Iterable[str], template: Iterable[str]) -> str | None:
    """The fingerprint of the part of `template` the letter's blocks contain: the
    only part its parse depends on."""
    return fingerprint(set(letter_hashes) & set(template))


def encode(hashes: Iterable[str]) -> str:
    """Hashes as one compact text (sorted, space-separated)."""
    return " ".join(sorted(set(hashes)))


def decode(text: str | None) -> frozenset[str]:
    return frozenset((text or "").split())
