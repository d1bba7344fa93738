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
    final_url: str | None = None  # where redirects ended, when they did
    attempts: int = 0  # HTTP requests made for this fetch (retries and redirect hops)

    @property
    def ok(self) -> bool:
        return self.error is None and self.sha256 is not None


@dataclass
class Page:
    """A listing page: what `HttpClient.fetch_page` returns."""

    fetched: Fetched
    body: bytes | None

    @property
    def url(self) -> str:
        return self.fetched.final_url or self.fetched.url

    @property
    def ok(self) -> bool:
        return self.fetched.error is None and self.body is not None


@dataclass
class TrustOutcome:
    """How one trust fared in a crawl."""

    ods: str
    ok: bool = True
    error: str | None = None
    new: int = 0  # documents at URLs never seen before
    changed: int = 0  # known URLs whose bytes changed
    unchanged: int = 0  # 304, or the same bytes again
    failed: int = 0  # document and listing fetches that failed
    skipped_robots: int = 0  # links robots.txt disallows (not fetched)
    bytes: int = 0  # bytes downloaded (documents and listing pages)
    seconds: float = 0.0
    documents_listed: int = 0
    listing_pages: int = 0
    requests: int = 0  # HTTP requests made for this trust, retries included
    warnings: list[str] = field(default_factory=list)

    def fail(self, error: str) -> None:
        """Mark the trust failed; the first error is kept, later ones are appended."""
        self.ok = False
        self.error = error if self.error is None else f"{self.error}; {error}"


@dataclass
class CrawlReport:
    """What a crawl did, per trust and in total."""

    started_at: str
    finished_at: str | None = None
    trusts: list[TrustOutcome] = field(default_factory=list)
    interrupted: bool = False

    def _sum(self, name: str) -> int:
        return sum(getattr(t, name) for t in self.trusts)

    @property
    def trusts_ok(self) -> int:
        return sum(1 for t in self.trusts if t.ok)

    @property
    def trusts_failed(self) -> int:
        return sum(1 for t in self.trusts if not t.ok)

    @property
    def new(self) -> int:
        return self._sum("new")

    @property
    def changed(self) -> int:
        return self._sum("changed")

    @property
    def unchanged(self) -> int:
        return self._sum("unchanged")

    @property
    def failed(self) -> int:
        return self._sum("failed")

    @property
    def skipped_robots(self) -> int:
        return self._sum("skipped_robots")

    @property
    def bytes(self) -> int:
        return self._sum("bytes")

    @property
    def requests(self) -> int:
        return self._sum("requests")

    @property
    def documents_listed(self) -> int:
        return self._sum("documents_listed")

    @property
    def ok(self) -> bool:
        """True when every trust succeeded and no document failed (exit code 0)."""
        return not self.interrupted and self.trusts_failed == 0 and self.failed == 0

    @property
    def totals(self) -> dict[str, int]:
        return {
            "trusts_ok": self.trusts_ok,
            "trusts_failed": self.trusts_failed,
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "skipped_robots": self.skipped_robots,
            "bytes": self.bytes,
            "requests": self.requests,
            "documents_listed": self.documents_listed,
        }

    def outcome(self, ods: str) -> TrustOutcome | None:
        for t in self.trusts:
            if t.ods == ods:
                return t
        return None
