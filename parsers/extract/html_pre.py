"""A <pre> block's paragraphs: preformatted text (a plain-text e-mail pasted into a web
page) marks its paragraphs with blank lines, not with elements, so each run of lines
between blank lines is read as a block of its own, as the paragraphs of a letter are.
Part of the HTML extractor (parsers.extract.html)."""

from __future__ import annotations

import re

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
