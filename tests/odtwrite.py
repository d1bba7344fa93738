"""Write small ODT files in code for the tests: the zip with its `mimetype`,
manifest, `styles.xml` and a `content.xml` built from a few element helpers,
as LibreOffice lays them out (automatic styles for bold spans, list styles
with number formats, spanned and covered table cells)."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

MIME = "application/vnd.oasis.opendocument.text"
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'office:version="1.3"'
)

# Automatic styles every test document may use: a bold and an italic span and
# paragraph style, a page break, and list styles "L1" (1. / a) / i.), "LB"
# (bullets) and "LP" ("(1)"), plus a paragraph style that carries list "L1".
AUTOMATIC_STYLES = """
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="PBR" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="PL" style:family="paragraph" style:list-style-name="L1"/>
<text:list-style style:name="L1">
 <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
 <text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"/>
 <text:list-level-style-number text:level="3" style:num-prefix="(" style:num-suffix=")" style:num-format="i"/>
</text:list-style>
<text:list-style style:name="LB">
 <text:list-level-style-bullet text:level="1" text:bullet-char="•"/>
</text:list-style>
<text:list-style style:name="LP">
 <text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="1"/>
</text:list-style>
"""

STYLES_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}><office:styles>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
  style:parent-style-name="Standard" style:default-outline-level="1"/>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
  style:parent-style-name="Standard" style:default-outline-level="2"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"/>
</office:styles></office:document-styles>"""

MANIFEST = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="{MIME}"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def t(text: str) -> str:
    return escape(text)


def p(text: str, style: str | None = None, raw: bool = False) -> str:
    attr = f' text:style-name="{style}"' if style else ""
    return f"<text:p{attr}>{text if raw else t(text)}</text:p>"


def bold(text: str) -> str:
    return f'<text:span text:style-name="T1">{t(text)}</text:span>'


def h(text: str, level: int = 1) -> str:
    return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{t(text)}</text:h>'


def items(*entries: str, style: str = "L1", attrs: str = "") -> str:
    """A list; each entry is the inner XML of one list item (paragraphs or a nested list)."""
    inner = "".join(f"<text:list-item>{e}</text:list-item>" for e in entries)
    return f'<text:list text:style-name="{style}"{attrs}>{inner}</text:list>'


def sublist(*entries: str) -> str:
    return "".join(f"<text:list-item>{e}</text:list-item>" for e in entries).join(
        ("<text:list>", "</text:list>")
    )


def cell(content: str, span: int = 1, repeat: int = 1) -> str:
    attrs = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    attrs += f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    body = content if content.startswith("<") else p(content)
    covered = "<table:covered-table-cell/>" * (span - 1)
    return f"<table:table-cell{attrs}>{body}</table:table-cell>{covered}"


def table(rows: list[list[str]], header_rows: int = 0, name: str = "Table1") -> str:
    """rows of cell XML (use `cell`) or plain strings (one paragraph per cell)."""

    def row(cells: list[str]) -> str:
        inner = "".join(c if c.startswith("<table:") else cell(c) for c in cells)
        return f"<table:table-row>{inner}</table:table-row>"

    width = max(len(r) for r in rows)
    head = "".join(row(r) for r in rows[:header_rows])
    body = "".join(row(r) for r in rows[header_rows:])
    if head:
        head = f"<table:table-header-rows>{head}</table:table-header-rows>"
    cols = f'<table:table-column table:number-columns-repeated="{width}"/>'
    return f'<table:table table:name="{name}">{cols}{head}{body}</table:table>'


def content_xml(body: str, extra_styles: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
        f"<office:automatic-styles>{AUTOMATIC_STYLES}{extra_styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )


def odt(body: str, title: str | None = None, content: str | None = None) -> bytes:
    """An ODT file whose text body is `body` (or whose content.xml is `content`)."""
    meta_title = f"<dc:title>{t(title)}</dc:title>" if title else ""
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS}>'
        f"<office:meta>{meta_title}</office:meta></office:document-meta>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        # ODF: "mimetype" first and stored, so its bytes can be sniffed
        zf.writestr(zipfile.ZipInfo("mimetype"), MIME, compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/manifest.xml", MANIFEST)
        zf.writestr("styles.xml", STYLES_XML)
        zf.writestr("meta.xml", meta)
        zf.writestr("content.xml", content if content is not None else content_xml(body))
    return buf.getvalue()
