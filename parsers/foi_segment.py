"""Questions and answers from units: the segmenting state machine and question/answer tables. Part of the FOI parser (parsers.foi)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.extract.model import Table
from parsers.foi_patterns import (
    _I,
    _RE_ANSWER,
    _RE_LEADIN_END,
    _RE_REQUEST,
    _RE_SECTION,
    _RE_SIGNOFF,
    normalise,
)
from parsers.foi_units import _RE_BARE, _Label, _label_of, _range_of, _Unit

# ---------------------------------------------------------------- segmentation


@dataclass
class _Q:
    label: str | None
    heading: str | None
    parts: list[str] = field(default_factory=list)
    answer: list[str] = field(default_factory=list)
    tables: list[int] = field(default_factory=list)
    answered: bool = False
    style: str | None = None
    num: int | None = None
    letter: str | None = None
    group: int = 0


def _is_signoff(text: str) -> bool:
    return bool(_RE_SIGNOFF.match(text))


def _question_like(text: str) -> bool:
    return text.rstrip().endswith("?")


# a sentence that continues a request ("Please could you provide …", "These could be …")
_RE_REQUEST_CUE = re.compile(
    r"^(?:please\s+(?:could|can|would|use|provide|include|give|state|list|supply|send|break|"
    r"confirm|specify|also|indicate|detail|present|advise|tell)|could\s+you|can\s+you|would\s+you|"
    r"i\s+would\s+(?:like|be\s+grateful)|i'd\s+like|if\s+(?:possible|available|it\s+is\s+not\s+possible)|"
    r"these\s+(?:could|may|might|should|would)|for\s+(?:each|the\s+following|the\s+period)|"
    r"broken\s+down|in\s+the\s+form|including\b|e\.g\.|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\s+to\b)",
    _I,
)
# a sentence that starts an answer ("The Trust does not …", "Please see attached …")
_RE_ANSWER_CUE = re.compile(
    r"^(?:the\s+trust\b|the\s+(?:information|data|figures?)\s+(?:is|are|was|were|you|requested|"
    r"provided|below|held)|we\b|our\b|i\s+(?:can|am|have|confirm|attach)|there\s+(?:is|are|was|were)\b|"
    r"yes\b|no\b(?!\s+fixed)|none\b|nil\b|zero\b|n/a\b|not\s+(?:held|applicable|known|recorded)|"
    r"please\s+(?:see|find|refer|note|be\s+aware)|see\s+(?:attached|answer|response|above|below|the|our|"
    r"appendix)|attached\b|unfortunately\b|this\s+information\b|information\s+(?:is|not)\b|"
    r"[-–]\s|it\s+is\s+not\s+possible|in\s+(?:response|answer)\b|for\s+the\s+response\b)",
    _I,
)


_RE_CAVEAT = re.compile(
    r"^(?:if\s+(?:it\s+is\s+not\s+possible|you\s+(?:can(?:not)?|are\s+(?:un)?able)|"
    r"(?:the\s+)?(?:cost|my\s+request|this\s+request|complying))|should\s+(?:the\s+cost|"
    r"it\s+not\s+be\s+possible|my\s+request))\b.{0,300}?"
    r"(?:section\s*1[26]\b|cost\s+(?:of\s+compliance|limit)|appropriate\s+limit|"
    r"advice\s+and\s+assistance|(?:be\s+)?refined?\b)",
    _I,
)
_RE_ANSWER_INTRO = re.compile(
    r"^(?:we|i|the\s+trust)\b.{0,200}\b(?:the\s+following|as\s+follows|in\s+response\s+to\s+your)"
    r".{0,120}:\s*$",
    _I,
)


_MINOR_WORDS = {"of", "and", "the", "for", "in", "on", "to", "a", "an", "or", "by", "with", "&"}


def _title_like(text: str) -> bool:
    """A short heading in title case with no closing punctuation."""
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 60 or re.search(r"[.?!:;,]$", text):
        return False
    return all(w[0].isupper() or w.lower() in _MINOR_WORDS for w in words if w[0].isalpha())


def _is_answer_marker(u: _Unit) -> bool:
    return (
        u.table is None
        and bool(_RE_ANSWER.match(u.text))
        and (":" in u.text[:40] or len(u.text) < 30)
    )


def _request_like(text: str) -> bool:
    t = text.strip().lstrip("•▪·-–* ")
    return bool(_RE_REQUEST_CUE.match(t)) and not _RE_ANSWER_CUE.match(t)


def _answer_like(text: str) -> bool:
    return bool(_RE_ANSWER_CUE.match(text.strip()))


def _unfinished(text: str) -> bool:
    """A question cut mid-sentence (a line split off by a change of font)."""
    t = text.rstrip()
    return bool(t) and not t.endswith((".", "?", ":", ";", "!", ")", "”", '"'))


def _successor(prev: _Q | None, lab: _Label) -> bool:
    if prev is None:
        return lab.num in (1, None) and (lab.letter in (None, "a"))
    pn, pl = prev.num, prev.letter
    if lab.kind in ("num", "qword", "qshort") and lab.letter is None:
        return pn is not None and lab.num == pn + 1
    if lab.kind in ("numlet", "qword", "qshort"):
        if pn is None:
            return lab.num == 1 and lab.letter == "a"
        if lab.num == pn and pl and lab.letter == chr(ord(pl) + 1):
            return True
        return lab.num == pn + 1 and lab.letter == "a"
    if lab.kind == "let":
        if pl:
            return lab.letter == chr(ord(pl) + 1)
        return False
    return False


class _Segmenter:
    def __init__(self, units: list[_Unit], has_markers: bool, late_general: bool = False):
        self.units = units
        self.has_markers = has_markers
        # answers given inline; a later "Response:" with no question waiting is general
        self.late_general = late_general
        self.answer_general = False
        self.num_lead_in = False  # a numbered lead-in ("1. … as follows:") stays for 1., 2., 3.
        self.items: list[_Q] = []
        self.group: list[_Q] = []  # questions waiting for an answer
        self.cur: _Q | None = None  # question being collected
        self.answer: list[str] | None = None  # answer being collected
        self.answer_tables: list[int] = []
        self.answer_targets: list[_Q] = []
        self.heading: str | None = None  # current heading (numbered or block)
        self.heading_kind: str | None = None  # "num" | "block"
        self.num: int | None = None
        self.lead_in: str | None = None
        self.started = False
        self.expect_question = False
        self.orphans: list[str] = []  # answer text with no question
        self.general: list[str] = []  # a general preamble before numbered answers
        self.orphan_tables: list[int] = []
        self.group_id = 0
        # numbered answers after a list of questions ("OUR RESPONSE: 1. … 2. …")
        self.split: dict[str, list[str]] | None = None
        self.split_cur: _Q | None = None

    # -- helpers
    def last_q(self) -> _Q | None:
        return self.items[-1] if self.items else None

    def close_answer(self) -> None:
        if self.answer is None:
            return
        if self.split is not None:
            by_label = {q.label: q for q in self.answer_targets if q.label}
            for key, parts in self.split.items():
                text = normalise(" ".join(parts))
                if text and key in by_label:
                    by_label[key].answer.append(text)
            for q in self.answer_targets:
                q.answered = True
            self.split = None
            self.split_cur = None
            self.answer = None
            self.answer_tables = []
            self.answer_targets = []
            return
        text = normalise(" ".join(self.answer))
        targets = self.answer_targets
        if targets:
            for q in targets:
                if text:
                    q.answer.append(text)
                q.tables.extend(self.answer_tables)
                q.answered = True
        elif self.answer_general and self.items:
            if text:
                self.general.append(text)
        else:
            if text:
                self.orphans.append(text)
            self.orphan_tables.extend(self.answer_tables)
        self.answer = None
        self.answer_tables = []
        self.answer_targets = []

    def start_answer(self, first: str) -> None:
        self.close_answer()
        targets = list(self.group)
        self.answer_general = self.late_general and not targets
        if not targets and self.items and not self.cur and not self.late_general:
            # a second answer paragraph block for the last answered group
            last_group = self.items[-1].group
            targets = [q for q in self.items if q.group == last_group]
        self.answer_targets = targets
        self.answer = [first] if first else []
        self.num_lead_in = False
        self.group = []
        self.cur = None
        self.lead_in = None
        self.expect_question = False

    def new_question(self, label: _Label | None, text: str, style: str | None) -> _Q:
        if self.answer is not None:
            self.close_answer()
        if not self.group:
            self.group_id += 1
        if label is not None and label.kind == "let":
            key = f"{self.num}{label.letter}" if self.num is not None else label.letter
            num = self.num
        elif label is not None:
            key = label.key
            num = label.num
        else:
            key, num = None, None
        q = _Q(
            label=key,
            heading=self.heading,
            style=style,
            num=num,
            letter=label.letter if label is not None else None,
            group=self.group_id,
        )
        if self.lead_in:
            q.parts.append(self.lead_in)
        if text:
            q.parts.append(text)
        self.items.append(q)
        self.group.append(q)
        self.cur = q
        self.started = True
        self.expect_question = False
        return q

    def to_heading(self, q: _Q) -> None:
        """A numbered question followed by lettered ones was their heading."""
        self.items.remove(q)
        if q in self.group:
            self.group.remove(q)
        own = q.parts[1:] if self.lead_in and q.parts and q.parts[0] == self.lead_in else q.parts
        self.heading = f"{q.label}. {own[0]}" if own else f"{q.label}."
        self.heading_kind = "num"
        self.lead_in = normalise(" ".join(own[1:])) or None
        whole = normalise(" ".join(own))
        if self.lead_in is None and len(whole) > 60 and _RE_LEADIN_END.search(whole):
            # "1. The total number of … broken down as follows:" then a., b., c.
            self.lead_in = whole
        self.cur = None

    def set_lead_in(self, text: str) -> None:
        words = lambda s: re.findall(r"\w+", (s or "").lower())[:3]  # noqa: E731
        parallel = self.heading_kind == "block" and words(text) == words(self.heading)
        if parallel or (self.heading_kind != "num" and (self.answer is not None or not self.group)):
            self.heading = text
            self.heading_kind = "block"
            self.lead_in = None
        else:
            self.lead_in = text
        if self.answer is not None:
            self.close_answer()
        self.cur = None

    def next_unit(self, i: int) -> _Unit | None:
        return self.units[i + 1] if i + 1 < len(self.units) else None

    def answer_marker_ahead(self, i: int) -> bool:
        for u in self.units[i + 1 : i + 60]:
            if (
                u.table is None
                and _RE_ANSWER.match(u.text)
                and (":" in u.text[:40] or len(u.text) < 30)
            ):
                return True
            if u.table is None and _label_of(u.text):
                return False
        return False

    def try_split(self, keys: list[str], rest: str) -> bool:
        """Inside an answer to several labelled questions, a label naming one of
        them (or a range of them, "1 – 3:") starts that question's own answer.
        Text before the first such label is a general preamble, not an answer."""
        if self.answer is None:
            return False
        by_label = {q.label.lower().lstrip("q"): q for q in self.answer_targets if q.label}
        keys = [k.lower().lstrip("q") for k in keys]
        if len(by_label) < 2 or not all(k in by_label for k in keys):
            return False
        own = normalise(" ".join(by_label[keys[0]].parts))
        if rest and own and normalise(rest)[:40].lower() in own.lower():
            return False  # the question printed again before its answer
        if self.split is None:
            preamble = normalise(" ".join(self.answer))
            if preamble:
                first = next(q for q in self.answer_targets if q.label)
                if by_label[keys[0]] is not first:
                    return False
                self.general.append(preamble)
            self.split = {}
        self.split_cur = by_label[keys[0]]
        shared: list[str] = []
        for k in keys:
            self.split[by_label[k].label] = shared
        self.answer = shared
        if rest:
            self.answer.append(rest)
        return True

    def label_ok(self, lab: _Label) -> bool:
        in_answer = self.answer is not None or (not self.has_markers and self.cur is None)
        if not in_answer:
            return True
        if lab.kind == "qword":
            return True
        prev = self.last_q()
        if _successor(prev, lab):
            return True
        # the same questions listed again, now with their answers
        return any(q.label == lab.key and not q.answer for q in self.items)

    # -- main loop
    def run(self) -> None:
        units = self.units
        i = -1
        while i + 1 < len(units):
            i += 1
            u = units[i]
            if u.table is not None:
                self.on_table(u)
                continue
            t = u.text
            if _is_signoff(t) and (self.items or self.orphans or self.answer):
                self.close_answer()
                break
            if _is_signoff(t) and not self.items:
                continue
            if _RE_SECTION.match(t):
                self.close_answer()
                self.started = True
                continue
            m = _RE_ANSWER.match(t)
            if m and (":" in t[:40] or len(t) < 30) and (self.items or self.started or self.cur):
                self.start_answer(m.group(1).strip())
                continue
            lab = _label_of(t)
            if lab is not None and self.try_split([lab.key], lab.rest):
                continue
            rng = _range_of(t) if lab is None else None
            if rng is not None and self.try_split(*rng):
                continue
            bare = _RE_BARE.match(t) if lab is None and rng is None else None
            if bare is not None and self.try_split([bare.group(1)], ""):
                continue
            if lab is not None and self.label_ok(lab):
                self.on_label(lab, u)
                continue
            m = _RE_REQUEST.match(t)
            if (
                m
                and (":" in t[:40] or len(t) < 30)
                and not (self.answer is not None and not m.group(1))
            ):
                self.close_answer()
                rest = m.group(1).strip()
                self.started = True
                if rest:
                    self.new_question(None, rest, u.style)
                else:
                    self.cur = None
                    self.expect_question = True
                continue
            self.on_text(u, i)
        self.close_answer()

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
                and lab.letter == "a"
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
        for m in re.finditer(r"(?<=[.?!])(\s+)(?=[\-–]\s|[A-Z“\"‘'(])", rest):
            before, after = rest[: m.start()], rest[m.end() :]
            if len(before) < 15:
                continue
            double = len(m.group(1)) >= 2 and "\n" not in m.group(1)
            if _request_like(after) or not (_answer_like(after) or double):
                continue
            q.parts = [*q.parts[:-1], normalise(before)]
            self.start_answer(normalise(after.lstrip("-– ")))
            return

    def on_table(self, u: _Unit) -> None:
        if self.split_cur is not None:
            self.split_cur.tables.append(u.table_index)
        elif self.answer is not None:
            self.answer_tables.append(u.table_index)
        elif not self.has_markers and self.cur is not None:
            self.start_answer("")
            self.answer_tables.append(u.table_index)
        elif self.cur is None and self.items and self.items[-1].answered:
            self.items[-1].tables.append(u.table_index)

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
            return
        if (
            self.cur is not None
            and self.answer is None
            and self.cur.label is not None
            and (
                _RE_CAVEAT.match(t)
                or (_RE_ANSWER_INTRO.match(t) and nxt is not None and _is_answer_marker(nxt))
            )
        ):
            # the requester's general caveat (cost limit, advice and assistance)
            # or the trust's "… can advise the following:" ends the question
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
                left_style = (
                    q.style in ("bold", "italic")
                    and u.style != q.style
                    and len(normalise(" ".join(q.parts[-1:]))) < 60
                )
                continues = (
                    _request_like(t)
                    or (_unfinished(" ".join(q.parts)) and not _answer_like(t) and not left_style)
                    or (same_style and not _answer_like(t))
                )
                if not continues:
                    self.start_answer(t)
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
            self.new_question(None, t, u.style)
            return
        if introduces and (self.started or self.heading):
            self.set_lead_in(t)
            return
        if (
            (self.started or self.lead_in or self.heading)
            and self.has_markers
            and _question_like(t)
            and self.answer_marker_ahead(i)
        ):
            self.new_question(None, t, u.style)
            return
        if self.heading_kind == "num" or self.lead_in:
            self.lead_in = normalise(f"{self.lead_in or ''} {t}")
            return
        # otherwise: preamble, ignored


# ---------------------------------------------------------------- tables


_Q_HEADER = re.compile(
    r"^(?:questions?|requests?|information\s+requested|quer(?:y|ies)|you\s+asked|your\s+request|"
    r"foi\s+request|request\s+details|what\s+you\s+asked(?:\s+for)?)\b",
    _I,
)
_A_HEADER = re.compile(
    r"^(?:(?:trust|our)\s+responses?|responses?|answers?|repl(?:y|ies)|information|"
    r"response\s+from\s+the\s+trust|our\s+answers?|trust\s+answers?)\b",
    _I,
)
_N_HEADER = re.compile(r"^(?:no\.?|number|#|ref\.?|item|q\.?|question\s+(?:no\.?|number))$", _I)


def _qa_columns(table: Table) -> tuple[int | None, int, int] | None:
    if not table.rows or table.n_cols < 2:
        return None
    header = [normalise(c) for c in table.rows[0]]
    q_col = a_col = n_col = None
    for j, cell in enumerate(header):
        if q_col is None and _Q_HEADER.match(cell) and not _A_HEADER.match(cell):
            q_col = j
        elif q_col is not None and a_col is None and _A_HEADER.match(cell):
            a_col = j
        elif q_col is None and n_col is None and _N_HEADER.match(cell):
            n_col = j
    if q_col is None or a_col is None:
        return None
    return n_col, q_col, a_col


def _items_from_tables(units: list[_Unit]) -> tuple[list[_Q], set[int]] | None:
    qs: list[_Q] = []
    used: set[int] = set()
    cols = None
    last_width = None
    for u in units:
        if u.table is None:
            continue
        found = _qa_columns(u.table)
        rows = u.table.rows
        if found is not None:
            cols = found
            last_width = u.table.n_cols
            rows = rows[1:]
        elif cols is None or u.table.n_cols != last_width:
            continue
        used.add(u.table_index)
        n_col, q_col, a_col = cols
        for row in rows:
            q_text = normalise(row[q_col] if q_col < len(row) else "")
            a_text = normalise(row[a_col] if a_col < len(row) else "")
            n_text = normalise(row[n_col]) if n_col is not None and n_col < len(row) else ""
            if not q_text and not a_text:
                continue
            lab = _label_of(q_text) if q_text else None
            label = None
            if n_text:
                label = re.sub(r"^(?:question|q)\s*", "", n_text, flags=_I).rstrip(".):") or None
            elif lab is not None:
                label = lab.key
                q_text = lab.rest
            if qs and label is None and (not q_text or not a_text):
                # a row split across a page break continues the previous one
                if q_text:
                    qs[-1].parts.append(q_text)
                if a_text:
                    qs[-1].answer.append(a_text)
                continue
            q = _Q(label=label, heading=None)
            if q_text:
                q.parts.append(q_text)
            if a_text:
                q.answer.append(a_text)
            q.answered = True
            qs.append(q)
    if not qs:
        return None
    return qs, used
