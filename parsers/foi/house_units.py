"""House styles read as the units the segmenter already knows (since 0.6.6). Each
rewrite reads a structure, not a house's words; the segmenter (parsers.foi.segment)
then reads the letter as it reads any other:

- a numbered subject heading over decimal labels ("1. Workforce" over "1.1 …", "1.2
  …") is a part's heading: its number goes, so the decimal questions under it are
  numbered afresh (parsers.foi.units._house_label reads "1.2" as the second);
- a label followed by a request marker ("1. Information requested: …") is the label
  of the question after the marker;
- a request marker with a number standing alone over its question ("Information
  requested (2)", "Your request [3]") is that question's label;
- a pair of labels alternating through the letter is a request/answer marker
  pair, whatever its words (parsers.foi.marker_pairs);
- question and answer told apart only by their look, a web page's classes taking
  turns or answers in a colour of their own, are marked so (parsers.foi.look_pairs);
- unnumbered questions set in a face of their own (italic, bold, a colour), each
  over its plain answer, are marked so too (parsers.foi.emphasis_pairs), capitals
  counting as a face since set N;
- unnumbered questions answered on their own line after a spaced dash are marked
  so as well (parsers.foi.runin_pairs);
- a two-row table per question, a label or request cell beside the question and an
  answer marker beside the answer ("Question 1 | …", "Answer | …"; "Request | …",
  "Trust response | …"), is that question and answer, one paragraph a line.

- in a letter with no question labels and no answer markers, bulleted questions
  each followed by unbulleted text (or a table) are questions with their answers
  beneath (a bulleted request list printed before the answers is not: its asking
  items stand together);
- a request printed as a numbered heading without "?", next in sequence and over a
  plain paragraph (or in plain type over an answer in a face of its own, since set
  V), is that question (heading_requests, since 0.6.5);
- numbers hung in a margin (a borderless layout table, a PDF number beside a wrapped
  question) are their questions' labels (parsers.foi.hanging, since 0.6.7);
- accordion panel titles behind their disclosure triangle (parsers.foi.panels);
- an FAQ page's contents list, navigation links and asking headings
  (parsers.foi.faq_units, since 0.6.9);
- footnote markers and the notes gathered below the answers (parsers.foi.footnotes,
  since 0.6.9);
- a question and its short answer on one line, a leader of dots between them
  (parsers.foi.leaders, since 0.7.0);
- a table of the exemptions applied, and its heading, are in no answer
  (parsers.foi.exemption_tables, since 0.7.0);
- a letter typeset inside a layout table (a contact sidebar beside it) is the
  paragraphs it holds (parsers.foi.layout_tables, since 0.7.1);
- answers broken down under the same sub-headings under every unlabelled question
  (a site's name over its figure) are marked as those questions' answers
  (parsers.foi.breakdown_answers, since 0.7.1);
- a letter whose every paragraph is numbered in one run, its questions set in a
  face of their own: each question keeps its paragraph's number as its label, the
  other paragraphs lose theirs (parsers.foi.paragraph_numbers, since set P);
- a short field line repeated between each question and its answer ("Decision:
  Withheld – section 43(2)") is the question's status, in no question or answer
  (parsers.foi.field_lines, since set O's learning);
- a glyph opening each answer, taking turns with the questions ("» …", "➤ …"), is
  its answer marker (parsers.foi.answer_glyphs, since set O's learning);
- a returned questionnaire's ticked option under each question is its answer, the
  unticked ones and the comments' caption in none (parsers.foi.ticked_options, since
  set AD's learning);
- a reissued response's tag on the answer it corrects ("Revised answer:" on its own
  line, "[Amended]" opening the answer) is in no answer (parsers.foi.revision_tags,
  since set AD's learning).

Part of the FOI parser (parsers.foi.parse); called by parsers.foi.units._units.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from parsers.foi.answer_first import answer_first_units
from parsers.foi.answer_furniture import answer_furniture_dropped
from parsers.foi.answer_glyphs import answer_glyph_units
from parsers.foi.breakdown_answers import breakdown_units
from parsers.foi.continued_heads import without_continued_headings
from parsers.foi.emphasis_pairs import emphasis_pair_units
from parsers.foi.exemption_tables import exemption_tables_dropped
from parsers.foi.faq_units import faq_units, heading_questions
from parsers.foi.field_lines import field_lines_dropped
from parsers.foi.footnotes import footnotes_dropped
from parsers.foi.hanging import (
    hung_lines_joined,
    hung_number_first,
    margin_number_table_units,
)
from parsers.foi.layout_tables import layout_tables_unwrapped
from parsers.foi.leaders import leader_units
from parsers.foi.line_kinds import _bullet, unmarked_paragraph
from parsers.foi.look_pairs import look_pair_units
from parsers.foi.marker_pairs import marker_pair_units
from parsers.foi.markers import answer_marker, request_marker
from parsers.foi.number_lines import numbers_alone_joined
from parsers.foi.numbered_subjects import numbered_subject_units
from parsers.foi.panels import panel_units
from parsers.foi.paragraph_numbers import paragraph_number_units
from parsers.foi.patterns import _RE_ASKING, _RE_NUM_SPACE_ASKING, _RE_QWORD_ALONE, normalise
from parsers.foi.referenced_items import referenced_items
from parsers.foi.repeated_markers import repeated_marker_units
from parsers.foi.review_units import review_units
from parsers.foi.revision_tags import without_revision_tags
from parsers.foi.runin_pairs import runin_pair_units
from parsers.foi.table_first import table_first_units
from parsers.foi.ticked_options import ticked_option_units
from parsers.foi.units import _label_of, _Unit

# a request marker's words then a number in brackets, or after a space: the
# marker numbering its question ("Information requested (2)", "Request [3]")
_RE_MARKER_NUMBER = re.compile(r"^(.*?\S)\s*[(\[]?\s*(\d{1,2})\s*[)\]]?\s*[:.]?$")


def house_units(units: list[_Unit]) -> list[_Unit]:
    """The units with the house styles above rewritten (see the module's docstring)."""
    units = layout_tables_unwrapped(units)  # (a letter typeset in a table: its paragraphs)
    # (a returned questionnaire's ticked option is its answer: parsers.foi.ticked_options)
    units = ticked_option_units(units)
    # (a reissue's tag on a corrected answer is in no answer: parsers.foi.revision_tags)
    units = without_revision_tags(units)
    # (a question's heading repeated with a continuation mark: parsers.foi.continued_heads)
    units = without_continued_headings(units)
    units = exemption_tables_dropped(leader_units(footnotes_dropped(units)))
    units = panel_units(hung_lines_joined([hung_number_first(u) for u in units]))
    units = numbers_alone_joined(units)  # (a number alone over its question: number_lines)
    faq = faq_units(units)  # (an FAQ page's contents and navigation are dropped)
    # (an internal review's quoted first replies go: parsers.foi.review_units)
    reviewed = review_units(faq)
    # (every paragraph numbered, questions by their face: parsers.foi.paragraph_numbers)
    reviewed = paragraph_number_units(reviewed)
    # (a status line between question and answer goes: parsers.foi.field_lines; a
    # glyph opening each answer is its marker: parsers.foi.answer_glyphs)
    reviewed = answer_glyph_units(field_lines_dropped(reviewed))
    # (a line in another face closing every answer, its source: parsers.foi.answer_furniture)
    reviewed = answer_furniture_dropped(reviewed)
    # (a table straight under each question opens its answer: parsers.foi.table_first)
    reviewed = table_first_units(reviewed)
    paired = emphasis_pair_units(look_pair_units(reviewed))
    if referenced_items(reviewed) is not None:
        # (answers finding their questions by number: their faces pair nothing,
        # parsers.foi.referenced_items reads them)
        paired = reviewed
    # (unnumbered questions answered on their own line after a dash: parsers.foi.runin_pairs)
    paired = breakdown_units(marker_pair_units(runin_pair_units(paired)))
    # (a numbered subject heading over each marker pair: parsers.foi.numbered_subjects)
    paired = numbered_subject_units(paired)
    # (answers printed before their quoted questions: parsers.foi.answer_first)
    paired = answer_first_units(paired)
    # (a short line repeated after every labelled question: parsers.foi.repeated_markers)
    paired = repeated_marker_units(paired)
    units = heading_questions(bulleted_questions(paired), len(faq) < len(units))
    out: list[_Unit] = []
    i = 0
    while i < len(units):
        u, nxt = units[i], units[i + 1] if i + 1 < len(units) else None
        if u.table is not None:
            out.extend(margin_number_table_units(u) or question_table_units(u, out))
            i += 1
            continue
        if nxt is not None and subject_heading_over_decimals(u, nxt):
            out.append(_with_text(u, _label_of(u.text).rest, style="heading"))
            i += 1
            continue
        key = marker_number(u.text)
        if key is not None and nxt is not None and unmarked_paragraph(nxt):
            out.append(_with_text(nxt, f"Question {key}: {nxt.text}"))
            i += 2
            continue
        out.append(_label_then_marker(u))
        i += 1
    return out


def subject_heading_over_decimals(u: _Unit, nxt: _Unit) -> bool:
    """ "1. Workforce" (a short numbered line with no sentence's end) directly over
    "1.1 …": the heading of the decimal questions numbered under it."""
    lab = _label_of(u.text) if u.table is None else None
    if lab is None or lab.kind != "num" or "." in lab.key or not lab.key.isdigit():
        return False
    if len(lab.rest) > 60 or re.search(r"[.?!:;]$", lab.rest):
        return False
    sub = _label_of(nxt.text) if nxt.table is None else None
    return sub is not None and sub.key == f"{lab.key}.1"


def marker_number(text: str) -> str | None:
    """The number of a request marker standing alone with it ("Information
    requested (2)" → "2"), or None."""
    m = _RE_MARKER_NUMBER.match(text.strip())
    if m is None or len(text) > 50:
        return None
    head = m.group(1)
    if request_marker(head) != "" or _RE_QWORD_ALONE.match(text.strip()):
        return None  # a worded label alone ("Request 2") is joined by units already
    return str(int(m.group(2)))


def _label_then_marker(u: _Unit) -> _Unit:
    """ "1. Information requested: How many …" → "1. How many …"."""
    lab = _label_of(u.text)
    if lab is None or not lab.rest:
        return u
    rest = request_marker(lab.rest)
    if not rest:
        return u
    return _with_text(u, u.text[: len(u.text) - len(lab.rest)] + rest)


def question_table_units(u: _Unit, before: list[_Unit]) -> list[_Unit]:
    """A two-row table of one question and its answer as units: the question with
    its label (from the cell, or a worded label standing alone just before the
    table, which is then taken from `before`), an answer marker, and the answer a
    line a paragraph. Any other table is left as it is."""
    rows = [[normalise(c) for c in r] for r in u.table.rows] if u.table else []
    lines = [ln for ln in (u.table.rows[1][1].split("\n") if len(rows) == 2 else []) if ln.strip()]
    if len(rows) != 2 or any(len(r) != 2 for r in rows) or not rows[0][1] or not lines:
        return [u]
    (ask, question), (reply, _) = rows
    label = _RE_QWORD_ALONE.match(ask)
    if label is None and request_marker(ask) != "":
        return [u]
    if answer_marker(reply) != "":
        return [u]
    key = label.group(1) if label else None
    if key is None and before and before[-1].table is None:
        heading = _RE_QWORD_ALONE.match(before[-1].text)
        if heading is not None:
            key = heading.group(1)
            before.pop()
    first = f"Question {key}: {question}" if key else f"Request: {question}"
    units = [_with_text(u, first), _with_text(u, "Answer:")]
    return units + [_with_text(u, normalise(ln)) for ln in lines]


def _with_text(u: _Unit, text: str, style: str | None = None) -> _Unit:
    return _Unit(
        text,
        style if style is not None else u.style,
        lines=[text],
        page=u.page,
        size=u.size,
        indent=u.indent,
    )


def bulleted_questions(units: list[_Unit]) -> list[_Unit]:
    """Bullets that ask, each with unbulleted text or a table beneath, in a letter
    with no labels and no answer markers: each is a question (a request marker) and
    what follows it, to the next, its answer (after an answer marker). At least two,
    and never two asking bullets together (that is a request list)."""
    if any(
        u.table is None and (_label_of(u.text) is not None or answer_marker(u.text) is not None)
        for u in units
    ):
        return units
    asking = [k for k, u in enumerate(units) if _asking_bullet(u)]
    if len(asking) < 2 or any(b == a + 1 for a, b in pairwise(asking)):
        return units
    if any(k + 1 >= len(units) or _bullet(units[k + 1]) is not None for k in asking):
        return units
    out: list[_Unit] = []
    for k, u in enumerate(units):
        if k in asking:
            out += [_with_text(u, f"Request: {_bullet(u)}"), _with_text(u, "Answer:")]
        else:
            out.append(u)
    return out


def _asking_bullet(u: _Unit) -> bool:
    item = _bullet(u) if u.table is None else None
    return item is not None and bool(_RE_ASKING.match(item))


def heading_requests(units: list[_Unit]) -> list[_Unit]:
    """A request printed as a heading with its number and no "?" ("4 Please send the
    plans"), numbered next in sequence and followed by a plain paragraph (its answer),
    is question 4: its label is given the full stop its layout stands for. So is such
    a request in plain type over an answer set in a face of its own (italic answers
    beneath, since set V's learning): either way the faces part request and answer."""
    out: list[_Unit] = []
    last: int | None = None
    for i, u in enumerate(units):
        lab = _label_of(u.text) if u.table is None else None
        if lab is not None and lab.num is not None:
            last = lab.num
        m = _RE_NUM_SPACE_ASKING.match(u.text) if u.table is None and lab is None else None
        nxt = units[i + 1] if i + 1 < len(units) else None
        if (
            m is not None
            and int(m.group(1)) == (last or 0) + 1
            and len(u.text.split()) <= 40
            and nxt is not None
            and nxt.table is None
            and _set_apart_by_face(u, nxt)
            and _label_of(nxt.text) is None
        ):
            last = int(m.group(1))
            text = f"{m.group(1)}. {m.group(2)}"
            u = replace(u, text=text, lines=[text])
        out.append(u)
    return out


# the faces an answer may be set in beneath a plain request
_ANSWER_FACES = ("italic", "bold", "underline")


def _set_apart_by_face(request: _Unit, nxt: _Unit) -> bool:
    """The request in a heading's face over a plain paragraph, or in plain type over a
    paragraph in a face of its own."""
    if request.style in ("heading", "bold"):
        return nxt.style not in ("heading", "bold")
    return request.style is None and nxt.style in _ANSWER_FACES
