"""Extracted FOI response → `FoiResponse`.

The letter is read as a sequence of *units*: paragraphs (a PDF paragraph is
split again wherever one of its lines starts with a question label or a marker)
and tables. Metadata (reference, dates, subject) comes from labelled lines.
Questions and answers are segmented in one of two ways:

* a question/answer table (header row like ["Question", "Response"]);
* otherwise a small state machine over the units: question labels ("1.", "a)",
  "1a)", "Question 1:", "Q1"), request markers ("REQUEST:", "You asked:") and
  answer markers ("OUR RESPONSE:", "Response:", "Answer:", "Trust response").
  When a letter has no answer markers at all, the paragraphs after a labelled
  question are its answer.

Rules worth knowing: a numbered line followed by lettered questions is their
heading ("1. Trust status" → heading of 1a, 1b); text between a heading (or an
answer) and the next question, ending in ":", is a lead-in and is prefixed to
the questions it introduces, unless it opens a new block parallel to the
current one ("For the 12 months between …:"), in which case it becomes their
heading; one answer after several questions answers all of them; inside an
answer, a label only starts a new question when it is the next one in sequence;
the letter's preamble and sign-off (internal review, Information Commissioner,
"Yours sincerely") are kept out of answers. Requesters' personal data in
stored text is masked (parsers.privacy).

Since 0.3.0: a label naming several questions ("1 – 3:", "1 and 2:",
"Questions 1c and 1d") answers each of them, and a bare label ("Question 1a.",
"1.") starts that question's answer; text before the first numbered answer is a
general preamble (kept in `response_text`, not in answers). When every answer
marker comes after the last question and the answers stand inline under the
questions, the late "Response:" is general too. A numbered lead-in ending ":"
followed by restarted numbering ("1. … as follows:", "1. …", "2. …") prefixes
the questions; a requester's cost-limit caveat ends the question before it.
A thread (WhatDoTheyKnow page or JSON export) is read by parsers.foi.thread.

Since 0.5.0: answer markers without a colon ("A1. 134.", "RESPONSE 134", a
run-in "Answer 412"); roman, dash and bracket labels; bulleted request lists
(answered item by item, or all by one reply); a reply naming the questions it
covers, placed after them; a question/answer table row whose questions share
one cell (parsers.foi.cells); a quoted original request after the answers to a
refined one is skipped; an unnumbered disclosure-log entry is one question with
one answer. Whether answers stand inline before a general "Response:" is
decided from the layout (an answer-like paragraph between two questions), not
by segmenting twice and keeping the better reading.

Since 0.5.0: a block labeller (parsers.foi.labeller, a CRF over the units as
blocks with layout, wording and rule features: parsers.foi.blocks) decides
where the answers end; the rules run again on the units before the letter's
closing (or an exemption explanation after the answers), less page footers.
Without its weights the parser runs on the rules alone.

Since 0.6.1: where the rules find no question, or questions with no answer, or
one pair swallowing most of the letter, the pairs the labels draw
(parsers.foi.label_pairs: questions by confident labels and emphasis, answers
paired by position) are taken, with the warning "pairs drawn from block labels";
rule pairs in any other shape stand.

Since 0.6.5: the letter's closing run (reader address, the letter speaking of itself,
contact forms, the signature's short lines: parsers.foi.tail) is cut before the rules
run; paired unnumbered "Q." / "A." marks are markers; a question or an answer loses the
list glyph that opens it.

Modules of parsers.foi: patterns (regular expressions), classify_patterns (exemption
names, the patterns of exemptions and answer kinds), units (units), metadata
(reference, dates, subject), segment (the state machine) and segment_items (its
state), qa_tables (question/answer tables), cells (questions and replies sharing table
cells), classify (exemptions, answer kinds, outcome), thread (threads), blocks /
labeller / boilerplate / vocab (the block labeller, learned boilerplate, closing
vocabulary), label_pairs (pairs drawn from the labels), tail (the closing run), passes
(the rules, the rules on what the labeller keeps, the label pairs as a check: the
passes this module runs); this module is the entry point and keeps the public API.
"""

from __future__ import annotations

import re

from parsers.dates import within_deadline, working_days
from parsers.extract.model import Extracted, Table
from parsers.foi.bundled_letters import last_letter_start
from parsers.foi.classify import _outcome, classify_answer, exemption_label, find_exemptions
from parsers.foi.classify_patterns import EXEMPTION_LABELS
from parsers.foi.column_answers import column_answers
from parsers.foi.email_reply import email_reply_dates_and_reference
from parsers.foi.exemption_tables import listed_exemptions, tabled_exemptions
from parsers.foi.field_lines import field_exemptions
from parsers.foi.interleaved import attribution_date
from parsers.foi.labeller import default_labeller
from parsers.foi.line_kinds import _is_signoff, _request_like
from parsers.foi.metadata import _metadata
from parsers.foi.mirrored_labels import without_mirrored_label
from parsers.foi.passes import check_with_labels, segment, segment_labelled
from parsers.foi.patterns import _BULLET, _I, normalise
from parsers.foi.quoted_pointers import pointed_split
from parsers.foi.quoted_provisions import applied_text, quoted_lines
from parsers.foi.redaction_notes import redaction_note_sections
from parsers.foi.reported_questions import without_reporting_lead
from parsers.foi.requoted_parts import without_requoted_parts
from parsers.foi.runon_answers import runon_split
from parsers.foi.segment import _Q
from parsers.foi.set_aside import refusal_set_aside, without_recounted_refusals
from parsers.foi.units import _label_of, _Unit, _units
from parsers.foi.unread_exemptions import unread_exemptions
from parsers.privacy import find_names, mask_personal
from parsers.records import FoiExemption, FoiItem, FoiResponse

__all__ = [
    "EXEMPTION_LABELS",
    "classify_answer",
    "exemption_label",
    "find_exemptions",
    "normalise",
    "parse_foi",
    "parse_foi_with_warnings",
]


# ---------------------------------------------------------------- entry point


def parse_foi(doc: Extracted) -> FoiResponse:
    """Parse an extracted FOI response letter (warnings are dropped; see
    `parse_foi_with_warnings`)."""
    return parse_foi_with_warnings(doc)[0]


def parse_foi_with_warnings(doc: Extracted) -> tuple[FoiResponse, list[str]]:
    if doc.messages:
        from parsers.foi.thread import parse_thread

        return parse_thread(doc)
    warnings: list[str] = []
    units = _units(doc)
    meta = _metadata(units, warnings)
    # a bundle of letters (acknowledgement, extension, response): the letter that
    # answers dates the reply (parsers.foi.bundled_letters)
    last = last_letter_start(units)
    if last is not None:
        meta["responded"] = _metadata(units[last:], [])["responded"] or meta["responded"]
    # an e-mail reply: the quoted request's Sent: date, the subject line's [code]
    sent, subject_ref = email_reply_dates_and_reference(units)
    # (or the date of a mail client's attribution line over the quoted request)
    meta["received"] = meta["received"] or sent or attribution_date(units)
    meta["reference"] = meta["reference"] or subject_ref
    resp = FoiResponse(
        reference=meta["reference"],
        title=meta["title"],
        received_date=meta["received"],
        responded_date=meta["responded"],
    )
    resp.working_days = working_days(resp.received_date, resp.responded_date)
    resp.within_deadline = within_deadline(resp.working_days)

    segmented = segment(units)
    labeller = default_labeller()
    if labeller is not None:
        # the block labeller ends the last answer at the letter's closing
        try:
            segmented = segment_labelled(units, doc.pages, segmented, labeller)
            # and draws the pairs where the rules found none, or one swallowing the letter
            segmented = check_with_labels(units, doc.pages, segmented, labeller)
        except Exception as exc:  # a broken model file must not lose the rules' reading
            warnings.append(f"FOI block labeller failed ({type(exc).__name__}); rules only")
    qs, orphan_text, general, seg_warnings = segmented
    qs = column_answers(qs, doc.tables, general)  # (a table answering a column an item)
    warnings.extend(seg_warnings)
    # the same question listed twice (request, then request with answer): keep the answered one
    deduped: list[_Q] = []
    for q in qs:
        if q.label is not None:
            # (numbering that starts again under a new part's heading is not a repeat)
            same = [d for d in deduped if d.label == q.label and d.heading == q.heading]
            if same:
                old = same[0]
                if q.answer or q.tables or not (old.answer or old.tables):
                    # the repeat may be cut short: keep the fuller wording
                    old_q, new_q = normalise(" ".join(old.parts)), normalise(" ".join(q.parts))
                    if len(old_q) > len(new_q) and new_q and old_q.startswith(new_q):
                        q.parts = list(old.parts)
                    deduped[deduped.index(old)] = q
                continue
        deduped.append(q)
    # (a reply labelled with its question's label, the letter swapped: parsers.foi.mirrored_labels)
    qs = [without_mirrored_label(q) for q in deduped if q.parts or q.answer]
    # (answers run together in one paragraph behind in-line markers: parsers.foi.runon_answers)
    qs = runon_split(qs)
    # (answers pointing to their questions by quoted phrases: parsers.foi.quoted_pointers)
    qs = pointed_split(qs)
    # (a question reported in the letter's words, without its lead "You asked …":
    # parsers.foi.reported_questions)
    qs = [without_reporting_lead(q) for q in qs]
    # (the parts of a question quoted again before their replies: parsers.foi.requoted_parts)
    qs = [without_requoted_parts(q) for q in qs]

    names = find_names(doc.text[:5000])
    table_count = len(doc.tables)
    kinds_by_label: dict[str, str] = {}
    whole: list[tuple[str, str]] = []
    quoted = quoted_lines(units)
    for seq, q in enumerate(qs, start=1):
        question = _balance_quotes(_unbulleted(normalise(" ".join(q.parts))))
        answer = _unbulleted(normalise(" ".join(q.answer))) or None
        tables = [t for t in q.tables if t is not None and 0 <= t < table_count]
        # (not the sections a provision the answer quotes mentions, where the answer
        # cites one itself: parsers.foi.quoted_provisions)
        ex = find_exemptions(answer or "")
        applied = applied_text(answer or "", quoted)
        if applied != (answer or ""):
            ex = find_exemptions(applied) or ex
        for law, section in ex:
            if _whole_request(law, section, answer or ""):
                if (law, section) not in whole:
                    whole.append((law, section))
                continue
            resp.exemptions.append(
                FoiExemption(law, section, exemption_label(law, section), item_seq=seq)
            )
        kind = classify_answer(answer, bool(tables), exempt=bool(ex))
        see = _RE_SEE_OTHER.search(answer or "") if kind == "text" else None
        if see and len(answer or "") < 120:
            kind = kinds_by_label.get(see.group(1).lower(), kind)
        if q.label:
            kinds_by_label[q.label.lower().lstrip("q")] = kind
        if kind == "table" and not answer and tables:
            answer = _render_table(doc.tables[tables[0]])
        resp.items.append(
            FoiItem(
                seq=seq,
                label=q.label,
                question=mask_personal(question, names) or "",
                answer=mask_personal(answer, names),
                answer_kind=kind,
                heading=q.heading,
                table_index=tables[0] if tables else None,
            )
        )
    # the sections a table (or list) of exemptions names, tied to the question its row names
    seq_of = {it.label.lower().lstrip("q"): it.seq for it in resp.items if it.label}
    for law, section, label in tabled_exemptions(doc.tables) + listed_exemptions(doc):
        if not any(e.law == law and e.section == section for e in resp.exemptions):
            seq = seq_of.get(label) if label else None
            resp.exemptions.append(
                FoiExemption(law, section, exemption_label(law, section), item_seq=seq)
            )
    # the sections a question's status line cited (parsers.foi.field_lines)
    for law, section, seq in field_exemptions(units, [it.answer for it in resp.items]):
        if not any(e.law == law and e.section == section for e in resp.exemptions):
            resp.exemptions.append(
                FoiExemption(law, section, exemption_label(law, section), item_seq=seq or None)
            )
    for law, section in whole:
        resp.exemptions.insert(0, FoiExemption(law, section, exemption_label(law, section)))
    # the sections an untitled note on the answers' redactions cites (parsers.foi.redaction_notes)
    for law, section in redaction_note_sections(units) if resp.items else []:
        if not any(e.law == law and e.section == section for e in resp.exemptions):
            resp.exemptions.append(FoiExemption(law, section, exemption_label(law, section)))
    if resp.items and not resp.exemptions:
        # an exemption cited outside the answers (a refusal paragraph after a table)
        for law, section in _loose_exemptions(units, resp.items):
            resp.exemptions.append(FoiExemption(law, section, exemption_label(law, section)))
    # "Section 40" (a heading) beside "section 40(2)": the subsection says it
    resp.exemptions = [
        e
        for e in resp.exemptions
        if "(" in e.section
        or not any(
            o.law == e.law and o.section.startswith(e.section + "(") for o in resp.exemptions
        )
    ]
    if not resp.items:
        cited = find_exemptions(orphan_text)
        if not cited and not resp.exemptions:
            # nothing paired, none in the loose text: those the body's paragraphs and
            # tables cite (parsers.foi.unread_exemptions)
            cited = unread_exemptions(units)
        for law, section in cited:
            resp.exemptions.append(FoiExemption(law, section, exemption_label(law, section)))
        if not orphan_text:
            warnings.append("no questions or answers found")
    resp.outcome = _outcome(
        [it.answer_kind for it in resp.items], orphan_text, resp.exemptions, bool(whole)
    )
    if resp.items:
        resp.request_text = "\n\n".join(it.question for it in resp.items if it.question) or None
        answers: list[str] = [mask_personal(g, names) for g in general]
        for it in resp.items:
            if it.answer and (not answers or answers[-1] != it.answer):
                answers.append(it.answer)
        resp.response_text = "\n\n".join(answers) or None
    else:
        resp.response_text = mask_personal(orphan_text, names) or None
    if resp.reference is None:
        warnings.append("no reference found")
    if resp.received_date is None:
        warnings.append("no date of receipt found")
    if resp.responded_date is None:
        warnings.append("no date of response found")
    return resp, warnings


# a lower level's list glyph between items run into one text
_RE_LEVEL_GLYPH = re.compile(r"\s[◦‣○]\s")


def _unbulleted(text: str) -> str:
    """A question or an answer without the list glyph that opens it ("• Nine
    falls." → "Nine falls."): it separates nothing there. Glyphs between items
    stay, as the separators of a list run into one text, each level's glyph ("◦",
    "‣" under "•", as a PDF draws a nested list) printed as the first level's, as a
    DOCX or a web page's nested list gives it."""
    return _RE_LEVEL_GLYPH.sub(" • ", _BULLET.sub("", text))


def _balance_quotes(text: str) -> str:
    """Drop a closing quotation mark with no opening one (the end of a request
    the letter quoted as a whole, "… latest available data.”")."""
    if text.endswith("”") and text.count("“") < text.count("”"):
        return text[:-1].rstrip()
    if text.endswith('"') and text.count('"') % 2 == 1:
        return text[:-1].rstrip()
    if text.startswith("“") and text.count("“") > text.count("”"):
        return text[1:].lstrip()
    return text


def _loose_exemptions(units: list[_Unit], items: list[FoiItem]) -> list[tuple[str, str]]:
    """Exemptions cited in the letter's own text but in no answer: not in a
    question, not the requester's wording, not the sign-off."""
    questions = " ".join(normalise(it.question) for it in items)
    found: list[tuple[str, str]] = []
    # (not the sections of a first refusal the letter tells was overturned:
    # parsers.foi.set_aside)
    set_aside = refusal_set_aside([u.text for u in units if u.table is None])
    for u in units:
        t = u.text
        if u.table is not None or not t or _is_signoff(t) or _request_like(t):
            continue
        lab = _label_of(t)
        body = lab.rest if lab is not None else t
        if body[:60] in questions:
            continue
        if set_aside:
            body = without_recounted_refusals(body)
        for pair in find_exemptions(body):
            if pair not in found:
                found.append(pair)
    return found


_RE_SEE_OTHER = re.compile(
    r"\bsee\s+(?:our\s+|the\s+)?(?:response|answer|reply)\s+(?:to|for|at)\s+(?:question|q)\s*(\d{1,2}[a-z]?)\b",
    _I,
)
_RE_WHOLE = re.compile(
    r"\b(?:your|this|the)\s+(?:whole\s+|entire\s+)?request\b.*\b(?:exceed|refus|vexatious|repeated)|"
    r"\b(?:refus\w*|exceed\w*)\b.*\b(?:your|this|the)\s+(?:whole\s+|entire\s+)?request\b",
    _I,
)


def _whole_request(law: str, section: str, answer: str) -> bool:
    """A cost-limit or vexatious refusal speaks of the whole request."""
    base = re.match(r"\d+", section).group(0)
    return law == "FOIA" and base in ("12", "14") and bool(_RE_WHOLE.search(answer))


def _render_table(table: Table) -> str:
    return "\n".join(" | ".join(c for c in row) for row in table.rows)
