"""A paragraph's one bold stretch amid plain text (since set R): a question set in
bold and run in before its plain answer in the same paragraph ("**How many …?**
There are 14 …"), a bold label before its text. The paragraph keeps its one text; the
stretch is kept beside it (TextBlock.bold_run) so that readers can split by the face
change. Each format gives its text as weighted pieces: DOCX runs (w:b), HTML strings
inside <strong>/<b>, PDF lines' characters (their font names, parsers.extract.pdf).
"""

from __future__ import annotations

import re

Piece = tuple[str, bool]  # (text, bold)


def one_bold_stretch(pieces: list[Piece]) -> str | None:
    """The text of the only bold stretch among the pieces when plain words stand
    beside it (whitespace between bold pieces does not break a stretch), else None:
    a paragraph all of one weight, or with bold scattered through it, has none."""
    stretches: list[list[str]] = []
    plain = False
    last_bold = False
    for text, bold in pieces:
        if not text.strip():
            if stretches and last_bold:
                stretches[-1].append(text)
            continue
        if bold:
            if not last_bold:
                stretches.append([])
            stretches[-1].append(text)
        else:
            plain = True
        last_bold = bold
    if len(stretches) != 1 or not plain:
        return None
    stretch = re.sub(r"\s+", " ", "".join(stretches[0])).strip()
    return stretch or None


def heavy_span(text: str, heavy: list[bool]) -> tuple[int, int] | None:
    """(start, end) in `text` of its one run of heavy characters, given one flag for
    each of its non-space characters in order; None when there is no heavy character
    or more than one run of them."""
    if not any(heavy):
        return None
    spots = [k for k, ch in enumerate(text) if not ch.isspace()]
    if len(spots) != len(heavy):
        return None
    first = heavy.index(True)
    last = len(heavy) - 1 - heavy[::-1].index(True)
    if not all(heavy[first : last + 1]):
        return None
    return spots[first], spots[last] + 1


def line_pieces(text: str, bold: bool, span: tuple[int, int] | None) -> list[Piece]:
    """A PDF line as weighted pieces: its bold run, or the whole line by its weight."""
    if span is None:
        return [(text, bold)]
    start, end = span
    return [(text[:start], False), (text[start:end], True), (text[end:], False)]


def weight_runs_on(prev: tuple[str, bool, tuple[int, int] | None], line: tuple) -> bool:
    """Two lines (text, bold, heavy span) of one paragraph despite their weights
    differing: a bold run carried over the line end into a line that goes on in plain
    type (not a bold line over a run-in label, "Beds: 14"), or a line whose bold run
    gave way to plain type followed by a plain line."""
    p_text, p_bold, p_span = prev
    text, bold, span = line
    p_whole = (p_bold and p_span is None) or p_span == (0, len(p_text))
    if span is not None and span[0] == 0 and span[1] < len(text):
        # this line opens bold and goes on plain: the bold run began above
        reaches_end = p_whole or (p_span is not None and p_span[1] == len(p_text))
        return reaches_end and not text[: span[1]].rstrip().endswith(":")
    plain_tail = p_span is not None and p_span[1] < len(p_text)
    return plain_tail and not bold and span is None
