"""Exemptions gathered in a table of their own (since 0.7.0): "Exemptions applied" over
"Question | Exemption | Reason", "Item | FOIA section | Why", wherever the letter puts
it (most often after the last answer). A table is one of exemptions when a column's
heading names exemptions or sections of the Act and every cell under it cites a
section (or an EIR regulation). Its sections are the letter's exemptions, each tied
to the question its row names when it names one; the table and the short heading
over it are in no answer (they are dropped from the units the segmenter reads).

The same list printed as lines after the last question ("Exemptions applied", then
"Section 40(2) – personal data", "• s.43(2): commercial interests"): a heading that
names exemptions first, then lines each opening with the section they apply. (Such
lines under a question stay its answer's text.)

Part of the FOI parser (parsers.foi.parse); the units are dropped by
parsers.foi.house_units."""

from __future__ import annotations

import re

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.foi.classify import find_exemptions
from parsers.foi.patterns import _BULLET
from parsers.foi.units import _label_of, _Unit

_I = re.IGNORECASE

# a column heading naming exemptions or sections of the Act: "Exemption",
# "Exemptions applied", "FOIA section", "Section(s) relied on", "Provision",
# "EIR regulation"
_RE_EXEMPTION_HEADING = re.compile(
    r"^(?:(?:foia?|eir|the)\s+)?(?:exemptions?|exceptions?|sections?|provisions?|"
    r"regulations?)(?:\s*\(s\))?(?:\s+(?:applied|used|cited|relied\s+(?:up)?on|engaged|"
    r"of\s+the\s+act))?\s*:?$",
    _I,
)
# a cell citing a section alone ("Section 40(2)", "s.43(2)", "31(1)(a)", "Reg. 12(4)(b)")
_RE_SECTION_CELL = re.compile(
    r"^(?:(?:foia\s+)?(?:section|s\.?)\s*|(?:eir\s+)?(?:regulation|reg\.?)\s*)?"
    r"\d{1,2}A?(?:\s*\(\s*\w{1,3}\s*\))*",
    _I,
)
# the short heading over such a table: words naming what it lists, no sentence's end
_RE_SHORT_HEADING = re.compile(r"^[^.?!;]{3,60}$")
_RE_HEADING_WORDS = re.compile(r"exempt|exception|section|withh[eo]ld|redact|refus", _I)
# a row's question, as the table names it: "3", "Q3", "Question 3", "[3]"
_RE_ROW_QUESTION = re.compile(
    r"^\[?(?:q(?:uestion)?\s*|item\s*|request\s*)?(\d{1,2}[a-z]?)\]?\.?$", _I
)


def _cited(cell: str) -> list[tuple[str, str]]:
    """The (law, section) pairs a cell cites, read as an exemption's citation."""
    cell = " ".join(cell.split())
    if not _RE_SECTION_CELL.match(cell):
        return []
    named = cell if re.match(r"^\D", cell) else f"section {cell}"
    return find_exemptions(f"Exemption applied: {named}")


def exemption_column(table: Table) -> int | None:
    """The column of an exemptions table (its heading names exemptions, every cell
    under it cites one), or None when `table` is no such table."""
    if len(table.rows) < 2:
        return None
    head = table.rows[0]
    for c, cell in enumerate(head):
        if not _RE_EXEMPTION_HEADING.match(" ".join(cell.split())):
            continue
        cells = [row[c] for row in table.rows[1:] if c < len(row) and row[c].strip()]
        if cells and all(_cited(x) for x in cells):
            return c
    return None


def row_cited(table: Table) -> list[tuple[str, str]]:
    """(law, section) of each row of a key/value table whose KEY cell (the first)
    names an exemption and whose value cell cites a section ("Exemption | Section
    43(2) – commercial interests" beneath an answer): the table read across, not down."""
    found: list[tuple[str, str]] = []
    for row in table.rows:
        cells = [" ".join(cell.split()) for cell in row]
        if len(cells) < 2 or not _RE_EXEMPTION_HEADING.match(cells[0]):
            continue
        found += [pair for cell in cells[1:] for pair in _cited(cell) if pair not in found]
    return found


def tabled_exemptions(tables: list[Table]) -> list[tuple[str, str, str | None]]:
    """(law, section, the question label its row names or None) of every
    exemptions table in the letter (down a column, or across a key/value row), in order."""
    found: list[tuple[str, str, str | None]] = []
    for table in tables:
        c = exemption_column(table)
        if c is None:
            found += [(law, section, None) for law, section in row_cited(table)]
            continue
        for row in table.rows[1:]:
            if c >= len(row):
                continue
            m = _RE_ROW_QUESTION.match(row[0].strip()) if c > 0 else None
            label = m.group(1).lower() if m else None
            for law, section in _cited(row[c]):
                found.append((law, section, label))
    return found


def exemption_tables_dropped(units: list[_Unit]) -> list[_Unit]:
    """The units less each exemptions table and the short heading directly over it,
    and each list of exemptions after the last question (none is an answer's text)."""
    drop: set[int] = set()
    for k, u in enumerate(units):
        if u.table is None or exemption_column(u.table) is None:
            continue
        drop.add(k)
        prev = units[k - 1] if k > 0 else None
        if (
            prev is not None
            and prev.table is None
            and _RE_SHORT_HEADING.match(prev.text)
            and _RE_HEADING_WORDS.search(prev.text)
            and _label_of(prev.text) is None
        ):
            drop.add(k - 1)
    drop |= _listed_units(units)
    return [u for k, u in enumerate(units) if k not in drop]


# a list's heading names exemptions first ("Exemptions applied", "FOIA exemptions
# used", "Sections of the Act relied on"); each line of the list opens with a section
_RE_LIST_HEADING = re.compile(
    r"^(?:(?:foia?|eir|the|list\s+of|summary\s+of)\s+)*(?:exemptions?|exceptions?|sections?)\b",
    _I,
)
_RE_LISTED = re.compile(r"^(?:section|s\.|regulation|reg\.)\s*\d{1,2}", _I)


def _listed(line: str) -> list[tuple[str, str]]:
    """The sections a list line opens with and cites, else []."""
    line = _BULLET.sub("", " ".join(line.split()))
    return _cited(line) if _RE_LISTED.match(line) else []


def list_runs(lines: list[str]) -> list[tuple[int, int]]:
    """(heading, end) of each list of exemptions in `lines` (end exclusive): a short
    heading naming exemptions, one line or more each opening with a section, and no
    question labelled after it."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        head = " ".join(lines[k].split())
        j = k + 1
        if _RE_SHORT_HEADING.match(head) and _RE_LIST_HEADING.match(head) and not _listed(head):
            while j < len(lines) and _listed(lines[j]):
                j += 1
            if j > k + 1 and not any(_label_of(" ".join(t.split())) for t in lines[j:]):
                runs.append((k, j))
                k = j
                continue
        k += 1
    return runs


def listed_exemptions(doc: Extracted) -> list[tuple[str, str, str | None]]:
    """(law, section, None) of every list of exemptions among the letter's lines."""
    lines: list[str] = []
    for item in doc.items:
        # (a table between a heading and a line breaks the list)
        lines += item.text.split("\n") if isinstance(item, TextBlock) else [""]
    found: list[tuple[str, str, str | None]] = []
    for k, j in list_runs(lines):
        for line in lines[k + 1 : j]:
            found += [(law, section, None) for law, section in _listed(line)]
    return found


def _listed_units(units: list[_Unit]) -> set[int]:
    """The units whose every line is in a list of exemptions (its heading included)."""
    lines: list[str] = []
    owner: list[int] = []
    for k, u in enumerate(units):
        own = [u.text] if u.table is None and len(u.lines) <= 1 else (u.lines or [""])
        lines += own if u.table is None else [""]
        owner += [k] * (len(own) if u.table is None else 1)
    inside = {i for k, j in list_runs(lines) for i in range(k, j)}
    return {k for k in set(owner) if all(i in inside for i, o in enumerate(owner) if o == k)}
