"""What kind of document: the one label set and the words that tell the kinds apart.

Every path that names a document's kind uses these: link classification
(`parsers.linkclass`, before fetching), document classification
(`parsers.classify`, from the text), the scrapers' ``kind_hint`` and the
database. The labels are the schema's: ``documents.kind`` is ``foi_response``,
``wres_report`` or ``other``. ``parse-file`` JSON (DESIGN.md) spells "other"
``unknown``; `parse_kind` and `stored_kind` convert at those two edges only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.wres.vocab import INDICATOR_OWN_WORDING

FOI = "foi_response"
WRES = "wres_report"
OTHER = "other"
KINDS = (FOI, WRES, OTHER)  # documents.kind
UNKNOWN = "unknown"  # parse-file's spelling of OTHER
PARSE_KINDS = (FOI, WRES, UNKNOWN)

# the scrapers' and the command line's short names (`--kind foi|wres`)
_HINTS = {"foi": FOI, "foi_response": FOI, "eir": FOI, "wres": WRES, "wres_report": WRES}
_HINT_OF = {FOI: "foi", WRES: "wres"}


def kind_from_hint(hint: str | None) -> str | None:
    """ "foi" / "wres" (or a full kind) → the kind; None when it names neither."""
    return _HINTS.get((hint or "").strip().lower())


def hint_for(kind: str | None) -> str | None:
    """A kind → the scrapers' hint: "foi", "wres" or None."""
    return _HINT_OF.get(kind or "")


def parse_kind(kind: str | None) -> str:
    """A kind as parse-file prints it: other (or nothing) is "unknown"."""
    return kind if kind in (FOI, WRES) else UNKNOWN


def stored_kind(kind: str | None) -> str:
    """A kind as documents.kind stores it: unknown (or nothing) is "other"."""
    return kind if kind in (FOI, WRES) else OTHER


@dataclass(frozen=True)
class Verdict:
    """A classification: ``kind`` from `KINDS`; ``score`` how sure (0 when other);
    ``reasons`` what was matched, for an operator reviewing a proposal."""

    kind: str
    score: float = 0.0
    reasons: tuple[str, ...] = field(default_factory=tuple)

    @property
    def hint(self) -> str | None:
        """The scrapers' ``kind_hint`` spelling: "foi", "wres" or None."""
        return hint_for(self.kind)


# -- vocabulary ------------------------------------------------------------------
# Regular-expression sources (lower case, words separated by single spaces) so a
# link's words (" foi 1234 response ") and a document's text can both use them.

# the laws a response is made under
FOI_LAWS = r"freedom of information(?: act)?|environmental information regulations"
# a response's own name for itself
FOI_ABBREVIATIONS = r"foi|foia|foir|foisa|eir|rfi"
FOI_REQUEST = r"request for information|information request"
# the standard's names
WRES_NAMES = r"workforce race equality(?: standard)?|race equality standard|wres"
# other equality reports that sit beside WRES on the same pages
OTHER_STANDARDS = (
    r"wdes|workforce disability equality|disability equality|gender pay|pay gap|"
    r"equality delivery system|eds ?2?2?"
)
# The wording of the nine WRES indicators, for a table or page that never names
# the standard ("Staff Survey indicators (5 to 8)" above a table): one copy, in the
# WRES vocabulary.
WRES_INDICATOR_WORDING = tuple(INDICATOR_OWN_WORDING.values())
_INDICATOR_RX = [re.compile(p, re.IGNORECASE) for p in WRES_INDICATOR_WORDING]


def indicators_worded(text: str) -> int:
    """How many different WRES indicators `text` describes in their own words."""
    flat = re.sub(r"\s+", " ", text or "")
    return sum(1 for rx in _INDICATOR_RX if rx.search(flat))


__all__ = [
    "FOI",
    "FOI_ABBREVIATIONS",
    "FOI_LAWS",
    "FOI_REQUEST",
    "KINDS",
    "OTHER",
    "OTHER_STANDARDS",
    "PARSE_KINDS",
    "UNKNOWN",
    "WRES",
    "WRES_INDICATOR_WORDING",
    "WRES_NAMES",
    "Verdict",
    "hint_for",
    "indicators_worded",
    "kind_from_hint",
    "parse_kind",
    "stored_kind",
]
