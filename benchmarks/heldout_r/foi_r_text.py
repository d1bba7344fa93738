"""The words of held-out set R's FOI letters: topics (question, two answer paragraphs,
a short subject, the theme a letter groups it under, the exemption applied), questions
with lettered sub-parts answered in one paragraph, the question an 'Annex A' table
answers and that table, closings and signatures; and how the letters print set R's
date forms ("March 5, 2024", "5th March, 2024", "Tues 5 March 2024").

Written fresh for set R without reading the parser's vocabulary, rules or model,
without reusing sets D to Q's wordings, and without copying any corpus letter:
fictional trusts, suppliers, services, people and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from benchmarks.heldout_q.foi_q_text import _dmy, _th  # set Q's date pieces, imported

MONTHS = "January February March April May June July August September October November December"
WEEKDAYS = ("Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class Topic:
    question: str
    answer: tuple[str, str]  # two paragraphs
    subject: str  # a short title ("Renal dialysis")
    theme: str  # the group a themed table puts it under
    exemption: str | None = None  # the FOIA section the answer applies


TOPICS: list[Topic] = [
    Topic(
        "How many haemodialysis stations does the Trust operate at each of its renal units?",
        (
            "The main renal unit at Greyrigg has 28 stations and the satellite unit at "
            "Moorhouse Lane has 14.",
            "A further six stations are planned for the satellite unit when its extension "
            "opens next year.",
        ),
        "Renal dialysis",
        "Clinical services",
    ),
    Topic(
        "What was the Trust's total spend on taxis for patients and staff in 2023/24?",
        (
            "Taxi journeys booked for patients cost £412,760 in 2023/24.",
            "Journeys for staff, mostly between sites at night, cost a further £58,390.",
        ),
        "Taxi spend",
        "Finance",
    ),
    Topic(
        "How many nurses recruited from overseas joined the Trust in 2023?",
        (
            "In 2023 the Trust welcomed 143 internationally educated nurses.",
            "Each of them completed the objective structured clinical examination within "
            "twelve weeks of arrival.",
        ),
        "Overseas recruitment",
        "Workforce",
    ),
    Topic(
        "Please provide the names of the senior managers who attended the Trust's "
        "leadership away day in November 2023.",
        (
            "Eighteen senior managers attended the event.",
            "Their names are the personal data of staff below board level, so we are "
            "withholding them under section 40(2) of the Act.",
        ),
        "Leadership away day",
        "Workforce",
        "40(2)",
    ),
    Topic(
        "What rates does the Trust pay its laundry and linen supplier per item?",
        (
            "Linen is supplied by Brackenridge Textile Services under a contract running "
            "until March 2027.",
            "The unit rates would prejudice the supplier's position in its next tender "
            "and are withheld under section 43(2).",
        ),
        "Laundry contract",
        "Finance",
        "43(2)",
    ),
    Topic(
        "Please send a copy of the Trust's current patient transport eligibility policy.",
        (
            "Our eligibility criteria follow the national guidance and are set out on our "
            "website on the Getting to hospital page.",
            "As the policy is reasonably accessible to you there, section 21 of the Act "
            "applies and we have not enclosed a copy.",
        ),
        "Patient transport",
        "Clinical services",
        "21",
    ),
    Topic(
        "Please provide the final report of the external review of the Trust's maternity "
        "triage service.",
        (
            "The review has concluded and its report will go to the public Board meeting "
            "in September 2024.",
            "The report is intended for future publication and is withheld until then "
            "under section 22 of the Act.",
        ),
        "Maternity triage review",
        "Clinical services",
        "22",
    ),
    Topic(
        "Please provide copies of the correspondence the Trust received from the coroner "
        "about the deaths on Ward 12 in 2023.",
        (
            "The Trust received letters from the coroner in connection with two inquests.",
            "They were provided to the Trust in confidence and their disclosure would be "
            "an actionable breach of confidence, so section 41 of the Act applies.",
        ),
        "Coroner correspondence",
        "Clinical services",
        "41",
    ),
    Topic(
        "How many pressure ulcers of category 3 or above developed in the Trust's care "
        "in each month of 2023?",
        (
            "The monthly counts ranged from 4 to 11, with 83 in the year as a whole.",
            "Finding the ulcers that developed before admission would mean reading some "
            "1,900 wound records by hand, well beyond 18 hours, so section 12 of the Act "
            "applies to that part.",
        ),
        "Pressure ulcers",
        "Clinical services",
        "12",
    ),
    Topic(
        "How many electric vehicle charging points are there in the Trust's car parks?",
        (
            "There are 36 charging points, of which 24 are for visitors and 12 for the "
            "Trust's pool cars.",
            "Visitors pay 45p per kilowatt hour through the operator's app.",
        ),
        "Electric vehicle charging",
        "Estates",
    ),
    Topic(
        "What did the Trust spend on pest control across its sites in 2023/24?",
        (
            "Pest control across all sites cost £37,940 in 2023/24.",
            "Most of the call-outs were for mice in the older ward blocks at Greyrigg.",
        ),
        "Pest control",
        "Estates",
    ),
    Topic(
        "How many places does the Trust's staff nursery have, and what is its daily fee?",
        (
            "The nursery at the Greyrigg site has 64 places and a waiting list of 31 families.",
            "A full day costs £62 for children under two and £56 for older children.",
        ),
        "Staff nursery",
        "Workforce",
    ),
]


@dataclass(frozen=True)
class Parted:
    """A question with lettered sub-parts, all answered in one paragraph."""

    stem: str
    parts: tuple[str, ...]
    answer: str
    subject: str
    theme: str


PARTED: list[Parted] = [
    Parted(
        "For the Trust's hospital radio service, please tell me:",
        (
            "how many volunteers present programmes",
            "how many hours it broadcasts each week",
            "what the Trust contributes to its running costs",
        ),
        "Forty-two volunteers present programmes across 70 hours a week, and the Trust "
        "provides the studio rent-free but makes no cash contribution.",
        "Hospital radio",
        "Clinical services",
    ),
    Parted(
        "Regarding mortuary capacity at the Trust:",
        (
            "how many body storage spaces are there",
            "how many of these are bariatric spaces",
            "has temporary storage been hired since 2022",
        ),
        "The mortuary has 96 spaces, eight of them bariatric, and temporary storage was "
        "hired once, for six weeks in January 2023.",
        "Mortuary capacity",
        "Estates",
    ),
    Parted(
        "With regard to staff lockers:",
        (
            "how many lockers are provided for nursing staff",
            "is there a waiting list",
            "is a deposit charged",
        ),
        "There are 1,150 lockers for nursing staff; about 90 staff are waiting for one, "
        "and a £10 key deposit is charged and refunded on return.",
        "Staff lockers",
        "Workforce",
    ),
    Parted(
        "In relation to blood transfusion:",
        (
            "how many units of red cells were wasted in 2023",
            "what was the main reason for the wastage",
        ),
        "In 2023 some 312 units of red cells were wasted, most of them because they were "
        "out of temperature control for longer than thirty minutes.",
        "Blood wastage",
        "Clinical services",
    ),
]

# The question an annex answers: the pointer sentence is its whole answer.
ANNEX_QUESTION = (
    "Please provide the Trust's spend on bank and agency staff by staff group for "
    "2022/23 and 2023/24."
)
ANNEX_POINTERS = (
    "The figures are set out in Annex A at the end of this letter.",
    "Please refer to Appendix 1, enclosed below, for this breakdown.",
)
ANNEX_TITLES = ("Annex A – bank and agency spend by staff group", "Appendix 1: staffing spend")
ANNEX_ROWS = [
    ["Staff group", "2022/23", "2023/24"],
    ["Medical and dental", "£9.84m", "£8.17m"],
    ["Registered nursing", "£12.36m", "£10.95m"],
    ["Allied health professionals", "£2.08m", "£1.74m"],
    ["Administrative and clerical", "£1.12m", "£0.96m"],
]

CLOSINGS = {
    "review": (
        "Any request for a review of this decision should reach the Information "
        "Governance Office within 40 working days of the date of this letter.",
        "If you think we have got this wrong, tell us within two months and a senior "
        "colleague not involved in the reply will look at it again.",
    ),
    "regulator": (
        "Once the review is complete you are free to approach the Information "
        "Commissioner, whose office is in Wilmslow, Cheshire.",
        "The Information Commissioner will usually expect the Trust's review to have "
        "been completed before taking up a complaint.",
    ),
}
SIGNATURES = (
    ["Best wishes", "Rhiannon Okafor-Hale", "Information Rights Officer"],
    ["Regards", "Tobias Wrenfield", "Disclosure Manager"],
)


def month_comma_date(iso: str) -> str:
    """'March 5, 2024'"""
    d, m, y = _dmy(iso)
    return f"{MONTHS.split()[m - 1]} {d}, {y}"


def ordinal_comma_date(iso: str) -> str:
    """'5th March, 2024'"""
    d, m, y = _dmy(iso)
    return f"{d}{_th(d)} {MONTHS.split()[m - 1]}, {y}"


def weekday_long_date(iso: str) -> str:
    """'Tues 5 March 2024'"""
    d, m, y = _dmy(iso)
    return f"{WEEKDAYS[dt.date(y, m, d).weekday()]} {d} {MONTHS.split()[m - 1]} {y}"


DATE_FORMS = (month_comma_date, ordinal_comma_date, weekday_long_date)
