"""Hostile documents generated in code, for the fuzzing tests and `make bench-fuzz`.

Every class of trouble issue #15 lists is built here from scratch (no file is
read from disk): zip and XML bombs, XXE, broken and encrypted PDFs, enormous
pages and page counts, deep nesting, pathological regex and charset input, bad
attributes, and the "doubtful text" cases (rotated page, shifted font, absurd
dates). `seeds()` gives small well-formed letters (PDF, DOCX, HTML, text) for
mutation fuzzing, and `mutate()` damages one deterministically from a seed.
"""

from __future__ import annotations

import io
import random
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

# ---------------------------------------------------------------- raw PDF writer


def pdf_from_objects(objects: list[bytes], trailer: bytes = b"", root: int = 1) -> bytes:
    """A PDF whose object n is objects[n-1] (the body between `n 0 obj` and
    `endobj`), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        trailer,
        xref,
    )
    return bytes(out)


def stream(data: bytes, extra: bytes = b"", compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _text_ops(lines: list[str], x: float = 72, y: float = 770, size: int = 11) -> bytes:
    ops = [b"BT /F1 %d Tf %d TL %.1f %.1f Td" % (size, size + 3, x, y)]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + safe.encode("latin-1") + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def simple_pdf(
    pages: list[bytes],
    media: tuple[float, float] = (595, 842),
    page_extra: bytes = b"",
    font: bytes = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
) -> bytes:
    """A PDF with one content stream per page and a Helvetica font /F1."""
    n = len(pages)
    objs: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", font]
    kids = []
    for content in pages:
        page_no = len(objs) + 1
        kids.append(b"%d 0 R" % page_no)
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> %s>>"
            % (media[0], media[1], page_no + 1, page_extra)
        )
        objs.append(stream(content))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), n)
    return pdf_from_objects(objs)


LETTER_LINES = [
    "Freedom of Information Request Reference: FOI 1234",
    "Date: 3 June 2025",
    "Dear Requester,",
    "Thank you for your request received on 6 May 2025.",
    "1. How many beds does the Trust have?",
    "The Trust has 120 beds.",
    "2. Does the Trust use agency staff?",
    "Yes.",
    "Yours sincerely, Information Governance Team",
]


# ---------------------------------------------------------------- PDF hostiles


def pdf_letter() -> bytes:
    return simple_pdf([_text_ops(LETTER_LINES)])


def pdf_many_pages(n: int = 3000) -> bytes:
    """n page objects sharing one small content stream."""
    objs: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        stream(_text_ops(["Page of a very long document about beds and staff."])),
    ]
    kids = []
    for _ in range(n):
        kids.append(b"%d 0 R" % (len(objs) + 1))
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>"
        )
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), n)
    return pdf_from_objects(objs)


def pdf_many_chars(n: int = 260_000) -> bytes:
    """One page with n characters (tiny type, many lines)."""
    per_line = 400
    lines = ["x" * per_line for _ in range(n // per_line)]
    return simple_pdf([_text_ops(lines, x=5, y=835, size=1)])


def pdf_rectangles(n: int = 50_000) -> bytes:
    """A page of text under n small rectangles (a chart with many markers)."""
    rng = random.Random(7)
    ops = [_text_ops(LETTER_LINES[:4])]
    for _ in range(n):
        ops.append(b"%.1f %.1f 2 2 re S" % (rng.uniform(20, 570), rng.uniform(20, 600)))
    return simple_pdf([b"\n".join(ops)])


def pdf_flate_bomb(mb: int = 150) -> bytes:
    """A page whose content stream inflates to `mb` MB of spaces."""
    comp = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    data = b"".join(comp.compress(chunk) for _ in range(mb)) + comp.flush()
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        content,
    ]
    return pdf_from_objects(objs)


def pdf_image_bomb(side: int = 20_000) -> bytes:
    """A blank-looking page whose only content is a side×side grey image that
    inflates to side² bytes (a memory bomb for whatever renders it)."""
    comp = zlib.compressobj(9)
    row = b"\x00" * side
    data = b"".join(comp.compress(row) for _ in range(side)) + comp.flush()
    image = (
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length %d /Filter /FlateDecode >>\nstream\n"
        % (side, side, len(data))
        + data
        + b"\nendstream"
    )
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im0 5 0 R >> >> >>",
        stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q"),
        image,
    ]
    return pdf_from_objects(objs)


def pdf_xobject_fanout(levels: int = 12, fan: int = 10) -> bytes:
    """Form XObjects each drawing the next `fan` times: fan**levels draws from a
    few KB (the "recursive XObject" memory bomb). The last one draws text."""
    objs: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"",  # page
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        stream(b"/X0 Do"),  # page content
    ]
    first = len(objs) + 1
    for i in range(levels):
        me = first + i
        if i == levels - 1:
            body = b"BT /F1 10 Tf 72 700 Td (Hello bomb) Tj ET"
            res = b"/Resources << /Font << /F1 4 0 R >> >>"
        else:
            body = b" ".join(b"/X0 Do" for _ in range(fan))
            res = b"/Resources << /XObject << /X0 %d 0 R >> >>" % (me + 1)
        objs.append(stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] " + res))
    objs[2] = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /XObject << /X0 %d 0 R >> >> >>" % first
    )
    return pdf_from_objects(objs)


def pdf_xobject_cycle() -> bytes:
    """A form XObject that draws itself."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /X0 5 0 R >> >> >>",
        stream(b"/X0 Do"),
        stream(
            b"/X0 Do /X0 Do",
            b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
            b"/Resources << /XObject << /X0 5 0 R >> >>",
        ),
    ]
    return pdf_from_objects(objs)


def pdf_huge_mediabox(side: float = 7000) -> bytes:
    """A blank page 7,000 pt square: rendering it at 200 dpi would take ~3.7 GB."""
    return simple_pdf([b""], media=(side, side))


def pdf_rotated_letter() -> bytes:
    """A page with /Rotate 90 whose text is set horizontally in the page's own
    coordinates (a landscape table saved this way): displayed, it runs down the
    screen, and read as displayed its words come out in the wrong order."""
    return simple_pdf([_text_ops(LETTER_LINES)], page_extra=b"/Rotate 90 ")


_LOWER = "abcdefghijklmnopqrstuvwxyz"


def pdf_shifted_font() -> bytes:
    """Helvetica with a /Differences array that moves every lower-case letter one
    on: the page prints normal letters but the text layer reads as gibberish."""
    diffs = b" ".join(b"/" + _LOWER[(i + 1) % 26].encode() for i in range(26))
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [97 "
        + diffs
        + b"] >> >>"
    )
    return simple_pdf([_text_ops(LETTER_LINES)], font=font)


def pdf_corrupt_xref() -> bytes:
    good = pdf_letter()
    at = good.rindex(b"xref")
    # offsets all wrong, startxref past the end
    broken = good[:at] + b"xref\n0 9\n" + b"0000099999 00000 n \n" * 9
    return broken + b"trailer\n<< /Size 9 /Root 77 0 R >>\nstartxref\n999999\n%%EOF\n"


def pdf_encrypted() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "\n".join(LETTER_LINES))
    return bytes(pdf.output())


def pdf_date_9999() -> bytes:
    lines = list(LETTER_LINES)
    lines[1] = "Date: 1 January 9999"
    lines[3] = "Thank you for your request received on 1 January 1066."
    return simple_pdf([_text_ops(lines)])


# ---------------------------------------------------------------- zip/XML hostiles

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def _para(text: str, num: tuple[int, int] | None = None) -> str:
    ppr = ""
    if num:
        ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr></w:pPr>'
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def document_xml(body: str, prolog: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    )


def docx_from_parts(
    parts: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED
) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


def docx_letter() -> bytes:
    body = "".join(_para(line) for line in LETTER_LINES)
    return docx_from_parts({"word/document.xml": document_xml(body)})


def docx_python_docx_letter() -> bytes:
    """A letter as Word would save it (styles, numbering, a table), via python-docx."""
    import docx

    d = docx.Document()
    d.add_heading("Freedom of Information Request FOI 1234", level=1)
    d.add_paragraph("Date: 3 June 2025")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("Thank you for your request received on 6 May 2025.")
    d.add_paragraph("How many beds does the Trust have?", style="List Number")
    d.add_paragraph("The Trust has 120 beds.")
    table = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("Year", "Beds"), ("2023", "118"), ("2024", "120")]):
        table.cell(r, 0).text = a
        table.cell(r, 1).text = b
    d.add_paragraph("Yours sincerely, Information Governance Team")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def docx_zip_bomb(mb: int = 400) -> bytes:
    """An honest zip bomb: document.xml really inflates to `mb` MB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(document_xml("").encode()[: -len("</w:body></w:document>")])
            chunk = b"<w:p/>" * (1024 * 1024 // 6)
            for _ in range(mb):
                fh.write(chunk)
            fh.write(b"</w:body></w:document>")
    return buf.getvalue()


def _raw_zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip written by hand: (name, raw deflate data, crc, declared size)."""
    import struct

    out = bytearray()
    central = bytearray()
    for name, comp, crc, size in members:
        nb = name.encode()
        off = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(comp), size, len(nb), 0
        )
        out += nb + comp
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            8,
            0,
            0,
            crc,
            len(comp),
            size,
            len(nb),
            0,
            0,
            0,
            0,
            0,
            off,
        )
        central += nb
    cd_off = len(out)
    out += central
    out += struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), cd_off, 0
    )
    return bytes(out)


def _deflate(chunks) -> tuple[bytes, int]:
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc = 0
    parts = []
    for chunk in chunks:
        crc = zlib.crc32(chunk, crc)
        parts.append(comp.compress(chunk))
    parts.append(comp.flush())
    return b"".join(parts), crc


def docx_lying_zip_bomb(mb: int = 300) -> bytes:
    """A zip bomb whose headers claim document.xml is 1 KB."""
    head = document_xml("").encode()[: -len("</w:body></w:document>")]
    chunk = b"<w:p/>" * (1024 * 1024 // 6)
    comp, crc = _deflate([head] + [chunk] * mb + [b"</w:body></w:document>"])
    ct, ct_crc = _deflate([_CT.encode()])
    return _raw_zip(
        [("[Content_Types].xml", ct, ct_crc, len(_CT)), ("word/document.xml", comp, crc, 1024)]
    )


def docx_near_bomb() -> bytes:
    """Just under the ratio guard: 1 MB members at ratio ~190, many of them."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        rng = random.Random(3)
        body = []
        for i in range(2000):
            body.append(_para(f"Paragraph {i} " + "".join(rng.choice("ab ") for _ in range(400))))
        zf.writestr("word/document.xml", document_xml("".join(body)))
    return buf.getvalue()


def docx_billion_laughs() -> bytes:
    ents = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    ]
    prolog = "<!DOCTYPE w:document [" + "".join(ents) + "]>"
    return docx_from_parts({"word/document.xml": document_xml(_para("&lol9;"), prolog)})


def docx_xxe(secret_path: str) -> bytes:
    prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret_path}">]>'
    return docx_from_parts({"word/document.xml": document_xml(_para("leak: &xxe;"), prolog)})


def docx_xxe_late(secret_path: str) -> bytes:
    """The DOCTYPE after 4 KB of whitespace-free padding comment (a guard that only
    looks at the first bytes would miss it)."""
    pad = "<!--" + "x" * 6000 + "-->"
    prolog = f'{pad}<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret_path}">]>'
    return docx_from_parts({"word/document.xml": document_xml(_para("leak: &xxe;"), prolog)})


def _numbering(start: str, fmt: str = "upperRoman") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W_NS}">'
        f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


def docx_roman_huge() -> bytes:
    body = "".join(_para(q, (1, 0)) for q in ("How many beds?", "How many staff?"))
    return docx_from_parts(
        {"word/document.xml": document_xml(body), "word/numbering.xml": _numbering("10" * 9)}
    )


def docx_bad_attribute() -> bytes:
    """A bad w:start value and a bad ilvl: the list loses its numbers, the
    letter is still read."""
    body = "".join(_para(q, (1, 0)) for q in LETTER_LINES)
    body += '<w:p><w:pPr><w:numPr><w:ilvl w:val="x"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Last line.</w:t></w:r></w:p>'
    return docx_from_parts(
        {"word/document.xml": document_xml(body), "word/numbering.xml": _numbering("one")}
    )


def docx_nested_tables(depth: int = 40) -> bytes:
    inner = _para("deepest answer text")
    for i in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{_para(f'level {depth - i}')}{inner}</w:tc><w:tc>{_para('x')}</w:tc></w:tr></w:tbl>"
    return docx_from_parts({"word/document.xml": document_xml(_para("Dear Requester,") + inner)})


def ooxml_encrypted() -> bytes:
    """What Word saves with a password: an OLE compound file, not a zip."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff"
    body = "EncryptionInfo EncryptedPackage".encode("utf-16-le")
    return header + b"\x00" * 482 + body + b"\x00" * 3000


def zip_shuffled(data: bytes, seed: int) -> bytes:
    """The same members in another order, one of them possibly dropped."""
    rng = random.Random(seed)
    src = zipfile.ZipFile(io.BytesIO(data))
    infos = src.infolist()
    rng.shuffle(infos)
    if len(infos) > 1 and rng.random() < 0.5:
        infos.pop(rng.randrange(len(infos)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in infos:
            zf.writestr(info.filename, src.read(info.filename))
    return buf.getvalue()


# ---------------------------------------------------------------- HTML / text hostiles


def html_letter() -> bytes:
    body = "".join(f"<p>{line}</p>" for line in LETTER_LINES)
    return f"<!doctype html><html><head><title>FOI 1234</title></head><body><main>{body}</main></body></html>".encode()


def html_deep(depth: int = 100_000) -> bytes:
    return (
        "<html><body><p>Dear Requester,</p>"
        + "<div>" * depth
        + "deepest text"
        + "</div>" * depth
        + "</body></html>"
    ).encode()


def html_punycode(mb: int = 3) -> bytes:
    head = b'<html><head><meta charset="punycode"></head><body><p>'
    return head + b"a" * (mb * 1024 * 1024) + b"-" + b"\x80" * 100 + b"</p></body></html>"


def html_xxe(secret_path: str) -> bytes:
    return (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret_path}">]>'
        "<html><body><p>leak: &xxe;</p></body></html>"
    ).encode()


def html_bad_attributes() -> bytes:
    return (
        b"<html><body><p>Dear Requester,</p><table>"
        b'<tr><td colspan="a lot">Year</td><td colspan="99999999999999999999">Beds</td></tr>'
        b'<tr><td colspan="-3">2024</td><td rowspan="x">120</td></tr></table></body></html>'
    )


def text_brackets(n: int = 300_000) -> bytes:
    return b"[" * n + b"](" * 10


def text_markdown_emphasis(n: int = 100_000) -> bytes:
    return b"**" + b"a*" * n + b"\n"


def text_utf16() -> bytes:
    return ("\ufeff" + "\n\n".join(LETTER_LINES)).encode("utf-16-le")


def text_cp1252() -> bytes:
    return "\n\n".join([*LETTER_LINES, "Cost: \u00a3450 \u2013 \u201cquoted\u201d"]).encode(
        "cp1252"
    )


def thread_lone_surrogate() -> bytes:
    """A WhatDoTheyKnow-style thread export whose JSON escapes lone UTF-16
    surrogates (the 448-byte file that crashed saving in issue #15)."""
    return (
        b'{"title": "Beds \\ud800 request", "events": ['
        b'{"type": "outgoing", "created_at": "2025-05-06", "body": "Dear Trust, how many '
        b'beds do you have? \\ud800"}, {"type": "response", "created_at": "2025-06-03", '
        b'"body": "Dear Requester, the Trust has 120 beds. \\udc00 Yours sincerely"}]}'
    )


def binary_junk(n: int = 65_536, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(n)


# ---------------------------------------------------------------- the catalogue


@dataclass
class Case:
    """One hostile document and what it must give: `statuses` allowed, text that
    must never appear in the output, and any warning/flag substring expected."""

    name: str
    make: Callable[[], bytes]
    statuses: tuple[str, ...] = ("ok", "partial", "failed", "unsupported", "scanned")
    filename: str | None = None
    content_type: str | None = None
    forbidden: tuple[str, ...] = ()
    expect_warning: str | None = None
    expect_error: str | None = None
    max_confidence: float | None = None
    extra: dict = field(default_factory=dict)


SECRET = "TOP-SECRET-XXE-CANARY-4242"


def cases(secret_path: str) -> list[Case]:
    """Every hostile class; `secret_path` is a local file holding SECRET."""
    bad = ("failed", "unsupported")
    return [
        Case("zero_bytes", lambda: b"", bad, expect_error="empty"),
        Case("binary_junk", binary_junk, bad),
        Case("truncated_pdf", lambda: pdf_letter()[:300], bad),
        Case("truncated_docx", lambda: docx_python_docx_letter()[:2000], bad),
        Case("corrupt_xref", pdf_corrupt_xref),
        Case("encrypted_pdf", pdf_encrypted, ("failed",), expect_error="encrypted"),
        Case(
            "encrypted_ooxml",
            ooxml_encrypted,
            bad,
            filename="letter.docx",
            expect_error="encrypted",
        ),
        Case("zip_bomb", docx_zip_bomb, ("failed",), expect_error="zip bomb"),
        Case("zip_bomb_lying", docx_lying_zip_bomb, ("failed",)),
        Case("zip_near_bomb", docx_near_bomb),
        Case("billion_laughs", docx_billion_laughs, ("failed",), forbidden=("lollollol",)),
        Case("xxe_docx", lambda: docx_xxe(secret_path), ("failed",), forbidden=(SECRET,)),
        Case("xxe_docx_late", lambda: docx_xxe_late(secret_path), ("failed",), forbidden=(SECRET,)),
        Case("xxe_html", lambda: html_xxe(secret_path), forbidden=(SECRET,)),
        Case(
            "pages_3000", pdf_many_pages, ("partial",), expect_warning="3,000 pages: first 500 read"
        ),
        Case("chars_200k", pdf_many_chars, ("failed", "partial"), expect_error="budget"),
        Case("rectangles_50k", pdf_rectangles, expect_warning="ruled-table search skipped"),
        Case("flate_bomb", pdf_flate_bomb),
        Case("image_bomb", pdf_image_bomb),
        Case("xobject_fanout", pdf_xobject_fanout),
        Case("xobject_cycle", pdf_xobject_cycle),
        Case("huge_mediabox", pdf_huge_mediabox),
        Case("html_deep", html_deep, expect_warning="nested"),
        Case("html_punycode", html_punycode),
        Case("html_bad_attributes", html_bad_attributes, ("ok", "partial")),
        Case("text_brackets", text_brackets),
        Case("text_emphasis", text_markdown_emphasis),
        Case("docx_roman_huge", docx_roman_huge, ("ok", "partial")),
        Case("docx_bad_attribute", docx_bad_attribute, ("ok", "partial")),
        Case("docx_nested_40", docx_nested_tables, ("ok", "partial"), expect_warning="nested"),
        Case("utf16_text", text_utf16, ("ok", "partial")),
        Case("cp1252_text", text_cp1252, ("ok", "partial")),
        Case("lone_surrogate", thread_lone_surrogate, ("ok", "partial"), filename="thread.json"),
        Case("pdf_as_docx", pdf_letter, ("ok", "partial"), "letter.docx", "text/html"),
        Case("html_as_pdf", html_letter, ("ok", "partial"), "letter.pdf", "application/pdf"),
        Case("docx_as_txt", docx_letter, ("ok", "partial"), "letter.txt", "text/plain"),
        Case("shifted_font", pdf_shifted_font, ("partial",), max_confidence=0.4),
        Case("rotated_page", pdf_rotated_letter, ("ok", "partial")),
        Case("date_9999", pdf_date_9999, ("ok", "partial")),
    ]


def seeds() -> list[tuple[str, bytes]]:
    """Small well-formed documents to mutate."""
    return [
        ("letter.pdf", pdf_letter()),
        ("letter.docx", docx_python_docx_letter()),
        ("plain.docx", docx_letter()),
        ("letter.html", html_letter()),
        ("letter.txt", "\n\n".join(LETTER_LINES).encode()),
        ("thread.json", thread_lone_surrogate()),
    ]


def zip_member_mutated(data: bytes, rng: random.Random) -> bytes:
    """The same zip with one member's content damaged (most often the body XML):
    byte flips in a compressed zip only reach the CRC check, this reaches the parser."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    target = "word/document.xml" if "word/document.xml" in names and rng.random() < 0.7 else None
    target = target or rng.choice(names)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in names:
            content = src.read(name)
            if name == target and content:
                content = mutate(content, rng)
            zf.writestr(name, content)
    return buf.getvalue()


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One random damage: byte flips, a truncation, an inserted or deleted run,
    or for a zip its members shuffled/removed."""
    choice = rng.random()
    if data[:2] == b"PK" and choice < 0.5:
        try:
            if choice < 0.15:
                return zip_shuffled(data, rng.randrange(1 << 30))
            return zip_member_mutated(data, rng)
        except Exception:
            return data[: rng.randrange(1, len(data))]
    buf = bytearray(data)
    if not buf:
        return bytes(buf)
    if choice < 0.55:
        for _ in range(rng.randint(1, 20)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        return bytes(buf)
    if choice < 0.75:
        return bytes(buf[: rng.randrange(1, len(buf))])
    if choice < 0.9:
        at = rng.randrange(len(buf))
        return bytes(buf[:at] + rng.randbytes(rng.randint(1, 64)) + buf[at:])
    at = rng.randrange(len(buf))
    return bytes(buf[:at] + buf[at + rng.randint(1, 256) :])
