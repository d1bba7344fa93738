"""Dataclasses that the scrapers hand to the rest of the pipeline.

The scrapers never touch the database: what they know of earlier runs arrives
as `CacheEntry` values, and what they find leaves as `Link` and `Fetched`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TrustSite:
    """One registry row: where a trust publishes, and how its site is shaped."""

    ods_code: str
    name: str
    website: str | None = None
    foi_url: str | None = None
    wres_url: str | None = None
    site_type: str = "generic"
    short_name: str | None = None
    trust_type: str | None = None
    region: str | None = None
    successor_ods: str | None = None
    active: bool = True
    document_hosts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Link:
    """A link to a document found on a listing page."""

    url: str
    trust_ods: str
    kind_hint: str | None  # "foi" | "wres" | None
    title: str | None
    listing_page: str | None
    published_date: str | None = None  # ISO date when the listing shows one


@dataclass(frozen=True)
class CacheEntry:
    """What an earlier run stored for a URL, for conditional GET."""

    url: str
    sha256: str
    etag: str | None
    last_modified: str | None


@dataclass
class Fetched:
    """The outcome of fetching one URL (a document or a listing page)."""

    url: str
    trust_ods: str
    status_code: int | None
    sha256: str | None = None
    content_type: str | None = None  # sniffed from the bytes
    declared_type: str | None = None  # as the server said
    etag: str | None = None
    last_modified: str | None = None
    size: int = 0
    elapsed_ms: int = 0
    from_cache: bool = False  # 304 Not Modified: the stored copy is current
    error: str | None = None
    link: Link | None = None
    fetched_at: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None and self.sha256 is not None
