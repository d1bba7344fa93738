"""Set AG's renderer: set AF's (benchmarks/heldout_af/wres_af_render.py, itself set P's
plus merged body cells and tab-stop columns; imported, not copied) plus what set AG's
FOI letters print and sets D to AF's renderers never did:

- `Cards(cards, per_row)`: question cards set `per_row` to a row, read row by row;
  each card a list of (text, style) lines, style "title", "bold", "italic" or None.
  DOCX draws a bordered table whose cells are the cards, the PDF an fpdf2 table of the
  same shape (the lines of a card in one cell), HTML a CSS grid of `<div class="card">`s;
- `Form(fields, table)`: a response form filled in. Each `Field` has a title and its
  paragraphs; `inline` fields are one line ('Reference number: …'). DOCX puts every
  value in a Word content control (`w:sdt`, its title the control's alias): a run-level
  control inside the title's line for an inline field, else a block-level control of
  boxed paragraphs under the title (or, with `table`, in the right cell of a two-column
  table of titles and values); the PDF draws the titles and the values in bordered
  boxes (or table cells); HTML prints the form's read-only view: each title a label
  `<span>`, each value a `<div class="form-control-plaintext">` of paragraphs (in a
  table of titles and values with `table`);
- `Mono(lines)`: fixed-width text, as a plain-text e-mail prints: DOCX a Courier New
  paragraph per line, the PDF a DejaVu Sans Mono line per line, HTML one `<pre>`;
- `Panel(lines, header)`: the letterhead's floating text box at the top right of the
  first page. DOCX writes a real text box (the DrawingML shape and its VML fallback in
  `mc:AlternateContent`, as Word saves one) anchored in the body or, with `header`, in
  the first page's own header; the PDF draws a bordered box at the top right beside
  the lines on the left; HTML floats a `<div>` right or (with `header`) prints what
  Word's "save as web page" makes of a text box: the VML shape in a conditional
  comment, then an absolutely positioned table holding the box's paragraphs;
- `Clear()`: the body carries on below the panel (PDF: the next line starts under the
  box; HTML: a `clear:both` div; DOCX: nothing, the text wraps round the box);
- `Footer(text)`: the page footer of headed paper: DOCX the section's footer (first
  page too), the PDF a line at the foot of every page, HTML a `<div>` after the letter.

Every other block is set AF's and is drawn by set AF's code, so what sets D to AF print
is printed the same way here.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass, field
from unittest import mock

from benchmarks.heldout_af.wres_af_render import Block as BlockAF
from benchmarks.heldout_af.wres_af_render import render_docx as render_docx_af
from benchmarks.heldout_af.wres_af_render import render_html as render_html_af
from benchmarks.heldout_af.wres_af_render import render_pdf as render_pdf_af
from benchmarks.heldout_p.render import P

MARK = "@@ag@@"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
ITALIC = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
BOLD_ITALIC = "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf"
PANEL_MM = 68  # the text box's width


@dataclass
class Cards:
    cards: list[list[tuple[str, str | None]]]
    per_row: int = 2


@dataclass
class Field:
    title: str
    paras: list[str]
    inline: bool = False


@dataclass
class Form:
    fields: list[Field]
    table: bool = False


@dataclass
class Mono:
    lines: list[str]


@dataclass
class Panel:
    lines: list[str]
    header: bool = False


@dataclass
class Clear:
    pass


@dataclass
class Footer:
    text: str


New = Cards | Form | Mono | Panel | Clear | Footer
Block = BlockAF | New


@dataclass
class _Split:
    flat: list[BlockAF]
    extra: list[New] = field(default_factory=list)


def _flat(blocks: list[Block]) -> _Split:
    """Set AF's blocks, each new block a marker paragraph replaced later."""
    out = _Split([])
    for b in blocks:
        if isinstance(b, New):
            out.flat.append(P(f"{MARK}{len(out.extra)}"))
            out.extra.append(b)
        else:
            out.flat.append(b)
    return out


# --- DOCX -------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)
BOX = "".join(
    f'<w:{side} w:val="single" w:sz="4" w:space="4" w:color="7F7F7F"/>'
    for side in ("top", "left", "bottom", "right")
)


def _xml(fragment: str):
    from docx.oxml import parse_xml

    return parse_xml(fragment)


def _run(text: str, bold: bool = False, italic: bool = False, mono: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    if mono:
        props += '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>'
        props += '<w:sz w:val="18"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r>'


def _para(text: str, ppr: str = "", **kw) -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{_run(text, **kw) if text else ''}</w:p>"


def _docx_cards(cards: Cards) -> str:
    n = cards.per_row
    grid = "".join(f'<w:gridCol w:w="{9000 // n}"/>' for _ in range(n))
    borders = "".join(
        f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        for e in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    rows = []
    for start in range(0, len(cards.cards), n):
        cells = []
        for k in range(n):
            lines = cards.cards[start + k] if start + k < len(cards.cards) else [("", None)]
            paras = "".join(
                _para(t, bold=s in ("title", "bold"), italic=s == "italic") for t, s in lines
            )
            cells.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{9000 // n}" w:type="dxa"/></w:tcPr>{paras}</w:tc>'
            )
        rows.append(f"<w:tr>{''.join(cells)}</w:tr>")
    props = (
        f'<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr>'
    )
    return f"<w:tbl {NS}>{props}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def _sdt_pr(title: str, ident: int) -> str:
    tag = title.lower().replace(" ", "_")
    return (
        f'<w:sdtPr><w:alias w:val="{html.escape(title)}"/><w:tag w:val="{html.escape(tag)}"/>'
        f'<w:id w:val="{ident}"/></w:sdtPr>'
    )


def _docx_field_block(f: Field, ident: int) -> str:
    """A block-level content control of boxed paragraphs."""
    paras = "".join(_para(p, f"<w:pBdr>{BOX}</w:pBdr>") for p in f.paras)
    return f"<w:sdt {NS}>{_sdt_pr(f.title, ident)}<w:sdtContent>{paras}</w:sdtContent></w:sdt>"


def _docx_field_inline(f: Field, ident: int) -> str:
    """The title's line with the value in a run-level content control."""
    value = _run(" ".join(f.paras))
    control = f"<w:sdt>{_sdt_pr(f.title, ident)}<w:sdtContent>{value}</w:sdtContent></w:sdt>"
    return f"<w:p {NS}>{_run(f'{f.title}: ', bold=True)}{control}</w:p>"


def _docx_form(form: Form) -> list:
    """The form's elements in order: lines, titles and controls, or one table."""
    if not form.table:
        out = []
        for i, f in enumerate(form.fields):
            if f.inline:
                out.append(_xml(_docx_field_inline(f, 7100 + i)))
            else:
                out.append(_xml(f"<w:p {NS}>{_run(f.title, bold=True)}</w:p>"))
                out.append(_xml(_docx_field_block(f, 7100 + i)))
        return out
    borders = "".join(
        f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        for e in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    shade = '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>'
    rows = []
    for i, f in enumerate(form.fields):
        control = _docx_field_block(Field(f.title, f.paras), 7100 + i).replace(
            f"<w:sdt {NS}>", "<w:sdt>"
        )
        control = control.replace(f"<w:pBdr>{BOX}</w:pBdr>", "")
        left = f'<w:tc><w:tcPr><w:tcW w:w="2600" w:type="dxa"/>{shade}</w:tcPr>{_para(f.title, bold=True)}</w:tc>'
        right = f'<w:tc><w:tcPr><w:tcW w:w="6400" w:type="dxa"/></w:tcPr>{control}</w:tc>'
        rows.append(f"<w:tr>{left}{right}</w:tr>")
    props = (
        f'<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr>'
    )
    grid = '<w:tblGrid><w:gridCol w:w="2600"/><w:gridCol w:w="6400"/></w:tblGrid>'
    return [_xml(f"<w:tbl {NS}>{props}{grid}{''.join(rows)}</w:tbl>")]


def _docx_mono(mono: Mono) -> list:
    ppr = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
    return [
        _xml(f"<w:p {NS}><w:pPr>{ppr}</w:pPr>{_run(line, mono=True) if line else ''}</w:p>")
        for line in mono.lines
    ]


def _text_box_run(lines: list[str], ident: int) -> str:
    """A text box as Word saves one: the DrawingML shape, and its VML fallback."""
    emu_w, emu_h = PANEL_MM * 36000, (len(lines) * 5 + 6) * 36000
    inner = "".join(_para(t, '<w:spacing w:after="0"/>') for t in lines)
    content = f"<w:txbxContent>{inner}</w:txbxContent>"
    anchor = (
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + ident}" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>4680000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>540000</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{emu_w}" cy="{emu_h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{ident}" name="Text Box {ident}"/>'
        "<wp:cNvGraphicFramePr/><a:graphic><a:graphicData "
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        '</a:prstGeom><a:solidFill><a:schemeClr val="lt1"/></a:solidFill><a:ln w="6350">'
        '<a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx>{content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" '
        'lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
        "<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
    )
    style = (
        "position:absolute;margin-left:368.5pt;margin-top:42.5pt;"
        f"width:{PANEL_MM * 2.835:.1f}pt;height:{emu_h / 12700:.1f}pt;"
        f"z-index:{251659264 + ident};mso-position-horizontal-relative:page;"
        "mso-position-vertical-relative:page"
    )
    vml = (
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box {ident}" o:spid="_x0000_s{1025 + ident}" type="#_x0000_t202" '
        f'style="{style}" fillcolor="white" strokeweight=".5pt"><v:textbox>{content}'
        '</v:textbox><w10:wrap type="square"/></v:shape></w:pict>'
    )
    return (
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{anchor}'
        f"</w:drawing></mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def _docx_panel(document, para, panel: Panel) -> bool:
    """Anchors the text box; True when the marker paragraph is to stay (it holds it)."""
    run = _xml(_text_box_run(panel.lines, 2))
    if not panel.header:
        for r in list(para._p):
            if r.tag != f"{{{W}}}pPr":
                para._p.remove(r)
        para._p.append(run)
        return True
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0]._p.append(run)
    return False


def _docx_footer(document, footer: Footer) -> None:
    section = document.sections[0]
    parts = [section.footer]
    if section.different_first_page_header_footer:
        parts.append(section.first_page_footer)
    for part in parts:
        part.paragraphs[0].text = footer.text


def render_docx(blocks: list[Block]) -> bytes:
    import docx

    split = _flat(blocks)
    document = docx.Document(io.BytesIO(render_docx_af(split.flat)))
    footers = []
    for para in list(document.paragraphs):
        if not para.text.startswith(MARK):
            continue
        block = split.extra[int(para.text[len(MARK) :])]
        keep = False
        if isinstance(block, Cards):
            para._p.addnext(_xml(_docx_cards(block)))
        elif isinstance(block, Form | Mono):
            made = _docx_form(block) if isinstance(block, Form) else _docx_mono(block)
            for element in reversed(made):  # each inserted right after the marker
                para._p.addnext(element)
        elif isinstance(block, Panel):
            keep = _docx_panel(document, para, block)
        elif isinstance(block, Footer):
            footers.append(block)
        if not keep:
            para._p.getparent().remove(para._p)
    for footer in footers:  # after the panel: a first-page header asks for its own footer
        _docx_footer(document, footer)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


# --- PDF --------------------------------------------------------------------------


def _md(text: str, style: str | None) -> str:
    if style in ("title", "bold"):
        return f"**{text}**"
    if style == "italic":
        return f"__{text}__"
    return text


def _pdf_class(extra: list[New]):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    footer_text = next((b.text for b in extra if isinstance(b, Footer)), "")

    class Drawn(FPDF):
        panel_bottom = 0.0

        def _font(self, style: str, path: str, family: str = "DejaVu") -> None:
            keys = {f"{family.lower()}{style}", f"{family.lower()}{style.lower()}"}
            if not keys & set(self.fonts):  # parsing a font file is slow: once only
                self.add_font(family, style, path)

        def footer(self) -> None:
            if footer_text:
                self.set_y(-12)
                self.set_font("DejaVu", "", 7)
                FPDF.cell(self, 0, 4, footer_text, align="C")

        def multi_cell(self, w, h=None, text="", *args, **kwargs):
            if not str(text).startswith(MARK):
                return super().multi_cell(w, h, text, *args, **kwargs)
            block = extra[int(str(text)[len(MARK) :])]
            family, style, size = self.font_family, self.font_style, self.font_size_pt
            getattr(self, f"_{type(block).__name__.lower()}")(block, FontFace)
            self.set_font(family, style, size)
            return None

        def _cards(self, cards: Cards, face) -> None:
            self._font("I", ITALIC)
            self._font("BI", BOLD_ITALIC)
            self.set_font("DejaVu", "", 9)
            n = cards.per_row
            with FPDF.table(
                self,
                first_row_as_headings=False,
                line_height=4.5,
                text_align="LEFT",
                markdown=True,
                v_align="TOP",
                padding=2,
            ) as t:
                for start in range(0, len(cards.cards), n):
                    row = t.row()
                    for k in range(n):
                        lines = cards.cards[start + k] if start + k < len(cards.cards) else []
                        row.cell("\n".join(_md(x, s) for x, s in lines))

        def _form(self, form: Form, face) -> None:
            self.set_font("DejaVu", "", 10)
            if form.table:
                grey = face(emphasis="BOLD", fill_color=(242, 242, 242))
                with FPDF.table(
                    self,
                    first_row_as_headings=False,
                    line_height=5,
                    text_align="LEFT",
                    col_widths=(1, 2.5),
                    v_align="TOP",
                ) as t:
                    for f in form.fields:
                        row = t.row()
                        row.cell(f.title, style=grey)
                        row.cell("\n".join(f.paras))
                return
            for f in form.fields:
                if f.inline:
                    self.set_font("DejaVu", "B", 10)
                    FPDF.cell(self, self.get_string_width(f"{f.title}: ") + 1, 6, f"{f.title}:")
                    self.set_font("DejaVu", "", 10)
                    value = " ".join(f.paras)
                    box = max(60, self.get_string_width(value) + 4)
                    FPDF.cell(self, box, 6, value, border=1, new_x="LMARGIN", new_y="NEXT")
                    self.ln(1)
                    continue
                self.set_font("DejaVu", "B", 10)
                FPDF.multi_cell(self, 0, 5, f.title, new_x="LMARGIN", new_y="NEXT")
                self.set_font("DejaVu", "", 10)
                FPDF.multi_cell(
                    self,
                    0,
                    5,
                    "\n".join(f.paras),
                    border=1,
                    padding=2,
                    align="L",
                    new_x="LMARGIN",
                    new_y="NEXT",
                )
                self.ln(2)

        def _mono(self, mono: Mono, face) -> None:
            self._font("", MONO, "Mono")
            self.set_font("Mono", "", 8.5)
            for line in mono.lines:
                if self.get_string_width(line) < self.epw:  # a table line: never wrapped
                    FPDF.cell(self, 0, 4, line, new_x="LMARGIN", new_y="NEXT")
                else:  # a paragraph typed as one long line wraps at the margin
                    FPDF.multi_cell(self, 0, 4, line, align="L", new_x="LMARGIN", new_y="NEXT")
            self.set_y(self.get_y() - 2)  # set D's 2 mm after a paragraph follows

        def _panel(self, panel: Panel, face) -> None:
            x, y0 = self.w - self.r_margin - PANEL_MM, self.get_y()
            self.set_font("DejaVu", "", 8.5)
            self.set_xy(x, y0)
            for line in panel.lines:
                self.set_x(x + 2)
                FPDF.cell(self, PANEL_MM - 4, 4.5, line, new_x="LEFT", new_y="NEXT")
            self.rect(x, y0 - 1, PANEL_MM, self.get_y() - y0 + 2)
            self.panel_bottom = self.get_y() + 3
            self.set_xy(self.l_margin, y0 - 2)  # the lines on the left start level with it

        def _clear(self, clear: Clear, face) -> None:
            self.set_y(max(self.get_y(), self.panel_bottom) - 2)

        def _footer(self, footer: Footer, face) -> None:
            self.set_y(self.get_y() - 2)  # drawn by footer(); nothing in the flow

    return Drawn


def render_pdf(blocks: list[Block]) -> bytes:
    split = _flat(blocks)
    with mock.patch("fpdf.FPDF", _pdf_class(split.extra)):
        return render_pdf_af(split.flat)


# --- HTML -------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _html_cards(cards: Cards) -> str:
    def line(text: str, style: str | None) -> str:
        if style == "title":
            return f"<h3>{_esc(text)}</h3>"
        if style == "bold":
            return f"<p><strong>{_esc(text)}</strong></p>"
        if style == "italic":
            return f"<p><em>{_esc(text)}</em></p>"
        return f"<p>{_esc(text)}</p>"

    inner = "".join(
        f"<div class='card'>{''.join(line(t, s) for t, s in card)}</div>" for card in cards.cards
    )
    grid = f"display:grid;grid-template-columns:repeat({cards.per_row},1fr);gap:1em"
    return f"<div class='cards' style='{grid}'>{inner}</div>"


def _html_value(paras: list[str]) -> str:
    inner = "".join(f"<p>{_esc(p)}</p>" for p in paras)
    return f"<div class='form-control-plaintext'>{inner}</div>"


def _html_form(form: Form) -> str:
    # The form's read-only view, as a case system prints a completed form. A first
    # drawing as a <form> of read-only <textarea>s was read as nothing at all by the
    # project's extraction (the set's own printed-truth check), so it is not used.
    parts = []
    for f in form.fields:
        label, value = f"<span class='form-label'>{_esc(f.title)}</span>", _html_value(f.paras)
        if form.table:
            parts.append(f"<tr><th scope='row'>{label}</th><td>{value}</td></tr>")
        else:
            parts.append(f"<div class='form-group'>{label}{value}</div>")
    inner = f"<table class='form'>{''.join(parts)}</table>" if form.table else "".join(parts)
    return f"<div class='form-view'>{inner}</div>"


def _html_panel(panel: Panel) -> str:
    paras = "".join(f"<p class=MsoNormal>{_esc(t) or '&nbsp;'}</p>" for t in panel.lines)
    if not panel.header:
        box = "float:right;width:17em;border:1px solid #000;padding:4px;margin:0 0 1em 1em"
        return f"<div class='letterhead-panel' style='{box}'>{paras}</div>"
    # what Word's "save as web page" makes of a text box
    return (
        '<!--[if gte vml 1]><v:shape id="Text_x0020_Box_2" o:spid="_x0000_s1027" '
        'type="#_x0000_t202" style=\'position:absolute;margin-left:368.5pt;'
        "margin-top:42.5pt;width:192.8pt;height:110pt;z-index:251659266'>"
        f"<v:textbox><div>{paras}</div></v:textbox></v:shape><![endif]-->"
        "<![if !vml]><span style='mso-ignore:vglayout;position:absolute;z-index:251659266;"
        "left:0px;margin-left:491px;margin-top:57px;width:259px;height:148px'>"
        "<table cellpadding=0 cellspacing=0><tr><td width=259 height=148 "
        "style='border:.75pt solid black;vertical-align:top;background:white'><![endif]>"
        f"<div v:shape=\"Text_x0020_Box_2\" style='padding:3.6pt 7.2pt' class=shape>{paras}</div>"
        "<![if !vml]></td></tr></table></span><![endif]>"
    )


def _html_new(block: New) -> str:
    if isinstance(block, Cards):
        return _html_cards(block)
    if isinstance(block, Form):
        return _html_form(block)
    if isinstance(block, Mono):
        return f"<pre>{_esc(chr(10).join(block.lines))}</pre>"
    if isinstance(block, Panel):
        return _html_panel(block)
    if isinstance(block, Clear):
        return "<div style='clear:both'></div>"
    return f"<div class='letter-footer'><p><small>{_esc(block.text)}</small></p></div>"


def render_html(blocks: list[Block], title: str = "", site: str = "") -> bytes:
    split = _flat(blocks)
    page = render_html_af(split.flat, title, site).decode("utf-8")
    for i, block in enumerate(split.extra):
        page = page.replace(f"<p>{MARK}{i}</p>", _html_new(block), 1)
    return page.encode("utf-8")


def render(blocks: list[Block], fmt: str, title: str = "", site: str = "") -> tuple[bytes, str]:
    """One rendering: (bytes, file name)."""
    if fmt == "docx":
        return render_docx(blocks), "document.docx"
    if fmt == "pdf":
        return render_pdf(blocks), "document.pdf"
    if fmt == "html":
        return render_html(blocks, title, site), "document.html"
    raise ValueError(f"unknown format {fmt!r}")


__all__ = ["Block", "Cards", "Clear", "Field", "Footer", "Form", "Mono", "Panel", "render"]
