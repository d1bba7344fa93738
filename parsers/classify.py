"""What kind of document this is, from its own words: FOI response, WRES report or other.

One document classifier for every path: `classify_document(text, title, url)`
gives a `Verdict` (kinds of `parsers.kinds`; discovery checks a fetched page
with it), and `classify(doc, kind_hint=…, filename=…)` is the same judgement on
an extracted document in parse-file's spelling (``unknown`` for other). Links
are classified before fetching by `parsers.linkclass`, with the same labels
and vocabulary.
"""

from __future__ import annotations

import re

from parsers.extract.model import Extracted
from parsers.kinds import (
    FOI,
    FOI_LAWS,
    FOI_REQUEST,
    OTHER,
    WRES,
    WRES_NAMES,
    Verdict,
    indicators_worded,
    kind_from_hint,
    parse_kind,
)

KINDS = (FOI, WRES, "unknown")  # parse-file's kinds (parsers.kinds.PARSE_KINDS)

_DOC_FOI = [
    (re.compile(rf"{FOI_LAWS}|\bfoia?\b", re.I), 2.0),
    (re.compile(r"\beir\b", re.I), 1.0),
    (re.compile(rf"your (?:request|email|letter)|you (?:asked|requested)|{FOI_REQUEST}|\b(?:foi|eir) request\b", re.I), 2.0),
    (re.compile(r"\b(?:our|your) ref|ref(?:erence)?(?: no\.?)?\s*[:.]?\s*[A-Z]{0,5}[-/ ]?\d{2,}", re.I), 1.0),
    (re.compile(r"section (?:1\(1\)|12|14|21|22|31|40|41|43)\b|exempt(?:ion)? under", re.I), 1.0),
    (re.compile(r"\b(?:question|q)\s?\d+\b|our response|response:|answer:", re.I), 1.0),
    (re.compile(r"internal review|information commissioner", re.I), 1.0),
]  # fmt: skip
_DOC_WRES = [
    (re.compile(rf"\b(?:{WRES_NAMES})\b", re.I), 3.0),
    (re.compile(r"relative likelihood", re.I), 1.5),
    (re.compile(r"\b(?:BA?ME|black,? asian and minority ethnic|ethnic minority|global majority)\b", re.I), 1.0),
    (re.compile(r"\b(?:indicator|metric) [1-9]\b", re.I), 1.0),
    (re.compile(r"board (?:membership|representation)|non-mandatory training|shortlisting", re.I), 1.0),
]  # fmt: skip
_LISTED_REF = re.compile(
    r"\b(?:FOI|EIR|RFI)[-/ ]?(?:[A-Z0-9]+[-/])*\d{3,}\b|\breference \d{3,}\b", re.I
)
_LISTED_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}\b|"
    r"\b\d{1,2}/\d{1,2}/\d{4}\b",
    re.I,
)
_LOG_WORDS = re.compile(r"disclosure log|page \d+ of \d+|published responses", re.I)
_WRES_SUPPORT = re.compile(
    r"relative likelihood|\b(?:indicator|metric) ?[1-9]\b|shortlist|board (?:membership|representation|voting)|"
    r"\d+(?:\.\d+)?\s?%|disciplinary|harassment|non-mandatory",
    re.I,
)
NAME_WEIGHT = 3.0  # a file name or title that names the kind counts as much as the text's words
THRESHOLD = 3.0


def classify_document(
    text: str | None, title: str | None = None, url: str | None = None
) -> Verdict:
    """The kind of a document from its first pages' text (and title and URL or
    file name, when known).

    An FOI response that asks about WRES is still an FOI response: its letter
    words (the Act, "your request", a reference, questions and answers) win
    unless WRES words clearly dominate. A table that never names the standard
    is a WRES report when it words three or more of its indicators.
    """
    from parsers.linkclass import classify_link

    head = (text or "")[:8000]
    reasons: list[str] = []
    foi = wres = 0.0
    for rx, weight in _DOC_FOI:
        if rx.search(head):
            foi += weight
            reasons.append(f"text: {rx.pattern.split('|')[0][:30]}")
    for rx, weight in _DOC_WRES:
        n = len(rx.findall(head))
        if n:
            wres += weight * min(n, 4) ** 0.5
            reasons.append(f"text: {rx.pattern.split('|')[0][:30]} x{n}")
    worded = indicators_worded(text or "")
    if worded >= 3:
        wres += THRESHOLD
        reasons.append(f"words {worded} WRES indicators")
    if url or title:
        link = classify_link(url or "", None, title)
        if link.kind == FOI:
            foi += NAME_WEIGHT
        elif link.kind == WRES:
            wres += NAME_WEIGHT
        reasons += [f"name: {r}" for r in link.reasons[:2]]
    refs = {m.upper() for m in _LISTED_REF.findall(head)}
    dates = {m.lower() for m in _LISTED_DATE.findall(head)}
    if len(refs) >= 3 or (len(dates) >= 5 and _LOG_WORDS.search(head[:600])):
        # a disclosure log lists many responses; a response carries one reference
        foi = 0.0
        reasons.append(f"lists {len(refs)} references: a disclosure log, not a response")
    if wres and not _WRES_SUPPORT.search(head) and len(head) < 3000 and worded < 3:
        # a short page that names the standard without any of its figures: an index
        wres = min(wres, 2.0)
        reasons.append("names WRES but shows none of its indicators")
    if max(foi, wres) < THRESHOLD:
        return Verdict(OTHER, 0.0, tuple(reasons))
    # a letter answering questions about WRES: letter words are many, WRES words a few
    if foi >= 5 and foi >= wres * 0.8:
        return Verdict(FOI, round(foi, 2), tuple(reasons))
    if wres > foi:
        return Verdict(WRES, round(wres, 2), tuple(reasons))
    return Verdict(FOI, round(foi, 2), tuple(reasons))


def first_pages_text(doc: Extracted, max_pages: int = 3, max_chars: int = 20000) -> str:
    """The text of a document's first pages; a table gives its first rows."""
    parts: list[str] = []
    size = 0
    for item in doc.items:
        if getattr(item, "page", 1) > max_pages and size > 2000:
            break
        if hasattr(item, "rows"):
            chunk = "\n".join(" ".join(r) for r in item.rows[:10])
        else:
            chunk = item.text
        parts.append(chunk)
        size += len(chunk)
        if size > max_chars:
            break
    return "\n".join(parts)


def classify(
    doc: Extracted | None,
    *,
    kind_hint: str | None = None,
    filename: str | None = None,
    title: str | None = None,
) -> str:
    """foi_response | wres_report | unknown: the kind hint when it names a kind,
    else `classify_document` on the first pages, the title and the file name."""
    hinted = kind_from_hint(kind_hint)
    if hinted:
        return hinted
    text = first_pages_text(doc) if doc is not None else ""
    title = title or (doc.title if doc is not None else None)
    return parse_kind(classify_document(text, title, filename).kind)


__all__ = ["KINDS", "classify", "classify_document", "first_pages_text"]
