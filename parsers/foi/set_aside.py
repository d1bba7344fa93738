"""A refusal the letter sets aside (since set AC's learning): a fresh response issued
after the regulator's decision notice recounts the first refusal in its opening ("We
refused your request on 3 May 2024 under section 12. The Commissioner's decision notice
found that the Trust was not entitled to rely on that section …"). The section that
refusal cited is the earlier reply's, overturned, not one this letter applies; the
sections its answers cite are.

Read by the sentence: a clause recounting a refusal made earlier (the trust refused or
declined, the request was refused, the first response relied on …) cites the earlier
reply's sections; they are set aside when the letter tells that the refusal no longer
stands (a decision notice, "not entitled to rely", overturned, set aside, a fresh
response) and nowhere that it was upheld. An internal review that upholds the first
refusal applies its sections still. Used by parsers.foi.parse where it reads the
sections cited outside the answers.
"""

from __future__ import annotations

import re

from parsers.foi.classify_patterns import (
    _RE_RECOUNTED_REFUSAL,
    _RE_REFUSAL_SET_ASIDE,
    _RE_REFUSAL_UPHELD,
)

_RE_SENTENCE = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(“\"])")


def refusal_set_aside(texts: list[str]) -> bool:
    """The letter tells that an earlier refusal no longer stands, and nowhere that it
    was upheld."""
    joined = " ".join(texts)
    return bool(_RE_REFUSAL_SET_ASIDE.search(joined)) and not _RE_REFUSAL_UPHELD.search(joined)


def without_recounted_refusals(text: str) -> str:
    """`text` less its sentences recounting a refusal made earlier."""
    sentences = _RE_SENTENCE.split(text)
    kept = [s for s in sentences if not _RE_RECOUNTED_REFUSAL.search(s)]
    return " ".join(kept) if len(kept) < len(sentences) else text
