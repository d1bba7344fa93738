"""Structural evidence about a letter's blocks: what a block *does* in the letter,
read from its grammar, its place and its layout rather than from phrases.

An answer talks about what was asked; a closing talks about the reader's rights,
contacts and the request process, in the second person and in modal or
conditional grammar, after every question has been answered, often in another
layout. These features let the block labeller (parsers.foi.blocks) and the stop
of the last answer (parsers.foi.labeller.answer_stops) recognise a closing whose
wording no vocabulary lists:

* relevance: the idf-weighted share of a block's content words that occur in the
  letter's questions (idf over the letter's own blocks);
* reader address: second-person density, modal density, and an opening that
  addresses the reader ("if you …", "you may …", "please …");
* place: blocks to the end, blocks since the last question, whether every
  question already has an answer before the block;
* layout: whether the block's style, size or indentation differs from the
  paragraph that opens the last answer;
* contact-ness: e-mail, web address, telephone number, postcode.

Only generic English function words and grammar are listed here, never the
wording of a particular closing.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Protocol

from parsers.foi.units import _label_of

# English function words (articles, pronouns, auxiliaries, prepositions,
# conjunctions, common adverbs): carry grammar, not the subject of a letter
FUNCTION_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    either else etc ever every few for from further had has have having he her here hers
    him his how however i if in into is it its itself just least less may me might more
    most much must my neither no nor not now of off on once one only or other our ours
    out over own per please same shall she should since so some such than that the their
    theirs them then there these they this those through thus to too under until up upon
    us very via was we were what when where whether which while who whom whose why will
    with within without would yes yet you your yours yourself yourselves
    """.split()
)
_RE_TOKEN = re.compile(r"[a-z][a-z'’-]+|\d[\d,.]*\d|\d")
_RE_URL_WHOLE = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/\S*"
    r"|\b[\w-]{1,63}\.(?:nhs|gov|org|co|ac)\.uk\b"
)
_RE_SECOND = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.I)
_RE_MODAL = re.compile(r"\b(?:may|can|could|might|should|must|would|will|shall)\b", re.I)
# an opening that addresses the reader: a condition on the reader, the reader
# and a modal, or a request to the reader (generic grammar, any subject)
_RE_READER_OPEN = re.compile(
    r"^[\s•▪·*\-–]*(?:"
    r"(?:if|should|where|when|whenever|unless|once|after|before|as)\s+(?:you|your)\b"
    r"|you(?:r)?\s+(?:\w+\s+)?(?:may|can|could|might|will|would|should|must|are|have|need)\b"
    # "please note / see / find" points at the answer's own content, not the reader
    r"|please\b(?!\s+(?:note|see|find|be\s+aware|refer))|kindly\b"
    r"|do\s+(?:not\s+)?(?:let|contact|write|tell|get)\b"
    r")",
    re.I,
)
# bounded runs and a look-behind keep these linear on a megabyte of letters
# without a space (hostile input): an unbounded [\w.+-]+@ backtracks quadratically
_RE_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,63}")
_RE_URL = re.compile(
    r"https?://|www\.|\b[\w-]{1,63}\.(?:nhs|gov|org|co|ac)\.uk\b|\b[\w-]{1,63}\.(?:org|com|net)/",
    re.I,
)
_RE_PHONE = re.compile(r"(?<![\d£$.,])(?:\+44\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b")
_RE_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")


# below this relevance a block is about something else than what was asked: most
# closings share no subject word with the questions, while a note that goes on
# about an answer's figures shares a year or a noun or two
OFF_TOPIC = 0.15
ON_TOPIC = 0.5  # at or above: the block talks about what was asked
# at or above: partly on the subject (a third of its weight in the questions' words),
# as a note that goes on about an answer's figures is
PARTLY_ON_TOPIC = 0.3
MAX_CHARS = 4000  # of a block read for its structure


class _BlockLike(Protocol):
    text: str
    style: str | None
    is_table: bool
    rule: str
    size: float | None
    indent: float | None


@dataclass
class Structure:
    """One block's structural evidence (see the module doc)."""

    relevance: float | None  # None: no content words (a sign-off, a bare number)
    second_person: float  # share of words that are you/your
    modal: float  # share of words that are modal verbs
    reader_open: bool  # opens by addressing the reader
    contact: int  # kinds of contact detail present (e-mail, web, phone, postcode)
    to_end: int  # blocks after this one
    since_q: int | None  # blocks since the last anchor (question, marker, numbered); None before
    answered_all: bool  # the last anchor's answer began before this block
    layout_change: bool  # style/size/indent differ from the last answer's first block

    @property
    def addresses_reader(self) -> bool:
        return self.reader_open or self.second_person >= 0.06

    @property
    def off_topic(self) -> bool:
        """About something else than what was asked (or no content words at all)."""
        return self.relevance is None or self.relevance < OFF_TOPIC

    @property
    def partly_on_topic(self) -> bool:
        return self.relevance is not None and self.relevance >= PARTLY_ON_TOPIC

    @property
    def on_topic(self) -> bool:
        """Mostly in the questions' own words: an answer, whatever the model says."""
        return self.relevance is not None and self.relevance >= ON_TOPIC

    def not_an_answer(self) -> bool:
        """Evidence of its own that a block after the answers is not one: every
        question is answered, the block is about something else than what was
        asked, and it addresses the reader or gives contact details."""
        return (
            self.answered_all
            and (self.since_q or 0) >= 2
            and self.off_topic
            and (self.addresses_reader or self.contact > 0)
        )


def content_words(text: str) -> list[str]:
    """Lower-case words of three letters or more that are not function words,
    and numbers of two digits or more (years, figures an answer repeats), with
    a crude suffix stripping so "nurse"/"nurses", "record"/"recorded" meet. Web
    and e-mail addresses are left out: they are contact details, not a subject."""
    text = _RE_URL_WHOLE.sub(" ", _RE_EMAIL.sub(" ", text.lower()))
    out: list[str] = []
    for w in _RE_TOKEN.findall(text):
        w = w.strip("'’-")
        if w.isdigit():
            if len(w) >= 2:
                out.append(w)
            continue
        if len(w) < 3 or w in FUNCTION_WORDS:
            continue
        for suffix in ("ing", "ed", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4 and not w.endswith("ss"):
                w = w[: -len(suffix)]
                break
        out.append(w)
    return out


def idf_table(texts: list[list[str]]) -> dict[str, float]:
    """Inverse document frequency of each word over the letter's blocks."""
    n = len(texts)
    df: Counter[str] = Counter()
    for words in texts:
        df.update(set(words))
    return {w: math.log((1 + n) / (1 + d)) + 1.0 for w, d in df.items()}


def relevance(words: list[str], asked: Counter[str], idf: dict[str, float]) -> float | None:
    """The idf-weighted share of the block's content words found in the questions."""
    uniq = set(words)
    if not uniq:
        return None
    total = sum(idf.get(w, 1.0) for w in uniq)
    hit = sum(idf.get(w, 1.0) for w in uniq if asked.get(w, 0) > 0)
    return hit / total if total else None


def contact_kinds(text: str) -> int:
    """How many kinds of contact detail the block gives."""
    return sum(bool(rx.search(text)) for rx in (_RE_EMAIL, _RE_URL, _RE_PHONE, _RE_POSTCODE))


def _is_question(b: _BlockLike) -> bool:
    return b.rule == "question" or (not b.is_table and b.text.endswith("?"))


def _layout(b: _BlockLike) -> tuple:
    size = None if b.size is None else round(b.size * 10)
    indent = None if b.indent is None else round(b.indent / 10)
    return (b.style or "plain", size, indent, b.is_table)


def structure_of(blocks: list[_BlockLike]) -> list[Structure]:
    """The structural evidence of every block of a letter."""
    n = len(blocks)
    # a block's opening is enough to read its style; a megabyte paragraph costs no more
    texts = [b.text[:MAX_CHARS] for b in blocks]
    words = [[] if b.is_table else content_words(t) for b, t in zip(blocks, texts, strict=True)]
    idf = idf_table(words)
    asked_by = [
        Counter(w) if _is_question(b) else Counter() for b, w in zip(blocks, words, strict=True)
    ]
    asked_all: Counter[str] = Counter()
    for c in asked_by:
        asked_all.update(c)
    # per block: the last anchor at or before it (a question, an answer marker or
    # a numbered block: numbered answers to a list of requests are anchors too,
    # so a block is "after every answer" only once two blocks follow the last)
    last_q: list[int | None] = []
    lq: int | None = None
    for i, b in enumerate(blocks):
        if _is_question(b) or b.rule == "marker" or (not b.is_table and _label_of(b.text)):
            lq = i
        last_q.append(lq)
    # the layout of the paragraph that opens the last answer
    final_q = next((i for i in range(n - 1, -1, -1) if _is_question(blocks[i])), None)
    answer_layout = (
        _layout(blocks[final_q + 1]) if final_q is not None and final_q + 1 < n else None
    )
    out: list[Structure] = []
    for i, b in enumerate(blocks):
        t = texts[i]
        tokens = max(len(t.split()), 1)
        own = asked_all - asked_by[i]  # a question is not relevant to itself
        opening = last_q[i] + 1 if last_q[i] is not None else None
        if opening is not None and opening < i and not _is_question(blocks[opening]):
            # the current answer's first paragraph is on the subject too: a note
            # that goes on about its figures is relevant, a closing is not
            own = own + Counter(words[opening])
        out.append(
            Structure(
                relevance=None if b.is_table else relevance(words[i], own, idf),
                second_person=len(_RE_SECOND.findall(t)) / tokens,
                modal=len(_RE_MODAL.findall(t)) / tokens,
                reader_open=bool(_RE_READER_OPEN.match(t)),
                contact=contact_kinds(t),
                to_end=n - 1 - i,
                since_q=None if last_q[i] is None else i - last_q[i],
                answered_all=last_q[i] is not None and i >= last_q[i] + 2,
                layout_change=(
                    answer_layout is not None
                    and final_q is not None
                    and i > final_q + 1
                    and _layout(b) != answer_layout
                ),
            )
        )
    return out
