"""References printed where a letter's labelled fields are not (since 0.6.6): named
after the word "request" at the end of a subject heading, and a free "FOI…" code
with its own prefix joined to it; since 0.6.9, a code standing alone as one part of
the page's title heading ("AB24-1234: your questions answered", "Disclosure -
AB.1234.24"). Part of the FOI parser's metadata
(parsers.foi.metadata._metadata), which cleans what these find."""

from __future__ import annotations

import re

from parsers.dates import parse_date
from parsers.foi.patterns import _RE_REF_PREFIX, _RE_REF_REQUEST

# the parts of a title heading: split at a colon or at a dash set between spaces
_RE_TITLE_PARTS = re.compile(r":\s+|\s+[-\u2013\u2014|]\s+")
# a code: capitals, figures and joiners, with a capital and at least three figures
# (so not "COVID-19", "Q3", a year or a bare number)
_RE_CODE = re.compile(r"(?=(?:[^\d]*\d){3})(?=[^A-Z]*[A-Z])[A-Z0-9][A-Z0-9./_\-]*[A-Z0-9]")
MAX_TITLE_CHARS = 100


def reference_in_heading(lines: list[str]) -> str | None:
    """The code a subject heading names after the word "request" ("Freedom of
    Information Act 2000: request AVT-891" → "AVT-891"), from the first such line."""
    for line in lines:
        m = _RE_REF_REQUEST.search(line)
        if m and len(line) < 120:
            return m.group(1)
    return None


def joined_prefix(text: str, start: int) -> str:
    """The code's own prefix joined to a free reference that starts at `start`
    ("HVT-" before "FOI-6693"): the reference is the whole token, not its tail."""
    m = _RE_REF_PREFIX.search(text[:start])
    return m.group(0) if m else ""


def code_in_title(headings: list[str]) -> str | None:
    """The code that is one whole part of a title heading (split at ": " or " - "),
    from the first heading that has one; a date is no code."""
    for line in headings:
        if len(line) > MAX_TITLE_CHARS:
            continue
        for part in _RE_TITLE_PARTS.split(line.strip()):
            part = part.strip().rstrip(".")
            if _RE_CODE.fullmatch(part) and parse_date(part) is None:
                return part
    return None
