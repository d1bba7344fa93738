"""What extraction produces: text blocks and tables in reading order."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class TextBlock:
    """A paragraph (or line group) of text on a page. `style` is a hint such as
    "heading", "bold", "italic" or "list" where the format says so."""

    text: str
    page: int = 1
    style: str | None = None
    # layout where the format gives it: font size relative to the body text, and
    # the first line's indentation in points from the leftmost line (PDF: chars
    # and positions; DOCX: run/style sizes, w:ind and list levels; HTML: headings,
    # <small>, inline font-size, list/blockquote depth)
    size: float | None = None
    indent: float | None = None
    # the block's look beyond its type, read as layout as a style is: its font colour
    # when not black ("#1f4e9c"; PDF chars, DOCX runs, HTML inline style; see
    # parsers.extract.colours) and, on a web page, the class of its element
    colour: str | None = None
    css_class: str | None = None
    # its typeface's family where the format names it ("couriernew", "monospace";
    # parsers.extract.fonts): answers typed in a face of their own
    font: str | None = None
    # its one bold stretch when plain text stands beside it (a bold question run in
    # before its plain answer): parsers.extract.bold_runs
    bold_run: str | None = None
    # its fields when it is one line typed at tab stops (DOCX tabs, HTML inline-block
    # spans; parsers.extract.tab_fields): the text keeps them joined by spaces
    fields: tuple[str, ...] | None = None


@dataclass
class Table:
    """A table as printed: rows of cell strings (merged cells repeat or are empty)."""

    rows: list[list[str]]
    page: int = 1
    index_on_page: int = 0
    caption: str | None = None
    confidence: float = 1.0
    # PDF only: each cell's printed lines as (top, text), top in points from the
    # top of the page, rows and cells as in `rows` (a cell of several
    # questions or replies is paired line by line, by where each one stands)
    cell_lines: list[list[list[tuple[float, str]]]] | None = None
    # a layout table (parsers.extract.docx_layout_tables): its cells' content as
    # flowing items, in reading order, for readers that read the page, not the grid
    flow: list[TextBlock | Table] | None = None

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)


Item = TextBlock | Table


@dataclass
class Extracted:
    """A document's content. `items` interleaves blocks and tables in reading order."""

    items: list[Item] = field(default_factory=list)
    pages: int = 0
    format: str = "unknown"  # pdf | docx | html | text
    flags: set[str] = field(default_factory=set)  # scanned, encrypted, ocr, truncated
    warnings: list[str] = field(default_factory=list)
    title: str | None = None
    ocr_confidence: float | None = None  # mean OCR word confidence 0–1 when flags has "ocr"
    # a correspondence thread (WhatDoTheyKnow page or export): parsers.extract.thread.Message
    messages: list = field(default_factory=list)

    @property
    def blocks(self) -> list[TextBlock]:
        return [i for i in self.items if isinstance(i, TextBlock)]

    @property
    def tables(self) -> list[Table]:
        return [i for i in self.items if isinstance(i, Table)]

    @property
    def text(self) -> str:
        """Plain text in reading order; table rows become tab-separated lines."""
        parts: list[str] = []
        for item in self.items:
            if isinstance(item, TextBlock):
                parts.append(item.text)
            else:
                parts.extend("\t".join(cell or "" for cell in row) for row in item.rows)
        return "\n".join(parts)
