"""ODT (OpenDocument text) → blocks and tables in document order.

Reads the zip's `content.xml` (with the styles of `styles.xml`) the way
`parsers.extract.docx` reads `word/document.xml`, so both give the same
`Extracted` items: paragraphs; headings (`text:h`, or a paragraph style that is
a heading); lists with their numbers rendered back into the text ("1.", "a)",
"(ii)") from the list style, because FOI letters number their questions that
way; tables as `Table` (covered cells of a span are empty, repeated rows and
columns expanded within bounds); style hints heading / bold / italic / list.
A table nested in a cell is flattened into the cell's text, one row per line
with " | " between cells. The container passes the zip-bomb guard first and
the XML is parsed without a DTD, entities or network access.
"""

from __future__ import annotations

import contextlib

from lxml import etree

from parsers.extract.docx import _tidy
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.extract.odt_styles import Counter, Styles, q
from parsers.extract.ziputil import open_zip_safely, read_member

MAX_ITEMS = 200_000
MAX_CELLS = 1_000_000
MAX_REPEAT = 64  # a repeated row/column is expanded at most this often
MAX_DEPTH = 5  # tables nested in cells
# elements whose text is not part of the running text
_SKIP = {
    q("text:note"),  # footnote bodies would land mid-sentence
    q("office:annotation"),
    q("office:annotation-end"),
    q("text:tracked-changes"),  # deleted text of change tracking
    q("text:sequence-decls"),
    q("text:variable-decls"),
    q("text:user-field-decls"),
    q("office:forms"),
    q("text:number"),  # the rendered list number: read on its own
}
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, recover=False
)


def _parse(xml: bytes, what: str):
    from parsers.extract import ExtractionError

    if b"<!ENTITY" in xml[:4096] or b"<!DOCTYPE" in xml[:4096]:
        raise ExtractionError(f"odt: {what} declares a DTD or entities; refusing", "corrupt")
    try:
        return etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ExtractionError(f"odt: malformed {what} ({exc})", "corrupt") from exc


# ---------------------------------------------------------------- walking


class _Walker:
    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self.items: list = []
        self.page = 1
        self.table_index = 0
        self.cells = 0
        self.last_list: dict[str, Counter] = {}  # list style → its latest list
        self.by_id: dict[str, Counter] = {}  # xml:id → list, for text:continue-list
        self.outline = Counter(styles.outline)

    def _check_size(self) -> None:
        if len(self.items) > MAX_ITEMS:
            from parsers.extract import ExtractionError

            raise ExtractionError("odt: too many paragraphs; refusing", "too_large")

    def body(self, el, depth: int = 0) -> None:
        for child in el:
            self._check_size()
            tag = child.tag
            if tag in (q("text:p"), q("text:h")):
                self.paragraph(child)
            elif tag == q("text:list"):
                self.list(child, None, 1, depth)
            elif tag == q("table:table"):
                self.table(child, depth)
            elif tag == q("text:soft-page-break"):
                self.page += 1
            elif tag in _SKIP:
                continue
            elif depth < 60:
                # sections, indexes, frames, text boxes: their paragraphs are ours
                self.body(child, depth + 1)

    # -- paragraphs -------------------------------------------------------
    def para_text(self, p) -> str:
        parts: list[str] = [p.text or ""]

        def walk(node, depth: int) -> None:
            for child in node:
                tag = child.tag
                if tag in _SKIP:
                    pass
                elif tag == q("text:s"):
                    try:
                        parts.append(" " * max(1, min(int(child.get(q("text:c")) or 1), 100)))
                    except ValueError:
                        parts.append(" ")
                elif tag == q("text:tab"):
                    parts.append("\t")
                elif tag == q("text:line-break"):
                    parts.append("\n")
                elif tag == q("text:soft-page-break"):
                    self.page += 1
                elif tag in (q("text:p"), q("text:h")):  # a text box's paragraph
                    parts.append("\n")
                    parts.append(child.text or "")
                    walk(child, depth + 1)
                    parts.append("\n")
                else:
                    parts.append(child.text or "")
                    if depth < 60:
                        walk(child, depth + 1)
                parts.append(child.tail or "")

        walk(p, 0)
        return "".join(parts)

    def paragraph(self, p, label: str | None = None) -> None:
        sname = p.get(q("text:style-name"))
        if self.styles.get(sname, "break"):
            self.page += 1
        page = self.page  # where the paragraph starts, even if it runs onto the next
        text = _tidy(self.para_text(p))
        number = p.find(q("text:number"))
        if number is not None and (number.text or "").strip():
            label = number.text.strip()  # the number as the writing application printed it
        heading = p.tag == q("text:h") or self.styles.is_heading(sname)
        if p.tag == q("text:h") and label is None and self.styles.outline:
            label = self.heading_label(p)
        if not text:
            return
        style = "heading" if heading else self.run_style(p, sname)
        if label is not None and style is None:
            style = "list"
        if label:
            text = f"{label} {text}"
        self.items.append(TextBlock(text=text, page=page, style=style))

    def heading_label(self, h) -> str | None:
        """Outline numbering ("2.1 Results") where the outline style numbers headings."""
        if h.get(q("text:is-list-header")) == "true":
            return None
        try:
            level = int(h.get(q("text:outline-level")) or 1)
        except ValueError:
            return None
        if level not in self.styles.outline:
            return None
        label = self.outline.label(level)
        return None if label == "•" else label

    def run_style(self, p, sname: str | None) -> str | None:
        """bold / italic when every piece of text in the paragraph is."""
        para_bold = bool(self.styles.get(sname, "bold"))
        para_italic = bool(self.styles.get(sname, "italic"))
        pieces: list[tuple[str, bool, bool]] = [(p.text or "", para_bold, para_italic)]

        def walk(node, bold: bool, italic: bool, depth: int) -> None:
            for child in node:
                if child.tag in _SKIP:
                    pieces.append((child.tail or "", bold, italic))
                    continue
                b, i = bold, italic
                if child.tag == q("text:span"):
                    cs = child.get(q("text:style-name"))
                    cb, ci = self.styles.get(cs, "bold"), self.styles.get(cs, "italic")
                    b = bold if cb is None else cb
                    i = italic if ci is None else ci
                pieces.append((child.text or "", b, i))
                if depth < 60:
                    walk(child, b, i, depth + 1)
                pieces.append((child.tail or "", bold, italic))

        walk(p, para_bold, para_italic, 0)
        texts = [(b, i) for t, b, i in pieces if t.strip()]
        if not texts:
            return None
        if all(b for b, _ in texts):
            return "bold"
        if all(i for _, i in texts):
            return "italic"
        return None

    # -- lists ------------------------------------------------------------
    def list(self, el, counter: Counter | None, level: int, depth: int) -> None:
        sname = el.get(q("text:style-name"))
        if counter is None:
            counter = self.new_counter(el, sname)
        elif sname and level == 1:
            counter.levels = self.styles.lists.get(sname, counter.levels)
        for item in el:
            if item.tag == q("text:soft-page-break"):
                self.page += 1
                continue
            if item.tag not in (q("text:list-item"), q("text:list-header")):
                continue
            numbered = item.tag == q("text:list-item")
            start: int | None = None
            try:
                if item.get(q("text:start-value")):
                    start = int(item.get(q("text:start-value")))
            except ValueError:
                start = None
            first = True
            for child in item:
                self._check_size()
                if child.tag in (q("text:p"), q("text:h")):
                    label = None
                    if first and numbered:
                        if not counter.levels:  # the list style may sit on the paragraph style
                            pstyle = self.styles.get(child.get(q("text:style-name")), "list")
                            counter.levels = self.styles.lists.get(pstyle or "", {})
                        label = counter.label(level, start)
                    first = False
                    self.paragraph(child, label=label)
                elif child.tag == q("text:list") and depth < 60:
                    self.list(child, counter, level + 1, depth + 1)
                elif child.tag == q("table:table"):
                    self.table(child, depth)
                elif child.tag == q("text:soft-page-break"):
                    self.page += 1

    def new_counter(self, el, sname: str | None) -> Counter:
        """A list restarts its numbering unless it says it continues another."""
        levels = self.styles.lists.get(sname or "", {})
        key = sname or ""
        cont = el.get(q("text:continue-list"))
        counter: Counter | None = None
        if cont and cont in self.by_id:
            counter = self.by_id[cont]
        elif el.get(q("text:continue-numbering")) == "true" and key in self.last_list:
            counter = self.last_list[key]
        if counter is None:
            counter = Counter(levels)
        if el.get(q("xml:id")):
            self.by_id[el.get(q("xml:id"))] = counter
        self.last_list[key] = counter
        return counter

    # -- tables -----------------------------------------------------------
    def table_rows(self, tbl, depth: int) -> list[list[str]]:
        rows: list[list[str]] = []
        for child in tbl:
            tag = child.tag
            if tag in (
                q("table:table-header-rows"),
                q("table:table-rows"),
                q("table:table-row-group"),
            ):
                rows.extend(self.table_rows(child, depth))
            elif tag == q("table:table-row"):
                row = self.row(child, depth)
                repeat = _count(child.get(q("table:number-rows-repeated")))
                # spreadsheets pad with a million empty rows: keep one of those
                for _ in range(repeat if any(c.strip() for c in row) else 1):
                    rows.append(list(row))
            elif tag == q("text:soft-page-break"):
                self.page += 1
        return rows

    def row(self, tr, depth: int) -> list[str]:
        from parsers.extract import ExtractionError

        row: list[str] = []
        for tc in tr:
            if tc.tag == q("table:table-cell"):
                text = self.cell_text(tc, depth)
            elif tc.tag == q("table:covered-table-cell"):
                text = ""  # covered by the span of a cell before it, as docx leaves it
            else:
                continue
            repeat = _count(tc.get(q("table:number-columns-repeated")))
            row.extend([text] * repeat)
            self.cells += repeat
            if self.cells > MAX_CELLS:
                raise ExtractionError("odt: too many table cells; refusing", "too_large")
        return row

    def cell_text(self, tc, depth: int) -> str:
        """A cell's paragraphs and lists, one per line; a nested table flattened."""
        saved, self.items = self.items, []
        saved_index = self.table_index
        try:
            self.body(tc, depth + 1)
        finally:
            inner, self.items = self.items, saved
            self.table_index = saved_index
        lines: list[str] = []
        for item in inner:
            if isinstance(item, TextBlock):
                lines.append(item.text)
            else:
                lines.extend(" | ".join(c for c in r if c) for r in item.rows if any(r))
        return "\n".join(lines)

    def table(self, tbl, depth: int) -> None:
        if depth >= MAX_DEPTH * 2:
            return
        rows = [r for r in self.table_rows(tbl, depth) if any(c.strip() for c in r)]
        if not rows:
            return
        width = max(len(r) for r in rows)
        used = [i for i in range(width) if any(i < len(r) and r[i].strip() for r in rows)]
        if len(used) < 2:
            # a one-column layout table: its cells are paragraphs
            for r in rows:
                for cell in r:
                    for para in cell.split("\n"):
                        if para.strip():
                            self.items.append(TextBlock(text=para.strip(), page=self.page))
            return
        width = used[-1] + 1  # drop trailing empty columns (repeated padding)
        self.items.append(
            Table(
                rows=[(r + [""] * width)[:width] for r in rows],
                page=self.page,
                index_on_page=self.table_index,
            )
        )
        self.table_index += 1


def _count(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), MAX_REPEAT))
    except ValueError:
        return 1


# ---------------------------------------------------------------- entry


def extract_odt(data: bytes) -> Extracted:
    from parsers.extract import ExtractionError

    zf = open_zip_safely(data, "odt")
    with zf:
        names = set(zf.namelist())
        if "META-INF/manifest.xml" in names:
            manifest = read_member(zf, "META-INF/manifest.xml", 5_000_000)
            if b"encryption-data" in manifest:
                raise ExtractionError("odt: document is password-protected", "encrypted")
        if "content.xml" not in names:
            raise ExtractionError("odt: no content.xml in the container", "corrupt")
        content = _parse(read_member(zf, "content.xml"), "content.xml")
        styles_root = meta_root = None
        try:
            if "styles.xml" in names:
                styles_root = _parse(read_member(zf, "styles.xml"), "styles.xml")
            if "meta.xml" in names:
                meta_root = _parse(read_member(zf, "meta.xml", 5_000_000), "meta.xml")
        except ExtractionError:
            styles_root = meta_root = None  # the text is still readable without them
    body = content.find(q("office:body"))
    text = body.find(q("office:text")) if body is not None else None
    if text is None:
        raise ExtractionError("odt: content.xml has no text body", "corrupt")
    walker = _Walker(Styles([styles_root, content]))
    walker.body(text)
    out = Extracted(items=walker.items, format="odt", pages=walker.page)
    if meta_root is not None:
        title = meta_root.find(f".//{q('dc:title')}")
        if title is not None and (title.text or "").strip():
            out.title = title.text.strip()[:300]
        stats = meta_root.find(f".//{q('meta:document-statistic')}")
        if stats is not None:
            with contextlib.suppress(ValueError):
                out.pages = max(out.pages, int(stats.get(q("meta:page-count")) or 0))
    return out
