"""Columns lined up at tab stops, no table (parsers/extract/tab_fields.py,
parsers/wres/tab_tables.py): a word-processed report whose figures are typed in
paragraphs, the fields separated by tabs (DOCX) or saved as fixed-width inline-block
spans (HTML), under a group line and a year line of the same shape. Built here for a
fictional trust, in words and figures of our own."""

from __future__ import annotations

import html
import io

import pytest

from parsers.extract import extract
from parsers.extract.tab_fields import tab_fields
from parsers.wres.parse import parse_wres
from tests.wres_docs import assert_exact, likelihood, percentage, truth_row

TITLE = "Thornthwaite Moor NHS Trust: Workforce Race Equality Standard figures"
NOTE = "Indicators 1 and 9 are at 31 March; the staff survey figures are of each year's survey."
LINES = [
    ["", "BME", "", "White", ""],
    ["Indicator", "2022/23", "2021/22", "2022/23", "2021/22"],
    ["1. Staff in post (31 March)", "14.2%", "13.1%", "82.5%", "83.9%"],
    ["6. Bullying from colleagues", "27.3%", "28.8%", "22.4%", "23.0%"],
    ["9. Voting board members (31 March)", "10.0%", "9.1%", "90.0%", "90.9%"],
]
RATIO_LINES = [
    ["Relative likelihood", "2022/23", "2021/22"],
    ["2. Appointed from shortlisting (White relative to BME)", "1.71", "1.84"],
    ["3. Formal disciplinary process (BME relative to White)", "0.87", "1.12"],
]
STOPS_MM = (95, 118, 141, 164)

TRUTH = [
    truth_row(1, "percentage", "overall", None, "BME", "2022/23", 14.2),
    truth_row(1, "percentage", "overall", None, "BME", "2021/22", 13.1),
    truth_row(1, "percentage", "overall", None, "White", "2022/23", 82.5),
    truth_row(1, "percentage", "overall", None, "White", "2021/22", 83.9),
    percentage(6, "BME", "2022/23", 27.3),
    percentage(6, "BME", "2021/22", 28.8),
    percentage(6, "White", "2022/23", 22.4),
    percentage(6, "White", "2021/22", 23.0),
    truth_row(9, "percentage", "board_voting", None, "BME", "2022/23", 10.0),
    truth_row(9, "percentage", "board_voting", None, "BME", "2021/22", 9.1),
    truth_row(9, "percentage", "board_voting", None, "White", "2022/23", 90.0),
    truth_row(9, "percentage", "board_voting", None, "White", "2021/22", 90.9),
    likelihood(2, "White", "2022/23", 1.71),
    likelihood(2, "White", "2021/22", 1.84),
    likelihood(3, "BME", "2022/23", 0.87),
    likelihood(3, "BME", "2021/22", 1.12),
]


def _docx() -> bytes:
    import docx
    from docx.shared import Mm

    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph(NOTE)
    for block, stops in ((LINES, STOPS_MM), (RATIO_LINES, STOPS_MM[2:])):
        if block is RATIO_LINES:
            document.add_paragraph("The likelihoods compare the first group named with the second.")
        for fields in block:
            para = document.add_paragraph("\t".join(fields))
            for stop in stops:
                para.paragraph_format.tab_stops.add_tab_stop(Mm(stop))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _html_line(fields: list[str], stops: tuple[int, ...]) -> str:
    widths = [b - a for a, b in zip((0, *stops), stops, strict=False)]
    spans = [
        f"<span style='display: inline-block; width: {w}mm'>{html.escape(x)}</span>"
        for x, w in zip(fields, widths, strict=False)
    ]
    spans += [f"<span>{html.escape(x)}</span>" for x in fields[len(widths) :]]
    return f"<p class='MsoNormal'>{''.join(spans)}</p>"


def _html() -> bytes:
    body = [f"<h1>{TITLE}</h1>", f"<p>{NOTE}</p>"]
    body += [_html_line(f, STOPS_MM) for f in LINES]
    body += ["<p>The likelihoods compare the first group named with the second.</p>"]
    body += [_html_line(f, STOPS_MM[2:]) for f in RATIO_LINES]
    return f"<html><body>{''.join(body)}</body></html>".encode()


@pytest.mark.parametrize(("render", "name"), [(_docx, "figures.docx"), (_html, "figures.html")])
def test_tab_stop_lines_are_a_table(render, name):
    report, _ = parse_wres(extract(render(), filename=name))
    assert_exact(report, TRUTH)


def test_tab_stop_definitions_are_not_tabs():
    # a paragraph's own tab stops (w:pPr/w:tabs) are no tab characters in its text
    doc = extract(_docx(), filename="figures.docx")
    fields = [b.fields for b in doc.blocks if b.fields]
    assert fields[0] == ("", "BME", "", "White", "")
    assert len(fields) == len(LINES) + len(RATIO_LINES)
    assert doc.blocks[2].text == "BME White"


@pytest.mark.parametrize(
    ("raw", "fields"),
    [
        ("Name:\tA. Person", None),  # one tab: a label and its value
        ("a\tb\tc", ("a", "b", "c")),
        ("\t\t", None),  # no field with text
        ("one\ttwo\nthree\tfour\tfive", None),  # not one line
    ],
)
def test_tab_fields(raw, fields):
    assert tab_fields(raw) == fields
