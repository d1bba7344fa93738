"""A sentence in an answer whose subject is an earlier question (since set AH's
learning): "Question 2 covers 53 leavers. Of these, …", "Q1 includes the bank
staff …", as chains of questions building on one another answer. Its opening looks
like a worded label ("Question 2", "Q1"), but a label is set off from what follows
by punctuation or opens a question; here the number runs on by a space into a
lower-case word, the sentence's verb, and names a question already asked. It is
the answer's text, not a new question. Used by parsers.foi.segment.
"""

from __future__ import annotations

import re

from parsers.foi.units import _Label

_RE_RUNS_ON = re.compile(r"\d[a-z]?\s+$")


def refers_to_asked(text: str, lab: _Label, asked: set[str]) -> bool:
    """`text`, read as `lab`, is a sentence about a question already asked (its key,
    without "Q", in `asked`), not that question's label (see the docstring)."""
    if lab.kind not in ("qword", "qshort") or not lab.rest[:1].islower():
        return False
    if lab.key.lower().lstrip("q") not in asked:
        return False
    head = text[: len(text) - len(lab.rest)]
    return _RE_RUNS_ON.search(head) is not None
