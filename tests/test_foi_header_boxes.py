"""Headed paper whose reference and date sit only in a floating text box anchored in
the DOCX's header (set AG's learning, issue #13): the box of the header the first
page shows is read as the first page's top lines (parsers.extract.docx_headers), once,
ahead of the body, so its reference and date are the letter's and no answer takes its
lines; a running header's own paragraphs stay unread. (Only DOCX has header parts; a
PDF's or web page's box is read where it is printed.) Every letter is made up, in
wordings of its own."""

from __future__ import annotations

import html
import io
from datetime import date

import pytest

from parsers import parse_document
from parsers.extract import extract
from tests.foi_letters import SIGN_OFF, P, render_docx
from tests.test_foi_styles import expect, pairs

BOX = ["Records Management Unit", "Tel: 01632 960 215", "Our ref: FOI 2291/24", "17 June 2024"]
RUNNING = "Thistlebrook Community NHS Trust - Official correspondence"

BODY = [
    P("Thistlebrook Community NHS Trust"),
    P("By e-mail only"),
    P("Dear Applicant"),
    P("We received your request on 20 May 2024 and answer it below."),
    P("1. How many speech and language therapists does the Trust employ?"),
    P("The Trust employs 31 speech and language therapists."),
    P("2. What is the waiting time for a first wheelchair assessment?"),
    P("The median wait for a first wheelchair assessment was nine weeks."),
    *SIGN_OFF,
]

EXPECTED = expect(
    [
        (
            "1",
            "How many speech and language therapists does the Trust employ?",
            "The Trust employs 31 speech and language therapists.",
        ),
        (
            "2",
            "What is the waiting time for a first wheelchair assessment?",
            "The median wait for a first wheelchair assessment was nine weeks.",
        ),
    ]
)

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _box_run(lines: list[str]) -> str:
    """A floating text box as Word writes one: the shape, and its VML copy."""
    paras = "".join(f"<w:p><w:r><w:t>{html.escape(t)}</w:t></w:r></w:p>" for t in lines)
    content = f"<w:txbxContent>{paras}</w:txbxContent>"
    shape = (
        '<wp:anchor simplePos="0" relativeHeight="3" behindDoc="0" locked="0" '
        'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>4500000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>400000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2200000" cy="900000"/><wp:wrapNone/><wp:docPr id="5" name="Panel"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/>'
        f"<wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor>"
    )
    vml = f'<w:pict><v:shape style="position:absolute"><v:textbox>{content}</v:textbox></v:shape></w:pict>'
    return (
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{shape}'
        f"</w:drawing></mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def _letter(first_page_header: bool) -> bytes:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document(io.BytesIO(render_docx(BODY)))
    section = document.sections[0]
    section.header.paragraphs[0].text = RUNNING  # the running header of every page
    if first_page_header:
        section.different_first_page_header_footer = True
        holder = section.first_page_header.paragraphs[0]
    else:
        holder = section.header.add_paragraph()
    holder._p.append(parse_xml(_box_run(BOX)))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("first_page_header", [True, False])
def test_reference_and_date_from_the_header_text_box(first_page_header):
    data = _letter(first_page_header)
    foi = parse_document(data, filename="letter.docx", kind_hint="foi").foi
    assert foi.reference == "FOI 2291/24"
    assert foi.responded_date == date(2024, 6, 17)
    assert foi.received_date == date(2024, 5, 20)
    assert pairs(foi) == EXPECTED


def test_header_box_read_once_and_running_header_left_alone():
    text = extract(_letter(False), filename="letter.docx").text
    assert text.count("Our ref: FOI 2291/24") == 1  # (not its VML copy too)
    assert text.index("Records Management Unit") < text.index("Dear Applicant")
    assert RUNNING not in text
