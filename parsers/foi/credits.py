"""A credit line between a question and its answer (since set M): some trusts gather
each answer from the department that holds the information and print, right after the
question, a short line naming who supplied it, then the answer itself:

    3) How many porters were on duty on Christmas Day?
    Information supplied by Facilities Management
    Eleven porters worked on Christmas Day.

    Does the Trust use agency radiographers?
    Imaging Services advise:
    Yes, two agency radiographers cover weekend shifts.

The line is not part of the answer. It is read by its form, not by a list of
departments:

- its position: the first paragraph of an answer, with more answer after it;
- its length: a short line (a few words), one sentence at most, no figure;
- its grammar: a supply verb in the passive with its agent ("supplied by X",
  "provided by X", "information from X", "source: X", "response from X") or a
  name of capitalised words followed by a reporting verb and a trailing colon
  ("X advise:", "X has confirmed:", "X comments:", "X replied:", "X wrote:"); a
  name is no negation or degree of a verdict ("Not answered:", "Partly answered:" is
  the answer's status, printed as its text: since set AE's learning).

The credit names a third party, the unit that holds the information: a line whose
subject is the writer, the reader or the Trust itself, or a bidding to the reader
("Please note:", "Kindly note:", "We add:"), is a lead-in to the answer's own text,
not a credit, however short (since the learning after set M; before, such a line
opening an answer was dropped as a credit).

Since set L the credit may also open the answer's own paragraph, run in before its
text ("Estates replied: The boiler was replaced in 2022."): the words up to the
first colon read as a credit line by the grammar above, a department's name (not a
pronoun or the Trust itself, whose "We confirm: …" is the answer's own voice), and
answer text after them.

A credit line standing before a paragraph quoted whole (an extract of a policy, in
quotation marks) is no credit: it leads in to the extract and is kept (since set X).

Part of the FOI parser; called by parsers.foi.parse on each item's answer parts.
"""

from __future__ import annotations

import re

# a credit is a line, not a paragraph
MAX_WORDS = 9

_NAME = r"(?:[A-Z][\w&'’-]*|and|of|&|the|for)(?:\s+(?:[A-Z][\w&'’-]*|and|of|&|the|for)){0,6}"
# "Information supplied by X", "Data provided by the X team", "Response from X"
_RE_AGENT = re.compile(
    r"^(?:\(?\s*)?(?:(?:the\s+)?(?:information|data|figures|response|reply|answer|details)\s+)?"
    r"(?:(?:was|were|has\s+been|have\s+been|is)\s+)?"
    r"(?:supplied|provided|given|sourced|compiled|received|collated)\s+(?:by|from)\s+"
    r"(?:the\s+)?" + _NAME + r"\s*[):.]?$"
    r"|^(?:(?:information|data|figures|response|reply|answer|details)\s+from|source)\s*:?\s+"
    r"(?:the\s+)?" + _NAME + r"\s*[):.]?$",
    re.IGNORECASE,
)
# a verdict's negation or degree opening the line ("Not answered:", "Partly answered:",
# since set AE's learning): the answer's own status, no department's name
_VERDICT_WORDS = r"(?:not|never|no|nothing|partly|partially|fully|only)"
# "Pharmacy advise:", "The Estates team has confirmed:", "Finance comments:"
_RE_REPORTED = re.compile(
    r"^(?!(?i:"
    + _VERDICT_WORDS
    + r")\b)(?:The\s+)?"
    + _NAME
    + r"\s+(?:team\s+|department\s+|service\s+)?"
    r"(?:(?:has|have)\s+)?(?:advise[sd]?|confirm(?:s|ed)?|state[sd]?|report(?:s|ed)?|"
    r"comment(?:s|ed)?|respond(?:s|ed)?|sa(?:y|ys|id)|explain(?:s|ed)?|provide[sd]?|note[sd]?|"
    r"repl(?:y|ies|ied)|answer(?:s|ed)?|write[s]?|wrote|inform(?:s|ed)?|add(?:s|ed)?)"
    r"(?:\s+as\s+follows)?\s*:$"
)
_RE_DIGIT = re.compile(r"\d")
# a credit run in before the answer's text: its words up to the first colon
_RE_RUN_IN = re.compile(r"^([^:]{3,80}:)\s+(\S.*)$", re.S)
# the writers’ own voice, not a department’s: "We confirm: …", "The Trust has said: …",
# or a bidding to the reader ("Please note: …")
_RE_OWN_VOICE = re.compile(
    r"^(?:we|i|it|they|you|please|kindly|(?:the|this)\s+trust(?![’']s))\b", re.IGNORECASE
)


def is_credit_line(text: str) -> bool:
    """Whether a paragraph reads as a line crediting who supplied the answer: a short
    line of the grammar above whose subject is a unit, not the writers' own voice nor
    a bidding to the reader (a lead-in such as "Please note:" is the answer's text)."""
    t = text.strip()
    if not t or len(t.split()) > MAX_WORDS or _RE_DIGIT.search(t) or _RE_OWN_VOICE.match(t):
        return False
    return bool(_RE_AGENT.match(t) or _RE_REPORTED.match(t))


def run_in_credit(text: str) -> str | None:
    """The answer text after a credit run in before it ("Estates replied: The boiler
    …" → "The boiler …"), or None when the paragraph opens with no credit."""
    m = _RE_RUN_IN.match(text.strip())
    if m is None or not is_credit_line(m.group(1)):
        return None
    return m.group(2).strip()


def without_credit(answer: list[str]) -> list[str]:
    """An answer's parts less the credit line that opens it, when more answer follows
    (and is not a quotation: a line before a paragraph quoted whole leads in to the
    extract it quotes, "The Visitors Policy states:", and is the answer's), or less
    the credit run in before its first paragraph's text."""
    # (imported here: parsers.foi.quoted reads the segmenter, which reads this module)
    from parsers.foi.quoted import quoted_request

    if len(answer) >= 2 and is_credit_line(answer[0]) and quoted_request(answer[1]) is None:
        return answer[1:]
    rest = run_in_credit(answer[0]) if answer else None
    if rest:
        return [rest, *answer[1:]]
    return answer
