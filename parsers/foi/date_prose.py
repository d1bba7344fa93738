"""The request's date told in prose with the requester as the subject (since set J's
learning): "On 4 March 2024 you wrote to us asking …", "On Tuesday 5th March, 2024
(2024-03-05) you asked for …", "You contacted us on 4 March 2024 …", "you sent us
your request on …"; and since set O's learning the same acts as a gerund after
thanks, whose subject is the one thanked, the requester: "Thank you for contacting
us on 4 March 2024", "thanks for writing to the Trust on …". Read by the metadata
(parsers.foi.metadata) when no label dates the receipt, like the other prose forms in parsers.foi.meta_patterns.

A letter restates a date in another form in brackets ("4 March 2024 (2024-03-04)",
"04/03/2024 (Monday)"): `ECHO` lets that restatement stand between the date and the
words that say what the date is.
"""

from __future__ import annotations

import re
from datetime import date

from parsers.dates import DATE_PATTERN, parse_date, range_at

_I = re.IGNORECASE
_DATE = r"(" + DATE_PATTERN + r")"
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
# the same date again in brackets: another form of it, or its weekday
ECHO = r"(?:\s*[(\[]\s*(?:" + DATE_PATTERN + r"|" + _WEEKDAY + r")\s*[)\]])?"

# what a requester sends: a request or its carrier, a few words of description before it
_SENT_THING = (
    r"(?:a|an|your|the|this)\s+(?:[\w-]+\s+){0,2}?(?:request|e-?mail|letter|enquiry|"
    r"inquiry|message|application|form)"
)
# verbs by which a requester makes a request, in the past: those that say so alone
# ("you wrote", "you asked"), and those that say so only with what was sent ("you
# sent us a request", "you submitted your enquiry"; "you made no booking" is none)
_YOU_PAST = (
    r"you\s+(?:wrote|asked|requested|contacted|e-?mailed|emailed|messaged|got\s+in\s+touch|"
    r"made\s+contact|telephoned|phoned|(?:sent|submitted|made|lodged)(?:\s+(?:to\s+)?us)?\s+"
    + _SENT_THING
    + r")\b"
)
# the same verbs as a gerund after thanks, the requester its subject still: "Thank
# you for contacting us on …", "thanks for writing to the Trust on …", "for sending
# us your request on …"
_THANKS_FOR = (
    r"(?:thank\s+you|thanks|grateful)\s+(?:very\s+much\s+)?for\s+(?:contacting|writing|"
    r"asking|requesting|e-?mailing|messaging|getting\s+in\s+touch|making\s+contact|"
    r"telephoning|phoning|(?:sending|submitting|making|lodging)"
    r"(?:\s+(?:to\s+)?us)?\s+" + _SENT_THING + r")\b"
)
_YOU_ASKED = r"(?:" + _YOU_PAST + r"|" + _THANKS_FOR + r")"
# whom it went to: a team or service of the trust, by the noun that ends its name ("our
# FOI team", "the Patient Advice and Liaison Service (PALS)", "the PALS office")
TRUST_TEAM = (
    r"(?:the|our)\s+(?:[\w'’-]+\s+){0,5}?(?:team|service|office|department|desk|unit)"
    r"(?:\s+\((?-i:[A-Z]{2,6})\))?"
)
# "On <date> you wrote …": the date opens the clause whose subject is the requester
_RE_ON_DATE_YOU = re.compile(
    r"(?:^|(?<=[\s(,;:]))on\s+(?:the\s+)?" + _DATE + ECHO + r",?\s+" + _YOU_ASKED, _I
)
# "You contacted us on <date>", "you sent us your request on <date>": the verb, whom
# it went to, what was sent, then the date; nothing else between, so "you asked how
# many … on 3 May" is no match
_RE_YOU_ASKED_ON = re.compile(
    r"\b"
    + _YOU_ASKED
    + r"(?:\s+(?:to\s+|with\s+)?(?:us|me|the\s+trust|this\s+trust|"
    + TRUST_TEAM
    + r"))?"
    + r"(?:\s+"
    + _SENT_THING
    + r")?,?\s+(?:on|dated)\s+(?:the\s+)?"
    + _DATE,
    _I,
)


def _opens_a_period(text: str, start: int) -> bool:
    """The date at `start` opens a range ("1 April 2022 to 31 March 2023"): the period
    a request asks about, not the day it was made."""
    return range_at(text, start) is not None


def requester_dated(text: str) -> date | None:
    """The date on which, by `text`, the requester wrote or asked, or None."""
    for rx in (_RE_ON_DATE_YOU, _RE_YOU_ASKED_ON):
        m = rx.search(text)
        if m and not _opens_a_period(text, m.start(1)):
            return parse_date(m.group(1))
    return None
