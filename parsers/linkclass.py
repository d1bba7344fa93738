"""Is this link an FOI response, a WRES report, or something else?

Pure functions over strings, so the scrapers can sort links before fetching them
(sitemaps and WordPress media libraries list every upload a trust has):
`classify_link(url, text, title)` reads a URL and the words around a link and
returns a `Verdict`. The labels, the verdict and the vocabulary are those of
`parsers.kinds`; a fetched document's own words are read by
`parsers.classify.classify_document`.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from parsers.kinds import (
    FOI,
    FOI_ABBREVIATIONS,
    FOI_LAWS,
    KINDS,
    OTHER,
    OTHER_STANDARDS,
    WRES,
    WRES_NAMES,
    Verdict,
)


def _words(text: str) -> str:
    """Lower case, separators (``-_./+%20``) as spaces, camel humps split."""
    text = unquote(text or "")
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", text)
    text = re.sub(r"[\s_\-./+,;:()\[\]|]+", " ", text.lower())
    return f" {text.strip()} "


# -- link signals --------------------------------------------------------------

_FOI_STRONG = [
    (re.compile(rf" (?:{FOI_ABBREVIATIONS})(?: ?response| ?reply)? ?(?:no )?(?:ref )?\d"), "FOI reference"),
    (re.compile(r" (?:foi|foia|rfi)\d{3,}"), "FOI reference"),
    (re.compile(r" foi (?:request|response|reply|disclosure)s?\b"), "FOI response"),
    (re.compile(rf" (?:{FOI_LAWS}) (?:request|response|disclosure|reply)"), "freedom of information response"),
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
    (re.compile(rf" (?:{WRES_NAMES}) "), "WRES"),
    # URLs shorten the name ("workforce-equality-standards/wres-2022")
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
    (re.compile(rf" (?:{OTHER_STANDARDS}) "), "another equality standard"),
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


__all__ = [
    "FOI",
    "KINDS",
    "OTHER",
    "WRES",
    "Verdict",
    "classify_link",
    "is_document_url",
]
