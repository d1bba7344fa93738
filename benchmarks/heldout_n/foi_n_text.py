"""The words of held-out set N's FOI letters: topics (question, answer paragraphs,
whether the information is held, the exemption applied), closings and signatures; and
how the letters print set N's date forms ("2024-03-05", "5 March '24", "5-3-2024",
"Tue 5 Mar 2024").

Written fresh for set N without reading the parser's vocabulary, rules or model,
without reusing sets D to M's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS = "January February March April May June July August September October November December"


@dataclass(frozen=True)
class Topic:
    question: str
    answer: list[str]
    held: bool = True
    exemption: str | None = None  # the FOIA section the answer applies, e.g. "40(2)"


TOPICS: list[Topic] = [
    Topic(
        "How many hospital porters does the Trust employ on night shifts?",
        ["There are 14 porters rostered across the night shifts at our two acute sites."],
    ),
    Topic(
        "What did the Trust spend on taxis to move patients between sites in 2023/24?",
        [
            "Inter-site taxi journeys cost the Trust £38,917 in 2023/24.",
            "This figure excludes journeys booked through the patient transport service.",
        ],
    ),
    Topic(
        "How many hearing loops are installed in the Trust's outpatient reception areas?",
        ["Hearing loops are fitted at 22 of our 27 outpatient reception desks."],
    ),
    Topic(
        "How many complaints did the Trust receive about hospital food during 2023?",
        [
            "Catering was the subject of 57 formal complaints in 2023.",
            "A further 140 comments were logged through ward feedback cards.",
        ],
    ),
    Topic(
        "Does the Trust record how many patients are discharged after 10pm each month?",
        [
            "Discharge times are recorded, but the system cannot report them by hour without "
            "a manual review of each record, so we do not hold this as a monthly figure.",
        ],
        held=False,
    ),
    Topic(
        "Please tell me how many agency radiographers worked at the Trust in the last quarter.",
        ["Eleven agency radiographers worked shifts for the Trust between July and September."],
    ),
    Topic(
        "What is the contract value of the Trust's car parking management agreement?",
        [
            "Car park enforcement is contracted to Lockwell Parking Services Ltd.",
            "The value of the agreement is withheld under section 43(2), as releasing it "
            "would prejudice the contractor's commercial interests.",
        ],
        exemption="43(2)",
    ),
    Topic(
        "Could you give the names of the staff disciplined for misuse of the Trust's "
        "social media accounts?",
        [
            "Three members of staff were subject to disciplinary action for this reason.",
            "Their identities are personal data and are withheld under section 40(2).",
        ],
        exemption="40(2)",
    ),
    Topic(
        "Please send a copy of the Trust's current whistleblowing policy.",
        [
            "Our Freedom to Speak Up policy is on the Trust website under Policies and "
            "procedures, so section 21 applies as it is reasonably accessible to you.",
        ],
        exemption="21",
    ),
    Topic(
        "How many electric vehicle charging points are available to visitors?",
        ["Visitors can use 16 charging points in the multi-storey car park."],
    ),
    Topic(
        "How many patients were given a pager while waiting in the emergency department?",
        [
            "The emergency department does not issue pagers to waiting patients, so there "
            "is no information to provide.",
        ],
        held=False,
    ),
    Topic(
        "What was the total cost of interpreting services for British Sign Language in 2023?",
        ["British Sign Language interpreting cost £24,306 in the 2023 calendar year."],
    ),
    Topic(
        "Will the Trust share the draft report of its review of maternity triage?",
        [
            "The review will be published with the Board papers for the next public meeting, "
            "so the draft is withheld under section 22(1) until then.",
        ],
        exemption="22(1)",
    ),
    Topic(
        "How many sharps injuries did staff report in the operating theatres last year?",
        ["Theatre staff reported 31 sharps injuries in the last financial year."],
    ),
]

CLOSINGS = {
    "review": (
        "If you are dissatisfied with the way your request has been handled you may ask "
        "for an internal review. Please write to the FOI Lead within forty working days "
        "of this letter.",
        "Should you wish to challenge any part of this response, contact our Information "
        "Rights Team and ask for the decision to be reconsidered.",
    ),
    "regulator": (
        "If you remain unhappy after the review, you may complain to the Information "
        "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
        "After our internal review you may take the matter to the Information "
        "Commissioner's Office at Wycliffe House, Water Lane, Wilmslow SK9 5AF, or "
        "through its website.",
    ),
}
SIGNATURES = (
    ["Kind regards", "Harriet Osgathorpe", "FOI Lead"],
    ["With best wishes", "Daniyal Pemberton-Rhys", "Information Rights Officer"],
)


def _dmy(iso: str) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in iso.split("-"))
    return d, m, y


def iso_date(iso: str) -> str:
    """2024-03-05: printed as ISO 8601."""
    return iso


def apostrophe_date(iso: str) -> str:
    """5 March '24: the year cut to two digits after an apostrophe."""
    d, m, y = _dmy(iso)
    return f"{d} {MONTHS.split()[m - 1]} '{y % 100:02d}"


def hyphen_date(iso: str) -> str:
    """5-3-2024: hyphens, no leading zeros."""
    d, m, y = _dmy(iso)
    return f"{d}-{m}-{y}"


def weekday_abbr_date(iso: str) -> str:
    """Tue 5 Mar 2024: weekday and month abbreviated."""
    d, m, y = _dmy(iso)
    return f"{dt.date(y, m, d).strftime('%a')} {d} {MONTHS.split()[m - 1][:3]} {y}"


DATE_FORMS = (iso_date, apostrophe_date, hyphen_date, weekday_abbr_date)
