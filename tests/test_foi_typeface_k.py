"""Answers typed beneath each question in a typeface of their own (a letter whose
replies were typed into the request in another font), no numbers or markers: the
font family is part of a block's look (parsers.extract.fonts, parsers.foi.look_pairs),
read from DOCX runs, PDF characters and HTML font-family. A letter whose only other
faces are its letterhead and one quoted code listing is not paired by them. Every
letter is made up and read by the rules alone, the block labeller off."""

from __future__ import annotations

import io
import re

import docx
from fpdf import FPDF

from parsers import parse_document
from parsers.extract import extract
from parsers.foi.labeller import using_labeller
from parsers.foi.look_pairs import look_pairs
from parsers.foi.units import _units

TRUST = "Harrowfield Coast NHS Foundation Trust"
_FONTS = "/usr/share/fonts/truetype/dejavu/"

# (question, answer paragraphs), no numbers
ASKED = [
    (
        "Please tell me how many ambulance handovers took longer than an hour in May 2025.",
        ["There were 213 handovers of more than sixty minutes during May 2025."],
    ),
    (
        "What was the Trust's spend on agency physiotherapists in 2024/25?",
        ["Agency physiotherapy cost the Trust £96,410 in 2024/25.", "No framework was used."],
    ),
    (
        "How many hospital beds were closed for norovirus on 3 February 2025?",
        ["Twenty-two beds on two wards were closed that day."],
    ),
]
HEAD = [
    "Bayside Road, Harrowfield HC2 9DN",
    "Reference: HCF-2025-0771",
    "Date: 20 June 2025",
    "Dear Requester",
    "Thank you for your request of 23 May 2025. Our replies are typed under each request.",
]
CLOSE = ["If you are unhappy you may ask for an internal review.", "Yours sincerely", TRUST]


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def _letter(quoted_code: bool = False) -> list[tuple[str, bool | None]]:
    """(text, typed in the other face) of each paragraph; None: the letterhead's."""
    blocks: list[tuple[str, bool | None]] = [(TRUST, None)] + [(t, False) for t in HEAD]
    if quoted_code:  # one question, a listing quoted under it, plain answers
        blocks.append(("Could you explain what the attached export query below does?", False))
        blocks.append(("SELECT ward, COUNT(*) FROM admissions GROUP BY ward", True))
        for q, answer in ASKED:
            blocks += [(q, False)] + [(a, False) for a in answer]
    else:
        for q, answer in ASKED:
            blocks += [(q, False)] + [(a, True) for a in answer]
    return blocks + [(t, False) for t in CLOSE]


def _docx(blocks: list[tuple[str, bool | None]]) -> bytes:
    d = docx.Document()
    for text, other in blocks:
        run = d.add_paragraph().add_run(text)
        run.font.name = {True: "Consolas", False: "Georgia", None: "Impact"}[other]
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf(blocks: list[tuple[str, bool | None]]) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("Body", "", _FONTS + "DejaVuSans.ttf")
    pdf.add_font("Typed", "", _FONTS + "DejaVuSerif.ttf")
    pdf.add_font("Head", "", _FONTS + "DejaVuSansCondensed.ttf")
    for text, other in blocks:
        pdf.set_font({True: "Typed", False: "Body", None: "Head"}[other], size=10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def _html(blocks: list[tuple[str, bool | None]]) -> bytes:
    face = {
        True: "style=\"font-family: 'Lucida Console', monospace\"",
        False: "",
        None: "style='font-family: Impact'",
    }
    body = "".join(f"<p {face[other]}>{t}</p>" for t, other in blocks)
    return f"<html><body>{body}</body></html>".encode()


RENDER = {"docx": _docx, "pdf": _pdf, "html": _html}


def _read(fmt: str, quoted_code: bool = False):
    data = RENDER[fmt](_letter(quoted_code))
    with using_labeller(None):
        result = parse_document(data, filename=f"letter.{fmt}", kind_hint="foi")
    assert result.foi is not None, result.error
    return data, result.foi


def _want() -> list[tuple[str, str]]:
    return [(q, " ".join(a)) for q, a in ASKED]


def test_docx_answers_in_their_own_typeface():
    _, foi = _read("docx")
    assert [(norm(i.question), norm(i.answer)) for i in foi.items] == _want()


def test_pdf_answers_in_their_own_typeface():
    _, foi = _read("pdf")
    assert [(norm(i.question), norm(i.answer)) for i in foi.items] == _want()


def test_html_answers_in_their_own_font_family():
    _, foi = _read("html")
    assert [(norm(i.question), norm(i.answer)) for i in foi.items] == _want()


def test_letterhead_and_one_quoted_listing_are_no_answers_face():
    for fmt in RENDER:
        data, _ = _read(fmt, quoted_code=True)
        assert look_pairs(_units(extract(data, filename=f"letter.{fmt}"))) is None


def test_labeller_keeps_a_last_typed_answer_that_cites_an_exemption():
    # the last reply explains a withholding: the block labeller reads such a
    # paragraph as the letter's closing, but the answers' typeface ends further on
    from parsers.foi.labeller import default_labeller

    asked = [
        *ASKED,
        (
            "Please provide the findings of the Trust's 2025 audit of theatre utilisation.",
            [
                "The audit findings will be published by the Board in March 2026, and so "
                "are withheld under section 22 of the Act until that date."
            ],
        ),
    ]
    blocks: list[tuple[str, bool | None]] = [(TRUST, None)] + [(t, False) for t in HEAD]
    for q, answer in asked:
        blocks += [(q, False)] + [(a, True) for a in answer]
    blocks += [
        (
            "Should you be dissatisfied with the handling of your request, you may ask "
            "the Head of Information Governance for an internal review within 40 days.",
            False,
        ),
        ("You may then complain to the Information Commissioner if still unhappy.", False),
        ("Yours sincerely", False),
        (TRUST, False),
    ]
    for fmt, draw in RENDER.items():
        with using_labeller(default_labeller()):
            foi = parse_document(draw(blocks), filename=f"l.{fmt}", kind_hint="foi").foi
        assert [(norm(i.question), norm(i.answer)) for i in foi.items] == [
            (q, " ".join(a)) for q, a in asked
        ], fmt
