"""Helpers the site types share (not a site type: the name starts with "_").

`optional_page` fetches a page that may well not exist (``/wp-json/``, a
sitemap, a guessed path) through the same polite client as everything else
(robots.txt, per-host spacing, host policy), without counting a 404 as a failed
listing: the crawl fails a trust whose *listing* pages fail, but a probe that
finds nothing is an answer, not an error.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from scrapers.models import Page
from scrapers.sites import PageClient

MAX_JSON_BYTES = 5 * 1024 * 1024


def optional_page(client: PageClient, url: str) -> Page | None:
    """The page at ``url``, or None when it is missing, refused or disallowed.

    A client that offers ``probe_page`` (the crawl's `SiteClient`, discovery's
    client) is asked for it: robots rules and host policy apply, the request is
    counted, and a 404 is no failure. Any other client's ``get_page`` is used.
    """
    probe = getattr(client, "probe_page", None)
    if callable(probe):
        return probe(url)
    return client.get_page(url)


def load_json(page: Page | None, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """The JSON a page holds, or None (not JSON, too large, or no page)."""
    if page is None or page.body is None or len(page.body) > max_bytes:
        return None
    body = page.body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if body[:1] not in (b"{", b"["):
        return None
    try:
        return json.loads(body.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return None


def site_origin(site: Any) -> str | None:
    """``scheme://host[:port]`` of the trust's website (or its FOI/WRES page)."""
    for u in (site.website, site.foi_url, site.wres_url):
        if not u:
            continue
        if "://" not in u:
            u = "https://" + u
        try:
            parts = urlsplit(u)
            host = parts.hostname
            port = parts.port
        except ValueError:
            continue
        if host:
            netloc = host if ":" not in host else f"[{host}]"
            if port:
                netloc += f":{port}"
            return f"{parts.scheme}://{netloc}"
    return None
