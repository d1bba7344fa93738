"""Benchmark PDF extraction: pages per second, and what the layout passes cost.

Two passes run on every PDF page besides pdfplumber's own table finding: unruled
tables rebuilt from word positions (parsers.extract.pdf_layout_tables) and two-column
pages read column by column (parsers.extract.pdf_columns). This prints extraction
time with and without them (the passes switched off in-process) and their ratio, over

- the demo web's PDFs (generated here, always available), and
- the real PDFs in ../shared/corpus when present.

    python benchmarks/bench_extract.py [--repeat 2]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import parsers.extract.pdf as pdf_module  # noqa: E402
from parsers.extract import extract  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def demo_pdfs(limit: int = 60) -> list[bytes]:
    """The demo web's WRES reports and FOI responses, printed as PDF by fpdf2."""
    from trustdocs.demo.documents import foi_items, wres_items
    from trustdocs.demo.facts import demo_trusts, foi_facts
    from trustdocs.demo.render import render_pdf
    from trustdocs.demo.wres_data import trust_reports

    reports = [r for i, t in enumerate(demo_trusts()) for r in trust_reports(t, i)]
    out = [render_pdf(wres_items(r)) for r in reports[:20]]
    out += [render_pdf(foi_items(f)) for f in foi_facts()[: limit - len(out)]]
    return out


def timed(files: list[bytes], repeat: int) -> tuple[float, int]:
    best = float("inf")
    pages = 0
    for _ in range(repeat):
        start = time.perf_counter()
        docs = [extract(data, filename="x.pdf") for data in files]
        best = min(best, time.perf_counter() - start)
        pages = sum(d.pages for d in docs)
        # a switched-off pass must not break extraction (it would fall back to OCR)
        broken = [w for d in docs for w in d.warnings if "unreadable" in w]
        if broken:
            raise SystemExit(f"extraction failed while timing: {broken[0]}")
    return best, pages


def measure(name: str, files: list[bytes], repeat: int) -> None:
    if not files:
        return
    with_passes, pages = timed(files, repeat)
    saved = pdf_module.add_layout_tables, pdf_module._reading_parts
    pdf_module.add_layout_tables = lambda page, pno, bboxes, tables, index: (index, [])
    pdf_module._reading_parts = lambda view, words: [view]
    try:
        without, _ = timed(files, repeat)
    finally:
        pdf_module.add_layout_tables, pdf_module._reading_parts = saved
    print(
        f"{name}: {len(files)} PDFs, {pages} pages: {with_passes:.2f} s "
        f"({pages / with_passes:.1f} pages/s) with the layout passes, {without:.2f} s "
        f"without; ratio {with_passes / without:.2f}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    measure("demo web", demo_pdfs(), args.repeat)
    real = sorted(CORPUS.rglob("*.pdf")) if CORPUS.is_dir() else []
    measure("corpus", [p.read_bytes() for p in real], args.repeat)


if __name__ == "__main__":
    main()
