"""Benchmark the parse stage: documents per second through the isolated workers, and
the peak memory of the run (parent and the largest worker).

Builds the offline demo database once (in --workdir, default data/bench-parse), then
parses every document again (`parse(force=True)`) --repeat times and prints the best.
With --hostile it adds documents that hang, blow up memory and crash their worker
(through a parse function defined here), to show what they cost the batch. With
--templates it measures the nightly template pass (issue #13) on a copy: a first
night with no template learned yet (every trust's template learned, its letters read
again), then a night with nothing new.

    python benchmarks/bench_parse.py [--repeat 3] [--workers N] [--hostile] [--templates]
"""

from __future__ import annotations

import argparse
import atexit
import inspect
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.poison import poison_parse  # noqa: E402
from trustdocs import pipeline  # noqa: E402
from trustdocs.settings import open_db  # noqa: E402

HOSTILE = {b"HANG": "sleeps forever", b"BOMB": "allocates without end", b"ABRT": "aborts"}


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished workers: unlike wall time, it does
    not depend on what else the machine is doing."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def ensure_demo(workdir: Path) -> Path:
    db_path = workdir / "trustdocs.db"
    if not db_path.exists():
        from trustdocs.demo_run import build_demo

        build_demo(workdir, quiet=True)
    return db_path


def add_hostile(db, store_dir: Path) -> None:
    from db.save import register_local_document
    from scrapers.store import RawStore

    store = RawStore(store_dir)
    ods = db.execute("SELECT ods_code FROM trusts LIMIT 1").fetchone()[0]
    for n, payload in enumerate(HOSTILE):
        data = payload + b" hostile %d" % n
        sha = store.put(data)
        register_local_document(
            db,
            sha256=sha,
            trust_ods=ods,
            url=f"file:///hostile/{n}.txt",
            kind="foi_response",
            title=HOSTILE[payload],
            content_type="text/plain",
            size=len(data),
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workdir", type=Path, default=ROOT / "data" / "bench-parse")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--hostile", action="store_true")
    ap.add_argument("--templates", action="store_true")
    args = ap.parse_args()
    db_path = ensure_demo(args.workdir)
    store_dir = args.workdir / "raw"
    if args.templates:
        return bench_templates(db_path, store_dir, args.workers)
    if args.hostile:  # on a copy, so the demo database keeps no poison and no attempts
        import shutil
        import tempfile

        scratch = Path(tempfile.mkdtemp(prefix="bench-parse-"))
        atexit.register(shutil.rmtree, scratch, ignore_errors=True)
        copy = scratch / "trustdocs.db"
        shutil.copyfile(db_path, copy)
        db_path = copy
    db = open_db(db_path)
    params = inspect.signature(pipeline.parse).parameters
    extra = {}
    if args.hostile:
        from trustdocs.isolation import Limits

        add_hostile(db, store_dir)
        extra = {"parse_fn": poison_parse, "limits": Limits(timeout_s=5, memory_mb=500)}
    if "workers" in params:
        extra["workers"] = args.workers
    best = None
    cpu_before = _cpu_seconds()
    for _ in range(args.repeat):
        if args.hostile:  # every pass starts with no attempts: none is quarantined yet
            with db.conn:
                db.conn.execute("DELETE FROM parse_attempts")
        summary = pipeline.parse(db, store_dir, force=True, **extra)
        if best is None or summary.seconds < best.seconds:
            best = summary
    cpu = (_cpu_seconds() - cpu_before) / args.repeat
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"parsed {best.parsed} documents in {best.seconds:.2f} s "
        f"({best.parsed / best.seconds:.1f} documents/s); statuses {best.by_status}"
    )
    print(f"CPU per pass (parent and workers, user + system): {cpu:.2f} s")
    print(f"peak memory: parent {own:.0f} MB, largest worker {children:.0f} MB")
    for url, error in best.failures:
        print(f"  failed: {url}: {error}")


def _copy(db_path: Path) -> Path:
    import shutil
    import tempfile

    scratch = Path(tempfile.mkdtemp(prefix="bench-parse-"))
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    shutil.copyfile(db_path, scratch / "trustdocs.db")
    return scratch / "trustdocs.db"


def bench_templates(db_path: Path, store_dir: Path, workers: int | None) -> None:
    """The template pass's cost on the demo: a first night (no template stored, every
    document read, each trust's template learned and its letters read again), and the
    next night with nothing new."""
    db = open_db(_copy(db_path))
    with db.conn:
        db.conn.execute("DELETE FROM trust_templates")
    first = pipeline.parse(db, store_dir, force=True, workers=workers)
    reading = first.seconds - first.template_seconds
    print(
        f"first night: {first.parsed} documents read in {reading:.1f} s, then "
        f"{first.templates_learned} trust templates learned and {first.reparsed} letters read "
        f"again in {first.template_seconds:.1f} s (+{first.template_seconds / reading:.0%})"
    )
    again = pipeline.parse(db, store_dir, workers=workers)
    print(
        f"next night, nothing new: {again.parsed} read, {again.reparsed} read again, "
        f"{again.seconds:.1f} s"
    )
    # a night with one new letter per trust (each trust's latest letter, as if new)
    with db.conn:
        db.conn.execute(
            "UPDATE documents SET parser_version = NULL WHERE sha256 IN (SELECT max(document_sha256) "
            "FROM foi_shingles GROUP BY trust_ods)"
        )
    one = pipeline.parse(db, store_dir, workers=workers)
    print(
        f"a night with one new letter per trust: {one.parsed} read, {one.reparsed} read "
        f"again, {one.seconds:.1f} s ({one.template_seconds:.1f} s in the template pass)"
    )


if __name__ == "__main__":
    main()
