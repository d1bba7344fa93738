"""Site types: one module per way trusts shape their websites.

A site-type module exposes::

    discover(client: PageClient, site: TrustSite, kinds: set[str]) -> Iterator[Link]

and may expose::

    attachments(body: bytes, page_url: str, site: TrustSite, parent: Link,
                allows_url: Callable[[str], bool]) -> list[Link]

(documents linked from an HTML response page: the crawl fetches them too).

``client`` fetches listing pages politely (robots.txt, per-host spacing,
retries, the trust's host policy); a site module never does HTTP itself, so
site modules can be tested against saved HTML with a fake client.
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType
from typing import Protocol

from scrapers.http import Page


class PageClient(Protocol):
    """What `discover` may use: a polite fetcher of listing pages for one trust."""

    max_pages: int

    def get_page(self, url: str) -> Page | None:
        """The page (its ``url`` is where redirects ended) or None when it could
        not be fetched or robots.txt disallows it (the client records why)."""
        ...

    def allows_url(self, url: str) -> bool:
        """True when ``url`` is on the trust's own domains or document hosts."""
        ...

    def warn(self, message: str) -> None:
        """Record a warning on the trust's outcome."""
        ...


_BUILTIN = ("generic", "wordpress", "sitemap", "html_table")

SITE_TYPES: dict[str, ModuleType] = {}


def register(name: str, module: ModuleType) -> None:
    if not callable(getattr(module, "discover", None)):
        raise TypeError(f"site type {name!r} has no discover()")
    SITE_TYPES[name] = module


def _load_builtin() -> None:
    for name in _BUILTIN:
        register(name, importlib.import_module(f"scrapers.sites.{name}"))


def get_site_type(name: str | None) -> ModuleType:
    """The module for a registry ``site_type`` (empty means ``generic``)."""
    key = (name or "generic").strip().lower() or "generic"
    if key not in SITE_TYPES and not re.fullmatch(r"[a-z][a-z0-9_]*", key):
        raise KeyError(f"invalid site type name {name!r}")
    if key not in SITE_TYPES:
        try:
            register(key, importlib.import_module(f"scrapers.sites.{key}"))
        except ModuleNotFoundError as exc:
            known = ", ".join(sorted(SITE_TYPES))
            raise KeyError(f"unknown site type {name!r} (known: {known})") from exc
    return SITE_TYPES[key]


_load_builtin()
