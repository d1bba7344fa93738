"""WRES figures printed as dashboard cards: one card an indicator, its value with a
direction arrow, last year's value under it, sometimes a target.

    Indicator 5: Harassment, bullying or abuse from patients ...   <- the card's title
    BME staff: 29.7% ▼                                              <- this year's value
    Last year: 31.4%                                                <- the previous year's
    Target: 26.0%                                                   <- not a figure
    White staff: 24.8% ▼
    Last year: 25.3%

A card is an indicator's heading and the "label: value" entries under it: in the text
(a heading, then its lines) or in one cell of a grid of cards (a table cell whose text
starts with the indicator's title; a PDF may join the cell's lines into one). It is
read as a card only when a value entry is followed by a previous-year entry ("Last
year", "Previous year", "Prior year", "The year before"): that pair is the structure.

The key of each entry: the indicator from the title; the period this year's, the data
year the report's title states (parsers.wres.data_year), and the year before it for
a previous-year entry, which belongs to the value entry above it (its group). The
group is the one the entry's label names; a relative likelihood (2-4, a bare ratio)
is the numerator group the title names (the WRES definition's when it does not);
indicator 9 is a board's share, the staff group the title or label says (board,
voting or executive members). A target, a national or other comparator's entry and
the arrow are not the trust's figures, and an entry whose key is not settled is left
out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.records import WresMetric
from parsers.wres.card_captions import labels_below, split_cards
from parsers.wres.card_year import card_period
from parsers.wres.cells import clean, ethnic_groups
from parsers.wres.context import RL_DEFAULT, indicator_heading, label_key
from parsers.wres.data_year import stated_data_year
from parsers.wres.narrative_terms import _board_group
from parsers.wres.ratio_pairs import numerator_group
from parsers.wres.report_year_heading import report_year_heading
from parsers.wres.skipped import Skipped, one_value_per_key
from parsers.wres.vocab import PREVIOUS_PERIOD, TARGET

SOURCE = "cards"
_ARROWS = "▲▼△▽↑↓⬆⬇↗↘➚➘"
# "BME staff: 17.6% ▲", "Ratio: 1.46", "Last year: 80.9%", "Board (BME): 14.3% ↑"
_RE_ENTRY = re.compile(
    rf"(?P<label>[A-Za-z][^:\n{_ARROWS}%]{{0,60}}?)\s*:\s*(?P<v>\d{{1,3}}(?:\.\d{{1,3}})?)"
    rf"(?![\d.,/])\s*(?P<pct>%)?\s*(?P<arrow>[{_ARROWS}])?"
)
_RE_PREVIOUS = re.compile(PREVIOUS_PERIOD, re.I)
_RE_TARGET = re.compile(TARGET, re.I)


@dataclass
class _Card:
    text: str
    page: int
    lines: list[str] = field(default_factory=list)  # the text lines it was read from
    year: str | None = None  # the report's data year where the card is printed


def _cards(doc: Extracted, year: str | None) -> list[_Card]:
    """Candidate cards: each table cell that starts with an indicator's title, and each
    indicator heading in the text with the lines under it (to the next heading or
    table). Each is dated by the last report-year heading above it ("WRES 2024"), else
    by `year`, the one the report's title states."""
    out: list[_Card] = []
    current: _Card | None = None
    for item in doc.items:
        if isinstance(item, Table):
            current = None
            for row in item.rows:
                for cell in row:
                    for text in split_cards((cell or "").strip()):  # a column of cards
                        if text and indicator_heading(text.split("\n", 1)[0]) is not None:
                            out.append(_Card(text, item.page, year=year))
            continue
        if not isinstance(item, TextBlock):
            continue
        text = (item.text or "").strip()
        for line in text.split("\n"):  # a PDF block may hold the heading's line and more
            year = report_year_heading(line) or year
        if item.style == "heading" or _bold_title(item.style, text):
            current = None
            if indicator_heading(text) is not None:
                current = _Card(clean(text), item.page, [], year)
                out.append(current)
            continue
        if current is not None and text:
            current.text += "\n" + text
            current.lines.append(text)
    return out


def _bold_title(style: str | None, text: str) -> bool:
    """A bold line that is an indicator's title and holds no figure: a card's title
    where the headings are set in bold type only (a PDF's, at the body's size). Any
    other bold line (a value set in bold) stays one of the card's lines."""
    return style == "bold" and indicator_heading(text) is not None and not _RE_ENTRY.search(text)


def _window(text: str) -> str:
    """The last few words of a label: in a card whose lines a PDF joined, the text
    before an entry runs back into the title or the entry before it."""
    line = text.rsplit("\n", 1)[-1]
    return " ".join(line.split()[-4:])


def _previous(period: str) -> str:
    start = int(period[:4]) - 1
    return f"{start}/{(start + 1) % 100:02d}"


def _metric(
    ind: int, title: str, label: str, value: float, pct: bool, period: str, group: str | None
) -> WresMetric | None:
    staff_group = None
    if ind in (2, 3, 4):
        if pct or value > 20:
            return None  # a group's rate: its group is not the card's to settle
        measure, unit = "relative_likelihood", "ratio"
        group = _pair_numerator(label) or numerator_group(title) or RL_DEFAULT[ind]
    else:
        if not pct or not 0 <= value <= 100:
            return None
        measure, unit = "percentage", "%"
        if ind == 1:
            staff_group = "overall"
        elif ind == 9:
            # the label's "Board" is no narrower than the title's "board voting members"
            staff_group = _board_group(label)
            if staff_group in (None, "board") and _board_group(title) not in (None, "?"):
                staff_group = _board_group(title)
            if staff_group in (None, "?"):
                return None
    if group not in ("White", "BME") and not (group and ind in (1, 5, 6, 7, 8)):
        return None
    return WresMetric(
        indicator=ind,
        measure=measure,
        ethnic_group=group,
        period=period,
        value=value,
        staff_group=staff_group,
        unit=unit,
        source_table=SOURCE,
    )


def _pair_numerator(label: str) -> str | None:
    """The numerator of a ratio the label names by both its groups ("(White to BME)");
    a label naming one group says whose figure it is, not a ratio's numerator."""
    named = {g for g in ethnic_groups(label) if g != "All"}
    return numerator_group(label) if len(named) == 2 else None


def _group(label: str, title: str, ind: int) -> str | None:
    groups = [g for g in ethnic_groups(label) if g != "All"]
    if len(set(groups)) == 1:
        return groups[0]
    if groups:
        return None
    if ind == 9:  # "Board: 14.3%" under "BME share of the board"
        named = {g for g in ethnic_groups(title) if g != "All"}
        return named.pop() if len(named) == 1 else None
    return None


@dataclass
class _Entries:
    """A card's title, indicator and "label: value" entries, each with its kind."""

    title: str
    indicator: int
    entries: list[re.Match]
    kinds: list[str]  # "value", "previous" (last year's) or "other" (a target, a comparator)
    labels: list[str]


def _entries(card: _Card) -> _Entries | None:
    """The card's entries, when it is a card: a value entry with last year's under it."""
    entries = list(_RE_ENTRY.finditer(card.text))
    ind = indicator_heading(card.text.split("\n", 1)[0]) if entries else None
    if ind is None:
        return None
    kinds: list[str] = []
    labels: list[str] = []
    title = card.text.split("\n", 1)[0]
    start = 0
    for k, e in enumerate(entries):
        label = _window(card.text[start : e.end("label")])
        if k == 0 and "\n" not in card.text:
            # a cell whose lines were joined: the title runs up to the first label
            head = card.text[: e.end("label")]
            title = head[: len(head) - len(label)].strip() or title
        start = e.end()
        labels.append(label)
        if _RE_PREVIOUS.search(label):
            kinds.append("previous")
        elif _RE_TARGET.search(label) or label_key(label).comparator:
            kinds.append("other")
        else:
            kinds.append("value")
    if not any(kinds[k] == "value" and kinds[k + 1] == "previous" for k in range(len(kinds) - 1)):
        return None  # no value with last year's under it: not a card
    return _Entries(title, ind, entries, kinds, labels)


def _undated(card: _Card, got: _Entries) -> list[Skipped]:
    """The figures of a card whose year is not settled, for review."""
    return [
        Skipped(f"{label}: {e.group('v')}", card.page, "card: no data year", float(e.group("v")))
        for e, kind, label in zip(got.entries, got.kinds, got.labels, strict=True)
        if kind != "other"
    ]


def _read(card: _Card, got: _Entries, period: str) -> list[WresMetric]:
    ind, title = got.indicator, got.title
    out: list[WresMetric] = []
    owner: tuple[str, str | None] | None = None  # the value entry a previous one follows
    for e, kind, label in zip(got.entries, got.kinds, got.labels, strict=True):
        value, pct = float(e.group("v")), bool(e.group("pct"))
        if kind == "value":
            group = _group(label, title, ind)
            owner = (label, group)
            m = _metric(ind, title, label, value, pct, period, group)
        elif kind == "previous" and owner is not None:
            m = _metric(ind, title, owner[0], value, pct, _previous(period), owner[1])
            owner = None
        else:
            owner = None if kind == "other" else owner
            continue
        if m is not None:
            m.source_page = card.page
            m._decimals = len(e.group("v").partition(".")[2])  # type: ignore[attr-defined]
            out.append(m)
    return out


def read_cards(doc: Extracted) -> tuple[list[WresMetric], set[str], list[Skipped]]:
    """The figures of the document's dashboard cards, the text lines they were read
    from (so that the sentence reader leaves them alone), and the figures of cards
    whose data year is not settled (counted for review; their lines are claimed too,
    so that no other reader dates them by guess)."""
    metrics: list[WresMetric] = []
    claimed: set[str] = set()
    skipped: list[Skipped] = []
    for card in _cards(doc, stated_data_year(doc)):
        card.text = labels_below(card.text)  # a lone figure over its caption line
        got = _entries(card)
        if got is None:
            continue
        claimed.update(card.lines)
        period = card_period(got.title, got.indicator, card.year)
        if period is None:
            skipped.extend(_undated(card, got))
            continue
        metrics.extend(_read(card, got, period))
    return one_value_per_key(metrics), claimed, skipped
