"""References printed where a letter's labelled fields are not (since 0.6.6): named
after the word "request" at the end of a subject heading, and a free "FOI…" code
with its own prefix joined to it; since 0.6.9, a code standing alone as one part of
the page's title heading ("AB24-1234: your questions answered", "Disclosure -
AB.1234.24"). Since set L's learning, a numbered designation ("Req No. 24/0321",
"Ticket No. 88/12"): an abbreviated noun, "No." and a code with figures, printed as
the value of a label or after "request" in a heading, is the reference whole, its
noun and "No." with it (a label's own "Request No." / "Ref No." stays a label). Part
of the FOI parser's metadata (parsers.foi.metadata._metadata), which cleans what
these find."""

from __future__ import annotations

import re

from parsers.dates import parse_date
from parsers.foi.meta_patterns import _RE_REF_PREFIX, _RE_REF_REQUEST

# the parts of a title heading: split at a colon or at a dash set between spaces
_RE_TITLE_PARTS = re.compile(r":\s+|\s+[-\u2013\u2014|]\s+")
# a code: capitals, figures and joiners, with a capital and at least three figures
# (so not "COVID-19", "Q3", a year or a bare number)
_RE_CODE = re.compile(r"(?=(?:[^\d]*\d){3})(?=[^A-Z]*[A-Z])[A-Z0-9][A-Z0-9./_\-]*[A-Z0-9]")
MAX_TITLE_CHARS = 100
# a numbered designation: a capitalised noun of two to eight letters (perhaps cut
# short with a stop), "No." or "No", and a code with figures, joined by "/" or "-"
# (or, since set V's learning, the noun cut short with a stop, a serial number and
# the year it runs in, in brackets: "Enq. 482 (2023)" is one reference, whole)
_DESIGNATION = (
    r"(?:[A-Z][a-z]{1,7}\.?\s+No\.?\s*\d[\dA-Z]*(?:[/\-][\dA-Z]+)*|"
    r"[A-Z][a-z]{1,7}\.\s+\d{1,6}\s+\((?:19|20)\d\d\))"
)
_RE_DESIGNATION = re.compile(r"(" + _DESIGNATION + r")(?![\w/\-])")
# nouns that are labels themselves ("Ref No. 1234": the code alone is the reference)
_LABEL_NOUNS = frozenset({"ref", "reference", "case", "request", "file", "number"})
# a code after "ref" closing an e-mail's subject line ("Subject: Your FOI request - ref
# KLM-24-0113"): the reply's only reference where no field names one
_RE_SUBJECT_REF = re.compile(
    r"^(?i:subject|re)\s*:.*\b(?i:ref(?:erence)?)\.?\s*(?i:no\.?\s*)?[:#]?\s*"
    r"((?=[A-Z0-9/\-_.#]*\d)(?=[A-Z0-9/\-_.#]*[A-Z])[A-Z0-9][A-Z0-9/\-_#]*(?:\.[A-Z0-9/\-_#]+)*)\.?$"
)
_RE_DESIGNATION_REQUEST = re.compile(
    r"\b(?i:request|enquiry|case|response|reply)\s+(" + _DESIGNATION + r")\.?$"
)


def designation(value: str) -> str | None:
    """The numbered designation `value` opens with ("Req No. 24/0321, replied …" ->
    "Req No. 24/0321"), or None; a label's noun ("Ref No. 12") is none."""
    m = _RE_DESIGNATION.match(value.strip())
    if m is None or m.group(1).split()[0].rstrip(".").lower() in _LABEL_NOUNS:
        return None
    return m.group(1)


def reference_in_heading(lines: list[str]) -> str | None:
    """The code a subject heading names after the word "request" ("Freedom of
    Information Act 2000: request AVT-891" → "AVT-891"), or an e-mail's subject line
    after "ref", from the first such line."""
    for line in lines:
        m = _RE_REF_REQUEST.search(line) or _RE_DESIGNATION_REQUEST.search(line)
        m = m or _RE_SUBJECT_REF.match(line)
        if m and len(line) < 120:
            return m.group(1)
    return None


def joined_prefix(text: str, start: int) -> str:
    """The code's own prefix joined to a free reference that starts at `start`
    ("HVT-" before "FOI-6693"): the reference is the whole token, not its tail."""
    m = _RE_REF_PREFIX.search(text[:start])
    return m.group(0) if m else ""


# a self-contained code: letters and figures joined by stops, hyphens or colons,
# with a run of two letters and a figure ("4893.FOI.24", "NR-173-24")
_RE_OWN_CODE = re.compile(r"(?=.*[A-Za-z]{2})(?=.*\d)[A-Za-z0-9]+(?:[.:\-][A-Za-z0-9]+)+")


def without_kind_word(ref: str) -> str:
    """A free reference whose kind word stands apart before a code complete in itself
    ("FOI 4893.FOI.24" -> "4893.FOI.24"): the word names what the code is, as a
    label would. A code of figures alone keeps the word ("FOI 2024/117")."""
    parts = ref.split()
    if len(parts) == 2 and parts[0].isalpha() and _RE_OWN_CODE.fullmatch(parts[1]):
        return parts[1]
    return ref


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
