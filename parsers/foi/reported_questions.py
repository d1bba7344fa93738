"""A question the letter reports in its own words (since set AH's learning): a
numbered paragraph opening "1. You asked how many …", "2) You wanted to know whether
…", "3. Your question was which …", "4. You requested a copy of …", the answer run
on after the reported sentence in the same paragraph or set beneath it.

Read by grammar: a reporting lead (the requester, "you", as the subject of a verb of
asking or of wanting to know, or "your question / request was") and then what was
asked, an interrogative clause ("how many …", "whether …") or the thing asked for
("a copy of …"). The question is what was asked, without the lead; it ends with the
reported sentence's full stop (another sentence reporting a further ask, "You also
asked whether …", carries it on). What follows in the paragraph is the answer.

Used by parsers.foi.segment (where a labelled paragraph runs on into its answer) and
parsers.foi.parse (the lead taken off a labelled question).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.foi.segment_items import _Q

_I = re.IGNORECASE
# a word or two that may stand between the subject and the verb
_BETWEEN = r"(?:(?:also|then|further|next|additionally|finally|lastly|have|had|kindly)\s+){0,2}"
# verbs whose object is an interrogative clause ("asked how", "wanted to know whether")
_ASKING = (
    r"(?:asked(?:\s+us)?|enquired|inquired|queried|wondered|"
    r"(?:wanted|wished|would\s+like|were\s+keen)\s+to\s+(?:know|find\s+out|understand|learn)|"
    r"(?:asked|wanted)\s+us\s+to\s+(?:confirm|tell\s+you|say|state|explain))"
)
_INTERROGATIVE = r"(?=(?:how|what|which|whether|if|who|whom|whose|when|where|why)\b)"
# verbs whose object is the thing asked for ("requested a copy of …", "asked for …")
_ASKING_FOR = r"(?:asked(?:\s+us)?\s+for|requested|sought)"
_RE_LEAD = re.compile(
    r"^(?:you\s+" + _BETWEEN + r"(?:" + _ASKING + r"[:,]?\s+" + _INTERROGATIVE + r"|"
    r"" + _ASKING_FOR + r"[:,]?\s+(?!(?:the\s+following|as\s+follows|below)\b)(?=[\w“\"‘'])"
    r")|"
    r"your\s+(?:question|query|enquiry|request)\s+(?:was|asked)\s+(?:(?:for|about)\s+)?"
    r"(?=[\w“\"‘']))",
    _I,
)
# a sentence's end: a stop, a question or exclamation mark, then a sentence opening
_RE_SENTENCE_END = re.compile(r"(?<=[.?!])[”\"’']?\s+(?=[A-Z“\"‘'(\-–—])")


def reporting_lead(text: str) -> int | None:
    """Where what was asked starts in `text` when it opens with a reporting lead
    ("You asked how …" → the offset of "how"), else None. A lead that ends a
    sentence, introducing a list ("You asked for the following:"), is none."""
    m = _RE_LEAD.match(text.lstrip())
    if m is None:
        return None
    return len(text) - len(text.lstrip()) + m.end()


def reported_question_end(text: str) -> int | None:
    """Where the reported question that opens `text` ends, the answer running on after
    it in the same paragraph (the offset of the answer's first word), else None: the
    first sentence's end that another reporting lead does not follow."""
    if reporting_lead(text) is None:
        return None
    for m in _RE_SENTENCE_END.finditer(text):
        after = text[m.end() :]
        if reporting_lead(after) is None:
            return m.end()
    return None


def without_reporting_lead(q: _Q) -> _Q:
    """A labelled question without the reporting lead that opens it."""
    if q.label is None or not q.parts:
        return q
    at = reporting_lead(q.parts[0])
    if at is None or at >= len(q.parts[0]):
        return q
    return replace(q, parts=[q.parts[0][at:], *q.parts[1:]])
