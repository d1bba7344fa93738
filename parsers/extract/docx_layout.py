"""DOCX paragraph layout: font size and first-line indentation, in the units the
PDF reader gives (parsers.extract.model.TextBlock), so a layout feature means
the same thing whatever the format.

* size: the paragraph's font size (each run's w:sz, else its character style's,
  else the paragraph style's, else the document default; weighted by the run's
  characters) divided by the body size, the character-weighted median over the
  document's paragraphs: 1.0 for body text, < 1 for small print;
* indent: where the first line starts, in points from the leftmost paragraph of
  the document: the paragraph's w:ind (left/start, firstLine, hanging), else its
  style's, else its list level's in numbering.xml (a numbered paragraph's number
  stands at left - hanging, as a PDF prints it).
"""

from __future__ import annotations

from parsers.extract.docx_styles import W_TAG

_DEFAULT_SIZE = 20  # half-points: Word's 10 pt when nothing says otherwise
_MAX_CHAIN = 20  # basedOn chains are followed this far (a cycle is junk)


def _int(el, attr: str) -> int | None:
    if el is None:
        return None
    val = el.get(W_TAG + attr)
    try:
        return int(float(val)) if val not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _sz(rpr) -> int | None:
    return _int(rpr.find(W_TAG + "sz"), "val") if rpr is not None else None


def _ind(ppr) -> tuple[int | None, int | None, int | None] | None:
    """(left, firstLine, hanging) in twips from a w:pPr, or None without w:ind."""
    ind = ppr.find(W_TAG + "ind") if ppr is not None else None
    if ind is None:
        return None
    left = _int(ind, "left")
    if left is None:
        left = _int(ind, "start")
    return left, _int(ind, "firstLine"), _int(ind, "hanging")


def _first_line(ind: tuple[int | None, int | None, int | None]) -> float:
    left, first, hanging = ind
    return ((left or 0) + (first or 0) - (hanging or 0)) / 20.0


class DocxLayout:
    """Sizes and indents from styles.xml and numbering.xml (either may be None)."""

    def __init__(self, styles_root, numbering_root):
        self.default_size = _DEFAULT_SIZE
        # styleId -> (basedOn, sz, ind)
        self.styles: dict[str, tuple[str | None, int | None, tuple | None]] = {}
        self.level_ind: dict[tuple[str, str], tuple] = {}  # (abstractNumId, ilvl) -> ind
        self.nums: dict[str, str] = {}  # numId -> abstractNumId
        if styles_root is not None:
            rpr = styles_root.find(f"{W_TAG}docDefaults/{W_TAG}rPrDefault/{W_TAG}rPr")
            self.default_size = _sz(rpr) or _DEFAULT_SIZE
            for st in styles_root.iter(W_TAG + "style"):
                based = st.find(W_TAG + "basedOn")
                self.styles[st.get(W_TAG + "styleId") or ""] = (
                    based.get(W_TAG + "val") if based is not None else None,
                    _sz(st.find(W_TAG + "rPr")),
                    _ind(st.find(W_TAG + "pPr")),
                )
        if numbering_root is not None:
            for an in numbering_root.iter(W_TAG + "abstractNum"):
                aid = an.get(W_TAG + "abstractNumId") or ""
                for lvl in an.iter(W_TAG + "lvl"):
                    ind = _ind(lvl.find(W_TAG + "pPr"))
                    if ind is not None:
                        self.level_ind[(aid, lvl.get(W_TAG + "ilvl") or "0")] = ind
            for num in numbering_root.iter(W_TAG + "num"):
                an = num.find(W_TAG + "abstractNumId")
                if an is not None:
                    self.nums[num.get(W_TAG + "numId") or ""] = an.get(W_TAG + "val") or ""

    def _style(self, sid: str | None, which: int):
        seen = 0
        while sid and sid in self.styles and seen < _MAX_CHAIN:
            val = self.styles[sid][which]
            if val is not None:
                return val
            sid = self.styles[sid][0]
            seen += 1
        return None

    def size(self, p, sid: str | None) -> float | None:
        """The paragraph's font size in points (character-weighted mean of its runs)."""
        para = self._style(sid, 1) or self.default_size
        total = chars = 0
        for r in p.iter(W_TAG + "r"):
            n = sum(len(t.text or "") for t in r.iter(W_TAG + "t"))
            if not n:
                continue
            rpr = r.find(W_TAG + "rPr")
            rs = rpr.find(W_TAG + "rStyle") if rpr is not None else None
            sz = _sz(rpr) or (self._style(rs.get(W_TAG + "val"), 1) if rs is not None else None)
            total += (sz or para) * n
            chars += n
        return round(total / chars / 2.0, 2) if chars else None

    def indent(self, ppr, sid: str | None, numbering: tuple[str, int] | None) -> float:
        """Where the paragraph's first line starts, in points from the margin."""
        ind = _ind(ppr)
        if ind is None:
            ind = self._style(sid, 2)
        if ind is None and numbering is not None:
            aid = self.nums.get(numbering[0])
            if aid is not None:
                ind = self.level_ind.get((aid, str(numbering[1])))
        return _first_line(ind) if ind is not None else 0.0


def relative_layout(blocks: list, sizes: list[float | None], indents: list[float]) -> None:
    """Set each TextBlock's size relative to the body (the character-weighted
    median size) and its indent from the leftmost paragraph, as the PDF reader does."""
    body = _weighted_median([(s, len(b.text)) for b, s in zip(blocks, sizes, strict=True) if s])
    left = min(indents, default=0.0)
    for b, s, ind in zip(blocks, sizes, indents, strict=True):
        b.size = round(s / body, 2) if s and body else None
        b.indent = round(ind - left, 1)


def _weighted_median(pairs: list[tuple[float, int]]) -> float | None:
    """The value at half the total weight (values weighted by character counts)."""
    total = sum(w for _, w in pairs)
    acc = 0
    for value, w in sorted(pairs):
        acc += w
        if 2 * acc >= total:
            return value
    return None
