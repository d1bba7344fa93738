"""Scanned PDFs: OCR with Tesseract when the binary is present; otherwise the
document is marked 'scanned' with a clear reason. The scanned PDF is made here:
text rendered to an image with Pillow and saved as a PDF with no text layer."""

from __future__ import annotations

import io
import shutil

import pytest

from parsers import parse_document
from parsers.extract import extract

LINES = [
    "Freedom of Information Request",
    "Our ref: FOI 4321",
    "1. How many beds does the Trust have?",
    "Our response: The Trust has 120 beds.",
]


def _scanned_pdf() -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1700, 2200), 255)
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.load_default(size=44)
    except TypeError:  # Pillow < 10.1
        font = ImageFont.load_default()
    y = 200
    for line in LINES:
        draw.text((150, y), line, fill=0, font=font)
        y += 110
    buf = io.BytesIO()
    img.save(buf, format="PDF", resolution=200.0)
    return buf.getvalue()


def test_made_pdf_has_no_text_layer():
    import pdfplumber

    with pdfplumber.open(io.BytesIO(_scanned_pdf())) as pdf:
        assert not "".join(c["text"] for c in pdf.pages[0].chars).strip()


def test_without_tesseract_scanned_with_reason(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    result = parse_document(_scanned_pdf(), filename="scan.pdf", kind_hint="foi")
    assert result.status == "scanned"
    assert result.confidence == 0.0
    assert "OCR unavailable" in (result.error or "")
    assert "tesseract" in (result.error or "")


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_ocr_recovers_text():
    doc = extract(_scanned_pdf(), filename="scan.pdf")
    assert {"scanned", "ocr"} <= doc.flags
    text = doc.text.lower()
    assert "freedom of information" in text
    assert "4321" in text
    assert doc.ocr_confidence is not None and doc.ocr_confidence > 0.5
    result = parse_document(_scanned_pdf(), filename="scan.pdf", kind_hint="foi")
    assert result.status == "scanned"
    assert 0 < result.confidence <= doc.ocr_confidence
    assert result.foi is not None and result.foi.reference == "FOI 4321"
    assert any("120 beds" in (it.answer or "") for it in result.foi.items)
