"""References printed where a letter's labelled fields are not (since 0.6.6): named
after the word "request" at the end of a subject heading, and a free "FOI…" code
with its own prefix joined to it. Part of the FOI parser's metadata
(parsers.foi.units._metadata), which cleans what these find."""

from __future__ import annotations

from parsers.foi.patterns import _RE_REF_PREFIX, _RE_REF_REQUEST


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
