"""A response form filled in (set AG's learning, issue #13): a two-column table of
field titles and values, the form's own fields (reference, dates, the officer who
signed it off) above and below the questions and answers that take turns in it
(parsers.foi.label_column_rows), read from DOCX, PDF and HTML; the DOCX form with its
values in Word content controls (block-level in the table's cells, run-level in the
head's lines), as a form template fills them in. Every letter is made up, in wordings
of its own."""

from __future__ import annotations

import html
import io
import zipfile
from datetime import date

import pytest

from parsers import parse_document
from tests.foi_letters import SIGN_OFF, P, T, render_docx
from tests.test_foi_styles import FORMATS, expect, pairs, read

ASKED = [
    (
        "How many hospital beds were closed for infection control in January 2024?",
        ["An average of 23 beds a day were closed for infection control in January 2024."],
    ),
    (
        "Please provide the Trust's policy on staff wearing lanyards.",
        [
            "The Trust has no policy on lanyards alone.",
            "Its uniform and dress code policy is on the Trust's website and so is exempt "
            "under section 21.",
        ],
    ),
    (
        "Who supplies the Trust's patient meals?",
        ["Patient meals are supplied by the Trust's own catering department."],
    ),
]


def _form_rows() -> list[list[str]]:
    rows = [
        ["Case number", "HWF/4471/24"],
        ["Date logged", "3 April 2024"],
        ["Date closed", "29 April 2024"],
    ]
    for n, (question, answer) in enumerate(ASKED, 1):
        rows += [[f"Enquiry {n}", question], ["Our reply", "\n".join(answer)]]
    rows.append(["Signed off by", "Priya Vandersloot, Disclosure Officer"])
    return rows


def _letter() -> list:
    return [
        P("Hollowford Wells NHS Foundation Trust"),
        P("Information Request Completion Form"),
        T(_form_rows()),
        *SIGN_OFF,
    ]


EXPECTED = expect([(str(n), q, " ".join(a)) for n, (q, a) in enumerate(ASKED, 1)])


@pytest.mark.parametrize("fmt", FORMATS)
def test_form_table_of_titles_and_values(fmt):
    foi = read(_letter(), fmt)
    assert pairs(foi) == EXPECTED
    assert foi.reference == "HWF/4471/24"
    assert (foi.received_date, foi.responded_date) == (date(2024, 4, 3), date(2024, 4, 29))
    assert {(e.law, e.section) for e in foi.exemptions} == {("FOIA", "21")}


def _in_controls(data: bytes) -> bytes:
    """The form with every value cell's paragraphs in a block-level content control,
    and a head line whose value sits in a run-level one, as a form template saves."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    document = docx.Document(io.BytesIO(data))
    for k, row in enumerate(document.tables[0].rows):
        tc = row.cells[1]._tc
        sdt = parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Field {k}"/>'
            f'<w:id w:val="{900 + k}"/></w:sdtPr><w:sdtContent/></w:sdt>'
        )
        for p in tc.findall(qn("w:p")):
            sdt.find(qn("w:sdtContent")).append(p)
        tc.append(sdt)
    head = document.paragraphs[1]._p
    run = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Form name"/></w:sdtPr>'
        "<w:sdtContent><w:r><w:t>Information Request Completion Form</w:t></w:r>"
        "</w:sdtContent></w:sdt>"
    )
    for r in head.findall(qn("w:r")):
        head.remove(r)
    head.append(run)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_form_values_in_content_controls():
    data = _in_controls(render_docx(_letter()))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.read("word/document.xml").count(b"<w:sdtContent>") == len(_form_rows()) + 1
    result = parse_document(data, filename="form.docx", kind_hint="foi")
    foi = result.foi
    assert pairs(foi) == EXPECTED
    assert foi.reference == "HWF/4471/24"
    assert (foi.received_date, foi.responded_date) == (date(2024, 4, 3), date(2024, 4, 29))


def _field(name: str, title: str, value: str, multi: bool) -> str:
    label = f'<label for="{name}">{html.escape(title)}</label>'
    if multi:
        return f'{label}<textarea id="{name}" rows="4" readonly>{html.escape(value)}</textarea>'
    return f'{label}<input type="text" id="{name}" value="{html.escape(value)}" readonly>'


def _form_page() -> bytes:
    """The case system's read-only view of the form: a <form> of read-only fields,
    beside the site's search box (a form of its own, empty)."""
    fields = [
        _field(f"f{k}", title, value, multi=len(value) > 40 or "\n" in value)
        # (the form's sign-off field after the last answer is left out here: read as
        # lines, it would run on from that answer)
        for k, (title, value) in enumerate(_form_rows()[:-1])
    ]
    groups = "".join(f'<div class="form-group">{f}</div>' for f in fields)
    search = '<form action="/search"><input type="search" name="q"><button>Go</button></form>'
    page = (
        "<!DOCTYPE html><html><head><title>FOI response</title></head><body>"
        f"{search}<main><h1>Hollowford Wells NHS Foundation Trust</h1>"
        f'<p>Information Request Completion Form</p><form class="case-view">{groups}</form>'
        f"{''.join(f'<p>{html.escape(p.text)}</p>' for p in SIGN_OFF)}</main></body></html>"
    )
    return page.encode("utf-8")


def test_read_only_form_fields_on_a_web_page():
    foi = parse_document(_form_page(), filename="form.html", kind_hint="foi").foi
    assert pairs(foi) == EXPECTED
    assert foi.reference == "HWF/4471/24"
    assert (foi.received_date, foi.responded_date) == (date(2024, 4, 3), date(2024, 4, 29))


def test_cell_paragraphs_in_custom_xml_are_read():
    """A cell's paragraphs wrapped in custom XML (a bound form field) are its text, as
    the body's are."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    from parsers.extract import extract

    document = docx.Document(io.BytesIO(render_docx(_letter())))
    tc = document.tables[0].rows[0].cells[1]._tc
    wrapper = parse_xml(f'<w:customXml {nsdecls("w")} w:element="caseNumber"/>')
    for p in tc.findall(qn("w:p")):
        wrapper.append(p)
    tc.append(wrapper)
    buf = io.BytesIO()
    document.save(buf)
    (table,) = extract(buf.getvalue(), filename="form.docx").tables
    assert table.rows[0] == ["Case number", "HWF/4471/24"]
