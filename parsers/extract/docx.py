"""DOCX → blocks and tables in document order, by walking the body XML.

Paragraphs and tables come out in the order they stand in the body (content
controls are unwrapped); Word's automatic list numbering is rendered back into
the text ("1.", "a)") because FOI letters number their questions that way;
style hints: heading (Heading/Title styles), bold / italic / underline (every run with
text), list. A table nested in a cell is flattened into the cell's text, one row per
line with " | " between cells. The zip container is checked for bombs first and
XML is parsed without entity resolution or network access.
"""

from __future__ import annotations

import re

from lxml import etree

from parsers.extract.bold_runs import Piece, one_bold_stretch
from parsers.extract.colours import common_colour, docx_colour
from parsers.extract.docx_headers import first_page_header_boxes
from parsers.extract.docx_layout import DocxLayout, relative_layout
from parsers.extract.docx_layout_tables import bordered_styles, is_layout_table, layout_cells
from parsers.extract.docx_styles import W_TAG, Numbering, Styles, num_pr, parse_part, toggle
from parsers.extract.fonts import common_font
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.extract.tab_fields import tab_fields
from parsers.extract.text_tables import Typed, replace_typed_tables
from parsers.extract.ziputil import open_zip_safely, read_member

MAX_ITEMS = 200_000
MAX_XML_BYTES = 60 * 1024 * 1024  # one XML part: its tree takes ~10x this in memory
MAX_TABLE_NESTING = 5  # deeper tables are read as plain lines, with a warning

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


class _Walker:
    def __init__(
        self, styles: Styles, numbering: Numbering, layout: DocxLayout, bordered: set[str]
    ):
        self.styles = styles
        self.bordered = bordered  # table styles that draw borders
        self.numbering = numbering
        self.layout = layout
        # body paragraphs with their font size and first-line indent in points
        self.laid: list[tuple[TextBlock, float | None, float]] = []
        self.out = Extracted(format="docx", pages=1)
        self.page = 1
        self.table_index = 0
        # every body paragraph's text as typed, for tables typed in fixed-width lines
        self.typed: list[Typed] = []

    def warn_nested(self) -> None:
        note = f"tables nested more than {MAX_TABLE_NESTING} deep: inner tables read as lines"
        if note not in self.out.warnings:
            self.out.warnings.append(note)

    def body(self, el) -> None:
        for child in el:
            if len(self.out.items) > MAX_ITEMS:
                from parsers.extract import ExtractionError

                raise ExtractionError("docx: too many paragraphs; refusing", "too_large")
            tag = child.tag
            if tag == W_TAG + "p":
                self.paragraph(child)
            elif tag == W_TAG + "tbl":
                self.table(child)
            elif tag in (W_TAG + "sdt", W_TAG + "customXml", W_TAG + "smartTag"):
                content = child.find(W_TAG + "sdtContent")
                self.body(content if content is not None else child)

    # -- paragraphs -------------------------------------------------------
    def para_text(self, p) -> str:
        """A paragraph's text. Paragraphs nested in it (text boxes of a
        letterhead) are kept on lines of their own; the fallback copy of a
        text box (mc:Fallback, a VML duplicate) is skipped."""
        parts: list[str] = []
        nested = [False]

        def walk(node, depth: int) -> None:
            for child in node:
                tag = child.tag
                # the paragraph's properties hold its tab stops' definitions (w:tabs/w:tab),
                # not tab characters
                if tag in (_MC_FALLBACK, W_TAG + "pPr"):
                    continue
                if tag == W_TAG + "p":
                    nested[0] = True
                    parts.append("\n")
                    walk(child, depth + 1)
                    parts.append("\n")
                    continue
                if tag == W_TAG + "t":
                    parts.append(child.text or "")
                elif tag == W_TAG + "tab":
                    parts.append("\t")
                elif tag in (W_TAG + "br", W_TAG + "cr"):
                    if child.get(W_TAG + "type") == "page":
                        self.page += 1
                    parts.append("\n")
                elif tag == W_TAG + "noBreakHyphen":
                    parts.append("-")
                elif tag == W_TAG + "sym":
                    parts.append("•")
                if depth < 60:
                    walk(child, depth + 1)

        walk(p, 0)
        text = "".join(parts)
        if nested[0]:
            text = re.sub(r"\n{2,}", "\n", text).strip("\n")
        return text

    def paragraph(self, p) -> None:
        text = self.para_text(p)
        ppr = p.find(W_TAG + "pPr")
        sid = None
        label = None
        numbering = None
        if ppr is not None:
            ps = ppr.find(W_TAG + "pStyle")
            sid = ps.get(W_TAG + "val") if ps is not None else None
            numbering = num_pr(ppr.find(W_TAG + "numPr")) or self.styles.numbering(sid)
            if numbering is not None and text.strip():
                label = self.numbering.label(*numbering)
        fields = tab_fields(text) if label is None else None
        raw, text = text, _tidy(text)
        if not text:
            self.typed.append((None, ""))
            return
        style = self.run_style(p, sid)
        if self.styles.is_heading(sid):
            style = "heading"
        elif label is not None and style is None:
            style = "list"
        if label and label != "•":
            text = f"{label} {text}"
        elif label == "•":
            text = f"• {text}"
        block = TextBlock(text=text, page=self.page, style=style, colour=self.run_colour(p))
        block.font = self.run_font(p)
        block.fields = fields
        block.bold_run = one_bold_stretch(self.run_weights(p, sid))
        self.out.items.append(block)
        self.typed.append((block, raw))
        self.laid.append((block, self.layout.size(p, sid), self.layout.indent(ppr, sid, numbering)))

    def run_font(self, p) -> str | None:
        """The family the paragraph's text runs are set in (w:rFonts), when most
        of its text shares one named on the run (else the style's, None)."""
        fonts: list[str | None] = []
        for r in p.iter(W_TAG + "r"):
            rtext = "".join(t.text or "" for t in r.iter(W_TAG + "t"))
            if not rtext.strip():
                continue
            rpr = r.find(W_TAG + "rPr")
            f = rpr.find(W_TAG + "rFonts") if rpr is not None else None
            name = None if f is None else f.get(W_TAG + "ascii") or f.get(W_TAG + "hAnsi")
            fonts += [name] * len(rtext)
        return common_font(fonts)

    def run_colour(self, p) -> str | None:
        """The colour the paragraph's text runs are set in (w:color), when most of
        its text shares one that is not black."""
        colours: list[str | None] = []
        for r in p.iter(W_TAG + "r"):
            rtext = "".join(t.text or "" for t in r.iter(W_TAG + "t"))
            if not rtext.strip():
                continue
            rpr = r.find(W_TAG + "rPr")
            c = rpr.find(W_TAG + "color") if rpr is not None else None
            colours += [docx_colour(c.get(W_TAG + "val") if c is not None else None)] * len(rtext)
        return common_colour(colours)

    def run_bold(self, rpr, para_bold: bool | None) -> bool | None:
        """Whether a run is bold: its own w:b, else its character style's, else the
        paragraph style's."""
        rs = rpr.find(W_TAG + "rStyle") if rpr is not None else None
        rsid = rs.get(W_TAG + "val") if rs is not None else None
        b = toggle(rpr, "b")
        if b is None:
            b = self.styles.flag(rsid, 2)
        return para_bold if b is None else b

    def run_weights(self, p, sid: str | None) -> list[Piece]:
        """The paragraph's runs as (text, bold) pieces (parsers.extract.bold_runs)."""
        para_bold = self.styles.flag(sid, 2)
        pieces: list[Piece] = []
        for r in p.iter(W_TAG + "r"):
            rtext = "".join(t.text or "" for t in r.iter(W_TAG + "t"))
            pieces.append((rtext, bool(self.run_bold(r.find(W_TAG + "rPr"), para_bold))))
        return pieces

    def run_style(self, p, sid: str | None) -> str | None:
        para_bold = self.styles.flag(sid, 2)
        para_italic = self.styles.flag(sid, 3)
        bold_all = italic_all = under_all = True
        any_text = False
        for r in p.iter(W_TAG + "r"):
            rtext = "".join(t.text or "" for t in r.iter(W_TAG + "t"))
            if not rtext.strip():
                continue
            any_text = True
            rpr = r.find(W_TAG + "rPr")
            rs = rpr.find(W_TAG + "rStyle") if rpr is not None else None
            rsid = rs.get(W_TAG + "val") if rs is not None else None
            b = self.run_bold(rpr, para_bold)
            i = toggle(rpr, "i")
            if i is None:
                i = self.styles.flag(rsid, 3)
            if i is None:
                i = para_italic
            bold_all = bold_all and bool(b)
            italic_all = italic_all and bool(i)
            # underline (w:u, any line kind but "none"), on the run itself
            under_all = under_all and bool(toggle(rpr, "u"))
        if not any_text:
            return None
        if bold_all:
            return "bold"
        if italic_all:
            return "italic"
        if under_all:
            return "underline"
        return None

    # -- tables -----------------------------------------------------------
    def cell_text(self, tc, depth: int) -> str:
        lines: list[str] = []
        for child in tc:
            if child.tag == W_TAG + "p":
                t = _tidy(self.para_text(child))
                ppr = child.find(W_TAG + "pPr")
                numpr = ppr.find(W_TAG + "numPr") if ppr is not None else None
                if numpr is not None and t:
                    nid = numpr.find(W_TAG + "numId")
                    lvl = numpr.find(W_TAG + "ilvl")
                    if nid is not None:
                        try:
                            ilvl = int(lvl.get(W_TAG + "val")) if lvl is not None else 0
                        except (TypeError, ValueError):
                            ilvl = 0
                        lab = self.numbering.label(nid.get(W_TAG + "val"), ilvl)
                        if lab:
                            t = f"{lab} {t}"
                if t:
                    lines.append(t)
            elif child.tag == W_TAG + "tbl" and depth < MAX_TABLE_NESTING:
                for row in self.table_rows(child, depth + 1):
                    cells = [c for c in row if c]
                    if cells:
                        lines.append(" | ".join(cells))
            elif child.tag == W_TAG + "tbl":
                # deeper nesting: the paragraphs of the inner tables as lines, so
                # no text is lost to the limit, and a warning that says so
                self.warn_nested()
                for p in child.iter(W_TAG + "p"):
                    t = _tidy(self.para_text(p))
                    if t:
                        lines.append(t)
            elif child.tag in (W_TAG + "sdt", W_TAG + "customXml", W_TAG + "smartTag"):
                # (a content control or custom XML wrapping the cell's paragraphs,
                # as the body's are unwrapped)
                content = child.find(W_TAG + "sdtContent")
                t = self.cell_text(content if content is not None else child, depth)
                if t:
                    lines.append(t)
        return "\n".join(lines)

    def table_rows(self, tbl, depth: int) -> list[list[str]]:
        rows: list[list[str]] = []
        for tr in tbl:
            if tr.tag == W_TAG + "sdt":
                content = tr.find(W_TAG + "sdtContent")
                trs = list(content) if content is not None else []
            else:
                trs = [tr]
            for row_el in trs:
                if row_el.tag != W_TAG + "tr":
                    continue
                row: list[str] = []
                for tc in row_el:
                    if tc.tag == W_TAG + "sdt":
                        content = tc.find(W_TAG + "sdtContent")
                        tcs = [
                            c
                            for c in (content if content is not None else [])
                            if c.tag == W_TAG + "tc"
                        ]
                    elif tc.tag == W_TAG + "tc":
                        tcs = [tc]
                    else:
                        continue
                    for cell in tcs:
                        text = self.cell_text(cell, depth)
                        tcpr = cell.find(W_TAG + "tcPr")
                        span = 1
                        if tcpr is not None:
                            gs = tcpr.find(W_TAG + "gridSpan")
                            if gs is not None:
                                try:
                                    span = max(1, min(int(gs.get(W_TAG + "val")), 50))
                                except (TypeError, ValueError):
                                    span = 1
                        row.append(text)
                        row.extend([""] * (span - 1))
                rows.append(row)
        return rows

    def flow(self, tbl) -> list:
        """A layout table's cells read as the body is: paragraphs and tables."""
        start, typed, index = len(self.out.items), self.typed, self.table_index
        self.typed = []  # (typed tables are looked for in the body's paragraphs only)
        for tc in layout_cells(tbl):
            self.body(tc)
        flowed = self.out.items[start:]
        del self.out.items[start:]
        self.typed, self.table_index = typed, index
        return flowed

    def table(self, tbl) -> None:
        self.typed.append((None, None))
        flowed = self.flow(tbl) if is_layout_table(tbl, self.bordered) else None
        rows = self.table_rows(tbl, 0)
        rows = [r for r in rows if any(c.strip() for c in r)]
        if not rows:
            return
        width = max(len(r) for r in rows)
        non_empty_cols = sum(1 for i in range(width) if any(i < len(r) and r[i] for r in rows))
        if non_empty_cols < 2:
            # a one-column layout table: its cells are paragraphs
            for r in rows:
                for cell in r:
                    for para in cell.split("\n"):
                        if para.strip():
                            self.out.items.append(TextBlock(text=para.strip(), page=self.page))
            return
        self.out.items.append(
            Table(
                rows=[r + [""] * (width - len(r)) for r in rows],
                page=self.page,
                index_on_page=self.table_index,
                flow=flowed,
            )
        )
        self.table_index += 1


def _tidy(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def extract_docx(data: bytes) -> Extracted:
    from parsers.extract import ExtractionError

    zf = open_zip_safely(data, "docx")
    with zf:
        names = set(zf.namelist())
        if "word/document.xml" not in names:
            raise ExtractionError("docx: no word/document.xml", "corrupt")
        try:
            root = parse_part(read_member(zf, "word/document.xml", MAX_XML_BYTES))
        except etree.XMLSyntaxError as exc:
            raise ExtractionError(f"docx: malformed document.xml ({exc})", "corrupt") from exc
        styles_root = numbering_root = None
        try:
            if "word/styles.xml" in names:
                styles_root = parse_part(read_member(zf, "word/styles.xml", MAX_XML_BYTES))
            if "word/numbering.xml" in names:
                numbering_root = parse_part(read_member(zf, "word/numbering.xml", MAX_XML_BYTES))
        except (etree.XMLSyntaxError, ExtractionError):
            styles_root = numbering_root = None
        try:  # (the first page's header's text boxes: parsers.extract.docx_headers)
            boxes = first_page_header_boxes(zf, names, root.find(W_TAG + "body"))
        except (etree.XMLSyntaxError, ExtractionError):
            boxes = []
        title = None
        if "docProps/core.xml" in names:
            try:
                core = parse_part(read_member(zf, "docProps/core.xml", 1_000_000))
                t = core.find("{http://purl.org/dc/elements/1.1/}title")
                if t is not None and (t.text or "").strip():
                    title = t.text.strip()[:300]
            except Exception:
                pass
    body = root.find(W_TAG + "body")
    if body is None:
        raise ExtractionError("docx: document has no body", "corrupt")
    walker = _Walker(
        Styles(styles_root),
        Numbering(numbering_root),
        DocxLayout(styles_root, numbering_root),
        bordered_styles(styles_root),
    )
    walker.body(body)
    if walker.laid:
        relative_layout(*map(list, zip(*walker.laid, strict=True)))
    out = walker.out
    out.items = replace_typed_tables(out.items, walker.typed)
    out.items[0:0] = boxes  # printed at the top of the first page
    out.pages = walker.page
    out.title = title
    return out
