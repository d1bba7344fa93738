"""Settings for a scrape run, in one dataclass.

Every number that makes the scraper polite or robust lives here, so tests can
shrink delays and timeouts and an operator can see what a run will do.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_CONTACT = "https://github.com/trustdocs/trustdocs"
UA_PRODUCT = "trustdocs"  # the token robots.txt groups are matched against


def package_version() -> str:
    """The installed version of trustdocs, or 0.1.0 when running from a checkout."""
    try:
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("trustdocs")
        except PackageNotFoundError:
            return "0.1.0"
    except Exception:  # pragma: no cover - importlib.metadata always exists on 3.11
        return "0.1.0"


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be a number of seconds, not {raw!r}") from exc
    if value < 0:
        raise ValueError(f"{name} must not be negative, not {raw!r}")
    return value


def _env_contact() -> str:
    return os.environ.get("TRUSTDOCS_CONTACT", "").strip() or DEFAULT_CONTACT


def _env_delay() -> float:
    return _env_float("TRUSTDOCS_DELAY", 1.0)


@dataclass
class ScrapeConfig:
    """How a crawl behaves. Defaults are what the nightly run uses."""

    contact: str = field(default_factory=_env_contact)
    user_agent: str = ""  # empty: "trustdocs/<version> (+<contact>)"
    min_delay: float = field(default_factory=_env_delay)  # seconds between request starts per host
    workers: int = 8  # hosts crawled at once
    connect_timeout: float = 10.0
    read_timeout: float = 30.0  # between bytes, as requests/urllib3 measure it
    max_fetch_seconds: float = 300.0  # wall-clock cap on one download (slow-drip servers)
    max_bytes: int = 50 * 1024 * 1024  # documents
    max_page_bytes: int = 10 * 1024 * 1024  # listing pages (held in memory to be parsed)
    max_robots_bytes: int = 500 * 1024  # Google reads the first 500 KiB
    retries: int = 4  # retries after the first attempt
    robots_retries: int = 2
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    jitter: float = 0.5  # fraction of a backoff that is randomised
    max_retry_after: float = 120.0  # a longer Retry-After abandons the host for this run
    max_crawl_delay: float = 120.0  # a longer Crawl-delay skips the host (recorded as failed)
    breaker_threshold: int = 5  # consecutive failed fetches before a host is abandoned
    allow_private: bool = False  # loopback/private/link-local addresses (demo and tests only)
    max_redirects: int = 5
    max_pages: int = 200  # listing pages followed per listing
    store_listings: bool = True  # keep listing pages in the raw store too
    follow_attachments: bool = True  # documents linked from HTML response pages

    def __post_init__(self) -> None:
        if not self.user_agent:
            self.user_agent = f"{UA_PRODUCT}/{package_version()} (+{self.contact})"
        if self.workers < 1:
            raise ValueError("workers must be at least 1")
        if self.min_delay < 0:
            raise ValueError("min_delay must not be negative")
        if self.retries < 0 or self.max_redirects < 0:
            raise ValueError("retries and max_redirects must not be negative")

    @property
    def timeout(self) -> tuple[float, float]:
        """(connect, read) as requests takes it."""
        return (self.connect_timeout, self.read_timeout)

    @property
    def robots_agent(self) -> str:
        """The product token robots.txt groups are matched against."""
        return UA_PRODUCT
