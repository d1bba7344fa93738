"""The structural end of an FOI letter's last answer (issue #13): after the last
answer comes text that is no answer — off the request's topic and addressed to the
reader (review rights, the regulator's address, re-use terms, the letter speaking
of itself) — and the signature run (valediction, name, job title, organisation).
Houses word these in endless ways, so they are read by their grammar, not by a list
of phrases:

* the reader as the subject of a permission or a condition ("you may …", "you are
  free to …", "if you …", "should you …"), the owner of a right or a grievance
  ("your reasons", "your details"), bidden to act towards the writers ("Please ask
  us …") or thanked ("Thank you for …");
* the letter referring to itself ("this reply", "replies like this one"), or to
  itself as the decision it is ("Any appeal against this decision …", with no reader
  named: since set U's learning), or to what it supplies ("the information we have
  provided may be re-used …": since set AG's learning);
* a contact form: a postal address (a postcode) or an e-mail address;
* no figures of its own (a count, an amount, a year): figures are the answer's
  substance; only a deadline ("within 40 working days"), a section of an Act, a
  licence's version ("v3.0"), a case reference ("Please quote AB/FOI/24/0123 …") or
  contact details may carry digits in a closing;
* the signature run: short lines with no sentence punctuation at the very end, and
  (since 0.6.9) a contact line among them ("Tel. 01632 960 000"), or a page footer of
  such fields parted by '|' ("Chair: … | Chief Executive: … | www.…");
* (since set Q's learning) a sentence addressed to no one that goes on about the
  closing prose straight above it: it shares a subject word with it, and neither is on
  the questions' topic ("… ask for a review." / "The review is carried out by …").

`tail_start` finds where that run begins: the units at the end of the letter that
are each closing prose, a sign-off or a signature line. Part of the FOI parser
(parsers.foi.passes cuts the units there before segmenting).
"""

from __future__ import annotations

import re
from collections import Counter

from parsers.foi.line_kinds import _question_like
from parsers.foi.patterns import _BULLET, _RE_SIGNOFF, answer_marker
from parsers.foi.structure import PARTLY_ON_TOPIC, content_words, idf_table, relevance
from parsers.foi.units import _label_of, _Unit

_I = re.IGNORECASE

# the reader as the subject of a permission, an ability or a condition
_RE_READER_MAY = re.compile(
    r"\byou(?:\s+\w+ly)?\s+(?:may|can|could|might|should|will\s+need|are\s+(?:free|entitled|"
    r"welcome|able)|have\s+(?:the|a)\s+right)\b|"
    r"\b(?:if|should|unless|when|once)\s+you\b|"
    r"\byour\s+(?:own\s+)?(?:rights?|reasons|details|complaint|concerns?|appeal|dissatisfaction)\b|"
    # the reader bidden to act towards the writers ("Please ask us before …", "Please
    # let me know …") or thanked ("Thank you for contacting …"), at a sentence's opening
    # (the paragraph's first or a later one: "Unhappy with our reply? Ask us …")
    r"(?:^|(?<=[.?!]\s))(?:please\s+|kindly\s+)?(?:ask|contact|tell|let|write\s+to|e-?mail)"
    r"\s+(?:us|me)\b|"
    r"(?:^|(?<=[.?!]\s))(?:please\s+\w+\s+(?:us|me)\b|thank\s+you\s+for\b)",
    _I,
)
# the letter speaking of itself: "this reply", "our response", "replies like this one",
# "this decision" (an FOI reply is a decision on the request, appealed as such)
_RE_SELF = re.compile(
    r"\b(?:this|the\s+present)\s+(?:reply|response|letter|e-?mail|correspondence|decision)\b|"
    r"\b(?:replies|responses|letters)\s+(?:like|such\s+as)\s+this(?:\s+one)?\b|"
    # or of what it supplies, as its own ("the information we have provided may be
    # re-used …", "information supplied to you …"): the re-use terms that open a
    # closing are about the reply's content, passive, with no reader named (since
    # set AG's learning); information supplied *by* someone else is an answer's
    r"\b(?:the|any|all)\s+(?:information|material|data|documents?)\s+(?:that\s+|which\s+)?"
    r"(?:(?:we|I)\s+(?:have\s+)?(?:provided|supplied|released|disclosed|sent|given)\b|"
    r"(?:provided|supplied|released|disclosed|sent|given)\s+(?:to\s+you|(?:in|with)\s+this)\b)",
    _I,
)
_RE_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_RE_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_RE_PHONE = re.compile(r"(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b")
_RE_URL = re.compile(r"\b(?:https?://|www\.)\S+", _I)
# digits a closing may carry: deadlines, sections of an Act, the version of a licence
# it names ("Open Government Licence v3.0", since set AE's learning)
_RE_ALLOWED_FIGURE = re.compile(
    r"\b\d+\s+(?:calendar\s+|working\s+)?(?:days|weeks|months)\b|"
    r"\b(?:section|s\.)\s*\d+[\w()]*|"
    r"\b(?:v|version\s*)\d+(?:\.\d+)*\b",
    _I,
)
# a case reference: capitals and digits joined by '/', '-' or '.' ("AB/FOI/24/0123",
# "FOI-XY-0456", "KC.FOI.24.7") or glued ("ABC01234"): the closing's "Please quote …
# if you write to us" carries one, and it is no figure of an answer (since set AG's
# learning)
_RE_REFERENCE_CODE = re.compile(
    r"\b(?=[\w/.-]*\d)[A-Z][A-Za-z0-9]*(?:[/.-][A-Za-z0-9]+)+\b|\b[A-Z]{2,}\d{3,}\b"
)
_SENTENCE_END = (".", "?", "!", ":", ";")
# a signature's line naming whom the signatory signs for: "on behalf of …", "for and on
# behalf of …", "pp …" (a line of its own, not a sentence's clause)
_RE_ON_BEHALF = re.compile(r"^(?:(?:for\s+and\s+)?on\s+behalf\s+of|p\.?p\.?)\s+\S", _I)
MAX_ON_BEHALF_WORDS = 16
# the separator of a line printed in two languages, side by side
_RE_LANGUAGE_SEPARATOR = re.compile(r"\s+[/|]\s+")


def _without_contacts(text: str) -> str:
    for pattern in (
        _RE_POSTCODE,
        _RE_EMAIL,
        _RE_PHONE,
        _RE_URL,
        _RE_ALLOWED_FIGURE,
        _RE_REFERENCE_CODE,
    ):
        text = pattern.sub(" ", text)
    return text


def has_own_figures(text: str) -> bool:
    """Digits that are the text's substance (a count, an amount, a year, a date),
    not a deadline, a section of an Act or contact details."""
    return bool(re.search(r"\d", _without_contacts(text)))


def contact_form(text: str) -> bool:
    """A postal address (by its postcode) or an e-mail address."""
    return bool(_RE_POSTCODE.search(text) or _RE_EMAIL.search(text))


def closing_prose(text: str) -> bool:
    """A sentence of the closing: addressed to the reader, about the letter itself
    or giving a contact form, with no figures of its own."""
    if has_own_figures(text) or not text.rstrip().endswith(_SENTENCE_END):
        return False
    return bool(_RE_READER_MAY.search(text) or _RE_SELF.search(text) or contact_form(text))


def signature_line(text: str) -> bool:
    """A line of the signature run: a valediction, a name, a job title, an
    organisation, a contact line: short, capitalised, no sentence punctuation, no
    figures but contact details ("Tel. 01632 960 418")."""
    t = text.strip()
    halves = _RE_LANGUAGE_SEPARATOR.split(t)
    if len(halves) >= 2:
        # a line printed in two languages ("<name> / Vale NHS Trust"): each half is one;
        # a page footer's fields ("Chair: … | Chief Executive: … | www.…"): each field
        return all(signature_line(h) or contact_line(h) for h in halves)
    words = t.split()
    if _RE_ON_BEHALF.match(t):
        # whom the signatory signs for ("for and on behalf of both trusts of the …
        # Group"): in lower case, and as long as the bodies' names make it
        return (
            len(words) <= MAX_ON_BEHALF_WORDS
            and not t.endswith(_SENTENCE_END)
            and not has_own_figures(t)
        )
    return (
        1 <= len(words) <= 8
        and len(t) <= 70
        and t[0].isupper()
        and not t.endswith(_SENTENCE_END)
        and not has_own_figures(t)
        and _label_of(t) is None
    )


# a signature's contact line: a word or two naming the kind of contact ("Tel.",
# "E-mail:", "Direct line") before the number or address itself
_RE_CONTACT_LABEL = re.compile(r"^\s*(?:[A-Za-z][\w-]*\.?\s*){0,2}:?\s*$")


def contact_line(text: str) -> bool:
    """A signature's telephone, e-mail or web address line: the contact detail and at
    most a word or two naming it, no sentence. signature_line already takes a capitalised one
    ("Tel. 01632 960 418"); this takes those it cannot: a line opening with the
    number or in lower case ("01632 960 418", "e-mail: foi@…")."""
    t = text.strip()
    if len(t) > 70 or not (_RE_PHONE.search(t) or _RE_EMAIL.search(t) or _RE_URL.search(t)):
        return False
    rest = _RE_URL.sub(" ", _RE_EMAIL.sub(" ", _RE_PHONE.sub(" ", t)))
    return bool(_RE_CONTACT_LABEL.match(rest))


def _on_topic(units: list[_Unit]) -> list[bool]:
    """Per unit: partly in the questions' own words (parsers.foi.structure's
    relevance), as an answer is and a closing is not."""
    words = [[] if u.table is not None else content_words(u.text) for u in units]
    asked_by = [
        Counter(w) if u.table is None and (u.text.endswith("?") or _label_of(u.text)) else Counter()
        for u, w in zip(units, words, strict=True)
    ]
    asked_all: Counter[str] = Counter()
    for c in asked_by:
        asked_all.update(c)
    idf = idf_table(words)
    out = []
    for w, own in zip(words, asked_by, strict=True):
        r = relevance(w, asked_all - own, idf)
        out.append(r is not None and r >= PARTLY_ON_TOPIC)
    return out


def _structural_answer(text: str) -> bool:
    """A unit that opens with a question label or an answer marker is an item's
    by its structure, whatever its words."""
    return _label_of(text) is not None or answer_marker(text) is not None


def _list_item(u: _Unit) -> bool:
    return (
        u.table is None
        and u.indent is not None
        and (u.style == "list" or bool(_BULLET.match(u.text)))
    )


def _under_listed_question(units: list[_Unit], k: int) -> bool:
    """Unit k is a list item nested under a paragraph that asks (since set AI's
    learning): a question as a bullet, its reply's paragraphs as bullets one level in.
    Its words may address the reader ("you can find them …") as a closing's do, but
    the closing is never nested in the questions' list."""
    u = units[k]
    if not _list_item(u):
        return False
    j = k - 1
    while j >= 0 and units[j].table is None and (units[j].indent or 0.0) >= u.indent:
        j -= 1
    parent = units[j] if j >= 0 else None
    if parent is None or parent.table is not None or (parent.indent or 0.0) >= u.indent:
        return False
    return parent.text.rstrip().endswith("?") or _question_like(parent.text)


def _signed(text: str) -> bool:
    """A sign-off or a line of the signature run: how a letter's end looks."""
    return signature_line(text) or bool(_RE_SIGNOFF.match(text) and text[:1].isupper())


def tail_start(units: list[_Unit]) -> int | None:
    """The index where the letter's closing run begins (the units from there to the
    end are each closing prose off the questions' topic, a sign-off or a signature
    line, at least one is prose, and the last is signed), or None when the letter
    ends on something else (as the units the block labeller keeps do). Never at the first unit, and never straight after a question with nothing
    between."""
    # (an annex printed after the signature is no part of the closing: parsers.foi.annexes)
    from parsers.foi.annexes import annex_start

    units = units[: annex_start(units) or len(units)]
    if not units or units[-1].table is not None or not _signed(units[-1].text):
        return None  # the letter does not end signed: no closing run to find
    start = len(units)
    prose = False
    on_topic: list[bool] | None = None
    while start > 0:
        u = units[start - 1]
        if u.table is not None:
            break
        t = u.text
        if _under_listed_question(units, start - 1):
            break  # a reply's item nested under a listed question: the answers go on
        if closing_prose(t) and not _structural_answer(t):
            on_topic = on_topic if on_topic is not None else _on_topic(units)
            if on_topic[start - 1]:
                break  # addressed to the reader, but about what was asked: an answer
            prose = True
        elif _RE_SIGNOFF.match(t) and t[:1].isupper():
            prose = True
        elif _bridges_closing(units, start - 1):
            # a sentence of the closing that is not addressed to the reader ("An appeal
            # to the regulator follows the review"), between its prose and the sign-off
            pass
        elif not (signature_line(t) or contact_line(t)) or (prose and u.style != "heading"):
            # the signature run stands at the very end; above the closing's prose
            # only a heading of its own ("Your rights") may stand among it
            break
        start -= 1
    if not prose or start <= 0 or start >= len(units):
        return None
    before = units[start - 1]
    if before.table is None and before.text.rstrip().endswith("?"):
        return None  # the closing run would leave the last question unanswered
    return start


def _bridges_closing(units: list[_Unit], k: int) -> bool:
    """units[k] carries the closing on: a sentence with no figures or structure of its
    own, off the questions' topic, straight under a sentence of closing prose with
    which it shares a subject word (it goes on about the closing's matter, the
    review or the complaint, not the request's)."""
    if k <= 0 or units[k - 1].table is not None:
        return False
    t, above = units[k].text, units[k - 1].text
    if not t.rstrip().endswith(_SENTENCE_END) or has_own_figures(t) or _structural_answer(t):
        return False
    if not closing_prose(above) or _structural_answer(above):
        return False
    if not set(content_words(t)) & set(content_words(above)):
        return False
    topic = _on_topic(units)
    return not topic[k] and not topic[k - 1]
