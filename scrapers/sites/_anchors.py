"""Links on a page as a reader sees them: where they point, what they say, where they sit.

A listing's links are read by their place in the page (inside navigation, in a
pager, in a row with a date) and by their words (a real title, or "Download");
these helpers answer those questions for one ``<a>`` so the listing readers in
`scrapers.sites._listing` and `scrapers.sites.html_table` share one reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from posixpath import splitext
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from scrapers.urls import strip_fragment

NEXT_TEXTS = frozenset(
    {"next", "next page", "next ›", "next »", "next >", "next >>", "›", "»", ">", ">>",
     "→", "next →", "older", "older entries", "more", "load more", "show more"}
)  # fmt: skip
OTHER_PAGER_TEXTS = frozenset(
    {"previous", "prev", "previous page", "‹", "«", "<", "<<", "←", "first", "last",
     "first page", "last page", "« first", "last »", "newer", "newer entries", "…", "..."}
)  # fmt: skip
GENERIC_TITLES = frozenset(
    {"download", "view", "pdf", "docx", "doc", "read more", "more", "click here", "here",
     "open", "view document", "download pdf", "download file", "view pdf", "link",
     "see response", "response", "read", "view response", "document"}
)  # fmt: skip
_NOT_WEB = ("mailto:", "tel:", "javascript:", "data:", "sms:", "ftp:")
_SKIP_ANCESTORS = frozenset({"nav", "header", "footer", "aside", "script", "style", "noscript"})
_NAV_ROLES = frozenset({"navigation", "banner", "contentinfo", "search"})
_NAV_CLASS_RE = re.compile(
    r"(^|[\s_-])(breadcrumbs?|navbar|nav|menu|skip-link|site-header|site-footer|pagination|pager)($|[\s_-])",
    re.I,
)


def norm_text(s: str | None) -> str:
    """Whitespace folded to single spaces, trimmed."""
    return re.sub(r"\s+", " ", s or "").strip()


def document_base(soup: BeautifulSoup, page_url: str) -> str:
    """The URL relative links resolve against: the page's ``<base href>``, else the page."""
    base_tag = soup.find("base", href=True)
    if isinstance(base_tag, Tag):
        return urljoin(page_url, str(base_tag["href"]))
    return page_url


def web_anchors(soup: BeautifulSoup, base: str) -> Iterator[tuple[Tag, str]]:
    """Every ``<a href>`` of the page that leads to an http(s) URL (see `web_anchors_of`)."""
    return web_anchors_of(soup.find_all("a", href=True), base)


def web_anchors_of(anchors: Iterable[Tag], base: str) -> Iterator[tuple[Tag, str]]:
    """The anchors that lead to an http(s) URL, each with that URL in canonical spelling
    (in-page anchors, mail, phone and script links left out)."""
    for a in anchors:
        href = str(a["href"]).strip()
        if not href or href.startswith("#") or href.lower().startswith(_NOT_WEB):
            continue
        url = strip_fragment(urljoin(base, href))
        if urlsplit(url).scheme in ("http", "https"):
            yield a, url


def in_navigation(a: Tag) -> bool:
    """True when the link sits in the site's navigation, header, footer or a menu."""
    for anc in a.parents:
        if not isinstance(anc, Tag):
            continue
        if anc.name in _SKIP_ANCESTORS:
            return True
        if (anc.get("role") or "") in _NAV_ROLES:
            return True
        cls = " ".join(anc.get("class") or []) + " " + str(anc.get("id") or "")
        if cls.strip() and _NAV_CLASS_RE.search(cls):
            return True
        if anc.name in ("main", "article", "body"):
            return False
    return False


def row_of(a: Tag) -> Tag | None:
    """The row (list item, table row, card) a link belongs to, if it has one of its own."""
    node = a
    for _ in range(5):
        node = node.parent
        if not isinstance(node, Tag) or node.name in ("body", "html", "table", "ul", "ol", "main"):
            return None
        if node.name in ("tr", "li", "article", "p", "dd", "div", "section", "td"):
            n_links = len(node.find_all("a", href=True, limit=5))
            if n_links > 3:
                return None
            if node.name == "td":
                continue  # a cell: widen to the row
            return node
    return None


def title_for(a: Tag, row: Tag | None, url: str) -> str | None:
    """The link's own words, unless they are generic ("Download"): then its title
    attribute, its row's heading or first cell, or the file name."""
    text = norm_text(a.get_text(" "))
    if text and text.lower().rstrip(" .:") not in GENERIC_TITLES and len(text) > 2:
        return text[:500]
    for attr in ("title", "aria-label"):
        v = norm_text(str(a.get(attr) or ""))
        if v and v.lower() not in GENERIC_TITLES:
            return v[:500]
    if row is not None:
        h = row.find(["h1", "h2", "h3", "h4", "h5", "strong", "b"])
        if isinstance(h, Tag) and norm_text(h.get_text(" ")):
            return norm_text(h.get_text(" "))[:500]
        first = row.find(["td", "th"])
        if isinstance(first, Tag) and first is not a.parent and norm_text(first.get_text(" ")):
            return norm_text(first.get_text(" "))[:500]
    name = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    return (
        (splitext(name)[0].replace("-", " ").replace("_", " ").strip() or text or None)
        if name
        else (text or None)
    )


def is_pager_link(a: Tag, text: str) -> tuple[bool, bool]:
    """(is pagination, is a "next" link)."""
    rel = (
        " ".join(a.get("rel") or []).lower()
        if isinstance(a.get("rel"), list)
        else str(a.get("rel") or "").lower()
    )
    label = norm_text(str(a.get("aria-label") or a.get("title") or "")).lower()
    t = text.lower().strip()
    if (
        "next" in rel.split()
        or t in NEXT_TEXTS
        or t.startswith("next ")
        or label.startswith("next")
    ):
        return True, True
    if rel in ("prev", "previous", "first", "last") or t in OTHER_PAGER_TEXTS:
        return True, False
    if label.startswith(("previous", "prev", "page ", "go to page", "first", "last")):
        return True, False
    if re.fullmatch(r"\d{1,4}", t):
        return True, False
    for anc in a.parents:
        if not isinstance(anc, Tag) or anc.name in ("body", "main"):
            break
        cls = " ".join(anc.get("class") or []).lower() + " " + str(anc.get("id") or "").lower()
        if (
            "pagination" in cls
            or "pager" in cls
            or (anc.get("aria-label") or "").lower() == "pagination"
        ):
            return True, False
    return False, False
