"""Answer and request markers of an FOI letter, read by a grammar rather than a list
of one house's labels (issue #13): "Our reply:", "We said:", "Response –", "Answer to
questions 2 to 4 –", "You asked:", and table headings in the same words. Part of the
FOI parser (parsers.foi.parse); re-exported by parsers.foi.patterns."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# An answer marker is read by a grammar, not a list of a house's labels: who
# answers ("our", "the Trust's", none), a word of answering (answer / response /
# reply, or "we said", "the Trust replied"), optionally the questions it covers
# ("to question 3", "to questions 2 to 4"), then a colon or a spaced dash
# ("Response – …"), or nothing more on a short line. A dash must be set off by
# a space so that "Response-time targets" is not a marker; a word of answering
# followed by more words ("Response times have fallen") is not one either.
_ANSWER_WHO = r"(?:(?:our|my|the|this|trust(?:'s|’s)?|the\s+trust(?:'s|’s)?)\s+)?"
# the nouns, or "answer" abbreviated ("Ans:", "Ans. –")
_ANSWER_NOUN = r"(?:answers?|responses?|repl(?:y|ies)|ans\.?)"
_ANSWER_VERB = r"(?:we|i|the\s+trust)\s+(?:have\s+)?(?:said|replied|answered|responded|say|reply|answer|respond)"
_ANSWER_QREF = (
    r"(?:\s+(?:to|for|on)\s+(?:your\s+)?(?:questions?|qs?\.?|requests?|parts?|points?|items?)\s*"
    r"\d{1,2}[a-z]?(?:\s*(?:[-–—]|to|and|&|,)\s*(?:q\s*)?\d{1,2}[a-z]?)?)?"
)
# the number of the question an answer carries ("Answer 2:", "Response no. 3 –"):
# only before a colon or a spaced dash, so that "Answer 12" stays a run-in answer "12"
_ANSWER_NUMBER = r"(?:\s+(?:no\.?\s*|number\s+)?\d{1,2}[a-z]?(?=\s*(?::|[-–—]\s)))?"
# words that answer only with an owner: "Our position:", "The Trust's decision –",
# "Our comments:" ("Position:" or "Decision" alone head other things)
_ANSWER_OWNER = r"(?:our|my|the\s+trust(?:'s|’s)?|trust(?:'s|’s))\s+"
_ANSWER_STANCE = r"(?:position|decision|comments?|findings?)"
_ANSWER_HEAD = (
    r"(?:"
    + _ANSWER_WHO
    + _ANSWER_NOUN
    + r"(?:\s+from\s+the\s+trust)?"
    + _ANSWER_NUMBER
    + _ANSWER_QREF
    + r"|"
    + _ANSWER_OWNER
    + _ANSWER_STANCE
    + _ANSWER_QREF
    + r"|"
    + _ANSWER_VERB
    + _ANSWER_QREF
    + r"|information\s+(?:provided|released|disclosed|supplied)|"
    r"a\.?\d{1,2}[a-z]?|a(?=\s*:))"
)
_RE_ANSWER = re.compile(
    r"^" + _ANSWER_HEAD + r"(?:\s*:\s*|\s*[-–—]\s+|\s*[-–—]?\s*$)(.*)$",
    _I,
)
# the questions an answer marker names: "to questions 2 to 4" → ("2", "to", "4")
_RE_ANSWER_KEYS = re.compile(
    r"\s(?:to|for|on)\s+(?:your\s+)?(?:questions?|qs?\.?|requests?|parts?|points?|items?)\s*"
    r"(\d{1,2}[a-z]?)(?:\s*([-–—]|to|and|&|,)\s*(?:q\s*)?(\d{1,2}[a-z]?))?",
    _I,
)
_RE_ANSWER_NUMBER_KEY = re.compile(
    r"^\s*" + _ANSWER_WHO + _ANSWER_NOUN + r"\s+(?:no\.?\s*|number\s+)?(\d{1,2}[a-z]?)\s*$", _I
)


def question_keys(a: str, sep: str | None, b: str | None) -> list[str] | None:
    """The question labels a range names: ("2", "to", "4") → 2, 3, 4; ("1c", "-",
    "1e") → 1c, 1d, 1e; ("1", "and", "3") → 1, 3; None when it names no range."""
    a = a.lower()
    if b is None:
        return [a]
    b, sep = b.lower(), (sep or "").lower()
    if sep in ("-", "–", "—", "to"):
        if a.isdigit() and b.isdigit() and 0 < int(a) < int(b) <= int(a) + 20:
            return [str(n) for n in range(int(a), int(b) + 1)]
        if (
            a[:-1] == b[:-1]
            and a[:-1].isdigit()
            and a[-1].isalpha()
            and b[-1].isalpha()
            and a[-1] < b[-1]
        ):
            return [a[:-1] + chr(c) for c in range(ord(a[-1]), ord(b[-1]) + 1)]
        return None
    return None if a == b else [a, b]


# answer markers with no colon, followed by the answer on the same line:
# "A1. 134.", "A.1 134" (the answer's "A" abbreviated with its stop, as "Q.1" is),
# "Ans. 134", "RESPONSE 134" (in capitals), a run-in label "Answer 412" or
# "Response The Trust …" (followed by a capital or a figure, not a field name
# such as "Response Date:")
_RE_ANSWER_RUNIN = re.compile(
    r"^(?:a\.?\d{1,2}[a-z]?\s*[.:)\-–]|a\.\d{1,2}[a-z]?(?=\s)|ans\.|(?-i:RESPONSE|ANSWER|REPLY)(?!\s+(?-i:[A-Z]{2,})\b)|"
    r"(?:answer|response|reply)(?=\s+(?-i:[A-Z0-9£<]))(?!\s+(?-i:[A-Z][a-z]+)\s*:|\s+(?-i:[A-Z]{2,})\b))"
    r"\s+(\S.*)$",
    _I,
)


# an arrow pointing from the question to its answer ("→ 412 beds", "=> Yes", "⇒"):
# an arrow drawn with a glyph, or typed as "=>" / "->" (not "-" alone, a bullet)
_RE_ANSWER_ARROW = re.compile(r"^(?:[→⇒➔➜➝➞➡⟶⟹]|=>|-+>)\s*(.*)$")


def answer_marker(text: str) -> str | None:
    """The answer text after an answer marker that opens `text` ("" for a marker
    standing alone), or None when `text` opens with none."""
    m = _RE_ANSWER_ARROW.match(text)
    if m:
        return m.group(1).strip()
    m = _RE_ANSWER.match(text)
    if m and (m.group(1) or len(text) < 40):
        return m.group(1).strip()
    m = _RE_ANSWER_RUNIN.match(text)
    return m.group(1).strip() if m else None


def request_marker(text: str) -> str | None:
    """The question after a request marker that opens `text` ("" for a marker
    standing alone), or None when `text` opens with none."""
    m = _RE_REQUEST.match(text)
    if m and (m.group(1) or len(text) < 40):
        return m.group(1).strip()
    return None


def answer_marker_keys(text: str) -> list[str] | None:
    """The question labels an answer marker opening `text` names ("Answer to
    questions 2 to 4 – …" → 2, 3, 4), or None when it names none."""
    m = _RE_ANSWER.match(text)
    if not m:
        return None
    head = text[: m.start(1)].rstrip(" :-–—")
    k = _RE_ANSWER_KEYS.search(head)
    if k:
        return question_keys(k.group(1), k.group(2), k.group(3))
    n = _RE_ANSWER_NUMBER_KEY.match(head)
    return [n.group(1)] if n else None


# A request marker, by the same grammar as the answer marker: whose ("your",
# "the", "FOI"), a word of asking (request / question / query, "you asked",
# "what you asked for", "information requested"), then a colon or a spaced dash,
# or nothing more on a short line.
_REQUEST_HEAD = (
    r"(?:request(?:ed)?|(?:(?:your|the|foi|original)\s+)+(?:requests?|questions?|quer(?:y|ies))|"
    r"(?:what\s+)?you\s+(?:asked|requested)(?:\s+(?:for|us))?|you\s+submitted|"
    r"(?:the\s+)?information\s+(?:you\s+)?requested|details\s+of\s+(?:your\s+|the\s+)?request|"
    r"request\s+(?:description|details)|questions?|quer(?:y|ies))"
)
_RE_REQUEST = re.compile(
    r"^" + _REQUEST_HEAD + r"(?:\s*:\s*|\s*[-–—]\s+|\s*[-–—]?\s*$)(.*)$",
    _I,
)
# a table's column headings, read by the same grammars: "Your request | Our reply",
# "What you asked for | Our response", "Information requested | Trust response"
# (or the requester's e-mail quoted beside the reply: "What you wrote", "Your message")
_RE_REQUEST_COLUMN = re.compile(
    r"^(?:" + _REQUEST_HEAD + r"|requests|(?:what\s+)?you\s+wrote|your\s+(?:e-?mail|message))\b",
    _I,
)
_RE_ANSWER_COLUMN = re.compile(
    r"^(?:" + _ANSWER_WHO + _ANSWER_NOUN + r"|" + _ANSWER_VERB + r"|information(?!\s+requested)|"
    r"(?:trust|our)\s+answers?)\b",
    _I,
)


# Unnumbered "Q." / "A." (or "Q:" / "A:") before each question and its answer: a
# capital letter alone is also a question's letter label ("A. Staffing", "B. …"),
# so they are read as markers only when they come paired, every "Q" followed by an
# "A" before the next "Q".
_RE_PAIRED_MARK = re.compile(r"^(?-i:([QA]))\s*[.:]\s+(?=\S)(.*)$", re.S)


def qa_mark(text: str) -> tuple[str, str] | None:
    """("Q" or "A", the text after it) for a line opening with an unnumbered "Q." or
    "A." marker, else None (whether the letter pairs them: `paired_qa_marks`)."""
    m = _RE_PAIRED_MARK.match(text)
    return (m.group(1), m.group(2)) if m else None


def paired_qa_marks(texts: list[str]) -> bool:
    """The letter's "Q." / "A." lines alternate, Q first, at least two pairs, each
    "Q" answered by an "A" before the next: question and answer markers."""
    marks = [m[0] for m in map(qa_mark, texts) if m is not None]
    pairs = len(marks) // 2
    return pairs >= 2 and len(marks) % 2 == 0 and marks == ["Q", "A"] * pairs
