"""The parts of a DOCX that say how its paragraphs look: the XML parser every part is
read with (no DTDs, entities or network), style toggles, the style sheet (headings,
bold and italic by style, list styles) and Word's automatic list numbering rendered as
Word prints it ("1.", "a)", "(i)"). Part of parsers.extract.docx.
"""

from __future__ import annotations

import re

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_TAG = "{" + W + "}"  # an element or attribute name in the w: namespace: W_TAG + "p"
MAX_LIST_NUMBER = 100_000  # list counters are clamped here (a start of 10^18 is junk)

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    huge_tree=False,
    remove_blank_text=False,
    load_dtd=False,
)


def parse_part(xml: bytes):
    from parsers.extract import ExtractionError

    # anywhere in the part, not only its head: a DOCTYPE after a long comment
    if b"<!ENTITY" in xml or b"<!DOCTYPE" in xml:
        raise ExtractionError("docx: XML declares a DTD or entities; refusing", "corrupt")
    return etree.fromstring(xml, _PARSER)


def toggle(el, name: str) -> bool | None:
    """A w:b / w:i style toggle: None when absent."""
    node = el.find(W_TAG + name) if el is not None else None
    if node is None:
        return None
    val = node.get(W_TAG + "val")
    return val not in ("0", "false", "off", "none")


class Styles:
    def __init__(self, root):
        self.styles: dict[str, tuple[str, str | None, bool | None, bool | None, str | None]] = {}
        if root is None:
            return
        for st in root.iter(W_TAG + "style"):
            sid = st.get(W_TAG + "styleId") or ""
            name_el = st.find(W_TAG + "name")
            name = name_el.get(W_TAG + "val") if name_el is not None else sid
            based = st.find(W_TAG + "basedOn")
            rpr = st.find(W_TAG + "rPr")
            ppr = st.find(W_TAG + "pPr")
            outline = None
            numbering = None
            if ppr is not None:
                ol = ppr.find(W_TAG + "outlineLvl")
                if ol is not None:
                    outline = ol.get(W_TAG + "val")
                numbering = num_pr(ppr.find(W_TAG + "numPr"))
            self.styles[sid] = (
                name or sid,
                based.get(W_TAG + "val") if based is not None else None,
                toggle(rpr, "b"),
                toggle(rpr, "i"),
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


class Numbering:
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
        for an in root.iter(W_TAG + "abstractNum"):
            aid = an.get(W_TAG + "abstractNumId")
            for lvl in an.iter(W_TAG + "lvl"):
                ilvl = lvl.get(W_TAG + "ilvl") or "0"
                fmt = lvl.find(W_TAG + "numFmt")
                txt = lvl.find(W_TAG + "lvlText")
                start = lvl.find(W_TAG + "start")
                self.levels[(aid, ilvl)] = (
                    fmt.get(W_TAG + "val") if fmt is not None else "decimal",
                    txt.get(W_TAG + "val") if txt is not None else "",
                    clamp_start(start.get(W_TAG + "val") if start is not None else None),
                )
        for num in root.iter(W_TAG + "num"):
            nid = num.get(W_TAG + "numId")
            an = num.find(W_TAG + "abstractNumId")
            if an is not None:
                self.nums[nid] = an.get(W_TAG + "val")
            for ov in num.iter(W_TAG + "lvlOverride"):
                so = ov.find(W_TAG + "startOverride")
                if so is not None:
                    self.overrides[(nid, ov.get(W_TAG + "ilvl") or "0")] = clamp_start(
                        so.get(W_TAG + "val")
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
            return format_number(value, lfmt)

        return re.sub(r"%(\d)", render, text)


def num_pr(numpr) -> tuple[str, int] | None:
    """A w:numPr element → (numId, level), or None."""
    if numpr is None:
        return None
    nid = numpr.find(W_TAG + "numId")
    if nid is None or nid.get(W_TAG + "val") is None:
        return None
    lvl = numpr.find(W_TAG + "ilvl")
    try:
        ilvl = int(lvl.get(W_TAG + "val")) if lvl is not None else 0
    except (TypeError, ValueError):
        ilvl = 0
    return nid.get(W_TAG + "val"), ilvl


def clamp_start(value: str | None) -> int:
    """A list's start value as a number in 0..MAX_LIST_NUMBER (1 when unreadable)."""
    try:
        n = int(value) if value not in (None, "") else 1
    except (TypeError, ValueError):
        return 1
    return max(0, min(n, MAX_LIST_NUMBER))


def format_number(n: int, fmt: str) -> str:
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
