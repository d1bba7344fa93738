"""A request put as an indirect question in the requester's own voice (issue #13,
learned from held-out set AB): "I would also like to know how many of them …", "I'd
be keen to learn which wards …", "I want to understand whether …". No "?" ends it and
no request cue opens it (parsers.foi.patterns' cues read "I would like …" only with
nothing between the words), yet it asks: its grammar is a first-person subject, a
verb of coming to know (know, learn, understand, find out, establish, ascertain) and
an interrogative clause as that verb's object (how / what / which / whether / …).

Such a paragraph straight after a numbered question is the question running on
(the requester's second paragraph), not the answer: parsers.foi.line_kinds'
`_request_like` counts it as a request sentence, so every reader asking that
question reads it alike. A reply does not speak so: it says what is known; a
negated verb ("I do not know how many …", "I cannot establish which …") is a
reply's admission, never a request, and is left out.
"""

from __future__ import annotations

import re

# the requester ("I", "I'd"), up to five lower-case words of wishing between ("would
# also like to", "am keen to", "wish to"; a negation among them ends the match), a
# verb of coming to know, and an interrogative opening its object clause
_RE_INDIRECT_QUESTION = re.compile(
    r"^I(?:['’]d)?"
    r"(?:\s+(?!(?:not|never|cannot|unable)\b)[a-z]+){0,5}?\s+"
    r"(?:know|learn|understand|find\s+out|establish|ascertain)\s+"
    r"(?:about\s+)?(?:how|what|which|whether|if|when|where|who|whom|whose|why)\b"
)


def indirect_question(text: str) -> bool:
    """`text` opens with a request put as an indirect question in the first person."""
    return _RE_INDIRECT_QUESTION.match(text.strip()) is not None
