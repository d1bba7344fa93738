"""The printed lines of a PDF page as a table reader sees them (pdf_layout_tables).

Words are grouped into lines and each line into segments at wide gaps; a line is
"data" when a segment after its label holds only figures, a "header" when it is a
row of short names or years. Kept apart from the table building so the vocabulary
of what counts as a figure (counts, "N out of M", redaction markers) is in one place.
"""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass, field

from parsers.extract.short_years import short_year

_FIGURE = re.compile(
    r"(?:[(<>£]?[+\-−]?\d[\d,]*(?:\.\d+)?\s*%?\)?|R|\*)"
    r"(?:\s*(?:/|out of|of)\s*\d[\d,]*)?"
    r"|(?:R|\*|x)%?|-|–|—|n/?a|N/?A"
)
_YEAR = re.compile(r"(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?")


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class Segment:
    """Words of one line with no wide gap between them: one cell's worth of text."""

    text: str
    x0: float
    x1: float
    words: list[Word] = field(default_factory=list)


@dataclass
class _VLine:
    top: float
    bottom: float
    segments: list[Segment] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


def is_figure(text: str) -> bool:
    t = text.strip()
    return bool(t) and bool(_FIGURE.fullmatch(t)) and not _is_header_token(t)


def _is_header_token(text: str) -> bool:
    t = text.strip()
    if _YEAR.fullmatch(t):
        return True
    # a financial year shortened to its two years' last digits ("23/24"): a heading,
    # not the count "23 out of 24" (parsers.extract.short_years); printed unspaced here,
    # as this reader always took it ("23 / 24" stays a count)
    return not re.search(r"\s", t) and short_year(t) is not None


def visual_lines(words: list[Word]) -> list[_VLine]:
    """Words grouped into printed lines, each split into segments at gaps wider than
    about three spaces."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (round(w.top, 1), w.x0)):
        if lines:
            last = lines[-1]
            ref = last[0]
            if abs(w.top - ref.top) <= 0.4 * max(ref.bottom - ref.top, 1.0):
                last.append(w)
                continue
        lines.append([w])
    out: list[_VLine] = []
    for group in lines:
        group.sort(key=lambda w: w.x0)
        height = statistics.median(w.bottom - w.top for w in group)
        gap_limit = max(0.7 * height, 4.0)
        vline = _VLine(top=min(w.top for w in group), bottom=max(w.bottom for w in group))
        current = [group[0]]
        for w in group[1:]:
            if w.x0 - current[-1].x1 > gap_limit:
                vline.segments.append(_segment(current))
                current = [w]
            else:
                current.append(w)
        vline.segments.append(_segment(current))
        out.append(vline)
    return out


_OPEN_COUNT = re.compile(r"\d[\d,]*\s*(?:out of|of|/)$")


def _join_split_counts(lines: list[_VLine]) -> list[_VLine]:
    """Put back together an "N out of M" that its narrow cell wrapped ("1221 out of" /
    "5203"), onto the line of its row (the line between the two, when the row's other
    cells are centred on it)."""
    for i, line in enumerate(lines):
        for seg in list(line.segments):
            if not _OPEN_COUNT.search(seg.text):
                continue
            for j in range(i + 1, min(i + 3, len(lines))):
                below = lines[j]
                if below.top - line.bottom > 1.5 * line.height:
                    break
                tail = next(
                    (
                        t
                        for t in below.segments
                        if t.x0 <= seg.x1 and t.x1 >= seg.x0 and re.match(r"\d", t.text)
                    ),
                    None,
                )
                if tail is None:
                    continue
                below.segments.remove(tail)
                joined = Segment(
                    f"{seg.text} {tail.text}",
                    min(seg.x0, tail.x0),
                    max(seg.x1, tail.x1),
                    seg.words + tail.words,
                )
                middle = (line.top + below.top) / 2
                home = min(lines[i : j + 1], key=lambda ln: abs(ln.top - middle))
                line.segments.remove(seg)
                home.segments.append(joined)
                home.segments.sort(key=lambda t: t.x0)
                break
    return [ln for ln in lines if ln.segments]


def _segment(words: list[Word]) -> Segment:
    return Segment(" ".join(w.text for w in words), words[0].x0, words[-1].x1, list(words))


_JOIN = re.compile(r"(?<=[\dR*])\s*(?:out of|of|/)\s*(?=\d)")


def _all_figures(text: str) -> bool:
    """A segment of figures only: "4,512", "24.4% 25.6%", "1221 out of 5203"."""
    tokens = _JOIN.sub("/", text).split()
    return bool(tokens) and all(is_figure(t) for t in tokens)


def _figure_spans(line: _VLine) -> list[tuple[float, float]]:
    """Where the line's figure cells stand: its all-figure segments after the first,
    or every segment of a line of figures alone; a segment holding several figures
    gives one span per figure ("N out of M" is one)."""
    segs = line.segments if _all_figures(line.segments[0].text) else line.segments[1:]
    spans: list[tuple[float, float]] = []
    for seg in segs:
        if not _all_figures(seg.text):
            continue
        words = seg.words
        k = 0
        while k < len(words):
            x0, x1 = words[k].x0, words[k].x1
            while k + 1 < len(words) and (
                words[k + 1].text.lower() in ("out", "of", "/")
                or words[k].text.lower() in ("out", "of", "/")
            ):
                k += 1
                x1 = words[k].x1
            spans.append((x0, x1))
            k += 1
    return spans


def _is_data(line: _VLine) -> bool:
    return bool(_figure_spans(line)) and not _axis_ticks(line)


def _axis_ticks(line: _VLine) -> bool:
    """A chart's axis ("0% 10% 20% 30%"): evenly spaced values from zero, which a
    table of results never is."""
    values = []
    for seg in line.segments:
        for token in _JOIN.sub("/", seg.text).split():
            m = re.fullmatch(r"[+\-−]?(\d+(?:\.\d+)?)%?", token.replace(",", ""))
            if not m:
                return False
            values.append(float(m.group(1)))
    if len(values) < 3 or min(values) != 0:
        return False
    values.sort()
    steps = {round(b - a, 6) for a, b in itertools.pairwise(values)}
    return len(steps) == 1 and steps != {0}


def _is_header(line: _VLine) -> bool:
    """Column headings: several short segments, or years over the figure columns."""
    segs = line.segments
    if len(segs) < 2 or any(_all_figures(s.text) for s in segs):
        return False
    return all(len(s.text.split()) <= 6 for s in segs) or all(
        _is_header_token(s.text) for s in segs[1:]
    )
