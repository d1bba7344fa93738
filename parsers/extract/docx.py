"""DOCX → blocks and tables in document order, by walking the body XML.

Paragraphs and tables come out in the order they stand in the body (content
controls are unwrapped); Word's automatic list numbering is rendered back into
the text ("1.", "a)") because FOI letters number their questions that way;
style hints: heading (Heading/Title styles), bold / italic (every run with text),
list. A table nested in a cell is flattened into the cell's text, one row per
line with " | " between cells. The zip container is checked for bombs first and
XML is parsed without entity resolution or network access.
"""

from __future__ import annotations

import re

from lxml import etree

from parsers.extract.docx_layout import DocxLayout, relative_layout
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.extract.ziputil import open_zip_safely, read_member

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W + "}"
MAX_ITEMS = 200_000
MAX_XML_BYTES = 60 * 1024 * 1024  # one XML part: its tree takes ~10x this in memory
MAX_LIST_NUMBER = 100_000  # list counters are clamped here (a start of 10^18 is junk)
MAX_TABLE_NESTING = 5  # deeper tables are read as plain lines, with a warning

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    huge_tree=False,
    remove_blank_text=False,
    load_dtd=False,
)


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _parse(xml: bytes):
    from parsers.extract import ExtractionError

    # anywhere in the part, not only its head: a DOCTYPE after a long comment
    if b"<!ENTITY" in xml or b"<!DOCTYPE" in xml:
        raise ExtractionError("docx: XML declares a DTD or entities; refusing", "corrupt")
    return etree.fromstring(xml, _PARSER)


def _on(el, name: str) -> bool | None:
    """A w:b / w:i style toggle: None when absent."""
    node = el.find(_W + name) if el is not None else None
    if node is None:
        return None
    val = node.get(_W + "val")
    return val not in ("0", "false", "off", "none")


class _Styles:
    def __init__(self, root):
        self.styles: dict[str, tuple[str, str | None, bool | None, bool | None, str | None]] = {}
        if root is None:
            return
        for st in root.iter(_W + "style"):
            sid = st.get(_W + "styleId") or ""
            name_el = st.find(_W + "name")
            name = name_el.get(_W + "val") if name_el is not None else sid
            based = st.find(_W + "basedOn")
            rpr = st.find(_W + "rPr")
            ppr = st.find(_W + "pPr")
            outline = None
            numbering = None
            if ppr is not None:
                ol = ppr.find(_W + "outlineLvl")
                if ol is not None:
                    outline = ol.get(_W + "val")
                numbering = _num_pr(ppr.find(_W + "numPr"))
            self.styles[sid] = (
                name or sid,
                based.get(_W + "val") if based is not None else None,
                _on(rpr, "b"),
                _on(rpr, "i"),
                outline,
                numbering,
            )

    def name(self, sid: str | None) -> str:
        if not sid:
            return ""
        return (self.styles.get(sid) or (sid,))[0] or sid

    def flag(self, sid: str | None, which: int) -> bool | None:
        seen = 0
        while sid and sid in self.styles and seen < 20:
            val = self.styles[sid][which]
            if val is not None:
                return val
            sid = self.styles[sid][1]
            seen += 1
        return None

    def numbering(self, sid: str | None) -> tuple[str, int] | None:
        """The list a paragraph style numbers its paragraphs in ("List Bullet",
        "List Number" carry their numbering in the style, not the paragraph)."""
        return self.flag(sid, 5)

    def is_heading(self, sid: str | None) -> bool:
        seen = 0
        while sid and seen < 20:
            name = self.name(sid).lower()
            if name.startswith("heading") or name in ("title", "subtitle"):
                return True
            if sid in self.styles and self.styles[sid][4] is not None:
                return True
            sid = self.styles.get(sid, (None, None))[1]
            seen += 1
        return False


class _Numbering:
    """Render automatic list numbers ("1.", "a)", "(i)") as Word would print them."""

    def __init__(self, root):
        self.nums: dict[str, str] = {}  # numId -> abstractNumId
        self.levels: dict[
            tuple[str, str], tuple[str, str, int]
        ] = {}  # (abs, ilvl) -> fmt, text, start
        self.overrides: dict[tuple[str, str], int] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        for an in root.iter(_W + "abstractNum"):
            aid = an.get(_W + "abstractNumId")
            for lvl in an.iter(_W + "lvl"):
                ilvl = lvl.get(_W + "ilvl") or "0"
                fmt = lvl.find(_W + "numFmt")
                txt = lvl.find(_W + "lvlText")
                start = lvl.find(_W + "start")
                self.levels[(aid, ilvl)] = (
                    fmt.get(_W + "val") if fmt is not None else "decimal",
                    txt.get(_W + "val") if txt is not None else "",
                    _clamp_start(start.get(_W + "val") if start is not None else None),
                )
        for num in root.iter(_W + "num"):
            nid = num.get(_W + "numId")
            an = num.find(_W + "abstractNumId")
            if an is not None:
                self.nums[nid] = an.get(_W + "val")
            for ov in num.iter(_W + "lvlOverride"):
                so = ov.find(_W + "startOverride")
                if so is not None:
                    self.overrides[(nid, ov.get(_W + "ilvl") or "0")] = _clamp_start(
                        so.get(_W + "val")
                    )

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The printed number of the next item of list `num_id` at level `ilvl`;
        None when the numbering is unusable (one bad attribute loses the number,
        not the paragraph or the document)."""
        try:
            return self._label(num_id, ilvl)
        except (ValueError, TypeError, KeyError, OverflowError, re.error):
            return None

    def _label(self, num_id: str, ilvl: int) -> str | None:
        aid = self.nums.get(num_id)
        if aid is None or num_id == "0":
            return None
        # lists sharing an abstract definition continue one another's numbering
        counters = self.counters.setdefault(aid, {})
        fmt, text, start = self.levels.get((aid, str(ilvl)), ("decimal", f"%{ilvl + 1}.", 1))
        start = self.overrides.get((num_id, str(ilvl)), start)
        counters[ilvl] = min(counters.get(ilvl, start - 1) + 1, MAX_LIST_NUMBER)
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt in ("bullet", "none") or not text:
            return "•" if fmt == "bullet" else None

        def render(m: re.Match) -> str:
            level = int(m.group(1)) - 1
            lfmt, _, lstart = self.levels.get((aid, str(level)), ("decimal", "", 1))
            value = counters.get(level, lstart)
            return _format_number(value, lfmt)

        return re.sub(r"%(\d)", render, text)


def _num_pr(numpr) -> tuple[str, int] | None:
    """A w:numPr element → (numId, level), or None."""
    if numpr is None:
        return None
    nid = numpr.find(_W + "numId")
    if nid is None or nid.get(_W + "val") is None:
        return None
    lvl = numpr.find(_W + "ilvl")
    try:
        ilvl = int(lvl.get(_W + "val")) if lvl is not None else 0
    except (TypeError, ValueError):
        ilvl = 0
    return nid.get(_W + "val"), ilvl


def _clamp_start(value: str | None) -> int:
    """A list's start value as a number in 0..MAX_LIST_NUMBER (1 when unreadable)."""
    try:
        n = int(value) if value not in (None, "") else 1
    except (TypeError, ValueError):
        return 1
    return max(0, min(n, MAX_LIST_NUMBER))


def _format_number(n: int, fmt: str) -> str:
    n = max(0, min(int(n), MAX_LIST_NUMBER))
    if fmt in ("lowerRoman", "upperRoman") and n > 3999:
        return str(n)  # no roman numeral past 3999: Word prints digits too
    if fmt in ("lowerLetter", "upperLetter"):
        s = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            s = chr(97 + r) + s
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        vals = [
            (1000, "m"),
            (900, "cm"),
            (500, "d"),
            (400, "cd"),
            (100, "c"),
            (90, "xc"),
            (50, "l"),
            (40, "xl"),
            (10, "x"),
            (9, "ix"),
            (5, "v"),
            (4, "iv"),
            (1, "i"),
        ]
        s, m = "", n
        for v, r in vals:
            while m >= v:
                s += r
                m -= v
        return s.upper() if fmt == "upperRoman" else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Walker:
    def __init__(self, styles: _Styles, numbering: _Numbering, layout: DocxLayout):
        self.styles = styles
        self.numbering = numbering
        self.layout = layout
        # body paragraphs with their font size and first-line indent in points
        self.laid: list[tuple[TextBlock, float | None, float]] = []
        self.out = Extracted(format="docx", pages=1)
        self.page = 1
        self.table_index = 0

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
            if tag == _W + "p":
                self.paragraph(child)
            elif tag == _W + "tbl":
                self.table(child)
            elif tag in (_W + "sdt", _W + "customXml", _W + "smartTag"):
                content = child.find(_W + "sdtContent")
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
                if tag == _MC_FALLBACK:
                    continue
                if tag == _W + "p":
                    nested[0] = True
                    parts.append("\n")
                    walk(child, depth + 1)
                    parts.append("\n")
                    continue
                if tag == _W + "t":
                    parts.append(child.text or "")
                elif tag == _W + "tab":
                    parts.append("\t")
                elif tag in (_W + "br", _W + "cr"):
                    if child.get(_W + "type") == "page":
                        self.page += 1
                    parts.append("\n")
                elif tag == _W + "noBreakHyphen":
                    parts.append("-")
                elif tag == _W + "sym":
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
        ppr = p.find(_W + "pPr")
        sid = None
        label = None
        numbering = None
        if ppr is not None:
            ps = ppr.find(_W + "pStyle")
            sid = ps.get(_W + "val") if ps is not None else None
            numbering = _num_pr(ppr.find(_W + "numPr")) or self.styles.numbering(sid)
            if numbering is not None and text.strip():
                label = self.numbering.label(*numbering)
        text = _tidy(text)
        if not text:
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
        block = TextBlock(text=text, page=self.page, style=style)
        self.out.items.append(block)
        self.laid.append((block, self.layout.size(p, sid), self.layout.indent(ppr, sid, numbering)))

    def run_style(self, p, sid: str | None) -> str | None:
        para_bold = self.styles.flag(sid, 2)
        para_italic = self.styles.flag(sid, 3)
        bold_all = italic_all = True
        any_text = False
        for r in p.iter(_W + "r"):
            rtext = "".join(t.text or "" for t in r.iter(_W + "t"))
            if not rtext.strip():
                continue
            any_text = True
            rpr = r.find(_W + "rPr")
            rs = rpr.find(_W + "rStyle") if rpr is not None else None
            rsid = rs.get(_W + "val") if rs is not None else None
            b = _on(rpr, "b")
            if b is None:
                b = self.styles.flag(rsid, 2)
            if b is None:
                b = para_bold
            i = _on(rpr, "i")
            if i is None:
                i = self.styles.flag(rsid, 3)
            if i is None:
                i = para_italic
            bold_all = bold_all and bool(b)
            italic_all = italic_all and bool(i)
        if not any_text:
            return None
        if bold_all:
            return "bold"
        if italic_all:
            return "italic"
        return None

    # -- tables -----------------------------------------------------------
    def cell_text(self, tc, depth: int) -> str:
        lines: list[str] = []
        for child in tc:
            if child.tag == _W + "p":
                t = _tidy(self.para_text(child))
                ppr = child.find(_W + "pPr")
                numpr = ppr.find(_W + "numPr") if ppr is not None else None
                if numpr is not None and t:
                    nid = numpr.find(_W + "numId")
                    lvl = numpr.find(_W + "ilvl")
                    if nid is not None:
                        try:
                            ilvl = int(lvl.get(_W + "val")) if lvl is not None else 0
                        except (TypeError, ValueError):
                            ilvl = 0
                        lab = self.numbering.label(nid.get(_W + "val"), ilvl)
                        if lab:
                            t = f"{lab} {t}"
                if t:
                    lines.append(t)
            elif child.tag == _W + "tbl" and depth < MAX_TABLE_NESTING:
                for row in self.table_rows(child, depth + 1):
                    cells = [c for c in row if c]
                    if cells:
                        lines.append(" | ".join(cells))
            elif child.tag == _W + "tbl":
                # deeper nesting: the paragraphs of the inner tables as lines, so
                # no text is lost to the limit, and a warning that says so
                self.warn_nested()
                for p in child.iter(_W + "p"):
                    t = _tidy(self.para_text(p))
                    if t:
                        lines.append(t)
            elif child.tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                if content is not None:
                    t = self.cell_text(content, depth)
                    if t:
                        lines.append(t)
        return "\n".join(lines)

    def table_rows(self, tbl, depth: int) -> list[list[str]]:
        rows: list[list[str]] = []
        for tr in tbl:
            if tr.tag == _W + "sdt":
                content = tr.find(_W + "sdtContent")
                trs = list(content) if content is not None else []
            else:
                trs = [tr]
            for row_el in trs:
                if row_el.tag != _W + "tr":
                    continue
                row: list[str] = []
                for tc in row_el:
                    if tc.tag == _W + "sdt":
                        content = tc.find(_W + "sdtContent")
                        tcs = [
                            c
                            for c in (content if content is not None else [])
                            if c.tag == _W + "tc"
                        ]
                    elif tc.tag == _W + "tc":
                        tcs = [tc]
                    else:
                        continue
                    for cell in tcs:
                        text = self.cell_text(cell, depth)
                        tcpr = cell.find(_W + "tcPr")
                        span = 1
                        if tcpr is not None:
                            gs = tcpr.find(_W + "gridSpan")
                            if gs is not None:
                                try:
                                    span = max(1, min(int(gs.get(_W + "val")), 50))
                                except (TypeError, ValueError):
                                    span = 1
                        row.append(text)
                        row.extend([""] * (span - 1))
                rows.append(row)
        return rows

    def table(self, tbl) -> None:
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
            root = _parse(read_member(zf, "word/document.xml", MAX_XML_BYTES))
        except etree.XMLSyntaxError as exc:
            raise ExtractionError(f"docx: malformed document.xml ({exc})", "corrupt") from exc
        styles_root = numbering_root = None
        try:
            if "word/styles.xml" in names:
                styles_root = _parse(read_member(zf, "word/styles.xml", MAX_XML_BYTES))
            if "word/numbering.xml" in names:
                numbering_root = _parse(read_member(zf, "word/numbering.xml", MAX_XML_BYTES))
        except (etree.XMLSyntaxError, ExtractionError):
            styles_root = numbering_root = None
        title = None
        if "docProps/core.xml" in names:
            try:
                core = _parse(read_member(zf, "docProps/core.xml", 1_000_000))
                t = core.find("{http://purl.org/dc/elements/1.1/}title")
                if t is not None and (t.text or "").strip():
                    title = t.text.strip()[:300]
            except Exception:
                pass
    body = root.find(_W + "body")
    if body is None:
        raise ExtractionError("docx: document has no body", "corrupt")
    walker = _Walker(
        _Styles(styles_root), _Numbering(numbering_root), DocxLayout(styles_root, numbering_root)
    )
    walker.body(body)
    if walker.laid:
        relative_layout(*map(list, zip(*walker.laid, strict=True)))
    out = walker.out
    out.pages = walker.page
    out.title = title
    return out
