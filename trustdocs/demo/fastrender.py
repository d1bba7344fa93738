"""Fast, dependency-light DOCX and PDF writers for the demo web.

`trustdocs.demo.render` (python-docx and fpdf2) is the reference renderer; it
costs 50-300 ms a document, which is too slow for building ~190 documents every
time the demo web starts. These writers produce the same document model
(paragraphs with a style hint, and ruled tables) directly:

* PDF: the standard Helvetica fonts with WinAnsiEncoding (so the text layer is
  exactly the input text, which must be encodable in cp1252), greedy word wrap,
  tables drawn as ruled cells that pdfplumber finds with its default settings.
  A table that does not fit continues on the next page without repeating its
  header row. A word wider than its cell is split (the only case where the text
  layer differs from the input by more than whitespace).
* DOCX: a minimal WordprocessingML package (document, styles, core properties)
  with "Heading 2" paragraphs for headings and "Table Grid" tables; a line break
  in a table cell becomes a second paragraph in that cell.

Both are deterministic: the same items give the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
import zlib
from collections.abc import Sequence
from xml.sax.saxutils import escape

from fpdf.fonts import CORE_FONTS_CHARWIDTHS

from parsers.extract.model import Item, Table

# ---------------------------------------------------------------- PDF

_PAGE_W, _PAGE_H = 595.28, 841.89
_MARGIN = 56.0
_BOTTOM = 56.0
_FONTS = {
    "regular": ("F1", "helvetica"),
    "bold": ("F2", "helveticaB"),
    "italic": ("F3", "helveticaI"),
}
_BASE_FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def pdf_safe(text: str) -> bool:
    """Whether `text` survives the PDF writer unchanged (cp1252-encodable)."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _encode(text: str) -> bytes:
    return text.encode("cp1252", "replace")


def _width(text: str, font: str, size: float) -> float:
    widths = CORE_FONTS_CHARWIDTHS[_FONTS[font][1]]
    raw = _encode(text)
    return sum(widths.get(chr(b), 500) for b in raw) * size / 1000.0


def _wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Greedy word wrap; explicit newlines are kept; over-long words are split."""
    lines: list[str] = []
    space = _width(" ", font, size)
    for para in text.split("\n"):
        words = para.split()
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        current_w = 0.0
        for word in words:
            w = _width(word, font, size)
            while w > max_width and len(word) > 1:
                # split an over-long word at the widest prefix that fits
                if current:
                    lines.append(" ".join(current))
                    current, current_w = [], 0.0
                cut = len(word) - 1
                while cut > 1 and _width(word[:cut], font, size) > max_width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                w = _width(word, font, size)
            needed = w if not current else current_w + space + w
            if current and needed > max_width:
                lines.append(" ".join(current))
                current, current_w = [word], w
            else:
                current.append(word)
                current_w = needed
        if current:
            lines.append(" ".join(current))
    return lines


def _pdf_string(text: str) -> bytes:
    raw = _encode(text)
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


class _PdfWriter:
    def __init__(self) -> None:
        self.pages: list[list[bytes]] = []
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = _PAGE_H - _MARGIN

    def ensure(self, height: float) -> None:
        if self.y - height < _BOTTOM and self.y < _PAGE_H - _MARGIN - 1:
            self.new_page()

    def text(self, x: float, y: float, text: str, font: str, size: float) -> None:
        name = _FONTS[font][0]
        self.pages[-1].append(
            b"BT /%s %.1f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET"
            % (name.encode(), size, x, y, _pdf_string(text))
        )

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self.pages[-1].append(b"%.2f %.2f %.2f %.2f re S" % (x, y, w, h))

    def paragraph(
        self, text: str, font: str, size: float, after: float, keep_next: float = 0.0
    ) -> None:
        leading = size * 1.3
        lines = _wrap(text, font, size, _PAGE_W - 2 * _MARGIN) or [""]
        if keep_next:  # headings and captions stay with what follows
            self.ensure(len(lines) * leading + keep_next)
        for line in lines:
            self.ensure(leading)
            self.y -= leading
            if line:
                self.text(_MARGIN, self.y + size * 0.25, line, font, size)
        self.y -= after

    def table(self, rows: list[list[str]], size: float = 8.0) -> None:
        n_cols = max((len(r) for r in rows), default=0)
        if not n_cols:
            return
        rows = [list(r) + [""] * (n_cols - len(r)) for r in rows]
        pad = 3.0
        leading = size * 1.25
        avail = _PAGE_W - 2 * _MARGIN
        min_w = [0.0] * n_cols
        max_w = [0.0] * n_cols
        for row in rows:
            for i, cell in enumerate(row):
                for line in cell.split("\n"):
                    max_w[i] = max(max_w[i], _width(line, "regular", size) + 2 * pad)
                    for word in line.split():
                        min_w[i] = max(min_w[i], _width(word, "regular", size) + 2 * pad)
        min_w = [max(m, 24.0) for m in min_w]
        max_w = [max(a, b) for a, b in zip(max_w, min_w, strict=True)]
        if sum(max_w) <= avail:
            widths = [w * avail / sum(max_w) for w in max_w]
        elif sum(min_w) >= avail:
            widths = [w * avail / sum(min_w) for w in min_w]
        else:
            spare = avail - sum(min_w)
            stretch = sum(b - a for a, b in zip(min_w, max_w, strict=True)) or 1.0
            widths = [a + (b - a) * spare / stretch for a, b in zip(min_w, max_w, strict=True)]
        self.y -= 4
        laid_out = []
        for row in rows:
            wrapped = [
                _wrap(cell, "regular", size, widths[i] - 2 * pad) if cell else []
                for i, cell in enumerate(row)
            ]
            laid_out.append((wrapped, max(1, *(len(w) for w in wrapped)) * leading + 2 * pad))
        # keep the header row with at least two rows below it
        self.ensure(sum(h for _, h in laid_out[:3]))
        for wrapped, height in laid_out:
            self.ensure(height)
            top = self.y
            x = _MARGIN
            for i, lines in enumerate(wrapped):
                self.rect(x, top - height, widths[i], height)
                ty = top - pad
                for line in lines:
                    ty -= leading
                    if line:
                        self.text(x + pad, ty + size * 0.3, line, "regular", size)
                x += widths[i]
            self.y = top - height
        self.y -= 10

    def output(self, title: str | None) -> bytes:
        objects: list[bytes] = []

        def add(body: bytes) -> int:
            objects.append(body)
            return len(objects)

        catalog = add(b"")  # filled below
        pages_id = add(b"")
        font_ids = {}
        for name, base in _BASE_FONTS.items():
            font_ids[name] = add(
                b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
                % base.encode()
            )
        fonts = b" ".join(b"/%s %d 0 R" % (n.encode(), i) for n, i in font_ids.items())
        kids = []
        for ops in self.pages:
            stream = zlib.compress(b"0.5 w\n" + b"\n".join(ops), 6)
            content = add(
                b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream"
                % (len(stream), stream)
            )
            kids.append(
                add(
                    b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] "
                    b"/Resources << /Font << %s >> >> /Contents %d 0 R >>"
                    % (pages_id, _PAGE_W, _PAGE_H, fonts, content)
                )
            )
        objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
        objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
            b" ".join(b"%d 0 R" % k for k in kids),
            len(kids),
        )
        info = add(
            b"<< /Title %s /Producer (trustdocs demo) /CreationDate (D:20240101000000Z) >>"
            % _pdf_string(title or "")
        )
        out = io.BytesIO()
        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(objects, start=1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        for off in offsets:
            out.write(b"%010d 00000 n \n" % off)
        digest = hashlib.md5(b"".join(objects), usedforsecurity=False).hexdigest().encode()
        out.write(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, catalog, info, digest, digest, xref)
        )
        return out.getvalue()


def render_pdf_fast(items: Sequence[Item], title: str | None = None) -> bytes:
    writer = _PdfWriter()
    for item in items:
        if isinstance(item, Table):
            writer.table([list(r) for r in item.rows])
        elif item.style == "heading":
            writer.y -= 4
            writer.paragraph(item.text, "bold", 13, 4, keep_next=60)
        elif item.style == "bold":
            writer.paragraph(item.text, "bold", 10, 4, keep_next=60)
        elif item.style == "italic":
            writer.paragraph(item.text, "italic", 10, 4)
        else:
            writer.paragraph(item.text, "regular", 10, 4)
    return writer.output(title)


# ---------------------------------------------------------------- DOCX

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
_DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    "</Relationships>"
)
_BORDERS = "".join(
    f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    for side in ("top", "left", "bottom", "right", "insideH", "insideV")
)
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:styles xmlns:w="{_W}">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
    '<w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>'
    '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
    f'<w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>{_BORDERS}</w:tblBorders></w:tblPr></w:style>'
    "</w:styles>"
)
_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>trustdocs demo</Application></Properties>"
)


def _run(text: str, bold: bool = False, italic: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _core(title: str | None) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title or '')}</dc:title><dc:creator>trustdocs demo</dc:creator>"
        "<cp:lastModifiedBy>trustdocs demo</cp:lastModifiedBy><cp:revision>1</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


def render_docx_fast(items: Sequence[Item], title: str | None = None) -> bytes:
    body: list[str] = []
    for item in items:
        if isinstance(item, Table):
            n_cols = item.n_cols or 1
            width = 9000 // n_cols
            parts = [
                '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
                'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>',
                f'<w:gridCol w:w="{width}"/>' * n_cols,
                "</w:tblGrid>",
            ]
            for row in item.rows:
                parts.append("<w:tr>")
                for i in range(n_cols):
                    cell = row[i] if i < len(row) else ""
                    paras = "".join(
                        f"<w:p>{_run(line) if line else ''}</w:p>" for line in cell.split("\n")
                    )
                    parts.append(
                        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{paras}</w:tc>'
                    )
                parts.append("</w:tr>")
            parts.append("</w:tbl><w:p/>")
            body.append("".join(parts))
        elif item.style == "heading":
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>{_run(item.text)}</w:p>')
        else:
            body.append(
                f"<w:p>{_run(item.text, bold=item.style == 'bold', italic=item.style == 'italic')}</w:p>"
            )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>'
        + "".join(body)
        + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
        'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
        "</w:body></w:document>"
    )
    parts_out = [
        ("[Content_Types].xml", _CONTENT_TYPES),
        ("_rels/.rels", _ROOT_RELS),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", _DOC_RELS),
        ("word/styles.xml", _STYLES),
        ("docProps/core.xml", _core(title)),
        ("docProps/app.xml", _APP),
    ]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts_out:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return out.getvalue()
