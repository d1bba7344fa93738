"""Questions and answers from units: the segmenting state machine's main loop
and its decisions. Part of the FOI parser (parsers.foi.parse).

`_Segmenter`, the state machine: for each unit (paragraph or table) of the
letter it decides whether the unit is an answer marker, a label, a request
marker, a lead-in, question text or answer text (and reads the requester's
caveats and the trust's answer introductions on the way).

Split out to keep each module small: the line tests the decisions rest on
(sign-offs, question-like, request-like and answer-like sentences, answer
markers, title-like and division headings, list items, unfinished sentences)
live in parsers.foi.line_kinds; the state and the operations on it (opening and
closing answers, starting questions, headings, lead-ins, split answers) and the
`_Q` item in parsers.foi.segment_items, whose names other modules import from
here are re-exported. Question/answer tables are read apart, by
parsers.foi.qa_tables.
"""

from __future__ import annotations

import re

from parsers.foi.advice import offers_advice
from parsers.foi.line_kinds import (
    _answer_like,
    _bullet,
    _division_heading,
    _is_answer_marker,
    _is_signoff,
    _question_like,
    _request_like,
    _title_like,
    _unfinished,
)
from parsers.foi.patterns import (
    _RE_CAVEAT,
    _RE_LEADIN_END,
    _RE_NUM,
    _RE_ORIGINAL,
    _RE_SECTION,
    answer_marker,
    answer_marker_keys,
    normalise,
    request_marker,
)
from parsers.foi.question_references import refers_to_asked
from parsers.foi.regrouped import group_heading, regrouped_questions
from parsers.foi.reported_questions import reported_question_end
from parsers.foi.segment_items import _Q, _SegmenterState, _successor
from parsers.foi.units import _RE_BARE, _Label, _label_of, _range_of, _Unit
from parsers.foi.vocab import opens_with_section_heading

# imported from here by the passes (parsers.foi.passes and others) and parsers.foi.thread
__all__ = ["_Q", "_Segmenter"]


class _Segmenter(_SegmenterState):
    """The segmenting state machine: `run` reads the units in order and hands
    each to the decision it calls for (state and operations: `_SegmenterState`)."""

    # -- main loop
    def run(self) -> None:
        units = self.units
        # numbered questions regrouped under headings, out of order (parsers.foi.regrouped)
        regrouped = regrouped_questions(units)
        i = -1
        while i + 1 < len(units):
            i += 1
            u = units[i]
            if u.table is not None:
                self.on_table(u, i)
                continue
            t = u.text
            if self.quoting:
                if answer_marker(t) is None and not _RE_SECTION.match(t) and not _is_signoff(t):
                    continue
                self.quoting = False
            if (
                _RE_ORIGINAL.match(t)
                and self.items
                and (self.answer is not None or any(q.answered for q in self.items))
            ):
                # the original request quoted after the answers to its refined
                # version: the questions answered are the refined ones
                self.close_answer()
                self.cur = None
                self.quoting = True
                continue
            if (
                self.answer is not None
                and self.items
                and (opens_with_section_heading(t) or offers_advice(t))
                and not self.labelled_ahead(i)
            ):
                # a general explanation of an exemption after the last answer
                # ("About section 12: …") ends the answers
                self.close_answer()
                break
            if _is_signoff(t) and (self.items or self.orphans or self.answer):
                self.close_answer()
                break
            if _RE_SECTION.match(t):
                self.close_answer()
                self.started = True
                continue
            if self.items and ((i + 1 in regrouped and group_heading(u)) or self.subheading(u, i)):
                # a heading grouping the answers ("What we do not hold"): no answer's text
                self.close_answer()
                self.cur = None
                continue
            if self.items and _division_heading(u, self.next_unit(i)):
                # a new part of the letter: the answer before it ends, and its
                # questions are numbered afresh under it
                self.close_answer()
                self.cur = None
                self.heading, self.heading_kind = t, "block"
                self.lead_in = None
                self.restart = True
                continue
            rest = answer_marker(t)
            if rest is not None and (self.items or self.started or self.cur):
                # "Answer to questions 2 to 4 – …": the reply of the questions it names
                keys = answer_marker_keys(t)
                if keys is None or not self.answer_range(keys, rest):
                    self.start_answer(rest)
                continue
            rng = _range_of(t)
            # "Q1–3: …" names three questions, not question 1
            lab = _label_of(t) if rng is None else None
            if lab is not None and refers_to_asked(t, lab, self.asked()):
                lab = None  # ("Question 2 covers …": parsers.foi.question_references)
            if lab is not None and self.try_split([lab.key], lab.rest):
                continue
            if rng is not None and (self.try_split(*rng) or self.answer_range(*rng)):
                continue
            bare = _RE_BARE.match(t) if lab is None and rng is None else None
            if bare is not None and self.try_split([bare.group(1)], ""):
                continue
            # "1. 1,032 falls …": a number, then an answer that opens with a figure
            fig = _RE_NUM.match(t) if lab is None and rng is None and bare is None else None
            if fig is not None and fig.group(2) and self.try_split([fig.group(1)], fig.group(2)):
                continue
            if lab is not None and (self.label_ok(lab) or i in regrouped):
                self.on_label(lab, u)
                continue
            rest = request_marker(t)
            if rest is not None and not (self.answer is not None and not rest):
                self.close_answer()
                self.started = True
                if rest:
                    self.new_question(None, rest, u.style)
                else:
                    self.cur = None
                    self.expect_question = True
                continue
            self.on_text(u, i)
        self.close_answer()

    def asked(self) -> set[str]:
        """The keys of the labelled questions read so far, without "Q"."""
        return {q.label.lower().lstrip("q") for q in self.items if q.label}

    def subheading(self, u: _Unit, i: int) -> bool:
        """A heading line in an answer that heads the next numbered question (a dated
        sub-heading over a follow-up's questions, "Further questions – received 5 Mar
        24"): set as a heading or in bold, short, no sentence of its own, and the next
        paragraph carries on the numbering. It ends the answer, and is none of it."""
        nxt = self.next_unit(i)
        if self.answer is None or nxt is None or nxt.table is not None:
            return False
        if u.style not in ("heading", "bold") or not group_heading(u):
            return False
        lab = _label_of(nxt.text)
        return lab is not None and lab.kind != "let" and _successor(self.last_q(), lab)

    def on_label(self, lab: _Label, u: _Unit) -> None:
        cur = self.cur
        if (
            cur is not None
            and cur.label is None
            and not cur.answered
            and self.answer is None
            and self.group == [cur]
            and lab.kind != "let"
            and not _question_like(" ".join(cur.parts))
        ):
            # "I would like to request … the following information": an introduction
            self.items.remove(cur)
            self.group = []
            self.cur = None
        prev = self.last_q()
        if lab.kind == "let":
            if (
                prev is not None
                and prev is self.cur
                and prev.letter is None
                and prev.num is not None
                and not prev.answered
                and self.answer is None
                and lab.letter in ("a", "i")
            ):
                self.to_heading(prev)
        elif lab.kind in ("num", "qword", "qshort", "numlet"):
            if lab.num != self.num or lab.kind != "numlet":
                if self.heading_kind == "num":
                    self.heading = None
                    self.heading_kind = None
                if lab.kind == "num" and not self.num_lead_in:
                    self.lead_in = None
            if (
                lab.kind == "num"
                and prev is not None
                and prev is self.cur
                and prev.num == lab.num
                and not prev.answered
                and self.answer is None
                and _RE_LEADIN_END.search(" ".join(prev.parts))
            ):
                # "1. … broken down as follows:" then "1. …", "2. …": a numbered lead-in
                self.items.remove(prev)
                if prev in self.group:
                    self.group.remove(prev)
                self.lead_in = normalise(" ".join(prev.parts))
                self.num_lead_in = True
            self.num = lab.num
            self.num_prefix = "Q" if lab.kind == "qshort" else ""
        q = self.new_question(lab, lab.rest, u.style)
        if not self.has_markers:
            self.split_inline_answer(q, u)

    def split_inline_answer(self, q: _Q, u: _Unit) -> None:
        """Without answer markers, a labelled paragraph may carry its answer after
        the question: the first sentence (after the first) that reads like an
        answer ("The Trust does not …", "Please see …", "– this has been …") or
        follows a double space, and is not a continuation of the request."""
        if u.style in ("bold", "italic"):
            return
        raw = "\n".join(u.lines)
        lab = _label_of(normalise(raw))
        if lab is None:
            return
        rest = re.sub(r"[ \t]*\n[ \t]*", " ", raw)
        start = rest.find(lab.rest[:20]) if lab.rest else -1
        if start < 0:
            return
        rest = rest[start:]
        # (a question the letter reports, "You asked how many …", ends with its
        # sentence: parsers.foi.reported_questions)
        reported = reported_question_end(rest)
        if reported is not None:
            q.parts = [*q.parts[:-1], normalise(rest[:reported])]
            self.start_answer(normalise(rest[reported:]))
            return
        for m in re.finditer(r"(?<=[.?!])(\s+)(?=[\-–—]\s|[A-Z“\"‘'(])", rest):
            before, after = rest[: m.start()], rest[m.end() :]
            if len(before) < 15:
                continue
            double = len(m.group(1)) >= 2 and "\n" not in m.group(1)
            if _request_like(after) or not (_answer_like(after) or double):
                continue
            q.parts = [*q.parts[:-1], normalise(before)]
            self.start_answer(normalise(after.lstrip("-–— ")))
            return

    def on_table(self, u: _Unit, i: int) -> None:
        if self.split_cur is not None:
            self.split_cur.tables.append(u.table_index)
        elif self.answer is not None:
            self.answer_tables.append(u.table_index)
        elif (not self.has_markers or self.next_text_labelled(i)) and self.cur is not None:
            # (with markers, a table between a labelled question and the next one, no
            # marker before it, is that question's answer: no answer is marked for it)
            self.start_answer("")
            self.answer_tables.append(u.table_index)

    def on_text(self, u: _Unit, i: int) -> None:
        t = u.text
        nxt = self.next_unit(i)
        nxt_text = nxt.text if nxt is not None and nxt.table is None else ""
        introduces = bool(_RE_LEADIN_END.search(t)) and (
            _question_like(nxt_text) or (_label_of(nxt_text) is not None and not _label_of(t))
        )
        if self.answer is not None:
            if not self.has_markers and _request_like(t) and not self.split:
                # the request's own text printed after the answers belongs to no item
                self.close_answer()
                return
            if (
                self.has_markers
                and introduces
                and (
                    (_question_like(nxt_text) and self.answer_marker_ahead(i))
                    or (_label_of(nxt_text) is not None and self.label_ok(_label_of(nxt_text)))
                )
            ):
                self.set_lead_in(t)
                return
            if self.has_markers and _question_like(t) and self.answer_marker_ahead(i):
                self.close_answer()
                self.new_question(None, t, u.style)
                return
            self.answer.append(t)
            item = _bullet(u)
            if item is not None:
                self.answer_bullets.append((t, item))
            return
        if (
            self.cur is not None
            and self.answer is None
            and self.cur.label is not None
            and _RE_CAVEAT.match(t)
        ):
            # the requester's general caveat (cost limit, advice and assistance)
            # ends the question
            self.cur = None
            return
        if (
            self.cur is not None
            and self.answer is None
            and self.has_markers
            and self.cur.label is not None
            and self.cur.style in ("bold", "italic")
            and u.style != self.cur.style
            and u.style != "heading"
            and not _request_like(t)
            and not introduces
            and (
                not _unfinished(" ".join(self.cur.parts))
                or len(normalise(" ".join(self.cur.parts[-1:]))) < 60
            )
        ):
            # the questions were set in emphasis; plain text after them is the
            # letter's own (a note before the response), not the question
            self.cur = None
            return
        if (
            self.cur is not None
            and self.cur.label is None
            and not self.cur.answered
            and self.answer is None
            and _title_like(t)
            and nxt is not None
        ):
            # a section title ("Locations of Interest") ends an unnumbered request
            self.cur = None
            return
        if self.cur is not None:
            q = self.cur
            if not self.has_markers and q.label is not None:
                # no markers: what follows a labelled question is its answer,
                # unless it continues the question in the same emphasis
                same_style = q.style in ("bold", "italic") and u.style == q.style
                # (a question set as a heading ends where plain text begins, as an emphasised one does)
                left_style = (
                    q.style in ("bold", "italic", "heading")
                    and u.style != q.style
                    and len(normalise(" ".join(q.parts[-1:]))) < 60
                )
                # the items of a list the question introduces ("… for the
                # following years:" then "• 2019 to 2020") are part of it
                listed = _bullet(u) is not None and (q.listing or q.parts[-1].endswith(":"))
                # (a plain paragraph after that list ends it: its last item needs no
                # stop of its own to be finished)
                after_list = q.listing and not listed
                q.listing = listed
                continues = (
                    _request_like(t)
                    or listed
                    or (
                        _unfinished(" ".join(q.parts))
                        and not _answer_like(t)
                        and not left_style
                        and not after_list
                    )
                    or (same_style and not _answer_like(t))
                )
                if not continues:
                    self.start_answer(t)
                    return
            if q.label is None and q.bullet and _bullet(u) is not None:
                # a bulleted request list: each item is a question
                self.new_question(None, _bullet(u), u.style).bullet = True
                return
            if q.label is None and introduces and self.has_markers:
                self.set_lead_in(t)
                return
            if q.label is None and _question_like(t) and _question_like(" ".join(q.parts)):
                self.new_question(None, t, u.style)
                return
            q.parts.append(t)
            return
        # between questions: after a heading, a lead-in, or before anything
        if self.expect_question:
            item = _bullet(u)
            q = self.new_question(None, t if item is None else item, u.style)
            q.bullet = item is not None
            return
        if introduces and (self.started or self.heading):
            self.set_lead_in(t)
            return
        if (
            # a question straight before an answer marker needs nothing before it
            (
                self.started
                or self.lead_in
                or self.heading
                or (nxt is not None and _is_answer_marker(nxt))
            )
            and self.has_markers
            and _question_like(t)
            and self.answer_marker_ahead(i)
        ):
            self.new_question(None, t, u.style)
            return
        # otherwise: preamble, ignored
