"""A cheap test of whether extracted text reads as language.

A PDF font whose /Differences array (or ToUnicode map) shifts the letters gives
a text layer such as "Uibol zpv gps zpvs sfrvftu": every character extracted,
none of it words. Two signals, both cheap: the share of words that are among
the commonest English words, and the share of letter pairs that are among the
commonest pairs of English (about half in prose; a shifted alphabet leaves few).
A page of names or another language still has plausible pairs, so it is not
flagged for lacking common words alone.
"""

from __future__ import annotations

import re

MIN_LETTERS = 200  # less text than this is not judged

_COMMON = frozenset(
    """
    the of and to a in is that for it as was with be by on not he i this are or his from at
    which but have an they you were her she there been one all we their has would when if
    so no will can more who what up out about into than them only other its time do also
    our any may such these some could your should must each those how most
    please dear yours sincerely thank request information trust response received
    number staff data held act freedom under section year years how many does do did
    """.split()
)
_WORD = re.compile(r"[a-z]+")
# the sixty commonest letter pairs of English prose
_BIGRAMS = frozenset(
    """th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou
    io le ve co me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur ca el ta la ns di fo
    ho pe ec pr no""".split()
)


def language_score(text: str) -> float | None:
    """0 (not language) to 1 (reads as prose); None when there is too little
    text (numbers, a short table) to tell."""
    low = text.lower()
    letters = [ch for ch in low if "a" <= ch <= "z"]
    if len(letters) < MIN_LETTERS:
        return None
    words = _WORD.findall(low)
    common = sum(1 for w in words if w in _COMMON) / max(len(words), 1)
    pairs = [w[i : i + 2] for w in words for i in range(len(w) - 1)]
    plausible = sum(1 for p in pairs if p in _BIGRAMS) / max(len(pairs), 1)
    words_score = min(1.0, common / 0.2)
    pair_score = min(1.0, max(0.0, (plausible - 0.12) / 0.2))
    return round(max(words_score, 0.8 * pair_score), 3)
