"""A key giving the WRES numbers of short titles, read into the rows the titles label.

A compact report names each indicator by a short title of its own and prints the
WRES numbers once, in a key under (or over) its tables:

    Measure        | BME 2023/24 | White 2023/24        Key: Headcount = indicator 1,
    Headcount      | 14.2%       | 83.0%                Appointments = indicator 2,
    Top team       | 12.5%       | 87.5%                ... Top team = indicator 9.

Read alone, a row labelled "Top team" names no indicator, or one guessed from its
words. The key is a run of title/number pairs in either order ("Title = indicator 9",
"Title: 9", "9 = Title", "Indicator 9 – Title", "Title (indicator 9)"), separated by
commas, semicolons or sentence breaks. `apply_indicator_keys` writes "Indicator N"
into the label cell of each row whose label is one of the key's titles, in the tables
of the key's own section (between the headings around it) whose labels are the key's
titles (two rows at least), so every reader takes the key's number, not a guess from
the words. The title IS the indicator, so its row is read as the indicator as defined
(parsers/wres/template_summary.py: indicator 9's share is the voting board's).

A title the key gives two numbers is not settled: its row is taken out of the table
and its figures counted as skipped, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.extract.model import Extracted, Item, Table, TextBlock
from parsers.wres.cell_figures import is_figure, parse_cell
from parsers.wres.cells import clean
from parsers.wres.skipped import Skipped
from parsers.wres.table_keys import rewrite_keyed_tables

_NUM = r"(?:wres\s+)?(?:(?:indicator|metric|ind\.?)\s*)?(?P<n>[1-9])"
_TITLE = r"(?P<title>[A-Za-z][^=:;,()\d]{0,40}?)"
_SEP = r"\s*(?:=|:|\s[-–—])\s*"
# a label in front of the first pair ("Key to the indicators: ...", "Key – ") is left out
_LEAD = r"^(?:[^=:;]*?(?::|\s[-–—])\s*)??"
_PAIRS = (
    re.compile(rf"{_LEAD}{_TITLE}{_SEP}{_NUM}$", re.I),  # "Title = indicator 9"
    re.compile(rf"{_LEAD}{_NUM}{_SEP}{_TITLE}$", re.I),  # "9 = Title"
    re.compile(rf"{_LEAD}{_TITLE}\s*\(\s*{_NUM}\s*\)$", re.I),  # "Title (indicator 9)"
)
_RE_SEGMENT = re.compile(r"[;,]|\.\s+(?=\S)")
_MIN_PAIRS = 3  # a key lists several indicators; one pair is a sentence's aside
_MAX_KEY = 600  # a key is a line or three, not a paragraph of prose
_MAX_WORDS = 5  # a short title
AMBIGUOUS = 0  # a title the key gives two numbers


def _title(text: str) -> str:
    """A title as compared: words only, case and line breaks ignored."""
    return " ".join(re.sub(r"\(\s*%\s*\)|%", " ", clean(text)).split()).casefold()


def key_titles(text: str) -> dict[str, int]:
    """{title: indicator number} of a key's pairs (AMBIGUOUS for a title given two
    numbers); empty when the text is not such a key."""
    t = " ".join(clean(text).split())
    if len(t) > _MAX_KEY:
        return {}
    out: dict[str, int] = {}
    found = 0
    for segment in _RE_SEGMENT.split(t):
        seg = segment.strip().rstrip(".").strip()
        m = next((m for rx in _PAIRS if (m := rx.match(seg))), None)
        if m is None:
            continue
        title, n = _title(m.group("title")), int(m.group("n"))
        if not title or len(title.split()) > _MAX_WORDS:
            continue
        found += 1
        out[title] = n if out.get(title, n) == n else AMBIGUOUS
    return out if found >= _MIN_PAIRS else {}


def _section(items: list[Item], k: int) -> range:
    """The items of the section item k is in: from the heading before it to the next."""

    def heading(i: int) -> bool:
        return isinstance(items[i], TextBlock) and items[i].style == "heading"

    start = next((i + 1 for i in range(k - 1, -1, -1) if heading(i)), 0)
    end = next((i for i in range(k + 1, len(items)) if heading(i)), len(items))
    return range(start, end)


def _keyed(table: Table, titles: dict[str, int]) -> tuple[list[list[str]], list[Skipped]]:
    """The table's rows with each titled label written as its indicator, and the
    figures of rows whose title the key does not settle."""
    rows: list[list[str]] = []
    skipped: list[Skipped] = []
    for row in table.rows:
        n = titles.get(_title(row[0])) if row and row[0] else None
        if n is None:
            rows.append(row)
        elif n == AMBIGUOUS:
            skipped += [
                Skipped(f"{clean(row[0])}: {c}", table.page, "key gives two indicators", v.value)
                for c in row[1:]
                if is_figure(v := parse_cell(c))
            ]
        else:
            rows.append([f"Indicator {n}", *row[1:]])
    return rows, skipped


def apply_indicator_keys(doc: Extracted, unsettled: list[Skipped]) -> Extracted:
    """The document with each key's numbers written into the row labels of the tables
    of its section (see the module docstring); the document itself when none. Figures
    of rows the key does not settle go to `unsettled`."""

    def numbered(table: Table, titles: dict[str, int]) -> Table | None:
        if sum(1 for r in table.rows if r and _title(r[0]) in titles) < 2:
            return None  # not labelled by the key's titles
        rows, skipped = _keyed(table, titles)
        unsettled.extend(skipped)
        return replace(table, rows=rows)

    return rewrite_keyed_tables(doc, key_titles, _section, numbered)


__all__ = ["apply_indicator_keys", "key_titles"]
