"""A PDF page's lines → blocks (paragraphs), for parsers.extract.pdf.

Lines are joined into a block's text with a URL or a word hyphenated over a line end
mended (`join_lines`, also used for a table cell's lines); a new block starts at a
vertical gap, a jump back up the page (another column), a change of weight (but for
a bold run in before plain text, kept as the block's `bold_run`: parsers.extract.bold_runs),
slant or size, or a list item's glyph or label. A block is a heading when all its lines are
set larger than the page's body text, and carries its size and indent relative to
the body as the other formats' blocks do (parsers.extract.model.TextBlock). Split
out of parsers.extract.pdf (which reads the page's lines and tables) to keep each
module small.
"""

from __future__ import annotations

import re
import statistics

from parsers.extract.bold_runs import line_pieces, one_bold_stretch, weight_runs_on
from parsers.extract.hyphens import keeps_hyphen
from parsers.extract.model import TextBlock
from parsers.extract.pdf_hung_leads import join_hung_leads, wraps_on
from parsers.extract.pdf_running import Line

_URL_TAIL = re.compile(r"(?:https?://|www\.)\S*$", re.IGNORECASE)


def join_lines(lines: list[str], sep: str) -> str:
    """Join wrapped lines; a URL broken over a line end is joined without a gap."""
    out = ""
    for line in lines:
        if (
            out
            and _URL_TAIL.search(out)
            and not out.endswith((".", ",", ";", ")"))
            and (
                out.endswith(("-", "/", "_", "="))
                or re.match(r"[\-_/.?=&#%~]|[a-z0-9]\S*[/\-.=_]", line.lstrip())
            )
        ):
            out += line.lstrip()
        elif out and re.search(r"[a-z]{2}-$", out) and re.match(r"[a-z]{2}", line.lstrip()):
            # a word hyphenated at the line end (a compound's own hyphen stays)
            fragment = re.search(r"([A-Za-z]*)-$", out).group(1)
            out = (out if keeps_hyphen(fragment) else out[:-1]) + line.lstrip()
        elif out:
            out += sep + line
        else:
            out = line
    return out


def _runs_on(prev: Line, ln: Line) -> bool:
    """One paragraph across a change of weight: a bold run in before plain text
    (parsers.extract.bold_runs.weight_runs_on)."""
    return weight_runs_on((prev.text, prev.bold, prev.heavy), (ln.text, ln.bold, ln.heavy))


_BULLET_START = re.compile(r"^\s*(?:[•▪·◦‣●\-–*o]\s|\(?[0-9]{1,2}[.)]\s|\(?[a-z][.)]\s)")


def page_blocks(
    lines: list[Line], pno: int, width: float | None = None
) -> list[tuple[float, TextBlock]]:
    """The page's lines as blocks, each with the top it stands at (for its place
    among the page's tables)."""
    if not lines:
        return []
    lines = join_hung_leads(lines)
    sizes = [ln.size for ln in lines if ln.size]
    body = statistics.median(sizes) if sizes else 0
    left = min(ln.x0 for ln in lines)
    # the right margin: the page's left margin mirrored, else its longest line's end
    longest = max((ln.x1 for ln in lines if ln.x1 is not None), default=left)
    right = max(width - left, longest) if width else longest
    blocks: list[tuple[float, TextBlock]] = []
    cur: list[Line] = []

    def flush() -> None:
        if not cur:
            return
        text = join_lines([ln.text for ln in cur], "\n")
        style = None
        if all(ln.bold for ln in cur):
            style = "bold"
        elif all(ln.italic for ln in cur):
            style = "italic"
        elif all(ln.underline for ln in cur):
            # (an underline does not split a paragraph: a link underlined on its own
            # line inside one is no face of the paragraph)
            style = "underline"
        if body and all(ln.size > body * 1.15 for ln in cur) and len(text) < 200:
            style = "heading"
        size = round(statistics.median(ln.size for ln in cur) / body, 2) if body else None
        indent = round(cur[0].x0 - left, 1)
        block = TextBlock(text=text, page=pno, style=style, size=size, indent=indent)
        # (a colour of all its lines: a coloured link inside a paragraph neither
        # splits it nor colours it)
        block.colour = cur[0].colour if all(ln.colour == cur[0].colour for ln in cur) else None
        block.font = cur[0].font if all(ln.font == cur[0].font for ln in cur) else None
        pieces = [
            p for ln in cur for p in [*line_pieces(ln.text, ln.bold, ln.heavy), ("\n", False)]
        ]
        block.bold_run = one_bold_stretch(pieces)
        blocks.append((cur[0].top, block))
        cur.clear()

    for ln in lines:
        if cur:
            prev = cur[-1]
            height = max(prev.bottom - prev.top, 1.0)
            gap = ln.top - prev.bottom
            new = (
                (gap > 0.55 * height and not wraps_on(cur[0], prev, ln, left, right))
                or gap < -height  # went back up the page: another column
                or (ln.bold != prev.bold and not _runs_on(prev, ln))
                or ln.italic != prev.italic
                or (body and abs(ln.size - prev.size) > 0.15 * body)
                or _BULLET_START.match(ln.text) is not None
            )
            if new:
                flush()
        cur.append(ln)
    flush()
    return blocks
