"""The passes that read an FOI letter's questions and answers from its units, split
out of parsers.foi.parse (the entry point) to keep each module small:

* `segment`: the rules (a question/answer table: parsers.foi.qa_tables, or one
  turned on its side: parsers.foi.transposed_tables, questions (listed, or in a
  number-keyed table) answered in a number-keyed table: parsers.foi.keyed_tables,
  questions in an appendix, an e-mail's quoted request: parsers.foi.email_reply and
  parsers.foi.interleaved, questions enumerated in one sentence:
  parsers.foi.inline_enum, or the segmenting state machine, parsers.foi.segment; a
  lone disclosure-log request);
* `segment_labelled`: the rules again on the units the block labeller keeps (up to
  the letter's closing, less page furniture);
* `check_with_labels`: the pairs the block labels draw, where the rules' reading is
  doubtful (parsers.foi.label_pairs).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from parsers.foi.answer_closers import past_shared_closer
from parsers.foi.answer_leads import answer_lead_items
from parsers.foi.appendix import items_from_appendix
from parsers.foi.asked_paragraphs import asked_paragraph_items
from parsers.foi.blocks import blocks_of, rule_roles
from parsers.foi.bracket_replies import bracket_reply_items
from parsers.foi.coded_rows import coded_table_items
from parsers.foi.contents_list import contents_list_items
from parsers.foi.continued_numbering import continued_from
from parsers.foi.email_reply import email_reply_items
from parsers.foi.enclosures import enclosures_start
from parsers.foi.faq_units import answers_end
from parsers.foi.form_fields import form_field_indices
from parsers.foi.glossaries import glossary_start
from parsers.foi.inline_enum import inline_enumeration_items, last_enumerated_answer
from parsers.foi.interleaved import interleaved_items
from parsers.foi.joint_leads import without_joint_leads
from parsers.foi.keyed_tables import keyed_items, keyed_table_items
from parsers.foi.label_pairs import (
    LABEL_PAIRS_WARNING,
    MOST_OF_LETTER,
    label_pairs,
    prefer_label_pairs,
)
from parsers.foi.labeller import Labeller, answer_stops
from parsers.foi.lead_quote import lead_quote_items
from parsers.foi.line_kinds import _answer_like, _is_answer_marker, _request_like
from parsers.foi.link_lines import past_link_lines
from parsers.foi.list_end import list_end
from parsers.foi.markers import paired_qa_marks, qa_mark
from parsers.foi.message_closing import quoted_closing_start
from parsers.foi.numbered_points import without_numbered_points
from parsers.foi.ordered_answers import ordered_answer_items
from parsers.foi.ordinal_answers import ordinal_answer_items
from parsers.foi.paired_lists import paired_list_items
from parsers.foi.part_tree import nest_roman_parts, part_tree_items
from parsers.foi.patterns import answer_marker, normalise
from parsers.foi.pointed_parts import pointed_part_start
from parsers.foi.qa_tables import _items_from_tables
from parsers.foi.quoted import answer_beneath, quoted_requests
from parsers.foi.quoted_pointers import has_pointed_answers
from parsers.foi.quoted_provisions import past_quoted_provision
from parsers.foi.redaction_notes import redaction_note_start
from parsers.foi.referenced_items import referenced_items
from parsers.foi.relabelled_answers import last_relabelled_answer
from parsers.foi.renumbered_answers import renumbered_answer_items
from parsers.foi.section_codes import coded_units
from parsers.foi.segment import _Q, _Segmenter
from parsers.foi.tail import closing_prose, tail_start
from parsers.foi.tick_boxes import form_ahead, without_tick_forms
from parsers.foi.trailing_section import trailing_section_start
from parsers.foi.transposed_tables import transposed_items
from parsers.foi.units import _label_of, _Unit
from parsers.foi.value_lines import value_line_items
from parsers.foi.whole_refusal import whole_refusal_items

__all__ = ["Segmented", "check_with_labels", "segment", "segment_labelled"]


Segmented = tuple[list[_Q], str, list[str], list[str]]


def segment(units: list[_Unit], cut_at_closing: bool = False) -> Segmented:
    """Questions and answers by the rules: (items, orphan text, general answers, warnings).
    `cut_at_closing`: the units were already cut where the letter's closing begins (by
    the block labeller), so the answers' end is known though no closing is left."""
    warnings: list[str] = []
    orphan_text = ""
    general: list[str] = []
    from_email = email_reply_items(units)
    if from_email is not None:
        # an e-mail reply: the quoted request's questions, the reply's answers
        return from_email, "", [], warnings
    from_quoted_mail = interleaved_items(units)
    if from_quoted_mail is not None:
        # answers typed between the lines of the quoted request
        return from_quoted_mail, "", [], warnings
    # (a coded table, "Q1.a" beside the question and answer in one cell: parsers.foi.coded_rows)
    # (questions across a table's heading row: parsers.foi.transposed_tables)
    from_tables = coded_table_items(units) or _items_from_tables(units) or transposed_items(units)
    # (the questions listed, a number-keyed table answering them: parsers.foi.keyed_tables;
    # or the questions in a number-keyed table, the answers in another keyed alike)
    from_appendix = (
        (keyed_items(units) or items_from_appendix(units) or keyed_table_items(units))
        if from_tables is None
        else None
    )
    if from_tables is not None:
        qs, _ = from_tables
    elif from_appendix is not None:
        qs = from_appendix  # questions in an appendix table, answers numbered above
    else:
        # the letter's closing run (parsers.foi.tail) is no part of the last answer,
        # nor is a per-question form's fields (its exemptions are still read from
        # the letter's units by parsers.foi.parse)
        # as is the page's own text after questions and answers set inside a list
        # (parsers.foi.list_end), or after an FAQ page's last navigation link
        # (parsers.foi.faq_units)
        # (and a section of notes after the last answer: parsers.foi.trailing_section;
        # or an untitled note on the answers' redaction markers: parsers.foi.redaction_notes;
        # or a part an answer points to by its title: parsers.foi.pointed_parts;
        # or a glossary of the abbreviations the answers use: parsers.foi.glossaries)
        # (and the requester's sign-off and name ending the message quoted in an
        # e-mail reply, the answers typed into it: parsers.foi.message_closing)
        tail = tail_start(units)
        ends = (
            tail,
            quoted_closing_start(units),
            list_end(units),
            answers_end(units),
            trailing_section_start(units),
            redaction_note_start(units),
            pointed_part_start(units),
            glossary_start(units, tail),
            len(units),
        )
        end = min(e for e in ends if e is not None)
        # a list of the enclosures the answers point to, before the closing, ends
        # the answers too (parsers.foi.enclosures)
        end = enclosures_start(units, end) or end
        # (turn-taking alone does not say where the last answer ends: it is read
        # only where the closing was found, parsers.foi.asked_paragraphs)
        closed = cut_at_closing or end < len(units)
        units = _qa_marks_as_markers(units[:end])
        # (survey codes "A1" … "B1" are labels, not Q/A marks: parsers.foi.section_codes)
        units = coded_units(units)
        # (and a form's tick-box lines, with the caption after them: parsers.foi.tick_boxes)
        units = without_tick_forms(units, form_field_indices(units))
        from_ordinals = ordinal_answer_items(units)
        if from_ordinals is not None:
            # questions listed first, answered in paragraphs led in by ordinals
            # counting first … N-th (parsers.foi.ordinal_answers)
            return from_ordinals, "", [], warnings
        from_refusal = whole_refusal_items(units)
        if from_refusal is not None:
            # the questions listed, one refusal beside them answering them all
            return from_refusal, "", [], warnings
        from_contents = contents_list_items(units)
        if from_contents is not None:
            # questions listed up front, answered in numbered titled sections
            return from_contents, "", [], warnings
        from_leads = answer_lead_items(units)
        if from_leads is not None:
            # questions listed first, answered after the list under leads naming each number
            return from_leads, "", [], warnings
        from_refs = referenced_items(units)
        if from_refs is not None:
            # answers finding their question by the number they refer to, in any
            # order (parsers.foi.referenced_items)
            return from_refs, "", [], warnings
        from_order = ordered_answer_items(units) or renumbered_answer_items(units)
        if from_order is not None:
            # questions listed first, answered after the list in another numbering
            # kind (or again in theirs), in order and as many (parsers.foi.ordered_answers,
            # parsers.foi.renumbered_answers)
            return from_order, "", [], warnings
        from_lists = paired_list_items(units) or bracket_reply_items(units)
        if from_lists is not None:
            # questions listed, answers listed after them as many and in order
            # (parsers.foi.paired_lists); or each answer bracketed at the end of its
            # question's paragraph (parsers.foi.bracket_replies)
            return from_lists, "", [], warnings
        from_tree = part_tree_items(units)
        if from_tree is not None:
            # parts nested in an order of numbering kinds the segmenter does not read
            return from_tree, "", [], warnings
        from_quotes = quoted_requests(units)
        if from_quotes is not None:
            # requests quoted whole, no labels: each quotation and its answer
            return from_quotes, "", [], warnings
        from_sentence = inline_enumeration_items(units)
        if from_sentence is not None:
            # every question a clause of one sentence, the answers numbered below
            return from_sentence, "", [], warnings
        # (a line leading one reply to the questions just above it: parsers.foi.joint_leads)
        units = without_joint_leads(units)
        markers = [k for k, u in enumerate(units) if _is_answer_marker(u)]
        labelled = [k for k, u in enumerate(units) if u.table is None and _label_of(u.text)]
        if _marker_heads_answers(units, markers, labelled):
            markers = []  # (a heading over inline answers marks no answer of its own)
        if _inline_then_general(units, markers, labelled):
            seg = _Segmenter(units, False, late_general=True)
        else:
            seg = _Segmenter(units, bool(markers))
        seg.first = continued_from(units)  # (numbered on from an earlier letter)
        seg.run()
        # (parts nested number → letter → roman: parsers.foi.part_tree.nest_roman_parts)
        # (and numbered points, not asking, before the questions: parsers.foi.numbered_points)
        qs = without_numbered_points(nest_roman_parts(seg.items))
        orphan_text = normalise(" ".join(seg.orphans))
        general = seg.general
        if not qs and closed:
            # unnumbered questions each answered beneath, turn by turn
            # (parsers.foi.asked_paragraphs)
            turns = asked_paragraph_items(units)
            qs, orphan_text = (turns, "") if turns else (qs, orphan_text)
        if not qs:
            # one request quoted at the end of the opening prose (parsers.foi.lead_quote)
            qs = lead_quote_items(units)
            orphan_text = "" if qs else orphan_text
        if not qs and not seg.orphans:
            # no labels and no markers: a disclosure-log entry that prints the
            # request as sentences, then the answer (text or a table)
            # (or a list of requested items answered 'item: value': parsers.foi.value_lines)
            qs = _single_request(units) or value_line_items(units)
        if not qs and seg.orphan_tables:
            warnings.append("answer tables found but no questions")
    return qs, orphan_text, general, warnings


def segment_labelled(
    units: list[_Unit], pages: int, segmented: Segmented, labeller: Labeller
) -> Segmented:
    """Re-run the rules on the units the labeller keeps: up to the first block it
    reads as the closing (or an exemption explanation after the answers), less
    page furniture inside the answers. The table path is left alone."""
    if _items_from_tables(units) is not None or items_from_appendix(units) is not None:
        return segmented
    if keyed_items(units) is not None or keyed_table_items(units) is not None:
        return segmented
    if coded_table_items(units) is not None or transposed_items(units) is not None:
        return segmented
    if contents_list_items(units) is not None or answer_lead_items(units) is not None:
        return segmented  # (the sections' layout says where each answer ends)
    if referenced_items(units) is not None:
        return segmented  # (so do the numbers the answers refer to)
    if ordered_answer_items(units) is not None or ordinal_answer_items(units) is not None:
        return segmented  # (so does the answers' numbering, to the letter's closing)
    if paired_list_items(units) is not None or bracket_reply_items(units) is not None:
        return segmented  # (the list items and the brackets end each answer)
    if email_reply_items(units) is not None:
        return segmented  # (the labeller's closing would cut the quoted request off)
    qs, _, general, _ = segmented
    if has_pointed_answers(qs):
        return segmented  # (the answers pointing by quoted phrases: parsers.foi.quoted_pointers)
    answers = [*general, *(" ".join(q.answer) for q in qs)]
    roles = rule_roles(units, [" ".join(q.parts) for q in qs], answers)
    blocks = blocks_of(units, roles)
    labels, probs = labeller.label(blocks, max(pages, 1))
    # the letter's closing run, found by its structure (parsers.foi.tail): where it
    # holds prose of its own, the model alone does not cut an answer short before it
    tail = tail_start(units)
    prose_tail = (
        tail if tail is not None and any(closing_prose(u.text) for u in units[tail:]) else None
    )
    stop, skip = answer_stops(blocks, labels, probs, labeller.boilerplate, prose_tail)
    # (the last answer's closing note, alike those closing the others, is the
    # answer's: parsers.foi.answer_closers)
    stop = past_shared_closer(units, qs, stop)
    # (nor do a provision the answer quotes, nor its web address lines:
    # parsers.foi.quoted_provisions, parsers.foi.link_lines)
    stop = past_link_lines(units, qs, past_quoted_provision(units, qs, stop, tail))
    last = last_enumerated_answer(units)
    if last is not None and stop is not None and stop <= last:
        stop = None  # the answers numbered as an enumerating sentence's labels stand
    last = last_relabelled_answer(units)
    if last is not None and stop is not None and stop <= last:
        stop = None  # so do answers labelled again as the questions were
    look_end = next((k for k, u in enumerate(units) if u.ends_answers), None)
    if look_end is not None and stop is not None and stop < look_end:
        stop = look_end  # the answers' own look (a face, class) says where they end
    if stop is not None and form_ahead(units, stop, tail):
        stop = None  # a question's tick-box form is still to come: no closing yet
    if stop is None and not skip and tail is None:
        return segmented
    # the closing run ends the answers too where it begins before the stop (the
    # units kept end unsigned, so the rules would not find it in them)
    if tail is not None and (stop is None or tail < stop):
        stop = tail
    kept = [u for k, u in enumerate(units[:stop]) if k not in skip]
    # the kept units end at the closing where the model's closing begins at the cut:
    # a block above it that the model reads as closing leaves the answers' end open
    cut = stop is not None and 0 < stop < len(units) and labels[stop - 1] != "closing"
    return segment(kept, cut_at_closing=cut)


def check_with_labels(
    units: list[_Unit], pages: int, segmented: Segmented, labeller: Labeller
) -> Segmented:
    """The pairs the block labels draw (parsers.foi.label_pairs), taken instead
    of the rules' only when the rules found no questions, or questions with no
    answer, or one pair whose answer is most of the letter, and then (but for
    the first case) only while the labels see several question/answer
    alternations. Rule pairs in any other shape stand."""
    qs, _, _, warnings = segmented
    answered = [q for q in qs if q.answer or q.tables]
    letter = sum(len(u.text) for u in units if u.table is None)
    doubtful = (qs and not answered) or (
        len(qs) == 1 and len(normalise(" ".join(qs[0].answer))) > MOST_OF_LETTER * letter
    )
    if qs and not doubtful:
        return segmented
    roles = rule_roles(units, [" ".join(q.parts) for q in qs], [" ".join(q.answer) for q in qs])
    blocks = blocks_of(units, roles)
    labels, probs = labeller.label(blocks, max(pages, 1))
    drawn = label_pairs(units, blocks, labels, probs, labeller.boilerplate)
    if not prefer_label_pairs(drawn, bool(doubtful)):
        return segmented
    return drawn.items, "", [], [*warnings, LABEL_PAIRS_WARNING]


def _qa_marks_as_markers(units: list[_Unit]) -> list[_Unit]:
    """Paired unnumbered "Q." / "A." marks (parsers.foi.markers.paired_qa_marks) are
    request and answer markers: spelled so, the segmenter reads them as such."""
    if not paired_qa_marks([u.text for u in units if u.table is None]):
        return units
    out: list[_Unit] = []
    for u in units:
        mark = qa_mark(u.text) if u.table is None else None
        if mark is not None:
            word = "Request" if mark[0] == "Q" else "Answer"
            u = replace(u, text=f"{word}: {mark[1]}")
        out.append(u)
    return out


def _single_request(units: list[_Unit]) -> list[_Q]:
    """One question and its answer from a letter with no labels or markers: the
    first paragraph in the requester's words ("I would like to know …",
    "Please provide …", a question), with the request-like paragraphs after it,
    is the question; what follows, to the sign-off, is the answer. Only headings
    and fields (title, reference, dates) may stand before it: after a letter's
    own prose, such a paragraph is a quotation, not the entry's request."""
    start = next(
        (
            k
            for k, u in enumerate(units)
            if u.table is None and (_request_like(u.text) or u.text.endswith("?"))
        ),
        None,
    )
    if start is None or any(
        u.table is None and len(u.text.split()) > 8 and u.text.endswith((".", "?", "!"))
        for u in units[:start]
    ):
        return []
    q = _Q(label=None, heading=None, parts=[units[start].text])
    k = start + 1
    while k < len(units) and units[k].table is None and _request_like(units[k].text):
        q.parts.append(units[k].text)
        k += 1
    return [q] if answer_beneath(q, units[k:]).answered else []


def _marker_heads_answers(units: list[_Unit], markers: list[int], labelled: list[int]) -> bool:
    """Every answer marker is a bare heading ("Our answers", "Response") standing
    before the first question, and the numbered questions after it (most of them
    asking) each have text under them before the next: the marker heads the
    answers set inline under their questions, and marks no answer of its own."""
    if not markers or len(labelled) < 2 or markers[-1] > labelled[0]:
        return False
    if any(answer_marker(units[k].text) for k in markers):
        return False  # (a marker with a reply run in after it answers something)
    asking = [_label_of(units[k].text) for k in labelled]
    if sum(lab is not None and _asks(lab.rest) for lab in asking) * 2 <= len(asking):
        return False
    ends = [*labelled[1:], len(units)]
    return all(
        any(u.table is None and _label_of(u.text) is None for u in units[a + 1 : b])
        for a, b in zip(labelled, ends, strict=True)
    )


def _asks(text: str) -> bool:
    return text.rstrip().endswith("?") or _request_like(text)


def _inline_then_general(units: list[_Unit], markers: list[int], labelled: list[int]) -> bool:
    """Every answer marker comes after the last question, and the questions have
    answers printed under them (a paragraph that reads like an answer before the
    next label): the answers stand inline, and the late "Response:" is a general
    reply to the whole request, not the answer to the last question."""
    if not markers or len(labelled) < 2 or markers[0] < labelled[-1]:
        return False
    for a, b in pairwise(labelled):
        between = [u.text for u in units[a + 1 : b] if u.table is None]
        if any(_answer_like(t) and not _request_like(t) for t in between):
            return True
    return False
