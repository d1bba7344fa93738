"""OCR for PDFs without a text layer, by calling the `tesseract` binary.

Pages are rendered with pdfplumber (pypdfium2) at 200 dpi (less for pages so
large that 200 dpi would pass MAX_PIXELS) and passed to
`tesseract <png> stdout -l eng tsv`; words are regrouped into lines and
paragraphs, and the mean word confidence (0–1) is reported. Nothing here runs
unless tesseract is installed (`available()`).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from parsers.extract.model import TextBlock

MAX_OCR_PAGES = 30
PAGE_TIMEOUT_S = 60
DOCUMENT_SECONDS = 300  # OCR of one document, all pages together
RESOLUTION = 200
# 200 dpi of an A4 page is ~3.9 Mpx; a 7,000 pt square page would be ~378 Mpx
# (3.7 GB as RGBA). Larger pages are rendered at a lower resolution instead.
MAX_PIXELS = 16_000_000
MIN_RESOLUTION = 36  # below this nothing legible is left: the page is not OCRed


def available() -> bool:
    """Tesseract is installed and OCR not switched off (TRUSTDOCS_OCR=0)."""
    if os.environ.get("TRUSTDOCS_OCR", "1") == "0":
        return False
    return shutil.which("tesseract") is not None


def page_resolution(width_pt: float, height_pt: float, resolution: int = RESOLUTION) -> int:
    """The resolution (dpi) to render a page at so it stays within MAX_PIXELS;
    0 when even MIN_RESOLUTION would not fit (or the size is not a number)."""
    try:
        w, h = abs(float(width_pt)) / 72.0, abs(float(height_pt)) / 72.0
    except (TypeError, ValueError):
        return 0
    if not (w > 0 and h > 0) or w * h > 1e9:
        return 0
    dpi = min(float(resolution), (MAX_PIXELS / (w * h)) ** 0.5)
    return int(dpi) if dpi >= MIN_RESOLUTION else 0


def ocr_pdf(
    pdf, skip: set[int] | None = None, warnings: list[str] | None = None
) -> tuple[list[TextBlock], float]:
    """OCR the pages of an open pdfplumber PDF: (blocks, mean confidence 0–1).
    Pages in `skip` (numbers of pages that already failed a memory or time
    budget) are never rendered: a bomb that pdfminer survived would be handed
    to pdfium, which aborts the process instead of raising."""
    blocks: list[TextBlock] = []
    confs: list[float] = []
    notes = warnings if warnings is not None else []
    exe = shutil.which("tesseract")
    if exe is None:
        return blocks, 0.0
    deadline = time.monotonic() + DOCUMENT_SECONDS
    with tempfile.TemporaryDirectory(prefix="trustdocs-ocr-") as tmp:
        for pno, page in enumerate(pdf.pages[:MAX_OCR_PAGES], start=1):
            if skip and pno in skip:
                continue
            left = deadline - time.monotonic()
            if left <= 1:
                notes.append(f"OCR stopped after {DOCUMENT_SECONDS} s, at page {pno}")
                break
            dpi = page_resolution(page.width, page.height)
            if not dpi:
                notes.append(f"page {pno}: too large to render for OCR; skipped")
                continue
            png = Path(tmp) / f"page-{pno}.png"
            try:
                page.to_image(resolution=dpi).original.save(png)
                run = subprocess.run(
                    [exe, str(png), "stdout", "-l", "eng", "tsv"],
                    capture_output=True,
                    timeout=min(PAGE_TIMEOUT_S, left),
                    check=False,
                )
            except (OSError, subprocess.SubprocessError, ValueError, MemoryError):
                continue
            finally:
                page.close()
            if run.returncode != 0:
                continue
            page_blocks, page_confs = _from_tsv(run.stdout.decode("utf-8", "replace"), pno)
            blocks.extend(page_blocks)
            confs.extend(page_confs)
    mean = sum(confs) / len(confs) / 100.0 if confs else 0.0
    return blocks, round(mean, 3)


def _from_tsv(tsv: str, pno: int) -> tuple[list[TextBlock], list[float]]:
    paragraphs: dict[tuple[str, str], dict[str, list[str]]] = {}
    confs: list[float] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        try:
            conf = float(row.get("conf") or -1)
        except ValueError:
            conf = -1
        if conf >= 0:
            confs.append(conf)
        key = (row.get("block_num", ""), row.get("par_num", ""))
        paragraphs.setdefault(key, {}).setdefault(row.get("line_num", ""), []).append(text)
    blocks = [
        TextBlock(text="\n".join(" ".join(words) for words in lines.values()), page=pno)
        for lines in paragraphs.values()
    ]
    return blocks, confs
