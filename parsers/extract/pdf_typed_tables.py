"""Tables typed in fixed-width text on a PDF page (a plain-text e-mail printed to PDF):
the lines set in a fixed-pitch face are turned back into the text they were typed
as, each character at its column (its distance from the left edge in character
widths), a wider gap between lines as blank lines, and read by
parsers.extract.text_tables (a rule of dashes under the heads, or a '+---+' grid).

pdfplumber reads such a table line by line across its columns, each line a piece of
every cell; here the table's characters are taken out of the page's text and the
table placed where it stands, as ruled tables are (parsers.extract.pdf_page_tables).
"""

from __future__ import annotations

import itertools
import statistics
from collections import defaultdict

from parsers.extract.model import Table
from parsers.extract.text_tables import find_text_tables

MIN_FONT_CHARS = 20  # a face seen less than this on the page is not judged
PITCH_SPREAD = 0.03  # fixed pitch: every character's advance within 3% of the median
MAX_BLANKS = 3

Char = dict


def _fixed_pitch_faces(chars: list[Char]) -> dict[tuple[str, float], float]:
    """{(font, size): advance} of the faces on the page whose characters all take
    the same width."""
    widths: dict[tuple[str, float], list[float]] = defaultdict(list)
    for c in chars:
        widths[(str(c.get("fontname", "")), round(float(c.get("size", 0)), 1))].append(
            float(c["x1"]) - float(c["x0"])
        )
    faces = {}
    for face, ws in widths.items():
        if len(ws) < MIN_FONT_CHARS:
            continue
        mid = statistics.median(ws)
        if mid > 0 and max(ws) - min(ws) <= PITCH_SPREAD * mid:
            faces[face] = mid
    return faces


def _face(c: Char) -> tuple[str, float]:
    return (str(c.get("fontname", "")), round(float(c.get("size", 0)), 1))


def _lines(chars: list[Char]) -> list[list[Char]]:
    """The page's characters as lines, top to bottom, each left to right."""
    lines: list[list[Char]] = []
    for c in sorted(chars, key=lambda c: (float(c["top"]), float(c["x0"]))):
        size = float(c.get("size", 0)) or 10.0
        if lines and abs(float(c["top"]) - float(lines[-1][0]["top"])) < size * 0.5:
            lines[-1].append(c)
        else:
            lines.append([c])
    return [sorted(ln, key=lambda c: float(c["x0"])) for ln in lines]


def _typed(line: list[Char], left: float, advance: float) -> str:
    out: list[str] = []
    for c in line:
        col = max(0, round((float(c["x0"]) - left) / advance))
        out += [" "] * (col - len(out))
        if col == len(out):
            out.append(c["text"])
    return "".join(out)


def _runs(lines: list[list[Char]], faces: dict) -> list[list[tuple[list[Char] | None, str]]]:
    """Runs of consecutive fixed-pitch lines as typed text, a wide gap between two
    lines as blank lines; a line in another face ends a run."""
    typed = [ln for ln in lines if all(_face(c) in faces for c in ln)]
    if not typed:
        return []
    left = min(float(ln[0]["x0"]) for ln in typed)
    advance = statistics.median(faces[_face(ln[0])] for ln in typed)
    size = statistics.median(float(ln[0].get("size", 0)) for ln in typed)
    steps = [float(b[0]["top"]) - float(a[0]["top"]) for a, b in itertools.pairwise(typed)]
    # the line pitch: the closest two typed lines stand (a raised mark is no line)
    pitch = min((s for s in steps if s >= 0.6 * size), default=0.0)
    kept = {id(ln) for ln in typed}
    runs: list[list[tuple[list[Char] | None, str]]] = [[]]
    prev: list[Char] | None = None
    for ln in lines:
        if id(ln) not in kept:
            runs.append([])
            prev = None
            continue
        if prev is not None and pitch > 0:
            gap = round((float(ln[0]["top"]) - float(prev[0]["top"])) / pitch) - 1
            runs[-1] += [(None, "")] * min(max(gap, 0), MAX_BLANKS)
        runs[-1].append((ln, _typed(ln, left, advance)))
        prev = ln
    return [r for r in runs if r]


def typed_tables(chars: list[Char], pno: int, bboxes: list, tables: list, index: int) -> int:
    """Find the page's typed tables: add each one's box to `bboxes` and (top, Table) to
    `tables`; returns the next table index."""
    visible = [c for c in chars if c.get("text", "").strip()]
    faces = _fixed_pitch_faces(visible)
    if not faces:
        return index
    for run in _runs(_lines(visible), faces):
        for found in find_text_tables([text for _, text in run]):
            drawn = [c for ln, _ in run[found.start : found.end] if ln for c in ln]
            if not drawn:
                continue
            x0 = min(float(c["x0"]) for c in drawn)
            x1 = max(float(c["x1"]) for c in drawn)
            top = min(float(c["top"]) for c in drawn)
            bottom = max(float(c["bottom"]) for c in drawn)
            bboxes.append((x0 - 1, top - 1, x1 + 1, bottom + 1))
            tables.append((top, Table(rows=found.rows, page=pno, index_on_page=index)))
            index += 1
    return index


__all__ = ["typed_tables"]
