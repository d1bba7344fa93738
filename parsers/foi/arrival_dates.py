"""One sentence naming both the request's own date and the day it arrived (since set
AA's learning): "Your letter of 1 March 2024 reached the Trust on 4 March 2024", "the
e-mail you dated 1 March, which was logged on 4 March". The received date is the day
the request arrived, not the day it was written.

Read by the sentence's structure: the date that stands inside the subject of a verb of
arrival (the request's noun dated: "your letter of …") dates the writing; the date the
arrival verb governs ("… reached the Trust on …") dates the receipt. The prose forms
and the label-like form of parsers.foi.meta_patterns read the first dated request of a
sentence ("Your request dated …"); where such a date sits inside the subject of an
arrival (`_RE_RECEIVED_ARRIVAL`), the arrival's date is taken instead. Used by
parsers.foi.metadata before both.
"""

from __future__ import annotations

from parsers.foi.earlier_dates import current_date
from parsers.foi.meta_patterns import _RE_RECEIVED, _RE_RECEIVED_ARRIVAL, _RE_RECEIVED_PROSE


def arrival_over_written(text: str) -> str | None:
    """The date text the arrival verb governs, where the request's own date stands in
    the arrival's subject before it (see the docstring), or None."""
    arrived = _RE_RECEIVED_ARRIVAL.search(text)
    if arrived is None:
        return None
    written = [m.start(1) for rx in (_RE_RECEIVED, _RE_RECEIVED_PROSE) if (m := rx.search(text))]
    if not any(arrived.start() <= at < arrived.start(1) for at in written):
        return None  # (no request's date inside the arrival's subject)
    return current_date(_RE_RECEIVED_ARRIVAL, text, arrival=True)
