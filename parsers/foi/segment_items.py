"""Question items and the bookkeeping that pairs them with answers. Part of the
FOI parser (parsers.foi.parse); split out of parsers.foi.segment to keep each module
small.

* `_Q`, one question with its answer(s), label, heading and tables;
* `_successor`, whether a label continues the numbering of the last question;
* `_SegmenterState`, the state of the segmenting state machine and the
  operations on it: opening and closing an answer (and giving it to the
  questions waiting for it, or to the general preamble or the orphans),
  starting a question, turning a numbered question into the heading of lettered
  ones, lead-ins, and splitting one answer to several questions by label. The
  decisions (what each unit of the letter is) are made by its subclass
  `parsers.foi.segment._Segmenter`.

Question/answer tables ("Question | Response"), which give `_Q` items directly,
without the state machine, are read by parsers.foi.qa_tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.foi.credits import without_credit
from parsers.foi.patterns import _RE_LEADIN_END, answer_marker, normalise
from parsers.foi.units import _Label, _label_of, _Unit

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
    bullet: bool = False  # an item of a bulleted request list
    listing: bool = False  # its last part is an item of a list it introduced


_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii"]


def _next_subs(sub: str) -> set[str]:
    """The sub-labels that may follow `sub`: the next letter, and the next roman
    numeral when `sub` is one ("i" → "j" or "ii"; "v" → "w" or "vi")."""
    out = {chr(ord(sub) + 1)} if len(sub) == 1 and sub < "z" else set()
    if sub in _ROMANS[:-1]:
        out.add(_ROMANS[_ROMANS.index(sub) + 1])
    return out


def _successor(prev: _Q | None, lab: _Label, first: int = 1) -> bool:
    if prev is None:  # (a letter numbering on from an earlier one opens at `first`)
        return lab.num in (first, None) and (lab.letter in (None, "a", "i"))
    pn, pl = prev.num, prev.letter
    if lab.kind in ("num", "qword", "qshort") and lab.letter is None:
        return pn is not None and lab.num == pn + 1
    if lab.kind in ("numlet", "qword", "qshort"):
        if pn is None:
            return lab.num == 1 and lab.letter == "a"
        if lab.num == pn and pl and lab.letter in _next_subs(pl):
            return True
        return lab.num == pn + 1 and lab.letter == "a"
    if lab.kind == "let":
        if pl:
            return lab.letter in _next_subs(pl)
        return False
    return False


def _resumes_letters(items: list[_Q], lab: _Label) -> bool:
    """A letter after a run of roman parts ("(b)" after "(a)", "(i)", "(ii)") that
    follows the letter the run hangs under: the lettered parts go on
    (parsers.foi.part_tree reads the nesting)."""
    if lab.kind != "let" or not items or items[-1].letter not in _ROMANS:
        return False
    k = len(items) - 1
    while k >= 0 and items[k].num == items[-1].num and items[k].letter in _ROMANS:
        if items[k].letter == "i":
            k -= 1
            break
        k -= 1
    if k < 0 or items[k].num != items[-1].num or items[k].letter is None:
        return False
    parent = items[k].letter
    return len(parent) == 1 and parent != "h" and lab.letter == chr(ord(parent) + 1)


class _SegmenterState:
    """The segmenter's state and the operations on it; `_Segmenter` adds the
    main loop and the decisions."""

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
        self.answer_bullets: list[tuple[str, str]] = []  # bulleted items: (part, text)
        self.heading: str | None = None  # current heading (numbered or block)
        self.heading_kind: str | None = None  # "num" | "block"
        self.num: int | None = None
        # the printed prefix of the number the lettered parts stand under: a part under
        # "Q2." joins it as printed ("Q2a", set L's convention), under "2." as "2a"
        self.num_prefix = ""
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
        self.quoting = False  # inside a quoted original request, after the answers
        self.restart = False  # after a division heading: numbering may start again at 1
        # the first question's number: above 1 in a letter numbering on from an earlier
        # one (parsers.foi.continued_numbering)
        self.first = 1

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
        # (less a line crediting the department that supplied it: parsers.foi.credits)
        text = normalise(" ".join(without_credit(self.answer)))
        targets = self.answer_targets
        if self.pair_bullets(targets):
            text = ""
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
        self.answer_bullets = []

    def pair_bullets(self, targets: list[_Q]) -> bool:
        """A bulleted request answered by a bulleted reply with as many items:
        the n-th reply answers the n-th question (the reply's lead-in, if any,
        is general). Otherwise the whole reply answers every question."""
        bullets = self.answer_bullets
        if len(targets) < 2 or not all(q.bullet for q in targets) or len(bullets) != len(targets):
            return False
        parts = {part for part, _ in bullets}
        lead = [p for p in self.answer if p not in parts]
        if lead:
            self.general.append(normalise(" ".join(lead)))
        for q, (_, text) in zip(targets, bullets, strict=True):
            q.answer.append(normalise(text))
        return True

    def start_answer(self, first: str) -> None:
        self.close_answer()
        targets = list(self.group)
        self.answer_general = self.late_general and not targets
        self.answer_targets = targets
        self.answer = [first] if first else []
        self.answer_bullets = []
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
            key = (
                f"{self.num_prefix}{self.num}{label.letter}"
                if self.num is not None
                else label.letter
            )
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
        self.restart = False
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

    def next_text_labelled(self, i: int) -> bool:
        """The first paragraph after unit i (past tables) is a labelled question, the
        current one labelled too: nothing marks an answer between them."""
        if self.cur is None or self.cur.label is None:
            return False
        text = next((u.text for u in self.units[i + 1 :] if u.table is None), None)
        return text is not None and _label_of(text) is not None

    def labelled_ahead(self, i: int) -> bool:
        """A labelled paragraph or an answer marker still to come after unit i."""
        return any(
            u.table is None and (_label_of(u.text) is not None or answer_marker(u.text) is not None)
            for u in self.units[i + 1 :]
        )

    def answer_marker_ahead(self, i: int) -> bool:
        for u in self.units[i + 1 : i + 60]:
            if u.table is None and answer_marker(u.text) is not None:
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

    def answer_range(self, keys: list[str], rest: str) -> bool:
        """A reply naming the questions it covers, after them ("For questions 1
        to 3, please see …", "Q1–3: …"): one answer for each of them."""
        want = [k.lower().lstrip("q") for k in keys]
        open_qs = {q.label.lower().lstrip("q"): q for q in self.items if q.label and not q.answered}
        if not all(k in open_qs for k in want):
            return False
        targets = [open_qs[k] for k in want]
        if any(q in self.answer_targets for q in targets):
            return False
        waiting = [q for q in self.group if q not in targets]
        self.group = targets
        self.start_answer(rest)
        self.group = waiting
        return True

    def label_ok(self, lab: _Label) -> bool:
        in_answer = self.answer is not None or (not self.has_markers and self.cur is None)
        if not in_answer:
            return True
        if lab.kind == "qword":
            return True
        prev = self.last_q()
        if _successor(prev, lab, self.first) or (self.restart and _successor(None, lab)):
            return True
        if _resumes_letters(self.items, lab):
            return True
        # the same questions listed again, now with their answers
        return any(q.label == lab.key and not q.answer for q in self.items)
