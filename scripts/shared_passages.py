"""How much text the project shares with the real documents in ../shared.

Counts 10-word shingles (runs of ten consecutive words, lower-cased, punctuation
dropped) that occur both in the project's synthetic material — the demo
generator (`trustdocs/demo/`), the tests (`tests/`, the hand-checked truth in
`tests/truth/` counted apart because it quotes the letters on purpose) — and in
the real documents (`../shared/corpus`, `../shared/seeds`), read at run time.
A shared shingle is a passage copied (or closely paraphrased) from a real
document: the synthetic tests are only independent of the corpus when the
generator's count is near zero.

    python scripts/shared_passages.py [--shared ../shared] [--top 10] [--json]

Prints, per area and per file, how many distinct shingles it shares, and which
real documents they come from.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
N = 10
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# the project's text files (source strings, truth, fixtures)
PROJECT_SUFFIXES = {".py", ".json", ".md", ".txt", ".html", ".csv", ".yml", ".yaml"}
AREAS = (
    ("trustdocs/demo", ROOT / "trustdocs" / "demo", ()),
    ("tests/truth", ROOT / "tests" / "truth", ()),
    ("tests (other)", ROOT / "tests", ("truth",)),
)


def words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("’", "'"))


def shingles(text: str, n: int = N) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def document_text(path: Path) -> str:
    """A real document's text: through the project's extractors, else as text."""
    data = path.read_bytes()
    try:
        from parsers.extract import extract

        return extract(data, filename=path.name).text
    except Exception:
        return data.decode("utf-8", "replace")


def real_documents(shared: Path) -> Iterator[Path]:
    for folder in (shared / "corpus", shared / "seeds"):
        if folder.is_dir():
            yield from sorted(p for p in folder.rglob("*") if p.is_file())


def project_files(base: Path, skip: Iterable[str]) -> Iterator[Path]:
    skip = tuple(skip)
    for p in sorted(base.rglob("*")):
        rel = p.relative_to(base).parts
        if not p.is_file() or p.suffix not in PROJECT_SUFFIXES or "__pycache__" in rel:
            continue
        if rel and rel[0] in skip:
            continue
        yield p


@dataclass
class AreaReport:
    name: str
    files: int = 0
    shared: set = field(default_factory=set)
    per_file: Counter = field(default_factory=Counter)
    sources: Counter = field(default_factory=Counter)


def measure(shared: Path) -> tuple[list[AreaReport], int]:
    owner: dict[tuple[str, ...], set[str]] = defaultdict(set)
    n_docs = 0
    for path in real_documents(shared):
        n_docs += 1
        name = str(path.relative_to(shared))
        for sh in shingles(document_text(path)):
            owner[sh].add(name)
    reports = []
    for name, base, skip in AREAS:
        rep = AreaReport(name)
        for path in project_files(base, skip):
            rep.files += 1
            found = {sh for sh in shingles(path.read_text(encoding="utf-8", errors="replace"))}
            hits = {sh for sh in found if sh in owner}
            if hits:
                rep.per_file[str(path.relative_to(ROOT))] = len(hits)
                rep.shared |= hits
                for sh in hits:
                    for src in owner[sh]:
                        rep.sources[src] += 1
        reports.append(rep)
    return reports, n_docs


def shared_runs(path: Path, shared: Path) -> list[str]:
    """The passages of `path` (as word runs) that real documents also contain."""
    known: set[tuple[str, ...]] = set()
    for doc in real_documents(shared):
        known |= shingles(document_text(doc))
    w = words(path.read_text(encoding="utf-8", errors="replace"))
    hit = [False] * len(w)
    for i in range(len(w) - N + 1):
        if tuple(w[i : i + N]) in known:
            hit[i : i + N] = [True] * N
    runs, cur = [], []
    for word, h in zip(w, hit, strict=True):
        if h:
            cur.append(word)
        elif cur:
            runs.append(" ".join(cur))
            cur = []
    if cur:
        runs.append(" ".join(cur))
    return runs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--top", type=int, default=10, help="files and sources listed per area")
    ap.add_argument("--json", action="store_true", help="print the counts as JSON")
    ap.add_argument("--passages", type=Path, help="print the shared passages of this project file")
    args = ap.parse_args(argv)
    if not args.shared.is_dir():
        print(f"{args.shared} not found: nothing to compare with", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    if args.passages:
        for run in shared_runs(args.passages, args.shared):
            print("-", run)
        return 0
    reports, n_docs = measure(args.shared)
    if args.json:
        print(
            json.dumps(
                {
                    r.name: {
                        "files": r.files,
                        "shared_shingles": len(r.shared),
                        "per_file": dict(r.per_file.most_common()),
                    }
                    for r in reports
                },
                indent=2,
            )
        )
        return 0
    print(f"{N}-word shingles shared with {n_docs} documents in {args.shared}")
    for r in reports:
        print(
            f"\n{r.name}: {len(r.shared)} distinct shared shingles in {len(r.per_file)} of {r.files} files"
        )
        for path, count in r.per_file.most_common(args.top):
            print(f"  {count:6d}  {path}")
        if r.sources:
            top = ", ".join(f"{src} ({n})" for src, n in r.sources.most_common(min(args.top, 5)))
            print(f"  from: {top}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
