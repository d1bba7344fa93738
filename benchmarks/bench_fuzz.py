"""make bench-fuzz: mutation fuzzing of the parse entry point at scale.

Seeds are small letters generated in code (tests/hostile.py: PDF, DOCX, HTML,
text, a thread export) and, when ../shared/corpus/foi is present, the real FOI
letters there under --max-seed-kb (read at run time, never copied). Each case
is a seed damaged one to three times (byte flips, truncation, inserted or
deleted runs, zip members shuffled or dropped), plus every hostile class of the
catalogue once, and runs through `parsers.parse_document` in a forked child
with a wall-clock limit and a 2 GB address-space limit (tests/fuzzrun.py).

Reported: crashes (the function raised, or the child died; must be 0), hangs
past the limit (must be 0), peak memory of any case, statuses, case times.
The exit status is 1 when there is a crash or a hang; their inputs are written
to --keep for replay. OCR is off unless --ocr (tesseract would turn every
damaged PDF without a text layer into seconds of OCR).

    python benchmarks/bench_fuzz.py [--cases 10000] [--workers 2] [--timeout 30]
"""

from __future__ import annotations

import argparse
import collections
import logging
import os
import random
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import hostile  # noqa: E402
from tests.fuzzrun import Outcome, run_case, warm_imports  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "foi"


def corpus_seeds(max_kb: int) -> list[tuple[str, bytes]]:
    if not CORPUS.is_dir():
        return []
    found = []
    for path in sorted(CORPUS.iterdir()):
        kinds = (".pdf", ".docx", ".html", ".md", ".txt")
        if path.is_file() and path.suffix.lower() in kinds and path.stat().st_size <= max_kb * 1024:
            found.append((path.name, path.read_bytes()))
    return found


def make_case(i: int, seeds: list[tuple[str, bytes]], base_seed: int) -> tuple[str, bytes]:
    rng = random.Random(base_seed * 1_000_003 + i)
    # a format first, then a seed of it: each format gets an even share of cases
    formats = sorted({n.rsplit(".", 1)[-1] for n, _ in seeds})
    fmt = formats[rng.randrange(len(formats))]
    pool = [s for s in seeds if s[0].endswith("." + fmt)]
    name, data = pool[rng.randrange(len(pool))]
    for _ in range(rng.choice((1, 1, 2, 3))):
        data = hostile.mutate(data, rng)
    return name, data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--max-seed-kb", type=int, default=400)
    ap.add_argument("--ocr", action="store_true", help="let scanned-looking PDFs reach OCR")
    ap.add_argument("--keep", default=str(Path(tempfile.gettempdir()) / "trustdocs-fuzz"))
    args = ap.parse_args(argv)
    if not args.ocr:
        os.environ["TRUSTDOCS_OCR"] = "0"
    logging.disable(logging.WARNING)  # pdfminer's complaints about every damaged file

    warm_imports()
    seeds = hostile.seeds()
    real = corpus_seeds(args.max_seed_kb)
    seeds += real
    print(f"seeds: {len(seeds) - len(real)} generated, {len(real)} from the FOI corpus")

    tmp = tempfile.TemporaryDirectory(prefix="trustdocs-fuzz-secret-")
    secret = Path(tmp.name) / "secret.txt"
    secret.write_text(hostile.SECRET)
    catalogue = hostile.cases(str(secret))
    n_mut = max(0, args.cases - len(catalogue))

    def one(i: int) -> tuple[str, bytes, Outcome]:
        if i < len(catalogue):
            case = catalogue[i]
            data = case.make()
            out = run_case(data, case.filename, case.content_type, timeout=args.timeout)
            if out.kind == "result" and any(f in out.output for f in case.forbidden):
                out = Outcome("crash", detail=f"{case.name}: forbidden text in output")
            return f"hostile:{case.name}", data, out
        name, data = make_case(i, seeds, args.seed)
        return f"mutant:{name}", data, run_case(data, name, None, timeout=args.timeout)

    start = time.monotonic()
    statuses: collections.Counter[str] = collections.Counter()
    by_seed: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    times: list[float] = []
    peak = 0.0
    peak_case = ""
    bad: list[tuple[str, Outcome]] = []
    keep = Path(args.keep)
    total = len(catalogue) + n_mut
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        for done, (label, data, out) in enumerate(pool.map(one, range(total)), start=1):
            times.append(out.seconds)
            if out.peak_rss_mb > peak:
                peak, peak_case = out.peak_rss_mb, label
            key = out.status if out.kind == "result" else out.kind
            statuses[key] += 1
            group = (
                "hostile" if label.startswith("hostile:") else "mutant ." + label.rsplit(".", 1)[-1]
            )
            by_seed[group][key] += 1
            if out.kind != "result":
                bad.append((label, out))
                keep.mkdir(parents=True, exist_ok=True)
                (keep / f"case-{done}-{out.kind}.bin").write_bytes(data)
            if done % 1000 == 0:
                rate = done / (time.monotonic() - start)
                print(f"  {done}/{total} cases, {rate:.1f}/s, crashes+hangs so far {len(bad)}")
    wall = time.monotonic() - start
    crashes = sum(1 for _, o in bad if o.kind == "crash")
    hangs = sum(1 for _, o in bad if o.kind == "hang")
    q = statistics.quantiles(times, n=100) if len(times) > 1 else [0.0] * 99
    print(f"\ncases: {total} ({len(catalogue)} hostile classes + {n_mut} mutants) in {wall:.0f} s")
    print(f"  {total / wall:.1f} cases/s on {args.workers} workers, limit {args.timeout:.0f} s")
    print(f"  case time p50 {q[49]:.3f} s, p95 {q[94]:.3f} s, max {max(times):.2f} s")
    print(f"  peak memory of a case: {peak:.0f} MB ({peak_case})")
    print(f"  crashes: {crashes}   hangs: {hangs}")
    print("  statuses: " + ", ".join(f"{k} {v}" for k, v in statuses.most_common()))
    for fmt, counts in sorted(by_seed.items()):
        print(f"    {fmt:14s} " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    for label, out in bad[:10]:
        print(f"\n{out.kind.upper()} {label}: {out.detail[-1500:]}")
    if bad:
        print(f"\ninputs of crashes and hangs kept in {keep}")
    tmp.cleanup()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
