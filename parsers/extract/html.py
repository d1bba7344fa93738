"""HTML → blocks and tables in document order (BeautifulSoup).

Navigation, headers, footers, scripts, styles, forms and drawings are dropped (an inline
SVG chart's data labels are kept as text, paired with its axis labels; a form of
filled-in fields is read as the record it shows: parsers.extract.html_forms); when the
page has a <main> or <article>, only that is read. Headings, paragraphs, list
items, preformatted text and tables become items; loose text inside <div>s is
gathered into paragraphs. A table nested in a cell is flattened into the cell
(parsers.extract.html_tables).
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from parsers.extract.bold_runs import Piece, one_bold_stretch
from parsers.extract.colours import css_colour
from parsers.extract.fonts import css_font
from parsers.extract.html_aria import aria_tables_as_tables
from parsers.extract.html_forms import filled_forms_as_text, unwrap_page_forms
from parsers.extract.html_layout import html_layout
from parsers.extract.html_lists import LI_AFTER_BREAK, LI_BREAKS, list_number
from parsers.extract.html_pre import pre_parts
from parsers.extract.html_svg import charts_as_text
from parsers.extract.html_tables import read_table
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.extract.tab_fields import inline_block_fields

MAX_HTML_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 200

_DROP = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "form",
    "template",
    "iframe",
    "svg",
    "button",
    "select",
    "aside",
    "object",
    "embed",
)
# drawn before an accordion panel's title (<summary>), as a browser prints it
DISCLOSURE_TRIANGLE = "\u25be "
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCK_TEXT = {"p", "pre", "blockquote", "address", "dt", "dd", "figcaption", "caption", "summary"}
_CONTAINERS = {
    "div",
    "section",
    "article",
    "main",
    "body",
    "html",
    "ul",
    "ol",
    "dl",
    "li",
    "details",
    "figure",
    "center",
    "fieldset",
    "span",
    "font",
}


_DEEP = [False]  # set when a walk stopped at MAX_DEPTH (read back per document)


def _text(el) -> str:
    parts: list[str] = []

    def walk(node, depth: int = 0) -> None:
        if depth > MAX_DEPTH:
            _DEEP[0] = True
            return
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                parts.append(str(child))
            elif isinstance(child, Tag):
                if child.name == "br":
                    parts.append("\n")
                elif child.name in ("p", "div", "li", "tr") and parts:
                    parts.append("\n")
                    walk(child, depth + 1)
                elif child.name in ("td", "th"):
                    parts.append(" ")
                    walk(child, depth + 1)
                else:
                    walk(child, depth + 1)

    walk(el)
    text = "".join(parts).replace("\u00a0", " ")
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def _block(text: str, el, style: str | None = None) -> TextBlock:
    """A block with the layout (size, indent) of the element it was read from."""
    size, indent = html_layout(el)
    block = TextBlock(text=text, style=style, size=size, indent=indent)
    if isinstance(el, Tag):
        block.colour = css_colour(el.get("style"))
        block.font = css_font(el.get("style"), el.name)
        classes = el.get("class")
        block.css_class = " ".join(classes) if isinstance(classes, list) else classes or None
        block.fields = inline_block_fields(el) if "\n" not in text else None
    return block


class _Walker:
    def __init__(self) -> None:
        self.out = Extracted(format="html", pages=1)
        self.inline: list[str] = []
        self.inline_el = None  # the element loose text was first gathered in
        self.table_index = 0

    def flush(self) -> None:
        text = "".join(self.inline)
        self.inline = []
        lines = [re.sub(r"\s+", " ", ln).strip() for ln in text.replace("\u00a0", " ").split("\n")]
        text = "\n".join(ln for ln in lines if ln)
        if text:
            self.out.items.append(_block(text, self.inline_el))
        self.inline_el = None

    def walk(self, node, depth: int = 0) -> None:
        if depth > MAX_DEPTH:
            _DEEP[0] = True
            return
        for child in node.children:
            self.visit(node, child, depth)

    def visit(self, node, child, depth: int) -> None:
        """One child of `node`: loose text gathered, an element read as its kind."""
        if isinstance(child, Comment):
            return
        if isinstance(child, NavigableString):
            if self.inline_el is None and str(child).strip():
                self.inline_el = node
            self.inline.append(str(child))
            return
        if not isinstance(child, Tag):
            return
        name = child.name
        if name == "br":
            self.inline.append("\n")
        elif name in _HEADINGS:
            self.flush()
            t = _text(child)
            if t:
                self.out.items.append(_block(t, child, "heading"))
        elif name == "table":
            self.flush()
            self.table(child)
        elif name == "li":
            self.flush()
            if child.find_all(LI_BREAKS, recursive=False):
                self.inline = []
                self.walk_except(child, depth + 1, style="list")
            else:
                t = _text(child)
                if t:
                    t = (list_number(child) or "") + t
                    self.out.items.append(_block(t, child, "list"))
        elif name in _BLOCK_TEXT:
            self.flush()
            if child.find(["table", "ul", "ol"]) is not None:
                self.walk(child, depth + 1)
                self.flush()
                return
            # (a <pre> block's paragraphs, parted by blank lines: parsers.extract.html_pre)
            paras = pre_parts(child.get_text()) if name == "pre" else [_text(child)]
            for t in filter(None, paras):
                if isinstance(t, Table):  # a table typed in fixed-width text
                    self.out.items.append(t)
                    continue
                block = _block(_as_drawn(t, child), child, _block_style(child))
                block.bold_run = one_bold_stretch(_weighted(child)) if name != "pre" else None
                self.out.items.append(block)
        elif name in _CONTAINERS or name not in (
            "strong",
            "b",
            "em",
            "i",
            "a",
            "u",
            "small",
            "sup",
            "sub",
            "abbr",
            "code",
            "mark",
            "time",
            "label",
            "q",
            "cite",
            "s",
            "del",
            "ins",
        ):
            if name in _CONTAINERS and name != "span" and name != "font":
                self.flush()
            self.walk(child, depth + 1)
            if name in _CONTAINERS and name != "span" and name != "font":
                self.flush()
        else:
            self.walk(child, depth + 1)

    def walk_except(self, li, depth: int, style: str | None) -> None:
        own: list[str] = [list_number(li) or ""]  # the number the browser draws
        broken = False  # a block of its own has ended the item's own text
        for child in li.children:
            if isinstance(child, Tag) and (
                child.name in LI_BREAKS or (broken and child.name in LI_AFTER_BREAK)
            ):
                text = re.sub(r"\s+", " ", "".join(own)).strip()
                if text:
                    self.out.items.append(_block(text, li, style))
                own = []
                broken = True
                if child.name == "table":
                    self.table(child)
                elif child.name in ("ul", "ol"):
                    self.walk(child, depth + 1)
                    self.flush()
                else:
                    # a quotation (an answer under a question item), or a paragraph
                    # after it: its own block, as the browser draws it
                    self.visit(li, child, depth + 1)
                    self.flush()
            elif isinstance(child, Tag):
                own.append(_text(child) + " ")
            elif isinstance(child, NavigableString) and not isinstance(child, Comment):
                own.append(str(child))
        text = re.sub(r"\s+", " ", "".join(own)).strip()
        if text:
            self.out.items.append(_block(text, li, style))

    def table(self, tbl) -> None:
        read = read_table(tbl, self.table_index, _text)
        if isinstance(read, Table):
            self.out.items.append(read)
            self.table_index += 1
        else:
            self.out.items.extend(read)


def _parser_flattened(soup) -> bool:
    """lxml stops nesting at 255 levels (it re-parents deeper elements): a page
    that reaches that depth was not read as written."""
    el = soup.find("div")
    depth = 0
    while el is not None and depth <= 256:
        nxt = el.find("div", recursive=False)
        el, depth = nxt, depth + 1
    return depth > 250


def _weighted(el) -> list[Piece]:
    """The element's strings as (text, bold) pieces, bold inside <strong> or <b>
    (parsers.extract.bold_runs)."""
    pieces: list[Piece] = []
    for node in el.descendants:
        if not isinstance(node, NavigableString) or isinstance(node, Comment):
            continue
        bold = False
        parent = node.parent
        while parent is not None and parent is not el:
            bold = bold or parent.name in ("strong", "b")
            parent = parent.parent
        pieces.append((str(node), bold))
    return pieces


def _block_style(el) -> str | None:
    """The type a block is drawn in: an accordion panel's <summary> is its title,
    which browsers draw as a bold line (as a printed page shows it); any other
    block by its inline emphasis."""
    if el.name == "summary" and el.get_text(strip=True):
        return "bold"
    return _inline_style(el)


def _as_drawn(text: str, el) -> str:
    """A block's text as the browser draws it: a panel's <summary> behind the
    disclosure triangle that shows it opens a panel (parsers.foi.panels reads it)."""
    return DISCLOSURE_TRIANGLE + text if el.name == "summary" else text


def _inline_style(el) -> str | None:
    text = el.get_text(strip=True)
    if not text:
        return None
    strong = "".join(s.get_text(strip=True) for s in el.find_all(["strong", "b"]))
    if strong and len(strong) >= 0.9 * len(text):
        return "bold"
    em = "".join(s.get_text(strip=True) for s in el.find_all(["em", "i"]))
    if em and len(em) >= 0.9 * len(text):
        return "italic"
    # underlined, not a link: <u>, or an inline text-decoration (since set M)
    under = text if _underlined(el) else ""
    under = under or "".join(s.get_text(strip=True) for s in el.find_all(_underlined))
    if under and len(under) >= 0.9 * len(text):
        return "underline"
    return None


_RE_UNDERLINE_CSS = re.compile(r"text-decoration(?:-line)?\s*:[^;]*\bunderline\b", re.I)


def _underlined(tag) -> bool:
    """An element drawn underlined by its own markup (a link's underline is no face)."""
    return tag.name == "u" or (
        tag.name != "a" and bool(_RE_UNDERLINE_CSS.search(tag.get("style") or ""))
    )


# Charsets a page may declare. Anything else (punycode, idna, rot13, the
# compression "codecs" Python also registers) is ignored: punycode decodes a
# 3 MB page in quadratic time.
_CHARSETS = {
    "utf-8", "utf8", "us-ascii", "ascii", "latin1", "latin-1", "utf-16", "utf-16le",
    "utf-16be", "iso-8859-1", "iso-8859-2", "iso-8859-15", "windows-1250",
    "windows-1251", "windows-1252", "windows-1253", "windows-1254", "windows-1257",
    "cp1252", "cp1250", "cp1251", "koi8-r", "shift_jis", "euc-jp", "euc-kr", "gb2312",
    "gbk", "gb18030", "big5",
}  # fmt: skip


def allowed_charset(name: str) -> str | None:
    """The declared charset when it is on the allow-list, else None."""
    name = name.strip().lower()
    return name if name in _CHARSETS else None


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    head = data[:2048].lower()
    m = re.search(rb"charset=[\"']?([a-z0-9_\-]+)", head)
    charset = allowed_charset(m.group(1).decode("ascii", "replace")) if m else None
    if charset:
        try:
            return data.decode(charset, "replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def extract_html(data: bytes) -> Extracted:
    from parsers.extract import ExtractionError

    if len(data) > MAX_HTML_BYTES:
        raise ExtractionError(f"html: page too large ({len(data)} bytes)", "too_large")
    text = _decode(data)
    try:
        soup = BeautifulSoup(text, "lxml")
    except Exception:
        soup = BeautifulSoup(text, "html.parser")
    title_el = soup.find("title")
    title = title_el.get_text(" ", strip=True) if title_el is not None else None
    charts_as_text(soup)  # a chart's data labels, with its axis labels (html_svg.py)
    aria_tables_as_tables(soup)  # a CSS grid of <div>s with table roles (html_aria.py)
    unwrap_page_forms(soup)  # a form wrapping the whole page (ASP.NET) is no form of its own
    filled_forms_as_text(soup)  # a form of filled-in fields: the record it shows (html_forms.py)
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for el in soup.find_all(attrs={"role": ["navigation", "banner", "contentinfo", "search"]}):
        el.decompose()
    for el in soup.find_all(attrs={"hidden": True}):
        el.decompose()
    root = soup.find("main") or soup.find(attrs={"role": "main"})
    if root is None:
        articles = soup.find_all("article")
        root = articles[0] if len(articles) == 1 else None
    if root is None:
        root = soup.body or soup
    walker = _Walker()
    _DEEP[0] = False
    walker.walk(root)
    walker.flush()
    out = walker.out
    if _DEEP[0] or _parser_flattened(soup):
        out.flags.add("truncated")
        out.warnings.append(
            f"html: elements nested more than {MAX_DEPTH} deep; the deepest text may be missing"
        )
    out.title = title[:300] if title else None
    return out
