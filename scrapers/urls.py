"""URLs as the scrapers compare them: one canonical spelling, and what a URL names.

A link found on a page, a URL in the registry and the URL a server redirected to
may spell the same resource differently (host case, default port, percent-encoding).
`strip_fragment` gives the one spelling under which duplicates meet; the other
helpers read what a URL's path and query say (a document by its extension, a
page of a paginated listing, the folder a listing lives in).
"""

from __future__ import annotations

import re
from posixpath import splitext
from urllib.parse import parse_qsl, unquote, urldefrag, urlsplit, urlunsplit

from requests.models import PreparedRequest
from requests.utils import requote_uri

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
_PAGE_PATH_RE = re.compile(r"/(?:page|p)/(\d{1,5})/?$", re.I)
_DEFAULT_PORTS = (("http", 80), ("https", 443))


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
    netloc = host if port is None or (scheme, port) in _DEFAULT_PORTS else f"{host}:{port}"
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


def path_ext(path: str) -> str:
    """The lower-case extension of a URL path's last segment (``.pdf``), or ''."""
    return splitext(unquote(path).lower().rstrip("/"))[1]


def is_document_url(url: str, type_attr: str | None = None) -> bool:
    """True when the URL (its path, a query value, or the link's ``type``) names a document."""
    parts = urlsplit(url)
    if path_ext(parts.path) in DOC_EXTS:
        return True
    for _, v in parse_qsl(parts.query, keep_blank_values=True):
        if path_ext(v) in DOC_EXTS:
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


def wire_url(url: str) -> str:
    """The URL as the request will ask for it, in canonical spelling.

    What requests sends (``./`` and ``../`` segments resolved, percent-encoding
    normalised), with the host lower-cased and no default port. The server and
    its robots.txt see this form, not the link's spelling, so robots rules and
    "is this the listing we were given?" are judged on it.
    """
    canonical = strip_fragment(url)
    prepared = PreparedRequest()
    try:
        prepared.prepare_url(canonical, None)
    except Exception:  # requests refuses the URL: no request goes out in any spelling
        return canonical
    return strip_fragment(prepared.url or canonical)
