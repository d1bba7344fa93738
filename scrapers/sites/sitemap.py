"""The sitemap site type: read the trust's XML sitemaps instead of its pages.

Sitemaps are found through robots.txt ``Sitemap:`` lines, else at the usual
places (``/sitemap.xml``, ``/sitemap_index.xml``, ``/wp-sitemap.xml``).
Sitemap indexes are followed (three levels at most), gzipped sitemaps
unpacked (with a cap on the unpacked size), and every ``<url>`` whose address
`parsers.linkclass.classify_link` takes for an FOI response or a WRES report
becomes a `Link` (``published_date`` from ``<lastmod>``).

``lastmod`` makes discovery incremental: a client that knows when it last
looked (``client.since``, a date or ISO string) skips child sitemaps and
entries not modified since; children are read newest first.

XML is parsed with defusedxml (no DTDs, no entity expansion, no network).
Sizes and counts are capped: `MAX_SITEMAPS` files, `MAX_URLS` entries each,
`MAX_UNPACKED` bytes once unzipped.
"""

from __future__ import annotations

import io
import re
import zlib
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from posixpath import splitext
from urllib.parse import unquote, urljoin, urlsplit

from defusedxml import ElementTree as SafeET

from parsers.linkclass import classify_link
from scrapers.models import Link, TrustSite
from scrapers.sites import PageClient
from scrapers.sites._common import optional_page, site_origin
from scrapers.sites.generic import attachments  # HTML responses' documents are fetched too
from scrapers.urls import strip_fragment

MAX_SITEMAPS = 50  # files fetched per trust
MAX_URLS = 50_000  # entries read per file (the protocol's own limit)
MAX_UNPACKED = 50 * 1024 * 1024  # bytes of XML after gunzip (the protocol's own limit)
MAX_DEPTH = 3  # index → index → urlset
WELL_KNOWN = ("/sitemap.xml", "/sitemap_index.xml", "/wp-sitemap.xml", "/sitemap-index.xml")


class SitemapError(ValueError):
    """Not a sitemap, or one that breaks the limits."""


@dataclass
class Sitemap:
    kind: str  # "urlset" | "index"
    entries: list[tuple[str, str | None]] = field(default_factory=list)  # (loc, lastmod ISO date)
    truncated: bool = False


def gunzip_bounded(data: bytes, limit: int = MAX_UNPACKED) -> bytes:
    """Unpack gzip bytes, refusing more than ``limit`` bytes of output (zip bombs)."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = io.BytesIO()
    for i in range(0, len(data), 64 * 1024):
        out.write(d.decompress(data[i : i + 64 * 1024], limit + 1 - out.tell()))
        if out.tell() > limit:
            raise SitemapError(f"gzipped sitemap unpacks to more than {limit} bytes")
        if d.unconsumed_tail:
            raise SitemapError(f"gzipped sitemap unpacks to more than {limit} bytes")
    out.write(d.flush())
    if out.tell() > limit:
        raise SitemapError(f"gzipped sitemap unpacks to more than {limit} bytes")
    return out.getvalue()


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def lastmod_date(text: str | None) -> str | None:
    """``2024-05-03``, ``2024-05-03T09:00:00+00:00``, ``2024-05`` → ISO date (or None)."""
    if not text:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})(?:-(\d{2}))?", text)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3] or 1)).isoformat()
    except ValueError:
        return None


def parse_sitemap(data: bytes, max_urls: int = MAX_URLS) -> Sitemap:
    """A sitemap or sitemap index (plain or gzipped XML) → its entries."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gunzip_bounded(data)
        except (zlib.error, EOFError) as exc:
            raise SitemapError(f"broken gzip: {exc}") from None
    if len(data) > MAX_UNPACKED:
        raise SitemapError(f"sitemap larger than {MAX_UNPACKED} bytes")
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except SafeET.ParseError as exc:
        raise SitemapError(f"not XML: {exc}") from None
    except Exception as exc:  # defusedxml's DTD/entity refusals
        raise SitemapError(f"unsafe XML refused: {exc.__class__.__name__}") from None
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise SitemapError(f"not a sitemap (root element <{kind}>)")
    out = Sitemap("index" if kind == "sitemapindex" else "urlset")
    child = "sitemap" if out.kind == "index" else "url"
    for el in root:
        if _local(el.tag) != child:
            continue
        if len(out.entries) >= max_urls:
            out.truncated = True
            break
        loc = lastmod = None
        for sub in el:
            name = _local(sub.tag)
            if name == "loc":
                loc = (sub.text or "").strip()
            elif name == "lastmod":
                lastmod = lastmod_date(sub.text)
        if loc:
            out.entries.append((loc, lastmod))
    return out


def robots_sitemaps(client: PageClient, origin: str) -> list[str]:
    """``Sitemap:`` lines of the origin's robots.txt (the crawl's cached copy when it has one)."""
    rules_of = getattr(client, "rules", None)
    if callable(rules_of):
        try:
            rules = rules_of(origin + "/")
            parser = getattr(rules, "parser", None)
            if parser is not None:
                return [s.strip() for s in parser.sitemaps if s.strip()]
            if getattr(rules, "status", None) is not None:
                return []
        except Exception:
            pass
    page = optional_page(client, origin + "/robots.txt")
    if page is None or page.body is None:
        return []
    text = page.body[: 512 * 1024].decode("utf-8", "replace")
    return [m[1].strip() for m in re.finditer(r"(?im)^\s*sitemap\s*:\s*(\S+)", text)]


def _since(client: PageClient) -> str | None:
    since = getattr(client, "since", None)
    if since is None:
        return None
    return since.isoformat()[:10] if isinstance(since, date) else lastmod_date(str(since))


def title_from_url(url: str) -> str | None:
    name = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    name = splitext(name)[0] if "." in name else name
    name = re.sub(r"[_+]+|-(?=\D)|(?<=\D)-", " ", name).strip()
    return name or None


def read_sitemaps(
    client: PageClient,
    site: TrustSite,
    starts: list[str] | None = None,
    *,
    max_files: int = MAX_SITEMAPS,
    well_known: tuple[str, ...] = WELL_KNOWN,
) -> Iterator[tuple[str, str | None, str]]:
    """(loc, lastmod, sitemap URL) of every page entry, following indexes, within the caps.

    Raises SitemapError when no sitemap at all could be read.
    """
    origin = site_origin(site)
    if origin is None:
        raise SitemapError("no website to look for sitemaps on")
    if starts is None:
        starts = robots_sitemaps(client, origin)
    fallback = not starts
    queue: deque[tuple[str, int]] = deque((urljoin(origin + "/", s), 0) for s in starts)
    if fallback:
        queue.extend((origin + p, 0) for p in well_known)
    since = _since(client)
    seen: set[str] = set()
    read = fetched = 0
    while queue and fetched < max_files:
        url, depth = queue.popleft()
        url = strip_fragment(url)
        if url in seen or not client.allows_url(url):
            continue
        seen.add(url)
        page = optional_page(client, url)
        fetched += 1
        if page is None or page.body is None:
            continue
        try:
            sm = parse_sitemap(page.body)
        except SitemapError as exc:
            client.warn(f"sitemap {url}: {exc}")
            continue
        read += 1
        if sm.truncated:
            client.warn(f"sitemap {url} has more than {MAX_URLS} entries; read the first")
        if sm.kind == "index":
            if depth + 1 >= MAX_DEPTH:
                client.warn(f"sitemap index {url} nests too deep; not followed")
                continue
            children = sorted(sm.entries, key=lambda e: e[1] or "", reverse=True)
            for loc, lastmod in children:
                if since and lastmod and lastmod < since:
                    continue
                queue.append((urljoin(url, loc), depth + 1))
            if fallback:  # an index at a well-known place: the others are probably copies
                queue = deque(q for q in queue if q[1] > 0)
            continue
        for loc, lastmod in sm.entries:
            if since and lastmod and lastmod < since:
                continue
            yield urljoin(url, loc), lastmod, url
        if fallback and depth == 0:
            queue = deque(q for q in queue if q[1] > 0)
    if queue and fetched >= max_files:
        client.warn(f"more than {max_files} sitemaps; read the first {max_files}")
    if not read:
        raise SitemapError(f"no sitemap found for {origin} (robots.txt, {', '.join(well_known)})")


def discover(client: PageClient, site: TrustSite, kinds: set[str]) -> Iterator[Link]:
    """Links to FOI responses and WRES reports listed in the trust's sitemaps."""
    seen: set[str] = set()
    for loc, lastmod, sitemap_url in read_sitemaps(client, site):
        url = strip_fragment(loc)
        if url in seen or not client.allows_url(url):
            continue
        seen.add(url)
        hint = classify_link(url).hint
        if hint is None or hint not in kinds:
            continue
        yield Link(
            url=url,
            trust_ods=site.ods_code,
            kind_hint=hint,
            title=title_from_url(url),
            listing_page=sitemap_url,
            published_date=lastmod,
        )


__all__ = [
    "MAX_SITEMAPS",
    "MAX_UNPACKED",
    "MAX_URLS",
    "Sitemap",
    "SitemapError",
    "attachments",
    "discover",
    "gunzip_bounded",
    "parse_sitemap",
    "read_sitemaps",
    "robots_sitemaps",
]
