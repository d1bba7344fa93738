"""Progress bars for long work on a terminal; silence in cron.

A bar is drawn only when stderr is a terminal (or TRUSTDOCS_PROGRESS=1 forces it,
e.g. for a CI log) and never with `-q` or TRUSTDOCS_PROGRESS=0, so a scheduled run's
output stays exactly the run report. The pipeline knows nothing of bars: it calls
the plain callbacks this module hands out.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TextIO

from tqdm import tqdm

ENV = "TRUSTDOCS_PROGRESS"


def progress_wanted(quiet: bool, stream: TextIO | None = None) -> bool:
    """Bars on a terminal unless quiet; TRUSTDOCS_PROGRESS=1/0 forces them on/off."""
    if quiet:
        return False
    forced = os.environ.get(ENV, "").strip().lower()
    if forced in ("1", "true", "yes", "on"):
        return True
    if forced in ("0", "false", "no", "off"):
        return False
    stream = stream or sys.stderr
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or fake stream
        return False


def _bar(enabled: bool, stream: TextIO, position: int = 0, **kwargs: Any) -> tqdm:
    # disable=True makes every tqdm call a no-op, so callers never branch on `enabled`.
    return tqdm(
        file=stream,
        disable=not enabled,
        position=position,
        dynamic_ncols=True,
        mininterval=0.2,
        leave=True,
        **kwargs,
    )


@dataclass
class ScrapeProgress:
    """Two bars: trusts done (with ETA, the total is known) and documents fetched."""

    trusts: tqdm
    documents: tqdm
    stream: TextIO
    failed: int = 0
    new: int = 0

    def on_fetch(self, ods: str, fetched: Any) -> None:
        if getattr(fetched, "link", None) is None:
            return  # listing pages and robots.txt are not documents
        self.documents.update(1)
        if fetched.error:
            self.failed += 1
        elif not fetched.from_cache:
            self.new += 1
        self.documents.set_postfix_str(f"{self.new} downloaded, {self.failed} failed", False)

    def on_trust(self, outcome: Any) -> None:
        self.trusts.update(1)
        self.trusts.set_postfix_str(f"last {outcome.ods}{'' if outcome.ok else ' FAILED'}", False)

    def write(self, line: str) -> None:
        """A line above the bars (verbose fetch lines) without tearing them."""
        tqdm.write(line, file=self.stream)


@contextmanager
def scrape_progress(
    n_trusts: int, enabled: bool, stream: TextIO | None = None
) -> Iterator[ScrapeProgress]:
    stream = stream or sys.stderr
    trusts = _bar(enabled, stream, 0, total=n_trusts, desc="Trusts", unit="trust")
    documents = _bar(enabled, stream, 1, desc="Documents", unit="doc")
    try:
        yield ScrapeProgress(trusts, documents, stream)
    finally:
        documents.close()
        trusts.close()


@contextmanager
def parse_progress(
    enabled: bool, stream: TextIO | None = None
) -> Iterator[Callable[[int, int], None]]:
    """`progress(done, total)` for trustdocs.pipeline.parse: documents parsed, with ETA."""
    bar = _bar(enabled, stream or sys.stderr, desc="Parsing", unit="doc")

    def progress(done: int, total: int) -> None:
        if bar.total != total:
            bar.total = total
            bar.refresh()
        bar.update(done - bar.n)

    try:
        yield progress
    finally:
        bar.close()
