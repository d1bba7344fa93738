"""Is this link (or document) an FOI response, a WRES report, or something else?

Pure functions over strings, so the scrapers can sort links before fetching them
(sitemaps and WordPress media libraries list every upload a trust has) and the
parsers can check a document's own words afterwards.

* `classify_link(url, text, title)` reads a URL and the words around a link;
* `classify_document(text, title, url)` reads the first pages of a document.

Both return a `Verdict`: ``kind`` is ``foi_response``, ``wres_report`` or
``other``; ``score`` says how sure (0 when ``other``); ``reasons`` says why, so
an operator reviewing a discovery proposal can see what was matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

FOI = "foi_response"
WRES = "wres_report"
OTHER = "other"
KINDS = (FOI, WRES, OTHER)


@dataclass(frozen=True)
class Verdict:
    kind: str
    score: float = 0.0
    reasons: tuple[str, ...] = field(default_factory=tuple)

    @property
    def hint(self) -> str | None:
        """The scrapers' ``kind_hint`` spelling: "foi", "wres" or None."""
        return {FOI: "foi", WRES: "wres"}.get(self.kind)


def _words(text: str) -> str:
    """Lower case, separators (``-_./+%20``) as spaces, camel humps split."""
    text = unquote(text or "")
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", text)
    text = re.sub(r"[\s_\-./+,;:()\[\]|]+", " ", text.lower())
    return f" {text.strip()} "


# -- link signals --------------------------------------------------------------

_FOI_STRONG = [
    (re.compile(r" (?:foi|foia|foir|foisa|eir|rfi)(?: ?response| ?reply)? ?(?:no )?(?:ref )?\d"), "FOI reference"),
    (re.compile(r" (?:foi|foia|rfi)\d{3,}"), "FOI reference"),
    (re.compile(r" foi (?:request|response|reply|disclosure)s?\b"), "FOI response"),
    (re.compile(r" freedom of information (?:act )?(?:request|response|disclosure|reply)"), "freedom of information response"),
    (re.compile(r" (?:disclosure log|disclosures|published responses?|foi responses?) \w*\d{3,}"), "disclosure log entry"),
    (re.compile(r" request for information \w* ?\d"), "request for information"),
]  # fmt: skip
_FOI_WEAK = [
    (re.compile(r" (?:foi|foia|eir) "), "FOI"),
    (re.compile(r" freedom of information "), "freedom of information"),
    (re.compile(r" disclosure log "), "disclosure log"),
    (re.compile(r" (?:response|reply|disclosure) "), "response"),
]
_REFERENCE = re.compile(
    r" (?:[a-z]{0,4} ?\d{2,4} \d{2,6}|\d{4,7}|[a-z]{2,4} ?\d{4,7}|\d{2}\d{2} [a-z]{0,3}\d{3,6}) "
)
_WRES_STRONG = [
    (re.compile(r" wres "), "WRES"),
    (re.compile(r" workforce race equality(?: standard)? "), "workforce race equality standard"),
    (re.compile(r" race equality standard "), "race equality standard"),
    (re.compile(r" workforce equality standards? "), "workforce equality standard"),
]
_WRES_WEAK = [
    (re.compile(r" (?:report|submission|data|metrics|indicators|action plan|annual) "), "report"),
    (re.compile(r" 20\d\d(?: \d\d(?:\d\d)?)? "), "year"),
]
# What is near FOI or WRES words but is not a response or a report.
_NOT_FOI = [
    (re.compile(r" (?:request )?forms? | application form | template "), "a form"),
    (re.compile(r" publication scheme "), "publication scheme"),
    (re.compile(r" (?:policy|procedure|guidance|guide|how to|make a request|making a request|contact us|privacy notice|charges|fees|re ?use) "), "guidance"),
    (re.compile(r" (?:minutes|agenda|board papers?|annual report|quality account|newsletter) "), "corporate papers"),
    (re.compile(r" (?:disclosure log|foi log|foi disclosures?|published responses?)(?: index| page \d+)? $"), "the log itself"),
    (re.compile(r" (?:freedom of information|foi)(?: act)?(?: page)? $"), "an FOI page"),
]  # fmt: skip
_NOT_WRES = [
    (re.compile(r" (?:wdes|disability equality|gender pay|pay gap|eds ?2?2?|equality delivery system) "), "another equality standard"),
    (re.compile(r" (?:policy|strategy|objectives|guidance|technical guidance|template|form|minutes|agenda) "), "not a report"),
]  # fmt: skip


def _matches(rules, text: str) -> list[str]:
    return [why for rx, why in rules if rx.search(text)]


_DOC_EXT = re.compile(r"\.(?:pdf|docx?|odt|xlsx?|ods|rtf|csv|pptx?|txt)$", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)(?:19|20)\d\d(?:19|20)\d\d(?!\d)")


def is_document_url(url: str) -> bool:
    """A file (PDF, Word, ...) rather than a web page, by its name."""
    parts = urlsplit(url or "")
    return bool(_DOC_EXT.search(unquote(parts.path or ""))) or any(
        _DOC_EXT.search(v) for v in re.split(r"[&=]", unquote(parts.query or ""))
    )


def _score_link(url: str, text: str | None, title: str | None) -> tuple[float, float, list[str]]:
    parts = urlsplit(url or "")
    path = unquote(parts.path or "")
    name = path.rstrip("/").rsplit("/", 1)[-1]
    folder = path[: len(path) - len(name)] if name else path
    name_w = _words(re.sub(r"\.[a-z0-9]{2,5}$", "", name, flags=re.I))
    folder_w = _words(folder)
    words = _words(" ".join(filter(None, [text, title])))
    here = name_w + words  # what names this one document
    reasons: list[str] = []
    foi = wres = 0.0

    strong = _matches(_FOI_STRONG, here)
    weak = _matches(_FOI_WEAK, here)
    foi_folder = bool(_matches(_FOI_WEAK[:3], folder_w))
    has_ref = bool(_REFERENCE.search(name_w)) or bool(_REFERENCE.search(words))
    if strong:
        foi += 3
        reasons += strong[:2]
    if weak:
        foi += 1
        reasons += [w for w in weak if w not in reasons][:2]
    if foi_folder:
        foi += 1.5
        reasons.append("under an FOI folder")
    if has_ref and (strong or weak or foi_folder):
        foi += 1
        reasons.append("carries a reference")

    wstrong = _matches(_WRES_STRONG, here)
    if wstrong:
        wres += 3
        reasons += wstrong[:1]
        wweak = _matches(_WRES_WEAK, here)
        wres += 0.5 * len(wweak)
    elif _matches(_WRES_STRONG, folder_w):
        wres += 1.5
        reasons.append("under a WRES folder")
        if _YEAR.search(folder_w):
            wres += 1.5  # a part of one year's report (…/wres-2021-2022/indicator-1)
            here = here + folder_w

    if not is_document_url(url):
        # a web page: a response carries a reference, a report a year; else it is
        # more likely the log or the index page that lists them
        if foi and not has_ref:
            foi = min(foi, 2.0)
            reasons.append("a page without a reference (a listing?)")
        if wres and not _YEAR.search(here):
            wres = min(wres, 2.0)
            reasons.append("a page without a year (an index?)")

    not_foi = _matches(_NOT_FOI, here) if foi else []
    not_wres = _matches(_NOT_WRES, here) if wres else []
    if not_foi and not (strong and has_ref):
        foi = 0.0
        reasons.append(f"not a response: {not_foi[0]}")
    elif not_foi:
        foi -= 2
    if not_wres:
        wres = 0.0 if not wstrong or "another" in not_wres[0] else wres - 2.5
        reasons.append(f"not a WRES report: {not_wres[0]}")
    return foi, wres, reasons


def classify_link(url: str, text: str | None = None, title: str | None = None) -> Verdict:
    """The kind of document a link leads to, from its URL, link text and title."""
    foi, wres, reasons = _score_link(url, text, title)
    if max(foi, wres) < 2.5:
        return Verdict(OTHER, 0.0, tuple(reasons))
    if wres >= foi:
        return Verdict(WRES, round(wres, 2), tuple(reasons))
    return Verdict(FOI, round(foi, 2), tuple(reasons))


# -- documents -----------------------------------------------------------------

_DOC_FOI = [
    (re.compile(r"freedom of information act|foia\b|\bfoi\b|freedom of information", re.I), 2.0),
    (re.compile(r"environmental information regulations|\beir\b", re.I), 1.0),
    (re.compile(r"your (?:request|email|letter)|you (?:asked|requested)|request for information|information request", re.I), 2.0),
    (re.compile(r"\b(?:our|your) ref|ref(?:erence)?(?: no\.?)?\s*[:.]?\s*[A-Z]{0,5}[-/ ]?\d{2,}", re.I), 1.0),
    (re.compile(r"section (?:1\(1\)|12|14|21|22|31|40|41|43)\b|exempt(?:ion)? under", re.I), 1.0),
    (re.compile(r"\b(?:question|q)\s?\d+\b|our response|response:|answer:", re.I), 1.0),
    (re.compile(r"internal review|information commissioner", re.I), 1.0),
]  # fmt: skip
_DOC_WRES = [
    (re.compile(r"workforce race equality standard|\bWRES\b", re.I), 3.0),
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


def classify_document(
    text: str | None, title: str | None = None, url: str | None = None
) -> Verdict:
    """The kind of a document from its first pages' text (and title and URL, when known).

    An FOI response that asks about WRES is still an FOI response: its letter
    words (the Act, "your request", a reference, questions and answers) win
    unless WRES words clearly dominate.
    """
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
    if url or title:
        link = classify_link(url or "", None, title)
        if link.kind == FOI:
            foi += 2.0
        elif link.kind == WRES:
            wres += 2.0
        reasons += [f"name: {r}" for r in link.reasons[:2]]
    refs = {m.upper() for m in _LISTED_REF.findall(head)}
    dates = {m.lower() for m in _LISTED_DATE.findall(head)}
    if len(refs) >= 3 or (len(dates) >= 5 and _LOG_WORDS.search(head[:600])):
        # a disclosure log lists many responses; a response carries one reference
        foi = 0.0
        reasons.append(f"lists {len(refs)} references: a disclosure log, not a response")
    if wres and not _WRES_SUPPORT.search(head) and len(head) < 3000:
        # a short page that names the standard without any of its figures: an index
        wres = min(wres, 2.0)
        reasons.append("names WRES but shows none of its indicators")
    if max(foi, wres) < 3.0:
        return Verdict(OTHER, 0.0, tuple(reasons))
    # a letter answering questions about WRES: letter words are many, WRES words a few
    if foi >= 5 and foi >= wres * 0.8:
        return Verdict(FOI, round(foi, 2), tuple(reasons))
    if wres > foi:
        return Verdict(WRES, round(wres, 2), tuple(reasons))
    return Verdict(FOI, round(foi, 2), tuple(reasons))


__all__ = [
    "FOI",
    "KINDS",
    "OTHER",
    "WRES",
    "Verdict",
    "classify_document",
    "classify_link",
    "is_document_url",
]
