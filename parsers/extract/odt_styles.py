"""ODF styles for the ODT reader: which paragraph and text styles are bold,
italic, headings or page breaks, and how list styles number their levels."""

from __future__ import annotations

from lxml import etree

from parsers.extract.docx_styles import format_number

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xml": "http://www.w3.org/XML/1998/namespace",
}


def q(name: str) -> str:
    """Clark notation of a prefixed name: text:p → {urn:…:text:1.0}p."""
    prefix, local = name.split(":")
    return "{" + NS[prefix] + "}" + local


# ODF number formats → the docx renderer's names
_NUM_FORMATS = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


class Styles:
    """Paragraph/text styles (bold, italic, heading, page break, list style)
    and list styles (per level: number format, prefix, suffix, start)."""

    def __init__(self, roots: list) -> None:
        self.styles: dict[str, dict] = {}
        self.lists: dict[str, dict[int, dict]] = {}
        self.outline: dict[int, dict] = {}
        for root in roots:  # styles.xml first: content.xml's automatic styles win
            if root is None:
                continue
            for st in root.iter(q("style:style")):
                self._add_style(st)
            for ls in root.iter(q("text:list-style")):
                self.lists[ls.get(q("style:name")) or ""] = _levels(ls)
            for os_ in root.iter(q("text:outline-style")):
                self.outline = _levels(os_)

    def _add_style(self, st) -> None:
        tp = st.find(q("style:text-properties"))
        pp = st.find(q("style:paragraph-properties"))
        weight = tp.get(q("fo:font-weight")) if tp is not None else None
        slant = tp.get(q("fo:font-style")) if tp is not None else None
        name = st.get(q("style:name")) or ""
        self.styles[name] = {
            "display": (st.get(q("style:display-name")) or name.replace("_20_", " ")).lower(),
            "parent": st.get(q("style:parent-style-name")),
            "bold": None if weight is None else (weight == "bold" or weight[:1] in "6789"),
            "italic": None if slant is None else slant in ("italic", "oblique"),
            "outline": st.get(q("style:default-outline-level")),
            "list": st.get(q("style:list-style-name")),
            "break": pp.get(q("fo:break-before")) == "page" if pp is not None else False,
        }

    def get(self, name: str | None, key: str):
        """A style property, inherited through parent styles."""
        seen = 0
        while name and name in self.styles and seen < 20:
            val = self.styles[name][key]
            if val is not None:
                return val
            name = self.styles[name]["parent"]
            seen += 1
        return None

    def is_heading(self, name: str | None) -> bool:
        seen = 0
        while name and name in self.styles and seen < 20:
            st = self.styles[name]
            if st["outline"] or st["display"].startswith("heading"):
                return True
            if st["display"] in ("title", "subtitle"):
                return True
            name = st["parent"]
            seen += 1
        return False


def _levels(list_style) -> dict[int, dict]:
    levels: dict[int, dict] = {}
    for el in list_style:
        local = etree.QName(el).localname
        if local not in (
            "list-level-style-number",
            "list-level-style-bullet",
            "outline-level-style",
        ):
            continue
        try:
            level = int(el.get(q("text:level")) or 1)
            start = int(el.get(q("text:start-value")) or 1)
            shown = int(el.get(q("text:display-levels")) or 1)
        except ValueError:
            continue
        levels[level] = {
            "bullet": local == "list-level-style-bullet",
            "format": el.get(q("style:num-format")) or "",
            "prefix": el.get(q("style:num-prefix")) or "",
            "suffix": el.get(q("style:num-suffix")) or "",
            "start": start,
            "shown": max(1, min(shown, 10)),
        }
    return levels


class Counter:
    """The running numbers of one list (all its levels)."""

    def __init__(self, levels: dict[int, dict]) -> None:
        self.levels = levels
        self.values: dict[int, int] = {}

    def label(self, level: int, start_value: int | None = None) -> str | None:
        spec = self.levels.get(level)
        start = spec["start"] if spec else 1
        if start_value is not None:
            self.values[level] = start_value
        else:
            self.values[level] = self.values.get(level, start - 1) + 1
        for deeper in [k for k in self.values if k > level]:
            del self.values[deeper]
        if spec is None:
            return None  # no list style: the number cannot be determined
        if spec["bullet"]:
            return "•"
        if not spec["format"]:
            return None
        parts = []
        for lv in range(level - spec["shown"] + 1, level + 1):
            lspec = self.levels.get(lv, spec)
            value = self.values.get(lv, lspec["start"])
            parts.append(format_number(value, _NUM_FORMATS.get(lspec["format"], "decimal")))
        return f"{spec['prefix']}{'.'.join(parts)}{spec['suffix']}"
