"""A reply's question/answer table typed as fixed-width text (a plain-text e-mail whose
table was flattened into columns, each cell wrapped inside its column): read as a
table (parsers.extract.text_tables) from an HTML <pre>, DOCX paragraphs and PDF lines
in a fixed-pitch face (parsers.extract.pdf_typed_tables) and plain text, whether its
columns are parted by spaces under a rule of dashes or drawn as a '+---+' grid, so
each row is one item. Every letter is made up and built in code."""

from __future__ import annotations

import html
import io
import textwrap
from contextlib import nullcontext
from itertools import zip_longest

import docx
import pytest
from fpdf import FPDF

from parsers import parse_document
from parsers.extract.text_tables import find_text_tables
from parsers.foi.labeller import using_labeller
from tests.test_foi_styles import norm

TRUST = "Harefield Marsh NHS Trust"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
ROWS = [
    (
        "How many portable ultrasound machines does the Trust own?",
        ["The Trust owns nineteen portable ultrasound machines."],
    ),
    (
        "What did the Trust pay its window-cleaning contractor in 2024/25, and how was the "
        "contract let?",
        [
            "The contract was let after a mini-competition on a regional framework.",
            "The sum paid is withheld under section 43(2), as the contract is being retendered.",
        ],
    ),
    (
        "Does the Trust run a staff car-share scheme?",
        ["Yes. Around 140 members of staff are registered with it."],
    ),
]
WIDTHS = (5, 28, 34)


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False)


def _ruled() -> list[str]:
    """Columns parted by spaces under a rule of dashes, a blank line between rows."""
    line = "   ".join(f"{{:<{w}}}" for w in WIDTHS)
    out = [line.format("Ref", "What you asked", "Our answer").rstrip()]
    out.append("   ".join("-" * w for w in WIDTHS))
    for n, (asked, said) in enumerate(ROWS, 1):
        pieces = [p for para in said for p in _wrap(para, WIDTHS[2])]
        for cells in zip_longest([f"{n}."], _wrap(asked, WIDTHS[1]), pieces, fillvalue=""):
            out.append(line.format(*cells).rstrip())
        out.append("")
    return out[:-1]


def _grid() -> list[str]:
    """An ASCII grid: '+---+' borders round every row, '|' walls."""
    line = "| " + " | ".join(f"{{:<{w}}}" for w in WIDTHS) + " |"
    border = "+" + "+".join("-" * (w + 2) for w in WIDTHS) + "+"
    out = [border, line.format("No", "Request", "Reply"), border]
    for n, (asked, said) in enumerate(ROWS, 1):
        pieces = [p for para in said for p in _wrap(para, WIDTHS[2])]
        for cells in zip_longest([f"R{n}"], _wrap(asked, WIDTHS[1]), pieces, fillvalue=""):
            out.append(line.format(*cells))
        out.append(border)
    return out


def _email(table: list[str]) -> list[str]:
    return [
        "Subject: Your information request HM/IR/25/0388",
        "Date: 11 July 2025",
        "",
        "Dear Mr Okonjo-Reyes,",
        "",
        "Thank you for your request of 16 June 2025. Our answers are in the table below.",
        "",
        *table,
        "",
        "If you are unhappy with how we dealt with your request, you may ask for an",
        "internal review within 40 working days.",
        "",
        "Kind regards",
        "Tamsin Achebe-Lowry",
        "Information Rights Officer",
        TRUST,
    ]


def _docx(lines: list[str]) -> bytes:
    d = docx.Document()
    for text in lines:
        para = d.add_paragraph()
        para.paragraph_format.space_after = 0
        if text:
            para.add_run(text).font.name = "Courier New"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf(lines: list[str]) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("Typed", "", MONO)
    pdf.set_font("Typed", size=8.5)
    for text in lines:
        pdf.cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _html(lines: list[str]) -> bytes:
    body = f"<pre>{html.escape(chr(10).join(lines))}</pre>"
    return f"<!DOCTYPE html><html><body>{body}</body></html>".encode()


def _txt(lines: list[str]) -> bytes:
    return "\n".join(lines).encode()


RENDER = {"docx": _docx, "pdf": _pdf, "html": _html, "txt": _txt}


def _read(lines: list[str], fmt: str, model: str):
    with using_labeller(None) if model == "rules only" else nullcontext():
        result = parse_document(RENDER[fmt](lines), filename=f"reply.{fmt}", kind_hint="foi")
    assert result.foi is not None, result.error
    return result.foi


@pytest.mark.parametrize("model", ["rules only", "labeller"])
@pytest.mark.parametrize("fmt", ["docx", "pdf", "html", "txt"])
@pytest.mark.parametrize(("drawn", "label"), [(_ruled, "{n}"), (_grid, "R{n}")])
def test_a_typed_table_reads_one_item_per_row(drawn, label, fmt, model):
    foi = _read(_email(drawn()), fmt, model)
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    want = [(label.format(n=n), q, " ".join(a)) for n, (q, a) in enumerate(ROWS, 1)]
    assert got == want
    assert [(e.law, e.section) for e in foi.exemptions] == [("FOIA", "43(2)")]


def test_cells_are_joined_per_row_and_heads_kept():
    (table,) = find_text_tables(_ruled())
    assert table.rows[0] == ["Ref", "What you asked", "Our answer"]
    assert [r[0] for r in table.rows[1:]] == ["1.", "2.", "3."]
    assert table.rows[2][2] == " ".join(ROWS[1][1])
    (grid,) = find_text_tables(_grid())
    assert grid.rows[0] == ["No", "Request", "Reply"] and len(grid.rows) == 4


def test_a_word_broken_after_its_hyphen_is_joined_whole():
    lines = [
        "Item   Detail",
        "-----  ---------------",
        "A      the window-",
        "       cleaning round",
        "B      none",
    ]
    (table,) = find_text_tables(lines)
    assert table.rows[1] == ["A", "the window-cleaning round"]


def test_prose_and_lone_rules_are_no_table():
    lines = [
        "Thank you for writing to us.",
        "-----------------------------",
        "The answers follow.",
        "",
        "-- ",
        "Sent from the records office",
        "----   ----",
        "A line of prose that runs right across where any column would be.",
    ]
    assert find_text_tables(lines) == []


def _aligned() -> list[str]:
    """Heads and columns parted by spaces alone, no rule, a blank line between rows."""
    line = "  ".join(f"{{:<{w}}}" for w in WIDTHS)
    out = [line.format("#", "Question", "Response").rstrip()]
    for n, (asked, said) in enumerate(ROWS, 1):
        pieces = [p for para in said for p in _wrap(para, WIDTHS[2])]
        for cells in zip_longest([f"({n})"], _wrap(asked, WIDTHS[1]), pieces, fillvalue=""):
            out.append(line.format(*cells).rstrip())
        out.append("")
    return out[:-1]


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html", "txt"])
def test_columns_parted_by_spaces_alone_are_a_table(fmt):
    foi = _read(_email(["", *_aligned()]), fmt, "rules only")
    got = [(it.label, norm(it.question), norm(it.answer)) for it in foi.items]
    assert got == [(str(n), q, " ".join(a)) for n, (q, a) in enumerate(ROWS, 1)]


def test_aligned_head_fields_are_no_table():
    lines = [
        "Our ref:     HM/IR/25/0388      Date:  11 July 2025",
        "Your ref:    none given         Team:  Information Rights",
        "Contact:     Tamsin Achebe-Lowry",
    ]
    assert find_text_tables(lines) == []
