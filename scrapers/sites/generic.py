"""The generic site type: a listing page (or a paginated run of them) of links.

Start at ``foi_url`` (kind ``foi``) and ``wres_url`` (kind ``wres``); follow
pagination (``rel=next``, "Next", "Next page", "›", "»", numbered pages,
``?page=N``, ``/page/N``) within the listing's path; collect links to
PDF/DOCX/DOC/ODT/XLSX/... files on the trust's hosts, and links to HTML pages
that look like individual responses (under the listing's path, or whose text
starts with "FOI"/carries a reference), skipping navigation, header and footer
links. Titles come from the link text, ``published_date`` from a date shown in
the link's row.

`parse_listing` is a pure function of the HTML, so it is tested on fixtures.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from posixpath import splitext
from urllib.parse import parse_qsl, unquote, urldefrag, urljoin, urlsplit, urlunsplit

from bs4 import BeautifulSoup, Tag
from requests.utils import requote_uri

from scrapers.models import Link, TrustSite
from scrapers.sites import PageClient

DOC_EXTS = frozenset(
    {".pdf", ".docx", ".doc", ".odt", ".xlsx", ".xls", ".ods", ".rtf", ".csv", ".pptx"}
)
NON_HTML_EXTS = frozenset(
    {
        ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".ico", ".css", ".js", ".zip",
        ".mp3", ".mp4", ".avi", ".mov", ".xml", ".json", ".txt", ".ics", ".rss", ".woff",
        ".woff2", ".ttf", ".eot", ".exe", ".msi", ".dmg",
    }
)  # fmt: skip
DOC_MIME_HINTS = ("pdf", "msword", "wordprocessingml", "opendocument", "spreadsheet", "excel")
PAGE_PARAMS = frozenset(
    {"page", "p", "pg", "paged", "pagenum", "pageno", "page_no", "pagenumber", "pageindex",
     "currentpage", "start", "offset", "from"}
)  # fmt: skip
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
_PAGE_TYPES = frozenset({"text/html", "text/plain", "application/xml", None})
_DOC_TYPES = frozenset(
    {
        "application/pdf",
        "application/msword",
        "application/vnd.ms-excel",
        "application/rtf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
    }
)
_PAGE_PATH_RE = re.compile(r"/(?:page|p)/(\d{1,5})/?$", re.I)
_REF_RE = re.compile(
    r"^\s*(?:FOI|FOIA|EIR|FOISR)\b|\b(?:FOI|EIR|REF|Ref)[\s.:#_/-]*\d|\b\d{2,6}[/-]\d{2,6}\b",
    re.I,
)
_SKIP_ANCESTORS = frozenset({"nav", "header", "footer", "aside", "script", "style", "noscript"})
_NAV_ROLES = frozenset({"navigation", "banner", "contentinfo", "search"})
_NAV_CLASS_RE = re.compile(
    r"(^|[\s_-])(breadcrumbs?|navbar|nav|menu|skip-link|site-header|site-footer|pagination|pager)($|[\s_-])",
    re.I,
)

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}  # fmt: skip
_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b"), "dmy"),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTH_RE + r"\.?,?\s+(\d{4})\b", re.I), "dMy"),
    (re.compile(r"\b" + _MONTH_RE + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I), "Mdy"),
]  # fmt: skip


def parse_date(text: str | None) -> str | None:
    """The first plausible calendar date in ``text``, as ISO ``YYYY-MM-DD`` (UK day-first)."""
    if not text:
        return None
    best: tuple[int, str] | None = None
    for rx, order in _DATE_PATTERNS:
        for m in rx.finditer(text):
            try:
                if order == "ymd":
                    y, mo, d = int(m[1]), int(m[2]), int(m[3])
                elif order == "dmy":
                    d, mo, y = int(m[1]), int(m[2]), int(m[3])
                    if y < 100:
                        y += 2000
                elif order == "dMy":
                    d, mo, y = int(m[1]), _MONTHS[m[2].lower()[:3]], int(m[3])
                else:
                    mo, d, y = _MONTHS[m[1].lower()[:3]], int(m[2]), int(m[3])
                if not 1990 <= y <= 2100:
                    continue
                iso = date(y, mo, d).isoformat()
            except (ValueError, KeyError):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), iso)
            break
    return best[1] if best else None


def _norm_text(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def strip_fragment(url: str) -> str:
    """The URL without its fragment, in one canonical spelling (so duplicates meet):
    lower-case scheme and host, no default port, percent-encoding as requests sends it."""
    url = urldefrag(url.strip())[0]
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return url
    if not host or parts.scheme.lower() not in ("http", "https"):
        return url
    scheme = parts.scheme.lower()
    if ":" in host:
        host = f"[{host}]"
    netloc = (
        host
        if port is None or (scheme, port) in (("http", 80), ("https", 443))
        else f"{host}:{port}"
    )
    path = parts.path or "/"
    rebuilt = urlunsplit((scheme, netloc, path, parts.query, ""))
    try:
        return requote_uri(rebuilt)
    except Exception:  # pragma: no cover - requote_uri only fails on odd escapes
        return rebuilt


def listing_prefix(url: str) -> str:
    """The path under which a listing's pages and responses live.

    ``/foi/disclosure-log`` → ``/foi/disclosure-log``; ``/foi/disclosure-log/``
    → ``/foi/disclosure-log``; ``/foi/log.aspx`` → ``/foi`` (a file-like last
    segment stands for its folder).
    """
    path = urlsplit(url).path or "/"
    last = path.rsplit("/", 1)[-1]
    if "." in last and not path.endswith("/"):
        path = path[: -len(last)]
    return path.rstrip("/")


def under_prefix(path: str, prefix: str) -> bool:
    path = path or "/"
    return prefix == "" or path == prefix or path.startswith(prefix + "/")


def _ext(path: str) -> str:
    return splitext(unquote(path).lower().rstrip("/"))[1]


def is_document_url(url: str, type_attr: str | None = None) -> bool:
    parts = urlsplit(url)
    if _ext(parts.path) in DOC_EXTS:
        return True
    for _, v in parse_qsl(parts.query, keep_blank_values=True):
        if _ext(v) in DOC_EXTS:
            return True
    t = (type_attr or "").lower()
    return any(h in t for h in DOC_MIME_HINTS)


def page_number(url: str) -> int | None:
    """The page number a URL names (``?page=3``, ``/page/3``), if any."""
    parts = urlsplit(url)
    for k, v in parse_qsl(parts.query, keep_blank_values=True):
        if k.lower() in PAGE_PARAMS and v.isdigit():
            return int(v)
    m = _PAGE_PATH_RE.search(parts.path)
    return int(m[1]) if m else None


def _in_navigation(a: Tag) -> bool:
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


def _row_of(a: Tag) -> Tag | None:
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


def _date_for(a: Tag, row: Tag | None) -> str | None:
    scopes: list[Tag] = [row] if row is not None else []
    for scope in scopes:
        t = scope.find("time")
        if isinstance(t, Tag):
            d = parse_date(str(t.get("datetime") or "")) or parse_date(t.get_text(" "))
            if d:
                return d
        link_text = a.get_text(" ")
        row_text = scope.get_text(" ")
        outside = row_text.replace(link_text, " ", 1) if link_text else row_text
        d = parse_date(_norm_text(outside))
        if d:
            return d
    return None


def _title_for(a: Tag, row: Tag | None, url: str) -> str | None:
    text = _norm_text(a.get_text(" "))
    if text and text.lower().rstrip(" .:") not in GENERIC_TITLES and len(text) > 2:
        return text[:500]
    for attr in ("title", "aria-label"):
        v = _norm_text(str(a.get(attr) or ""))
        if v and v.lower() not in GENERIC_TITLES:
            return v[:500]
    if row is not None:
        h = row.find(["h1", "h2", "h3", "h4", "h5", "strong", "b"])
        if isinstance(h, Tag) and _norm_text(h.get_text(" ")):
            return _norm_text(h.get_text(" "))[:500]
        first = row.find(["td", "th"])
        if isinstance(first, Tag) and first is not a.parent and _norm_text(first.get_text(" ")):
            return _norm_text(first.get_text(" "))[:500]
    name = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    return (
        (splitext(name)[0].replace("-", " ").replace("_", " ").strip() or text or None)
        if name
        else (text or None)
    )


def _is_pager_link(a: Tag, text: str) -> tuple[bool, bool]:
    """(is pagination, is a "next" link)."""
    rel = (
        " ".join(a.get("rel") or []).lower()
        if isinstance(a.get("rel"), list)
        else str(a.get("rel") or "").lower()
    )
    label = _norm_text(str(a.get("aria-label") or a.get("title") or "")).lower()
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


@dataclass
class ListingParse:
    documents: list[Link] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)  # further listing pages, in order
    next_page: str | None = None


def parse_listing(
    html: bytes | str,
    page_url: str,
    *,
    trust_ods: str,
    kind: str | None,
    prefix: str | None = None,
    allows_url: Callable[[str], bool] | None = None,
    listing_url: str | None = None,
) -> ListingParse:
    """Document links and further listing pages found on one listing page."""
    soup = BeautifulSoup(html, "lxml")
    base = page_url
    base_tag = soup.find("base", href=True)
    if isinstance(base_tag, Tag):
        base = urljoin(page_url, str(base_tag["href"]))
    if prefix is None:
        prefix = listing_prefix(listing_url or page_url)
    page_parts = urlsplit(page_url)
    listing_path = urlsplit(listing_url or page_url).path.rstrip("/")
    out = ListingParse()
    seen: set[str] = set()

    for ln in soup.find_all("link", href=True):
        rel = ln.get("rel") or []
        rels = [r.lower() for r in (rel if isinstance(rel, list) else str(rel).split())]
        if "next" in rels:
            u = strip_fragment(urljoin(base, str(ln["href"]).strip()))
            if _same_listing(u, page_parts, prefix):
                out.next_page = u
                out.pages.append(u)

    for a in soup.find_all("a", href=True):
        href = str(a["href"]).strip()
        if not href or href.startswith("#"):
            continue
        low = href.lower()
        if low.startswith(("mailto:", "tel:", "javascript:", "data:", "sms:", "ftp:")):
            continue
        url = strip_fragment(urljoin(base, href))
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            continue
        text = _norm_text(a.get_text(" "))
        pager, is_next = _is_pager_link(a, text)
        if is_document_url(url, str(a.get("type") or "")):
            if url in seen or (allows_url is not None and not allows_url(url)):
                continue
            if _in_navigation(a):
                continue
            seen.add(url)
            row = _row_of(a)
            out.documents.append(
                Link(
                    url=url,
                    trust_ods=trust_ods,
                    kind_hint=kind,
                    title=_title_for(a, row, url),
                    listing_page=page_url,
                    published_date=_date_for(a, row),
                )
            )
            continue
        same_host = (parts.hostname or "").lower() == (page_parts.hostname or "").lower()
        if not same_host:
            continue
        looks_paged = page_number(url) is not None and _same_listing(url, page_parts, prefix)
        if pager or looks_paged:
            if _same_listing(url, page_parts, prefix) and url != page_url:
                if is_next and out.next_page is None:
                    out.next_page = url
                if url not in out.pages:
                    out.pages.append(url)
            continue
        if _in_navigation(a):
            continue
        if _ext(parts.path) in NON_HTML_EXTS:
            continue
        path = parts.path.rstrip("/")
        if path == listing_path or url == page_url:
            continue
        deeper = prefix != "" and path.startswith(prefix + "/") and len(path) > len(prefix) + 1
        referenced = bool(_REF_RE.search(text)) and under_prefix(path, prefix.rsplit("/", 1)[0])
        if (deeper and page_number(url) is None) or referenced:
            if url in seen or (allows_url is not None and not allows_url(url)):
                continue
            seen.add(url)
            row = _row_of(a)
            out.documents.append(
                Link(
                    url=url,
                    trust_ods=trust_ods,
                    kind_hint=kind,
                    title=_title_for(a, row, url),
                    listing_page=page_url,
                    published_date=_date_for(a, row),
                )
            )
    return out


def _same_listing(url: str, page_parts, prefix: str) -> bool:
    parts = urlsplit(url)
    if (parts.hostname or "").lower() != (page_parts.hostname or "").lower():
        return False
    return under_prefix(parts.path.rstrip("/") or "/", prefix) or parts.path == page_parts.path


def discover(client: PageClient, site: TrustSite, kinds: set[str]) -> Iterator[Link]:
    """Links to the trust's FOI responses and WRES reports, listing page by page."""
    seen: set[str] = set()
    for kind, start in (("foi", site.foi_url), ("wres", site.wres_url)):
        if kind not in kinds or not start:
            continue
        for link in crawl_listing(client, site, kind, start):
            if link.url not in seen:
                seen.add(link.url)
                yield link


def crawl_listing(
    client: PageClient,
    site: TrustSite,
    kind: str,
    start: str,
    documents_of: Callable[[bytes, str, ListingParse], list[Link]] | None = None,
) -> Iterator[Link]:
    """Walk one listing's pages breadth-first (bounded by ``client.max_pages``).

    ``documents_of(body, page_url, listing)`` lets another site type read the documents
    of each page its own way while sharing this pagination walk."""
    start = strip_fragment(start)
    queue: deque[str] = deque([start])
    queued = {start}
    fetched_pages: set[str] = set()
    prefix: str | None = None
    listing_url = start
    n = 0
    while queue:
        if n >= client.max_pages:
            client.warn(
                f"listing {start} has more than {client.max_pages} pages; stopped at {client.max_pages}"
            )
            return
        url = queue.popleft()
        page = client.get_page(url)
        n += 1
        if page is None or page.body is None:
            continue
        final = strip_fragment(page.url)
        if final in fetched_pages:
            continue
        fetched_pages.add(final)
        queued.add(final)
        if page.fetched.content_type not in _PAGE_TYPES:
            # the registry points straight at a document (e.g. a WRES report PDF)
            if page.fetched.content_type in _DOC_TYPES or is_document_url(final):
                yield Link(
                    url=strip_fragment(url),
                    trust_ods=site.ods_code,
                    kind_hint=kind,
                    title=None,
                    listing_page=None,
                )
            continue
        if prefix is None:  # the first page, after redirects, sets the listing's path
            listing_url = final
            prefix = listing_prefix(final)
        parsed = parse_listing(
            page.body,
            final,
            trust_ods=site.ods_code,
            kind=kind,
            prefix=prefix,
            allows_url=client.allows_url,
            listing_url=listing_url,
        )
        yield from (documents_of(page.body, final, parsed) if documents_of else parsed.documents)
        for p in parsed.pages:
            if p not in queued:
                queued.add(p)
                queue.append(p)


def attachments(
    body: bytes,
    page_url: str,
    site: TrustSite,
    parent: Link,
    allows_url: Callable[[str], bool],
) -> list[Link]:
    """Document files (PDF, DOCX, ...) linked from an HTML response page's content."""
    soup = BeautifulSoup(body, "lxml")
    base = page_url
    base_tag = soup.find("base", href=True)
    if isinstance(base_tag, Tag):
        base = urljoin(page_url, str(base_tag["href"]))
    out: list[Link] = []
    seen: set[str] = set()
    for a in soup.find_all("a", href=True):
        href = str(a["href"]).strip()
        if not href or href.startswith("#"):
            continue
        url = strip_fragment(urljoin(base, href))
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        if not is_document_url(url, str(a.get("type") or "")) or _in_navigation(a):
            continue
        if url in seen or not allows_url(url):
            continue
        seen.add(url)
        row = _row_of(a)
        out.append(
            Link(
                url=url,
                trust_ods=site.ods_code,
                kind_hint=parent.kind_hint,
                title=_title_for(a, row, url) or parent.title,
                listing_page=page_url,
                published_date=_date_for(a, row) or parent.published_date,
            )
        )
    return out
