"""Labels whose number is spelled out ("Question Three:", "Answer Three:", "Request
number four"), read as the figure they name (since 0.6.7). The rest of the reader
knows labels by their figures, so a line that opens with a worded label and a spelled
number is rewritten to the figure ("Question 3:", "Request 4") before it is read.

Only a label in label position is rewritten: at the start of a line, and followed by
nothing or by the punctuation that ends a label (":", ".", ")", a dash), so that a
sentence which happens to open "Item four was …" keeps its words. "number" / "no."
between the word and its number ("Request number 2") is dropped the same way.
"""

from __future__ import annotations

import re

from parsers.wres.vocab import NUMBER_WORDS

ORDINAL_WORDS: dict[str, int] = {
    w: n
    for n, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1
    )
}

# the words that label a question or its reply, as the figure-numbered labels use them
_LABEL_WORD = (
    r"(?:(?:your|our|the|my|foi)\s+)?"
    r"(?:question|request|query|enquiry|inquiry|item|point|answer|response|reply)"
)
_RE_REPLY_WORD = re.compile(r"(?:answer|response|reply)\s*$", re.IGNORECASE)
_RE_SPELLED_LABEL = re.compile(
    r"^(\s*" + _LABEL_WORD + r")\s+(?:(?:number|no\.?)\s+)?"
    r"([a-z]+|\d{1,2})(?=\s*(?:[:.)]|\s[\-–—]|$))",
    re.IGNORECASE,
)


def spelled_number(word: str) -> int | None:
    """The figure a spelled number names ("Four" → 4), or None."""
    return NUMBER_WORDS.get(word.lower())


def figured_label(line: str) -> str:
    """The line with a worded label's spelled number (or "number n") as a figure:
    "Question Two: How many …" → "Question 2: How many …", "Request number
    three" → "Request 3". Any other line is returned as it is."""
    m = _RE_SPELLED_LABEL.match(line)
    if m is None:
        return line
    token = m.group(2)
    if token.isdigit():
        if not re.search(r"\s(?:number|no\.?)\s", m.group(0), re.IGNORECASE):
            return line
        figure = int(token)
    else:
        figure = spelled_number(token)
        if figure is None:
            return line
    head = m.group(1)
    if _RE_REPLY_WORD.search(head):
        # a reply's label names the question it answers, as the answer markers read it
        return f"{head} to question {figure}" + line[m.end() :]
    return f"{head} {figure}" + line[m.end() :]
