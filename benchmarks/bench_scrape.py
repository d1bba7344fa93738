"""Benchmark the crawl against loopback hosts: is it as fast as politeness allows?

Builds N fault-server hosts (127.0.0.2, 127.0.0.3, ...) each with a robots.txt
asking for a crawl delay d, one listing page and M documents (with ETags), then

1. crawls them into a temporary raw store and prints the wall time, the
   politeness lower bound (the busiest host's requests × d: its request starts
   must be d apart) and their ratio (target ≤ 1.15);
2. crawls again with the cache from the first run and prints the wall time,
   requests made and bytes downloaded (target: 0 documents downloaded).

    python benchmarks/bench_scrape.py [--hosts 8] [--docs 30] [--delay 0.1]
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from faultserver import FaultServer  # noqa: E402

from scrapers.config import ScrapeConfig  # noqa: E402
from scrapers.crawl import crawl  # noqa: E402
from scrapers.models import CacheEntry, Fetched, TrustSite  # noqa: E402
from scrapers.store import RawStore  # noqa: E402


def build(stack: contextlib.ExitStack, hosts: int, docs: int, delay: float, size: int):
    servers, sites = [], []
    for h in range(hosts):
        fs = stack.enter_context(FaultServer(f"127.0.0.{h + 2}"))
        fs.robots(f"User-agent: *\nCrawl-delay: {delay}\n")
        links = []
        for i in range(docs):
            path = f"/foi/responses/foi-{h}-{i}.pdf"
            body = b"%PDF-1.4\n% " + f"host {h} doc {i}\n".encode()
            fs.route(path, body=body, size=size, content_type="application/pdf",
                     etag=f'"h{h}d{i}"')  # fmt: skip
            links.append((path, f"FOI {h}/{i}", f"{1 + i % 28:02d}/03/2024"))
        fs.listing("/foi/disclosure-log", links)
        servers.append(fs)
        sites.append(
            TrustSite(
                f"B{h:02d}",
                f"Bench trust {h}",
                website=fs.base,
                foi_url=fs.url("/foi/disclosure-log"),
            )
        )
    return servers, sites


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hosts", type=int, default=8)
    ap.add_argument("--docs", type=int, default=30)
    ap.add_argument("--delay", type=float, default=0.1)
    ap.add_argument("--size", type=int, default=20_000, help="bytes per document")
    ap.add_argument("--workers", type=int, default=8)
    args = ap.parse_args(argv)

    cfg = ScrapeConfig(min_delay=args.delay, workers=args.workers, allow_private=True,
                       contact="https://example.invalid/bench")  # fmt: skip
    with contextlib.ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        servers, sites = build(stack, args.hosts, args.docs, args.delay, args.size)
        store = RawStore(Path(tmp) / "raw")
        results: list[Fetched] = []
        t0 = time.monotonic()
        r1 = crawl(sites, {"foi"}, {}, store, cfg, results.append)
        wall1 = time.monotonic() - t0
        per_host = [len(fs.requests()) for fs in servers]
        # each host needs requests × d; a worker crawls one host at a time
        bound = max(max(per_host) * args.delay, sum(per_host) * args.delay / args.workers)
        strict = max((n - 1) * args.delay for n in per_host)
        print(f"hosts={args.hosts} docs/host={args.docs} crawl-delay={args.delay}s "
              f"workers={args.workers}")  # fmt: skip
        print("run 1 (empty cache)")
        print(f"  wall time          {wall1:8.3f} s")
        print(
            f"  politeness bound   {bound:8.3f} s  (max(busiest host, all hosts / workers): {max(per_host)} req × {args.delay}s)"
        )
        print(f"  ratio              {wall1 / bound:8.3f}    (target ≤ 1.15)")
        print(f"  ratio vs (n-1)·d   {wall1 / strict:8.3f}    (gaps only, {strict:.3f} s)")
        print(f"  trusts ok/failed   {r1.trusts_ok}/{r1.trusts_failed}; new {r1.new}; "
              f"failed {r1.failed}; bytes {r1.bytes}")  # fmt: skip

        cache = {
            f.url: CacheEntry(f.url, f.sha256, f.etag, f.last_modified)
            for f in results
            if f.link is not None and f.sha256
        }
        for fs in servers:
            fs.reset_log()
        results2: list[Fetched] = []
        t0 = time.monotonic()
        r2 = crawl(sites, {"foi"}, cache, store, cfg, results2.append,
                   previous_counts={t.ods: t.documents_listed for t in r1.trusts})  # fmt: skip
        wall2 = time.monotonic() - t0
        docs_downloaded = sum(1 for f in results2 if f.link is not None and f.size > 0)
        doc_bytes = sum(f.size for f in results2 if f.link is not None)
        requests2 = sum(len(fs.requests()) for fs in servers)
        print("run 2 (cache from run 1)")
        print(f"  wall time          {wall2:8.3f} s")
        print(
            f"  requests           {requests2:8d}    (304s: {sum(f.from_cache for f in results2)})"
        )
        print(
            f"  bytes downloaded   {r2.bytes:8d}    (documents: {doc_bytes}; rest is listing pages)"
        )
        print(f"  documents fetched  {docs_downloaded:8d}    (target 0)")
        print(f"  unchanged/new/changed {r2.unchanged}/{r2.new}/{r2.changed}")
        ok = wall1 / bound <= 1.15 and docs_downloaded == 0 and r1.ok and r2.ok
        print("PASS" if ok else "FAIL")
        return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
