"""How fast the published site answers at national scale.

Builds (once; cached in benchmarks/out/) a synthetic database shaped like a few years of
every trust's disclosures — about a million FOI items (200 trusts × 1,000 responses × 5
questions) and 200 trusts × 10 years of WRES reports — with db.schema.ensure_db_shape and
bulk inserts, then measures through Datasette's own ASGI client, with metadata.yml and
the trustdocs plugin exactly as served, the latency of full-text search, of every
canned query and of every view (a full page, and pages filtered on indicator, period
and trust as Datasette's column filters ask), and prints p50/p95 against the targets
(search p95 < 50 ms, canned queries and views p95 < 200 ms).

Before measuring it brings the derived tables up to date with
``db.derived.refresh_derived`` (what ``trustdocs parse`` does after a run) and prints how
long that took: a full refresh, then a second call with nothing changed.

    .venv/bin/python benchmarks/bench_datasette.py [--trusts 200] [--requests 1000]
        [--items 5] [--years 10] [--repeat 20] [--rebuild] [--no-refresh]
        [--only SUBSTRING] [--time-limit-ms 5000]

``--no-refresh`` measures the views as they answer from the base tables alone (what
they did before the derived tables existed).

Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from trustdocs.publish import (  # noqa: E402
    PLUGINS_DIR,
    site_metadata,
    typed_settings,
)
from trustdocs.sample_db import build_sample_database  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
SEARCH_TARGET_MS = 50
QUERY_TARGET_MS = 200
VIEW_TARGET_MS = 200

# Views as a visitor opens them (count, configured facets, first page) and as Datasette's
# column filters narrow them: /db/view.json?column=value.
VIEW_FILTERS: dict[str, list[str]] = {
    "wres_values": ["", "indicator=2&period=2022/23", "trust_ods=RA0", "period=2022/23"],
    "wres_latest": ["", "indicator=2", "trust_ods=RA0", "period=2023/24"],
    "wres_benchmark": ["", "indicator=2&period=2022/23", "trust_ods=RA0", "period=2022/23"],
    "wres_trends": ["", "indicator=2&period=2022/23", "trust_ods=RA0", "period=2022/23"],
    "wres_series": ["", "indicator=1&period=2022/23", "trust_ods=RA0"],
    "wres_self_vs_national": ["", "trust_ods=RA0"],
    "foi_response_times": ["", "region=London", "trust_ods=RA0"],
    "foi_exemptions_by_trust": ["", "trust_ods=RA0", "section=12"],
    "trust_health": [""],
    "review_queue": [""],
    "round_robin_answers": [""],
}

# Parameters for each canned query: realistic requests a researcher or requester makes.
QUERY_PARAMS: dict[str, list[dict[str, str]]] = {
    "before_you_ask": [
        {"text": "How much did you spend on agency nurses last year?"},
        {"text": "prone restraint incidents"},
        {"text": "Has the trust had a ransomware attack or cyber security incident?"},
    ],
    "round_robin": [
        {"question": "How many out of area placements were made in 2022/23?"},
        {"question": "Which electronic patient record system does the trust use?"},
    ],
    "round_robin_groups": [{"min_trusts": "2"}],
    "wres_indicator_ranking": [
        {"indicator": "1", "period": "2022/23"},
        {"indicator": "2", "period": ""},
        {"indicator": "9", "period": "2019/20"},
    ],
    "wres_trust_series": [{"trust": "RA0", "indicator": ""}, {"trust": "RB5", "indicator": "1"}],
    "wres_trust_vs_peers": [{"trust": "RA0", "indicator": "1"}, {"trust": "RC3", "indicator": "3"}],
    "foi_response_times": [
        {"region": "", "trust_type": ""},
        {"region": "London", "trust_type": ""},
    ],
    "exemptions_by_trust": [{"section": "", "trust": ""}, {"section": "12", "trust": "RA0"}],
    "scraper_health": [{"trust": ""}],
    "review_queue": [{"kind": "", "trust": ""}, {"kind": "wres_report", "trust": ""}],
}


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def refresh(path: Path) -> list[tuple[str, float]]:
    """Bring the derived tables up to date, as `trustdocs parse` does; returns timings."""
    import sqlite_utils

    from db.derived import refresh_derived
    from db.schema import ensure_db_shape

    db = sqlite_utils.Database(path)
    ensure_db_shape(db)  # a database cached by an older version gains the derived tables
    timings = []
    for label, force in (("refresh (forced, full)", True), ("refresh (nothing changed)", False)):
        t = time.perf_counter()
        refresh_derived(db, force=force)
        timings.append((label, time.perf_counter() - t))
    db.execute("ANALYZE")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.execute("PRAGMA journal_mode = DELETE")
    db.close()
    return timings


def build(args) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    name = f"bench-{args.trusts}x{args.requests}x{args.items}-{args.years}y.db"
    path = OUT / name
    if path.exists() and not args.rebuild:
        print(f"Using {path} (--rebuild to make it again)")
        import sqlite3

        conn = sqlite3.connect(path)
        for ddl in EXTRA_INDEXES:
            conn.execute(ddl)
        conn.execute("ANALYZE")
        conn.close()
        return path
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    print(
        f"Building {path}: {args.trusts} trusts × {args.requests} FOI responses × "
        f"{args.items} questions, {args.years} years of WRES…",
        flush=True,
    )
    build_sample_database(
        path,
        trusts=args.trusts,
        years=args.years,
        requests_per_trust=args.requests,
        items_per_request=args.items,
        progress=True,
    )
    import sqlite3

    conn = sqlite3.connect(path)
    for ddl in EXTRA_INDEXES:
        conn.execute(ddl)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    print(f"Built in {time.perf_counter() - t0:.0f} s ({path.stat().st_size / 1e6:.0f} MB)")
    return path


# Indexes the benchmark showed to matter, beyond db/schema.py's (reported to the lead).
EXTRA_INDEXES: list[str] = [
    "CREATE INDEX IF NOT EXISTS [idx_foi_requests_trust_days] ON [foi_requests] "
    "([trust_ods], [working_days], [within_deadline], [outcome])",
    "CREATE INDEX IF NOT EXISTS [idx_wres_metrics_indicator_period] ON [wres_metrics] "
    "([indicator], [period])",
    "CREATE INDEX IF NOT EXISTS [idx_foi_exemptions_section] ON [foi_exemptions] "
    "([section], [request_id])",
    "CREATE INDEX IF NOT EXISTS [idx_documents_trust_kind] ON [documents] "
    "([trust_ods], [kind], [parse_status])",
]


async def measure(
    path: Path, repeat: int, only: str = "", time_limit_ms: int = 5000
) -> list[tuple[str, float, float, float, int]]:
    from datasette.app import Datasette

    os.environ.setdefault("TRUSTDOCS_STORE", str(OUT / "raw"))
    ds = Datasette(
        [],
        immutables=[str(path)],
        metadata=site_metadata(path.stem),
        plugins_dir=str(PLUGINS_DIR),
        settings=typed_settings(sql_time_limit_ms=str(time_limit_ms)),
    )
    db = path.stem
    await ds.invoke_startup()
    cases: list[tuple[str, str, float]] = []
    for text in ("agency nurses", "restraint", "ransomware", "interpreting services"):
        cases.append(
            (
                f"search foi_items: {text}",
                f"/{db}/foi_items.json?_search={text}&_size=50",
                SEARCH_TARGET_MS,
            )
        )
        cases.append(
            (
                f"search foi_items (no count/facets): {text}",
                f"/{db}/foi_items.json?_search={text}&_size=50&_nocount=1&_nofacet=1",
                SEARCH_TARGET_MS,
            )
        )
        cases.append(
            (
                f"search foi_requests: {text}",
                f"/{db}/foi_requests.json?_search={text}&_size=50",
                SEARCH_TARGET_MS,
            )
        )
    # Table and view pages as a visitor first opens them (count, facets, first page).
    for table in (
        "foi_items",
        "foi_requests",
        "documents",
        "wres_metrics",
    ):
        cases.append((f"page {table}", f"/{db}/{table}.json?_size=50", QUERY_TARGET_MS))
    for view, filters in VIEW_FILTERS.items():
        for qs in filters:
            cases.append(
                (
                    f"view {view}" + (f"?{qs}" if qs else " (page)"),
                    f"/{db}/{view}.json?_size=50" + (f"&{qs}" if qs else ""),
                    VIEW_TARGET_MS,
                )
            )
    for name, param_sets in QUERY_PARAMS.items():
        for params in param_sets:
            qs = "&".join(f"{k}={v}" for k, v in params.items())
            cases.append(
                (f"{name} {params}", f"/{db}/{name}.json?{qs}&_shape=objects", QUERY_TARGET_MS)
            )
    cases = [c for c in cases if only in c[0]]
    results = []
    for label, url, target in cases:
        times = []
        rows = 0
        for i in range(repeat + 1):
            t = time.perf_counter()
            response = await ds.client.get(url)
            elapsed = (time.perf_counter() - t) * 1000
            if response.status_code != 200:
                print(f"{label}: HTTP {response.status_code}: {response.text[:200]}", flush=True)
                times = [float("inf")]
                break
            body = response.json()
            if body.get("ok") is False or (body.get("error")):
                print(f"{label}: {body.get('error')}", flush=True)  # e.g. SQL time limit
                times = [float("inf")]
                break
            if i:  # the first request warms caches; not counted
                times.append(elapsed)
            else:
                rows = len(body.get("rows", []))
        results.append((label, statistics.median(times), percentile(times, 95), target, rows))
        print(f"  {label[:70]}: p95 {results[-1][2]:.1f} ms", file=sys.stderr, flush=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trusts", type=int, default=200)
    parser.add_argument("--requests", type=int, default=1000, help="FOI responses per trust")
    parser.add_argument("--items", type=int, default=5, help="questions per response")
    parser.add_argument("--years", type=int, default=10, help="years of WRES reports")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument(
        "--no-refresh", action="store_true", help="leave the derived tables as they are"
    )
    parser.add_argument("--only", default="", help="only cases whose label contains this")
    parser.add_argument("--time-limit-ms", type=int, default=5000, help="Datasette's SQL limit")
    args = parser.parse_args()
    path = build(args)
    if not args.no_refresh:
        for label, seconds in refresh(path):
            print(f"{label}: {seconds:.2f} s", flush=True)
    results = asyncio.run(measure(path, args.repeat, args.only, args.time_limit_ms))
    missed = 0
    print(f"\n{'request':<78} {'rows':>5} {'p50 ms':>8} {'p95 ms':>8} {'target':>7}")
    for label, p50, p95, target, rows in results:
        flag = "" if p95 < target else "  MISSED"
        missed += bool(flag)
        print(f"{label[:78]:<78} {rows:>5} {p50:>8.1f} {p95:>8.1f} {target:>7}{flag}")
    print(f"\n{len(results) - missed} of {len(results)} within target")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
