"""What kind of document is this: foi_response, wres_report or unknown."""

from __future__ import annotations

import re

from parsers.extract.model import Extracted

KINDS = ("foi_response", "wres_report", "unknown")

_HINTS = {
    "foi": "foi_response",
    "foi_response": "foi_response",
    "eir": "foi_response",
    "wres": "wres_report",
    "wres_report": "wres_report",
}
_WRES = re.compile(
    r"\bWRES\b|workforce race equality|race equality standard|\bBA?ME\b staff|"
    r"relative likelihood of (?:white|bme|bame)",
    re.IGNORECASE,
)
# the wording of the indicators themselves, for a WRES table or page that never
# names the standard ("Staff Survey indicators (5 to 8)" above a table)
_WRES_INDICATORS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"appointed from shortlisting",
        r"formal disciplinary (?:process|investigation)",
        r"non-mandatory training",
        r"harassment,? bullying or abuse from (?:patients|service users)",
        r"harassment,? bullying or abuse from (?:other )?(?:staff|colleagues)",
        r"equal opportunit(?:y|ies) for career progression",
        r"discrimination at work from (?:a )?manager",
        r"board voting membership",
        r"agenda for change (?:pay )?bands? 1",
    )
]
_FOI = re.compile(
    r"freedom of information|\bFOI\b|\bFOIA?\b|environmental information regulations|"
    r"request for information|your request|\bour ref|information request|\bEIR\b",
    re.IGNORECASE,
)


def classify(
    doc: Extracted | None,
    *,
    kind_hint: str | None = None,
    filename: str | None = None,
    title: str | None = None,
) -> str:
    """foi_response | wres_report | unknown, from (in order of trust) the kind hint,
    the first pages' text, the title and the file name."""
    if kind_hint:
        hint = _HINTS.get(kind_hint.strip().lower())
        if hint:
            return hint
    text = ""
    if doc is not None:
        parts = []
        size = 0
        for item in doc.items:
            if getattr(item, "page", 1) > 3 and size > 2000:
                break
            chunk = item.text if hasattr(item, "text") and isinstance(item.text, str) else ""
            if not chunk and hasattr(item, "rows"):
                chunk = " ".join(" ".join(r) for r in item.rows[:10])
            parts.append(chunk)
            size += len(chunk)
            if size > 20000:
                break
        text = "\n".join(parts)
    head = " ".join(filter(None, [title or (doc.title if doc else None), filename or ""]))
    head = re.sub(r"[_\-.]+", " ", head)
    wres = len(_WRES.findall(text)) + 3 * len(_WRES.findall(head))
    foi = len(_FOI.findall(text[:6000])) + 3 * len(_FOI.findall(head))
    if wres == 0 and foi == 0:
        flat = re.sub(r"\s+", " ", text)
        indicators = sum(1 for rx in _WRES_INDICATORS if rx.search(flat))
        return "wres_report" if indicators >= 3 else "unknown"
    # a WRES report mentions the standard many times; an FOI about WRES mentions FOI too
    if wres >= 3 and wres > foi:
        return "wres_report"
    if foi > 0:
        return "foi_response"
    return "wres_report" if wres else "unknown"
