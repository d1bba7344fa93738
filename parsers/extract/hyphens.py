"""Whether a hyphen at a line's end is the word's own or the wrap's: a word broken
over a line end ("transp-" / "ort") is joined without it, but a hyphen after a single
letter ("X-ray", "e-mail") or after a prefix English writes with a hyphen
("co-operation", "self-harm", "non-urgent") or in a compound number ("twenty-five")
stays. Shared by the PDF reader's line
joining (parsers.extract.pdf_blocks) and the FOI reader's hard-wrapped text
(parsers.foi.hard_wrap)."""

from __future__ import annotations

COMPOUND_PREFIXES = frozenset(
    {"self", "co", "non", "ex", "anti", "cross", "multi", "semi", "well", "half", "post", "pre"}
    # compound numbers are written with a hyphen ("twenty-five", "forty-eight")
    | {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)


def keeps_hyphen(fragment: str) -> bool:
    """A hyphen at a line end after the word fragment `fragment` is the word's own."""
    return len(fragment) < 2 or fragment.lower() in COMPOUND_PREFIXES
