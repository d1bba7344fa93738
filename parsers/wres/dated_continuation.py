"""A line labelled with another time that goes on from the paragraph above it.

Summary pages print a finding with this year's figures, then last year's on a line of
its own, labelled by its date and nothing else:

    More colleagues report abuse from the public (30.1% BME, 26.0% White, 2023 survey).
    2022 survey: 31.9% BME, 27.2% White. Better than last year.
    White applicants were 1.40 times as likely to be appointed (2023/24).
    2022/23: 1.52.

The dated line names no indicator and no measure: it is the line above restated for
another time, so it is read as part of that paragraph (the indicator, the ratio's
group, the board it spoke of). Part of the narrative reader (parsers.wres.narrative).
"""

from __future__ import annotations

import re

from parsers.wres.narrative_terms import _figures, _indicators, _times

# the words a date label may open with ("At 31 March 2023:", "As at ...", "In 2022/23:")
_RE_LABEL_LEAD = re.compile(r"\s*(?:(?:as\s+)?at|as\s+of|in|for|by)?\s*$", re.I)


def opens_with_time_label(text: str) -> bool:
    """The line opens with a time and a colon, nothing else before its figures:
    "2022 staff survey: 27.0% BME ...", "At 31 March 2023: ...", "2022/23: 1.44"."""
    times = _times(text)
    if not times:
        return False
    first = times[0]
    if first.kind == "rel" or not _RE_LABEL_LEAD.fullmatch(text[: first.start]):
        return False
    return bool(re.match(r"\s*:", text[first.end :]))


def is_time_label(lead: str) -> bool:
    """The words before a figure are a date label alone: "2022/23: ", "At 31 March 2023:"."""
    return opens_with_time_label(lead) and bool(re.search(r":\s*$", lead))


def continues_paragraph(text: str) -> bool:
    """A line labelled by its time alone, with figures and no indicator of its own:
    the paragraph above it restated for that time."""
    return opens_with_time_label(text) and bool(_figures(text)) and not _indicators(text)
