"""A typeface's bold, italic and book faces are its family (parsers.extract.fonts),
whether the writer sets the weight apart ("Arial-BoldMT") or glues it on
("DejaVuSansBold", as fpdf names the faces it embeds): a bold heading and the plain
paragraph under it in one PDF share a family, and only another typeface differs.
Documents and wording made up for these tests."""

from __future__ import annotations

import pytest

from parsers.extract import extract
from parsers.extract.fonts import font_family
from parsers.extract.model import TextBlock
from tests.foi_letters import H, P, render_pdf


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("QWERTY+DejaVuSansBold", "dejavusans"),
        ("QWERTY+DejaVuSansBook", "dejavusans"),
        ("QWERTY+DejaVuSansOblique", "dejavusans"),
        ("GaramondBoldItalic", "garamond"),
        ("VerdanaSemibold", "verdana"),
        ("Georgia-Italic", "georgia"),
        ("Cambria,Bold", "cambria"),
        ("GillSansMT-Bold", "gillsans"),
        # a family whose own name holds such a word keeps it where nothing precedes
        ("Book Antiqua", "bookantiqua"),
        ("Bold", "bold"),
        # another typeface stays another
        ("Courier New", "couriernew"),
    ],
)
def test_a_face_reads_as_its_family(name, family):
    assert font_family(name) == family


def test_a_pdf_bold_heading_and_its_plain_text_share_a_family():
    data = render_pdf(
        [
            H("Orchard Street Clinic opening hours"),
            P("The clinic opens from eight in the morning on weekdays."),
        ]
    )
    blocks = [b for b in extract(data, filename="hours.pdf").blocks if isinstance(b, TextBlock)]
    fonts = {b.font for b in blocks}
    assert fonts == {"dejavusans"}
