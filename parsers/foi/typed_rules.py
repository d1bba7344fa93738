"""A typed rule: a line of one punctuation mark repeated ("-----", "=====", "_____"),
as a plain-text e-mail underlines its headings and questions or parts its sections.
It draws a line and says nothing, so it belongs to no question and no answer, and it
ends the paragraph it stands in (the text under it is the next unit). A wrapped rule
(a PDF line broken in two) is a rule on each line. Part of the FOI parser; read by
parsers.foi.units."""

from __future__ import annotations

import re

# three marks at least ("--" alone is a signature's delimiter, read elsewhere)
_RULE = re.compile(r"([-=_~*#])\1{2,}")


def typed_rule(line: str) -> bool:
    """`line` is a typed rule (spaces inside it ignored)."""
    return bool(_RULE.fullmatch("".join(line.split())))
