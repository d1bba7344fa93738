"""`trustdocs demo`: the whole pipeline against the bundled offline demo web."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.save import upsert_trusts
from trustdocs.pipeline import ParseSummary, ScrapeSummary, parse, scrape, select_sites
from trustdocs.settings import RunLock, open_db

# The demo web is ours and on loopback: no need for a full second between requests.
DEMO_DELAY = 0.02


@dataclass
class DemoResult:
    db_path: Path
    store_dir: Path
    scraped: ScrapeSummary
    parsed: ParseSummary
    seconds: float
    # the port the demo web served on (a later run on the same port finds the same URLs)
    web_port: int | None = None

    def summary(self) -> str:
        from trustdocs.report import format_parse_report, format_scrape_report

        return "\n".join(
            [
                format_scrape_report(self.scraped),
                format_parse_report(self.parsed),
                f"Demo database {self.db_path} built in {self.seconds:.1f} s",
            ]
        )


def discovered_demo_rows(web: Any, config: Any = None) -> list[dict[str, Any]]:
    """The demo trusts' registry rows, with the entry points that some demo trusts do not
    list in the registry found by discovery, as an operator's `trustdocs discover` would."""
    from scrapers.config import ScrapeConfig
    from trustdocs.demo.server import demo_registry_rows
    from trustdocs.discovery import apply_discovery, discover_trusts

    if config is None:
        config = ScrapeConfig(allow_private=True)
        config.min_delay = DEMO_DELAY
    rows = demo_registry_rows(web)
    return apply_discovery(rows, discover_trusts(rows, [], config, None))


def build_demo(
    workdir: Path, web_port: int = 0, quiet: bool = False, show_progress: bool = False
) -> DemoResult:
    """Start the demo web, scrape and parse it into workdir/trustdocs.db, stop the web.

    `show_progress` draws the scrape and parse bars (trustdocs.progress) on stderr."""
    from scrapers.config import ScrapeConfig
    from trustdocs.demo.server import DemoWeb
    from trustdocs.progress import parse_progress, scrape_progress

    started = time.monotonic()
    workdir.mkdir(parents=True, exist_ok=True)
    db_path = workdir / "trustdocs.db"
    store_dir = workdir / "raw"
    with RunLock(db_path), DemoWeb(port=web_port) as web:
        db = open_db(db_path)
        config = ScrapeConfig(allow_private=True)
        config.min_delay = DEMO_DELAY
        rows = discovered_demo_rows(web, config)
        upsert_trusts(db, rows)
        sites = select_sites(rows)
        with scrape_progress(len(sites), show_progress) as bars:
            scraped = scrape(
                db, sites, store_dir, {"foi", "wres"}, config, bars.on_fetch, bars.on_trust
            )
        with parse_progress(show_progress) as progress:
            parsed = parse(db, store_dir, progress=progress)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        port = web.port
    return DemoResult(db_path, store_dir, scraped, parsed, time.monotonic() - started, port)
