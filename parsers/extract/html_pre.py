"""A <pre> block's paragraphs: preformatted text (a plain-text e-mail pasted into a web
page) marks its paragraphs with blank lines, not with elements, so each run of lines
between blank lines is read as a block of its own, as the paragraphs of a letter are;
a table typed in it (columns kept apart by spaces under a rule of dashes, or drawn
with '+---+' and '|') is read as a table (parsers.extract.text_tables).
Part of the HTML extractor (parsers.extract.html)."""

from __future__ import annotations

import re

from parsers.extract.model import Table
from parsers.extract.text_tables import find_text_tables

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")


def pre_paragraphs(text: str) -> list[str]:
    """The paragraphs of preformatted `text`, each its lines whitespace-normalised
    ("" lines dropped); none empty."""
    out = []
    for para in _BLANK_LINE.split(text.replace("\r\n", "\n")):
        lines = [re.sub(r"\s+", " ", ln).strip() for ln in para.split("\n")]
        joined = "\n".join(ln for ln in lines if ln)
        if joined:
            out.append(joined)
    return out


def pre_parts(text: str) -> list[str | Table]:
    """Preformatted `text` as its paragraphs (see pre_paragraphs) and the tables typed
    in it, in order."""
    lines = text.replace("\r\n", "\n").replace("\t", "    ").replace("\u00a0", " ").split("\n")
    out: list[str | Table] = []
    at = 0
    for found in find_text_tables(lines):
        out += pre_paragraphs("\n".join(lines[at : found.start]))
        out.append(Table(rows=found.rows))
        at = found.end
    return out + pre_paragraphs("\n".join(lines[at:]))
