"""Tables typed as fixed-width text: a plain-text e-mail's table, each cell's text
wrapped inside its column, so one line holds a piece of every cell of its row.

Three ways of drawing the columns are read, as mail clients and people print them:

- a RULE of dashes (or '=' / '_') under the column heads, one run per column, the
  runs parted by spaces: each run's span is its column, the heads are the lines just
  above it, and the body goes on while its lines keep the gaps between the runs clear;
- a GRID of '+---+---+' borders and '|' walls: the '+' positions are the walls, and a
  border line closes a row;
- column heads parted by two spaces or more and nothing else (ALIGNED; only in a
  fixed-pitch face): the body goes on while its lines keep two spaces of each gap
  between the heads clear (a line of prose runs across), and is a table
  only when its cells wrap (a line with the first column empty, another filled), so
  a head's aligned fields ("Our ref:   AB/1") are none.

A row is the lines between blank lines (or borders); a stretch whose first column is
empty while the table's first column is a key carries on the row before (a cell's
second paragraph after a blank line). Each cell is its column's pieces joined by
spaces (a word broken after its hyphen joined back whole).

Used by every extractor that sees typed lines: HTML <pre>, DOCX and PDF lines in a
fixed-pitch face, plain text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from parsers.extract.fonts import fixed_pitch
from parsers.extract.model import Item, Table, TextBlock

_RULE = re.compile(r"^\s*[-=_]{2,}(?: +[-=_]{2,})+\s*$")
_BORDER = re.compile(r"^\s*\+(?:[-=]+\+){2,}\s*$")
MIN_BODY_LINES = 2  # a rule with fewer typed lines under it is no table
MAX_HEAD_LINES = 3


@dataclass
class TextTable:
    """A table found in typed lines: `rows` of cell strings, the head first, and the
    lines it covers, [start, end)."""

    start: int
    end: int
    rows: list[list[str]]


def _spans(line: str, pattern: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(pattern, line)]


def _blank(line: str) -> bool:
    return not line.strip()


def _join(pieces: list[str]) -> str:
    """A cell's pieces as one text: by spaces, a word broken after its hyphen whole."""
    out = ""
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        if not out:
            out = piece
        elif re.search(r"[^\W\d_]-$", out) and piece[:1].islower():
            out += piece
        else:
            out += " " + piece
    return out


def _cells(line: str, cols: list[tuple[int, int]]) -> list[str]:
    return [line[a:b].strip() for a, b in cols]


def _rows(chunks: list[list[list[str]]], keyed: bool) -> list[list[str]]:
    """Chunks of lines' cells as rows; with a key column, a chunk with no key carries
    on the row before."""
    rows: list[list[list[str]]] = []
    for chunk in chunks:
        if not chunk:
            continue
        if keyed and rows and not any(cells[0] for cells in chunk):
            rows[-1].extend(chunk)
        else:
            rows.append(list(chunk))
    return [[_join([c[i] for c in row]) for i in range(len(row[0]))] for row in rows]


# --- ruled: heads over a rule of dashes ------------------------------------------


def _fits(line: str, cols: list[tuple[int, int]]) -> bool:
    """The line keeps every gap between the rule's runs clear (a prose line runs
    across them) and has no text left of the first column."""
    if line[: cols[0][0]].strip():
        return False
    gaps = [(b, c) for (_, b), (c, _) in itertools.pairwise(cols)]
    return all(not line[a:b].strip() for a, b in gaps)


def _ruled(lines: list[str], i: int) -> TextTable | None:
    runs = _spans(lines[i], r"[-=_]{2,}")
    # each column reaches to the next one's start, the last to the line's end
    cols = [(a, runs[k + 1][0] if k + 1 < len(runs) else 10_000) for k, (a, _) in enumerate(runs)]
    head_start = i
    while (
        head_start > 0
        and i - head_start < MAX_HEAD_LINES
        and not _blank(lines[head_start - 1])
        and _fits(lines[head_start - 1], runs)
    ):
        head_start -= 1
    end = i + 1
    while end < len(lines) and (
        _fits(lines[end], runs) if not _blank(lines[end]) else not _blank(lines[end - 1])
    ):
        end += 1  # (two blank lines together end the table)
    while end > i + 1 and _blank(lines[end - 1]):
        end -= 1
    body = lines[i + 1 : end]
    if sum(1 for ln in body if not _blank(ln)) < MIN_BODY_LINES:
        return None
    chunks: list[list[list[str]]] = [[]]
    for ln in body:
        if _blank(ln):
            chunks.append([])
        else:
            chunks[-1].append(_cells(ln, cols))
    if len(chunks) == 1:  # no blank lines: a row is each line with a key
        chunks = _by_key(chunks[0])
    if not any(len([c for c in cells if c]) >= 2 for chunk in chunks for cells in chunk):
        return None  # one column's text only: a list under a rule, no table
    heads = [_cells(ln, cols) for ln in lines[head_start:i]]
    rows = ([[_join(col) for col in zip(*heads, strict=True)]] if heads else []) + _rows(
        chunks, keyed=True
    )
    return TextTable(head_start, end, rows)


def _by_key(cells: list[list[str]]) -> list[list[list[str]]]:
    chunks: list[list[list[str]]] = []
    for line in cells:
        if line[0] or not chunks:
            chunks.append([])
        chunks[-1].append(line)
    return chunks


# --- grid: '+---+' borders and '|' walls -----------------------------------------


def _walled(line: str, walls: list[int]) -> bool:
    return all(w < len(line) and line[w] == "|" for w in walls)


def _grid(lines: list[str], i: int) -> TextTable | None:
    walls = [m.start() for m in re.finditer(r"\+", lines[i])]
    cols = [(a + 1, b) for a, b in itertools.pairwise(walls)]
    end = i + 1
    while end < len(lines) and (
        (_BORDER.match(lines[end]) and [m.start() for m in re.finditer(r"\+", lines[end])] == walls)
        or _walled(lines[end], [walls[0], walls[-1]])
    ):
        end += 1
    while end > i + 1 and not _BORDER.match(lines[end - 1]):
        end -= 1  # a table ends on its bottom border
    chunks: list[list[list[str]]] = [[]]
    for line in lines[i + 1 : end]:
        if _BORDER.match(line):
            chunks.append([])
        else:
            chunks[-1].append(_cells(line, cols))
    rows = _rows([c for c in chunks if c], keyed=False)
    if len(rows) < 2:
        return None
    return TextTable(i, end, rows)


# --- aligned: heads over columns kept apart by spaces alone ----------------------

MAX_HEAD_WORDS = 4
MAX_ALIGNED_LINES = 400


def _blanks(line: str, width: int) -> list[bool]:
    return [k >= len(line) or line[k] == " " for k in range(width)]


def _two_clear(clear: list[bool]) -> bool:
    return any(a and b for a, b in itertools.pairwise(clear))


def _aligned(lines: list[str], i: int) -> TextTable | None:
    """Column heads parted by two spaces or more, the body's lines keeping two spaces
    of each gap clear; only a body whose cells wrap (a line with its first column empty
    and another filled) in two rows or more is a table."""
    head = lines[i]
    gaps = [(m.start(), m.end()) for m in re.finditer(r" {2,}", head.rstrip())]
    gaps = [(a, b) for a, b in gaps if head[:a].strip()]
    cells = [c for c in re.split(r" {2,}", head.strip()) if c]
    if not gaps or any(len(c.split()) > MAX_HEAD_WORDS for c in cells):
        return None
    width = max(len(ln) for ln in lines[i : i + MAX_ALIGNED_LINES])
    clear = _blanks(head, width)
    end = i + 1
    while end < min(len(lines), i + MAX_ALIGNED_LINES):
        line = lines[end]
        if _blank(line):
            if end + 1 >= len(lines) or _blank(lines[end + 1]):
                break
            end += 1
            continue
        if _RULE.match(line) or _BORDER.match(line):
            return None  # heads over a rule, or a grid: read as such
        if line[: len(head) - len(head.lstrip())].strip():
            break  # text left of the first column
        both = [c and b for c, b in zip(clear, _blanks(line, width), strict=True)]
        if not all(_two_clear(both[a:b]) for a, b in gaps):
            break  # a line of prose, its words a space apart, runs across a gap
        clear, end = both, end + 1
    while end > i + 1 and _blank(lines[end - 1]):
        end -= 1
    # the columns: each from just after its gap's last clear position
    starts = [len(head) - len(head.lstrip())]
    starts += [max(k for k in range(a, b) if clear[k]) + 1 for a, b in gaps]
    cols = [(a, starts[k + 1] if k + 1 < len(starts) else 10_000) for k, a in enumerate(starts)]
    body = [_cells(ln, cols) if not _blank(ln) else None for ln in lines[i + 1 : end]]
    if not any(c is not None and not c[0] and any(c[1:]) for c in body):
        return None  # no cell wraps: aligned fields, not a table
    chunks: list[list[list[str]]] = [[]]
    for c in body:
        if c is None:
            chunks.append([])
        else:
            chunks[-1].append(c)
    if len(chunks) == 1:
        chunks = _by_key(chunks[0])
    rows = _rows(chunks, keyed=True)
    if len(rows) < 2 or any(sum(1 for c in r if c) < 2 for r in rows):
        return None
    return TextTable(i, end, [_cells(head, cols), *rows])


def find_text_tables(lines: list[str]) -> list[TextTable]:
    """The tables typed in `lines` (one line of text each, spaces kept), in order."""
    found: list[TextTable] = []
    i = 0
    while i < len(lines):
        table = None
        if _BORDER.match(lines[i]):
            table = _grid(lines, i)
        elif _RULE.match(lines[i]) and not _BORDER.match(lines[i]):
            table = _ruled(lines, i)
            if table and found and table.start < found[-1].end:
                table = None
        elif not _blank(lines[i]) and (i == 0 or _blank(lines[i - 1])):
            table = _aligned(lines, i)  # (a table starts after a blank line)
        if table is not None:
            found.append(table)
            i = table.end
        else:
            i += 1
    return found


# --- blocks read one typed line (or a few) each --------------------------------------

Typed = tuple[TextBlock | None, str | None]  # a block and its text as typed; (None, "")
# a blank line, (None, None) anything between that is no typed line (a real table)


def _typed_lines(typed: list[Typed]) -> list[list[tuple[TextBlock | None, str]]]:
    """The runs of typed lines, each line with the block it belongs to."""
    runs: list[list[tuple[TextBlock | None, str]]] = [[]]
    for block, raw in typed:
        if raw is None:
            runs.append([])
            continue
        text = raw.replace("\u00a0", " ").expandtabs(8)
        runs[-1] += [(block, ln.rstrip()) for ln in text.split("\n")]
    out = []
    for run in runs:
        if any(_RULE.match(ln) or _BORDER.match(ln) for _, ln in run):
            out.append(run)  # a rule or a grid shows its columns in any face
            continue
        # columns parted by spaces alone line up only in a fixed-pitch face
        out.append([])
        for block, ln in run:
            if block is None or fixed_pitch(block.font):
                out[-1].append((block, ln))
            elif out[-1]:
                out.append([])
    return [r for r in out if any(b is not None for b, _ in r)]


def _tidy(lines: list[str]) -> str:
    return "\n".join(re.sub(r"\s+", " ", ln).strip() for ln in lines if ln.strip())


def replace_typed_tables(items: list[Item], typed: list[Typed]) -> list[Item]:
    """`items` with the blocks holding a typed table's lines replaced by the table; a
    block's lines outside the table stay a block before or after it."""
    swap: dict[int, list[Item]] = {}  # id(block) -> what stands in its place
    for run in _typed_lines(typed):
        for found in find_text_tables([ln for _, ln in run]):
            owners = [b for b, _ in run[found.start : found.end] if b is not None]
            if not owners:
                continue
            first, last = owners[0], owners[-1]
            before = [ln for b, ln in run[: found.start] if b is first]
            after = [ln for b, ln in run[found.end :] if b is last]
            for b in owners:
                swap.setdefault(id(b), [])
            head = [TextBlock(_tidy(before), page=first.page, font=first.font)] if before else []
            tail = [TextBlock(_tidy(after), page=last.page, font=last.font)] if after else []
            swap[id(first)] = [*head, Table(rows=found.rows, page=first.page)] + swap[id(first)]
            swap[id(last)] = swap[id(last)] + tail
    if not swap:
        return items
    out: list[Item] = []
    for item in items:
        out.extend(swap.get(id(item), [item]))
    return out


__all__ = ["TextTable", "Typed", "find_text_tables", "replace_typed_tables"]
