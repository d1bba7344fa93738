"""How much a link, or a fetched page, promises an FOI disclosure log or a WRES page.

Words first ("Disclosure log", "Workforce Race Equality Standard", hubs such as
"About us" that lead to them), then the URL's path; words that name a
neighbouring page ("publication scheme", "gender pay gap") cap the score.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_FOI_TEXT = [
    (re.compile(r"disclosure log|disclosures|published (?:foi )?(?:requests|responses)|"
                r"foi responses|responses we have published|previous (?:foi )?requests|foi log"), 6.0),
    (re.compile(r"freedom of information|\bfoi\b|\bfoia\b"), 3.0),
    (re.compile(r"information rights|access to information|information governance"), 1.5),
]  # fmt: skip
_FOI_NEG = re.compile(
    r"publication scheme|how to make|make a request|request form|contact|charges|"
    r"privacy|subject access|policy|complain"
)
_WRES_TEXT = [
    (re.compile(r"workforce race equality|\bwres\b|race equality standard"), 6.0),
    (re.compile(r"race equality"), 3.0),
    (re.compile(r"equality|diversity|inclusion|\bedi\b"), 2.5),
]
_WRES_NEG = re.compile(r"wdes|disability|gender pay|pay gap")
_HUB = re.compile(
    r"^(?:about(?: us| the trust)?|who we are|corporate(?: information)?|publications?|"
    r"our publications|freedom of information|foi|equality.*|.*inclusion|diversity.*|our people|"
    r"working (?:for|with) us|governance|transparency|information rights|"
    r"information governance|our organisation|key documents|reports and publications)$"
)
_URL_FOI = [
    (re.compile(r"disclosure[-_]?log|published[-_]responses|foi[-_]?(?:log|disclosures|responses)|responses-we-have-published"), 4.0),
    (re.compile(r"(?:^|/)foi(?:/|$)|freedom[-_]of[-_]information|information[-_]rights"), 2.0),
]  # fmt: skip
_URL_WRES = [
    (re.compile(r"(?:^|[/_-])wres(?:[/_-]|$)|workforce[-_]race[-_]equality|race[-_]equality"), 4.0),
    (re.compile(r"equality|inclusion|(?:^|/)edi(?:/|$)"), 1.0),
]


Rules = list[tuple[re.Pattern[str], float]]


def norm_words(text: str | None) -> str:
    """Lower case, "&" as "and", whitespace folded, edge punctuation trimmed."""
    return re.sub(r"\s+", " ", (text or "").lower().replace("&", "and")).strip(" :|»›-")


def _kind_score(words: str, path: str, text_rules: Rules, url_rules: Rules) -> float:
    """The strongest rule the words meet, plus half of every rule the URL's path meets."""
    score = max((w for rx, w in text_rules if rx.search(words)), default=0.0)
    return score + sum(w / 2 for rx, w in url_rules if rx.search(path))


def link_scores(text: str | None, url: str) -> dict[str, float]:
    """How much a link (its words and its URL) promises each entry point, and a hub."""
    t = norm_words(text)
    path = urlsplit(url).path.lower()
    foi = _kind_score(t, path, _FOI_TEXT, _URL_FOI)
    if _FOI_NEG.search(t) or "publication-scheme" in path:
        foi = min(foi, 1.0)
    wres = 0.0 if _WRES_NEG.search(t) else _kind_score(t, path, _WRES_TEXT, _URL_WRES)
    return {"foi": foi, "wres": wres, "hub": 2.0 if _HUB.match(t) else 0.0}


def title_names(kind: str, title: str) -> bool:
    """True when a page's (normalised) title and heading name the entry point outright."""
    strongest = (_FOI_TEXT if kind == "foi" else _WRES_TEXT)[0][0]
    return bool(strongest.search(title))


def page_title(body: bytes | None) -> str:
    """The page's ``<title>`` and first ``<h1>``, as text."""
    m = re.search(rb"<title[^>]*>(.*?)</title>", body or b"", re.I | re.S)
    h = re.search(rb"<h1[^>]*>(.*?)</h1>", body or b"", re.I | re.S)
    text = b" ".join(x[1] for x in (m, h) if x)
    return re.sub(r"<[^>]+>", " ", text.decode("utf-8", "replace"))
