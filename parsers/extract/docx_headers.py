"""The text boxes of the header a DOCX prints on its first page (since set AG's
learning): headed paper puts its letterhead panel (the office's address, "Our ref:",
the date) in a floating text box, and a template may anchor that box in the first
page's own header rather than in the body. Such a box is read as the first page's
top lines, ahead of the body, each of its paragraphs a block (a text box anchored in
the body is read where it stands: parsers.extract.docx).

Only the header the first page shows (the first section's "first" header where it
asks for a different first page, else its default header) and only its text boxes:
a running header's own paragraphs (a title, "Page 2 of 5") repeat on every page and
are left alone, and a box is read once however many pages repeat it, so no answer
takes its lines. The copy of a box Word keeps for older readers (mc:Fallback, the
VML duplicate) is skipped.
"""

from __future__ import annotations

import posixpath
import re

from parsers.extract.docx_styles import W_TAG, parse_part
from parsers.extract.model import TextBlock
from parsers.extract.ziputil import read_member

MAX_PART_BYTES = 5 * 1024 * 1024  # a header part: a few kilobytes in any real letter
RELS = "word/_rels/document.xml.rels"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TXBX = W_TAG + "txbxContent"


def _first_section(body) -> object | None:
    """The first section's properties: a paragraph's w:sectPr ends a section, the
    body's own closes the last."""
    for ppr in body.iter(W_TAG + "pPr"):
        sect = ppr.find(W_TAG + "sectPr")
        if sect is not None:
            return sect
    return body.find(W_TAG + "sectPr")


def _first_page_header_id(sect) -> str | None:
    """The relationship id of the header the section's first page shows."""
    title_pg = sect.find(W_TAG + "titlePg")
    different = title_pg is not None and title_pg.get(W_TAG + "val") not in ("0", "false")
    wanted = "first" if different else "default"
    for ref in sect.findall(W_TAG + "headerReference"):
        if (ref.get(W_TAG + "type") or "default") == wanted:
            return ref.get(_R_ID)
    return None


def _target(zf, names: set[str], rid: str) -> str | None:
    if RELS not in names:
        return None
    rels = parse_part(read_member(zf, RELS, MAX_PART_BYTES))
    for rel in rels.iter(_REL):
        if rel.get("Id") == rid and rel.get("TargetMode") != "External":
            path = posixpath.normpath(posixpath.join("word", rel.get("Target") or ""))
            return path if path in names else None
    return None


_BREAKS = {W_TAG + "tab": " ", W_TAG + "br": "\n", W_TAG + "cr": "\n"}


def _para_text(p) -> str:
    parts: list[str] = []
    for el in p.iter(W_TAG + "t", *_BREAKS):
        parts.append(el.text or "" if el.tag == W_TAG + "t" else _BREAKS[el.tag])
    return re.sub(r"[ \t\u00a0]+", " ", "".join(parts)).strip()


def _in_fallback(el) -> bool:
    return any(a.tag == _MC_FALLBACK for a in el.iterancestors())


def _box_lines(box) -> list[str]:
    lines: list[str] = []
    for p in box.iter(W_TAG + "p"):
        # (a box nested in this one is read as its own)
        if next(p.iterancestors(_TXBX)) is not box:
            continue
        lines += [ln.strip() for ln in _para_text(p).split("\n") if ln.strip()]
    return lines


def first_page_header_boxes(zf, names: set[str], body) -> list[TextBlock]:
    """The lines of the text boxes of the header the first page shows, a block each."""
    sect = _first_section(body) if body is not None else None
    rid = _first_page_header_id(sect) if sect is not None else None
    path = _target(zf, names, rid) if rid else None
    if path is None:
        return []
    header = parse_part(read_member(zf, path, MAX_PART_BYTES))
    blocks: list[TextBlock] = []
    for box in header.iter(_TXBX):
        if _in_fallback(box):
            continue
        blocks += [TextBlock(text=line, page=1) for line in _box_lines(box)]
    return blocks
