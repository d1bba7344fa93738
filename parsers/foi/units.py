"""The letter as units (paragraphs split at labels and markers, tables), and the
question labels that split them; a label printed in two languages side by side is
read as its one known half (parsers.foi.bilingual). Part of the FOI parser
(parsers.foi.parse). The letter's metadata (reference, dates, subject), read from
these units, is in parsers.foi.metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.extract.fonts import body_font
from parsers.extract.model import Extracted, Table, TextBlock
from parsers.foi.bilingual import one_language
from parsers.foi.drafting_notes import drafting_note
from parsers.foi.hard_wrap import rejoin_wrapped
from parsers.foi.meta_patterns import _RE_META_KEY
from parsers.foi.numeral_glyphs import glyph_label
from parsers.foi.patterns import (
    _I,
    _QWORD_NOUN,
    _QWORD_WHO,
    _RE_ANSWER_CUE,
    _RE_ASKING,
    _RE_CAPITAL,
    _RE_DECIMAL,
    _RE_LET,
    _RE_NUM,
    _RE_NUM_DASH,
    _RE_NUMERO,
    _RE_NUMLET,
    _RE_PART_ASKED,
    _RE_QSHORT,
    _RE_QWORD,
    _RE_QWORD_ALONE,
    _RE_ROMAN,
    _RE_SIGNOFF,
    answer_marker,
    normalise,
    question_keys,
    request_marker,
)
from parsers.foi.section_codes import section_code
from parsers.foi.spelled import figured_label
from parsers.foi.typed_rules import typed_rule
from parsers.foi.upper_romans import upper_roman_label

# ---------------------------------------------------------------- units


@dataclass
class _Unit:
    text: str  # whitespace-normalised
    style: str | None = None
    table: Table | None = None
    table_index: int | None = None
    page: int = 1
    lines: list[str] = field(default_factory=list)
    size: float | None = None  # the block's layout (parsers.extract.model.TextBlock)
    indent: float | None = None
    quoted: bool = False  # its first line was quoted with ">" (an e-mail's quoted text)
    # the page's own text begins here, after the last answer (parsers.foi.faq_units)
    ends_answers: bool = False
    # its look beyond emphasis: a web page element's class, else a font colour
    # (parsers.extract.model.TextBlock; read by parsers.foi.look_pairs)
    look: str | None = None
    # what a dropped field line before it cited ("Decision: Withheld – section 43(2)"),
    # kept so that its exemption is still found (parsers.foi.field_lines)
    note: str | None = None
    # it holds an answer's typed numbered list, folded into the sentence introducing it
    # (parsers.foi.answer_lists): its labels open no questions
    listed: bool = False


@dataclass
class _Label:
    key: str  # the label as stored ("1", "1a", "Q4", "a")
    kind: str  # num | let | numlet | qword | qshort
    num: int | None
    letter: str | None
    rest: str


def _label_of(text: str) -> _Label | None:
    m = _RE_QWORD.match(text)
    if m and (m.group(3) or ""):
        key = (m.group(1) or m.group(2)).lower()
        num = int(re.match(r"\d+", key).group(0))
        letter = key[len(str(num)) :] or None
        return _Label(key, "qword", num, letter, m.group(3))
    m = _RE_QSHORT.match(text)
    if m:
        key = (m.group(1) or m.group(3)).lower()
        rest = m.group(2) if m.group(1) else m.group(4)
        num = int(re.match(r"\d+", key).group(0))
        letter = key[len(str(num)) :] or None
        return _Label("Q" + key, "qshort", num, letter, rest or "")
    m = _RE_NUMLET.match(text)
    if m and m.group(3):
        return _Label(
            f"{int(m.group(1))}{m.group(2)}", "numlet", int(m.group(1)), m.group(2), m.group(3)
        )
    m = _RE_NUM.match(text)
    num, rest = (m.group(1), m.group(2)) if m else (None, None)
    m = None if m else _RE_NUM_DASH.match(text)
    if m:
        num, rest = m.group(1) or m.group(3), m.group(2) or m.group(4)
    # (a number in brackets before a comma or stop is a figure a wrapped line opens
    # with, "(6), career progression (5) …", not a label)
    if num and rest and not re.match(r"^[\d,;.]", rest):
        n = int(num)
        if 0 < n <= 60:
            return _Label(str(n), "num", n, None, rest)
    m = _RE_ROMAN.match(text)
    if m and m.group(3):
        # a roman sub-label is kept like a letter ("1ii" under "1.")
        roman = m.group(1) or m.group(2)
        return _Label(roman, "let", None, roman, m.group(3))
    m = _RE_LET.match(text)
    if m:
        letter = m.group(1) or m.group(3) or m.group(5)
        rest = m.group(2) if m.group(1) else (m.group(4) if m.group(3) else m.group(6))
        if rest and letter:
            return _Label(letter, "let", None, letter, rest)
    return _house_label(text)


def _house_label(text: str) -> _Label | None:
    """The labels of house styles read since 0.6.6, each as the numbering it is:
    a decimal label "2.1" counts its questions under a subject heading (num 1, so
    the heading restarts the numbering as a part's heading does), a capital letter
    "A." / "(B)" / "[C]" before a question is a top-level numbering (A = 1, B = 2), "No. 3:"
    is 3, "3.0" is 3 (its label kept as printed)."""
    m = _RE_DECIMAL.match(text)
    if m and m.group(3) and 0 < int(m.group(2)) <= 40:
        key = f"{int(m.group(1))}.{int(m.group(2))}"
        return _Label(key, "num", int(m.group(2)), None, m.group(3))
    # "3.0": a whole number written with a decimal place of nought is the third
    # question itself (as numbered sections of a memo or report are), not a part of it
    if m and m.group(3) and m.group(2) == "0" and 0 < int(m.group(1)) <= 60:
        return _Label(f"{int(m.group(1))}.0", "num", int(m.group(1)), None, m.group(3))
    # an upper-case roman numeral ("II.", "(IV)") numbers questions as a number does
    roman = upper_roman_label(text)
    if roman is not None:
        return _Label(roman[0], "num", roman[1], None, roman[2])
    m = _RE_CAPITAL.match(text)
    # "A. The Trust holds …" is an answer's marker in a Q. / A. letter: a capital
    # letter labels a question only before words of asking
    rest = m.group(4) if m else ""
    if rest and _RE_ASKING.match(rest) and not _RE_ANSWER_CUE.match(rest):
        letter = m.group(1) or m.group(2) or m.group(3)
        return _Label(letter, "num", ord(letter) - ord("A") + 1, None, rest)
    # a survey code "A1" counts its questions within section A (parsers.foi.section_codes)
    code = section_code(text)
    if code is not None:
        return _Label(code[0], "num", code[1], None, code[2])
    m = _RE_NUMERO.match(text)
    if m and m.group(3) and 0 < int(m.group(2)) <= 60:
        return _Label(str(int(m.group(2))), "num", int(m.group(2)), None, m.group(3))
    m = _RE_PART_ASKED.match(text)
    if m and _RE_ASKING.match(m.group(2)) and 0 < int(m.group(1)) <= 60:
        return _Label(str(int(m.group(1))), "num", int(m.group(1)), None, m.group(2))
    # a circled or otherwise enclosed numeral glyph, by its value (parsers.foi.numeral_glyphs)
    glyph = glyph_label(text)
    if glyph is not None:
        return _Label(str(glyph[0]), "num", glyph[0], None, glyph[1])
    return None


_RE_RANGE = re.compile(
    r"^(?:(?:for|in\s+(?:response|answer|reply)\s+to|regarding|re:?)\s+(?=q))?"
    r"(?:(?:questions?|q)\s*)?(\d{1,2}[a-z]?)\s*([-–—]|to|and|&|,)\s*(?:(?:questions?|q)\s*)?"
    r"(\d{1,2}[a-z]?)\s*[:.)\-–,]\s*(.*)$",
    _I,
)


_RE_BARE = re.compile(
    r"^(?:(?:questions?|q)\s*|" + _QWORD_WHO + _QWORD_NOUN + r"\s*)?(\d{1,2}[a-z]?)\s*[.:)]?\s*$",
    _I,
)


def _range_of(text: str) -> tuple[list[str], str] | None:
    """A label naming several questions ("1 – 3:", "1 and 2:", "Questions 1c and
    1d") → the labels it covers and the text after it."""
    m = _RE_RANGE.match(text)
    if not m:
        return None
    keys = question_keys(m.group(1), m.group(2), m.group(3))
    if keys is None:
        return None
    return keys, m.group(4)


# a question named in lower case inside a sentence, the sentence going on after its
# number with no stop ("… our answer to" / "question 2 contained an error")
_RE_MENTION = re.compile(r"^[a-z]+\s+\d{1,2}[a-z]?\s+[a-z]")


def _wrapped_mention(line: str) -> bool:
    """A line a wrapped sentence carried on to, opening with a question it names
    ("question 2 contained …"): no label, as a label is printed with a capital or a
    stop after its number."""
    lab = _label_of(line)
    return lab is not None and lab.kind == "qword" and bool(_RE_MENTION.match(line))


def _starts_unit(line: str) -> bool:
    """A line inside a paragraph that starts a new unit."""
    s = line.strip()
    if not s:
        return False
    if s[0].isupper() and _RE_SIGNOFF.match(s):
        return True
    if _wrapped_mention(s):
        return False
    if _label_of(s) is not None or _range_of(s) is not None:
        return True
    if answer_marker(s) is not None:
        return True
    if request_marker(s) is not None:
        return True
    return bool(_RE_META_KEY.match(s) and ":" in s[:40])


def _units(doc: Extracted) -> list[_Unit]:
    units: list[_Unit] = []
    t_index = 0
    # the letter's own typeface: only a face other than it is a look (a block
    # typed in another family, as answers typed beneath each question)
    own_font = body_font([(b.font, len(b.text)) for b in doc.blocks])
    # a hard-wrapped letter's lines as paragraphs, its broken words mended
    from parsers.foi.bold_leads import bold_lead_items
    from parsers.foi.bold_tags import bold_tag_items
    from parsers.foi.card_grids import card_blocks

    # (a bold question run in before its plain answer, split at the face change:
    # parsers.foi.bold_leads; a bold topic tag before a question dropped:
    # parsers.foi.bold_tags)
    items = bold_tag_items(bold_lead_items(doc.items))
    for item in rejoin_wrapped(items, _starts_unit):
        if isinstance(item, Table):
            # (a table of question cards is its cards' blocks: parsers.foi.card_grids;
            # it still counts among the tables, so later tables keep their indexes)
            cards = card_blocks(item)
            if cards is None:
                units.append(_Unit(text="", table=item, table_index=t_index, page=item.page))
            for block in cards or []:
                units += _block_units(block, own_font)
            t_index += 1
            continue
        if isinstance(item, TextBlock):
            units += _block_units(item, own_font)
    # (they read labels here)
    from parsers.foi.answer_lists import with_answer_lists
    from parsers.foi.body_furniture import without_page_furniture
    from parsers.foi.house_units import heading_requests, house_units
    from parsers.foi.interest_test import without_interest_tests
    from parsers.foi.table_captions import with_captions_in_tables

    # (a table's caption printed as a paragraph is the table's: parsers.foi.table_captions)
    kept = with_captions_in_tables([u for u in units if u.table is not None or u.text])
    kept = _with_form_requests(kept)
    # (a template's drafting note left in print is no one's text: parsers.foi.drafting_notes)
    kept = [u for u in kept if u.table is not None or not drafting_note(u.text)]
    # (an answer's typed numbered list is its content: parsers.foi.answer_lists)
    # (page furniture printed as body text: parsers.foi.body_furniture; a public
    # interest test after an answer: parsers.foi.interest_test)
    kept = with_answer_lists(without_interest_tests(without_page_furniture(kept)))
    return heading_requests(_join_label_headings(house_units(kept)))


def _block_units(item: TextBlock, own_font: str | None) -> list[_Unit]:
    """A text block's units: its lines, split where a line starts a unit."""
    units: list[_Unit] = []
    # (a spelled-out label number is read as its figure: parsers.foi.spelled; a
    # label printed in two languages as its one half: parsers.foi.bilingual)
    raw = [ln for ln in item.text.split("\n") if ln.strip()]
    lines = [figured_label(one_language(_unquote(ln))) for ln in raw]
    # (a unit whose first line lost its quote marks is the quoted e-mail's text)
    marks = [_unquote(ln) != ln for ln in raw]
    seg: list[str] = []
    look = f"class:{item.css_class}" if item.css_class else None
    look = look or (f"colour:{item.colour}" if item.colour else None)
    look = look or (f"font:{item.font}" if item.font != own_font and item.font else None)
    lay = {"page": item.page, "size": item.size, "indent": item.indent, "look": look}
    quoted = False
    for ln, mark in zip(lines, marks, strict=True):
        if typed_rule(ln):
            # (a line of '-' or '=' typed under a heading, as a plain-text e-mail
            # underlines its questions, ends the unit and is no one's text)
            if seg:
                units.append(
                    _Unit(normalise(" ".join(seg)), item.style, lines=seg, quoted=quoted, **lay)
                )
            seg = []
            continue
        if seg and _starts_unit(ln):
            units.append(
                _Unit(normalise(" ".join(seg)), item.style, lines=seg, quoted=quoted, **lay)
            )
            seg = []
        if not seg:
            quoted = mark
        seg.append(ln)
    if seg:
        units.append(_Unit(normalise(" ".join(seg)), item.style, lines=seg, quoted=quoted, **lay))
    return units


def _with_form_requests(units: list[_Unit]) -> list[_Unit]:
    """A request form's field table followed by its request field's name and numbered
    questions as units of their own (parsers.foi.form_records)."""
    from parsers.foi.form_records import form_request

    out: list[_Unit] = []
    for u in units:
        out.append(u)
        found = form_request(u.table) if u.table is not None else None
        if found is not None:
            name, asked = found
            out += [_Unit(t, lines=[t], page=u.page) for t in (f"{name}:", *asked)]
    return out


# an e-mail reply's quote marks before the requester's own lines ("> 1. How many …")
_RE_QUOTE = re.compile(r"^\s*(?:>\s*)+(?=\S)")


def _unquote(line: str) -> str:
    """A line with its e-mail quote marks taken off, when what follows is words or
    a label ("> 1. How many …", ">> Please send …"), not a figure ("> 100")."""
    m = _RE_QUOTE.match(line)
    if m is None:
        return line
    rest = line[m.end() :]
    if rest[:1].isalpha() or _label_of(normalise(rest)) is not None:
        return rest
    return line


def _join_label_headings(units: list[_Unit]) -> list[_Unit]:
    """A worded label standing alone ("Request 2", "Query 1.") heads the question
    printed beneath it: the two are one labelled unit, styled as the question.
    Not when the label was printed before: a heading that repeats a question's
    label over the answers section ("Question 1a." again) heads its answer."""
    out: list[_Unit] = []
    seen: set[str] = set()
    last_num: int | None = None
    i = 0
    while i < len(units):
        u = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        lab = _label_of(u.text) if u.table is None else None
        if lab is not None:
            # "1." then "a." has printed question 1a
            key = lab.key.lower().lstrip("q")
            last_num = lab.num if lab.num is not None else last_num
            seen.add(key if lab.num is not None else f"{last_num}{key}")
        alone = _RE_QWORD_ALONE.match(u.text) if u.table is None else None
        if (
            alone is not None
            and alone.group(1).lower() not in seen
            and nxt is not None
            and nxt.table is None
            and _label_of(nxt.text) is None
            and _RE_BARE.match(nxt.text) is None
            and answer_marker(nxt.text) is None
        ):
            key = alone.group(1)
            seen.add(key.lower())
            text = f"Question {key}: {nxt.text}"
            out.append(
                _Unit(
                    text, nxt.style, lines=[text], page=nxt.page, size=nxt.size, indent=nxt.indent
                )
            )
            i += 2
            continue
        out.append(u)
        i += 1
    return out
