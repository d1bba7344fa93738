"""A document as lines and sentences, and what its headings and lead-ins establish.

Part of the narrative reader (parsers.wres.narrative): the extracted document's text
blocks in reading order, with PDF line breaks undone and tables marking where a
paragraph's context ends; sentences split at full stops that are not abbreviations or
broken decimals; section headings ("Indicator 2", "(WRES 1)"); the state carried from
line to line (the shared `parsers.wres.context.Context`: what headings and figure-free
lead-ins such as "Non-clinical:" named; `_Prev`: what the previous sentence of the paragraph established); the
document's own data year; and whether the document is a national summary rather than
one trust's report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from parsers.extract.model import Extracted, Table, TextBlock
from parsers.extract.pdf_layout_lines import is_figure
from parsers.wres.cells import (
    clean,
    drop_footnote_marks,
    drop_paragraph_numbers,
    ethnic_groups,
    financial_year_in,
    fy,
    per_hundred_as_percent,
)
from parsers.wres.context import Context, Key, is_dated_heading
from parsers.wres.narrative_terms import (
    _band_marks,
    _board_group,
    _group_marks,
    _indicators,
    _staff_group,
    _Time,
    _times,
)
from parsers.wres.vocab import INDICATOR_HEADING, INDICATOR_TAG

# ---------------------------------------------------------------------------
# document structure: lines, headings, lead-ins

_RE_HEADING = re.compile(INDICATOR_HEADING, re.I)
_RE_HEADING_WRES = re.compile(INDICATOR_TAG, re.I)
_BULLET = re.compile(r"^\s*(?:[·•▪●◦*\-–]|\d+\.(?=\s))\s*")
# a percentage or a ratio printed on its own line, as infographics do ("26.3%", "1.42 times")
_FIGURE_ALONE = re.compile(
    r"^\s*\d{1,3}(?:\.\d{1,3})?\s*(?:%|per\s*cent)\s*$|^\s*\d\.\d{1,3}\s*(?:times)?\s*$"
)
_MARKUP = re.compile(r"\[(?:image|bookmark):[^\]]*\]", re.I)
_FIGURES_IN_BRACKET = re.compile(r"\s*\([^()]*\d+(?:\.\d+)?\s*%")
_BRACKETED = re.compile(r"^\s*\([^()]*\d[^()]*\)\s*$")  # "(2022 survey: 34%)"


def _is_caption(item: TextBlock, after_label: bool) -> bool:
    """The words under an infographic's figure: they continue it in lower case ("of
    BME staff ...") or are a clause opening with the group the figure is of ("White
    colleagues said the same"), plain text with no figure of its own; not when the
    figure is the value of a label line above it (`after_label`: "BME staff" /
    "29.9%"), nor a short or emphasised line naming a group (the next figure's label)."""
    t = _text(item).strip()
    if re.match(r"[a-z]", t):
        return True
    return (
        not after_label
        and item.style not in ("heading", "bold")
        and len(t.split()) >= 4
        and bool(ethnic_groups(" ".join(t.split()[:3])))
        and not re.search(r"\d|:\s*$", t)
    )


def _is_label(item: Table | TextBlock | None) -> bool:
    """A short line with no figure and no sentence's end, not a heading: a label whose
    value the figure below it is ("BME staff" / "29.9%")."""
    if not isinstance(item, TextBlock) or item.style == "heading":
        return False
    t = _text(item).strip()
    return 0 < len(t) <= 60 and not re.search(r"\d|[.!?;)]$", t)


@dataclass
class _Line:
    text: str
    page: int
    block: int
    heading: bool = False  # the document marks it as a heading


def _lines(doc: Extracted) -> list[_Line | None]:
    """Text lines in reading order; None where a table interrupts the text. An
    infographic's figures, each printed alone over its caption ("38.2%" / "of BME staff
    ..."), are read as one sentence each, and a run of them as one paragraph (a caption
    may lean on the one before it: "of White staff said the same")."""
    blocks: list[_Block] = []
    out: list[_Line | None] = []
    items = [
        it
        for it in doc.items
        if isinstance(it, Table) or (isinstance(it, TextBlock) and _text(it).strip())
    ]
    for n, item in enumerate(items):
        if isinstance(item, Table):
            blocks.append(_Block("\0", item.page, len(blocks)))
            continue
        text = _text(item)
        last = blocks[-1] if blocks and blocks[-1].text != "\0" else None
        after = items[n + 1] if n + 1 < len(items) else None
        # a figure alone whose caption follows starts a unit of its own
        before = items[n - 1] if n > 0 else None
        captioned = (
            _FIGURE_ALONE.match(text)
            and isinstance(after, TextBlock)
            and _is_caption(after, _is_label(before))
        )
        if last is not None and last.figure and (last.captioned or _is_caption(item, True)):
            # "26.3%" / "of our colleagues ...": the figure's caption
            last.text = last.text.rstrip() + " " + text.strip()
            last.figure = False
            continue
        if last is not None and last.captioned and not last.figure and _BRACKETED.match(text):
            # "26.3%" / "of our colleagues ..." / "(2022: 28.1%)": last year's figure
            # under the caption belongs to the same figure
            last.text = last.text.rstrip() + " " + text.strip()
            continue
        # a PDF line break in mid-sentence: "is White" / "84.2%, BAME 15.2% ..." (not
        # after a heading, nor a figure that has a caption of its own)
        if (
            last is not None
            and not last.heading
            and not captioned
            and not re.search(r"[.:!?…)\]]\s*$", last.text)
            # after a semicolon the sentence goes on only in lower case ("...; in 2022/23")
            and not (re.search(r";\s*$", last.text) and not re.match(r"\s*[a-z]", text))
            and len(last.text.rsplit("\n", 1)[-1]) > 40  # not after a heading line
            and (
                re.match(r"\s*(?:[a-z]|\d+(?:\.\d+)?\s*(?:%|per cent))", text)
                or _YEAR_GOES_ON.match(text)
                # "... from patients or the public" / "(29.8% BME, 24.1% White)."
                or _FIGURES_IN_BRACKET.match(text)
            )
        ):
            last.text = last.text.rstrip() + " " + text.strip()
            continue
        # a PDF line break after a long label's colon: "... for career progression:" /
        # "60.2%" (the value wrapped onto a line of its own)
        if (
            last is not None
            and not last.heading
            and not captioned
            and re.search(r":\s*$", last.text)
            and len(last.text.rsplit("\n", 1)[-1]) > 40
            and _FIGURE_ALONE.match(text)
        ):
            last.text = last.text.rstrip() + " " + text.strip()
            continue
        para = len(blocks)
        if captioned and last is not None and last.captioned:
            para = last.para  # the next figure of a run of captioned figures
        blocks.append(
            _Block(
                text,
                item.page,
                para,
                heading=item.style == "heading",
                figure=bool(_FIGURE_ALONE.match(text)),
                captioned=bool(captioned),
            )
        )
    for b in blocks:
        if b.text == "\0":
            out.append(None)
            continue
        raw_lines = _unwrap(b.text) if doc.format == "pdf" else b.text.split("\n")
        for raw in raw_lines:
            line = _BULLET.sub("", raw).strip()
            line = re.sub(r"\s+", " ", line)
            if line:
                out.append(_Line(line, b.page, b.para, b.heading))
    texts = drop_paragraph_numbers([ln.text if ln else "" for ln in out])
    return [replace(ln, text=t) if ln else None for ln, t in zip(out, texts, strict=True)]


@dataclass
class _Block:
    text: str
    page: int
    para: int  # the paragraph it belongs to (what a sentence may inherit from)
    heading: bool = False
    figure: bool = False  # a figure alone, waiting for its caption
    captioned: bool = False  # a figure alone followed by its caption


def _text(item: TextBlock) -> str:
    # a footnote mark after a figure ("1.37\u00b9 times") is no part of the sentence's figure
    text = drop_footnote_marks(_MARKUP.sub("", item.text or "").replace("\u00a0", " "))
    return per_hundred_as_percent(text)  # "31 in every 100" is the percentage 31


def _unwrap(text: str) -> list[str]:
    """A PDF paragraph's lines rejoined: its line breaks are where the page ran out of
    width, often mid-sentence ("... followed by" / "band 9 at 30% (n.10)"); a line
    that starts with a bullet still starts a new item."""
    out: list[str] = []
    for raw in text.split("\n"):
        if out and _FIGURE_ALONE.match(out[-1]) and re.match(r"\s*[a-z]", raw):
            out[-1] = out[-1].strip() + " " + raw.strip()  # "26.3%" / "of our colleagues"
        elif (
            out
            and raw.strip()
            and not _BULLET.match(raw)
            and len(out[-1]) >= 40
            and not _tabular(out[-1])
            # "... / BME colleagues:" / "48.8% (national: 59.0% / 46.1%)": a label's
            # figure wrapped to the next line, however many figures follow it there
            and (not _tabular(raw) or _label_then_figure(out[-1], raw))
            and not _RE_HEADING.match(raw.strip())  # an indicator heading starts a line
        ):
            out[-1] = out[-1].rstrip() + " " + raw.strip()
        else:
            out.append(raw)
    return out


_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
# a line opening with a year the sentence goes on from ("2023/24, compared with ...",
# "2022/23 the figure was ..."): a break in mid-sentence, not a label ("2023 survey:")
_YEAR_GOES_ON = re.compile(r"\s*(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?[,;]?\s+[a-z][^:]*$")


def _label_then_figure(line: str, nxt: str) -> bool:
    """A line ending in a label's colon, and the next line opening with its figure."""
    return line.rstrip().endswith(":") and bool(
        re.match(r"\s*[+\-]?(?:\d[\d.,]*\s*%|\d+\.\d+\b)", nxt)
    )


def _tabular(line: str) -> bool:
    """A row of an unruled table printed as text ("Band 5 120 45 3 168 26.8%"): at
    least half its words are figures."""
    words = line.split()
    figures = sum(1 for w in words if is_figure(w) or _YEAR_WORD.fullmatch(w))
    return figures >= 2 and figures * 2 >= len(words)


def _sentences(line: str) -> list[str]:
    # "1. 25" (a decimal broken by a space) -> "1.25"
    line = re.sub(r"(?<![\d.])(\d)\.\s(\d{2})(?=\s+(?:in|times|for|to)\b)", r"\1.\2", line)
    parts: list[str] = []
    start = 0
    for m in re.finditer(r"[.!?]\s+(?=[A-Z0-9(“\"‘'£+\-])", line):
        word = re.search(r"(\S+)$", line[start : m.start() + 1])
        w = word.group(1).lower() if word else ""
        if re.fullmatch(r"\(?(?:[a-z]|no|nos|vs|st|approx|e\.g|i\.e|n)\.", w):
            continue
        parts.append(line[start : m.end()])
        start = m.end()
    parts.append(line[start:])
    # "Indicator 2: 1.84 (2022/23) | Indicator 3: 1.22 (2022/23)": a bar between
    # statements separates them as a full stop would
    parts = [q for p in parts for q in re.split(r"\s\|\s", p)]
    return [p.strip() for p in parts if p.strip()]


# ---------------------------------------------------------------------------
# the document's own data year


# the year of a plan's actions ("Action plan 2022-2023", "Actions for 2024/25"): the
# year the actions are for, which follows the data they answer
_RE_PLAN_YEAR = re.compile(
    r"\baction(?:s|\s+plan)\W{0,3}(?:(?:for|in|during)\s+)?(?:20\d\d\s*(?:/|-|to)\s*(?:20)?\d\d)",
    re.I,
)


def default_period(doc: Extracted) -> str | None:
    """The financial year a report's undated figures belong to: the year in its title
    or opening lines ("WRES report 2022" -> 2021/22, "2021-22" -> 2021/22); an action
    plan for "2022-2023" (or a heading "Actions for 2022/23") follows the 2021/22 data."""
    candidates = [doc.title or ""] + [b.text for b in doc.blocks[:40]]
    for text in candidates:
        t = clean(_MARKUP.sub("", text or ""))
        if not t:
            continue
        year = financial_year_in(t)
        if year is None:
            continue
        if _RE_PLAN_YEAR.search(t):
            year = fy(int(year[:4]) - 1)
        return year
    return None


_NATIONAL_DOC = re.compile(
    r"across\s+(?:all\s+)?nhs\s+trusts|\bof\s+nhs\s+trusts|nhs\s+workforce|across\s+the\s+nhs"
    r"|data\s+analysis\s+report|national\s+(?:wres\s+)?report|\ball\s+nhs\s+(?:trusts|organisations)"
    r"|wres\s+20\d\d\s+(?:data\s+analysis\s+)?report",
    re.I,
)
_SELF = re.compile(r"\b(?:the|our)\s+trust\b(?!s)|\bour\b|\bwe\b", re.I)


def is_national_summary(doc: Extracted) -> bool:
    """A page summarising the national WRES (about "NHS trusts", not one trust)."""
    text = " ".join(b.text for b in doc.blocks)
    return len(_NATIONAL_DOC.findall(text)) >= 2 and not _SELF.search(text)


# ---------------------------------------------------------------------------
# what the lines so far established


@dataclass
class _Prev:
    """What the previous sentence of the same paragraph established."""

    block: int = -1
    indicator: int | None = None
    skipped: bool = False
    rl_group: str | None = None
    board: str | None = None
    group: str | None = None
    groups: tuple[str, ...] = ()  # the groups of its figures, in order (each once)
    # the groups it named, comparators' figures included, in order, and their figures'
    # kind; its dates (parsers.wres.narrative_own_lists: a list that follows)
    named: tuple[str, ...] = ()
    named_kind: str = ""
    dates: tuple[_Time, ...] = ()


def _lead_in(text: str, ctx: Context) -> None:
    """A figure-free line that introduces what follows ("Non-clinical:", "Band 7 and
    above", "Ethnicity Number of colleagues % of workforce", "Ethnicity Workforce
    Profile - March 2025"): what it names replaces that part of the lead-in context;
    a line that names nothing ends it. A dated snapshot it names joins the heading
    path (it dates the figures below as a dated heading would)."""
    lead = ctx.lead
    bank = bool(re.search(r"\bbank\b", text, re.I))
    named = bank
    sg = _staff_group(text)
    bands = _band_marks(text)
    board = _board_group(text)
    if board and board != "?":
        lead = replace(lead, staff_group=board, band=None)
        named = True
    elif sg not in (None, "?", "overall"):
        lead = replace(lead, staff_group=sg, band=bands[0][2] if len(bands) == 1 else None)
        named = True
    elif len(bands) == 1:
        lead = replace(lead, band=bands[0][2])
        named = True
    groups = {g for _, _, g in _group_marks(text)}
    if len(groups) == 1:
        lead = replace(lead, ethnic_group=next(iter(groups)))
        named = True
    inds = _indicators(text)
    if len(inds) == 1 and re.search(r"%|percent|number|profile|proportion", text, re.I):
        lead = replace(lead, indicator=next(iter(inds)))
        if lead.indicator == 1 and sg in (None, "overall") and not bands:
            lead = replace(lead, staff_group="overall", band=None)
        named = True
    every_time = [t for t in _times(text) if t.kind != "rel"]
    if every_time and all(t.kind == "survey" for t in every_time):
        # "2023 NHS Staff Survey, the 2022 survey in brackets:": the bare years in the
        # lines below are survey years too
        lead = replace(lead, survey_years=True)
        named = True
    times = [t for t in _times(text) if t.kind in ("month", "survey")]  # a dated snapshot
    if (
        times
        and len(times) == 1
        and inds
        and is_dated_heading(text, times[0])  # a snapshot, not a meeting's or a deadline's date
    ):
        ctx.path.push(3, Key(time=times[0], time_text=times[0].text))
        named = True
    ctx.lead = replace(lead, bank=bank) if named else Key()
