"""OCR for PDFs without a text layer, by calling the `tesseract` binary.

Pages are rendered with pdfplumber (pypdfium2) at 200 dpi and passed to
`tesseract <png> stdout -l eng tsv`; words are regrouped into lines and
paragraphs, and the mean word confidence (0–1) is reported. Nothing here runs
unless tesseract is installed (`available()`).
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from parsers.extract.model import TextBlock

MAX_OCR_PAGES = 30
PAGE_TIMEOUT_S = 60
RESOLUTION = 200


def available() -> bool:
    return shutil.which("tesseract") is not None


def ocr_pdf(pdf) -> tuple[list[TextBlock], float]:
    """OCR the pages of an open pdfplumber PDF: (blocks, mean confidence 0–1)."""
    blocks: list[TextBlock] = []
    confs: list[float] = []
    exe = shutil.which("tesseract")
    if exe is None:
        return blocks, 0.0
    with tempfile.TemporaryDirectory(prefix="trustdocs-ocr-") as tmp:
        for pno, page in enumerate(pdf.pages[:MAX_OCR_PAGES], start=1):
            png = Path(tmp) / f"page-{pno}.png"
            try:
                page.to_image(resolution=RESOLUTION).original.save(png)
                run = subprocess.run(
                    [exe, str(png), "stdout", "-l", "eng", "tsv"],
                    capture_output=True,
                    timeout=PAGE_TIMEOUT_S,
                    check=False,
                )
            except (OSError, subprocess.SubprocessError, ValueError):
                continue
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
